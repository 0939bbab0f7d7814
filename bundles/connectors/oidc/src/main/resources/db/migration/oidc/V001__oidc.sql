-- Đăng nhập OpenID Connect: login requests in flight and the link from a provider's subject to a citizen ID number.
-- Portable subset of SQL (PostgreSQL and H2 in PostgreSQL mode). Instants are UTC TIMESTAMPs, as elsewhere.

-- One row per login started and not yet finished: the browser carries only `state`; the nonce and the PKCE verifier
-- stay here, so every node can finish a login another node started. Deleted when used (a state works once) or expired.
CREATE TABLE oidc_login_request (
    state                VARCHAR(64)   NOT NULL PRIMARY KEY,
    provider             VARCHAR(32)   NOT NULL,
    nonce                VARCHAR(64)   NOT NULL,
    code_verifier        VARCHAR(128)  NOT NULL,
    return_to            VARCHAR(2000),
    client_address       VARCHAR(64),
    created_at           TIMESTAMP     NOT NULL,
    expires_at           TIMESTAMP     NOT NULL
);
CREATE INDEX oidc_login_request_expires_idx ON oidc_login_request (expires_at);

-- The ID number a provider's subject signed in with the first time. A later token for the same subject naming another
-- ID number is refused: a provider (or its claim mapping) must never move a person into someone else's account.
CREATE TABLE oidc_identity_link (
    link_key             VARCHAR(300)  NOT NULL PRIMARY KEY,
    provider             VARCHAR(32)   NOT NULL,
    subject              VARCHAR(255)  NOT NULL,
    id_number            VARCHAR(12)   NOT NULL,
    first_seen_at        TIMESTAMP     NOT NULL,
    last_seen_at         TIMESTAMP     NOT NULL,
    sign_ins             BIGINT        NOT NULL
);
CREATE INDEX oidc_identity_link_id_number_idx ON oidc_identity_link (id_number);
