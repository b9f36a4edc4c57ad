"""Every real 决算 in ../shared/corpus/real: the nine tables found, figures checked by eye, sums hold.

The expected figures in real_figures.py were read off the rendered pages, not the text layer.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

import pytest

import real_figures as rf

FINAL_ACCOUNTS = [rf.CZ, rf.CS, rf.SG]
SUBJECT_TABLES = ("income", "expenditure", "general_budget", "gov_fund", "state_capital")


def _by_key(doc):
    return {(i.table_key, i.side, i.line_key, i.measure): i for i in doc.items}


@pytest.mark.parametrize("name", FINAL_ACCOUNTS)
def test_every_eye_checked_figure_is_extracted_exactly(extract_real, name):
    items = _by_key(extract_real(name))
    expected = [f for f in rf.FIGURES if f[0] == name]
    assert len(expected) >= 20
    wrong = []
    for _, table_key, side, line_key, measure, amount, unit, page in expected:
        item = items.get((table_key, side, line_key, measure))
        got = item and (item.amount, item.unit_printed, item.page)
        if got != (amount, unit, page):
            wrong.append(f"{table_key}/{side}/{line_key}/{measure}: printed {amount} {unit} p{page}, got {got}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("name", [*FINAL_ACCOUNTS, rf.TP])
def test_tables_found_on_their_pages(extract_real, name):
    doc = extract_real(name)
    assert {t.table_key: t.pages for t in doc.tables} == rf.TABLE_PAGES[name]
    assert {t.table_key for t in doc.tables if t.is_empty} == set(rf.EMPTY_TABLES.get(name, []))
    assert all(t.unit_printed == "万元" for t in doc.tables)


@pytest.mark.parametrize("name", FINAL_ACCOUNTS)
def test_cover(extract_real, name):
    meta = extract_real(name).meta
    assert (meta.department, meta.fiscal_year, meta.report_kind, meta.scope) == rf.COVERS[name]
    assert meta.page_count == rf.PAGE_COUNTS[name]


def test_planted_copy_is_missing_its_expenditure_table(extract_real):
    assert extract_real(rf.CS).missing_tables == ["expenditure"]
    assert extract_real(rf.CZ).missing_tables == []


def test_blank_template_yields_all_nine_tables_and_no_amounts(extract_real):
    doc = extract_real(rf.TP)
    assert len(doc.tables) == 9 and doc.items == []
    assert doc.meta.department == "上海市XX局"  # the placeholder, for the quality gate to flag


@pytest.mark.parametrize("name", FINAL_ACCOUNTS)
@pytest.mark.parametrize("table_key", SUBJECT_TABLES)
def test_class_equals_sum_of_kuan_equals_sum_of_xiang(extract_real, name, table_key):
    table = extract_real(name).table(table_key)
    if table is None:
        pytest.skip(f"{table_key} not printed in {name}")
    amounts = {(i.line_key, i.measure): i.amount for i in table.items}
    children: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for item in table.items:
        if item.parent_code:
            children[(item.parent_code, item.measure)] += item.amount
    for (parent, measure), total in children.items():
        assert amounts.get((parent, measure)) == total, f"{table_key} {parent} {measure}"
    levels = {i.line_key: i.level for i in table.items if i.level}
    assert all(levels[i.parent_code] == i.level - 1 for i in table.items if i.parent_code)


@pytest.mark.parametrize("name", FINAL_ACCOUNTS)
def test_no_duplicate_keys_and_amounts_in_yuan(extract_real, name):
    items = extract_real(name).items
    keys = [(i.table_key, i.side, i.line_key, i.measure) for i in items]
    assert len(keys) == len(set(keys))
    sample = next(i for i in items if i.amount == Decimal("2940.05") or i.amount == Decimal("307.82"))
    assert sample.amount_yuan == sample.amount * 10000


def test_rounding_differences_printed_in_the_real_basic_table_are_kept_as_printed(extract_real):
    # 财政局 prints 301 工资福利支出 2,082.85 while its items add to 2,082.86: we keep what is printed.
    basic = {(i.line_key, i.measure): i.amount for i in extract_real(rf.CZ).table("general_budget_basic").items}
    assert basic[("301", "total")] == Decimal("2082.85")
    items_301 = sum(v for (k, m), v in basic.items() if k.startswith("301") and len(k) == 5 and m == "total")
    assert items_301 == Decimal("2082.86")
