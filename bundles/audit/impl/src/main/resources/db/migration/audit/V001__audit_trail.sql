-- Nhật ký kiểm tra: the append-only, hash-chained audit trail.
-- Portable subset of SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.
--
-- A record is inserted in the transaction of the action it describes (no lock, no chain work), numbered by
-- audit_seq in insert order. The sealer later fills chain_position, prev_hash and hash, once, under the row lock of
-- audit_chain_head; nothing else ever updates a record. The canonical form that is hashed is documented in
-- vn.motcua.audit.impl.AuditChain.

CREATE SEQUENCE audit_seq;

CREATE TABLE audit_record (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    seq             BIGINT        NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id        VARCHAR(200),
    actor_kind      VARCHAR(16)   NOT NULL,
    actor_name      VARCHAR(500),
    actor_agency    VARCHAR(64),
    actor_roles     VARCHAR(500),
    client_address  VARCHAR(64),
    session_id      VARCHAR(100),
    action          VARCHAR(100)  NOT NULL,
    outcome         VARCHAR(16)   NOT NULL,
    target_type     VARCHAR(100),
    target_id       VARCHAR(200),
    detail          VARCHAR(4000),
    personal_data   BOOLEAN       NOT NULL,
    category        VARCHAR(64)   NOT NULL,
    chain_position  BIGINT,
    prev_hash       VARCHAR(64),
    hash            VARCHAR(64),
    CONSTRAINT audit_record_seq_uk UNIQUE (seq),
    -- the last line of defence against two sealers: a position can be held by one record only (NULLs are many)
    CONSTRAINT audit_record_position_uk UNIQUE (chain_position),
    CONSTRAINT audit_record_sealed_whole CHECK ((chain_position IS NULL AND prev_hash IS NULL AND hash IS NULL)
        OR (chain_position IS NOT NULL AND prev_hash IS NOT NULL AND hash IS NOT NULL))
);
CREATE INDEX audit_record_recorded_idx ON audit_record (recorded_at);
CREATE INDEX audit_record_actor_idx ON audit_record (actor_id, recorded_at);
CREATE INDEX audit_record_target_idx ON audit_record (target_type, target_id);
CREATE INDEX audit_record_category_idx ON audit_record (category, recorded_at);

-- The end of the chain: exactly one row, locked by the node that seals (SELECT ... FOR UPDATE SKIP LOCKED).
CREATE TABLE audit_chain_head (
    id              INTEGER       NOT NULL PRIMARY KEY,
    last_position   BIGINT        NOT NULL,
    last_hash       VARCHAR(64)   NOT NULL,
    sealed_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT audit_chain_head_single CHECK (id = 1)
);
INSERT INTO audit_chain_head (id, last_position, last_hash, sealed_at)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', NULL);
