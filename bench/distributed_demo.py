"""make distributed-demo: the yearly `ingest_inbox` job over one folder of PDFs, twice, into fresh
warehouses — in-process (default executor under execute_in_process: one process, one core) and on
dagster-celery (redis-server + N workers started here) — and documents per minute for each. Both
runs use a persistent SQLite Dagster instance (the Celery executor needs one).

    .venv/bin/python bench/distributed_demo.py [FOLDER] [--workers 2]

FOLDER defaults to the Putuo real PDFs (../shared/corpus/real). Workers import the code before they
report ready, so the Celery figure is of warm workers (their start-up is printed separately).
Everything started here is stopped at the end, also on failure or Ctrl-C.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402
from dagster import DagsterInstance  # noqa: E402

from pipelines.celery_local import TEMPLATE_INSTANCE, LocalCluster, run_celery_ingest, step_spans  # noqa: E402
from pipelines.defs.ingest import QUIET  # noqa: E402
from pipelines.defs.jobs import ingest_inbox  # noqa: E402
from pipelines.defs.resources import Inbox, pdf_files, warehouse_resource  # noqa: E402

REAL_CORPUS = Path(os.environ.get("BUDGETWH_REAL_CORPUS") or ROOT.parent / "shared" / "corpus" / "real")


def summary(db: Path) -> tuple[dict[str, int], int, int]:
    """(documents per outcome, published line items, check result rows) of a warehouse."""
    with duckdb.connect(str(db), read_only=True) as con:
        outcomes = dict(
            con.execute(
                "SELECT coalesce(c.status, r.status), count(*) FROM raw.documents r "
                "LEFT JOIN core.documents c USING (document_id) GROUP BY 1 ORDER BY 1"
            ).fetchall()
        )
        items = con.execute("SELECT count(*) FROM published.line_items").fetchone()[0]
        checks = con.execute("SELECT count(*) FROM published.check_results").fetchone()[0]
    return outcomes, items, checks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=REAL_CORPUS)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    files = pdf_files(args.folder)
    pages = 0
    if not files:
        print(f"no PDFs under {args.folder}")
        return 2
    with tempfile.TemporaryDirectory(prefix="budgetwh-demo-") as tmp:
        work = Path(tmp)
        print(f"{len(files)} PDFs under {args.folder}; scratch {work}")

        local_db = work / "in_process.duckdb"
        started = time.perf_counter()
        # a persistent SQLite instance, like the Celery run's (the writer's per-document runs write
        # their events there; an ephemeral in-memory instance would flatter the in-process figure)
        home = work / "in_process_home"
        home.mkdir()
        shutil.copy(TEMPLATE_INSTANCE, home / "dagster.yaml")
        with DagsterInstance.from_config(str(home)) as instance:
            local = ingest_inbox.execute_in_process(
                instance=instance,
                resources={"warehouse": warehouse_resource(local_db), "inbox": Inbox(path=str(args.folder))},
                run_config=QUIET,
                raise_on_error=False,
            )
        local_s = time.perf_counter() - started
        print(f"in-process: {local_s:.1f} s, run success={local.success}, {summary(local_db)}")

        celery_db = work / "celery.duckdb"
        started = time.perf_counter()
        with LocalCluster(work / "cluster", celery_db, args.folder, workers=args.workers) as cluster:
            startup_s = time.perf_counter() - started
            print(f"redis-server on 127.0.0.1:{cluster.port} + {args.workers} workers ready in {startup_s:.1f} s")
            with DagsterInstance.from_config(str(cluster.home)) as instance:
                started = time.perf_counter()
                run_id, ok = run_celery_ingest(cluster, instance)
                celery_s = time.perf_counter() - started
                spans = step_spans(instance, run_id)
        print(f"celery:     {celery_s:.1f} s, run success={ok}, {summary(celery_db)}")

        with duckdb.connect(str(local_db), read_only=True) as con:
            pages = con.execute("SELECT coalesce(sum(page_count), 0) FROM core.documents").fetchone()[0]
        same = summary(local_db) == summary(celery_db)
        n = len(files)
        print()
        print(f"| {n} documents, {pages} pages | seconds | documents/min | pages/min |")
        print("| --- | ---: | ---: | ---: |")
        print(
            f"| in-process (execute_in_process, 1 process) | {local_s:.1f} | {60 * n / local_s:.1f} "
            f"| {60 * pages / local_s:.0f} |"
        )
        print(
            f"| dagster-celery, {args.workers} workers | {celery_s:.1f} | {60 * n / celery_s:.1f} "
            f"| {60 * pages / celery_s:.0f} |"
        )
        print("\nwhere the Celery run's time went (seconds of each step, by worker):")
        busy: dict[str, float] = {}
        for key, step in sorted(spans.items(), key=lambda kv: kv[1].get("start", 0)):
            if "start" not in step or "end" not in step:
                continue
            seconds = step["end"] - step["start"]
            busy[step.get("worker", "?")] = busy.get(step.get("worker", "?"), 0.0) + seconds
            print(f"  {key:45s} {step.get('worker', '?'):28s} {seconds:7.1f}")
        print("  busy per worker: " + ", ".join(f"{w} {s:.1f} s" for w, s in sorted(busy.items())))
        print(f"\nspeed-up {local_s / celery_s:.2f}x; same outcomes, line items and check rows: {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
