"""The nine standard tables of a 部门决算, built as ruled grids from a year's figures.

Shapes copy the national template as the real published PDFs print it: multi-row
headers, 类/款/项 either split into three code columns or merged into one,
two side-by-side panels for the summary tables and the 基本支出 table.
Every amount cell carries its ground-truth key so the drawing records what it printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from pipelines.samples.figures import (
    ECONOMIC_LEFT,
    ECONOMIC_RIGHT,
    ZERO,
    ItemKey,
    SubjectRow,
    YearFigures,
    class_totals,
    economic_amounts,
    subject_rows,
    summary_classes,
)
from pipelines.samples.layout import Cell, Grid, format_amount

TITLES: dict[str, str] = {
    "summary": "收入支出决算总表",
    "income": "收入决算表",
    "expenditure": "支出决算表",
    "appropriation_summary": "财政拨款收入支出决算总表",
    "general_budget": "一般公共预算财政拨款支出决算表",
    "general_budget_basic": "一般公共预算财政拨款基本支出决算表",
    "three_public": "财政拨款“三公”经费支出决算表",
    "gov_fund": "政府性基金预算财政拨款收入支出决算表",
    "state_capital": "国有资本经营预算财政拨款收入支出决算表",
}
TABLE_ORDER = tuple(TITLES)
WIDE_TABLES = frozenset({"income", "expenditure", "appropriation_summary", "three_public", "gov_fund", "state_capital"})


@dataclass(frozen=True)
class Style:
    """The per-year printing choices that vary between real documents."""

    split_codes: bool  # 类 | 款 | 项 in three columns (else one merged 科目编码 column)
    zero_basic: str  # how the 基本支出 table prints a zero ('' or '0.00')
    zero_three_public: str


def style_for(year: int) -> Style:
    split = year in (2021, 2023)
    return Style(
        split_codes=split,
        zero_basic="" if split else "0.00",
        zero_three_public="0.00" if split else "",
    )


def _amount(value: Decimal, fact: ItemKey | None, zero: str = "") -> Cell:
    return Cell(format_amount(value, zero=zero), align="right", numeric=True, fact=fact)


def _place(cells: Sequence[Cell], start: int = 0) -> list[Cell]:
    """Give consecutive single-column cells their column indices."""
    return [Cell(c.text, start + i, c.colspan, 0, 1, c.align, c.numeric, c.fact) for i, c in enumerate(cells)]


# -- function-classified tables --------------------------------------------------


def _code_header(style: Style, label: str, name_width_cols: int = 1) -> tuple[list[Cell], int, int]:
    """项目 / 支出功能分类科目编码 / 类 款 项 / 科目名称 header block; returns (cells, code cols, rows)."""
    if style.split_codes:
        return (
            [
                Cell("项目", 0, 4, 0),
                Cell(label, 0, 3, 1),
                Cell("科目名称", 3, name_width_cols, 1, 2),
                Cell("类", 0, 1, 2),
                Cell("款", 1, 1, 2),
                Cell("项", 2, 1, 2),
            ],
            3,
            3,
        )
    return ([Cell("项目", 0, 2, 0), Cell(label, 0, 1, 1), Cell("科目名称", 1, 1, 1)], 1, 2)


def _code_label(style: Style) -> str:
    # broken where the real tables break it, rather than wherever the column runs out
    return "支出功能分类\n科目编码" if style.split_codes else "功能分类\n科目编码"


def _code_cells(style: Style, code: str, name: str) -> list[Cell]:
    if style.split_codes:
        parts = [code[:3], code[3:5], code[5:7]]
        return [Cell(p, i, align="center", numeric=True) for i, p in enumerate(parts)] + [Cell(name, 3, align="left")]
    return [Cell(code, 0, align="left", numeric=True), Cell(name, 1, align="left")]


def _total_label(style: Style) -> Cell:
    return Cell("合计", 0, 4 if style.split_codes else 2)


def _code_widths(style: Style, name: float) -> list[float]:
    return [34.0, 28.0, 28.0, name] if style.split_codes else [62.0, name]


def _subject_table(
    table_key: str,
    style: Style,
    rows: Sequence[SubjectRow],
    columns: Sequence[tuple[str, str | None]],  # (header, measure or None for an always-blank column)
    values: dict[str, dict[str, Decimal]],  # code/'total' → measure → amount
    *,
    amount_width: float,
    name_width: float,
    total_first: bool,
) -> Grid:
    header, code_cols, header_rows = _code_header(style, _code_label(style))
    for i, (label, _measure) in enumerate(columns):
        header.append(Cell(label, code_cols + 1 + i, 1, 0, header_rows))
    first_amount = code_cols + 1

    def amounts(line: str) -> list[Cell]:
        out = []
        for label_measure in columns:
            measure = label_measure[1]
            value = values.get(line, {}).get(measure, ZERO) if measure else ZERO
            fact = (table_key, None, line, measure) if measure else None
            out.append(_amount(value, fact))
        return _place(out, first_amount)

    body = [_code_cells(style, r.code, r.name) + amounts(r.code) for r in rows]
    total = [_total_label(style), *amounts("total")]
    body = [total, *body] if total_first else [*body, total]
    widths = _code_widths(style, name_width) + [amount_width] * len(columns)
    heights = [17.0, 26.0, 17.0] if style.split_codes else [17.0, 34.0]
    return Grid(widths, header, heights, body)


def income_grid(fig: YearFigures, style: Style) -> Grid:
    rows = [r for r in subject_rows(fig) if r.income]
    values = {r.code: {"total": r.income, "fiscal_appropriation": r.income} for r in rows}
    values["total"] = {"total": fig.income_total, "fiscal_appropriation": fig.income_total}
    columns = [
        ("本年收入合计", "total"),
        ("财政拨款收入", "fiscal_appropriation"),
        ("上级补助收入", None),
        ("事业收入", None),
        ("经营收入", None),
        ("附属单位上缴收入", None),
        ("其他收入", None),
    ]
    return _subject_table("income", style, rows, columns, values, amount_width=68.0, name_width=200.0, total_first=True)


def _spending_values(fig: YearFigures) -> tuple[list[SubjectRow], dict[str, dict[str, Decimal]]]:
    rows = subject_rows(fig)
    values = {r.code: {"total": r.total, "basic": r.basic, "project": r.project} for r in rows}
    values["total"] = {"total": fig.expenditure_total, "basic": fig.basic_total, "project": fig.project_total}
    return rows, values


def expenditure_grid(fig: YearFigures, style: Style) -> Grid:
    rows, values = _spending_values(fig)
    columns = [
        ("本年支出合计", "total"),
        ("基本支出", "basic"),
        ("项目支出", "project"),
        ("上缴上级支出", None),
        ("经营支出", None),
        ("对附属单位补助支出", None),
    ]
    return _subject_table(
        "expenditure", style, rows, columns, values, amount_width=76.0, name_width=210.0, total_first=True
    )


def general_budget_grid(fig: YearFigures, style: Style) -> Grid:
    rows, values = _spending_values(fig)
    columns = [("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
    return _subject_table(
        "general_budget",
        style,
        rows,
        columns,
        values,
        amount_width=70.0,
        name_width=190.0 if style.split_codes else 222.0,
        total_first=False,
    )


def _empty_fund_grid(table_key: str, style: Style, *, with_total_row: bool) -> Grid:
    """政府性基金 / 国有资本经营: printed with full header and no amounts."""
    header, code_cols, header_rows = _code_header(style, _code_label(style))
    a = code_cols + 1
    header += [
        Cell("年初结转和结余", a, 1, 0, header_rows),
        Cell("本年收入", a + 1, 1, 0, header_rows),
        Cell("本年支出", a + 2, 3, 0, 1),
        Cell("小计", a + 2, 1, 1, header_rows - 1),
        Cell("基本支出", a + 3, 1, 1, header_rows - 1),
        Cell("项目支出", a + 4, 1, 1, header_rows - 1),
        Cell("年末结转和结余", a + 5, 1, 0, header_rows),
    ]
    body: list[list[Cell]] = []
    if with_total_row:
        body.append([_total_label(style), *_place([Cell() for _ in range(6)], a)])
    widths = _code_widths(style, 170.0) + [80.0] * 6
    heights = [17.0, 26.0, 17.0] if style.split_codes else [17.0, 34.0]
    return Grid(widths, header, heights, body)


def gov_fund_grid(fig: YearFigures, style: Style) -> Grid:
    return _empty_fund_grid("gov_fund", style, with_total_row=True)


def state_capital_grid(fig: YearFigures, style: Style) -> Grid:
    # 2024 prints the bare header with no rows at all, as some real documents do
    return _empty_fund_grid("state_capital", style, with_total_row=fig.year != 2024)


# -- two-panel summary tables --------------------------------------------------------


def summary_grid(fig: YearFigures, style: Style) -> Grid:
    t = "summary"
    classes = class_totals(fig)
    income_lines = [
        ("一、一般公共预算财政拨款收入", "general_budget_appropriation", fig.income_total),
        ("二、政府性基金预算财政拨款收入", "gov_fund_appropriation", ZERO),
        ("三、国有资本经营预算财政拨款收入", "state_capital_appropriation", ZERO),
        ("四、上级补助收入", "superior_subsidy", ZERO),
        ("五、事业收入", "business", ZERO),
        ("六、经营收入", "operating", ZERO),
        ("七、附属单位上缴收入", "affiliated_remittance", ZERO),
        ("八、其他收入", "other", ZERO),
    ]
    body: list[list[Cell]] = []
    for i, (code, label) in enumerate(summary_classes(fig.year)):
        left: list[Cell] = [Cell("", 0), Cell("", 1)]
        if i < len(income_lines):
            name, key, value = income_lines[i]
            left = [Cell(name, 0, align="left"), *_place([_amount(value, (t, "income", key, "final"))], 1)]
        right = [
            Cell(label, 2, align="left"),
            *_place([_amount(classes.get(code, ZERO), (t, "expenditure", f"fn_{code}", "final"))], 3),
        ]
        body.append(left + right)
    closing = [
        ("本年收入合计", "income_total", fig.income_total, "本年支出合计", "expenditure_total", fig.expenditure_total),
        ("使用非财政拨款结余（含专用结余）", "use_of_reserve", ZERO, "结余分配", "surplus_distribution", ZERO),
        ("年初结转和结余", "carryover_begin", fig.carryover_begin,
         "年末结转和结余", "carryover_end", fig.carryover_end),
        ("总计", "grand_total", fig.grand_total, "总计", "grand_total", fig.grand_total),
    ]  # fmt: skip
    for in_label, in_key, in_value, out_label, out_key, out_value in closing:
        body.append(
            [
                Cell(in_label, 0),
                *_place([_amount(in_value, (t, "income", in_key, "final"))], 1),
                Cell(out_label, 2),
                *_place([_amount(out_value, (t, "expenditure", out_key, "final"))], 3),
            ]
        )
    header = [
        Cell("收入", 0, 2, 0),
        Cell("支出", 2, 2, 0),
        Cell("项目", 0, 1, 1),
        Cell("决算数", 1, 1, 1),
        Cell("项目", 2, 1, 1),
        Cell("决算数", 3, 1, 1),
    ]
    return Grid([180.0, 72.0, 190.0, 72.0], header, [17.0, 17.0], body, min_row_height=16.5)


def appropriation_summary_grid(fig: YearFigures, style: Style) -> Grid:
    t = "appropriation_summary"
    classes = class_totals(fig)
    income_lines = [
        ("一、一般公共预算财政拨款", "general_budget_appropriation", fig.income_total),
        ("二、政府性基金预算财政拨款", "gov_fund_appropriation", ZERO),
        ("三、国有资本经营预算财政拨款", "state_capital_appropriation", ZERO),
    ]

    def spend(line: str, value: Decimal) -> list[Cell]:
        # all of this department's appropriation spending is 一般公共预算 money
        return _place(
            [
                _amount(value, (t, "expenditure", line, "total")),
                _amount(value, (t, "expenditure", line, "general_budget")),
                _amount(ZERO, (t, "expenditure", line, "gov_fund")),
                _amount(ZERO, (t, "expenditure", line, "state_capital")),
            ],
            3,
        )

    body: list[list[Cell]] = []
    for i, (code, label) in enumerate(summary_classes(fig.year)):
        left: list[Cell] = [Cell("", 0), Cell("", 1)]
        if i < len(income_lines):
            name, key, value = income_lines[i]
            left = [Cell(name, 0, align="left"), *_place([_amount(value, (t, "income", key, "final"))], 1)]
        body.append([*left, Cell(label, 2, align="left"), *spend(f"fn_{code}", classes.get(code, ZERO))])
    closing = [
        ("本年收入合计", "income_total", fig.income_total, "本年支出合计", "expenditure_total", fig.expenditure_total),
        ("年初财政拨款结转和结余", "carryover_begin", fig.carryover_begin,
         "年末财政拨款结转和结余", "carryover_end", fig.carryover_end),
        ("总计", "grand_total", fig.grand_total, "总计", "grand_total", fig.grand_total),
    ]  # fmt: skip
    for in_label, in_key, in_value, out_label, out_key, out_value in closing:
        body.append(
            [
                Cell(in_label, 0),
                *_place([_amount(in_value, (t, "income", in_key, "final"))], 1),
                Cell(out_label, 2),
                *spend(out_key, out_value),
            ]
        )
    header = [
        Cell("收入", 0, 2, 0),
        Cell("支出", 2, 5, 0),
        Cell("项目", 0, 1, 1),
        Cell("决算数", 1, 1, 1),
        Cell("项目", 2, 1, 1),
        Cell("合计", 3, 1, 1),
        Cell("一般公共预算财政拨款", 4, 1, 1),
        Cell("政府性基金预算财政拨款", 5, 1, 1),
        Cell("国有资本经营预算财政拨款", 6, 1, 1),
    ]
    widths = [170.0, 72.0, 200.0, 72.0, 80.0, 80.0, 80.0]
    # tight rows so that all 25 (2021: 26) function classes fit on one landscape page
    return Grid(widths, header, [16.0, 30.0], body, min_row_height=13.0, font_size=8.5, pad=2.2)


def basic_grid(fig: YearFigures, style: Style) -> Grid:
    t = "general_budget_basic"
    econ = economic_amounts(fig)
    zero = style.zero_basic
    ncode = 2 if style.split_codes else 1
    panel = ncode + 2  # code column(s), name, 决算数

    def side(entry: tuple[str, str] | None, offset: int) -> list[Cell]:
        if entry is None:
            return [Cell("", offset + i) for i in range(panel)]
        code, name = entry
        if style.split_codes:
            codes = [Cell(code[:3], offset, numeric=True), Cell(code[3:], offset + 1, numeric=True)]
        else:
            codes = [Cell(code, offset, align="left", numeric=True)]
        amount = _amount(econ[code], (t, None, code, "total"), zero)
        return [*codes, Cell(name, offset + ncode, align="left"), *_place([amount], offset + ncode + 1)]

    body: list[list[Cell]] = []
    for i in range(max(len(ECONOMIC_LEFT), len(ECONOMIC_RIGHT))):
        left = ECONOMIC_LEFT[i] if i < len(ECONOMIC_LEFT) else None
        right = ECONOMIC_RIGHT[i] if i < len(ECONOMIC_RIGHT) else None
        body.append(side(left, 0) + side(right, panel))
    body.append(
        [
            Cell("人员经费合计", 0, ncode + 1),
            *_place([_amount(fig.personnel, (t, None, "total", "personnel"))], ncode + 1),
            Cell("公用经费合计", panel, ncode + 1),
            *_place([_amount(fig.public, (t, None, "total", "public"))], panel + ncode + 1),
        ]
    )
    header: list[Cell] = []
    for offset in (0, panel):
        if style.split_codes:
            header += [
                Cell("经济分类", offset, 2, 0),
                Cell("科目编码", offset, 2, 1),
                Cell("类", offset, 1, 2),
                Cell("款", offset + 1, 1, 2),
            ]
            header += [Cell("科目名称", offset + 2, 1, 0, 3), Cell("决算数", offset + 3, 1, 0, 3)]
        else:
            header += [
                Cell("经济分类", offset, 1, 0),
                Cell("科目编码", offset, 1, 1),
                Cell("科目名称", offset + 1, 1, 0, 2),
                Cell("决算数", offset + 1 + 1, 1, 0, 2),
            ]
    code_widths = [30.0, 24.0] if style.split_codes else [44.0]
    name_width = 140.0 if style.split_codes else 150.0
    widths = (code_widths + [name_width, 62.0]) * 2
    heights = [14.0, 14.0, 14.0] if style.split_codes else [16.0, 16.0]
    return Grid(widths, header, heights, body, min_row_height=14.6, font_size=8.5)


def three_public_grid(fig: YearFigures, style: Style) -> Grid:
    t = "three_public"
    header = [
        Cell("财政拨款“三公”经费", 0, 12, 0),
        Cell("合计", 0, 2, 1, 2),
        Cell("因公出国（境）费", 2, 2, 1, 2),
        Cell("公务用车购置及运行费", 4, 6, 1),
        Cell("公务接待费", 10, 2, 1, 2),
        Cell("小计", 4, 2, 2),
        Cell("公务用车购置费", 6, 2, 2),
        Cell("公务用车运行费", 8, 2, 2),
    ]
    header += [Cell(label, i, 1, 3) for i, label in enumerate(["预算数", "决算数"] * 6)]
    cells: list[Cell] = []
    for line, (budget, final) in fig.three_public.lines():
        cells.append(_amount(budget, (t, None, line, "budget"), style.zero_three_public))
        cells.append(_amount(final, (t, None, line, "final"), style.zero_three_public))
    # centre the single data row's amounts, as the real tables do
    row = [Cell(c.text, c.col, align="center", numeric=True, fact=c.fact) for c in _place(cells)]
    return Grid([62.0] * 12, header, [18.0, 20.0, 20.0, 20.0], [row], min_row_height=22.0)


BUILDERS = {
    "summary": summary_grid,
    "income": income_grid,
    "expenditure": expenditure_grid,
    "appropriation_summary": appropriation_summary_grid,
    "general_budget": general_budget_grid,
    "general_budget_basic": basic_grid,
    "three_public": three_public_grid,
    "gov_fund": gov_fund_grid,
    "state_capital": state_capital_grid,
}


def table_note(table_key: str, fig: YearFigures, department: str) -> str | None:
    """The 注 line printed under a table (the empty fund tables say why they are empty)."""
    y = fig.year
    if table_key == "gov_fund":
        return f"注：本单位{y}年度无政府性基金预算财政拨款收入支出，故本表为空表。"
    if table_key == "state_capital":
        return f"注：本单位{y}年度无国有资本经营预算财政拨款收入支出，故本表为空表。"
    if table_key == "three_public":
        return "注：本表反映部门本年度“三公”经费支出预决算情况。"
    if table_key == "appropriation_summary":
        return "注：本表反映部门本年度财政拨款总收支和结转结余情况。"
    return None
