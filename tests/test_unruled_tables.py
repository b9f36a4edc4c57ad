"""A table printed without rules is read by camelot's stream flavor and marked so."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from pipelines.extract import extract_document

ROWS = [
    ("201", "一般公共服务支出", "10.00", "6.00", "4.00"),
    ("20101", "人大事务", "10.00", "6.00", "4.00"),
    ("2010101", "行政运行", "6.00", "6.00", ""),
    ("2010102", "一般行政管理事务", "4.00", "", "4.00"),
    ("合计", "", "10.00", "6.00", "4.00"),
]


def _unruled_final_account(path: Path) -> None:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path), invariant=1)
    pdf.setFont("STSong-Light", 20)
    pdf.drawString(150, 600, "无线表测试局2023年度部门决算")
    pdf.showPage()
    pdf.setFont("STSong-Light", 14)
    pdf.drawString(150, 780, "一般公共预算财政拨款支出决算表")
    pdf.setFont("STSong-Light", 10)
    pdf.drawString(450, 760, "单位：万元")
    xs = (60, 130, 330, 410, 490)
    for i, (x, head) in enumerate(zip(xs, ("科目编码", "科目名称", "合计", "基本支出", "项目支出"), strict=True)):
        if i >= 2:  # amount headers centred over their column
            pdf.drawCentredString(x + 30, 730, head)
        else:
            pdf.drawString(x, 730, head)
    for r, row in enumerate(ROWS):
        for i, (x, text) in enumerate(zip(xs, row, strict=True)):
            if i >= 2:  # amounts right-aligned, as printed
                pdf.drawRightString(x + 50, 710 - 20 * r, text)
            else:
                pdf.drawString(x, 710 - 20 * r, text)
    pdf.showPage()
    pdf.save()


def test_unruled_table_is_read_by_stream(tmp_path):
    path = tmp_path / "unruled.pdf"
    _unruled_final_account(path)
    doc = extract_document(path)
    table = doc.table("general_budget")
    assert table is not None and table.method == "stream"
    got = {(i.line_key, i.measure): i.amount for i in table.items}
    assert got[("2010101", "total")] == Decimal("6.00")
    assert got[("2010102", "project")] == Decimal("4.00")
    assert got[("total", "basic")] == Decimal("6.00")
    assert {i.extraction_method for i in table.items} == {"stream"}
    assert doc.missing_tables  # the other eight tables are not in this file
