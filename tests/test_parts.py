"""One disclosure in several parts (DocumentMeta.part: full | tables | narrative) in a real
DuckDB warehouse file: each part is published and superseded on its own, a narrative part
passes completeness without tables of its own, and its 情况说明 claims are checked against the
tables of its companion part (or reported as not verifiable while that part is absent).

The documents are synthetic ExtractedDocuments (tests/test_quality_builder.py's clean 决算, whose
every figure adds up), so these tests do not depend on how cover.py recognises a part."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from pipelines.extract.model import ExtractedDocument
from pipelines.quality import GateReport, recheck_narrative_parts, run_gate, write_check_results
from pipelines.quality.evidence import narrative_evidence
from pipelines.store import (
    ensure_schema,
    narrative_companions,
    publish_document,
    quarantine_document,
    tables_companion,
    write_document,
    write_raw,
)

from conftest import empty_warehouse
from test_quality_builder import DEPT, NARRATIVE, change, clean_rows, make_doc

# The narrative with one amount the tables contradict (they print 总计 110.00万元).
WRONG = NARRATIVE.replace("总计110.00万元", "总计120.00万元")


def tables_part(name: str = "tables", rows: list | None = None, year: int = 2024) -> ExtractedDocument:
    """The 报表 file: the nine tables, no 情况说明 (北京 附件2：…部门预算报表)."""
    doc = make_doc(name, rows, year=year, narrative=None)
    doc.meta = replace(doc.meta, part="tables", page_count=12)
    return doc


def narrative_part(name: str = "narrative", text: str = NARRATIVE, year: int = 2024) -> ExtractedDocument:
    """The 情况说明 file alone (北京 附件1：…情况说明): no tables at all."""
    doc = make_doc(name, year=year, narrative=text)
    doc.tables = []
    doc.meta = replace(doc.meta, part="narrative", page_count=8)
    return doc


def ingest(con: duckdb.DuckDBPyConnection, doc: ExtractedDocument) -> GateReport:
    """What the pipeline does for one file (pipelines/defs: core_facts → quality_gate →
    published_documents): load pending, gate, quarantine on a blocking failure, else publish
    and re-check the narrative parts of the same disclosure."""
    write_document(con, doc, publish=False)
    report = run_gate(con, doc.sha256)
    write_check_results(con, report)
    if report.blocking_failed:
        quarantine_document(con, doc.sha256, "blocking check failed")
    else:
        publish_document(con, doc.sha256)
        recheck_narrative_parts(con, doc.sha256)
    return report


def stored(con: duckdb.DuckDBPyConnection, doc: ExtractedDocument, outcome: str = "fail") -> set[tuple[str, str]]:
    """(rule_id, severity) of the document's rows in published.check_results."""
    rows = con.execute(
        "SELECT rule_id, severity FROM published.check_results WHERE document_id = ? AND outcome = ?",
        [doc.sha256, outcome],
    ).fetchall()
    return set(rows)


def history(con: duckdb.DuckDBPyConnection) -> dict[str, tuple]:
    return {
        r[0]: r[1:]
        for r in con.execute(
            "SELECT document_id, part, status, superseded_by FROM published.document_history"
        ).fetchall()
    }


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    c = duckdb.connect(str(empty_warehouse(tmp_path / "parts.duckdb")))  # ensure_schema's output, copied
    yield c
    c.close()


