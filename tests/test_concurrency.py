"""Several processes on one warehouse file: a CLI ingest, a Dagster materialize of other
documents and read-only queries, while a third writer holds the lock at the start. DuckDB
allows one writing process per file: everyone waits for the lock (with backoff) instead of
failing, and the result is the same warehouse as a one-process ingest of the same files."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from dagster import DagsterInstance

from pipelines.defs.ingest import ingest_files
from pipelines.defs.resources import inbox_resource, warehouse_resource
from pipelines.samples.figures import SAMPLE_DEPARTMENT

import real_figures as rf
from conftest import REPO, copy_sample_corpus, real_pdf, shared_extraction

HOLD_LOCK = """
import sys, time, duckdb
from pipelines.store import ensure_schema
con = duckdb.connect(sys.argv[1])
ensure_schema(con)
open(sys.argv[2], "w").close()
time.sleep(float(sys.argv[3]))
con.close()
"""

DAGSTER_INGEST = """
import sys
from pathlib import Path
from dagster import DagsterInstance
from pipelines.defs.ingest import ingest_files
from pipelines.defs.resources import inbox_resource, warehouse_resource
with DagsterInstance.ephemeral() as instance:
    results = ingest_files([Path(p) for p in sys.argv[3:]], instance, warehouse_resource(sys.argv[1]),
                           inbox_resource(sys.argv[2]))
for r in results:
    print(Path(r.path).name, r.status, r.message)
sys.exit(0 if all(r.ok for r in results) else 1)
"""

LINE_ITEMS = "SELECT * FROM published.line_items ORDER BY ALL"


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DAGSTER_HOME", "BUDGETWH_WAREHOUSE")}
    return env | {"PYTHONPATH": str(REPO)}


def _start(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, *args], cwd=REPO, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )


def _finish(proc: subprocess.Popen, timeout: float = 600) -> tuple[int, str]:
    out, _ = proc.communicate(timeout=timeout)
    return proc.returncode, out


def _wait_for(path: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.05)


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> list[Path]:
    samples = copy_sample_corpus(tmp_path_factory, tmp_path_factory.mktemp("concurrency_samples"))
    return [*samples, real_pdf(rf.SG)]


@pytest.fixture(scope="module")
def reference(files, tmp_path_factory) -> list[tuple]:
    """The same files ingested by one process, one after the other."""
    root = tmp_path_factory.mktemp("concurrency_reference")
    db = root / "reference.duckdb"
    # in-process extraction once per session; the concurrent ingests below run in subprocesses and extract afresh
    with shared_extraction(), DagsterInstance.ephemeral() as instance:
        results = ingest_files(files, instance, warehouse_resource(db), inbox_resource(root))
    assert all(r.ok for r in results), results
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(LINE_ITEMS).fetchall()


def test_cli_ingest_beside_a_dagster_materialize_and_readers(files, reference, tmp_path):
    db = tmp_path / "budget.duckdb"
    held = tmp_path / "held"
    # A third writer holds the lock for a few seconds while both ingests start.
    holder = _start("-c", HOLD_LOCK, str(db), str(held), "4")
    _wait_for(held)
    cli = _start("-m", "pipelines.cli", "ingest", *map(str, files[:3]), "--warehouse", str(db), "--workers", "2")
    dagster = _start("-c", DAGSTER_INGEST, str(db), str(tmp_path / "inbox"), *map(str, files[3:]))
    readers = []
    for _ in range(3):  # read-only queries wait for the writers' lock too
        time.sleep(1.5)
        readers.append(
            _start("-m", "pipelines.cli", "sql", "SELECT count(*) AS n FROM published.documents", "-w", str(db))
        )

    assert _finish(holder)[0] == 0
    code, out = _finish(cli)
    assert code == 0, out
    assert out.count("published") >= 3, out
    code, out = _finish(dagster)
    assert code == 0, out
    for reader in readers:
        code, out = _finish(reader)
        assert code == 0, out

    with duckdb.connect(str(db), read_only=True) as con:
        docs = con.execute("SELECT fiscal_year, department, status FROM published.documents ORDER BY 1, 2").fetchall()
        assert docs == [
            (2021, SAMPLE_DEPARTMENT, "published"),
            (2022, SAMPLE_DEPARTMENT, "published"),
            (2023, SAMPLE_DEPARTMENT, "published"),
            (2024, rf.COVERS[rf.SG][0], "published"),
            (2024, SAMPLE_DEPARTMENT, "published"),
        ]
        assert con.execute(LINE_ITEMS).fetchall() == reference
        grand_total = con.execute(
            "SELECT amount_yuan FROM published.line_items WHERE department = ? AND fiscal_year = 2023 "
            "AND table_key = 'summary' AND side = 'expenditure' AND line_key = 'grand_total' AND measure = 'final'",
            [SAMPLE_DEPARTMENT],
        ).fetchall()
        assert grand_total == [(Decimal("16487000.00"),)]


def test_a_reader_gives_up_with_a_clear_message(tmp_path):
    db = tmp_path / "budget.duckdb"
    held = tmp_path / "held"
    holder = _start("-c", HOLD_LOCK, str(db), str(held), "15")
    try:
        _wait_for(held)
        env = _env() | {"BUDGETWH_LOCK_TIMEOUT": "1", "COLUMNS": "200"}
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-m", "pipelines.cli", "sql", "SELECT 1", "-w", str(db)],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert time.monotonic() - started < 12
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 3, result.stdout + result.stderr
    message = " ".join(result.stderr.split())
    assert "warehouse locked" in message
    assert "locked by another process" in message
    assert "BUDGETWH_LOCK_TIMEOUT" in message
