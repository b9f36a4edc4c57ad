"""Jobs: one document's ingestion (partitioned) and the scan-the-inbox job of the yearly schedule.

`ingest_inbox` fans out as Dagster steps, so that any executor spreads the extraction:

    scan_inbox ──DynamicOutput per new file──▶ stage_file ──collect──▶ ingest_new_inbox_files
    (reads the warehouse)                      (extract + worker gate   (the one writer step: per staged
                                                + Parquet stage; no     file, in order, materializes the
                                                DuckDB, no pool)        per-document assets, then the views)

The same graph is two jobs: `ingest_inbox` (default executor: in-process under
execute_in_process, a process per step when launched) and `ingest_inbox_celery` (dagster-celery:
every step is a Celery task on whichever worker takes it; docs/scaling.md).
"""

import os
import socket
import time
from pathlib import Path

from dagster import (
    Config,
    DagsterEventType,
    DagsterInstance,
    DagsterRunStatus,
    DynamicOut,
    DynamicOutput,
    Failure,
    JobDefinition,
    MetadataValue,
    OpExecutionContext,
    Output,
    RunsFilter,
    define_asset_job,
    graph,
    op,
)
from dagster_celery import celery_executor
from dagster_duckdb import DuckDBResource

import pipelines.defs.assets as assets_module
from pipelines.defs.assets import ALL_ASSETS
from pipelines.defs.ingest import ingest_file, refresh_published
from pipelines.defs.resources import Inbox, default_resources
from pipelines.extract import file_sha256
from pipelines.staging import TimeBudget, read_stage, stage_within_budget, staging_root
from pipelines.store.schema import connect_with_retry

# On Celery, the steps that open the DuckDB file go to their own queue, which only the worker(s) on
# the warehouse's host consume (`-q budgetwh_writer`); extraction goes to the default queue, anywhere.
WRITER_QUEUE = "budgetwh_writer"
WRITER_HOST_TAGS = {"dagster-celery/queue": WRITER_QUEUE}

# source_documents → extracted_tables → core_facts for one partition, then published_views.
ingest_document_job = define_asset_job(
    "ingest_document",
    selection=ALL_ASSETS,
    description="Ingest one document (partition = the file's sha256) and refresh the published views.",
)


def _where() -> dict[str, object]:
    """Which process ran a step (metadata: the distributed test checks where extraction ran)."""
    return {"pid": os.getpid(), "host": socket.gethostname()}


def _known_documents(database: str) -> set[str]:
    if not Path(database).exists():
        return set()
    with connect_with_retry(database, read_only=True) as con:  # a read: the writer pool is not needed
        has_core = con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'core' AND table_name = 'documents'"
        ).fetchone()[0]
        if not has_core:
            return set()
        # `pending`: the writer stopped between a document's core load and its gate/publication (its
        # process was killed): not known, so the next run finishes it (every writer step is idempotent)
        query = "SELECT document_id FROM core.documents WHERE status <> 'pending'"
        return {r[0] for r in con.execute(query).fetchall()}


@op(
    out=DynamicOut(dict),
    tags=WRITER_HOST_TAGS,
    description="Hash every PDF of the inbox; one dynamic output per file not yet in core.",
)
def scan_inbox(context: OpExecutionContext, warehouse: DuckDBResource, inbox: Inbox):
    files = inbox.scan()
    known = _known_documents(warehouse.database)
    new: dict[str, str] = {}
    for f in files:
        if f.sha256 not in known and f.sha256 not in new:  # two copies of one file: one document
            new[f.sha256] = f.path
    context.log.info(f"{len(files)} file(s) in {inbox.path}, {len(new)} new")
    for index, (sha, path) in enumerate(new.items()):
        yield DynamicOutput({"index": index, "path": path, "sha256": sha}, mapping_key=f"f{index:05d}_{sha[:16]}")


class StageConfig(Config):
    """The per-document time budget (pipelines/staging.py TimeBudget): min_seconds + seconds_per_page
    × pages; a document over it is stopped and reported `time_budget_exceeded`, the batch goes on.
    Keep it under the Celery visibility timeout (celery_local.py), which must exceed any step."""

    min_seconds: float = TimeBudget.min_seconds
    seconds_per_page: float = TimeBudget.seconds_per_page


