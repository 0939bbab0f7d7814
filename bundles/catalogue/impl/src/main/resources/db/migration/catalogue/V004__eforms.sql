-- Biểu mẫu điện tử: immutable e-form revisions per procedure. The whole definition (fields, attachment policy) is one
-- JSON document, read and written as a unit. The unique key is what makes concurrent publications safe across nodes:
-- two editors starting from the same revision both try to insert the next one, and the second insert fails.
CREATE TABLE cat_eform (
    id              VARCHAR(36)      NOT NULL PRIMARY KEY,
    procedure_code  VARCHAR(32)      NOT NULL REFERENCES cat_procedure (code),
    revision        INTEGER          NOT NULL,
    definition      VARCHAR(1000000) NOT NULL,
    published_at    TIMESTAMP        NOT NULL,
    published_by    VARCHAR(200),
    CONSTRAINT cat_eform_uk UNIQUE (procedure_code, revision)
);
