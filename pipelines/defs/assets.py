"""The four assets: source_documents → extracted_tables → core_facts → published_views.

Data passes between them through the warehouse (raw layer), never through an IO
manager: every asset returns a MaterializeResult. The warehouse is opened only
through the `warehouse` DuckDBResource, and only for the writes themselves.
"""

from pathlib import Path

from dagster import (
    AssetExecutionContext,
    Config,
    Failure,
    MaterializeResult,
    MetadataValue,
    asset,
)
from dagster_duckdb import DuckDBResource

from pipelines.defs.partitions import documents
from pipelines.defs.previews import key_figures_markdown, tables_markdown, view_counts
from pipelines.defs.resources import WRITER_POOL, Inbox
from pipelines.extract import ExtractionError, extract_document, file_sha256
from pipelines.quality import recheck_narrative_parts
from pipelines.store import (
    document_status,
    ensure_schema,
    publish_core,
    publish_document,
    record_received,
    record_rejection,
    write_raw,
)
from pipelines.store.loader import received_path

PATH_TAG = "budgetwh/path"


class SourceDocumentConfig(Config):
    path: str = ""  # the file; empty → the path recorded earlier, else search the inbox by sha256


def _one_line(text: str) -> str:
    return " ".join(str(text).split())[:500]


def _locate(context: AssetExecutionContext, config: SourceDocumentConfig, con, inbox: Inbox) -> Path:
    sha = context.partition_key
    candidates = [config.path, context.run.tags.get(PATH_TAG, ""), received_path(con, sha) or ""]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    for found in inbox.scan():
        if found.sha256 == sha:
            return Path(found.path)
    raise Failure(description=f"file_missing: no file with sha256 {sha} (looked in {candidates} and the inbox)")


@asset(partitions_def=documents, pool=WRITER_POOL, group_name="ingest", kinds={"duckdb"})
def source_documents(
    context: AssetExecutionContext, config: SourceDocumentConfig, warehouse: DuckDBResource, inbox: Inbox
) -> MaterializeResult:
    """Validate and register one received file (raw.documents): its content hash is the partition key."""
    sha = context.partition_key
    with warehouse.get_connection() as con:
        ensure_schema(con)
        path = _locate(context, config, con, inbox)
        actual = file_sha256(path)
        if actual != sha:
            raise Failure(description=f"hash_mismatch: {path.name} now has sha256 {actual}, not {sha}")
        received = record_received(con, path, sha)
    return MaterializeResult(
        metadata={
            "path": MetadataValue.path(str(path)),
            "file_name": received.file_name,
            "size_bytes": received.size or 0,
            "previous_status": received.previous_status or "new",
            "already_ingested": received.core_status is not None,
        }
    )


# No pool here: the CPU-bound extraction of different documents may run in parallel
# runs; its one short raw write waits for the DuckDB lock (WarehouseResource retries).
@asset(partitions_def=documents, deps=[source_documents], group_name="ingest", kinds={"duckdb"})
def extracted_tables(context: AssetExecutionContext, warehouse: DuckDBResource) -> MaterializeResult:
    """Extract the standard tables of one document and write them to the raw layer."""
    sha = context.partition_key
    with warehouse.get_connection() as con:
        state = document_status(con, sha)
    if state is None:
        raise Failure(description=f"not_received: {sha} is not in raw.documents; materialize source_documents")
    if state["core_status"] is not None:
        return MaterializeResult(metadata={"outcome": "unchanged", "core_status": state["core_status"]})

    path = state["path"]
    try:
        doc = extract_document(path)
    except Exception as exc:  # every failure is recorded as a rejection, with a one-line reason
        if isinstance(exc, ExtractionError):
            reason, message = exc.reason, _one_line(exc.message)
        else:
            reason, message = "extraction_failed", _one_line(f"{type(exc).__name__}: {exc}")
        with warehouse.get_connection() as con:
            record_rejection(con, sha, state["file_name"], reason, message, path)
        raise Failure(
            description=f"{reason}: {message}",
            metadata={"reason": reason, "message": message, "file_name": state["file_name"]},
        ) from exc
    if doc.sha256 != sha:
        doc.sha256 = sha  # the partition key is authoritative (the file was hashed when registered)
    with warehouse.get_connection() as con:
        counts = write_raw(con, doc)
    meta = doc.meta
    return MaterializeResult(
        metadata={
            "outcome": "extracted",
            "department": meta.department,
            "fiscal_year": meta.fiscal_year,
            "report_kind": meta.report_kind,
            "scope": meta.scope,
            "part": meta.part,
            "page_count": meta.page_count,
            "tables_found": len(doc.tables),
            "tables": MetadataValue.md(tables_markdown(doc)),
            "table_pages": {t.table_key: t.pages for t in doc.tables},
            "raw_cells": counts["cells"],
            "line_items": counts["line_items"],
            "narrative_pages": sorted(doc.narrative_pages),
            "extraction_seconds": MetadataValue.float(round(doc.seconds, 3)),
        }
    )


