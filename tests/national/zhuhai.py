"""珠海市 (Zhuhai) 2026 部门预算 — eye-checked figures.

Layout traits of the family (seen on the rendered pages) — the SAME template as 广州市 (guangzhou.py):
- Cover: "2026年" over "珠海市X部门预算" (a long name wraps: "…工务中心部门" / "预算") on a blank A4 portrait page.
  目录: 第一部分 概况, 第二部分 2026年部门预算表 (一、…十二、), 第三部分 情况说明, 第四部分 名词解释 — tables before
  the narrative; part full. Narrative A4 portrait 595x842, tables A4 landscape 842x595, no /Rotate.
- FILE NAMES LIE: 财政局_2026年部门预算.pdf is the budget of 珠海市政府投资交通市政项目工务中心 (cover, 目录 and every
  "单位名称：" say so).
- Twelve tables, "表N" right-aligned above the title, "单位名称：…" left / "单位：万元" right; 万元, two decimals,
  thousands separators, no 行次. Continuation pages repeat only the column header (no 表N / title / unit line). The
  first table page carries the heading "第二部分 2026年部门预算表".
- 收支总体情况表: income 一、预算拨款 … 七、附属单位上缴收入, then 本年收入合计, 上年结转结余, 收入总计; the
  expenditure side prints every 类 (with 0.00) numbered 一、…二十三、其他支出, then 二十四、对附属单位补助支出,
  二十五、上缴上级支出 (Zhuhai stops at 二十五; Guangzhou adds 债务还本/付息/转移性支出), 本年支出合计, 结转结余下年,
  支出总计. 财政拨款收支总体情况表: 一、一般公共预算 / 二、政府性基金预算 / 三、国有资本经营预算 vs 类 lines; it
  numbers "二十四、结转下年" in the class sequence, and swaps 二十、粮油物资储备支出 / 二十一、国有资本经营预算支出
  relative to table 1.
- 本年支出总体情况表 and 政府性基金预算支出情况表: 科目编码 | 科目名称 columns (7-digit codes in one cell);
  一般公共预算支出情况表 and the two economic tables: "[2011301]行政运行" codes inside the name cell. All subject
  tables start with a "合计" row.
- 三公 table 8: 行政经费, “三公”经费, 其中（一）因公出国（境）支出, （二）公务用车购置及运行维护支出, 1.购置费,
  2.运行维护费, （三）公务接待费支出 × 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算.
- One set of tables per PDF; 商务局 is a 汇总预算 (局本级 + 2 下属单位) but prints only department tables, the units
  appear only as rows of 收入总体情况表 and 表12.
"""

from __future__ import annotations

from national.figures import Doc

W = "万元"

ZHUHAI_COMMERCE_2026 = Doc(
    path="珠海市/2026年珠海市商务局部门预算.pdf",
    department="珠海市商务局",
    fiscal_year=2026,
    report_kind="budget",
    scope="department",
    part="full",
    figures=[
        # 表1 收支总体情况表, pp. 6–7
        ("summary", "income", "fiscal_appropriation", "budget", "46,402.33", W, 6),  # printed 一、预算拨款
        ("summary", "income", "other", "budget", "1.64", W, 6),
        ("summary", "expenditure", "fn_201", "budget", "42,753.31", W, 6),
        ("summary", "expenditure", "fn_208", "budget", "2,366.15", W, 6),
        ("summary", "expenditure", "fn_210", "budget", "185.89", W, 6),
        ("summary", "expenditure", "fn_215", "budget", "97.80", W, 6),
        ("summary", "expenditure", "fn_216", "budget", "20,904.83", W, 6),
        ("summary", "income", "income_total", "budget", "46,403.97", W, 7),
        ("summary", "income", "carryover_begin", "budget", "19,904.01", W, 7),
        ("summary", "income", "grand_total", "budget", "66,307.98", W, 7),
        ("summary", "expenditure", "expenditure_total", "budget", "66,307.98", W, 7),
        ("summary", "expenditure", "grand_total", "budget", "66,307.98", W, 7),
        # 表3 本年支出总体情况表, pp. 9–10
        ("expenditure", None, "total", "total", "66,307.98", W, 9),
        ("expenditure", None, "total", "basic", "7,519.44", W, 9),
        ("expenditure", None, "total", "project", "58,788.54", W, 9),
        ("expenditure", None, "201", "total", "42,753.31", W, 9),
        ("expenditure", None, "201", "basic", "4,967.40", W, 9),
        ("expenditure", None, "201", "project", "37,785.91", W, 9),
        ("expenditure", None, "20113", "total", "30,931.14", W, 9),
        ("expenditure", None, "20113", "project", "25,963.74", W, 9),
        ("expenditure", None, "2011301", "basic", "4,967.40", W, 9),
        ("expenditure", None, "2011399", "project", "25,713.45", W, 9),
        ("expenditure", None, "20805", "total", "2,364.87", W, 9),
        ("expenditure", None, "2089999", "total", "1.28", W, 10),
        ("expenditure", None, "2101103", "basic", "26.37", W, 10),
        ("expenditure", None, "21598", "project", "97.80", W, 10),
        ("expenditure", None, "216", "total", "20,904.83", W, 10),
        ("expenditure", None, "2169999", "total", "18,788.79", W, 10),
        # 表4 财政拨款收支总体情况表, pp. 11–12
        ("appropriation_summary", "income", "general_budget_appropriation", "budget", "46,402.33", W, 11),
        ("appropriation_summary", "expenditure", "fn_201", "budget", "41,350.29", W, 11),
        ("appropriation_summary", "expenditure", "fn_216", "budget", "2,500.00", W, 11),
        ("appropriation_summary", "income", "income_total", "budget", "46,402.33", W, 11),
        ("appropriation_summary", "expenditure", "expenditure_total", "budget", "46,402.33", W, 11),
        ("appropriation_summary", "income", "grand_total", "budget", "46,402.33", W, 12),
        ("appropriation_summary", "expenditure", "grand_total", "budget", "46,402.33", W, 12),
        # 表5 一般公共预算支出情况表（按功能分类科目）, pp. 13–14
        ("general_budget", None, "total", "total", "46,402.33", W, 13),
        ("general_budget", None, "total", "basic", "7,517.32", W, 13),
        ("general_budget", None, "total", "project", "38,885.01", W, 13),
        ("general_budget", None, "201", "total", "41,350.29", W, 13),
        ("general_budget", None, "20113", "total", "29,882.00", W, 13),
        ("general_budget", None, "20113", "basic", "4,965.28", W, 13),
        ("general_budget", None, "2011399", "project", "24,909.72", W, 13),
        ("general_budget", None, "20199", "project", "2,263.50", W, 13),
        ("general_budget", None, "2080505", "basic", "402.46", W, 13),
        ("general_budget", None, "210", "total", "185.89", W, 13),
        ("general_budget", None, "216", "total", "2,500.00", W, 14),
        ("general_budget", None, "2169999", "project", "2,500.00", W, 14),
        # 表6 一般公共预算基本支出情况表（按经济分类科目）, pp. 15–16 (one 预算 column = total)
        ("general_budget_basic", None, "total", "total", "7,517.32", W, 15),
        ("general_budget_basic", None, "301", "total", "5,132.74", W, 15),
        ("general_budget_basic", None, "30102", "total", "2,532.78", W, 15),
        ("general_budget_basic", None, "30111", "total", "48.05", W, 15),
        ("general_budget_basic", None, "302", "total", "524.04", W, 15),
        ("general_budget_basic", None, "30212", "total", "7.70", W, 15),
        ("general_budget_basic", None, "30239", "total", "118.17", W, 16),
        ("general_budget_basic", None, "303", "total", "1,802.38", W, 16),
        ("general_budget_basic", None, "310", "total", "58.16", W, 16),
        ("general_budget_basic", None, "31099", "total", "40.00", W, 16),
        # 表8 财政拨款安排的行政经费及“三公”经费预算表, p. 18 (合计 column)
        ("three_public", None, "total", "budget", "19.84", W, 18),
        ("three_public", None, "overseas_travel", "budget", "13.20", W, 18),
        ("three_public", None, "reception", "budget", "6.64", W, 18),
    ],
    notes=(
        "Summary income '一、预算拨款' keyed fiscal_appropriation (not named in the contract; table 4 shows it "
        "is the 财政拨款 total). 三公: 公务用车 lines are all 0.00 in this file (vehicle_* not testable here); "
        "'行政经费 10,884.55' left out — office_operation or not? 收入总体情况表 (p8, rows per unit: 合计 / "
        "珠海市商务局 / 珠海市贸易服务中心 / 珠海市会议展览局) left out."
    ),
)

