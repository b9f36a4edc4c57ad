-- Comparison marts: budgets beside actuals, year over year, like with like.
--
-- Every view reads published.documents / published.line_items (or, for the 决算 narrative,
-- raw.pages joined to published documents), so a quarantined or superseded document never
-- appears. Amounts are DECIMAL(18,2) 元; percentages DECIMAL(18,2), NULL when the base is 0.
-- Documented column by column in docs/tables.md. Idempotent (IF NOT EXISTS / OR REPLACE).
--
-- Classification codes change between years (renamed, merged, moved, split). The crosswalk
-- core.subject_crosswalk (warehouse/reference/crosswalk_<kind>.csv, loaded by
-- pipelines.store.crosswalk.load_crosswalk, which ensure_schema calls after this file) maps an
-- old code to the code it is compared as; yoy_by_subject, budget_vs_final, execution_by_subject
-- and unmatched_subjects compare the mapped codes. Lines that still have no counterpart are
-- listed in published.unmatched_subjects, never silently dropped.

CREATE TABLE IF NOT EXISTS core.subject_crosswalk (
    code_kind      VARCHAR NOT NULL,   -- function | economic (from the file name crosswalk_<kind>.csv)
    from_code      VARCHAR NOT NULL,   -- the old code, digits only
    from_year_last INTEGER NOT NULL,   -- the last fiscal year it was used in
    to_code        VARCHAR NOT NULL,   -- the code it is compared as (= from_code for a pure rename)
    to_year_first  INTEGER NOT NULL,   -- the first fiscal year of to_code
    note           VARCHAR
);

CREATE OR REPLACE VIEW published.subject_crosswalk AS
SELECT
    CAST(code_kind AS VARCHAR)      AS code_kind,
    CAST(from_code AS VARCHAR)      AS from_code,
    CAST(from_year_last AS INTEGER) AS from_year_last,
    CAST(to_code AS VARCHAR)        AS to_code,
    CAST(to_year_first AS INTEGER)  AS to_year_first,
    CAST(CASE WHEN count(*) OVER (PARTITION BY code_kind, from_code, from_year_last) > 1 THEN 'split'
              WHEN from_code = to_code THEN 'rename'
              WHEN count(*) OVER (PARTITION BY code_kind, to_code, to_year_first) > 1 THEN 'merge'
              ELSE 'move' END AS VARCHAR) AS change_kind,
    CAST(note AS VARCHAR)           AS note
FROM core.subject_crosswalk;

-- ------------------------------------------------------------------ helpers (core)

-- Every published line item twice: as compared within its own year (target_year = fiscal_year:
-- budget vs final, and the later year of a year-over-year pair) and as the earlier year of a
-- year-over-year pair (target_year = fiscal_year + 1). compare_key is line_key mapped through
-- the crosswalk for that target year: a code maps when a crosswalk row (not a split) has
-- from_year_last < target_year <= ... and the line's own year is at most from_year_last + 1
-- (so a budget still printed on last year's classification maps too). fn_XXX summary lines map
-- by their class code. Economic codes live in general_budget_basic; every other subject table
-- (income, expenditure, general_budget, gov_fund, state_capital) carries function codes.
CREATE OR REPLACE VIEW core.comparable_line_items AS
WITH li AS (
    SELECT
        l.*,
        CASE WHEN l.line_key LIKE 'fn\_%' ESCAPE '\' THEN 'function'
             WHEN NOT regexp_full_match(l.line_key, '[0-9]+') THEN NULL
             WHEN l.table_key = 'general_budget_basic' THEN 'economic'
             WHEN l.table_key IN ('income', 'expenditure', 'general_budget', 'gov_fund', 'state_capital')
                 THEN 'function'
        END AS code_kind,
        CASE WHEN l.line_key LIKE 'fn\_%' ESCAPE '\' THEN substr(l.line_key, 4) ELSE l.line_key END AS code,
        row_number() OVER () AS item_no
    FROM published.line_items l
),
t AS (
    SELECT li.*, li.fiscal_year AS target_year, 0 AS shift FROM li
    UNION ALL
    SELECT li.*, li.fiscal_year + 1 AS target_year, 1 AS shift FROM li
),
steps AS (
    SELECT x.*
    FROM core.subject_crosswalk x
    QUALIFY count(*) OVER (PARTITION BY code_kind, from_code, from_year_last) = 1   -- splits are not mapped
),
mapped AS (
    SELECT t.*, s.to_code, s.note AS crosswalk_note
    FROM t
    LEFT JOIN steps s
      ON  s.code_kind = t.code_kind
      AND s.from_code = t.code
      AND s.from_year_last < t.target_year
      AND s.to_year_first <= t.target_year
      AND t.fiscal_year <= s.from_year_last + 1
    QUALIFY row_number() OVER (PARTITION BY t.shift, t.item_no ORDER BY s.from_year_last DESC NULLS LAST) = 1
)
SELECT
    document_id, fiscal_year, target_year, department, report_kind, scope, table_key, side,
    line_key, code_kind,
    CASE WHEN to_code IS NULL THEN line_key
         WHEN line_key LIKE 'fn\_%' ESCAPE '\' THEN 'fn_' || to_code
         ELSE to_code END AS compare_key,
    crosswalk_note, line_label, measure, amount_yuan, unit_printed, page
FROM mapped;

-- One published document per (department, fiscal_year, report_kind): the department-scope
-- (部门) document where there is one, else a unit (单位) document; of one scope, a document
-- with tables (part full / tables) before a narrative-only part. Used where a department's
-- 三公 / 机关运行经费 are compared across report kinds.
CREATE OR REPLACE VIEW core.primary_documents AS
SELECT *
FROM published.documents
WHERE status = 'published'
QUALIFY row_number() OVER (
    PARTITION BY department, fiscal_year, report_kind
    ORDER BY (scope = 'department') DESC, (part <> 'narrative') DESC, document_id) = 1;

-- ------------------------------------------------------- contract comparisons

-- warehouse-contract.md "Comparisons": every (department, report_kind, scope, table_key, side,
-- line_key, measure) present in two consecutive fiscal years of published documents; line_key
-- is the later year's code (the earlier year's lines mapped through the crosswalk, merged
-- codes summed). Ungated: published.yoy_by_subject below withholds what a cross-year check blocked.
CREATE OR REPLACE VIEW core.yoy_by_subject_all AS
WITH a AS (
    SELECT department, report_kind, scope, table_key, side, compare_key AS line_key, measure,
           fiscal_year, target_year, sum(amount_yuan) AS amount_yuan
    FROM core.comparable_line_items
    GROUP BY ALL
)
SELECT
    c.department, c.report_kind, c.scope, c.table_key, c.side, c.line_key, c.measure,
    CAST(c.fiscal_year AS INTEGER)                        AS fiscal_year,
    CAST(p.fiscal_year AS INTEGER)                        AS prev_fiscal_year,
    CAST(p.amount_yuan AS DECIMAL(18,2))                  AS amount_prev,
    CAST(c.amount_yuan AS DECIMAL(18,2))                  AS amount_curr,
    CAST(c.amount_yuan - p.amount_yuan AS DECIMAL(18,2))  AS change_yuan,
    CASE WHEN p.amount_yuan = 0 THEN NULL
         ELSE CAST(round((c.amount_yuan - p.amount_yuan) * 100 / p.amount_yuan, 2) AS DECIMAL(18,2))
    END                                                   AS change_pct