def test_tables_part_and_narrative_part_are_both_published(con: duckdb.DuckDBPyConnection) -> None:
    tables, narrative = tables_part(), narrative_part()
    t_report, n_report = ingest(con, tables), ingest(con, narrative)
    assert not t_report.blocking_failed and not n_report.blocking_failed
    assert history(con) == {
        tables.sha256: ("tables", "published", None),
        narrative.sha256: ("narrative", "published", None),
    }
    docs = con.execute("SELECT part, status, department, fiscal_year FROM published.documents ORDER BY part").fetchall()
    assert docs == [("narrative", "published", DEPT, 2024), ("tables", "published", DEPT, 2024)]
    # the facts are the tables part's; the narrative part adds none
    by_doc = dict(con.execute("SELECT document_id, count(*) FROM published.line_items GROUP BY 1").fetchall())
    assert set(by_doc) == {tables.sha256} and by_doc[tables.sha256] == len(clean_rows())
    # completeness: the narrative part is not missing its tables, nothing blocks, nothing warns
    assert ("completeness.table_missing", "error") in stored(con, narrative, "pass")
    assert not {r for r, _ in stored(con, narrative)} & {"completeness.table_missing", "completeness.table_empty"}
    # its claims were checked against the tables part: consistent, so no finding at all
    assert stored(con, narrative) == set()
    assert tables_companion(con, narrative.sha256) == tables.sha256
    assert narrative_companions(con, tables.sha256) == [narrative.sha256]
    assert narrative_evidence(con, narrative.sha256).companion_document_id == tables.sha256
    # the marts see one document with tables for the department-year
    assert con.execute("SELECT document_id FROM published.totals_by_year").fetchall() == [(tables.sha256,)]


def test_a_tables_part_without_narrative_skips_the_narrative_checks(con: duckdb.DuckDBPyConnection) -> None:
    tables = tables_part()
    report = ingest(con, tables)
    assert report.findings == [] and report.families["narrative"].passed
    assert all(r.evidence_rows == 0 for r in report.rules if r.family == "narrative")


def test_narrative_part_alone_is_published_with_its_claims_not_verifiable(con: duckdb.DuckDBPyConnection) -> None:
    narrative = narrative_part()
    report = ingest(con, narrative)
    assert not report.blocking_failed
    assert history(con) == {narrative.sha256: ("narrative", "published", None)}
    (f,) = report.findings
    assert (f.rule_id, f.severity, f.page) == ("narrative.companion_missing", "warning", 20)
    assert "cannot be verified" in f.message_en and "暂无法与表核对" in f.message_zh
    assert stored(con, narrative) == {("narrative.companion_missing", "warning")}
    # a claim that would disagree is not silently passed either: it is among the unverifiable ones
    wrong = narrative_part("wrong", WRONG)
    assert {f.rule_id for f in ingest(con, wrong).findings} == {"narrative.companion_missing"}


def test_claims_are_checked_against_the_companion_tables(con: duckdb.DuckDBPyConnection) -> None:
    ingest(con, tables_part())
    agrees = ingest(con, narrative_part())
    assert agrees.findings == []
    disagrees = narrative_part("wrong", WRONG)
    report = ingest(con, disagrees)  # a second narrative version: supersedes the first narrative only
    (f,) = report.findings
    assert (f.rule_id, f.severity, f.page) == ("narrative.amount_mismatch", "warning", 20)
    assert (f.expected, f.found) == (1_100_000, 1_200_000)  # 元: the tables say 110.00万元, the text 120.00
    assert not report.blocking_failed
    statuses = {part: status for part, status, _ in history(con).values() if status == "published"}
    assert statuses == {"tables": "published", "narrative": "published"}


def test_tables_part_arriving_later_rechecks_the_narrative(con: duckdb.DuckDBPyConnection) -> None:
    narrative = narrative_part(text=WRONG)
    ingest(con, narrative)
    assert stored(con, narrative) == {("narrative.companion_missing", "warning")}
    completeness_before = con.execute(
        "SELECT rule_id, outcome, checked_at FROM core.check_results WHERE document_id = ? AND family = 'completeness'",
        [narrative.sha256],
    ).fetchall()
    tables = tables_part()
    ingest(con, tables)
    # re-checked against the tables now published: the disagreement shows, the 'not verifiable' note is gone
    assert stored(con, narrative) == {("narrative.amount_mismatch", "warning")}
    # only the narrative family was re-run; the other families' rows are the ones written before
    assert (
        con.execute(
            "SELECT rule_id, outcome, checked_at FROM core.check_results "
            "WHERE document_id = ? AND family = 'completeness'",
            [narrative.sha256],
        ).fetchall()
        == completeness_before
    )
    assert history(con)[narrative.sha256] == ("narrative", "published", None)


