"""Everything a department report shows, read from the published views (no HTML here).

load_department(con, department) → DepartmentData: plain rows (dicts) per section, every amount a
Decimal in 元 with the document (file name) and page it was printed on, so that the HTML side can
put a source on every number. published.check_results is read when it exists (else None).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import duckdb

Row = dict[str, Any]

# The marts the report needs (warehouse/60_marts.sql); a warehouse built before them lacks them.
REQUIRED_VIEWS = (
    "documents",
    "line_items",
    "totals_by_year",
    "function_class_composition",
    "three_public_by_year",
    "office_operation_by_year",
    "budget_vs_final",
    "execution_by_subject",
    "unmatched_subjects",
)
CHECK_COLUMNS = (
    "document_id",
    "rule_id",
    "severity",
    "outcome",
    "table_key",
    "line_key",
    "page",
    "expected",
    "found",
    "message_zh",
    "message_en",
)


class MissingViewsError(LookupError):
    """The warehouse lacks published views the report reads."""


@dataclass
class DepartmentData:
    department: str
    documents: list[Row]
    totals: list[Row]
    composition: list[Row]
    three_public: list[Row]
    office_operation: list[Row]
    budget_vs_final: list[Row]
    execution: list[Row]
    subject_trend: list[Row]
    unmatched: list[Row]
    checks: list[Row] | None  # None: published.check_results does not exist in this warehouse
    check_summary: list[Row] | None
    notes: list[str] = field(default_factory=list)

    @property
    def years(self) -> list[int]:
        return sorted({d["fiscal_year"] for d in self.documents})


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> list[Row]:
    cur = con.execute(sql, params or [])
    columns = [d[0] for d in cur.description]
    return [dict(zip(columns, r, strict=True)) for r in cur.fetchall()]


def published_views(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {
        r[0]
        for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'published'"
        ).fetchall()
    }


def check_views(con: duckdb.DuckDBPyConnection) -> None:
    missing = [v for v in REQUIRED_VIEWS if v not in published_views(con)]
    if missing:
        raise MissingViewsError(
            "the warehouse has no published."
            + ", published.".join(missing)
            + " (built before the comparison marts: ingest any file, or run the published_views asset, to add them)"
        )


def departments(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [r[0] for r in con.execute("SELECT DISTINCT department FROM published.documents ORDER BY 1").fetchall()]


def _documents(con: duckdb.DuckDBPyConnection, department: str) -> list[Row]:
    return _rows(
        con,
        "SELECT d.document_id, d.file_name, d.fiscal_year, d.report_kind, d.scope, d.page_count, d.status, "
        "r.path FROM published.documents d LEFT JOIN raw.documents r USING (document_id) "
        "WHERE d.department = ? ORDER BY d.fiscal_year, d.report_kind, d.scope",
        [department],
    )


def _checks(con: duckdb.DuckDBPyConnection, department: str) -> tuple[list[Row] | None, list[Row] | None]:
    if "check_results" not in published_views(con):
        return None, None
    columns = {
        r[0]
        for r in con.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = 'published' AND table_name = 'check_results'"
        ).fetchall()
    }
    select = ", ".join(f"c.{c}" if c in columns else f"NULL AS {c}" for c in CHECK_COLUMNS)
    base = (
        f"SELECT {select}, d.file_name, d.fiscal_year, d.report_kind FROM published.check_results c "
        "JOIN published.documents d USING (document_id) WHERE d.department = ?"
    )
    try:
        summary = _rows(
            con,
            f"SELECT severity, outcome, count(*) AS n FROM ({base}) GROUP BY ALL ORDER BY severity, outcome",
            [department],
        )
        details = _rows(
            con,
            f"SELECT * FROM ({base}) WHERE outcome IS DISTINCT FROM 'pass' "
            "ORDER BY fiscal_year, report_kind, severity, rule_id, page LIMIT 500",
            [department],
        )
    except duckdb.Error:  # a check_results of another shape: report what we can, never fail the report
        return None, None
    return details, summary


def load_department(con: duckdb.DuckDBPyConnection, department: str) -> DepartmentData:
    check_views(con)
    p = [department]
    documents = _documents(con, department)
    if not documents:
        raise LookupError(f"no published document of {department!r} in the warehouse")
    totals = _rows(
        con,
        "SELECT * FROM published.totals_by_year WHERE department = ? ORDER BY fiscal_year, report_kind, scope",
        p,
    )
    composition = _rows(
        con,
        "SELECT * FROM published.function_class_composition WHERE department = ? "
        "ORDER BY fiscal_year, report_kind, scope, class_code",
        p,
    )
    three_public = _rows(
        con, "SELECT * FROM published.three_public_by_year WHERE department = ? ORDER BY fiscal_year, item_order", p
    )
    office = _rows(con, "SELECT * FROM published.office_operation_by_year WHERE department = ? ORDER BY fiscal_year", p)
    # budget_vs_final (the contract view) with where each side was printed.
    bvf = _rows(
        con,
        """
        WITH src AS (
            SELECT c.fiscal_year, c.report_kind, c.table_key, c.compare_key AS line_key,
                   any_value(d.file_name) AS file_name, min(c.page) AS page
            FROM core.comparable_line_items c JOIN published.documents d USING (document_id)
            WHERE c.department = ? AND c.target_year = c.fiscal_year
            GROUP BY ALL
        )
        SELECT v.*, b.file_name AS budget_file_name, b.page AS budget_page,
               f.file_name AS final_file_name, f.page AS final_page
        FROM published.budget_vs_final v
        LEFT JOIN src b ON b.fiscal_year = v.fiscal_year AND b.report_kind = 'budget'
                       AND b.table_key = v.table_key AND b.line_key = v.line_key
        LEFT JOIN src f ON f.fiscal_year = v.fiscal_year AND f.report_kind = 'final_account'
                       AND f.table_key = v.table_key AND f.line_key = v.line_key
        WHERE v.department = ?
        ORDER BY v.fiscal_year, v.table_key, v.line_key
        """,
        [department, department],
    )
    execution = _rows(
        con,
        "SELECT * FROM published.execution_by_subject WHERE department = ? ORDER BY fiscal_year, scope, line_key",
        p,
    )
    # Spending by subject across the years: the expenditure table's 合计 column per code.
    trend = _rows(
        con,
        """
        SELECT l.report_kind, l.line_key, any_value(l.line_label) AS line_label, l.fiscal_year,
               coalesce(sum(l.amount_yuan) FILTER (WHERE l.measure = 'total'),
                        sum(l.amount_yuan) FILTER (WHERE l.measure = 'budget')) AS amount_yuan,
               any_value(d.file_name) AS file_name, min(l.page) AS page
        FROM published.line_items l JOIN published.documents d USING (document_id)
        WHERE l.department = ? AND l.table_key = 'expenditure'
          AND (regexp_full_match(l.line_key, '[0-9]+') OR l.line_key = 'total')
          AND d.scope = (SELECT min(scope) FROM published.documents WHERE department = ?)
        GROUP BY l.report_kind, l.line_key, l.fiscal_year
        ORDER BY l.report_kind, l.line_key, l.fiscal_year
        """,
        [department, department],
    )
    unmatched = _rows(
        con,
        "SELECT * FROM published.unmatched_subjects WHERE department = ? "
        "ORDER BY fiscal_year, report_kind, table_key, line_key, comparison",
        p,
    )
    checks, check_summary = _checks(con, department)
    notes: list[str] = []
    if checks is None:
        notes.append("published.check_results is not in this warehouse: no data-quality results to show.")
    return DepartmentData(
        department=department,
        documents=documents,
        totals=totals,
        composition=composition,
        three_public=three_public,
        office_operation=office,
        budget_vs_final=bvf,
        execution=execution,
        subject_trend=trend,
        unmatched=unmatched,
        checks=checks,
        check_summary=check_summary,
        notes=notes,
    )


def wan(amount: Decimal | None) -> str:
    """元 → 万元 as printed in the reports: 2 decimals, more only where the 元 amount needs them (exact)."""
    if amount is None:
        return ""
    value = Decimal(amount) / Decimal(10000)
    text = f"{value:.6f}".rstrip("0")
    whole, _, frac = text.partition(".")
    return f"{whole}.{frac.ljust(2, '0')}"
