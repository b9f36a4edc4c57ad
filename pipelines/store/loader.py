"""Write received files, extracted documents and rejections into the warehouse.

Each public function that changes more than one row does so in ONE transaction,
replacing the rows of one document_id (delete-then-insert), so a crash leaves
the previous state. Money goes in as Python Decimal (never float).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from pipelines.extract.model import PARTS, ExtractedDocument
from pipelines.narrative.performance import parse_performance

# What publish_core reports for one document.
PUBLISHED = "published"  # a new document, now current
SUPERSEDED_EARLIER = "superseded_earlier"  # a new document that replaced an earlier file
UNCHANGED = "unchanged"  # this exact file (sha256) was already ingested; nothing changed
LOADED = "loaded"  # facts are in core, pending the quality gate
REJECTED = "rejected"


@dataclass(frozen=True)
class ReceivedFile:
    document_id: str
    file_name: str
    path: str | None
    size: int | None
    previous_status: str | None  # raw.documents.status before this receipt; None if new
    core_status: str | None  # core.documents.status if this content was ingested before


@dataclass(frozen=True)
class LoadOutcome:
    document_id: str
    file_name: str
    outcome: str  # loaded | published | superseded_earlier | unchanged
    status: str  # core.documents.status now: pending | published | quarantined | superseded
    department: str
    fiscal_year: int
    report_kind: str
    scope: str
    tables: int
    facts: int
    superseded: tuple[str, ...] = field(default_factory=tuple)  # document_ids this one replaced
    part: str = "full"  # full | tables | narrative

    def describe(self) -> str:
        if self.outcome == SUPERSEDED_EARLIER:
            return "superseded an earlier file"
        return self.outcome


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    con.begin()
    try:
        yield
    except BaseException:
        con.rollback()
        raise
    con.commit()


def _insert_rows(
    con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> int:
    """Bulk insert through a pandas frame of Python objects (Decimal stays Decimal)."""
    if not rows:
        return 0
    frame = pd.DataFrame(list(rows), columns=list(columns), dtype=object)
    con.execute(f"SET pandas_analyze_sample = {max(len(rows), 1000)}")
    cols = ", ".join(f'"{c}"' for c in columns)
    con.register("_budgetwh_rows", frame)
    try:
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _budgetwh_rows")
    finally:
        con.unregister("_budgetwh_rows")
    return len(rows)


# ---------------------------------------------------------------- received files


def record_received(
    con: duckdb.DuckDBPyConnection, path: str | Path, document_id: str, file_name: str | None = None
) -> ReceivedFile:
    """Record that a file with this content (sha256) was received; keep the first received_at."""
    p = Path(path)
    name = file_name or p.name
    size = p.stat().st_size if p.exists() else None
    row = con.execute("SELECT status FROM raw.documents WHERE document_id = ?", [document_id]).fetchone()
    core = con.execute("SELECT status FROM core.documents WHERE document_id = ?", [document_id]).fetchone()
    now = _now()
    if row is None:
        con.execute(
            "INSERT INTO raw.documents (document_id, file_name, path, size, received_at, status, updated_at) "
            "VALUES (?, ?, ?, ?, ?, 'received', ?)",
            [document_id, name, str(p), size, now, now],
        )
    else:
        con.execute(
            "UPDATE raw.documents SET file_name = ?, path = ?, size = ?, updated_at = ? WHERE document_id = ?",
            [name, str(p), size, now, document_id],
        )
    return ReceivedFile(
        document_id=document_id,
        file_name=name,
        path=str(p),
        size=size,
        previous_status=row[0] if row else None,
        core_status=core[0] if core else None,
    )


def received_path(con: duckdb.DuckDBPyConnection, document_id: str) -> str | None:
    row = con.execute("SELECT path FROM raw.documents WHERE document_id = ?", [document_id]).fetchone()
    return row[0] if row else None


def record_rejection(
    con: duckdb.DuckDBPyConnection,
    document_id: str,
    file_name: str,
    reason: str,
    message: str,
    path: str | Path | None = None,
) -> None:
    """A file that could not be ingested: shows in published.rejections."""
    now = _now()
    with transaction(con):
        exists = con.execute("SELECT 1 FROM raw.documents WHERE document_id = ?", [document_id]).fetchone()
        if exists:
            con.execute(
                "UPDATE raw.documents SET status = 'rejected', reason = ?, message = ?, file_name = ?, "
                "path = coalesce(?, path), updated_at = ? WHERE document_id = ?",
                [reason, message, file_name, str(path) if path else None, now, document_id],
            )
        else:
            size = os.path.getsize(path) if path and os.path.exists(path) else None
            con.execute(
                "INSERT INTO raw.documents (document_id, file_name, path, size, received_at, status, reason, "
                "message, updated_at) VALUES (?, ?, ?, ?, ?, 'rejected', ?, ?, ?)",
                [document_id, file_name, str(path) if path else None, size, now, reason, message, now],
            )


# ---------------------------------------------------------------- raw layer

RAW_TABLE_COLUMNS = ("document_id", "table_key", "title", "pages", "unit_printed", "method", "repeated_codes")
RAW_CELL_COLUMNS = ("document_id", "table_key", "page", "row", "col", "text", "bbox")
LINE_ITEM_COLUMNS = (
    "document_id",
    "table_key",
    "side",
    "line_key",
    "line_label",
    "measure",
    "amount",
    "unit_printed",
    "amount_yuan",
    "page",
    "code_kind",
    "level",
    "parent_code",
    "row",
    "col",
    "extraction_method",
)
RAW_PAGE_COLUMNS = ("document_id", "page", "text", "in_narrative")
RAW_DOCUMENT_TABLES = ("raw.extractions", "raw.tables", "raw.cells", "raw.line_items", "raw.pages")


def write_raw(con: duckdb.DuckDBPyConnection, doc: ExtractedDocument) -> dict[str, int]:
    """Replace the raw layer of one document with the extractor's output (one transaction)."""
    sha, meta, now = doc.sha256, doc.meta, _now()
    if meta.part not in PARTS:  # supersession is per part: an unknown part must not slip in
        raise ValueError(f"{doc.file_name}: part {meta.part!r} is not one of {PARTS}")
    table_rows = [
        (sha, t.table_key, t.title, list(t.pages), t.unit_printed, t.method, list(t.repeated_codes)) for t in doc.tables
    ]
    cell_rows = [
        (sha, c.table_key, c.page, c.row, c.col, c.text, list(c.bbox) if c.bbox else None)
        for t in doc.tables
        for c in t.cells
    ]
    item_rows = [
        (
            sha,
            i.table_key,
            i.side,
            i.line_key,
            i.line_label,
            i.measure,
            i.amount,
            i.unit_printed,
            i.amount_yuan,
            i.page,
            i.code_kind,
            i.level,
            i.parent_code,
            i.row,
            i.col,
            i.extraction_method,
        )
        for i in doc.items
    ]
    page_rows = [(sha, n, text, n in doc.narrative_pages) for n, text in sorted(doc.page_texts.items())]
    with transaction(con):
        for table in RAW_DOCUMENT_TABLES:
            con.execute(f"DELETE FROM {table} WHERE document_id = ?", [sha])
        con.execute(
            "INSERT INTO raw.extractions (document_id, file_name, department, fiscal_year, report_kind, "
            "scope, part, page_count, extraction_seconds, narrative_pages, extracted_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                sha,
                doc.file_name,
                meta.department,
                meta.fiscal_year,
                meta.report_kind,
                meta.scope,
                meta.part,
                meta.page_count,
                doc.seconds,
                sorted(doc.narrative_pages),
                now,
            ],
        )
        counts = {
            "tables": _insert_rows(con, "raw.tables", RAW_TABLE_COLUMNS, table_rows),
            "cells": _insert_rows(con, "raw.cells", RAW_CELL_COLUMNS, cell_rows),
            "line_items": _insert_rows(con, "raw.line_items", LINE_ITEM_COLUMNS, item_rows),
            "pages": _insert_rows(con, "raw.pages", RAW_PAGE_COLUMNS, page_rows),
        }
        exists = con.execute("SELECT 1 FROM raw.documents WHERE document_id = ?", [sha]).fetchone()
        if exists:
            con.execute(
                "UPDATE raw.documents SET status = 'extracted', reason = NULL, message = NULL, "
                "updated_at = ? WHERE document_id = ?",
                [now, sha],
            )
        else:
            con.execute(
                "INSERT INTO raw.documents (document_id, file_name, received_at, status, updated_at) "
                "VALUES (?, ?, ?, 'extracted', ?)",
                [sha, doc.file_name, now, now],
            )
    return counts


