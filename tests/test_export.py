"""budgetwh export --parquet: every published table/view as Parquet, partitioned by fiscal_year,
read back by DuckDB with the same rows and the exact DECIMAL(18,2) amounts."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from dagster import DagsterInstance
from typer.testing import CliRunner

from pipelines.cli import app
from pipelines.defs.ingest import ingest_files
from pipelines.defs.resources import inbox_resource, warehouse_resource
from pipelines.store.export import export_parquet

import real_figures as rf
from conftest import real_pdf, shared_extraction

CONTRACT_TABLES = {"documents", "line_items", "document_history", "rejections", "yoy_by_subject", "budget_vs_final"}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("export")
    db = root / "budget.duckdb"
    not_pdf = root / "broken.pdf"
    not_pdf.write_bytes(b"this is not a pdf")
    with shared_extraction(), DagsterInstance.ephemeral() as instance:  # SG extracted once per session
        results = ingest_files([real_pdf(rf.SG), not_pdf], instance, warehouse_resource(db), inbox_resource(root))
    assert [r.ok for r in results] == [True, False], results
    return db


def _rows(con: duckdb.DuckDBPyConnection, relation: str, columns: list[str]) -> list[tuple]:
    cols = ", ".join(f'"{c}"' for c in columns)
    return sorted(con.execute(f"SELECT {cols} FROM {relation}").fetchall(), key=repr)


def test_export_round_trips_every_published_relation(warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "parquet"
    exported = {t.name: t for t in export_parquet(warehouse, out)}
    assert set(exported) >= CONTRACT_TABLES
    assert exported["line_items"].partitioned_by == "fiscal_year"
    assert exported["line_items"].rows > 200
    assert exported["rejections"].rows == 1
    assert list((out / "line_items").glob("fiscal_year=2024/*.parquet"))
    manifest = json.loads((out / "_manifest.json").read_text(encoding="utf-8"))
    assert {t["name"] for t in manifest["tables"]} == set(exported)

    with duckdb.connect(str(warehouse), read_only=True) as con:
        originals = {
            name: (_rows(con, f"published.{name}", list(t.columns)), t.columns) for name, t in exported.items()
        }
    with duckdb.connect() as con:
        for name, (rows, columns) in originals.items():
            relation = f"read_parquet('{out / name}/**/*.parquet', hive_partitioning = true)"
            back = dict(
                con.execute(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM {relation})").fetchall()
            )
            assert set(back) == set(columns), name
            for column, dtype in columns.items():
                if dtype.startswith("DECIMAL"):
                    assert back[column] == dtype, (name, column)  # amounts stay exact decimals
            assert _rows(con, relation, list(columns)) == rows, name


def test_exported_amounts_are_the_printed_figures(warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "parquet"
    export_parquet(warehouse, out, tables=["line_items"])
    department = rf.COVERS[rf.SG][0]
    checked = 0
    with duckdb.connect() as con:
        con.execute(
            f"CREATE VIEW li AS SELECT * FROM read_parquet('{out}/line_items/**/*.parquet', hive_partitioning = true)"
        )
        for name, table_key, side, line_key, measure, amount, _unit, page in rf.FIGURES:
            if name != rf.SG:
                continue
            row = con.execute(
                "SELECT amount_yuan, page, fiscal_year FROM li WHERE department = ? AND table_key = ? "
                "AND side IS NOT DISTINCT FROM ? AND line_key = ? AND measure = ?",
                [department, table_key, side, line_key, measure],
            ).fetchall()
            assert row == [(amount * 10000, page, 2024)], (table_key, line_key, measure)
            checked += 1
    assert checked > 20


def test_cli_export(warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli"
    result = CliRunner().invoke(app, ["export", "--parquet", str(out), "--warehouse", str(warehouse)])
    assert result.exit_code == 0, result.output
    assert "line_items" in result.output
    again = CliRunner().invoke(app, ["export", "--parquet", str(out), "--warehouse", str(warehouse)])
    assert again.exit_code == 0, again.output  # re-export replaces, never duplicates
    with duckdb.connect() as con:
        n = con.execute(f"SELECT count(*) FROM read_parquet('{out}/documents/**/*.parquet', hive_partitioning=true)")
        assert n.fetchone()[0] == 1
    missing = CliRunner().invoke(app, ["export", "--parquet", str(out), "--warehouse", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2
