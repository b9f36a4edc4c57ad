"""The sample corpus as data: what each year's final account prints, in 万元.

2023 carries exactly the figures of the real document (see
../shared/seed/panzhihua-dongqu-hrss-2023-final-account.txt); 2022 agrees
with every year-on-year comparison that document states; 2021 and 2024 are
invented but internally consistent. Only 项-level subjects and 款-level
economic lines are stored; every 类/款/合计 amount is derived by summation, and
the headline totals are stored separately so tests can check the two agree.

Known, deliberate gap inherited from the seed: the seed states 2022's
一般公共预算财政拨款支出 as 2229.91 (= 2022's 收支总计), so 2022 ends with no
结转和结余, yet 2023 opens with 141.65 of 年初结转和结余. The chain
carryover_end(2022) = carryover_begin(2023) therefore does not hold; it does
hold for 2021 → 2022 and 2023 → 2024.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

SAMPLE_DEPARTMENT = "攀枝花市东区人力资源和社会保障局"
SAMPLE_YEARS = (2021, 2022, 2023, 2024)

ItemKey = tuple[str, str | None, str, str]  # (table_key, side, line_key, measure)


def D(text: str) -> Decimal:
    return Decimal(text)


ZERO = Decimal("0.00")

# -- classification names ------------------------------------------------------

# Function classification (支出功能分类): 类 (3 digits), 款 (5), 项 (7).
FUNCTION_NAMES: dict[str, str] = {
    "201": "一般公共服务支出",
    "20105": "统计信息事务",
    "2010505": "专项统计业务",
    "208": "社会保障和就业支出",
    "20801": "人力资源和社会保障管理事务",
    "2080101": "行政运行",
    "2080102": "一般行政管理事务",
    "2080103": "机关服务",
    "2080104": "综合业务管理",
    "2080108": "信息化建设",
    "2080199": "其他人力资源和社会保障管理事务支出",
    "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "20808": "抚恤",
    "2080801": "死亡抚恤",
    "210": "卫生健康支出",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "2101103": "公务员医疗补助",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "229": "其他支出",
    "22999": "其他支出",
    "2299901": "其他支出",
}

# The expenditure side of the two summary tables: every function class, printed
# whether or not it has an amount. 2021's template still carries the 抗疫特别国债 line.
SUMMARY_CLASSES: tuple[tuple[str, str], ...] = (
    ("201", "一、一般公共服务支出"),
    ("202", "二、外交支出"),
    ("203", "三、国防支出"),
    ("204", "四、公共安全支出"),
    ("205", "五、教育支出"),
    ("206", "六、科学技术支出"),
    ("207", "七、文化旅游体育与传媒支出"),
    ("208", "八、社会保障和就业支出"),
    ("210", "九、卫生健康支出"),
    ("211", "十、节能环保支出"),
    ("212", "十一、城乡社区支出"),
    ("213", "十二、农林水支出"),
    ("214", "十三、交通运输支出"),
    ("215", "十四、资源勘探工业信息等支出"),
    ("216", "十五、商业服务业等支出"),
    ("217", "十六、金融支出"),
    ("219", "十七、援助其他地区支出"),
    ("220", "十八、自然资源海洋气象等支出"),
    ("221", "十九、住房保障支出"),
    ("222", "二十、粮油物资储备支出"),
    ("223", "二十一、国有资本经营预算支出"),
    ("224", "二十二、灾害防治及应急管理支出"),
    ("229", "二十三、其他支出"),
    ("231", "二十四、债务还本支出"),
    ("232", "二十五、债务付息支出"),
)
COVID_BOND_CLASS = ("234", "二十六、抗疫特别国债安排的支出")


def summary_classes(year: int) -> tuple[tuple[str, str], ...]:
    return SUMMARY_CLASSES + ((COVID_BOND_CLASS,) if year <= 2021 else ())


# Economic classification (支出经济分类) as the 基本支出 table prints it: left panel
# 301 + 303 (人员经费), right panel 302 + 310 (公用经费), every standard line.
ECONOMIC_LEFT: tuple[tuple[str, str], ...] = (
    ("301", "工资福利支出"),
    ("30101", "基本工资"),
    ("30102", "津贴补贴"),
    ("30103", "奖金"),
    ("30106", "伙食补助费"),
    ("30107", "绩效工资"),
    ("30108", "机关事业单位基本养老保险缴费"),
    ("30109", "职业年金缴费"),
    ("30110", "职工基本医疗保险缴费"),
    ("30111", "公务员医疗补助缴费"),
    ("30112", "其他社会保障缴费"),
    ("30113", "住房公积金"),
    ("30114", "医疗费"),
    ("30199", "其他工资福利支出"),
    ("303", "对个人和家庭的补助"),
    ("30301", "离休费"),
    ("30302", "退休费"),
    ("30303", "退职（役）费"),
    ("30304", "抚恤金"),
    ("30305", "生活补助"),
    ("30306", "救济费"),
    ("30307", "医疗费补助"),
    ("30308", "助学金"),
    ("30309", "奖励金"),
    ("30310", "个人农业生产补贴"),
    ("30311", "代缴社会保险费"),
    ("30399", "其他对个人和家庭的补助"),
)
ECONOMIC_RIGHT: tuple[tuple[str, str], ...] = (
    ("302", "商品和服务支出"),
    ("30201", "办公费"),
    ("30202", "印刷费"),
    ("30203", "咨询费"),
    ("30204", "手续费"),
    ("30205", "水费"),
    ("30206", "电费"),
    ("30207", "邮电费"),
    ("30208", "取暖费"),
    ("30209", "物业管理费"),
    ("30211", "差旅费"),
    ("30212", "因公出国（境）费用"),
    ("30213", "维修（护）费"),
    ("30214", "租赁费"),
    ("30215", "会议费"),
    ("30216", "培训费"),
    ("30217", "公务接待费"),
    ("30218", "专用材料费"),
    ("30224", "被装购置费"),
    ("30225", "专用燃料费"),
    ("30226", "劳务费"),
    ("30227", "委托业务费"),
    ("30228", "工会经费"),
    ("30229", "福利费"),
    ("30231", "公务用车运行维护费"),
    ("30239", "其他交通费用"),
    ("30240", "税金及附加费用"),
    ("30299", "其他商品和服务支出"),
    ("310", "资本性支出"),
    ("31001", "房屋建筑物购建"),
    ("31002", "办公设备购置"),
    ("31003", "专用设备购置"),
    ("31007", "信息网络及软件购置更新"),
    ("31013", "公务用车购置"),
    ("31019", "其他交通工具购置"),
    ("31021", "文物和陈列品购置"),
    ("31022", "无形资产购置"),
    ("31099", "其他资本性支出"),
)
ECONOMIC_NAMES: dict[str, str] = dict(ECONOMIC_LEFT + ECONOMIC_RIGHT)
PERSONNEL_CLASSES = ("301", "303")
PUBLIC_CLASSES = ("302", "310")

# -- the per-year structures ---------------------------------------------------


@dataclass(frozen=True)
class Subject:
    """One 项-level function subject: its 基本支出 / 项目支出 and the 本年收入 raised under it."""

    code: str  # 7 digits
    basic: Decimal
    project: Decimal
    income: Decimal | None = None  # None: income equals spending (no carry-over involved)

    @property
    def total(self) -> Decimal:
        return self.basic + self.project

    @property
    def income_amount(self) -> Decimal:
        return self.total if self.income is None else self.income


@dataclass(frozen=True)
class ThreePublic:
    """三公 经费: (预算数, 决算数) per line; 公务用车 subtotal and 合计 are derived."""

    overseas_travel: tuple[Decimal, Decimal]
    vehicle_purchase: tuple[Decimal, Decimal]
    vehicle_operation: tuple[Decimal, Decimal]
    reception: tuple[Decimal, Decimal]

    @property
    def vehicle_total(self) -> tuple[Decimal, Decimal]:
        return (
            self.vehicle_purchase[0] + self.vehicle_operation[0],
            self.vehicle_purchase[1] + self.vehicle_operation[1],
        )

    @property
    def total(self) -> tuple[Decimal, Decimal]:
        vb, vf = self.vehicle_total
        return (
            self.overseas_travel[0] + vb + self.reception[0],
            self.overseas_travel[1] + vf + self.reception[1],
        )

    def lines(self) -> tuple[tuple[str, tuple[Decimal, Decimal]], ...]:
        """In printed column order."""
        return (
            ("total", self.total),
            ("overseas_travel", self.overseas_travel),
            ("vehicle_total", self.vehicle_total),
            ("vehicle_purchase", self.vehicle_purchase),
            ("vehicle_operation", self.vehicle_operation),
            ("reception", self.reception),
        )


@dataclass(frozen=True)
class PerformanceProject:
    """One row of the 绩效自评 table in 第四部分 附件."""

    name: str
    initial_budget: Decimal  # 年初预算数
    available: Decimal  # 全年预算数（资金到位）
    spent: Decimal  # 实际支出
    score: Decimal  # 自评得分


@dataclass(frozen=True)
class PriorYear:
    """The few figures of the year before 2021 that 2021's 情况说明 compares with."""

    grand_total: Decimal
    general_budget_spending: Decimal
    overseas_travel: Decimal
    vehicle: Decimal
    reception: Decimal
    office_operation: Decimal


