"""Everything a department report shows, read from the published views (no HTML here).

load_department(con, department) → DepartmentData: plain rows (dicts) per section, every amount a
Decimal in 元 with the document (file name) and page it was printed on, so that the HTML side can
put a source on every number. published.check_results / published.cross_year_findings are read
when they exist (else None). site_index(con) → one IndexEntry per department for index.html.

Two decisions live here, each in one function so they can be pointed elsewhere later:
place_of(con, department) — the place a department belongs to (published.department_places: the
places reference warehouse/reference/places.csv matched against the name), and display_unit(units)
— the unit a department's page shows its amounts in.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
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
class Peers:
    """One budget of the department and the other departments' budgets of the same year and scope."""

    fiscal_year: int
    scope: str
    document_id: str  # the department's own budget
    departments: list[Row]  # department, place, document_id, file_name, path, totals + 三公 columns
    composition: list[Row]  # function_class_composition rows of every department above


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
    place: str = ""
    unit: str = "万元"  # the page's display unit (display_unit): 万元 or 元
    cross_year: list[Row] | None = None  # None: no published.cross_year_findings in this warehouse
    cross_year_summary: list[Row] | None = None
    peers: list[Peers] = field(default_factory=list)
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
        "SELECT d.document_id, d.file_name, d.fiscal_year, d.report_kind, d.scope, d.part, d.page_count, d.status, "
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


def load_department(
    con: duckdb.DuckDBPyConnection, department: str, peer_cache: PeerCache | None = None
) -> DepartmentData:
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
    cross_year, cross_year_summary = _cross_year(con, department)
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
        place=place_of(con, department),
        unit=display_unit(document_units(con, department)),
        cross_year=cross_year,
        cross_year_summary=cross_year_summary,
        peers=_peers(con, department, documents, peer_cache),
        notes=notes,
    )


# ------------------------------------------------------------------ place