@asset(partitions_def=documents, deps=[extracted_tables], pool=WRITER_POOL, group_name="ingest", kinds={"duckdb"})
def core_facts(context: AssetExecutionContext, warehouse: DuckDBResource) -> MaterializeResult:
    """Typed facts of one document into core (one transaction), pending the quality gate."""
    sha = context.partition_key
    with warehouse.get_connection() as con:
        outcome = publish_core(con, sha)
        preview = key_figures_markdown(con, sha)
    return MaterializeResult(
        metadata={
            "outcome": outcome.outcome,
            "status": outcome.status,
            "department": outcome.department,
            "fiscal_year": outcome.fiscal_year,
            "report_kind": outcome.report_kind,
            "scope": outcome.scope,
            "part": outcome.part,
            "tables": outcome.tables,
            "facts": outcome.facts,
            "key_figures": MetadataValue.md(preview),
        }
    )


@asset(partitions_def=documents, deps=[core_facts], pool=WRITER_POOL, group_name="publish", kinds={"duckdb"})
def published_documents(context: AssetExecutionContext, warehouse: DuckDBResource) -> MaterializeResult:
    """A document that passed every blocking check becomes current (superseding the earlier
    version of the same part, which stays in history). Not run for a document a blocking check
    quarantined. A tables part (or full document) just published has the narrative parts of its
    disclosure re-checked against it (their claims were 'not verifiable yet', or checked
    against the tables version it replaced)."""
    sha = context.partition_key
    with warehouse.get_connection() as con:
        outcome = publish_document(con, sha)
        rechecked = recheck_narrative_parts(con, sha) if outcome.outcome != "unchanged" else []
    return MaterializeResult(
        metadata={
            "outcome": outcome.outcome,
            "status": outcome.status,
            "department": outcome.department,
            "fiscal_year": outcome.fiscal_year,
            "report_kind": outcome.report_kind,
            "scope": outcome.scope,
            "part": outcome.part,
            "facts": outcome.facts,
            "superseded": list(outcome.superseded),
            "narrative_parts_rechecked": rechecked,
        }
    )


@asset(deps=[published_documents], pool=WRITER_POOL, group_name="publish", kinds={"duckdb"})
def published_views(warehouse: DuckDBResource) -> MaterializeResult:
    """(Re)create the published views (warehouse/*.sql) and report their row counts."""
    with warehouse.get_connection() as con:
        applied = ensure_schema(con)
        counts = view_counts(con)
        by_part = dict(con.execute("SELECT part, count(*) FROM published.documents GROUP BY 1 ORDER BY 1").fetchall())
    table = "\n".join(["| view | rows |", "| --- | ---: |"] + [f"| published.{v} | {n} |" for v, n in counts.items()])
    return MaterializeResult(
        metadata={
            "sql_files": applied,
            "row_counts": MetadataValue.md(table),
            "documents_by_part": by_part,  # full / tables / narrative: current documents of each part
            **{f"rows_{v}": n for v, n in counts.items()},
        }
    )


ALL_ASSETS = [source_documents, extracted_tables, core_facts, published_documents, published_views]
DOCUMENT_ASSETS = [source_documents, extracted_tables, core_facts, published_documents]
