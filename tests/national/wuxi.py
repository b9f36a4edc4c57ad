"""无锡市 (Jiangsu template, same as 苏州市) — eye-checked figures.

Layout traits seen (人力资源和社会保障局 rendered; the other nine files' covers/text layers):
- Cover page 1: `2026 年度 / 无锡市X / 部门预算公开` on three centred lines (or one line
  `2026 年度无锡市X部门预算公开`).  Unit files: `无锡市X（本级） / 单位预算公开` (交通运输局, 住房和城乡建设局,
  教育局 — the FILE names say 部门预算).  FILE NAMES LIE about the year too: 信访局_2026 and 发展和改革局_2026 are
  `2025 年度` documents; 水务局_2026 is `无锡市水利局`; 住房和建设局 is `无锡市住房和城乡建设局`.
- Running header `无锡市X 2026 年度部门预算公开` on every page, footer `- n -`.  第一部分 部门概况 (long: pp. 3-15
  here), 第二部分 divider page, tables pp. 17-38, 第三部分 情况说明, 第四部分 名词解释 — one file, part `full`.
- The same thirteen `公开 NN 表` tables as 苏州市, same titles, same header shapes, `部门：X` / `单位：万元`,
  two decimals with thousands commas, 三公 row printed with 0.00.  Page sizes alternate A4 portrait / landscape
  (/Rotate 0) exactly as 苏州市.
- Difference from 苏州: subject codes are printed flush left (no indentation by level) in one 科目编码 column.
- Long subject tables run over two or three pages with no repeated header (03 支出总表 pp. 19-21, 05 pp. 24-26,
  07 pp. 28-29); 04 财政拨款收支总表 continues onto p23 with 收入总计/支出总计 there.
- 02 收入总表 rows are 部门代码 (309, 309001 …, 8 units), columns 合计 | 本年收入(小计 | 一般公共预算 | … | 其他收入)
  | 上年结转结余(…).  Department-level set only: no per-unit table sets.
- 01 收支总表 income side numbers 一、…九、 (九、其他收入 1,536.00 here), so 03 支出总表 (all money) differs from
  05/07 (财政拨款 / 一般公共预算 only): 208 is 133,900.25 in 03 but 132,364.25 in 07.
"""

from national.figures import Doc

W = "万元"

