"""The nine standard tables of a 部门预算, built as ruled grids from a year's budget figures.

Shapes copy the real 区级部门预算 (上海市普陀区, 2024–2026) as they print them: landscape
pages, 单位：元 (the 三公 table alone 单位:万元), split 类 | 款 | 项 code columns, the 合计
row at the bottom, and the per-document printing choices those documents differ in —
whole 元 or 2 decimals, zeros printed as 0 / 0.00 / left blank, a 财务收支预算总表 with one
预算数 column or one split into 合计 / 人员经费 / 公用经费 / 项目支出, continuation pages
with or without the repeated header. Every amount cell carries its ground-truth key
(see figures.expected_budget_items).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from pipelines.samples.figures import (
    PERSONNEL_CLASSES,
    ZERO,
    BudgetFigures,
    BudgetSubjectRow,
    ItemKey,
    budget_class_split,
    budget_economic_rows,
    budget_split_summary,
    budget_subject_rows,
    summary_classes,
)
from pipelines.samples.layout import Cell, Grid

# Printed order of the real budgets: the two fund tables come before the 基本支出 table.
BUDGET_TABLE_ORDER = (
    "summary",
    "income",
    "expenditure",
    "appropriation_summary",
    "general_budget",
    "gov_fund",
    "state_capital",
    "general_budget_basic",
    "three_public",
)
_TITLE_TAILS = {
    "summary": "财务收支预算总表",
    "income": "收入预算总表",
    "expenditure": "支出预算总表",
    "appropriation_summary": "财政拨款收支预算总表",
    "general_budget": "一般公共预算支出功能分类预算表",
    "gov_fund": "政府性基金预算支出功能分类预算表",
    "state_capital": "国有资本经营预算支出功能分类预算表",
    "general_budget_basic": "一般公共预算基本支出部门预算经济分类预算表",
    "three_public": "“三公”经费和机关运行经费预算表",
}
CHINESE_ORDINALS = (
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
    "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
)  # fmt: skip


@dataclass(frozen=True)
class BudgetStyle:
    """The printing choices that vary between the real budgets (each year copies one of them)."""

    model: str  # the real document whose shapes the year copies
    decimals: bool  # amounts with 2 decimals (else whole 元)
    zero: str  # how subject tables print a zero: '0', '0.00' or ''
    split_summary: bool  # 财务收支预算总表 splits 预算数 into 合计 / 人员经费 / 公用经费 / 项目支出
    repeat_header: bool  # 收入/支出预算总表 repeat their header on continuation pages
    year_in_three_public_title: bool  # '2024年部门“三公”…' (else '部门“三公”…', the year in its header)
    short_kuan: bool  # economic 款 02 / 07 printed as 2 / 7 (a spreadsheet quirk of one real budget)

    @property
    def zero_summary(self) -> str:
        # the summaries leave zeros blank unless the document prints 0.00 everywhere
        return "0.00" if self.zero == "0.00" else ""

    @property
    def full_fund_labels(self) -> bool:
        # documents that print 0.00 name the fund lines in full (一般公共预算 / 政府性基金预算 …)
        return self.zero == "0.00"


BUDGET_STYLES: dict[int, BudgetStyle] = {
    2021: BudgetStyle("万里街道办事处 2024", False, "0", False, False, False, True),
    2022: BudgetStyle("司法局 2026", True, "0.00", True, True, True, False),
    2023: BudgetStyle("区政府办公室 2025", True, "", False, False, True, False),
    2024: BudgetStyle("商务委员会 2025", True, "", True, True, True, False),
}


def budget_style(year: int) -> BudgetStyle:
    style = BUDGET_STYLES[year]
    assert style.split_summary == budget_split_summary(year)
    return style


def budget_title(table_key: str, year: int) -> str:
    if table_key == "three_public" and not budget_style(year).year_in_three_public_title:
        return f"部门{_TITLE_TAILS[table_key]}"
    return f"{year}年部门{_TITLE_TAILS[table_key]}"


def budget_unit(table_key: str) -> str:
    return "单位:万元" if table_key == "three_public" else "单位：元"


def format_yuan(value: Decimal, style: BudgetStyle, zero: str) -> str:
    """17372200 → '17,372,200' or '17,372,200.00'; zero → the table's zero rendering."""
    if value == 0:
        return zero
    if style.decimals:
        return f"{value:,.2f}"
    if value != value.to_integral_value():
        raise ValueError(f"{value} has cents but the style prints whole 元")
    return f"{int(value):,}"


