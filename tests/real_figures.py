"""Figures printed in the real 决算 PDFs of ../shared/corpus/real, each checked by eye on the rendered page.

Every amount below was read off the page rendered with pypdfium2 (scale 2) and, where small, a zoomed
crop of it; the text layer (pdfplumber) was only used to find things and to cross-check for typos.
Pages are 1-based and are the page on which the amount cell itself is printed.

Printed blank cells and printed 0.00 cells are NOT listed in FIGURES (the contract lets an extractor
omit them or store 0); tables that print no amount at all are listed in EMPTY_TABLES.

Oddities an extractor must cope with (seen on the pages):

财政局 original (上海市普陀区财政局2024年度部门决算.pdf):
- The text layer puts numbers in separate runs from their labels: the cover reads "上海市普陀区财政局 /
  年度部门决算 / 2024" and the part-2 title "第二部分 上海市普陀区财政局 年度部门决算表" has "2024"
  on its own line; narrative sentences ("年度收入支出总计 万元") have every number on the next line.
- Title quotes float: "财政拨款 三公 经费支出决算表" with "“ ”" on a separate text line (page 18).
- Subject codes are printed in split 类/款/项 columns (201 | 06 | 01 -> '2010601'); in the
  基本支出 table 类/款 (301 | 01 -> '30101').  In the 收入/支出决算表 (pp. 8-11) the codes sit on a
  different text line from the row name, and long names wrap ("机关事业单位基本养老保险 / 缴费支出").
- 支出决算表 (p. 10): 基本支出/项目支出 cells are top-aligned while 本年支出合计 is vertically
  centred, so one row's amounts come out on two text lines (e.g. "合计 2,336.91 603.14" / "2,940.05").
- 基本支出决算表 (pp. 16-17): codes are top-aligned, names/amounts centred; names are letter-spaced
  ("因 公 出 国 （ 境 ） 费 用"); page 17 starts with an empty spill-over row; the 合计 rows are the
  footer "人员经费合计 | 2,152.26 | 公用经费合计 | 184.65".
- 一般公共预算财政拨款支出决算表 (p. 15) prints its 合计 row LAST; 收入/支出决算表 print it first.
- Tables continue onto the next page without repeating the header (summary 6->7, income 8->9,
  expenditure 10->11, appropriation_summary 12->13 and a blank ruled row on page 14, basic 16->17).
- Amounts use thousands separators ("2,940.05").
- Rounding: 社会保障和就业支出 is 326.71 in the two summary tables but 326.72 in every subject table
  (and the items 84.65+160.75+80.38+0.94 = 326.72); the income classes sum to 2,946.26 vs printed
  合计 2,946.25; the expenditure classes sum to 2,940.06 vs 2,940.05; 301 items sum to 2,082.86 vs
  printed 2,082.85; 302 items sum to 171.09 vs printed 171.07.
- Narrative (p. 21) says 财政拨款收入支出总计 "0.3万元" although the table prints 2,961.68, and
  "其他收入6.2万元" (table: 6.20).
- 三公 table (p. 18): only 预算数 is printed (合计 0.95, 公务接待费 0.95); every 决算数 cell is blank
  although the narrative says 决算 0.00.
- 政府性基金 / 国有资本经营 tables (pp. 19, 20) are printed as empty ruled grids plus a 注 line.
- 财政拨款收入支出决算总表 (p. 13) prints an income sub-line "一、一般公共预算财政拨款 21.63" under
  年初财政拨款结转和结余 (the carry-over split by fund); it is not listed below because it has no
  line_key of its own in the contract (general_budget_appropriation is the 2,940.05 income line).

社会工作部 (中共上海市普陀区委社会工作部 2024 年度部门决算.pdf):
- Cover title is split over three lines: "中共上海市普陀区委 / 社会工作部 2024 年度 / 部门决算".
- Subject codes are printed merged (2013901, 30101), in one 功能分类科目编码 column.
- 基本支出决算表 prints 0.00 in every empty cell (not blank) and indents the item names.
- Names wrap inside narrow cells in the 一般公共预算财政拨款支出决算表 (p. 12): "一般公共服务 / 支出",
  "机关事业单位 / 基本养老保险 / 缴费支出" - the code and amounts are on the middle text line.
- 收入支出决算总表 prints "使用非财政拨款结余" without （含专用结余）; its carry-over cells are blank.
- Rounding: 302 items sum to 10.22 vs printed 商品和服务支出 / 公用经费合计 10.23, so 人员经费合计 +
  公用经费合计 = 105.59 while 基本支出 合计 elsewhere is 105.58.
- Narrative (p. 18) says 年初预算为 0 万元，全年预算为 321.02 万元 ... 完成年初预算的 95.89% (the
  95.89% is actually final / 全年预算).
- 三公, 政府性基金 and 国有资本经营 tables (pp. 14-16) are empty grids with a 说明 line.

Planted-errors copy (24年普陀区财政局（测试问题版本）.pdf): a re-typeset copy (different fonts, one
text line per table row; a monospaced font makes amounts look like "2, 940. 05" on the page while the text
layer reads "2,940.05"); its tables fit on fewer pages.  See PLANTED_DIFFERENCES.
"""

