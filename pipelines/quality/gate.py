"""run_gate: validate one document's evidence with the great-expectations suites.

Severity: an error-severity failure blocks publication (arithmetic beyond tolerance, cross-table,
unknown codes, missing tables, unparseable amounts); warnings (rounding within tolerance, name
mismatches, item-level codes, every narrative finding) and info notes never do.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import duckdb
import great_expectations as gx
import pandas as pd
from great_expectations.data_context.types.base import ProgressBarsConfig

from pipelines.extract.model import UNIT_TO_YUAN
from pipelines.quality.evidence import NarrativeEvidence, family_evidence, narrative_evidence
from pipelines.quality.suites import FAMILY_ORDER, Rule, load_suites, rules
from pipelines.store.loader import narrative_companions, transaction

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
_NO_ROW = (None,) * 8  # table_key … difference of a result that is not about one evidence row
_MARKDOWN_ROWS = 40
_WAN = UNIT_TO_YUAN["万元"]


@dataclass(frozen=True)
class Finding:
    """One offending evidence row (outcome 'fail'), with the rule's severity."""

    rule_id: str
    family: str
    severity: str  # error | warning | info
    outcome: str  # fail (pass rows are written per rule by write_check_results)
    table_key: str | None
    side: str | None
    line_key: str | None
    measure: str | None
    page: int | None
    expected: Decimal | None  # 元
    found: Decimal | None  # 元
    difference: Decimal | None  # found - expected, 元
    message_zh: str
    message_en: str


@dataclass(frozen=True)
class RuleResult:
    rule_id: str
    family: str
    severity: str
    passed: bool
    evidence_rows: int  # rows the rule looked at
    unexpected: int  # rows it flagged


@dataclass
class FamilyOutcome:
    family: str
    passed: bool  # no error-severity failure
    n_rules: int  # expectations in the suite
    n_failed: int  # error-severity rules that failed
    n_warnings: int  # warning findings (rows)
    markdown: str  # the failed / warned rows, for Dagster metadata


@dataclass
class GateReport:
    document_id: str
    findings: list[Finding] = field(default_factory=list)
    families: dict[str, FamilyOutcome] = field(default_factory=dict)
    rules: list[RuleResult] = field(default_factory=list)
    blocking_failed: bool = False
    seconds: float = 0.0

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]


# ------------------------------------------------------------------ great-expectations context

_lock = threading.Lock()
_batch_definition: Any = None


def _batch_def() -> Any:
    """One ephemeral context per process (building one costs seconds), with a whole-dataframe batch."""
    global _batch_definition
    if _batch_definition is None:
        logging.getLogger("great_expectations").setLevel(logging.WARNING)
        context = gx.get_context(mode="ephemeral")
        context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
        source = context.data_sources.add_pandas(name="budgetwh_quality")
        asset = source.add_dataframe_asset(name="evidence")
        _batch_definition = asset.add_batch_definition_whole_dataframe("whole_document")
    return _batch_definition


def _validate(frame: pd.DataFrame, suite: gx.ExpectationSuite, with_evidence: set[str] | None) -> list[Any]:
    """The validation results of the suite's expectations on one frame.

    great-expectations costs ~40-70 ms per expectation, so (1) a rule with no evidence rows is
    not sent to it (it passes: there was nothing to check; the caller records that), (2) the
    rest run once with BOOLEAN_ONLY, and (3) only the failed ones run again with COMPLETE to
    get the offending rows."""
    todo = [e for e in suite.expectations if with_evidence is None or e.meta["rule_id"] in with_evidence]
    if not todo:
        return []
    with _lock:  # the context and its data source are shared; GE is not documented thread-safe
        batch = _batch_def().get_batch(batch_parameters={"dataframe": frame})
        quick = batch.validate(
            gx.ExpectationSuite(name=f"{suite.name}_quick", expectations=todo),
            result_format={"result_format": "BOOLEAN_ONLY"},
        )
        by_rule = {e.meta["rule_id"]: e for e in todo}
        results = []
        for res in quick.results:
            if res.success and not (res.exception_info or {}).get("raised_exception"):
                results.append(res)
            else:
                expectation = by_rule[res.expectation_config.meta["rule_id"]]
                results.append(batch.validate(expectation, result_format={"result_format": "COMPLETE"}))
        return results


# ------------------------------------------------------------------ formatting


class _Fields(dict):
    def __missing__(self, key: str) -> str:
        return "-"