@dataclass(frozen=True)
class YearFigures:
    year: int
    # headline totals as the narrative states them (checked against the detail below)
    income_total: Decimal  # 本年收入合计 (all 一般公共预算财政拨款收入)
    carryover_begin: Decimal  # 年初结转和结余 (all 一般公共预算 money)
    carryover_end: Decimal  # 年末结转和结余
    basic_total: Decimal  # 基本支出
    project_total: Decimal  # 项目支出
    personnel: Decimal  # 人员经费
    public: Decimal  # 公用经费
    office_operation: Decimal  # 机关运行经费
    subjects: tuple[Subject, ...]
    economic: dict[str, Decimal]  # 款-level economic code → 决算数 (non-zero lines only)
    three_public: ThreePublic
    performance_score: Decimal  # 部门整体绩效自评得分
    projects: tuple[PerformanceProject, ...]
    vehicles: int = 1  # 公务用车保有量 at year end
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def expenditure_total(self) -> Decimal:
        return self.basic_total + self.project_total

    @property
    def grand_total(self) -> Decimal:
        return self.income_total + self.carryover_begin


def _subjects(*rows: tuple[str, str, str] | tuple[str, str, str, str]) -> tuple[Subject, ...]:
    out = []
    for row in rows:
        income = D(row[3]) if len(row) == 4 else None
        out.append(Subject(row[0], D(row[1]), D(row[2]), income))
    return tuple(out)


def _economic(table: str) -> dict[str, Decimal]:
    """'30101=268.45 30102=352.18 …' → {'30101': Decimal('268.45'), …} (compact, one class a line)."""
    pairs = (item.split("=") for item in table.split())
    return {code: D(value) for code, value in pairs}


def _tp(budget: str, final: str) -> tuple[Decimal, Decimal]:
    return D(budget), D(final)


def _project(name: str, initial: str, available: str, spent: str, score: str) -> PerformanceProject:
    return PerformanceProject(name, D(initial), D(available), D(spent), D(score))


PRIOR_2020 = PriorYear(
    grand_total=D("1583.27"),
    general_budget_spending=D("1583.27"),
    overseas_travel=ZERO,
    vehicle=D("1.42"),
    reception=D("0.75"),
    office_operation=D("43.86"),
)