from decimal import Decimal as D

CZ = "上海市普陀区财政局2024年度部门决算.pdf"
CS = "24年普陀区财政局（测试问题版本）.pdf"
SG = "中共上海市普陀区委社会工作部 2024 年度部门决算.pdf"
TP = "附件2：部门决算模板.pdf"
U = "万元"  # every table of these documents prints 单位：万元

# (file_name, table_key, side, line_key, measure, printed amount (as printed unit), unit, page)
FIGURES = [
    # ---------------------------------------------------------------- 财政局 original
    # 收入支出决算总表, pp. 6-7
    (CZ, "summary", "income", "general_budget_appropriation", "final", D("2940.05"), U, 6),
    (CZ, "summary", "income", "other", "final", D("6.20"), U, 6),
    (CZ, "summary", "income", "income_total", "final", D("2946.25"), U, 6),
    (CZ, "summary", "expenditure", "fn_201", "final", D("2106.66"), U, 6),
    (CZ, "summary", "expenditure", "fn_208", "final", D("326.71"), U, 6),
    (CZ, "summary", "expenditure", "fn_210", "final", D("60.99"), U, 6),
    (CZ, "summary", "expenditure", "fn_221", "final", D("445.69"), U, 6),
    (CZ, "summary", "expenditure", "expenditure_total", "final", D("2940.05"), U, 6),
    (CZ, "summary", "income", "carryover_begin", "final", D("49.14"), U, 7),
    (CZ, "summary", "income", "grand_total", "final", D("2995.39"), U, 7),
    (CZ, "summary", "expenditure", "carryover_end", "final", D("55.34"), U, 7),
    (CZ, "summary", "expenditure", "grand_total", "final", D("2995.39"), U, 7),
    # 收入决算表, pp. 8-9 (合计 row first)
    (CZ, "income", None, "total", "total", D("2946.25"), U, 8),
    (CZ, "income", None, "total", "fiscal_appropriation", D("2940.05"), U, 8),
    (CZ, "income", None, "total", "other", D("6.20"), U, 8),
    (CZ, "income", None, "201", "total", D("2112.86"), U, 8),
    (CZ, "income", None, "201", "fiscal_appropriation", D("2106.66"), U, 8),
    (CZ, "income", None, "201", "other", D("6.20"), U, 8),
    (CZ, "income", None, "20106", "total", D("2112.86"), U, 8),
    (CZ, "income", None, "20106", "fiscal_appropriation", D("2106.66"), U, 8),
    (CZ, "income", None, "20106", "other", D("6.20"), U, 8),
    (CZ, "income", None, "2010601", "total", D("1511.90"), U, 8),
    (CZ, "income", None, "2010601", "fiscal_appropriation", D("1511.89"), U, 8),
    (CZ, "income", None, "2010601", "other", D("0.01"), U, 8),
    (CZ, "income", None, "2010602", "total", D("16.19"), U, 8),
    (CZ, "income", None, "2010602", "fiscal_appropriation", D("10.00"), U, 8),
    (CZ, "income", None, "2010602", "other", D("6.19"), U, 8),
    (CZ, "income", None, "2010607", "total", D("135.25"), U, 8),
    (CZ, "income", None, "2010608", "total", D("449.52"), U, 8),
    (CZ, "income", None, "2010608", "fiscal_appropriation", D("449.52"), U, 8),
    (CZ, "income", None, "208", "total", D("326.72"), U, 8),
    (CZ, "income", None, "20805", "total", D("326.72"), U, 8),
    (CZ, "income", None, "2080501", "total", D("84.65"), U, 8),
    (CZ, "income", None, "2080505", "total", D("160.75"), U, 8),
    (CZ, "income", None, "2080506", "fiscal_appropriation", D("80.38"), U, 8),
    (CZ, "income", None, "2080599", "total", D("0.94"), U, 8),
    (CZ, "income", None, "210", "total", D("60.99"), U, 8),
    (CZ, "income", None, "21011", "total", D("60.99"), U, 8),
    (CZ, "income", None, "2101101", "total", D("60.99"), U, 9),
    (CZ, "income", None, "221", "total", D("445.69"), U, 9),
    (CZ, "income", None, "221", "fiscal_appropriation", D("445.69"), U, 9),
    (CZ, "income", None, "22102", "total", D("445.69"), U, 9),
    (CZ, "income", None, "2210201", "total", D("187.19"), U, 9),
    (CZ, "income", None, "2210203", "fiscal_appropriation", D("258.50"), U, 9),
    # 支出决算表, pp. 10-11
    (CZ, "expenditure", None, "total", "total", D("2940.05"), U, 10),
    (CZ, "expenditure", None, "total", "basic", D("2336.91"), U, 10),
    (CZ, "expenditure", None, "total", "project", D("603.14"), U, 10),
    (CZ, "expenditure", None, "201", "total", D("2106.66"), U, 10),
    (CZ, "expenditure", None, "201", "basic", D("1503.52"), U, 10),
    (CZ, "expenditure", None, "201", "project", D("603.14"), U, 10),
    (CZ, "expenditure", None, "20106", "total", D("2106.66"), U, 10),
    (CZ, "expenditure", None, "20106", "basic", D("1503.52"), U, 10),
    (CZ, "expenditure", None, "20106", "project", D("603.14"), U, 10),
    (CZ, "expenditure", None, "2010601", "total", D("1511.89"), U, 10),
    (CZ, "expenditure", None, "2010601", "basic", D("1503.52"), U, 10),
    (CZ, "expenditure", None, "2010601", "project", D("8.37"), U, 10),
    (CZ, "expenditure", None, "2010602", "total", D("10.00"), U, 10),
    (CZ, "expenditure", None, "2010602", "project", D("10.00"), U, 10),
    (CZ, "expenditure", None, "2010607", "project", D("135.25"), U, 10),
    (CZ, "expenditure", None, "2010608", "total", D("449.52"), U, 10),
    (CZ, "expenditure", None, "2010608", "project", D("449.52"), U, 10),
    (CZ, "expenditure", None, "208", "total", D("326.72"), U, 10),
    (CZ, "expenditure", None, "208", "basic", D("326.72"), U, 10),
    (CZ, "expenditure", None, "20805", "basic", D("326.72"), U, 10),
    (CZ, "expenditure", None, "2080501", "total", D("84.65"), U, 10),
    (CZ, "expenditure", None, "2080505", "basic", D("160.75"), U, 10),
    (CZ, "expenditure", None, "2080506", "total", D("80.38"), U, 10),
    (CZ, "expenditure", None, "2080599", "total", D("0.94"), U, 11),
    (CZ, "expenditure", None, "210", "total", D("60.99"), U, 11),
    (CZ, "expenditure", None, "2101101", "basic", D("60.99"), U, 11),
    (CZ, "expenditure", None, "221", "total", D("445.69"), U, 11),
    (CZ, "expenditure", None, "221", "basic", D("445.69"), U, 11),
    (CZ, "expenditure", None, "2210201", "total", D("187.19"), U, 11),
    (CZ, "expenditure", None, "2210203", "total", D("258.50"), U, 11),
    # 财政拨款收入支出决算总表, pp. 12-13 (14 holds only a blank ruled row)
    (CZ, "appropriation_summary", "income", "general_budget_appropriation", "final", D("2940.05"), U, 12),
    (CZ, "appropriation_summary", "expenditure", "fn_201", "total", D("2106.66"), U, 12),
    (CZ, "appropriation_summary", "expenditure", "fn_201", "general_budget", D("2106.66"), U, 12),
    (CZ, "appropriation_summary", "expenditure", "fn_208", "total", D("326.71"), U, 12),
    (CZ, "appropriation_summary", "expenditure", "fn_208", "general_budget", D("326.71"), U, 12),
    (CZ, "appropriation_summary", "expenditure", "fn_210", "total", D("60.99"), U, 12),
    (CZ, "appropriation_summary", "expenditure", "fn_210", "general_budget", D("60.99"), U, 12),
    (CZ, "appropriation_summary", "expenditure", "fn_221", "total", D("445.69"), U, 13),
    (CZ, "appropriation_summary", "expenditure", "fn_221", "general_budget", D("445.69"), U, 13),
    (CZ, "appropriation_summary", "income", "income_total", "final", D("2940.05"), U, 13),
    (CZ, "appropriation_summary", "expenditure", "expenditure_total", "total", D("2940.05"), U, 13),
    (CZ, "appropriation_summary", "expenditure", "expenditure_total", "general_budget", D("2940.05"), U, 13),
    (CZ, "appropriation_summary", "income", "carryover_begin", "final", D("21.63"), U, 13),
    (CZ, "appropriation_summary", "expenditure", "carryover_end", "total", D("21.63"), U, 13),
    (CZ, "appropriation_summary", "expenditure", "carryover_end", "general_budget", D("21.63"), U, 13),
    (CZ, "appropriation_summary", "income", "grand_total", "final", D("2961.68"), U, 13),
    (CZ, "appropriation_summary", "expenditure", "grand_total", "total", D("2961.68"), U, 13),
    (CZ, "appropriation_summary", "expenditure", "grand_total", "general_budget", D("2961.68"), U, 13),
    # 一般公共预算财政拨款支出决算表, p. 15 (合计 printed last)
    (CZ, "general_budget", None, "201", "total", D("2106.66"), U, 15),
    (CZ, "general_budget", None, "201", "basic", D("1503.52"), U, 15),
    (CZ, "general_budget", None, "201", "project", D("603.14"), U, 15),
    (CZ, "general_budget", None, "20106", "total", D("2106.66"), U, 15),
    (CZ, "general_budget", None, "2010601", "total", D("1511.89"), U, 15),
    (CZ, "general_budget", None, "2010601", "basic", D("1503.52"), U, 15),
    (CZ, "general_budget", None, "2010601", "project", D("8.37"), U, 15),
    (CZ, "general_budget", None, "2010602", "project", D("10.00"), U, 15),
    (CZ, "general_budget", None, "2010607", "total", D("135.25"), U, 15),
    (CZ, "general_budget", None, "2010608", "project", D("449.52"), U, 15),
    (CZ, "general_budget", None, "208", "total", D("326.72"), U, 15),
    (CZ, "general_budget", None, "208", "basic", D("326.72"), U, 15),
    (CZ, "general_budget", None, "2080501", "basic", D("84.65"), U, 15),
    (CZ, "general_budget", None, "2080505", "total", D("160.75"), U, 15),
    (CZ, "general_budget", None, "2080506", "basic", D("80.38"), U, 15),
    (CZ, "general_budget", None, "2080599", "total", D("0.94"), U, 15),
    (CZ, "general_budget", None, "210", "total", D("60.99"), U, 15),
    (CZ, "general_budget", None, "2101101", "basic", D("60.99"), U, 15),
    (CZ, "general_budget", None, "221", "total", D("445.69"), U, 15),
    (CZ, "general_budget", None, "22102", "basic", D("445.69"), U, 15),
    (CZ, "general_budget", None, "2210201", "total", D("187.19"), U, 15),
    (CZ, "general_budget", None, "2210203", "basic", D("258.50"), U, 15),
    (CZ, "general_budget", None, "total", "total", D("2940.05"), U, 15),
    (CZ, "general_budget", None, "total", "basic", D("2336.91"), U, 15),
    (CZ, "general_budget", None, "total", "project", D("603.14"), U, 15),
    # 一般公共预算财政拨款基本支出决算表, pp. 16-17 (left panel 301/303, right panel 302/310)
    (CZ, "general_budget_basic", None, "301", "total", D("2082.85"), U, 16),
    (CZ, "general_budget_basic", None, "30101", "total", D("262.33"), U, 16),
    (CZ, "general_budget_basic", None, "30102", "total", D("1238.58"), U, 16),
    (CZ, "general_budget_basic", None, "30108", "total", D("160.75"), U, 16),
    (CZ, "general_budget_basic", None, "30109", "total", D("80.38"), U, 16),
    (CZ, "general_budget_basic", None, "30110", "total", D("60.99"), U, 16),
    (CZ, "general_budget_basic", None, "30112", "total", D("1.61"), U, 16),
    (CZ, "general_budget_basic", None, "30113", "total", D("187.19"), U, 16),
    (CZ, "general_budget_basic", None, "30199", "total", D("91.03"), U, 16),
    (CZ, "general_budget_basic", None, "303", "total", D("69.41"), U, 16),
    (CZ, "general_budget_basic", None, "30302", "total", D("69.10"), U, 16),
    (CZ, "general_budget_basic", None, "302", "total", D("171.07"), U, 16),
    (CZ, "general_budget_basic", None, "30201", "total", D("21.21"), U, 16),
    (CZ, "general_budget_basic", None, "30202", "total", D("7.61"), U, 16),
    (CZ, "general_budget_basic", None, "30204", "total", D("0.09"), U, 16),
    (CZ, "general_budget_basic", None, "30207", "total", D("4.88"), U, 16),
    (CZ, "general_budget_basic", None, "30211", "total", D("1.20"), U, 16),
    (CZ, "general_budget_basic", None, "30213", "total", D("2.83"), U, 16),
    (CZ, "general_budget_basic", None, "30216", "total", D("4.05"), U, 16),
    (CZ, "general_budget_basic", None, "30309", "total", D("0.31"), U, 17),
    (CZ, "general_budget_basic", None, "30226", "total", D("2.01"), U, 17),
    (CZ, "general_budget_basic", None, "30228", "total", D("24.42"), U, 17),
    (CZ, "general_budget_basic", None, "30229", "total", D("42.77"), U, 17),
    (CZ, "general_budget_basic", None, "30239", "total", D("48.49"), U, 17),
    (CZ, "general_budget_basic", None, "30299", "total", D("11.53"), U, 17),
    (CZ, "general_budget_basic", None, "310", "total", D("13.58"), U, 17),
    (CZ, "general_budget_basic", None, "31002", "total", D("13.58"), U, 17),
    (CZ, "general_budget_basic", None, "total", "personnel", D("2152.26"), U, 17),
    (CZ, "general_budget_basic", None, "total", "public", D("184.65"), U, 17),
    # 财政拨款“三公”经费支出决算表, p. 18 - the only non-empty cells (all 决算数 blank)
    (CZ, "three_public", None, "total", "budget", D("0.95"), U, 18),
    (CZ, "three_public", None, "reception", "budget", D("0.95"), U, 18),
    # gov_fund (p. 19) and state_capital (p. 20): empty grids, see EMPTY_TABLES
    # ---------------------------------------------------------------- planted-errors copy
    # 收入支出决算总表, all on p. 7
    (CS, "summary", "income", "general_budget_appropriation", "final", D("2940.05"), U, 7),
    (CS, "summary", "income", "other", "final", D("6.20"), U, 7),
    (CS, "summary", "income", "income_total", "final", D("2946.25"), U, 7),
    (CS, "summary", "income", "carryover_begin", "final", D("49.14"), U, 7),
    (CS, "summary", "income", "grand_total", "final", D("2995.39"), U, 7),
    (CS, "summary", "expenditure", "fn_201", "final", D("2106.66"), U, 7),
    (CS, "summary", "expenditure", "fn_208", "final", D("326.71"), U, 7),
    (CS, "summary", "expenditure", "fn_210", "final", D("60.99"), U, 7),
    (CS, "summary", "expenditure", "fn_221", "final", D("445.69"), U, 7),
    (CS, "summary", "expenditure", "expenditure_total", "final", D("2940.05"), U, 7),
    (CS, "summary", "expenditure", "carryover_end", "final", D("55.34"), U, 7),
    (CS, "summary", "expenditure", "grand_total", "final", D("2995.39"), U, 7),
    # 收入决算表, pp. 8-9
    (CS, "income", None, "total", "total", D("2946.25"), U, 8),
    (CS, "income", None, "total", "fiscal_appropriation", D("2940.05"), U, 8),
    (CS, "income", None, "total", "other", D("6.20"), U, 8),
    (CS, "income", None, "201", "total", D("2112.86"), U, 8),
    (CS, "income", None, "201", "other", D("6.20"), U, 8),
    (CS, "income", None, "20106", "fiscal_appropriation", D("2106.66"), U, 8),
    (CS, "income", None, "2010601", "total", D("1511.90"), U, 8),
    (CS, "income", None, "2010601", "fiscal_appropriation", D("1511.89"), U, 8),
    (CS, "income", None, "2010601", "other", D("0.01"), U, 8),
    (CS, "income", None, "2010602", "total", D("16.19"), U, 8),
    (CS, "income", None, "2010602", "other", D("6.19"), U, 8),
    (CS, "income", None, "2010608", "total", D("449.52"), U, 8),
    (CS, "income", None, "208", "total", D("326.72"), U, 8),
    (CS, "income", None, "2080505", "fiscal_appropriation", D("160.75"), U, 8),
    (CS, "income", None, "210", "total", D("60.99"), U, 8),
    (CS, "income", None, "221", "total", D("445.69"), U, 8),
    (CS, "income", None, "22102", "fiscal_appropriation", D("445.69"), U, 8),
    (CS, "income", None, "2210201", "total", D("187.19"), U, 9),
    (CS, "income", None, "2210203", "total", D("258.50"), U, 9),
    # 支出决算表: missing from the copy (see PLANTED_DIFFERENCES)
    # 财政拨款收入支出决算总表, pp. 10-11
    (CS, "appropriation_summary", "income", "general_budget_appropriation", "final", D("2940.05"), U, 10),
    (CS, "appropriation_summary", "expenditure", "fn_201", "total", D("2106.66"), U, 10),
    (CS, "appropriation_summary", "expenditure", "fn_201", "general_budget", D("2106.66"), U, 10),
    (CS, "appropriation_summary", "expenditure", "fn_208", "total", D("326.71"), U, 10),
    (CS, "appropriation_summary", "expenditure", "fn_210", "general_budget", D("60.99"), U, 10),
    (CS, "appropriation_summary", "expenditure", "fn_221", "total", D("445.69"), U, 11),
    (CS, "appropriation_summary", "income", "income_total", "final", D("2940.05"), U, 11),
    (CS, "appropriation_summary", "expenditure", "expenditure_total", "total", D("2940.05"), U, 11),
    (CS, "appropriation_summary", "expenditure", "expenditure_total", "general_budget", D("2940.05"), U, 11),
    (CS, "appropriation_summary", "income", "carryover_begin", "final", D("21.63"), U, 11),
    (CS, "appropriation_summary", "expenditure", "carryover_end", "total", D("21.63"), U, 11),
    (CS, "appropriation_summary", "income", "grand_total", "final", D("2961.68"), U, 11),
    (CS, "appropriation_summary", "expenditure", "grand_total", "total", D("2961.68"), U, 11),
    (CS, "appropriation_summary", "expenditure", "grand_total", "general_budget", D("2961.68"), U, 11),
    # 一般公共预算财政拨款支出决算表, p. 12
    (CS, "general_budget", None, "201", "total", D("2106.66"), U, 12),
    (CS, "general_budget", None, "201", "basic", D("1503.52"), U, 12),
    (CS, "general_budget", None, "201", "project", D("603.14"), U, 12),
    (CS, "general_budget", None, "2010601", "project", D("8.37"), U, 12),
    (CS, "general_budget", None, "2010608", "total", D("449.52"), U, 12),
    (CS, "general_budget", None, "20805", "basic", D("326.72"), U, 12),
    (CS, "general_budget", None, "2101101", "total", D("60.99"), U, 12),
    (CS, "general_budget", None, "2210203", "basic", D("258.50"), U, 12),
    (CS, "general_budget", None, "total", "total", D("2940.05"), U, 12),
    (CS, "general_budget", None, "total", "basic", D("2336.91"), U, 12),
    (CS, "general_budget", None, "total", "project", D("603.14"), U, 12),
    # 一般公共预算财政拨款基本支出决算表, pp. 13-14 (every amount row on 13, footer on 14)
    (CS, "general_budget_basic", None, "301", "total", D("2082.85"), U, 13),
    (CS, "general_budget_basic", None, "30102", "total", D("1238.58"), U, 13),
    (CS, "general_budget_basic", None, "30113", "total", D("187.19"), U, 13),
    (CS, "general_budget_basic", None, "303", "total", D("69.41"), U, 13),
    (CS, "general_budget_basic", None, "30309", "total", D("0.31"), U, 13),
    (CS, "general_budget_basic", None, "302", "total", D("171.07"), U, 13),
    (CS, "general_budget_basic", None, "30201", "total", D("21.21"), U, 13),
    (CS, "general_budget_basic", None, "30239", "total", D("48.49"), U, 13),
    (CS, "general_budget_basic", None, "310", "total", D("13.58"), U, 13),
    (CS, "general_budget_basic", None, "31002", "total", D("13.58"), U, 13),
    (CS, "general_budget_basic", None, "total", "personnel", D("2152.26"), U, 14),
    (CS, "general_budget_basic", None, "total", "public", D("184.65"), U, 14),
    # 三公 (p. 15), 政府性基金 (p. 16), 国有资本经营 (p. 17): no amounts printed, see EMPTY_TABLES
    # ---------------------------------------------------------------- 社会工作部
    # 收入支出决算总表, p. 5 (carry-over lines blank)
    (SG, "summary", "income", "general_budget_appropriation", "final", D("307.82"), U, 5),
    (SG, "summary", "income", "income_total", "final", D("307.82"), U, 5),
    (SG, "summary", "income", "grand_total", "final", D("307.82"), U, 5),
    (SG, "summary", "expenditure", "fn_201", "final", D("264.87"), U, 5),
    (SG, "summary", "expenditure", "fn_208", "final", D("10.82"), U, 5),
    (SG, "summary", "expenditure", "fn_210", "final", D("2.71"), U, 5),
    (SG, "summary", "expenditure", "fn_221", "final", D("29.42"), U, 5),
    (SG, "summary", "expenditure", "expenditure_total", "final", D("307.82"), U, 5),
    (SG, "summary", "expenditure", "grand_total", "final", D("307.82"), U, 5),
    # 收入决算表, pp. 6-7 (merged codes)
    (SG, "income", None, "total", "total", D("307.82"), U, 6),
    (SG, "income", None, "total", "fiscal_appropriation", D("307.82"), U, 6),
    (SG, "income", None, "201", "total", D("264.87"), U, 6),
    (SG, "income", None, "20139", "fiscal_appropriation", D("264.87"), U, 6),
    (SG, "income", None, "2013901", "total", D("51.32"), U, 6),
    (SG, "income", None, "2013950", "total", D("11.31"), U, 6),
    (SG, "income", None, "2013999", "fiscal_appropriation", D("202.24"), U, 6),
    (SG, "income", None, "208", "total", D("10.82"), U, 6),
    (SG, "income", None, "2080505", "total", D("6.18"), U, 6),
    (SG, "income", None, "2080506", "total", D("4.64"), U, 6),
    (SG, "income", None, "21011", "total", D("2.71"), U, 6),
    (SG, "income", None, "2101101", "total", D("2.22"), U, 7),
    (SG, "income", None, "2101102", "fiscal_appropriation", D("0.49"), U, 7),
    (SG, "income", None, "221", "total", D("29.42"), U, 7),
    (SG, "income", None, "2210201", "total", D("17.70"), U, 7),
    (SG, "income", None, "2210203", "total", D("11.72"), U, 7),
    # 支出决算表, pp. 8-9
    (SG, "expenditure", None, "total", "total", D("307.82"), U, 8),
    (SG, "expenditure", None, "total", "basic", D("105.58"), U, 8),
    (SG, "expenditure", None, "total", "project", D("202.24"), U, 8),
    (SG, "expenditure", None, "201", "total", D("264.87"), U, 8),
    (SG, "expenditure", None, "201", "basic", D("62.63"), U, 8),
    (SG, "expenditure", None, "201", "project", D("202.24"), U, 8),
    (SG, "expenditure", None, "20139", "basic", D("62.63"), U, 8),
    (SG, "expenditure", None, "2013901", "basic", D("51.32"), U, 8),
    (SG, "expenditure", None, "2013950", "total", D("11.31"), U, 8),
    (SG, "expenditure", None, "2013999", "total", D("202.24"), U, 8),
    (SG, "expenditure", None, "2013999", "project", D("202.24"), U, 8),
    (SG, "expenditure", None, "20805", "total", D("10.82"), U, 8),
    (SG, "expenditure", None, "2080505", "basic", D("6.18"), U, 8),
    (SG, "expenditure", None, "210", "total", D("2.71"), U, 8),
    (SG, "expenditure", None, "2101101", "basic", D("2.22"), U, 9),
    (SG, "expenditure", None, "2101102", "total", D("0.49"), U, 9),
    (SG, "expenditure", None, "22102", "total", D("29.42"), U, 9),
    (SG, "expenditure", None, "2210201", "basic", D("17.70"), U, 9),
    (SG, "expenditure", None, "2210203", "total", D("11.72"), U, 9),
    # 财政拨款收入支出决算总表, pp. 10-11 (carry-over lines blank)
    (SG, "appropriation_summary", "income", "general_budget_appropriation", "final", D("307.82"), U, 10),
    (SG, "appropriation_summary", "expenditure", "fn_201", "total", D("264.87"), U, 10),
    (SG, "appropriation_summary", "expenditure", "fn_201", "general_budget", D("264.87"), U, 10),
    (SG, "appropriation_summary", "expenditure", "fn_208", "total", D("10.82"), U, 10),
    (SG, "appropriation_summary", "expenditure", "fn_210", "general_budget", D("2.71"), U, 10),
    (SG, "appropriation_summary", "expenditure", "fn_221", "total", D("29.42"), U, 11),
    (SG, "appropriation_summary", "expenditure", "fn_221", "general_budget", D("29.42"), U, 11),
    (SG, "appropriation_summary", "income", "income_total", "final", D("307.82"), U, 11),
    (SG, "appropriation_summary", "expenditure", "expenditure_total", "total", D("307.82"), U, 11),
    (SG, "appropriation_summary", "expenditure", "expenditure_total", "general_budget", D("307.82"), U, 11),
    (SG, "appropriation_summary", "income", "grand_total", "final", D("307.82"), U, 11),
    (SG, "appropriation_summary", "expenditure", "grand_total", "total", D("307.82"), U, 11),
    (SG, "appropriation_summary", "expenditure", "grand_total", "general_budget", D("307.82"), U, 11),
    # 一般公共预算财政拨款支出决算表, p. 12 (合计 printed last)
    (SG, "general_budget", None, "201", "total", D("264.87"), U, 12),
    (SG, "general_budget", None, "201", "basic", D("62.63"), U, 12),
    (SG, "general_budget", None, "201", "project", D("202.24"), U, 12),
    (SG, "general_budget", None, "2013901", "total", D("51.32"), U, 12),
    (SG, "general_budget", None, "2013950", "basic", D("11.31"), U, 12),
    (SG, "general_budget", None, "2013999", "project", D("202.24"), U, 12),
    (SG, "general_budget", None, "2080505", "total", D("6.18"), U, 12),
    (SG, "general_budget", None, "2080506", "basic", D("4.64"), U, 12),
    (SG, "general_budget", None, "21011", "total", D("2.71"), U, 12),
    (SG, "general_budget", None, "2101102", "basic", D("0.49"), U, 12),
    (SG, "general_budget", None, "221", "total", D("29.42"), U, 12),
    (SG, "general_budget", None, "2210201", "total", D("17.70"), U, 12),
    (SG, "general_budget", None, "total", "total", D("307.82"), U, 12),
    (SG, "general_budget", None, "total", "basic", D("105.58"), U, 12),
    (SG, "general_budget", None, "total", "project", D("202.24"), U, 12),
    # 一般公共预算财政拨款基本支出决算表, p. 13 (0.00 cells not listed)
    (SG, "general_budget_basic", None, "301", "total", D("95.36"), U, 13),
    (SG, "general_budget_basic", None, "30101", "total", D("14.12"), U, 13),
    (SG, "general_budget_basic", None, "30102", "total", D("39.72"), U, 13),
    (SG, "general_budget_basic", None, "30107", "total", D("10.16"), U, 13),
    (SG, "general_budget_basic", None, "30108", "total", D("6.18"), U, 13),
    (SG, "general_budget_basic", None, "30109", "total", D("4.64"), U, 13),
    (SG, "general_budget_basic", None, "30110", "total", D("2.71"), U, 13),
    (SG, "general_budget_basic", None, "30112", "total", D("0.09"), U, 13),
    (SG, "general_budget_basic", None, "30113", "total", D("17.70"), U, 13),
    (SG, "general_budget_basic", None, "30199", "total", D("0.04"), U, 13),
    (SG, "general_budget_basic", None, "302", "total", D("10.23"), U, 13),
    (SG, "general_budget_basic", None, "30201", "total", D("3.78"), U, 13),
    (SG, "general_budget_basic", None, "30211", "total", D("1.15"), U, 13),
    (SG, "general_budget_basic", None, "30213", "total", D("0.02"), U, 13),
    (SG, "general_budget_basic", None, "30226", "total", D("0.68"), U, 13),
    (SG, "general_budget_basic", None, "30227", "total", D("0.48"), U, 13),
    (SG, "general_budget_basic", None, "30229", "total", D("1.48"), U, 13),
    (SG, "general_budget_basic", None, "30239", "total", D("2.43"), U, 13),
    (SG, "general_budget_basic", None, "30299", "total", D("0.20"), U, 13),
    (SG, "general_budget_basic", None, "total", "personnel", D("95.36"), U, 13),
    (SG, "general_budget_basic", None, "total", "public", D("10.23"), U, 13),
    # 三公 (p. 14), 政府性基金 (p. 15), 国有资本经营 (p. 16): empty grids, see EMPTY_TABLES
]

