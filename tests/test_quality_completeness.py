"""Rule family 1: completeness and shape — standard tables present, units, readable amounts."""

from __future__ import annotations

from pipelines.quality import run_gate

from test_quality_builder import PAGES, clean_rows, findings, fresh, gate, make_doc

FAMILY = ["completeness"]


def test_clean_document_is_complete():
    report = gate(fresh(), make_doc(), FAMILY)
    assert findings(report) == set() and report.families["completeness"].passed


def test_missing_standard_table_blocks():
    report = gate(fresh(), make_doc("no-exp", drop_tables=["expenditure"]), FAMILY)
    assert ("completeness.table_missing", "expenditure", None, None) in findings(report, "error")
    assert report.blocking_failed and not report.families["completeness"].passed
    (f,) = [f for f in report.findings if f.rule_id == "completeness.table_missing"]
    assert "支出决算表" in f.message_zh


def test_a_core_table_whose_page_prints_amounts_may_not_come_out_empty():
    # The clean document's 政府性基金 / 国有资本经营 tables are printed empty: no finding. A core
    # table whose page prints amounts but that gave no facts was not read: that blocks.
    rows = [r for r in clean_rows() if r[0] != "general_budget_basic"]
    printed = {PAGES["general_budget_basic"]: "一般公共预算财政拨款基本支出决算表\n301 工资福利支出 1,021.30"}
    report = gate(fresh(), make_doc("unread-basic", rows, page_texts=printed), FAMILY)
    assert findings(report) == {("completeness.table_empty", "general_budget_basic", None, None)}
    assert report.blocking_failed


def test_a_core_table_printed_empty_passes():
    # A unit without 一般公共预算 basic spending prints the table with no amount in it.
    rows = [r for r in clean_rows() if r[0] != "general_budget_basic"]
    blank = {PAGES["general_budget_basic"]: "一般公共预算财政拨款基本支出决算表\n单位：万元\n合计"}
    report = gate(fresh(), make_doc("blank-basic", rows, page_texts=blank), FAMILY)
    assert findings(report) == set() and not report.blocking_failed


def test_a_missing_fund_table_is_a_warning_a_missing_core_table_blocks():
    report = gate(fresh(), make_doc("no-fund", drop_tables=["gov_fund", "state_capital"]), FAMILY)
    assert findings(report, "warning") == {
        ("completeness.fund_table_missing", "gov_fund", None, None),
        ("completeness.fund_table_missing", "state_capital", None, None),
    }
    assert not report.blocking_failed


def test_missing_unit_blocks():
    report = gate(fresh(), make_doc("no-unit", units={"income": None}), FAMILY)
    assert ("completeness.unit_missing", "income", None, None) in findings(report, "error")


def test_unparseable_amount_cell_blocks():
    # An amount cell that reads like a number but did not become a fact (the letter O for a zero).
    con, doc = fresh(), make_doc("garbled")
    gate(con, doc, FAMILY)
    page, row = con.execute(
        "SELECT page, \"row\" FROM core.facts WHERE document_id = ? AND table_key = 'income' AND line_key = '208' "
        "AND measure = 'total'",
        [doc.sha256],
    ).fetchone()
    con.execute(
        "UPDATE raw.cells SET text = '4O.00' WHERE document_id = ? AND table_key = 'income' AND page = ? "
        'AND "row" = ? AND col = 1',
        [doc.sha256, page, row],
    )
    # the row keeps an amount in another column; the garbled one was never loaded
    con.execute(
        "UPDATE core.facts SET col = 2 WHERE document_id = ? AND table_key = 'income' AND page = ? AND \"row\" = ?",
        [doc.sha256, page, row],
    )
    report = run_gate(con, doc.sha256, FAMILY)
    assert findings(report, "error") == {("completeness.unparseable_amount", "income", None, None)}
    (f,) = report.findings
    assert f.page == PAGES["income"] and "4O.00" in f.message_zh
