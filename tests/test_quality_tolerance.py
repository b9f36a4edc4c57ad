"""Rule family 5: rounding tolerance — explicit per rule, a warning when used, blocking beyond;
and the gate's bookkeeping (suites, core.check_results, published.check_results)."""

from __future__ import annotations

import json
from decimal import Decimal

from pipelines.quality import FAMILIES, load_suites, rules, write_check_results
from pipelines.store.paths import REPO_ROOT

from test_quality_builder import change, clean_rows, findings, fresh, gate, make_doc

D = Decimal
FAMILY = ["arithmetic_subject_tables"]


def _in_yuan(rows, whole: bool = False):
    """The clean figures printed in 元 (with cents, or rounded to whole 元)."""
    q = D("1") if whole else D("0.01")
    return [(*r[:5], (r[5] * 10000).quantize(q)) for r in rows]


def test_rounding_difference_within_tolerance_is_a_warning_beyond_it_an_error():
    # expenditure 合计 = Σ of 2 classes: tolerance 2 × 0.01 万元
    report = gate(fresh(), make_doc("r1", change(clean_rows(), "expenditure", "total", "total", "100.02")), FAMILY)
    # 合计 = Σ classes and 合计 = 基本 + 项目 both see it
    assert findings(report) == {
        ("arith.table_total.rounding", "expenditure", "total", "total"),
        ("arith.expenditure_parts.rounding", "expenditure", "total", "total"),
    }
    f = next(f for f in report.findings if f.rule_id == "arith.table_total.rounding")
    assert f.severity == "warning" and f.difference == D("200.00") and "容差" in f.message_zh
    assert not report.blocking_failed and report.families["arithmetic_subject_tables"].n_warnings == 2
    report = gate(fresh(), make_doc("r2", change(clean_rows(), "expenditure", "total", "total", "100.03")), FAMILY)
    assert ("arith.table_total", "expenditure", "total", "total") in findings(report, "error")
    assert report.blocking_failed


def test_tolerance_grows_with_the_number_of_addends():
    # class 201 = Σ 1 款: 0.01 万元 allowed, 0.02 not
    rows = change(clean_rows(), "income", "201", "total", "60.01")
    rows = change(rows, "income", "201", "fiscal_appropriation", "60.01")
    got = findings(gate(fresh(), make_doc("n1", rows), FAMILY))
    assert ("arith.class_sum.rounding", "income", "201", "total") in got
    rows = change(
        change(clean_rows(), "income", "201", "total", "60.02"), "income", "201", "fiscal_appropriation", "60.02"
    )
    assert ("arith.class_sum", "income", "201", "total") in findings(gate(fresh(), make_doc("n2", rows), FAMILY))


def test_table_in_yuan_uses_its_last_printed_digit():
    units = dict.fromkeys(("income", "expenditure", "general_budget"), "元")
    rows = change(_in_yuan(clean_rows()), "expenditure", "total", "total", "1000000.02")  # 2 addends × 0.01 元
    got = findings(gate(fresh(), make_doc("y1", rows, units=units), FAMILY))
    assert ("arith.table_total.rounding", "expenditure", "total", "total") in got
    assert all(rule.endswith(".rounding") for rule, *_ in got)
    rows = change(_in_yuan(clean_rows()), "expenditure", "total", "total", "1000000.05")
    assert ("arith.table_total", "expenditure", "total", "total") in findings(
        gate(fresh(), make_doc("y2", rows, units=units), FAMILY), "error"
    )
    # printed in whole 元: one 元 per addend
    rows = change(_in_yuan(clean_rows(), whole=True), "expenditure", "total", "total", "1000002")
    got = findings(gate(fresh(), make_doc("y3", rows, units=units), FAMILY))
    assert ("arith.table_total.rounding", "expenditure", "total", "total") in got
    assert findings(gate(fresh(), make_doc("y3", rows, units=units), FAMILY), "error") == set()


def test_every_numeric_rule_documents_its_tolerance_and_has_a_rounding_twin():
    catalog = rules()
    for rule in catalog.values():
        if rule.kind == "numeric":
            assert "tolerance" in rule.tolerance_en and f"{rule.rule_id}.rounding" in catalog
            assert catalog[f"{rule.rule_id}.rounding"].severity == "warning"
        assert rule.severity in ("error", "warning", "info")
    assert set(load_suites()) == set(FAMILIES)
    readme = (REPO_ROOT / "expectations" / "README.md").read_text(encoding="utf-8")
    missing = [r for r in catalog if not r.endswith(".rounding") and r not in readme]
    assert not missing, f"rules not described in expectations/README.md: {missing}"
    for family in FAMILIES:
        data = json.loads((REPO_ROOT / "expectations" / f"{family}.json").read_text(encoding="utf-8"))
        assert data["meta"]["suite_version"] and data["expectations"]


def test_check_results_are_replaced_per_document_and_published_for_every_status():
    con = fresh()
    doc = make_doc("results", drop_tables=["expenditure"])
    report = gate(con, doc)
    assert report.blocking_failed
    n = write_check_results(con, report)
    assert write_check_results(con, report) == n  # replaced, not appended
    rows = con.execute(
        "SELECT outcome, severity, count(*) FROM core.check_results WHERE document_id = ? GROUP BY ALL",
        [doc.sha256],
    ).fetchall()
    counts = {(o, s): c for o, s, c in rows}
    assert sum(counts.values()) == n
    assert counts[("fail", "error")] == len(report.errors)
    assert counts[("pass", "error")] == sum(r.passed for r in report.rules if r.severity == "error")
    con.execute("UPDATE core.documents SET status = 'quarantined' WHERE document_id = ?", [doc.sha256])
    shown = con.execute(
        "SELECT document_status, department, rule_id, table_key FROM published.check_results "
        "WHERE outcome = 'fail' AND severity = 'error'"
    ).fetchall()
    assert shown == [("quarantined", doc.meta.department, "completeness.table_missing", "expenditure")]
