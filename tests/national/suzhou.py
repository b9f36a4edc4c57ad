"""苏州市 (Jiangsu template, 2026 部门预算) — eye-checked figures.

Layout traits seen (苏州市数据局 and 审计局 rendered; the other five files' text layers):
- Cover page 1 is a single line `2026 年度苏州市X部门预算公开`; unit-level files say `单位预算公开` instead
  (水务局, 科学技术局 — file name says 科技创新局 —, 生态环境局, and 自然资源和规划局 on three lines, whose FILE name
  says （本级） but whose cover does not).
  Every page carries a running header `苏州市X 2026 年度部门预算公开` and a footer `- n -`.
- Four parts: 第一部分 部门概况, 第二部分 部门预算表 (a divider page), 第三部分 情况说明, 第四部分 名词解释;
  the tables sit in the middle (pp. 7-28 here), the narrative after them. One file = part `full`.
- Thirteen tables, each titled by a line `公开 NN 表` above the bare title (no 一、二、 numbering on the table
  pages; the 目录 numbers them 一、…十三、): 01 收支总表, 02 收入总表, 03 支出总表, 04 财政拨款收支总表,
  05 财政拨款支出表（功能科目）, 06 财政拨款基本支出表（经济科目）, 07 一般公共预算支出表, 08 一般公共预算基本支出表,
  09 一般公共预算“三公”经费、会议费、培训费支出表, 10 政府性基金预算支出表, 11 国有资本经营预算支出预算表,
  12 一般公共预算机关运行经费支出预算表, 13 政府采购支出表.  05/06 duplicate 07/08 when all money is 一般公共预算.
- Under the title: `部门：苏州市X` left, `单位：万元` right. All amounts 万元, two decimals, thousands commas;
  empty cells are blank (the 三公 table prints 0.00).
- Page sizes alternate: A4 portrait (595x842) for 01, 06, 08, 10, 12; A4 landscape (842x595, /Rotate 0) for
  02, 03, 04, 05, 07, 09, 11, 13.
- Summaries (01, 04) are two-sided 项目|预算数 x 收入|支出; 01 numbers lines 一、… (30 function classes
  一、一般公共服务支出 … 三十、抗疫特别国债安排的支出), 04 numbers them （一）…（三十）under 一、本年支出 and
  continues onto a second landscape page without repeating the header; 收入总计/支出总计 on the continuation.
- Subject tables: one 科目编码 column with full codes (201 / 20103 / 2010301, indented), a 合计 row first
  spanning 编码+名称.  03 支出总表: 合计|基本支出|项目支出|事业单位经营支出|上缴上级支出|对附属单位补助支出.
  05/07: 合计|基本支出(小计|人员经费|公用经费)|项目支出 (two-row header).  06/08: 合计|人员经费|公用经费
  under a banner 本年（一般公共预算/财政拨款）基本支出, economic codes 301 / 30101.  No 行次/栏次 column except 11.
  Long tables continue onto the next page with NO repeated header (rows only, under the running header).
- 02 收入总表 is keyed by 部门代码 (068 / 068001 …, the department and its units), not by subject code.
- 三公 (09): one data row, columns “三公”经费合计 | 因公出国（境）费 |
  公务用车购置及运行维护费(小计|购置费|运行维护费) | 公务接待费 | 会议费 | 培训费.
  The “三公”经费合计 is the 三公 sum only (18.30 = 0.00 + 4.00 + 14.30); 会议费/培训费 sit outside it.
- One department-level set only (no per-unit table sets in these files).
"""

from national.figures import Doc

W = "万元"

