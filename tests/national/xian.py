"""西安市 (Xi'an) — eye-checked figures of a 2022 部门决算 and a 2026 部门预算.

Layout traits of the family (seen on the rendered pages):
- FILE NAMES LIE: every file is named "…_2026年部门预算.pdf" or "2026年西安市…部门预算.pdf", but the folder holds
  budgets of 2019–2026 and one 2022 决算 (卫生健康委员会_2026年部门预算.pdf, 171 pages).
- Budgets 2026 (审计局, 44 pages, all pages landscape 842x595 except the A4-portrait narrative): cover
  "西安市审计局（汇总）" / "2026年部门预算公开说明"; narrative 第一…第四部分, then "第五部分：部门预算公开报表" with a
  报表目录 (表1…表16, 是否空表, 表格为空的理由). Titles "部门综合预算收支总表", "部门综合预算收入总表", "…支出总表",
  "…财政拨款收支总表", "…一般公共预算支出明细表（按支出功能分类科目）", "…（按支出经济分类科目）",
  "…一般公共预算基本支出明细表（按支出功能/经济分类科目）", "…政府性基金收支表", "…专项业务经费支出表",
  "…财政拨款上年结转资金支出表", "…政府采购（资产配置、购买服务）预算表",
  "…一般公共预算拨款“三公”经费及会议费、培训费支出预算表", then 绩效目标表. "表N" top-left above the title, "单位：元"
  right; amounts in 元 with two decimals; blank = 0; no 行次, no department line on the table pages.
- Budget 收支总表 / 财政拨款收支总表: FOUR side-by-side blocks — 收入 | 支出功能分类科目（按大类） |
  部门预算支出经济分类科目（按大类） | 政府预算支出经济分类科目（按大类）, each with a 预算数 column; the three
  expenditure blocks repeat 本年支出合计 and 支出总计. Classes numbered "1、一般公共服务支出 … 24、其他支出" (a
  running number, not the code: 9、社会保险基金支出). Income: 一、部门预算 (= 本年收入合计) / 1、财政拨款 /
  (1)一般公共预算拨款 / 其中：专项资金列入部门预算的项目 / (2)政府性基金拨款 / (3)国有资本经营预算收入 /
  2、上级补助收入 / 3、事业收入 … 6、其他收入; then 本年收入合计, 使用非财政拨款结余, 上年实户资金余额, 上年结转 (其中
  财政拨款资金结转 / 非财政拨款资金结余), 收入总计.
- Budget 收入总表 / 支出总表 are by UNIT, not by subject code: rows 合计 / "117 西安市审计局" / "117001 西安市审计局"
  (3- and 6-digit UNIT codes that look like subject codes!) × funding-source columns. There is no 支出总表 by function
  with 基本支出/项目支出; the functional breakdown is 表5 with 合计 | 人员经费支出 | 公用经费支出 | 专项业务经费支出
  (Xi'an's word for 项目支出) | 备注, codes in one column indented by level (201 / 20108 / 2010801).
- Budget 经济分类 tables (表6, 表8) print both the 部门经济科目编码 (301/30101) and the 政府经济科目编码 (501/50101)
  in separate columns.
- Budget 三公 (表13): one row per unit (合计 / 117 / 117001) × three blocks 上年 | 当年 | 增减变化情况, each 合计 |
  一般公共预算拨款安排的“三公”经费预算 (小计 | 因公出国（境）费用 | 公务接待费 | 公务用车购置及运行维护费 (小计 |
  购置费 | 运行维护费)) | 会议费 | 培训费. The block 合计 includes 会议费/培训费; the 三公 小计 is printed separately.
- 决算 2022 (卫健委 汇总): A4 portrait narrative (cover "西安市卫生健康委员会（汇总）" / "2022年度部门决算"), then
  "第三部分 2022年度部门决算表" with a 目录 (表1…表9, 是否空表, 理由) and the nine national 决算 tables
  公开01表…公开09表 on landscape pages 146–161: title centred, "公开0N表" right,
  "编制部门：西安市卫生健康委员会（汇总）" left, "金额单位：万元" right; 行次 and 栏次 rows in the summary tables,
  栏次 row in the subject tables; codes in one 科目代码 column; 合计 row first; continuation pages repeat the header
  (no title). Blank cells for zero. 公开06表 is the three-panel (301/303 | 302/307 | 310/312/399) layout with footer
  人员经费合计 / 公用经费合计. 公开09表: rows 预算数 / 决算数 × 三公 小计 | 因公出国（境）费用 | 公务用车 (小计 |
  购置费 | 运行维护费) | 公务接待费 | 会议费 | 培训费 — 会议费/培训费 are separate columns, NOT inside 小计. Only the
  department (汇总) set is printed (no per-unit sets); pages 162–171 are 名词解释 and 绩效评价 annexes.
"""