# ---------------------------------------------------------------- core layer

_FACT_COPY = ", ".join(f'"{c}"' for c in LINE_ITEM_COLUMNS)


def _outcome(
    con: duckdb.DuckDBPyConnection,
    document_id: str,
    file_name: str,
    outcome: str,
    status: str,
    department: str,
    fiscal_year: int,
    report_kind: str,
    scope: str,
    superseded: Sequence[str] = (),
    part: str = "full",
) -> LoadOutcome:
    """What one load or publish step did, with the document's table and fact counts."""
    tables, facts = con.execute(
        "SELECT (SELECT count(*) FROM raw.tables WHERE document_id = $1), "
        "(SELECT count(*) FROM core.facts WHERE document_id = $1)",
        [document_id],
    ).fetchone()
    return LoadOutcome(
        document_id=document_id,
        file_name=file_name,
        outcome=outcome,
        status=status,
        department=department,
        fiscal_year=fiscal_year,
        report_kind=report_kind,
        scope=scope,
        tables=tables,
        facts=facts,
        superseded=tuple(superseded),
        part=part,
    )


def publish_core(con: duckdb.DuckDBPyConnection, document_id: str, replace: bool = False) -> LoadOutcome:
    """Build the core rows of one document from its raw layer, in one transaction.

    A new document enters core as `pending`: invisible to analysts until the
    quality gate has run and `publish_document` (or `quarantine_document`) has
    decided. A document already in core is `unchanged` (unless replace=True,
    which rebuilds its facts and keeps its status).
    """
    with transaction(con):
        meta = con.execute(
            "SELECT file_name, department, fiscal_year, report_kind, scope, page_count, extraction_seconds, "
            "coalesce(part, 'full') FROM raw.extractions WHERE document_id = ?",
            [document_id],
        ).fetchone()
        if meta is None:
            raise LookupError(f"document {document_id} has no extraction in the raw layer")
        file_name, department, fiscal_year, report_kind, scope, page_count, seconds, part = meta
        existing = con.execute("SELECT status FROM core.documents WHERE document_id = ?", [document_id]).fetchone()
        if existing is not None and not replace:
            outcome, status = UNCHANGED, existing[0]
        else:
            con.execute("DELETE FROM core.facts WHERE document_id = ?", [document_id])
            con.execute(
                f"INSERT INTO core.facts ({_FACT_COPY}) SELECT {_FACT_COPY} FROM raw.line_items WHERE document_id = ?",
                [document_id],
            )
            if existing is None:
                con.execute(
                    "INSERT INTO core.documents (document_id, file_name, department, fiscal_year, "
                    "report_kind, scope, part, page_count, status, ingested_at, extraction_seconds) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)",
                    [
                        document_id,
                        file_name,
                        department,
                        fiscal_year,
                        report_kind,
                        scope,
                        part,
                        page_count,
                        _now(),
                        seconds,
                    ],
                )
                status = "pending"
            else:
                status = existing[0]
            outcome = LOADED
            _upsert_dimensions(con, document_id, department)
            _load_performance(con, document_id)
    return _outcome(
        con, document_id, file_name, outcome, status, department, fiscal_year, report_kind, scope, part=part
    )


