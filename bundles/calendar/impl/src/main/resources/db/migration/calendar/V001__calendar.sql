-- Lịch làm việc: each province's (tenant's) own calendar years, set by its provincial operator. Years without a row
-- use the national data shipped in the engine bundle (announced years) or the Labour Code default (provisional).
-- Portable SQL: PostgreSQL and H2 in PostgreSQL mode.

-- One row per province that has changed anything: revision grows with every change, so that each node can tell with
-- one primary-key read whether its compiled calendar is still current.
CREATE TABLE calendar_province (
    province     VARCHAR(8)    NOT NULL PRIMARY KEY,
    revision     BIGINT        NOT NULL,
    updated_at   TIMESTAMP     NOT NULL
);

-- A province's year as the operator wrote it: the whole year in the engine's text format (CalendarYearText: weekdays,
-- hours, days off with kind and name, worked rest days), read and written as one value. id = '<province>:<year>'.
CREATE TABLE calendar_year (
    id           VARCHAR(16)   NOT NULL PRIMARY KEY,
    province     VARCHAR(8)    NOT NULL,
    year_no      INTEGER       NOT NULL,
    definition   VARCHAR(200000) NOT NULL,
    source       VARCHAR(1000),
    updated_at   TIMESTAMP     NOT NULL,
    updated_by   VARCHAR(200)  NOT NULL,
    row_version  BIGINT        NOT NULL,
    CONSTRAINT calendar_year_uk UNIQUE (province, year_no)
);
