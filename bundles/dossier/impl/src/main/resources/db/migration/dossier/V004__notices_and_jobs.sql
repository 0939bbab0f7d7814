-- Phiếu, giấy tờ gửi người nộp: every notice issued (receipt Mẫu 01, supplement request Mẫu 02, refusal Mẫu 03), kept
-- as what was decided when it was issued (JSON, written in the transaction of the status change, never edited). The
-- PDF is rendered from it on demand; the same content always gives the same bytes.
CREATE TABLE dossier_notice (
    id                    VARCHAR(36)    NOT NULL PRIMARY KEY,
    dossier_id            VARCHAR(36)    NOT NULL REFERENCES dossier (id),
    kind                  VARCHAR(32)    NOT NULL,
    -- the n-th notice of this kind for the dossier (a new receipt after each supplement, same code)
    number                INTEGER        NOT NULL,
    -- the status change that issued it (dossier_transition.seq): the order of the dossier's notices
    transition_seq        INTEGER        NOT NULL,
    issued_at             TIMESTAMP      NOT NULL,
    issued_by             VARCHAR(36),
    issued_by_name        VARCHAR(200),
    content               VARCHAR(100000) NOT NULL,
    CONSTRAINT dossier_notice_uk UNIQUE (dossier_id, kind, number)
);

-- Dossiers waiting for a supplement are closed when the wait deadline passes: found by status and deadline.
CREATE INDEX dossier_wait_idx ON dossier (status_code, wait_deadline);
-- The intake queue and its overdue count: by status and the 8-working-hour deadline.
CREATE INDEX dossier_intake_due_idx ON dossier (status_code, intake_due_at);

-- Scheduled jobs of the dossier module; a run locks its row (FOR UPDATE SKIP LOCKED), so one node runs it at a time.
CREATE TABLE dossier_job (
    name                  VARCHAR(64)    NOT NULL PRIMARY KEY,
    last_started_at       TIMESTAMP,
    last_finished_at      TIMESTAMP,
    last_node             VARCHAR(200),
    last_result           VARCHAR(1000)
);
INSERT INTO dossier_job (name) VALUES ('supplement-expiry');