def publish_document(con: duckdb.DuckDBPyConnection, document_id: str) -> LoadOutcome:
    """Make a document that passed the gate current: `published`, superseding the earlier
    version of the same (department, fiscal_year, report_kind, scope, part), which stays in
    history. Parts never supersede each other: a tables part and a narrative part of one
    department-year are both current (and a full document supersedes only a full one).

    Only a pending or quarantined document changes; a published or superseded one is
    left as it is (re-ingesting an old file never resurrects it)."""
    with transaction(con):
        row = con.execute(
            "SELECT file_name, department, fiscal_year, report_kind, scope, status, coalesce(part, 'full') "
            "FROM core.documents WHERE document_id = ?",
            [document_id],
        ).fetchone()
        if row is None:
            raise LookupError(f"document {document_id} is not in core")
        file_name, department, fiscal_year, report_kind, scope, status, part = row
        superseded: list[str] = []
        if status in ("pending", "quarantined"):
            superseded = [
                r[0]
                for r in con.execute(
                    "SELECT document_id FROM core.documents WHERE department = ? AND fiscal_year = ? "
                    "AND report_kind = ? AND scope = ? AND coalesce(part, 'full') = ? AND status = 'published' "
                    "AND document_id <> ?",
                    [department, fiscal_year, report_kind, scope, part, document_id],
                ).fetchall()
            ]
            for old in superseded:
                con.execute(
                    "UPDATE core.documents SET status = 'superseded', superseded_by = ? WHERE document_id = ?",
                    [document_id, old],
                )
            con.execute(
                "UPDATE core.documents SET status = 'published', status_reason = NULL WHERE document_id = ?",
                [document_id],
            )
            outcome, status = (SUPERSEDED_EARLIER if superseded else PUBLISHED), "published"
        else:
            outcome = UNCHANGED
    return _outcome(
        con, document_id, file_name, outcome, status, department, fiscal_year, report_kind, scope, superseded, part
    )


