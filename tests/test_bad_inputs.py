"""Bad input through `budgetwh ingest` (real extraction, real Dagster runs, real DuckDB file).

Every unusable file gets a specific one-line reason — in the CLI's result line,
in the warehouse (`published.rejections`) and in the Dagster run's failure
metadata — and leaves what is already published exactly as it was. The
warehouse each test starts from already holds a real published 决算.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import duckdb
import pypdfium2 as pdfium
import pytest
from dagster import DagsterInstance
from reportlab.lib import pdfencrypt
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas
from typer.testing import CliRunner

from pipelines.cli import app
from pipelines.defs.ingest import ingest_file, ingest_files
from pipelines.defs.resources import inbox_resource, warehouse_resource
from pipelines.extract.ocr import ocr_available
from pipelines.samples import tables as sample_tables
from pipelines.samples.build import build_sample_pdf
from pipelines.samples.figures import SAMPLE_DEPARTMENT

from conftest import real_pdf, shared_extraction

SG = "中共上海市普陀区委社会工作部 2024 年度部门决算.pdf"
SG_DEPARTMENT = "中共上海市普陀区委社会工作部"
CZ_BROKEN = "24年普陀区财政局（测试问题版本）.pdf"  # a 决算 without its 支出决算表
CJK = "STSong-Light"

runner = CliRunner()


@pytest.fixture(autouse=True)
def no_dagster_home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DAGSTER_HOME", raising=False)


# ------------------------------------------------------------ bad files --


def _reportlab_pdf(path: Path, lines: list[str], encrypt=None) -> Path:
    if CJK not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CJK))
    canvas = Canvas(str(path), encrypt=encrypt, invariant=1)
    canvas.setFont(CJK, 14)
    for i, line in enumerate(lines):
        canvas.drawString(72, 770 - 24 * i, line)
    canvas.showPage()
    canvas.save()
    return path


def image_only_pdf(source: Path, pages: list[int], out: Path, scale: float = 2.0) -> Path:
    """Real pages rendered to pixels and written back as a PDF with no text layer (a 'scan')."""
    pdf = pdfium.PdfDocument(str(source))
    try:
        images = [pdf[p - 1].render(scale=scale).to_pil().convert("RGB") for p in pages]
    finally:
        pdf.close()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=72 * scale)
    return out


def make_scanned(folder: Path) -> Path:
    # The 目录 page of a real report, as a scan: OCR reads it, but finds no table in it.
    return image_only_pdf(real_pdf(SG), [2], folder / "scanned.pdf")


def make_encrypted(folder: Path) -> Path:
    # No PDF writer that encrypts is installed (pypdf is not); reportlab's RC4/128 encryption with a user password.
    encryption = pdfencrypt.StandardEncryption("user-secret", ownerPassword="owner-secret", strength=128)
    return _reportlab_pdf(folder / "encrypted.pdf", [SG_DEPARTMENT, "2024年度部门决算"], encrypt=encryption)


def make_truncated(folder: Path) -> Path:
    data = real_pdf(SG).read_bytes()
    path = folder / "truncated.pdf"
    path.write_bytes(data[: len(data) // 2])
    return path


def make_random(folder: Path) -> Path:
    path = folder / "random.pdf"
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(4096)))
    return path


def make_empty(folder: Path) -> Path:
    path = folder / "empty.pdf"
    path.write_bytes(b"")
    return path


def make_not_budget(folder: Path) -> Path:
    lines = [
        "关于开展2024年度消防安全检查工作的通知",
        "各街道、各委办局：",
        "为切实做好冬春火灾防控工作，现将有关事项通知如下。",
    ]
    return _reportlab_pdf(folder / "notice.pdf", lines)


def make_unmappable(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The sample 2023 决算 whose 支出决算表 heads its 项目支出 amount column 神秘支出."""
    original = sample_tables.BUILDERS["expenditure"]

    def renamed(fig, style):
        grid = original(fig, style)
        grid.header = [dataclasses.replace(c, text="神秘支出") if c.text == "项目支出" else c for c in grid.header]
        return grid

    monkeypatch.setitem(sample_tables.BUILDERS, "expenditure", renamed)
    path = build_sample_pdf(2023, folder / "unmappable")
    return path.rename(folder / "unmappable.pdf")


