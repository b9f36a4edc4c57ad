"""Figures printed in the real 部门预算 / 单位预算 PDFs of ../shared/corpus/real, each checked by eye.

Every amount below was read off the page rendered with pypdfium2 (scale 2) and, where small, a zoomed
crop of it; the text layer was only used to find things.  Pages are 1-based and are the page on which
the amount cell itself is printed.  Amounts are written as printed, in the printed unit: 元 everywhere
except the 三公 table (万元).

Keys follow docs/warehouse-contract.md.  Where the extractor keys a cell differently from the contract,
the figure uses the CONTRACT's key and the cell is listed in EXTRACTOR_DISAGREEMENTS (the figure test
checks those separately).

Printed blank cells and printed 0 / 0.00 cells are NOT listed in FIGURES (the contract lets an
extractor omit them or store 0).  For summary, appropriation_summary and three_public EVERY non-zero
cell is listed (COMPLETE_TABLES); the big subject tables are sampled (totals, several 类/款/项 with
each measure, the economic rows of the basic table with 人员经费 / 公用经费).

Layout of these budgets (all five use the same 上海市普陀区 template; tables follow the 目录 order 1-9):
- Cover: "上海市普陀区2024年区级部门预算 / 预算主管部门：<department>" for a 部门预算 and
  "上海市普陀区2026年区级单位预算 / 预算单位：<unit>" for a 单位预算; table titles read
  "2025年部门…" or "2025年预算单位…", and an 编制部门 / 编制单位 line repeats the name.
- Table order differs from a 决算: gov_fund and state_capital come BEFORE general_budget_basic, and
  the 三公 table comes last.
- 万里街道 (both years) prints whole 元 without decimals ("156,211,123") and 0 in every empty subject
  cell; 区府办 and 商务委 print 2 decimals and leave empty cells blank; 司法局 prints 0.00 (and once a
  bare "0", 购房补贴 项目支出 pp. 12 and 15).
- 收入预算总表 and 支出预算总表 run on over several pages WITHOUT repeating the header; the
  一般公共预算支出功能分类预算表 repeats its header on every page.  In 万里街道 the 合计 row of
  the income / expenditure tables sits alone on the last page (2024: pp. 15 and 20; 2025: p. 18).
- Subject codes are printed in split 类/款/项 columns (212 | 01 | 99 -> "2120199"); the basic table
  has 类/款.  万里街道 2024 p. 29 prints the 款 of 津贴补贴 and 绩效工资 as "2" and "7" (not "02" /
  "07"): codes 30102 and 30107.
- Summary (财务收支预算总表): a 部门预算 prints one 预算数 column per side; the two 单位预算 split
  the expenditure side's 预算数 into 合计 | 基本支出(人员经费 | 公用经费) | 项目支出, keyed by the
  contract as budget / personnel / public / project.
- 三公 table: one row, 合计 | 因公出国(境)费 | 公务接待费 | 小计 | 购置费 | 运行费 |
  机关运行经费预算数, 单位：万元 while every other table says 单位：元.  万里街道 2024 p. 31 prints
  the note "本部门2024年无“三公”经费和机关运行经费预算，故本表为空表" under a table that does carry
  amounts (47.91 … 443.18); the narrative on p. 32 repeats those amounts.
- gov_fund and state_capital are printed as empty ruled grids plus a 注 ("…故本表为空表"); 司法局
  writes "无" in the first 类 cell.

Printed inconsistencies (kept as printed; see PRINTED_INCONSISTENCIES):
- 万里街道 2025: 21201 城乡社区管理事务 prints 94,995,790 while its 项 add to 94,995,789, and class
  212 prints 154,369,326 while its 款 add to 154,369,327 - in income, expenditure and general_budget.
- 司法局 2026: 2040601 行政运行 prints 项目支出 64,840,547.00 (the whole 204 / 20406 项目支出)
  although its 合计 equals its 基本支出 14,348,853.34 (pp. 11 and 14).  The 合计 row's 基本支出 is
  printed "22,118,861" without cents (pp. 12 and 15) while the classes add to 22,118,861.34 and the
  basic table's 合计 is 22,118,861.34 (p. 19).  The summary (p. 8) prints 人员经费 / 公用经费 /
  项目支出 as whole 元 (12,604,173 | 1,744,680 | 64,840,547) beside 合计 79,189,400.34, and its
  人员经费 20,374,181 / 公用经费 1,744,680 differ from the basic table's 20,272,981.00 /
  1,845,880.34 (their sums agree: 22,118,861 vs 22,118,861.34).
- 商务委 2025: the summary (p. 9) books 公用经费 242,220.00 under 社会保障和就业支出 (fn_208).
"""

from decimal import Decimal as D

WL24 = "上海市普陀区人民政府万里街道办事处24年预算.pdf"
WL25 = "上海市普陀区人民政府万里街道办事处25年预算.pdf"
BGS = "上海市普陀区人民政府办公室25年预算.pdf"
SFJ = "上海市普陀区司法局单位26年预算.pdf"
SWW = "上海市普陀区商务委员会单位25年预算.pdf"
BUDGETS = [WL24, WL25, BGS, SFJ, SWW]

Y = "元"
W = "万元"  # only the 三公 table