# Tables present per document: file_name -> {table_key: [pages]} (every page the table's grid touches)
TABLE_PAGES = {
    CZ: {
        "summary": [6, 7],
        "income": [8, 9],
        "expenditure": [10, 11],
        # page 14 holds only one blank ruled row with no text; no cell is read from it
        "appropriation_summary": [12, 13],
        "general_budget": [15],
        "general_budget_basic": [16, 17],
        "three_public": [18],
        "gov_fund": [19],
        "state_capital": [20],
    },
    CS: {
        "summary": [7],
        "income": [8, 9],
        # no "expenditure": the 支出决算表 is listed in the 目录 but not printed
        "appropriation_summary": [10, 11],
        "general_budget": [12],
        "general_budget_basic": [13, 14],
        "three_public": [15],
        "gov_fund": [16],
        "state_capital": [17],
    },
    SG: {
        "summary": [5],
        "income": [6, 7],
        "expenditure": [8, 9],
        "appropriation_summary": [10, 11],
        "general_budget": [12],
        "general_budget_basic": [13],
        "three_public": [14],
        "gov_fund": [15],
        "state_capital": [16],
    },
    # blank template: every grid printed with no amounts (sample codes 205/20502/2050205/207/20799 in
    # the income, expenditure and general_budget grids, "…" rows); cover "上海市 XX 局 / 2024 年度部门决算"
    TP: {
        "summary": [5],
        "income": [6],
        "expenditure": [7],
        "appropriation_summary": [8, 9],
        "general_budget": [10],
        "general_budget_basic": [11],
        "three_public": [12],
        "gov_fund": [13],
        "state_capital": [14],
    },
}

