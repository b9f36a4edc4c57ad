"""江苏省级 (2017–2019 部门预算): eye-checked figures.

Layout traits seen (省高院 2019 full, 省委办公厅 2019 表格 + 文件 pair, cross-checked against the 2017/2018 files):
- Parts: most files are `full` (cover `江苏省高级人民法院 / 2019年度部门预算公开`, 目录, 第一部分 部门概况, 第二部分
  预算表, 第三部分 情况说明, 第四部分 名词解释). 省委办公厅 publishes a pair: `…预算公开文件` (narrative only, 13–14 pp,
  cover `江苏省委办公厅2019年度部门预算公开`) and `…预算公开表格` (tables only, no cover, no year in any table title;
  the year appears only in the last table `2019年政府采购预算表`). 人大常委会 2019 is narrative only although not
  named so (第二部分 says `2019年部门预算公开表附后`).
- Department name: every table carries `部门名称：江苏省高级人民法院` / `部门：中共江苏省委办公厅` top left; the
  tables file says 中共江苏省委办公厅 while the narrative cover of the same department-year says 江苏省委办公厅
  (both read 中共江苏省委办公厅: cover.toml [names]).
- 2017 files: numbered titles with year and department inside (`一、2017 年度江苏省高级人民法院部门收支预算总表`),
  no 部门名称 line, tables run on back to back and across pages without repeated headers.
- Titles numbered `公开 01 表` … `公开 12 表` on a separate line above the title (2019 full file); the 表格 file has
  no numbers. Table names (2019): 收支预算总表 / 收入预算总表 / 支出预算总表 / 财政拨款收支预算总表 /
  财政拨款支出预算表（功能科目） / 财政拨款基本支出预算表（经济科目） / 一般公共预算支出预算表（功能科目） /
  一般公共预算基本支出预算表（经济科目） / “三公”经费、会议费、培训费支出预算表 / 政府性基金预算财政拨款支出预算表 /
  一般公共预算机关运行经费支出预算表 / 政府采购支出预算表.
- Unit `单位：万元` (also `单位:万元` with ASCII colon, and `单位：万` / `元` broken over two lines on the 三公 page)
  top right; two decimals, thousands commas. No 行次 columns.
- Several tables per page in the full file (02+03 on p9, 04+05 on p10, 09+10 on p14); table titles are not at the top.
- 收支预算总表 is THREE blocks: 收入 (项目名称 | 金额: 一、财政拨款 / 1.一般公共预算 / 2.政府性基金预算 / 二、财政专户
  管理资金 / 三、其他资金) | 支出·功能分类 (一、一般公共服务支出 … 二十一、其他支出 by name, no codes) | 支出·支出用途
  (一、基本支出 / 二、项目支出 / 三、单位预留机动经费); footer 当年收入小计 / 上年结转资金 / 收入合计 and
  当年支出小计 / 结转下年资金 / 支出合计 (收入合计/支出合计 are the grand totals).
- 收入预算总表 is a vertical list (收入总计, then 一般公共预算资金 小计 / 公共财政拨款（补助）资金 / 专项收入,
  政府性基金 小计, 财政专户管理资金 …, 上年结转和结余资金) with one 金额 column — no codes.
- 支出预算总表 is ONE unlabeled row: 合计 | 基本支出 | 项目支出 | 单位预留机动经费 | 结转下年资金 — no subject rows.
- Subject tables (05, 07) list 类 `204`, 款 `20405`, 项 `2040501` codes in one 编码 column with one 金额 column and
  a 合计 row first; 08 一般公共预算基本支出 has economic codes 301 / 30101 … with one column headed 基本支出.
- 三公 table prints 合计 (三公 + 会议费 + 培训费) | “三公”经费 [小计 | 因公出国（境）费 | 公务用车购置及运行维护费
  (小计, 购置费, 运行维护费) | 公务接待费] | 会议费 | 培训费 — one row.
- Pages: the full files are A4 portrait 595x842; the 省委办公厅 表格 file is A3 (mediabox 842x1191) with /Rotate 90 on
  the landscape pages (1–5, 7, 9–11) and unrotated portrait pages (6, 8, 12).
- Empty 政府性基金 table prints 合 计 `0` (高院) or `注：本部门无相关收支项目` (委办公厅).
"""

from national.figures import Doc