ZHUHAI_WORKS_CENTRE_2026 = Doc(
    # File name says 财政局; the document is the 工务中心's budget.
    path="珠海市/财政局_2026年部门预算.pdf",
    department="珠海市政府投资交通市政项目工务中心",
    fiscal_year=2026,
    report_kind="budget",
    scope="department",
    part="full",
    figures=[
        ("summary", "income", "fiscal_appropriation", "budget", "7,552.81", W, 4),
        ("summary", "expenditure", "fn_212", "budget", "7,552.92", W, 4),
        ("summary", "income", "income_total", "budget", "7,552.81", W, 5),
        ("summary", "income", "carryover_begin", "budget", "0.11", W, 5),
        ("summary", "income", "grand_total", "budget", "7,552.92", W, 5),
        ("summary", "expenditure", "grand_total", "budget", "7,552.92", W, 5),
        ("expenditure", None, "total", "total", "7,552.92", W, 7),
        ("expenditure", None, "total", "project", "7,552.92", W, 7),
        ("expenditure", None, "21201", "total", "736.92", W, 7),
        ("expenditure", None, "2129801", "project", "6,816.00", W, 7),
        ("appropriation_summary", "income", "general_budget_appropriation", "budget", "736.81", W, 8),
        ("appropriation_summary", "income", "gov_fund_appropriation", "budget", "6,816.00", W, 8),
        ("appropriation_summary", "expenditure", "fn_212", "budget", "7,552.81", W, 8),
        ("appropriation_summary", "income", "grand_total", "budget", "7,552.81", W, 9),
        ("general_budget", None, "total", "total", "736.81", W, 10),
        ("general_budget", None, "2120106", "project", "736.81", W, 10),
        ("gov_fund", None, "total", "total", "6,816.00", W, 15),
        ("gov_fund", None, "212", "project", "6,816.00", W, 15),
        ("gov_fund", None, "21298", "total", "6,816.00", W, 15),
        ("gov_fund", None, "2129801", "total", "6,816.00", W, 15),
    ],
    notes=(
        "Identity case: the file name says 财政局, the document is 珠海市政府投资交通市政项目工务中心 (a "
        "公益二类 事业单位 publishing a 部门预算, hence scope department by the convention). 基本支出 is 0.00 "
        "everywhere (its wages are 项目支出: 表7 项目支出经济分类 lists 301 569.16), 表6 and the 三公 table are "
        "all zero, so this document carries no three_public / general_budget_basic figures. 表3's 21201 736.92 "
        "includes the 0.11 上年结转结余, 表5's 21201 is 736.81."
    ),
)

DOCUMENTS = [ZHUHAI_COMMERCE_2026, ZHUHAI_WORKS_CENTRE_2026]
