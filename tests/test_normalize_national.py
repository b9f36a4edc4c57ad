"""normalize on real national pages: 行次 columns, multi-block summaries, 三公 layouts, amount forms.

Grids are read here directly (read_grids on the table's pages), so these tests do not depend on
cover/locate. Every expected figure was read by eye off the rendered page (pypdfium2, scale 2–5).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipelines.extract.amounts import parse_amount
from pipelines.extract.catalog import load_catalog
from pipelines.extract.errors import UnmappableColumnsError
from pipelines.extract.grid import Grid, GridCell, read_grids
from pipelines.extract.model import LineItem
from pipelines.extract.normalize import normalize_table
from tests.conftest import national_pdf

_grids: dict[tuple[str, int], list[Grid]] = {}


def _page_grid(relative: str, page: int) -> Grid:
    """The page's first grid, read as document.py reads a title page (ruled, then rasterised, then unruled)."""
    key = (relative, page)
    if key not in _grids:
        grids: list[Grid] = []
        for engine, flavor in (("vector", "lattice"), ("combined", "lattice"), ("vector", "stream")):
            grids = read_grids(national_pdf(relative), [page], engine=engine, flavor=flavor)[page]
            if grids:
                break
        _grids[key] = grids
    assert _grids[key], f"no grid on page {page} of {relative}"
    return _grids[key][0]


def _items(relative: str, pages: list[int], kind: str, table_key: str, unit: str) -> list[LineItem]:
    catalog = load_catalog()
    spec = next(s for s in catalog.specs(kind) if s.key == table_key)
    return normalize_table(spec, catalog, [_page_grid(relative, p) for p in pages], unit)


def _by_key(items: list[LineItem]) -> dict[tuple[str | None, str, str], Decimal]:
    keyed: dict[tuple[str | None, str, str], Decimal] = {}
    for item in items:
        key = (item.side, item.line_key, item.measure)
        assert key not in keyed, f"{key} read twice"
        keyed[key] = item.amount
    return keyed


# ---------------------------------------------------------------- 行次 / 栏次 --

FOSHAN = "佛山市/2026年佛山市交通运输局部门预算.pdf"  # a 2019 部门决算 despite its name


def test_foshan_final_summary_skips_row_number_column_and_numbering_row():
    items = _items(FOSHAN, [5, 6], "final_account", "summary", "万元")
    got = _by_key(items)
    assert got[("income", "general_budget_appropriation", "final")] == Decimal("1668.14")
    assert got[("income", "other", "final")] == Decimal("0.01")
    assert got[("expenditure", "fn_208", "final")] == Decimal("76.23")  # 八、社会保障和就业支出, p5
    assert got[("expenditure", "fn_214", "final")] == Decimal("1531.04")  # 十三、交通运输支出, p6
    assert got[("expenditure", "fn_201", "final")] == Decimal("0.00")
    # The 行次 numbers (1…36) and the 栏次 row (1, 2) are never amounts.
    assert {i.measure for i in items} == {"final"}
    assert not any(i.col in (1, 4) for i in items)  # the two 行次 columns
    assert all(i.amount != Decimal(27) for i in items)


def test_foshan_three_public_horizontal_with_numbering_row():
    got = _by_key(_items(FOSHAN, [21], "final_account", "three_public", "万元"))
    assert got[(None, "total", "final")] == Decimal("0.16")
    assert got[(None, "reception", "final")] == Decimal("0.16")
    assert got[(None, "vehicle_total", "final")] == Decimal("0.00")
    assert got[(None, "total", "budget")] == Decimal("0.00")
    assert len(got) == 12  # 6 items × 预算数/决算数, the 1…12 row skipped


# -------------------------------------------------------- multi-block summary --

XIAN_PETITION = "西安市/2026年西安市信访局部门预算.pdf"


def test_xian_summary_four_blocks_keeps_income_and_functional_block():
    items = _items(XIAN_PETITION, [19], "budget", "summary", "元")
    got = _by_key(items)
    assert got[("income", "department_budget", "budget")] == Decimal("28384234.71")
    assert got[("income", "general_budget_appropriation", "budget")] == Decimal("28384234.71")
    assert got[("income", "special_project_funds", "budget")] == Decimal("550000.00")
    assert got[("expenditure", "fn_201", "budget")] == Decimal("22669300.94")
    assert got[("expenditure", "fn_208", "budget")] == Decimal("2590068.43")
    assert got[("expenditure", "fn_221", "budget")] == Decimal("1954773.61")
    assert got[("expenditure", "expenditure_total", "budget")] == Decimal("28384234.71")
    assert got[("expenditure", "grand_total", "budget")] == Decimal("28384234.71")
    # The two economic-class blocks (19,328,114.71 人员经费和公用经费支出, 17,103,265.51 机关工资福利支出) are skipped.
    amounts = {i.amount for i in items}
    assert Decimal("19328114.71") not in amounts and Decimal("17103265.51") not in amounts
    assert {i.col for i in items} <= {1, 3}