DOCUMENTS = [
    Doc(
        path="无锡市/人力资源和社会保障局_2026年部门预算.pdf",
        department="无锡市人力资源和社会保障局",
        fiscal_year=2026,
        report_kind="budget",
        scope="department",
        part="full",
        figures=[
            # 公开01表 收支总表, p17
            ("summary", "income", "general_budget_appropriation", "budget", "152,585.76", W, 17),
            ("summary", "income", "other", "budget", "1,536.00", W, 17),
            ("summary", "income", "income_total", "budget", "154,121.76", W, 17),
            ("summary", "income", "grand_total", "budget", "154,121.76", W, 17),
            ("summary", "expenditure", "fn_205", "budget", "11,622.00", W, 17),
            ("summary", "expenditure", "fn_208", "budget", "133,900.25", W, 17),
            ("summary", "expenditure", "fn_210", "budget", "841.81", W, 17),
            ("summary", "expenditure", "fn_213", "budget", "4.85", W, 17),
            ("summary", "expenditure", "fn_221", "budget", "5,734.85", W, 17),
            ("summary", "expenditure", "expenditure_total", "budget", "154,121.76", W, 17),
            ("summary", "expenditure", "grand_total", "budget", "154,121.76", W, 17),
            # 公开02表 收入总表, p18
            ("income", None, "total", "total", "154,121.76", W, 18),
            ("income", None, "total", "other", "1,536.00", W, 18),
            # 公开03表 支出总表, p19 and header-less continuation p20
            ("expenditure", None, "total", "total", "154,121.76", W, 19),
            ("expenditure", None, "total", "basic", "26,790.33", W, 19),
            ("expenditure", None, "total", "project", "127,331.43", W, 19),
            ("expenditure", None, "208", "total", "133,900.25", W, 19),
            ("expenditure", None, "208", "basic", "12,278.01", W, 19),
            ("expenditure", None, "208", "project", "121,622.24", W, 19),
            ("expenditure", None, "20801", "total", "16,781.17", W, 19),
            ("expenditure", None, "20801", "basic", "9,391.80", W, 19),
            ("expenditure", None, "2080109", "total", "3,005.22", W, 19),
            ("expenditure", None, "2080109", "basic", "2,857.64", W, 19),
            ("expenditure", None, "2080109", "project", "147.58", W, 19),
            ("expenditure", None, "20899", "total", "9,978.55", W, 20),
            ("expenditure", None, "2082602", "project", "9,213.04", W, 20),
            ("expenditure", None, "2210201", "total", "1,834.32", W, 20),
            # 公开04表 财政拨款收支总表, p22 and continuation p23
            ("appropriation_summary", "income", "general_budget_appropriation", "budget", "152,585.76", W, 22),
            ("appropriation_summary", "expenditure", "fn_205", "budget", "11,622.00", W, 22),
            ("appropriation_summary", "expenditure", "fn_208", "budget", "132,364.25", W, 22),
            ("appropriation_summary", "income", "grand_total", "budget", "152,585.76", W, 23),
            ("appropriation_summary", "expenditure", "grand_total", "budget", "152,585.76", W, 23),
            # 公开07表 一般公共预算支出表, p28 and continuation p29
            ("general_budget", None, "total", "total", "152,585.76", W, 28),
            ("general_budget", None, "total", "basic", "26,790.33", W, 28),
            ("general_budget", None, "total", "personnel", "25,530.51", W, 28),
            ("general_budget", None, "total", "public", "1,259.82", W, 28),
            ("general_budget", None, "total", "project", "125,795.43", W, 28),
            ("general_budget", None, "208", "total", "132,364.25", W, 28),
            ("general_budget", None, "208", "basic", "12,278.01", W, 28),
            ("general_budget", None, "208", "project", "120,086.24", W, 28),
            ("general_budget", None, "20805", "total", "97,483.21", W, 28),
            ("general_budget", None, "20805", "personnel", "2,886.21", W, 28),
            ("general_budget", None, "2080101", "total", "4,158.06", W, 28),
            ("general_budget", None, "2080101", "personnel", "3,791.51", W, 28),
            ("general_budget", None, "2080101", "public", "366.55", W, 28),
            ("general_budget", None, "20899", "total", "8,442.55", W, 29),
            ("general_budget", None, "2082602", "total", "9,213.04", W, 29),
            ("general_budget", None, "2210202", "total", "1,407.58", W, 29),
            # 公开08表 一般公共预算基本支出表, p30
            ("general_budget_basic", None, "total", "total", "26,790.33", W, 30),
            ("general_budget_basic", None, "total", "personnel", "25,530.51", W, 30),
            ("general_budget_basic", None, "total", "public", "1,259.82", W, 30),
            ("general_budget_basic", None, "301", "total", "23,647.92", W, 30),
            ("general_budget_basic", None, "30101", "total", "3,720.78", W, 30),
            ("general_budget_basic", None, "30106", "personnel", "0.01", W, 30),
            ("general_budget_basic", None, "302", "public", "1,259.82", W, 30),
            ("general_budget_basic", None, "30201", "total", "506.66", W, 30),
            # 公开09表 一般公共预算“三公”经费、会议费、培训费支出表, p31
            ("three_public", None, "total", "budget", "61.40", W, 31),
            ("three_public", None, "vehicle_total", "budget", "36.58", W, 31),
            ("three_public", None, "vehicle_purchase", "budget", "17.98", W, 31),
            ("three_public", None, "vehicle_operation", "budget", "18.60", W, 31),
            ("three_public", None, "reception", "budget", "24.82", W, 31),
        ],
        printed_sum_errors=[
            # p30 (and p27): 301 工资福利支出 printed 23,647.92, its 12 款 add to 23,647.94 (within rounding anyway).
            ("general_budget_basic", "301", "total"),
            ("general_budget_basic", "301", "personnel"),
        ],
        notes=(
            "p22 04 财政拨款收支总表 prints `一、本年支出` 152,585.74 while its classes and 支出总计 (p23) give "
            "152,585.76 — a printed slip; `一、本年收入`/`一、本年支出` are parent lines, not 本年收入合计, so left "
            "out (contract does not settle them). "
            "p30 08 一般公共预算基本支出表: 301 printed 23,647.92 vs Σ款 23,647.94 (same on p27, table 06). "
            "三公 p31: 因公出国（境）费 0.00 left out (zero); “三公”经费合计 61.40 = 0.00 + 36.58 + 24.82, "
            "会议费 13.55 / 培训费 77.72 outside it and without a contract key — left out. "
            "02 收入总表's 一般公共预算 / 小计 columns have no settled measure — only 合计 and 其他收入 (other) given. "
            "05 财政拨款支出表（功能科目） p24 and 06 (p27) have no contract key; general_budget is 07, "
            "general_budget_basic 08."
        ),
    ),
    # Identity only (covers eye-checked): the FILE names say 2026 / 部门预算, the documents say otherwise.
    Doc(
        path="无锡市/信访局_2026年部门预算.pdf",
        department="无锡市信访局",
        fiscal_year=2025,
        report_kind="budget",
        scope="department",
        notes="Cover `2025 年度无锡市信访局部门预算公开`; no `2026` anywhere in the text "
        "(第二部分 2025 年度部门预算表).",
    ),
    Doc(
        path="无锡市/发展和改革局_2026年部门预算.pdf",
        department="无锡市发展和改革委员会",
        fiscal_year=2025,
        report_kind="budget",
        scope="department",
        notes="Cover `2025 年度 / 无锡市发展和改革委员会 / 部门预算公开` on three lines.",
    ),
    Doc(
        path="无锡市/2026年无锡市交通运输局部门预算.pdf",
        department="无锡市交通运输局",
        fiscal_year=2026,
        report_kind="budget",
        scope="unit",
        notes="Cover `2026 年度 / 无锡市交通运输局（本级） / 单位预算公开` — a 本级 unit report despite the file name.",
    ),
]
