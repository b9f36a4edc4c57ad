-- published: the names fixed by /work/shared/docs/warehouse-contract.md. Views only.

-- Current versions only (superseded ones are in document_history). One department-year may have
-- several current documents, one per part: a tables part and a narrative part both show.
CREATE OR REPLACE VIEW published.documents AS
SELECT
    CAST(document_id AS VARCHAR)  AS document_id,
    CAST(file_name AS VARCHAR)    AS file_name,
    CAST(department AS VARCHAR)   AS department,
    CAST(fiscal_year AS INTEGER)  AS fiscal_year,
    CAST(report_kind AS VARCHAR)  AS report_kind,
    CAST(scope AS VARCHAR)        AS scope,
    CAST(page_count AS INTEGER)   AS page_count,
    CAST(status AS VARCHAR)       AS status,
    CAST(coalesce(part, 'full') AS VARCHAR) AS part   -- full | tables | narrative
FROM core.documents
WHERE status IN ('published', 'quarantined');

-- Facts of published, current documents only.
CREATE OR REPLACE VIEW published.line_items AS
SELECT
    CAST(f.document_id AS VARCHAR)        AS document_id,
    CAST(d.fiscal_year AS INTEGER)        AS fiscal_year,
    CAST(d.department AS VARCHAR)         AS department,
    CAST(d.report_kind AS VARCHAR)        AS report_kind,
    CAST(d.scope AS VARCHAR)              AS scope,
    -- The contract fixes three_public's line_keys (合计, 出国, 用车 and its parts, 接待, 机关运行经费).
    -- What some templates print in the same table beyond them (会议费, 培训费, 行政经费, a 合计 that
    -- includes 会议费/培训费) is published under the project's key three_public_other, same line_keys.
    CAST(CASE WHEN f.table_key = 'three_public' AND f.line_key NOT IN
                   ('total', 'overseas_travel', 'vehicle_total', 'vehicle_purchase', 'vehicle_operation',
                    'reception', 'office_operation')
              THEN 'three_public_other' ELSE f.table_key END AS VARCHAR) AS table_key,
    CAST(f.side AS VARCHAR)               AS side,
    CAST(f.line_key AS VARCHAR)           AS line_key,
    CAST(f.line_label AS VARCHAR)         AS line_label,
    CAST(f.measure AS VARCHAR)            AS measure,
    CAST(f.amount_yuan AS DECIMAL(18,2))  AS amount_yuan,
    CAST(f.unit_printed AS VARCHAR)       AS unit_printed,
    CAST(f.page AS INTEGER)               AS page
FROM core.facts f
JOIN core.documents d USING (document_id)
WHERE d.status = 'published';

-- Every version ever ingested, including superseded ones.
CREATE OR REPLACE VIEW published.document_history AS
SELECT
    CAST(document_id AS VARCHAR)    AS document_id,
    CAST(file_name AS VARCHAR)      AS file_name,
    CAST(department AS VARCHAR)     AS department,
    CAST(fiscal_year AS INTEGER)    AS fiscal_year,
    CAST(report_kind AS VARCHAR)    AS report_kind,
    CAST(scope AS VARCHAR)          AS scope,
    CAST(coalesce(part, 'full') AS VARCHAR) AS part,
    CAST(page_count AS INTEGER)     AS page_count,
    CAST(status AS VARCHAR)         AS status,
    CAST(superseded_by AS VARCHAR)  AS superseded_by,
    ingested_at,
    extraction_seconds,
    CAST(status_reason AS VARCHAR)  AS status_reason
FROM core.documents;

-- Files that could not be ingested (and have not been ingested since).
CREATE OR REPLACE VIEW published.rejections AS
SELECT
    CAST(file_name AS VARCHAR)    AS file_name,
    CAST(document_id AS VARCHAR)  AS document_id,
    CAST(reason AS VARCHAR)       AS reason,
    CAST(message AS VARCHAR)      AS message,
    received_at
FROM raw.documents
WHERE status = 'rejected';

-- Headline totals per published document, in 万元 (for `budgetwh totals`).
-- A final account's summary prints 决算数 (measure final); a budget's prints 预算数 (budget).
CREATE OR REPLACE VIEW published.document_totals AS
WITH s AS (
    SELECT document_id, fiscal_year, department, report_kind, scope, side, line_key,
           coalesce(max(amount_yuan) FILTER (WHERE measure = 'final'),
                    max(amount_yuan) FILTER (WHERE measure = 'budget'),
                    max(amount_yuan) FILTER (WHERE measure = 'total')) AS amount_yuan
    FROM published.line_items
    WHERE table_key = 'summary'
    GROUP BY ALL
)
SELECT
    fiscal_year, department, report_kind, scope, document_id,
    CAST(max(amount_yuan) FILTER (WHERE line_key = 'income_total') / 10000 AS DECIMAL(18,2))
        AS income_total_wan,
    CAST(max(amount_yuan) FILTER (WHERE line_key = 'expenditure_total') / 10000 AS DECIMAL(18,2))
        AS expenditure_total_wan,
    CAST(coalesce(max(amount_yuan) FILTER (WHERE line_key = 'grand_total' AND side = 'income'),
                  max(amount_yuan) FILTER (WHERE line_key = 'grand_total')) / 10000 AS DECIMAL(18,2))
        AS grand_total_wan
FROM s
GROUP BY ALL;

-- 绩效自评 of published documents, across years (amounts in 元; score in points).
CREATE OR REPLACE VIEW published.project_performance AS
SELECT
    d.department,
    d.fiscal_year,
    p.project,
    p.budget,
    p.funds_available,
    p.spent,
    p.score,
    p.page,
    d.document_id,
    d.file_name
FROM core.project_performance p
JOIN core.documents d USING (document_id)
WHERE d.status = 'published';