FROM a c
JOIN a p
  ON  p.department = c.department
  AND p.report_kind = c.report_kind
  AND p.scope = c.scope
  AND p.table_key = c.table_key
  AND p.side IS NOT DISTINCT FROM c.side
  AND p.line_key = c.line_key
  AND p.measure = c.measure
  AND p.fiscal_year = c.fiscal_year - 1
  AND p.target_year = c.fiscal_year
WHERE c.target_year = c.fiscal_year;

-- The tables of a year pair that a blocking cross-year check failed on (pipelines/quality/cross_year.py
-- writes the findings under the later year's document; table_key NULL = the whole pair).
CREATE OR REPLACE VIEW core.cross_year_blocks AS
SELECT DISTINCT d.department, d.report_kind, d.scope, d.fiscal_year, r.table_key, r.family, r.rule_id
FROM core.check_results r
JOIN core.documents d USING (document_id)
WHERE r.family LIKE 'cross\_year\_%' ESCAPE '\' AND r.severity = 'error' AND r.outcome = 'fail';

-- A comparison row whose inputs failed a blocking cross-year check (上年预算数 against the previous
-- budget, a code change missing from unmatched_subjects) is not published.
CREATE OR REPLACE VIEW published.yoy_by_subject AS
SELECT y.*
FROM core.yoy_by_subject_all y
WHERE NOT EXISTS (
    SELECT 1 FROM core.cross_year_blocks b
    WHERE b.department = y.department AND b.report_kind = y.report_kind AND b.scope = y.scope
      AND b.fiscal_year = y.fiscal_year AND (b.table_key IS NULL OR b.table_key = y.table_key));

-- warehouse-contract.md "Comparisons": every (department, fiscal_year, line_key) of the
-- expenditure-by-subject tables present in both a budget and a final account of that year
-- (same scope). The amount is each document's total for the line: measure `total`, or a
-- budget's single 预算数 column (`budget`) where it prints no 合计. Codes compared after the
-- crosswalk (a budget printed on the previous year's classification).
CREATE OR REPLACE VIEW published.budget_vs_final AS
WITH t AS (
    SELECT department, fiscal_year, scope, report_kind, table_key, compare_key AS line_key,
           any_value(line_label) AS line_label,
           coalesce(sum(amount_yuan) FILTER (WHERE measure = 'total'),
                    sum(amount_yuan) FILTER (WHERE measure = 'budget')) AS amount_yuan
    FROM core.comparable_line_items
    WHERE table_key IN ('expenditure', 'general_budget', 'gov_fund', 'state_capital')
      AND target_year = fiscal_year
    GROUP BY ALL
)
SELECT
    f.department,
    CAST(f.fiscal_year AS INTEGER)          AS fiscal_year,
    f.table_key,
    f.line_key,
    coalesce(f.line_label, b.line_label)    AS line_label,
    CAST(b.amount_yuan AS DECIMAL(18,2))    AS budget_yuan,
    CAST(f.amount_yuan AS DECIMAL(18,2))    AS final_yuan,
    CASE WHEN b.amount_yuan = 0 THEN NULL
         ELSE CAST(round(f.amount_yuan * 100 / b.amount_yuan, 2) AS DECIMAL(18,2))
    END                                     AS execution_rate
FROM t f
JOIN t b
  ON  b.department = f.department
  AND b.fiscal_year = f.fiscal_year
  AND b.scope = f.scope
  AND b.table_key = f.table_key
  AND b.line_key = f.line_key
WHERE f.report_kind = 'final_account'
  AND b.report_kind = 'budget'
  AND f.amount_yuan IS NOT NULL
  AND b.amount_yuan IS NOT NULL;

-- ------------------------------------------------------------------------ marts

-- Headline totals of every published document, in 元, with where they were printed.
-- The summary's (收入支出决算总表 / 财务收支预算总表) amount column: 决算数 (final), else
-- 预算数 (budget), else 合计 (total). A budget prints only 收入总计/支出总计: its
-- income_total / expenditure_total are then derived as 总计 − 上年结转 (− 使用非财政拨款结余)
-- and 总计 − 年末结转, and totals_derived is TRUE. basic / project: the 合计 row of the
-- 支出决算表 / 支出预算总表 (else of the general_budget table).
CREATE OR REPLACE VIEW published.totals_by_year AS
WITH s AS (
    SELECT document_id, side, line_key,
           coalesce(max(amount_yuan) FILTER (WHERE measure = 'final'),
                    max(amount_yuan) FILTER (WHERE measure = 'budget'),
                    max(amount_yuan) FILTER (WHERE measure = 'total')) AS amount_yuan,
           min(page) AS page
    FROM published.line_items
    WHERE table_key = 'summary'
    GROUP BY ALL
),
st AS (
    SELECT document_id,
           max(amount_yuan) FILTER (WHERE side = 'income' AND line_key = 'income_total')           AS income_total,
           max(amount_yuan) FILTER (WHERE side = 'expenditure' AND line_key = 'expenditure_total') AS expenditure_total,
           max(amount_yuan) FILTER (WHERE side = 'income' AND line_key = 'grand_total')            AS grand_income,
           max(amount_yuan) FILTER (WHERE side = 'expenditure' AND line_key = 'grand_total')       AS grand_expenditure,
           max(amount_yuan) FILTER (WHERE line_key = 'carryover_begin')                           AS carryover_begin,
           max(amount_yuan) FILTER (WHERE line_key = 'carryover_end')                             AS carryover_end,
           max(amount_yuan) FILTER (WHERE line_key = 'use_of_reserve')                            AS use_of_reserve,
           min(page)                                                                               AS page
    FROM s
    GROUP BY document_id
),
e AS (
    SELECT document_id,
           arg_min(table_key, table_key = 'general_budget') AS table_key,   -- expenditure first
           arg_min(basic, table_key = 'general_budget')     AS basic,
           arg_min(project, table_key = 'general_budget')   AS project,
           arg_min(page, table_key = 'general_budget')      AS page
    FROM (
        SELECT document_id, table_key,
               max(amount_yuan) FILTER (WHERE measure = 'basic')   AS basic,
               max(amount_yuan) FILTER (WHERE measure = 'project') AS project,
               min(page)                                           AS page
        FROM published.line_items
        WHERE table_key IN ('expenditure', 'general_budget') AND line_key = 'total'
        GROUP BY ALL
    )
    GROUP BY document_id
)
SELECT
    d.department, d.report_kind, d.scope,
    CAST(d.fiscal_year AS INTEGER) AS fiscal_year,
    CAST(coalesce(st.income_total,
                  st.grand_income - coalesce(st.carryover_begin, 0) - coalesce(st.use_of_reserve, 0))
         AS DECIMAL(18,2)) AS income_total_yuan,
    CAST(coalesce(st.expenditure_total, st.grand_expenditure - coalesce(st.carryover_end, 0))
         AS DECIMAL(18,2)) AS expenditure_total_yuan,
    CAST(e.basic AS DECIMAL(18,2))           AS basic_yuan,
    CAST(e.project AS DECIMAL(18,2))         AS project_yuan,
    CAST(st.carryover_begin AS DECIMAL(18,2)) AS carryover_begin_yuan,
    CAST(st.carryover_end AS DECIMAL(18,2))   AS carryover_end_yuan,
    CAST(coalesce(st.grand_income, st.grand_expenditure) AS DECIMAL(18,2)) AS grand_total_yuan,
    CAST((st.income_total IS NULL AND st.grand_income IS NOT NULL)
         OR (st.expenditure_total IS NULL AND st.grand_expenditure IS NOT NULL) AS BOOLEAN) AS totals_derived,
    d.document_id, d.file_name,
    CAST(st.page AS INTEGER) AS summary_page,
    CAST(e.table_key AS VARCHAR) AS basic_project_table_key,
    CAST(e.page AS INTEGER)  AS basic_project_page
FROM published.documents d
LEFT JOIN st USING (document_id)
LEFT JOIN e USING (document_id)
WHERE d.status = 'published' AND d.part <> 'narrative';   -- a narrative part has no tables

-- Spending by function class (支出功能分类 类) per document: the summary's expenditure lines
-- fn_201 … fn_232 (一般公共服务支出 …), or, for a document whose summary prints none, the
-- 3-digit rows of its expenditure table. share_pct = the class's share of the sum of the
-- document's classes (= 本年支出合计 when the table adds up), in percent.
CREATE OR REPLACE VIEW published.function_class_composition AS
WITH fn AS (
    SELECT document_id, department, report_kind, scope, fiscal_year,
           substr(line_key, 4) AS class_code, 'summary' AS source_table_key,
           any_value(line_label) AS label,
           coalesce(max(amount_yuan) FILTER (WHERE measure = 'final'),
                    max(amount_yuan) FILTER (WHERE measure = 'budget'),
                    max(amount_yuan) FILTER (WHERE measure = 'total')) AS amount_yuan,
           min(page) AS page
    FROM published.line_items
    WHERE table_key = 'summary' AND side = 'expenditure' AND line_key LIKE 'fn\_%' ESCAPE '\'
    GROUP BY document_id, department, report_kind, scope, fiscal_year, line_key
),
ex AS (
    SELECT document_id, department, report_kind, scope, fiscal_year,
           line_key AS class_code, 'expenditure' AS source_table_key,
           any_value(line_label) AS label,
           max(amount_yuan) FILTER (WHERE measure = 'total') AS amount_yuan,
           min(page) AS page
    FROM published.line_items
    WHERE table_key = 'expenditure' AND regexp_full_match(line_key, '[0-9]{3}')
      AND document_id NOT IN (SELECT document_id FROM fn)
    GROUP BY document_id, department, report_kind, scope, fiscal_year, line_key
),
c AS (
    SELECT * FROM fn WHERE amount_yuan IS NOT NULL
    UNION ALL
    SELECT * FROM ex WHERE amount_yuan IS NOT NULL
)
SELECT
    c.department, c.report_kind, c.scope,
    CAST(c.fiscal_year AS INTEGER) AS fiscal_year,
    CAST(c.class_code AS VARCHAR)  AS class_code,
    CAST('fn_' || c.class_code AS VARCHAR) AS line_key,
    CAST(regexp_replace(c.label, '^[一二三四五六七八九十百]+[、.．]', '') AS VARCHAR) AS class_name,
    CAST(c.amount_yuan AS DECIMAL(18,2)) AS amount_yuan,
    CASE WHEN sum(c.amount_yuan) OVER w = 0 THEN NULL
         ELSE CAST(round(c.amount_yuan * 100 / sum(c.amount_yuan) OVER w, 2) AS DECIMAL(18,2))
    END AS share_pct,
    CAST(sum(c.amount_yuan) OVER w AS DECIMAL(18,2)) AS year_total_yuan,
    c.document_id, d.file_name,
    CAST(c.source_table_key AS VARCHAR) AS source_table_key,
    CAST(c.page AS INTEGER) AS page
FROM c
JOIN published.documents d USING (document_id)
WINDOW w AS (PARTITION BY c.document_id);

-- 三公 经费 per department and year. final_yuan: the 决算's 决算数 (0 where the 决算 prints the
-- table but leaves the cell blank: the contract reads a missing row as 0). budget_yuan: the
-- 决算's own 预算数 column, else the 预算 document's 预算数 (budget_source says which);
-- budget_document_yuan is always the 预算 document's figure. 机关运行经费 is in
-- office_operation_by_year.
CREATE OR REPLACE VIEW published.three_public_by_year AS
WITH items(item, item_label, item_order) AS (
    VALUES ('total', '合计', 1), ('overseas_travel', '因公出国（境）费', 2),
           ('vehicle_total', '公务用车购置及运行（维护）费', 3), ('vehicle_purchase', '公务用车购置费', 4),
           ('vehicle_operation', '公务用车运行（维护）费', 5), ('reception', '公务接待费', 6)
),
tp AS (
    SELECT p.department, p.fiscal_year, p.report_kind, p.document_id, p.file_name, l.line_key AS item,
           max(l.amount_yuan) FILTER (WHERE l.measure = 'budget') AS budget_yuan,
           max(l.amount_yuan) FILTER (WHERE l.measure = 'final')  AS final_yuan,
           min(l.page) AS page
    FROM core.primary_documents p
    JOIN published.line_items l USING (document_id)
    WHERE l.table_key = 'three_public' AND l.line_key IN (SELECT item FROM items)
    GROUP BY ALL
),
keys AS (SELECT DISTINCT department, fiscal_year, item FROM tp),
fd AS (SELECT * FROM core.primary_documents WHERE report_kind = 'final_account'),
fa AS (SELECT * FROM tp WHERE report_kind = 'final_account'),
bd AS (SELECT * FROM tp WHERE report_kind = 'budget')
SELECT
    k.department,
    CAST(k.fiscal_year AS INTEGER) AS fiscal_year,
    CAST(k.item AS VARCHAR)        AS item,
    CAST(i.item_label AS VARCHAR)  AS item_label,
    CAST(coalesce(fa.budget_yuan, bd.budget_yuan) AS DECIMAL(18,2)) AS budget_yuan,
    CAST(CASE WHEN fd.document_id IS NOT NULL THEN coalesce(fa.final_yuan, 0) END AS DECIMAL(18,2)) AS final_yuan,
    CASE WHEN coalesce(fa.budget_yuan, bd.budget_yuan) = 0 OR fd.document_id IS NULL THEN NULL
         ELSE CAST(round(coalesce(fa.final_yuan, 0) * 100 / coalesce(fa.budget_yuan, bd.budget_yuan), 2)
                   AS DECIMAL(18,2))
    END AS execution_rate,
    CAST(CASE WHEN fa.budget_yuan IS NOT NULL THEN 'final_account'
              WHEN bd.budget_yuan IS NOT NULL THEN 'budget' END AS VARCHAR) AS budget_source,
    CAST(bd.budget_yuan AS DECIMAL(18,2)) AS budget_document_yuan,
    CAST(fd.document_id AS VARCHAR) AS final_document_id,
    CAST(fd.file_name AS VARCHAR)   AS final_file_name,
    CAST(fa.page AS INTEGER)        AS final_page,
    CAST(bd.document_id AS VARCHAR) AS budget_document_id,
    CAST(bd.file_name AS VARCHAR)   AS budget_file_name,
    CAST(bd.page AS INTEGER)        AS budget_page,
    CAST(i.item_order AS INTEGER)   AS item_order
FROM keys k
JOIN items i USING (item)
LEFT JOIN fd ON fd.department = k.department AND fd.fiscal_year = k.fiscal_year
LEFT JOIN fa ON fa.department = k.department AND fa.fiscal_year = k.fiscal_year AND fa.item = k.item
LEFT JOIN bd ON bd.department = k.department AND bd.fiscal_year = k.fiscal_year AND bd.item = k.item;

-- 机关运行经费 per department and year. budget_yuan: the 预算 document's 三公经费（和机关运行经费）
-- 预算表 (office_operation, 预算数), else that line of the 决算's 三公 table. final_yuan: the 决算's
-- 三公 table where it prints the line, else the 情况说明 sentence "机关运行经费支出X万元"
-- (final_source says which, final_page where). basic_public_yuan is the 决算's 公用经费合计 of
-- the 一般公共预算财政拨款基本支出决算表, for comparison (机关运行经费 = the 日常公用经费 of
-- 行政单位 and 参公事业单位, so the two agree for most departments).
CREATE OR REPLACE VIEW published.office_operation_by_year AS
WITH tbl AS (
    SELECT p.department, p.fiscal_year, p.report_kind,
           max(l.amount_yuan) FILTER (WHERE l.measure = 'budget') AS budget_yuan,
           max(l.amount_yuan) FILTER (WHERE l.measure = 'final')  AS final_yuan,
           min(l.page) AS page
    FROM core.primary_documents p
    JOIN published.line_items l USING (document_id)
    WHERE l.table_key = 'three_public' AND l.line_key = 'office_operation'
    GROUP BY ALL
),
narr AS (
    -- the 情况说明 pages of the primary document or of a published part of the same disclosure
    -- (a narrative part beside a tables part)
    SELECT p.department, p.fiscal_year,
           arg_min(m.amount_yuan, m.page) AS amount_yuan,
           min(m.page) AS page
    FROM core.primary_documents p
    JOIN published.documents q
      ON q.department = p.department AND q.fiscal_year = p.fiscal_year AND q.report_kind = p.report_kind
     AND q.scope = p.scope AND q.status = 'published'
    JOIN (
        SELECT document_id, page,
               CAST(CAST(replace(regexp_extract(text, '机关运行经费支出\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(万元|元)', 1),
                                 ',', '') AS DECIMAL(18,4))
                    * CASE regexp_extract(text, '机关运行经费支出\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(万元|元)', 2)
                           WHEN '万元' THEN 10000 ELSE 1 END AS DECIMAL(18,2)) AS amount_yuan
        FROM raw.pages
        WHERE in_narrative
          AND regexp_matches(text, '机关运行经费支出\s*[0-9][0-9,]*(?:\.[0-9]+)?\s*(万元|元)')
    ) m ON m.document_id = q.document_id
    WHERE p.report_kind = 'final_account'
    GROUP BY ALL
),
basic AS (
    SELECT p.department, p.fiscal_year,
           max(l.amount_yuan) AS public_yuan, min(l.page) AS page
    FROM core.primary_documents p
    JOIN published.line_items l USING (document_id)
    WHERE p.report_kind = 'final_account' AND l.table_key = 'general_budget_basic'
      AND l.line_key = 'total' AND l.measure = 'public'
    GROUP BY ALL
),
keys AS (
    SELECT department, fiscal_year FROM tbl
    UNION SELECT department, fiscal_year FROM narr
),
bd AS (SELECT * FROM core.primary_documents WHERE report_kind = 'budget'),
fd AS (SELECT * FROM core.primary_documents WHERE report_kind = 'final_account')
SELECT
    k.department,
    CAST(k.fiscal_year AS INTEGER) AS fiscal_year,
    CAST(coalesce(tb.budget_yuan, tf.budget_yuan) AS DECIMAL(18,2)) AS budget_yuan,
    CAST(coalesce(tf.final_yuan, n.amount_yuan) AS DECIMAL(18,2))    AS final_yuan,
    CASE WHEN coalesce(tb.budget_yuan, tf.budget_yuan) = 0 THEN NULL
         ELSE CAST(round(coalesce(tf.final_yuan, n.amount_yuan) * 100 / coalesce(tb.budget_yuan, tf.budget_yuan), 2)
                   AS DECIMAL(18,2))
    END AS execution_rate,
    CAST(b.public_yuan AS DECIMAL(18,2)) AS basic_public_yuan,
    CAST(CASE WHEN tb.budget_yuan IS NOT NULL THEN 'budget' WHEN tf.budget_yuan IS NOT NULL THEN 'final_account'
         END AS VARCHAR) AS budget_source,
    CAST(CASE WHEN tf.final_yuan IS NOT NULL THEN 'three_public' WHEN n.amount_yuan IS NOT NULL THEN 'narrative'
         END AS VARCHAR) AS final_source,
    CAST(bd.document_id AS VARCHAR) AS budget_document_id,
    CAST(bd.file_name AS VARCHAR)   AS budget_file_name,
    CAST(tb.page AS INTEGER)        AS budget_page,
    CAST(fd.document_id AS VARCHAR) AS final_document_id,
    CAST(fd.file_name AS VARCHAR)   AS final_file_name,
    CAST(CASE WHEN tf.final_yuan IS NOT NULL THEN tf.page ELSE n.page END AS INTEGER) AS final_page
FROM keys k
LEFT JOIN tbl tb ON tb.department = k.department AND tb.fiscal_year = k.fiscal_year AND tb.report_kind = 'budget'
LEFT JOIN tbl tf ON tf.department = k.department AND tf.fiscal_year = k.fiscal_year
                AND tf.report_kind = 'final_account'
LEFT JOIN narr n ON n.department = k.department AND n.fiscal_year = k.fiscal_year
LEFT JOIN basic b ON b.department = k.department AND b.fiscal_year = k.fiscal_year
LEFT JOIN bd ON bd.department = k.department AND bd.fiscal_year = k.fiscal_year AND tb.budget_yuan IS NOT NULL
LEFT JOIN fd ON fd.department = k.department AND fd.fiscal_year = k.fiscal_year;

-- Budget execution per subject code and year, for every year with both a published budget and
-- a published final account of the department (same scope): the budget document's 支出预算总表
-- (expenditure; its 一般公共预算支出功能分类预算表 when it has no expenditure table) against the
-- final account's 支出决算表 (expenditure), code by code after the crosswalk, plus the 合计 row
-- (line_key 'total'). A code printed on one side only is compared with 0 (in_budget / in_final
-- say which side printed it; it is also listed in unmatched_subjects).
CREATE OR REPLACE VIEW published.execution_by_subject AS
WITH pairs AS (
    SELECT b.department, b.scope, b.fiscal_year,
           b.document_id AS budget_document_id, b.file_name AS budget_file_name,
           f.document_id AS final_document_id, f.file_name AS final_file_name
    FROM published.documents b
    JOIN published.documents f
      ON f.department = b.department AND f.scope = b.scope AND f.fiscal_year = b.fiscal_year
    WHERE b.status = 'published' AND f.status = 'published'
      AND b.report_kind = 'budget' AND f.report_kind = 'final_account'
      AND b.part <> 'narrative' AND f.part <> 'narrative'
),
btab AS (
    SELECT document_id,
           CASE WHEN bool_or(table_key = 'expenditure') THEN 'expenditure' ELSE 'general_budget' END AS table_key
    FROM published.line_items
    WHERE report_kind = 'budget' AND table_key IN ('expenditure', 'general_budget')
    GROUP BY document_id
),
lines AS (
    SELECT document_id, table_key, compare_key AS line_key,
           any_value(line_label) AS line_label,
           coalesce(sum(amount_yuan) FILTER (WHERE measure = 'total'),
                    sum(amount_yuan) FILTER (WHERE measure = 'budget')) AS amount_yuan,
           min(page) AS page
    FROM core.comparable_line_items
    WHERE target_year = fiscal_year
      AND table_key IN ('expenditure', 'general_budget')
      AND (regexp_full_match(compare_key, '[0-9]+') OR compare_key = 'total')
    GROUP BY ALL
),
b AS (SELECT l.* FROM lines l JOIN btab USING (document_id, table_key)),
f AS (SELECT * FROM lines WHERE table_key = 'expenditure'),
keys AS (
    SELECT p.*, bt.table_key AS budget_table_key, b.line_key
    FROM pairs p JOIN btab bt ON bt.document_id = p.budget_document_id
    JOIN b ON b.document_id = p.budget_document_id
    UNION
    SELECT p.*, bt.table_key AS budget_table_key, f.line_key
    FROM pairs p JOIN btab bt ON bt.document_id = p.budget_document_id
    JOIN f ON f.document_id = p.final_document_id
)
SELECT
    k.department, k.scope,
    CAST(k.fiscal_year AS INTEGER) AS fiscal_year,
    CAST(k.line_key AS VARCHAR)    AS line_key,
    CAST(coalesce(f.line_label, b.line_label) AS VARCHAR) AS line_label,
    CAST(CASE WHEN k.line_key = 'total' THEN 0 ELSE (length(k.line_key) - 1) // 2 END AS INTEGER) AS level,
    CAST(k.budget_table_key AS VARCHAR) AS budget_table_key,
    CAST(coalesce(b.amount_yuan, 0) AS DECIMAL(18,2)) AS budget_yuan,
    CAST(coalesce(f.amount_yuan, 0) AS DECIMAL(18,2)) AS final_yuan,
    CAST(coalesce(f.amount_yuan, 0) - coalesce(b.amount_yuan, 0) AS DECIMAL(18,2)) AS gap_yuan,
    CASE WHEN coalesce(b.amount_yuan, 0) = 0 THEN NULL
         ELSE CAST(round((coalesce(f.amount_yuan, 0) - b.amount_yuan) * 100 / b.amount_yuan, 2) AS DECIMAL(18,2))
    END AS gap_pct,
    CASE WHEN coalesce(b.amount_yuan, 0) = 0 THEN NULL
         ELSE CAST(round(coalesce(f.amount_yuan, 0) * 100 / b.amount_yuan, 2) AS DECIMAL(18,2))
    END AS execution_rate,
    CAST(b.line_key IS NOT NULL AS BOOLEAN) AS in_budget,
    CAST(f.line_key IS NOT NULL AS BOOLEAN) AS in_final,
    k.budget_document_id, k.budget_file_name,
    CAST(b.page AS INTEGER) AS budget_page,
    k.final_document_id, k.final_file_name,
    CAST(f.page AS INTEGER) AS final_page
FROM keys k
LEFT JOIN b ON b.document_id = k.budget_document_id AND b.line_key = k.line_key
LEFT JOIN f ON f.document_id = k.final_document_id AND f.line_key = k.line_key;

-- Every classification-code line of the subject tables (income, expenditure, general_budget,
-- general_budget_basic, gov_fund, state_capital) of a published document, once per target year
-- (see core.comparable_line_items), with its 合计/total amount (else 预算数, else 决算数), whether any
-- of its amounts is non-zero, and its first page. The one definition of "a code line" that
-- published.unmatched_subjects and the cross-year classification check (70_cross_year_checks.sql) share.
CREATE OR REPLACE VIEW core.comparable_code_lines AS
SELECT document_id, department, report_kind, scope, fiscal_year, target_year, table_key, code_kind,
       line_key, compare_key, crosswalk_note,
       any_value(line_label) AS line_label,
       coalesce(sum(amount_yuan) FILTER (WHERE measure = 'total'),
                sum(amount_yuan) FILTER (WHERE measure = 'budget'),
                sum(amount_yuan) FILTER (WHERE measure = 'final')) AS amount_yuan,
       bool_or(amount_yuan <> 0) AS nonzero,
       min(page) AS page
FROM core.comparable_line_items
WHERE regexp_full_match(line_key, '[0-9]+')
  AND table_key IN ('income', 'expenditure', 'general_budget', 'general_budget_basic', 'gov_fund', 'state_capital')
GROUP BY ALL;

-- Consecutive-year pairs of published tables-bearing documents (a narrative part has no tables) of
-- one department, report kind and scope: document_id is the later year's, prev_document_id the earlier's.
CREATE OR REPLACE VIEW core.consecutive_document_pairs AS
WITH d AS (
    SELECT document_id, file_name, department, fiscal_year, report_kind, scope
    FROM published.documents
    WHERE status = 'published' AND part <> 'narrative'
)
SELECT c.department, c.report_kind, c.scope,
       c.fiscal_year, p.fiscal_year AS prev_fiscal_year,
       c.document_id, c.file_name,
       p.document_id AS prev_document_id, p.file_name AS prev_file_name
FROM d c
JOIN d p
  ON  p.department = c.department AND p.report_kind = c.report_kind AND p.scope = c.scope
  AND p.fiscal_year = c.fiscal_year - 1;

-- Every non-zero code line of one year of a consecutive pair that the other year's document does not
-- print (no line of the same compare_key, any amount, 0 included, in that table), after the crosswalk:
--   comparison 'previous_year'  the later year's line, not in the earlier document (appeared);
--   comparison 'next_year'      the earlier year's line, not in the later document (disappeared).
-- Both directions compare at the later year's classification (target_year = the later fiscal year).
CREATE OR REPLACE VIEW core.code_line_changes AS
WITH dir(comparison) AS (VALUES ('previous_year'), ('next_year')),
sided AS (
    SELECT p.*, dir.comparison,
           CASE dir.comparison WHEN 'previous_year' THEN p.document_id ELSE p.prev_document_id END AS line_document_id,
           CASE dir.comparison WHEN 'previous_year' THEN p.prev_document_id ELSE p.document_id END AS lacking_document_id
    FROM core.consecutive_document_pairs p CROSS JOIN dir
)
SELECT s.*, l.table_key, l.code_kind, l.line_key, l.compare_key, l.line_label, l.amount_yuan, l.page AS line_page
FROM sided s
JOIN core.comparable_code_lines l
  ON l.document_id = s.line_document_id AND l.target_year = s.fiscal_year AND l.nonzero
WHERE NOT EXISTS (
    SELECT 1 FROM core.comparable_code_lines q
    WHERE q.document_id = s.lacking_document_id AND q.table_key = l.table_key
      AND q.target_year = s.fiscal_year AND q.compare_key = l.compare_key);

-- Every non-zero subject line (classification code row of income, expenditure, general_budget,
-- general_budget_basic, gov_fund, state_capital; its 合计/total amount) that has no counterpart
-- (a line of the same code, printed with any amount, 0 included), after the crosswalk:
--   comparison 'previous_year'  the same kind of document exists for fiscal_year − 1 but has no such line;
--   comparison 'next_year'      the same kind of document exists for fiscal_year + 1 but has no such line
--                               (both from core.code_line_changes);
--   comparison 'final_account'  a budget line, and the final account of that year has no such line;
--   comparison 'budget'         a final-account line, and the budget of that year has no such line.
-- (the last two for the tables budget_vs_final compares: expenditure, general_budget, gov_fund,
-- state_capital). Lines of a code the crosswalk splits are listed here with the crosswalk's note.
CREATE OR REPLACE VIEW published.unmatched_subjects AS
WITH docs AS (SELECT * FROM published.documents WHERE status = 'published' AND part <> 'narrative'),
splits AS (
    SELECT code_kind, from_code AS code, from_year_last AS year_last, to_year_first AS year_first,
           'split by the crosswalk into ' || string_agg(to_code, ', ' ORDER BY to_code)
               || coalesce(': ' || any_value(note), '') AS note,
           list(to_code) AS to_codes
    FROM core.subject_crosswalk
    GROUP BY code_kind, from_code, from_year_last, to_year_first
    HAVING count(*) > 1
),
missing AS (
    -- no line in the previous / next year's document
    SELECT c.line_document_id AS document_id, c.department, c.report_kind, c.scope,
           CASE c.comparison WHEN 'previous_year' THEN c.fiscal_year ELSE c.prev_fiscal_year END AS fiscal_year,
           c.table_key, c.code_kind, c.line_key, c.compare_key, c.line_label, c.amount_yuan, c.line_page AS page,
           c.comparison,
           CASE c.comparison WHEN 'previous_year' THEN c.prev_fiscal_year ELSE c.fiscal_year END AS counterpart_year,
           c.lacking_document_id AS counterpart_document_id
    FROM core.code_line_changes c
    UNION ALL
    -- budget vs final account of the same year
    SELECT l.document_id, l.department, l.report_kind, l.scope, l.fiscal_year, l.table_key, l.code_kind,
           l.line_key, l.compare_key, l.line_label, l.amount_yuan, l.page,
           CASE l.report_kind WHEN 'budget' THEN 'final_account' ELSE 'budget' END, l.fiscal_year,
           d.document_id
    FROM core.comparable_code_lines l
    JOIN docs d ON d.department = l.department AND d.scope = l.scope AND d.fiscal_year = l.fiscal_year
               AND d.report_kind <> l.report_kind
    WHERE l.target_year = l.fiscal_year AND l.nonzero
      AND l.table_key IN ('expenditure', 'general_budget', 'gov_fund', 'state_capital')
      AND NOT EXISTS (
        SELECT 1 FROM core.comparable_code_lines o
        WHERE o.document_id = d.document_id AND o.table_key = l.table_key
          AND o.target_year = o.fiscal_year AND o.compare_key = l.compare_key)
)
SELECT
    m.department, m.report_kind, m.scope, m.table_key,
    CAST(m.fiscal_year AS INTEGER)      AS fiscal_year,
    CAST(m.line_key AS VARCHAR)         AS line_key,
    CAST(m.line_label AS VARCHAR)       AS line_label,
    CAST(m.amount_yuan AS DECIMAL(18,2)) AS amount_yuan,
    CAST(m.comparison AS VARCHAR)       AS comparison,
    CAST(m.counterpart_year AS INTEGER) AS counterpart_year,
    CAST(m.compare_key AS VARCHAR)      AS compare_key,
    CAST(coalesce(
        s_from.note,
        s_to.note,
        CASE m.comparison
            WHEN 'previous_year' THEN 'not printed in ' || m.counterpart_year || ' (new or renumbered code)'
            WHEN 'next_year'     THEN 'not printed in ' || m.counterpart_year || ' (dropped or renumbered code)'
            WHEN 'final_account' THEN 'budgeted, not in the final account'
            ELSE 'in the final account, not budgeted'
        END) AS VARCHAR) AS reason,
    m.document_id, d.file_name,
    CAST(m.page AS INTEGER) AS page,
    CAST(m.counterpart_document_id AS VARCHAR) AS counterpart_document_id
FROM missing m
JOIN docs d ON d.document_id = m.document_id
LEFT JOIN splits s_from
  ON  s_from.code_kind = m.code_kind AND s_from.code = m.line_key
  AND m.comparison = 'next_year' AND s_from.year_last = m.fiscal_year
LEFT JOIN splits s_to
  ON  s_to.code_kind = m.code_kind AND list_contains(s_to.to_codes, m.line_key)
  AND m.comparison = 'previous_year' AND s_to.year_first = m.fiscal_year;
