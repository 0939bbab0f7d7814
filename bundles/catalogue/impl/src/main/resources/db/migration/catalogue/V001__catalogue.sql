-- Danh mục: agency tree, sectors, versioned procedures, internal process definitions.
-- Portable subset of SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.

CREATE TABLE cat_agency (
    code            VARCHAR(32)   NOT NULL PRIMARY KEY,
    parent_code     VARCHAR(32)   REFERENCES cat_agency (code),
    name_vi         VARCHAR(500)  NOT NULL,
    name_en         VARCHAR(500),
    kind            VARCHAR(32)   NOT NULL,
    agency_level    VARCHAR(16)   NOT NULL,
    address         VARCHAR(500),
    phone           VARCHAR(64),
    email           VARCHAR(254),
    website         VARCHAR(500),
    valid_from      DATE          NOT NULL,
    valid_to        DATE,
    successor_code  VARCHAR(32)   REFERENCES cat_agency (code),
    search_text     VARCHAR(2000) NOT NULL,
    row_version     BIGINT        NOT NULL
);
CREATE INDEX cat_agency_parent_idx ON cat_agency (parent_code);

CREATE TABLE cat_agency_event (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    agency_code     VARCHAR(32)   NOT NULL REFERENCES cat_agency (code),
    event_type      VARCHAR(32)   NOT NULL,
    effective_date  DATE          NOT NULL,
    decision_number VARCHAR(200),
    detail          VARCHAR(2000),
    related_code    VARCHAR(32),
    recorded_at     TIMESTAMP     NOT NULL
);
CREATE INDEX cat_agency_event_agency_idx ON cat_agency_event (agency_code, recorded_at);

CREATE TABLE cat_sector (
    code            VARCHAR(64)   NOT NULL PRIMARY KEY,
    name_vi         VARCHAR(500)  NOT NULL,
    name_en         VARCHAR(500),
    row_version     BIGINT        NOT NULL
);

-- One row per procedure; row_version serialises concurrent amendments of the same procedure.
CREATE TABLE cat_procedure (
    code            VARCHAR(32)   NOT NULL PRIMARY KEY,
    latest_version  INTEGER       NOT NULL,
    row_version     BIGINT        NOT NULL
);

-- Immutable versions. valid_to is the effective date of the next version (exclusive), NULL while open.
CREATE TABLE cat_procedure_version (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    procedure_code  VARCHAR(32)   NOT NULL REFERENCES cat_procedure (code),
    version_no      INTEGER       NOT NULL,
    change_type     VARCHAR(16)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    valid_from      DATE          NOT NULL,
    valid_to        DATE,
    decision_number VARCHAR(200)  NOT NULL,
    decision_date   DATE,
    replaced_by     VARCHAR(32),
    name_vi         VARCHAR(1000) NOT NULL,
    name_en         VARCHAR(1000),
    sort_name       VARCHAR(1000) NOT NULL,
    search_text     VARCHAR(2000) NOT NULL,
    sector_code     VARCHAR(64)   REFERENCES cat_sector (code),
    levels          VARCHAR(100)  NOT NULL,
    online_level    VARCHAR(16)   NOT NULL,
    time_value      NUMERIC(10,2),
    time_unit       VARCHAR(16)   NOT NULL,
    has_fee         BOOLEAN       NOT NULL,
    content         VARCHAR(1000000) NOT NULL,
    recorded_at     TIMESTAMP     NOT NULL,
    CONSTRAINT cat_procedure_version_uk UNIQUE (procedure_code, version_no)
);
CREATE INDEX cat_pv_validity_idx ON cat_procedure_version (valid_from, valid_to);
CREATE INDEX cat_pv_sector_idx ON cat_procedure_version (sector_code);

CREATE TABLE cat_procedure_version_agency (
    version_id      VARCHAR(36)   NOT NULL REFERENCES cat_procedure_version (id),
    agency_code     VARCHAR(32)   NOT NULL REFERENCES cat_agency (code),
    CONSTRAINT cat_pva_pk PRIMARY KEY (version_id, agency_code)
);
CREATE INDEX cat_pva_agency_idx ON cat_procedure_version_agency (agency_code);

CREATE TABLE cat_process_definition (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    procedure_code    VARCHAR(32)   NOT NULL REFERENCES cat_procedure (code),
    agency_code       VARCHAR(32)   NOT NULL REFERENCES cat_agency (code),
    version_no        INTEGER       NOT NULL,
    name              VARCHAR(500)  NOT NULL,
    steps             VARCHAR(100000) NOT NULL,
    total_hours       NUMERIC(10,2) NOT NULL,
    statutory_hours   NUMERIC(10,2),
    procedure_version INTEGER       NOT NULL,
    valid_from        DATE          NOT NULL,
    valid_to          DATE,
    recorded_at       TIMESTAMP     NOT NULL,
    CONSTRAINT cat_process_definition_uk UNIQUE (procedure_code, agency_code, version_no)
);
