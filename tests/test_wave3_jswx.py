"""Wave 3, 江苏省级 / 无锡 / 苏州 files: a table running on above a foot-of-page title, and the
江苏 2017 收入预算总表 whose sub-sources sit inside their group's 小计.

Figures read off the pages rendered with pypdfium2 (scale 2).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipelines.extract import document
from pipelines.extract.catalog import load_catalog
from pipelines.extract.grid import read_grids
from pipelines.extract.locate import TableLocation, titles_per_page
from pipelines.extract.normalize import normalize_table_with_gaps
from pipelines.extract.pages import read_pages

from conftest import national_pdf
from test_quality_builder import fresh, gate, make_doc

RENDA_2017 = "江苏省级/江苏省人大办公厅/江苏省人大办公厅2017年度预算公开.pdf"


@pytest.fixture(scope="module")
def renda_basic() -> tuple[list, list]:
    """The 一般公共预算基本支出预算表: titled mid page 17 (under the end of the 一般公共预算支出预算表),
    continued on page 18 above the title of the 机关运行经费 table, whose grid is on page 19."""
    path = national_pdf(RENDA_2017)
    catalog = load_catalog()
    pages = read_pages(path)
    grids = read_grids(path, [16, 17, 18])  # page 16: the table that runs on to the top of page 17
    starts = document._section_starts(pages, catalog)
    titles = titles_per_page(pages, catalog)
    spec = next(s for s in catalog.specs("budget") if s.key == "general_budget_basic")
    loc = TableLocation(spec, "一般公共预算基本支出预算表", 17, "万元")
    untitled = document.untitled_leading_grids(path, grids, pages, catalog)
    without = document.stitch_continuations(loc, grids, starts, len(pages), titles)
    stitched = document.stitch_continuations(loc, grids, starts, len(pages), titles, untitled)
    return without, stitched


def test_a_grid_above_a_foot_of_page_title_continues_the_table_before(renda_basic: tuple[list, list]) -> None:
    without, stitched = renda_basic
    # one title on page 18 and one grid: by count the grid would be that title's; by place it is above it
    assert [g.page for g in without] == [17]
    assert [g.page for g in stitched] == [17, 18]
    catalog = load_catalog()
    spec = next(s for s in catalog.specs("budget") if s.key == "general_budget_basic")
    items, _ = normalize_table_with_gaps(spec, catalog, stitched, "万元")
    amounts = {(i.line_key, i.measure): i.amount for i in items}
    assert amounts[("total", "total")] == Decimal("7666.68")
    assert amounts[("301", "total")] == Decimal("2928.98")
    assert amounts[("302", "total")] == Decimal("1585.96")
    assert amounts[("303", "total")] == Decimal("3151.74")  # page 18
    assert amounts[("30205", "total")] == Decimal("50.00")  # first row of page 18
    assert amounts[("30312", "total")] == Decimal("1018.01")  # last row of page 18
    classes = sum(v for (line, m), v in amounts.items() if len(line) == 3 and line.isdigit() and m == "total")
    assert classes == amounts[("total", "total")]


def _income_list_doc(name: str, general: str, other_funds: str, other: str):
    """省检察院 2017 收入预算总表 (page 11): 收入总计 17,996.68; 一般公共预算资金 小计 17,981.68;
    其他资金 小计 15.00, under it 其他收入 15.00 — all measures of the income table's one total line."""
    rows = [
        ("income", None, "total", "收入总计", "total", Decimal("17996.68")),
        ("income", None, "total", "一般公共预算资金", "general_budget", Decimal(general)),
        ("income", None, "total", "其他资金", "other_funds", Decimal(other_funds)),
        ("income", None, "total", "其他收入", "other", Decimal(other)),
    ]
    return make_doc(name, rows)


def _income_failures(doc) -> set[str]:
    report = gate(fresh(), doc, ["arithmetic_subject_tables"])
    return {
        f.rule_id
        for f in report.findings
        if f.rule_id == "arith.income_sources" and f.table_key == "income" and f.severity == "error"
    }


def test_sub_sources_inside_a_printed_group_subtotal_are_not_added_again() -> None:
    assert _income_failures(_income_list_doc("jc2017", "17981.68", "15.00", "15.00")) == set()


@pytest.mark.parametrize(
    ("general", "other_funds", "other"),
    [("17980.68", "15.00", "15.00"), ("17981.68", "15.00", "16.00"), ("17981.68", "14.00", "15.00")],
    ids=["source-off", "sub-source-beyond-its-group", "group-off"],
)
def test_income_list_errors_are_still_caught(general: str, other_funds: str, other: str) -> None:
    assert _income_failures(_income_list_doc("bad", general, other_funds, other)) == {"arith.income_sources"}
