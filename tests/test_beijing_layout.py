"""北京 2026 部门预算 table files: layout rules of wave 2 (repeated codes, wrapped cells, one-line pages,
the 单位编码 收入总表). Figures eye-checked on the rendered pages."""

from collections import Counter
from decimal import Decimal

import pytest

TONGJI = "北京市/统计局_2026年部门预算.pdf"
TUIYI = "北京市/退役军人事务局_2026年部门预算.pdf"
JUNMIN = "北京市/政府办公厅_附件2：中共北京市委军民融合发展委员会办公室2026年度部门预算报表.pdf"
SIFA = "北京市/司法局_2026年部门预算.pdf"


def _items(doc, table_key):
    return next(t for t in doc.tables if t.table_key == table_key).items


@pytest.mark.parametrize("relative", [TONGJI, TUIYI, JUNMIN, SIFA])
def test_no_line_and_measure_twice(extract_national, relative):
    doc = extract_national(relative)
    for table in doc.tables:
        keys = Counter((i.side, i.line_key, i.measure) for i in table.items)
        assert [k for k, n in keys.items() if n > 1] == [], table.table_key


def test_codes_printed_on_several_rows_are_dropped_not_summed(extract_national):
    # 统计局 支出总表 p3–p7: 2010501 行政运行 on many (功能 × 经济) rows → no 2010501 line; 合计 kept.
    items = _items(extract_national(TONGJI), "expenditure")
    assert not [i for i in items if i.line_key == "2010501"]
    assert any(i.line_key == "total" and i.measure == "total" for i in items)


def test_three_public_stops_before_the_one_line_procurement_page(extract_national):
    # 退役军人事务局 p14 (预算10表 政府采购, its text layer one line) is not a continuation of the 三公 p13.
    items = _items(extract_national(TUIYI), "three_public")
    assert {i.page for i in items} == {13}
    assert {(i.line_key, i.amount) for i in items if i.line_key == "total"} == {("total", Decimal("104.216204"))}


def test_income_by_unit_code_reads_the_uncoded_total_row(extract_national):
    # 军民融合办 预算02表 p3: rows 015 / 015001 / 015002 and a bold uncoded total row 9,151.309668.
    items = {i.measure: i.amount for i in _items(extract_national(JUNMIN), "income") if i.line_key == "total"}
    assert items["grand_total"] == Decimal("9151.309668")
    assert items["general_budget"] == Decimal("9142.554971")
    assert items["carryover"] == Decimal("8.754697")


# 水务局 预算02表, printed in two strips over p3 (本年收入) and p4 (其他收入, 上年结转结余, the unit), is now
# joined and read: tests/test_wave3_shbj.py::test_beijing_income_table_printed_in_two_strips_is_joined.
