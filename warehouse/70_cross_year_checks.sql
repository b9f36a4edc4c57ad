-- checks: the evidence behind the cross-year gate (pipelines/quality/cross_year.py,
-- expectations/cross_year_*.json). Where warehouse/50_checks.sql judges one document alone, these
-- views compare a published document with the published document of the previous fiscal year of
-- the same department, report kind and scope (a tables part or full document; a narrative part
-- has no tables). Every evidence view has the same columns:
--
--   document_id (the later year's document), counterpart_document_id (the earlier year's),
--   rule_id, table_key, side, line_key, line_label, measure,
--   page (in document_id), counterpart_page (in counterpart_document_id),
--   expected, found, difference (= found - expected), tolerance (DECIMAL 元), unit_printed, ok,
--   department, report_kind, scope, fiscal_year, prev_fiscal_year, file_name, counterpart_file_name,
--   description
--
-- A numeric rule emits every comparison it makes (ok NULL; the suite judges difference against
-- tolerance); a flag rule emits ok TRUE/FALSE; an info note emits ok FALSE for each row to report.
-- Idempotent: CREATE ... IF NOT EXISTS / OR REPLACE / ADD COLUMN IF NOT EXISTS only.

-- A cross-year finding names two documents: the second document and its page, in
-- core.check_results (not part of the warehouse contract) and in published.cross_year_findings.
ALTER TABLE core.check_results ADD COLUMN IF NOT EXISTS counterpart_document_id VARCHAR;
ALTER TABLE core.check_results ADD COLUMN IF NOT EXISTS counterpart_page INTEGER;

-- Consecutive-year pairs of published tables-bearing documents of one department, kind and scope
-- (core.consecutive_document_pairs, 60_marts.sql: the same pairs published.unmatched_subjects uses).
CREATE OR REPLACE VIEW checks.cross_year_pairs AS
SELECT * FROM core.consecutive_document_pairs;

-- Where each document prints each table (first page) and in which unit.
CREATE OR REPLACE VIEW checks.cross_year_table_pages AS
SELECT document_id, table_key, min(page) AS page, max(checks.unit_yuan(unit_printed)) AS unit_yuan,
       any_value(unit_printed) AS unit_printed
FROM published.line_items
GROUP BY ALL;

-- carry-over continuity: a 决算's 年初结转和结余 (summary, income side, carryover_begin) equals the
-- previous year's 年末结转和结余 (summary, expenditure side, carryover_end). A line printed blank in
-- one year reads as 0; a pair where neither year prints either line is not compared.
-- Tolerance: one unit of the last printed digit of the coarser of the two summaries (0.01 万元).
CREATE OR REPLACE VIEW checks.evidence_cross_year_carryover AS
WITH s AS (
    SELECT document_id, line_key,
           coalesce(max(amount_yuan) FILTER (WHERE measure = 'final'),
                    max(amount_yuan) FILTER (WHERE measure = 'total')) AS amount_yuan,
           any_value(line_label) AS line_label,
           min(page) AS page
    FROM published.line_items
    WHERE report_kind = 'final_account' AND table_key = 'summary'
      AND ((line_key = 'carryover_begin' AND side = 'income')
        OR (line_key = 'carryover_end' AND side = 'expenditure'))
    GROUP BY ALL
)
SELECT
    p.document_id,
    p.prev_document_id                                   AS counterpart_document_id,
    'cross_year.carryover'                               AS rule_id,
    'summary'                                            AS table_key,
    'income'                                             AS side,
    'carryover_begin'                                    AS line_key,
    coalesce(b.line_label, '年初结转和结余')              AS line_label,
    'final'                                              AS measure,
    coalesce(b.page, ct.page)                            AS page,
    coalesce(e.page, pt.page)                            AS counterpart_page,
    CAST(coalesce(e.amount_yuan, 0) AS DECIMAL(18,2))    AS expected,
    CAST(coalesce(b.amount_yuan, 0) AS DECIMAL(18,2))    AS found,
    CAST(coalesce(b.amount_yuan, 0) - coalesce(e.amount_yuan, 0) AS DECIMAL(18,2)) AS difference,
    CAST(0.01 * greatest(ct.unit_yuan, pt.unit_yuan) AS DECIMAL(18,2)) AS tolerance,
    ct.unit_printed,
    CAST(NULL AS BOOLEAN)                                AS ok,
    p.department, p.report_kind, p.scope, p.fiscal_year, p.prev_fiscal_year,
    p.file_name, p.prev_file_name                        AS counterpart_file_name,
    coalesce(e.line_label, '年末结转和结余')              AS description
