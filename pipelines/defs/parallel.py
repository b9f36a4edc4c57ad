"""Ingest many files on several cores: extraction in a process pool, warehouse writes in the parent.

DuckDB allows one writing process per file, so every Dagster materialization (and so
every warehouse write) stays in the calling process, one document at a time, exactly as
`ingest_files` does it. Only the CPU-bound part — `extract_document`, camelot on the
table pages — runs in the workers, a few documents ahead of the writer. When the
`extracted_tables` asset of a document runs in the parent, it receives that worker's
result in place of extracting again; the asset code, the checks and the rejection
handling are the same as with one worker. Anything unexpected (a worker died, a result
that does not pickle, a path the pool did not see) falls back to extracting in-process.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from dagster import DagsterInstance
from dagster_duckdb import DuckDBResource

import pipelines.defs.assets as assets_module
from pipelines.defs.ingest import IngestResult, ingest_file, ingest_files, refresh_published
from pipelines.defs.resources import Inbox, inbox_resource


def default_workers(n_files: int) -> int:
    """1 for a single file; otherwise one worker per core, at most 2."""
    return 1 if n_files <= 1 else max(1, min(2, os.cpu_count() or 1))


def _extract_in_worker(path: str) -> tuple[str, object]:
    # Looked up at call time: the asset module's binding is the extractor the assets use.
    try:
        return "ok", assets_module.extract_document(path)
    except Exception as exc:  # handed to the asset, which records the rejection as usual
        try:
            pickle.loads(pickle.dumps(exc))
        except Exception:
            return "again", None
        return "error", exc


@contextmanager
def _prefetched(futures: dict[str, Future]) -> Iterator[None]:
    """While active, the assets' extract_document takes a worker's result for a path it was submitted for."""
    real = assets_module.extract_document

    def extract(path, *args, **kwargs):
        future = futures.pop(str(path), None)
        if future is None or args or kwargs:
            return real(path, *args, **kwargs)
        try:
            kind, value = future.result()
        except Exception:  # the worker died (BrokenProcessPool) or the result did not unpickle
            kind, value = "again", None
        if kind == "ok":
            return value
        if kind == "error":
            raise value
        return real(path)

    assets_module.extract_document = extract
    try:
        yield
    finally:
        assets_module.extract_document = real


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

    Results come back in the order of `paths`; at most 2 × workers extracted documents
    wait in memory for the writer.
    """
    files = [Path(p) for p in paths]
    workers = default_workers(len(files)) if workers is None else workers
    if workers <= 1 or len(files) <= 1:
        return ingest_files(files, instance, warehouse, inbox, on_result=on_result, quiet=quiet)
    inbox = inbox or inbox_resource()
    ahead = 2 * workers
    futures: dict[str, Future] = {}
    results: list[IngestResult] = []
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_pool_context())
    try:
        with _prefetched(futures):
            for path in files[:ahead]:
                futures[str(path)] = pool.submit(_extract_in_worker, str(path))
            for i, path in enumerate(files):
                if i + ahead < len(files):
                    upcoming = files[i + ahead]
                    futures[str(upcoming)] = pool.submit(_extract_in_worker, str(upcoming))
                result = ingest_file(path, instance, warehouse, inbox, quiet=quiet)
                futures.pop(str(path), None)  # not asked for (already ingested, or failed before extraction)
                results.append(result)
                if on_result:
                    on_result(result)
    finally:  # on an error (e.g. the warehouse stayed locked) do not extract what will not be written
        pool.shutdown(wait=True, cancel_futures=True)
    if results:
        refresh_published(instance, warehouse, quiet=quiet)
    return results
