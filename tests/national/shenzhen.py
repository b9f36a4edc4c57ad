"""深圳市 (Shenzhen) 2026 部门预算 — eye-checked figures.

Layout traits of the family (seen on the rendered pages):
- Cover: one line "2026 年深圳市X局部门预算" on an otherwise blank A4 portrait page; 目录 splits "一、文字部分"
  (第一…第九部分, narrative) and "二、表格部分" (（一）…（十一）); one PDF = part full.
- Eleven tables, each headed by a separate line "表 N" above the centred title, then "部门名称：深圳市X局" left and
  "单位：万元" right; amounts in 万元 with two decimals and thousands separators. No 行次 columns. Tables: 1 收支总表,
  2 收入总表, 3 支出总表, 4 基本支出总表, 5 项目支出总表, 6 财政拨款收支总表, 7 一般公共预算支出表（按功能分类）, 8
  一般公共预算支出表（按经济分类）, 9 财政拨款“三公”经费支出表, 10 政府性基金预算支出表, 11 国有资本经营预算支出表
  (10/11 empty with "注：本表本年无发生额。").
- Narrative pages are A4 portrait (595x842); table pages are landscape 1077x595 (no /Rotate), the 三公 table a wider
  1446x595 page.
- Every table continues over pages with the title, 部门名称/单位 line and full header repeated; the 收支总表 of this
  36-page file runs over 2 pages (bigger departments: 4+).
- 收支总表 / 财政拨款收支总表: two blocks 收入 | 支出, one "2026 年预算数" column each; the expenditure side lists 类
  (numbered 一、二、…), 款 and 项 by name only (no codes, indentation only). Income lines: 一、财政拨款 /
  1.一般公共预算拨款 / 2.政府性基金预算拨款 / 3.国有资本经营预算拨款 / 二、财政专户管理资金 / 三、单位资金 (1.事业收入
  … 5.其他收入); then 本年收入合计 | 本年支出合计, 上年结余、结转 | 结转下年, 收入总计 | 支出总计.
- Subject tables (支出总表, 表7, 表8) have columns 预算单位 | 科目编码 | 科目名称 | amounts; the code is one 7-digit
  column (2010801), not split. There is NO "合计" row: the first row carries the department's name in 预算单位 with
  the totals. In big departments (人社局 262 pages, 生态环境局, 水务局) the tables are NOT split into per-unit sets;
  instead each subject table lists the department row, then per unit a unit row ("局（本级）", "…分局") followed by
  that unit's own 类/款/项 rows — the codes repeat per unit and there is no department-level breakdown by code.
- 支出总表 columns: 支出总计 | 基本支出 | 项目支出 | 事业单位经营支出 | 对附属单位补助支出 | 上缴上级支出 | 2026
  年政府采购项目 (小计 / 其中预留给中小企业 / 其中预留给小型、微型企业).
- 表8 (按经济分类) prints economic codes 301/30101… with 支出总计 | 基本支出 | 项目支出 — the whole general budget by
  economic class, not only the 基本支出.
- 三公: one row per year (2025 年 / 2026 年 / 增减变化金额) under the unit name; column groups 总计 | 因公出国(境)费 |
  公务接待费 | 公务用车购置及运行维护费 (小计 | 购置费 | 运行维护费), each split into 一般公共预算 | 政府性基金预算 |
  国有资本经营预算. No 会议费/培训费, no 机关运行经费 column.
- Many files are "（本级）" budgets (cover "2026 年深圳市财政局（本级）部门预算", 部门名称：深圳市财政局（本级）): 14
  of the 26 Shenzhen files; the others are department budgets. 规划和自然资源局_2026年部门预算.pdf is the 大鹏管理局.
- Notes under tables: "注：本套报表金额单位转换时可能存在尾数误差。" (rounding from 元 to 万元).
"""

from __future__ import annotations

from national.figures import Doc

W = "万元"

