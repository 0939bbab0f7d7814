-- Organisation representatives and the sessions in which they act, locks with an end, clean-up bookkeeping.
-- Portable subset of SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.

-- An administrator's lock may end by itself at this time (NULL: until unlocked).
ALTER TABLE identity_account ADD COLUMN locked_until TIMESTAMP;

-- Người đại diện theo pháp luật / người được ủy quyền: a citizen account allowed to act for an organisation account,
-- in a capacity, optionally between two dates, with a note on what it covers. Removed rows stay (removed_at) for the
-- retention period; in_force is 'Y' while in force and NULL once removed, so the unique key allows one authorisation
-- in force per organisation and person and any number of removed ones (NULLs are distinct).
CREATE TABLE identity_representative (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    organisation_id      VARCHAR(36)   NOT NULL REFERENCES identity_account (id),
    person_id            VARCHAR(36)   NOT NULL REFERENCES identity_account (id),
    capacity             VARCHAR(32)   NOT NULL,
    valid_from           DATE,
    valid_until          DATE,
    scope_note           VARCHAR(1000),
    created_at           TIMESTAMP     NOT NULL,
    created_by           VARCHAR(200),
    removed_at           TIMESTAMP,
    removed_by           VARCHAR(200),
    in_force             CHAR(1),
    row_version          BIGINT        NOT NULL,
    CONSTRAINT identity_representative_uk UNIQUE (organisation_id, person_id, in_force)
);
CREATE INDEX identity_representative_person_idx ON identity_representative (person_id);

-- A session in which a person acts for an organisation: account_id is the organisation (the applicant),
-- acting_person_id the person (who submits), representative_id the authorisation it rests on; removing the
-- authorisation, or any revocation of the person's sessions, revokes it.
ALTER TABLE identity_session ADD COLUMN acting_person_id VARCHAR(36);
ALTER TABLE identity_session ADD COLUMN representative_id VARCHAR(36);
ALTER TABLE identity_session ADD CONSTRAINT identity_session_person_fk
    FOREIGN KEY (acting_person_id) REFERENCES identity_account (id);
CREATE INDEX identity_session_person_idx ON identity_session (acting_person_id);
CREATE INDEX identity_session_representative_idx ON identity_session (representative_id);

-- What the clean-up job looks for.
CREATE INDEX identity_session_expires_idx ON identity_session (expires_at);
CREATE INDEX identity_session_revoked_idx ON identity_session (revoked_at);
CREATE INDEX identity_verification_expires_idx ON identity_verification (expires_at);
CREATE INDEX identity_account_status_idx ON identity_account (status, created_at);
CREATE INDEX identity_login_throttle_failure_idx ON identity_login_throttle (last_failure_at);

-- Scheduled jobs that one node at a time runs: the node holding the row's lock (SELECT ... FOR UPDATE SKIP LOCKED)
-- runs the job; the others skip. last_started_at also keeps the nodes from each running it every interval.
CREATE TABLE identity_job (
    name                 VARCHAR(64)   NOT NULL PRIMARY KEY,
    last_started_at      TIMESTAMP,
    last_finished_at     TIMESTAMP,
    last_node            VARCHAR(200),
    last_result          VARCHAR(1000)
);
INSERT INTO identity_job (name) VALUES ('cleanup');
