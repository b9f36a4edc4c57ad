"""Every real 部门预算 / 单位预算 in ../shared/corpus/real: tables found, figures checked by eye, sums hold.

The expected figures in real_budget_figures.py were read off the rendered pages, not the text layer.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

import pytest

import real_budget_figures as rb

SUBJECT_TABLES = ("income", "expenditure", "general_budget")
HIERARCHY_TABLES = (*SUBJECT_TABLES, "general_budget_basic")


def _by_key(doc):
    return {(i.table_key, i.side, i.line_key, i.measure): i for i in doc.items}


def _check(items, figures):
    wrong = []
    for _, table_key, side, line_key, measure, amount, unit, page in figures:
        item = items.get((table_key, side, line_key, measure))
        got = item and (item.amount, item.unit_printed, item.page)
        if got != (amount, unit, page):
            wrong.append(f"{table_key}/{side}/{line_key}/{measure}: printed {amount} {unit} p{page}, got {got}")
    return wrong


@pytest.mark.parametrize("name", rb.BUDGETS)
def test_every_eye_checked_figure_is_extracted_exactly(extract_real, name):
    expected = [f for f in rb.FIGURES if f[0] == name]
    assert len(expected) >= 25
    tables = {f[1] for f in expected}
    assert tables == set(rb.TABLE_PAGES[name]) - set(rb.EMPTY_TABLES[name])
    checked = [f for f in expected if f[:5] not in rb.EXTRACTOR_DISAGREEMENTS]
    wrong = _check(_by_key(extract_real(name)), checked)
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("name", [rb.SFJ, rb.SWW])
def test_split_summary_column_uses_the_contract_measures(extract_real, name):
    expected = [f for f in rb.FIGURES if f[0] == name and f[1] == "summary" and f[2] == "expenditure"]
    assert {f[4] for f in expected} == {"budget", "personnel", "public", "project"}
    wrong = _check(_by_key(extract_real(name)), expected)
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("name", rb.BUDGETS)
def test_complete_tables_carry_no_other_amounts(extract_real, name):
    # summary, appropriation_summary and three_public: every non-zero printed cell is in FIGURES, and nothing else.
    expected = {f[1:5] for f in rb.FIGURES if f[0] == name and f[1] in rb.COMPLETE_TABLES}
    extracted = {
        (i.table_key, i.side, i.line_key, i.measure)
        for i in extract_real(name).items
        if i.table_key in rb.COMPLETE_TABLES and i.amount != 0
    }
    assert extracted == expected


@pytest.mark.parametrize("name", rb.BUDGETS)
def test_tables_found_on_their_pages(extract_real, name):
    doc = extract_real(name)
    assert {t.table_key: t.pages for t in doc.tables} == rb.TABLE_PAGES[name]
    assert {t.table_key for t in doc.tables if t.is_empty} == set(rb.EMPTY_TABLES[name])
    assert not [i for i in doc.items if i.table_key in rb.EMPTY_TABLES[name]]
    assert doc.missing_tables == []
    # 单位：万元 only in the 三公 table; every other table says 单位：元
    assert {t.table_key: t.unit_printed for t in doc.tables} == {
        key: ("万元" if key == "three_public" else "元") for key in rb.TABLE_PAGES[name]
    }


@pytest.mark.parametrize("name", rb.BUDGETS)
def test_cover(extract_real, name):
    meta = extract_real(name).meta
    assert (meta.department, meta.fiscal_year, meta.report_kind, meta.scope) == rb.COVERS[name]
    assert meta.page_count == rb.PAGE_COUNTS[name]


@pytest.mark.parametrize("name", rb.BUDGETS)
def test_no_duplicate_keys_and_amounts_in_yuan(extract_real, name):
    items = extract_real(name).items
    keys = [(i.table_key, i.side, i.line_key, i.measure) for i in items]
    assert len(keys) == len(set(keys))
    for item in items:
        factor = Decimal(10000) if item.unit_printed == "万元" else Decimal(1)
        assert item.amount_yuan == item.amount * factor, item


def _mismatches(doc, name, table_keys):
    """(file, table, parent, measure) wherever a printed parent differs from the sum of its printed children."""
    found = set()
    for table_key in table_keys:
        table = doc.table(table_key)
        amounts = {(i.line_key, i.measure): i.amount for i in table.items}
        children: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
        classes: dict[str, Decimal] = defaultdict(Decimal)
        for item in table.items:
            if item.parent_code:
                children[(item.parent_code, item.measure)] += item.amount
            elif item.line_key != "total":
                classes[item.measure] += item.amount
        for (parent, measure), total in children.items():
            if amounts.get((parent, measure), Decimal(0)) != total:
                found.add((name, table_key, parent, measure))
        for measure, total in classes.items():
            if amounts.get(("total", measure), Decimal(0)) != total:
                found.add((name, table_key, "total", measure))
    return found


@pytest.mark.parametrize("name", rb.BUDGETS)
def test_class_equals_sum_of_kuan_equals_sum_of_xiang(extract_real, name):
    doc = extract_real(name)
    for table_key in HIERARCHY_TABLES:
        table = doc.table(table_key)
        levels = {i.line_key: i.level for i in table.items if i.level}
        assert all(levels[i.parent_code] == i.level - 1 for i in table.items if i.parent_code), table_key
        assert all(i.parent_code == i.line_key[: len(i.line_key) - 2] for i in table.items if i.parent_code)
    known = {k for k in rb.PRINTED_INCONSISTENCIES if k[0] == name and k[2] != "total"}
    assert {k for k in _mismatches(doc, name, HIERARCHY_TABLES) if k[2] != "total"} == known


@pytest.mark.parametrize("name", rb.BUDGETS)
def test_total_row_equals_sum_of_classes(extract_real, name):
    doc = extract_real(name)
    known = {k for k in rb.PRINTED_INCONSISTENCIES if k[0] == name and k[2] == "total"}
    assert {k for k in _mismatches(doc, name, HIERARCHY_TABLES) if k[2] == "total"} == known


@pytest.mark.parametrize("name", rb.BUDGETS)
def test_subject_tables_agree_with_each_other(extract_real, name):
    doc = extract_real(name)

    def column(table_key, measure, side=None):
        return {
            i.line_key: i.amount
            for i in doc.table(table_key).items
            if i.measure == measure and i.side == side and i.amount != 0
        }

    income = column("income", "total")
    expenditure = column("expenditure", "total")
    # every document here is funded wholly by 一般公共预算 appropriations
    assert income == expenditure == column("general_budget", "total") == column("income", "fiscal_appropriation")
    for measure in ("basic", "project"):
        assert column("expenditure", measure) == column("general_budget", measure)
    appropriation = column("appropriation_summary", "total", "expenditure")
    assert appropriation == column("appropriation_summary", "general_budget", "expenditure")
    assert {k: v for k, v in appropriation.items() if k != "grand_total"} == {
        f"fn_{k}": v for k, v in expenditure.items() if len(k) == 3
    }
    assert appropriation["grand_total"] == expenditure["total"]
    # the basic table's 合计 is the 基本支出 合计 of the subject tables (司法局 prints the latter without cents)
    basic = column("general_budget_basic", "total")["total"]
    footer = column("expenditure", "basic")["total"]
    assert basic - footer == (Decimal("0.34") if name == rb.SFJ else 0)
    parts = column("general_budget_basic", "personnel")["total"] + column("general_budget_basic", "public")["total"]
    assert parts == basic


@pytest.mark.parametrize("name", rb.BUDGETS)
def test_three_public_adds_up(extract_real, name):
    cells = {i.line_key: i.amount for i in extract_real(name).table("three_public").items}
    vehicle = cells.get("vehicle_purchase", 0) + cells.get("vehicle_operation", 0)
    assert cells.get("vehicle_total", 0) == vehicle
    assert cells["total"] == cells.get("overseas_travel", 0) + cells["reception"] + vehicle
    assert cells["office_operation"] > 0  # 机关运行经费 is printed in every one of these tables