# reason, the words its message must hold (what is wrong and where)
BAD = {
    "scanned": (make_scanned, "scanned_pdf", ["no text layer", "OCR", "was tried", "no standard final_account table"]),
    "encrypted": (make_encrypted, "encrypted_pdf", ["encrypted.pdf", "password"]),
    "truncated": (make_truncated, "truncated_pdf", ["truncated.pdf", "truncated", "%%EOF", "bytes"]),
    "random": (make_random, "not_pdf", ["random.pdf", "not a PDF", "%PDF-"]),
    "empty": (make_empty, "empty_file", ["empty.pdf", "0 bytes"]),
    "not_budget": (make_not_budget, "not_budget_report", ["消防安全检查", "not a government budget report"]),
    "unmappable": (make_unmappable, "unmappable_columns", ["expenditure (page", "神秘支出", "no known measure"]),
}


# -------------------------------------------------------------- warehouse --


@pytest.fixture(scope="module")
def base_warehouse(tmp_path_factory) -> Path:
    """A warehouse holding the real 社会工作部 决算, published."""
    root = tmp_path_factory.mktemp("bad_inputs")
    db = root / "base.duckdb"
    with shared_extraction(), DagsterInstance.ephemeral() as instance:  # SG extracted once per session
        results = ingest_files([real_pdf(SG)], instance, warehouse_resource(db), inbox_resource(root / "inbox"))
    assert [r.status for r in results] == ["published"], [(r.status, r.message) for r in results]
    return db


@pytest.fixture
def warehouse(base_warehouse: Path, tmp_path: Path) -> Path:
    db = tmp_path / "wh.duckdb"
    shutil.copyfile(base_warehouse, db)
    return db


