"""The OCR path for image-only (scanned) PDFs, on real pages turned into pixels.

The scans are made here: pages of the real 社会工作部 决算 rendered with
pypdfium2 and written back as a PDF with no text layer. OCR is slow (seconds
per page), so the real-page test reads three pages: the cover, the
收入支出决算总表 (page 5) and the 基本支出 table (page 13).
"""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image

import pipelines.extract.ocr as ocr
from pipelines.extract import extract_document
from pipelines.extract.errors import ScannedPdfError
from pipelines.extract.ocr import OcrPage, TextBox, page_grids, text_lines

from conftest import real_pdf

SG = "中共上海市普陀区委社会工作部 2024 年度部门决算.pdf"
SCAN_PAGES = {1: 1, 5: 2, 13: 3}  # real page → page of the scan

needs_engine = pytest.mark.skipif(not ocr.ocr_available(), reason=f"OCR engine {ocr.ENGINE} not installed")


def image_only_pdf(source: Path, pages: list[int], out: Path, scale: float = 3.0) -> Path:
    pdf = pdfium.PdfDocument(str(source))
    try:
        images = [pdf[p - 1].render(scale=scale).to_pil().convert("RGB") for p in pages]
    finally:
        pdf.close()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=72 * scale)
    return out


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    path = image_only_pdf(real_pdf(SG), list(SCAN_PAGES), tmp_path_factory.mktemp("ocr") / "scan.pdf")
    started = time.perf_counter()
    doc = extract_document(path)
    return doc, time.perf_counter() - started


def _key(item) -> tuple:
    return item.table_key, item.side, item.line_key, item.measure


@needs_engine
def test_the_scan_has_no_text_layer(tmp_path: Path) -> None:
    path = image_only_pdf(real_pdf(SG), [1], tmp_path / "cover.pdf", scale=1.0)
    pdf = pdfium.PdfDocument(str(path))
    try:
        assert pdf[0].get_textpage().get_text_bounded().strip() == ""
    finally:
        pdf.close()


@needs_engine
def test_cover_and_tables_are_read_from_a_scan(scanned) -> None:
    doc, seconds = scanned
    print(f"OCR: {doc.meta.page_count} pages in {seconds:.1f} s ({seconds / doc.meta.page_count:.1f} s/page)")
    assert (doc.meta.department, doc.meta.fiscal_year, doc.meta.report_kind, doc.meta.scope) == (
        "中共上海市普陀区委社会工作部",
        2024,
        "final_account",
        "department",
    )
    assert [(t.table_key, t.pages, t.unit_printed, t.method) for t in doc.tables] == [
        ("summary", [2], "万元", "ocr"),
        ("general_budget_basic", [3], "万元", "ocr"),
    ]
    assert doc.items and {i.extraction_method for i in doc.items} == {"ocr"}
    got = {_key(i): i.amount for i in doc.items}
    for key, amount in {
        ("summary", "income", "general_budget_appropriation", "final"): "307.82",
        ("summary", "income", "income_total", "final"): "307.82",
        ("summary", "expenditure", "fn_201", "final"): "264.87",
        ("summary", "expenditure", "fn_208", "final"): "10.82",
        ("summary", "expenditure", "fn_210", "final"): "2.71",
        ("summary", "expenditure", "fn_221", "final"): "29.42",
        ("summary", "expenditure", "grand_total", "final"): "307.82",
        ("general_budget_basic", None, "301", "total"): "95.36",
        ("general_budget_basic", None, "30102", "total"): "39.72",
        ("general_budget_basic", None, "30113", "total"): "17.70",
        ("general_budget_basic", None, "30239", "total"): "2.43",
        ("general_budget_basic", None, "total", "personnel"): "95.36",
        ("general_budget_basic", None, "total", "public"): "10.23",
    }.items():
        assert got.get(key) == Decimal(amount), key
    assert str(got[("general_budget_basic", None, "30113", "total")]) == "17.70"  # printed scale kept