# (file_name, table_key, side, line_key, measure, printed amount (in the printed unit), unit, page)
FIGURES = [
    # summary
    (WL24, "summary", "income", "fiscal_appropriation", "budget", D("156211123"), Y, 10),
    (WL24, "summary", "income", "general_budget_appropriation", "budget", D("156211123"), Y, 10),
    (WL24, "summary", "income", "grand_total", "budget", D("156211123"), Y, 10),
    (WL24, "summary", "expenditure", "fn_201", "budget", D("2932700"), Y, 10),
    (WL24, "summary", "expenditure", "fn_204", "budget", D("1633000"), Y, 10),
    (WL24, "summary", "expenditure", "fn_205", "budget", D("250000"), Y, 10),
    (WL24, "summary", "expenditure", "fn_206", "budget", D("100000"), Y, 10),
    (WL24, "summary", "expenditure", "fn_207", "budget", D("200000"), Y, 10),
    (WL24, "summary", "expenditure", "fn_208", "budget", D("19604064"), Y, 10),
    (WL24, "summary", "expenditure", "fn_210", "budget", D("3223657"), Y, 10),
    (WL24, "summary", "expenditure", "fn_212", "budget", D("119385303"), Y, 10),
    (WL24, "summary", "expenditure", "fn_221", "budget", D("8882399"), Y, 10),
    (WL24, "summary", "expenditure", "grand_total", "budget", D("156211123"), Y, 10),
    # income
    (WL24, "income", None, "total", "total", D("156211123"), Y, 15),
    (WL24, "income", None, "total", "fiscal_appropriation", D("156211123"), Y, 15),
    (WL24, "income", None, "201", "total", D("2932700"), Y, 11),
    (WL24, "income", None, "20105", "fiscal_appropriation", D("257700"), Y, 11),
    (WL24, "income", None, "2010507", "total", D("257700"), Y, 11),
    (WL24, "income", None, "2013802", "total", D("135200"), Y, 12),
    (WL24, "income", None, "208", "total", D("19604064"), Y, 12),
    (WL24, "income", None, "208", "fiscal_appropriation", D("19604064"), Y, 12),
    (WL24, "income", None, "20805", "total", D("7234970"), Y, 12),
    (WL24, "income", None, "2080501", "fiscal_appropriation", D("243120"), Y, 12),
    (WL24, "income", None, "2080505", "total", D("4608515"), Y, 13),
    (WL24, "income", None, "212", "total", D("119385303"), Y, 14),
    (WL24, "income", None, "21201", "fiscal_appropriation", D("94450003"), Y, 14),
    (WL24, "income", None, "2120199", "total", D("54212362"), Y, 14),
    (WL24, "income", None, "2210203", "total", D("3201700"), Y, 14),
    # expenditure
    (WL24, "expenditure", None, "total", "total", D("156211123"), Y, 20),
    (WL24, "expenditure", None, "total", "basic", D("99706020"), Y, 20),
    (WL24, "expenditure", None, "total", "project", D("56505103"), Y, 20),
    (WL24, "expenditure", None, "201", "project", D("2932700"), Y, 16),
    (WL24, "expenditure", None, "2013802", "project", D("135200"), Y, 17),
    (WL24, "expenditure", None, "208", "total", D("19604064"), Y, 17),
    (WL24, "expenditure", None, "208", "basic", D("13368164"), Y, 17),
    (WL24, "expenditure", None, "208", "project", D("6235900"), Y, 17),
    (WL24, "expenditure", None, "20805", "basic", D("7234970"), Y, 17),
    (WL24, "expenditure", None, "2080502", "basic", D("76620"), Y, 18),
    (WL24, "expenditure", None, "20899", "basic", D("6133194"), Y, 18),
    (WL24, "expenditure", None, "20899", "project", D("1679200"), Y, 18),
    (WL24, "expenditure", None, "2089999", "project", D("1679200"), Y, 18),
    (WL24, "expenditure", None, "212", "total", D("119385303"), Y, 19),
    (WL24, "expenditure", None, "212", "basic", D("76609000"), Y, 19),
    (WL24, "expenditure", None, "212", "project", D("42776303"), Y, 19),
    (WL24, "expenditure", None, "2120101", "basic", D("16353248"), Y, 19),
    (WL24, "expenditure", None, "2120101", "project", D("250000"), Y, 19),
    (WL24, "expenditure", None, "221", "basic", D("6705199"), Y, 19),
    (WL24, "expenditure", None, "221", "project", D("2177200"), Y, 19),
    # appropriation_summary
    (WL24, "appropriation_summary", "income", "general_budget_appropriation", "budget", D("156211123"), Y, 21),
    (WL24, "appropriation_summary", "income", "grand_total", "budget", D("156211123"), Y, 21),
    (WL24, "appropriation_summary", "expenditure", "fn_201", "total", D("2932700"), Y, 21),
    (WL24, "appropriation_summary", "expenditure", "fn_201", "general_budget", D("2932700"), Y, 21),
    (WL24, "appropriation_summary", "expenditure", "fn_204", "total", D("1633000"), Y, 21),
    (WL24, "appropriation_summary", "expenditure", "fn_204", "general_budget", D("1633000"), Y, 21),
    (WL24, "appropriation_summary", "expenditure", "fn_205", "total", D("250000"), Y, 21),
    (WL24, "appropriation_summary", "expenditure", "fn_205", "general_budget", D("250000"), Y, 21),
    (WL24, "appropriation_summary", "expenditure", "fn_206", "total", D("100000"), Y, 21),
    (WL24, "appropriation_summary", "expenditure", "fn_206", "general_budget", D("100000"), Y, 21),
    (WL24, "appropriation_summary", "expenditure", "fn_207", "total", D("200000"), Y, 21),
    (WL24, "appropriation_summary", "expenditure", "fn_207", "general_budget", D("200000"), Y, 21),
    (WL24, "appropriation_summary", "expenditure", "fn_208", "total", D("19604064"), Y, 21),
    (WL24, "appropriation_summary", "expenditure", "fn_208", "general_budget", D("19604064"), Y, 21),
    (WL24, "appropriation_summary", "expenditure", "fn_210", "total", D("3223657"), Y, 21),
    (WL24, "appropriation_summary", "expenditure", "fn_210", "general_budget", D("3223657"), Y, 21),
    (WL24, "appropriation_summary", "expenditure", "fn_212", "total", D("119385303"), Y, 21),
    (WL24, "appropriation_summary", "expenditure", "fn_212", "general_budget", D("119385303"), Y, 21),
    (WL24, "appropriation_summary", "expenditure", "fn_221", "total", D("8882399"), Y, 21),
    (WL24, "appropriation_summary", "expenditure", "fn_221", "general_budget", D("8882399"), Y, 21),
    (WL24, "appropriation_summary", "expenditure", "grand_total", "total", D("156211123"), Y, 21),
    (WL24, "appropriation_summary", "expenditure", "grand_total", "general_budget", D("156211123"), Y, 21),
    # general_budget
    (WL24, "general_budget", None, "total", "total", D("156211123"), Y, 26),
    (WL24, "general_budget", None, "total", "basic", D("99706020"), Y, 26),
    (WL24, "general_budget", None, "total", "project", D("56505103"), Y, 26),
    (WL24, "general_budget", None, "201", "total", D("2932700"), Y, 22),
    (WL24, "general_budget", None, "2013802", "project", D("135200"), Y, 22),
    (WL24, "general_budget", None, "204", "total", D("1633000"), Y, 23),
    (WL24, "general_budget", None, "208", "basic", D("13368164"), Y, 23),
    (WL24, "general_budget", None, "20805", "basic", D("7234970"), Y, 23),
    (WL24, "general_budget", None, "2080501", "basic", D("243120"), Y, 24),
    (WL24, "general_budget", None, "210", "project", D("200000"), Y, 24),
    (WL24, "general_budget", None, "21011", "basic", D("3023657"), Y, 25),
    (WL24, "general_budget", None, "212", "basic", D("76609000"), Y, 25),
    (WL24, "general_budget", None, "212", "project", D("42776303"), Y, 25),
    (WL24, "general_budget", None, "221", "total", D("8882399"), Y, 25),
    (WL24, "general_budget", None, "22102", "basic", D("6705199"), Y, 26),
    (WL24, "general_budget", None, "2210399", "project", D("2177200"), Y, 26),
    # general_budget_basic
    (WL24, "general_budget_basic", None, "total", "total", D("99706020"), Y, 30),
    (WL24, "general_budget_basic", None, "total", "personnel", D("88537451"), Y, 30),
    (WL24, "general_budget_basic", None, "total", "public", D("11168569"), Y, 30),
    (WL24, "general_budget_basic", None, "301", "total", D("88282511"), Y, 29),
    (WL24, "general_budget_basic", None, "301", "personnel", D("88282511"), Y, 29),
    (WL24, "general_budget_basic", None, "30101", "personnel", D("5873551"), Y, 29),
    (WL24, "general_budget_basic", None, "30102", "total", D("16623810"), Y, 29),  # printed 301 | 2
    (WL24, "general_budget_basic", None, "30102", "personnel", D("16623810"), Y, 29),
    (WL24, "general_budget_basic", None, "30107", "personnel", D("11447100"), Y, 29),  # printed 301 | 7
    (WL24, "general_budget_basic", None, "30199", "personnel", D("40683477"), Y, 29),
    (WL24, "general_budget_basic", None, "302", "total", D("11168569"), Y, 29),
    (WL24, "general_budget_basic", None, "302", "public", D("11168569"), Y, 29),
    (WL24, "general_budget_basic", None, "30201", "public", D("4755518"), Y, 29),
    (WL24, "general_budget_basic", None, "30204", "public", D("30000"), Y, 29),
    (WL24, "general_budget_basic", None, "30205", "public", D("277500"), Y, 30),
    (WL24, "general_budget_basic", None, "30217", "public", D("13500"), Y, 30),
    (WL24, "general_budget_basic", None, "30231", "public", D("215600"), Y, 30),
    (WL24, "general_budget_basic", None, "30299", "public", D("690682"), Y, 30),
    (WL24, "general_budget_basic", None, "303", "total", D("254940"), Y, 30),
    (WL24, "general_budget_basic", None, "303", "personnel", D("254940"), Y, 30),
    (WL24, "general_budget_basic", None, "30302", "personnel", D("254940"), Y, 30),
    # three_public
    (WL24, "three_public", None, "total", "budget", D("47.91"), W, 31),
    (WL24, "three_public", None, "reception", "budget", D("1.35"), W, 31),
    (WL24, "three_public", None, "vehicle_total", "budget", D("46.56"), W, 31),
    (WL24, "three_public", None, "vehicle_purchase", "budget", D("25"), W, 31),
    (WL24, "three_public", None, "vehicle_operation", "budget", D("21.56"), W, 31),
    (WL24, "three_public", None, "office_operation", "budget", D("443.18"), W, 31),
    # summary
    (WL25, "summary", "income", "fiscal_appropriation", "budget", D("189767551"), Y, 9),
    (WL25, "summary", "income", "general_budget_appropriation", "budget", D("189767551"), Y, 9),
    (WL25, "summary", "income", "grand_total", "budget", D("189767551"), Y, 9),
    (WL25, "summary", "expenditure", "fn_201", "budget", D("3296600"), Y, 9),
    (WL25, "summary", "expenditure", "fn_204", "budget", D("2878025"), Y, 9),
    (WL25, "summary", "expenditure", "fn_205", "budget", D("250000"), Y, 9),
    (WL25, "summary", "expenditure", "fn_206", "budget", D("100000"), Y, 9),
    (WL25, "summary", "expenditure", "fn_207", "budget", D("200000"), Y, 9),
    (WL25, "summary", "expenditure", "fn_208", "budget", D("16091895"), Y, 9),
    (WL25, "summary", "expenditure", "fn_210", "budget", D("3216973"), Y, 9),
    (WL25, "summary", "expenditure", "fn_212", "budget", D("154369326"), Y, 9),
    (WL25, "summary", "expenditure", "fn_221", "budget", D("9364732"), Y, 9),
    (WL25, "summary", "expenditure", "grand_total", "budget", D("189767551"), Y, 9),
    # income
    (WL25, "income", None, "total", "total", D("189767551"), Y, 13),
    (WL25, "income", None, "total", "fiscal_appropriation", D("189767551"), Y, 13),
    (WL25, "income", None, "201", "total", D("3296600"), Y, 10),
    (WL25, "income", None, "20105", "total", D("438300"), Y, 10),
    (WL25, "income", None, "2010507", "fiscal_appropriation", D("438300"), Y, 10),
    (WL25, "income", None, "2013802", "total", D("135300"), Y, 10),
    (WL25, "income", None, "2080506", "total", D("2413577"), Y, 12),
    (WL25, "income", None, "20899", "fiscal_appropriation", D("7574422"), Y, 12),
    (WL25, "income", None, "210", "total", D("3216973"), Y, 12),
    (WL25, "income", None, "2101102", "total", D("1548033"), Y, 12),
    (WL25, "income", None, "212", "total", D("154369326"), Y, 12),
    (WL25, "income", None, "212", "fiscal_appropriation", D("154369326"), Y, 12),
    (WL25, "income", None, "21201", "total", D("94995790"), Y, 12),  # its 项 add to 94,995,789
    (WL25, "income", None, "2120101", "total", D("17887739"), Y, 12),
    (WL25, "income", None, "2120102", "total", D("17464243"), Y, 13),
    (WL25, "income", None, "2120199", "fiscal_appropriation", D("53121126"), Y, 13),
    (WL25, "income", None, "221", "total", D("9364732"), Y, 13),
    (WL25, "income", None, "2210203", "total", D("3340800"), Y, 13),
    # expenditure
    (WL25, "expenditure", None, "total", "total", D("189767551"), Y, 18),
    (WL25, "expenditure", None, "total", "basic", D("101341746"), Y, 18),
    (WL25, "expenditure", None, "total", "project", D("88425805"), Y, 18),
    (WL25, "expenditure", None, "2013802", "total", D("135300"), Y, 15),
    (WL25, "expenditure", None, "2013802", "project", D("135300"), Y, 15),
    (WL25, "expenditure", None, "204", "project", D("2878025"), Y, 15),
    (WL25, "expenditure", None, "20499", "total", D("2578025"), Y, 15),
    (WL25, "expenditure", None, "208", "total", D("16091895"), Y, 15),
    (WL25, "expenditure", None, "208", "basic", D("13755695"), Y, 15),
    (WL25, "expenditure", None, "208", "project", D("2336200"), Y, 15),
    (WL25, "expenditure", None, "20805", "basic", D("7589473"), Y, 15),
    (WL25, "expenditure", None, "2080501", "basic", D("259320"), Y, 15),
    (WL25, "expenditure", None, "212", "total", D("154369326"), Y, 17),
    (WL25, "expenditure", None, "212", "basic", D("77381546"), Y, 17),
    (WL25, "expenditure", None, "212", "project", D("76987780"), Y, 17),
    (WL25, "expenditure", None, "21201", "total", D("94995790"), Y, 17),
    (WL25, "expenditure", None, "21201", "basic", D("77381546"), Y, 17),
    (WL25, "expenditure", None, "21201", "project", D("17614243"), Y, 17),
    (WL25, "expenditure", None, "2120101", "basic", D("17737739"), Y, 17),
    (WL25, "expenditure", None, "2120101", "project", D("150000"), Y, 17),
    (WL25, "expenditure", None, "21299", "project", D("52348937"), Y, 17),
    (WL25, "expenditure", None, "221", "basic", D("7187532"), Y, 17),
    (WL25, "expenditure", None, "221", "project", D("2177200"), Y, 17),
    (WL25, "expenditure", None, "2210203", "basic", D("3340800"), Y, 17),
    # appropriation_summary
    (WL25, "appropriation_summary", "income", "general_budget_appropriation", "budget", D("189767551"), Y, 19),
    (WL25, "appropriation_summary", "income", "grand_total", "budget", D("189767551"), Y, 19),
    (WL25, "appropriation_summary", "expenditure", "fn_201", "total", D("3296600"), Y, 19),
    (WL25, "appropriation_summary", "expenditure", "fn_201", "general_budget", D("3296600"), Y, 19),
    (WL25, "appropriation_summary", "expenditure", "fn_204", "total", D("2878025"), Y, 19),
    (WL25, "appropriation_summary", "expenditure", "fn_204", "general_budget", D("2878025"), Y, 19),
    (WL25, "appropriation_summary", "expenditure", "fn_205", "total", D("250000"), Y, 19),
    (WL25, "appropriation_summary", "expenditure", "fn_205", "general_budget", D("250000"), Y, 19),
    (WL25, "appropriation_summary", "expenditure", "fn_206", "total", D("100000"), Y, 19),
    (WL25, "appropriation_summary", "expenditure", "fn_206", "general_budget", D("100000"), Y, 19),
    (WL25, "appropriation_summary", "expenditure", "fn_207", "total", D("200000"), Y, 19),
    (WL25, "appropriation_summary", "expenditure", "fn_207", "general_budget", D("200000"), Y, 19),
    (WL25, "appropriation_summary", "expenditure", "fn_208", "total", D("16091895"), Y, 19),
    (WL25, "appropriation_summary", "expenditure", "fn_208", "general_budget", D("16091895"), Y, 19),
    (WL25, "appropriation_summary", "expenditure", "fn_210", "total", D("3216973"), Y, 19),
    (WL25, "appropriation_summary", "expenditure", "fn_210", "general_budget", D("3216973"), Y, 19),
    (WL25, "appropriation_summary", "expenditure", "fn_212", "total", D("154369326"), Y, 19),
    (WL25, "appropriation_summary", "expenditure", "fn_212", "general_budget", D("154369326"), Y, 19),
    (WL25, "appropriation_summary", "expenditure", "fn_221", "total", D("9364732"), Y, 19),
    (WL25, "appropriation_summary", "expenditure", "fn_221", "general_budget", D("9364732"), Y, 19),
    (WL25, "appropriation_summary", "expenditure", "grand_total", "total", D("189767551"), Y, 19),
    (WL25, "appropriation_summary", "expenditure", "grand_total", "general_budget", D("189767551"), Y, 19),
    # general_budget
    (WL25, "general_budget", None, "total", "total", D("189767551"), Y, 24),
    (WL25, "general_budget", None, "total", "basic", D("101341746"), Y, 24),
    (WL25, "general_budget", None, "total", "project", D("88425805"), Y, 24),
    (WL25, "general_budget", None, "201", "total", D("3296600"), Y, 20),
    (WL25, "general_budget", None, "201", "project", D("3296600"), Y, 20),
    (WL25, "general_budget", None, "20105", "total", D("438300"), Y, 20),
    (WL25, "general_budget", None, "21011", "basic", D("3016973"), Y, 23),
    (WL25, "general_budget", None, "212", "total", D("154369326"), Y, 23),
    (WL25, "general_budget", None, "212", "basic", D("77381546"), Y, 23),
    (WL25, "general_budget", None, "212", "project", D("76987780"), Y, 23),
    (WL25, "general_budget", None, "21201", "total", D("94995790"), Y, 23),
    (WL25, "general_budget", None, "2120104", "basic", D("6522681"), Y, 23),
    (WL25, "general_budget", None, "221", "total", D("9364732"), Y, 23),
    (WL25, "general_budget", None, "221", "basic", D("7187532"), Y, 23),
    (WL25, "general_budget", None, "221", "project", D("2177200"), Y, 23),
    (WL25, "general_budget", None, "22102", "total", D("7187532"), Y, 24),
    (WL25, "general_budget", None, "22103", "project", D("2177200"), Y, 24),
    # general_budget_basic
    (WL25, "general_budget_basic", None, "total", "total", D("101341746"), Y, 28),
    (WL25, "general_budget_basic", None, "total", "personnel", D("90514044"), Y, 28),
    (WL25, "general_budget_basic", None, "total", "public", D("10827702"), Y, 28),
    (WL25, "general_budget_basic", None, "301", "total", D("90238584"), Y, 27),
    (WL25, "general_budget_basic", None, "301", "personnel", D("90238584"), Y, 27),
    (WL25, "general_budget_basic", None, "30101", "personnel", D("6084184"), Y, 27),
    (WL25, "general_budget_basic", None, "30102", "personnel", D("18149307"), Y, 27),
    (WL25, "general_budget_basic", None, "30107", "total", D("11610630"), Y, 27),
    (WL25, "general_budget_basic", None, "30199", "personnel", D("40124897"), Y, 27),
    (WL25, "general_budget_basic", None, "302", "total", D("10827702"), Y, 27),
    (WL25, "general_budget_basic", None, "302", "public", D("10827702"), Y, 27),
    (WL25, "general_budget_basic", None, "30201", "public", D("4333478"), Y, 27),
    (WL25, "general_budget_basic", None, "30204", "public", D("10000"), Y, 27),
    (WL25, "general_budget_basic", None, "30205", "public", D("106000"), Y, 28),
    (WL25, "general_budget_basic", None, "30209", "public", D("1143816"), Y, 28),
    (WL25, "general_budget_basic", None, "30217", "public", D("13500"), Y, 28),
    (WL25, "general_budget_basic", None, "30231", "public", D("215600"), Y, 28),
    (WL25, "general_budget_basic", None, "30299", "public", D("903482"), Y, 28),
    (WL25, "general_budget_basic", None, "303", "total", D("275460"), Y, 28),
    (WL25, "general_budget_basic", None, "303", "personnel", D("275460"), Y, 28),
    (WL25, "general_budget_basic", None, "30302", "personnel", D("275460"), Y, 28),
    # three_public
    (WL25, "three_public", None, "total", "budget", D("37.91"), W, 29),
    (WL25, "three_public", None, "reception", "budget", D("1.35"), W, 29),
    (WL25, "three_public", None, "vehicle_total", "budget", D("36.56"), W, 29),
    (WL25, "three_public", None, "vehicle_purchase", "budget", D("15"), W, 29),
    (WL25, "three_public", None, "vehicle_operation", "budget", D("21.56"), W, 29),
    (WL25, "three_public", None, "office_operation", "budget", D("464.64"), W, 29),
    # summary
    (BGS, "summary", "income", "fiscal_appropriation", "budget", D("91016775.35"), Y, 8),
    (BGS, "summary", "income", "general_budget_appropriation", "budget", D("91016775.35"), Y, 8),
    (BGS, "summary", "income", "grand_total", "budget", D("91016775.35"), Y, 8),
    (BGS, "summary", "expenditure", "fn_201", "budget", D("82096797.42"), Y, 8),
    (BGS, "summary", "expenditure", "fn_208", "budget", D("4213779.28"), Y, 8),
    (BGS, "summary", "expenditure", "fn_210", "budget", D("1097073.43"), Y, 8),
    (BGS, "summary", "expenditure", "fn_221", "budget", D("3609125.22"), Y, 8),
    (BGS, "summary", "expenditure", "grand_total", "budget", D("91016775.35"), Y, 8),
    # income
    (BGS, "income", None, "total", "total", D("91016775.35"), Y, 10),
    (BGS, "income", None, "total", "fiscal_appropriation", D("91016775.35"), Y, 10),
    (BGS, "income", None, "201", "total", D("82096797.42"), Y, 9),
    (BGS, "income", None, "201", "fiscal_appropriation", D("82096797.42"), Y, 9),
    (BGS, "income", None, "20103", "total", D("82096797.42"), Y, 9),
    (BGS, "income", None, "2010301", "total", D("12029501.84"), Y, 9),
    (BGS, "income", None, "2010302", "fiscal_appropriation", D("46140000.00"), Y, 9),
    (BGS, "income", None, "2010350", "total", D("3807295.58"), Y, 9),
    (BGS, "income", None, "2010399", "total", D("20120000.00"), Y, 9),
    (BGS, "income", None, "208", "total", D("4213779.28"), Y, 9),
    (BGS, "income", None, "20805", "fiscal_appropriation", D("4213779.28"), Y, 9),
    (BGS, "income", None, "2080501", "total", D("1554220.00"), Y, 9),
    (BGS, "income", None, "2080599", "total", D("14820.00"), Y, 9),
    (BGS, "income", None, "210", "total", D("1097073.43"), Y, 10),
    (BGS, "income", None, "2101101", "total", D("782855.28"), Y, 10),
    (BGS, "income", None, "2101102", "fiscal_appropriation", D("314218.15"), Y, 10),
    (BGS, "income", None, "221", "total", D("3609125.22"), Y, 10),
    (BGS, "income", None, "2210201", "total", D("1741445.22"), Y, 10),
    (BGS, "income", None, "2210203", "total", D("1867680.00"), Y, 10),
    # expenditure
    (BGS, "expenditure", None, "total", "total", D("91016775.35"), Y, 12),
    (BGS, "expenditure", None, "total", "basic", D("24606775.35"), Y, 12),
    (BGS, "expenditure", None, "total", "project", D("66410000.00"), Y, 12),
    (BGS, "expenditure", None, "201", "total", D("82096797.42"), Y, 11),
    (BGS, "expenditure", None, "201", "basic", D("15686797.42"), Y, 11),
    (BGS, "expenditure", None, "201", "project", D("66410000.00"), Y, 11),
    (BGS, "expenditure", None, "20103", "basic", D("15686797.42"), Y, 11),
    (BGS, "expenditure", None, "20103", "project", D("66410000.00"), Y, 11),
    (BGS, "expenditure", None, "2010301", "total", D("12029501.84"), Y, 11),
    (BGS, "expenditure", None, "2010301", "basic", D("11919501.84"), Y, 11),
    (BGS, "expenditure", None, "2010301", "project", D("110000.00"), Y, 11),
    (BGS, "expenditure", None, "2010302", "project", D("46140000.00"), Y, 11),
    (BGS, "expenditure", None, "2010350", "basic", D("3767295.58"), Y, 11),
    (BGS, "expenditure", None, "2010350", "project", D("40000.00"), Y, 11),
    (BGS, "expenditure", None, "2010399", "project", D("20120000.00"), Y, 11),
    (BGS, "expenditure", None, "208", "basic", D("4213779.28"), Y, 11),
    (BGS, "expenditure", None, "2080505", "basic", D("1763159.52"), Y, 11),
    (BGS, "expenditure", None, "210", "total", D("1097073.43"), Y, 12),
    (BGS, "expenditure", None, "2101102", "basic", D("314218.15"), Y, 12),
    (BGS, "expenditure", None, "221", "basic", D("3609125.22"), Y, 12),
    (BGS, "expenditure", None, "2210203", "basic", D("1867680.00"), Y, 12),
    # appropriation_summary
    (BGS, "appropriation_summary", "income", "general_budget_appropriation", "budget", D("91016775.35"), Y, 13),
    (BGS, "appropriation_summary", "income", "grand_total", "budget", D("91016775.35"), Y, 13),
    (BGS, "appropriation_summary", "expenditure", "fn_201", "total", D("82096797.42"), Y, 13),
    (BGS, "appropriation_summary", "expenditure", "fn_201", "general_budget", D("82096797.42"), Y, 13),
    (BGS, "appropriation_summary", "expenditure", "fn_208", "total", D("4213779.28"), Y, 13),
    (BGS, "appropriation_summary", "expenditure", "fn_208", "general_budget", D("4213779.28"), Y, 13),
    (BGS, "appropriation_summary", "expenditure", "fn_210", "total", D("1097073.43"), Y, 13),
    (BGS, "appropriation_summary", "expenditure", "fn_210", "general_budget", D("1097073.43"), Y, 13),
    (BGS, "appropriation_summary", "expenditure", "fn_221", "total", D("3609125.22"), Y, 13),
    (BGS, "appropriation_summary", "expenditure", "fn_221", "general_budget", D("3609125.22"), Y, 13),
    (BGS, "appropriation_summary", "expenditure", "grand_total", "total", D("91016775.35"), Y, 13),
    (BGS, "appropriation_summary", "expenditure", "grand_total", "general_budget", D("91016775.35"), Y, 13),
    # general_budget
    (BGS, "general_budget", None, "total", "total", D("91016775.35"), Y, 15),
    (BGS, "general_budget", None, "total", "basic", D("24606775.35"), Y, 15),
    (BGS, "general_budget", None, "total", "project", D("66410000.00"), Y, 15),
    (BGS, "general_budget", None, "201", "total", D("82096797.42"), Y, 14),
    (BGS, "general_budget", None, "201", "basic", D("15686797.42"), Y, 14),
    (BGS, "general_budget", None, "201", "project", D("66410000.00"), Y, 14),
    (BGS, "general_budget", None, "2010301", "basic", D("11919501.84"), Y, 14),
    (BGS, "general_budget", None, "2010350", "project", D("40000.00"), Y, 14),
    (BGS, "general_budget", None, "208", "total", D("4213779.28"), Y, 14),
    (BGS, "general_budget", None, "2080506", "basic", D("881579.76"), Y, 14),
    (BGS, "general_budget", None, "210", "basic", D("1097073.43"), Y, 14),
    (BGS, "general_budget", None, "21011", "total", D("1097073.43"), Y, 15),
    (BGS, "general_budget", None, "2101101", "basic", D("782855.28"), Y, 15),
    (BGS, "general_budget", None, "221", "total", D("3609125.22"), Y, 15),
    (BGS, "general_budget", None, "22102", "basic", D("3609125.22"), Y, 15),
    (BGS, "general_budget", None, "2210201", "basic", D("1741445.22"), Y, 15),
    # general_budget_basic
    (BGS, "general_budget_basic", None, "total", "total", D("24606775.35"), Y, 19),
    (BGS, "general_budget_basic", None, "total", "personnel", D("22473997.81"), Y, 19),
    (BGS, "general_budget_basic", None, "total", "public", D("2132777.54"), Y, 19),
    (BGS, "general_budget_basic", None, "301", "total", D("21170337.81"), Y, 18),
    (BGS, "general_budget_basic", None, "301", "personnel", D("21170337.81"), Y, 18),
    (BGS, "general_budget_basic", None, "30101", "personnel", D("2540192.00"), Y, 18),
    (BGS, "general_budget_basic", None, "30102", "total", D("9572367.00"), Y, 18),
    (BGS, "general_budget_basic", None, "30108", "personnel", D("1763159.52"), Y, 18),
    (BGS, "general_budget_basic", None, "30112", "personnel", D("45013.88"), Y, 18),
    (BGS, "general_budget_basic", None, "30199", "personnel", D("1193509.00"), Y, 18),
    (BGS, "general_budget_basic", None, "302", "total", D("1932777.54"), Y, 18),
    (BGS, "general_budget_basic", None, "302", "public", D("1932777.54"), Y, 18),
    (BGS, "general_budget_basic", None, "30201", "public", D("259400.00"), Y, 18),
    (BGS, "general_budget_basic", None, "30202", "public", D("20000.00"), Y, 18),
    (BGS, "general_budget_basic", None, "30204", "public", D("2000.00"), Y, 19),
    (BGS, "general_budget_basic", None, "30217", "public", D("185000.00"), Y, 19),
    (BGS, "general_budget_basic", None, "30228", "public", D("248117.54"), Y, 19),
    (BGS, "general_budget_basic", None, "30239", "public", D("379600.00"), Y, 19),
    (BGS, "general_budget_basic", None, "303", "total", D("1303660.00"), Y, 19),
    (BGS, "general_budget_basic", None, "303", "personnel", D("1303660.00"), Y, 19),
    (BGS, "general_budget_basic", None, "30301", "personnel", D("114940.00"), Y, 19),
    (BGS, "general_budget_basic", None, "30302", "personnel", D("1188720.00"), Y, 19),
    (BGS, "general_budget_basic", None, "310", "total", D("200000.00"), Y, 19),
    (BGS, "general_budget_basic", None, "310", "public", D("200000.00"), Y, 19),
    (BGS, "general_budget_basic", None, "31002", "public", D("200000.00"), Y, 19),
    # three_public
    (BGS, "three_public", None, "total", "budget", D("867.50"), W, 20),
    (BGS, "three_public", None, "overseas_travel", "budget", D("839.00"), W, 20),  # vehicle cells blank
    (BGS, "three_public", None, "reception", "budget", D("28.50"), W, 20),
    (BGS, "three_public", None, "office_operation", "budget", D("213.28"), W, 20),
    # summary
    (SFJ, "summary", "income", "fiscal_appropriation", "budget", D("86959408.34"), Y, 8),
    (SFJ, "summary", "income", "general_budget_appropriation", "budget", D("86959408.34"), Y, 8),
    (SFJ, "summary", "income", "grand_total", "budget", D("86959408.34"), Y, 8),
    (SFJ, "summary", "expenditure", "fn_204", "budget", D("79189400.34"), Y, 8),  # extractor: measure total
    (SFJ, "summary", "expenditure", "fn_204", "personnel", D("12604173"), Y, 8),
    (SFJ, "summary", "expenditure", "fn_204", "public", D("1744680"), Y, 8),
    (SFJ, "summary", "expenditure", "fn_204", "project", D("64840547"), Y, 8),
    (SFJ, "summary", "expenditure", "fn_208", "budget", D("2925857.00"), Y, 8),  # extractor: measure total
    (SFJ, "summary", "expenditure", "fn_208", "personnel", D("2925857.00"), Y, 8),
    (SFJ, "summary", "expenditure", "fn_210", "budget", D("982692.00"), Y, 8),  # extractor: measure total
    (SFJ, "summary", "expenditure", "fn_210", "personnel", D("982692.00"), Y, 8),
    (SFJ, "summary", "expenditure", "fn_221", "budget", D("3861459.00"), Y, 8),  # extractor: measure total
    (SFJ, "summary", "expenditure", "fn_221", "personnel", D("3861459.00"), Y, 8),
    (SFJ, "summary", "expenditure", "grand_total", "budget", D("86959408.34"), Y, 8),  # extractor: measure total
    (SFJ, "summary", "expenditure", "grand_total", "personnel", D("20374181"), Y, 8),
    (SFJ, "summary", "expenditure", "grand_total", "public", D("1744680"), Y, 8),
    (SFJ, "summary", "expenditure", "grand_total", "project", D("64840547"), Y, 8),
    # income
    (SFJ, "income", None, "total", "total", D("86959408.34"), Y, 10),
    (SFJ, "income", None, "total", "fiscal_appropriation", D("86959408.34"), Y, 10),
    (SFJ, "income", None, "204", "total", D("79189400.34"), Y, 9),
    (SFJ, "income", None, "204", "fiscal_appropriation", D("79189400.34"), Y, 9),
    (SFJ, "income", None, "20406", "total", D("79189400.34"), Y, 9),
    (SFJ, "income", None, "2040601", "total", D("14348853.34"), Y, 9),
    (SFJ, "income", None, "2040604", "fiscal_appropriation", D("21703947.00"), Y, 9),
    (SFJ, "income", None, "2040699", "total", D("38454900.00"), Y, 9),
    (SFJ, "income", None, "208", "total", D("2925857.00"), Y, 9),
    (SFJ, "income", None, "2080501", "total", D("561240.00"), Y, 9),
    (SFJ, "income", None, "2080505", "total", D("1572307.00"), Y, 9),
    (SFJ, "income", None, "2080506", "total", D("786150.00"), Y, 10),
    (SFJ, "income", None, "2080599", "fiscal_appropriation", D("6160.00"), Y, 10),
    (SFJ, "income", None, "210", "total", D("982692.00"), Y, 10),
    (SFJ, "income", None, "2101101", "total", D("982692.00"), Y, 10),
    (SFJ, "income", None, "221", "total", D("3861459.00"), Y, 10),
    (SFJ, "income", None, "2210201", "total", D("1791459.00"), Y, 10),
    (SFJ, "income", None, "2210203", "fiscal_appropriation", D("2070000.00"), Y, 10),
    # expenditure
    (SFJ, "expenditure", None, "total", "total", D("86959408.34"), Y, 12),
    (SFJ, "expenditure", None, "total", "basic", D("22118861"), Y, 12),  # printed without cents
    (SFJ, "expenditure", None, "total", "project", D("64840547.00"), Y, 12),
    (SFJ, "expenditure", None, "204", "total", D("79189400.34"), Y, 11),
    (SFJ, "expenditure", None, "204", "basic", D("14348853.34"), Y, 11),
    (SFJ, "expenditure", None, "204", "project", D("64840547.00"), Y, 11),
    (SFJ, "expenditure", None, "20406", "basic", D("14348853.34"), Y, 11),
    (SFJ, "expenditure", None, "20406", "project", D("64840547.00"), Y, 11),
    (SFJ, "expenditure", None, "2040601", "total", D("14348853.34"), Y, 11),
    (SFJ, "expenditure", None, "2040601", "basic", D("14348853.34"), Y, 11),
    (SFJ, "expenditure", None, "2040601", "project", D("64840547.00"), Y, 11),  # sic: 合计 = 基本支出
    (SFJ, "expenditure", None, "2040604", "project", D("21703947.00"), Y, 11),
    (SFJ, "expenditure", None, "2040699", "project", D("38454900.00"), Y, 11),
    (SFJ, "expenditure", None, "208", "basic", D("2925857.00"), Y, 11),
    (SFJ, "expenditure", None, "2080505", "basic", D("1572307.00"), Y, 11),
    (SFJ, "expenditure", None, "2080506", "basic", D("786150.00"), Y, 12),
    (SFJ, "expenditure", None, "210", "basic", D("982692.00"), Y, 12),
    (SFJ, "expenditure", None, "221", "total", D("3861459.00"), Y, 12),
    (SFJ, "expenditure", None, "221", "basic", D("3861459.00"), Y, 12),
    (SFJ, "expenditure", None, "2210203", "basic", D("2070000.00"), Y, 12),
    # appropriation_summary
    (SFJ, "appropriation_summary", "income", "general_budget_appropriation", "budget", D("86959408.34"), Y, 13),
    (SFJ, "appropriation_summary", "income", "grand_total", "budget", D("86959408.34"), Y, 13),
    (SFJ, "appropriation_summary", "expenditure", "fn_204", "total", D("79189400.34"), Y, 13),
    (SFJ, "appropriation_summary", "expenditure", "fn_204", "general_budget", D("79189400.34"), Y, 13),
    (SFJ, "appropriation_summary", "expenditure", "fn_208", "total", D("2925857.00"), Y, 13),
    (SFJ, "appropriation_summary", "expenditure", "fn_208", "general_budget", D("2925857.00"), Y, 13),
    (SFJ, "appropriation_summary", "expenditure", "fn_210", "total", D("982692.00"), Y, 13),
    (SFJ, "appropriation_summary", "expenditure", "fn_210", "general_budget", D("982692.00"), Y, 13),
    (SFJ, "appropriation_summary", "expenditure", "fn_221", "total", D("3861459.00"), Y, 13),
    (SFJ, "appropriation_summary", "expenditure", "fn_221", "general_budget", D("3861459.00"), Y, 13),
    (SFJ, "appropriation_summary", "expenditure", "grand_total", "total", D("86959408.34"), Y, 13),
    (SFJ, "appropriation_summary", "expenditure", "grand_total", "general_budget", D("86959408.34"), Y, 13),
    # general_budget
    (SFJ, "general_budget", None, "total", "total", D("86959408.34"), Y, 15),
    (SFJ, "general_budget", None, "total", "basic", D("22118861"), Y, 15),  # printed without cents
    (SFJ, "general_budget", None, "total", "project", D("64840547.00"), Y, 15),
    (SFJ, "general_budget", None, "204", "total", D("79189400.34"), Y, 14),
    (SFJ, "general_budget", None, "204", "basic", D("14348853.34"), Y, 14),
    (SFJ, "general_budget", None, "204", "project", D("64840547.00"), Y, 14),
    (SFJ, "general_budget", None, "2040601", "project", D("64840547.00"), Y, 14),  # sic
    (SFJ, "general_budget", None, "2040605", "project", D("1242900.00"), Y, 14),
    (SFJ, "general_budget", None, "2040613", "total", D("2278800.00"), Y, 14),
    (SFJ, "general_budget", None, "208", "total", D("2925857.00"), Y, 14),
    (SFJ, "general_budget", None, "2080599", "basic", D("6160.00"), Y, 14),
    (SFJ, "general_budget", None, "210", "basic", D("982692.00"), Y, 15),
    (SFJ, "general_budget", None, "2101101", "total", D("982692.00"), Y, 15),
    (SFJ, "general_budget", None, "221", "basic", D("3861459.00"), Y, 15),
    (SFJ, "general_budget", None, "2210203", "total", D("2070000.00"), Y, 15),
    # general_budget_basic
    (SFJ, "general_budget_basic", None, "total", "total", D("22118861.34"), Y, 19),
    (SFJ, "general_budget_basic", None, "total", "personnel", D("20272981.00"), Y, 19),
    (SFJ, "general_budget_basic", None, "total", "public", D("1845880.34"), Y, 19),
    (SFJ, "general_budget_basic", None, "301", "total", D("19806781.00"), Y, 18),
    (SFJ, "general_budget_basic", None, "301", "personnel", D("19806781.00"), Y, 18),
    (SFJ, "general_budget_basic", None, "30101", "personnel", D("2486040.00"), Y, 18),
    (SFJ, "general_budget_basic", None, "30102", "total", D("11106477.00"), Y, 18),
    (SFJ, "general_budget_basic", None, "30108", "personnel", D("1572307.00"), Y, 18),
    (SFJ, "general_budget_basic", None, "30199", "personnel", D("1056116.00"), Y, 18),
    (SFJ, "general_budget_basic", None, "302", "total", D("1831480.34"), Y, 18),
    (SFJ, "general_budget_basic", None, "302", "public", D("1831480.34"), Y, 18),
    (SFJ, "general_budget_basic", None, "30201", "public", D("90000.00"), Y, 18),
    (SFJ, "general_budget_basic", None, "30204", "public", D("260.00"), Y, 18),
    (SFJ, "general_budget_basic", None, "30207", "public", D("120000.00"), Y, 18),
    (SFJ, "general_budget_basic", None, "30211", "public", D("90000.00"), Y, 19),
    (SFJ, "general_budget_basic", None, "30217", "public", D("7315.00"), Y, 19),
    (SFJ, "general_budget_basic", None, "30228", "public", D("227810.34"), Y, 19),
    (SFJ, "general_budget_basic", None, "30231", "public", D("99750.00"), Y, 19),
    (SFJ, "general_budget_basic", None, "30299", "public", D("640065.00"), Y, 19),
    (SFJ, "general_budget_basic", None, "303", "total", D("466200.00"), Y, 19),
    (SFJ, "general_budget_basic", None, "303", "personnel", D("466200.00"), Y, 19),
    (SFJ, "general_budget_basic", None, "30302", "personnel", D("466200.00"), Y, 19),
    (SFJ, "general_budget_basic", None, "310", "total", D("14400.00"), Y, 19),
    (SFJ, "general_budget_basic", None, "310", "public", D("14400.00"), Y, 19),
    (SFJ, "general_budget_basic", None, "31002", "public", D("14400.00"), Y, 19),
    # three_public
    (SFJ, "three_public", None, "total", "budget", D("10.71"), W, 20),
    (SFJ, "three_public", None, "reception", "budget", D("0.73"), W, 20),
    (SFJ, "three_public", None, "vehicle_total", "budget", D("9.98"), W, 20),
    (SFJ, "three_public", None, "vehicle_operation", "budget", D("9.98"), W, 20),
    (SFJ, "three_public", None, "office_operation", "budget", D("184.59"), W, 20),
    # summary
    (SWW, "summary", "income", "fiscal_appropriation", "budget", D("371514655.00"), Y, 9),
    (SWW, "summary", "income", "general_budget_appropriation", "budget", D("371514655.00"), Y, 9),
    (SWW, "summary", "income", "grand_total", "budget", D("371514655.00"), Y, 9),
    (SWW, "summary", "expenditure", "fn_201", "budget", D("21601733.00"), Y, 9),  # extractor: measure total
    (SWW, "summary", "expenditure", "fn_201", "personnel", D("10823891.00"), Y, 9),
    (SWW, "summary", "expenditure", "fn_201", "public", D("1467842.00"), Y, 9),
    (SWW, "summary", "expenditure", "fn_201", "project", D("9310000.00"), Y, 9),
    (SWW, "summary", "expenditure", "fn_206", "budget", D("17200000.00"), Y, 9),  # extractor: measure total
    (SWW, "summary", "expenditure", "fn_206", "project", D("17200000.00"), Y, 9),
    (SWW, "summary", "expenditure", "fn_208", "budget", D("3808085.00"), Y, 9),  # extractor: measure total
    (SWW, "summary", "expenditure", "fn_208", "personnel", D("3565865.00"), Y, 9),
    (SWW, "summary", "expenditure", "fn_208", "public", D("242220.00"), Y, 9),
    (SWW, "summary", "expenditure", "fn_210", "budget", D("881803.00"), Y, 9),  # extractor: measure total
    (SWW, "summary", "expenditure", "fn_210", "personnel", D("881803.00"), Y, 9),
    (SWW, "summary", "expenditure", "fn_215", "budget", D("293810000.00"), Y, 9),  # extractor: measure total
    (SWW, "summary", "expenditure", "fn_215", "project", D("293810000.00"), Y, 9),
    (SWW, "summary", "expenditure", "fn_216", "budget", D("31364000.00"), Y, 9),  # extractor: measure total
    (SWW, "summary", "expenditure", "fn_216", "project", D("31364000.00"), Y, 9),
    (SWW, "summary", "expenditure", "fn_221", "budget", D("2849034.00"), Y, 9),  # extractor: measure total
    (SWW, "summary", "expenditure", "fn_221", "personnel", D("2849034.00"), Y, 9),
    (SWW, "summary", "expenditure", "grand_total", "budget", D("371514655.00"), Y, 9),  # extractor: measure total
    (SWW, "summary", "expenditure", "grand_total", "personnel", D("18120593.00"), Y, 9),
    (SWW, "summary", "expenditure", "grand_total", "public", D("1710062.00"), Y, 9),
    (SWW, "summary", "expenditure", "grand_total", "project", D("351684000.00"), Y, 9),
    # income
    (SWW, "income", None, "total", "total", D("371514655.00"), Y, 11),
    (SWW, "income", None, "total", "fiscal_appropriation", D("371514655.00"), Y, 11),
    (SWW, "income", None, "201", "total", D("21601733.00"), Y, 10),
    (SWW, "income", None, "20113", "fiscal_appropriation", D("21601733.00"), Y, 10),
    (SWW, "income", None, "2011301", "total", D("9389913.00"), Y, 10),
    (SWW, "income", None, "2011350", "total", D("2901820.00"), Y, 10),
    (SWW, "income", None, "206", "total", D("17200000.00"), Y, 10),
    (SWW, "income", None, "2060503", "total", D("17200000.00"), Y, 10),
    (SWW, "income", None, "208", "total", D("3808085.00"), Y, 10),
    (SWW, "income", None, "2080502", "total", D("17280.00"), Y, 10),
    (SWW, "income", None, "2080506", "fiscal_appropriation", D("705443.00"), Y, 11),
    (SWW, "income", None, "210", "total", D("881803.00"), Y, 11),
    (SWW, "income", None, "2101102", "total", D("249862.00"), Y, 11),
    (SWW, "income", None, "215", "total", D("293810000.00"), Y, 11),
    (SWW, "income", None, "215", "fiscal_appropriation", D("293810000.00"), Y, 11),
    (SWW, "income", None, "21508", "total", D("293810000.00"), Y, 11),
    (SWW, "income", None, "2150899", "total", D("293810000.00"), Y, 11),
    (SWW, "income", None, "216", "total", D("31364000.00"), Y, 11),
    (SWW, "income", None, "2169999", "total", D("31364000.00"), Y, 11),
    (SWW, "income", None, "221", "total", D("2849034.00"), Y, 11),
    (SWW, "income", None, "2210203", "total", D("1488000.00"), Y, 11),
    # expenditure
    (SWW, "expenditure", None, "total", "total", D("371514655.00"), Y, 13),
    (SWW, "expenditure", None, "total", "basic", D("19830655.00"), Y, 13),
    (SWW, "expenditure", None, "total", "project", D("351684000.00"), Y, 13),
    (SWW, "expenditure", None, "201", "total", D("21601733.00"), Y, 12),
    (SWW, "expenditure", None, "201", "basic", D("12291733.00"), Y, 12),
    (SWW, "expenditure", None, "201", "project", D("9310000.00"), Y, 12),
    (SWW, "expenditure", None, "20113", "basic", D("12291733.00"), Y, 12),
    (SWW, "expenditure", None, "20113", "project", D("9310000.00"), Y, 12),
    (SWW, "expenditure", None, "2011301", "basic", D("9389913.00"), Y, 12),
    (SWW, "expenditure", None, "2011302", "project", D("4545000.00"), Y, 12),
    (SWW, "expenditure", None, "2011350", "basic", D("2901820.00"), Y, 12),
    (SWW, "expenditure", None, "2011399", "project", D("4765000.00"), Y, 12),
    (SWW, "expenditure", None, "206", "project", D("17200000.00"), Y, 12),
    (SWW, "expenditure", None, "208", "basic", D("3808085.00"), Y, 12),
    (SWW, "expenditure", None, "2080506", "basic", D("705443.00"), Y, 13),
    (SWW, "expenditure", None, "210", "basic", D("881803.00"), Y, 13),
    (SWW, "expenditure", None, "215", "project", D("293810000.00"), Y, 13),
    (SWW, "expenditure", None, "21699", "project", D("31364000.00"), Y, 13),
    (SWW, "expenditure", None, "221", "basic", D("2849034.00"), Y, 13),
    (SWW, "expenditure", None, "2210201", "basic", D("1361034.00"), Y, 13),
    # appropriation_summary
    (SWW, "appropriation_summary", "income", "general_budget_appropriation", "budget", D("371514655.00"), Y, 14),
    (SWW, "appropriation_summary", "income", "grand_total", "budget", D("371514655.00"), Y, 14),
    (SWW, "appropriation_summary", "expenditure", "fn_201", "total", D("21601733.00"), Y, 14),
    (SWW, "appropriation_summary", "expenditure", "fn_201", "general_budget", D("21601733.00"), Y, 14),
    (SWW, "appropriation_summary", "expenditure", "fn_206", "total", D("17200000.00"), Y, 14),
    (SWW, "appropriation_summary", "expenditure", "fn_206", "general_budget", D("17200000.00"), Y, 14),
    (SWW, "appropriation_summary", "expenditure", "fn_208", "total", D("3808085.00"), Y, 14),
    (SWW, "appropriation_summary", "expenditure", "fn_208", "general_budget", D("3808085.00"), Y, 14),
    (SWW, "appropriation_summary", "expenditure", "fn_210", "total", D("881803.00"), Y, 14),
    (SWW, "appropriation_summary", "expenditure", "fn_210", "general_budget", D("881803.00"), Y, 14),
    (SWW, "appropriation_summary", "expenditure", "fn_215", "total", D("293810000.00"), Y, 14),
    (SWW, "appropriation_summary", "expenditure", "fn_215", "general_budget", D("293810000.00"), Y, 14),
    (SWW, "appropriation_summary", "expenditure", "fn_216", "total", D("31364000.00"), Y, 14),
    (SWW, "appropriation_summary", "expenditure", "fn_216", "general_budget", D("31364000.00"), Y, 14),
    (SWW, "appropriation_summary", "expenditure", "fn_221", "total", D("2849034.00"), Y, 14),
    (SWW, "appropriation_summary", "expenditure", "fn_221", "general_budget", D("2849034.00"), Y, 14),
    (SWW, "appropriation_summary", "expenditure", "grand_total", "total", D("371514655.00"), Y, 14),
    (SWW, "appropriation_summary", "expenditure", "grand_total", "general_budget", D("371514655.00"), Y, 14),
    # general_budget
    (SWW, "general_budget", None, "total", "total", D("371514655.00"), Y, 16),
    (SWW, "general_budget", None, "total", "basic", D("19830655.00"), Y, 16),
    (SWW, "general_budget", None, "total", "project", D("351684000.00"), Y, 16),
    (SWW, "general_budget", None, "201", "total", D("21601733.00"), Y, 15),
    (SWW, "general_budget", None, "201", "basic", D("12291733.00"), Y, 15),
    (SWW, "general_budget", None, "201", "project", D("9310000.00"), Y, 15),
    (SWW, "general_budget", None, "2011399", "project", D("4765000.00"), Y, 15),
    (SWW, "general_budget", None, "206", "total", D("17200000.00"), Y, 15),
    (SWW, "general_budget", None, "20605", "project", D("17200000.00"), Y, 15),
    (SWW, "general_budget", None, "208", "basic", D("3808085.00"), Y, 15),
    (SWW, "general_budget", None, "2080599", "basic", D("13260.00"), Y, 16),
    (SWW, "general_budget", None, "210", "total", D("881803.00"), Y, 16),
    (SWW, "general_budget", None, "2101101", "basic", D("631941.00"), Y, 16),
    (SWW, "general_budget", None, "215", "project", D("293810000.00"), Y, 16),
    (SWW, "general_budget", None, "2150899", "total", D("293810000.00"), Y, 16),
    (SWW, "general_budget", None, "216", "project", D("31364000.00"), Y, 16),
    (SWW, "general_budget", None, "22102", "basic", D("2849034.00"), Y, 16),
    # general_budget_basic
    (SWW, "general_budget_basic", None, "total", "total", D("19830655.00"), Y, 20),
    (SWW, "general_budget_basic", None, "total", "personnel", D("18120593.00"), Y, 20),
    (SWW, "general_budget_basic", None, "total", "public", D("1710062.00"), Y, 20),
    (SWW, "general_budget_basic", None, "301", "total", D("16671057.00"), Y, 19),
    (SWW, "general_budget_basic", None, "301", "personnel", D("16671057.00"), Y, 19),
    (SWW, "general_budget_basic", None, "30101", "personnel", D("1952616.00"), Y, 19),
    (SWW, "general_budget_basic", None, "30102", "total", D("7533376.00"), Y, 19),
    (SWW, "general_budget_basic", None, "30107", "personnel", D("1852114.00"), Y, 19),
    (SWW, "general_budget_basic", None, "30199", "personnel", D("936867.00"), Y, 19),
    (SWW, "general_budget_basic", None, "302", "total", D("1632062.00"), Y, 19),
    (SWW, "general_budget_basic", None, "302", "public", D("1632062.00"), Y, 19),
    (SWW, "general_budget_basic", None, "30201", "public", D("273900.00"), Y, 19),
    (SWW, "general_budget_basic", None, "30202", "public", D("5000.00"), Y, 19),
    (SWW, "general_budget_basic", None, "30211", "public", D("80000.00"), Y, 20),
    (SWW, "general_budget_basic", None, "30213", "public", D("10000.00"), Y, 20),
    (SWW, "general_budget_basic", None, "30217", "public", D("10000.00"), Y, 20),
    (SWW, "general_budget_basic", None, "30227", "public", D("180000.00"), Y, 20),
    (SWW, "general_budget_basic", None, "30229", "public", D("423360.00"), Y, 20),
    (SWW, "general_budget_basic", None, "30299", "public", D("123860.00"), Y, 20),
    (SWW, "general_budget_basic", None, "303", "total", D("1449536.00"), Y, 20),
    (SWW, "general_budget_basic", None, "303", "personnel", D("1449536.00"), Y, 20),
    (SWW, "general_budget_basic", None, "30301", "personnel", D("251936.00"), Y, 20),
    (SWW, "general_budget_basic", None, "30302", "personnel", D("1197600.00"), Y, 20),
    (SWW, "general_budget_basic", None, "310", "total", D("78000.00"), Y, 20),
    (SWW, "general_budget_basic", None, "310", "public", D("78000.00"), Y, 20),
    (SWW, "general_budget_basic", None, "31002", "public", D("78000.00"), Y, 20),
    # three_public
    (SWW, "three_public", None, "total", "budget", D("1.00"), W, 21),
    (SWW, "three_public", None, "reception", "budget", D("1.00"), W, 21),
    (SWW, "three_public", None, "office_operation", "budget", D("171.01"), W, 21),
]

