"""Rule family 4: the 情况说明 against the tables (pipelines.narrative) — warnings only — and
template placeholders on any page."""

from __future__ import annotations

from decimal import Decimal

from test_quality_builder import NARRATIVE, change, clean_rows, findings, fresh, gate, make_doc

FAMILY = ["narrative"]


def test_consistent_narrative_has_no_warning():
    report = gate(fresh(), make_doc(), FAMILY)
    assert findings(report) == set() and report.families["narrative"].passed
    # a year-on-year sentence without a prior year in the warehouse is an info note, never a warning
    text = NARRATIVE + "与2023年度相比，收入、支出总计各增加10.00万元，增长10.00%。"
    report = gate(fresh(), make_doc("yoy", narrative=text), FAMILY)
    assert findings(report) == set()
    assert {f.rule_id for f in report.findings} == {"narrative.yoy_unchecked"}


def test_narrative_amount_differing_from_the_tables_is_a_warning_not_a_block():
    text = NARRATIVE.replace("本年支出合计100.00万元", "本年支出合计120.00万元")
    report = gate(fresh(), make_doc("wrong-narrative", narrative=text), FAMILY)
    (f,) = [f for f in report.findings if f.rule_id == "narrative.amount_mismatch"]
    assert f.severity == "warning" and f.page == 20
    assert (f.expected, f.found, f.difference) == (Decimal("1000000.00"), Decimal("1200000.00"), Decimal("200000.00"))
    assert not report.blocking_failed and report.families["narrative"].passed


def test_year_on_year_against_the_previous_published_document():
    con = fresh()
    prior = change(clean_rows(), "summary", "grand_total", "final", "105.00", "income")
    gate(con, make_doc("prior", prior, year=2023), FAMILY)
    text = NARRATIVE + "与2023年度相比，收入、支出总计各增加10.00万元，增长10.00%。"
    report = gate(con, make_doc("current", narrative=text), FAMILY)
    # the prior year's table says 105.00, so the change is 5.00, not 10.00
    assert ("narrative.yoy_amount", None, "grand_total", None) in findings(report, "warning")
    # a prior document that is not published (quarantined) is not compared with
    con2 = fresh()
    prior_doc = make_doc("prior", prior, year=2023)
    gate(con2, prior_doc, FAMILY)
    con2.execute("UPDATE core.documents SET status = 'quarantined' WHERE document_id = ?", [prior_doc.sha256])
    report = gate(con2, make_doc("current", narrative=text), FAMILY)
    assert not any(f.rule_id == "narrative.yoy_amount" for f in report.findings)


def test_template_placeholders_on_any_page_are_warnings():
    text = NARRATIVE + "XX局本年度无政府性基金收支。"
    doc = make_doc("template", narrative=text, page_texts={3: "XX局收入支出决算总表 单位：万元 XXX万元"})
    report = gate(fresh(), doc, FAMILY)
    got = {(f.rule_id, f.page, f.line_key) for f in report.findings}
    assert ("narrative.placeholder", 20, "XX局") in got  # in the 情况说明 (pipelines.narrative)
    assert {("narrative.placeholder_text", 3, "XX局"), ("narrative.placeholder_text", 3, "XXX万元")} <= got
    assert all(f.severity == "warning" for f in report.findings) and not report.blocking_failed