DOCUMENTS = [
    Doc(
        path="苏州市/2026年苏州市数据局部门预算.pdf",
        department="苏州市数据局",
        fiscal_year=2026,
        report_kind="budget",
        scope="department",
        part="full",
        figures=[
            # 公开01表 收支总表, p7
            ("summary", "income", "general_budget_appropriation", "budget", "64,090.74", W, 7),
            ("summary", "income", "income_total", "budget", "64,090.74", W, 7),
            ("summary", "income", "grand_total", "budget", "64,090.74", W, 7),
            ("summary", "expenditure", "fn_201", "budget", "4,523.04", W, 7),
            ("summary", "expenditure", "fn_206", "budget", "50,000.00", W, 7),
            ("summary", "expenditure", "fn_212", "budget", "6,400.72", W, 7),
            ("summary", "expenditure", "fn_221", "budget", "1,758.76", W, 7),
            ("summary", "expenditure", "expenditure_total", "budget", "64,090.74", W, 7),
            ("summary", "expenditure", "grand_total", "budget", "64,090.74", W, 7),
            # 公开02表 收入总表, p8
            ("income", None, "total", "total", "64,090.74", W, 8),
            # 公开03表 支出总表, p9 and its header-less continuation p10
            ("expenditure", None, "total", "total", "64,090.74", W, 9),
            ("expenditure", None, "total", "basic", "6,895.74", W, 9),
            ("expenditure", None, "total", "project", "57,195.00", W, 9),
            ("expenditure", None, "201", "total", "4,523.04", W, 9),
            ("expenditure", None, "201", "basic", "2,919.84", W, 9),
            ("expenditure", None, "201", "project", "1,603.20", W, 9),
            ("expenditure", None, "20103", "total", "4,523.04", W, 9),
            ("expenditure", None, "2010301", "basic", "2,016.50", W, 9),
            ("expenditure", None, "2120107", "total", "3,181.49", W, 10),
            ("expenditure", None, "2120107", "basic", "974.29", W, 10),
            ("expenditure", None, "2120107", "project", "2,207.20", W, 10),
            ("expenditure", None, "221", "total", "1,758.76", W, 10),
            # 公开04表 财政拨款收支总表, p11 and continuation p12
            ("appropriation_summary", "income", "general_budget_appropriation", "budget", "64,090.74", W, 11),
            ("appropriation_summary", "expenditure", "fn_201", "budget", "4,523.04", W, 11),
            ("appropriation_summary", "expenditure", "fn_206", "budget", "50,000.00", W, 11),
            ("appropriation_summary", "expenditure", "fn_221", "budget", "1,758.76", W, 12),
            ("appropriation_summary", "income", "grand_total", "budget", "64,090.74", W, 12),
            ("appropriation_summary", "expenditure", "grand_total", "budget", "64,090.74", W, 12),
            # 公开07表 一般公共预算支出表, p17 and continuation p18
            ("general_budget", None, "total", "total", "64,090.74", W, 17),
            ("general_budget", None, "total", "basic", "6,895.74", W, 17),
            ("general_budget", None, "total", "personnel", "6,377.17", W, 17),
            ("general_budget", None, "total", "public", "518.57", W, 17),
            ("general_budget", None, "total", "project", "57,195.00", W, 17),
            ("general_budget", None, "212", "total", "6,400.72", W, 17),
            ("general_budget", None, "212", "basic", "1,438.92", W, 17),
            ("general_budget", None, "212", "project", "4,961.80", W, 17),
            ("general_budget", None, "21201", "total", "3,181.49", W, 17),
            ("general_budget", None, "2010350", "total", "903.34", W, 17),
            ("general_budget", None, "2010350", "personnel", "800.02", W, 17),
            ("general_budget", None, "2010350", "public", "103.32", W, 17),
            ("general_budget", None, "2120601", "total", "3,219.23", W, 18),
            ("general_budget", None, "2210201", "total", "611.51", W, 18),
            # 公开08表 一般公共预算基本支出表, p19
            ("general_budget_basic", None, "total", "total", "6,895.74", W, 19),
            ("general_budget_basic", None, "total", "personnel", "6,377.17", W, 19),
            ("general_budget_basic", None, "total", "public", "518.57", W, 19),
            ("general_budget_basic", None, "301", "total", "6,262.48", W, 19),
            ("general_budget_basic", None, "301", "personnel", "6,262.48", W, 19),
            ("general_budget_basic", None, "30101", "total", "767.78", W, 19),
            ("general_budget_basic", None, "30113", "total", "611.51", W, 19),
            # 公开09表 一般公共预算“三公”经费、会议费、培训费支出表, p21
            ("three_public", None, "total", "budget", "18.30", W, 21),
            ("three_public", None, "vehicle_total", "budget", "4.00", W, 21),
            ("three_public", None, "vehicle_operation", "budget", "4.00", W, 21),
            ("three_public", None, "reception", "budget", "14.30", W, 21),
        ],
        notes=(
            "三公 p21 prints 0.00 for 因公出国（境）费 and 公务用车购置费: left out (zero may be omitted). "
            "Its “三公”经费合计 18.30 is the 三公 sum only (0.00 + 4.00 + 14.30); 会议费 7.30 / 培训费 59.04 are "
            "separate columns with no key in the contract — left out. "
            "04 财政拨款收支总表 p11 prints `一、本年收入` / `一、本年支出` (64,090.74) as the parent line of the "
            "（一）（二）（三）kinds, not `本年收入合计`: whether that is income_total / expenditure_total is not "
            "settled by the contract — left out. "
            "05 财政拨款支出表（功能科目） (p13) and 06 财政拨款基本支出表（经济科目） (p15) have no contract key "
            "(they duplicate 07/08 here); general_budget is 07 一般公共预算支出表 and general_budget_basic 08. "
            "02 收入总表 rows are 部门代码 068 / 068001 … (units), not subject codes: only its 合计 row is given; its "
            "一般公共预算 column has no settled measure name."
        ),
    ),
    # Identity only (cover eye-checked).
    Doc(
        path="苏州市/规划和自然资源局_苏州市自然资源和规划局（本级）2026年度单位预算公开.pdf",
        department="苏州市自然资源和规划局",
        fiscal_year=2026,
        report_kind="budget",
        scope="unit",
        notes="Cover `2026 年度 / 苏州市自然资源和规划局 / 单位预算公开` (three lines); "
        "the （本级） is only in the file name.",
    ),
]