def places(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """department → place, as the warehouse decides it (published.department_places); "" when unknown."""
    if "department_places" not in published_views(con):  # a warehouse built before the places reference
        return {}
    rows = con.execute("SELECT department, place FROM published.department_places").fetchall()
    return {dep: place or "" for dep, place in rows}


def place_of(con: duckdb.DuckDBPyConnection, department: str) -> str:
    return places(con).get(department, "")


# ------------------------------------------------------------------ units


def document_units(con: duckdb.DuckDBPyConnection, department: str) -> dict[str, Counter[str]]:
    """Per published document of the department: how many of its line items were printed in each unit."""
    units: dict[str, Counter[str]] = {}
    for doc, unit, n in con.execute(
        "SELECT document_id, unit_printed, count(*) FROM published.line_items WHERE department = ? GROUP BY ALL",
        [department],
    ).fetchall():
        units.setdefault(doc, Counter())[unit or ""] += n
    return units


def display_unit(units: dict[str, Counter[str]]) -> str:
    """The unit a department's page shows every amount in: 元 when each of its documents prints mostly
    in 元, else 万元 (a 万元-printed figure shown in 元 would claim digits the document never printed;
    a 元 figure shown in 万元 is rounded for display only, its exact value stays in the tooltip)."""
    if units and all(c.most_common(1)[0][0] == "元" for c in units.values()):
        return "元"
    return "万元"


_CENT = Decimal("0.01")


def display_amount(amount: Decimal | None, unit: str) -> str:
    """An amount (元) for the eye: 元 with thousands separators and 2 decimals, or 万元 with 2 decimals."""
    if amount is None:
        return ""
    value = Decimal(amount) if unit == "元" else Decimal(amount) / Decimal(10000)
    value = value.quantize(_CENT, rounding=ROUND_HALF_UP)
    return f"{value:,}" if unit == "元" else f"{value}"


def exact_yuan(amount: Decimal | None) -> str:
    """The exact amount as stored (元, to the fen), for tooltips."""
    return "" if amount is None else f"{Decimal(amount):,} 元"


# ------------------------------------------------------------- cross-year


def _cross_year(con: duckdb.DuckDBPyConnection, department: str) -> tuple[list[Row] | None, list[Row] | None]:
    if "cross_year_findings" not in published_views(con):
        return None, None
    try:
        summary = _rows(
            con,
            "SELECT rule_id, severity, outcome, count(*) AS n FROM published.cross_year_findings "
            "WHERE department = ? GROUP BY ALL ORDER BY rule_id, severity, outcome",
            [department],
        )
        details = _rows(
            con,
            "SELECT * FROM published.cross_year_findings WHERE department = ? AND outcome IS DISTINCT FROM 'pass' "
            "ORDER BY fiscal_year, report_kind, "
            "CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, rule_id, table_key, line_key "
            "LIMIT 500",
            [department],
        )
    except duckdb.Error:  # another shape of the view: never fail the report over it
        return None, None
    return details, summary


# ------------------------------------------------------------------ peers

THREE_PUBLIC_PEER_ITEMS = ("total", "overseas_travel", "vehicle_total", "reception")


PeerCache = dict[tuple[int, str], tuple[list[Row], list[Row]]]


def _peer_group(con: duckdb.DuckDBPyConnection, fiscal_year: int, scope: str) -> tuple[list[Row], list[Row]]:
    """Every published (tables-bearing) budget of one fiscal year and scope: totals + 三公 per document,
    largest spending first, and their function-class composition rows."""
    pivot = ", ".join(
        f"max(budget_document_yuan) FILTER (WHERE item = '{i}') AS tp_{i}_yuan" for i in THREE_PUBLIC_PEER_ITEMS
    )
    rows = _rows(
        con,
        f"""
        WITH tp AS (
            SELECT budget_document_id AS document_id, {pivot}, min(budget_page) AS tp_page
            FROM published.three_public_by_year
            WHERE budget_document_id IS NOT NULL AND fiscal_year = ? GROUP BY 1
        )
        SELECT d.department, d.document_id, d.file_name, r.path,
               t.expenditure_total_yuan, t.basic_yuan, t.summary_page, t.basic_project_page,
               tp.* EXCLUDE (document_id)
        FROM published.documents d
        LEFT JOIN raw.documents r USING (document_id)
        LEFT JOIN (SELECT * FROM published.totals_by_year WHERE fiscal_year = ?) t USING (document_id)
        LEFT JOIN tp USING (document_id)
        WHERE d.report_kind = 'budget' AND d.status = 'published' AND d.part <> 'narrative'
          AND d.fiscal_year = ? AND d.scope = ?
        ORDER BY t.expenditure_total_yuan DESC NULLS LAST, d.department
        """,
        [fiscal_year, fiscal_year, fiscal_year, scope],
    )
    where = places(con)
    for r in rows:
        r["place"] = where.get(r["department"], "")
        basic, tp = r["basic_yuan"], r["tp_total_yuan"]
        r["tp_share_of_basic_pct"] = (
            None if not basic or tp is None else (Decimal(tp) * 100 / Decimal(basic)).quantize(_CENT, ROUND_HALF_UP)
        )
    composition = _rows(
        con,
        "SELECT * FROM published.function_class_composition WHERE report_kind = 'budget' AND fiscal_year = ? "
        "AND document_id IN (SELECT unnest(?)) ORDER BY class_code",
        [fiscal_year, [r["document_id"] for r in rows]],
    )
    return rows, composition


def _peers(
    con: duckdb.DuckDBPyConnection, department: str, documents: list[Row], cache: PeerCache | None = None
) -> list[Peers]:
    """For each published budget (tables-bearing) of the department: every budget of the same fiscal
    year and scope, with its totals, 三公 (budget document's 预算数) and function-class composition;
    this department's rows first. `cache` shares a year's group between the pages of one site."""
    cache = {} if cache is None else cache
    out: list[Peers] = []
    for d in documents:
        key = (d["fiscal_year"], d["scope"])
        if d["report_kind"] != "budget" or d["status"] != "published" or d.get("part") == "narrative":
            continue
        if any((p.fiscal_year, p.scope) == key for p in out):
            continue  # two tables-bearing budgets of one year: one comparison
        if key not in cache:
            cache[key] = _peer_group(con, *key)
        rows, composition = cache[key]
        if len({r["department"] for r in rows}) < 2:
            continue  # no other department's budget of that year: nothing to compare
        rows = sorted(rows, key=lambda r: r["department"] != department)  # stable: own rows first
        out.append(Peers(d["fiscal_year"], d["scope"], d["document_id"], rows, composition))
    return out


# ------------------------------------------------------------------ index


@dataclass(frozen=True)
class IndexEntry:
    department: str
    place: str
    years: list[int]
    kinds: list[str]  # report kinds published (budget, final_account)
    scopes: list[str]
    documents: int
    findings: int  # cross-year findings other than pass (0 when the view is absent)


def site_index(con: duckdb.DuckDBPyConnection) -> list[IndexEntry]:
    findings: dict[str, int] = {}
    if "cross_year_findings" in published_views(con):
        with_findings = con.execute(
            "SELECT department, count(*) FROM published.cross_year_findings "
            "WHERE outcome IS DISTINCT FROM 'pass' GROUP BY 1"
        ).fetchall()
        findings = {dep: n for dep, n in with_findings}
    where, entries = places(con), []
    for dep, years, kinds, scopes, n in con.execute(
        "SELECT department, list(DISTINCT fiscal_year ORDER BY fiscal_year), "
        "list(DISTINCT report_kind ORDER BY report_kind), list(DISTINCT scope ORDER BY scope), count(*) "
        "FROM published.documents GROUP BY 1 ORDER BY 1"
    ).fetchall():
        entries.append(IndexEntry(dep, where.get(dep, ""), years, kinds, scopes, n, findings.get(dep, 0)))
    return entries
