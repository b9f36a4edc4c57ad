"""Ingest many files on several cores: extraction and the document-local quality gate in a
process pool, warehouse writes in the parent.

DuckDB allows one writing process per file, so every Dagster materialization (and so every
warehouse write) stays in the calling process, one document at a time, exactly as
`ingest_files` does it. The CPU-bound part — camelot on the table pages, normalisation and the
great-expectations suites on an in-memory copy of the documents — runs in the workers, in
batches of up to GATE_BATCH documents (the gate validates a batch at once: its cost is per
validation, not per row) a few batches ahead of the writer, and is handed over as Parquet
(pipelines/staging.py), one partition and completion record per document: when the
`extracted_tables` asset of a document runs in the parent it finds the document staged and
does not extract again; `core_facts` appends the staged rows and the quality gate only adds the
cross-document narrative family. A worker that died leaves no (complete) stage: the parent then
extracts in-process, with the same code.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from dagster import DagsterInstance
from dagster_duckdb import DuckDBResource

import pipelines.defs.assets as assets_module
from pipelines.defs.ingest import IngestResult, ingest_file, ingest_files, refresh_published
from pipelines.defs.resources import Inbox, inbox_resource
from pipelines.extract import file_sha256
from pipelines.staging import close_scratch, extract_and_stage_many, read_stage, staging_root

GATE_BATCH = 8  # documents a worker extracts, then gates in one validation (run_gate_many)


def default_workers(n_files: int) -> int:
    """1 for a single file; otherwise one worker per core, at most 2."""
    return 1 if n_files <= 1 else max(1, min(2, os.cpu_count() or 1))


def batch_size(n_files: int, workers: int) -> int:
    """Documents per unit of work: up to GATE_BATCH (the gate's cost is per batch), but small
    enough that every worker gets at least two batches (a short run keeps all cores busy)."""
    return max(1, min(GATE_BATCH, -(-n_files // (2 * workers))))


def _stage_batch_in_worker(paths: list[str], root: str) -> float:
    """Extract, gate and stage a batch of files (those not yet staged); returns the worker's seconds."""
    started = time.perf_counter()
    todo = []
    for path in paths:
        try:
            sha = file_sha256(path)
        except OSError:  # the parent reports it when it registers the file
            continue
        if read_stage(root, sha) is None:
            todo.append((path, sha))
    if todo:
        # Looked up at call time: the asset module's binding is the extractor the assets use.
        extract_and_stage_many(todo, root, assets_module.extract_document)
    return time.perf_counter() - started


def _pool_context():
    # fork: workers start at once (before the caller's threads, e.g. a progress bar, do
    # much) without re-importing camelot and Dagster, and see the parent's extractor.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork") if "fork" in methods else None


def ingest_files_parallel(
    paths: Iterable[Path],
    instance: DagsterInstance,
    warehouse: DuckDBResource,
    inbox: Inbox | None = None,
    on_result: Callable[[IngestResult], None] | None = None,
    quiet: bool = True,
    workers: int | None = None,
) -> list[IngestResult]:
    """`ingest_files` with extraction in `workers` processes (default: default_workers).

    Results come back in the order of `paths`; at most 2 × workers batches are staged ahead of
    the writer.
    """
    files = [Path(p) for p in paths]
    workers = default_workers(len(files)) if workers is None else workers
    if workers <= 1 or len(files) <= 1:
        return ingest_files(files, instance, warehouse, inbox, on_result=on_result, quiet=quiet)
    inbox = inbox or inbox_resource()
    root = str(staging_root(warehouse.database))
    size = batch_size(len(files), workers)
    batches = [files[i : i + size] for i in range(0, len(files), size)]
    ahead = 2 * workers  # batches staged ahead of the writer
    futures: list[Future] = []
    results: list[IngestResult] = []
    close_scratch()  # no DuckDB connection may be open in this process while it forks
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_pool_context())
    try:
        for batch in batches[:ahead]:
            futures.append(pool.submit(_stage_batch_in_worker, [str(p) for p in batch], root))
        for i, batch in enumerate(batches):
            if i + ahead < len(batches):
                upcoming = batches[i + ahead]
                futures.append(pool.submit(_stage_batch_in_worker, [str(p) for p in upcoming], root))
            # A worker that died (BrokenProcessPool) staged nothing: the assets extract in-process.
            with contextlib.suppress(Exception):
                futures[i].result()
            for path in batch:
                result = ingest_file(path, instance, warehouse, inbox, quiet=quiet)
                results.append(result)
                if on_result:
                    on_result(result)
    finally:  # on an error (e.g. the warehouse stayed locked) do not extract what will not be written
        pool.shutdown(wait=True, cancel_futures=True)
    if results:
        refresh_published(instance, warehouse, quiet=quiet)
    return results
