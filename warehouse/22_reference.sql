-- Classification reference (政府收支分类科目): function (支出功能分类: 类 3 / 款 5 / 项 7 digits) and
-- economic (部门预算支出经济分类: 类 3 / 款 5 digits) codes with their names, by year.
-- Filled from warehouse/reference/*.csv by pipelines.store.reference.load_reference, which
-- ensure_schema calls after this file; quality rules use it for "code unknown" / "name differs".
-- One code may have several rows when its name changed: [first_year, last_year] never overlap;
-- last_year NULL = still valid.
CREATE TABLE IF NOT EXISTS core.reference_subjects (
    code_kind   VARCHAR,   -- 'function' | 'economic'
    code        VARCHAR,
    name        VARCHAR,
    level       INTEGER,   -- 1 类, 2 款, 3 项
    parent_code VARCHAR,   -- NULL for 类
    first_year  INTEGER,
    last_year   INTEGER
);

-- What is loaded: the checksum of the CSV files, so the reload is skipped when nothing changed.
CREATE TABLE IF NOT EXISTS core.reference_load (
    checksum  VARCHAR,
    row_count INTEGER,
    loaded_at TIMESTAMP
);

CREATE OR REPLACE VIEW published.reference_subjects AS
SELECT
    CAST(code_kind AS VARCHAR)   AS code_kind,
    CAST(code AS VARCHAR)        AS code,
    CAST(name AS VARCHAR)        AS name,
    CAST(level AS INTEGER)       AS level,
    CAST(parent_code AS VARCHAR) AS parent_code,
    CAST(first_year AS INTEGER)  AS first_year,
    CAST(last_year AS INTEGER)   AS last_year
FROM core.reference_subjects;
