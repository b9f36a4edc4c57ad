"""Wave 3 (shbj): codes new in the 2025/2026 科目, 上海 amounts grouped only at the last three digits,
and tables printed in vertical strips (the right-hand columns and the 单位 on the following pages).

Every figure below was read off the rendered page (pypdfium2, scale 1.5)."""

from __future__ import annotations

from decimal import Decimal

import pypdfium2 as pdfium
import pytest

from pipelines.extract import document
from pipelines.extract.amounts import parse_amount
from pipelines.extract.catalog import load_catalog
from pipelines.extract.errors import AmountParseError
from pipelines.extract.grid import read_grids
from pipelines.extract.locate import locate_tables, titles_per_page
from pipelines.extract.normalize import normalize_table
from pipelines.extract.pages import PageText

from conftest import national_pdf
from test_quality_builder import fresh

SH_HRSS = "上海市级/2026年上海市人力资源和社会保障局_部门预算.pdf"  # 上海市职业能力考试院, amounts in 元
SH_DATA = "上海市级/2026年上海市政务服务和数据管理局_部门预算.pdf"  # 上海市数据局
BJ_WATER = "北京市/水务局_2026年部门预算.pdf"


@pytest.fixture(scope="module")
def warehouse():
    return fresh()


@pytest.mark.parametrize(
    ("code", "year", "name"),
    [
        ("20140", 2025, "信访事务"),  # 无锡市信访局 2025 年度部门预算 p12 prints 20140 / 2014001 / 2014004
        ("2014004", 2025, "信访业务"),
        ("20141", 2026, "数据事务"),  # 北京 政务服务和数据管理局 p8–9, 上海市数据局 p8
        ("2014150", 2026, "事业运行"),
        ("2014199", 2026, "其他数据事务支出"),
        ("21298", 2026, "超长期特别国债安排的支出"),  # 珠海 政府投资交通市政项目工务中心 p7: 6,816.00
        ("2129801", 2026, "城乡社区公共设施"),
    ],
)
def test_codes_printed_in_2025_and_2026_reports_are_in_the_reference(
    warehouse, code: str, year: int, name: str
) -> None:
    found = warehouse.execute(
        "SELECT name FROM core.reference_subjects WHERE code_kind = 'function' AND code = ? "
        "AND first_year <= ? AND (last_year IS NULL OR last_year >= ?)",
        [code, year, year],
    ).fetchall()
    assert found == [(name,)]


def test_20140_is_not_known_before_2025(warehouse) -> None:
    rows = warehouse.execute("SELECT min(first_year) FROM core.reference_subjects WHERE code = '20140'").fetchone()
    assert rows == (2025,)


def test_amounts_grouped_only_at_the_last_three_digits() -> None:
    assert parse_amount("120258,600") == Decimal("120258600")
    assert parse_amount("7880,000") == Decimal("7880000")
    for text in ("1234,567.8", "12345,678,901", "1234,56", "1,2345"):
        with pytest.raises(AmountParseError):
            parse_amount(text)


def test_shanghai_unit_summary_with_last_group_amounts() -> None:
    # p7 2026年预算单位财务收支预算总表 (单位：元): 一、社会保障和就业支出 125360,898 = 16933,575 + 6117,735 +
    # 102309,588; 收入总计 128138,600.
    path = national_pdf(SH_HRSS)
    catalog = load_catalog()
    spec = next(s for s in catalog.specs("budget") if s.key == "summary")
    items = normalize_table(spec, catalog, read_grids(path, [7])[7], "元")
    got = {(i.side, i.line_key, i.measure): i.amount for i in items}
    assert got[("expenditure", "fn_208", "budget")] == Decimal("125360898")
    assert got[("expenditure", "fn_208", "personnel")] == Decimal("16933575")
    assert got[("expenditure", "fn_208", "public")] == Decimal("6117735")
    assert got[("expenditure", "fn_208", "project")] == Decimal("102309588")
    assert got[("income", "grand_total", "budget")] == Decimal("128138600")
    assert got[("income", "other", "budget")] == Decimal("7880000")


def _first_pages(path, count: int) -> list[PageText]:
    """The text of the document's first pages, as read_pages reads them (the whole file is 155 pages)."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        pages = []
        for i in range(count):
            width, height = pdf[i].get_size()
            text = pdf[i].get_textpage().get_text_bounded().replace("\r\n", "\n")
            pages.append(PageText(i + 1, text, landscape=width > height))
        return pages
    finally:
        pdf.close()


def _strip_of(relative: str, key: str, read: list[int]):
    path = national_pdf(relative)
    catalog = load_catalog()
    pages = _first_pages(path, 14)
    loc = next(x for x in locate_tables(pages, catalog, "budget") if x.spec.key == key)
    starts = document._section_starts(pages, catalog)
    grids = read_grids(path, read)  # the table's pages and the ones after it
    left = document.stitch_continuations(loc, grids, starts, len(pages), titles_per_page(pages, catalog))
    return loc, left, pages, catalog, *document._right_strip(loc, left, grids, pages, catalog)


def test_beijing_income_table_printed_in_two_strips_is_joined() -> None:
    # 预算02表 收入总表: p3 合计 … 附属单位上缴收入 (no unit), p4 其他收入 | 上年结转结余 … 单位资金, 金额单位：万元.
    loc, left, pages, catalog, strip, right = _strip_of(BJ_WATER, "income", [3, 4])
    assert loc.unit is None and [g.page for g in left] == [3]
    assert strip == [4] and right[0] is not None
    joined = document._join_strips(left, right)
    assert joined is not None
    items = normalize_table(loc.spec, catalog, joined, "万元")
    got = {i.measure: i.amount for i in items if i.line_key == "total"}
    assert got["grand_total"] == Decimal("1048475.725671")
    assert got["general_budget"] == Decimal("870741.793967")
    assert got["other"] == Decimal("2934.108891")  # first column of the right strip
    assert got["carryover"] == Decimal("55856.549576")
    assert got["carryover_unit_funds"] == Decimal("29570.781087")


def test_shanghai_income_table_right_strip_gives_only_the_unit() -> None:
    # 2026年预算单位收入预算总表: rows on p8–9, the 其他收入 column (blank) and 单位：元 on p10–11.
    loc, left, pages, _catalog, strip, right = _strip_of(SH_DATA, "income", [8, 9, 10, 11])
    assert loc.unit is None and [g.page for g in left] == [8, 9]
    assert strip == [10, 11] and right == [None, None]
    assert {document.read_unit(pages[n - 1].text) for n in strip} - {None} == {"元"}


def test_a_following_table_is_never_a_strip() -> None:
    # 收支总表 p7 (unit printed on its own page) is followed by the 收入 table's own title on p8.
    loc, left, _pages, _catalog, strip, right = _strip_of(SH_DATA, "summary", [7, 8])
    assert loc.unit == "元" and strip == [] and right == []
