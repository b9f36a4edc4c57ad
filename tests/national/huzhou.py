"""湖州市 (Zhejiang 市级部门预算, 湖州 print run) — eye-checked figures.

Layout traits seen (交通运输局 rendered; 卫生健康委员会 / 退役军人事务局 text layers):
- Cover page 1: one line `湖州市X 2026 年部门预算` (or two: `湖州市X 2026 年 / 部门预算`).  目录 on p2-3, then
  一、部门概况, 二、…预算情况说明, 三、名词解释, then a landscape divider page `湖州市2026年市级部门预算 / 湖州市X`
  and the tables at the end (交通运输局 pp. 21-40) — one file, part `full`.
- Every table page repeats its full header block: `表NN` top right, the title `2026年市级部门<name>` (year first,
  no 杭州-style `表N：` prefix), `NNN-<department>` left (a leading budget code: `606-湖州市交通运输局`,
  `507-湖州市卫生健康委员会`, and `511-退役军人事务局` WITHOUT the city), `单位：万元` right, and the column header
  with its `** | ** | 1 | 2 …` 栏次 row — so continuations DO repeat the header (表01 pp. 21-23, 表03 pp. 25-27,
  表05 pp. 30-31, 表06 pp. 32-34).  Exception: 表04's continuation (p29) repeats nothing.
- Tables 表01 收支预算总表, 表02 收入预算总表, 表03 支出预算总表, 表04 财政拨款收支预算总表, 表05 一般公共预算支出表,
  表06 一般公共预算基本支出表, 表07 一般公共预算"三公"经费支出表 (ASCII quotes in the title), 表08 政府性基金预算支出表,
  表09 国有资本经营预算支出表, 表10 项目支出预算表, 表11 项目支出绩效表 (unit printed as `万元` without `单位：`).
- Amounts 万元 with two decimals and NO thousands separators (`201286.11`).
- Subject tables have a 科目编码 column (201 / 20139 / 2013999, indented by level) AND an indented 科目名称; 合计 row
  first with an empty code cell.
  表03: 总计 | 基本支出(人员支出 | 公用经费) | 项目支出 | 事业单位经营支出 | 上缴上级支出 | 对附属单位补助支出
  (no 基本支出 subtotal).  表05: 合计 | 基本支出(小计 | 人员经费 | 公用经费) | 项目支出.
  表06: 经济分类科目(科目编码 | 科目名称) | 本年一般公共预算基本支出(合计 | 人员经费 | 公用经费).
- Summaries 表01/表04 have no codes: expenditure side is the whole 类/款/项 tree by name (indented); income side
  `一、财政拨款` with indented 一般公共预算 / 政府性基金预算 / 国有资本经营预算,
  then 二、财政专户管理资金 … 七、其他收入.
  表04 has no 本年支出合计 line, only 本年收入合计 and 收入总计/支出总计.
- Page sizes: landscape 842x595 throughout the tables, except 表04 printed on 1191x842 (A3 landscape) pages.
- 表02 and 表07 rows are units (合计, the department, then each unit).  表07 三公: 单位名称 | “三公”经费合计 |
  因公出国(境)费用 | 公务用车购置及运行费(小计 | 公务用车购置费 | 公务用车运行维护费) | 公务接待费; no 会议费/培训费;
  blank cells, not 0.00.
"""

from national.figures import Doc

W = "万元"

