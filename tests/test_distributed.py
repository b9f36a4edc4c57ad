"""ingest_inbox on a real distributed executor: Debian's redis-server as broker and result backend,
two dagster-celery worker processes, real Putuo PDFs, real DuckDB. The warehouse the Celery run
builds must be the one the in-process run of the same job builds from the same files; the
extraction steps must have run in the two workers (in parallel) and every DuckDB write in the one
writer step. Fails — never skips — when redis-server is missing (`make redis-server` installs it)."""

from __future__ import annotations

import os
import shutil
from collections import defaultdict
from pathlib import Path

import duckdb
import pytest
from dagster import DagsterEventType, DagsterInstance

from pipelines.celery_local import LocalCluster, run_celery_ingest
from pipelines.defs.ingest import QUIET
from pipelines.defs.jobs import ingest_inbox
from pipelines.defs.resources import Inbox, warehouse_resource

from conftest import real_pdf, shared_extraction

# Four small real documents (12–26 pages): three budgets (two years of one department: the
# narrative's year-over-year claims compare across documents) and a final account.
FILES = [
    "上海市普陀区人民政府万里街道办事处24年预算.pdf",
    "上海市普陀区人民政府万里街道办事处25年预算.pdf",
    "上海市普陀区人民政府办公室25年预算.pdf",
    "中共上海市普陀区委社会工作部 2024 年度部门决算.pdf",
]
WRITER_STEP = "ingest_new_inbox_files"
CHECK_COLUMNS = (
    "document_id, document_status, rule_id, family, severity, outcome, table_key, side, line_key, measure, "
    "page, expected, found"
)


def _rows(db: Path, query: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return sorted(con.execute(query).fetchall(), key=repr)


def _tail(cluster: LocalCluster) -> str:
    return "\n".join(f"--- {name}\n{cluster.log(name)[-4000:]}" for name in ("redis", *cluster.workers))


def test_celery_workers_build_the_same_warehouse(tmp_path: Path) -> None:
    if shutil.which("redis-server") is None:
        pytest.fail("redis-server is not installed: `make redis-server` (apt-get install redis-server)")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in FILES:
        shutil.copy(real_pdf(name), inbox / name)

    # The reference: the same job, default executor, in this process.
    local_db = tmp_path / "in_process.duckdb"
    with shared_extraction(), DagsterInstance.ephemeral() as instance:  # extraction shared with the session's
        local = ingest_inbox.execute_in_process(
            instance=instance,
            resources={"warehouse": warehouse_resource(local_db), "inbox": Inbox(path=str(inbox))},
            run_config=QUIET,
        )
    assert local.success
    assert local.output_for_node(WRITER_STEP) == len(FILES)

    celery_db = tmp_path / "celery.duckdb"
    with (
        LocalCluster(tmp_path / "cluster", celery_db, inbox, workers=2) as cluster,
        DagsterInstance.from_config(str(cluster.home)) as instance,
    ):
        run_id, ok = run_celery_ingest(cluster, instance)
        assert ok, _tail(cluster)

        # Where each step ran: dagster-celery's engine event names the worker that took the task;
        # the step's own events carry the pid of the process that ran it.
        worker_of: dict[str, str] = {}
        pid_of: dict[str, int] = {}
        span: dict[str, list[float]] = defaultdict(list)
        for entry in instance.all_logs(run_id):
            event = entry.dagster_event
            if event is None or event.step_key is None:
                continue
            if event.event_type == DagsterEventType.ENGINE_EVENT:
                worker = event.engine_event_data.metadata.get("Celery worker")  # "Executing steps … in celery worker"
                if worker is not None:
                    worker_of[event.step_key] = str(worker.value)
            if event.event_type in (DagsterEventType.STEP_START, DagsterEventType.STEP_SUCCESS):
                pid_of[event.step_key] = event.pid
                span[event.step_key].append(entry.timestamp)
        stage_steps = sorted(k for k in pid_of if k.startswith("stage_file["))
        assert len(stage_steps) == len(FILES)
        assert set(worker_of) == {"scan_inbox", WRITER_STEP, *stage_steps}  # every step was a Celery task
        assert {worker_of[k].split("@")[0] for k in stage_steps} == {"budgetwh1", "budgetwh2"}  # both workers
        # the steps that open DuckDB went to the writer queue, which only budgetwh1 consumes
        assert worker_of["scan_inbox"].startswith("budgetwh1@") and worker_of[WRITER_STEP].startswith("budgetwh1@")
        # ... in the worker processes started here (their process groups), not in this one
        group_of_worker = {proc.pid: name for name, proc in cluster.workers.items()}
        for key in [*stage_steps, WRITER_STEP]:
            assert pid_of[key] != os.getpid()
            assert group_of_worker[os.getpgid(pid_of[key])] == worker_of[key].split("@")[0]
        # ... in parallel: two files extracted at the same time on different workers
        assert any(
            worker_of[a] != worker_of[b] and span[a][0] < span[b][1] and span[b][0] < span[a][1]
            for a in stage_steps
            for b in stage_steps
        )

        # Every warehouse write: the per-document runs that the one writer step launched, in its
        # process, after every extraction step had finished (the staged files were only appended).
        writer_pid = pid_of[WRITER_STEP]
        writer_start, writer_end = span[WRITER_STEP]
        assert writer_start >= max(span[k][1] for k in stage_steps)
        materialized: dict[str, int] = defaultdict(int)
        for run in instance.get_runs():
            if run.run_id == run_id:
                continue
            for entry in instance.all_logs(run.run_id, of_type=DagsterEventType.ASSET_MATERIALIZATION):
                asset = entry.dagster_event.asset_key.to_user_string()
                materialized[asset] += 1
                assert entry.dagster_event.pid == writer_pid, (asset, run.run_id)
                assert writer_start <= entry.timestamp <= writer_end
        assert not instance.all_logs(run_id, of_type=DagsterEventType.ASSET_MATERIALIZATION)
        for asset in ("source_documents", "extracted_tables", "core_facts", "published_documents"):
            assert materialized[asset] == len(FILES), materialized
        assert materialized["published_views"] == 1

    # The same warehouse: documents, line items, check results, raw cells.
    for query in (
        "SELECT * FROM published.documents",
        "SELECT * FROM published.line_items",
        f"SELECT {CHECK_COLUMNS} FROM published.check_results",
        "SELECT document_id, page, count(*) FROM raw.cells GROUP BY ALL",
    ):
        expected = _rows(local_db, query)
        assert expected, query
        assert _rows(celery_db, query) == expected, query
    assert {r[0] for r in _rows(celery_db, "SELECT status FROM published.documents")} == {"published"}
