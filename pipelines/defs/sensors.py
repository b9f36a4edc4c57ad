"""inbox_sensor: new PDFs in the inbox become `documents` partitions and one run each."""

import json

from dagster import (
    DefaultSensorStatus,
    RunRequest,
    SensorEvaluationContext,
    SensorResult,
    SkipReason,
    sensor,
)

from pipelines.defs.assets import PATH_TAG
from pipelines.defs.jobs import ingest_document_job
from pipelines.defs.partitions import DOCUMENTS, documents
from pipelines.defs.resources import Inbox


def _load_cursor(cursor: str | None) -> dict[str, tuple[int, int, str]]:
    if not cursor:
        return {}
    try:
        return {path: tuple(v) for path, v in json.loads(cursor).get("files", {}).items()}
    except (ValueError, AttributeError):
        return {}


@sensor(
    job=ingest_document_job,
    minimum_interval_seconds=30,
    default_status=DefaultSensorStatus.RUNNING,
    description="Hash every *.pdf in the inbox; register unseen hashes as partitions and request a run each.",
)
def inbox_sensor(context: SensorEvaluationContext, inbox: Inbox) -> SensorResult | SkipReason:
    known = _load_cursor(context.cursor)
    files = inbox.scan(known)
    cursor = json.dumps({"files": {f.path: [f.size, f.mtime_ns, f.sha256] for f in files}}, sort_keys=True)
    existing = set(context.instance.get_dynamic_partitions(DOCUMENTS))
    new: dict[str, str] = {}
    for f in files:
        if f.sha256 not in existing and f.sha256 not in new:
            new[f.sha256] = f.path
    if not new:
        return SensorResult(skip_reason=SkipReason(f"no new files in {inbox.path}"), cursor=cursor)
    return SensorResult(
        run_requests=[
            RunRequest(
                run_key=sha,
                partition_key=sha,
                run_config={"ops": {"source_documents": {"config": {"path": path}}}},
                tags={PATH_TAG: path},
            )
            for sha, path in new.items()
        ],
        dynamic_partitions_requests=[documents.build_add_request(list(new))],
        cursor=cursor,
    )
