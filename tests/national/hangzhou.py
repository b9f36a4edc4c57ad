"""杭州市 (Zhejiang 市级部门预算 template) — eye-checked figures.

Layout traits seen (气象局 rendered; 交通运输局 / 公安局 text layers):
- Cover page 1: `杭州市X / 2026 年度部门预算` on two lines, nothing else.  Page 2 目录 lists 一、部门概况,
  二、…部门预算安排情况说明, 三、名词解释 and the eleven tables (`表1.2026年市级部门收支预算总表` …).  Narrative first,
  tables at the end (气象局 pp. 15-25) — one file, part `full`.  Page footer: a bare page number.
- Table titles: `表N：2026年市级部门<name>` (full-width colon, year inside the title): 表1 收支预算总表,
  表2 收入预算总表, 表3 支出预算总表, 表4 财政拨款收支预算总表, 表5 一般公共预算支出预算表, 表6 一般公共预算基本
  支出预算表, 表7 一般公共预算“三公”经费预算表, 表8 政府性基金预算支出预算表, 表9 国有资本经营预算支出预算表,
  表10 项目支出预算表, 表11 项目支出绩效表.  Under the title `部门名称：杭州市X` left and `单位：万元` right.
- NO CLASSIFICATION CODES anywhere: subject rows print only the name (功能分类科目名称 / 经济分类科目名称), the level
  shown by full-width-space indentation (类 flush, 款 one step, 项 two steps).  The 合计 row comes first.
- A column-number row `** | 1 | 2 | …` under every multi-column header (栏次 without the word).
- 表1/表4 two-sided summaries: the expenditure side lists the whole 类/款/项 tree by name (not 30 numbered class
  lines); income side `一、财政拨款` with indented `一般公共预算 / 政府性基金预算 / 国有资本经营预算`, then
  二、财政专户管理资金 … 七、其他收入; 表4 expenditure side opens with `一、本年支出合计`.
- 表3 支出预算总表: 总计 | 基本支出(人员支出 | 日常公用支出) | 项目支出 | 事业单位经营支出 | 上缴上级支出 |
  对附属单位补助支出 — no 基本支出 subtotal column.  表5: 合计 | 基本支出(小计 | 人员经费 | 日常公用支出) | 项目支出.
  表6: 合计 | 人员经费 | 日常公用支出 (banner 本年一般公共预算基本支出); 对个人和家庭的补助 has amounts in both.
- 表2 收入预算总表 and 表7 三公 are keyed by 单位名称 (合计, the department, then each unit), not by subject.
  表7 三公: 单位名称 | “三公”经费合计 | 因公出国(境)费用 | 公务用车购置及运行费(小计 | 购置费 | 运行维护费) |
  公务接待费 — no 会议费/培训费; blank (not 0.00) where nothing is budgeted; 因公出国 is blank in all three files
  (not compiled at the start of the year, the narrative says).
- Amounts 万元, two decimals, thousands commas in 气象局; 交通运输局 mixes forms on one page (`636376.38`,
  `221,493.00`, `626.9`, `791`) and wraps wide numbers inside the cell (`576,171.1` / `1`).
- A4 portrait for 表1, 4, 5, 6, 7, 8, 9; landscape (842x595, /Rotate 0) for 表2, 3, 10, 11.  Long tables continue
  with no repeated header (交通运输局 表1 pp. 22-23, 表3 pp. 26-27, 表5 pp. 30-31).
- Footnote under 表1: `注：本套报表若明细数加计之和与合计数有尾差，系套表金额转换时四舍五入造成，不另行调整。`
  (e.g. 表3 p17: 2,906.80 + 838.27 + 2,131.61 = 5,876.68 vs 合计 5,876.67).
"""

from national.figures import Doc

W = "万元"