SHENZHEN_AUDIT_2026 = Doc(
    path="深圳市/2026年深圳市审计局部门预算.pdf",
    department="深圳市审计局",
    fiscal_year=2026,
    report_kind="budget",
    scope="department",
    part="full",
    figures=[
        # 表1 收支总表, pp. 17–18
        ("summary", "income", "fiscal_appropriation", "budget", "10,737.69", W, 17),
        ("summary", "income", "general_budget_appropriation", "budget", "10,737.69", W, 17),
        ("summary", "expenditure", "fn_201", "budget", "6,960.90", W, 17),
        ("summary", "expenditure", "fn_205", "budget", "46.05", W, 17),
        ("summary", "expenditure", "fn_208", "budget", "1,743.43", W, 17),
        ("summary", "expenditure", "fn_210", "budget", "203.66", W, 18),
        ("summary", "expenditure", "fn_221", "budget", "1,783.65", W, 18),
        ("summary", "income", "income_total", "budget", "10,737.69", W, 18),
        ("summary", "expenditure", "expenditure_total", "budget", "10,737.69", W, 18),
        ("summary", "income", "grand_total", "budget", "10,737.69", W, 18),
        ("summary", "expenditure", "grand_total", "budget", "10,737.69", W, 18),
        # 表3 支出总表, pp. 21–23 (the department row "深圳市审计局" is the total row)
        ("expenditure", None, "total", "total", "10,737.69", W, 21),
        ("expenditure", None, "total", "basic", "9,206.23", W, 21),
        ("expenditure", None, "total", "project", "1,531.45", W, 21),
        ("expenditure", None, "201", "total", "6,960.90", W, 21),
        ("expenditure", None, "201", "basic", "5,466.52", W, 21),
        ("expenditure", None, "201", "project", "1,494.38", W, 21),
        ("expenditure", None, "20108", "total", "6,960.90", W, 21),
        ("expenditure", None, "20108", "project", "1,494.38", W, 21),
        ("expenditure", None, "2010801", "basic", "5,466.52", W, 21),
        ("expenditure", None, "2010802", "project", "919.44", W, 21),
        ("expenditure", None, "2050803", "total", "46.05", W, 22),
        ("expenditure", None, "208", "total", "1,743.43", W, 22),
        ("expenditure", None, "2080505", "total", "504.13", W, 22),
        ("expenditure", None, "21011", "basic", "203.66", W, 22),
        ("expenditure", None, "221", "total", "1,783.65", W, 23),
        ("expenditure", None, "2210203", "total", "1,251.07", W, 23),
        # 表6 财政拨款收支总表, pp. 27–28
        ("appropriation_summary", "income", "fiscal_appropriation", "budget", "10,737.69", W, 27),
        ("appropriation_summary", "income", "general_budget_appropriation", "budget", "10,737.69", W, 27),
        ("appropriation_summary", "expenditure", "fn_201", "budget", "6,960.90", W, 27),
        ("appropriation_summary", "expenditure", "fn_208", "budget", "1,743.43", W, 27),
        ("appropriation_summary", "expenditure", "fn_210", "budget", "203.66", W, 27),
        ("appropriation_summary", "expenditure", "fn_221", "budget", "1,783.65", W, 28),
        ("appropriation_summary", "income", "income_total", "budget", "10,737.69", W, 28),
        ("appropriation_summary", "expenditure", "expenditure_total", "budget", "10,737.69", W, 28),
        ("appropriation_summary", "income", "grand_total", "budget", "10,737.69", W, 28),
        ("appropriation_summary", "expenditure", "grand_total", "budget", "10,737.69", W, 28),
        # 表7 一般公共预算支出表（按功能分类）, pp. 29–30
        ("general_budget", None, "total", "total", "10,737.69", W, 29),
        ("general_budget", None, "total", "basic", "9,206.23", W, 29),
        ("general_budget", None, "total", "project", "1,531.45", W, 29),
        ("general_budget", None, "205", "total", "46.05", W, 29),
        ("general_budget", None, "205", "basic", "8.98", W, 29),
        ("general_budget", None, "205", "project", "37.07", W, 29),
        ("general_budget", None, "20508", "total", "46.05", W, 29),
        ("general_budget", None, "2010804", "project", "490.15", W, 29),
        ("general_budget", None, "20805", "basic", "1,743.43", W, 29),
        ("general_budget", None, "2080501", "total", "994.09", W, 30),
        ("general_budget", None, "210", "total", "203.66", W, 30),
        ("general_budget", None, "22102", "basic", "1,783.65", W, 30),
        ("general_budget", None, "2210201", "total", "532.58", W, 30),
        # 表9 财政拨款“三公”经费支出表, p. 34: the "2026 年" row, 一般公共预算 sub-columns
        # (政府性基金 / 国有资本经营 sub-columns are all 0.00)
        ("three_public", None, "total", "budget", "35.10", W, 34),
        ("three_public", None, "overseas_travel", "budget", "28.00", W, 34),
        ("three_public", None, "reception", "budget", "3.50", W, 34),
        ("three_public", None, "vehicle_total", "budget", "3.60", W, 34),
        ("three_public", None, "vehicle_operation", "budget", "3.60", W, 34),
    ],
    notes=(
        "Subject tables print no 合计 row: the first row, labelled with the department name in the 预算单位 "
        "column and no code, carries the totals; the figures key it as 'total'. In multi-unit departments each "
        "unit gets such a row followed by its own codes (codes repeat per unit) — should the extractor sum the "
        "units' code rows into department-level lines, or keep only the department row? 三公 (p34) prints a 2025 "
        "年 row, a 2026 年 row and 增减变化金额 and splits every item into "
        "一般公共预算/政府性基金预算/国有资本经营预算; the figures take the 2026 年 row's 一般公共预算 cells as "
        "'budget' (the other two sources are 0.00 here, so source-split vs summed is not yet tested). Left out: "
        "表8 一般公共预算支出表（按经济分类） (pp31–33) prints 301/30101… with 支出总计/基本支出/项目支出 — is "
        "it general_budget_basic (measure basic = its 基本支出 column) or a separate key? Also left out: 表2 "
        "收入总表 (p20, one row per unit, no codes: 一般公共预算拨款 column has no measure in the contract) and "
        "表4 基本支出总表 / 表5 项目支出总表 (not standard tables). 表3 total row: basic 9,206.23 + project "
        "1,531.45 = 10,737.68 vs total 10,737.69 (万元 rounding, within the 0.02 tolerance)."
    ),
)

