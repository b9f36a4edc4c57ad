"""Property-based tests of the header, label, title and code parsers.

camelot (and OCR) hand over printed text with line breaks, spaces and quote
marks wherever the layout put them: '本年收入合\\n计', '财政拨款“三公”经费…'
with the quotes on a line of their own, full-width or ASCII parentheses. The
parsers must see through all of it. (parse_amount's round trip is in
test_amounts.py; code levels and parents in test_codes.py.)
"""

from __future__ import annotations

import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pipelines.extract.amounts import read_unit
from pipelines.extract.catalog import first_match, load_catalog, squash
from pipelines.extract.codes import is_code, join_code, split_fused
from pipelines.extract.grid import Grid, GridCell
from pipelines.extract.locate import locate_tables
from pipelines.extract.normalize import _header_parts, _map_amount_columns, _measure_for, _strip_ordinal
from pipelines.extract.pages import PageText

CATALOG = load_catalog()
# Every property runs without hypothesis' per-example deadline: a loaded machine must not make them flaky.
SPECS = {(s.report_kind, s.key): s for s in CATALOG.tables}

WHITESPACE = st.sampled_from([" ", "\n", "\u3000", "\t", "\r\n", "  "])
INLINE = st.sampled_from([" ", "\u3000", "\t", "  "])  # whitespace that keeps a line one line
QUOTES = st.sampled_from(["“", "”", '"', "‘", "’", "「", "」"])

# (report kind, table key, header as printed, measure)
HEADERS = [
    ("final_account", "income", "本年收入合计", "total"),
    ("final_account", "income", "财政拨款收入", "fiscal_appropriation"),
    ("final_account", "income", "上级补助收入", "superior_subsidy"),
    ("final_account", "income", "事业单位经营收入", "operating"),
    ("final_account", "income", "附属单位上缴收入", "affiliated_remittance"),
    ("final_account", "expenditure", "本年支出合计", "total"),
    ("final_account", "expenditure", "基本支出", "basic"),
    ("final_account", "expenditure", "项目支出", "project"),
    ("final_account", "expenditure", "对附属单位补助支出", "affiliated_subsidy"),
    ("final_account", "general_budget_basic", "决算数", "total"),
    ("final_account", "general_budget_basic", "人员经费", "personnel"),
    ("final_account", "gov_fund", "年初结转和结余", "carryover_begin"),
    ("final_account", "gov_fund", "年末结转和结余", "carryover_end"),
    ("final_account", "summary", "决算数", "final"),
    ("final_account", "appropriation_summary", "一般公共预算财政拨款", "general_budget"),
    ("final_account", "appropriation_summary", "政府性基金预算财政拨款", "gov_fund"),
    ("budget", "summary", "预算数", "budget"),
    ("budget", "income", "收入预算合计", "total"),
]

# Titles as printed, with the table each must be found as.
TITLES = [
    ("final_account", "summary", "收入支出决算总表"),
    ("final_account", "income", "收入决算表"),
    ("final_account", "expenditure", "支出决算表"),
    ("final_account", "appropriation_summary", "财政拨款收入支出决算总表"),
    ("final_account", "general_budget", "一般公共预算财政拨款支出决算表"),
    ("final_account", "general_budget_basic", "一般公共预算财政拨款基本支出决算表"),
    ("final_account", "three_public", "财政拨款“三公”经费支出决算表"),
    ("final_account", "three_public", "一般公共预算财政拨款“三公”经费支出决算表"),
    ("final_account", "gov_fund", "政府性基金预算财政拨款收入支出决算表"),
    ("final_account", "state_capital", "国有资本经营预算财政拨款收入支出决算表"),
    ("budget", "summary", "2025年部门财务收支预算总表"),
    ("budget", "income", "2025年部门收入预算总表"),
    ("budget", "expenditure", "2026年预算单位支出预算总表"),
    ("budget", "appropriation_summary", "2024年部门财政拨款收支预算总表"),
    ("budget", "general_budget", "2025年一般公共预算支出功能分类预算表"),
    ("budget", "general_budget_basic", "2025年部门一般公共预算基本支出部门预算经济分类预算表"),
    ("budget", "three_public", "2026年单位“三公”经费和机关运行经费预算表"),
    ("budget", "gov_fund", "2025年部门政府性基金预算支出功能分类预算表"),
]


