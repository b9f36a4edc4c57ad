"""Page geometry of the national corpus: rotated pages, wide landscape pages, long tables over
many pages (with and without a repeated header), and continuations that stop where the next
table or the next unit's set begins.

Every expected cell was read on the page rendered with pypdfium2 (which honours /Rotate).
Table locations are passed by hand (the titles these families print are the locate stage's
business): this file tests which pages are read and stitched, and how their grids come out.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipelines.extract import document
from pipelines.extract.catalog import load_catalog
from pipelines.extract.grid import Grid, read_grids
from pipelines.extract.locate import TableLocation
from pipelines.extract.normalize import _data_rows, _header_depth
from pipelines.extract.pages import PageText, read_pages

from conftest import national_pdf

JIANGSU_ROTATED = "江苏省级/江苏省委办公厅/江苏省委办公厅2019年度部门预算公开表格.pdf"
SHENZHEN = "深圳市/2026年深圳市财政局部门预算.pdf"
BEIJING = "北京市/水务局_2026年部门预算.pdf"


def _texts(grid: Grid) -> list[list[str]]:
    return [[cell.text for cell in row] for row in grid.rows]


def _location(key: str, title: str, page: int) -> TableLocation:
    spec = next(s for s in load_catalog().specs("budget") if s.key == key)
    return TableLocation(spec, title, page, "万元")


def _stitch(relative: str, loc: TableLocation, pages: list[PageText] | None = None) -> tuple[list[int], list[Grid]]:
    """(pages parsed by camelot, stitched grids) the way extract_document selects and stitches them."""
    path = national_pdf(relative)
    pages = pages or read_pages(path)
    starts = document._section_starts(pages, load_catalog())
    wanted = document._pages_to_read([loc], starts, len(pages))
    grids = read_grids(path, wanted)
    return wanted, document.stitch_continuations(loc, grids, starts, len(pages))


# ---------------------------------------------------------------- rotation --


@pytest.fixture(scope="module")
def jiangsu_grids() -> dict[int, list[Grid]]:
    return read_grids(national_pdf(JIANGSU_ROTATED), [1, 5])


def test_rotated_pages_are_landscape_as_displayed() -> None:
    # Pages 1–5 are portrait A3 media (842×1191) shown with /Rotate 90: landscape on screen.
    pages = read_pages(national_pdf(JIANGSU_ROTATED))
    assert [p.landscape for p in pages[:6]] == [True, True, True, True, True, False]


def test_rotated_summary_reads_cell_by_cell(jiangsu_grids: dict[int, list[Grid]]) -> None:
    """收支预算总表 on a /Rotate 90 page: camelot (playa, page space) reads it upright, and the
    rule under 功能分类 / 支出用途 — drawn as a thin filled path — splits name and amount."""
    (grid,) = jiangsu_grids[1]
    rows = _texts(grid)
    assert grid.n_cols == 6
    assert rows[2] == ["", "", "功能科目名称", "金额", "项目名称", "金额"]
    assert rows[3] == ["一、财政拨款", "27,664.22", "一、一般公共服务支出", "22,395.50", "一、基本支出", "11,700.63"]
    assert rows[5][4:] == ["三、单位预留机动经费", "2,938.21"]
    assert ["", "", "八、社会保障和就业支出", "1,374.63", "", ""] in rows
    assert rows[-1] == ["收入合计", "27,664.22", "支出合计", "", "", "27,664.22"]


def test_rotated_subject_table_in_display_coordinates(jiangsu_grids: dict[int, list[Grid]]) -> None:
    (grid,) = jiangsu_grids[5]
    rows = _texts(grid)
    assert rows[0] == ["功能科目编码", "功能科目名称", "金额"]
    assert ["2013101", "行政运行", "9,370.12"] in rows
    assert rows[-1] == ["2210202", "提租补贴", "2,928.22"]
    # The table spans x 274–953 pt of the 1191 pt wide displayed page: past the 842 pt media width.
    assert grid.rows[0][0].bbox[0] == pytest.approx(273.8, abs=1)
    assert grid.rows[0][-1].bbox[2] == pytest.approx(953.0, abs=1)


# --------------------------------------------------- 深圳: titles on every page --


def test_shenzhen_summary_over_three_wide_pages() -> None:
    """收支总表 on 1077×595 pages 16–18, '表 1 收支总表' and the header printed on each page:
    one table; the repeated header rows are not data."""
    loc = _location("summary", "收支总表", 16)
    wanted, stitched = _stitch(SHENZHEN, loc)
    assert wanted == [16, 17, 18, 19]  # 19 starts 收入总表 (read too: a table may end at the top of a title page)
    assert [g.page for g in stitched] == [16, 17, 18]
    assert [len(g.rows) for g in stitched] == [14, 17, 9]
    assert all(g.n_cols == 4 for g in stitched)
    for grid in stitched:
        assert _header_depth(grid, [1, 3]) == 2  # 收入/支出 and 项目/2026 年预算数, on every page
    data = [[r.grid.text(r.index, c) for c in range(4)] for r in _data_rows(stitched, [1, 3])]
    assert len(data) == 34
    assert not any("项目" in "".join(row.split()) for row in sum(data, []))
    assert data[0] == ["一、财政拨款", "36,989.05", "一、一般公共服务支出", "20,563.76"]
    assert ["", "", "六、金融支出", "10,000.00"] in data  # page 17, a page without income lines
    assert data[-5:] == [
        ["本年收入合计", "36,989.05", "本年支出合计", "37,385.88"],
        ["上年结余、结转", "396.83", "结转下年", "0.00"],
        ["1.财政拨款结余、结转", "396.83", "", ""],
        ["2.非财政拨款结余、结转", "0.00", "", ""],
        ["收入总计", "37,385.88", "支出总计", "37,385.88"],
    ]


def test_shenzhen_expenditure_stops_at_the_next_table() -> None:
    # 支出总表 pages 20–23; page 24 repeats the same layout but is 表 4 基本支出总表.
    _, stitched = _stitch(SHENZHEN, _location("expenditure", "支出总表", 20))
    assert [g.page for g in stitched] == [20, 21, 22, 23]


def test_stitching_stops_where_another_unit_begins() -> None:
    """The same heading for another unit is that unit's set, not a continuation. (No file of
    the corpus prints unit sets with identical headings back to back, so page 18's owner line
    is changed here; its grid is the real one.)"""
    pages = read_pages(national_pdf(SHENZHEN))
    assert document._owner(pages[17]) == "深圳市财政局(本级)"
    other = replace(pages[17], text=pages[17].text.replace("深圳市财政局（本级）", "深圳市财政局机关服务中心"))
    pages = [*pages[:17], other, *pages[18:]]
    assert 18 in document._section_starts(pages, load_catalog())
    _, stitched = _stitch(SHENZHEN, _location("summary", "收支总表", 16), pages)
    assert [g.page for g in stitched] == [16, 17]


# ------------------------------------------- 北京: 14 pages, header printed once --


def test_beijing_long_table_without_repeated_header() -> None:
    """预算03表 支出总表 runs from page 5 to page 17 (more than the old 12-page bound); pages 6–17
    print no header: their first row is data and is kept."""
    wanted, stitched = _stitch(BEIJING, _location("expenditure", "支出总表", 5))
    assert wanted == list(range(5, 20))  # 18 is blank, 19 starts 预算04表 (read too: its top could continue)
    assert [g.page for g in stitched] == list(range(5, 18))
    assert all(g.n_cols == 11 for g in stitched)
    first_continued = stitched[1]
    assert _header_depth(first_continued, [4, 5, 6]) == 0
    assert _texts(first_continued)[0][1:6] == [
        "2050302-中等职业教育",
        "50502-商品和服务支出",
        "30228-工会经费",
        "60.000000",
        "60.000000",
    ]
    # The 合计 row merges the 部门支出经济分类科目 and 合计 cells; the right-aligned total is 合计's.
    assert _texts(stitched[-1])[-1][1:7] == [
        "合    计",
        "",
        "",
        "1,024,807.171785",
        "186,874.722488",
        "837,932.449297",
    ]


def test_shenzhen_wide_pages() -> None:
    """Tables on 1077×595 and 1446×595 pt pages (not A4): landscape, all 20 三公 columns read."""
    pages = read_pages(national_pdf(SHENZHEN))
    assert [pages[n - 1].landscape for n in (15, 16, 38)] == [False, True, True]
    (grid,) = read_grids(national_pdf(SHENZHEN), [38])[38]
    rows = _texts(grid)
    assert grid.n_cols == 20
    assert rows[0][11] == "公务用车购置及运行维护费"
    assert rows[3][:3] == ["深圳市财政局（本级）", "2025 年", "59.66"]
    assert rows[4][1:3] == ["2026 年", "58.46"] and rows[4][17] == "7.40"
    assert rows[5][1:3] == ["增减变化金额", "-1.20"] and rows[5][-3:] == ["-1.20", "0.00", "0.00"]


def _page(number: int, text: str) -> PageText:
    return PageText(number, text, landscape=True)


def test_repeated_heading_rules() -> None:
    first = _page(7, "单位名称：广州市某局 单位：万元\n第二部分 2026年部门预算表\n表1\n收支总体情况表\n收入 支出")
    again = _page(8, "单位名称：广州市某局 单位：万元\n表1\n收支总体情况表\n收入 支出")
    no_owner = _page(8, "表1\n收支总体情况表\n收入 支出")
    other_unit = _page(8, "单位名称：广州市某中心 单位：万元\n表1\n收支总体情况表\n收入 支出")
    next_table = _page(8, "单位名称：广州市某局 单位：万元\n表2\n收入总体情况表\n单位名称 合计")
    assert document._owner(first) == "广州市某局"
    assert document._repeats_heading(again, first)
    assert document._repeats_heading(no_owner, first)
    assert not document._repeats_heading(other_unit, first)
    assert not document._repeats_heading(next_table, first)
    assert not document._repeats_heading(_page(8, "2050302-中等职业教育 60.000000"), first)  # no heading: not a repeat
