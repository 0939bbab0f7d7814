-- Thành phần hồ sơ đính kèm: files of a dossier. The bytes are in the BlobStore (content-addressed, outside the rows);
-- a row keeps what identifies and checks them. Rows are never deleted once the dossier is submitted (archive); a draft's
-- attachment is marked removed.
CREATE TABLE dossier_attachment (
    id                    VARCHAR(36)    NOT NULL PRIMARY KEY,
    dossier_id            VARCHAR(36)    NOT NULL REFERENCES dossier (id),
    component             VARCHAR(500)   NOT NULL,
    component_form        VARCHAR(20)    NOT NULL,
    blob_key              VARCHAR(100)   NOT NULL,
    sha256                VARCHAR(64)    NOT NULL,
    size_bytes            BIGINT         NOT NULL,
    content_type          VARCHAR(16)    NOT NULL,
    file_name             VARCHAR(255)   NOT NULL,
    uploaded_by           VARCHAR(36),
    uploaded_by_name      VARCHAR(200),
    uploaded_at           TIMESTAMP      NOT NULL,
    removed_at            TIMESTAMP
);
CREATE INDEX dossier_attachment_dossier_idx ON dossier_attachment (dossier_id);
CREATE INDEX dossier_attachment_blob_idx ON dossier_attachment (blob_key);