def test_new_tables_version_supersedes_only_the_tables_part(con: duckdb.DuckDBPyConnection) -> None:
    first, narrative = tables_part("tables-v1"), narrative_part()
    ingest(con, first)
    ingest(con, narrative)
    second = tables_part("tables-v2")
    ingest(con, second)
    assert history(con) == {
        first.sha256: ("tables", "superseded", second.sha256),
        second.sha256: ("tables", "published", None),
        narrative.sha256: ("narrative", "published", None),
    }
    assert tables_companion(con, narrative.sha256) == second.sha256
    assert narrative_evidence(con, narrative.sha256).companion_document_id == second.sha256
    # a broken third version is quarantined and replaces nothing; the narrative stays checked against v2
    broken = tables_part("tables-v3", change(clean_rows(), "expenditure", "201", "total", "70.00"))
    assert ingest(con, broken).blocking_failed
    assert history(con)[second.sha256] == ("tables", "published", None)
    assert history(con)[broken.sha256][1] == "quarantined"
    assert tables_companion(con, narrative.sha256) == second.sha256
    assert {r[0] for r in con.execute("SELECT DISTINCT document_id FROM published.line_items").fetchall()} == {
        second.sha256
    }


def test_parts_never_supersede_each_other_nor_a_full_document(con: duckdb.DuckDBPyConnection) -> None:
    full = make_doc("full")
    ingest(con, full)
    narrative = narrative_part()
    ingest(con, narrative)
    # a narrative part beside a full document: the full document's tables are its companion
    assert tables_companion(con, narrative.sha256) == full.sha256
    assert stored(con, narrative) == set()
    tables = tables_part()
    ingest(con, tables)
    assert {doc_id: status for doc_id, (_, status, _) in history(con).items()} == {
        full.sha256: "published",
        narrative.sha256: "published",
        tables.sha256: "published",
    }
    # with both, a narrative part is checked against the tables part
    assert tables_companion(con, narrative.sha256) == tables.sha256


def test_year_on_year_of_a_narrative_part_compares_with_the_prior_tables(con: duckdb.DuckDBPyConnection) -> None:
    prior_tables = tables_part("prior-tables", year=2023)
    ingest(con, prior_tables)
    ingest(con, narrative_part("prior-narrative", year=2023))
    ingest(con, tables_part())
    text = NARRATIVE + "与2023年度相比，收入、支出总计各增加10.00万元，增长10.00%。"
    narrative = narrative_part(text=text)
    report = ingest(con, narrative)
    assert narrative_evidence(con, narrative.sha256).previous_document_id == prior_tables.sha256
    # the prior year's tables say 110.00 too, so there is no change, not the 10.00 the text states
    assert "narrative.yoy_amount" in {f.rule_id for f in report.findings}


def test_an_unknown_part_is_refused(con: duckdb.DuckDBPyConnection) -> None:
    doc = tables_part()
    doc.meta = replace(doc.meta, part="appendix")
    with pytest.raises(ValueError, match="appendix"):
        write_raw(con, doc)
    assert con.execute("SELECT count(*) FROM raw.extractions").fetchone()[0] == 0