FIGURES: dict[int, YearFigures] = {
    2021: YearFigures(
        year=2021,
        income_total=D("1692.41"),
        carryover_begin=ZERO,
        carryover_end=D("38.08"),
        basic_total=D("1120.62"),
        project_total=D("533.71"),
        personnel=D("1075.40"),
        public=D("45.22"),
        office_operation=D("45.22"),
        subjects=_subjects(
            ("2010505", "0", "0.45"),
            ("2080101", "521.36", "0"),
            ("2080102", "0", "205.74"),
            ("2080103", "259.48", "22.15"),
            ("2080104", "0", "6.83"),
            ("2080108", "0", "1.60"),
            # 38.08 raised for talent subsidies was not paid out by year end → 年末结转
            ("2080199", "0", "296.94", "335.02"),
            ("2080501", "23.65", "0"),
            ("2080505", "126.30", "0"),
            ("2080506", "26.84", "0"),
            ("2080801", "12.35", "0"),
            ("2101101", "62.18", "0"),
            ("2101102", "18.62", "0"),
            ("2101103", "15.47", "0"),
            ("2210201", "54.37", "0"),
        ),
        economic=_economic(
            """
            30101=248.60 30102=325.40 30103=34.90 30107=110.25 30108=126.30 30109=26.84
            30110=80.80 30111=15.47 30112=5.60 30113=54.37 30199=13.32
            30302=11.20 30304=12.35 30305=7.90 30309=2.10
            30201=9.20 30202=1.30 30205=0.75 30206=3.70 30207=2.75 30211=1.40
            30215=0.30 30216=0.60 30217=0.62 30226=3.90 30227=2.80 30228=6.30
            30229=5.00 30231=1.35 30239=3.10 30299=2.15
            """
        ),
        three_public=ThreePublic(
            overseas_travel=_tp("0", "0"),
            vehicle_purchase=_tp("0", "0"),
            vehicle_operation=_tp("1.50", "1.35"),
            reception=_tp("0.80", "0.62"),
        ),
        performance_score=D("88.75"),
        projects=(
            _project("兑现引进硕士研究生安家等经费", "142.00", "118.40", "80.32", "88"),
            _project("高层次人才经费", "90.00", "12.60", "12.60", "86.5"),
            _project("年度考核经费", "55.50", "51.30", "51.30", "95"),
            _project("就业招聘工作经费", "24.00", "30.00", "27.86", "97"),
            _project("金保工程网络使用费", "1.60", "1.60", "1.60", "100"),
        ),
    ),
    2022: YearFigures(
        year=2022,
        income_total=D("2191.83"),
        carryover_begin=D("38.08"),
        carryover_end=ZERO,
        basic_total=D("1178.34"),
        project_total=D("1051.57"),
        personnel=D("1130.24"),
        public=D("48.10"),
        office_operation=D("48.10"),
        subjects=_subjects(
            ("2010505", "0", "0.52"),
            ("2080101", "548.20", "0"),
            ("2080102", "0", "240.15"),
            ("2080103", "271.85", "31.40"),
            ("2080104", "0", "8.72"),
            ("2080108", "0", "1.60"),
            ("2080199", "0", "132.50"),
            # the one-off 一次性退休补贴 project that 2023's 情况说明 says went away
            ("2080501", "24.10", "598.60"),
            ("2080505", "132.46", "0"),
            ("2080506", "28.10", "0"),
            ("2101101", "65.32", "0"),
            ("2101102", "19.44", "0"),
            ("2101103", "16.38", "0"),
            ("2210201", "72.49", "0"),
            # 2021's carry-over, spent this year
            ("2299901", "0", "38.08", "0"),
        ),
        economic=_economic(
            """
            30101=259.30 30102=340.52 30103=36.40 30107=115.80 30108=132.46 30109=28.10
            30110=84.76 30111=16.38 30112=5.92 30113=72.49 30199=15.85
            30302=11.86 30305=8.10 30309=2.30
            30201=9.85 30202=1.42 30205=0.80 30206=3.95 30207=2.90 30211=1.96
            30215=0.40 30216=0.85 30217=0.98 30226=4.20 30227=3.10 30228=6.70
            30229=5.25 30231=1.00 30239=3.20 30299=1.54
            """
        ),
        three_public=ThreePublic(
            overseas_travel=_tp("0", "0"),
            vehicle_purchase=_tp("0", "0"),
            vehicle_operation=_tp("1.20", "1.00"),
            reception=_tp("1.30", "0.98"),
        ),
        performance_score=D("90.12"),
        projects=(
            _project("一次性退休补贴", "598.60", "598.60", "598.60", "98"),
            _project("兑现引进硕士研究生安家等经费", "150.00", "96.30", "96.30", "90"),
            _project("年度考核经费", "58.50", "52.35", "52.35", "95.2"),
            _project("就业招聘工作经费", "25.00", "32.00", "28.74", "97.5"),
            _project("劳动保障相关工作经费", "10.00", "10.00", "8.72", "88.6"),
        ),
    ),
    2023: YearFigures(
        year=2023,
        income_total=D("1507.05"),
        carryover_begin=D("141.65"),
        carryover_end=ZERO,
        basic_total=D("1247.88"),
        project_total=D("400.82"),
        personnel=D("1186.58"),
        public=D("61.30"),
        office_operation=D("61.30"),
        subjects=_subjects(
            ("2010505", "0", "0.39"),
            ("2080101", "569.00", "0"),
            ("2080102", "0", "176.38"),
            ("2080103", "280.00", "7.37"),
            ("2080104", "0", "3.16"),
            ("2080108", "0", "1.58"),
            ("2080199", "7.37", "70.29"),
            ("2080501", "25.37", "0"),
            ("2080505", "138.77", "0"),
            ("2080506", "29.47", "0"),
            ("2101101", "68.84", "0"),
            ("2101102", "20.50", "0"),
            ("2101103", "17.22", "0"),
            ("2210201", "91.34", "0"),
            # spent from 年初结转和结余, so nothing of this year's income is raised under it
            ("2299901", "0", "141.65", "0"),
        ),
        economic=_economic(
            """
            30101=268.45 30102=352.18 30103=38.76 30107=121.60 30108=138.77 30109=29.47
            30110=89.34 30111=17.22 30112=6.35 30113=91.34 30199=9.23
            30302=12.64 30305=8.73 30309=2.50
            30201=12.46 30202=1.85 30205=0.92 30206=4.37 30207=3.26 30211=2.84
            30215=0.56 30216=1.20 30217=1.22 30226=5.60 30227=4.10 30228=8.15
            30229=6.40 30231=1.67 30239=3.60 30299=2.25
            31002=0.85
            """
        ),
        three_public=ThreePublic(
            overseas_travel=_tp("0", "0"),
            vehicle_purchase=_tp("0", "0"),
            vehicle_operation=_tp("1.67", "1.67"),
            reception=_tp("1.22", "1.22"),
        ),
        performance_score=D("89.63"),
        projects=(
            _project("兑现引进硕士研究生安家等经费", "167.52", "78.54", "78.54", "89"),
            _project("干部人事档案数字化建设工作经费", "27.32", "27.32", "0.47", "86"),
            _project("高层次人才经费", "100.00", "3.87", "3.87", "87.08"),
            _project("金保工程网络使用费", "1.60", "1.60", "1.60", "100"),
            _project("就业招聘工作经费", "28.00", "43.00", "33.64", "100"),
            _project("劳动保障相关工作经费", "10.00", "10.00", "3.16", "83.95"),
            _project("年度考核经费", "61.02", "54.00", "53.85", "94.6"),
            _project("人事管理工作经费", "6.00", "6.00", "6.00", "96.99"),
        ),
    ),
    2024: YearFigures(
        year=2024,
        income_total=D("1586.40"),
        carryover_begin=ZERO,
        carryover_end=ZERO,
        basic_total=D("1290.15"),
        project_total=D("296.25"),
        personnel=D("1226.37"),
        public=D("63.78"),
        office_operation=D("63.78"),
        subjects=_subjects(
            ("2010505", "0", "0.42"),
            ("2080101", "588.60", "0"),
            ("2080102", "0", "142.37"),
            ("2080103", "295.10", "6.20"),
            ("2080104", "0", "4.05"),
            ("2080108", "0", "1.60"),
            ("2080199", "6.50", "141.61"),
            ("2080501", "26.05", "0"),
            ("2080505", "143.52", "0"),
            ("2080506", "30.21", "0"),
            ("2101101", "71.06", "0"),
            ("2101102", "21.34", "0"),
            ("2101103", "17.80", "0"),
            ("2210201", "89.97", "0"),
        ),
        economic=_economic(
            """
            30101=276.90 30102=361.45 30103=40.10 30107=126.30 30108=143.52 30109=30.21
            30110=92.40 30111=17.80 30112=6.60 30113=89.97 30199=16.32
            30302=13.05 30305=9.10 30309=2.65
            30201=12.90 30202=1.90 30205=0.95 30206=4.50 30207=3.35 30211=2.60
            30215=0.50 30216=1.35 30217=1.05 30226=5.80 30227=4.30 30228=8.40
            30229=6.60 30231=1.52 30239=3.70 30299=3.16
            31002=1.20
            """
        ),
        three_public=ThreePublic(
            overseas_travel=_tp("0", "0"),
            vehicle_purchase=_tp("0", "0"),
            vehicle_operation=_tp("1.70", "1.52"),
            reception=_tp("1.10", "1.05"),
        ),
        performance_score=D("91.06"),
        projects=(
            _project("兑现引进硕士研究生安家等经费", "120.00", "86.20", "86.20", "90"),
            _project("高层次人才经费", "60.00", "8.45", "8.45", "88.2"),
            _project("干部人事档案数字化建设工作经费", "26.85", "26.85", "26.85", "95"),
            _project("年度考核经费", "58.20", "55.05", "55.05", "96"),
            _project("就业招聘工作经费", "30.00", "30.00", "24.61", "93.5"),
        ),
    ),
}