def publish_after_review(con: duckdb.DuckDBPyConnection, document_id: str, reviewer_note: str) -> LoadOutcome:
    """A person has read a quarantined document's findings and accepts it as printed (e.g. a
    misprint in the published PDF that analysts still need): publish it, keep its findings
    in check_results, and record the note as the document's status reason."""
    row = con.execute("SELECT status FROM core.documents WHERE document_id = ?", [document_id]).fetchone()
    if row is None or row[0] != "quarantined":
        raise ValueError(f"document {document_id[:12]} is {row[0] if row else 'not in core'}, not quarantined")
    outcome = publish_document(con, document_id)
    con.execute(
        "UPDATE core.documents SET status_reason = ? WHERE document_id = ?",
        [f"published after review: {reviewer_note}", document_id],
    )
    return outcome


def quarantine_document(con: duckdb.DuckDBPyConnection, document_id: str, reason: str) -> None:
    """A blocking check failed: keep the facts for inspection, out of published.line_items.
    The current published version (if any) stays published: bad input never replaces good data."""
    con.execute(
        "UPDATE core.documents SET status = 'quarantined', status_reason = ? "
        "WHERE document_id = ? AND status IN ('pending', 'quarantined', 'published')",
        [reason, document_id],
    )


OVERALL_PROJECT = "部门整体"


