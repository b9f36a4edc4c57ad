"""The worker/writer hand-off (pipelines/staging.py): a document validated on the worker's
in-memory copy and loaded from Parquet ends up in the warehouse exactly as when the writer
loads and gates it itself — same rows, same check results — and the stage is consumed."""

from __future__ import annotations

from pathlib import Path

import duckdb
from dagster import DagsterInstance

from pipelines.defs.ingest import ingest_files
from pipelines.defs.resources import warehouse_resource
from pipelines.extract import file_sha256
from pipelines.quality import run_gate, run_gate_many, write_check_results
from pipelines.staging import (
    STAGED_TABLES,
    WORKER_FAMILIES,
    done_records,
    load_stage,
    read_stage,
    stage_document,
    staging_root,
)
from pipelines.store import ensure_schema, publish_core, record_received, write_document

import real_figures as rf
from conftest import real_pdf

CHECK_COLUMNS = "rule_id, family, severity, outcome, table_key, side, line_key, measure, page, expected, found"


def _rows(db: Path, query: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return sorted(con.execute(query).fetchall(), key=repr)


def test_staged_gate_equals_the_writers_gate(tmp_path: Path, extract_real) -> None:
    # The copy with planted errors: the gate finds failures, so fail rows are compared too.
    path = real_pdf(rf.CS)
    doc = extract_real(rf.CS)
    sha = file_sha256(path)
    assert doc.sha256 == sha

    in_writer = tmp_path / "writer.duckdb"
    with duckdb.connect(str(in_writer)) as con:
        ensure_schema(con)
        write_document(con, doc, path, publish=False)
        write_check_results(con, run_gate(con, sha))

    root = tmp_path / "staged"
    stage = stage_document(doc, path, root)
    assert stage.blocking_rules, "the planted errors block"
    for table in STAGED_TABLES:
        assert (root / table / f"document_id={sha}" / "data.parquet").is_file()
    assert read_stage(root, sha) == stage

    staged = tmp_path / "staged.duckdb"
    with duckdb.connect(str(staged)) as con:
        ensure_schema(con)
        record_received(con, path, sha)
        load_stage(con, stage)
        publish_core(con, sha)
        write_check_results(con, run_gate(con, sha, families=["narrative"]))

    for query in (
        f"SELECT {CHECK_COLUMNS} FROM core.check_results",
        "SELECT * EXCLUDE (document_id) FROM core.facts",
        "SELECT table_key, title, pages, unit_printed FROM raw.tables",
        "SELECT count(*), sum(length(text)) FROM raw.cells",
    ):
        assert _rows(staged, query) == _rows(in_writer, query), query
    failing = _rows(staged, "SELECT DISTINCT rule_id FROM core.check_results WHERE outcome = 'fail'")
    assert failing, "the planted errors are found"


def test_ingest_consumes_the_stage_and_quarantines_on_the_workers_verdict(tmp_path: Path) -> None:
    path = real_pdf(rf.CS)
    db = tmp_path / "budget.duckdb"
    with DagsterInstance.ephemeral() as instance:
        [result] = ingest_files([path], instance, warehouse_resource(db))
    assert result.status == "quarantined", result
    sha = file_sha256(path)
    root = staging_root(db)
    assert read_stage(root, sha) is None, "the writer drops the stage once the gate's outcome is written"
    assert not list(root.glob("raw.cells/*")), "no staged rows are left behind"
    [done] = done_records(root)
    assert done.document_id == sha and done.blocking_rules and done.extraction_seconds > 0
    families = {r[0] for r in _rows(db, "SELECT DISTINCT family FROM core.check_results")}
    assert {"narrative", "arithmetic_summary"} <= families


def test_a_batch_is_gated_as_each_document_alone(tmp_path: Path, extract_real) -> None:
    # The planted-error copy (failures on the same rules as its clean original) between two clean
    # documents: a row of one document must neither fail nor excuse another's in the batch's frame.
    names = [rf.CZ, rf.CS, rf.SG]
    db = tmp_path / "batch.duckdb"
    with duckdb.connect(str(db)) as con:
        ensure_schema(con)
        shas = []
        for name in names:
            write_document(con, extract_real(name), real_pdf(name), publish=False)
            shas.append(file_sha256(real_pdf(name)))
        families = list(WORKER_FAMILIES)
        batch = run_gate_many(con, shas, families=families)
        alone = {sha: run_gate(con, sha, families=families) for sha in shas}
    assert list(batch) == shas
    for sha in shas:
        assert batch[sha].findings == alone[sha].findings
        assert batch[sha].rules == alone[sha].rules
        assert batch[sha].families == alone[sha].families
    blocked = [sha for sha in shas if batch[sha].blocking_failed]
    assert blocked == [shas[1]], "only the planted-error copy blocks"
    assert batch[shas[0]].rules != batch[shas[1]].rules, "the clean original passes rules its copy fails"