FROM checks.cross_year_pairs p
JOIN checks.cross_year_table_pages ct ON ct.document_id = p.document_id AND ct.table_key = 'summary'
JOIN checks.cross_year_table_pages pt ON pt.document_id = p.prev_document_id AND pt.table_key = 'summary'
LEFT JOIN s b ON b.document_id = p.document_id AND b.line_key = 'carryover_begin'
LEFT JOIN s e ON e.document_id = p.prev_document_id AND e.line_key = 'carryover_end'
WHERE p.report_kind = 'final_account'
  AND (b.amount_yuan IS NOT NULL OR e.amount_yuan IS NOT NULL);

-- 上年预算数: a budget's column of the previous year's budget (measure budget_prev), line by line,
-- against the previous year's published budget (its 预算数 `budget`, else 合计 `total`, of the same
-- table, side and code after the crosswalk; a line it does not print reads as 0). Only tables the
-- previous budget prints are compared. Tolerance: one unit of the coarser table's last digit.
CREATE OR REPLACE VIEW checks.evidence_cross_year_budget_prev_only AS
WITH cur AS (
    SELECT document_id, table_key, side, compare_key,
           any_value(line_key) AS line_key, any_value(line_label) AS line_label,
           sum(amount_yuan) AS amount_yuan, min(page) AS page
    FROM core.comparable_line_items
    WHERE report_kind = 'budget' AND measure = 'budget_prev' AND target_year = fiscal_year
    GROUP BY ALL
),
prev AS (
    SELECT document_id, table_key, side, compare_key,
           coalesce(sum(amount_yuan) FILTER (WHERE measure = 'budget'),
                    sum(amount_yuan) FILTER (WHERE measure = 'total')) AS amount_yuan,
           min(page) AS page
    FROM core.comparable_line_items
    WHERE report_kind = 'budget' AND measure IN ('budget', 'total') AND target_year = fiscal_year + 1
    GROUP BY ALL
)
SELECT
    p.document_id,
    p.prev_document_id                                   AS counterpart_document_id,
    'cross_year.budget_prev'                             AS rule_id,
    c.table_key, c.side, c.line_key, c.line_label,
    'budget_prev'                                        AS measure,
    c.page,
    coalesce(v.page, pt.page)                            AS counterpart_page,
    CAST(coalesce(v.amount_yuan, 0) AS DECIMAL(18,2))    AS expected,
    CAST(c.amount_yuan AS DECIMAL(18,2))                 AS found,
    CAST(c.amount_yuan - coalesce(v.amount_yuan, 0) AS DECIMAL(18,2)) AS difference,
    CAST(0.01 * greatest(ct.unit_yuan, pt.unit_yuan) AS DECIMAL(18,2)) AS tolerance,
    ct.unit_printed,
    CAST(NULL AS BOOLEAN)                                AS ok,
    p.department, p.report_kind, p.scope, p.fiscal_year, p.prev_fiscal_year,
    p.file_name, p.prev_file_name                        AS counterpart_file_name,
    CASE WHEN v.amount_yuan IS NULL THEN 'not printed in the previous budget' ELSE '' END AS description