@needs_engine
def test_ocr_reads_every_amount_the_text_layer_reads(scanned, extract_real) -> None:
    """Accuracy against the born-digital extraction of the same pages: every fact, exactly."""
    doc, _ = scanned
    real = extract_real(SG)
    expected = {
        (*_key(i), SCAN_PAGES[i.page]): i.amount
        for i in real.items
        if i.table_key in ("summary", "general_budget_basic")
    }
    got = {(*_key(i), i.page): i.amount for i in doc.items}
    assert len(expected) == 76
    assert got == expected
    levels = {i.line_key: (i.level, i.parent_code, i.code_kind) for i in doc.items if i.code_kind}
    assert levels["30113"] == (2, "301", "economic")


def test_without_an_ocr_engine_the_scan_is_refused_saying_so(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "blank-scan.pdf"
    Image.new("RGB", (595, 842), "white").save(path, "PDF", resolution=72)
    monkeypatch.setattr(ocr, "ocr_available", lambda: False)
    with pytest.raises(ScannedPdfError) as raised:
        extract_document(path)
    assert str(raised.value) == (
        "scanned_pdf: blank-scan.pdf has no text layer on any of its 1 pages (image-only / scanned); "
        f"no OCR engine is installed (pip install {ocr.ENGINE})"
    )


@needs_engine
def test_a_scan_without_any_text_is_refused_saying_ocr_was_tried(tmp_path: Path) -> None:
    path = tmp_path / "blank-scan.pdf"
    Image.new("RGB", (595, 842), "white").save(path, "PDF", resolution=72)
    with pytest.raises(ScannedPdfError, match=r"OCR \(rapidocr-onnxruntime\) was tried and found no text on any page"):
        extract_document(path)


# ---------------------------------------------------- grids without OCR --


def _ruled_page() -> OcrPage:
    """A drawn 3×3 table (scale 3) whose first row is one cell spanning all columns, with text boxes placed."""
    image = np.full((600, 900, 3), 255, dtype=np.uint8)
    rows, cols = [100, 160, 220, 280], [100, 400, 600, 800]
    for y in rows:
        image[y - 1 : y + 2, cols[0] : cols[-1] + 1] = 0
    for x in cols:
        top = rows[0] if x in (cols[0], cols[-1]) else rows[1]  # no inner rule through the spanning header
        image[top : rows[-1] + 1, x - 1 : x + 2] = 0
    boxes = [
        TextBox("收入决算表头", 380, 115, 520, 145, 1.0),  # centred over the spanning cell
        TextBox("项目", 200, 175, 260, 205, 1.0),
        TextBox("决算数", 460, 175, 540, 205, 1.0),
        TextBox("合计", 660, 175, 740, 205, 1.0),
        TextBox("一般公共服务支出", 110, 235, 300, 265, 1.0),
        TextBox("1,264.87", 500, 235, 590, 265, 1.0),
        TextBox("0.00", 740, 235, 790, 265, 1.0),
    ]
    return OcrPage(7, 300.0, 200.0, boxes, image)


def test_ruling_becomes_a_grid_with_spans_and_pdf_coordinates() -> None:
    (grid,) = page_grids(_ruled_page(), scale=3.0)
    assert (grid.page, grid.method, len(grid.rows), grid.n_cols) == (7, "ocr", 3, 3)
    assert [[c.text for c in row] for row in grid.rows] == [
        ["收入决算表头", "", ""],
        ["项目", "决算数", "合计"],
        ["一般公共服务支出", "1,264.87", "0.00"],
    ]
    assert [c.left_edge for c in grid.rows[0]] == [True, False, False]
    assert all(c.left_edge and c.top_edge for row in grid.rows[1:] for c in row)
    assert grid.spanned_text(0, 2) == "收入决算表头"
    # Pixels at scale 3, origin top-left → PDF points, origin bottom-left (page 200 pt tall).
    assert grid.rows[2][1].bbox == (133.3, 106.7, 200.0, 126.7)
    assert grid.top == pytest.approx(166.7)


def test_text_lines_group_boxes_by_row_then_x() -> None:
    boxes = [TextBox("单位：万元", 500, 52, 600, 78, 1.0), TextBox("收入决算表", 200, 10, 400, 40, 1.0)]
    boxes.append(TextBox("2024", 100, 50, 160, 80, 1.0))
    assert [[b.text for b in line] for line in text_lines(boxes)] == [["收入决算表"], ["2024", "单位：万元"]]
