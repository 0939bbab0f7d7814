/**
 * HTTP face of the audit trail: {@code /audit} (search, CSV export, status, chain verification), published by the
 * platform REST server under {@code /api/v1}. Translates HTTP to {@link vn.motcua.audit.api.AuditTrailService} calls
 * and nothing more; the police auditor's scope and the recording of every read live in the service. Private package.
 */
package vn.motcua.audit.rest;
