"""广州市 (Guangzhou) 2026 部门预算 — eye-checked figures.

Layout traits of the family (seen on the rendered pages):
- Cover: "2026年" over "广州市X局部门预算" on a blank A4 portrait page. 目录: 第一部分 概况, 第二部分 2026年部门预算表
  (一、…十二、), 第三部分 情况说明, 第四部分 名词解释 — the tables come BEFORE the narrative; one PDF = part full.
  Narrative pages A4 portrait 595x842, table pages A4 landscape 842x595 (no /Rotate).
- Twelve tables, each with "表N" (no space) right-aligned above the centred title, then "单位名称：广州市X局" left and
  "单位：万元" right; 万元, two decimals, thousands separators, no 行次. 1 收支总体情况表, 2 收入总体情况表, 3
  本年支出总体情况表, 4 财政拨款收支总体情况表, 5 一般公共预算支出情况表（按功能分类科目）, 6
  一般公共预算基本支出情况表（按经济分类科目）, 7 一般公共预算项目支出情况表（按经济分类科目）, 8
  财政拨款安排的行政经费及“三公”经费预算表, 9 政府性基金预算支出情况表, 10 国有资本经营预算支出情况表, 11
  部门预算基本支出预算表, 12 部门预算项目支出及其他支出预算表. The first table page also carries the part heading
  "第二部分 2026年部门预算表" above "表1".
- Continuation pages repeat ONLY the column header — no "表N", no title, no 单位名称/单位 line.
- 收支总体情况表 / 财政拨款收支总体情况表: 收入 | 支出 blocks, one "预算" column each. Income lines 一、预算拨款 (=
  财政拨款; table 4 splits it into 一、一般公共预算 / 二、政府性基金预算 / 三、国有资本经营预算), 二、财政专户拨款,
  三、事业收入, 四、事业单位经营收入, 五、其他收入, 六、上级补助收入, 七、附属单位上缴收入. The expenditure side
  prints ALL 类 with 0.00 (一、一般公共服务支出 … 二十三、其他支出) and then, numbered in the same sequence,
  non-functional lines: 二十四、对附属单位补助支出, 二十五、上缴上级支出, 二十六、债务还本支出, 二十七、债务付息支出,
  二十八、转移性支出; 二十、国有资本经营预算支出 is class 223. Table 4 numbers "二十七、结转下年" like a class line.
  类 only, no 款/项 on the summary.
- 本年支出总体情况表: header 功能分类科目 (科目编码 | 科目名称) | 合计 | 基本支出 | 项目支出 | 事业单位经营支出 |
  对附属单位补助支出 | 上缴上级支出; a "合计" row first; codes in one column (2010501), names indented.
- 一般公共预算支出情况表: codes inside the name cell as "[201]一般公共服务支出", "[2010501]行政运行"; header
  一般公共预算支出 over 小计 | 其中：基本支出 | 项目支出. Tables 6/7 likewise "[301]工资福利支出" with one "预算"
  column.
- 收入总体情况表: one row per unit (合计 then each unit: 局 itself, 中心 …), no codes; columns 合计 | 财政拨款收入
  (一般公共预算 / 政府性基金预算 / 国有资本经营预算) | 财政专户拨款收入 (教育收费 / 其他专户收入拨款) | 其他资金收入
  (事业收入 / 事业单位经营收入 / 其他收入) | 上级补助收入 | 附属单位上缴收入 | 上年结转结余.
- 三公 table 8: rows 行政经费, “三公”经费, 其中：（一）因公出国（境）支出, （二）公务用车购置及运行维护支出,
  1.公务用车购置费, 2.公务用车运行维护费, （三）公务接待费支出; columns 合计 | 一般公共预算 | 政府性基金预算 |
  国有资本经营预算. No 会议费/培训费.
- One set of tables per PDF, also for the 100+-page 卫健委 and 生态环境局 (their length is narrative and 项目 tables);
  every Guangzhou file has 13–14 "单位名称：" table headings.
- "注：无。" under most tables.
"""

from __future__ import annotations

from national.figures import Doc

W = "万元"

