"""A clean, shape-true synthetic 决算 for the quality-gate tests, and helpers to break it.

Every rule family's test takes `clean_doc()`, changes one printed figure (or drops a
table, a unit, a cell …) and asserts the rule that must catch it. The clean document
itself passes every family with no finding at all (tested here).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from decimal import Decimal

import duckdb

from pipelines.extract.model import DocumentMeta, ExtractedDocument, ExtractedTable, LineItem, RawCell
from pipelines.quality import GateReport, run_gate
from pipelines.store import write_document

from conftest import empty_warehouse

D = Decimal
DEPT = "测试区财政局"
TITLES = {
    "summary": "收入支出决算总表",
    "income": "收入决算表",
    "expenditure": "支出决算表",
    "appropriation_summary": "财政拨款收入支出决算总表",
    "general_budget": "一般公共预算财政拨款支出决算表",
    "general_budget_basic": "一般公共预算财政拨款基本支出决算表",
    "three_public": "财政拨款“三公”经费支出决算表",
    "gov_fund": "政府性基金预算财政拨款收入支出决算表",
    "state_capital": "国有资本经营预算财政拨款收入支出决算表",
}
PAGES = {key: n for n, key in enumerate(TITLES, start=3)}

# (table_key, side, line_key, label, {measure: amount}) — amounts in 万元, all sums exact.
_FUNCTION = [
    ("201", "一般公共服务支出"),
    ("20101", "人大事务"),
    ("2010101", "行政运行"),
    ("2010102", "一般行政管理事务"),
    ("208", "社会保障和就业支出"),
    ("20805", "行政事业单位养老支出"),
    ("2080501", "行政单位离退休"),
]
_EXP = {
    "201": {"total": "60.00", "basic": "50.00", "project": "10.00"},
    "20101": {"total": "60.00", "basic": "50.00", "project": "10.00"},
    "2010101": {"total": "50.00", "basic": "50.00"},
    "2010102": {"total": "10.00", "project": "10.00"},
    "208": {"total": "40.00", "basic": "40.00"},
    "20805": {"total": "40.00", "basic": "40.00"},
    "2080501": {"total": "40.00", "basic": "40.00"},
    "total": {"total": "100.00", "basic": "90.00", "project": "10.00"},
}
_INC = {code: {"total": m["total"], "fiscal_appropriation": m["total"]} for code, m in _EXP.items()}


def _subject_rows(amounts: dict[str, dict[str, str]]) -> list[tuple]:
    rows = [(code, label, amounts[code]) for code, label in _FUNCTION]
    return [*rows, ("total", "合计", amounts["total"])]


def clean_rows() -> list[tuple[str, str | None, str, str, str, Decimal]]:
    """Every printed figure of the clean document: (table_key, side, line_key, label, measure, amount)."""
    out: list[tuple[str, str | None, str, str, str, Decimal]] = []

    def add(table: str, side: str | None, line: str, label: str, measures: dict[str, str]) -> None:
        out.extend((table, side, line, label, m, D(a)) for m, a in measures.items())

    for code, label, m in _subject_rows(_INC):
        add("income", None, code, label, m)
    for table in ("expenditure", "general_budget"):
        for code, label, m in _subject_rows(_EXP):
            add(table, None, code, label, m)
    summary = [
        ("income", "general_budget_appropriation", "一、一般公共预算财政拨款收入", "100.00"),
        ("income", "income_total", "本年收入合计", "100.00"),
        ("income", "carryover_begin", "年初结转和结余", "10.00"),
        ("income", "grand_total", "总计", "110.00"),
        ("expenditure", "fn_201", "一、一般公共服务支出", "60.00"),
        ("expenditure", "fn_208", "八、社会保障和就业支出", "40.00"),
        ("expenditure", "expenditure_total", "本年支出合计", "100.00"),
        ("expenditure", "carryover_end", "年末结转和结余", "10.00"),
        ("expenditure", "grand_total", "总计", "110.00"),
    ]
    for side, line, label, amount in summary:
        add("summary", side, line, label, {"final": amount})
        if side == "income":
            add("appropriation_summary", side, line, label, {"final": amount})
        else:
            add("appropriation_summary", side, line, label, {"total": amount, "general_budget": amount})
    basic = [
        ("301", "工资福利支出", "80.00"),
        ("30101", "基本工资", "50.00"),
        ("30102", "津贴补贴", "30.00"),
        ("302", "商品和服务支出", "10.00"),
        ("30201", "办公费", "10.00"),
    ]
    for code, label, amount in basic:
        add("general_budget_basic", None, code, label, {"total": amount})
    add("general_budget_basic", None, "total", "人员经费合计", {"personnel": "80.00"})
    add("general_budget_basic", None, "total", "公用经费合计", {"public": "10.00"})
    three = [
        ("total", "合计", "3.00"),
        ("overseas_travel", "因公出国（境）费", "0.00"),
        ("vehicle_total", "公务用车购置及运行（维护）费", "2.00"),
        ("vehicle_purchase", "公务用车购置费", "0.50"),
        ("vehicle_operation", "公务用车运行（维护）费", "1.50"),
        ("reception", "公务接待费", "1.00"),
    ]
    for line, label, amount in three:
        add("three_public", None, line, label, {"budget": amount, "final": amount})
    return out


NARRATIVE = (
    "一、收入支出决算总体情况说明\n"
    "2024年度收入、支出总计110.00万元。本年支出合计100.00万元，其中：基本支出90.00万元，占90.00%。"
)


def _code_fields(table: str, line: str) -> tuple[str | None, int | None, str | None]:
    if not line.isdigit() or table in ("summary", "appropriation_summary", "three_public"):
        return None, None, None
    kind = "economic" if table == "general_budget_basic" else "function"
    level = {3: 1, 5: 2, 7: 3}.get(len(line))
    parent = line[:-2] if len(line) > 3 else None
    return kind, level, parent


def make_doc(
    name: str = "clean",
    rows: Iterable[tuple[str, str | None, str, str, str, Decimal]] | None = None,
    *,
    year: int = 2024,
    units: dict[str, str | None] | None = None,
    drop_tables: Iterable[str] = (),
    narrative: str | None = NARRATIVE,
    page_texts: dict[int, str] | None = None,
    cells: list[RawCell] | None = None,
    department: str = DEPT,
) -> ExtractedDocument:
    """A document from figure rows (default: the clean ones). Amounts in 万元 unless `units` says
    otherwise per table (None = no unit printed). Each figure gets a printed cell at its position."""
    rows = list(clean_rows() if rows is None else rows)
    units = units or {}
    tables: list[ExtractedTable] = []
    for key, title in TITLES.items():
        if key in drop_tables:
            continue
        unit = units.get(key, "万元")
        table = ExtractedTable(key, title, [PAGES[key]], unit or "", "lattice")
        for i, (t, side, line, label, measure, amount) in enumerate(rows):
            if t != key:
                continue
            kind, level, parent = _code_fields(t, line)
            item = LineItem(
                t,
                side,
                line,
                label,
                measure,
                amount,
                unit or "万元",
                PAGES[key],
                code_kind=kind,
                level=level,
                parent_code=parent,
                row=i,
                col=1,
            )
            table.items.append(item)
            table.cells.append(RawCell(t, PAGES[key], i, 1, f"{amount:,}"))
        table.cells.extend(c for c in cells or [] if c.table_key == key)
        tables.append(table)
    texts = {1: f"{department}{year}年度部门决算", 20: narrative or ""}
    texts.update(page_texts or {})
    sha = hashlib.sha256(f"{name}/{department}/{year}".encode()).hexdigest()
    return ExtractedDocument(
        sha256=sha,
        file_name=f"{name}.pdf",
        meta=DocumentMeta(department, year, "final_account", "department", 24),
        tables=tables,
        narrative_pages={20: narrative} if narrative else {},
        page_texts=texts,
    )


def change(rows: list[tuple], table: str, line: str, measure: str, amount: str | None, side: str | None = None):
    """The rows with one printed figure replaced (None: the cell left blank)."""
    out = []
    hit = False
    for r in rows:
        if r[0] == table and r[2] == line and r[4] == measure and (side is None or r[1] == side):
            hit = True
            if amount is None:
                continue
            r = (*r[:5], D(amount))
        out.append(r)
    assert hit, (table, line, measure)
    return out


def fresh() -> duckdb.DuckDBPyConnection:
    """An empty warehouse with every warehouse/*.sql applied (and the reference loaded): a copy of
    the session's ensure_schema'd file (conftest.empty_warehouse), cheaper than applying the SQL."""
    return duckdb.connect(str(empty_warehouse()))


def gate(con: duckdb.DuckDBPyConnection, doc: ExtractedDocument, families: list[str] | None = None) -> GateReport:
    write_document(con, doc)
    return run_gate(con, doc.sha256, families)


def findings(report: GateReport, severity: str | None = None) -> set[tuple]:
    return {
        (f.rule_id, f.table_key, f.line_key, f.measure)
        for f in report.findings
        if (severity is None or f.severity == severity) and f.severity != "info"
    }


# ------------------------------------------------------------------ the clean document


def test_clean_document_passes_every_family():
    report = gate(fresh(), make_doc())
    assert findings(report) == set(), [f.message_en for f in report.findings]
    assert not report.blocking_failed
    assert all(fam.passed and fam.markdown == "" for fam in report.families.values())
    # every rule family ran, every rule with evidence was validated
    assert set(report.families) >= {"completeness", "codes", "arithmetic_summary", "cross_table", "narrative"}
    assert {r.rule_id for r in report.rules if r.evidence_rows} >= {
        "arith.class_sum",
        "arith.kuan_sum",
        "arith.table_total",
        "arith.expenditure_parts",
        "arith.income_sources",
        "basic.class_sum",
        "basic.personnel_public",
        "three_public.total",
        "three_public.vehicle",
        "summary.income_balance",
        "summary.fn_lines",
        "cross.summary_fn_class",
        "cross.appropriation_fn_class",
        "cross.basic_total",
        "cross.fiscal_appropriation",
        "codes.unknown",
    }
