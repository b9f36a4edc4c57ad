-- core: dimensions, document versions and typed facts.

CREATE TABLE IF NOT EXISTS core.departments (
    department    VARCHAR PRIMARY KEY,        -- as printed on the cover
    first_seen_at TIMESTAMP NOT NULL
);

-- table_key → the printed titles of the matching final-account and budget tables.
CREATE TABLE IF NOT EXISTS core.tables (
    table_key           VARCHAR PRIMARY KEY,
    final_account_title VARCHAR,
    budget_title        VARCHAR,
    in_contract         BOOLEAN NOT NULL DEFAULT TRUE
);

-- Classification subjects seen in documents (功能分类 / 经济分类).
CREATE TABLE IF NOT EXISTS core.subjects (
    code        VARCHAR NOT NULL,             -- digits only: 208, 20801, 2080101; 301, 30101
    code_kind   VARCHAR NOT NULL,             -- function | economic
    name        VARCHAR,                      -- label as last printed
    level       INTEGER,                      -- 1 类, 2 款, 3 项
    parent_code VARCHAR,
    PRIMARY KEY (code, code_kind)
);

-- One row per ingested document version.
CREATE TABLE IF NOT EXISTS core.documents (
    document_id        VARCHAR PRIMARY KEY,
    file_name          VARCHAR NOT NULL,
    department         VARCHAR NOT NULL,
    fiscal_year        INTEGER NOT NULL,
    report_kind        VARCHAR NOT NULL,      -- final_account | budget
    scope              VARCHAR NOT NULL,      -- department | unit
    page_count         INTEGER NOT NULL,
    status             VARCHAR NOT NULL,      -- published | quarantined | superseded
    superseded_by      VARCHAR,               -- document_id of the version that replaced it
    ingested_at        TIMESTAMP NOT NULL,
    extraction_seconds DOUBLE,
    status_reason      VARCHAR                -- e.g. the failed blocking check when quarantined
);
-- full | tables | narrative. One department-year's disclosure may come as several parts; a
-- version supersedes only the same part (department, fiscal_year, report_kind, scope, part).
-- By ALTER, so an existing warehouse gains the column with its documents reading 'full'.
ALTER TABLE core.documents ADD COLUMN IF NOT EXISTS part VARCHAR DEFAULT 'full';

CREATE TABLE IF NOT EXISTS core.facts (
    document_id       VARCHAR NOT NULL,
    table_key         VARCHAR NOT NULL,
    side              VARCHAR,
    line_key          VARCHAR NOT NULL,
    line_label        VARCHAR,
    measure           VARCHAR NOT NULL,
    amount            DECIMAL(24,6) NOT NULL, -- as printed, in unit_printed (up to 6 decimals)
    unit_printed      VARCHAR NOT NULL,       -- 元 | 万元 | 亿元
    amount_yuan       DECIMAL(18,2) NOT NULL,
    page              INTEGER,
    code_kind         VARCHAR,                -- function | economic for subject rows
    level             INTEGER,
    parent_code       VARCHAR,
    "row"             INTEGER,
    col               INTEGER,
    extraction_method VARCHAR
);

-- 绩效自评 (performance self-evaluation): the overall score (project = '部门整体')
-- and one row per project report. Amounts in 元 (printed in 万元), score in points.
CREATE TABLE IF NOT EXISTS core.project_performance (
    document_id     VARCHAR NOT NULL,
    project         VARCHAR NOT NULL,
    budget          DECIMAL(18,2),        -- 年初预算数
    funds_available DECIMAL(18,2),        -- 资金到位 / 全年预算数
    spent           DECIMAL(18,2),        -- 实际支出
    score           DECIMAL(6,2),         -- 自评得分
    page            INTEGER
);
