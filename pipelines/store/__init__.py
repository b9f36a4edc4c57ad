"""The warehouse loader: plain Python over a DuckDB connection, no Dagster.

ensure_schema(con)                 apply warehouse/*.sql (idempotent)
record_received(con, path, sha)    every file ever received → raw.documents
write_raw(con, doc)                the extractor's output → raw layer
publish_core(con, document_id)     raw → core facts, status pending (one transaction)
publish_document(con, document_id) pending → published, superseding the earlier version
quarantine_document(con, id, why)  a blocking check failed: kept, not published
publish_after_review(con, id, note) a person accepts a quarantined document as printed
write_document(con, doc, path)     the three above, for one extracted document
record_rejection(con, ...)         a file that could not be extracted
tables_companion(con, id)          the published tables (or full) document beside a narrative part
narrative_companions(con, id)      the published narrative parts beside a tables part / full document
"""

from pipelines.store.loader import (
    LoadOutcome,
    ReceivedFile,
    document_status,
    narrative_companions,
    publish_after_review,
    publish_core,
    publish_document,
    quarantine_document,
    record_received,
    record_rejection,
    tables_companion,
    write_document,
    write_raw,
)
from pipelines.store.paths import WAREHOUSE_ENV, default_warehouse_path, sql_dir
from pipelines.store.schema import connect, ensure_schema

__all__ = [
    "WAREHOUSE_ENV",
    "LoadOutcome",
    "ReceivedFile",
    "connect",
    "default_warehouse_path",
    "document_status",
    "ensure_schema",
    "publish_core",
    "record_received",
    "record_rejection",
    "publish_after_review",
    "publish_document",
    "quarantine_document",
    "sql_dir",
    "narrative_companions",
    "tables_companion",
    "write_document",
    "write_raw",
]