DOCUMENTS = [
    Doc(
        path="杭州市/2026年杭州市气象局部门预算.pdf",
        department="杭州市气象局",
        fiscal_year=2026,
        report_kind="budget",
        scope="department",
        part="full",
        figures=[
            # 表1 收支预算总表, p15
            ("summary", "income", "fiscal_appropriation", "budget", "5,753.07", W, 15),
            ("summary", "income", "general_budget_appropriation", "budget", "5,753.07", W, 15),
            ("summary", "income", "other", "budget", "123.61", W, 15),
            ("summary", "income", "income_total", "budget", "5,876.67", W, 15),
            ("summary", "income", "grand_total", "budget", "5,876.67", W, 15),
            ("summary", "expenditure", "fn_206", "budget", "28.00", W, 15),
            ("summary", "expenditure", "fn_208", "budget", "396.67", W, 15),
            ("summary", "expenditure", "fn_210", "budget", "80.52", W, 15),
            ("summary", "expenditure", "fn_220", "budget", "5,371.48", W, 15),
            ("summary", "expenditure", "expenditure_total", "budget", "5,876.67", W, 15),
            ("summary", "expenditure", "grand_total", "budget", "5,876.67", W, 15),
            # 表2 收入预算总表, p16 (rows are units; 合计 row only)
            ("income", None, "total", "total", "5,876.67", W, 16),
            ("income", None, "total", "other", "123.61", W, 16),
            # 表3 支出预算总表, p17 (类 rows keyed by the class code of their printed name)
            ("expenditure", None, "total", "total", "5,876.67", W, 17),
            ("expenditure", None, "total", "personnel", "2,906.80", W, 17),
            ("expenditure", None, "total", "public", "838.27", W, 17),
            ("expenditure", None, "total", "project", "2,131.61", W, 17),
            ("expenditure", None, "206", "project", "28.00", W, 17),
            ("expenditure", None, "208", "total", "396.67", W, 17),
            ("expenditure", None, "220", "total", "5,371.48", W, 17),
            ("expenditure", None, "220", "personnel", "2,430.50", W, 17),
            ("expenditure", None, "220", "public", "837.37", W, 17),
            ("expenditure", None, "220", "project", "2,103.61", W, 17),
            # 表4 财政拨款收支预算总表, p18
            ("appropriation_summary", "income", "fiscal_appropriation", "budget", "5,753.07", W, 18),
            ("appropriation_summary", "income", "general_budget_appropriation", "budget", "5,753.07", W, 18),
            ("appropriation_summary", "income", "grand_total", "budget", "5,753.07", W, 18),
            ("appropriation_summary", "expenditure", "expenditure_total", "budget", "5,753.07", W, 18),
            ("appropriation_summary", "expenditure", "fn_206", "budget", "28.00", W, 18),
            ("appropriation_summary", "expenditure", "fn_220", "budget", "5,247.87", W, 18),
            ("appropriation_summary", "expenditure", "grand_total", "budget", "5,753.07", W, 18),
            # 表5 一般公共预算支出预算表, p19
            ("general_budget", None, "total", "total", "5,753.07", W, 19),
            ("general_budget", None, "total", "basic", "3,745.07", W, 19),
            ("general_budget", None, "total", "personnel", "2,906.80", W, 19),
            ("general_budget", None, "total", "public", "838.27", W, 19),
            ("general_budget", None, "total", "project", "2,008.00", W, 19),
            ("general_budget", None, "208", "total", "396.67", W, 19),
            ("general_budget", None, "208", "public", "0.90", W, 19),
            ("general_budget", None, "220", "total", "5,247.87", W, 19),
            ("general_budget", None, "220", "basic", "3,267.87", W, 19),
            ("general_budget", None, "220", "project", "1,980.00", W, 19),
            # 表6 一般公共预算基本支出预算表, p20
            ("general_budget_basic", None, "total", "total", "3,745.07", W, 20),
            ("general_budget_basic", None, "total", "personnel", "2,906.80", W, 20),
            ("general_budget_basic", None, "total", "public", "838.27", W, 20),
            ("general_budget_basic", None, "301", "total", "2,709.90", W, 20),
            ("general_budget_basic", None, "302", "public", "760.37", W, 20),
            ("general_budget_basic", None, "303", "personnel", "196.90", W, 20),
            ("general_budget_basic", None, "303", "public", "53.00", W, 20),
            # 表7 一般公共预算“三公”经费预算表, p21 (合计 row; the unit rows below it are not the table's total)
            ("three_public", None, "total", "budget", "24.02", W, 21),
            ("three_public", None, "vehicle_total", "budget", "18.00", W, 21),
            ("three_public", None, "vehicle_operation", "budget", "18.00", W, 21),
            ("three_public", None, "reception", "budget", "6.02", W, 21),
        ],
        notes=(
            "OPEN QUESTION: this family prints NO classification codes — subject rows are names only, level by "
            "indentation. The 类 rows above are keyed by the class code of their printed name (科学技术支出 = 206, "
            "社会保障和就业支出 = 208, 自然资源海洋气象等支出 = 220; 工资福利支出 = 301, 商品和服务支出 = 302, "
            "对个人和家庭的补助 = 303), the same name→code the contract already needs for fn_XXX. 款/项 rows "
            "(技术研究与开发, 气象事务 / 行政运行 …, 基本工资 …) are left out: their code needs the parent context "
            "and a full 政府收支分类 name table the project does not have; the contract does not say how a "
            "name-only row is keyed. "
            "表7 三公 p21: 因公出国(境)费用 and 公务用车购置费 blank — left out; rows under 合计 are per unit "
            "(杭州市气象局 13.13, 气象服务中心 10.89) and have no contract key. "
            "表2 收入预算总表's 一般公共预算 / 小计 columns: no settled measure; only 总计 and 其他收入 (other). "
            "表3 has no 基本支出 column (人员支出 + 日常公用支出 only), so no `basic` there."
        ),
    ),
    # A messier print run of the same template: hand-patched cells in a bigger font without separators,
    # wide numbers wrapped inside their cell, and printed totals that do not match their parts.
    Doc(
        path="杭州市/2026年杭州市交通运输局部门预算.pdf",
        # 表5 p30 公路水路运输 prints 97,402.60 / 基本支出 51,417.49 over 行政运行 43,003.71 + 一般行政管理事务
        # 927.20 + 其他公路水路运输支出 53,522.29 = 97,453.20 (p31) / 43,003.71 + 8,464.39 = 51,468.10.
        printed_sum_errors=[("general_budget", "21401", "total"), ("general_budget", "21401", "basic")],
        department="杭州市交通运输局",
        fiscal_year=2026,
        report_kind="budget",
        scope="department",
        part="full",
        figures=[
            # 表1 收支预算总表, pp. 22-23
            ("summary", "income", "fiscal_appropriation", "budget", "636376.38", W, 22),
            ("summary", "income", "general_budget_appropriation", "budget", "414883.38", W, 22),
            ("summary", "income", "gov_fund_appropriation", "budget", "221,493.00", W, 22),
            ("summary", "income", "business", "budget", "9,680.97", W, 22),
            ("summary", "income", "other", "budget", "2,048.18", W, 22),
            ("summary", "expenditure", "fn_201", "budget", "6651.38", W, 22),
            ("summary", "expenditure", "fn_205", "budget", "24,310.26", W, 22),
            ("summary", "expenditure", "fn_212", "budget", "437,000.00", W, 22),
            ("summary", "expenditure", "fn_214", "budget", "174982.14", W, 22),
            ("summary", "expenditure", "fn_229", "budget", "10,493.00", W, 23),
            ("summary", "income", "income_total", "budget", "648105.52", W, 23),
            ("summary", "income", "carryover_begin", "budget", "17,858.84", W, 23),
            ("summary", "income", "grand_total", "budget", "665964.37", W, 23),
            ("summary", "expenditure", "expenditure_total", "budget", "665964.37", W, 23),
            ("summary", "expenditure", "grand_total", "budget", "665964.37", W, 23),
            # 表3 支出预算总表, pp. 26-27 (wrapped cells: `576,171.1` over `1` → 576,171.11)
            ("expenditure", None, "total", "total", "665,964.37", W, 26),
            ("expenditure", None, "total", "personnel", "73,924.43", W, 26),
            ("expenditure", None, "total", "public", "15868.83", W, 26),
            ("expenditure", None, "total", "project", "576,171.11", W, 26),
            ("expenditure", None, "201", "total", "6,701.98", W, 26),
            ("expenditure", None, "212", "project", "437,000.00", W, 27),
            ("expenditure", None, "214", "total", "174,982.14", W, 27),
            ("expenditure", None, "214", "public", "11157.35", W, 27),
            ("expenditure", None, "214", "project", "116,780.62", W, 27),
            ("expenditure", None, "2149801", "project", "177.92", W, 27),
            ("expenditure", None, "21499", "total", "68,200.00", W, 27),
            ("expenditure", None, "2149999", "total", "200.00", W, 27),
            ("expenditure", None, "229", "total", "10,493.00", W, 27),
            ("expenditure", None, "2290401", "project", "10,493.00", W, 27),
            # 表4 财政拨款收支预算总表, p28
            ("appropriation_summary", "income", "fiscal_appropriation", "budget", "636376.38", W, 28),
            ("appropriation_summary", "income", "general_budget_appropriation", "budget", "414883.38", W, 28),
            ("appropriation_summary", "income", "gov_fund_appropriation", "budget", "221,493.00", W, 28),
            ("appropriation_summary", "income", "carryover_begin", "budget", "17,858.84", W, 28),
            # 二、上年结转结余's fund lines print the fund alone (一般公共预算 / 政府性基金预算)
            ("appropriation_summary", "income", "carryover_begin_general_budget", "budget", "17,680.93", W, 28),
            ("appropriation_summary", "income", "carryover_begin_gov_fund", "budget", "177.92", W, 28),
            ("appropriation_summary", "expenditure", "expenditure_total", "budget", "654235.22", W, 28),
            ("appropriation_summary", "expenditure", "fn_201", "budget", "6,701.98", W, 28),
            ("appropriation_summary", "expenditure", "fn_205", "budget", "22,262.08", W, 28),
            ("appropriation_summary", "expenditure", "fn_208", "budget", "9,527.14", W, 28),
            # 表5 一般公共预算支出预算表, p30
            ("general_budget", None, "total", "total", "432,513.70", W, 30),
            ("general_budget", None, "total", "basic", "82,479.29", W, 30),
            ("general_budget", None, "total", "personnel", "67,627.51", W, 30),
            ("general_budget", None, "total", "public", "14,902.37", W, 30),
            ("general_budget", None, "total", "project", "350,034.42", W, 30),
            ("general_budget", None, "201", "total", "6,701.98", W, 30),
            ("general_budget", None, "212", "project", "226,000.00", W, 30),
            ("general_budget", None, "214", "total", "165,602.60", W, 30),
            ("general_budget", None, "214", "basic", "51,417.49", W, 30),
            ("general_budget", None, "214", "project", "114,185.11", W, 30),
            # 表6 一般公共预算基本支出预算表, p32
            ("general_budget_basic", None, "total", "total", "82,529.89", W, 32),
            ("general_budget_basic", None, "total", "personnel", "67,627.51", W, 32),
            ("general_budget_basic", None, "total", "public", "14,902.37", W, 32),
            ("general_budget_basic", None, "301", "total", "63,983.80", W, 32),
            # 表7 一般公共预算“三公”经费预算表, p34 (合计 row)
            ("three_public", None, "total", "budget", "873.20", W, 34),
            ("three_public", None, "vehicle_total", "budget", "846.10", W, 34),
            ("three_public", None, "vehicle_purchase", "budget", "421.30", W, 34),
            ("three_public", None, "vehicle_operation", "budget", "424.80", W, 34),
            ("three_public", None, "reception", "budget", "27.10", W, 34),
        ],
        notes=(
            "Same name-only 类 keying question as 气象局. Amount forms mix on one page: `636376.38` / `414883.38` / "
            "`6651.38` / `174982.14` / `15868.83` (no separators, some in a larger font — patched cells) next to "
            "`221,493.00`; wide cells wrap their last digit(s) onto a second line (`576,171.1`+`1`, `437,000.0`+`0`, "
            "`116,780.6`+`2`, `350,034.4`+`2`, `114,185.1`+`1`): the figures give the joined number. "
            "Printed slips: 表1 p22 一般公共服务支出 6651.38 while its 款 give 1.98 + 6,700.00 = 6,701.98 (表3/表4/表5 "
            "say 6,701.98); 表1 本年收入合计 648105.52 vs 636376.38 + 9,680.97 + 2,048.18 = 648105.53 (rounding, "
            "footnoted); 表5 p30 基本支出 小计 82,479.29 vs 人员经费 + 日常公用支出 67,627.51 + 14,902.37 = 82,529.88 "
            "(表6 合计 says 82,529.89), and 交通运输支出 小计 51,417.49 vs 41,277.20 + 10,190.89 = 51,468.09. "
            "`部门名称：杭州市交通运输局单位：万元` is one left-aligned string on 表1-表6 "
            "(the unit is not right-aligned). "
            "表7 三公 p34: 因公出国(境)费用 blank — left out."
        ),
    ),
    # The 2026 wording 工业和信息产业 (款 21505) / 其他工业和信息产业支出 (项 2150599), reference/name_aliases.csv.
    Doc(
        path="杭州市/2026年杭州市公安局部门预算.pdf",
        department="杭州市公安局",
        fiscal_year=2026,
        report_kind="budget",
        scope="department",
        figures=[
            # 表1 收支预算总表, p20 (whole tree by name; 其他一般公共服务支出 款/项 are not class lines)
            ("summary", "income", "fiscal_appropriation", "budget", "373,795.79", W, 20),
            ("summary", "income", "general_budget_appropriation", "budget", "366,195.79", W, 20),
            ("summary", "income", "gov_fund_appropriation", "budget", "7,600.00", W, 20),
            ("summary", "income", "business", "budget", "18,536.88", W, 20),
            ("summary", "income", "other", "budget", "8,059.10", W, 20),
            ("summary", "income", "income_total", "budget", "400,391.78", W, 20),
            ("summary", "income", "carryover_begin", "budget", "4,023.45", W, 20),
            ("summary", "income", "grand_total", "budget", "404,415.23", W, 20),
            ("summary", "expenditure", "fn_201", "budget", "5,140.00", W, 20),
            ("summary", "expenditure", "fn_204", "budget", "325,711.11", W, 20),
            ("summary", "expenditure", "fn_206", "budget", "32,240.98", W, 20),
            ("summary", "expenditure", "fn_208", "budget", "23,243.93", W, 20),
            ("summary", "expenditure", "fn_210", "budget", "8,030.63", W, 20),
            ("summary", "expenditure", "fn_212", "budget", "7,600.00", W, 20),
            ("summary", "expenditure", "fn_215", "budget", "2,448.58", W, 20),
            ("summary", "expenditure", "expenditure_total", "budget", "404,415.23", W, 20),
            ("summary", "expenditure", "grand_total", "budget", "404,415.23", W, 20),
            # 表3 支出预算总表, pp. 23-24 (codes resolved from the printed names in tree order)
            ("expenditure", None, "total", "total", "404,415.23", W, 23),
            ("expenditure", None, "total", "personnel", "250,110.65", W, 23),
            ("expenditure", None, "total", "public", "47,792.58", W, 23),
            ("expenditure", None, "total", "project", "106,512.00", W, 23),
            ("expenditure", None, "201", "total", "5,140.00", W, 23),
            ("expenditure", None, "20199", "project", "5,140.00", W, 23),
            ("expenditure", None, "2019999", "total", "5,140.00", W, 23),
            ("expenditure", None, "212", "project", "7,600.00", W, 24),
            ("expenditure", None, "21213", "total", "7,600.00", W, 24),
            ("expenditure", None, "215", "total", "2,448.58", W, 24),
            ("expenditure", None, "21505", "project", "2,448.58", W, 24),
            ("expenditure", None, "2150599", "total", "2,448.58", W, 24),
        ],
    ),
]
