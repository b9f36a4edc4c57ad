-- published comparisons (warehouse-contract.md, "Comparisons").

-- Every (department, report_kind, scope, table_key, side, line_key, measure)
-- present in two consecutive fiscal years of published documents.
CREATE OR REPLACE VIEW published.yoy_by_subject AS
WITH a AS (
    SELECT department, report_kind, scope, table_key, side, line_key, measure, fiscal_year,
           sum(amount_yuan) AS amount_yuan
    FROM published.line_items
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
  AND p.fiscal_year = c.fiscal_year - 1;

-- Every (department, fiscal_year, line_key) of the expenditure-by-subject tables
-- present in both a budget and a final account of that year. The amount compared
-- is each document's total for the line: measure `total`, or a budget's single
-- 预算数 column (`budget`) where it prints no 合计.
CREATE OR REPLACE VIEW published.budget_vs_final AS
WITH t AS (
    SELECT department, fiscal_year, scope, report_kind, table_key, line_key,
           any_value(line_label) AS line_label,
           coalesce(sum(amount_yuan) FILTER (WHERE measure = 'total'),
                    sum(amount_yuan) FILTER (WHERE measure = 'budget')) AS amount_yuan
    FROM published.line_items
    WHERE table_key IN ('expenditure', 'general_budget', 'gov_fund', 'state_capital')
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
