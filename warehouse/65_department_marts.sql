-- Department marts: many departments of one year side by side (the 2026 budgets of 13 cities),
-- and a roll-up per place over the departments present.
--
-- Which documents: department-scope (部门, 汇总) documents that are published and bear tables
-- (part full / tables; a narrative part has none), one per (department, fiscal_year,
-- report_kind): core.department_documents. A unit (单位预算 / 本级) document is a different object
-- (one unit's own budget, not the department's consolidated one) and is left out, as are
-- quarantined documents (published.line_items never holds their amounts). The roll-ups list the
-- documents left out and why.
--
-- Place: from the department's name as printed, never from the file name: the longest prefix of
-- core.places (warehouse/reference/places.csv, loaded by pipelines.store.places.load_places, which
-- ensure_schema calls after this file) the name starts with, after a leading 中共 / 中国共产党.
--
-- Amounts DECIMAL(18,2) 元; shares DECIMAL(18,2) percent, rounded half away from zero (exactly,
-- in integers: core.share_pct), NULL when the base is 0 or missing. Documented in docs/tables.md.
-- Idempotent (IF NOT EXISTS / OR REPLACE).

CREATE TABLE IF NOT EXISTS core.places (
    prefix VARCHAR NOT NULL,   -- a printed beginning of a department name (深圳市, 首都, 上海市普陀区)
    place  VARCHAR NOT NULL,   -- the place it names (北京市 for 首都)
    level  VARCHAR NOT NULL,   -- province | city | district
    parent VARCHAR             -- the place one level up; NULL for a province
);

