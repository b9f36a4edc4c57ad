"""上海市级 (2025/2026 市级单位预算): eye-checked figures.

Layout traits seen (审计局 2026, cross-checked against the text layers of the other 21 files):
- One `full` PDF per budget unit: cover `上海市2026年市级单位预算` / `预算单位：上海市审计局`, 目录, 单位主要职能,
  单位机构设置, 名词解释, 2026年单位预算编制说明, the tables, then 其他相关情况说明. Scope `unit` (预算单位：). FILE
  NAMES LIE here more than anywhere: `2026年上海市交通运输局_部门预算.pdf` is the unit budget of
  上海交通职业技术学院, `…民政局…` of 上海市福利彩票发行中心, `…统计局…` of
  上海市统计和大数据研究院（上海市统计数据管理中心） etc. — the department is the `预算单位：` / `编制单位：` name,
  never the file's.
- Same template as Putuo: titles `2026年预算单位财务收支预算总表`, `…收入预算总表`, `…支出预算总表`, `…财政拨款收支
  预算总表`, `…一般公共预算支出功能分类预算表`, `…政府性基金预算支出功能分类预算表`, `…国有资本经营预算支出功能
  分类预算表`, `…一般公共预算基本支出部门预算经济分类预算表`, `2026年单位“三公”经费和机关运行经费预算表`. No table
  numbers. `编制单位：上海市审计局` top left of every table.
- Units: `单位：元` (integers, thousands commas, no decimals) for the eight money tables; the 三公 table alone is
  `单位:万元` (ASCII colon) with two decimals.
- Codes printed split in 类 | 款 | 项 columns (`201 | 08 | 01`); economic codes 类 | 款 (`301 | 01`). 合计 row LAST.
  No 行次 columns.
- 财务收支预算总表: income 项目 | 预算数 (一、财政拨款收入 / 1、一般公共预算 / 2、政府性基金预算 /
  3、国有资本经营预算 / 二、事业收入 / 三、事业单位经营收入 / 四、其他收入) beside expenditure 项目 | 预算数 [合计 |
  基本支出(人员经费, 公用经费) | 项目支出], function classes by NAME only, numbered by position
  (一、一般公共服务支出, 二、社会保障和就业支出 …). The 审计局 page prints 收入总计 with an EMPTY 预算数 cell (only
  支出总计 carries 195,774,300).
- 财政拨款收支预算总表: expenditure split 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算.
- Continuations vary by file: 审计局's 收入/支出预算总表 continue on the next page WITHOUT the header (p9, p11); the
  一般公共预算支出功能分类预算表 continuation (p14) REPEATS the header without the title; the 基本支出 table
  continues without the header (p18); 交通职业技术学院 repeats the header on every continuation page.
- 三公: one row, “三公”经费预算数 [合计 | 因公出国(境)费 | 公务接待费 | 公务用车购置及运行费 (小计, 购置费, 运行费)]
  | 机关运行经费预算数 — no 会议费/培训费.
- Pages: landscape 842x595, /Rotate 0 (生态环境局 2026 mixes 841x595 … 956x676 page sizes).
- Empty 政府性基金 / 国有资本 tables print the header with no rows.
"""

from national.figures import Doc

SHENJI = "上海市级/2026年上海市审计局_部门预算.pdf"
JIAOTONG_XUEYUAN = "上海市级/2026年上海市交通运输局_部门预算.pdf"

