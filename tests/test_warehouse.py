"""The warehouse loader (pipelines.store) over hand-built ExtractedDocuments."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from pipelines.extract.model import DocumentMeta, ExtractedDocument, ExtractedTable, LineItem, RawCell
from pipelines.store import (
    ensure_schema,
    publish_core,
    quarantine_document,
    record_received,
    record_rejection,
    write_document,
)

from conftest import empty_warehouse

REPO = Path(__file__).resolve().parents[1]
# The team's contract checker, beside the repository (../shared is the shared checkout).
CHECK_CONTRACT = REPO.parent / "shared" / "tools" / "check_contract.py"
DEPT = "攀枝花市东区人力资源和社会保障局"


def make_doc(
    sha: str,
    year: int = 2023,
    kind: str = "final_account",
    amounts: dict[str, Decimal] | None = None,
    unit: str = "万元",
    department: str = DEPT,
    scope: str = "department",
    part: str = "full",
) -> ExtractedDocument:
    """A small but shape-true document: a summary table and an expenditure-by-subject table."""
    a = {"income_total": Decimal("1234.56"), "208": Decimal("1000.00"), "20801": Decimal("0.01")}
    a.update(amounts or {})
    summary_measure = "final" if kind == "final_account" else "budget"
    summary = ExtractedTable(
        table_key="summary",
        title="收入支出决算总表",
        pages=[3],
        unit_printed=unit,
        method="lattice",
        cells=[
            RawCell("summary", 3, 0, 0, "本年收入合计", (10.0, 20.0, 30.0, 40.0)),
            RawCell("summary", 3, 0, 1, str(a["income_total"])),
        ],
        items=[
            LineItem(
                "summary",
                "income",
                "income_total",
                "本年收入合计",
                summary_measure,
                a["income_total"],
                unit,
                3,
                row=0,
                col=1,
            ),
            LineItem(
                "summary",
                "expenditure",
                "expenditure_total",
                "本年支出合计",
                summary_measure,
                a["income_total"],
                unit,
                3,
                row=0,
                col=3,
            ),
            LineItem(
                "summary",
                "income",
                "grand_total",
                "收入总计",
                summary_measure,
                a["income_total"],
                unit,
                3,
                row=5,
                col=1,
            ),
        ],
    )
    expenditure = ExtractedTable(
        table_key="expenditure",
        title="支出决算表",
        pages=[5, 6],
        unit_printed=unit,
        method="lattice",
        items=[
            LineItem(
                "expenditure",
                None,
                "208",
                "社会保障和就业支出",
                "total",
                a["208"],
                unit,
                5,
                code_kind="function",
                level=1,
                row=1,
                col=3,
            ),
            LineItem(
                "expenditure",
                None,
                "20801",
                "人力资源和社会保障管理事务",
                "total",
                a["20801"],
                unit,
                6,
                code_kind="function",
                level=2,
                parent_code="208",
                row=2,
                col=3,
            ),
        ],
    )
    return ExtractedDocument(
        sha256=sha,
        file_name=f"{department}{year}年度部门决算-{sha[:6]}.pdf",
        meta=DocumentMeta(department, year, kind, scope, page_count=20, part=part),
        tables=[summary, expenditure],
        narrative_pages={2: "情况说明"},
        seconds=1.5,
    )


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    c = duckdb.connect(str(empty_warehouse(tmp_path / "wh.duckdb")))  # ensure_schema's output, copied
    yield c
    c.close()


def sha(n: int) -> str:
    return f"{n:064x}"


def amounts(con: duckdb.DuckDBPyConnection, document_id: str) -> dict[tuple[str, str], Decimal]:
    rows = con.execute(
        "SELECT line_key, measure, amount_yuan FROM published.line_items WHERE document_id = ?", [document_id]
    ).fetchall()
    return {(k, m): v for k, m, v in rows}


def test_schema_is_idempotent(con: duckdb.DuckDBPyConnection) -> None:
    write_document(con, make_doc(sha(1)))
    ensure_schema(con)
    ensure_schema(con)
    assert con.execute("SELECT count(*) FROM published.documents").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM core.tables WHERE in_contract").fetchone()[0] == 9


def test_decimal_amounts_round_trip_exactly(con: duckdb.DuckDBPyConnection) -> None:
    doc = make_doc(
        sha(1),
        unit="元",
        amounts={"income_total": Decimal("12345678.90"), "20801": Decimal("0.01"), "208": Decimal("0.10")},
    )
    write_document(con, doc)
    got = amounts(con, sha(1))
    assert got[("income_total", "final")] == Decimal("12345678.90")
    assert got[("20801", "total")] == Decimal("0.01")
    assert got[("208", "total")] == Decimal("0.10")
    assert all(isinstance(v, Decimal) for v in got.values())
    assert con.execute("SELECT sum(amount_yuan)::VARCHAR FROM published.line_items").fetchone()[0] == (
        str(Decimal("12345678.90") * 3 + Decimal("0.11"))
    )


def test_wan_yuan_converts_exactly(con: duckdb.DuckDBPyConnection) -> None:
    doc = make_doc(sha(1), unit="万元", amounts={"income_total": Decimal("1234.5678"), "20801": Decimal("0.01")})
    write_document(con, doc)
    got = amounts(con, sha(1))
    assert got[("income_total", "final")] == Decimal("12345678.00")
    assert got[("20801", "total")] == Decimal("100.00")
    printed = con.execute("SELECT amount, unit_printed FROM core.facts WHERE line_key = 'income_total'").fetchone()
    assert printed == (Decimal("1234.5678"), "万元")


def test_same_file_twice_is_a_no_op(con: duckdb.DuckDBPyConnection) -> None:
    first = write_document(con, make_doc(sha(1)))
    before = con.execute("SELECT * FROM core.documents").fetchall()
    facts = con.execute("SELECT count(*) FROM core.facts").fetchone()[0]
    second = write_document(con, make_doc(sha(1)))
    assert (first.outcome, second.outcome) == ("published", "unchanged")
    assert con.execute("SELECT * FROM core.documents").fetchall() == before
    assert con.execute("SELECT count(*) FROM core.facts").fetchone()[0] == facts == 5


def test_second_file_supersedes_and_first_stays_in_history(con: duckdb.DuckDBPyConnection) -> None:
    write_document(con, make_doc(sha(1), amounts={"208": Decimal("1.00")}))
    outcome = write_document(con, make_doc(sha(2), amounts={"208": Decimal("2.00")}))
    assert outcome.outcome == "superseded_earlier"
    assert outcome.superseded == (sha(1),)
    assert outcome.describe() == "superseded an earlier file"
    assert con.execute("SELECT document_id FROM published.documents").fetchall() == [(sha(2),)]
    assert {r[0] for r in con.execute("SELECT DISTINCT document_id FROM published.line_items").fetchall()} == {sha(2)}
    assert amounts(con, sha(2))[("208", "total")] == Decimal("20000.00")
    history = dict(
        (r[0], (r[1], r[2]))
        for r in con.execute("SELECT document_id, status, superseded_by FROM published.document_history").fetchall()
    )
    assert history == {sha(1): ("superseded", sha(2)), sha(2): ("published", None)}
    # re-ingesting the old file does not bring it back
    assert write_document(con, make_doc(sha(1))).outcome == "unchanged"
    assert con.execute("SELECT document_id FROM published.documents").fetchall() == [(sha(2),)]


def test_other_year_or_kind_does_not_supersede(con: duckdb.DuckDBPyConnection) -> None:
    write_document(con, make_doc(sha(1), year=2022))
    write_document(con, make_doc(sha(2), year=2023))
    write_document(con, make_doc(sha(3), year=2023, kind="budget"))
    statuses = con.execute("SELECT status, count(*) FROM published.document_history GROUP BY 1").fetchall()
    assert statuses == [("published", 3)]


def test_quarantined_document_is_listed_but_has_no_line_items(con: duckdb.DuckDBPyConnection) -> None:
    write_document(con, make_doc(sha(1), year=2022))
    write_document(con, make_doc(sha(2), year=2023))
    quarantine_document(con, sha(2), "summary_balances")
    docs = dict(con.execute("SELECT document_id, status FROM published.documents").fetchall())
    assert docs == {sha(1): "published", sha(2): "quarantined"}
    assert con.execute("SELECT count(*) FROM published.line_items WHERE document_id = ?", [sha(2)]).fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM core.facts WHERE document_id = ?", [sha(2)]).fetchone()[0] == 5


def test_rejection_is_published_and_cleared_by_a_later_success(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf")
    record_received(con, bad, sha(9))
    record_rejection(con, sha(9), "bad.pdf", "not_pdf", "the file is not a PDF", bad)
    assert con.execute("SELECT file_name, document_id, reason, message FROM published.rejections").fetchall() == [
        ("bad.pdf", sha(9), "not_pdf", "the file is not a PDF")
    ]
    write_document(con, make_doc(sha(9)))
    assert con.execute("SELECT count(*) FROM published.rejections").fetchone()[0] == 0


def test_crash_inside_a_write_leaves_previous_state(
    con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipelines.store.loader as loader

    write_document(con, make_doc(sha(1)))
    snapshot = "SELECT * FROM core.documents ORDER BY document_id"
    before, facts_before = (
        con.execute(snapshot).fetchall(),
        con.execute("SELECT * FROM core.facts").fetchall(),
    )
    with pytest.raises(LookupError):
        publish_core(con, sha(3))  # nothing extracted for it

    def crash(*_args: object) -> None:
        raise RuntimeError("simulated crash after the facts and the supersession were written")

    monkeypatch.setattr(loader, "_upsert_dimensions", crash)
    with pytest.raises(RuntimeError):
        write_document(con, make_doc(sha(2)))  # would supersede sha(1)
    assert con.execute(snapshot).fetchall() == before
    assert con.execute("SELECT * FROM core.facts").fetchall() == facts_before
    monkeypatch.undo()

    con.execute("DROP TABLE raw.cells")  # the raw write fails half-way through
    with pytest.raises(duckdb.Error):
        loader.write_raw(con, make_doc(sha(4)))
    for table in ("raw.extractions", "raw.tables", "raw.line_items"):
        assert con.execute(f"SELECT count(*) FROM {table} WHERE document_id = ?", [sha(4)]).fetchone()[0] == 0


def test_subjects_and_departments_are_filled(con: duckdb.DuckDBPyConnection) -> None:
    write_document(con, make_doc(sha(1)))
    assert con.execute("SELECT department FROM core.departments").fetchall() == [(DEPT,)]
    assert con.execute("SELECT code, code_kind, level, parent_code FROM core.subjects ORDER BY code").fetchall() == [
        ("208", "function", 1, None),
        ("20801", "function", 2, "208"),
    ]


def test_comparisons(con: duckdb.DuckDBPyConnection) -> None:
    write_document(con, make_doc(sha(1), year=2022, amounts={"208": Decimal("100.00"), "20801": Decimal("0")}))
    write_document(con, make_doc(sha(2), year=2023, amounts={"208": Decimal("150.00"), "20801": Decimal("5")}))
    write_document(
        con,
        make_doc(sha(3), year=2023, kind="budget", amounts={"208": Decimal("200.00"), "20801": Decimal("0")}),
    )
    yoy = {
        r[0]: r[1:]
        for r in con.execute(
            "SELECT line_key, prev_fiscal_year, amount_prev, amount_curr, change_yuan, change_pct "
            "FROM published.yoy_by_subject WHERE table_key = 'expenditure' AND report_kind = 'final_account'"
        ).fetchall()
    }
    assert yoy["208"] == (
        2022,
        Decimal("1000000.00"),
        Decimal("1500000.00"),
        Decimal("500000.00"),
        Decimal("50.00"),
    )
    assert yoy["20801"][4] is None  # previous amount 0 → no percentage
    bvf = {
        r[0]: r[1:]
        for r in con.execute(
            "SELECT line_key, table_key, budget_yuan, final_yuan, execution_rate FROM published.budget_vs_final"
        ).fetchall()
    }
    assert bvf["208"] == ("expenditure", Decimal("2000000.00"), Decimal("1500000.00"), Decimal("75.00"))
    assert bvf["20801"][3] is None  # budget 0 → no rate


def test_contract_names_and_types(con: duckdb.DuckDBPyConnection) -> None:
    expected = {
        "documents": [
            "document_id VARCHAR",
            "file_name VARCHAR",
            "department VARCHAR",
            "fiscal_year INTEGER",
            "report_kind VARCHAR",
            "scope VARCHAR",
            "page_count INTEGER",
            "status VARCHAR",
            "part VARCHAR",
        ],
        "line_items": [
            "document_id VARCHAR",
            "fiscal_year INTEGER",
            "department VARCHAR",
            "report_kind VARCHAR",
            "scope VARCHAR",
            "table_key VARCHAR",
            "side VARCHAR",
            "line_key VARCHAR",
            "line_label VARCHAR",
            "measure VARCHAR",
            "amount_yuan DECIMAL(18,2)",
            "unit_printed VARCHAR",
            "page INTEGER",
        ],
    }
    for view, cols in expected.items():
        got = con.execute(
            "SELECT column_name || ' ' || data_type FROM information_schema.columns "
            "WHERE table_schema = 'published' AND table_name = ? ORDER BY ordinal_position",
            [view],
        ).fetchall()
        assert [g[0] for g in got] == cols
    for view in ("document_history", "rejections", "yoy_by_subject", "budget_vs_final"):
        assert (
            con.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'published' AND table_name = ?",
                [view],
            ).fetchone()[0]
            == 1
        )


def test_shared_contract_checker_accepts_a_built_warehouse(tmp_path: Path) -> None:
    # Not skipped when the checker is missing: a missing checker is a broken checkout.
    assert CHECK_CONTRACT.is_file(), f"the contract checker is not at {CHECK_CONTRACT} (../shared/tools)"
    path = tmp_path / "built.duckdb"
    c = duckdb.connect(str(path))
    ensure_schema(c)
    write_document(c, make_doc(sha(1), year=2022))
    write_document(c, make_doc(sha(2), year=2023))
    write_document(c, make_doc(sha(3), year=2023))  # supersedes sha(2)
    write_document(c, make_doc(sha(4), year=2024))
    quarantine_document(c, sha(4), "test")
    # one disclosure in two parts: both current, the narrative part without line items
    write_document(c, make_doc(sha(5), year=2025, part="tables"))
    narrative = make_doc(sha(6), year=2025, part="narrative")
    narrative.tables = []
    write_document(c, narrative)
    c.close()
    run = subprocess.run([sys.executable, str(CHECK_CONTRACT), str(path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "contract: ok (5 documents, 15 line items)" in run.stdout
    with duckdb.connect(str(path), read_only=True) as ro:
        parts = ro.execute("SELECT part, count(*) FROM published.documents GROUP BY 1 ORDER BY 1").fetchall()
    assert parts == [("full", 3), ("narrative", 1), ("tables", 1)]
