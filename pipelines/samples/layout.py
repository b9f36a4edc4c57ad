"""Drawing primitives for the sample corpus: ruled grid tables and running text.

Everything is drawn straight onto a reportlab canvas so that the output is
fully determined by the inputs (no platypus reflow heuristics), and every
cell gets its own four borders so that camelot's lattice parser finds the grid.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import BinaryIO, Literal

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

CJK_FONT = "STSong-Light"  # built-in CID font: no font files to download or embed
NUM_FONT = "Times-Roman"  # the real documents print amounts and codes in a Latin serif
NUM_BOLD = "Helvetica-Bold"  # the cover year of some real documents is a separate bold Latin run

PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN_X = 40.0
MARGIN_TOP = 48.0
MARGIN_BOTTOM = 50.0
LINE_WIDTH = 0.6  # thick enough for camelot's line detection at its default scale
CELL_PAD = 3.0
# Horizontal inset of left/right-aligned text. pdfminer (under camelot) joins glyphs into one
# text line when the gap is under one character width (9pt), so a right-aligned amount
# and the left-aligned label in the next cell need more than 2 × 4.5pt between them.
H_PAD = 6.0

Align = Literal["left", "center", "right"]


def register_fonts() -> None:
    """Register the CID font once (registration is global in reportlab)."""
    if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))


def format_amount(value: Decimal, *, zero: str = "") -> str:
    """1648.7 → '1,648.70'; zero → the table's chosen zero rendering ('' or '0.00')."""
    if value == 0:
        return zero
    return f"{value:,.2f}"


# Latin words and numbers (1,648.70 / 26.06% / 2023) are never split across lines, so
# that the text layer keeps every figure of the narrative whole.
_TOKEN = re.compile(r"[0-9A-Za-z.,%]+|.", re.DOTALL)
# Closing punctuation may hang past the margin rather than start a line (as CJK typesetting does).
_NO_LINE_START = set("，。；：、）”％%！？")


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Break text into lines no wider than width; CJK breaks anywhere, numbers never."""
    if not text:
        return [""]
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for token in _TOKEN.findall(paragraph):
            too_wide = pdfmetrics.stringWidth(current + token, font, size) > width
            if current and too_wide and token not in _NO_LINE_START:
                lines.append(current)
                current = token
            else:
                current += token
        lines.append(current)
    return lines


@dataclass(frozen=True)
class Cell:
    """One grid cell; header cells use row/rowspan, body cells only col/colspan."""

    text: str = ""
    col: int = 0
    colspan: int = 1
    row: int = 0
    rowspan: int = 1
    align: Align = "center"
    numeric: bool = False  # drawn in the Latin font, never wrapped
    fact: Hashable | None = None  # the ground-truth key this amount cell prints, if any


@dataclass
class Grid:
    """A ruled table: column widths, a (multi-row) header and body rows."""

    widths: Sequence[float]
    header: Sequence[Cell]
    header_heights: Sequence[float]
    rows: Sequence[Sequence[Cell]]
    min_row_height: float = 17.0
    font_size: float = 9.0
    pad: float = CELL_PAD  # space above and below a cell's text

    @property
    def width(self) -> float:
        return float(sum(self.widths))


@dataclass(frozen=True)
class PrintedCell:
    """Where a ground-truth amount landed: page and its (row, col) in that page's grid."""

    amount: Decimal
    page: int  # 1-based
    row: int  # counting the header rows, as a lattice parser sees the page's grid
    col: int