def figures(year: int) -> YearFigures:
    try:
        return FIGURES[year]
    except KeyError:
        raise ValueError(f"no sample figures for {year}; have {SAMPLE_YEARS}") from None


# -- derived rows ----------------------------------------------------------------


@dataclass(frozen=True)
class SubjectRow:
    """A 类, 款 or 项 row of a function-classified table, amounts summed from the 项 data."""

    code: str
    name: str
    total: Decimal
    basic: Decimal
    project: Decimal
    income: Decimal

    @property
    def level(self) -> int:
        return {3: 1, 5: 2, 7: 3}[len(self.code)]


def subject_rows(fig: YearFigures) -> list[SubjectRow]:
    """类, then its 款, then their 项, in code order, as every subject table lists them."""
    codes: list[str] = []
    for s in sorted(fig.subjects, key=lambda s: s.code):
        for prefix in (s.code[:3], s.code[:5], s.code):
            if prefix not in codes:
                codes.append(prefix)
    rows = []
    for code in codes:
        members = [s for s in fig.subjects if s.code.startswith(code)]
        basic = sum((s.basic for s in members), ZERO)
        project = sum((s.project for s in members), ZERO)
        income = sum((s.income_amount for s in members), ZERO)
        rows.append(SubjectRow(code, FUNCTION_NAMES[code], basic + project, basic, project, income))
    return rows


def class_totals(fig: YearFigures) -> dict[str, Decimal]:
    return {r.code: r.total for r in subject_rows(fig) if r.level == 1}


