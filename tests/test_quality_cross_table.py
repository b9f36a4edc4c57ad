"""Rule family 3: across tables — the summaries against the subject tables."""

from __future__ import annotations

import pytest

from test_quality_builder import change, clean_rows, findings, fresh, gate, make_doc

FAMILY = ["cross_table"]

CASES = [
    # one figure changed consistently inside its own table (so only the cross check can see it)
    (
        [("income", None, "total", "total", "101.00")],
        ("cross.summary_income_total", "summary", "income_total", "total"),
    ),
    (
        [("expenditure", None, "total", "total", "99.00")],
        ("cross.summary_expenditure_total", "summary", "expenditure_total", "total"),
    ),
    (
        [
            ("summary", "expenditure", "fn_208", "final", "41.00"),
            ("summary", "expenditure", "fn_201", "final", "59.00"),
        ],
        ("cross.summary_fn_class", "summary", "fn_208", "total"),
    ),
    (
        [
            ("appropriation_summary", "expenditure", "fn_201", "total", "61.00"),
            ("appropriation_summary", "expenditure", "fn_201", "general_budget", "61.00"),
        ],
        ("cross.appropriation_fn_class", "appropriation_summary", "fn_201", "total"),
    ),
    (
        [("appropriation_summary", "expenditure", "expenditure_total", "total", "101.00")],
        ("cross.appropriation_expenditure_total", "appropriation_summary", "expenditure_total", "total"),
    ),
    ([("general_budget", None, "total", "basic", "89.00")], ("cross.basic_total", "general_budget", "total", "basic")),
    (
        [("income", None, "total", "fiscal_appropriation", "98.00")],
        ("cross.fiscal_appropriation", "income", "total", "fiscal_appropriation"),
    ),
]


@pytest.mark.parametrize(("edits", "expected"), CASES, ids=[c[1][0] for c in CASES])
def test_cross_table_violation_blocks(edits, expected):
    rows = clean_rows()
    for table, side, line, measure, amount in edits:
        rows = change(rows, table, line, measure, amount, side)
    report = gate(fresh(), make_doc(f"x-{expected[0]}", rows), FAMILY)
    assert expected in findings(report, "error"), [f.message_en for f in report.findings]
    assert report.blocking_failed and not report.families["cross_table"].passed


def test_clean_tables_agree():
    report = gate(fresh(), make_doc(), FAMILY)
    assert findings(report) == set() and report.families["cross_table"].passed


def test_a_missing_table_is_not_reported_twice():
    # completeness.table_missing reports it; cross checks against it are skipped, not failed
    report = gate(fresh(), make_doc("no-income", drop_tables=["income"]), FAMILY)
    assert findings(report) == set()