def test_an_existing_warehouse_gains_part_without_losing_data(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    c = duckdb.connect(str(path))
    ensure_schema(c)
    full, second_year = make_doc("full"), make_doc("full-2023", year=2023)
    write_document(c, full)
    write_document(c, second_year)
    # a warehouse built before parts existed: the same tables without the column
    c.execute("ALTER TABLE core.documents DROP COLUMN part")
    c.execute("ALTER TABLE raw.extractions DROP COLUMN part")
    c.execute("DROP TABLE core.schema_fingerprint")  # nor did it record which DDL it holds
    for table in ("raw.line_items", "core.facts"):  # and amounts were DECIMAL(18,4) then
        c.execute(f"ALTER TABLE {table} ALTER COLUMN amount SET DATA TYPE DECIMAL(18,4)")
    snapshot = c.execute("SELECT * FROM core.documents ORDER BY document_id").fetchall()
    facts = c.execute("SELECT count(*), sum(amount_yuan) FROM core.facts").fetchone()
    c.close()

    c = duckdb.connect(str(path))
    ensure_schema(c)
    ensure_schema(c)  # idempotent
    after = c.execute("SELECT * EXCLUDE (part) FROM core.documents ORDER BY document_id").fetchall()
    assert after == snapshot
    assert c.execute("SELECT count(*), sum(amount_yuan) FROM core.facts").fetchone() == facts
    assert c.execute("SELECT DISTINCT part FROM core.documents").fetchall() == [("full",)]
    assert c.execute("SELECT DISTINCT part FROM raw.extractions").fetchall() == [("full",)]
    assert c.execute("SELECT part, count(*) FROM published.documents GROUP BY 1").fetchall() == [("full", 2)]
    types = c.execute(
        "SELECT DISTINCT data_type FROM information_schema.columns WHERE column_name = 'amount' "
        "AND table_schema || '.' || table_name IN ('raw.line_items', 'core.facts')"
    ).fetchall()
    assert types == [("DECIMAL(24,6)",)]
    # and it takes parts from now on: a narrative part beside the old full document
    narrative = narrative_part()
    ingest(c, narrative)
    assert c.execute(
        "SELECT part, status FROM published.documents WHERE document_id = ?", [narrative.sha256]
    ).fetchone() == (
        "narrative",
        "published",
    )
    assert tables_companion(c, narrative.sha256) == full.sha256
    c.close()


def test_six_decimal_wan_amounts_are_kept_exactly(con: duckdb.DuckDBPyConnection) -> None:
    # 北京 prints 万元 to six decimals (预算09表: 44.796055): nothing may round the printed figure
    rows = change(clean_rows(), "three_public", "total", "budget", "3.000001")
    doc = tables_part("six-decimals", rows)
    write_document(con, doc)
    printed, yuan = con.execute(
        "SELECT amount, amount_yuan FROM core.facts WHERE table_key = 'three_public' AND line_key = 'total' "
        "AND measure = 'budget'"
    ).fetchone()
    assert (str(printed), str(yuan)) == ("3.000001", "30000.01")
    assert con.execute(
        "SELECT amount FROM raw.line_items WHERE table_key = 'three_public' AND line_key = 'total' "
        "AND measure = 'budget'"
    ).fetchone() == (Decimal("3.000001"),)


def test_narrative_part_gated_before_the_tables_but_published_after_is_rechecked(
    con: duckdb.DuckDBPyConnection,
) -> None:
    # two runs interleaved in Dagster: the narrative part's gate ran before the tables part was
    # published, its publication came after the tables part's re-check
    narrative = narrative_part()
    write_document(con, narrative, publish=False)
    write_check_results(con, run_gate(con, narrative.sha256))
    assert stored(con, narrative) == {("narrative.companion_missing", "warning")}
    ingest(con, tables_part())  # re-checks the pending narrative part too
    publish_document(con, narrative.sha256)
    assert stored(con, narrative) == set()
    assert history(con)[narrative.sha256] == ("narrative", "published", None)


def test_budgetwh_status_shows_the_part(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from pipelines.cli import app

    db = tmp_path / "status.duckdb"
    c = duckdb.connect(str(db))
    ensure_schema(c)
    ingest(c, tables_part())
    ingest(c, narrative_part())
    c.close()
    run = CliRunner().invoke(app, ["status", "-w", str(db)])
    assert run.exit_code == 0, run.stdout
    header = next(line for line in run.stdout.splitlines() if "file_name" in line)
    columns = [c.strip() for c in header.split("┃")[1:-1]]
    at = columns.index("part")
    cells = [[c.strip() for c in line.split("│")[1:-1]] for line in run.stdout.splitlines() if line.startswith("│")]
    assert {row[0]: (row[at], row[at + 1]) for row in cells} == {
        "narrative.pdf": ("narrative", "published"),
        "tables.pdf": ("tables", "published"),
    }