@st.composite
def scattered(draw, text: str, fillers=WHITESPACE) -> str:
    """`text` with filler characters (whitespace, quotes) inserted at arbitrary places."""
    out = [draw(st.sampled_from(["", draw(fillers)]))]
    for ch in text:
        out.append(ch)
        if draw(st.integers(0, 3)) == 0:
            out.append(draw(fillers))
    return "".join(out)


def _cell(text: str, left_edge: bool = True, top_edge: bool = True) -> GridCell:
    return GridCell(text, (0.0, 0.0, 0.0, 0.0), left_edge=left_edge, top_edge=top_edge)


def _one_column_table(header_rows: list[GridCell]) -> Grid:
    """项目 | <amount column headed by header_rows> with one data row."""
    rows = [[_cell("项目" if r == 0 else "", top_edge=r == 0), cell] for r, cell in enumerate(header_rows)]
    rows.append([_cell("合计"), _cell("1,234.56")])
    return Grid(page=1, rows=rows, top=800.0)


# ---------------------------------------------------------------- headers --


@settings(deadline=None)
@given(st.data())
def test_a_header_broken_anywhere_maps_to_the_same_measure(data) -> None:
    kind, key, header, measure = data.draw(st.sampled_from(HEADERS))
    spec = SPECS[(kind, key)]
    printed = data.draw(scattered(header))  # '本年收入合\n计', '基本 支出', '\u3000决算数'
    grid = _one_column_table([_cell(printed)])
    assert _map_amount_columns(spec, [grid], [1]) == {1: measure}


@settings(deadline=None)
@given(st.data())
def test_a_group_header_above_never_changes_the_measure(data) -> None:
    """'财政拨款 / 基本支出', '收入 / 决算数': the lowest header part that maps decides."""
    kind, key, header, measure = data.draw(st.sampled_from(HEADERS))
    spec = SPECS[(kind, key)]
    groups = data.draw(st.lists(st.sampled_from(["收入", "支出", "财政拨款", "金额", "项目", "本年数"]), max_size=2))
    parents = [_cell(data.draw(scattered(g))) for g in groups]
    grid = _one_column_table([*parents, _cell(data.draw(scattered(header)))])
    assert _map_amount_columns(spec, [grid], [1]) == {1: measure}
    parts = _header_parts(grid, len(parents) + 1, 1)
    assert parts[-1] == squash(header)
    assert _measure_for(spec, parts) == _measure_for(spec, [squash(header)]) == measure


@settings(deadline=None)
@given(st.data())
def test_a_header_spanning_rows_counts_once(data) -> None:
    """A header cell spanning n rows (no rule below it) gives one part, not n."""
    _, _, header, _ = data.draw(st.sampled_from(HEADERS))
    depth = data.draw(st.integers(1, 4))
    printed = data.draw(scattered(header))
    column = [_cell(printed), *(_cell("", top_edge=False) for _ in range(depth - 1))]
    grid = _one_column_table(column)
    assert _header_parts(grid, depth, 1) == [squash(header)]


@settings(deadline=None)
@given(st.sampled_from(["（", "("]), st.sampled_from(["）", ")"]), WHITESPACE, st.sampled_from(["费", "费用"]))
def test_parentheses_full_or_half_width_map_alike(open_, close, space, suffix) -> None:
    printed = f"因公出国{open_}{space}境{close}{suffix}"
    assert first_match(CATALOG.three_public_items, squash(printed)) == "overseas_travel"


ORDINALS = st.integers(1, 29).map(lambda n: "一二三四五六七八九十"[n - 1] if n <= 10 else _chinese(n))


def _chinese(n: int) -> str:
    digits = "一二三四五六七八九"
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens - 1]) + "十" + (digits[ones - 1] if ones else "")


@settings(deadline=None)
@given(
    ORDINALS,
    st.sampled_from(["{o}、", "（{o}）", "({o})", "（{o})"]),
    st.sampled_from([label for label in CATALOG.function_classes.values()]),
    WHITESPACE,
)
def test_ordinal_prefixes_are_stripped_in_any_width(ordinal, form, label, space) -> None:
    printed = form.format(o=ordinal) + space + label
    assert _strip_ordinal(squash(printed)) == label
    assert CATALOG.function_class_by_name(_strip_ordinal(squash(printed))) is not None


