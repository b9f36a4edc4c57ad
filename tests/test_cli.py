"""budgetwh (typer): ingest exit codes and result lines, sql read-only, status, totals."""

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

import pipelines.defs.assets as assets_module
import pipelines.defs.checks as checks_module
import pipelines.staging as staging_module
from pipelines.cli import app
from pipelines.store import ensure_schema, write_document

from test_dagster import fake_extract, passing_gate, passing_gate_many, pdf
from test_warehouse import make_doc

runner = CliRunner()


@pytest.fixture(autouse=True)
def no_dagster_home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    monkeypatch.setattr(assets_module, "extract_document", fake_extract)
    monkeypatch.setattr(checks_module, "run_gate", passing_gate)
    monkeypatch.setattr(staging_module, "run_gate_many", passing_gate_many)


@pytest.fixture
def built(tmp_path: Path) -> Path:
    db = tmp_path / "built.duckdb"
    with duckdb.connect(str(db)) as con:
        ensure_schema(con)
        write_document(con, make_doc("a" * 64, year=2022))
        write_document(con, make_doc("b" * 64, year=2023))
    return db


def test_sql_refuses_writes(built: Path) -> None:
    for statement in ("DELETE FROM core.facts", "CREATE TABLE core.x (a INTEGER)", "DROP VIEW published.documents"):
        result = runner.invoke(app, ["sql", statement, "--warehouse", str(built)])
        assert result.exit_code == 1, result.output
        assert "read-only" in result.output
    with duckdb.connect(str(built), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM core.facts").fetchone()[0] == 10


def test_sql_formats_keep_exact_amounts(built: Path) -> None:
    query = "SELECT fiscal_year, amount_yuan FROM published.line_items WHERE line_key = '20801' ORDER BY 1"
    as_csv = runner.invoke(app, ["sql", query, "-w", str(built), "--format", "csv"])
    assert as_csv.exit_code == 0, as_csv.output
    assert list(csv.reader(io.StringIO(as_csv.stdout))) == [
        ["fiscal_year", "amount_yuan"],
        ["2022", "100.00"],
        ["2023", "100.00"],
    ]
    as_json = runner.invoke(app, ["sql", query, "-w", str(built), "-f", "json"])
    assert json.loads(as_json.stdout) == [
        {"fiscal_year": 2022, "amount_yuan": "100.00"},
        {"fiscal_year": 2023, "amount_yuan": "100.00"},
    ]
    table = runner.invoke(app, ["sql", query, "-w", str(built)])
    assert table.exit_code == 0 and "100.00" in table.stdout


def test_sql_without_a_warehouse_fails(tmp_path: Path) -> None:
    result = runner.invoke(app, ["sql", "SELECT 1", "-w", str(tmp_path / "missing.duckdb")])
    assert result.exit_code == 2
    assert not (tmp_path / "missing.duckdb").exists()


def test_ingest_all_good_then_unchanged(tmp_path: Path) -> None:
    folder = tmp_path / "samples"
    pdf(folder, "dept2022.pdf")
    pdf(folder / "nested", "dept2023.pdf")
    db = tmp_path / "wh.duckdb"
    first = runner.invoke(app, ["ingest", str(folder), "--warehouse", str(db)])
    assert first.exit_code == 0, first.output
    assert first.stdout.count("published") == 2
    assert "2 of 2 document(s) ingested" in first.stdout
    again = runner.invoke(app, ["ingest", str(folder), "--warehouse", str(db)])
    assert again.exit_code == 0, again.output
    assert again.stdout.count("unchanged") == 2
    totals = runner.invoke(app, ["totals", "-w", str(db), "-f", "csv"])
    rows = list(csv.DictReader(io.StringIO(totals.stdout)))
    assert [(r["fiscal_year"], r["income_total_wan"], r["grand_total_wan"]) for r in rows] == [
        ("2022", "1234.56", "1234.56"),
        ("2023", "1234.56", "1234.56"),
    ]
    assert not list(tmp_path.glob("**/.tmp_dagster*"))


def test_ingest_one_bad_file_fails_the_run_but_not_the_others(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    pdf(folder, "a2022.pdf")
    (folder / "b-broken.pdf").write_bytes(b"GIF89a")
    pdf(folder, "c2023.pdf")
    db = tmp_path / "wh.duckdb"
    result = runner.invoke(app, ["ingest", str(folder), "-w", str(db)])
    assert result.exit_code == 1, result.output
    assert "rejected: not_pdf" in result.stdout
    assert "2 of 3 document(s) ingested" in result.stdout and "1 rejected" in result.stdout
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM published.documents").fetchone()[0] == 2
        assert con.execute("SELECT file_name, reason FROM published.rejections").fetchall() == [
            ("b-broken.pdf", "not_pdf")
        ]
    status = runner.invoke(app, ["status", "-w", str(db)])
    assert status.exit_code == 0
    assert "not_pdf" in status.stdout


def test_ingest_reports_supersession(tmp_path: Path) -> None:
    db = tmp_path / "wh.duckdb"
    assert runner.invoke(app, ["ingest", str(pdf(tmp_path, "x2023.pdf", "v1")), "-w", str(db)]).exit_code == 0
    second = runner.invoke(app, ["ingest", str(pdf(tmp_path, "x2023-v2.pdf", "v2")), "-w", str(db)])
    assert second.exit_code == 0
    assert "superseded an earlier file" in second.stdout


def test_ingest_nothing_to_do(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert runner.invoke(app, ["ingest", str(tmp_path / "empty")]).exit_code == 2
    assert runner.invoke(app, ["ingest", str(tmp_path / "nope.pdf")]).exit_code == 2
