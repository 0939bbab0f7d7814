/**
 * Nhật ký kiểm tra — the read side of the audit trail: search, CSV export, chain verification and sealing status.
 * The write side every bundle uses is {@link vn.motcua.platform.api.audit.AuditLog} in the platform API, so that
 * writing an audit record never depends on this capability's API. DTOs and services only.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package vn.motcua.audit.api;