# Cells the extractor keys differently from the contract: (file, table, side, line, measure) as in FIGURES ->
# the (table, side, line, measure) the extractor emits instead.  The summary of a 单位预算 splits its 预算数 column; the
# contract says "measure budget for its 预算数 column; where it splits that column further, the parts are personnel,
# public, project", so the split's 合计 is measure budget (the extractor calls it total).
EXTRACTOR_DISAGREEMENTS = {
    f[:5]: (f[1], f[2], f[3], "total")
    for f in FIGURES
    if f[0] in (SFJ, SWW) and f[1] == "summary" and f[2] == "expenditure" and f[4] == "budget"
}

# Tables for which FIGURES lists every non-zero printed cell.
COMPLETE_TABLES = ("summary", "appropriation_summary", "three_public")

# Tables present per document: file_name -> {table_key: [pages]} (every page the table's grid touches)
TABLE_PAGES = {
    WL24: {
        "summary": [10],
        "income": [11, 12, 13, 14, 15],  # p. 15 holds only the 合计 row
        "expenditure": [16, 17, 18, 19, 20],  # p. 20 holds only the 合计 row
        "appropriation_summary": [21],
        "general_budget": [22, 23, 24, 25, 26],
        "gov_fund": [27],
        "state_capital": [28],
        "general_budget_basic": [29, 30],
        "three_public": [31],
    },
    WL25: {
        "summary": [9],
        "income": [10, 11, 12, 13],
        "expenditure": [14, 15, 16, 17, 18],  # p. 18 holds only the 合计 row
        "appropriation_summary": [19],
        "general_budget": [20, 21, 22, 23, 24],
        "gov_fund": [25],
        "state_capital": [26],
        "general_budget_basic": [27, 28],
        "three_public": [29],
    },
    BGS: {
        "summary": [8],
        "income": [9, 10],
        "expenditure": [11, 12],
        "appropriation_summary": [13],
        "general_budget": [14, 15],
        "gov_fund": [16],
        "state_capital": [17],
        "general_budget_basic": [18, 19],
        "three_public": [20],
    },
    SFJ: {
        "summary": [8],
        "income": [9, 10],
        "expenditure": [11, 12],
        "appropriation_summary": [13],
        "general_budget": [14, 15],
        "gov_fund": [16],
        "state_capital": [17],
        "general_budget_basic": [18, 19],
        "three_public": [20],
    },
    SWW: {
        "summary": [9],
        "income": [10, 11],
        "expenditure": [12, 13],
        "appropriation_summary": [14],
        "general_budget": [15, 16],
        "gov_fund": [17],
        "state_capital": [18],
        "general_budget_basic": [19, 20],
        "three_public": [21],
    },
}

