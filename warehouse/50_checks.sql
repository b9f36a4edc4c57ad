-- checks: the evidence behind the data-quality gate (pipelines/quality, expectations/*.json).
--
-- One view per rule (or small group of rules) over core.facts / raw.tables / raw.cells /
-- raw.pages / core.documents, for documents of EVERY status: the gate runs before a document
-- is published. Every evidence view has the same columns:
--
--   document_id, rule_id, table_key, side, line_key, line_label, measure, page,
--   expected (DECIMAL 元), found (DECIMAL 元), difference (= found - expected),
--   tolerance (DECIMAL 元), n_addends, unit_printed, ok, description
--
-- A numeric rule emits one row per comparison made (passing ones too) with ok NULL; the
-- great-expectations suite decides pass / rounding warning / failure from difference and
-- tolerance. A non-numeric rule (presence, codes, placeholders) emits ok TRUE/FALSE.
-- Tolerance = n_addends x one unit of the table's last printed digit (0.01 万元 = 100 元 per
-- addend for a table printed in 万元 with 2 decimals); see expectations/README.md.
-- Idempotent: CREATE ... IF NOT EXISTS / CREATE OR REPLACE only. DuckDB SQL only.

CREATE SCHEMA IF NOT EXISTS checks;

-- The classification reference is built by warehouse/22_reference.sql (applied before this
-- file). This shell only lets the views below bind when that file is absent; an empty
-- reference makes the code checks report 'codes.reference_unavailable' instead of blocking.
CREATE TABLE IF NOT EXISTS core.reference_subjects (
    code_kind   VARCHAR,
    code        VARCHAR,
    name        VARCHAR,
    level       INTEGER,
    parent_code VARCHAR,
    first_year  INTEGER,
    last_year   INTEGER
);

-- Results of the gate, one row per (rule that passed) or per offending evidence row.
CREATE TABLE IF NOT EXISTS core.check_results (
    document_id VARCHAR NOT NULL,
    rule_id     VARCHAR NOT NULL,
    family      VARCHAR NOT NULL,
    severity    VARCHAR NOT NULL,   -- error | warning | info
    outcome     VARCHAR NOT NULL,   -- pass | fail
    table_key   VARCHAR,
    side        VARCHAR,
    line_key    VARCHAR,
    measure     VARCHAR,
    page        INTEGER,
    expected    DECIMAL(18,2),
    found       DECIMAL(18,2),
    difference  DECIMAL(18,2),
    message_zh  VARCHAR,
    message_en  VARCHAR,
    checked_at  TIMESTAMP NOT NULL
);

CREATE OR REPLACE MACRO checks.unit_yuan(u) AS
    CASE u WHEN '元' THEN 1 WHEN '万元' THEN 10000 WHEN '亿元' THEN 100000000 END;

-- Labels compared as pipelines.store.reference.normalize_name does: no whitespace, half-width
-- brackets and dashes (维修（护）费 = 维修(护)费).
CREATE OR REPLACE MACRO checks.norm_label(s) AS
    regexp_replace(translate(s, '（）【】－—', '()[]--'), '\s', '', 'g');

-- ---------------------------------------------------------------- helpers

-- Facts with a level for every code row (from the code length when the extractor left it NULL).
CREATE OR REPLACE VIEW checks.facts AS
SELECT
    f.document_id, f.table_key, f.side, f.line_key, f.line_label, f.measure,
    f.amount, f.amount_yuan, f.unit_printed, f.page, f.code_kind,
    CASE WHEN f.code_kind IS NOT NULL
         THEN coalesce(f.level, CASE length(f.line_key) WHEN 3 THEN 1 WHEN 5 THEN 2 WHEN 7 THEN 3 END)
    END AS level
FROM core.facts f;

-- Subject tables whose class (类) rows are all there, so that 合计 = Σ类 and the class lines of
-- the summaries can be compared: the table prints class rows, and the extractor left no code
-- out (raw.tables.repeated_codes: per-unit blocks run together, 北京/深圳). 北京's
-- 一般公共预算支出表 prints only 项 rows; such a table's sums are not checkable, not wrong.
CREATE OR REPLACE VIEW checks.class_complete_tables AS
SELECT DISTINCT f.document_id, f.table_key
FROM checks.facts f
WHERE f.code_kind IS NOT NULL AND f.level = 1
  AND NOT EXISTS (SELECT 1 FROM raw.tables r
                  WHERE r.document_id = f.document_id AND r.table_key = f.table_key
                    AND len(coalesce(r.repeated_codes, [])) > 0);

-- Subject tables the extractor left codes out of (see above): their hierarchy is not checked.
CREATE OR REPLACE VIEW checks.partial_tables AS
SELECT document_id, table_key FROM raw.tables WHERE len(coalesce(repeated_codes, [])) > 0;

-- Every table a document has (found by the extractor, even when printed empty).
CREATE OR REPLACE VIEW checks.doc_tables AS
SELECT document_id, table_key FROM raw.tables
UNION
SELECT DISTINCT document_id, table_key FROM core.facts;

-- One unit of the last printed digit of each table, in 元: the rounding step. The number
-- of decimals is read off the printed cells behind the facts ('2,082.85' -> 2; 北京's 万元 with six
-- decimals '44,156.640120' -> 6, a step of 0.01 元); a table without stored cells is taken to print 2.
CREATE OR REPLACE VIEW checks.table_step AS
WITH u AS (
    SELECT t.document_id, t.table_key,
           coalesce((SELECT any_value(r.unit_printed) FROM raw.tables r
                     WHERE r.document_id = t.document_id AND r.table_key = t.table_key
                       AND r.unit_printed IS NOT NULL),
                    (SELECT max(f.unit_printed) FROM core.facts f
                     WHERE f.document_id = t.document_id AND f.table_key = t.table_key)) AS unit_printed
    FROM checks.doc_tables t
), d AS (
    SELECT f.document_id, f.table_key,
           max(length(regexp_extract(c.text, '\.([0-9]+)', 1))) AS decimals
    FROM core.facts f
    JOIN raw.cells c
      ON c.document_id = f.document_id AND c.table_key = f.table_key
     AND c.page = f.page AND c."row" = f."row" AND c.col = f.col
    GROUP BY ALL
)
SELECT
    u.document_id, u.table_key, u.unit_printed,
    checks.unit_yuan(u.unit_printed) AS unit_yuan,
    coalesce(d.decimals, 2) AS decimals,
    CAST(coalesce(checks.unit_yuan(u.unit_printed), 1)
         * CASE least(coalesce(d.decimals, 2), 6) WHEN 0 THEN 1 WHEN 1 THEN 0.1 WHEN 2 THEN 0.01
                WHEN 3 THEN 0.001 WHEN 4 THEN 0.0001 WHEN 5 THEN 0.00001 ELSE 0.000001 END
         AS DECIMAL(18,6)) AS step_yuan
FROM u LEFT JOIN d USING (document_id, table_key);

-- ---------------------------------------------------------------- 1. completeness

-- Every standard table of the report kind is present (a printed-empty table counts). A
-- narrative part (part = 'narrative', the 情况说明 alone) is not missing its tables: they are in
-- its companion tables part, which is checked for them; its claims are checked against that
-- companion by the narrative family (narrative.companion_missing while it is absent).
CREATE OR REPLACE VIEW checks.completeness_tables AS
SELECT
    d.document_id,
    -- The fund tables are often left out where a department has no such funds (2017–2019
    -- templates, small units): their absence is reported, but blocks only for the core tables.
    -- A budget's 基本支出 by economic class is not printed by every family (深圳 prints its whole
    -- 一般公共预算 by economic class instead): its absence is reported, not blocked, in a budget.
    CASE WHEN t.table_key IN ('gov_fund', 'state_capital') THEN 'completeness.fund_table_missing'
         WHEN t.table_key = 'general_budget_basic' AND d.report_kind = 'budget' THEN 'completeness.fund_table_missing'
         ELSE 'completeness.table_missing' END AS rule_id,
    t.table_key,
    CAST(NULL AS VARCHAR) AS side, CAST(NULL AS VARCHAR) AS line_key,
    CASE WHEN d.report_kind = 'budget' THEN t.budget_title ELSE t.final_account_title END AS line_label,
    CAST(NULL AS VARCHAR) AS measure, CAST(NULL AS INTEGER) AS page,
    CAST(NULL AS DECIMAL(18,2)) AS expected, CAST(NULL AS DECIMAL(18,2)) AS found,
    CAST(NULL AS DECIMAL(18,2)) AS difference, CAST(NULL AS DECIMAL(18,2)) AS tolerance,
    CAST(NULL AS INTEGER) AS n_addends, CAST(NULL AS VARCHAR) AS unit_printed,
    dt.table_key IS NOT NULL AS ok,
    'standard table ' || t.table_key || ' (' ||
        CASE WHEN d.report_kind = 'budget' THEN t.budget_title ELSE t.final_account_title END || ')' AS description
FROM core.documents d
JOIN core.tables t
  ON t.in_contract
 AND (CASE WHEN d.report_kind = 'budget' THEN t.budget_title ELSE t.final_account_title END) IS NOT NULL
LEFT JOIN checks.doc_tables dt ON dt.document_id = d.document_id AND dt.table_key = t.table_key
WHERE coalesce(d.part, 'full') <> 'narrative'
UNION ALL
-- A present table without a single amount. The fund tables (and 三公, all zero) may be empty;
-- so may any table printed empty (a unit with no 财政拨款 prints its appropriation tables blank):
-- its pages' text holds no amount. A table whose pages print amounts but that gave no facts
-- was not read, and blocks.
SELECT
    r.document_id, 'completeness.table_empty', r.table_key, NULL, NULL, r.title, NULL,
    r.pages[1], NULL, NULL, NULL, NULL, NULL, r.unit_printed,
    r.table_key IN ('gov_fund', 'state_capital', 'three_public')
        OR EXISTS (SELECT 1 FROM core.facts f WHERE f.document_id = r.document_id AND f.table_key = r.table_key)
        OR NOT EXISTS (SELECT 1 FROM raw.pages p
                       WHERE p.document_id = r.document_id AND list_contains(r.pages, p.page)
                         AND regexp_matches(p.text, '[0-9]\.[0-9]{2}')),
    'table ' || r.table_key || ' has no amounts'
FROM raw.tables r
JOIN core.tables t ON t.table_key = r.table_key AND t.in_contract
UNION ALL
-- Every table states its unit (元 / 万元 / 亿元).
SELECT
    r.document_id, 'completeness.unit_missing', r.table_key, NULL, NULL, r.title, NULL,
    r.pages[1], NULL, NULL, NULL, NULL, NULL, r.unit_printed,
    coalesce(r.unit_printed IN ('元', '万元', '亿元'), FALSE),
    'unit printed: ' || coalesce(r.unit_printed, 'none')
FROM raw.tables r;

-- A number-like cell in an amount column, on a row that has amounts, that did not become a
-- fact: either it does not parse as an amount, or it was dropped. Zeros and dashes are blanks.
CREATE OR REPLACE VIEW checks.completeness_cells AS
WITH cols AS (SELECT DISTINCT document_id, table_key, page, col FROM core.facts),
rows_ AS (SELECT DISTINCT document_id, table_key, page, "row" FROM core.facts),
c AS (
    SELECT c.*, regexp_replace(c.text, '\s', '', 'g') AS t
    FROM raw.cells c
    JOIN cols USING (document_id, table_key, page, col)
    JOIN rows_ USING (document_id, table_key, page, "row")
    WHERE NOT EXISTS (
        SELECT 1 FROM core.facts f
        WHERE f.document_id = c.document_id AND f.table_key = c.table_key AND f.page = c.page
          AND f."row" = c."row" AND f.col = c.col)
)
SELECT
    document_id, 'completeness.unparseable_amount' AS rule_id, table_key,
    CAST(NULL AS VARCHAR) AS side, CAST(NULL AS VARCHAR) AS line_key, t AS line_label,
    CAST(NULL AS VARCHAR) AS measure, page,
    CAST(NULL AS DECIMAL(18,2)) AS expected, CAST(NULL AS DECIMAL(18,2)) AS found,
    CAST(NULL AS DECIMAL(18,2)) AS difference, CAST(NULL AS DECIMAL(18,2)) AS tolerance,
    CAST(NULL AS INTEGER) AS n_addends, CAST(NULL AS VARCHAR) AS unit_printed,
    FALSE AS ok,
    'cell row ' || "row" || ' col ' || col || ' reads "' || t || '" but holds no amount' AS description
FROM c
WHERE regexp_matches(t, '[0-9]')
  -- two-sided summaries: a row's other side may be a line left out on purpose (a 款/项 printed by
  -- name under its class, 深圳); their lines are held to the arithmetic rules instead
  AND table_key NOT IN ('summary', 'appropriation_summary')
  AND NOT regexp_matches(t, '^[-－—–]?0*(\.0*)?$')         -- zero: a blank
  AND regexp_matches(t, '^[-－—–(（]?[0-9０-９,，.．OoIl]+[)）%]?$');  -- looks like an amount

-- ---------------------------------------------------------------- codes

CREATE OR REPLACE VIEW checks.codes AS
WITH subject AS (
    -- subject rows of the subject tables, and the fn_XXX class lines of the summary tables
    SELECT f.document_id, f.table_key, f.line_key AS code, f.code_kind, f.level,
           any_value(f.line_label) AS line_label, min(f.page) AS page
    FROM checks.facts f WHERE f.code_kind IS NOT NULL
    GROUP BY ALL
    UNION ALL
    SELECT f.document_id, f.table_key, substr(f.line_key, 4), 'function', 1,
           any_value(f.line_label), min(f.page)
    FROM checks.facts f
    WHERE f.table_key IN ('summary', 'appropriation_summary') AND f.line_key LIKE 'fn\_%' ESCAPE '\'
    GROUP BY ALL
), s AS (
    SELECT s.*, d.fiscal_year,
           regexp_matches(s.code, '^[0-9]+$')
           AND ((s.code_kind = 'function' AND length(s.code) IN (3, 5, 7))
                -- 北京 prints 7-digit 部门经济 sub-items (3021102 科研类差旅费) under a 5-digit 款
                OR (s.code_kind = 'economic' AND length(s.code) IN (3, 5, 7)))
           AND (s.level IS NULL OR s.level = CASE length(s.code) WHEN 3 THEN 1 WHEN 5 THEN 2 WHEN 7 THEN 3 END)
               AS well_formed
    FROM subject s JOIN core.documents d USING (document_id)
), ref AS (
    SELECT code_kind, code, name, first_year, last_year FROM core.reference_subjects
), have_ref AS (
    SELECT DISTINCT code_kind FROM ref
), judged AS (
    SELECT s.*,
           s.code_kind IN (SELECT code_kind FROM have_ref) AS ref_available,
           (SELECT any_value(r.name) FROM ref r
             WHERE r.code_kind = s.code_kind AND r.code = s.code
               AND (r.first_year IS NULL OR r.first_year <= s.fiscal_year)
               AND (r.last_year IS NULL OR r.last_year >= s.fiscal_year)) AS ref_name,
           EXISTS (SELECT 1 FROM ref r
             WHERE r.code_kind = s.code_kind AND r.code = left(s.code, 5)
               AND (r.first_year IS NULL OR r.first_year <= s.fiscal_year)
               AND (r.last_year IS NULL OR r.last_year >= s.fiscal_year)) AS parent_known
    FROM s
), rows_ AS (
    SELECT document_id, 'codes.malformed' AS rule_id, table_key, code, line_label, page, code_kind,
           well_formed AS ok,
           code_kind || ' code ' || code || ' (level ' || coalesce(CAST(level AS VARCHAR), '?') || ')' AS description
    FROM judged
    UNION ALL
    -- An unknown 类/款 blocks; an unknown 7-digit 项 under a known 款 is a warning: the
    -- reference is complete only down to 款.
    SELECT document_id,
           CASE WHEN ref_name IS NULL AND length(code) = 7 AND parent_known
                THEN 'codes.code_not_in_reference_item_level'
                -- The reference starts in 2019 (reference/README.md): an older report's code that
                -- it does not know may be a pre-2019 code, so it is reported, not blocked.
                WHEN ref_name IS NULL AND fiscal_year < (SELECT min(first_year) FROM ref r
                                                         WHERE r.code_kind = judged.code_kind)
                THEN 'codes.unknown_before_reference'
                ELSE 'codes.unknown' END,
           table_key, code, line_label, page, code_kind,
           ref_name IS NOT NULL,
           code_kind || ' code ' || code || ' ' || coalesce(line_label, '')
    FROM judged WHERE well_formed AND ref_available
    UNION ALL
    SELECT document_id, 'codes.name_mismatch', table_key, code, line_label, page, code_kind,
           checks.norm_label(line_label) = checks.norm_label(ref_name)
           OR table_key IN ('summary', 'appropriation_summary'),   -- 一、一般公共服务支出: numbered
           'printed ' || coalesce(line_label, '') || ', reference ' || ref_name
    FROM judged WHERE ref_name IS NOT NULL AND line_label IS NOT NULL
    UNION ALL
    SELECT DISTINCT document_id, 'codes.reference_unavailable', NULL, NULL, NULL, NULL, code_kind, FALSE,
           'no ' || code_kind || ' codes in core.reference_subjects'
    FROM judged WHERE NOT ref_available
)
SELECT
    document_id, rule_id, table_key, CAST(NULL AS VARCHAR) AS side, code AS line_key, line_label,
    CAST(NULL AS VARCHAR) AS measure, page,
    CAST(NULL AS DECIMAL(18,2)) AS expected, CAST(NULL AS DECIMAL(18,2)) AS found,
    CAST(NULL AS DECIMAL(18,2)) AS difference, CAST(NULL AS DECIMAL(18,2)) AS tolerance,
    CAST(NULL AS INTEGER) AS n_addends, CAST(NULL AS VARCHAR) AS unit_printed,
    ok, description
FROM rows_;

-- ---------------------------------------------------------------- 2. arithmetic inside a table

-- 类 = Σ款 and 款 = Σ项 per measure (subject tables), class = Σ its 款 (general_budget_basic).
-- Only parents printed with at least one child row are checked; a blank cell is 0.
CREATE OR REPLACE VIEW checks.arith_hierarchy AS
WITH c AS (
    SELECT * FROM checks.facts
    WHERE code_kind IS NOT NULL AND level IN (1, 2, 3)
      AND table_key IN ('income', 'expenditure', 'general_budget', 'gov_fund', 'state_capital',
                        'general_budget_basic')
      AND (document_id, table_key) NOT IN (SELECT document_id, table_key FROM checks.partial_tables)
), kids AS (
    SELECT document_id, table_key, code_kind, left(line_key, length(line_key) - 2) AS parent,
           measure, sum(amount_yuan) AS s, count(*) AS n, min(page) AS page
    FROM c WHERE level > 1
    GROUP BY ALL
), parents AS (
    SELECT DISTINCT p.document_id, p.table_key, p.code_kind, p.line_key, p.level
    FROM c p
    WHERE p.level < 3
      AND EXISTS (SELECT 1 FROM kids k WHERE k.document_id = p.document_id AND k.table_key = p.table_key
                  AND k.code_kind = p.code_kind AND k.parent = p.line_key)
), pm AS (
    SELECT p.document_id, p.table_key, p.code_kind, p.line_key, p.level, x.measure
    FROM parents p JOIN c x
      ON x.document_id = p.document_id AND x.table_key = p.table_key AND x.code_kind = p.code_kind
     AND x.line_key = p.line_key
    UNION
    SELECT p.document_id, p.table_key, p.code_kind, p.line_key, p.level, k.measure
    FROM parents p JOIN kids k
      ON k.document_id = p.document_id AND k.table_key = p.table_key AND k.code_kind = p.code_kind
     AND k.parent = p.line_key
)
SELECT
    pm.document_id,
    CASE WHEN pm.table_key = 'general_budget_basic' THEN 'basic.class_sum'
         WHEN pm.level = 1 THEN 'arith.class_sum' ELSE 'arith.kuan_sum' END AS rule_id,
    pm.table_key, CAST(NULL AS VARCHAR) AS side, pm.line_key, f.line_label, pm.measure,
    coalesce(f.page, k.page) AS page,
    CAST(coalesce(k.s, 0) AS DECIMAL(18,2)) AS expected,
    CAST(coalesce(f.amount_yuan, 0) AS DECIMAL(18,2)) AS found,
    CAST(coalesce(f.amount_yuan, 0) - coalesce(k.s, 0) AS DECIMAL(18,2)) AS difference,
    CAST(ts.step_yuan * greatest(coalesce(k.n, 0), 1) AS DECIMAL(18,2)) AS tolerance,
    CAST(coalesce(k.n, 0) AS INTEGER) AS n_addends, ts.unit_printed,
    CAST(NULL AS BOOLEAN) AS ok,
    CASE WHEN pm.level = 1 THEN '类/class ' ELSE '款 ' END || pm.line_key || ' = sum of its '
        || coalesce(k.n, 0) || ' child rows' AS description
FROM pm
LEFT JOIN c f
  ON f.document_id = pm.document_id AND f.table_key = pm.table_key AND f.code_kind = pm.code_kind
 AND f.line_key = pm.line_key AND f.measure = pm.measure
LEFT JOIN kids k
  ON k.document_id = pm.document_id AND k.table_key = pm.table_key AND k.code_kind = pm.code_kind
 AND k.parent = pm.line_key AND k.measure = pm.measure
LEFT JOIN checks.table_step ts ON ts.document_id = pm.document_id AND ts.table_key = pm.table_key;

-- 合计 = Σ类 per measure in the subject tables (when the table prints a 合计 row).
CREATE OR REPLACE VIEW checks.arith_table_total AS
WITH cls AS (
    SELECT document_id, table_key, measure, sum(amount_yuan) AS s, count(*) AS n, min(page) AS page
    FROM checks.facts
    WHERE code_kind IS NOT NULL AND level = 1
      AND table_key IN ('income', 'expenditure', 'general_budget', 'gov_fund', 'state_capital')
    GROUP BY ALL
), tot AS (
    SELECT document_id, table_key, measure, amount_yuan, page, line_label
    FROM checks.facts
    WHERE line_key = 'total'
      AND table_key IN ('income', 'expenditure', 'general_budget', 'gov_fund', 'state_capital')
), keys AS (
    SELECT document_id, table_key, measure FROM tot
    WHERE (document_id, table_key) IN (SELECT document_id, table_key FROM checks.class_complete_tables)
    UNION
    SELECT c.document_id, c.table_key, c.measure FROM cls c
    WHERE EXISTS (SELECT 1 FROM tot t WHERE t.document_id = c.document_id AND t.table_key = c.table_key)
      -- a partial table (codes left out) keeps only the classes one unit alone prints (深圳生态环境局
      -- p81: 224 of one unit's block): its 合计 is not their sum
      AND (c.document_id, c.table_key) NOT IN (SELECT document_id, table_key FROM checks.partial_tables)
)
SELECT
    k.document_id, 'arith.table_total' AS rule_id, k.table_key, CAST(NULL AS VARCHAR) AS side,
    'total' AS line_key, coalesce(t.line_label, '合计') AS line_label, k.measure,
    coalesce(t.page, c.page) AS page,
    CAST(coalesce(c.s, 0) AS DECIMAL(18,2)) AS expected,
    CAST(coalesce(t.amount_yuan, 0) AS DECIMAL(18,2)) AS found,
    CAST(coalesce(t.amount_yuan, 0) - coalesce(c.s, 0) AS DECIMAL(18,2)) AS difference,
    CAST(ts.step_yuan * greatest(coalesce(c.n, 0), 1) AS DECIMAL(18,2)) AS tolerance,
    CAST(coalesce(c.n, 0) AS INTEGER) AS n_addends, ts.unit_printed,
    CAST(NULL AS BOOLEAN) AS ok,
    '合计 = sum of ' || coalesce(c.n, 0) || ' class rows' AS description
FROM keys k
LEFT JOIN tot t USING (document_id, table_key, measure)
LEFT JOIN cls c USING (document_id, table_key, measure)
LEFT JOIN checks.table_step ts USING (document_id, table_key);

-- Across the columns of one row: total = Σ its parts.
--   expenditure / general_budget / gov_fund / state_capital: basic + project (+ 上缴上级 + 经营 + 对附属单位补助)
--   income: the income sources (a budget's 上年结转 too)
--   general_budget_basic: personnel + public, on rows that print a total column
--   appropriation_summary (expenditure side): general_budget + gov_fund + state_capital
CREATE OR REPLACE VIEW checks.arith_row_parts AS
WITH spec(table_key, part, rule_id) AS (
    VALUES
        ('expenditure', 'basic', 'arith.expenditure_parts'),
        ('expenditure', 'project', 'arith.expenditure_parts'),
        ('expenditure', 'superior_remittance', 'arith.expenditure_parts'),
        ('expenditure', 'operating', 'arith.expenditure_parts'),
        ('expenditure', 'affiliated_subsidy', 'arith.expenditure_parts'),
        ('expenditure', 'flexible_reserve', 'arith.expenditure_parts'),   -- 江苏 单位预留机动经费
        ('general_budget', 'basic', 'arith.expenditure_parts'),
        ('general_budget', 'project', 'arith.expenditure_parts'),
        ('general_budget', 'superior_remittance', 'arith.expenditure_parts'),
        ('general_budget', 'operating', 'arith.expenditure_parts'),
        ('general_budget', 'affiliated_subsidy', 'arith.expenditure_parts'),
        ('gov_fund', 'basic', 'arith.expenditure_parts'),
        ('gov_fund', 'project', 'arith.expenditure_parts'),
        ('state_capital', 'basic', 'arith.expenditure_parts'),
        ('state_capital', 'project', 'arith.expenditure_parts'),
        ('income', 'fiscal_appropriation', 'arith.income_sources'),
        ('income', 'superior_subsidy', 'arith.income_sources'),
        ('income', 'business', 'arith.income_sources'),
        ('income', 'operating', 'arith.income_sources'),
        ('income', 'affiliated_remittance', 'arith.income_sources'),
        ('income', 'other', 'arith.income_sources'),
        ('income', 'carryover', 'arith.income_sources'),
        -- 西安 收入总表 prints 上年实户资金余额 (last year's balance of the real account) as a source column
        -- inside 合计, beside 上年结转
        ('income', 'prior_account_balance', 'arith.income_sources'),
        ('general_budget_basic', 'personnel', 'basic.row_parts'),
        ('general_budget_basic', 'public', 'basic.row_parts'),
        ('appropriation_summary', 'general_budget', 'summary.appropriation_funds'),
        ('appropriation_summary', 'gov_fund', 'summary.appropriation_funds'),
        ('appropriation_summary', 'state_capital', 'summary.appropriation_funds')
), rule_of AS (
    SELECT DISTINCT table_key, rule_id FROM spec
), by_source AS (
    -- 西安 prints its 支出总表 split by SOURCE of funds, not by use: 合计 | 公共预算拨款 (其中：专项资金…)
    -- | 政府性基金拨款 | 事业收入 | 事业单位经营收入 | 对附属单位上缴收入 | 上年实户资金余额 | 其他收入 | 上年结转
    -- (the income measures, catalog.toml). A table with no 基本/项目/人员/公用 column anywhere and a
    -- general_budget column is such a table: its total is the sum of its sources (事业单位经营收入 is a
    -- source there, not 经营支出), the 其中 column special_project_funds is not an addend.
    SELECT document_id, table_key
    FROM checks.facts
    WHERE table_key = 'expenditure'
    GROUP BY ALL
    HAVING count(*) FILTER (WHERE measure IN ('basic', 'project', 'personnel', 'public')) = 0
       AND count(*) FILTER (WHERE measure = 'general_budget') > 0
), tables_with_parts AS (
    SELECT DISTINCT f.document_id, f.table_key
    FROM checks.facts f JOIN spec s ON s.table_key = f.table_key AND s.part = f.measure
    UNION
    SELECT document_id, table_key FROM by_source
), r0 AS (
    SELECT f.document_id, f.table_key, f.side, f.line_key,
           any_value(f.line_label) AS line_label,
           max(f.amount_yuan) FILTER (WHERE f.measure = 'total') AS total,
           min(f.page) FILTER (WHERE f.measure = 'total') AS total_page,
           sum(f.amount_yuan) FILTER (WHERE s.part IS NOT NULL) AS all_parts,
           count(s.part) AS all_n,
           -- 基本支出 + 项目支出 alone: where 经营 / 上缴上级 / 对附属单位补助 are printed under 其中
           -- ("of which", 北京) they are parts of the total already, not further addends.
           sum(f.amount_yuan) FILTER (WHERE f.measure IN ('basic', 'project')) AS core_parts,
           count(*) FILTER (WHERE f.measure IN ('basic', 'project')) AS core_n,
           -- 西安 prints no 基本支出 column: 人员经费 | 公用经费 | 专项业务经费 (project).
           -- (the other part columns as usual, 人员 + 公用 in place of 基本支出)
           sum(f.amount_yuan) FILTER (WHERE s.part IS NOT NULL OR f.measure IN ('personnel', 'public'))
               AS split_parts,
           count(*) FILTER (WHERE s.part IS NOT NULL OR f.measure IN ('personnel', 'public')) AS split_n,
           count(*) FILTER (WHERE f.measure IN ('personnel', 'public')) AS pp_n,
           count(*) FILTER (WHERE f.measure = 'basic') AS basic_n,
           -- income printed by fund (一般公共预算 | 政府性基金 | 国有资本经营, 广州/北京) instead of one 财政拨款
           -- column, and with 财政专户 / 单位资金 / 其他资金 sources (深圳, 江苏)
           sum(f.amount_yuan) FILTER (WHERE s.part IS NOT NULL
                                        OR f.measure IN ('general_budget', 'gov_fund', 'state_capital',
                                                         'business_special_account', 'special_account',
                                                         'special_account_tuition', 'special_account_other',
                                                         'unit_funds', 'other_funds')) AS wide_parts,
           count(*) FILTER (WHERE s.part IS NOT NULL
                               OR f.measure IN ('general_budget', 'gov_fund', 'state_capital',
                                                'business_special_account', 'special_account',
                                                'special_account_tuition', 'special_account_other',
                                                'unit_funds', 'other_funds')) AS wide_n,
           count(*) FILTER (WHERE f.measure = 'fiscal_appropriation') AS fa_n,
           -- 江苏 2017 收入预算总表 lists sources vertically: 其他资金 | 小计 (other_funds) with its own
           -- 事业收入 / 经营收入 / 其他收入 under it, 财政专户管理资金 | 小计 with 专户管理教育收费 / 其他非税收入:
           -- where the group's 小计 is printed its sub-sources are inside it, not further addends.
           coalesce(CASE WHEN count(*) FILTER (WHERE f.measure = 'other_funds') > 0
                         THEN sum(f.amount_yuan) FILTER (WHERE f.measure IN ('business', 'operating', 'other'))
                    END, 0)
             + coalesce(CASE WHEN count(*) FILTER (WHERE f.measure = 'special_account') > 0
                             THEN sum(f.amount_yuan) FILTER (WHERE f.measure IN ('special_account_tuition',
                                                                                 'special_account_other'))
                        END, 0) AS nested,
           CASE WHEN count(*) FILTER (WHERE f.measure = 'other_funds') > 0
                THEN count(*) FILTER (WHERE f.measure IN ('business', 'operating', 'other')) ELSE 0 END
             + CASE WHEN count(*) FILTER (WHERE f.measure = 'special_account') > 0
                    THEN count(*) FILTER (WHERE f.measure IN ('special_account_tuition', 'special_account_other'))
                    ELSE 0 END AS nested_n,
           -- a group's 小计 holds at least its printed sub-sources (其他资金 may also hold 债务资金, no measure)
           coalesce(sum(f.amount_yuan) FILTER (WHERE f.measure = 'other_funds'), 0)
             >= coalesce(sum(f.amount_yuan) FILTER (WHERE f.measure IN ('business', 'operating', 'other')), 0)
             AND coalesce(sum(f.amount_yuan) FILTER (WHERE f.measure = 'special_account'), 0)
             >= coalesce(sum(f.amount_yuan) FILTER (WHERE f.measure IN ('special_account_tuition',
                                                                         'special_account_other')), 0)
             AS nested_fits,
           -- 本年收入小计 beside a 合计 (grand_total, 北京): the 上年结转 column is outside the total
           coalesce(sum(f.amount_yuan) FILTER (WHERE f.measure = 'carryover'), 0) AS carry,
           count(*) FILTER (WHERE f.measure = 'carryover') AS carry_n,
           sum(f.amount_yuan) FILTER (WHERE f.measure IN ('general_budget', 'gov_fund', 'state_capital', 'special_account', 'superior_subsidy',
                                                         'business', 'operating', 'affiliated_remittance', 'other',
                                                         'other_funds', 'unit_funds', 'prior_account_balance',
                                                         'carryover')) AS source_parts,
           count(*) FILTER (WHERE f.measure IN ('general_budget', 'gov_fund', 'state_capital', 'special_account', 'superior_subsidy',
                                                         'business', 'operating', 'affiliated_remittance', 'other',
                                                         'other_funds', 'unit_funds', 'prior_account_balance',
                                                         'carryover')) AS source_n,
           min(f.page) AS page
    FROM checks.facts f
    JOIN tables_with_parts USING (document_id, table_key)
    LEFT JOIN spec s ON s.table_key = f.table_key AND s.part = f.measure
    GROUP BY ALL
), r1 AS (
    SELECT r0.*, coalesce(ts0.step_yuan, 0.01) AS step,
           r0.table_key IN ('expenditure', 'general_budget') AS split_table,
           bs.document_id IS NOT NULL AS source_table
    FROM r0
    LEFT JOIN checks.table_step ts0 ON ts0.document_id = r0.document_id AND ts0.table_key = r0.table_key
    LEFT JOIN by_source bs ON bs.document_id = r0.document_id AND bs.table_key = r0.table_key
), r2 AS (
    -- which reading of the part columns the table's total fits (written once; r maps it to a sum and count)
    SELECT r1.*,
           CASE WHEN source_table THEN 'source'
                WHEN split_table AND core_n > 0 AND all_n > core_n
                     AND abs(coalesce(total, 0) - core_parts) <= step * core_n THEN 'core'
                WHEN split_table AND basic_n = 0 AND pp_n > 0
                     AND abs(coalesce(total, 0) - split_parts) <= step * split_n THEN 'split'
                WHEN table_key = 'income' AND fa_n = 0 AND wide_n > all_n
                     AND abs(coalesce(total, 0) - wide_parts) <= step * wide_n THEN 'wide'
                WHEN table_key = 'income' AND fa_n = 0 AND carry_n > 0 AND wide_n > all_n
                     AND abs(coalesce(total, 0) - (wide_parts - carry)) <= step * (wide_n - carry_n)
                THEN 'wide_minus_carry'
                WHEN table_key = 'income' AND fa_n = 0 AND nested_n > 0 AND nested_fits AND wide_n > all_n
                     AND abs(coalesce(total, 0) - (wide_parts - nested)) <= step * (wide_n - nested_n)
                THEN 'wide_minus_nested'
                ELSE 'all' END AS reading
    FROM r1
), r AS (
    SELECT r2.*,
           CASE reading WHEN 'source' THEN source_parts WHEN 'core' THEN core_parts WHEN 'split' THEN split_parts
                        WHEN 'wide' THEN wide_parts WHEN 'wide_minus_carry' THEN wide_parts - carry
                        WHEN 'wide_minus_nested' THEN wide_parts - nested ELSE all_parts END AS parts,
           CASE reading WHEN 'source' THEN source_n WHEN 'core' THEN core_n WHEN 'split' THEN split_n
                        WHEN 'wide' THEN wide_n WHEN 'wide_minus_carry' THEN wide_n - carry_n
                        WHEN 'wide_minus_nested' THEN wide_n - nested_n ELSE all_n END AS n
    FROM r2
)
SELECT
    r.document_id, ro.rule_id, r.table_key, r.side, r.line_key, r.line_label, 'total' AS measure,
    coalesce(r.total_page, r.page) AS page,
    CAST(coalesce(r.parts, 0) AS DECIMAL(18,2)) AS expected,
    CAST(coalesce(r.total, 0) AS DECIMAL(18,2)) AS found,
    CAST(coalesce(r.total, 0) - coalesce(r.parts, 0) AS DECIMAL(18,2)) AS difference,
    CAST(ts.step_yuan * greatest(r.n, 1) AS DECIMAL(18,2)) AS tolerance,
    CAST(r.n AS INTEGER) AS n_addends, ts.unit_printed,
    CAST(NULL AS BOOLEAN) AS ok,
    'row ' || r.line_key || ': total = sum of ' || r.n || ' part columns' AS description
FROM r
JOIN rule_of ro ON ro.table_key = r.table_key
LEFT JOIN checks.table_step ts ON ts.document_id = r.document_id AND ts.table_key = r.table_key
WHERE (r.table_key = 'appropriation_summary' AND r.side = 'expenditure' AND r.total IS NOT NULL)
   OR (r.table_key = 'general_budget_basic' AND r.total IS NOT NULL AND r.n > 0)
   OR (r.table_key NOT IN ('appropriation_summary', 'general_budget_basic')
       AND (r.total IS NOT NULL OR r.parts <> 0));

-- 基本支出: 合计 = Σ classes; 人员经费合计 + 公用经费合计 = 合计 (or Σ classes) where printed.
CREATE OR REPLACE VIEW checks.arith_basic AS
WITH b AS (
    SELECT document_id,
           max(amount_yuan) FILTER (WHERE line_key = 'total' AND measure = 'total') AS total,
           min(page) FILTER (WHERE line_key = 'total' AND measure = 'total') AS total_page,
           max(amount_yuan) FILTER (WHERE line_key = 'total' AND measure = 'personnel') AS personnel,
           max(amount_yuan) FILTER (WHERE line_key = 'total' AND measure = 'public') AS public,
           min(page) FILTER (WHERE line_key = 'total' AND measure IN ('personnel', 'public')) AS pp_page,
           sum(amount_yuan) FILTER (WHERE code_kind IS NOT NULL AND level = 1 AND measure = 'total') AS classes,
           count(*) FILTER (WHERE code_kind IS NOT NULL AND level = 1 AND measure = 'total') AS n_classes,
           min(page) FILTER (WHERE code_kind IS NOT NULL AND level = 1) AS class_page
    FROM checks.facts WHERE table_key = 'general_budget_basic'
    GROUP BY ALL
)
SELECT
    b.document_id, 'basic.total_classes' AS rule_id, 'general_budget_basic' AS table_key,
    CAST(NULL AS VARCHAR) AS side, 'total' AS line_key, '合计' AS line_label, 'total' AS measure,
    b.total_page AS page,
    CAST(coalesce(b.classes, 0) AS DECIMAL(18,2)) AS expected,
    CAST(b.total AS DECIMAL(18,2)) AS found,
    CAST(b.total - coalesce(b.classes, 0) AS DECIMAL(18,2)) AS difference,
    CAST(ts.step_yuan * greatest(b.n_classes, 1) AS DECIMAL(18,2)) AS tolerance,
    CAST(b.n_classes AS INTEGER) AS n_addends, ts.unit_printed, CAST(NULL AS BOOLEAN) AS ok,
    '合计 = sum of ' || b.n_classes || ' economic classes' AS description
FROM b LEFT JOIN checks.table_step ts ON ts.document_id = b.document_id AND ts.table_key = 'general_budget_basic'
WHERE b.total IS NOT NULL
  AND b.document_id IN (SELECT document_id FROM checks.class_complete_tables WHERE table_key = 'general_budget_basic')
UNION ALL
SELECT
    b.document_id, 'basic.personnel_public', 'general_budget_basic', NULL, 'total',
    CASE WHEN b.total IS NOT NULL THEN '合计' ELSE '经济分类合计(Σ类)' END, 'total',
    b.pp_page,
    CAST(coalesce(b.personnel, 0) + coalesce(b.public, 0) AS DECIMAL(18,2)),
    CAST(coalesce(b.total, b.classes, 0) AS DECIMAL(18,2)),
    CAST(coalesce(b.total, b.classes, 0) - coalesce(b.personnel, 0) - coalesce(b.public, 0) AS DECIMAL(18,2)),
    CAST(ts.step_yuan * ((b.personnel IS NOT NULL)::INTEGER + (b.public IS NOT NULL)::INTEGER) AS DECIMAL(18,2)),
    (b.personnel IS NOT NULL)::INTEGER + (b.public IS NOT NULL)::INTEGER, ts.unit_printed, NULL,
    '人员经费合计 + 公用经费合计 = ' || CASE WHEN b.total IS NOT NULL THEN '合计' ELSE 'sum of classes' END
FROM b LEFT JOIN checks.table_step ts ON ts.document_id = b.document_id AND ts.table_key = 'general_budget_basic'
WHERE (b.personnel IS NOT NULL OR b.public IS NOT NULL) AND (b.total IS NOT NULL OR b.classes IS NOT NULL);

-- 三公: total = 因公出国 + 公务用车 + 公务接待; 公务用车 = 购置 + 运行, per measure (budget, final).
CREATE OR REPLACE VIEW checks.arith_three_public AS
WITH t AS (
    SELECT document_id, measure,
           max(amount_yuan) FILTER (WHERE line_key = 'total') AS total,
           max(amount_yuan) FILTER (WHERE line_key = 'overseas_travel') AS overseas,
           max(amount_yuan) FILTER (WHERE line_key = 'vehicle_total') AS vehicle,
           max(amount_yuan) FILTER (WHERE line_key = 'vehicle_purchase') AS purchase,
           max(amount_yuan) FILTER (WHERE line_key = 'vehicle_operation') AS operation,
           max(amount_yuan) FILTER (WHERE line_key = 'reception') AS reception,
           min(page) AS page
    FROM checks.facts WHERE table_key = 'three_public'
    GROUP BY ALL
), v AS (
    SELECT t.*,
           coalesce(vehicle, CASE WHEN purchase IS NOT NULL OR operation IS NOT NULL
                                  THEN coalesce(purchase, 0) + coalesce(operation, 0) END) AS vehicle_any
    FROM t
)
SELECT
    v.document_id, 'three_public.total' AS rule_id, 'three_public' AS table_key,
    CAST(NULL AS VARCHAR) AS side, 'total' AS line_key, '合计' AS line_label, v.measure, v.page,
    CAST(coalesce(overseas, 0) + coalesce(vehicle_any, 0) + coalesce(reception, 0) AS DECIMAL(18,2)) AS expected,
    CAST(coalesce(total, 0) AS DECIMAL(18,2)) AS found,
    CAST(coalesce(total, 0) - coalesce(overseas, 0) - coalesce(vehicle_any, 0) - coalesce(reception, 0)
         AS DECIMAL(18,2)) AS difference,
    CAST(ts.step_yuan * greatest((overseas IS NOT NULL)::INTEGER + (vehicle_any IS NOT NULL)::INTEGER
                                 + (reception IS NOT NULL)::INTEGER, 1) AS DECIMAL(18,2)) AS tolerance,
    CAST((overseas IS NOT NULL)::INTEGER + (vehicle_any IS NOT NULL)::INTEGER + (reception IS NOT NULL)::INTEGER
         AS INTEGER) AS n_addends,
    ts.unit_printed, CAST(NULL AS BOOLEAN) AS ok,
    '三公 total = overseas travel + vehicles + reception' AS description
FROM v LEFT JOIN checks.table_step ts ON ts.document_id = v.document_id AND ts.table_key = 'three_public'
WHERE total IS NOT NULL OR coalesce(overseas, 0) + coalesce(vehicle_any, 0) + coalesce(reception, 0) <> 0
UNION ALL
SELECT
    v.document_id, 'three_public.vehicle', 'three_public', NULL, 'vehicle_total', '公务用车购置及运行（维护）费',
    v.measure, v.page,
    CAST(coalesce(purchase, 0) + coalesce(operation, 0) AS DECIMAL(18,2)),
    CAST(vehicle AS DECIMAL(18,2)),
    CAST(vehicle - coalesce(purchase, 0) - coalesce(operation, 0) AS DECIMAL(18,2)),
    CAST(ts.step_yuan * greatest((purchase IS NOT NULL)::INTEGER + (operation IS NOT NULL)::INTEGER, 1)
         AS DECIMAL(18,2)),
    (purchase IS NOT NULL)::INTEGER + (operation IS NOT NULL)::INTEGER, ts.unit_printed, NULL,
    'vehicle total = purchase + operation'
FROM v LEFT JOIN checks.table_step ts ON ts.document_id = v.document_id AND ts.table_key = 'three_public'
WHERE vehicle IS NOT NULL;

-- The two-sided summary tables (收入支出决算总表 and 财政拨款收入支出决算总表), per measure:
--   income:      income_total + use_of_reserve + carryover_begin = grand_total
--   expenditure: expenditure_total + surplus_distribution + carryover_end = grand_total
--   income grand_total = expenditure grand_total
--   income_total = Σ income lines;  expenditure_total = Σ fn_ lines
CREATE OR REPLACE VIEW checks.arith_summary AS
WITH s0 AS (
    SELECT document_id, table_key, side, measure,
           max(amount_yuan) FILTER (WHERE line_key = 'grand_total') AS grand_total,
           min(page) FILTER (WHERE line_key = 'grand_total') AS grand_page,
           max(amount_yuan) FILTER (WHERE line_key = 'income_total') AS income_total,
           min(page) FILTER (WHERE line_key = 'income_total') AS income_page,
           max(amount_yuan) FILTER (WHERE line_key = 'expenditure_total') AS expenditure_total,
           min(page) FILTER (WHERE line_key = 'expenditure_total') AS expenditure_page,
           max(amount_yuan) FILTER (WHERE line_key = 'use_of_reserve') AS use_of_reserve,
           max(amount_yuan) FILTER (WHERE line_key = 'carryover_begin') AS carryover_begin,
           max(amount_yuan) FILTER (WHERE line_key = 'surplus_distribution') AS surplus_distribution,
           max(amount_yuan) FILTER (WHERE line_key = 'carryover_end') AS carryover_end,
           -- 西安 prints 上年实户资金余额 under 本年收入合计 (a carry-in like 上年结转) and its counterpart
           -- 未安排支出的实户资金 under 本年支出合计 (a carry-out like 结转下年)
           max(amount_yuan) FILTER (WHERE line_key = 'prior_account_balance') AS prior_account_balance,
           max(amount_yuan) FILTER (WHERE line_key = 'unallocated_account_funds') AS unallocated_account_funds,
           max(amount_yuan) FILTER (WHERE line_key = 'fiscal_appropriation') AS fiscal_appropriation,
           sum(amount_yuan) FILTER (WHERE line_key IN ('general_budget_appropriation', 'gov_fund_appropriation',
                                                       'state_capital_appropriation')) AS appropriations,
           count(*) FILTER (WHERE line_key IN ('general_budget_appropriation', 'gov_fund_appropriation',
                                               'state_capital_appropriation')) AS n_appropriations,
           sum(amount_yuan) FILTER (WHERE line_key IN ('superior_subsidy', 'business', 'operating',
                                                       'affiliated_remittance', 'other')) AS other_income,
           count(*) FILTER (WHERE line_key IN ('superior_subsidy', 'business', 'operating',
                                               'affiliated_remittance', 'other')) AS n_other_income,
           -- numbered source lines of other templates (北京 四、财政专户管理资金收入, 江苏 二、财政专户管理资金 /
           -- 三、其他资金); elsewhere 财政专户 is an 其中 under 事业收入 or 单位资金 the parent of 事业收入, so
           -- they count only where the sum then fits better (summary.income_lines)
           sum(amount_yuan) FILTER (WHERE line_key IN ('business_special_account', 'special_account',
                                                       'other_funds')) AS extra_base,
           count(*) FILTER (WHERE line_key IN ('business_special_account', 'special_account',
                                               'other_funds')) AS n_extra_base,
           max(amount_yuan) FILTER (WHERE line_key = 'unit_funds') AS unit_funds,
           sum(amount_yuan) FILTER (WHERE line_key LIKE 'fn\_%' ESCAPE '\') AS fn_sum,
           count(*) FILTER (WHERE line_key LIKE 'fn\_%' ESCAPE '\') AS n_fn
    FROM checks.facts
    WHERE table_key IN ('summary', 'appropriation_summary')
    GROUP BY ALL
), s AS (
    -- 三、单位资金 (深圳) is the heading over 1.事业收入 … 5.其他收入: where those lines are printed and add up
    -- to it, it is their subtotal, not one more source beside them (else 二、财政专户管理资金 + 三、单位资金
    -- could never both count, 深圳人社局 p54)
    SELECT s0.* EXCLUDE (extra_base, n_extra_base, unit_funds),
           CASE WHEN uf_heading THEN extra_base ELSE coalesce(extra_base, 0) + unit_funds END AS extra_income,
           n_extra_base + CASE WHEN uf_heading THEN 0 ELSE 1 END AS n_extra_income
    FROM (
        SELECT s0.*,
               s0.unit_funds IS NULL
                   OR (s0.n_other_income > 0
                       AND abs(s0.unit_funds - s0.other_income)
                           <= coalesce(ts.step_yuan, 0.01) * s0.n_other_income) AS uf_heading
        FROM s0 LEFT JOIN checks.table_step ts USING (document_id, table_key)
    ) s0
), rows_ AS (
    SELECT document_id, 'summary.income_balance' AS rule_id, table_key, side, 'grand_total' AS line_key,
           '收入总计' AS line_label, measure, grand_page AS page,
           income_total + coalesce(use_of_reserve, 0) + coalesce(carryover_begin, 0)
               + coalesce(prior_account_balance, 0) AS expected,
           grand_total AS found,
           1 + (use_of_reserve IS NOT NULL)::INTEGER + (carryover_begin IS NOT NULL)::INTEGER
               + (prior_account_balance IS NOT NULL)::INTEGER AS n,
           '收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 (+ 上年实户资金余额)' AS description
    FROM s WHERE side = 'income' AND grand_total IS NOT NULL AND income_total IS NOT NULL
    UNION ALL
    SELECT document_id, 'summary.expenditure_balance', table_key, side, 'grand_total', '支出总计', measure,
           grand_page,
           expenditure_total + coalesce(surplus_distribution, 0) + coalesce(carryover_end, 0)
               + coalesce(unallocated_account_funds, 0), grand_total,
           1 + (surplus_distribution IS NOT NULL)::INTEGER + (carryover_end IS NOT NULL)::INTEGER
               + (unallocated_account_funds IS NOT NULL)::INTEGER,
           '支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余 (+ 未安排支出的实户资金)'
    FROM s WHERE side = 'expenditure' AND grand_total IS NOT NULL AND expenditure_total IS NOT NULL
    UNION ALL
    SELECT document_id, 'summary.income_lines', table_key, side, 'income_total', '本年收入合计', measure,
           income_page,
           coalesce(fiscal_appropriation, appropriations, 0) + coalesce(other_income, 0)
               + CASE WHEN n_extra_income > 0
                       AND abs(income_total - coalesce(fiscal_appropriation, appropriations, 0)
                               - coalesce(other_income, 0) - extra_income)
                           < abs(income_total - coalesce(fiscal_appropriation, appropriations, 0)
                                 - coalesce(other_income, 0))
                      THEN extra_income ELSE 0 END,
           income_total,
           CASE WHEN fiscal_appropriation IS NOT NULL THEN 1 ELSE n_appropriations END + n_other_income
               + CASE WHEN n_extra_income > 0
                       AND abs(income_total - coalesce(fiscal_appropriation, appropriations, 0)
                               - coalesce(other_income, 0) - extra_income)
                           < abs(income_total - coalesce(fiscal_appropriation, appropriations, 0)
                                 - coalesce(other_income, 0))
                      THEN n_extra_income ELSE 0 END,
           '本年收入合计 = sum of the income lines'
    FROM s
    WHERE side = 'income' AND income_total IS NOT NULL
      AND (fiscal_appropriation IS NOT NULL OR n_appropriations > 0 OR n_other_income > 0)
    UNION ALL
    SELECT document_id, 'summary.fn_lines', table_key, side, 'expenditure_total', '本年支出合计', measure,
           expenditure_page, coalesce(fn_sum, 0), expenditure_total, n_fn,
           '本年支出合计 = sum of the ' || n_fn || ' function-class lines'
    FROM s WHERE side = 'expenditure' AND expenditure_total IS NOT NULL AND n_fn > 0
    UNION ALL
    -- 支出总计 printed as the only total (湖州 表04 财政拨款收支总表): then it is the sum of the class lines
    SELECT document_id, 'summary.fn_lines', table_key, side, 'grand_total', '支出总计', measure, grand_page,
           coalesce(fn_sum, 0), grand_total, n_fn, '支出总计 = sum of the ' || n_fn || ' function-class lines'
    FROM s WHERE side = 'expenditure' AND expenditure_total IS NULL AND carryover_end IS NULL
      AND surplus_distribution IS NULL AND grand_total IS NOT NULL AND n_fn > 0
), grand AS (
    -- income grand_total = expenditure grand_total (the column each side prints: 决算数 / 预算数 / 合计)
    SELECT document_id, table_key,
           coalesce(max(grand_total) FILTER (WHERE side = 'income' AND measure = 'final'),
                    max(grand_total) FILTER (WHERE side = 'income' AND measure = 'budget'),
                    max(grand_total) FILTER (WHERE side = 'income' AND measure = 'total')) AS inc,
           coalesce(max(grand_total) FILTER (WHERE side = 'expenditure' AND measure = 'final'),
                    max(grand_total) FILTER (WHERE side = 'expenditure' AND measure = 'budget'),
                    max(grand_total) FILTER (WHERE side = 'expenditure' AND measure = 'total')) AS exp,
           min(grand_page) FILTER (WHERE side = 'expenditure') AS page
    FROM s GROUP BY ALL
)
SELECT
    r.document_id, r.rule_id, r.table_key, r.side, r.line_key, r.line_label, r.measure, r.page,
    CAST(r.expected AS DECIMAL(18,2)) AS expected, CAST(r.found AS DECIMAL(18,2)) AS found,
    CAST(r.found - r.expected AS DECIMAL(18,2)) AS difference,
    CAST(ts.step_yuan * greatest(r.n, 1) AS DECIMAL(18,2)) AS tolerance,
    CAST(r.n AS INTEGER) AS n_addends, ts.unit_printed, CAST(NULL AS BOOLEAN) AS ok, r.description
FROM rows_ r LEFT JOIN checks.table_step ts USING (document_id, table_key)
UNION ALL
SELECT
    g.document_id, 'summary.grand_totals', g.table_key, 'expenditure', 'grand_total', '支出总计', NULL, g.page,
    CAST(g.inc AS DECIMAL(18,2)), CAST(g.exp AS DECIMAL(18,2)), CAST(g.exp - g.inc AS DECIMAL(18,2)),
    CAST(ts.step_yuan AS DECIMAL(18,2)), 1, ts.unit_printed, NULL,
    '收入总计 = 支出总计'
FROM grand g LEFT JOIN checks.table_step ts USING (document_id, table_key)
WHERE g.inc IS NOT NULL AND g.exp IS NOT NULL;

-- ---------------------------------------------------------------- 3. across tables

-- Compared only when both tables are present (a missing table is completeness.table_missing).
CREATE OR REPLACE VIEW checks.cross_table AS
WITH f AS (SELECT * FROM checks.facts),
pref AS (
    -- the one figure of a summary line: 决算数, else 预算数, else 合计
    SELECT document_id, table_key, side, line_key,
           coalesce(max(amount_yuan) FILTER (WHERE measure = 'final'),
                    max(amount_yuan) FILTER (WHERE measure = 'budget'),
                    max(amount_yuan) FILTER (WHERE measure = 'total')) AS amount_yuan,
           min(page) AS page, any_value(line_label) AS line_label
    FROM f WHERE table_key IN ('summary', 'appropriation_summary')
    GROUP BY ALL
), tot AS (
    SELECT document_id, table_key, measure, amount_yuan, page FROM f WHERE line_key = 'total'
), cls AS (
    SELECT document_id, table_key, line_key, amount_yuan, page, line_label
    FROM f WHERE code_kind = 'function' AND level = 1 AND measure = 'total'
), has AS (SELECT document_id, table_key FROM checks.doc_tables),
basic AS (
    SELECT document_id,
           max(amount_yuan) FILTER (WHERE line_key = 'total' AND measure = 'total') AS total,
           max(amount_yuan) FILTER (WHERE line_key = 'total' AND measure = 'personnel') AS personnel,
           max(amount_yuan) FILTER (WHERE line_key = 'total' AND measure = 'public') AS public,
           sum(amount_yuan) FILTER (WHERE code_kind IS NOT NULL AND level = 1 AND measure = 'total') AS classes,
           count(*) FILTER (WHERE code_kind IS NOT NULL AND level = 1 AND measure = 'total') AS n_classes,
           min(page) AS page
    FROM f WHERE table_key = 'general_budget_basic' GROUP BY ALL
), rows_ AS (
    -- summary 本年收入合计 = 收入决算表 合计
    -- (深圳's 收入总表 prints one 收入总计 column, 上年结余、结转 included: then the summary's
    -- 本年收入合计 + 上年结转 is compared, where that fits better; 西安's 收入总表 合计 holds its
    -- 上年结转 and 上年实户资金余额 columns too: + both, where that fits better still)
    SELECT p.document_id, 'cross.summary_income_total' AS rule_id, 'summary' AS table_key, 'income' AS side,
           'income_total' AS line_key, p.line_label, 'total' AS measure, p.page,
           coalesce(t.amount_yuan, 0) AS expected,
           p.amount_yuan
               + CASE WHEN pab.amount_yuan IS NOT NULL
                       AND abs(coalesce(t.amount_yuan, 0) - p.amount_yuan - coalesce(cb.amount_yuan, 0)
                               - pab.amount_yuan)
                           < least(abs(coalesce(t.amount_yuan, 0) - p.amount_yuan),
                                   abs(coalesce(t.amount_yuan, 0) - p.amount_yuan - coalesce(cb.amount_yuan, 0)))
                      THEN coalesce(cb.amount_yuan, 0) + pab.amount_yuan
                      WHEN cb.amount_yuan IS NOT NULL
                       AND abs(coalesce(t.amount_yuan, 0) - p.amount_yuan - cb.amount_yuan)
                           < abs(coalesce(t.amount_yuan, 0) - p.amount_yuan)
                      THEN cb.amount_yuan ELSE 0 END AS found,
           1 AS n,
           'income' AS other_table,
           '总表 本年收入合计 = 收入决算表 合计 (page ' || coalesce(CAST(t.page AS VARCHAR), '-') || ')' AS description
    FROM pref p
    JOIN has h ON h.document_id = p.document_id AND h.table_key = 'income'
    LEFT JOIN tot t ON t.document_id = p.document_id AND t.table_key = 'income' AND t.measure = 'total'
    LEFT JOIN pref cb ON cb.document_id = p.document_id AND cb.table_key = 'summary' AND cb.side = 'income'
                     AND cb.line_key = 'carryover_begin'
    LEFT JOIN pref pab ON pab.document_id = p.document_id AND pab.table_key = 'summary' AND pab.side = 'income'
                      AND pab.line_key = 'prior_account_balance'
    WHERE p.table_key = 'summary' AND p.side = 'income' AND p.line_key = 'income_total'
    UNION ALL
    -- summary 本年支出合计 = 支出决算表 合计
    -- (西安's 支出总表 is split by source of funds, its 上年结转 and 上年实户资金余额 columns included, so its
    -- 合计 also holds what the summary carries out: + 结转下年 + 未安排支出的实户资金, where the table prints
    -- such a carry-in column and that fits better — the mirror of the income side above)
    SELECT p.document_id, 'cross.summary_expenditure_total', 'summary', 'expenditure', 'expenditure_total',
           p.line_label, 'total', p.page, coalesce(t.amount_yuan, 0),
           p.amount_yuan
               + CASE WHEN (ce.amount_yuan IS NOT NULL OR ua.amount_yuan IS NOT NULL)
                       AND EXISTS (SELECT 1 FROM f WHERE f.document_id = p.document_id
                                     AND f.table_key = 'expenditure' AND f.line_key = 'total'
                                     AND f.measure IN ('carryover', 'prior_account_balance'))
                       AND abs(coalesce(t.amount_yuan, 0) - p.amount_yuan - coalesce(ce.amount_yuan, 0)
                               - coalesce(ua.amount_yuan, 0))
                           < abs(coalesce(t.amount_yuan, 0) - p.amount_yuan)
                      THEN coalesce(ce.amount_yuan, 0) + coalesce(ua.amount_yuan, 0) ELSE 0 END,
           1, 'expenditure',
           '总表 本年支出合计 = 支出决算表 合计 (page ' || coalesce(CAST(t.page AS VARCHAR), '-') || ')'
    FROM pref p
    JOIN has h ON h.document_id = p.document_id AND h.table_key = 'expenditure'
    LEFT JOIN tot t ON t.document_id = p.document_id AND t.table_key = 'expenditure' AND t.measure = 'total'
    LEFT JOIN pref ce ON ce.document_id = p.document_id AND ce.table_key = 'summary' AND ce.side = 'expenditure'
                     AND ce.line_key = 'carryover_end'
    LEFT JOIN pref ua ON ua.document_id = p.document_id AND ua.table_key = 'summary' AND ua.side = 'expenditure'
                     AND ua.line_key = 'unallocated_account_funds'
    WHERE p.table_key = 'summary' AND p.side = 'expenditure' AND p.line_key = 'expenditure_total'
    UNION ALL
    -- summary fn_XXX = 支出决算表 class XXX (either side missing counts as 0)
    SELECT coalesce(p.document_id, c.document_id), 'cross.summary_fn_class', 'summary', 'expenditure',
           'fn_' || coalesce(substr(p.line_key, 4), c.line_key), coalesce(p.line_label, c.line_label), 'total',
           coalesce(p.page, c.page), coalesce(c.amount_yuan, 0), coalesce(p.amount_yuan, 0), 1, 'expenditure',
           '总表 fn_' || coalesce(substr(p.line_key, 4), c.line_key) || ' = 支出决算表 class '
               || coalesce(substr(p.line_key, 4), c.line_key) || ' (page ' || coalesce(CAST(c.page AS VARCHAR), '-') || ')'
    FROM (SELECT * FROM pref WHERE table_key = 'summary' AND side = 'expenditure'
              AND line_key LIKE 'fn\_%' ESCAPE '\') p
    FULL JOIN (SELECT * FROM cls WHERE table_key = 'expenditure') c
      ON c.document_id = p.document_id AND c.line_key = substr(p.line_key, 4)
    WHERE coalesce(p.document_id, c.document_id) IN (
              SELECT document_id FROM pref WHERE table_key = 'summary' AND line_key LIKE 'fn\_%' ESCAPE '\')
      AND coalesce(p.document_id, c.document_id) IN (SELECT document_id FROM checks.class_complete_tables
                                                      WHERE table_key = 'expenditure')
    UNION ALL
    -- 财政拨款总表 fn_XXX = 一般公共预算 XXX + 政府性基金 XXX + 国有资本经营 XXX
    -- A fund the document prints no function table for (西安 2022 prints 政府性基金 only in its two-sided
    -- 表9 收支表, by 大类 name) is in the summary's classes but in none of the fund tables: its
    -- appropriation (the summary's income line) may lie in the classes above the printed fund tables —
    -- as long as those excesses together do not exceed it. A class below the fund tables still fails.
    SELECT x.document_id, 'cross.appropriation_fn_class', 'appropriation_summary', 'expenditure',
           'fn_' || x.code, x.line_label, 'total', x.page,
           x.s + CASE WHEN x.unlisted_ok THEN greatest(x.found - x.s, 0) ELSE 0 END, x.found, x.n,
           'general_budget',
           '财政拨款总表 fn_' || x.code || ' = 一般公共预算 + 政府性基金 + 国有资本经营 class ' || x.code
               || CASE WHEN x.unlisted_ok AND x.found > x.s
                       THEN ' (+ ' || CAST(CAST(x.found - x.s AS DECIMAL(18,2)) AS VARCHAR)
                            || ' of the ' || CAST(CAST(x.unlisted AS DECIMAL(18,2)) AS VARCHAR)
                            || ' appropriated to a fund printed without a function table)'
                       ELSE '' END
    FROM (
        SELECT y.*,
               y.unlisted IS NOT NULL
                   AND sum(greatest(y.found - y.s, 0)) OVER (PARTITION BY y.document_id)
                       <= y.unlisted + coalesce(ts.step_yuan, 0.01) * count(*) OVER (PARTITION BY y.document_id)
                   AS unlisted_ok
        FROM (
            SELECT coalesce(a.document_id, c.document_id) AS document_id, coalesce(a.code, c.line_key) AS code,
                   coalesce(a.line_label, c.line_label) AS line_label, coalesce(a.page, c.page) AS page,
                   coalesce(c.s, 0) AS s, coalesce(a.amount_yuan, 0) AS found, coalesce(c.n, 1) AS n,
                   u.amount AS unlisted
            FROM (SELECT document_id, substr(line_key, 4) AS code, line_label,
                         -- 合计, else the one 预算数 / 决算数 column
                         coalesce(max(amount_yuan) FILTER (WHERE measure = 'total'),
                                  max(amount_yuan) FILTER (WHERE measure = 'budget'),
                                  max(amount_yuan) FILTER (WHERE measure = 'final')) AS amount_yuan,
                         min(page) AS page
                  FROM f WHERE table_key = 'appropriation_summary' AND side = 'expenditure'
                    AND measure IN ('total', 'budget', 'final') AND line_key LIKE 'fn\_%' ESCAPE '\'
                  GROUP BY document_id, line_key, line_label) a
            FULL JOIN (SELECT document_id, line_key, any_value(line_label) AS line_label, sum(amount_yuan) AS s,
                              count(*) AS n, min(page) AS page
                       FROM cls WHERE table_key IN ('general_budget', 'gov_fund', 'state_capital') GROUP BY ALL) c
              ON c.document_id = a.document_id AND c.line_key = a.code
            LEFT JOIN (SELECT p.document_id, sum(p.amount_yuan) AS amount
                       FROM pref p
                       WHERE p.table_key = 'appropriation_summary' AND p.side = 'income'
                         AND ((p.line_key = 'gov_fund_appropriation'
                               AND NOT EXISTS (SELECT 1 FROM has h WHERE h.document_id = p.document_id
                                                                     AND h.table_key = 'gov_fund'))
                           OR (p.line_key = 'state_capital_appropriation'
                               AND NOT EXISTS (SELECT 1 FROM has h WHERE h.document_id = p.document_id
                                                                     AND h.table_key = 'state_capital'))
                           -- 西安 2026 表4 spends its 上年结转 in the function classes (本年支出合计 =
                           -- 本年收入合计 + 上年结转) while the fund tables (表5 …) hold this year's money only:
                           -- the 上年结转 lies in the classes above them, when their 合计 leave exactly it out
                           OR (p.line_key = 'carryover_begin'
                               AND abs((SELECT sum(e.amount_yuan) FROM pref e
                                        WHERE e.document_id = p.document_id AND e.table_key = 'appropriation_summary'
                                          AND e.side = 'expenditure' AND e.line_key = 'expenditure_total')
                                       - p.amount_yuan
                                       - coalesce((SELECT sum(t.amount_yuan) FROM tot t
                                                   WHERE t.document_id = p.document_id AND t.measure = 'total'
                                                     AND t.table_key IN ('general_budget', 'gov_fund',
                                                                         'state_capital')), 0))
                                   <= 3 * coalesce((SELECT max(ts.step_yuan) FROM checks.table_step ts
                                                    WHERE ts.document_id = p.document_id
                                                      AND ts.table_key = 'appropriation_summary'), 0.01)))
                       GROUP BY ALL HAVING sum(p.amount_yuan) > 0) u
              ON u.document_id = coalesce(a.document_id, c.document_id)
            WHERE coalesce(a.document_id, c.document_id) IN (
                      SELECT document_id FROM f WHERE table_key = 'appropriation_summary'
                        AND line_key LIKE 'fn\_%' ESCAPE '\')
              AND coalesce(a.document_id, c.document_id) IN (SELECT document_id FROM checks.class_complete_tables
                                                              WHERE table_key = 'general_budget')
        ) y
        LEFT JOIN checks.table_step ts ON ts.document_id = y.document_id AND ts.table_key = 'appropriation_summary'
    ) x
    UNION ALL
    -- 财政拨款总表 本年支出合计 = the three fund tables' 合计
    SELECT a.document_id, 'cross.appropriation_expenditure_total', 'appropriation_summary', 'expenditure',
           'expenditure_total', a.line_label, 'total', a.page,
           coalesce((SELECT sum(t.amount_yuan) FROM tot t WHERE t.document_id = a.document_id AND t.measure = 'total'
                       AND t.table_key IN ('general_budget', 'gov_fund', 'state_capital')), 0),
           a.amount_yuan,
           greatest((SELECT count(*) FROM tot t WHERE t.document_id = a.document_id AND t.measure = 'total'
                       AND t.table_key IN ('general_budget', 'gov_fund', 'state_capital')), 1),
           'general_budget', '财政拨款总表 本年支出合计 = 一般公共预算 + 政府性基金 + 国有资本经营 合计'
    FROM f a
    WHERE a.table_key = 'appropriation_summary' AND a.side = 'expenditure' AND a.line_key = 'expenditure_total'
      AND a.measure = 'total'
      AND a.document_id IN (SELECT document_id FROM has WHERE table_key = 'general_budget')
    UNION ALL
    -- 一般公共预算支出表 合计/基本支出 = 基本支出表 合计 (人员经费 + 公用经费, or Σ classes)
    SELECT g.document_id, 'cross.basic_total', 'general_budget', NULL, 'total', '合计', 'basic', g.page,
           coalesce(b.total, CASE WHEN b.personnel IS NOT NULL OR b.public IS NOT NULL
                                  THEN coalesce(b.personnel, 0) + coalesce(b.public, 0) END, b.classes, 0),
           g.amount_yuan,
           CASE WHEN b.total IS NOT NULL THEN 1
                WHEN b.personnel IS NOT NULL OR b.public IS NOT NULL
                    THEN (b.personnel IS NOT NULL)::INTEGER + (b.public IS NOT NULL)::INTEGER
                ELSE greatest(coalesce(b.n_classes, 0), 1) END,
           'general_budget_basic',
           '一般公共预算支出表 基本支出合计 = 基本支出表 合计 (page ' || coalesce(CAST(b.page AS VARCHAR), '-') || ')'
    FROM tot g
    JOIN has h ON h.document_id = g.document_id AND h.table_key = 'general_budget_basic'
    LEFT JOIN basic b ON b.document_id = g.document_id
    WHERE g.table_key = 'general_budget' AND g.measure = 'basic'
    UNION ALL
    -- 收入决算表 合计/财政拨款收入 = 财政拨款总表 income (一般公共预算 + 政府性基金 + 国有资本经营)
    SELECT i.document_id, 'cross.fiscal_appropriation', 'income', NULL, 'total', '合计', 'fiscal_appropriation',
           i.page, coalesce(a.s, 0), i.amount_yuan, greatest(coalesce(a.n, 0), 1), 'appropriation_summary',
           '收入决算表 财政拨款收入 = 财政拨款总表 一般公共预算 + 政府性基金 + 国有资本经营 (page '
               || coalesce(CAST(a.page AS VARCHAR), '-') || ')'
    FROM tot i
    JOIN has h ON h.document_id = i.document_id AND h.table_key = 'appropriation_summary'
    LEFT JOIN (SELECT document_id, sum(amount_yuan) AS s, count(*) AS n, min(page) AS page
               FROM pref WHERE table_key = 'appropriation_summary' AND side = 'income'
                 AND line_key IN ('general_budget_appropriation', 'gov_fund_appropriation',
                                  'state_capital_appropriation')
               GROUP BY ALL) a ON a.document_id = i.document_id
    WHERE i.table_key = 'income' AND i.measure = 'fiscal_appropriation'
)
SELECT
    r.document_id, r.rule_id, r.table_key, r.side, r.line_key, r.line_label, r.measure, r.page,
    CAST(r.expected AS DECIMAL(18,2)) AS expected, CAST(r.found AS DECIMAL(18,2)) AS found,
    CAST(r.found - r.expected AS DECIMAL(18,2)) AS difference,
    -- the coarser of the two tables' rounding steps
    CAST(greatest(coalesce(a.step_yuan, 0), coalesce(b.step_yuan, 0)) * greatest(r.n, 1) AS DECIMAL(18,2))
        AS tolerance,
    CAST(r.n AS INTEGER) AS n_addends, coalesce(a.unit_printed, b.unit_printed) AS unit_printed,
    CAST(NULL AS BOOLEAN) AS ok, r.description
FROM rows_ r
LEFT JOIN checks.table_step a ON a.document_id = r.document_id AND a.table_key = r.table_key
LEFT JOIN checks.table_step b ON b.document_id = r.document_id AND b.table_key = r.other_table;

-- ---------------------------------------------------------------- 4. template placeholders outside the 情况说明
-- (the 情况说明 pages themselves are read by pipelines.narrative, which reports narrative.placeholder)
CREATE OR REPLACE VIEW checks.placeholder_text AS
SELECT
    p.document_id, 'narrative.placeholder_text' AS rule_id, CAST(NULL AS VARCHAR) AS table_key,
    CAST(NULL AS VARCHAR) AS side, CAST(NULL AS VARCHAR) AS line_key, token AS line_label,
    CAST(NULL AS VARCHAR) AS measure, p.page,
    CAST(NULL AS DECIMAL(18,2)) AS expected, CAST(NULL AS DECIMAL(18,2)) AS found,
    CAST(NULL AS DECIMAL(18,2)) AS difference, CAST(NULL AS DECIMAL(18,2)) AS tolerance,
    CAST(NULL AS INTEGER) AS n_addends, CAST(NULL AS VARCHAR) AS unit_printed,
    FALSE AS ok, 'template placeholder "' || token || '" on page ' || p.page AS description
FROM (
    SELECT document_id, page,
           unnest(regexp_extract_all(text, '[XＸ×]{2,}(?:万元|%|局|个|辆|次|人次|分)?')) AS token
    FROM raw.pages WHERE NOT in_narrative
) p;

-- ---------------------------------------------------------------- evidence per family (what the gate reads)

CREATE OR REPLACE VIEW checks.evidence_completeness AS
SELECT * FROM checks.completeness_tables UNION ALL SELECT * FROM checks.completeness_cells;

CREATE OR REPLACE VIEW checks.evidence_codes AS SELECT * FROM checks.codes;

CREATE OR REPLACE VIEW checks.evidence_arithmetic_subject_tables AS
SELECT * FROM checks.arith_hierarchy WHERE table_key <> 'general_budget_basic'
UNION ALL SELECT * FROM checks.arith_table_total
UNION ALL SELECT * FROM checks.arith_row_parts WHERE rule_id IN ('arith.expenditure_parts', 'arith.income_sources');

CREATE OR REPLACE VIEW checks.evidence_arithmetic_basic AS
SELECT * FROM checks.arith_hierarchy WHERE table_key = 'general_budget_basic'
UNION ALL SELECT * FROM checks.arith_basic
UNION ALL SELECT * FROM checks.arith_row_parts WHERE rule_id = 'basic.row_parts';

CREATE OR REPLACE VIEW checks.evidence_arithmetic_three_public AS SELECT * FROM checks.arith_three_public;

CREATE OR REPLACE VIEW checks.evidence_arithmetic_summary AS
SELECT * FROM checks.arith_summary
UNION ALL SELECT * FROM checks.arith_row_parts WHERE rule_id = 'summary.appropriation_funds';

CREATE OR REPLACE VIEW checks.evidence_cross_table AS SELECT * FROM checks.cross_table;

CREATE OR REPLACE VIEW checks.evidence_narrative AS SELECT * FROM checks.placeholder_text;

-- ---------------------------------------------------------------- published

-- Every check result with its document, for documents of every status (a quarantined
-- document's failed rules are exactly what an analyst needs to see).
CREATE OR REPLACE VIEW published.check_results AS
SELECT
    CAST(r.document_id AS VARCHAR)  AS document_id,
    CAST(d.file_name AS VARCHAR)    AS file_name,
    CAST(d.department AS VARCHAR)   AS department,
    CAST(d.fiscal_year AS INTEGER)  AS fiscal_year,
    CAST(d.report_kind AS VARCHAR)  AS report_kind,
    CAST(d.scope AS VARCHAR)        AS scope,
    CAST(coalesce(d.part, 'full') AS VARCHAR) AS part,
    CAST(d.status AS VARCHAR)       AS document_status,
    r.rule_id, r.family, r.severity, r.outcome,
    r.table_key, r.side, r.line_key, r.measure, r.page,
    r.expected, r.found, r.difference,
    r.message_zh, r.message_en, r.checked_at
FROM core.check_results r
LEFT JOIN core.documents d USING (document_id);
