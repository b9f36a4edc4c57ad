"""Cross-year checks on tiny warehouses: 上年执行数 (a budget's previous-year execution column) against
the previous year's published final account, and the shared code-line change view
(core.code_line_changes) that published.unmatched_subjects and the classification check both read.

No document of the national corpus prints a 上年执行数 / 上年决算数 column (杭州, 湖州 and the Putuo
budgets state 上年执行数 only in the 情况说明), so the real-series side of that check is that it finds
nothing to compare there (tests/test_series_jiangsu.py); the breaks below must be caught."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from pipelines.extract.model import DocumentMeta, ExtractedDocument, ExtractedTable, LineItem
from pipelines.quality.cross_year import CROSS_YEAR_BLOCKING, refresh_cross_year
from pipelines.store import ensure_schema, write_document

D = Decimal


def _item(code: str, measure: str, amount: str, page: int) -> LineItem:
    kw = {} if code == "total" else {"code_kind": "function", "level": (len(code) - 1) // 2}
    return LineItem("expenditure", None, code, f"科目{code}", measure, D(amount), "万元", page, **kw)


def _doc(sha: int, year: int, kind: str, lines: dict[str, dict[str, str]], page: int) -> ExtractedDocument:
    """One expenditure table: code → {measure: amount 万元}; a summary so the document is whole."""
    items = [_item(code, m, a, page) for code, measures in lines.items() for m, a in measures.items()]
    summary_measure = "budget" if kind == "budget" else "final"
    summary = ExtractedTable(
        "summary",
        "收支总表",
        [3],
        "万元",
        "lattice",
        items=[LineItem("summary", "income", "grand_total", "收入总计", summary_measure, D("1"), "万元", 3)],
    )
    word = "预算" if kind == "budget" else "决算"
    return ExtractedDocument(
        sha256=f"{sha:064x}",
        file_name=f"测试局{year}年{word}.pdf",
        meta=DocumentMeta("测试局", year, kind, "department", page_count=20),
        tables=[summary, ExtractedTable("expenditure", f"支出{word}表", [page], "万元", "lattice", items=items)],
    )


@pytest.fixture(scope="module")
def empty_warehouse(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("series_empty") / "wh.duckdb"
    with duckdb.connect(str(db)) as c:
        ensure_schema(c)
    return db


@pytest.fixture
def con(empty_warehouse: Path, tmp_path: Path):
    shutil.copy(empty_warehouse, tmp_path / "wh.duckdb")
    c = duckdb.connect(str(tmp_path / "wh.duckdb"))
    yield c
    c.close()


def test_final_prev_against_the_previous_final_account(con):
    """2025 budget p.6 prints 上年执行数: 201 agrees with the 2024 决算 p.9, 208 says 95 where it printed 90,
    and 212 is not in the 决算 at all (reads 0)."""
    final = {"total": {"total": "290"}, "201": {"total": "200"}, "208": {"total": "90"}}
    write_document(con, _doc(1, 2024, "final_account", final, 9))
    budget = {
        "total": {"total": "330", "final_prev": "300"},
        "201": {"total": "210", "final_prev": "200"},
        "208": {"total": "100", "final_prev": "95"},
        "212": {"total": "20", "final_prev": "5"},
    }
    write_document(con, _doc(2, 2025, "budget", budget, 6))
    report = refresh_cross_year(con)
    found = sorted(
        (f.rule_id, f.severity, f.line_key, f.expected, f.found, f.page, f.counterpart_page)
        for f in report.findings
        if f.rule_id.startswith("cross_year.final_prev")
    )
    assert found == [
        ("cross_year.final_prev", "warning", "208", D("900000"), D("950000"), 6, 9),
        ("cross_year.final_prev", "warning", "212", D("0"), D("50000"), 6, 9),
        ("cross_year.final_prev", "warning", "total", D("2900000"), D("3000000"), 6, 9),
    ]
    assert not report.errors  # a warning: the budget restates an estimate made before the year closed
    msg = con.execute(
        "SELECT message_zh FROM published.check_results WHERE rule_id = 'cross_year.final_prev' AND line_key = '208'"
    ).fetchone()[0]
    assert "测试局2025年预算.pdf 第 6 页" in msg and "测试局2024年决算.pdf 第 9 页" in msg
    # the family stays blocking for 上年预算数; these warnings withhold nothing
    assert "cross_year_budget_prev" in CROSS_YEAR_BLOCKING
    assert not con.execute("SELECT count(*) FROM core.cross_year_blocks").fetchone()[0]


def test_a_matching_final_prev_passes_and_a_lone_budget_compares_nothing(con):
    write_document(con, _doc(1, 2024, "final_account", {"total": {"total": "300"}, "208": {"total": "300"}}, 9))
    write_document(con, _doc(2, 2025, "budget", {"total": {"total": "310", "final_prev": "300.00"}}, 6))
    # a 2027 budget has no 2026 决算: nothing to compare, no finding
    write_document(con, _doc(3, 2027, "budget", {"total": {"total": "400", "final_prev": "1"}}, 6))
    report = refresh_cross_year(con)
    assert not [f for f in report.findings if f.rule_id.startswith("cross_year.final_prev")]
    rows = con.execute(
        "SELECT fiscal_year, prev_fiscal_year, expected, found FROM checks.evidence_cross_year_final_prev"
    ).fetchall()
    assert rows == [(2025, 2024, D("3000000.00"), D("3000000.00"))]


def test_code_line_changes_feed_both_the_mart_and_the_check(con):
    """208 gone and 210 new between 2024 p.5 and 2025 p.7: one row each way, at the later year's
    classification, with the page of the document that prints the line; unmatched_subjects lists the
    same rows and the classification check pages them on the right document."""
    write_document(
        con, _doc(1, 2024, "budget", {"total": {"total": "300"}, "201": {"total": "200"}, "208": {"total": "100"}}, 5)
    )
    write_document(
        con, _doc(2, 2025, "budget", {"total": {"total": "300"}, "201": {"total": "200"}, "210": {"total": "100"}}, 7)
    )
    changes = con.execute(
        "SELECT comparison, line_key, fiscal_year, prev_fiscal_year, line_page FROM core.code_line_changes ORDER BY ALL"
    ).fetchall()
    assert changes == [("next_year", "208", 2025, 2024, 5), ("previous_year", "210", 2025, 2024, 7)]
    listed = con.execute(
        "SELECT comparison, line_key, fiscal_year, counterpart_year, page FROM published.unmatched_subjects "
        "ORDER BY ALL"
    ).fetchall()
    assert listed == [("next_year", "208", 2024, 2025, 5), ("previous_year", "210", 2025, 2024, 7)]
    report = refresh_cross_year(con)
    notes = sorted(
        (f.line_key, f.page, f.counterpart_page) for f in report.findings if f.rule_id == "cross_year.code_change"
    )
    assert notes == [("208", 7, 5), ("210", 7, 5)]  # a missing line is paged at its table in the other year
    assert not report.errors