FROM checks.cross_year_pairs p
JOIN cur c ON c.document_id = p.document_id
JOIN checks.cross_year_table_pages ct ON ct.document_id = p.document_id AND ct.table_key = c.table_key
JOIN checks.cross_year_table_pages pt ON pt.document_id = p.prev_document_id AND pt.table_key = c.table_key
LEFT JOIN prev v
  ON  v.document_id = p.prev_document_id AND v.table_key = c.table_key
  AND v.side IS NOT DISTINCT FROM c.side AND v.compare_key = c.compare_key
WHERE p.report_kind = 'budget';

-- 上年执行数 / 上年决算数: a budget's column of the previous year's execution (measure final_prev),
-- line by line, against the previous year's published final account of the same department and scope
-- (its 决算数 `final`, else 合计 `total`, same table, side and code after the crosswalk; a line it does
-- not print reads as 0). Only tables both documents print are compared. A warning, not a block: a
-- budget is compiled before the year it restates is closed, so its 上年执行数 is often the 预计执行数
-- and may differ from the later 决算; the difference is for a reader to see, with both pages.
-- No family of the national corpus prints such a column today (杭州/湖州/上海 state 上年执行数 only
-- in the 情况说明), and the catalog maps no header to final_prev: such a column is refused
-- (UnmappableColumnsError) until the catalog names it, so nothing is compared silently wrong.
CREATE OR REPLACE VIEW checks.evidence_cross_year_final_prev AS
WITH d AS (
    SELECT document_id, file_name, department, fiscal_year, report_kind, scope
    FROM published.documents
    WHERE status = 'published' AND part <> 'narrative'
),
pairs AS (
    SELECT b.department, b.report_kind, b.scope, b.fiscal_year, f.fiscal_year AS prev_fiscal_year,
           b.document_id, b.file_name, f.document_id AS prev_document_id, f.file_name AS prev_file_name
    FROM d b
    JOIN d f ON f.department = b.department AND f.scope = b.scope AND f.fiscal_year = b.fiscal_year - 1
    WHERE b.report_kind = 'budget' AND f.report_kind = 'final_account'
),
cur AS (
    SELECT document_id, table_key, side, compare_key,
           any_value(line_key) AS line_key, any_value(line_label) AS line_label,
           sum(amount_yuan) AS amount_yuan, min(page) AS page
    FROM core.comparable_line_items
    WHERE report_kind = 'budget' AND measure = 'final_prev' AND target_year = fiscal_year
    GROUP BY ALL
),
prev AS (
    SELECT document_id, table_key, side, compare_key,
           coalesce(sum(amount_yuan) FILTER (WHERE measure = 'final'),
                    sum(amount_yuan) FILTER (WHERE measure = 'total')) AS amount_yuan,
           min(page) AS page
    FROM core.comparable_line_items
    WHERE report_kind = 'final_account' AND measure IN ('final', 'total') AND target_year = fiscal_year + 1
    GROUP BY ALL
)
SELECT
    p.document_id,
    p.prev_document_id                                   AS counterpart_document_id,
    'cross_year.final_prev'                              AS rule_id,
    c.table_key, c.side, c.line_key, c.line_label,
    'final_prev'                                         AS measure,
    c.page,
    coalesce(v.page, pt.page)                            AS counterpart_page,
    CAST(coalesce(v.amount_yuan, 0) AS DECIMAL(18,2))    AS expected,
    CAST(c.amount_yuan AS DECIMAL(18,2))                 AS found,
    CAST(c.amount_yuan - coalesce(v.amount_yuan, 0) AS DECIMAL(18,2)) AS difference,
    CAST(0.01 * greatest(ct.unit_yuan, pt.unit_yuan) AS DECIMAL(18,2)) AS tolerance,
    ct.unit_printed,
    CAST(NULL AS BOOLEAN)                                AS ok,
    p.department, p.report_kind, p.scope, p.fiscal_year, p.prev_fiscal_year,
    p.file_name, p.prev_file_name                        AS counterpart_file_name,
    CASE WHEN v.amount_yuan IS NULL THEN 'not printed in the previous final account' ELSE '' END AS description