@op(description="Extract, validate (document-local gate families) and stage one file as Parquet. No DuckDB file.")
def stage_file(
    context: OpExecutionContext, config: StageConfig, warehouse: DuckDBResource, new_file: dict
) -> Output[dict]:
    started = time.perf_counter()
    path, sha = new_file["path"], new_file["sha256"]
    root = staging_root(warehouse.database)
    stage = read_stage(root, sha)
    outcome = "already_staged" if stage is not None else "staged"
    if stage is None:
        try:
            unchanged = file_sha256(path) == sha
        except OSError:
            unchanged = False
        # A file that vanished or changed since the scan is left to the writer's source_documents,
        # which reports it (file_missing / hash_mismatch); a stage under the old hash would be stale.
        if unchanged:
            # Looked up at call time: the asset module's binding is the extractor the assets use.
            budget = TimeBudget(config.min_seconds, config.seconds_per_page)
            stage = stage_within_budget(path, sha, root, assets_module.extract_document, budget)
        else:
            outcome = "changed_or_missing"
    if stage is not None and stage.rejected:
        outcome = f"rejected: {stage.reason}"
    seconds = time.perf_counter() - started
    where = _where()
    record = {**new_file, "outcome": outcome, "seconds": round(seconds, 3), **where}
    return Output(
        record,
        metadata={
            "file_name": Path(path).name,
            "outcome": outcome,
            "seconds": MetadataValue.float(round(seconds, 3)),
            "extraction_seconds": MetadataValue.float(round(stage.extraction_seconds, 3) if stage else 0.0),
            "worker_gate_seconds": MetadataValue.float(round(stage.gate_seconds, 3) if stage else 0.0),
            "pid": where["pid"],
            "host": str(where["host"]),
        },
    )


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fail_dead_writer_runs(context: OpExecutionContext) -> None:
    """A writer step killed mid-document (its Celery task is then redelivered, or the job re-run)
    leaves that document's run STARTED and holding the `duckdb_writer` slot: the next materialization
    would wait for the slot forever. Dagster's run monitoring frees such runs (with the daemon);
    here the writer does it itself before it writes: every asset run on this host whose process is
    gone is marked failed and its concurrency slots freed. (The per-document runs only ever run in
    the writer step, on the warehouse's host, so a dead pid here is a dead writer.)"""
    instance: DagsterInstance = context.instance
    active = instance.get_runs(filters=RunsFilter(statuses=[DagsterRunStatus.STARTED, DagsterRunStatus.STARTING]))
    for run in active:
        # `materialize` (ingest_file, refresh_published) runs its assets as this ephemeral job
        if run.run_id == context.run_id or run.job_name != "__ephemeral_asset_job__":
            continue
        pids = {e.dagster_event.pid for e in instance.all_logs(run.run_id, of_type=DagsterEventType.RUN_START)}
        pids.discard(None)
        if not pids or any(_pid_alive(pid) for pid in pids):
            continue
        message = f"its writer process {sorted(pids)} died (killed mid-document); freed by {context.run_id[:8]}"
        instance.report_run_failed(run, message)
        instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
        context.log.warning(f"run {run.run_id[:8]} marked failed: {message}")


# No pool on this op itself: the per-document materializations it runs claim `duckdb_writer` step
# by step (a slot held by this op would block them: deadlock at limit 1). It is the job's only step
# that writes DuckDB, and it writes the documents one at a time, in inbox order (supersession).
@op(
    tags=WRITER_HOST_TAGS,
    description="The writer: per staged file, in inbox order, materialize the document assets; then the views.",
)
def ingest_new_inbox_files(
    context: OpExecutionContext, warehouse: DuckDBResource, inbox: Inbox, staged: list[dict]
) -> Output[int]:
    _fail_dead_writer_runs(context)
    results = []
    for record in sorted(staged, key=lambda r: r["index"]):
        # extracted_tables finds the stage: core_facts appends it, the gate adds the narrative family
        result = ingest_file(Path(record["path"]), context.instance, warehouse, inbox, quiet=False)
        results.append(result)
        context.log.info(f"{Path(result.path).name}: {result.status}")
    if results:
        refresh_published(context.instance, warehouse, quiet=False)
    rejected = [r for r in results if not r.ok]
    if rejected:
        raise Failure(
            description=f"{len(rejected)} of {len(results)} new file(s) rejected",
            metadata={"rejected": MetadataValue.md("\n".join(f"- {Path(r.path).name}: {r.status}" for r in rejected))},
        )
    lines = "\n".join(f"- {Path(r.path).name}: {r.status}" for r in results) or "_nothing new_"
    where = _where()
    return Output(
        len(results),
        metadata={
            "ingested": len(results),
            "files": MetadataValue.md(lines),
            "pid": where["pid"],
            "host": str(where["host"]),
        },
    )


@graph(description="Scan the inbox and ingest everything new: extraction fans out, one step writes.")
def ingest_inbox_graph() -> None:
    ingest_new_inbox_files(scan_inbox().map(stage_file).collect())


ingest_inbox = ingest_inbox_graph.to_job(
    name="ingest_inbox", description="Scan the inbox and ingest everything new (run by the yearly schedule)."
)

# The same graph on Celery workers (broker and backend in the run config's `execution: config:`).
# Its resources are bound here because a Celery worker loads the job by itself (not through
# Definitions): each worker reads BUDGETWH_WAREHOUSE / BUDGETWH_INBOX / BUDGETWH_STAGING from its
# own environment, which must name the same shared paths on every worker.
ingest_inbox_celery = ingest_inbox_graph.to_job(
    name="ingest_inbox_celery",
    description="ingest_inbox with every step a Celery task (dagster-celery; workers share the instance).",
    executor_def=celery_executor,
    resource_defs=default_resources(),
)


def celery_job() -> JobDefinition:
    """The job as `reconstructable(celery_job)` finds it: a worker re-imports this module and calls
    it (a job built with GraphDefinition.to_job must be reached through a module-level function)."""
    return ingest_inbox_celery
