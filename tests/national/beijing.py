"""北京市 (2026 部门预算): eye-checked figures.

Layout traits seen (审计局 附件2 报表, cross-checked against 退役军人事务局 / 教育委员会 table files):
- Parts: no file of this family is `full`. `2026年北京市X部门预算.pdf` (6–14 pp) and `附件1：…情况说明` are the
  narrative only (目录 lists 第二部分 报表, but the file stops after 名词解释, no tables, no 金额单位); `X_2026年部门
  预算.pdf` and `附件2：…部门预算报表` (17–177 pp) are the tables only and start straight on 预算01表, no cover page.
  The department name AND the year appear in the tables only in the last table, `预算13表 部门整体支出绩效目标表`
  / `（2026年度）` / `部门名称 北京市审计局`; 预算01–12表 titles carry no year and no department.
- Titles numbered `预算01表 收支总表` … `预算09表 财政拨款“三公”经费支出表`, then 预算10表 政府采购, 预算11表 政府购买
  服务, `预算表12 项目支出绩效目标表` (note the different word order), 部门整体支出绩效目标表.
  Short table names: 收支总表 / 收入总表 / 支出总表 / 财政拨款收支总表 / 一般公共预算支出表 / 一般公共预算基本支出表 /
  政府性基金预算支出表 / 国有资本经营预算支出表.
- Unit `金额单位：万元` top right of every table; amounts with SIX decimals (`32,852.053832`), thousands commas.
- No 行次 columns. Page sizes mixed within one file: 842x595 landscape for 01, 02, 04, 05, 07–10 and portrait
  595x842 for 03, 06, 11 (no /Rotate; the landscape pages are drawn landscape).
- 收支总表 / 财政拨款收支总表: income side numbered 一、…九、, expenditure side numbered 一、一般公共服务支出 … 二十六、
  抗疫特别国债安排的支出 (function classes by NAME only, no code). 财政拨款收支总表 repeats
  `一、一般公共预算拨款 / 二、政府性基金预算拨款 / 三、国有资本经营预算拨款` as sub-lines of 上年结转结余.
- 收入总表: ONE unlabeled amount row (no 合计 label, no codes) under a two-level header 合计 | 本年收入(小计, 一般公共
  预算资金 … 其他收入) | 上年结转结余(小计, 一般公共预算资金 … 财政专户管理资金, 单位资金).
- 支出总表 is NOT by subject: one row per (功能科目 7-digit `2010801-行政运行`, 政府经济科目 `50101-…`, 部门经济科目
  `30101-…`) with 合计 | 基本支出 | 项目支出 | 其中 事业单位经营支出 / 上缴上级支出 / 对附属单位补助支出; the 合计
  row is the only subject-level figure. No 类/款 rows at all.
- 一般公共预算支出表: only 项 rows (7-digit 科目编码 + 科目名称), header 合计 | 基本支出(小计, 人员经费, 公用经费) |
  项目支出(项目支出总数, 扣除基建项目后预算数). The per-unit blocks are concatenated WITHOUT unit headings, so the
  same 项 code (2010801 行政运行, 2080505 …) appears once per budget unit; no 类/款 subtotals.
- 一般公共预算基本支出表: rows keyed by two economic codes (政府 `50101-工资奖金津补贴` + 部门 `30101-基本工资`),
  columns 合计 | 人员经费 | 公用经费; a 部门 code repeats under different 政府 codes (30101 under 50101 and 50501).
- 三公: one row, columns “三公”经费财政拨款预算总额 | 因公出国（境）费用 | 公务接待费 | 公务用车购置及运行维护费
  (小计, 公务用车购置费, 公务用车运行维护费); no 会议费/培训费, no 机关运行经费.
- Empty 政府性基金 / 国有资本 tables print the header and a bare 合 计 row.
- Continuations: 支出总表 of bigger departments runs over many pages with the header repeated (教育委员会 99 pp).
"""

from national.figures import Doc

SHENJI = "北京市/审计局_附件2：北京市审计局2026年度部门预算报表.pdf"
TUIYI = "北京市/退役军人事务局_2026年部门预算.pdf"

