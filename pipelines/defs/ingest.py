"""Ingest files in-process by materializing the same assets (used by the CLI and the yearly job)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from dagster import DagsterInstance, materialize
from dagster_duckdb import DuckDBResource

from pipelines.defs.assets import DOCUMENT_ASSETS, PATH_TAG, published_views
from pipelines.defs.checks import quality_gate
from pipelines.defs.partitions import DOCUMENTS
from pipelines.defs.resources import Inbox, inbox_resource
from pipelines.extract import file_sha256
from pipelines.store import document_status

QUIET = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}


@dataclass(frozen=True)
class IngestResult:
    path: str
    document_id: str | None
    ok: bool
    status: str  # published | unchanged | superseded an earlier file | quarantined | rejected: <reason>
    department: str = ""
    fiscal_year: int | None = None
    report_kind: str = ""
    part: str = "full"  # full | tables | narrative
    tables: int = 0
    facts: int = 0
    message: str = ""


def _run_config(path: Path, quiet: bool) -> dict:
    config: dict = {"ops": {"source_documents": {"config": {"path": str(path)}}}}
    if quiet:
        config.update(QUIET)
    return config


def _failure_text(result) -> str:
    for event in result.all_events:
        if event.is_step_failure:
            data = event.step_failure_data
            if data.user_failure_data and data.user_failure_data.description:
                return data.user_failure_data.description
            if data.error:
                return " ".join(data.error.message.split())
    return "failed"


def ingest_file(
    path: Path, instance: DagsterInstance, warehouse: DuckDBResource, inbox: Inbox, quiet: bool = True
) -> IngestResult:
    """Materialize source_documents → extracted_tables → core_facts → (quality gate) →
    published_documents for one file's partition."""
    try:
        sha = file_sha256(path)
    except OSError as exc:
        return IngestResult(str(path), None, False, f"rejected: unreadable ({exc.strerror})")
    instance.add_dynamic_partitions(DOCUMENTS, [sha])
    result = materialize(
        [*DOCUMENT_ASSETS, quality_gate],
        partition_key=sha,
        instance=instance,
        resources={"warehouse": warehouse, "inbox": inbox},
        run_config=_run_config(path, quiet),
        tags={PATH_TAG: str(path)},
        raise_on_error=False,
    )
    with warehouse.get_connection() as con:
        state = document_status(con, sha)
    state = state or {}
    common = {
        "department": state.get("department") or "",
        "fiscal_year": state.get("fiscal_year"),
        "report_kind": state.get("report_kind") or "",
        "part": state.get("part") or "full",
        "tables": state.get("tables") or 0,
        "facts": state.get("facts") or 0,
    }
    if state.get("core_status") == "quarantined":
        return IngestResult(str(path), sha, False, "quarantined", message=state.get("status_reason") or "", **common)
    if not result.success:
        if state.get("raw_status") == "rejected":
            reason, message = state["reason"], state["message"] or ""
        else:
            text = _failure_text(result)
            reason, _, message = text.partition(": ")
        return IngestResult(str(path), sha, False, f"rejected: {reason}", message=message, **common)
    materialized = result.asset_materializations_for_node("published_documents")
    outcome = materialized[0].metadata["outcome"].value if materialized else "unknown"
    status = {"superseded_earlier": "superseded an earlier file"}.get(str(outcome), str(outcome))
    return IngestResult(str(path), sha, True, status, **common)


def refresh_published(instance: DagsterInstance, warehouse: DuckDBResource, quiet: bool = True) -> bool:
    result = materialize(
        [published_views],
        instance=instance,
        resources={"warehouse": warehouse},
        run_config=QUIET if quiet else None,
        raise_on_error=False,
    )
    return result.success


def ingest_files(
    paths: Iterable[Path],
    instance: DagsterInstance,
    warehouse: DuckDBResource,
    inbox: Inbox | None = None,
    on_result: Callable[[IngestResult], None] | None = None,
    quiet: bool = True,
) -> list[IngestResult]:
    """Ingest each file (one bad file does not stop the others), then refresh the published views."""
    inbox = inbox or inbox_resource()
    results = []
    for path in paths:
        result = ingest_file(Path(path), instance, warehouse, inbox, quiet=quiet)
        results.append(result)
        if on_result:
            on_result(result)
    if results:
        refresh_published(instance, warehouse, quiet=quiet)
    return results
