/**
 * The audit trail: {@link vn.motcua.audit.impl.AuditLogImpl} records in the caller's transaction,
 * {@link vn.motcua.audit.impl.AuditSealer} hash-chains committed records under a database lock, and
 * {@link vn.motcua.audit.impl.AuditTrailServiceImpl} searches, exports and verifies. Private package.
 */
package vn.motcua.audit.impl;