def _printed(value: Decimal | None, unit: str | None) -> str:
    """An amount in 元 shown in the table's printed unit, the way the report prints it."""
    if value is None:
        return "-"
    unit = unit if unit in UNIT_TO_YUAN else "元"
    v = value / UNIT_TO_YUAN[unit]
    v = v.quantize(Decimal("0.01")) if v == v.quantize(Decimal("0.01")) else v.normalize()
    return f"{v:,f}{unit}"


def _message(template: str, fields: dict[str, Any]) -> str:
    return template.format_map(_Fields(fields))


def _row_fields(row: pd.Series) -> dict[str, Any]:
    unit = row.get("unit_printed")
    fields = {k: ("-" if _isna(v) else v) for k, v in row.items()}
    for key in ("expected", "found", "difference", "tolerance"):
        fields[key] = _printed(_dec(row.get(key)), unit)
    return fields


def _isna(v: Any) -> bool:
    return v is None or (not isinstance(v, (str, Decimal, list)) and bool(pd.isna(v)))


def _dec(v: Any) -> Decimal | None:
    return None if _isna(v) else Decimal(v)


def _int(v: Any) -> int | None:
    return None if _isna(v) else int(v)


def _str(v: Any) -> str | None:
    return None if _isna(v) else str(v)


# ------------------------------------------------------------------ findings from results


# Columns that restate the previous year's figures beside this year's (上年预算数, 上年执行数, a 2025 block in a
# 2026 budget). The document is not their record — the previous year's document is — so a
# misprint there is reported (a warning naming the page) but does not hold back this year's figures.
PRIOR_YEAR_MEASURES = frozenset({"budget_prev", "final_prev"})
_PRIOR_YEAR_NOTE = ("（上年数，仅供对照，不阻止发布）", " (a restated prior-year figure: reported, does not block)")


def _sql_findings(rule: Rule, frame: pd.DataFrame, indexes: list[Any]) -> list[Finding]:
    out = []
    for ix in indexes:
        row = frame.loc[ix]
        fields = _row_fields(row)
        prior_year = rule.severity == "error" and _str(row["measure"]) in PRIOR_YEAR_MEASURES
        zh, en = _PRIOR_YEAR_NOTE if prior_year else ("", "")
        out.append(
            Finding(
                rule_id=rule.rule_id,
                family=rule.family,
                severity="warning" if prior_year else rule.severity,
                outcome="fail",
                table_key=_str(row["table_key"]),
                side=_str(row["side"]),
                line_key=_str(row["line_key"]),
                measure=_str(row["measure"]),
                page=_int(row["page"]),
                expected=_dec(row["expected"]),
                found=_dec(row["found"]),
                difference=_dec(row["difference"]),
                message_zh=_message(rule.message_zh, fields) + zh,
                message_en=_message(rule.message_en, fields) + en,
            )
        )
    return out


# Narrative rules whose expected/found are amounts in 万元 (stored in 元 like every other rule).
_NARRATIVE_AMOUNT_RULES = {"narrative.amount_mismatch", "narrative.budget_mismatch", "narrative.yoy_amount"}


def _narrative_findings(rule: Rule, evidence: NarrativeEvidence, indexes: list[Any]) -> list[Finding]:
    out = []
    for ix in indexes:
        for f in evidence.findings.get((int(ix), rule.rule_id), []):
            amounts = rule.rule_id in _NARRATIVE_AMOUNT_RULES
            expected = f.expected * _WAN if amounts and isinstance(f.expected, Decimal) else None
            found = f.found * _WAN if amounts and isinstance(f.found, Decimal) else None
            out.append(
                Finding(
                    rule_id=rule.rule_id,
                    family=rule.family,
                    severity=f.severity if f.severity in ("warning", "info") else rule.severity,
                    outcome="fail",
                    table_key=None,
                    side=None,
                    line_key=f.subject or None,
                    measure=None,
                    page=f.page,
                    expected=expected,
                    found=found,
                    difference=found - expected if expected is not None and found is not None else None,
                    message_zh=f.message_zh,
                    message_en=f.message_en,
                )
            )
    return out