from __future__ import annotations

from national.figures import Doc

W = "万元"
Y = "元"

XIAN_HEALTH_FINAL_2022 = Doc(
    # File name says 2026年部门预算; the document is the 2022 决算.
    path="西安市/卫生健康委员会_2026年部门预算.pdf",
    department="西安市卫生健康委员会",
    fiscal_year=2022,
    report_kind="final_account",
    scope="department",
    part="full",
    figures=[
        # 公开01表 收入支出决算总表, p. 146
        ("summary", "income", "general_budget_appropriation", "final", "296,030.91", W, 146),
        ("summary", "income", "gov_fund_appropriation", "final", "509,220.66", W, 146),
        ("summary", "income", "business", "final", "1,110,972.11", W, 146),
        ("summary", "income", "other", "final", "98,870.55", W, 146),
        ("summary", "income", "income_total", "final", "2,015,094.22", W, 146),
        ("summary", "income", "carryover_begin", "final", "465,278.48", W, 146),
        ("summary", "income", "grand_total", "final", "2,480,372.70", W, 146),
        ("summary", "expenditure", "fn_201", "final", "56.00", W, 146),
        ("summary", "expenditure", "fn_205", "final", "5,590.29", W, 146),
        ("summary", "expenditure", "fn_208", "final", "14,994.95", W, 146),
        ("summary", "expenditure", "fn_210", "final", "1,474,833.23", W, 146),
        ("summary", "expenditure", "fn_221", "final", "11,435.91", W, 146),
        ("summary", "expenditure", "fn_229", "final", "568,051.63", W, 146),
        ("summary", "expenditure", "expenditure_total", "final", "2,074,962.01", W, 146),
        ("summary", "expenditure", "surplus_distribution", "final", "6,374.88", W, 146),
        ("summary", "expenditure", "carryover_end", "final", "399,035.80", W, 146),
        ("summary", "expenditure", "grand_total", "final", "2,480,372.70", W, 146),
        # 公开02表 收入决算表, p. 147
        ("income", None, "total", "total", "2,015,094.22", W, 147),
        ("income", None, "total", "fiscal_appropriation", "805,251.56", W, 147),
        ("income", None, "total", "business", "1,110,972.11", W, 147),
        ("income", None, "total", "other", "98,870.55", W, 147),
        ("income", None, "205", "total", "5,624.16", W, 147),
        ("income", None, "205", "business", "720.50", W, 147),
        ("income", None, "20503", "fiscal_appropriation", "3,301.03", W, 147),
        ("income", None, "2080505", "other", "0.03", W, 147),
        ("income", None, "210", "total", "1,473,762.54", W, 147),
        # 公开03表 支出决算表, pp. 150–152
        ("expenditure", None, "total", "total", "2,074,962.01", W, 150),
        ("expenditure", None, "total", "basic", "1,168,039.29", W, 150),
        ("expenditure", None, "total", "project", "906,922.72", W, 150),
        ("expenditure", None, "205", "total", "5,590.29", W, 150),
        ("expenditure", None, "205", "basic", "3,970.81", W, 150),
        ("expenditure", None, "205", "project", "1,619.48", W, 150),
        ("expenditure", None, "20503", "project", "1,193.71", W, 150),
        ("expenditure", None, "2050803", "basic", "22.43", W, 150),
        ("expenditure", None, "210", "project", "337,251.61", W, 150),
        ("expenditure", None, "21002", "total", "1,295,897.69", W, 151),
        ("expenditure", None, "2100201", "basic", "852,633.08", W, 151),
        ("expenditure", None, "2100207", "project", "50,004.65", W, 151),
        ("expenditure", None, "2101102", "project", "4,043.00", W, 152),
        ("expenditure", None, "2210203", "total", "1,182.70", W, 152),
        ("expenditure", None, "229", "project", "568,051.63", W, 152),
        # 公开04表 财政拨款收入支出决算总表, p. 153
        ("appropriation_summary", "income", "general_budget_appropriation", "final", "296,030.91", W, 153),
        ("appropriation_summary", "income", "gov_fund_appropriation", "final", "509,220.66", W, 153),
        ("appropriation_summary", "income", "income_total", "final", "805,251.56", W, 153),
        ("appropriation_summary", "income", "carryover_begin", "final", "58,926.37", W, 153),
        ("appropriation_summary", "income", "grand_total", "final", "864,177.93", W, 153),
        ("appropriation_summary", "expenditure", "fn_210", "total", "271,800.87", W, 153),
        ("appropriation_summary", "expenditure", "fn_210", "general_budget", "271,800.87", W, 153),
        ("appropriation_summary", "expenditure", "fn_229", "gov_fund", "568,051.63", W, 153),
        ("appropriation_summary", "expenditure", "expenditure_total", "total", "864,099.38", W, 153),
        ("appropriation_summary", "expenditure", "expenditure_total", "general_budget", "296,047.75", W, 153),
        ("appropriation_summary", "expenditure", "carryover_end", "total", "78.55", W, 153),
        ("appropriation_summary", "expenditure", "grand_total", "general_budget", "296,126.29", W, 153),
        # 公开05表 一般公共预算财政拨款支出决算表, pp. 154–156 (小计 = total)
        ("general_budget", None, "total", "total", "296,047.75", W, 154),
        ("general_budget", None, "total", "basic", "98,606.29", W, 154),
        ("general_budget", None, "total", "project", "197,441.45", W, 154),
        ("general_budget", None, "205", "project", "1,439.81", W, 154),
        ("general_budget", None, "20503", "basic", "2,286.99", W, 154),
        ("general_budget", None, "2080505", "total", "6,897.94", W, 154),
        ("general_budget", None, "210", "total", "271,800.87", W, 154),
        ("general_budget", None, "210", "basic", "75,799.23", W, 154),
        ("general_budget", None, "21011", "project", "6,190.86", W, 156),
        ("general_budget", None, "2101102", "basic", "611.08", W, 156),
        ("general_budget", None, "221", "total", "8,630.85", W, 156),
        # 公开06表 一般公共预算财政拨款基本支出决算表, pp. 157–158 (three panels, one 决算数 column each)
        ("general_budget_basic", None, "301", "total", "92,835.98", W, 157),
        ("general_budget_basic", None, "30101", "total", "32,390.68", W, 157),
        ("general_budget_basic", None, "30107", "total", "24,198.72", W, 157),
        ("general_budget_basic", None, "302", "total", "2,085.91", W, 157),
        ("general_budget_basic", None, "30231", "total", "450.96", W, 157),
        ("general_budget_basic", None, "303", "total", "3,677.23", W, 157),
        ("general_budget_basic", None, "30305", "total", "1,257.39", W, 157),
        ("general_budget_basic", None, "310", "total", "7.17", W, 157),
        ("general_budget_basic", None, "30239", "total", "274.54", W, 158),
        ("general_budget_basic", None, "total", "personnel", "96,513.21", W, 158),
        ("general_budget_basic", None, "total", "public", "2,093.08", W, 158),
        # 公开07表 政府性基金预算财政拨款收入支出决算表, p. 159
        ("gov_fund", None, "total", "total", "568,051.63", W, 159),
        ("gov_fund", None, "229", "project", "568,051.63", W, 159),
        ("gov_fund", None, "2290402", "total", "568,051.63", W, 159),
        # 公开09表 财政拨款“三公”经费及会议费、培训费支出决算表, p. 161 (小计 = the 三公 sum; 因公出国 blank)
        ("three_public", None, "total", "budget", "593.46", W, 161),
        ("three_public", None, "vehicle_total", "budget", "591.60", W, 161),
        ("three_public", None, "vehicle_operation", "budget", "455.12", W, 161),
        ("three_public", None, "reception", "budget", "1.86", W, 161),
        ("three_public", None, "total", "final", "587.55", W, 161),
        ("three_public", None, "vehicle_total", "final", "587.44", W, 161),
        ("three_public", None, "vehicle_purchase", "final", "136.48", W, 161),
        ("three_public", None, "vehicle_operation", "final", "450.96", W, 161),
        ("three_public", None, "reception", "final", "0.11", W, 161),
    ],
    notes=(
        "Identity case: file name says 2026年部门预算, cover says （汇总）2022年度部门决算. 三公 (p161) prints "
        "会议费 86.81 / 培训费 2,795.78 in their own columns beside the 三公 小计 (587.55 = 136.48 + 450.96 + "
        "0.11); no contract key for 会议费/培训费, left out. 公开07表 (p159) columns 年初结转和结余 58,830.98 / "
        "本年收入 509,220.66 / 年末结转和结余 have no measure in the contract; only its 本年支出 小计 (total) "
        "and 项目支出 (project) are used. Rounding only (万元): 支出决算表 205 5,590.29 vs Σ款 5,590.28, 21001 "
        "5,363.08 vs 5,363.07, 21004 148,533.59 vs 148,533.58; 一般公共预算表 210 271,800.87 vs Σ 271,800.88; "
        "基本支出 302 2,085.91 vs Σ 2,085.89; 收入决算表 205 total 5,624.16 vs its columns 5,624.15 — all within "
        "the one-unit-per-addend tolerance."
    ),
)

