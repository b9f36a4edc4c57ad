"""The Dagster definitions: loadable, the inbox sensor, and the assets run end to end (fake extractor)."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from dagster import DagsterInstance, Definitions, SensorResult, build_sensor_context, materialize

import pipelines.defs.assets as assets_module
import pipelines.defs.checks as checks_module
import pipelines.staging as staging_module
from pipelines.defs import defs
from pipelines.defs.assets import ALL_ASSETS, DOCUMENT_ASSETS, extracted_tables
from pipelines.defs.comparisons import COMPARISONS
from pipelines.defs.ingest import QUIET, ingest_files
from pipelines.defs.jobs import ingest_inbox
from pipelines.defs.partitions import DOCUMENTS
from pipelines.defs.resources import WRITER_POOL, Inbox, warehouse_resource
from pipelines.defs.schedules import yearly_inbox_ingest
from pipelines.defs.sensors import inbox_sensor
from pipelines.extract import file_sha256
from pipelines.extract.errors import NotAPdfError
from pipelines.quality import GateReport

from test_warehouse import make_doc

REPO = Path(__file__).resolve().parents[1]


def fake_extract(path: str | Path):
    """Stands in for the PDF extractor: '%PDF…' files become a document for the year in their name."""
    data = Path(path).read_bytes()
    if not data.startswith(b"%PDF"):
        raise NotAPdfError(f"{Path(path).name} does not start with %PDF")
    year = int(re.search(r"(20\d\d)", Path(path).name).group(1))
    return make_doc(file_sha256(path), year=year)


def passing_gate(con, document_id: str, families=None) -> GateReport:
    """The hand-made documents are deliberately tiny (two tables): the quality gate, exercised on
    real and sample PDFs in test_quality_* and test_end_to_end, is not what these tests are about."""
    return GateReport(document_id)


def passing_gate_many(con, document_ids: list[str], families=None) -> dict[str, GateReport]:
    return {d: GateReport(d) for d in document_ids}


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assets_module, "extract_document", fake_extract)
    monkeypatch.setattr(checks_module, "run_gate", passing_gate)
    monkeypatch.setattr(staging_module, "run_gate_many", passing_gate_many)


@pytest.fixture
def instance():
    with DagsterInstance.ephemeral() as inst:
        yield inst


def pdf(folder: Path, name: str, body: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"%PDF-1.7 fake " + (body or name).encode())
    return path


def test_definitions_load() -> None:
    Definitions.validate_loadable(defs)
    repo = defs.get_repository_def()
    assert {j.name for j in repo.get_all_jobs()} >= {"ingest_document", "ingest_inbox"}
    assert repo.get_sensor_def("inbox_sensor")
    assert repo.get_schedule_def("yearly_inbox_ingest").cron_schedule == "0 3 1 7 *"
    keys = {k.to_user_string() for k in repo.asset_graph.get_all_asset_keys()}
    documents = {"source_documents", "extracted_tables", "core_facts", "published_documents", "published_views"}
    # the published tables and marts (group comparisons, tests/test_comparisons.py)
    assert keys == documents | {f"published/{r.name}" for r in COMPARISONS}
    assert repo.get_job("ingest_document").partitions_def.name == DOCUMENTS
    for a in ALL_ASSETS:
        # extraction runs outside the writer pool so that documents extract in parallel
        assert a.op.pool == (None if a is extracted_tables else WRITER_POOL)
    for a in DOCUMENT_ASSETS:
        assert a.partitions_def is not None and a.partitions_def.name == DOCUMENTS


def test_dagster_cli_validates_the_workspace() -> None:
    dagster = Path(sys.executable).with_name("dagster")
    run = subprocess.run(
        [str(dagster), "definitions", "validate", "-w", "workspace.yaml"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "All code locations passed validation" in run.stdout + run.stderr


def test_instance_yaml_limits_the_writer_pool_to_one(tmp_path: Path) -> None:
    shutil.copy(REPO / "pipelines/defs/dagster.yaml", tmp_path / "dagster.yaml")
    with DagsterInstance.from_config(str(tmp_path)) as inst:
        info = inst.event_log_storage.get_concurrency_info(WRITER_POOL)
        assert info.limit == 1
        assert inst.get_concurrency_config().run_queue_config.max_concurrent_runs == 2


def test_sensor_registers_new_files_once(tmp_path: Path, instance: DagsterInstance) -> None:
    inbox = tmp_path / "inbox"
    a = pdf(inbox, "a2022.pdf")
    b = pdf(inbox / "sub", "b2023.PDF")
    pdf(inbox, "copy-of-a.pdf", body="a2022.pdf")  # same bytes as a → same partition
    (inbox / "notes.txt").write_text("ignored")
    resources = {"inbox": Inbox(path=str(inbox))}

    result = inbox_sensor(build_sensor_context(instance=instance, resources=resources))
    assert isinstance(result, SensorResult)
    keys = {file_sha256(a), file_sha256(b)}
    assert {r.partition_key for r in result.run_requests} == keys
    assert len(result.run_requests) == 2
    (add,) = result.dynamic_partitions_requests
    assert add.partitions_def_name == DOCUMENTS and set(add.partition_keys) == keys
    req = next(r for r in result.run_requests if r.partition_key == file_sha256(b))
    assert req.run_config["ops"]["source_documents"]["config"]["path"] == str(b)

    instance.add_dynamic_partitions(DOCUMENTS, list(add.partition_keys))  # what the daemon does
    again = inbox_sensor(build_sensor_context(instance=instance, resources=resources, cursor=result.cursor))
    assert not again.run_requests

    c = pdf(inbox, "c2024.pdf")
    third = inbox_sensor(build_sensor_context(instance=instance, resources=resources, cursor=again.cursor))
    assert [r.partition_key for r in third.run_requests] == [file_sha256(c)]


def test_assets_ingest_and_reject(tmp_path: Path, instance: DagsterInstance, fake_extractor: None) -> None:
    db = tmp_path / "wh.duckdb"
    resources = {"warehouse": warehouse_resource(db), "inbox": Inbox(path=str(tmp_path / "inbox"))}
    good = pdf(tmp_path / "inbox", "dept2023.pdf")
    bad = tmp_path / "inbox" / "broken.pdf"
    bad.write_bytes(b"<html>")
    for path in (good, bad):
        instance.add_dynamic_partitions(DOCUMENTS, [file_sha256(path)])

    ok = materialize(
        ALL_ASSETS,
        partition_key=file_sha256(good),
        instance=instance,
        resources=resources,
        run_config={"ops": {"source_documents": {"config": {"path": str(good)}}}, **QUIET},
    )
    assert ok.success
    core = ok.asset_materializations_for_node("core_facts")[0].metadata
    assert core["outcome"].value == "loaded" and core["status"].value == "pending" and core["facts"].value == 5
    published = ok.asset_materializations_for_node("published_documents")[0].metadata
    assert published["outcome"].value == "published" and published["status"].value == "published"
    extracted = ok.asset_materializations_for_node("extracted_tables")[0].metadata
    assert extracted["tables_found"].value == 2
    assert "收入支出决算总表" in extracted["tables"].value
    views = ok.asset_materializations_for_node("published_views")[0].metadata
    assert views["rows_line_items"].value == 5

    # without config: the path is recovered from the inbox by its hash
    failed = materialize(
        DOCUMENT_ASSETS,
        partition_key=file_sha256(bad),
        instance=instance,
        resources=resources,
        run_config=QUIET,
        raise_on_error=False,
    )
    assert not failed.success
    failure = next(e for e in failed.all_events if e.is_step_failure)
    assert failure.step_failure_data.user_failure_data.description.startswith("not_pdf: broken.pdf")
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT file_name, reason FROM published.rejections").fetchall() == [
            ("broken.pdf", "not_pdf")
        ]
        assert con.execute("SELECT count(*) FROM published.documents").fetchone()[0] == 1


def test_ingest_files_reports_unchanged_and_supersession(
    tmp_path: Path, instance: DagsterInstance, fake_extractor: None
) -> None:
    wh = warehouse_resource(tmp_path / "wh.duckdb")
    first = pdf(tmp_path, "x2023.pdf", body="first")
    revised = pdf(tmp_path, "x2023-revised.pdf", body="revised")
    results = ingest_files([first, first, revised], instance, wh, Inbox(path=str(tmp_path / "none")))
    assert [r.status for r in results] == ["published", "unchanged", "superseded an earlier file"]
    assert all(r.ok for r in results)
    assert instance.has_dynamic_partition(DOCUMENTS, file_sha256(revised))


def test_yearly_job_ingests_everything_new(tmp_path: Path, instance: DagsterInstance, fake_extractor: None) -> None:
    inbox = tmp_path / "inbox"
    pdf(inbox, "d2022.pdf")
    pdf(inbox, "d2023.pdf")
    resources = {"warehouse": warehouse_resource(tmp_path / "wh.duckdb"), "inbox": Inbox(path=str(inbox))}
    assert yearly_inbox_ingest.job_name == ingest_inbox.name
    result = ingest_inbox.execute_in_process(instance=instance, resources=resources, run_config=QUIET)
    assert result.success
    assert result.output_for_node("ingest_new_inbox_files") == 2
    again = ingest_inbox.execute_in_process(instance=instance, resources=resources, run_config=QUIET)
    assert again.output_for_node("ingest_new_inbox_files") == 0
    with duckdb.connect(str(tmp_path / "wh.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM published.documents").fetchone()[0] == 2