# ----------------------------------------------------------------- titles --


@settings(deadline=None)
@given(st.data())
def test_title_matching_ignores_whitespace_and_detached_quotes(data) -> None:
    kind, key, title = data.draw(st.sampled_from(TITLES))
    bare = title.replace("“", "").replace("”", "")
    printed = data.draw(scattered(bare, st.one_of(WHITESPACE, QUOTES)))
    matching = [s.key for s in CATALOG.specs(kind) if s.matches_title(squash(printed))]
    assert matching == [key]


@settings(deadline=None)
@given(st.data())
def test_a_title_broken_over_two_lines_is_located(data) -> None:
    """Titles wrapped onto a second line, with their “” quotes on a line of their own."""
    kind, key, title = data.draw(st.sampled_from(TITLES))
    bare = squash(title)
    cut = data.draw(st.integers(1, len(bare) - 1))
    first, second = bare[:cut], bare[cut:]
    # A fragment that is itself another table's whole title is a different, ambiguous page.
    assume(not any(s.matches_title(f) for s in CATALOG.specs(kind) for f in (first, second)))
    between = data.draw(st.sampled_from(["", "“ ”", "“”", "\u3000"]))
    lines = [data.draw(scattered(line, INLINE)) for line in ("单位名称（公章）", first, between, second) if line]
    page = PageText(3, "\n".join([*lines, "单位：万元"]), landscape=False)
    (found,) = locate_tables([page], CATALOG, kind)
    assert (found.spec.key, found.page, found.unit) == (key, 3, "万元")


@settings(deadline=None)
@given(INLINE)
def test_a_spaced_out_unit_is_read(space) -> None:
    assert read_unit(f"单{space}位：万{space}元") == "万元"


# ------------------------------------------------------------------ codes --

CLASS = st.from_regex(r"\A2\d{2}\Z")
TWO = st.from_regex(r"\A\d{2}\Z")
NAME = st.text(alphabet=st.characters(categories=["Lo"]), min_size=1, max_size=12)


@settings(deadline=None)
@given(CLASS, TWO, TWO, st.data())
def test_join_code_ignores_whitespace_inside_parts(head, kuan, xiang, data) -> None:
    parts = [data.draw(scattered(p)) for p in (head, kuan, xiang)]
    assert join_code(parts) == head + kuan + xiang


@settings(deadline=None)
@given(CLASS, st.integers(1, 99), st.integers(1, 99))
def test_a_dropped_leading_zero_is_restored(head, kuan, xiang) -> None:
    assert join_code([head, str(kuan), str(xiang)]) == f"{head}{kuan:02d}{xiang:02d}"


@settings(deadline=None)
@given(CLASS, TWO, TWO, TWO, TWO)
def test_a_blank_class_is_taken_from_the_previous_code(head, k1, x1, k2, x2) -> None:
    previous = head + k1 + x1
    assert join_code(["", k2, x2], previous) == head + k2 + x2
    assert join_code(["", "", x2], previous) == head + k1 + x2


@settings(deadline=None)
@given(st.lists(st.text(max_size=8), min_size=1, max_size=4), st.one_of(st.none(), st.from_regex(r"\A\d{7}\Z")))
def test_join_code_never_raises_and_returns_a_code_or_none(parts, previous) -> None:
    code = join_code(parts, previous)
    assert code is None or (code.isdigit() and len(code) in (3, 5, 7))
    if any(p.strip() and not re.fullmatch(r"\d+", "".join(p.split())) for p in parts):
        assert code is None  # a part that is not all digits means the row has no code


@settings(deadline=None)
@given(st.one_of(CLASS, st.from_regex(r"\A2\d{4}\Z"), st.from_regex(r"\A2\d{6}\Z")), NAME, WHITESPACE)
def test_split_fused_separates_code_and_name(code, name, space) -> None:
    assume(not name[0].isdigit())
    assert split_fused(f"{code}{space}{name}") == (code, name)
    assert split_fused(name) is None
    assert split_fused(code) is None  # digits alone are a code, not a fused code and name


@settings(deadline=None)
@given(st.text(max_size=10))
def test_is_code_means_two_to_seven_digits(text) -> None:
    cleaned = "".join(text.split())
    assert is_code(text) == (re.fullmatch(r"\d{2,7}", cleaned, flags=re.ASCII) is not None)
