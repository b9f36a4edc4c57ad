"""The gate on real reports and on the sample corpus: no false alarm on genuine rounding,
the planted errors of the test copy found.

Evidence read off the printed pages of 上海市普陀区财政局2024年度部门决算.pdf:
  p.16 301 工资福利支出 2,082.85 while its 8 款 add to 2,082.86; 302 商品和服务支出 171.07 vs 171.09
  p.6  总表 八、社会保障和就业支出 326.71 while 支出决算表 p.10 prints 208 as 326.72 (p.12 财政拨款总表 too)
  p.8  收入决算表 合计 2,946.25 while its classes add to 2,946.26 (p.10 / p.15: 2,940.05 vs 2,940.06)
"""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from pipelines.quality import GateReport, run_gate, write_check_results
from pipelines.store import ensure_schema, write_document

from conftest import extract_once

CZ = "上海市普陀区财政局2024年度部门决算.pdf"
SG = "中共上海市普陀区委社会工作部 2024 年度部门决算.pdf"
CS = "24年普陀区财政局（测试问题版本）.pdf"
D = Decimal


def _gate(extract_real, name: str) -> GateReport:
    con = duckdb.connect(":memory:")
    ensure_schema(con)
    doc = extract_real(name)
    write_document(con, doc)
    report = run_gate(con, doc.sha256)
    write_check_results(con, report)
    return report


def _keys(report: GateReport, severity: str) -> set[tuple]:
    return {(f.rule_id, f.table_key, f.line_key, f.measure, f.page) for f in report.findings if f.severity == severity}


def test_caizheng_rounding_is_warned_never_blocking(extract_real):
    report = _gate(extract_real, CZ)
    assert _keys(report, "error") == set(), [f.message_en for f in report.errors]
    assert not report.blocking_failed
    warnings = _keys(report, "warning")
    assert {
        ("basic.class_sum.rounding", "general_budget_basic", "301", "total", 16),
        ("basic.class_sum.rounding", "general_budget_basic", "302", "total", 16),
        ("cross.summary_fn_class.rounding", "summary", "fn_208", "total", 6),
        ("cross.appropriation_fn_class.rounding", "appropriation_summary", "fn_208", "total", 12),
        ("arith.table_total.rounding", "income", "total", "total", 8),
        ("arith.table_total.rounding", "expenditure", "total", "total", 10),
    } <= warnings
    f301 = next(f for f in report.findings if f.rule_id == "basic.class_sum.rounding" and f.line_key == "301")
    assert (f301.found, f301.expected, f301.difference) == (D("20828500.00"), D("20828600.00"), D("-100.00"))
    # the two genuine narrative slips of the printed report (page 21), as warnings
    assert {("narrative.amount_mismatch", 21), ("narrative.share_percent", 21)} <= {
        (f.rule_id, f.page) for f in report.warnings
    }


def test_shegong_passes_with_rounding_warnings_only(extract_real):
    report = _gate(extract_real, SG)
    assert _keys(report, "error") == set(), [f.message_en for f in report.errors]
    assert {f.rule_id for f in report.warnings} <= {"basic.class_sum.rounding", "cross.basic_total.rounding"}


def test_planted_errors_copy_is_blocked_for_the_missing_table(extract_real):
    report = _gate(extract_real, CS)
    assert report.blocking_failed
    assert _keys(report, "error") == {("completeness.table_missing", "expenditure", None, None, None)}
    narrative = {(f.rule_id, f.line_key) for f in report.findings if f.family == "narrative"}
    assert {
        ("narrative.year_mismatch", "heading"),
        ("narrative.year_mismatch", "as_of"),
        ("narrative.amount_mismatch", "grand_total"),
        ("narrative.budget_direction", "一般公共服务支出/财政事务/行政运行"),
        ("narrative.budget_direction", "社会保障和就业支出/行政事业单位养老支出/机关事业单位职业年金缴费支出"),
        ("narrative.budget_direction", "卫生健康支出/行政事业单位医疗/行政单位医疗"),
    } <= narrative
    assert all(f.severity in ("warning", "info") for f in report.findings if f.family == "narrative")
    assert report.families["completeness"].passed is False and report.families["narrative"].passed


@pytest.fixture(scope="module")
def sample_warehouse(tmp_path_factory) -> tuple[duckdb.DuckDBPyConnection, list[str]]:
    out = tmp_path_factory.mktemp("samples")
    subprocess.run([sys.executable, "-m", "pipelines.samples.build", "--out", str(out)], check=True)
    con = duckdb.connect(":memory:")
    ensure_schema(con)
    ids = []
    for path in sorted(Path(out).glob("*.pdf")):  # by year: each later year sees the prior one
        doc = extract_once(path)  # the CLI writes the session corpus's bytes: extracted once per session
        write_document(con, doc, path)
        ids.append(doc.sha256)
    return con, ids


def test_sample_corpus_has_no_blocking_failure(sample_warehouse):
    con, ids = sample_warehouse
    assert len(ids) >= 4  # the four 决算 (2021–2024), and the 预算 where the generator writes them
    for document_id in ids:
        report = run_gate(con, document_id)
        assert not report.blocking_failed, [f.message_en for f in report.errors]
        assert {f.family for f in report.warnings} <= {"narrative"}
        write_check_results(con, report)
    statuses = con.execute("SELECT DISTINCT document_status FROM published.check_results").fetchall()
    assert statuses == [("published",)]
