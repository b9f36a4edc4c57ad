"""A `budgetwh ingest` process killed with SIGKILL in the middle of a document leaves the
warehouse as it was before that document; running the ingest again completes it.

The child is the real CLI in its own process. A small wrapper stops it at a chosen point
of the load (while the document is staged, inside the transaction that loads the staged rows,
between that load and the core load,
inside the core transaction, before publishing) and tells the test, which kills it there.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from pipelines.samples.build import build_sample_pdf
from pipelines.samples.figures import SAMPLE_DEPARTMENT

from conftest import REPO

CHILD = """
import importlib, os, sys, time
from pathlib import Path

module_name, func_name, when, match = os.environ["BUDGETWH_CRASH_HOOK"].split(":")
module = importlib.import_module(module_name)
real = getattr(module, func_name)
marker = Path(os.environ["BUDGETWH_CRASH_MARKER"])


def pause(args):
    if not match or match in [str(a) for a in args]:
        marker.write_text(str(os.getpid()))
        time.sleep(600)


def hooked(*args, **kwargs):
    if when == "before":
        pause(args)
    result = real(*args, **kwargs)
    if when == "after":
        pause(args)
    return result


setattr(module, func_name, hooked)
from pipelines.cli import app

sys.argv = ["budgetwh", *sys.argv[1:]]
app()
"""

# (module, function, before|after, argument that must be present)
KILL_POINTS = {
    "while_staging": "pipelines.store.loader:_insert_rows:after:raw.cells",  # the worker's in-memory copy
    "inside_load_transaction": "pipelines.staging:_load_table:after:raw.cells",
    "between_raw_and_core": "pipelines.defs.assets:load_stage:after:",
    "inside_core_transaction": "pipelines.store.loader:_upsert_dimensions:before:",
    "before_publishing": "pipelines.defs.assets:publish_document:before:",
}

SNAPSHOT_QUERIES = {
    "line_items": "SELECT * FROM published.line_items ORDER BY ALL",
    "documents": "SELECT * FROM published.documents ORDER BY ALL",
    "yoy": "SELECT * FROM published.yoy_by_subject ORDER BY ALL",
    "facts": "SELECT count(*), sum(amount_yuan) FROM core.facts f JOIN core.documents d USING (document_id) "
    "WHERE d.status = 'published'",
}


def _env(db: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
    env.update({"BUDGETWH_WAREHOUSE": str(db), "PYTHONPATH": str(REPO)})
    return env


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipelines.cli", *args],
        cwd=REPO,
        env=_env(db),
        capture_output=True,
        text=True,
        timeout=300,
    )


def _snapshot(db: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {name: con.execute(q).fetchall() for name, q in SNAPSHOT_QUERIES.items()}


@pytest.fixture(scope="module")
def samples(tmp_path_factory) -> dict[int, Path]:
    folder = tmp_path_factory.mktemp("crash_samples")
    return {year: build_sample_pdf(year, folder) for year in (2022, 2023)}


@pytest.fixture(scope="module")
def base_warehouse(tmp_path_factory, samples) -> Path:
    """A warehouse holding the 2022 document: the state a crash must leave untouched."""
    db = tmp_path_factory.mktemp("crash_base") / "base.duckdb"
    done = _cli(db, "ingest", str(samples[2022]))
    assert done.returncode == 0, done.stdout + done.stderr
    return db


@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_sigkill_mid_ingest_leaves_the_previous_state(point, samples, base_warehouse, tmp_path):
    module, func = KILL_POINTS[point].split(":")[:2]
    __import__(module)
    if not hasattr(sys.modules[module], func):
        pytest.fail(f"kill point {point}: {module}.{func} no longer exists; update KILL_POINTS")
    db = tmp_path / "budget.duckdb"
    db.write_bytes(base_warehouse.read_bytes())
    before = _snapshot(db)
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    marker = tmp_path / "paused"
    env = _env(db) | {"BUDGETWH_CRASH_HOOK": KILL_POINTS[point], "BUDGETWH_CRASH_MARKER": str(marker)}
    child = subprocess.Popen(
        [sys.executable, str(script), "ingest", str(samples[2023]), "--workers", "1"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 180
        while not marker.exists():
            if child.poll() is not None:
                pytest.fail(f"the child finished without reaching {point}:\n{child.stdout.read()}")
            if time.monotonic() > deadline:
                pytest.fail(f"the child never reached {point}")
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()

    # The warehouse opens (WAL replayed or discarded) and shows exactly the previous state.
    assert _snapshot(db) == before
    with duckdb.connect(str(db), read_only=True) as con:
        visible = con.execute(
            "SELECT count(*) FROM published.line_items WHERE fiscal_year = 2023 AND department = ?",
            [SAMPLE_DEPARTMENT],
        ).fetchone()[0]
        assert visible == 0  # no half-written document

    again = _cli(db, "ingest", str(samples[2023]))
    assert again.returncode == 0, again.stdout + again.stderr
    assert "published" in again.stdout
    with duckdb.connect(str(db), read_only=True) as con:
        grand_total = con.execute(
            "SELECT amount_yuan FROM published.line_items WHERE department = ? AND fiscal_year = 2023 "
            "AND table_key = 'summary' AND side = 'expenditure' AND line_key = 'grand_total' AND measure = 'final'",
            [SAMPLE_DEPARTMENT],
        ).fetchall()
        assert grand_total == [(Decimal("16487000.00"),)]
        years = con.execute("SELECT fiscal_year, status FROM published.documents ORDER BY 1").fetchall()
        assert years == [(2022, "published"), (2023, "published")]
        # exactly one copy of each fact: the 2022 rows are untouched, the 2023 rows complete
        dupes = con.execute(
            "SELECT count(*) FROM (SELECT document_id, table_key, side, line_key, measure, count(*) AS n "
            "FROM published.line_items GROUP BY ALL HAVING n > 1)"
        ).fetchone()[0]
        assert dupes == 0
        raw_items, facts = con.execute(
            "SELECT (SELECT count(*) FROM raw.line_items r JOIN published.documents d USING (document_id) "
            "WHERE d.fiscal_year = 2023), (SELECT count(*) FROM published.line_items WHERE fiscal_year = 2023)"
        ).fetchone()
        assert facts == raw_items > 200
    after = _snapshot(db)
    assert [r for r in after["line_items"] if r[1] == 2022] == [r for r in before["line_items"] if r[1] == 2022]
