-- The contract's table_key vocabulary with the printed titles (warehouse-contract.md).
INSERT INTO core.tables (table_key, final_account_title, budget_title, in_contract) VALUES
    ('summary',               '收入支出决算总表',                 '财务收支预算总表',                     TRUE),
    ('income',                '收入决算表',                       '收入预算总表',                         TRUE),
    ('expenditure',           '支出决算表',                       '支出预算总表',                         TRUE),
    ('appropriation_summary', '财政拨款收入支出决算总表',         '财政拨款收支预算总表',                 TRUE),
    ('general_budget',        '一般公共预算财政拨款支出决算表',   '一般公共预算支出功能分类预算表',       TRUE),
    ('general_budget_basic',  '一般公共预算财政拨款基本支出决算表', '一般公共预算基本支出经济分类预算表', TRUE),
    ('three_public',          '财政拨款“三公”经费支出决算表',     '“三公”经费（和机关运行经费）预算表',   TRUE),
    ('gov_fund',              '政府性基金预算财政拨款收入支出决算表', '政府性基金预算支出功能分类预算表', TRUE),
    ('state_capital',         '国有资本经营预算财政拨款收入支出决算表', '国有资本经营预算支出功能分类预算表', TRUE)
ON CONFLICT (table_key) DO UPDATE SET
    final_account_title = excluded.final_account_title,
    budget_title = excluded.budget_title,
    in_contract = excluded.in_contract;
