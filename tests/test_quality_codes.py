"""Codes: well formed, known in core.reference_subjects (类/款 blocking, 项 under a known 款 a
warning), names as in the reference (warning)."""

from __future__ import annotations

from decimal import Decimal

from test_quality_builder import clean_rows, findings, fresh, gate, make_doc

FAMILY = ["codes"]


def _relabel(rows, old: str, new: str, label: str | None = None):
    return [
        (r[0], r[1], new if r[2] == old else r[2], label if label and r[2] == old else r[3], r[4], r[5]) for r in rows
    ]


def test_clean_codes_are_known_with_their_names():
    report = gate(fresh(), make_doc(), FAMILY)
    assert findings(report) == set()
    assert not any(f.rule_id == "codes.reference_unavailable" for f in report.findings)


def test_malformed_code_blocks():
    rows = [*clean_rows(), ("expenditure", None, "2010", "四位编码", "total", Decimal("0.00"))]
    report = gate(fresh(), make_doc("malformed", rows), FAMILY)
    assert ("codes.malformed", "expenditure", "2010", None) in findings(report, "error")
    assert report.blocking_failed


def test_unknown_class_or_kuan_blocks_unknown_item_under_known_kuan_warns():
    rows = _relabel(clean_rows(), "2010102", "2010188", "自编项目")  # 项 under the known 款 20101
    rows = _relabel(rows, "20805", "20898")  # an unknown 款 (its 项 2080501 keeps its own code)
    report = gate(fresh(), make_doc("unknown", rows), FAMILY)
    assert ("codes.unknown", "expenditure", "20898", None) in findings(report, "error")
    assert ("codes.code_not_in_reference_item_level", "expenditure", "2010188", None) in findings(report, "warning")
    assert not any(f.rule_id == "codes.unknown" and f.line_key == "2010188" for f in report.findings)
    assert report.blocking_failed


def test_unknown_item_alone_is_only_a_warning():
    rows = _relabel(clean_rows(), "2010102", "2010188", "自编项目")
    report = gate(fresh(), make_doc("item-only", rows), FAMILY)
    assert {f[0] for f in findings(report)} == {"codes.code_not_in_reference_item_level"}
    assert not report.blocking_failed


def test_name_differing_from_reference_is_a_warning():
    rows = [(*r[:3], "人大事务（其他）" if r[2] == "20101" else r[3], *r[4:]) for r in clean_rows()]
    report = gate(fresh(), make_doc("renamed", rows), FAMILY)
    assert ("codes.name_mismatch", "expenditure", "20101", None) in findings(report, "warning")
    assert not report.blocking_failed
    # full-width and half-width brackets, spaces: the same name
    rows = [(*r[:3], "基 本 工 资" if r[2] == "30101" else r[3], *r[4:]) for r in clean_rows()]
    assert findings(gate(fresh(), make_doc("spaced", rows), FAMILY)) == set()


def test_empty_reference_reports_info_instead_of_blocking():
    con = fresh()
    con.execute("DELETE FROM core.reference_subjects")
    report = gate(con, make_doc(), FAMILY)
    assert not report.blocking_failed
    assert {f.rule_id for f in report.findings} == {"codes.reference_unavailable"}
    assert all(f.severity == "info" for f in report.findings)


def test_unknown_code_in_a_year_before_the_reference_warns_only():
    # The reference starts in 2019; a 2017 report (江苏省级) may print codes retired since.
    rows = _relabel(clean_rows(), "20805", "20898")
    report = gate(fresh(), make_doc("unknown-2017", rows, year=2017), FAMILY)
    assert ("codes.unknown_before_reference", "expenditure", "20898", None) in findings(report, "warning")
    assert not any(f.rule_id == "codes.unknown" for f in report.findings)
    assert not report.blocking_failed