DOCUMENTS = [
    Doc(
        path=SHENJI,
        department="上海市审计局",
        fiscal_year=2026,
        report_kind="budget",
        scope="unit",
        part="full",
        figures=[
            # 2026年预算单位财务收支预算总表 (p7)
            ("summary", "income", "fiscal_appropriation", "budget", "195,774,300", "元", 7),
            ("summary", "income", "general_budget_appropriation", "budget", "195,774,300", "元", 7),
            ("summary", "expenditure", "fn_201", "budget", "134,339,860", "元", 7),
            ("summary", "expenditure", "fn_201", "personnel", "93,654,340", "元", 7),
            ("summary", "expenditure", "fn_201", "public", "20,825,520", "元", 7),
            ("summary", "expenditure", "fn_201", "project", "19,860,000", "元", 7),
            ("summary", "expenditure", "fn_208", "budget", "23,992,440", "元", 7),
            ("summary", "expenditure", "fn_210", "budget", "6,142,000", "元", 7),
            ("summary", "expenditure", "fn_221", "budget", "31,300,000", "元", 7),
            ("summary", "expenditure", "grand_total", "budget", "195,774,300", "元", 7),
            ("summary", "expenditure", "grand_total", "personnel", "153,268,740", "元", 7),
            ("summary", "expenditure", "grand_total", "public", "21,802,560", "元", 7),
            ("summary", "expenditure", "grand_total", "project", "20,703,000", "元", 7),
            # 2026年预算单位收入预算总表 (p8, continued on p9 without header)
            ("income", None, "201", "total", "134,339,860", "元", 8),
            ("income", None, "2010801", "fiscal_appropriation", "114,479,860", "元", 8),
            ("income", None, "20805", "total", "23,191,440", "元", 8),
            ("income", None, "210", "total", "6,142,000", "元", 9),
            ("income", None, "total", "total", "195,774,300", "元", 9),
            ("income", None, "total", "fiscal_appropriation", "195,774,300", "元", 9),
            # 2026年预算单位支出预算总表 (p10, continued on p11 without header)
            ("expenditure", None, "201", "total", "134,339,860", "元", 10),
            ("expenditure", None, "201", "basic", "114,479,860", "元", 10),
            ("expenditure", None, "201", "project", "19,860,000", "元", 10),
            ("expenditure", None, "20108", "basic", "114,479,860", "元", 10),
            ("expenditure", None, "2010804", "project", "16,527,000", "元", 10),
            ("expenditure", None, "2080505", "total", "11,220,000", "元", 10),
            ("expenditure", None, "210", "total", "6,142,000", "元", 11),
            ("expenditure", None, "210", "project", "42,000", "元", 11),
            ("expenditure", None, "2210203", "total", "17,800,000", "元", 11),
            ("expenditure", None, "total", "total", "195,774,300", "元", 11),
            ("expenditure", None, "total", "basic", "175,071,300", "元", 11),
            ("expenditure", None, "total", "project", "20,703,000", "元", 11),
            # 2026年预算单位财政拨款收支预算总表 (p12)
            ("appropriation_summary", "income", "general_budget_appropriation", "budget", "195,774,300", "元", 12),
            ("appropriation_summary", "income", "grand_total", "budget", "195,774,300", "元", 12),
            ("appropriation_summary", "expenditure", "fn_201", "total", "134,339,860", "元", 12),
            ("appropriation_summary", "expenditure", "fn_208", "general_budget", "23,992,440", "元", 12),
            ("appropriation_summary", "expenditure", "grand_total", "total", "195,774,300", "元", 12),
            ("appropriation_summary", "expenditure", "grand_total", "general_budget", "195,774,300", "元", 12),
            # 2026年预算单位一般公共预算支出功能分类预算表 (p13, continued on p14 with the header repeated)
            ("general_budget", None, "201", "total", "134,339,860", "元", 13),
            ("general_budget", None, "20108", "project", "19,860,000", "元", 13),
            ("general_budget", None, "2010801", "basic", "114,479,860", "元", 13),
            ("general_budget", None, "208", "basic", "23,191,440", "元", 13),
            ("general_budget", None, "2080801", "project", "801,000", "元", 13),
            ("general_budget", None, "21011", "total", "6,100,000", "元", 14),
            ("general_budget", None, "2109999", "project", "42,000", "元", 14),
            ("general_budget", None, "2210201", "basic", "13,500,000", "元", 14),
            ("general_budget", None, "total", "total", "195,774,300", "元", 14),
            ("general_budget", None, "total", "basic", "175,071,300", "元", 14),
            ("general_budget", None, "total", "project", "20,703,000", "元", 14),
            # 2026年预算单位一般公共预算基本支出部门预算经济分类预算表 (p17, continued on p18)
            ("general_budget_basic", None, "301", "total", "148,274,340", "元", 17),
            ("general_budget_basic", None, "301", "personnel", "148,274,340", "元", 17),
            ("general_budget_basic", None, "30101", "personnel", "21,000,000", "元", 17),
            ("general_budget_basic", None, "30103", "total", "39,229,000", "元", 17),
            ("general_budget_basic", None, "302", "public", "21,019,560", "元", 17),
            ("general_budget_basic", None, "30201", "total", "1,100,000", "元", 17),
            ("general_budget_basic", None, "30212", "public", "2,018,000", "元", 18),
            ("general_budget_basic", None, "30231", "total", "280,000", "元", 18),
            ("general_budget_basic", None, "303", "personnel", "4,994,400", "元", 18),
            ("general_budget_basic", None, "31002", "public", "783,000", "元", 18),
            ("general_budget_basic", None, "total", "total", "175,071,300", "元", 18),
            ("general_budget_basic", None, "total", "personnel", "153,268,740", "元", 18),
            ("general_budget_basic", None, "total", "public", "21,802,560", "元", 18),
            # 2026年单位“三公”经费和机关运行经费预算表 (p19)
            ("three_public", None, "total", "budget", "237.92", "万元", 19),
            ("three_public", None, "overseas_travel", "budget", "201.80", "万元", 19),
            ("three_public", None, "reception", "budget", "8.12", "万元", 19),
            ("three_public", None, "vehicle_total", "budget", "28.00", "万元", 19),
            ("three_public", None, "vehicle_operation", "budget", "28.00", "万元", 19),
            ("three_public", None, "office_operation", "budget", "2,180.26", "万元", 19),
        ],
        notes=(
            "财务收支预算总表 p7: the 收入总计 预算数 cell is printed EMPTY (支出总计 195,774,300), so "
            "summary/income/grand_total is not listed. 财政拨款收支预算总表 p12 expenditure columns are "
            "合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算 — taken as measures total / general_budget / "
            "gov_fund / "
            "state_capital (the appropriation columns of appropriation_summary); its income 预算数 is measure budget. "
            "三公 公务用车购置费 blank."
        ),
    ),
    Doc(
        path=JIAOTONG_XUEYUAN,
        department="上海交通职业技术学院",
        fiscal_year=2026,
        report_kind="budget",
        scope="unit",
        part="full",
        figures=[
            # 2026年预算单位财务收支预算总表 (p7)
            ("summary", "income", "fiscal_appropriation", "budget", "304,413,900", "元", 7),
            ("summary", "income", "general_budget_appropriation", "budget", "304,413,900", "元", 7),
            ("summary", "income", "business", "budget", "50,000,000", "元", 7),
            ("summary", "income", "other", "budget", "54,282,100", "元", 7),
            ("summary", "income", "grand_total", "budget", "408,696,000", "元", 7),
            ("summary", "expenditure", "fn_205", "budget", "326,658,710", "元", 7),
            ("summary", "expenditure", "fn_205", "personnel", "150,119,030", "元", 7),
            ("summary", "expenditure", "fn_205", "public", "104,154,210", "元", 7),
            ("summary", "expenditure", "fn_205", "project", "72,385,470", "元", 7),
            ("summary", "expenditure", "fn_208", "public", "2,714,000", "元", 7),
            ("summary", "expenditure", "fn_221", "budget", "17,717,000", "元", 7),
            ("summary", "expenditure", "grand_total", "budget", "408,696,000", "元", 7),
            ("summary", "expenditure", "grand_total", "personnel", "229,442,320", "元", 7),
            ("summary", "expenditure", "grand_total", "public", "106,868,210", "元", 7),
            # 2026年预算单位收入预算总表 (p8, continued on p9 with the header repeated)
            ("income", None, "205", "total", "326,658,710", "元", 8),
            ("income", None, "205", "business", "42,865,320", "元", 8),
            ("income", None, "205", "other", "46,900,000", "元", 8),
            ("income", None, "2050302", "other", "9,600,000", "元", 8),
            ("income", None, "2050305", "fiscal_appropriation", "236,893,390", "元", 8),
            ("income", None, "20805", "business", "4,126,080", "元", 8),
            ("income", None, "2210201", "other", "7,382,100", "元", 9),
            ("income", None, "total", "total", "408,696,000", "元", 9),
            ("income", None, "total", "fiscal_appropriation", "304,413,900", "元", 9),
            ("income", None, "total", "business", "50,000,000", "元", 9),
            ("income", None, "total", "other", "54,282,100", "元", 9),
            # 2026年预算单位支出预算总表 (p10, continued on p11 with the header repeated)
            ("expenditure", None, "205", "basic", "254,273,240", "元", 10),
            ("expenditure", None, "20503", "project", "72,385,470", "元", 10),
            ("expenditure", None, "2050302", "project", "9,600,000", "元", 10),
            ("expenditure", None, "2050305", "total", "317,058,710", "元", 10),
            ("expenditure", None, "2080505", "basic", "23,622,600", "元", 10),
            ("expenditure", None, "2101102", "total", "15,502,390", "元", 11),
            ("expenditure", None, "total", "total", "408,696,000", "元", 11),
            ("expenditure", None, "total", "basic", "336,310,530", "元", 11),
            ("expenditure", None, "total", "project", "72,385,470", "元", 11),
            # 2026年预算单位财政拨款收支预算总表 (p12)
            ("appropriation_summary", "income", "general_budget_appropriation", "budget", "304,413,900", "元", 12),
            ("appropriation_summary", "income", "grand_total", "budget", "304,413,900", "元", 12),
            ("appropriation_summary", "expenditure", "fn_205", "total", "236,893,390", "元", 12),
            ("appropriation_summary", "expenditure", "fn_210", "general_budget", "13,697,230", "元", 12),
            ("appropriation_summary", "expenditure", "grand_total", "total", "304,413,900", "元", 12),
            # 2026年预算单位一般公共预算支出功能分类预算表 (p13, continued on p14 with the header repeated)
            ("general_budget", None, "205", "total", "236,893,390", "元", 13),
            ("general_budget", None, "20503", "basic", "215,477,090", "元", 13),
            ("general_budget", None, "2050305", "project", "21,416,300", "元", 13),
            ("general_budget", None, "2080505", "total", "20,871,880", "元", 13),
            ("general_budget", None, "22102", "basic", "9,131,460", "元", 14),
            ("general_budget", None, "total", "total", "304,413,900", "元", 14),
            ("general_budget", None, "total", "basic", "282,997,600", "元", 14),
            ("general_budget", None, "total", "project", "21,416,300", "元", 14),
            # 2026年预算单位一般公共预算基本支出部门预算经济分类预算表 (p17–p19)
            ("general_budget_basic", None, "301", "total", "186,922,536", "元", 17),
            ("general_budget_basic", None, "30107", "personnel", "98,083,000", "元", 17),
            ("general_budget_basic", None, "30239", "public", "1,432,100", "元", 19),
            ("general_budget_basic", None, "303", "personnel", "10,670,000", "元", 19),
            ("general_budget_basic", None, "310", "total", "2,042,290", "元", 19),
            ("general_budget_basic", None, "total", "total", "282,997,600", "元", 19),
            ("general_budget_basic", None, "total", "personnel", "197,592,536", "元", 19),
            ("general_budget_basic", None, "total", "public", "85,405,064", "元", 19),
            # 2026年单位“三公”经费和机关运行经费预算表 (p20)
            ("three_public", None, "total", "budget", "67.59", "万元", 20),
            ("three_public", None, "overseas_travel", "budget", "35.00", "万元", 20),
            ("three_public", None, "reception", "budget", "12.49", "万元", 20),
            ("three_public", None, "vehicle_total", "budget", "20.10", "万元", 20),
            ("three_public", None, "vehicle_operation", "budget", "20.10", "万元", 20),
        ],
        notes=(
            "File named `2026年上海市交通运输局_部门预算.pdf`; the cover says 预算单位：上海交通职业技术学院 "
            "(a 事业单位 with 事业收入 and 其他收入 columns). Unlike 审计局, every continuation page "
            "(p9, p11, p14, p18, p19) REPEATS the two header rows without the title. 机关运行经费预算数 and "
            "公务用车购置费 blank on p20."
        ),
    ),
]
