"""The per-document time budget (pipelines/staging.py stage_within_budget), with a real PDF and a
real forked extraction process: over its budget the document is stopped and staged as a rejection
that names the file and the limit, with no Parquet left; within it, it is staged as usual. Fast (a
few seconds): part of make test. The same budget on Celery workers: tests/test_faults_celery.py."""

from __future__ import annotations

import time
from pathlib import Path

from pipelines.extract import extract_document, file_sha256
from pipelines.staging import (
    STAGED_TABLES,
    TIME_BUDGET_EXCEEDED,
    TimeBudget,
    page_count,
    read_stage,
    stage_within_budget,
)

from conftest import real_pdf

PDF = "上海市普陀区人民政府办公室25年预算.pdf"  # 22 pages, ~5 s of extraction + gate


def test_a_document_over_its_budget_is_stopped_and_reported(tmp_path: Path) -> None:
    path = real_pdf(PDF)
    sha = file_sha256(path)
    budget = TimeBudget(min_seconds=0.5, seconds_per_page=0.0)
    started = time.perf_counter()
    stage = stage_within_budget(path, sha, tmp_path, extract_document, budget)
    seconds = time.perf_counter() - started
    assert seconds < 5.0  # stopped at the budget, not after the extraction
    assert stage.rejected and stage.reason == TIME_BUDGET_EXCEEDED
    assert PDF in stage.message and "time budget of 0.5 s" in stage.message
    assert "0.5 s + 0 s/page × 22 pages" in stage.message
    assert read_stage(tmp_path, sha) == stage  # the rejection is what the writer reads
    for table in STAGED_TABLES:  # nothing partial: the killed child's Parquet is gone
        assert not list((tmp_path / table).glob(f"document_id={sha}/*")), table


def test_a_document_within_its_budget_is_staged(tmp_path: Path) -> None:
    path = real_pdf(PDF)
    sha = file_sha256(path)
    assert page_count(path) == 22
    stage = stage_within_budget(path, sha, tmp_path, extract_document, TimeBudget())
    assert not stage.rejected, stage.message
    assert stage.summary["page_count"] == 22 and stage.summary["tables_found"] == 9
    assert read_stage(tmp_path, sha) == stage
    assert (tmp_path / "raw.line_items" / f"document_id={sha}" / "data.parquet").exists()