# Tables that are printed but carry no amount at all (only blank cells): file_name -> [table_key]
EMPTY_TABLES = {
    CZ: ["gov_fund", "state_capital"],
    CS: ["three_public", "gov_fund", "state_capital"],
    SG: ["three_public", "gov_fund", "state_capital"],
    TP: list(TABLE_PAGES[TP]),
}

# Documents' cover facts: file_name -> (department, fiscal_year, report_kind, scope)
COVERS = {
    CZ: ("上海市普陀区财政局", 2024, "final_account", "department"),
    # the copy's cover is unchanged; only its part-2 title reads 上海市普陀区XX局 (planted)
    CS: ("上海市普陀区财政局", 2024, "final_account", "department"),
    SG: ("中共上海市普陀区委社会工作部", 2024, "final_account", "department"),
}

PAGE_COUNTS = {CZ: 25, CS: 26, SG: 24, TP: 23}

# Differences between the planted-errors copy and the original, as found by eye.  The copy is re-typeset
# (other fonts, wider line spacing, tables on fewer pages), so page numbers differ between the two.
PLANTED_DIFFERENCES = [
    "copy p. 7 part-2 title: '第二部分 上海市普陀区XX局2024年度部门决算表'; original p. 6 reads "
    "'上海市普陀区财政局' (the 目录 on copy p. 2 still says 财政局)",
    "支出决算表 missing: the copy goes from 收入决算表 (pp. 8-9) straight to "
    "财政拨款收入支出决算总表 (p. 10); the original prints it on pp. 10-11 "
    "and the copy's 目录 still lists 三、支出决算表",
    "copy p. 15 三公 table: every cell blank; original p. 18 prints 预算数 0.95 under 合计 and 公务接待费 "
    "(the copy's narrative, p. 22, still says 年初预算为0.95万元)",
    "copy p. 18 part-3 title: '第三部分上海市普陀区财政局2023年度部门决算情况说明'; original p. 21: 2024年度",
    "copy p. 18 一、收入支出决算总体情况: '2024年度收入支出总计0万元'; original p. 21: 2995.39万元 "
    "(tables in both print 总计 2,995.39)",
    "copy p. 18 四、财政拨款收入支出决算总体情况: '总计2961.68万元 ... 减少63.14万元，下降2.09%'; original "
    "p. 21: '总计0.3万元 ... 财政拨款收入支出总计持平' "
    "(here the original is the odd one; the table says 2,961.68)",
    "copy p. 19 item 1 行政运行: '年初预算为1560.05万元，支出决算为1511.89万元。决算数大于预算数'; "
    "original p. 22: 决算数小于预算数",
    "copy p. 20 item 7 职业年金缴费支出: '年初预算为80.81万元，支出决算为80.38万元。决算数大于预算数'; "
    "original p. 22: 决算数小于预算数",
    "copy p. 21 item 9 行政单位医疗: '年初预算为62.29万元，支出决算为60.99万元。决算数等于预算数'; "
    "original p. 22: 决算数小于预算数",
    "copy p. 24 国有资产: '截至2023年12月31日'; original p. 24: 截至2024年12月31日",
    "copy p. 25 名词解释 一: sentence ends '财政拨款。。' (doubled full stop); original p. 25: single '。'",
    "layout only (not errors): the copy's tables print one text line per row with codes, names and "
    "amounts together, titles carry the year and quotes inline, the 基本支出 table keeps every amount row "
    "on p. 13 with only 310 19-99 and the footer on p. 14; amounts of all tables that are present "
    "(summary, income, appropriation_summary, general_budget, general_budget_basic) match the original",
]