-- part * 100 / base in percent to 2 decimals, half away from zero, computed in integer fen (a
-- DECIMAL division in DuckDB is a DOUBLE); NULL when either is NULL or the base is 0.
CREATE OR REPLACE MACRO core.share_pct(part, base) AS
    CASE WHEN part IS NULL OR base IS NULL OR base = 0 THEN NULL
         ELSE CAST(CAST(sign(part) * sign(base)
                        * ((abs(CAST(part * 100 AS HUGEINT)) * 20000 + abs(CAST(base * 100 AS HUGEINT)))
                           // (2 * abs(CAST(base * 100 AS HUGEINT)))) AS DECIMAL(38,0)) / 100 AS DECIMAL(18,2))
    END;

CREATE OR REPLACE VIEW published.places AS
SELECT
    CAST(prefix AS VARCHAR) AS prefix,
    CAST(place AS VARCHAR)  AS place,
    CAST(level AS VARCHAR)  AS level,
    CAST(parent AS VARCHAR) AS parent
FROM core.places;

-- Every department of the warehouse (any current document: published or quarantined, any scope
-- or part) with its place; place NULL when no prefix of core.places matches (add a row to
-- places.csv).
CREATE OR REPLACE VIEW published.department_places AS
WITH names AS (
    SELECT department,
           count(*) AS documents,
           list(DISTINCT fiscal_year ORDER BY fiscal_year) AS fiscal_years
    FROM published.documents
    GROUP BY department
),
matched AS (
    SELECT n.*, p.prefix, p.place, p.level, p.parent
    FROM names n
    LEFT JOIN core.places p
      ON starts_with(regexp_replace(n.department, '^(中共|中国共产党)', ''), p.prefix)
    QUALIFY row_number() OVER (PARTITION BY n.department ORDER BY length(p.prefix) DESC NULLS LAST) = 1
)
SELECT
    CAST(department AS VARCHAR)  AS department,
    CAST(place AS VARCHAR)       AS place,
    CAST(level AS VARCHAR)       AS place_level,
    CAST(parent AS VARCHAR)      AS parent_place,
    CAST(prefix AS VARCHAR)      AS matched_prefix,
    CAST(documents AS INTEGER)   AS documents,
    CAST(fiscal_years AS INTEGER[]) AS fiscal_years
FROM matched;

-- One current, published, tables-bearing department-scope document per (department,
-- fiscal_year, report_kind), with its place.
CREATE OR REPLACE VIEW core.department_documents AS
SELECT d.*, dp.place, dp.place_level, dp.parent_place
FROM published.documents d
LEFT JOIN published.department_places dp USING (department)
WHERE d.status = 'published' AND d.scope = 'department' AND d.part <> 'narrative'
QUALIFY row_number() OVER (
    PARTITION BY d.department, d.fiscal_year, d.report_kind
    ORDER BY (d.part = 'full') DESC, d.document_id) = 1;

-- Every received department of a (place, fiscal_year, report_kind) that is NOT in
-- core.department_documents, with the reason (the roll-ups report them).
CREATE OR REPLACE VIEW core.departments_left_out AS
WITH received AS (
    SELECT dp.place, d.fiscal_year, d.report_kind, d.department,
           bool_or(d.scope = 'department' AND d.status = 'quarantined') AS quarantined,
           bool_or(d.scope = 'department' AND d.status = 'published')   AS narrative_only,
           bool_or(d.scope = 'unit')                                     AS unit
    FROM published.documents d
    JOIN published.department_places dp USING (department)
    WHERE dp.place IS NOT NULL
    GROUP BY ALL
)
SELECT r.place, r.fiscal_year, r.report_kind, r.department,
       CASE WHEN r.quarantined THEN 'quarantined'
            WHEN r.narrative_only THEN 'narrative part only'
            WHEN r.unit THEN 'unit scope only'
       END AS reason
FROM received r
WHERE NOT EXISTS (
    SELECT 1 FROM core.department_documents k
    WHERE k.department = r.department AND k.fiscal_year = r.fiscal_year AND k.report_kind = r.report_kind);

-- ---------------------------------------------------------------- per department

-- 三公 经费 per department document: the 三公 table's 预算数 (a budget) or 决算数 (a final
-- account) over all 财政拨款 sources, its items, and the share of its 一般公共预算 part (where the
-- table splits by source; else its one figure) in the department's 一般公共预算财政拨款基本支出 —
-- like with like: the 合计 of the 一般公共预算基本支出经济分类
-- 预算表 / 基本支出决算表 (general_budget_basic: 合计, else 人员经费 + 公用经费), else the 基本支出
-- column of the 一般公共预算支出功能分类预算表's 合计 row (general_budget: 基本支出, else 人员 + 公用).
-- basic_all_funds_yuan is the 支出预算总表's 基本支出 (all sources of funds), for reference.
-- A 三公 table that is printed but leaves a cell blank reads 0 (the contract); no 三公 table at
-- all = NULL.
CREATE OR REPLACE VIEW published.three_public_by_department AS
WITH docs AS (
    SELECT d.*, CASE d.report_kind WHEN 'final_account' THEN 'final' ELSE 'budget' END AS tp_measure
    FROM core.department_documents d
),
tl AS (
    -- one row per (document, 三公 line): all 财政拨款 sources, and the 一般公共预算 part. A table split
    -- by source prints either a 合计 column beside 一般公共预算 / 政府性基金 / 国有资本经营 columns
    -- (广州: measures budget, general_budget, gov_fund, state_capital) or no 合计, the 一般公共预算
    -- column first (深圳: budget, budget_gov_fund, budget_state_capital).
    SELECT l.document_id, l.line_key,
           sum(l.amount_yuan) FILTER (WHERE l.measure IN (d.tp_measure, d.tp_measure || '_gov_fund',
                                                           d.tp_measure || '_state_capital')) AS all_funds,
           coalesce(max(l.amount_yuan) FILTER (WHERE l.measure = 'general_budget'),
                    max(l.amount_yuan) FILTER (WHERE l.measure = d.tp_measure)) AS general_budget,
           min(l.page) AS page
    FROM published.line_items l
    JOIN docs d ON d.document_id = l.document_id
    WHERE l.table_key = 'three_public'
    GROUP BY l.document_id, l.line_key
),
tp AS (
    SELECT document_id,
           max(all_funds) FILTER (WHERE line_key = 'total')             AS total,
           max(general_budget) FILTER (WHERE line_key = 'total')        AS total_general_budget,
           max(all_funds) FILTER (WHERE line_key = 'overseas_travel')   AS overseas_travel,
           max(all_funds) FILTER (WHERE line_key = 'vehicle_total')     AS vehicle_total,
           max(all_funds) FILTER (WHERE line_key = 'vehicle_purchase')  AS vehicle_purchase,
           max(all_funds) FILTER (WHERE line_key = 'vehicle_operation') AS vehicle_operation,
           max(all_funds) FILTER (WHERE line_key = 'reception')         AS reception,
           min(page) AS page
    FROM tl
    GROUP BY document_id
),
printed AS (
    SELECT document_id, min(pages[1]) AS page FROM raw.tables WHERE table_key = 'three_public' GROUP BY document_id
),
b AS (
    SELECT document_id,
           max(amount_yuan) FILTER (WHERE table_key = 'general_budget_basic' AND measure = 'total') AS gbb_total,
           sum(amount_yuan) FILTER (WHERE table_key = 'general_budget_basic'
                                     AND measure IN ('personnel', 'public'))                   AS gbb_parts,
           min(page) FILTER (WHERE table_key = 'general_budget_basic')                         AS gbb_page,
           max(amount_yuan) FILTER (WHERE table_key = 'general_budget' AND measure = 'basic')   AS gb_basic,
           sum(amount_yuan) FILTER (WHERE table_key = 'general_budget'
                                     AND measure IN ('personnel', 'public'))                   AS gb_parts,
           min(page) FILTER (WHERE table_key = 'general_budget')                               AS gb_page,
           max(amount_yuan) FILTER (WHERE table_key = 'expenditure' AND measure = 'basic')      AS ex_basic,
           sum(amount_yuan) FILTER (WHERE table_key = 'expenditure'
                                     AND measure IN ('personnel', 'public'))                   AS ex_parts
    FROM published.line_items
    WHERE line_key = 'total' AND table_key IN ('general_budget_basic', 'general_budget', 'expenditure')
    GROUP BY document_id
),
base AS (
    SELECT document_id,
           coalesce(gbb_total, gb_basic, gbb_parts, gb_parts) AS basic_yuan,
           CASE WHEN gbb_total IS NOT NULL THEN 'general_budget_basic'
                WHEN gb_basic IS NOT NULL THEN 'general_budget'
                WHEN gbb_parts IS NOT NULL THEN 'general_budget_basic'
                WHEN gb_parts IS NOT NULL THEN 'general_budget' END AS basic_table_key,
           CASE WHEN gbb_total IS NOT NULL THEN gbb_page
                WHEN gb_basic IS NOT NULL THEN gb_page
                WHEN gbb_parts IS NOT NULL THEN gbb_page
                WHEN gb_parts IS NOT NULL THEN gb_page END AS basic_page,
           coalesce(ex_basic, ex_parts) AS basic_all_funds_yuan
    FROM b
),
v AS (
    SELECT d.*,
           (tp.document_id IS NOT NULL OR pr.document_id IS NOT NULL) AS has_table,
           coalesce(tp.vehicle_total, coalesce(tp.vehicle_purchase, 0) + coalesce(tp.vehicle_operation, 0), 0)
               AS vehicle,
           tp.total, tp.total_general_budget, tp.overseas_travel, tp.vehicle_purchase, tp.vehicle_operation,
           tp.reception,
           coalesce(tp.page, pr.page) AS tp_page,
           base.basic_yuan, base.basic_table_key, base.basic_page, base.basic_all_funds_yuan
    FROM docs d
    LEFT JOIN tp USING (document_id)
    LEFT JOIN printed pr USING (document_id)
    LEFT JOIN base USING (document_id)
),
w AS (
    SELECT v.*,
           CASE WHEN has_table
                THEN coalesce(total, coalesce(overseas_travel, 0) + vehicle + coalesce(reception, 0)) END AS three_public,
           -- the 一般公共预算 part where the table prints the split, else the table's one 三公 figure
           CASE WHEN has_table THEN coalesce(total_general_budget,
                                              total, coalesce(overseas_travel, 0) + vehicle + coalesce(reception, 0))
           END AS three_public_gb
    FROM v
)
SELECT
    CAST(place AS VARCHAR)        AS place,
    CAST(department AS VARCHAR)   AS department,
    CAST(fiscal_year AS INTEGER)  AS fiscal_year,
    CAST(report_kind AS VARCHAR)  AS report_kind,
    CAST(tp_measure AS VARCHAR)   AS measure,
    CAST(three_public AS DECIMAL(18,2)) AS three_public_yuan,
    CAST(CASE WHEN has_table THEN coalesce(overseas_travel, 0) END AS DECIMAL(18,2))   AS overseas_travel_yuan,
    CAST(CASE WHEN has_table THEN coalesce(reception, 0) END AS DECIMAL(18,2))         AS reception_yuan,
    CAST(CASE WHEN has_table THEN vehicle END AS DECIMAL(18,2))                        AS vehicle_yuan,
    CAST(CASE WHEN has_table THEN coalesce(vehicle_purchase, 0) END AS DECIMAL(18,2))  AS vehicle_purchase_yuan,
    CAST(CASE WHEN has_table THEN coalesce(vehicle_operation, 0) END AS DECIMAL(18,2)) AS vehicle_operation_yuan,
    CAST(three_public_gb AS DECIMAL(18,2))      AS three_public_general_budget_yuan,
    CAST(basic_yuan AS DECIMAL(18,2))           AS basic_yuan,
    core.share_pct(three_public_gb, basic_yuan) AS share_of_basic_pct,
    CAST(basic_all_funds_yuan AS DECIMAL(18,2)) AS basic_all_funds_yuan,
    CAST(place_level AS VARCHAR)     AS place_level,
    CAST(document_id AS VARCHAR)     AS document_id,
    CAST(file_name AS VARCHAR)       AS file_name,
    CAST(tp_page AS INTEGER)         AS three_public_page,
    CAST(basic_table_key AS VARCHAR) AS basic_table_key,
    CAST(basic_page AS INTEGER)      AS basic_page
FROM w;

-- Each department's spending by function class (支出功能分类 类) and its share, from
-- published.function_class_composition (the summary's fn_XXX lines, else the 3-digit rows of the
-- 支出表) restricted to core.department_documents, classes printed 0 left out; the class name without
-- its ordinal (一、 / 21、). share_pct: of the sum of the document's classes. place_share_pct: the department's part of the
-- sum of that class over the departments of its place in this mart (not of the city's budget).
CREATE OR REPLACE VIEW published.function_class_by_department AS
WITH c AS (
    SELECT d.place, d.place_level, f.* REPLACE (regexp_replace(f.class_name, '^[0-9]+[、.．]', '') AS class_name)
    FROM published.function_class_composition f
    JOIN core.department_documents d USING (document_id)
    WHERE f.amount_yuan <> 0   -- a class printed 0.00 is a missing row (the contract)
)
SELECT
    CAST(place AS VARCHAR)       AS place,
    CAST(department AS VARCHAR)  AS department,
    CAST(fiscal_year AS INTEGER) AS fiscal_year,
    CAST(report_kind AS VARCHAR) AS report_kind,
    CAST(class_code AS VARCHAR)  AS class_code,
    CAST(class_name AS VARCHAR)  AS class_name,
    CAST(amount_yuan AS DECIMAL(18,2)) AS amount_yuan,
    core.share_pct(amount_yuan, year_total_yuan) AS share_pct,
    CAST(year_total_yuan AS DECIMAL(18,2)) AS department_total_yuan,
    CAST(rank() OVER (PARTITION BY document_id ORDER BY amount_yuan DESC) AS INTEGER) AS rank_in_department,
    CASE WHEN place IS NULL THEN NULL
         ELSE core.share_pct(amount_yuan, sum(amount_yuan) OVER (PARTITION BY place, fiscal_year, report_kind, class_code))
    END AS place_share_pct,
    CAST(place_level AS VARCHAR)      AS place_level,
    CAST(document_id AS VARCHAR)      AS document_id,
    CAST(file_name AS VARCHAR)        AS file_name,
    CAST(source_table_key AS VARCHAR) AS source_table_key,
    CAST(page AS INTEGER)             AS page
FROM c;

-- ------------------------------------------------------------------ per place

-- 三公 per place, fiscal_year and report_kind: a SUM OVER THE DEPARTMENTS PRESENT in
-- three_public_by_department, never the place's whole budget (the warehouse holds no list of a
-- place's departments). `departments` counts them; departments_left_out / left_out lists the
-- place's other received departments of that year and kind (quarantined, narrative part only,
-- unit scope only); all_received_present = none left out. share_of_basic_pct is over the
-- departments that print both a 三公 table and a 基本支出 base.
CREATE OR REPLACE VIEW published.three_public_by_place AS
WITH keys AS (
    SELECT place, fiscal_year, report_kind FROM published.three_public_by_department WHERE place IS NOT NULL
    UNION
    SELECT place, fiscal_year, report_kind FROM core.departments_left_out
),
t AS (
    SELECT place, fiscal_year, report_kind,
           count(*) AS departments,
           count(three_public_yuan) AS with_three_public,
           sum(three_public_yuan) AS three_public,
           sum(overseas_travel_yuan) AS overseas_travel,
           sum(reception_yuan) AS reception,
           sum(vehicle_yuan) AS vehicle,
           sum(vehicle_purchase_yuan) AS vehicle_purchase,
           sum(vehicle_operation_yuan) AS vehicle_operation,
           sum(basic_yuan) FILTER (WHERE three_public_yuan IS NOT NULL) AS basic,
           sum(three_public_general_budget_yuan) AS three_public_general_budget,
           sum(three_public_general_budget_yuan) FILTER (WHERE basic_yuan IS NOT NULL) AS three_public_with_basic,
           sum(basic_yuan) FILTER (WHERE three_public_yuan IS NOT NULL) AS basic_with_three_public,
           string_agg(department, '、' ORDER BY department) AS department_list
    FROM published.three_public_by_department
    WHERE place IS NOT NULL
    GROUP BY ALL
),
o AS (
    SELECT place, fiscal_year, report_kind, count(*) AS n,
           string_agg(department || '（' || reason || '）', '、' ORDER BY department) AS left_out
    FROM core.departments_left_out
    GROUP BY ALL
)
SELECT
    CAST(k.place AS VARCHAR)       AS place,
    CAST(p.level AS VARCHAR)       AS place_level,
    CAST(p.parent AS VARCHAR)      AS parent_place,
    CAST(k.fiscal_year AS INTEGER) AS fiscal_year,
    CAST(k.report_kind AS VARCHAR) AS report_kind,
    CAST(coalesce(t.departments, 0) AS INTEGER)       AS departments,
    CAST(coalesce(t.with_three_public, 0) AS INTEGER) AS departments_with_three_public,
    CAST(t.three_public AS DECIMAL(18,2))      AS three_public_yuan,
    CAST(t.overseas_travel AS DECIMAL(18,2))   AS overseas_travel_yuan,
    CAST(t.reception AS DECIMAL(18,2))         AS reception_yuan,
    CAST(t.vehicle AS DECIMAL(18,2))           AS vehicle_yuan,
    CAST(t.vehicle_purchase AS DECIMAL(18,2))  AS vehicle_purchase_yuan,
    CAST(t.vehicle_operation AS DECIMAL(18,2)) AS vehicle_operation_yuan,
    CAST(t.three_public_general_budget AS DECIMAL(18,2)) AS three_public_general_budget_yuan,
    CAST(t.basic AS DECIMAL(18,2))             AS basic_yuan,
    core.share_pct(t.three_public_with_basic, t.basic_with_three_public) AS share_of_basic_pct,
    CAST(coalesce(o.n, 0) AS INTEGER)          AS departments_left_out,
    CAST(coalesce(o.n, 0) = 0 AS BOOLEAN)      AS all_received_present,
    CAST(t.department_list AS VARCHAR)         AS department_list,
    CAST(o.left_out AS VARCHAR)                AS left_out
FROM keys k
LEFT JOIN t USING (place, fiscal_year, report_kind)
LEFT JOIN o USING (place, fiscal_year, report_kind)
LEFT JOIN (SELECT DISTINCT place, level, parent FROM core.places) p ON p.place = k.place;

-- Spending by function class per place, fiscal_year and report_kind: the sum over the departments
-- present in function_class_by_department (same caveat as three_public_by_place), the class's
-- share of the place's sum over all classes, and how many of the departments print the class.
CREATE OR REPLACE VIEW published.function_class_by_place AS
WITH c AS (
    SELECT place, fiscal_year, report_kind, class_code,
           mode(class_name) AS class_name,
           sum(amount_yuan) AS amount_yuan,
           count(*) AS with_class
    FROM published.function_class_by_department
    WHERE place IS NOT NULL
    GROUP BY ALL
),
n AS (
    SELECT place, fiscal_year, report_kind, count(DISTINCT document_id) AS departments
    FROM published.function_class_by_department
    WHERE place IS NOT NULL
    GROUP BY ALL
),
o AS (
    SELECT place, fiscal_year, report_kind, count(*) AS n FROM core.departments_left_out GROUP BY ALL
)
SELECT
    CAST(c.place AS VARCHAR)       AS place,
    CAST(c.fiscal_year AS INTEGER) AS fiscal_year,
    CAST(c.report_kind AS VARCHAR) AS report_kind,
    CAST(c.class_code AS VARCHAR)  AS class_code,
    CAST(c.class_name AS VARCHAR)  AS class_name,
    CAST(c.amount_yuan AS DECIMAL(18,2)) AS amount_yuan,
    core.share_pct(c.amount_yuan, sum(c.amount_yuan) OVER w) AS share_pct,
    CAST(sum(c.amount_yuan) OVER w AS DECIMAL(18,2)) AS place_total_yuan,
    CAST(c.with_class AS INTEGER)  AS departments_with_class,
    CAST(n.departments AS INTEGER) AS departments,
    CAST(coalesce(o.n, 0) AS INTEGER)     AS departments_left_out,
    CAST(coalesce(o.n, 0) = 0 AS BOOLEAN) AS all_received_present
FROM c
JOIN n USING (place, fiscal_year, report_kind)
LEFT JOIN o USING (place, fiscal_year, report_kind)
WINDOW w AS (PARTITION BY c.place, c.fiscal_year, c.report_kind);