DOCUMENTS = [
    Doc(
        path="湖州市/2026年湖州市交通运输局部门预算.pdf",
        department="湖州市交通运输局",
        fiscal_year=2026,
        report_kind="budget",
        scope="department",
        part="full",
        figures=[
            # 表01 收支预算总表, pp. 21-23 (header repeated on every page)
            ("summary", "income", "fiscal_appropriation", "budget", "192207.76", W, 21),
            ("summary", "income", "general_budget_appropriation", "budget", "52244.36", W, 21),
            ("summary", "income", "gov_fund_appropriation", "budget", "139963.40", W, 21),
            ("summary", "income", "operating", "budget", "200.00", W, 21),
            ("summary", "income", "other", "budget", "8446.35", W, 21),
            ("summary", "expenditure", "fn_201", "budget", "0.64", W, 21),
            ("summary", "expenditure", "fn_205", "budget", "4673.98", W, 21),
            ("summary", "expenditure", "fn_208", "budget", "3668.49", W, 21),
            ("summary", "expenditure", "fn_210", "budget", "1488.12", W, 21),
            ("summary", "expenditure", "fn_214", "budget", "113743.52", W, 22),
            ("summary", "expenditure", "fn_229", "budget", "75500.00", W, 22),
            ("summary", "income", "income_total", "budget", "201286.11", W, 22),
            ("summary", "expenditure", "expenditure_total", "budget", "201286.11", W, 22),
            ("summary", "income", "grand_total", "budget", "201286.11", W, 23),
            ("summary", "expenditure", "grand_total", "budget", "201286.11", W, 23),
            # 表02 收入预算总表, p24 (合计 row)
            ("income", None, "total", "total", "201286.11", W, 24),
            ("income", None, "total", "operating", "200.00", W, 24),
            ("income", None, "total", "other", "8446.35", W, 24),
            # 表03 支出预算总表, pp. 25-26
            ("expenditure", None, "total", "total", "201286.11", W, 25),
            ("expenditure", None, "total", "personnel", "26435.02", W, 25),
            ("expenditure", None, "total", "public", "3388.68", W, 25),
            ("expenditure", None, "total", "project", "171262.41", W, 25),
            ("expenditure", None, "total", "operating", "200.00", W, 25),
            ("expenditure", None, "205", "total", "4673.98", W, 25),
            ("expenditure", None, "20503", "personnel", "3431.90", W, 25),
            ("expenditure", None, "2050302", "public", "935.68", W, 25),
            ("expenditure", None, "214", "total", "113743.52", W, 26),
            ("expenditure", None, "214", "project", "95393.86", W, 26),
            ("expenditure", None, "214", "operating", "200.00", W, 26),
            ("expenditure", None, "21401", "total", "49280.12", W, 26),
            ("expenditure", None, "2140123", "total", "9562.90", W, 26),
            ("expenditure", None, "2140123", "project", "5299.85", W, 26),
            ("expenditure", None, "229", "total", "75500.00", W, 26),
            # 表04 财政拨款收支预算总表, pp. 28-29 (A3 pages; continuation without header)
            ("appropriation_summary", "income", "fiscal_appropriation", "budget", "42673.03", W, 28),
            ("appropriation_summary", "income", "general_budget_appropriation", "budget", "35673.03", W, 28),
            ("appropriation_summary", "income", "gov_fund_appropriation", "budget", "7000.00", W, 28),
            ("appropriation_summary", "expenditure", "fn_205", "budget", "3797.62", W, 28),
            ("appropriation_summary", "expenditure", "fn_214", "budget", "106247.07", W, 28),
            ("appropriation_summary", "expenditure", "fn_221", "budget", "2018.58", W, 29),
            ("appropriation_summary", "income", "income_total", "budget", "42673.03", W, 29),
            ("appropriation_summary", "income", "grand_total", "budget", "42673.03", W, 29),
            ("appropriation_summary", "expenditure", "grand_total", "budget", "42673.03", W, 29),
            # 表05 一般公共预算支出表, pp. 30-31
            ("general_budget", None, "total", "total", "52244.36", W, 30),
            ("general_budget", None, "total", "basic", "27428.84", W, 30),
            ("general_budget", None, "total", "personnel", "24287.33", W, 30),
            ("general_budget", None, "total", "public", "3141.51", W, 30),
            ("general_budget", None, "total", "project", "24815.52", W, 30),
            ("general_budget", None, "205", "total", "3797.62", W, 30),
            ("general_budget", None, "205", "basic", "3491.22", W, 30),
            ("general_budget", None, "205", "project", "306.40", W, 30),
            ("general_budget", None, "20509", "project", "90.00", W, 30),
            ("general_budget", None, "214", "total", "41783.67", W, 31),
            ("general_budget", None, "21401", "personnel", "15142.69", W, 31),
            ("general_budget", None, "2140110", "total", "673.69", W, 31),
            ("general_budget", None, "2140110", "basic", "588.69", W, 31),
            ("general_budget", None, "2140110", "project", "85.00", W, 31),
            ("general_budget", None, "2210201", "total", "2018.58", W, 31),
            # 表06 一般公共预算基本支出表, p32
            ("general_budget_basic", None, "total", "total", "27428.84", W, 32),
            ("general_budget_basic", None, "total", "personnel", "24287.33", W, 32),
            ("general_budget_basic", None, "total", "public", "3141.51", W, 32),
            ("general_budget_basic", None, "301", "total", "23005.57", W, 32),
            ("general_budget_basic", None, "30101", "total", "4192.88", W, 32),
            ("general_budget_basic", None, "30110", "personnel", "673.31", W, 32),
            # 表07 一般公共预算"三公"经费支出表, p35 (合计 row; per-unit rows follow)
            ("three_public", None, "total", "budget", "749.83", W, 35),
            ("three_public", None, "vehicle_total", "budget", "698.30", W, 35),
            ("three_public", None, "vehicle_purchase", "budget", "171.80", W, 35),
            ("three_public", None, "vehicle_operation", "budget", "526.50", W, 35),
            ("three_public", None, "reception", "budget", "51.53", W, 35),
        ],
        printed_sum_errors=[
            # p30: 20805 printed 3246.05 / 人员经费 3182.53; its 项 add to 3246.04 / 3182.52 (rounding).
            ("general_budget", "20805", "total"),
            ("general_budget", "20805", "personnel"),
        ],
        notes=(
            "表04 财政拨款收支预算总表 p28-29 is inconsistent AS PRINTED: 一、财政拨款 42673.03 = "
            "一般公共预算 35673.03 + 政府性基金预算 7000.00 (these three cells are in a different, bold sans "
            "font — hand-patched), and "
            "收入总计 = 支出总计 = 42673.03, while its expenditure classes add to 192207.76 (201 … 229, e.g. 214 "
            "106247.07, 229 75500.00) and 表01 / 表05 say 一般公共预算 52244.36, 政府性基金 139963.40. Figures above "
            "are the printed cells. "
            "表01 二、财政专户管理资金 432.00 (p21) has no contract line_key — left out. "
            "表07 三公 p35: 因公出国(境)费用 blank — left out."
        ),
    ),
    # Identity only (cover eye-checked).
    Doc(
        path="湖州市/2026年湖州市退役军人事务局部门预算.pdf",
        department="湖州市退役军人事务局",
        fiscal_year=2026,
        report_kind="budget",
        scope="department",
        notes="Cover `湖州市退役军人事务局 2026 年 / 部门预算`; the table pages say `511-退役军人事务局` (no city) — "
        "the cover name is the department.",
    ),
]
