"""西安 pages that were rejected: text overflowing its cell, overprinted headers, stray tiny words,
a 合计 under a further label column, unit heading rows, clipped 三公 headers.

One page each, read with read_grids (no cover/locate). Every figure was read by eye off the rendered
page (pypdfium2, scale 2–6).
"""

from __future__ import annotations

from decimal import Decimal

from pipelines.extract.grid import Grid
from tests.test_normalize_national import _by_key, _items, _page_grid

QIXIANG = "西安市/气象局_2026年部门预算.pdf"  # a 2022 budget
YINGJI = "西安市/应急管理局_2026年部门预算.pdf"  # the 2019 budget of 西安市安全生产监督管理局
SHANGWU = "西安市/商务局_2026年部门预算.pdf"  # a 2022 budget
GUOZI = "西安市/国有资产监督管理委员会_2026年部门预算.pdf"  # a 2022 budget
RENSHE = "西安市/人力资源和社会保障局_2026年部门预算.pdf"  # a 2020 budget


def _row(grid: Grid, label: str) -> list[str]:
    return next([cell.text for cell in row] for row in grid.rows if row[1].text == label or row[0].text == label)


def test_label_overflowing_into_the_amount_cell_stays_in_its_cell():
    # p. 18: '其中：专项资金列入部门预算的项目' runs over the rule into the 预算数 cell, whose 0.00 is printed
    # flush at the rule; '(3)对个人和家庭的补助' runs its last glyph into '0.00' the same way.
    grid = _page_grid(QIXIANG, 18)
    row = _row(grid, "其中：专项资金列入部门预算的项目")
    assert row[2] == "0.00"
    assert _row(grid, "(2)政府性基金拨款")[5:9] == ["(3)对个人和家庭的补助", "0.00", "4、机关资本性支出（二）", "0.00"]
    got = _by_key(_items(QIXIANG, [18], "budget", "summary", "元"))
    assert got[("income", "special_project_funds", "budget")] == Decimal("0.00")
    assert got[("income", "income_total", "budget")] == Decimal("18999011.66")
    assert got[("expenditure", "fn_220", "budget")] == Decimal("18803323.32")


def test_header_overflowing_into_the_cell_on_its_left():
    # p. 3: the block header '部门预算支出经济分类科目（按大类）' is wider than its cell and centred: its first
    # glyphs sit over the 预算数 header of the functional block.
    grid = _page_grid(YINGJI, 3)
    assert [cell.text for cell in grid.rows[1][3:6]] == ["预算数", "部门预算支出经济分类科目（按大类）", "预算数"]
    got = _by_key(_items(YINGJI, [3], "budget", "summary", "万元"))
    assert got[("expenditure", "fn_224", "budget")] == Decimal("3271.54")
    assert got[("expenditure", "expenditure_total", "budget")] == Decimal("3643.37")
    assert got[("income", "prior_account_balance", "budget")] == Decimal("40.93")


def test_overprinted_header_is_read_once():
    # p. 36: '序号' and '收 入' are printed four and six times over themselves (bold by overprinting).
    grid = _page_grid(SHANGWU, 36)
    assert grid.rows[0][0].text == "序号"
    got = _by_key(_items(SHANGWU, [36], "budget", "summary", "元"))
    assert got[("income", "fiscal_appropriation", "budget")] == Decimal("573980610.20")
    assert got[("expenditure", "fn_201", "budget")] == Decimal("154668476.29")
    assert got[("expenditure", "fn_216", "budget")] == Decimal("320388139.60")


def test_stray_tiny_words_do_not_join_the_three_public_header():
    # p. 36: half-size remnants ('置购 费', '待 费') over 三公 and 2022年 are not part of the header.
    grid = _page_grid(GUOZI, 36)
    assert grid.rows[0][12].text == "2022年"
    got = _by_key(_items(GUOZI, [36], "budget", "three_public", "元"))
    assert got[(None, "total_with_meetings", "budget")] == Decimal("80000.00")
    assert got[(None, "total", "budget")] == Decimal("60000.00")
    assert got[(None, "vehicle_operation", "budget")] == Decimal("50000.00")
    assert got[(None, "meetings", "budget")] == Decimal("20000.00")
    assert got[(None, "meetings", "budget_prev")] == Decimal("28000.00")


def test_total_under_the_government_economic_name_column():
    # 表8 p. 39: 部门经济科目编码 | 名称 | 政府经济科目编码 merge into the header; 合计 sits under 政府经济科目名称.
    got = _by_key(_items(RENSHE, [39], "budget", "general_budget_basic", "万元"))
    assert got[(None, "total", "total")] == Decimal("8563.95")
    assert got[(None, "total", "personnel")] == Decimal("7942.58")
    assert got[(None, "total", "public")] == Decimal("621.37")


def test_three_public_headers_clipped_by_their_cells():
    # p. 49: '因公出国（境）' and '公务用车购置' printed without their 费用 / 费.
    got = _by_key(_items(RENSHE, [49], "budget", "three_public", "万元"))
    assert got[(None, "overseas_travel", "budget_prev")] == Decimal("25.00")
    assert got[(None, "vehicle_purchase", "budget")] == Decimal("0.00")
    assert got[(None, "vehicle_operation", "budget")] == Decimal("26.00")
    assert got[(None, "total", "budget")] == Decimal("29.30")


def test_unit_heading_rows_of_a_functional_table_are_not_subjects():
    # 表5 p. 7: 合计 3,643.37, then '125001 西安市安全生产监督管理局' 2,080.32 over that unit's subjects.
    items = _items(YINGJI, [7], "budget", "general_budget", "万元")
    got = _by_key([i for i in items if i.line_key == "total"])
    assert got[(None, "total", "total")] == Decimal("3643.37")
    assert got[(None, "total", "project")] == Decimal("1620.98")
    assert all(i.amount != Decimal("2080.32") for i in items)