DOCUMENTS = [
    Doc(
        path=SHENJI,
        department="北京市审计局",
        fiscal_year=2026,
        report_kind="budget",
        scope="department",
        part="tables",
        figures=[
            # 预算01表 收支总表 (p1)
            ("summary", "income", "general_budget_appropriation", "budget", "32,365.090089", "万元", 1),
            ("summary", "income", "other", "budget", "15.000000", "万元", 1),
            ("summary", "income", "income_total", "budget", "32,380.090089", "万元", 1),
            ("summary", "income", "carryover_begin", "budget", "471.963743", "万元", 1),
            ("summary", "income", "grand_total", "budget", "32,852.053832", "万元", 1),
            ("summary", "expenditure", "fn_201", "budget", "26,661.064552", "万元", 1),
            ("summary", "expenditure", "fn_205", "budget", "122.800000", "万元", 1),
            ("summary", "expenditure", "fn_208", "budget", "2,559.323508", "万元", 1),
            ("summary", "expenditure", "fn_210", "budget", "1,798.093248", "万元", 1),
            ("summary", "expenditure", "fn_221", "budget", "1,710.772524", "万元", 1),
            ("summary", "expenditure", "expenditure_total", "budget", "32,852.053832", "万元", 1),
            ("summary", "expenditure", "grand_total", "budget", "32,852.053832", "万元", 1),
            # 预算03表 支出总表 (p3): only the 合计 row is a subject-level line
            ("expenditure", None, "total", "total", "32,852.053832", "万元", 3),
            ("expenditure", None, "total", "basic", "25,218.537585", "万元", 3),
            ("expenditure", None, "total", "project", "7,633.516247", "万元", 3),
            # 预算04表 财政拨款收支总表 (p4)
            ("appropriation_summary", "income", "income_total", "budget", "32,365.090089", "万元", 4),
            ("appropriation_summary", "income", "carryover_begin", "budget", "436.846550", "万元", 4),
            ("appropriation_summary", "income", "grand_total", "budget", "32,801.936639", "万元", 4),
            ("appropriation_summary", "expenditure", "fn_201", "budget", "26,610.947359", "万元", 4),
            ("appropriation_summary", "expenditure", "fn_208", "budget", "2,559.323508", "万元", 4),
            ("appropriation_summary", "expenditure", "expenditure_total", "budget", "32,801.936639", "万元", 4),
            ("appropriation_summary", "expenditure", "grand_total", "budget", "32,801.936639", "万元", 4),
            # 预算05表 一般公共预算支出表 (p5): 项 codes printed once only, and the 合计 row
            ("general_budget", None, "2010805", "total", "486.506000", "万元", 5),
            ("general_budget", None, "2010805", "project", "486.506000", "万元", 5),
            ("general_budget", None, "2010806", "total", "3,613.399880", "万元", 5),
            ("general_budget", None, "2010804", "project", "2,281.630793", "万元", 5),
            ("general_budget", None, "2010850", "total", "1,354.218247", "万元", 5),
            ("general_budget", None, "2010850", "basic", "1,335.738247", "万元", 5),
            ("general_budget", None, "2010850", "personnel", "1,300.644560", "万元", 5),
            ("general_budget", None, "2010850", "public", "35.093687", "万元", 5),
            ("general_budget", None, "2010850", "project", "18.480000", "万元", 5),
            ("general_budget", None, "2101102", "total", "151.418220", "万元", 5),
            ("general_budget", None, "total", "total", "32,801.936639", "万元", 5),
            ("general_budget", None, "total", "basic", "25,218.537585", "万元", 5),
            ("general_budget", None, "total", "personnel", "23,545.680500", "万元", 5),
            ("general_budget", None, "total", "public", "1,672.857085", "万元", 5),
            ("general_budget", None, "total", "project", "7,583.399054", "万元", 5),
            # 预算06表 一般公共预算基本支出表 (p6): 部门经济科目 codes printed once only, and the 合计 row
            ("general_budget_basic", None, "30103", "total", "3,975.340500", "万元", 6),
            ("general_budget_basic", None, "30103", "personnel", "3,975.340500", "万元", 6),
            ("general_budget_basic", None, "30107", "personnel", "695.208100", "万元", 6),
            ("general_budget_basic", None, "30201", "public", "89.400000", "万元", 6),
            ("general_budget_basic", None, "30304", "total", "90.000000", "万元", 6),
            ("general_budget_basic", None, "total", "total", "25,218.537585", "万元", 6),
            ("general_budget_basic", None, "total", "personnel", "23,545.680500", "万元", 6),
            ("general_budget_basic", None, "total", "public", "1,672.857085", "万元", 6),
            # 预算09表 财政拨款“三公”经费支出表 (p9)
            ("three_public", None, "total", "budget", "244.848000", "万元", 9),
            ("three_public", None, "overseas_travel", "budget", "173.520000", "万元", 9),
            ("three_public", None, "reception", "budget", "6.000000", "万元", 9),
            ("three_public", None, "vehicle_total", "budget", "65.328000", "万元", 9),
            ("three_public", None, "vehicle_purchase", "budget", "37.380000", "万元", 9),
            ("three_public", None, "vehicle_operation", "budget", "27.948000", "万元", 9),
        ],
        notes=(
            "Settled in wave 2 (normalize._drop_repeated_codes): a code printed on more than one row of one "
            "table is dropped (never summed) — codes printed once and the 合计 are kept; the column "
            "扣除基建项目后预算数 is skipped (catalog [skip_columns]: a part of 项目支出 with no contract measure). "
            "Open questions the contract does not settle, so those figures are left out: "
            "(1) 一般公共预算支出表 p5 prints the same 项 code once per budget unit with no unit heading "
            "(2010801 行政运行: 4,952.850016 / 13,007.966442; 2080505, 2210201 … likewise) — "
            "one line_key, several rows: "
            "sum them, or key them per unit? Likewise 一般公共预算基本支出表 p6 prints 30101 under 50101 and 50501. "
            "(2) 一般公共预算支出表 column 扣除基建项目后预算数 (p5) has no measure. "
            "(3) 收入总表 p2 is one unlabeled row (合计 32,852.053832, 本年收入小计 32,380.090089, 一般公共预算资金 "
            "32,365.090089, 其他收入 15.000000, 上年结转结余小计 471.963743 / 一般公共预算资金 436.846550 / "
            "单位资金 35.117193): "
            "line_key total? and which measures for 本年收入小计 / 上年结转结余 columns? "
            "(4) 财政拨款收支总表 p4 prints 一、一般公共预算资金 32,365.090089 (本年) AND, under 上年结转结余, "
            "一、一般公共预算拨款 436.846550 — both would be income/general_budget_appropriation. "
            "(5) 支出总表 p3 is by (功能, 政府经济, 部门经济) code triple, so only its 合计 row is a subject line. "
            "(6) No Beijing file is `full`: the department name is printed only in the 绩效目标表 (p20 here)."
        ),
    ),
    Doc(
        path=TUIYI,
        department="北京市退役军人事务局",
        fiscal_year=2026,
        report_kind="budget",
        scope="department",
        part="tables",
        figures=[
            # 预算01表 收支总表 (p1, portrait)
            ("summary", "income", "general_budget_appropriation", "budget", "816,236.484478", "万元", 1),
            ("summary", "income", "other", "budget", "242,069.289298", "万元", 1),
            ("summary", "income", "income_total", "budget", "1,058,305.773776", "万元", 1),
            ("summary", "income", "carryover_begin", "budget", "5,066.002769", "万元", 1),
            ("summary", "income", "grand_total", "budget", "1,063,371.776545", "万元", 1),
            ("summary", "expenditure", "fn_205", "budget", "367.509754", "万元", 1),
            ("summary", "expenditure", "fn_208", "budget", "1,056,900.106607", "万元", 1),
            ("summary", "expenditure", "fn_210", "budget", "2,433.400584", "万元", 1),
            ("summary", "expenditure", "fn_215", "budget", "0.618400", "万元", 1),
            ("summary", "expenditure", "fn_221", "budget", "3,670.141200", "万元", 1),
            ("summary", "expenditure", "expenditure_total", "budget", "1,063,371.776545", "万元", 1),
            ("summary", "expenditure", "grand_total", "budget", "1,063,371.776545", "万元", 1),
            # 预算03表 支出总表 (p3, continued on p4 without header): the 合计 row is on p4
            ("expenditure", None, "total", "total", "1,063,371.776545", "万元", 4),
            ("expenditure", None, "total", "basic", "37,789.361305", "万元", 4),
            ("expenditure", None, "total", "project", "1,025,582.415240", "万元", 4),
            # 预算04表 财政拨款收支总表 (p5)
            ("appropriation_summary", "income", "income_total", "budget", "816,236.484478", "万元", 5),
            ("appropriation_summary", "income", "carryover_begin", "budget", "3,850.930277", "万元", 5),
            ("appropriation_summary", "income", "grand_total", "budget", "820,087.414755", "万元", 5),
            ("appropriation_summary", "expenditure", "fn_208", "budget", "813,615.744817", "万元", 5),
            ("appropriation_summary", "expenditure", "fn_210", "budget", "2,433.400584", "万元", 5),
            ("appropriation_summary", "expenditure", "expenditure_total", "budget", "820,087.414755", "万元", 5),
            ("appropriation_summary", "expenditure", "grand_total", "budget", "820,087.414755", "万元", 5),
            # 预算05表 一般公共预算支出表 (p6–p8): 项 codes printed once only, and the 合计 row on p8
            ("general_budget", None, "2050804", "total", "80.000000", "万元", 6),
            ("general_budget", None, "2050804", "project", "80.000000", "万元", 6),
            ("general_budget", None, "2080899", "project", "90.500000", "万元", 6),
            ("general_budget", None, "2082802", "total", "2,504.639974", "万元", 6),
            ("general_budget", None, "2082804", "project", "2,401.700000", "万元", 6),
            ("general_budget", None, "2082806", "total", "453.160000", "万元", 6),
            ("general_budget", None, "2150299", "total", "0.618400", "万元", 6),
            ("general_budget", None, "total", "total", "820,087.414755", "万元", 8),
            ("general_budget", None, "total", "basic", "37,615.859058", "万元", 8),
            ("general_budget", None, "total", "personnel", "32,025.400905", "万元", 8),
            ("general_budget", None, "total", "public", "5,590.458153", "万元", 8),
            ("general_budget", None, "total", "project", "782,471.555697", "万元", 8),
            # 预算06表 一般公共预算基本支出表 (p9–p10): the 合计 row on p10
            ("general_budget_basic", None, "total", "total", "37,615.859058", "万元", 10),
            ("general_budget_basic", None, "total", "personnel", "32,025.400905", "万元", 10),
            ("general_budget_basic", None, "total", "public", "5,590.458153", "万元", 10),
            # 预算09表 财政拨款“三公”经费支出表 (p13)
            ("three_public", None, "total", "budget", "104.216204", "万元", 13),
            ("three_public", None, "overseas_travel", "budget", "34.380000", "万元", 13),
            ("three_public", None, "reception", "budget", "1.876000", "万元", 13),
            ("three_public", None, "vehicle_total", "budget", "67.960204", "万元", 13),
            ("three_public", None, "vehicle_operation", "budget", "67.960204", "万元", 13),
        ],
        notes=(
            "Portrait (595x842) throughout, unlike 审计局's mixed pages; 支出总表 / 一般公共预算支出表 / "
            "基本支出表 continue "
            "over 2–3 pages WITHOUT repeating the header, 合计 on the last page. Same open questions as 审计局 "
            "(repeated 项 codes per unit, 收入总表 single row, 扣除基建项目后预算数). PRINTED INCONSISTENCY: the "
            "一般公共预算支出表 rows (p6–p8) add up to only 23,775.282490 while its 合计 prints 820,087.414755 "
            "(项目支出 782,471.555697; 财政拨款收支总表 fn_208 813,615.744817) — the large 社会保障 pass-through item "
            "has no row of its own; the sum test has no 类 rows to hold against it. 三公 公务用车购置费 blank."
        ),
    ),
]
