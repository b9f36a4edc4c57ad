"""福州市 (Fujian 市直 部门/单位预算 template) — eye-checked figures.

Layout traits seen (公安局交通警察局 file rendered; 医疗保障局 and the seven other files' text layers):
- Cover page 1: three centred lines `2026 年度 / 福州市X / 部门预算` or `… / 单位预算`; most files of this family are
  单位预算 (and `福州市民政局(本级) / 单位预算`, `福州市科学技术局(本级)`).  FILE NAMES LIE: `2026年福州市公安局部门
  预算.pdf` is 福州市公安局治安管理支队 单位预算; `公安局交通警察局_2026年部门预算.pdf` is 福州市公安局交通管理支队
  单位预算; `科技创新局` is 福州市科学技术局(本级).
- Parts: 目录, 第一部分 单位(部门)概况, 第二部分 2026 年度单位(部门)预算表 (divider page), the ten tables, 第三部分
  情况说明 (with per-project 绩效目标表 pages), 第四部分 名词解释 — one file, part `full`.  Footer: bare page number.
- Each table page has a numbered heading `一、收支预算总表` … `十、一般公共预算“三公”经费支出预算表` above a larger
  title `2026 年度<name>`, and only `单位：万元` (no 部门/单位 name line).
  Ten tables: 一 收支预算总表, 二 收入预算总表, 三 支出预算总表, 四 财政拨款收支预算总表,
  五 一般公共预算拨款支出预算表, 六 政府性基金预算拨款支出预算表, 七 国有资本经营预算拨款支出预算表,
  八 一般公共预算支出经济分类情况表 (类 only, one 预算数 column),
  九 一般公共预算基本支出经济分类情况表 (one 预算数 column, the FULL economic code list printed with blanks), 十 三公.
- Amounts 万元, two decimals, no thousands separators; the 合计 rows print explicit 0.00 in empty columns.
- Codes in one 科目编码 column (204 / 20402 / 2040201), centred, no indentation; names centred too.
  三 支出预算总表: 合计 | 基本支出 | 项目支出 | 事业单位经营支出 | 上缴上级支出 | 对附属单位补助支出.
  五/六/七: 小计 | 其中：(基本支出 | 项目支出) — the total column is headed 小计.
- 一 收支预算总表: 26 numbered class lines (一、一般公共服务支出 … 二十六、债务发行费用支出,
  no 社会保险基金支出 / 预备费 lines), then 本年收入合计 / 本年支出合计, 上年结转结余 / 结转下年支出,
  and the bottom line `收入合计 / 支出合计` (not 收入总计).
  四 财政拨款收支预算总表 has only the bottom `收入合计 / 支出合计`.
- 十 三公 is a vertical 项目 | 预算数 list: 合计, 1、因公出国（境）费用, 2、公务接待费, 3、公务用车购置及运行费,
  其中：（1）公务用车购置费, （2）公务用车运行费 — zeros printed as 0.00.
- 二 收入预算总表 is keyed by 单位名称 (合计 + the unit), with a 上年结转结余 column.
- Portrait A4 except 二 and 三 (landscape 842x595, /Rotate 0).  Tables fit one page except 九 (3 pages here),
  whose continuation pages repeat the column header `科目编码 | 科目名称 | 预算数`.
"""

from national.figures import Doc

W = "万元"