def economic_amounts(fig: YearFigures) -> dict[str, Decimal]:
    """Every economic code of the 基本支出 table (类 summed from 款), zero where unused."""
    out: dict[str, Decimal] = {}
    for code, _name in ECONOMIC_LEFT + ECONOMIC_RIGHT:
        if len(code) == 3:
            out[code] = sum((v for k, v in fig.economic.items() if k.startswith(code)), ZERO)
        else:
            out[code] = fig.economic.get(code, ZERO)
    return out


def consistency_errors(fig: YearFigures) -> list[str]:
    """Every way the detail fails to add up to the headline totals (empty when sound)."""
    errors: list[str] = []

    def check(label: str, got: Decimal, want: Decimal) -> None:
        if got != want:
            errors.append(f"{fig.year} {label}: {got} != {want}")

    unknown = [c for c in fig.economic if c not in ECONOMIC_NAMES]
    if unknown:
        errors.append(f"{fig.year} unknown economic codes {unknown}")
    check("basic", sum((s.basic for s in fig.subjects), ZERO), fig.basic_total)
    check("project", sum((s.project for s in fig.subjects), ZERO), fig.project_total)
    check("income", sum((s.income_amount for s in fig.subjects), ZERO), fig.income_total)
    check(
        "收支平衡",
        fig.income_total + fig.carryover_begin,
        fig.expenditure_total + fig.carryover_end,
    )
    econ = economic_amounts(fig)
    check("personnel", sum((econ[c] for c in PERSONNEL_CLASSES), ZERO), fig.personnel)
    check("public", sum((econ[c] for c in PUBLIC_CLASSES), ZERO), fig.public)
    check("basic = personnel + public", fig.personnel + fig.public, fig.basic_total)
    check("三公 公务接待 vs 30217", fig.three_public.reception[1], econ["30217"])
    check("三公 公务用车运行 vs 30231", fig.three_public.vehicle_operation[1], econ["30231"])
    return errors


# -- ground truth ------------------------------------------------------------------


def expected_items(year: int) -> dict[ItemKey, Decimal]:
    """Every non-zero amount cell the generator prints in the nine standard tables.

    (table_key, side, line_key, measure) → amount in 万元, exactly as printed.
    """
    fig = figures(year)
    rows = subject_rows(fig)
    out: dict[ItemKey, Decimal] = {}

    def put(table: str, side: str | None, line: str, measure: str, amount: Decimal) -> None:
        if amount:
            out[(table, side, line, measure)] = amount

    total = fig.expenditure_total
    grand = fig.grand_total

    # 收入支出决算总表
    put("summary", "income", "general_budget_appropriation", "final", fig.income_total)
    put("summary", "income", "income_total", "final", fig.income_total)
    put("summary", "income", "carryover_begin", "final", fig.carryover_begin)
    put("summary", "income", "grand_total", "final", grand)
    for code, amount in class_totals(fig).items():
        put("summary", "expenditure", f"fn_{code}", "final", amount)
    put("summary", "expenditure", "expenditure_total", "final", total)
    put("summary", "expenditure", "carryover_end", "final", fig.carryover_end)
    put("summary", "expenditure", "grand_total", "final", grand)

    # 收入决算表: only subjects under which income was raised are listed
    put("income", None, "total", "total", fig.income_total)
    put("income", None, "total", "fiscal_appropriation", fig.income_total)
    for r in rows:
        put("income", None, r.code, "total", r.income)
        put("income", None, r.code, "fiscal_appropriation", r.income)

    # 支出决算表 and 一般公共预算财政拨款支出决算表 (all spending is 一般公共预算 money)
    for table in ("expenditure", "general_budget"):
        put(table, None, "total", "total", total)
        put(table, None, "total", "basic", fig.basic_total)
        put(table, None, "total", "project", fig.project_total)
        for r in rows:
            put(table, None, r.code, "total", r.total)
            put(table, None, r.code, "basic", r.basic)
            put(table, None, r.code, "project", r.project)

    # 财政拨款收入支出决算总表
    put("appropriation_summary", "income", "general_budget_appropriation", "final", fig.income_total)
    put("appropriation_summary", "income", "income_total", "final", fig.income_total)
    put("appropriation_summary", "income", "carryover_begin", "final", fig.carryover_begin)
    put("appropriation_summary", "income", "grand_total", "final", grand)
    expenditure_lines = [(f"fn_{c}", a) for c, a in class_totals(fig).items()] + [
        ("expenditure_total", total),
        ("carryover_end", fig.carryover_end),
        ("grand_total", grand),
    ]
    for line, amount in expenditure_lines:
        put("appropriation_summary", "expenditure", line, "total", amount)
        put("appropriation_summary", "expenditure", line, "general_budget", amount)

    # 一般公共预算财政拨款基本支出决算表
    for code, amount in economic_amounts(fig).items():
        put("general_budget_basic", None, code, "total", amount)
    put("general_budget_basic", None, "total", "personnel", fig.personnel)
    put("general_budget_basic", None, "total", "public", fig.public)

    # 财政拨款“三公”经费支出决算表
    for line, (budget, final) in fig.three_public.lines():
        put("three_public", None, line, "budget", budget)
        put("three_public", None, line, "final", final)

    # gov_fund and state_capital print no amounts at all
    return out


# == the 部门预算 (budget) of each year ==============================================
#
# A budget is drawn up at the start of its year, so its figures are the 年初预算 that the
# final account of the same year compares with. Amounts are in 元, exactly as the budget
# tables print them (the 三公 table alone prints 万元). What ties them to the final accounts:
#
# - 2023 is the seed's 年初预算 1737.22万元 = 工资福利支出 1219.24 + 日常公用 86.40 +
#   对个人和家庭的补助 26.62 (基本支出 1332.26) + 项目支出 404.96, spread over the function
#   subjects of the 2023 决算 (less 2299901, which was paid from 年初结转 and never budgeted);
# - every year's 项目支出 is the sum of its budgeted projects, and every project the 决算's
#   绩效自评 lists is budgeted with exactly the 年初预算数 the 决算 prints for it (a few
#   small projects without a self-evaluation report are budgeted as well, as in the seed,
#   which budgets 9 projects for 404.96 and reports on 8);
# - the 三公 budget is the 预算数 column of the 决算's 三公 table; the 30217 公务接待费 and
#   30231 公务用车运行维护费 lines of the 基本支出 budget equal its 接待 and 运行 lines;
# - within the 基本支出 budget, 30108/30109/30110/30111/30113 equal the 2080505/2080506/
#   2101101+2101102/2101103/2210201 subjects and 303 equals 2080501 (as real budgets have it),
#   and the 公用经费 sits under 2080101 行政运行 (for the summaries that split 基本支出).