# ------------------------------------------------------------- amount forms --

BEIJING_FINANCE = "北京市/财政局_2026年部门预算.pdf"


def test_beijing_six_decimal_wan_is_exact_in_yuan():
    items = _items(BEIJING_FINANCE, [1], "budget", "summary", "万元")
    income = next(i for i in items if i.line_key == "general_budget_appropriation")
    assert income.amount == Decimal("44156.640120")
    assert income.amount_yuan == Decimal("441566401.20")  # 6 decimals of 万元 = 2 decimals of 元, no rounding
    got = _by_key(items)
    assert got[("expenditure", "fn_201", "budget")] == Decimal("37644.195492")
    assert got[("expenditure", "fn_208", "budget")] == Decimal("3514.511928")
    assert got[("expenditure", "fn_210", "budget")] == Decimal("2055.665112")
    assert income.col == 2  # the frame's blank margin column is still counted as read


def test_shanghai_integer_yuan_summary():
    got = _by_key(_items("上海市级/2026年上海市信访局_部门预算.pdf", [7], "budget", "summary", "元"))
    assert got[("income", "fiscal_appropriation", "budget")] == Decimal("288280739")
    assert got[("expenditure", "fn_201", "budget")] == Decimal("267027339")
    assert got[("expenditure", "fn_201", "personnel")] == Decimal("29148414")
    assert got[("expenditure", "fn_201", "public")] == Decimal("10442126")
    assert got[("expenditure", "fn_201", "project")] == Decimal("227436799")
    assert got[("expenditure", "fn_221", "personnel")] == Decimal("10401520")


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("(1,234.50)", Decimal("-1234.50")),
        ("-19,000.00", Decimal("-19000.00")),
        ("－513230.50", Decimal("-513230.50")),
        ("１２３，４５６．７８", Decimal("123456.78")),
        ("44,156.640120", Decimal("44156.640120")),
        ("288,280,739", Decimal("288280739")),
    ],
)
def test_amount_forms(printed: str, value: Decimal):
    assert parse_amount(printed) == value


# ------------------------------------------------------- tables listed by unit --


def test_suzhou_income_by_unit_reads_its_total_row():
    """部门代码 | 部门名称 | 合计 | 本年收入 (小计 …) | 上年结转结余 (小计 …): 合计 over two unit rows."""
    items = _items("苏州市/2026年苏州市审计局部门预算.pdf", [10], "budget", "income", "万元")
    assert _by_key(items) == {
        (None, "total", "grand_total"): Decimal("4651.67"),  # 合计 = 本年收入 + 上年结转结余
        (None, "total", "total"): Decimal("4651.67"),  # 本年收入 小计
        (None, "total", "general_budget"): Decimal("4651.67"),
    }
    assert {i.row for i in items} == {2}  # the 合计 row, not the rows of 024 / 024001 苏州市审计局


def test_shenzhen_expenditure_with_unit_column_and_procurement():
    """预算单位 | 科目编码 | 科目名称 | 支出总计 | 基本支出 | 项目支出 | … | 2026年政府采购项目 (小计, 其中 …)."""
    got = _by_key(_items("深圳市/2026年深圳市信访局部门预算.pdf", [18], "budget", "expenditure", "万元"))
    assert got[(None, "total", "total")] == Decimal("4684.30")  # the unit's own row: the table's total
    assert got[(None, "total", "basic")] == Decimal("3072.01")
    assert got[(None, "total", "project")] == Decimal("1612.29")
    assert got[(None, "total", "procurement")] == Decimal("1100.30")
    assert got[(None, "total", "procurement_sme")] == Decimal("156.69")
    assert got[(None, "201", "total")] == Decimal("3459.13")
    assert got[(None, "20140", "total")] == Decimal("3459.13")
    assert got[(None, "2014001", "basic")] == Decimal("1866.84")
    assert got[(None, "2014001", "procurement")] == Decimal("152.35")


# ---------------------------------------------------------------- 三公 layouts --