FROM pairs p
JOIN cur c ON c.document_id = p.document_id
JOIN checks.cross_year_table_pages ct ON ct.document_id = p.document_id AND ct.table_key = c.table_key
JOIN checks.cross_year_table_pages pt ON pt.document_id = p.prev_document_id AND pt.table_key = c.table_key
LEFT JOIN prev v
  ON  v.document_id = p.prev_document_id AND v.table_key = c.table_key
  AND v.side IS NOT DISTINCT FROM c.side AND v.compare_key = c.compare_key;

-- The family cross_year_budget_prev: both previous-year columns of a budget (上年预算数 against the
-- previous budget, an error that withholds the pair's table; 上年执行数 against the previous final
-- account, a warning).
CREATE OR REPLACE VIEW checks.evidence_cross_year_budget_prev AS
SELECT * FROM checks.evidence_cross_year_budget_prev_only
UNION ALL BY NAME
SELECT * FROM checks.evidence_cross_year_final_prev;

-- classification continuity: every non-zero code line (the subject tables unmatched_subjects
-- covers) that appears in the later year or disappears after the earlier one, after the crosswalk,
-- must be listed in published.unmatched_subjects with its reason (cross_year.code_unlisted, a
-- blocking flag) — each such change is also an info note (cross_year.code_change); and every line
-- the crosswalk maps to another code between the two years is an info note (cross_year.code_mapped).
-- page / counterpart_page: where the later / earlier document prints the line, else its table.
-- Code changes the national corpus shows (2017–2026), and why warehouse/reference/crosswalk_function.csv
-- does not map them (they stay in unmatched_subjects with their reason):
--   江苏省人大常委会办公厅 2017 → 2018 (the corpus's one consecutive pair): 2080505 / 2080506 (养老保险 /
--     职业年金缴费) appear in 2018 p.13 — codes of the classification before 2018 that the 2017 budget did
--     not print (its 2080504 carried the pensions), not a renumbering. Its 基本支出 table shows the 2018
--     economic-classification reform: 30307 医疗费 and 30311 住房公积金 (2017 p.18) are printed as 30114 and
--     30113 in 2018 (p.14), but from 2018 on 30307 / 30311 mean 医疗费补助 / 代缴社会保险费, and the mapping
--     rule also maps a document one year late (fiscal_year <= from_year_last + 1): a row would map a 2018
--     document's 30307 医疗费补助 to 30114. Left unmapped; 30312 提租补贴 has no line of its own in 2018
--     (p.14) and the page does not say where it went: not mapped either.
--   江苏省人民检察院 2017 → 2019 (not consecutive, never compared): 2040404 查办和预防职务犯罪, 2040405
--     公诉和审判监督, 2040406 侦查监督 gone, 2040410 检察监督 new — the year of the change (2018 or 2019)
--     is not in the corpus, so no row.
CREATE OR REPLACE VIEW checks.evidence_cross_year_classification AS
WITH changes AS (
    -- appeared (comparison previous_year: page in the later document) or disappeared (next_year:
    -- counterpart_page in the earlier one); core.code_line_changes, as unmatched_subjects lists them
    SELECT c.*,
           CASE c.comparison WHEN 'previous_year' THEN c.line_page END AS page,
           CASE c.comparison WHEN 'next_year' THEN c.line_page END AS counterpart_page
    FROM core.code_line_changes c
),
listed AS (
    SELECT c.*, u.reason
    FROM changes c
    LEFT JOIN published.unmatched_subjects u
      ON  u.document_id = c.line_document_id AND u.table_key = c.table_key AND u.line_key = c.line_key
      AND u.comparison = c.comparison AND u.counterpart_document_id = c.lacking_document_id
),
judged AS (
    SELECT l.*, r.rule_id,
           CASE r.rule_id WHEN 'cross_year.code_unlisted' THEN l.reason IS NOT NULL ELSE FALSE END AS ok
    FROM listed l
    CROSS JOIN (VALUES ('cross_year.code_unlisted'), ('cross_year.code_change')) r(rule_id)
),
mapped AS (
    -- the earlier year's line compared as another code in the later year
    SELECT p.*, l.table_key, l.line_key, l.compare_key, l.line_label, l.amount_yuan,
           l.crosswalk_note, l.page AS counterpart_page,
           (SELECT min(q.page) FROM core.comparable_code_lines q WHERE q.document_id = p.document_id
              AND q.table_key = l.table_key AND q.target_year = q.fiscal_year AND q.compare_key = l.compare_key) AS page
    FROM checks.cross_year_pairs p
    JOIN core.comparable_code_lines l ON l.document_id = p.prev_document_id AND l.target_year = p.fiscal_year
    WHERE l.compare_key <> l.line_key AND l.nonzero
)
SELECT
    j.document_id, j.prev_document_id AS counterpart_document_id, j.rule_id,
    j.table_key, CAST(NULL AS VARCHAR) AS side, j.line_key, j.line_label, 'total' AS measure,
    coalesce(j.page, ct.page) AS page,
    coalesce(j.counterpart_page, pt.page) AS counterpart_page,
    CAST(NULL AS DECIMAL(18,2)) AS expected,
    CAST(j.amount_yuan AS DECIMAL(18,2)) AS found,
    CAST(NULL AS DECIMAL(18,2)) AS difference,
    CAST(NULL AS DECIMAL(18,2)) AS tolerance,
    coalesce(ct.unit_printed, pt.unit_printed) AS unit_printed,
    j.ok,
    j.department, j.report_kind, j.scope, j.fiscal_year, j.prev_fiscal_year,
    j.file_name, j.prev_file_name AS counterpart_file_name,
    CASE j.comparison WHEN 'previous_year' THEN 'appears in ' || j.fiscal_year || ', not printed in '
                                                || j.prev_fiscal_year
                      ELSE 'printed in ' || j.prev_fiscal_year || ', gone in ' || j.fiscal_year END
        || coalesce('; unmatched_subjects: ' || j.reason, '; not listed in unmatched_subjects') AS description
