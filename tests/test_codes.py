import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipelines.extract.codes import code_level, is_code, join_code, parent_code, split_fused


@pytest.mark.parametrize(
    ("parts", "previous", "expected"),
    [
        (["208", "05", "05"], None, "2080505"),
        (["208", "05", ""], None, "20805"),
        (["208", "", ""], None, "208"),
        (["2080505"], None, "2080505"),
        (["301", "01"], None, "30101"),
        (["301", "2"], None, "30102"),  # leading zero dropped by a spreadsheet export
        (["", "06", "02"], "2010601", "2010602"),  # 类 left blank under its class row
        (["类", "款", "项"], None, None),
        (["", "", ""], None, None),
        (["20", "", ""], None, None),  # not a 3/5/7-digit code
    ],
)
def test_join_code(parts, previous, expected):
    assert join_code(parts, previous) == expected


def test_split_fused_code_and_name():
    assert split_fused("2010601行政运行") == ("2010601", "行政运行")
    assert split_fused("208 社会保障和就业支出") == ("208", "社会保障和就业支出")
    assert split_fused("行政运行") is None


@given(st.from_regex(r"\A2\d{2}(\d{2}){0,2}\Z"))
def test_levels_and_parents_follow_code_length(code):
    level = code_level(code)
    assert level == {3: 1, 5: 2, 7: 3}[len(code)]
    parent = parent_code(code)
    if level == 1:
        assert parent is None
    else:
        assert code.startswith(parent) and code_level(parent) == level - 1


@given(st.lists(st.from_regex(r"\A\d{2}\Z"), min_size=2, max_size=2), st.from_regex(r"\A2\d{2}\Z"))
def test_split_columns_join_to_seven_digits(tail, head):
    assert join_code([head, *tail]) == head + "".join(tail)


def test_is_code():
    assert is_code("208") and is_code("01") and is_code("2080505")
    assert not is_code("合计") and not is_code("2,940.05") and not is_code("20805051")
