from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipelines.extract.amounts import parse_amount, read_unit
from pipelines.extract.errors import AmountParseError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2,940.05", Decimal("2940.05")),
        ("156,211,123", Decimal("156211123")),
        ("91,016,775.35", Decimal("91016775.35")),
        ("0.00", Decimal("0.00")),
        ("0.01", Decimal("0.01")),
        ("1,238.5\n8", Decimal("1238.58")),  # camelot keeps a wrapped cell's line break
        (" 6.20 ", Decimal("6.20")),
        ("-12.30", Decimal("-12.30")),
        ("(1.00)", Decimal("-1.00")),
        ("１２３．４５", Decimal("123.45")),  # full-width digits
    ],
)
def test_parse_amount_reads_printed_values_exactly(text, expected):
    value = parse_amount(text)
    assert value == expected
    assert str(value) == str(expected)  # same scale: 6.20 stays 6.20


@pytest.mark.parametrize("text", ["", "  ", "-", "—", "－", "——", "…"])
def test_blank_cells_are_none(text):
    assert parse_amount(text) is None


@pytest.mark.parametrize("text", ["合计", "12a", "1,23.00", "1.2.3", "2024年", "1,2345.00", "NaN", "1e5"])
def test_non_amounts_are_refused(text):
    with pytest.raises(AmountParseError):
        parse_amount(text)


@given(st.decimals(min_value=Decimal("-999999999999.99"), max_value=Decimal("999999999999.99"), places=2))
def test_thousands_formatting_round_trips(value):
    printed = f"{value:,.2f}"
    assert parse_amount(printed) == value


@given(st.text(alphabet=st.characters(categories=["Lo", "Ll", "Lu"]), min_size=1, max_size=6))
def test_letters_never_parse_as_amounts(text):
    with pytest.raises(AmountParseError):
        parse_amount(text)


@pytest.mark.parametrize(
    ("page_text", "unit"),
    [
        ("收入支出决算总表\n单位：万元\n", "万元"),
        ("编制部门：X 单位：元", "元"),
        ("单位:万元", "万元"),
        ("金额单位：亿元", "亿元"),
    ],
)
def test_read_unit(page_text, unit):
    assert read_unit(page_text) == unit


def test_read_unit_none_when_absent():
    assert read_unit("收入决算表\n项目") is None