FROM judged j
LEFT JOIN checks.cross_year_table_pages ct ON ct.document_id = j.document_id AND ct.table_key = j.table_key
LEFT JOIN checks.cross_year_table_pages pt ON pt.document_id = j.prev_document_id AND pt.table_key = j.table_key
UNION ALL
SELECT
    m.document_id, m.prev_document_id, 'cross_year.code_mapped',
    m.table_key, NULL, m.compare_key, m.line_label, 'total',
    coalesce(m.page, ct.page), m.counterpart_page,
    NULL, CAST(m.amount_yuan AS DECIMAL(18,2)), NULL, NULL,
    coalesce(ct.unit_printed, pt.unit_printed),
    FALSE,
    m.department, m.report_kind, m.scope, m.fiscal_year, m.prev_fiscal_year,
    m.file_name, m.prev_file_name,
    m.line_key || ' (' || m.prev_fiscal_year || ') compared as ' || m.compare_key || ' ('
        || m.fiscal_year || ') by the crosswalk' || coalesce(': ' || m.crosswalk_note, '')
FROM mapped m
LEFT JOIN checks.cross_year_table_pages ct ON ct.document_id = m.document_id AND ct.table_key = m.table_key
LEFT JOIN checks.cross_year_table_pages pt ON pt.document_id = m.prev_document_id AND pt.table_key = m.table_key;