XIAN_AUDIT_BUDGET_2026 = Doc(
    path="西安市/2026年西安市审计局部门预算.pdf",
    department="西安市审计局",
    fiscal_year=2026,
    report_kind="budget",
    scope="department",
    part="full",
    figures=[
        # 表1 部门综合预算收支总表, p. 22 (income block and 支出功能分类 block)
        ("summary", "income", "fiscal_appropriation", "budget", "40,052,896.08", Y, 22),
        ("summary", "income", "general_budget_appropriation", "budget", "40,052,896.08", Y, 22),
        ("summary", "income", "other", "budget", "1,000,000.00", Y, 22),
        ("summary", "income", "income_total", "budget", "41,052,896.08", Y, 22),
        ("summary", "income", "grand_total", "budget", "42,034,723.58", Y, 22),
        ("summary", "expenditure", "fn_201", "budget", "31,722,917.00", Y, 22),
        ("summary", "expenditure", "fn_205", "budget", "210,000.00", Y, 22),
        ("summary", "expenditure", "fn_208", "budget", "4,635,589.86", Y, 22),
        ("summary", "expenditure", "fn_210", "budget", "1,862,209.16", Y, 22),
        ("summary", "expenditure", "fn_221", "budget", "3,604,007.56", Y, 22),
        ("summary", "expenditure", "expenditure_total", "budget", "42,034,723.58", Y, 22),
        ("summary", "expenditure", "grand_total", "budget", "42,034,723.58", Y, 22),
        # 表3 部门综合预算支出总表, p. 24 (by unit; only the 合计 row / 合计 column)
        ("expenditure", None, "total", "total", "42,034,723.58", Y, 24),
        # 表4 部门综合预算财政拨款收支总表, p. 25
        ("appropriation_summary", "income", "fiscal_appropriation", "budget", "40,052,896.08", Y, 25),
        ("appropriation_summary", "income", "general_budget_appropriation", "budget", "40,052,896.08", Y, 25),
        ("appropriation_summary", "expenditure", "fn_201", "budget", "29,741,089.50", Y, 25),
        ("appropriation_summary", "expenditure", "fn_208", "budget", "4,635,589.86", Y, 25),
        ("appropriation_summary", "expenditure", "fn_221", "budget", "3,604,007.56", Y, 25),
        ("appropriation_summary", "income", "income_total", "budget", "40,052,896.08", Y, 25),
        ("appropriation_summary", "expenditure", "expenditure_total", "budget", "40,052,896.08", Y, 25),
        ("appropriation_summary", "income", "grand_total", "budget", "40,052,896.08", Y, 25),
        ("appropriation_summary", "expenditure", "grand_total", "budget", "40,052,896.08", Y, 25),
        # 表5 一般公共预算支出明细表（按支出功能分类科目）, p. 26
        ("general_budget", None, "total", "total", "40,052,896.08", Y, 26),
        ("general_budget", None, "total", "personnel", "31,558,364.40", Y, 26),
        ("general_budget", None, "total", "public", "1,985,851.68", Y, 26),
        ("general_budget", None, "total", "project", "6,508,680.00", Y, 26),  # printed 专项业务经费支出
        ("general_budget", None, "201", "total", "29,741,089.50", Y, 26),
        ("general_budget", None, "201", "project", "6,358,680.00", Y, 26),
        ("general_budget", None, "20108", "personnel", "21,523,949.82", Y, 26),
        ("general_budget", None, "2010801", "public", "1,858,459.68", Y, 26),
        ("general_budget", None, "2050803", "project", "150,000.00", Y, 26),
        ("general_budget", None, "2080501", "total", "530,476.00", Y, 26),
        ("general_budget", None, "2101103", "personnel", "991,200.29", Y, 26),
        ("general_budget", None, "221", "total", "3,604,007.56", Y, 26),
        ("general_budget", None, "2210203", "total", "1,250,610.74", Y, 26),
        # 表8 一般公共预算基本支出明细表（按支出经济分类科目）, p. 30
        ("general_budget_basic", None, "total", "total", "33,544,216.08", Y, 30),
        ("general_budget_basic", None, "total", "personnel", "31,558,364.40", Y, 30),
        ("general_budget_basic", None, "total", "public", "1,985,851.68", Y, 30),
        ("general_budget_basic", None, "301", "total", "29,812,828.40", Y, 30),
        ("general_budget_basic", None, "30101", "personnel", "7,059,565.80", Y, 30),
        ("general_budget_basic", None, "302", "total", "3,055,383.68", Y, 30),
        ("general_budget_basic", None, "302", "public", "1,885,851.68", Y, 30),
        ("general_budget_basic", None, "30231", "public", "82,000.00", Y, 30),
        ("general_budget_basic", None, "303", "total", "576,004.00", Y, 30),
        ("general_budget_basic", None, "310", "public", "100,000.00", Y, 30),
        # 表13 “三公”经费及会议费、培训费支出预算表, p. 35: 合计 row, 当年 block, 三公 columns
        ("three_public", None, "total", "budget", "102,000.00", Y, 35),
        ("three_public", None, "reception", "budget", "20,000.00", Y, 35),
        ("three_public", None, "vehicle_total", "budget", "82,000.00", Y, 35),
        ("three_public", None, "vehicle_operation", "budget", "82,000.00", Y, 35),
    ],
    notes=(
        "表5's 专项业务经费支出 column is keyed project (Xi'an's name for 项目支出; 表10 is the "
        "专项业务经费支出表) and its 人员经费支出/公用经费支出 columns personnel/public; no basic column is "
        "printed — confirm. 表3 支出总表 is by unit and funding source (rows 合计 / 117 / 117001 are UNIT codes, "
        "not subject codes): only its 合计/合计 cell is used; there is no expenditure table by function with "
        "基本/项目. Summary: '一、部门预算' lines (income 41,052,896.08 = 本年收入合计; expenditure "
        "42,034,723.58) and '上年实户资金余额 981,827.50' (carryover_begin? it is the unspent balance of the "
        "unit's own account) left out; the two economic-classification blocks of 表1/表4 are not used. 三公 "
        "(表13) figures are the 当年 block; its block 合计 332,000.00 includes 会议费 20,000 and 培训费 210,000 "
        "and is NOT three_public total (the 三公 小计 102,000.00 is). 表8 302 商品和服务支出 puts 30239 "
        "其他交通费用 1,169,532.00 under 人员经费支出 (302 personnel 1,169,532.00) — as printed."
    ),
)

DOCUMENTS = [XIAN_HEALTH_FINAL_2022, XIAN_AUDIT_BUDGET_2026]
