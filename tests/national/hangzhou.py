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
    # Identity only (cover eye-checked).
    Doc(
        path="杭州市/2026年杭州市公安局部门预算.pdf",
        department="杭州市公安局",
        fiscal_year=2026,
        report_kind="budget",
        scope="department",
    ),
]
