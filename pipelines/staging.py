"""The hand-off between an extraction worker and the one warehouse writer.

DuckDB has one writer, so the writer must only append and publish. Everything else about a
document — extraction (camelot), its load into the warehouse model and the document-local
quality gate (great-expectations, seconds a document) — runs on the worker, any process on any
machine that sees the staging folder:

    stage_document(doc, path, root)   in-memory warehouse (same DDL and reference data) → raw rows,
                                      core facts, gate → Parquet files + a completion record
    stage_documents(docs, root)       the same for a batch, gated at once (one great-expectations
                                      validation per family for the batch; each document still gets
                                      its own rows, results and record)
    extract_and_stage_many(files,…)   extract a batch of files and stage them (the pool's unit of work)
    stage_rejection(...)              the worker could not extract the file: the reason, for the writer
    stage_within_budget(...)          extract_and_stage in a forked child, stopped at the document's
                                      time budget (a rejection `time_budget_exceeded`, nothing staged)
    read_stage(root, sha)             the completion record, or None (nothing staged, or not finished)
    load_stage(con, stage)            the writer: the document's raw rows and check results, one transaction
    drop_stage(stage)                 after the gate's outcome is written

Layout (hive-partitioned by document, readable as a dataset by DuckDB, Spark or Polars):

    <root>/raw.line_items/document_id=<sha>/data.parquet   (and raw.extractions, raw.tables,
    <root>/core.check_results/document_id=<sha>/data.parquet raw.cells, raw.pages likewise)
    <root>/_complete/<sha>.json                              written last, atomically
    <root>/_done/<sha>.json                                  the record, once the writer took the rows

The narrative family is not run on the worker: it compares a document with others in the
warehouse (a narrative part's companion tables, the previous year), so the writer runs it.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import shutil
import signal
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from pipelines.extract import ExtractionError
from pipelines.extract.model import ExtractedDocument
from pipelines.quality import run_gate_many, write_check_results
from pipelines.quality.suites import FAMILY_ORDER
from pipelines.store.loader import (
    RAW_DOCUMENT_TABLES,
    publish_core,
    record_received,
    transaction,
    write_raw,
)
from pipelines.store.schema import ensure_schema, schema_fingerprint

STAGING_ENV = "BUDGETWH_STAGING"
STAGED_TABLES = (*RAW_DOCUMENT_TABLES, "core.check_results")
WRITER_FAMILIES = ("narrative",)  # need other documents of the warehouse
WORKER_FAMILIES = tuple(f for f in FAMILY_ORDER if f not in WRITER_FAMILIES)
_COMPLETE = "_complete"
_DONE = "_done"


@dataclass
class Stage:
    """The completion record of one staged document (what the writer needs besides the rows)."""

    document_id: str
    root: str
    rejected: bool = False
    reason: str = ""  # rejected: the extractor's reason and one-line message
    message: str = ""
    file_name: str = ""
    summary: dict[str, Any] = field(default_factory=dict)  # identity, tables, counts (asset metadata)
    families: dict[str, dict[str, Any]] = field(default_factory=dict)  # gate outcome per family
    blocking_rules: list[str] = field(default_factory=list)
    extraction_seconds: float = 0.0
    stage_seconds: float = 0.0  # in-memory load + gate + Parquet
    gate_seconds: float = 0.0


def staging_root(warehouse: str | Path) -> Path:
    """`$BUDGETWH_STAGING`, else a folder beside the warehouse file (`budget.duckdb.staging`)."""
    env = os.environ.get(STAGING_ENV)
    return Path(env) if env else Path(str(warehouse) + ".staging")


def _record_path(root: Path, sha: str) -> Path:
    return root / _COMPLETE / f"{sha}.json"


def _table_dir(root: Path, table: str, sha: str) -> Path:
    return root / table / f"document_id={sha}"


def _write_record(root: Path, stage: Stage) -> None:
    target = _record_path(root, stage.document_id)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(f".tmp{os.getpid()}")
    tmp.write_text(json.dumps(asdict(stage), ensure_ascii=False, default=str), encoding="utf-8")
    os.replace(tmp, target)  # atomic: a reader sees the whole record or none


def read_stage(root: str | Path, sha: str) -> Stage | None:
    path = _record_path(Path(root), sha)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None
    return Stage(**data)


def drop_stage(stage: Stage) -> None:
    """The writer has the rows: remove them; the completion record moves to `_done/` (a small
    trail of where the time went: extraction, worker gate, staging — `make national` sums it)."""
    root = Path(stage.root)
    record = _record_path(root, stage.document_id)
    done = root / _DONE / record.name
    done.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileNotFoundError):
        os.replace(record, done)  # first: no half stage is ever read
    for table in STAGED_TABLES:
        shutil.rmtree(_table_dir(root, table, stage.document_id), ignore_errors=True)


def done_records(root: str | Path) -> list[Stage]:
    """The completion records of the documents the writer has taken (see drop_stage)."""
    out = []
    for path in sorted((Path(root) / _DONE).glob("*.json")):
        try:
            out.append(Stage(**json.loads(path.read_text(encoding="utf-8"))))
        except (json.JSONDecodeError, TypeError):
            continue
    return out


# ------------------------------------------------------------------ the worker's side

_scratch: tuple[int, duckdb.DuckDBPyConnection] | None = None


def _scratch_connection() -> duckdb.DuckDBPyConnection:
    """One in-memory warehouse per process, copied from the schema template (schema_template).
    A forked worker opens its own (a connection inherited through fork is not used)."""
    global _scratch
    if _scratch is None or _scratch[0] != os.getpid():
        con = duckdb.connect(":memory:")
        template = str(schema_template()).replace("'", "''")
        con.execute(f"ATTACH '{template}' AS schema_template (READ_ONLY)")
        con.execute("COPY FROM DATABASE schema_template TO memory")
        con.execute("DETACH schema_template")
        ensure_schema(con)  # the template's fingerprint: nothing to apply (the DDL, were it stale)
        _scratch = (os.getpid(), con)
    return _scratch[1]


def schema_template() -> Path:
    """An empty warehouse file with this code's DDL and reference data, one per schema fingerprint,
    in the machine's temp folder. Applying the DDL to a new in-memory database costs 1.3-2.2 s (DuckDB
    binds every view); copying it from this file ~0.1 s. That matters where a process stages only one
    document: `stage_within_budget` forks a child per document. Built once per machine (atomically:
    concurrent builders each write their own file and the last rename wins; they are identical)."""
    name = f"{schema_fingerprint()}-duckdb{duckdb.__version__}.duckdb"  # a file another DuckDB wrote may not open
    path = Path(tempfile.gettempdir()) / "budgetwh-schema" / name
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        tmp.unlink(missing_ok=True)
        with duckdb.connect(str(tmp)) as con:
            ensure_schema(con)
        os.replace(tmp, path)
    return path


def close_scratch() -> None:
    """Close this process's in-memory warehouse: DuckDB is not fork-safe, so a process closes it
    before it forks extraction workers (a child would otherwise hang on DuckDB's locks)."""
    global _scratch
    if _scratch is not None and _scratch[0] == os.getpid():
        _scratch[1].close()
    _scratch = None


def one_line(text: str) -> str:
    return " ".join(str(text).split())[:500]


def extract_and_stage(
    path: str | Path, sha: str, root: str | Path, extract: Callable[[str], ExtractedDocument]
) -> Stage:
    """The worker's whole job for one file: extract, then stage — or stage the rejection, with
    the extractor's reason (every failure of the extractor is a rejection, never a crash)."""
    return extract_and_stage_many([(path, sha)], root, extract)[0]


def extract_and_stage_many(
    files: list[tuple[str | Path, str]], root: str | Path, extract: Callable[[str], ExtractedDocument]
) -> list[Stage]:
    """extract_and_stage for a batch of (path, sha): each file is extracted and loaded into the
    in-memory warehouse as soon as it is read (one document's tables in memory at a time), then the
    batch is gated and staged together (stage_documents). A file whose content is already in the
    batch is staged once. Returns the records in the order of `files`."""
    rejected: dict[str, Stage] = {}

    def extracted() -> Iterator[tuple[ExtractedDocument, str | Path]]:
        seen: set[str] = set()
        for path, sha in files:
            if sha in seen:
                continue
            seen.add(sha)
            try:
                doc = extract(str(path))
            except Exception as exc:
                if isinstance(exc, ExtractionError):
                    reason, message = exc.reason, one_line(exc.message)
                else:
                    reason, message = "extraction_failed", one_line(f"{type(exc).__name__}: {exc}")
                rejected[sha] = stage_rejection(root, sha, Path(path).name, reason, message)
                continue
            doc.sha256 = sha  # the content hash taken when the file was registered is authoritative
            yield doc, path

    staged = {stage.document_id: stage for stage in stage_documents(extracted(), root)}
    return [rejected.get(sha) or staged[sha] for _, sha in files]


TIME_BUDGET_EXCEEDED = "time_budget_exceeded"
WORKER_DIED = "worker_process_died"


@dataclass(frozen=True)
class TimeBudget:
    """The longest a worker spends on one document (extraction + gate + Parquet): `min_seconds` plus
    `seconds_per_page` per page. The defaults are generous: the national corpus takes ~0.1 s a page
    of extraction and ~2 s of gate a document (its 262-page 深圳 人社 ~45 s of a 1,430 s budget), so
    only a document stuck in a pathological page (or a hung library) reaches it. 0 = no budget."""

    min_seconds: float = 120.0
    seconds_per_page: float = 5.0

    def seconds(self, pages: int) -> float:
        return self.min_seconds + self.seconds_per_page * pages


def page_count(path: str | Path) -> int:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except Exception:  # unreadable: the extractor rejects it with its own reason, well within the minimum
        return 0
    try:
        return len(pdf)
    finally:
        pdf.close()


def _remove_rows(root: Path, sha: str) -> None:
    for table in STAGED_TABLES:
        shutil.rmtree(_table_dir(root, table, sha), ignore_errors=True)


def _stage_child(path: str, sha: str, root: str, extract: Callable[[str], ExtractedDocument]) -> None:
    # The parent decides when the child stops (SIGKILL at the budget, or with the worker's process
    # group). Interrupts are the parent's: a Celery worker that loses its broker interrupts its
    # task, and the child, which inherited Dagster's interrupt handler, would abort a document that
    # the old in-process step finished (the broker-restart fault test).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    extract_and_stage(path, sha, root, extract)


def stage_within_budget(
    path: str | Path, sha: str, root: str | Path, extract: Callable[[str], ExtractedDocument], budget: TimeBudget
) -> Stage:
    """extract_and_stage in a forked child process that is killed when the document's time budget
    runs out: the batch never waits on one document. A process, not an exception or a signal in the
    worker: camelot/pdfminer/ghostscript stuck in a page cannot be interrupted reliably, a killed
    child can, and it leaves no completion record (its Parquet is removed), so nothing partial is
    ever read. The stopped document is staged as a rejection that names the file and the limit;
    the writer records it (raw.documents `rejected`) and a later run with a larger budget retries it.
    (Celery's own time limits are not used: they are not enforced by the solo pool, a hard limit
    kills the worker — its unacknowledged task is then redelivered, i.e. retried forever — and a
    soft one fails the step, which stops the batch's writer step.)"""
    root = Path(root)
    name = Path(path).name
    pages = page_count(path)
    limit = budget.seconds(pages)
    if limit <= 0 or "fork" not in multiprocessing.get_all_start_methods():
        return extract_and_stage(path, sha, root, extract)
    close_scratch()  # DuckDB is not fork-safe: the child opens its own in-memory warehouse
    schema_template()  # built here, once, so that no child builds it under its time budget
    with contextlib.suppress(FileNotFoundError):
        _record_path(root, sha).unlink()  # only the child's record counts
    child = multiprocessing.get_context("fork").Process(
        target=_stage_child, args=(str(path), sha, str(root), extract), name=f"stage-{sha[:12]}"
    )
    started = time.perf_counter()
    child.start()
    try:
        child.join(limit)
    except BaseException:  # the parent is interrupted (Ctrl-C, run terminated): so is the child
        child.kill()
        child.join()
        raise
    if child.is_alive():
        child.kill()
        child.join()
        _remove_rows(root, sha)
        with contextlib.suppress(FileNotFoundError):
            _record_path(root, sha).unlink()  # written in the instant before the kill: still over budget
        message = (
            f"{name}: not extracted and validated within its time budget of {limit:g} s "
            f"({budget.min_seconds:g} s + {budget.seconds_per_page:g} s/page × {pages} pages); stopped after "
            f"{time.perf_counter() - started:.1f} s, nothing staged"
        )
        return stage_rejection(root, sha, name, TIME_BUDGET_EXCEEDED, message)
    stage = read_stage(root, sha)
    if stage is None:  # the child died without a record (out of memory, a crash in native code)
        _remove_rows(root, sha)
        message = f"{name}: the extraction process died (exit code {child.exitcode}) before staging it"
        return stage_rejection(root, sha, name, WORKER_DIED, message)
    return stage


def _clear(con: duckdb.DuckDBPyConnection) -> None:
    for table in (*STAGED_TABLES, "raw.documents", "core.documents", "core.facts", "core.project_performance"):
        con.execute(f"DELETE FROM {table}")


def stage_rejection(root: str | Path, sha: str, file_name: str, reason: str, message: str) -> Stage:
    stage = Stage(sha, str(root), rejected=True, reason=reason, message=message, file_name=file_name)
    _write_record(Path(root), stage)
    return stage


def stage_document(doc: ExtractedDocument, path: str | Path, root: str | Path) -> Stage:
    """Load one extracted document into the worker's in-memory warehouse, run the document-local
    gate families there and write its rows as Parquet; returns the completion record."""
    return stage_documents([(doc, path)], root)[0]


def stage_documents(docs: Iterable[tuple[ExtractedDocument, str | Path]], root: str | Path) -> list[Stage]:
    """stage_document for a batch: every document is loaded into the in-memory warehouse as it
    comes, the gate validates the batch at once (run_gate_many: great-expectations costs per
    expectation, not per row, so a batch of 8 costs about what one document did), then each
    document's rows are written as its own Parquet partition with its own completion record.
    Returns the records in order."""
    root = Path(root)
    con = _scratch_connection()
    _clear(con)
    busy = 0.0  # this function's own time; `docs` may be extracting as it is read
    loaded: list[tuple[str, str, float, dict[str, Any]]] = []  # sha, file name, extraction s, summary
    for doc, path in docs:
        started = time.perf_counter()
        record_received(con, path, doc.sha256, doc.file_name)
        loaded.append((doc.sha256, doc.file_name, doc.seconds, _summary(doc, write_raw(con, doc))))
        publish_core(con, doc.sha256)
        busy += time.perf_counter() - started
    if not loaded:
        return []
    started = time.perf_counter()
    shas = [sha for sha, *_ in loaded]
    reports = run_gate_many(con, shas, families=list(WORKER_FAMILIES))
    for sha in shas:
        write_check_results(con, reports[sha])
    for sha in shas:
        for table in STAGED_TABLES:
            folder = _table_dir(root, table, sha)
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            target = str(folder / "data.parquet").replace("'", "''")
            con.execute(f"COPY (SELECT * FROM {table} WHERE document_id = ?) TO '{target}' (FORMAT parquet)", [sha])
    _clear(con)
    per_document = (busy + time.perf_counter() - started) / len(loaded)  # load + gate + Parquet, shared
    stages = []
    for sha, file_name, seconds, summary in loaded:
        report = reports[sha]
        stage = Stage(
            document_id=sha,
            root=str(root),
            file_name=file_name,
            summary=summary,
            families={name: asdict(outcome) for name, outcome in report.families.items()},
            blocking_rules=sorted({f.rule_id for f in report.errors}),
            extraction_seconds=seconds,
            gate_seconds=report.seconds,
            stage_seconds=per_document,
        )
        _write_record(root, stage)
        stages.append(stage)
    return stages


def _summary(doc: ExtractedDocument, counts: dict[str, int]) -> dict[str, Any]:
    """Identity, tables and counts of a staged document (the writer's asset metadata)."""
    meta = doc.meta
    return {
        "department": meta.department,
        "fiscal_year": meta.fiscal_year,
        "report_kind": meta.report_kind,
        "scope": meta.scope,
        "part": meta.part,
        "page_count": meta.page_count,
        "tables_found": len(doc.tables),
        "table_pages": {t.table_key: list(t.pages) for t in doc.tables},
        "tables": [
            {
                "table_key": t.table_key,
                "title": t.title,
                "pages": list(t.pages),
                "unit": t.unit_printed,
                "method": t.method,
                "items": len(t.items),
            }
            for t in doc.tables
        ],
        "raw_cells": counts["cells"],
        "line_items": counts["line_items"],
        "narrative_pages": sorted(doc.narrative_pages),
    }


# ------------------------------------------------------------------ the writer's side


def _load_table(con: duckdb.DuckDBPyConnection, table: str, sha: str, root: Path) -> int:
    source = str(_table_dir(root, table, sha) / "data.parquet").replace("'", "''")
    if table == "core.check_results":  # the writer's own families (narrative) are not the worker's to replace
        con.execute(
            "DELETE FROM core.check_results WHERE document_id = ? AND list_contains(?, family)",
            [sha, list(WORKER_FAMILIES)],
        )
    else:
        con.execute(f"DELETE FROM {table} WHERE document_id = ?", [sha])
    return con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM read_parquet('{source}')").fetchone()[0]


def load_stage(con: duckdb.DuckDBPyConnection, stage: Stage) -> dict[str, int]:
    """Replace the document's raw rows and its worker-side check results with the staged
    Parquet, in one transaction; returns the rows loaded per table."""
    root, sha = Path(stage.root), stage.document_id
    loaded: dict[str, int] = {}
    with transaction(con):
        for table in STAGED_TABLES:
            loaded[table] = _load_table(con, table, sha, root)
        con.execute(
            "UPDATE raw.documents SET status = 'extracted', reason = NULL, message = NULL, "
            "updated_at = ? WHERE document_id = ?",
            [datetime.now(UTC).replace(tzinfo=None), sha],
        )
    return loaded
