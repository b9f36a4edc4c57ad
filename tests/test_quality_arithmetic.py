"""Rule family 2: arithmetic inside a table (subject tables, 基本支出, 三公, the two summary tables).

Each case changes one printed figure of the clean document by a whole 万元 (far beyond the
rounding tolerance) and expects the rule that owns that sum to fail with severity error.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from test_quality_builder import change, clean_rows, findings, fresh, gate, make_doc

FAMILIES = ["arithmetic_subject_tables", "arithmetic_basic", "arithmetic_three_public", "arithmetic_summary"]

CASES = [
    # (table, side, line, measure, new amount) → (rule, table, line, measure) that must fail
    (("expenditure", None, "20101", "total", "61.00"), ("arith.class_sum", "expenditure", "201", "total")),
    (("general_budget", None, "2010102", "project", "11.00"), ("arith.kuan_sum", "general_budget", "20101", "project")),
    (("expenditure", None, "total", "basic", "91.00"), ("arith.table_total", "expenditure", "total", "basic")),
    (
        ("general_budget", None, "2010101", "basic", "49.00"),
        ("arith.expenditure_parts", "general_budget", "2010101", "total"),
    ),
    (
        ("income", None, "2080501", "fiscal_appropriation", "39.00"),
        ("arith.income_sources", "income", "2080501", "total"),
    ),
    (
        ("general_budget_basic", None, "30101", "total", "51.00"),
        ("basic.class_sum", "general_budget_basic", "301", "total"),
    ),
    (
        ("general_budget_basic", None, "total", "personnel", "81.00"),
        ("basic.personnel_public", "general_budget_basic", "total", "total"),
    ),
    (("three_public", None, "total", "final", "4.00"), ("three_public.total", "three_public", "total", "final")),
    (
        ("three_public", None, "vehicle_purchase", "budget", "0.70"),
        ("three_public.vehicle", "three_public", "vehicle_total", "budget"),
    ),
    (
        ("summary", "income", "carryover_begin", "final", "12.00"),
        ("summary.income_balance", "summary", "grand_total", "final"),
    ),
    (
        ("appropriation_summary", "expenditure", "carryover_end", "total", "12.00"),
        ("summary.expenditure_balance", "appropriation_summary", "grand_total", "total"),
    ),
    (
        ("summary", "income", "general_budget_appropriation", "final", "99.00"),
        ("summary.income_lines", "summary", "income_total", "final"),
    ),
    (
        ("summary", "expenditure", "fn_208", "final", "41.00"),
        ("summary.fn_lines", "summary", "expenditure_total", "final"),
    ),
    (
        ("appropriation_summary", "expenditure", "fn_201", "general_budget", "59.00"),
        ("summary.appropriation_funds", "appropriation_summary", "fn_201", "total"),
    ),
]


@pytest.mark.parametrize(("edit", "expected"), CASES, ids=[c[1][0] for c in CASES])
def test_violation_is_caught_and_blocks(edit, expected):
    table, side, line, measure, amount = edit
    rows = change(clean_rows(), table, line, measure, amount, side)
    report = gate(fresh(), make_doc(f"bad-{expected[0]}-{line}", rows), FAMILIES)
    assert expected in findings(report, "error"), [f.message_en for f in report.findings]
    assert report.blocking_failed
    assert not report.families[next(f for f in FAMILIES if expected[0] in _rules_of(report, f))].passed


def _rules_of(report, family: str) -> set[str]:
    return {r.rule_id for r in report.rules if r.family == family}


def test_summary_grand_totals_must_agree():
    rows = change(clean_rows(), "summary", "grand_total", "final", "111.00", "expenditure")
    rows = change(rows, "summary", "carryover_end", "final", "11.00", "expenditure")  # expenditure side balances
    report = gate(fresh(), make_doc("grand", rows), ["arithmetic_summary"])
    assert findings(report, "error") == {("summary.grand_totals", "summary", "grand_total", None)}


def test_three_public_vehicle_total_from_its_parts_when_not_printed():
    rows = change(clean_rows(), "three_public", "vehicle_total", "final", None)
    assert findings(gate(fresh(), make_doc("no-vehicle-total", rows), ["arithmetic_three_public"])) == set()


def test_basic_total_row_when_printed_equals_the_classes():
    rows = [*clean_rows(), ("general_budget_basic", None, "total", "合计", "total", Decimal("95.00"))]
    report = gate(fresh(), make_doc("basic-total", rows), ["arithmetic_basic"])
    assert ("basic.total_classes", "general_budget_basic", "total", "total") in findings(report, "error")
    assert ("basic.personnel_public", "general_budget_basic", "total", "total") in findings(report, "error")


def test_clean_document_has_no_arithmetic_finding():
    report = gate(fresh(), make_doc(), FAMILIES)
    assert findings(report) == set() and all(report.families[f].passed for f in FAMILIES)


def test_a_table_printing_only_its_items_is_not_held_to_its_class_sum():
    # 北京's 一般公共预算支出表 prints 项 rows only: 合计 = Σ类 cannot be checked, which is no error.
    rows = [r for r in clean_rows() if not (r[0] == "expenditure" and r[2].isdigit() and len(r[2]) < 7)]
    report = gate(fresh(), make_doc("items-only", rows), ["arithmetic_subject_tables"])
    assert not any(f.rule_id == "arith.table_total" and f.table_key == "expenditure" for f in report.findings)


def test_basic_plus_project_alone_when_the_other_columns_are_parts_of_the_total():
    # 北京 prints 事业单位经营支出 under 其中: the total is 基本 + 项目, the 经营 column one of its parts.
    rows = [*clean_rows()]
    by_line: dict[str, dict[str, Decimal]] = {}
    for r in rows:
        if r[0] == "expenditure" and r[2].isdigit():
            by_line.setdefault(r[2], {})[r[4]] = r[5]
    line = next(k for k, v in by_line.items() if v.get("basic") and v.get("project"))
    rows.append(("expenditure", None, line, "operating", "operating", by_line[line]["basic"]))
    report = gate(fresh(), make_doc("of-which", rows), ["arithmetic_subject_tables"])
    assert not any(f.rule_id == "arith.expenditure_parts" and f.line_key == line for f in report.findings)