@dataclass
class Sheet:
    """A canvas plus page bookkeeping: orientation per page, page numbers, cursor."""

    out: BinaryIO
    title: str
    canvas: Canvas = field(init=False)
    page: int = 0  # 1-based number of the page being drawn, 0 before the first
    y: float = 0.0  # text cursor on the current page
    size: tuple[float, float] = PORTRAIT
    number_pages: bool = True
    printed: dict[Hashable, PrintedCell] = field(default_factory=dict)
    subject: str = "部门决算"  # the PDF's Subject metadata
    wide_text: bool = False  # running text breaks onto landscape pages (as a budget's prose does)

    def __post_init__(self) -> None:
        register_fonts()
        # invariant=1 pins the creation date and document id, so builds are byte-identical
        self.canvas = Canvas(self.out, pagesize=PORTRAIT, invariant=1, pageCompression=1)
        self.canvas.setTitle(self.title)
        self.canvas.setAuthor("攀枝花市东区人力资源和社会保障局")
        self.canvas.setCreator("budgetwh sample corpus")
        self.canvas.setSubject(self.subject)

    # -- pages -------------------------------------------------------------
    def new_page(self, *, wide: bool = False, numbered: bool = True) -> None:
        if self.page:
            self._finish_page()
        self.page += 1
        self.size = LANDSCAPE if wide else PORTRAIT
        self.canvas.setPageSize(self.size)
        self.canvas.setLineWidth(LINE_WIDTH)
        self.number_pages = numbered
        self.y = self.size[1] - MARGIN_TOP

    def _finish_page(self) -> None:
        if self.number_pages:
            self.canvas.setFont(NUM_FONT, 9)
            self.canvas.drawCentredString(self.size[0] / 2, 24, f"- {self.page} -")
        self.canvas.showPage()

    def save(self) -> None:
        self._finish_page()
        self.canvas.save()

    @property
    def page_width(self) -> float:
        return self.size[0]

    # -- running text ------------------------------------------------------
    def ensure_room(self, height: float) -> None:
        if self.y - height < MARGIN_BOTTOM:
            self.new_page(wide=self.wide_text)

    def heading(self, text: str, *, size: float = 15, gap: float = 10, centre: bool = True) -> None:
        self.ensure_room(size + gap + 40)  # keep a heading with the line after it
        self.y -= size
        self.canvas.setFont(CJK_FONT, size)
        if centre:
            self.canvas.drawCentredString(self.page_width / 2, self.y, text)
        else:
            self.canvas.drawString(MARGIN_X + 20, self.y, text)
        self.y -= gap

    def paragraph(self, text: str, *, size: float = 11, leading: float = 20, indent: bool = True) -> None:
        """A body paragraph, first line indented two characters, breaking across pages."""
        left = MARGIN_X + 20
        width = self.page_width - 2 * left
        lead = "\u3000\u3000" if indent else ""
        for line in wrap_text(lead + text, CJK_FONT, size, width):
            self.ensure_room(leading)
            self.y -= leading
            self.canvas.setFont(CJK_FONT, size)
            self.canvas.drawString(left, self.y, line)
        self.y -= 4

    def centred_line(self, text: str, y: float, *, size: float, font: str = CJK_FONT) -> None:
        self.canvas.setFont(font, size)
        self.canvas.drawCentredString(self.page_width / 2, y, text)

    # -- tables ------------------------------------------------------------
    def table(
        self,
        grid: Grid,
        *,
        title: str | None,
        wide: bool,
        unit: str = "单位：万元",
        note: str | None = None,
        heading: str | None = None,
        fresh_page: bool = True,
        caption: str | None = None,
        repeat_header: bool = True,
        title_size: float = 16,
    ) -> list[int]:
        """Draw a titled table, continuing onto new pages (header repeated unless
        repeat_header is False, no title).

        caption is printed left-aligned on the unit's line (a budget's 编制部门：…).
        Returns the 1-based pages the table occupies.
        """
        if fresh_page:
            self.new_page(wide=wide)
        if heading:
            self.heading(heading, size=14, gap=22)
        if title:
            self.y -= 18
            self.centred_line(title, self.y, size=title_size)
            self.y -= 14
        self.y -= 10
        x0 = (self.page_width - grid.width) / 2
        self.canvas.setFont(CJK_FONT, 9)
        self.canvas.drawRightString(x0 + grid.width, self.y, unit)
        if caption:
            self.canvas.drawString(x0, self.y, caption)
        self.y -= 6
        pages = [self.page]
        note_room = 24.0 if note else 0.0
        self._draw_header(grid, x0)
        row_on_page = len(grid.header_heights)
        for index, row in enumerate(grid.rows):
            height = self._row_height(grid, row)
            last = index == len(grid.rows) - 1
            if self.y - height - (note_room if last else 0.0) < MARGIN_BOTTOM:
                self.new_page(wide=wide)
                self.y -= 10
                pages.append(self.page)
                if repeat_header:
                    self._draw_header(grid, x0)
                    row_on_page = len(grid.header_heights)
                else:
                    row_on_page = 0
            self._draw_row(grid, row, x0, height, row_on_page)
            row_on_page += 1
        if note:
            self.y -= 14
            self.canvas.setFont(CJK_FONT, 9)
            self.canvas.drawString(x0, self.y, note)
            self.y -= 8
        return pages

    def _col_x(self, grid: Grid, x0: float, col: int) -> float:
        return x0 + float(sum(grid.widths[:col]))

    def _span_width(self, grid: Grid, cell: Cell) -> float:
        return float(sum(grid.widths[cell.col : cell.col + cell.colspan]))

    def _row_height(self, grid: Grid, row: Sequence[Cell]) -> float:
        leading = grid.font_size + 2.5
        # n lines need n-1 leadings plus one glyph height, plus padding above and below
        needed = max(
            ((len(self._lines(grid, cell)) - 1) * leading + grid.font_size + 2 * grid.pad for cell in row),
            default=0.0,
        )
        return max(grid.min_row_height, needed)

    def _lines(self, grid: Grid, cell: Cell) -> list[str]:
        if cell.numeric:
            return [cell.text]
        return wrap_text(cell.text, CJK_FONT, grid.font_size, self._span_width(grid, cell) - 2 * H_PAD)

    def _draw_header(self, grid: Grid, x0: float) -> None:
        tops = [self.y]
        for h in grid.header_heights:
            tops.append(tops[-1] - h)
        for cell in grid.header:
            top = tops[cell.row]
            bottom = tops[cell.row + cell.rowspan]
            self._draw_cell(grid, cell, self._col_x(grid, x0, cell.col), top, top - bottom)
        self.y = tops[-1]

    def _draw_row(self, grid: Grid, row: Sequence[Cell], x0: float, height: float, row_on_page: int) -> None:
        for cell in row:
            self._draw_cell(grid, cell, self._col_x(grid, x0, cell.col), self.y, height)
            if cell.fact is not None and cell.text:
                amount = Decimal(cell.text.replace(",", ""))
                if amount:
                    self.printed[cell.fact] = PrintedCell(amount, self.page, row_on_page, cell.col)
        self.y -= height

    def _draw_cell(self, grid: Grid, cell: Cell, x: float, top: float, height: float) -> None:
        c = self.canvas
        width = self._span_width(grid, cell)
        c.rect(x, top - height, width, height, stroke=1, fill=0)
        if not cell.text:
            return
        font = NUM_FONT if cell.numeric else CJK_FONT
        size = grid.font_size
        lines = self._lines(grid, cell)
        leading = size + 2.5
        # centre the block of lines vertically; 0.3*size approximates the glyph descent
        block = len(lines) * leading
        baseline = top - (height - block) / 2 - leading + 0.3 * size + 1.2
        c.setFont(font, size)
        for line in lines:
            if cell.align == "left":
                c.drawString(x + H_PAD, baseline, line)
            elif cell.align == "right":
                c.drawRightString(x + width - H_PAD, baseline, line)
            else:
                c.drawCentredString(x + width / 2, baseline, line)
            baseline -= leading