GAOYUAN = "江苏省级/江苏省高级人民法院/江苏省高级人民法院2019年度部门预算公开.pdf"
GAOYUAN_2017 = "江苏省级/江苏省高级人民法院/省法院2017年度部门预算公开.pdf"
WEIBAN_TABLES = "江苏省级/江苏省委办公厅/江苏省委办公厅2019年度部门预算公开表格.pdf"
WEIBAN_TEXT = "江苏省级/江苏省委办公厅/江苏省委办公厅2019年度部门预算公开文件.pdf"

_OPEN = (
    "Left out (contract does not settle): 支出预算总表 is one unlabeled row "
    "(合计/基本支出/项目支出/单位预留机动经费) — "
    "line_key total? and 单位预留机动经费 has no measure; the 支出用途 block of 收支预算总表 / 财政拨款收支预算总表 "
    "(一、基本支出 / 二、项目支出 / 三、单位预留机动经费) has no line_key; 财政拨款收支预算总表 prints only 收入合计 / "
    "支出合计 (income_total or grand_total?); 财政拨款支出预算表（功能科目） and "
    "财政拨款基本支出预算表（经济科目） are "
    "not among the nine keys; 三公 合计 includes 会议费 + 培训费, so three_public/total is the printed "
    "“三公”经费 小计; "
    "一般公共预算基本支出 prints one column headed 基本支出 — taken as measure total (the one amount column)."
)