def _markdown(findings: list[Finding]) -> str:
    shown = [f for f in findings if f.severity in ("error", "warning")]
    if not shown:
        return ""
    lines = [
        "| severity | rule | table | line | measure | page | expected 元 | found 元 | message |",
        "| --- | --- | --- | --- | --- | --- | ---: | ---: | --- |",
    ]
    for f in shown[:_MARKDOWN_ROWS]:
        cells = [
            f.severity,
            f.rule_id,
            f.table_key or "",
            f.line_key or "",
            f.measure or "",
            "" if f.page is None else str(f.page),
            "" if f.expected is None else f"{f.expected:,}",
            "" if f.found is None else f"{f.found:,}",
            f.message_zh.replace("|", "/"),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    if len(shown) > _MARKDOWN_ROWS:
        lines.append(f"\n… and {len(shown) - _MARKDOWN_ROWS} more (see published.check_results)")
    return "\n".join(lines)


# ------------------------------------------------------------------ the gate


def run_gate(con: duckdb.DuckDBPyConnection, document_id: str, families: list[str] | None = None) -> GateReport:
    """Validate every (or the named) rule family for one document, whatever its status."""
    return run_gate_many(con, [document_id], families)[document_id]


def run_gate_many(
    con: duckdb.DuckDBPyConnection, document_ids: list[str], families: list[str] | None = None
) -> dict[str, GateReport]:
    """run_gate for a batch of documents, each judged exactly as on its own.

    great-expectations' cost is per expectation and validation call (~50 ms), hardly per row, so
    the SQL families validate the batch's evidence in one frame and each document gets the
    results of its own rows: every expectation is row-wise (a row fails or not on its own values),
    so a document's failures, passes and messages are the ones its own frame would give. The
    narrative family reads other documents of the warehouse and stays one document at a time.
    A report's `seconds` is the batch's time shared equally."""
    started = time.perf_counter()
    chosen = list(FAMILY_ORDER) if families is None else list(families)
    unknown = set(chosen) - set(FAMILY_ORDER)
    if unknown:
        raise ValueError(f"unknown rule families: {sorted(unknown)}; known: {list(FAMILY_ORDER)}")
    ids = list(dict.fromkeys(document_ids))
    reports = {d: GateReport(document_id=d) for d in ids}
    for family in [f for f in FAMILY_ORDER if f in chosen]:
        if family == "narrative":
            for d in ids:
                narrative = narrative_evidence(con, d)
                frame = narrative.frame
                results = _validate(frame, load_suites()[family], None if len(frame) else set())
                _judge(reports[d], family, frame, results, narrative)
            continue
        frame = family_evidence(con, family, ids)
        results = _validate(frame, load_suites()[family], _with_evidence(frame))
        for d in ids:
            own = frame[frame["document_id"] == d]
            mine = _with_evidence(own)
            _judge(reports[d], family, own, [r for r in results if r.expectation_config.meta["rule_id"] in mine], None)
    seconds = (time.perf_counter() - started) / max(1, len(ids))
    for report in reports.values():
        report.blocking_failed = any(f.severity == "error" for f in report.findings)
        report.seconds = seconds
    return reports


def _with_evidence(frame: pd.DataFrame) -> set[str]:
    """The rules of a SQL family that have rows to judge (and their .rounding twins)."""
    present = set(frame["rule_id"])
    return present | {f"{r}.rounding" for r in present}


def _judge(
    report: GateReport, family: str, frame: pd.DataFrame, results: list[Any], narrative: NarrativeEvidence | None
) -> None:
    """Add one family's outcome for one document to its report. `frame` is the document's own
    evidence (a slice of a batch's frame keeps the batch's index); `results` are the validation
    results of the expectations it has evidence for (each may hold other documents' rows)."""
    suite, catalog = load_suites()[family], rules()
    family_findings: list[Finding] = []
    n_failed = 0
    validated = {res.expectation_config.meta["rule_id"] for res in results}
    for exp in suite.expectations:  # nothing to check: the rule passes on no evidence
        if exp.meta["rule_id"] not in validated:
            rule = catalog[exp.meta["rule_id"]]
            report.rules.append(RuleResult(rule.rule_id, family, rule.severity, True, 0, 0))
    own_rows = set(frame.index)
    for res in results:
        rule = catalog[res.expectation_config.meta["rule_id"]]
        info = res.exception_info or {}
        if info.get("raised_exception"):
            # A broken expectation must not pass silently: it blocks like an error.
            family_findings.append(
                Finding(
                    rule.rule_id,
                    family,
                    "error",
                    "fail",
                    *_NO_ROW,
                    f"规则 {rule.rule_id} 无法执行：{info.get('exception_message')}",
                    f"rule {rule.rule_id} could not run: {info.get('exception_message')}",
                )
            )
            report.rules.append(RuleResult(rule.rule_id, family, "error", False, len(frame), 0))
            n_failed += 1
            continue
        listed = res.result.get("unexpected_index_list")
        indexes = [ix for ix in listed or [] if ix in own_rows]
        if narrative is not None:
            found = _narrative_findings(rule, narrative, indexes)
            evidence_rows = len(frame)
        else:
            found = _sql_findings(rule, frame, indexes)
            evidence_rows = int((frame["rule_id"] == rule.rule_id.removesuffix(".rounding")).sum())
        family_findings.extend(found)
        # Row-wise expectations: the document's rule passed when none of its own rows failed (a
        # failure that lists no rows at all is every document's).
        passed = bool(res.success) or (listed is not None and not indexes)
        report.rules.append(RuleResult(rule.rule_id, family, rule.severity, passed, evidence_rows, len(indexes)))
        if not passed and any(f.severity == "error" for f in found):
            n_failed += 1
    family_findings.sort(key=lambda f: (_SEVERITY_ORDER.get(f.severity, 9), f.rule_id, f.page or 0))
    report.findings.extend(family_findings)
    report.families[family] = FamilyOutcome(
        family=family,
        passed=not any(f.severity == "error" for f in family_findings),
        n_rules=len(suite.expectations),
        n_failed=n_failed,
        n_warnings=sum(f.severity == "warning" for f in family_findings),
        markdown=_markdown(family_findings),
    )


_RESULT_COLUMNS = (
    "document_id",
    "rule_id",
    "family",
    "severity",
    "outcome",
    "table_key",
    "side",
    "line_key",
    "measure",
    "page",
    "expected",
    "found",
    "difference",
    "message_zh",
    "message_en",
    "checked_at",
)


def write_check_results(con: duckdb.DuckDBPyConnection, report: GateReport) -> int:
    """Replace the document's rows in core.check_results (one transaction): one 'pass' row per
    rule that passed, one 'fail' row per offending evidence row. Returns the rows written.
    A report of some families only (run_gate(..., families=[...])) replaces those families' rows
    and leaves the others as they were."""
    now = datetime.now(UTC).replace(tzinfo=None)
    catalog = rules()
    rows: list[tuple[Any, ...]] = []
    for r in report.rules:
        if r.passed:
            rule = catalog[r.rule_id]
            rows.append(
                (
                    report.document_id,
                    r.rule_id,
                    r.family,
                    r.severity,
                    "pass",
                    *_NO_ROW,
                    f"通过：{rule.title_zh}",
                    f"passed: {rule.title_en}",
                    now,
                )
            )
    for f in report.findings:
        rows.append(
            (
                report.document_id,
                f.rule_id,
                f.family,
                f.severity,
                f.outcome,
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
            )
        )
    ran = sorted(report.families)
    with transaction(con):
        if set(ran) >= set(FAMILY_ORDER):
            con.execute("DELETE FROM core.check_results WHERE document_id = ?", [report.document_id])
        else:
            con.execute(
                "DELETE FROM core.check_results WHERE document_id = ? AND list_contains(?, family)",
                [report.document_id, ran],
            )
        if rows:
            con.executemany(
                f"INSERT INTO core.check_results ({', '.join(_RESULT_COLUMNS)}) "
                f"VALUES ({', '.join('?' for _ in _RESULT_COLUMNS)})",
                rows,
            )
    return len(rows)


def recheck_narrative_parts(con: duckdb.DuckDBPyConnection, document_id: str) -> list[str]:
    """A tables part (or full document) was just published: re-run the narrative family of the
    published narrative parts of the same disclosure against it, replacing their narrative rows
    in core.check_results (a narrative part that said 'not verifiable yet' is now checked; one
    checked against an earlier tables version is checked against the new one). Narrative
    findings never block, so the narrative parts stay published. Returns the rechecked ids."""
    rechecked = narrative_companions(con, document_id)
    for narrative_id in rechecked:
        write_check_results(con, run_gate(con, narrative_id, families=["narrative"]))
    return rechecked


def _money(value: Decimal | None) -> Decimal | None:
    """DECIMAL(18,2): a narrative amount in 元 can carry more places (万元 with 4 decimals)."""
    return None if value is None else value.quantize(Decimal("0.01"))