DOCUMENTS = [
    Doc(
        path="福州市/公安局交通警察局_2026年部门预算.pdf",
        department="福州市公安局交通管理支队",
        fiscal_year=2026,
        report_kind="budget",
        scope="unit",
        part="full",
        figures=[
            # 一、收支预算总表, p7
            ("summary", "income", "general_budget_appropriation", "budget", "48764.88", W, 7),
            ("summary", "income", "gov_fund_appropriation", "budget", "5000.00", W, 7),
            ("summary", "income", "income_total", "budget", "53764.88", W, 7),
            ("summary", "income", "carryover_begin", "budget", "8000.00", W, 7),
            ("summary", "expenditure", "fn_204", "budget", "48200.88", W, 7),
            ("summary", "expenditure", "fn_208", "budget", "5064.00", W, 7),
            ("summary", "expenditure", "fn_212", "budget", "5000.00", W, 7),
            ("summary", "expenditure", "fn_221", "budget", "3500.00", W, 7),
            ("summary", "expenditure", "expenditure_total", "budget", "61764.88", W, 7),
            # 二、收入预算总表, p8 (合计 row)
            ("income", None, "total", "total", "61764.88", W, 8),
            # 三、支出预算总表, p9
            ("expenditure", None, "total", "total", "61764.88", W, 9),
            ("expenditure", None, "total", "basic", "30995.07", W, 9),
            ("expenditure", None, "total", "project", "30769.81", W, 9),
            ("expenditure", None, "204", "total", "48200.88", W, 9),
            ("expenditure", None, "204", "basic", "22431.07", W, 9),
            ("expenditure", None, "204", "project", "25769.81", W, 9),
            ("expenditure", None, "20402", "total", "48200.88", W, 9),
            ("expenditure", None, "2040299", "project", "16389.79", W, 9),
            ("expenditure", None, "2080505", "basic", "2470.32", W, 9),
            ("expenditure", None, "212", "project", "5000.00", W, 9),
            ("expenditure", None, "2120899", "total", "5000.00", W, 9),
            ("expenditure", None, "2210201", "total", "2264.07", W, 9),
            # 四、财政拨款收支预算总表, p10
            ("appropriation_summary", "income", "general_budget_appropriation", "budget", "48764.88", W, 10),
            ("appropriation_summary", "income", "gov_fund_appropriation", "budget", "5000.00", W, 10),
            ("appropriation_summary", "expenditure", "fn_204", "budget", "40200.88", W, 10),
            ("appropriation_summary", "expenditure", "fn_208", "budget", "5064.00", W, 10),
            ("appropriation_summary", "expenditure", "fn_212", "budget", "5000.00", W, 10),
            ("appropriation_summary", "expenditure", "fn_221", "budget", "3500.00", W, 10),
            # 五、一般公共预算拨款支出预算表, p11 (total column headed 小计)
            ("general_budget", None, "total", "total", "48764.88", W, 11),
            ("general_budget", None, "total", "basic", "30995.07", W, 11),
            ("general_budget", None, "total", "project", "17769.81", W, 11),
            ("general_budget", None, "204", "total", "40200.88", W, 11),
            ("general_budget", None, "204", "basic", "22431.07", W, 11),
            ("general_budget", None, "204", "project", "17769.81", W, 11),
            ("general_budget", None, "20402", "total", "40200.88", W, 11),
            ("general_budget", None, "2040201", "basic", "22431.07", W, 11),
            ("general_budget", None, "2040299", "project", "8389.79", W, 11),
            ("general_budget", None, "2080501", "total", "1358.52", W, 11),
            # 九、一般公共预算基本支出经济分类情况表, p15 (one 预算数 column → total)
            ("general_budget_basic", None, "total", "total", "30995.07", W, 15),
            ("general_budget_basic", None, "301", "total", "26742.94", W, 15),
            ("general_budget_basic", None, "30101", "total", "5954.55", W, 15),
            ("general_budget_basic", None, "30113", "total", "2264.07", W, 15),
            ("general_budget_basic", None, "302", "total", "2695.06", W, 15),
            ("general_budget_basic", None, "30212", "total", "5.38", W, 15),
            # 十、一般公共预算“三公”经费支出预算表, p18 (vertical list)
            ("three_public", None, "total", "budget", "1354.68", W, 18),
            ("three_public", None, "overseas_travel", "budget", "5.38", W, 18),
            ("three_public", None, "reception", "budget", "14.09", W, 18),
            ("three_public", None, "vehicle_total", "budget", "1335.21", W, 18),
            ("three_public", None, "vehicle_purchase", "budget", "221.04", W, 18),
            ("three_public", None, "vehicle_operation", "budget", "1114.17", W, 18),
        ],
        printed_sum_errors=[
            # p9: 20402 公安 48200.88 (项目 25769.81) but its 项 2040201 22431.07 + 2040299 16389.79 = 38820.86.
            ("expenditure", "20402", "total"),
            ("expenditure", "20402", "project"),
            # p11: 20402 公安 40200.88 (项目 17769.81) but 22431.07 + 8389.79 = 30820.86 — 9380.02 short again.
            ("general_budget", "20402", "total"),
            ("general_budget", "20402", "project"),
        ],
        notes=(
            "Printed slip: 20402 公安 exceeds its printed 项 by 9380.02 in both 三 (p9) and 五 (p11) — a 项 row seems "
            "to be missing (项目支出 25769.81 / 17769.81 vs the one 项目 row 16389.79 / 8389.79). "
            "OPEN: the summaries' bottom line is `收入合计` / `支出合计` (p7 61764.88, after 上年结转结余 8000.00), "
            "not 收入总计 — it is the grand total by position but the contract names only 收入总计, so grand_total "
            "is left out; 四 (p10) prints ONLY `收入合计 53764.88 / 支出合计 53764.88` (income_total or grand_total?) "
            "— left out. 结转下年支出 0.00 (carryover_end) left out as zero. "
            "二 收入预算总表's 一般公共预算拨款收入 / 上年结转结余 columns have no settled measure — only 合计. "
            "八 一般公共预算支出经济分类情况表 (p14, 类 only, all money) has no contract key — left out."
        ),
    ),
    # Identity only (covers eye-checked).
    Doc(
        path="福州市/2026年福州市公安局部门预算.pdf",
        department="福州市公安局治安管理支队",
        fiscal_year=2026,
        report_kind="budget",
        scope="unit",
        notes="File name says 福州市公安局部门预算; the cover is "
        "`2026 年度 / 福州市公安局治安管理 / 支队 / 单位预算` — the unit name wraps over two lines.",
    ),
    Doc(
        path="福州市/2026年福州市民政局部门预算.pdf",
        department="福州市民政局",
        fiscal_year=2026,
        report_kind="budget",
        scope="unit",
        notes="Cover `2026 年度 / 福州市民政局(本级) / 单位预算` — ASCII parentheses around 本级.",
    ),
]