# Tables that are printed but carry no amount at all: file_name -> [table_key]
EMPTY_TABLES = {name: ["gov_fund", "state_capital"] for name in BUDGETS}

# Documents' cover facts: file_name -> (department, fiscal_year, report_kind, scope)
COVERS = {
    WL24: ("上海市普陀区人民政府万里街道办事处", 2024, "budget", "department"),
    WL25: ("上海市普陀区人民政府万里街道办事处", 2025, "budget", "department"),
    BGS: ("上海市普陀区人民政府办公室", 2025, "budget", "department"),
    SFJ: ("上海市普陀区司法局", 2026, "budget", "unit"),
    SWW: ("上海市普陀区商务委员会", 2025, "budget", "unit"),
}

PAGE_COUNTS = {WL24: 33, WL25: 31, BGS: 22, SFJ: 21, SWW: 22}

# Sums that do NOT hold on the printed page (checked by eye), as (file, table, parent line_key, measure): the printed
# parent (a class, a 款, or "total" for the 合计 row) differs from the sum of its printed children.
PRINTED_INCONSISTENCIES = {
    (WL25, "income", "212", "total"),
    (WL25, "income", "212", "fiscal_appropriation"),
    (WL25, "income", "21201", "total"),
    (WL25, "income", "21201", "fiscal_appropriation"),
    (WL25, "expenditure", "212", "total"),
    (WL25, "expenditure", "21201", "total"),
    (WL25, "general_budget", "212", "total"),
    (WL25, "general_budget", "21201", "total"),
    (SFJ, "expenditure", "20406", "project"),  # 2040601 prints 项目支出 64,840,547.00
    (SFJ, "general_budget", "20406", "project"),
    (SFJ, "expenditure", "total", "basic"),  # 合计 基本支出 printed 22,118,861 vs classes 22,118,861.34
    (SFJ, "general_budget", "total", "basic"),
}