def _published(db: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {
            "line_items": con.execute("SELECT * FROM published.line_items ORDER BY ALL").fetchall(),
            "documents": con.execute("SELECT * FROM published.documents ORDER BY ALL").fetchall(),
        }


def _rejections(db: Path) -> list[tuple[str, str, str]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT file_name, reason, message FROM published.rejections ORDER BY ALL").fetchall()


def _cli_ingest(path: Path, db: Path):
    return runner.invoke(app, ["ingest", str(path), "--warehouse", str(db)])


def _flat(text: str) -> str:
    """Rich wraps long lines (anywhere in CJK text): compare without whitespace."""
    return "".join(text.split())


# ------------------------------------------------------------------ tests --


@pytest.mark.parametrize("kind", list(BAD))
def test_bad_file_gets_a_specific_reason_and_changes_nothing_published(
    kind: str, warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make, reason, words = BAD[kind]
    if kind == "scanned" and not ocr_available():
        words = ["no text layer", "no OCR engine"]
    path = make(tmp_path, monkeypatch) if kind == "unmappable" else make(tmp_path)
    before = _published(warehouse)

    result = _cli_ingest(path, warehouse)

    assert result.exit_code == 1, result.output
    assert "0of1document(s)ingested" in _flat(result.stdout) and _flat(result.stdout).endswith("1rejected")
    rejections = _rejections(warehouse)
    assert [(name, why) for name, why, _ in rejections] == [(path.name, reason)]
    message = rejections[0][2]
    for word in words:
        assert word in message, (word, message)
    # The CLI line carries the same reason and message: "✗ file: rejected: <reason> — <message>".
    assert _flat(f"{path.name}: rejected: {reason} — {message}") in _flat(result.stdout)
    assert _published(warehouse) == before
    print(f"{kind}: rejected: {reason} — {message}")


def test_dagster_run_carries_the_reason(warehouse: Path, tmp_path: Path) -> None:
    path = make_truncated(tmp_path)
    with DagsterInstance.ephemeral() as instance:
        result = ingest_file(path, instance, warehouse_resource(warehouse), inbox_resource(tmp_path / "inbox"))
        assert not result.ok
        assert result.status == "rejected: truncated_pdf"
        assert "no %%EOF marker" in result.message
        failures = [
            event.dagster_event.step_failure_data
            for run in instance.get_runs()
            for event in instance.all_logs(run.run_id)
            if event.dagster_event and event.dagster_event.is_step_failure
        ]
    assert len(failures) == 1
    metadata = failures[0].user_failure_data.metadata
    assert metadata["reason"].value == "truncated_pdf"
    assert metadata["file_name"].value == "truncated.pdf"
    assert "no %%EOF marker" in metadata["message"].value


def test_the_same_file_twice_is_a_no_op(warehouse: Path) -> None:
    before = _published(warehouse)
    result = _cli_ingest(real_pdf(SG), warehouse)
    assert result.exit_code == 0, result.output
    assert "—unchanged" in _flat(result.stdout) and "1of1document(s)ingested" in _flat(result.stdout)
    assert _published(warehouse) == before
    assert _rejections(warehouse) == []


def test_a_corrected_republication_supersedes_the_first(warehouse: Path, tmp_path: Path) -> None:
    # The same report re-issued without its last 名词解释 page: a different, valid PDF, same facts.
    corrected = tmp_path / "社会工作部 2024 决算（更正）.pdf"
    pdf = pdfium.PdfDocument(str(real_pdf(SG)))
    try:
        pdf.del_page(len(pdf) - 1)
        pdf.save(str(corrected))
    finally:
        pdf.close()
    before = _published(warehouse)
    (first_id,) = {row[0] for row in before["documents"]}

    result = _cli_ingest(corrected, warehouse)

    assert result.exit_code == 0, result.output
    assert "supersededanearlierfile" in _flat(result.stdout)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        current = con.execute("SELECT document_id, file_name, page_count, status FROM published.documents").fetchall()
        history = con.execute(
            "SELECT document_id, status, superseded_by FROM published.document_history ORDER BY ingested_at"
        ).fetchall()
        facts = con.execute(
            "SELECT DISTINCT document_id FROM published.line_items WHERE department = ?", [SG_DEPARTMENT]
        ).fetchall()
    (new_id, name, pages, status) = current[0]
    assert len(current) == 1 and name == corrected.name and pages == 23 and status == "published"
    assert history == [(first_id, "superseded", new_id), (new_id, "published", None)]
    assert facts == [(new_id,)]
    # Same printed figures, now under the corrected document.
    after = _published(warehouse)["line_items"]
    assert sorted(r[1:] for r in after) == sorted(r[1:] for r in before["line_items"])


def test_a_file_name_with_spaces_full_width_characters_and_quotes_ingests(warehouse: Path, tmp_path: Path) -> None:
    built = build_sample_pdf(2023, tmp_path / "build")
    odd = tmp_path / "“测试” 部门　决算 (final).pdf"
    shutil.copyfile(built, odd)
    result = _cli_ingest(odd, warehouse)
    assert result.exit_code == 0, result.output
    assert _flat(f"{odd.name}: {SAMPLE_DEPARTMENT} 2023 final_account") in _flat(result.stdout)
    assert "—published" in _flat(result.stdout)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute(
            "SELECT file_name, status FROM published.documents WHERE department = ?", [SAMPLE_DEPARTMENT]
        ).fetchall()
        sg_rows = con.execute("SELECT count(*) FROM published.line_items WHERE department = ?", [SG_DEPARTMENT])
        assert sg_rows.fetchone()[0] > 0
    assert rows == [(odd.name, "published")]


def test_a_final_account_missing_a_standard_table_is_quarantined(warehouse: Path) -> None:
    """The 财政局 test version lacks its 支出决算表: the quality gate quarantines it, naming the rule."""
    before = _published(warehouse)
    result = _cli_ingest(real_pdf(CZ_BROKEN), warehouse)
    flat = _flat(result.stdout)
    assert result.exit_code == 1, result.output
    assert "—published" not in flat and "—quarantined" in flat
    with duckdb.connect(str(warehouse), read_only=True) as con:
        cz = "上海市普陀区财政局"
        facts = con.execute("SELECT count(*) FROM published.line_items WHERE department = ?", [cz]).fetchone()[0]
        status = con.execute("SELECT status FROM published.documents WHERE department = ?", [cz]).fetchall()
        failed = con.execute(
            "SELECT DISTINCT rule_id, table_key FROM published.check_results "
            "WHERE department = ? AND outcome = 'fail' AND severity = 'error'",
            [cz],
        ).fetchall()
    assert facts == 0
    assert status == [("quarantined",)]
    # Which table is missing (where) is in the check results; the CLI line names the failed rule (what).
    assert [table for _, table in failed] == ["expenditure"], failed
    assert all(rule in flat for rule, _ in failed), (failed, result.stdout)
    assert _published(warehouse)["line_items"] == before["line_items"]