@dataclass(frozen=True)
class BudgetProject:
    """One budgeted project (项目支出 年初预算), under one 项-level function subject."""

    name: str
    code: str  # 7-digit function subject
    amount: Decimal  # 元


@dataclass(frozen=True)
class BudgetFigures:
    year: int
    # headline figures as the budget's prose states them (checked against the detail)
    total: Decimal  # 收入预算 = 支出预算, 元
    basic_total: Decimal
    project_total: Decimal
    basic: dict[str, Decimal]  # 项 code → 基本支出 年初预算 (元)
    projects: tuple[BudgetProject, ...]
    economic: dict[str, Decimal]  # 款-level economic code → 基本支出 年初预算 (元)
    office_operation: Decimal  # 机关运行经费预算数, 万元 (as the 三公 table prints it)
    public_subject: str = "2080101"  # the subject whose 基本支出 carries the 公用经费

    @property
    def three_public(self) -> tuple[tuple[str, Decimal], ...]:
        """The 三公 budget, 万元, in printed line order: the 决算's 预算数 column."""
        tp = figures(self.year).three_public
        return tuple((line, pair[0]) for line, pair in tp.lines())

    def project_amounts(self) -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for p in self.projects:
            out[p.code] = out.get(p.code, ZERO) + p.amount
        return out

    @property
    def public(self) -> Decimal:
        return sum((v for k, v in self.economic.items() if k[:3] in PUBLIC_CLASSES), ZERO)

    @property
    def personnel(self) -> Decimal:
        return sum((v for k, v in self.economic.items() if k[:3] in PERSONNEL_CLASSES), ZERO)


def _yuan(table: str) -> dict[str, Decimal]:
    return _economic(table)


def _bp(name: str, code: str, amount: str) -> BudgetProject:
    return BudgetProject(name, code, D(amount))


BUDGETS: dict[int, BudgetFigures] = {
    2021: BudgetFigures(
        year=2021,
        total=D("14820000"),
        basic_total=D("11604000"),
        project_total=D("3216000"),
        basic=_yuan(
            """
            2080101=5513320 2080103=2704150 2080501=213500 2080505=1316042 2080506=280012
            2101101=649380 2101102=194260 2101103=161020 2210201=572316
            """
        ),
        projects=(
            _bp("兑现引进硕士研究生安家等经费", "2080199", "1420000"),
            _bp("高层次人才经费", "2080199", "900000"),
            _bp("年度考核经费", "2080102", "555000"),
            _bp("就业招聘工作经费", "2080102", "240000"),
            _bp("劳动保障相关工作经费", "2080104", "80000"),
            _bp("金保工程网络使用费", "2080108", "16000"),
            _bp("统计调查工作经费", "2010505", "5000"),
        ),
        economic=_yuan(
            """
            30101=2563400 30102=3484070 30103=360000 30107=1140000 30108=1316042 30109=280012
            30110=843640 30111=161020 30112=58000 30113=572316 30199=140000
            30201=96000 30202=13500 30205=8000 30206=38000 30207=28500 30211=15000 30215=3500
            30216=6500 30217=8000 30226=40000 30227=29000 30228=65000 30229=52000 30231=15000
            30239=32000 30299=22000
            30302=116000 30305=79500 30309=18000
            """
        ),
        office_operation=D("47.20"),
    ),
    2022: BudgetFigures(
        year=2022,
        total=D("21410500"),
        basic_total=D("12168500"),
        project_total=D("9242000"),
        basic=_yuan(
            """
            2080101=5664476.00 2080103=2815300.00 2080501=226800.00 2080505=1372468.80
            2080506=291040.16 2101101=676519.20 2101102=201340.00 2101103=169690.00 2210201=750865.84
            """
        ),
        projects=(
            _bp("一次性退休补贴", "2080501", "5986000"),
            _bp("兑现引进硕士研究生安家等经费", "2080199", "1500000"),
            _bp("高层次人才经费", "2080199", "800000"),
            _bp("年度考核经费", "2080102", "585000"),
            _bp("就业招聘工作经费", "2080102", "250000"),
            _bp("劳动保障相关工作经费", "2080104", "100000"),
            _bp("金保工程网络使用费", "2080108", "16000"),
            _bp("统计调查工作经费", "2010505", "5000"),
        ),
        economic=_yuan(
            """
            30101=2680500 30102=3503176.00 30103=376000 30107=1196800 30108=1372468.80 30109=291040.16
            30110=877859.20 30111=169690.00 30112=61300 30113=750865.84 30199=165000
            30201=101800 30202=14600 30205=8300 30206=40800 30207=30000 30211=20200 30215=4200
            30216=8800 30217=13000 30226=43400 30227=32000 30228=69200 30229=54300 30231=12000
            30239=33100 30299=11300
            30302=122000 30305=82800 30309=22000
            """
        ),
        office_operation=D("49.70"),
    ),
    2023: BudgetFigures(
        year=2023,
        total=D("17372200"),
        basic_total=D("13322600"),
        project_total=D("4049600"),
        basic=_yuan(
            """
            2080101=6103944.56 2080103=3005000.00 2080199=80000.00 2080501=266200.00
            2080505=1461037.44 2080506=310218.00 2101101=726000.00 2101102=218000.00
            2101103=183000.00 2210201=969200.00
            """
        ),
        projects=(
            _bp("兑现引进硕士研究生安家等经费", "2080199", "1675200"),
            _bp("高层次人才经费", "2080199", "1000000"),
            _bp("干部人事档案数字化建设工作经费", "2080102", "273200"),
            _bp("就业招聘工作经费", "2080102", "280000"),
            _bp("年度考核经费", "2080102", "610200"),
            _bp("人事管理工作经费", "2080102", "60000"),
            _bp("劳动保障相关工作经费", "2080104", "100000"),
            _bp("金保工程网络使用费", "2080108", "16000"),
            _bp("统计调查工作经费", "2010505", "35000"),
        ),
        economic=_yuan(
            """
            30101=2824013.50 30102=3706731.06 30103=408000 30107=1221200 30108=1461037.44
            30109=310218.00 30110=944000 30111=183000 30112=65000 30113=969200 30199=100000
            30201=175000 30202=25000 30205=12000 30206=56000 30207=42000 30211=45000 30215=10000
            30216=20000 30217=12200 30226=75000 30227=58000 30228=102000 30229=86000 30231=16700
            30239=54000 30299=75100
            30302=142000 30305=94200 30309=30000
            """
        ),
        office_operation=D("86.40"),
    ),
    2024: BudgetFigures(
        year=2024,
        total=D("16737900"),
        basic_total=D("13606400"),
        project_total=D("3131500"),
        basic=_yuan(
            """
            2080101=6252167.84 2080103=3082400.00 2080199=68000.00 2080501=276000.00
            2080505=1508764.32 2080506=316352.16 2101101=746215.68 2101102=224000.00
            2101103=186900.00 2210201=945600.00
            """
        ),
        projects=(
            _bp("兑现引进硕士研究生安家等经费", "2080199", "1200000"),
            _bp("高层次人才经费", "2080199", "600000"),
            _bp("干部人事档案数字化建设工作经费", "2080102", "268500"),
            _bp("年度考核经费", "2080102", "582000"),
            _bp("就业招聘工作经费", "2080102", "300000"),
            _bp("人事管理工作经费", "2080102", "60000"),
            _bp("劳动保障相关工作经费", "2080104", "100000"),
            _bp("金保工程网络使用费", "2080108", "16000"),
            _bp("统计调查工作经费", "2010505", "5000"),
        ),
        economic=_yuan(
            """
            30101=2905200 30102=3620467.84 30103=421000 30107=1325600 30108=1508764.32
            30109=316352.16 30110=970215.68 30111=186900 30112=69300 30113=945600 30199=171000
            30201=180000 30202=26000 30205=12500 30206=58000 30207=43000 30211=40000 30215=9000
            30216=21000 30217=11000 30226=78000 30227=60000 30228=106000 30229=89000 30231=17000
            30239=56000 30299=83500
            30302=146000 30305=99000 30309=31000
            """
        ),
        office_operation=D("89.00"),
    ),
}


