-- Who acted for an organisation: when a citizen acts for an organisation account (người đại diện, người được ủy
-- quyền), actor_* name the organisation (the applicant) and these the citizen who did it. NULL otherwise.
-- Portable subset of SQL: runs on PostgreSQL and on H2 in PostgreSQL mode (the PostgreSQL variant also widens the
-- append-only trigger to these columns).
ALTER TABLE audit_record ADD COLUMN acting_person_id VARCHAR(200);
ALTER TABLE audit_record ADD COLUMN acting_person_name VARCHAR(500);
CREATE INDEX audit_record_acting_person_idx ON audit_record (acting_person_id, recorded_at);
