"""End to end through Dagster (materialize, real extraction, real DuckDB file): the sample
corpus and the real 决算 PDFs land in published.line_items with their printed figures."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from dagster import DagsterInstance

from pipelines.defs.ingest import ingest_files
from pipelines.defs.resources import inbox_resource, warehouse_resource
from pipelines.samples.figures import SAMPLE_DEPARTMENT

import real_figures as rf
from conftest import REAL_CORPUS, REPO, copy_sample_corpus, shared_extraction

REAL_FINALS = [rf.CZ, rf.SG]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("e2e")
    samples = copy_sample_corpus(tmp_path_factory, root / "samples")
    db = root / "budget.duckdb"
    with shared_extraction(), DagsterInstance.ephemeral() as instance:  # each PDF extracted once per session
        results = ingest_files(
            [*samples, *(REAL_CORPUS / n for n in REAL_FINALS)],
            instance,
            warehouse_resource(db),
            inbox_resource(root / "inbox"),
        )
    assert [r.status for r in results] == ["published"] * 6, [(r.path, r.status, r.message) for r in results]
    return db


def _amount(con, department, year, table_key, side, line_key, measure) -> Decimal | None:
    row = con.execute(
        "SELECT amount_yuan FROM published.line_items WHERE department = ? AND fiscal_year = ? "
        "AND table_key = ? AND side IS NOT DISTINCT FROM ? AND line_key = ? AND measure = ?",
        [department, year, table_key, side, line_key, measure],
    ).fetchall()
    assert len(row) <= 1
    return row[0][0] if row else None


@pytest.mark.parametrize(
    ("year", "table_key", "side", "line_key", "measure", "wan"),
    [
        (2023, "summary", "expenditure", "grand_total", "final", "1648.70"),
        (2023, "summary", "income", "income_total", "final", "1507.05"),
        (2023, "summary", "income", "carryover_begin", "final", "141.65"),
        (2023, "expenditure", None, "total", "basic", "1247.88"),
        (2023, "expenditure", None, "total", "project", "400.82"),
        (2023, "general_budget_basic", None, "total", "personnel", "1186.58"),
        (2023, "general_budget_basic", None, "total", "public", "61.30"),
        (2023, "general_budget", None, "2080101", "total", "569.00"),
        (2023, "general_budget", None, "2080505", "total", "138.77"),
        (2023, "general_budget", None, "2101101", "total", "68.84"),
        (2023, "general_budget", None, "2210201", "total", "91.34"),
        (2023, "general_budget", None, "2299901", "total", "141.65"),
        (2023, "three_public", None, "total", "final", "2.89"),
        (2023, "three_public", None, "vehicle_total", "final", "1.67"),
        (2023, "three_public", None, "reception", "final", "1.22"),
        (2022, "summary", "expenditure", "grand_total", "final", "2229.91"),
        (2022, "three_public", None, "vehicle_total", "final", "1.00"),
        (2022, "three_public", None, "reception", "final", "0.98"),
    ],
)
def test_seed_figures_are_published(warehouse, year, table_key, side, line_key, measure, wan):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        got = _amount(con, SAMPLE_DEPARTMENT, year, table_key, side, line_key, measure)
    assert got == Decimal(wan) * 10000


def test_real_figures_are_published_in_yuan(warehouse):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        checked = 0
        for name, table_key, side, line_key, measure, amount, unit, page in rf.FIGURES:
            if name not in REAL_FINALS:
                continue
            department = rf.COVERS[name][0]
            row = con.execute(
                "SELECT amount_yuan, unit_printed, page FROM published.line_items WHERE department = ? "
                "AND table_key = ? AND side IS NOT DISTINCT FROM ? AND line_key = ? AND measure = ?",
                [department, table_key, side, line_key, measure],
            ).fetchone()
            assert row == (amount * 10000, unit, page), (name, table_key, line_key, measure)
            checked += 1
    assert checked > 200


def test_year_over_year_rows_for_the_seed_department(warehouse):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute(
            "SELECT fiscal_year, amount_prev, amount_curr, change_yuan FROM published.yoy_by_subject "
            "WHERE department = ? AND table_key = 'summary' AND side = 'expenditure' "
            "AND line_key = 'grand_total' AND measure = 'final' ORDER BY fiscal_year",
            [SAMPLE_DEPARTMENT],
        ).fetchall()
    assert [r[0] for r in rows] == [2022, 2023, 2024]
    assert rows[1][1:] == (Decimal("22299100.00"), Decimal("16487000.00"), Decimal("-5812100.00"))


def test_reingesting_the_same_files_changes_nothing(warehouse, tmp_path):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        before = con.execute("SELECT count(*), sum(amount_yuan) FROM published.line_items").fetchone()
    with DagsterInstance.ephemeral() as instance:
        results = ingest_files([REAL_CORPUS / rf.SG], instance, warehouse_resource(warehouse), inbox_resource(tmp_path))
    assert [r.status for r in results] == ["unchanged"]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("SELECT count(*), sum(amount_yuan) FROM published.line_items").fetchone() == before


def test_contract_checker_accepts_the_warehouse(warehouse):
    checker = REPO.parent / "shared" / "tools" / "check_contract.py"
    done = subprocess.run([sys.executable, str(checker), str(warehouse)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "contract: ok (6 documents" in done.stdout


def test_performance_self_evaluation_is_published_across_years(warehouse):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute(
            "SELECT fiscal_year, project, budget, funds_available, spent, score FROM published.project_performance "
            "WHERE department = ? ORDER BY fiscal_year, project",
            [SAMPLE_DEPARTMENT],
        ).fetchall()
    by_key = {(r[0], r[1]): r[2:] for r in rows}
    assert by_key[(2023, "兑现引进硕士研究生安家等经费")] == (
        Decimal("1675200.00"),
        Decimal("785400.00"),
        Decimal("785400.00"),
        Decimal("89.00"),
    )
    assert by_key[(2023, "部门整体")][3] == Decimal("89.63")
    assert {r[0] for r in rows} == {2021, 2022, 2023, 2024}
