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
from pipelines.extract import extract_document, file_sha256
from pipelines.quality import recheck_narrative_parts
from pipelines.quality.cross_year import refresh_cross_year
from pipelines.staging import drop_stage, extract_and_stage, load_stage, read_stage, staging_root
from pipelines.store import (
    document_status,
    ensure_schema,
    publish_core,
    publish_document,
    record_received,
    record_rejection,
)
from pipelines.store.loader import received_path

PATH_TAG = "budgetwh/path"


class SourceDocumentConfig(Config):
    path: str = ""  # the file; empty → the path recorded earlier, else search the inbox by sha256


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


# No pool here: extraction and the document-local quality gate (the CPU-bound part) of different
# documents run in parallel runs, on any worker that sees the staging folder; nothing here writes
# the warehouse except a rejection (one short write that waits for the DuckDB lock).
@asset(partitions_def=documents, deps=[source_documents], group_name="ingest", kinds={"duckdb", "parquet"})
def extracted_tables(context: AssetExecutionContext, warehouse: DuckDBResource) -> MaterializeResult:
    """Extract the standard tables of one document, validate them on an in-memory copy of the
    warehouse and stage the rows as Parquet for the writer (pipelines/staging.py)."""
    sha = context.partition_key
    root = staging_root(warehouse.database)
    with warehouse.get_connection() as con:
        state = document_status(con, sha)
    if state is None:
        raise Failure(description=f"not_received: {sha} is not in raw.documents; materialize source_documents")
    stage = read_stage(root, sha)  # staged ahead by an extraction worker (pipelines/defs/parallel.py)
    if state["core_status"] is not None:
        if stage is not None:
            drop_stage(stage)
        return MaterializeResult(metadata={"outcome": "unchanged", "core_status": state["core_status"]})
    if stage is None:
        stage = extract_and_stage(state["path"], sha, root, extract_document)
    if stage.rejected:
        with warehouse.get_connection() as con:
            record_rejection(con, sha, state["file_name"], stage.reason, stage.message, state["path"])
        drop_stage(stage)
        raise Failure(
            description=f"{stage.reason}: {stage.message}",
            metadata={"reason": stage.reason, "message": stage.message, "file_name": state["file_name"]},
        )
    summary = stage.summary
    return MaterializeResult(
        metadata={
            "outcome": "extracted",
            **{k: summary[k] for k in ("department", "fiscal_year", "report_kind", "scope", "part", "page_count")},
            "tables_found": summary["tables_found"],
            "tables": MetadataValue.md(tables_markdown(summary["tables"])),
            "table_pages": summary["table_pages"],
            "raw_cells": summary["raw_cells"],
            "line_items": summary["line_items"],
            "narrative_pages": summary["narrative_pages"],
            "extraction_seconds": MetadataValue.float(round(stage.extraction_seconds, 3)),
            "worker_gate_seconds": MetadataValue.float(round(stage.gate_seconds, 3)),
            "blocking_rules": stage.blocking_rules,
            "staged_at": MetadataValue.path(str(root)),
        }
    )


@asset(partitions_def=documents, deps=[extracted_tables], pool=WRITER_POOL, group_name="ingest", kinds={"duckdb"})
def core_facts(context: AssetExecutionContext, warehouse: DuckDBResource) -> MaterializeResult:
    """Typed facts of one document into core (one transaction), pending the quality gate."""
    sha = context.partition_key
    stage = read_stage(staging_root(warehouse.database), sha)
    with warehouse.get_connection() as con:
        if stage is not None and not stage.rejected:
            load_stage(con, stage)  # raw rows + the worker's check results; dropped by the gate
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
    """(Re)create the published views (warehouse/*.sql), re-run the cross-year checks they are gated
    by (a yoy pair a blocking one failed on is withheld), and report their row counts. The
    `comparisons` group (pipelines/defs/comparisons.py) reports each relation on its own."""
    with warehouse.get_connection() as con:
        applied = ensure_schema(con, force=True)
        cross_year = refresh_cross_year(con)
        counts = view_counts(con)
        by_part = dict(con.execute("SELECT part, count(*) FROM published.documents GROUP BY 1 ORDER BY 1").fetchall())
    table = "\n".join(["| view | rows |", "| --- | ---: |"] + [f"| published.{v} | {n} |" for v, n in counts.items()])
    return MaterializeResult(
        metadata={
            "sql_files": applied,
            "row_counts": MetadataValue.md(table),
            "documents_by_part": by_part,  # full / tables / narrative: current documents of each part
            "cross_year_findings": {
                sev: sum(f.severity == sev for f in cross_year.findings) for sev in ("error", "warning", "info")
            },
            **{f"rows_{v}": n for v, n in counts.items()},
        }
    )


ALL_ASSETS = [source_documents, extracted_tables, core_facts, published_documents, published_views]
DOCUMENT_ASSETS = [source_documents, extracted_tables, core_facts, published_documents]
