-- Định danh: accounts, staff positions, one-time codes, sessions, login throttling and token signing keys.
-- Portable subset of SQL: runs on PostgreSQL and on H2 in PostgreSQL mode. Instants are stored as UTC-free
-- TIMESTAMPs written and read through java.sql.Timestamp, like the catalogue.

-- Citizens (login = 12-digit ID number), organisations (tax code 10 digits or 10-3) and staff (user name starting with
-- a letter). The three formats never overlap, so a login names one account whatever its kind.
CREATE TABLE identity_account (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    kind                 VARCHAR(16)   NOT NULL,
    login                VARCHAR(64)   NOT NULL,
    display_name         VARCHAR(200)  NOT NULL,
    email                VARCHAR(254),
    phone                VARCHAR(16),
    status               VARCHAR(32)   NOT NULL,
    -- algorithm$iterations$salt$hash, so that hashes can be upgraded at the next login
    password_hash        VARCHAR(200)  NOT NULL,
    must_change_password BOOLEAN       NOT NULL,
    locked_reason        VARCHAR(500),
    created_at           TIMESTAMP     NOT NULL,
    verified_at          TIMESTAMP,
    last_login_at        TIMESTAMP,
    password_changed_at  TIMESTAMP     NOT NULL,
    row_version          BIGINT        NOT NULL,
    CONSTRAINT identity_account_login_uk UNIQUE (kind, login)
);

-- The position of a staff account: agency (rights reach its subtree), roles, sectors and procedures assigned.
-- Sets are stored as ",A,B," so that "holds X" is one portable LIKE '%,X,%'. agency_code names a catalogue agency;
-- no foreign key, because the catalogue owns that table and its migrations.
CREATE TABLE identity_position (
    account_id           VARCHAR(36)   NOT NULL PRIMARY KEY REFERENCES identity_account (id),
    agency_code          VARCHAR(32)   NOT NULL,
    roles                VARCHAR(500)  NOT NULL,
    sectors              VARCHAR(20000) NOT NULL,
    procedures           VARCHAR(20000) NOT NULL,
    assigned_at          TIMESTAMP     NOT NULL,
    row_version          BIGINT        NOT NULL
);
CREATE INDEX identity_position_agency_idx ON identity_position (agency_code);

-- One-time codes: only a salted hash of the code is kept. status PENDING | VERIFIED | DEAD (attempts used up).
CREATE TABLE identity_verification (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    account_id           VARCHAR(36)   NOT NULL REFERENCES identity_account (id),
    channel              VARCHAR(16)   NOT NULL,
    destination          VARCHAR(254)  NOT NULL,
    code_salt            VARCHAR(64)   NOT NULL,
    code_hash            VARCHAR(64)   NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    attempts             INTEGER       NOT NULL,
    send_count           INTEGER       NOT NULL,
    last_sent_at         TIMESTAMP     NOT NULL,
    expires_at           TIMESTAMP     NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    verified_at          TIMESTAMP,
    row_version          BIGINT        NOT NULL
);
CREATE INDEX identity_verification_account_idx ON identity_verification (account_id);

-- Login sessions behind the signed bearer tokens; revoked_at set by logout, lock, move, reset or password change.
CREATE TABLE identity_session (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    account_id           VARCHAR(36)   NOT NULL REFERENCES identity_account (id),
    key_id               INTEGER       NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    expires_at           TIMESTAMP     NOT NULL,
    revoked_at           TIMESTAMP,
    revoke_reason        VARCHAR(32),
    client_address       VARCHAR(64),
    password_change_only BOOLEAN       NOT NULL
);
CREATE INDEX identity_session_account_idx ON identity_session (account_id);

-- Consecutive failed logins per login (also unknown ones, so that locking reveals nothing), shared by all nodes.
-- Updated with atomic UPDATE statements only, hence no row_version.
CREATE TABLE identity_login_throttle (
    login_key            VARCHAR(64)   NOT NULL PRIMARY KEY,
    failures             INTEGER       NOT NULL,
    lockouts             INTEGER       NOT NULL,
    locked_until         TIMESTAMP,
    last_failure_at      TIMESTAMP     NOT NULL
);

-- HMAC-SHA256 keys of the session tokens, created on first use and shared by all nodes. A token names its key id, so
-- a rotated (retired) key still verifies the tokens it signed until they expire.
CREATE TABLE identity_signing_key (
    id                   INTEGER       NOT NULL PRIMARY KEY,
    secret               VARCHAR(100)  NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    retired_at           TIMESTAMP
);