def test_fuzhou_three_public_vertical():
    got = _by_key(_items("福州市/2026年福州市医疗保障局部门预算.pdf", [21], "budget", "three_public", "万元"))
    assert got == {
        (None, "total", "budget"): Decimal("5.00"),
        (None, "overseas_travel", "budget"): Decimal("0.00"),
        (None, "reception", "budget"): Decimal("5.00"),
        (None, "vehicle_total", "budget"): Decimal("0.00"),
        (None, "vehicle_purchase", "budget"): Decimal("0.00"),
        (None, "vehicle_operation", "budget"): Decimal("0.00"),
    }


def test_beijing_three_public_horizontal_six_decimals():
    got = _by_key(_items(BEIJING_FINANCE, [14], "budget", "three_public", "万元"))
    assert got[(None, "total", "budget")] == Decimal("223.799250")
    assert got[(None, "overseas_travel", "budget")] == Decimal("127.737000")
    assert got[(None, "reception", "budget")] == Decimal("11.642250")
    assert got[(None, "vehicle_total", "budget")] == Decimal("84.420000")
    assert got[(None, "vehicle_purchase", "budget")] == Decimal("44.920000")
    assert got[(None, "vehicle_operation", "budget")] == Decimal("39.500000")


def test_xian_three_public_with_meetings_and_training_by_year():
    """2022 budget (元): 2021年 | 2022年 | 增减变化情况 groups; 合计 adds 会议费 and 培训费;
    a 合计 row over unit rows."""
    items = _items("西安市/生态环境局_2026年部门预算.pdf", [58], "budget", "three_public", "元")
    got = _by_key(items)
    assert got[(None, "total_with_meetings", "budget")] == Decimal("5098110.00")
    assert got[(None, "total", "budget")] == Decimal("2033060.00")  # the 三公 小计: 出国 + 接待 + 用车
    assert got[(None, "overseas_travel", "budget")] == Decimal("0.00")
    assert got[(None, "reception", "budget")] == Decimal("133060.00")
    assert got[(None, "vehicle_total", "budget")] == Decimal("1900000.00")
    assert got[(None, "vehicle_operation", "budget")] == Decimal("1900000.00")
    assert got[(None, "meetings", "budget")] == Decimal("1806300.00")
    assert got[(None, "training", "budget")] == Decimal("1258750.00")
    assert got[(None, "total_with_meetings", "budget_prev")] == Decimal("2433550.50")  # the 2021年 group
    assert got[(None, "training", "budget_prev")] == Decimal("1771980.50")
    # 增减变化情况 (with its negatives, -47,595.00 …) is derived and skipped; unit rows are not the table's total.
    assert all(i.amount >= 0 for i in items)
    assert {i.row for i in items} == {4}
    assert len(got) == 18


def test_shenzhen_three_public_rows_by_year_columns_by_fund():
    """预算单位 | 年度 (2025 年 / 2026 年 / 增减变化金额) | item × (一般公共预算, 政府性基金预算, 国有资本经营预算)."""
    items = _items("深圳市/2026年深圳市信访局部门预算.pdf", [31], "budget", "three_public", "万元")
    got = _by_key(items)
    assert got[(None, "total", "budget")] == Decimal("5.58")  # 2026 年, 一般公共预算
    assert got[(None, "reception", "budget")] == Decimal("2.98")
    assert got[(None, "vehicle_total", "budget")] == Decimal("2.60")
    assert got[(None, "vehicle_operation", "budget")] == Decimal("2.60")
    assert got[(None, "total", "budget_prev")] == Decimal("5.58")  # 2025 年
    assert got[(None, "total", "budget_gov_fund")] == Decimal("0.00")
    assert len(got) == 36  # 6 items × 3 funds × 2 years; the 增减变化金额 row is skipped


# ---------------------------------------------------------------- refusal --


def _cell(text: str) -> GridCell:
    return GridCell(text, (0.0, 0.0, 0.0, 0.0), left_edge=True, top_edge=True)


def test_amount_column_with_unknown_header_still_refused_naming_page_and_header():
    rows = [
        ["科目编码", "科目名称", "合计", "神秘列"],
        ["201", "一般公共服务支出", "10.00", "3.00"],
    ]
    grid = Grid(page=7, rows=[[_cell(t) for t in row] for row in rows], top=800.0)
    catalog = load_catalog()
    spec = next(s for s in catalog.specs("budget") if s.key == "expenditure")
    with pytest.raises(UnmappableColumnsError, match=r"page 7.*神秘列"):
        normalize_table(spec, catalog, [grid], "万元")