def budget(year: int) -> BudgetFigures:
    try:
        return BUDGETS[year]
    except KeyError:
        raise ValueError(f"no sample budget for {year}; have {SAMPLE_YEARS}") from None


WAN = Decimal(10_000)


@dataclass(frozen=True)
class BudgetSubjectRow:
    """A 类, 款 or 项 row of a budget's function-classified tables (元)."""

    code: str
    name: str
    basic: Decimal
    project: Decimal

    @property
    def total(self) -> Decimal:
        return self.basic + self.project

    @property
    def level(self) -> int:
        return {3: 1, 5: 2, 7: 3}[len(self.code)]


def budget_subject_rows(b: BudgetFigures) -> list[BudgetSubjectRow]:
    """类, then its 款, then their 项, in code order (only subjects with a budget)."""
    projects = b.project_amounts()
    leaves = sorted(set(b.basic) | set(projects))
    codes: list[str] = []
    for leaf in leaves:
        for prefix in (leaf[:3], leaf[:5], leaf):
            if prefix not in codes:
                codes.append(prefix)
    rows = []
    for code in codes:
        members = [c for c in leaves if c.startswith(code)]
        basic = sum((b.basic.get(c, ZERO) for c in members), ZERO)
        project = sum((projects.get(c, ZERO) for c in members), ZERO)
        rows.append(BudgetSubjectRow(code, FUNCTION_NAMES[code], basic, project))
    return rows


def budget_class_split(b: BudgetFigures) -> dict[str, tuple[Decimal, Decimal, Decimal, Decimal]]:
    """类 code → (合计, 人员经费, 公用经费, 项目支出), as the split summary prints it."""
    out = {}
    for r in budget_subject_rows(b):
        if r.level != 1:
            continue
        public = b.public if b.public_subject.startswith(r.code) else ZERO
        out[r.code] = (r.total, r.basic - public, public, r.project)
    return out


def budget_economic_rows(b: BudgetFigures) -> list[tuple[str, str, Decimal]]:
    """(code, name, amount) for every economic 类 and 款 with a budget, in code order."""
    rows: list[tuple[str, str, Decimal]] = []
    for cls in sorted({k[:3] for k in b.economic}):
        lines = sorted((k, v) for k, v in b.economic.items() if k.startswith(cls))
        rows.append((cls, ECONOMIC_NAMES[cls], sum((v for _, v in lines), ZERO)))
        rows += [(k, ECONOMIC_NAMES[k], v) for k, v in lines]
    return rows