DOCUMENTS = [
    Doc(
        path=GAOYUAN,
        department="江苏省高级人民法院",
        fiscal_year=2019,
        report_kind="budget",
        scope="department",
        part="full",
        figures=[
            # 公开01表 收支预算总表 (p8)
            ("summary", "income", "fiscal_appropriation", "budget", "37,188.34", "万元", 8),
            ("summary", "income", "general_budget_appropriation", "budget", "37,188.34", "万元", 8),
            ("summary", "income", "income_total", "budget", "37,188.34", "万元", 8),
            ("summary", "income", "grand_total", "budget", "37,188.34", "万元", 8),
            ("summary", "expenditure", "fn_204", "budget", "27,488.23", "万元", 8),
            ("summary", "expenditure", "fn_208", "budget", "2,355.65", "万元", 8),
            ("summary", "expenditure", "fn_221", "budget", "7,344.46", "万元", 8),
            ("summary", "expenditure", "expenditure_total", "budget", "37,188.34", "万元", 8),
            ("summary", "expenditure", "grand_total", "budget", "37,188.34", "万元", 8),
            # 公开04表 财政拨款收支预算总表 (p10, upper half)
            ("appropriation_summary", "income", "general_budget_appropriation", "budget", "37,188.34", "万元", 10),
            # 公开07表 一般公共预算支出预算表（功能科目） (p12)
            ("general_budget", None, "total", "total", "37,188.34", "万元", 12),
            ("general_budget", None, "204", "total", "27,488.23", "万元", 12),
            ("general_budget", None, "20405", "total", "27,488.23", "万元", 12),
            ("general_budget", None, "2040501", "total", "17,279.29", "万元", 12),
            ("general_budget", None, "2040502", "total", "5,804.83", "万元", 12),
            ("general_budget", None, "2040599", "total", "630.00", "万元", 12),
            ("general_budget", None, "208", "total", "2,355.65", "万元", 12),
            ("general_budget", None, "20805", "total", "2,355.65", "万元", 12),
            ("general_budget", None, "2080505", "total", "1,384.70", "万元", 12),
            ("general_budget", None, "221", "total", "7,344.46", "万元", 12),
            ("general_budget", None, "22102", "total", "7,344.46", "万元", 12),
            ("general_budget", None, "2210202", "total", "5,465.10", "万元", 12),
            # 公开08表 一般公共预算基本支出预算表（经济科目） (p13)
            ("general_budget_basic", None, "total", "total", "21,968.00", "万元", 13),
            ("general_budget_basic", None, "301", "total", "16,324.07", "万元", 13),
            ("general_budget_basic", None, "30101", "total", "2,827.41", "万元", 13),
            ("general_budget_basic", None, "30102", "total", "8,252.03", "万元", 13),
            ("general_budget_basic", None, "302", "total", "3,580.05", "万元", 13),
            ("general_budget_basic", None, "30211", "total", "291.00", "万元", 13),
            ("general_budget_basic", None, "30231", "total", "266.80", "万元", 13),
            ("general_budget_basic", None, "303", "total", "2,063.88", "万元", 13),
            ("general_budget_basic", None, "30302", "total", "1,250.63", "万元", 13),
            # 公开09表 “三公”经费、会议费、培训费支出预算表 (p14, upper half)
            ("three_public", None, "total", "budget", "513.75", "万元", 14),
            ("three_public", None, "overseas_travel", "budget", "160.00", "万元", 14),
            ("three_public", None, "vehicle_total", "budget", "266.80", "万元", 14),
            ("three_public", None, "vehicle_operation", "budget", "266.80", "万元", 14),
            ("three_public", None, "reception", "budget", "86.95", "万元", 14),
        ],
        notes=_OPEN + " 三公 合计 2,382.02 = 513.75 + 会议费 271.02 + 培训费 1,597.25 (p14); 公务用车购置费 blank. "
        "This file has no expenditure subject table: 公开03表 支出预算总表 (p9) is 37,188.34 | 21,968.00 | 10,208.94 | "
        "5,011.40.",
    ),
    Doc(
        path=WEIBAN_TABLES,
        department="中共江苏省委办公厅",
        fiscal_year=2019,
        report_kind="budget",
        scope="department",
        part="tables",
        figures=[
            # 收支预算总表 (p1)
            ("summary", "income", "fiscal_appropriation", "budget", "27,664.22", "万元", 1),
            ("summary", "income", "general_budget_appropriation", "budget", "27,664.22", "万元", 1),
            ("summary", "income", "income_total", "budget", "27,664.22", "万元", 1),
            ("summary", "income", "grand_total", "budget", "27,664.22", "万元", 1),
            ("summary", "expenditure", "fn_201", "budget", "22,395.50", "万元", 1),
            ("summary", "expenditure", "fn_208", "budget", "1,374.63", "万元", 1),
            ("summary", "expenditure", "fn_221", "budget", "3,894.09", "万元", 1),
            ("summary", "expenditure", "expenditure_total", "budget", "27,664.22", "万元", 1),
            ("summary", "expenditure", "grand_total", "budget", "27,664.22", "万元", 1),
            # 财政拨款收支预算总表 (p4)
            ("appropriation_summary", "income", "general_budget_appropriation", "budget", "27,664.22", "万元", 4),
            # 一般公共预算支出预算表（功能科目） (p7)
            ("general_budget", None, "total", "total", "27,664.22", "万元", 7),
            ("general_budget", None, "201", "total", "22,395.50", "万元", 7),
            ("general_budget", None, "20131", "total", "22,395.50", "万元", 7),
            ("general_budget", None, "2013101", "total", "9,370.12", "万元", 7),
            ("general_budget", None, "2013102", "total", "13,025.38", "万元", 7),
            ("general_budget", None, "208", "total", "1,374.63", "万元", 7),
            ("general_budget", None, "20805", "total", "1,374.63", "万元", 7),
            ("general_budget", None, "2080504", "total", "275.54", "万元", 7),
            ("general_budget", None, "221", "total", "3,894.09", "万元", 7),
            ("general_budget", None, "2210202", "total", "2,928.22", "万元", 7),
            # 一般公共预算基本支出预算表（经济科目） (p8, portrait)
            ("general_budget_basic", None, "total", "total", "11,700.63", "万元", 8),
            ("general_budget_basic", None, "301", "total", "8,300.32", "万元", 8),
            ("general_budget_basic", None, "30101", "total", "1,581.26", "万元", 8),
            ("general_budget_basic", None, "302", "total", "2,232.91", "万元", 8),
            ("general_budget_basic", None, "30201", "total", "450.00", "万元", 8),
            ("general_budget_basic", None, "303", "total", "1,167.40", "万元", 8),
            ("general_budget_basic", None, "30302", "total", "864.75", "万元", 8),
            # “三公”经费、会议费、培训费支出预算表 (p9)
            ("three_public", None, "total", "budget", "508.20", "万元", 9),
            ("three_public", None, "overseas_travel", "budget", "70.00", "万元", 9),
            ("three_public", None, "vehicle_total", "budget", "411.20", "万元", 9),
            ("three_public", None, "vehicle_operation", "budget", "411.20", "万元", 9),
            ("three_public", None, "reception", "budget", "27.00", "万元", 9),
        ],
        notes=_OPEN
        + " 三公 合计 1,471.70 = 508.20 + 会议费 933.50 + 培训费 30.00 (p9). Department: every table prints "
        "`部门：中共江苏省委办公厅`, while the companion narrative's cover says 江苏省委办公厅 — the two parts of one "
        "department-year carry different names as printed (both read 中共江苏省委办公厅: cover.toml [names]). "
        "Year 2019 is printed only in the p12 title "
        "2019年政府采购预算表.",
    ),
    Doc(
        path=WEIBAN_TEXT,
        department="中共江苏省委办公厅",  # printed 江苏省委办公厅: the body's one name (cover.toml [names])
        fiscal_year=2019,
        report_kind="budget",
        scope="department",
        part="narrative",
        notes="Narrative only (14 pp, no table); companion of the 公开表格 file, which prints 中共江苏省委办公厅.",
    ),
    Doc(
        path=GAOYUAN_2017,
        department="江苏省高级人民法院",
        fiscal_year=2017,
        report_kind="budget",
        scope="department",
        part="full",
        figures=[
            # 一、2017年度江苏省高级人民法院部门收支预算总表 (starts at the foot of p11, continues on p12)
            ("summary", "income", "fiscal_appropriation", "budget", "28,849.38", "万元", 11),
            ("summary", "income", "general_budget_appropriation", "budget", "28,849.38", "万元", 11),
            ("summary", "income", "income_total", "budget", "28,849.38", "万元", 12),
            ("summary", "income", "grand_total", "budget", "28,849.38", "万元", 12),
            ("summary", "expenditure", "fn_204", "budget", "23,513.11", "万元", 12),
            ("summary", "expenditure", "fn_208", "budget", "2,347.13", "万元", 12),
            ("summary", "expenditure", "fn_221", "budget", "2,989.14", "万元", 12),
            ("summary", "expenditure", "expenditure_total", "budget", "28,849.38", "万元", 12),
            ("summary", "expenditure", "grand_total", "budget", "28,849.38", "万元", 12),
            # 八、…部门一般公共预算支出预算表 (p15)
            ("general_budget", None, "total", "total", "28,849.38", "万元", 15),
            ("general_budget", None, "204", "total", "23,513.11", "万元", 15),
            ("general_budget", None, "20405", "total", "23,513.11", "万元", 15),
            ("general_budget", None, "2040501", "total", "11,786.92", "万元", 15),
            ("general_budget", None, "2040504", "total", "1,733.30", "万元", 15),
            ("general_budget", None, "208", "total", "2,347.13", "万元", 15),
            ("general_budget", None, "2080504", "total", "2,347.13", "万元", 15),
            ("general_budget", None, "221", "total", "2,989.14", "万元", 15),
            ("general_budget", None, "2210201", "total", "1,029.15", "万元", 15),
            ("general_budget", None, "2210202", "total", "1,959.99", "万元", 15),
            # 九、…部门一般公共预算基本支出预算表 (p15, continued on p16 without header)
            ("general_budget_basic", None, "total", "total", "17,123.19", "万元", 15),
            ("general_budget_basic", None, "301", "total", "7,687.65", "万元", 15),
            ("general_budget_basic", None, "30101", "total", "2,509.00", "万元", 15),
            ("general_budget_basic", None, "30102", "total", "4,220.60", "万元", 15),
            ("general_budget_basic", None, "302", "total", "3,528.37", "万元", 15),
            ("general_budget_basic", None, "30201", "total", "380.00", "万元", 15),
            ("general_budget_basic", None, "30211", "total", "265.00", "万元", 16),
            ("general_budget_basic", None, "303", "total", "5,907.17", "万元", 16),
            ("general_budget_basic", None, "30302", "total", "1,963.45", "万元", 16),
            ("general_budget_basic", None, "30311", "total", "1,029.15", "万元", 16),
            # 十一、…“三公”经费、会议费、培训费支出预算表 (p17)
            ("three_public", None, "total", "budget", "670.12", "万元", 17),
            ("three_public", None, "overseas_travel", "budget", "180.00", "万元", 17),
            ("three_public", None, "vehicle_total", "budget", "304.40", "万元", 17),
            ("three_public", None, "vehicle_operation", "budget", "304.40", "万元", 17),
            ("three_public", None, "reception", "budget", "185.72", "万元", 17),
        ],
        notes=_OPEN
        + " 2017 titles carry number, year and department: `一、2017 年度江苏省高级人民法院部门收支预算总表` … "
        "`十二、2017 年江苏省高级人民法院部门政府采购预算表`; no 部门名称 line; tables run on continuously, "
        "several per "
        "page and across pages without repeated headers (收支总表 p11→p12, 基本支出 p15→p16, 机关运行经费 p16→p17). "
        "三公 合计 2,599.37 = 670.12 + 会议费 228.00 + 培训费 1,701.25 (p17). 2017 economic codes: 30311 住房公积金 / "
        "30312 提租补贴 under 303.",
    ),
]