def format_wan(value: Decimal, style: BudgetStyle) -> str:
    """三公 amounts in 万元: '47.91', '25', '0' (whole-元 documents) or '25.00' / blank."""
    if not style.decimals:
        text = f"{value:.2f}".rstrip("0").rstrip(".")
        return text or "0"
    return f"{value:,.2f}" if value else style.zero


def _amount(text: str, col: int, fact: ItemKey | None) -> Cell:
    return Cell(text, col, align="right", numeric=True, fact=fact)


# -- function-classified tables ----------------------------------------------------------


def _subject_header(group: str, columns: Sequence[str], name_label: str = "功能分类科目名称") -> list[Cell]:
    n = len(columns)
    header = [
        Cell("项目", 0, 4, 0),
        Cell(group, 4, n, 0),
        Cell("功能分类科目编码", 0, 3, 1),
        Cell(name_label, 3, 1, 1, 2),
        Cell("类", 0, 1, 2),
        Cell("款", 1, 1, 2),
        Cell("项", 2, 1, 2),
    ]
    header += [Cell(label, 4 + i, 1, 1, 2) for i, label in enumerate(columns)]
    return header


def _code_cells(code: str, name: str) -> list[Cell]:
    parts = [code[:3], code[3:5], code[5:7]]
    return [Cell(p, i, numeric=True) for i, p in enumerate(parts)] + [Cell(name, 3, align="left")]


def _subject_grid(
    table_key: str,
    style: BudgetStyle,
    rows: Sequence[BudgetSubjectRow],
    group: str,
    columns: Sequence[tuple[str, str | None]],  # (header, measure or None for an always-zero column)
    values: dict[str, dict[str, Decimal]],  # code / 'total' → measure → amount
    *,
    name_width: float,
    amount_width: float,
) -> Grid:
    def amounts(line: str) -> list[Cell]:
        out = []
        for i, (_label, measure) in enumerate(columns):
            value = values.get(line, {}).get(measure, ZERO) if measure else ZERO
            fact = (table_key, None, line, measure) if measure else None
            out.append(_amount(format_yuan(value, style, style.zero), 4 + i, fact))
        return out

    body = [_code_cells(r.code, r.name) + amounts(r.code) for r in rows]
    body.append([Cell("合计", 0, 4), *amounts("total")])
    header = _subject_header(group, [label for label, _ in columns])
    widths = [34.0, 28.0, 28.0, name_width] + [amount_width] * len(columns)
    return Grid(widths, header, [20.0, 22.0, 20.0], body)


def income_grid(b: BudgetFigures, style: BudgetStyle) -> Grid:
    rows = budget_subject_rows(b)
    values = {r.code: {"total": r.total, "fiscal_appropriation": r.total} for r in rows}
    values["total"] = {"total": b.total, "fiscal_appropriation": b.total}
    columns = [
        ("合计", "total"),
        ("财政拨款收入", "fiscal_appropriation"),
        ("事业收入", None),
        ("事业单位\n经营收入", None),
        ("其他收入", None),
    ]
    return _subject_grid("income", style, rows, "收入预算", columns, values, name_width=250.0, amount_width=84.0)


def _spending_values(b: BudgetFigures) -> tuple[list[BudgetSubjectRow], dict[str, dict[str, Decimal]]]:
    rows = budget_subject_rows(b)
    values = {r.code: {"total": r.total, "basic": r.basic, "project": r.project} for r in rows}
    values["total"] = {"total": b.total, "basic": b.basic_total, "project": b.project_total}
    return rows, values