SHENZHEN_FINANCE_UNIT_2026 = Doc(
    # A "（本级）" budget: the bureau's own unit, hence scope unit; same template as the 审计局 file.
    path="深圳市/2026年深圳市财政局部门预算.pdf",
    department="深圳市财政局",
    fiscal_year=2026,
    report_kind="budget",
    scope="unit",
    part="full",
    figures=[
        # 表1 收支总表, pp. 16–18
        ("summary", "income", "general_budget_appropriation", "budget", "36,989.05", W, 16),
        ("summary", "expenditure", "fn_201", "budget", "20,563.76", W, 16),
        ("summary", "expenditure", "fn_208", "budget", "1,405.31", W, 16),
        ("summary", "expenditure", "fn_213", "budget", "2,000.00", W, 17),
        ("summary", "expenditure", "fn_217", "budget", "10,000.00", W, 17),
        ("summary", "expenditure", "fn_221", "budget", "2,861.35", W, 17),
        ("summary", "income", "income_total", "budget", "36,989.05", W, 18),
        ("summary", "income", "carryover_begin", "budget", "396.83", W, 18),
        ("summary", "income", "grand_total", "budget", "37,385.88", W, 18),
        ("summary", "expenditure", "expenditure_total", "budget", "37,385.88", W, 18),
        ("summary", "expenditure", "grand_total", "budget", "37,385.88", W, 18),
        # 表3 支出总表, pp. 20–22 (first row "深圳市财政局（本级）" = total)
        ("expenditure", None, "total", "total", "37,385.88", W, 20),
        ("expenditure", None, "total", "basic", "11,024.31", W, 20),
        ("expenditure", None, "total", "project", "26,361.57", W, 20),
        ("expenditure", None, "20106", "project", "14,076.00", W, 20),
        ("expenditure", None, "2010605", "project", "1,585.88", W, 20),
        ("expenditure", None, "20808", "basic", "2.50", W, 21),
        ("expenditure", None, "213", "project", "2,000.00", W, 22),
        ("expenditure", None, "2170302", "total", "10,000.00", W, 22),
        # 表7 一般公共预算支出表（按功能分类）, pp. 31–32
        ("general_budget", None, "total", "total", "37,385.88", W, 31),
        ("general_budget", None, "201", "basic", "6,487.76", W, 31),
        ("general_budget", None, "2010602", "project", "11,732.23", W, 31),
        ("general_budget", None, "2080801", "total", "2.50", W, 32),
        ("general_budget", None, "217", "project", "10,000.00", W, 32),
        # 表9 三公, p. 38: the "2026 年" row, 一般公共预算 sub-columns
        ("three_public", None, "total", "budget", "58.46", W, 38),
        ("three_public", None, "overseas_travel", "budget", "41.60", W, 38),
        ("three_public", None, "reception", "budget", "9.46", W, 38),
        ("three_public", None, "vehicle_total", "budget", "7.40", W, 38),
        ("three_public", None, "vehicle_operation", "budget", "7.40", W, 38),
    ],
    notes=(
        "Identity case: cover and 部门名称 say 深圳市财政局（本级）, so scope unit. 表7 一般公共预算支出表 "
        "totals 37,385.88 although the 一般公共预算拨款 is 36,989.05: it includes the 396.83 财政拨款结余、结转 "
        "(as printed). Same open questions as the 审计局 file (department-name total row, 三公 by funding "
        "source)."
    ),
)

DOCUMENTS = [SHENZHEN_AUDIT_2026, SHENZHEN_FINANCE_UNIT_2026]