def budget_consistency_errors(b: BudgetFigures) -> list[str]:
    """Every way a budget fails to add up or to agree with its year's final account."""
    errors: list[str] = []
    fig = figures(b.year)

    def check(label: str, got: object, want: object) -> None:
        if got != want:
            errors.append(f"{b.year} budget {label}: {got} != {want}")

    unknown = [c for c in [*b.basic, *(p.code for p in b.projects)] if c not in FUNCTION_NAMES or len(c) != 7]
    if unknown:
        errors.append(f"{b.year} budget: unknown function subjects {unknown}")
    unknown = [c for c in b.economic if c not in ECONOMIC_NAMES or len(c) != 5]
    if unknown:
        errors.append(f"{b.year} budget: unknown economic codes {unknown}")
    check("basic", sum(b.basic.values(), ZERO), b.basic_total)
    check("project", sum((p.amount for p in b.projects), ZERO), b.project_total)
    check("total", b.basic_total + b.project_total, b.total)
    check("economic = basic", sum(b.economic.values(), ZERO), b.basic_total)
    check("personnel + public", b.personnel + b.public, b.basic_total)
    econ = b.economic
    for code, subjects in {
        "30108": ("2080505",),
        "30109": ("2080506",),
        "30110": ("2101101", "2101102"),
        "30111": ("2101103",),
        "30113": ("2210201",),
    }.items():
        check(f"{code} vs {subjects}", econ.get(code, ZERO), sum((b.basic.get(s, ZERO) for s in subjects), ZERO))
    check("303 vs 2080501", sum((v for k, v in econ.items() if k.startswith("303")), ZERO), b.basic["2080501"])
    check("public under its subject", b.basic[b.public_subject] >= b.public, True)
    tp = dict(b.three_public)
    check("30217 vs 三公 接待", econ.get("30217", ZERO), tp["reception"] * WAN)
    check("30231 vs 三公 运行", econ.get("30231", ZERO), tp["vehicle_operation"] * WAN)
    # every project the final account self-evaluates is budgeted with the 年初预算数 it prints
    budgeted = {p.name: p.amount for p in b.projects}
    for proj in fig.projects:
        check(f"project {proj.name}", budgeted.get(proj.name), proj.initial_budget * WAN)
    if len(budgeted) != len(b.projects):
        errors.append(f"{b.year} budget: a project is listed twice")
    check("机关运行经费 = 公用经费", b.office_operation * WAN, b.public)
    # the budget plans spending only under subjects the final account reports
    unknown_to_final = (set(b.basic) | set(b.project_amounts())) - {s.code for s in fig.subjects}
    if unknown_to_final:
        errors.append(f"{b.year} budget: subjects the final account does not report {sorted(unknown_to_final)}")
    return errors


def expected_budget_items(year: int) -> dict[ItemKey, Decimal]:
    """Every non-zero amount cell the generator prints in the budget's nine standard tables.

    (table_key, side, line_key, measure) → amount as printed in the table's unit: 元 for
    all but three_public, which prints 万元.
    """
    b = budget(year)
    rows = budget_subject_rows(b)
    split = budget_split_summary(year)
    out: dict[ItemKey, Decimal] = {}

    def put(table: str, side: str | None, line: str, measure: str, amount: Decimal) -> None:
        if amount:
            out[(table, side, line, measure)] = amount

    classes = budget_class_split(b)
    # 财务收支预算总表
    put("summary", "income", "fiscal_appropriation", "budget", b.total)
    put("summary", "income", "general_budget_appropriation", "budget", b.total)
    put("summary", "income", "grand_total", "budget", b.total)
    lines = [(f"fn_{code}", parts) for code, parts in classes.items()]
    lines.append(("grand_total", (b.total, b.personnel, b.public, b.project_total)))
    for line, (total, personnel, public, project) in lines:
        if split:  # the split 预算数 column's 合计 is still measure `budget` (contract)
            put("summary", "expenditure", line, "budget", total)
            put("summary", "expenditure", line, "personnel", personnel)
            put("summary", "expenditure", line, "public", public)
            put("summary", "expenditure", line, "project", project)
        else:
            put("summary", "expenditure", line, "budget", total)

    # 收入预算总表: all income is 财政拨款
    put("income", None, "total", "total", b.total)
    put("income", None, "total", "fiscal_appropriation", b.total)
    for r in rows:
        put("income", None, r.code, "total", r.total)
        put("income", None, r.code, "fiscal_appropriation", r.total)

    # 支出预算总表 and 一般公共预算支出功能分类预算表 (all of it is 一般公共预算 money)
    for table in ("expenditure", "general_budget"):
        put(table, None, "total", "total", b.total)
        put(table, None, "total", "basic", b.basic_total)
        put(table, None, "total", "project", b.project_total)
        for r in rows:
            put(table, None, r.code, "total", r.total)
            put(table, None, r.code, "basic", r.basic)
            put(table, None, r.code, "project", r.project)

    # 财政拨款收支预算总表
    put("appropriation_summary", "income", "general_budget_appropriation", "budget", b.total)
    put("appropriation_summary", "income", "grand_total", "budget", b.total)
    for line, (total, *_parts) in lines:
        put("appropriation_summary", "expenditure", line, "total", total)
        put("appropriation_summary", "expenditure", line, "general_budget", total)

    # 一般公共预算基本支出部门预算经济分类预算表
    for code, _name, amount in budget_economic_rows(b):
        put("general_budget_basic", None, code, "total", amount)
        measure = "personnel" if code[:3] in PERSONNEL_CLASSES else "public"
        put("general_budget_basic", None, code, measure, amount)
    put("general_budget_basic", None, "total", "total", b.basic_total)
    put("general_budget_basic", None, "total", "personnel", b.personnel)
    put("general_budget_basic", None, "total", "public", b.public)

    # “三公”经费和机关运行经费预算表 (万元)
    for line, amount in b.three_public:
        put("three_public", None, line, "budget", amount)
    put("three_public", None, "office_operation", "budget", b.office_operation)

    # gov_fund and state_capital print no amounts at all
    return out


def budget_split_summary(year: int) -> bool:
    """Whether the year's 财务收支预算总表 splits 预算数 into 人员经费 / 公用经费 / 项目支出."""
    return year in (2022, 2024)