-- YoY outliers, for analysts to read (info): a function class (3-digit code) or the 合计 of the
-- 支出表 (expenditure, measure total) whose amount changes by at least 30 % AND at least
-- 100,000 元 (10 万元) between consecutive years — large enough to matter for a small department,
-- and a relative change no routine year shows. A class new in the later year (previous 0) is not
-- an outlier here: it is listed in unmatched_subjects / cross_year.code_change. Read from the
-- ungated comparison (core.yoy_by_subject_all) so that the note exists even for a withheld pair.
CREATE OR REPLACE VIEW checks.evidence_cross_year_outliers AS
WITH pg AS (
    SELECT document_id, table_key, compare_key, measure, target_year, min(page) AS page,
           any_value(line_label) AS line_label
    FROM core.comparable_line_items
    WHERE table_key = 'expenditure' AND measure = 'total'
    GROUP BY ALL
)
SELECT
    p.document_id, p.prev_document_id AS counterpart_document_id, 'cross_year.yoy_outlier' AS rule_id,
    y.table_key, y.side, y.line_key, coalesce(c.line_label, v.line_label) AS line_label, y.measure,
    c.page, v.page AS counterpart_page,
    y.amount_prev AS expected, y.amount_curr AS found, y.change_yuan AS difference,
    CAST(NULL AS DECIMAL(18,2)) AS tolerance,
    ct.unit_printed,
    NOT (y.change_pct IS NOT NULL AND abs(y.change_pct) >= 30 AND abs(y.change_yuan) >= 100000) AS ok,
    p.department, p.report_kind, p.scope, p.fiscal_year, p.prev_fiscal_year,
    p.file_name, p.prev_file_name AS counterpart_file_name,
    CAST(y.change_pct AS VARCHAR) AS description
FROM core.yoy_by_subject_all y
JOIN checks.cross_year_pairs p
  ON  p.department = y.department AND p.report_kind = y.report_kind AND p.scope = y.scope
  AND p.fiscal_year = y.fiscal_year
LEFT JOIN pg c ON c.document_id = p.document_id AND c.table_key = y.table_key AND c.compare_key = y.line_key
              AND c.measure = y.measure AND c.target_year = y.fiscal_year
LEFT JOIN pg v ON v.document_id = p.prev_document_id AND v.table_key = y.table_key
              AND v.compare_key = y.line_key AND v.measure = y.measure AND v.target_year = y.fiscal_year
LEFT JOIN checks.cross_year_table_pages ct ON ct.document_id = p.document_id AND ct.table_key = y.table_key
WHERE y.table_key = 'expenditure' AND y.measure = 'total'
  AND (regexp_full_match(y.line_key, '[0-9]{3}') OR y.line_key = 'total');

-- ---------------------------------------------------------------- published

-- Every cross-year finding with both documents and pages (published.check_results has the same
-- rows under the later document; its messages name the earlier document and page too).
CREATE OR REPLACE VIEW published.cross_year_findings AS
SELECT
    CAST(d.department AS VARCHAR)   AS department,
    CAST(d.report_kind AS VARCHAR)  AS report_kind,
    CAST(d.scope AS VARCHAR)        AS scope,
    CAST(d.fiscal_year AS INTEGER)  AS fiscal_year,
    CAST(c.fiscal_year AS INTEGER)  AS prev_fiscal_year,
    r.rule_id, r.family, r.severity, r.outcome,
    r.table_key, r.side, r.line_key, r.measure,
    CAST(r.document_id AS VARCHAR)  AS document_id,
    CAST(d.file_name AS VARCHAR)    AS file_name,
    CAST(r.page AS INTEGER)         AS page,
    CAST(r.counterpart_document_id AS VARCHAR) AS counterpart_document_id,
    CAST(c.file_name AS VARCHAR)    AS counterpart_file_name,
    CAST(r.counterpart_page AS INTEGER) AS counterpart_page,
    r.expected, r.found, r.difference,
    r.message_zh, r.message_en, r.checked_at
FROM core.check_results r
JOIN core.documents d ON d.document_id = r.document_id
LEFT JOIN core.documents c ON c.document_id = r.counterpart_document_id
WHERE r.family LIKE 'cross\_year\_%' ESCAPE '\';
