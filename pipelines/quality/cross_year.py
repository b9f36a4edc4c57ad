"""The cross-year gate: great-expectations suites (expectations/cross_year_*.json) over the
evidence views of warehouse/70_cross_year_checks.sql, which compare each published document with
the previous fiscal year's document of the same department, report kind and scope.

run_cross_year(con, families)          validate → CrossYearReport (findings naming both documents)
write_cross_year_results(con, report)  replace those families' rows in core.check_results
CROSS_YEAR_FAMILIES / CROSS_YEAR_BLOCKING   family → description; the families whose errors block

A finding is stored under the later year's document (document_id, page) with the earlier one in
counterpart_document_id / counterpart_page; both file names and pages are in the messages too.
An error finding withholds the pair's rows of that table from published.yoy_by_subject
(core.cross_year_blocks). Money is exact: GE compares integer fen, as in the per-document gate.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from typing import Any

import duckdb
import great_expectations as gx
import pandas as pd

from pipelines.quality.evidence import with_ge_columns
from pipelines.quality.gate import (
    _RESULT_COLUMNS,
    FamilyOutcome,
    RuleResult,
    _dec,
    _int,
    _message,
    _money,
    _row_fields,
    _str,
    _validate,
)
from pipelines.quality.suites import Rule, _suite_data, rules_of
from pipelines.store.loader import transaction

CROSS_YEAR_ORDER = (
    "cross_year_carryover",
    "cross_year_budget_prev",
    "cross_year_classification",
    "cross_year_outliers",
)
EVIDENCE_COLUMNS = (
    "document_id",
    "counterpart_document_id",
    "rule_id",
    "table_key",
    "side",
    "line_key",
    "line_label",
    "measure",
    "page",
    "counterpart_page",
    "expected",
    "found",
    "difference",
    "tolerance",
    "unit_printed",
    "ok",
    "department",
    "report_kind",
    "scope",
    "fiscal_year",
    "prev_fiscal_year",
    "file_name",
    "counterpart_file_name",
    "description",
)
_FEN = Decimal(100)
_KIND_ZH = {"final_account": "决算", "budget": "预算"}
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
_MARKDOWN_ROWS = 40


@cache
def cross_year_suites() -> dict[str, gx.ExpectationSuite]:
    """family → ExpectationSuite; raises if an expectation did not load (GE drops it with a log line)."""
    out: dict[str, gx.ExpectationSuite] = {}
    for family in CROSS_YEAR_ORDER:
        data = _suite_data(family)
        suite = gx.ExpectationSuite(name=data["name"], expectations=data["expectations"], meta=data.get("meta"))
        if len(suite.expectations) != len(data["expectations"]):
            raise ValueError(f"expectations/{family}.json: an expectation did not load")
        out[family] = suite
    return out


@cache
def cross_year_rules() -> dict[str, Rule]:
    return rules_of(CROSS_YEAR_ORDER)


CROSS_YEAR_FAMILIES: dict[str, str] = {f: _suite_data(f)["meta"]["description_en"] for f in CROSS_YEAR_ORDER}
CROSS_YEAR_BLOCKING: frozenset[str] = frozenset(f for f in CROSS_YEAR_ORDER if _suite_data(f)["meta"]["blocking"])


@dataclass(frozen=True)
class CrossYearFinding:
    rule_id: str
    family: str
    severity: str  # error | warning | info
    document_id: str  # the later year's document
    counterpart_document_id: str | None  # the earlier year's
    table_key: str | None
    side: str | None
    line_key: str | None
    measure: str | None
    page: int | None
    counterpart_page: int | None
    expected: Decimal | None
    found: Decimal | None
    difference: Decimal | None
    message_zh: str
    message_en: str


@dataclass
class CrossYearReport:
    findings: list[CrossYearFinding] = field(default_factory=list)
    families: dict[str, FamilyOutcome] = field(default_factory=dict)
    rules: list[RuleResult] = field(default_factory=list)
    checked: dict[str, dict[str, str]] = field(default_factory=dict)  # rule_id → {document: previous year's}
    seconds: float = 0.0

    @property
    def errors(self) -> list[CrossYearFinding]:
        return [f for f in self.findings if f.severity == "error"]

    def of_family(self, family: str) -> list[CrossYearFinding]:
        return [f for f in self.findings if f.family == family]


def cross_year_evidence(con: duckdb.DuckDBPyConnection, family: str) -> pd.DataFrame:
    """Every evidence row of one family (Decimal money, integer fen for GE)."""
    rows = con.execute(
        f"SELECT {', '.join(EVIDENCE_COLUMNS)} FROM checks.evidence_{family} "
        "ORDER BY rule_id, department, report_kind, scope, fiscal_year, table_key, side, line_key"
    ).fetchall()
    frame = pd.DataFrame([list(r) for r in rows], columns=list(EVIDENCE_COLUMNS), dtype=object)
    with_ge_columns(frame)
    frame["kind_zh"] = [_KIND_ZH.get(k, k) for k in frame["report_kind"]]
    return frame


def _findings(rule: Rule, frame: pd.DataFrame, indexes: list[Any]) -> list[CrossYearFinding]:
    out = []
    for ix in indexes:
        row = frame.loc[ix]
        fields = _row_fields(row)
        out.append(
            CrossYearFinding(
                rule_id=rule.rule_id,
                family=rule.family,
                severity=rule.severity,
                document_id=str(row["document_id"]),
                counterpart_document_id=_str(row["counterpart_document_id"]),
                table_key=_str(row["table_key"]),
                side=_str(row["side"]),
                line_key=_str(row["line_key"]),
                measure=_str(row["measure"]),
                page=_int(row["page"]),
                counterpart_page=_int(row["counterpart_page"]),
                expected=_dec(row["expected"]),
                found=_dec(row["found"]),
                difference=_dec(row["difference"]),
                message_zh=_message(rule.message_zh, fields),
                message_en=_message(rule.message_en, fields),
            )
        )
    return out


def _markdown(findings: list[CrossYearFinding]) -> str:
    if not findings:
        return ""
    lines = [
        "| severity | rule | table | line | page | previous year's page | expected 元 | found 元 | message |",
        "| --- | --- | --- | --- | --- | --- | ---: | ---: | --- |",
    ]
    for f in findings[:_MARKDOWN_ROWS]:
        cells = [
            f.severity,
            f.rule_id,
            f.table_key or "",
            f.line_key or "",
            "" if f.page is None else str(f.page),
            "" if f.counterpart_page is None else str(f.counterpart_page),
            "" if f.expected is None else f"{f.expected:,}",
            "" if f.found is None else f"{f.found:,}",
            f.message_zh.replace("|", "/"),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    if len(findings) > _MARKDOWN_ROWS:
        lines.append(f"\n… and {len(findings) - _MARKDOWN_ROWS} more (see published.cross_year_findings)")
    return "\n".join(lines)


def run_cross_year(con: duckdb.DuckDBPyConnection, families: list[str] | None = None) -> CrossYearReport:
    """Validate every (or the named) cross-year family over the whole published warehouse."""
    started = time.perf_counter()
    chosen = list(CROSS_YEAR_ORDER) if families is None else list(families)
    unknown = set(chosen) - set(CROSS_YEAR_ORDER)
    if unknown:
        raise ValueError(f"unknown cross-year families: {sorted(unknown)}; known: {list(CROSS_YEAR_ORDER)}")
    suites, catalog = cross_year_suites(), cross_year_rules()
    report = CrossYearReport()
    for family in [f for f in CROSS_YEAR_ORDER if f in chosen]:
        frame = cross_year_evidence(con, family)
        present = set(frame["rule_id"])
        results = _validate(frame, suites[family], present | {f"{r}.rounding" for r in present})
        validated = {res.expectation_config.meta["rule_id"] for res in results}
        found: list[CrossYearFinding] = []
        n_failed = 0
        for exp in suites[family].expectations:  # no evidence (no pair to compare): nothing failed
            rule_id = exp.meta["rule_id"]
            if rule_id not in validated:
                report.rules.append(RuleResult(rule_id, family, catalog[rule_id].severity, True, 0, 0))
        for res in results:
            rule = catalog[res.expectation_config.meta["rule_id"]]
            base = rule.rule_id.removesuffix(".rounding")
            rows = frame.loc[frame["rule_id"] == base, ["document_id", "counterpart_document_id"]]
            report.checked[rule.rule_id] = dict(zip(rows["document_id"], rows["counterpart_document_id"], strict=True))
            if (res.exception_info or {}).get("raised_exception"):
                raise RuntimeError(f"cross-year rule {rule.rule_id} could not run: {res.exception_info}")
            indexes = list(res.result.get("unexpected_index_list") or [])
            found.extend(_findings(rule, frame, indexes))
            n_rows = int((frame["rule_id"] == base).sum())
            report.rules.append(
                RuleResult(rule.rule_id, family, rule.severity, bool(res.success), n_rows, len(indexes))
            )
            if not res.success and rule.severity == "error":
                n_failed += 1
        found.sort(key=lambda f: (_SEVERITY_ORDER.get(f.severity, 9), f.rule_id, f.document_id, f.page or 0))
        report.findings.extend(found)
        report.families[family] = FamilyOutcome(
            family=family,
            passed=not any(f.severity == "error" for f in found),
            n_rules=len(suites[family].expectations),
            n_failed=n_failed,
            n_warnings=sum(f.severity == "warning" for f in found),
            markdown=_markdown(found),
        )
    report.seconds = time.perf_counter() - started
    return report


_COLUMNS = (*_RESULT_COLUMNS, "counterpart_document_id", "counterpart_page")


def write_cross_year_results(con: duckdb.DuckDBPyConnection, report: CrossYearReport) -> int:
    """Replace every row of the families the report ran (all documents) in one transaction: one
    'pass' row per (rule, document) it checked without a finding, one 'fail' row per finding."""
    now = datetime.now(UTC).replace(tzinfo=None)
    catalog = cross_year_rules()
    failed = {(f.rule_id, f.document_id) for f in report.findings}
    rows: list[tuple[Any, ...]] = []
    for rule_id, documents in sorted(report.checked.items()):
        rule = catalog[rule_id]
        for doc, counterpart in sorted(documents.items()):
            if (rule_id, doc) in failed:
                continue
            rows.append(
                (doc, rule_id, rule.family, rule.severity, "pass", *([None] * 8))
                + (f"通过：{rule.title_zh}", f"passed: {rule.title_en}", now, counterpart, None)
            )
    for f in report.findings:
        rows.append(
            (
                f.document_id,
                f.rule_id,
                f.family,
                f.severity,
                "fail",
                f.table_key,
                f.side,
                f.line_key,
                f.measure,
                f.page,
                _money(f.expected),
                _money(f.found),
                _money(f.difference),
                f.message_zh,
                f.message_en,
                now,
                f.counterpart_document_id,
                f.counterpart_page,
            )
        )
    with transaction(con):
        con.execute("DELETE FROM core.check_results WHERE list_contains(?, family)", [sorted(report.families)])
        if rows:
            con.executemany(
                f"INSERT INTO core.check_results ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' for _ in _COLUMNS)})",
                rows,
            )
    return len(rows)


def refresh_cross_year(con: duckdb.DuckDBPyConnection) -> CrossYearReport:
    """Run and store every cross-year family (what `budgetwh ingest` does after publishing)."""
    report = run_cross_year(con)
    write_cross_year_results(con, report)
    return report
