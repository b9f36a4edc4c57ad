"""budgetwh check: every failed or warned rule per document, in Chinese and English."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from pipelines.cli import app

from conftest import real_pdf

runner = CliRunner()
PLANTED = "24年普陀区财政局（测试问题版本）.pdf"
CLEAN = "中共上海市普陀区委社会工作部 2024 年度部门决算.pdf"


def test_check_reports_the_planted_copy_in_both_languages(tmp_path):
    result = runner.invoke(app, ["check", str(real_pdf(PLANTED)), "--warehouse", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1, result.output
    assert "would be quarantined" in result.output
    assert "completeness.table_missing" in result.output
    assert "缺少标准表" in result.output and "is missing" in result.output
    assert "narrative.year_mismatch" in result.output  # the heading says 2023 in a 2024 report


def test_check_json_lists_expected_found_and_difference(tmp_path):
    result = runner.invoke(
        app, ["check", str(real_pdf(CLEAN)), "--warehouse", str(tmp_path / "none.duckdb"), "--format", "json"]
    )
    assert result.exit_code == 0, result.output  # no blocking finding on the real document
    (entry,) = json.loads(result.stdout)
    assert entry["verdict"] == "would be published"
    rounding = [f for f in entry["findings"] if f["rule_id"] == "basic.class_sum.rounding"]
    assert rounding and rounding[0]["page"] == 13
    assert rounding[0]["expected"] == "102200.00" and rounding[0]["found"] == "102300.00"  # 10.22 vs 10.23 万元


def test_review_publishes_a_quarantined_document_and_keeps_its_findings(tmp_path):
    import duckdb

    db = tmp_path / "wh.duckdb"
    ingest = runner.invoke(app, ["ingest", str(real_pdf(PLANTED)), "--warehouse", str(db)])
    assert ingest.exit_code == 1 and "quarantined" in ingest.stdout
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM published.line_items").fetchone()[0] == 0

    refused = runner.invoke(app, ["review", "deadbeef", "--publish", "x", "--warehouse", str(db)])
    assert refused.exit_code == 2  # no such document
    done = runner.invoke(
        app, ["review", str(real_pdf(PLANTED)), "--publish", "支出决算表 not printed; accepted", "--warehouse", str(db)]
    )
    assert done.exit_code == 0, done.output
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT status FROM published.documents").fetchall() == [("published",)]
        assert con.execute("SELECT count(*) FROM published.line_items").fetchone()[0] == 149
        assert con.execute(
            "SELECT document_status FROM published.check_results WHERE rule_id = 'completeness.table_missing' "
            "AND outcome = 'fail'"
        ).fetchall() == [("published",)]
    again = runner.invoke(app, ["review", str(real_pdf(PLANTED)), "--publish", "x", "--warehouse", str(db)])
    assert again.exit_code == 1 and "not quarantined" in again.output