def _load_performance(con: duckdb.DuckDBPyConnection, document_id: str) -> None:
    """The 绩效自评 read from the document's page texts → core.project_performance (in 元)."""
    pages = dict(con.execute("SELECT page, text FROM raw.pages WHERE document_id = ?", [document_id]).fetchall())
    report = parse_performance(pages)
    wan = Decimal(10_000)

    def yuan(value: Decimal | None) -> Decimal | None:
        return None if value is None else (value * wan).quantize(Decimal("0.01"))

    rows = [
        (document_id, p.project, yuan(p.budget), yuan(p.funds_available), yuan(p.spent), p.score, p.page)
        for p in report.projects
    ]
    if report.overall_score is not None:
        rows.append((document_id, OVERALL_PROJECT, None, None, None, report.overall_score, report.page))
    con.execute("DELETE FROM core.project_performance WHERE document_id = ?", [document_id])
    if rows:
        con.executemany("INSERT INTO core.project_performance VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


def _upsert_dimensions(con: duckdb.DuckDBPyConnection, document_id: str, department: str) -> None:
    con.execute(
        "INSERT INTO core.departments (department, first_seen_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
        [department, _now()],
    )
    con.execute(
        """
        INSERT INTO core.subjects (code, code_kind, name, level, parent_code)
        SELECT line_key, code_kind, any_value(line_label), any_value(level), any_value(parent_code)
        FROM raw.line_items
        WHERE document_id = ? AND code_kind IS NOT NULL AND regexp_matches(line_key, '^[0-9]+$')
        GROUP BY line_key, code_kind
        ON CONFLICT (code, code_kind) DO UPDATE SET
            name = excluded.name, level = excluded.level, parent_code = excluded.parent_code
        """,
        [document_id],
    )


# ---------------------------------------------------------------- parts of one disclosure

_SAME_DISCLOSURE = (
    "SELECT o.document_id FROM core.documents d JOIN core.documents o "
    "ON o.department = d.department AND o.fiscal_year = d.fiscal_year AND o.report_kind = d.report_kind "
    "AND o.scope = d.scope AND o.document_id <> d.document_id "
    "WHERE d.document_id = ? AND {where} ORDER BY {order}, o.ingested_at DESC, o.document_id"
)


def tables_companion(con: duckdb.DuckDBPyConnection, document_id: str) -> str | None:
    """The published document that holds the tables of a narrative part's disclosure: a tables
    part (else a full document) of the same department, fiscal_year, report_kind and scope."""
    row = con.execute(
        _SAME_DISCLOSURE.format(
            where="o.status = 'published' AND coalesce(o.part, 'full') IN ('tables', 'full')",
            order="coalesce(o.part, 'full') = 'tables' DESC",
        ),
        [document_id],
    ).fetchone()
    return row[0] if row else None


def narrative_companions(con: duckdb.DuckDBPyConnection, document_id: str) -> list[str]:
    """The current narrative parts whose tables are in this document's disclosure (for a tables
    part or full document; a narrative part has none). Current: published, or still pending /
    quarantined — a narrative part gated before this document was published but published
    after it must not keep its stale 'not verifiable yet'."""
    return [
        r[0]
        for r in con.execute(
            _SAME_DISCLOSURE.format(
                where="coalesce(d.part, 'full') <> 'narrative' AND o.part = 'narrative' "
                "AND o.status IN ('published', 'pending', 'quarantined')",
                order="o.part",
            ),
            [document_id],
        ).fetchall()
    ]


def document_status(con: duckdb.DuckDBPyConnection, document_id: str) -> dict[str, Any] | None:
    """What the warehouse knows about one document: raw and core status, reason, counts."""
    row = con.execute(
        """
        SELECT r.document_id, r.file_name, r.path, r.status AS raw_status, r.reason, r.message,
               d.status AS core_status, d.status_reason, d.superseded_by,
               d.department, d.fiscal_year, d.report_kind, d.scope, d.part,
               (SELECT count(*) FROM raw.tables t WHERE t.document_id = r.document_id) AS tables,
               (SELECT count(*) FROM core.facts f WHERE f.document_id = r.document_id) AS facts
        FROM raw.documents r LEFT JOIN core.documents d USING (document_id)
        WHERE r.document_id = ?
        """,
        [document_id],
    ).fetchone()
    if row is None:
        return None
    names = [d[0] for d in con.description]
    return dict(zip(names, row, strict=True))


def write_document(
    con: duckdb.DuckDBPyConnection, doc: ExtractedDocument, path: str | Path | None = None, publish: bool = True
) -> LoadOutcome:
    """Receive + raw + core for one extracted document; with publish=True also make it
    current without running the quality gate (tests and tools; the pipeline gates first)."""
    received = record_received(con, path or doc.file_name, doc.sha256, doc.file_name)
    if received.core_status is None:
        write_raw(con, doc)
    loaded = publish_core(con, doc.sha256)
    if not publish or loaded.outcome == UNCHANGED:
        return loaded
    return publish_document(con, doc.sha256)
