"""Evidence for the gate: the rows each rule family judges, as pandas DataFrames.

SQL families read their view `checks.evidence_<family>` (warehouse/50_checks.sql) for one
document. Money stays exact: expected / found / difference / tolerance are Decimal objects
(元) for reporting, and great-expectations compares integer fen columns derived from them:

    abs_diff_fen   |difference| in fen (0.01 元)
    tol_fen        the rule's tolerance in fen
    rounding_fen   abs_diff_fen when 0 < abs_diff_fen <= tol_fen, else 0 (a rounding difference)
    ok             the verdict of a non-numeric rule (True for numeric rows, never read for them)

The narrative family is a claims DataFrame built with pipelines.narrative: one row per claim
of the 情况说明 (plus one per template placeholder found on other pages), one boolean column
per narrative rule (True = no finding of that rule for the row).

A narrative part (DocumentMeta.part 'narrative': the 情况说明 alone, its tables published as
a separate tables part) has no tables of its own: its claims are checked against the tables of
its companion, the published tables part (or full document) of the same department,
fiscal_year, report_kind and scope. While no companion is in the warehouse the claims that
need tables cannot be checked; the frame then carries one 'companion' row failing
narrative.companion_missing (a warning: not verifiable yet, neither a pass nor a block), and
the checks that need no tables (years, placeholders, a claim's own percentages) still run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import duckdb
import pandas as pd

from pipelines.extract.model import LineItem
from pipelines.narrative import Finding as NarrativeFinding
from pipelines.narrative import parse_claims, verify_claims
from pipelines.store.loader import tables_companion

EVIDENCE_COLUMNS = (
    "document_id",
    "rule_id",
    "table_key",
    "side",
    "line_key",
    "line_label",
    "measure",
    "page",
    "expected",
    "found",
    "difference",
    "tolerance",
    "n_addends",
    "unit_printed",
    "ok",
    "description",
)
GE_COLUMNS = ("abs_diff_fen", "tol_fen", "rounding_fen")
_FEN = Decimal(100)

# Narrative rules the suite knows; a rule id the library adds later is reported as narrative.other.
NARRATIVE_RULES = (
    "narrative.amount_mismatch",
    "narrative.budget_mismatch",
    "narrative.subject_not_found",
    "narrative.share_percent",
    "narrative.completion_percent",
    "narrative.budget_direction",
    "narrative.compare_year",
    "narrative.yoy_words",
    "narrative.yoy_percent",
    "narrative.yoy_amount",
    "narrative.yoy_unchecked",
    "narrative.year_mismatch",
    "narrative.placeholder",
    "narrative.placeholder_text",
    "narrative.companion_missing",
    "narrative.table_blank",
    "narrative.other",
)


def rule_column(rule_id: str) -> str:
    """The claims-frame column of a narrative rule (dots are not safe in column names)."""
    return rule_id.replace(".", "_")


def _fen(value: Any) -> int:
    return 0 if value is None else int(abs(Decimal(value)) * _FEN)


def with_ge_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """Add the integer fen columns great-expectations compares (GE_COLUMNS) and a boolean `ok`."""
    abs_diff = [_fen(d) for d in frame["difference"]]
    tol = [_fen(t) for t in frame["tolerance"]]
    frame["abs_diff_fen"] = pd.Series(abs_diff, dtype="int64")
    frame["tol_fen"] = pd.Series(tol, dtype="int64")
    frame["rounding_fen"] = pd.Series(
        [d if 0 < d <= t else 0 for d, t in zip(abs_diff, tol, strict=True)], dtype="int64"
    )
    frame["ok"] = pd.Series([True if v is None else bool(v) for v in frame["ok"]], dtype=bool)
    return frame


def family_evidence(con: duckdb.DuckDBPyConnection, family: str, document_ids: str | list[str]) -> pd.DataFrame:
    """The evidence rows of one SQL family for one document or a batch of documents (Decimal
    money, integer fen for GE), ordered by document, then rule and line (a batch's frame is the
    documents' own frames one after the other)."""
    ids = [document_ids] if isinstance(document_ids, str) else list(document_ids)
    rows = con.execute(  # an IN list of constants: DuckDB pushes it into the views' scans
        f"SELECT {', '.join(EVIDENCE_COLUMNS)} FROM checks.evidence_{family} "
        f"WHERE document_id IN ({', '.join('?' for _ in ids)}) "
        "ORDER BY document_id, rule_id, table_key, side, line_key, measure, page",
        ids,
    ).fetchall()
    frame = pd.DataFrame([list(r) for r in rows], columns=list(EVIDENCE_COLUMNS), dtype=object)
    with_ge_columns(frame)
    frame["page"] = frame["page"].astype("Int64")
    return frame


# ------------------------------------------------------------------ narrative


@dataclass
class NarrativeEvidence:
    frame: pd.DataFrame  # one row per claim / placeholder token, one boolean column per rule
    findings: dict[tuple[int, str], list[NarrativeFinding]] = field(default_factory=dict)  # (row, rule) → findings
    previous_document_id: str | None = None
    claims: int = 0
    part: str = "full"
    companion_document_id: str | None = None  # a narrative part: the document whose tables were used


def _document_meta(con: duckdb.DuckDBPyConnection, document_id: str) -> tuple[Any, ...] | None:
    """(department, fiscal_year, report_kind, scope, part) of a document in core, else in raw."""
    row = con.execute(
        "SELECT department, fiscal_year, report_kind, scope, coalesce(part, 'full') FROM core.documents "
        "WHERE document_id = ?",
        [document_id],
    ).fetchone()
    if row is None:  # not in core yet: the extraction says the same
        row = con.execute(
            "SELECT department, fiscal_year, report_kind, scope, coalesce(part, 'full') FROM raw.extractions "
            "WHERE document_id = ?",
            [document_id],
        ).fetchone()
    return row


def facts_as_items(con: duckdb.DuckDBPyConnection, document_id: str) -> list[LineItem]:
    """core.facts of a document as the LineItems pipelines.narrative reads (amounts exact)."""
    rows = con.execute(
        "SELECT table_key, side, line_key, line_label, measure, amount, unit_printed, page, code_kind, level, "
        'parent_code, "row", col, extraction_method FROM core.facts WHERE document_id = ? '
        'ORDER BY table_key, page, "row", col',
        [document_id],
    ).fetchall()
    return [
        LineItem(
            table_key=r[0],
            side=r[1],
            line_key=r[2],
            line_label=r[3] or "",
            measure=r[4],
            amount=r[5],
            unit_printed=r[6],
            page=r[7] or 0,
            code_kind=r[8],
            level=r[9],
            parent_code=r[10],
            row=r[11],
            col=r[12],
            extraction_method=r[13] or "lattice",
        )
        for r in rows
    ]


def previous_document(con: duckdb.DuckDBPyConnection, document_id: str) -> str | None:
    """The prior fiscal year's published document with tables (a tables part or a full document;
    never a narrative part, which has none) of the same department, report kind and scope."""
    meta = _document_meta(con, document_id)
    if meta is None:
        return None
    department, fiscal_year, report_kind, scope, _ = meta
    row = con.execute(
        "SELECT document_id FROM core.documents WHERE department = ? AND fiscal_year = ? AND report_kind = ? "
        "AND scope = ? AND status = 'published' AND coalesce(part, 'full') <> 'narrative' AND document_id <> ? "
        "ORDER BY (coalesce(part, 'full') = 'tables') DESC, ingested_at DESC LIMIT 1",
        [department, fiscal_year - 1, report_kind, scope, document_id],
    ).fetchone()
    return row[0] if row else None


def narrative_evidence(con: duckdb.DuckDBPyConnection, document_id: str) -> NarrativeEvidence:
    meta = _document_meta(con, document_id)
    columns = ["kind", "page", "subject", "sentence", *(rule_column(r) for r in NARRATIVE_RULES)]
    records: list[dict[str, Any]] = []
    found: dict[tuple[int, str], list[NarrativeFinding]] = {}
    previous_id: str | None = None
    companion_id: str | None = None
    part = "full"
    n_claims = 0
    if meta is not None:
        _, fiscal_year, report_kind, _, part = meta
        pages = dict(
            con.execute(
                "SELECT page, text FROM raw.pages WHERE document_id = ? AND in_narrative ORDER BY page",
                [document_id],
            ).fetchall()
        )
        claims = parse_claims({p: t or "" for p, t in pages.items()}, fiscal_year, report_kind) if pages else []
        n_claims = len(claims)
        previous_id = previous_document(con, document_id)
        previous = facts_as_items(con, previous_id) if previous_id else None
        if part == "narrative":  # the tables are in the companion part (none yet: nothing to look up)
            companion_id = tables_companion(con, document_id)
            items = facts_as_items(con, companion_id) if companion_id else []
        else:
            items = facts_as_items(con, document_id)
        results = verify_claims(claims, items, previous)
        index: dict[tuple[int, str, str], int] = {}
        for claim in claims:
            index.setdefault((claim.page, claim.subject, claim.sentence), len(records))
            records.append({"kind": "claim", "page": claim.page, "subject": claim.subject, "sentence": claim.sentence})
        if part == "narrative" and companion_id is None:
            found.setdefault((len(records), "narrative.companion_missing"), []).append(
                _companion_missing(meta, n_claims, min(pages, default=None))
            )
            records.append({"kind": "companion", "page": min(pages, default=None), "subject": "", "sentence": ""})
        for f in results:
            row = index.get((f.page, f.subject, f.sentence))
            if row is None:  # a finding not tied to a parsed claim: its own row
                row = len(records)
                records.append({"kind": "finding", "page": f.page, "subject": f.subject, "sentence": f.sentence})
            rule = f.rule_id if f.rule_id in NARRATIVE_RULES else "narrative.other"
            found.setdefault((row, rule), []).append(f)
    # Placeholders outside the 情况说明 (cover, table pages), from SQL.
    for page, token in con.execute(
        "SELECT page, line_label FROM checks.placeholder_text WHERE document_id = ? ORDER BY page", [document_id]
    ).fetchall():
        found.setdefault((len(records), "narrative.placeholder_text"), []).append(
            NarrativeFinding(
                "narrative.placeholder_text",
                "warning",
                page,
                None,
                token,
                None,
                f"第{page}页留有模板占位文字“{token}”",
                f"page {page}: template placeholder {token!r} left",
                subject=token,
            )
        )
        records.append({"kind": "page_text", "page": page, "subject": token, "sentence": ""})
    for i, rec in enumerate(records):
        for rule in NARRATIVE_RULES:
            rec[rule_column(rule)] = (i, rule) not in found
    frame = pd.DataFrame(records, columns=columns)
    for rule in NARRATIVE_RULES:
        frame[rule_column(rule)] = frame[rule_column(rule)].astype(bool)
    return NarrativeEvidence(
        frame=frame,
        findings=found,
        previous_document_id=previous_id,
        claims=n_claims,
        part=part,
        companion_document_id=companion_id,
    )


_KIND_ZH = {"final_account": "决算", "budget": "预算"}


def _companion_missing(meta: tuple[Any, ...], n_claims: int, page: int | None) -> NarrativeFinding:
    """A narrative part whose tables part is not (yet) published: its claims are not verifiable."""
    department, fiscal_year, report_kind, scope, _ = meta
    kind_zh = _KIND_ZH.get(report_kind, report_kind)
    return NarrativeFinding(
        "narrative.companion_missing",
        "warning",
        page or 0,
        None,
        None,
        None,
        f"本文件只是{department}{fiscal_year}年度{kind_zh}的情况说明（narrative 部分），仓库中尚无已发布的"
        f"同部门同年度报表部分：情况说明的{n_claims}条陈述暂无法与表核对，报表部分入库后将重新核对",
        f"narrative part of {department} {fiscal_year} {report_kind} ({scope}): no published tables part "
        f"of the same disclosure is in the warehouse, so its {n_claims} claim(s) cannot be verified against "
        "the tables yet; they are re-checked when the tables part is published",
        subject=f"{department} {fiscal_year} {report_kind} {scope}",
    )
