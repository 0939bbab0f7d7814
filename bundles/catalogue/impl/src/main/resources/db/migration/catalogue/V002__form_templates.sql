-- Mẫu đơn, tờ khai: form files of procedures, stored in the database so every node serves the same bytes.
CREATE TABLE cat_form_template (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    procedure_code  VARCHAR(32)   NOT NULL REFERENCES cat_procedure (code),
    name            VARCHAR(500)  NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    content_type    VARCHAR(100)  NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    sha256          VARCHAR(64)   NOT NULL,
    content         BYTEA         NOT NULL,
    uploaded_at     TIMESTAMP     NOT NULL,
    withdrawn_at    TIMESTAMP
);
CREATE INDEX cat_form_template_procedure_idx ON cat_form_template (procedure_code, uploaded_at);