GUANGZHOU_STATISTICS_2026 = Doc(
    path="广州市/统计局_2026年部门预算.pdf",
    department="广州市统计局",
    fiscal_year=2026,
    report_kind="budget",
    scope="department",
    part="full",
    figures=[
        # 表1 收支总体情况表, pp. 6–7
        ("summary", "income", "fiscal_appropriation", "budget", "9,433.72", W, 6),  # printed 一、预算拨款
        ("summary", "income", "other", "budget", "50.00", W, 6),
        ("summary", "expenditure", "fn_201", "budget", "8,295.28", W, 6),
        ("summary", "expenditure", "fn_208", "budget", "370.17", W, 6),
        ("summary", "expenditure", "fn_210", "budget", "4.15", W, 6),
        ("summary", "expenditure", "fn_221", "budget", "764.12", W, 6),
        ("summary", "expenditure", "fn_229", "budget", "50.00", W, 7),
        ("summary", "income", "income_total", "budget", "9,483.72", W, 7),
        ("summary", "expenditure", "expenditure_total", "budget", "9,483.72", W, 7),
        ("summary", "income", "grand_total", "budget", "9,483.72", W, 7),
        ("summary", "expenditure", "grand_total", "budget", "9,483.72", W, 7),
        # 表2 收入总体情况表, p. 8 (合计 row)
        ("income", None, "total", "total", "9,483.72", W, 8),
        ("income", None, "total", "other", "50.00", W, 8),
        # 表3 本年支出总体情况表, pp. 9–10
        ("expenditure", None, "total", "total", "9,483.72", W, 9),
        ("expenditure", None, "total", "basic", "8,401.67", W, 9),
        ("expenditure", None, "total", "project", "1,082.05", W, 9),
        ("expenditure", None, "201", "total", "8,295.28", W, 9),
        ("expenditure", None, "201", "basic", "7,263.23", W, 9),
        ("expenditure", None, "201", "project", "1,032.05", W, 9),
        ("expenditure", None, "20105", "total", "8,295.28", W, 9),
        ("expenditure", None, "2010501", "basic", "6,453.03", W, 9),
        ("expenditure", None, "2010507", "project", "611.02", W, 9),
        ("expenditure", None, "20805", "total", "349.25", W, 9),
        ("expenditure", None, "2080506", "total", "87.91", W, 9),
        ("expenditure", None, "2100799", "basic", "4.15", W, 9),
        ("expenditure", None, "22102", "total", "764.12", W, 9),
        ("expenditure", None, "2210203", "total", "566.53", W, 10),
        ("expenditure", None, "229", "project", "50.00", W, 10),
        ("expenditure", None, "2299999", "total", "50.00", W, 10),
        # 表4 财政拨款收支总体情况表, pp. 11–12
        ("appropriation_summary", "income", "general_budget_appropriation", "budget", "9,433.72", W, 11),
        ("appropriation_summary", "expenditure", "fn_201", "budget", "8,295.28", W, 11),
        ("appropriation_summary", "expenditure", "fn_208", "budget", "370.17", W, 11),
        ("appropriation_summary", "expenditure", "fn_221", "budget", "764.12", W, 11),
        ("appropriation_summary", "income", "income_total", "budget", "9,433.72", W, 12),
        ("appropriation_summary", "expenditure", "expenditure_total", "budget", "9,433.72", W, 12),
        ("appropriation_summary", "income", "grand_total", "budget", "9,433.72", W, 12),
        ("appropriation_summary", "expenditure", "grand_total", "budget", "9,433.72", W, 12),
        # 表5 一般公共预算支出情况表（按功能分类科目）, p. 13 (小计 = total)
        ("general_budget", None, "total", "total", "9,433.72", W, 13),
        ("general_budget", None, "total", "basic", "8,401.67", W, 13),
        ("general_budget", None, "total", "project", "1,032.05", W, 13),
        ("general_budget", None, "201", "project", "1,032.05", W, 13),
        ("general_budget", None, "2010505", "project", "388.56", W, 13),
        ("general_budget", None, "208", "total", "370.17", W, 13),
        ("general_budget", None, "20801", "basic", "20.92", W, 13),
        ("general_budget", None, "2080502", "total", "39.91", W, 13),
        ("general_budget", None, "21007", "total", "4.15", W, 13),
        ("general_budget", None, "2210201", "basic", "197.59", W, 13),
        # 表6 一般公共预算基本支出情况表（按经济分类科目）, pp. 14–15 (one 预算 column = total)
        ("general_budget_basic", None, "total", "total", "8,401.67", W, 14),
        ("general_budget_basic", None, "301", "total", "7,131.66", W, 14),
        ("general_budget_basic", None, "30101", "total", "927.35", W, 14),
        ("general_budget_basic", None, "30107", "total", "259.66", W, 14),
        ("general_budget_basic", None, "302", "total", "556.47", W, 14),
        ("general_budget_basic", None, "30217", "total", "8.16", W, 14),
        ("general_budget_basic", None, "30231", "total", "6.70", W, 15),
        ("general_budget_basic", None, "303", "total", "701.04", W, 15),
        ("general_budget_basic", None, "30302", "total", "601.87", W, 15),
        ("general_budget_basic", None, "310", "total", "12.50", W, 15),
        # 表8 财政拨款安排的行政经费及“三公”经费预算表, p. 17 (合计 column; = 一般公共预算 column here)
        ("three_public", None, "total", "budget", "19.86", W, 17),
        ("three_public", None, "overseas_travel", "budget", "5.00", W, 17),
        ("three_public", None, "vehicle_total", "budget", "6.70", W, 17),
        ("three_public", None, "vehicle_operation", "budget", "6.70", W, 17),
        ("three_public", None, "reception", "budget", "8.16", W, 17),
    ],
    notes=(
        "Summary income line '一、预算拨款' keyed as fiscal_appropriation (table 4 shows it is the 一般公共预算 "
        "+ 政府性基金 + 国有资本经营 appropriation) — the contract does not name 预算拨款; confirm. 三公 table's "
        "first row '行政经费 839.21' is left out: is 行政经费 the contract's office_operation (机关运行经费)? "
        "Its row '“三公”经费 19.86' is keyed total (= 5.00 + 6.70 + 8.16). Measure 'budget' taken from the 合计 "
        "column (its 一般公共预算 column prints the same values here). 收入总体情况表 (p8) lists units, not "
        "codes: only its 合计 row is used (measures total and other = 其他资金收入/其他收入); which measure its "
        "一般公共预算 column should get is open. Summary expenditure side also prints non-functional lines in "
        "the same 一、二、… numbering (二十四、对附属单位补助支出 … 二十八、转移性支出) — not fn_ lines. 表6 302 "
        "商品和服务支出 556.47 vs Σ款 556.46 (万元 rounding, within tolerance)."
    ),
)

DOCUMENTS = [GUANGZHOU_STATISTICS_2026]
