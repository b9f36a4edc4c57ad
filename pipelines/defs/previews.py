"""Markdown previews for asset metadata (what the Dagster UI shows per materialization)."""

from __future__ import annotations

from decimal import Decimal

import duckdb


def _wan(amount: Decimal | None) -> str:
    return "" if amount is None else f"{amount / 10000:,.2f}"


def tables_markdown(tables: list[dict]) -> str:
    """The tables found (pipelines.staging's summary rows: table_key, title, pages, unit, method, items)."""
    lines = ["| table_key | title | pages | unit | method | items |", "| --- | --- | --- | --- | --- | --- |"]
    for t in tables:
        pages = ", ".join(str(p) for p in t["pages"])
        lines.append(f"| {t['table_key']} | {t['title']} | {pages} | {t['unit']} | {t['method']} | {t['items']} |")
    return "\n".join(lines)


def key_figures_markdown(con: duckdb.DuckDBPyConnection, document_id: str, limit: int = 40) -> str:
    """Summary lines and first-level subjects of one document, in 万元."""
    rows = con.execute(
        """
        SELECT table_key, coalesce(side, '') AS side, line_key, line_label, measure, amount_yuan
        FROM core.facts
        WHERE document_id = ?
          AND (table_key = 'summary' OR (table_key = 'expenditure' AND (level = 1 OR line_key = 'total')))
        ORDER BY table_key DESC, side DESC, "row", col
        LIMIT ?
        """,
        [document_id, limit],
    ).fetchall()
    if not rows:
        return "_no summary or expenditure figures_"
    lines = ["| table | side | line | label | measure | 万元 |", "| --- | --- | --- | --- | --- | ---: |"]
    lines += [f"| {t} | {s} | {k} | {lbl} | {m} | {_wan(a)} |" for t, s, k, lbl, m, a in rows]
    return "\n".join(lines)


def view_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    views = [
        r[0]
        for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'published' ORDER BY 1"
        ).fetchall()
    ]
    return {v: con.execute(f'SELECT count(*) FROM published."{v}"').fetchone()[0] for v in views}
