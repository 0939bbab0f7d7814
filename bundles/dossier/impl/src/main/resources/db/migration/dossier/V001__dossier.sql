-- Hồ sơ: dossiers, their status history, receipt-code sequences and the outbox of domain events.
-- Portable subset of SQL (PostgreSQL and H2 in PostgreSQL mode). Instants are UTC TIMESTAMPs; the deadline columns are
-- local date-times of the province (Asia/Ho_Chi_Minh), as the deadline engine counts them.

CREATE TABLE dossier (
    id                    VARCHAR(36)    NOT NULL PRIMARY KEY,
    -- mã số hồ sơ (DOMAIN §5); never changes, also not after supplements; null only for drafts
    code                  VARCHAR(40),
    procedure_code        VARCHAR(32)    NOT NULL,
    procedure_version     INTEGER        NOT NULL,
    procedure_name        VARCHAR(1000)  NOT NULL,
    sector_code           VARCHAR(32)    NOT NULL,
    agency_code           VARCHAR(32)    NOT NULL,
    province              VARCHAR(8)     NOT NULL,
    channel               VARCHAR(16)    NOT NULL,
    status                VARCHAR(32)    NOT NULL,
    status_code           INTEGER        NOT NULL,
    -- the status a supplement request interrupted, to resume it when the applicant supplements
    status_before_wait    VARCHAR(32),
    applicant_account_id  VARCHAR(36),
    applicant_kind        VARCHAR(16)    NOT NULL,
    applicant_id_number   VARCHAR(20),
    applicant_name        VARCHAR(200)   NOT NULL,
    applicant_address     VARCHAR(500),
    applicant_phone       VARCHAR(16),
    applicant_email       VARCHAR(254),
    representative        VARCHAR(2000),
    delivery_method       VARCHAR(16)    NOT NULL,
    delivery_address      VARCHAR(500),
    form_data             VARCHAR(100000),
    note                  VARCHAR(2000),
    -- who created it (the applicant online, the officer at the counter) and the client's key against double submits
    submitted_by          VARCHAR(36),
    idempotency_key       VARCHAR(64),
    created_at            TIMESTAMP      NOT NULL,
    submitted_at          TIMESTAMP,
    status_changed_at     TIMESTAMP      NOT NULL,
    -- receipt and deadline (calendar engine DossierClock)
    receipt_count         INTEGER        NOT NULL,
    supplement_count      INTEGER        NOT NULL,
    rule_set_id           VARCHAR(32),
    limit_value           DECIMAL(10,3),
    limit_unit            VARCHAR(16),
    first_received_at     TIMESTAMP,
    received_at           TIMESTAMP,
    effective_start       TIMESTAMP,
    original_due_at       TIMESTAMP,
    due_at                TIMESTAMP,
    clock_state           VARCHAR(16),
    clock_stopped_at      TIMESTAMP,
    wait_deadline         TIMESTAMP,
    clock_stops           INTEGER        NOT NULL,
    clock_restarts        INTEGER        NOT NULL,
    extended_at           TIMESTAMP,
    due_before_extension  TIMESTAMP,
    apology_on_time       BOOLEAN,
    -- online intake must be answered within 8 working hours (DOMAIN §7)
    intake_due_at         TIMESTAMP,
    finished_at           TIMESTAMP,
    row_version           BIGINT         NOT NULL,
    CONSTRAINT dossier_code_uk UNIQUE (code),
    CONSTRAINT dossier_idempotency_uk UNIQUE (submitted_by, idempotency_key)
);
CREATE INDEX dossier_applicant_idx ON dossier (applicant_account_id, created_at);
CREATE INDEX dossier_agency_status_idx ON dossier (agency_code, status_code);

-- Every status change: who, when, from, to, why; written in the transaction of the change, never edited.
CREATE TABLE dossier_transition (
    id                    VARCHAR(36)    NOT NULL PRIMARY KEY,
    dossier_id            VARCHAR(36)    NOT NULL REFERENCES dossier (id),
    seq                   INTEGER        NOT NULL,
    action                VARCHAR(32)    NOT NULL,
    from_status           VARCHAR(32),
    to_status             VARCHAR(32)    NOT NULL,
    actor_account_id      VARCHAR(36),
    actor_name            VARCHAR(200),
    actor_agency_code     VARCHAR(32),
    changed_at            TIMESTAMP      NOT NULL,
    reason                VARCHAR(4000),
    details               VARCHAR(20000),
    CONSTRAINT dossier_transition_seq_uk UNIQUE (dossier_id, seq)
);

-- Gap-free receipt numbers: one row per agency and receipt day, locked and incremented in the transaction that creates
-- the dossier, so a rolled-back intake gives its number back.
CREATE TABLE dossier_code_sequence (
    sequence_key          VARCHAR(64)    NOT NULL PRIMARY KEY,
    agency_code           VARCHAR(32)    NOT NULL,
    receipt_day           DATE           NOT NULL,
    last_value            INTEGER        NOT NULL
);

-- Transactional outbox: one row per status change, in the same transaction; delivered later by one node to the
-- notification and national-portal connectors.
CREATE TABLE dossier_event (
    id                    VARCHAR(36)    NOT NULL PRIMARY KEY,
    dossier_id            VARCHAR(36)    NOT NULL REFERENCES dossier (id),
    dossier_code          VARCHAR(40),
    type                  VARCHAR(48)    NOT NULL,
    payload               VARCHAR(20000) NOT NULL,
    created_at            TIMESTAMP      NOT NULL,
    published_at          TIMESTAMP,
    attempts              INTEGER        NOT NULL
);
CREATE INDEX dossier_event_pending_idx ON dossier_event (published_at, created_at);