_SPENDING_COLUMNS = [("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]


def expenditure_grid(b: BudgetFigures, style: BudgetStyle) -> Grid:
    rows, values = _spending_values(b)
    return _subject_grid(
        "expenditure", style, rows, "支出预算", _SPENDING_COLUMNS, values, name_width=290.0, amount_width=126.0
    )


def general_budget_grid(b: BudgetFigures, style: BudgetStyle) -> Grid:
    rows, values = _spending_values(b)
    return _subject_grid(
        "general_budget",
        style,
        rows,
        "一般公共预算支出",
        _SPENDING_COLUMNS,
        values,
        name_width=290.0,
        amount_width=126.0,
    )


def _empty_fund_grid(group: str) -> Grid:
    """政府性基金 / 国有资本经营: the full header, blank rows and a 合计 row with no amounts."""
    header = _subject_header(group, [label for label, _ in _SPENDING_COLUMNS])
    blank = [[Cell("", c) for c in range(7)] for _ in range(11)]
    total = [Cell("合计", 0, 4), *(Cell("", c) for c in range(4, 7))]
    return Grid([34.0, 28.0, 28.0, 290.0] + [126.0] * 3, header, [20.0, 22.0, 20.0], [*blank, total])


def gov_fund_grid(b: BudgetFigures, style: BudgetStyle) -> Grid:
    return _empty_fund_grid("政府性基金预算支出")


def state_capital_grid(b: BudgetFigures, style: BudgetStyle) -> Grid:
    return _empty_fund_grid("国有资本经营预算支出")


# -- two-panel summaries -------------------------------------------------------------------


def _class_label(index: int, code: str, year: int) -> str:
    name = dict(summary_classes(year))[code].split("、", 1)[1]
    return f"{CHINESE_ORDINALS[index]}、{name}"


def _income_lines(b: BudgetFigures, style: BudgetStyle) -> list[tuple[str, str | None, Decimal]]:
    t = b.total
    if style.full_fund_labels:
        funds = ["1、一般公共预算", "2、政府性基金预算", "3、国有资本经营预算"]
    elif style.model.startswith("商务"):
        funds = ["1、一般公共预算资金", "2、政府性基金", "3、国有资本经营预算"]
    else:
        funds = ["1. 一般公共预算资金", "2. 政府性基金", "3. 国有资本经营预算"]
    return [
        ("一、财政拨款收入", "fiscal_appropriation", t),
        (funds[0], "general_budget_appropriation", t),
        (funds[1], "gov_fund_appropriation", ZERO),
        (funds[2], "state_capital_appropriation", ZERO),
        ("二、事业收入", "business", ZERO),
        ("三、事业单位经营收入", "operating", ZERO),
        ("四、其他收入", "other", ZERO),
    ]


def summary_grid(b: BudgetFigures, style: BudgetStyle) -> Grid:
    t = "summary"
    zero = style.zero_summary
    income = _income_lines(b, style)
    classes = budget_class_split(b)
    split = style.split_summary
    parts = ("budget", "personnel", "public", "project") if split else ("budget",)
    first_out = 3  # the expenditure panel's first amount column

    def spend(line: str, values: tuple[Decimal, ...]) -> list[Cell]:
        chosen = values if split else values[:1]
        return [
            _amount(format_yuan(v, style, zero), first_out + i, (t, "expenditure", line, m))
            for i, (m, v) in enumerate(zip(parts, chosen, strict=True))
        ]

    def blank_spend() -> list[Cell]:
        return [Cell("", first_out + i) for i in range(len(parts))]

    spending = [
        (_class_label(i, code, b.year), f"fn_{code}", values) for i, (code, values) in enumerate(classes.items())
    ]
    body: list[list[Cell]] = []
    for i in range(max(len(income), len(spending)) + 4):
        left: list[Cell] = [Cell("", 0), Cell("", 1)]
        if i < len(income):
            label, key, value = income[i]
            fact = (t, "income", key, "budget") if key else None
            left = [Cell(label, 0, align="left"), _amount(format_yuan(value, style, zero), 1, fact)]
        right: list[Cell] = [Cell("", 2), *blank_spend()]
        if i < len(spending):
            label, line, values = spending[i]
            right = [Cell(label, 2, align="left"), *spend(line, values)]
        body.append(left + right)
    grand = (b.total, b.personnel, b.public, b.project_total)
    body.append(
        [
            Cell("收入总计", 0),
            _amount(format_yuan(b.total, style, zero), 1, (t, "income", "grand_total", "budget")),
            Cell("支出总计", 2),
            *spend("grand_total", grand),
        ]
    )
    if split:
        header = [
            Cell("本年收入", 0, 2, 0),
            Cell("本年支出", 2, 5, 0),
            Cell("项目", 0, 1, 1, 3),
            Cell("预算数", 1, 1, 1, 3),
            Cell("项目", 2, 1, 1, 3),
            Cell("预算数", 3, 4, 1),
            Cell("合计", 3, 1, 2, 2),
            Cell("基本支出", 4, 2, 2),
            Cell("项目支出", 6, 1, 2, 2),
            Cell("人员经费", 4, 1, 3),
            Cell("公用经费", 5, 1, 3),
        ]
        widths = [150.0, 100.0, 190.0, 80.0, 80.0, 80.0, 80.0]
        return Grid(widths, header, [18.0, 18.0, 18.0, 18.0], body, min_row_height=18.0)
    header = [
        Cell("本年收入", 0, 2, 0),
        Cell("本年支出", 2, 2, 0),
        Cell("项目", 0, 1, 1),
        Cell("预算数", 1, 1, 1),
        Cell("项目", 2, 1, 1),
        Cell("预算数", 3, 1, 1),
    ]
    return Grid([210.0, 150.0, 250.0, 150.0], header, [20.0, 20.0], body, min_row_height=20.0)


def appropriation_summary_grid(b: BudgetFigures, style: BudgetStyle) -> Grid:
    t = "appropriation_summary"
    zero = style.zero_summary
    if style.full_fund_labels:
        income = ["一、一般公共预算", "二、政府性基金预算", "三、国有资本经营预算"]
    else:
        income = ["一、一般公共预算资金", "二、政府性基金", "三、国有资本经营预算"]
    income_keys = ["general_budget_appropriation", "gov_fund_appropriation", "state_capital_appropriation"]
    income_values = [b.total, ZERO, ZERO]

    def spend(line: str, value: Decimal) -> list[Cell]:
        measures = (("total", value), ("general_budget", value), ("gov_fund", ZERO), ("state_capital", ZERO))
        return [
            _amount(format_yuan(v, style, zero), 3 + i, (t, "expenditure", line, m))
            for i, (m, v) in enumerate(measures)
        ]

    classes = budget_class_split(b)
    spending = [(_class_label(i, code, b.year), f"fn_{code}", v[0]) for i, (code, v) in enumerate(classes.items())]
    body: list[list[Cell]] = []
    for i in range(max(len(income), len(spending)) + 4):
        left: list[Cell] = [Cell("", 0), Cell("", 1)]
        if i < len(income):
            fact = (t, "income", income_keys[i], "budget")
            left = [Cell(income[i], 0, align="left"), _amount(format_yuan(income_values[i], style, zero), 1, fact)]
        right: list[Cell] = [Cell("", 2), *(Cell("", 3 + j) for j in range(4))]
        if i < len(spending):
            label, line, value = spending[i]
            right = [Cell(label, 2, align="left"), *spend(line, value)]
        body.append(left + right)
    body.append(
        [
            Cell("收入总计", 0),
            _amount(format_yuan(b.total, style, zero), 1, (t, "income", "grand_total", "budget")),
            Cell("支出总计", 2),
            *spend("grand_total", b.total),
        ]
    )
    header = [
        Cell("财政拨款收入", 0, 2, 0),
        Cell("财政拨款支出", 2, 5, 0),
        Cell("项目", 0, 1, 1),
        Cell("预算数", 1, 1, 1),
        Cell("项目", 2, 1, 1),
        Cell("合计", 3, 1, 1),
        Cell("一般公共预算", 4, 1, 1),
        Cell("政府性基金预算", 5, 1, 1),
        Cell("国有资本经营预算", 6, 1, 1),
    ]
    widths = [140.0, 95.0, 185.0, 85.0, 85.0, 85.0, 85.0]
    return Grid(widths, header, [20.0, 20.0], body, min_row_height=20.0)


# -- 基本支出 by economic classification ---------------------------------------------------


def basic_grid(b: BudgetFigures, style: BudgetStyle) -> Grid:
    t = "general_budget_basic"
    zero = style.zero

    def kuan(code: str) -> str:
        part = code[3:]
        if style.short_kuan and part in ("02", "07"):
            return part[1]
        return part

    body: list[list[Cell]] = []
    for code, name, amount in budget_economic_rows(b):
        personnel = code[:3] in PERSONNEL_CLASSES
        cells = [
            Cell(code[:3], 0, numeric=True),
            Cell(kuan(code), 1, numeric=True),
            Cell(name, 2, align="left"),
            _amount(format_yuan(amount, style, zero), 3, (t, None, code, "total")),
            _amount(format_yuan(amount if personnel else ZERO, style, zero), 4, (t, None, code, "personnel")),
            _amount(format_yuan(ZERO if personnel else amount, style, zero), 5, (t, None, code, "public")),
        ]
        body.append(cells)
    body.append(
        [
            Cell("合计", 0, 3),
            _amount(format_yuan(b.basic_total, style, zero), 3, (t, None, "total", "total")),
            _amount(format_yuan(b.personnel, style, zero), 4, (t, None, "total", "personnel")),
            _amount(format_yuan(b.public, style, zero), 5, (t, None, "total", "public")),
        ]
    )
    code_label, name_label = (
        ("经济分类科目编码", "部门经济分类科目名称")
        if style.full_fund_labels
        else ("部门预算经济分类科目编码", "经济分类科目名称")
    )
    header = [
        Cell("项目", 0, 3, 0),
        Cell("一般公共预算基本支出", 3, 3, 0),
        Cell(code_label, 0, 2, 1),
        Cell(name_label, 2, 1, 1, 2),
        Cell("合计", 3, 1, 1, 2),
        Cell("人员经费", 4, 1, 1, 2),
        Cell("公用经费", 5, 1, 1, 2),
        Cell("类", 0, 1, 2),
        Cell("款", 1, 1, 2),
    ]
    return Grid([70.0, 70.0, 320.0, 100.0, 100.0, 100.0], header, [20.0, 22.0, 20.0], body)


# -- 三公 and 机关运行经费 ----------------------------------------------------------------------


def three_public_grid(b: BudgetFigures, style: BudgetStyle) -> Grid:
    t = "three_public"
    prefix = "" if style.year_in_three_public_title else f"{b.year}年"
    amounts = dict(b.three_public)
    order = ("total", "overseas_travel", "reception", "vehicle_total", "vehicle_purchase", "vehicle_operation")
    row = [_amount(format_wan(amounts[line], style), i, (t, None, line, "budget")) for i, line in enumerate(order)]
    row.append(_amount(format_wan(b.office_operation, style), 6, (t, None, "office_operation", "budget")))
    header = [
        Cell(f"{prefix}“三公”经费预算数", 0, 6, 0),
        Cell(f"{prefix}机关运行经费预算数", 6, 1, 0, 3),
        Cell("合计", 0, 1, 1, 2),
        Cell("因公出国(境)费", 1, 1, 1, 2),
        Cell("公务接待费", 2, 1, 1, 2),
        Cell("公务用车购置及运行费", 3, 3, 1),
        Cell("小计", 3, 1, 2),
        Cell("购置费", 4, 1, 2),
        Cell("运行费", 5, 1, 2),
    ]
    return Grid([105.0] * 7, header, [30.0, 26.0, 26.0], [row], min_row_height=44.0)


BUDGET_BUILDERS = {
    "summary": summary_grid,
    "income": income_grid,
    "expenditure": expenditure_grid,
    "appropriation_summary": appropriation_summary_grid,
    "general_budget": general_budget_grid,
    "gov_fund": gov_fund_grid,
    "state_capital": state_capital_grid,
    "general_budget_basic": basic_grid,
    "three_public": three_public_grid,
}


def budget_table_note(table_key: str, year: int) -> str | None:
    if table_key == "gov_fund":
        return f"注：本部门{year}年无政府性基金预算财政拨款安排的预算，故本表为空表。"
    if table_key == "state_capital":
        return f"注：本部门{year}年无国有资本经营预算财政拨款安排的预算，故本表为空表。"
    return None
