"""OCR path for image-only (scanned) PDFs: page text and table grids from pixels.

County-level reports are often published as scans: pages with no text layer.
Each page is rendered with pypdfium2 (scale 3, 216 dpi) and read with
RapidOCR (PP-OCRv4 ONNX models shipped inside the `rapidocr-onnxruntime`
wheel — nothing is downloaded). Table ruling is found with OpenCV
(morphological opening with long horizontal / vertical kernels), which gives
the row and column boundaries of each grid and, per cell edge, whether a rule
is drawn there (no rule → a spanning cell, as camelot reports it). Every OCR
text box is then placed in the cell under its centre; a box the detector ran
across a drawn rule is cut at the rule and each piece recognised again.

The result is the same `Grid` / `GridCell` that grid.py builds from camelot,
with `method="ocr"`, plus a `PageText` per page for the cover and title scan.
To keep a scanned document affordable, only the cover is read in full up
front; the other pages are read in their top band (titles, unit, first
header lines) and in full only when they hold a table.

Everything here is lazy: the OCR engine is imported on first use, so the
library works (and raises ScannedPdfError as before) where it is not installed.
"""

from __future__ import annotations

import importlib.util
import logging
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium

from pipelines.extract.errors import ExtractionError, ScannedPdfError
from pipelines.extract.grid import Grid, GridCell
from pipelines.extract.pages import PageText

log = logging.getLogger(__name__)

ENGINE = "rapidocr-onnxruntime"
ENGINE_MODULE = "rapidocr_onnxruntime"
SCALE = 3.0  # render scale: 72 pt × 3 = 216 dpi
# The top band of a page read to find its title, unit and first header lines.
HEAD_FRACTION = 0.3
# A drawn rule is at least this long (PDF points); shorter strokes are glyphs.
_MIN_RULE_PT = 12.0
# Rules closer than this (points) are one rule: no printed row or column is that thin.
_MIN_CELL_PT = 5.0
# A table region is at least this wide and tall (fraction of the page).
_MIN_TABLE_W, _MIN_TABLE_H = 0.2, 0.04
# Pixels either side of a boundary searched for its rule / kept clear of it.
_EDGE_TOL = 4
# A cell edge is drawn when this share of its length is covered by the rule.
_EDGE_COVER = 0.5
# A missed text run: at least this many dark pixels, glyphs at least this tall (points).
_MIN_INK, _MIN_GLYPH_PT = 30, 4.0
_AMOUNT = re.compile(r"\d\.\d{2}\b")


def ocr_available() -> bool:
    """True when the OCR engine can be imported (its models ship inside the package)."""
    return importlib.util.find_spec(ENGINE_MODULE) is not None


@cache
def _engine():
    from rapidocr_onnxruntime import RapidOCR  # imported only when a scan needs it

    # Upright printed pages: no orientation classifier.
    return RapidOCR(use_cls=False, print_verbose=False)


@dataclass(frozen=True)
class TextBox:
    """One recognised text run; pixel coordinates of the rendered page, origin top-left."""

    text: str
    x1: float
    y1: float
    x2: float
    y2: float
    score: float

    @property
    def cx(self) -> float:
        return (self.x1 + self.x2) / 2

    @property
    def cy(self) -> float:
        return (self.y1 + self.y2) / 2

    @property
    def height(self) -> float:
        return self.y2 - self.y1


def recognise(image: np.ndarray) -> list[TextBox]:
    """Detect and recognise every text run of an RGB image."""
    result, _ = _engine()(image)
    boxes = []
    for points, text, score in result or []:
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        text = text.strip()
        if text:
            boxes.append(TextBox(text, min(xs), min(ys), max(xs), max(ys), float(score)))
    return boxes


def recognise_line(image: np.ndarray) -> str:
    """Recognise one line of text in a crop (no detection)."""
    if image.size == 0 or image.shape[0] < 4 or image.shape[1] < 4:
        return ""
    result, _ = _engine()(image, use_det=False)
    return "".join(text for text, score in result or [] if float(score) >= 0.5).strip()


def text_lines(boxes: list[TextBox]) -> list[list[TextBox]]:
    """Boxes grouped into printed lines (by vertical overlap), each line left to right."""
    lines: list[list[TextBox]] = []
    for box in sorted(boxes, key=lambda b: b.cy):
        if lines:
            line = lines[-1]
            centre = sum(b.cy for b in line) / len(line)
            height = max(b.height for b in line)
            if abs(box.cy - centre) <= max(height, box.height) / 2:
                line.append(box)
                continue
        lines.append([box])
    return [sorted(line, key=lambda b: b.x1) for line in lines]


def boxes_text(boxes: list[TextBox]) -> str:
    return "\n".join(" ".join(b.text for b in line) for line in text_lines(boxes))


# ------------------------------------------------------------------ ruling --


@dataclass
class _Ruling:
    horizontal: np.ndarray  # binary masks of the page's rules
    vertical: np.ndarray


def _ruling(gray: np.ndarray, scale: float) -> _Ruling:
    ink = cv2.adaptiveThreshold(~gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, 15, -2)
    length = max(10, int(_MIN_RULE_PT * scale))
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1)))
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, length)))
    # Close hairline gaps of a scan (a rule broken by a pixel or two).
    horizontal = cv2.dilate(horizontal, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 3)))
    vertical = cv2.dilate(vertical, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 5)))
    return _Ruling(horizontal, vertical)


def _boundaries(profile: np.ndarray, minimum: int, min_gap: int) -> list[int]:
    """Centres of the runs of positions whose rule length reaches `minimum`. Runs closer than
    `min_gap` are one rule seen twice (a blurred scan thresholds to two edges): the stronger stays."""
    hits = np.flatnonzero(profile >= minimum)
    if hits.size == 0:
        return []
    runs = np.split(hits, np.flatnonzero(np.diff(hits) > 1) + 1)
    found: list[tuple[int, int]] = []  # (centre, strength)
    for run in runs:
        centre, strength = int(round(run.mean())), int(profile[run].max())
        if found and centre - found[-1][0] < min_gap:
            if strength > found[-1][1]:
                found[-1] = (centre, strength)
            continue
        found.append((centre, strength))
    return [centre for centre, _ in found]


def _table_regions(ruling: _Ruling) -> list[tuple[int, int, int, int]]:
    """Bounding boxes (x0, y0, x1, y1) of the ruled tables, top to bottom."""
    height, width = ruling.horizontal.shape
    mask = cv2.bitwise_or(ruling.horizontal, ruling.vertical)
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    regions = []
    for contour in contours:
        x, y, w, h = cv2.boundingRect(contour)
        if w >= _MIN_TABLE_W * width and h >= _MIN_TABLE_H * height:
            regions.append((x, y, x + w, y + h))
    return sorted(regions, key=lambda r: r[1])


@dataclass
class _Lattice:
    rows: list[int]  # y of each horizontal boundary (pixels), top to bottom
    cols: list[int]  # x of each vertical boundary, left to right
    left: np.ndarray  # left[r, c]: a rule is drawn on the left edge of cell (r, c)
    top: np.ndarray  # top[r, c]: a rule is drawn on the top edge of cell (r, c)

    def row_of(self, y: float) -> int | None:
        return next((r for r in range(len(self.rows) - 1) if self.rows[r] <= y < self.rows[r + 1]), None)

    def cols_under(self, x1: float, x2: float) -> list[int]:
        """Columns a text run overlaps by more than a rule's tolerance."""
        return [
            c for c in range(len(self.cols) - 1) if min(x2, self.cols[c + 1]) - max(x1, self.cols[c]) > 2 * _EDGE_TOL
        ]

    def anchor(self, r: int, c: int) -> tuple[int, int]:
        """The top-left cell of the (possibly spanning) cell that covers (r, c)."""
        while c > 0 and not self.left[r, c]:
            c -= 1
        while r > 0 and not self.top[r, c]:
            r -= 1
        return r, c


def _covered(segment: np.ndarray, axis: int) -> float:
    if segment.size == 0:
        return 0.0
    return float(segment.any(axis=axis).mean())


def _lattice(ruling: _Ruling, region: tuple[int, int, int, int], scale: float) -> _Lattice | None:
    x0, y0, x1, y1 = region
    minimum = max(10, int(_MIN_RULE_PT * scale))
    horizontal = ruling.horizontal[y0 : y1 + 1, x0 : x1 + 1] > 0
    vertical = ruling.vertical[y0 : y1 + 1, x0 : x1 + 1] > 0
    min_gap = int(_MIN_CELL_PT * scale)
    rows = [y0 + y for y in _boundaries(horizontal.sum(axis=1), minimum, min_gap)]
    cols = [x0 + x for x in _boundaries(vertical.sum(axis=0), minimum, min_gap)]
    if len(rows) < 2 or len(cols) < 2:
        return None
    n_rows, n_cols = len(rows) - 1, len(cols) - 1
    left = np.ones((n_rows, n_cols), dtype=bool)
    top = np.ones((n_rows, n_cols), dtype=bool)
    t = _EDGE_TOL
    for r in range(n_rows):
        for c in range(n_cols):
            if c > 0:
                band = ruling.vertical[rows[r] + t : rows[r + 1] - t, cols[c] - t : cols[c] + t + 1]
                left[r, c] = _covered(band, axis=1) >= _EDGE_COVER
            if r > 0:
                band = ruling.horizontal[rows[r] - t : rows[r] + t + 1, cols[c] + t : cols[c + 1] - t]
                top[r, c] = _covered(band, axis=0) >= _EDGE_COVER
    return _Lattice(rows, cols, left, top)


# ------------------------------------------------------------------- pages --


@dataclass
class OcrPage:
    number: int  # 1-based
    width_pt: float
    height_pt: float
    boxes: list[TextBox]
    image: np.ndarray | None = None  # the rendered page (RGB), kept only for grid reading
    seconds: float = 0.0

    @property
    def text(self) -> str:
        return boxes_text(self.boxes)

    def page_text(self) -> PageText:
        return PageText(self.number, self.text, landscape=self.width_pt > self.height_pt)


def _split_run(image: np.ndarray, box: TextBox, lattice: _Lattice, r: int, cols: list[int]) -> list[tuple[int, str]]:
    """A text run the detector ran across drawn rules: recognise each cell's piece on its own."""
    groups: list[list[int]] = [[cols[0]]]
    for c in cols[1:]:
        if lattice.left[r, c]:
            groups.append([c])
        else:
            groups[-1].append(c)  # no rule between: the same (spanning) cell
    pieces = []
    y1, y2 = int(box.y1), int(box.y2) + 1
    for group in groups:
        xa = max(int(box.x1), lattice.cols[group[0]] + _EDGE_TOL + 1)
        xb = min(int(box.x2) + 1, lattice.cols[group[-1] + 1] - _EDGE_TOL)
        text = recognise_line(image[y1:y2, xa:xb]) if xb - xa > 4 else ""
        if text:
            pieces.append((group[0], text))
    return pieces


def _reread_missed_cells(
    image: np.ndarray, lattice: _Lattice, texts: dict[tuple[int, int], list[TextBox]], scale: float
) -> None:
    """A (non-spanning) cell that shows ink but got no text: the detector missed a short run
    ('30301', '0.00'). Recognise the cell's ink on its own."""
    gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    n_rows, n_cols = lattice.left.shape
    pad = _EDGE_TOL + 2
    for r in range(n_rows):
        for c in range(n_cols):
            single = (
                lattice.left[r, c]
                and lattice.top[r, c]
                and (c + 1 == n_cols or lattice.left[r, c + 1])
                and (r + 1 == n_rows or lattice.top[r + 1, c])
            )
            if (r, c) in texts or not single:
                continue
            y0, x0 = lattice.rows[r] + pad, lattice.cols[c] + pad
            ink = np.argwhere(gray[y0 : lattice.rows[r + 1] - pad, x0 : lattice.cols[c + 1] - pad] < 128)
            if len(ink) < _MIN_INK or np.ptp(ink[:, 0]) < _MIN_GLYPH_PT * scale:
                continue
            (ya, xa), (yb, xb) = ink.min(axis=0) + (y0, x0), ink.max(axis=0) + (y0, x0)
            text = recognise_line(image[max(ya - 4, 0) : yb + 5, max(xa - 4, 0) : xb + 5])
            if text:
                texts[(r, c)] = [TextBox(text, float(xa), float(ya), float(xb), float(yb), 0.5)]


def _grid_from_lattice(page: OcrPage, lattice: _Lattice, scale: float) -> Grid:
    n_rows, n_cols = lattice.left.shape
    texts: dict[tuple[int, int], list[TextBox]] = {}
    for box in page.boxes:
        r = lattice.row_of(box.cy)
        if r is None or not (lattice.cols[0] <= box.cx <= lattice.cols[-1]):
            continue
        cols = lattice.cols_under(box.x1, box.x2)
        if not cols:
            continue
        if len(cols) > 1 and any(lattice.left[r, c] for c in cols[1:]) and page.image is not None:
            for c, text in _split_run(page.image, box, lattice, r, cols):
                piece = TextBox(text, lattice.cols[c], box.y1, lattice.cols[c + 1], box.y2, box.score)
                texts.setdefault(lattice.anchor(r, c), []).append(piece)
            continue
        texts.setdefault(lattice.anchor(r, cols[0]), []).append(box)
    if page.image is not None:
        _reread_missed_cells(page.image, lattice, texts, scale)

    def pt_x(x: float) -> float:
        return round(x / scale, 1)

    def pt_y(y: float) -> float:
        return round(page.height_pt - y / scale, 1)

    rows = [
        [
            GridCell(
                text=boxes_text(texts.get((r, c), [])),
                bbox=(
                    pt_x(lattice.cols[c]),
                    pt_y(lattice.rows[r + 1]),
                    pt_x(lattice.cols[c + 1]),
                    pt_y(lattice.rows[r]),
                ),
                left_edge=bool(lattice.left[r, c]),
                top_edge=bool(lattice.top[r, c]),
            )
            for c in range(n_cols)
        ]
        for r in range(n_rows)
    ]
    return Grid(page=page.number, rows=rows, top=pt_y(lattice.rows[0]), method="ocr")


def page_grids(page: OcrPage, scale: float = SCALE) -> list[Grid]:
    """The ruled tables of one OCR-read page as Grids (top to bottom)."""
    if page.image is None:
        return []
    gray = cv2.cvtColor(page.image, cv2.COLOR_RGB2GRAY)
    ruling = _ruling(gray, scale)
    grids = []
    for region in _table_regions(ruling):
        lattice = _lattice(ruling, region, scale)
        if lattice is not None:
            grid = _grid_from_lattice(page, lattice, scale)
            if any(cell.text for row in grid.rows for cell in row):
                grids.append(grid)
    return grids


# --------------------------------------------------------------- documents --


@dataclass
class ScannedDocument:
    """An image-only PDF read by OCR, lazily: cover in full, other pages' top bands, table pages in full."""

    path: Path
    scale: float = SCALE
    full: dict[int, OcrPage] = field(default_factory=dict)
    heads: dict[int, OcrPage] = field(default_factory=dict)
    page_count: int = 0

    def __post_init__(self) -> None:
        pdf = pdfium.PdfDocument(str(self.path))
        try:
            self.page_count = len(pdf)
        finally:
            pdf.close()

    def _render(self, numbers: list[int]) -> Iterator[tuple[int, np.ndarray, float, float]]:
        """(page, RGB pixels, width pt, height pt), one page at a time."""
        pdf = pdfium.PdfDocument(str(self.path))
        try:
            for n in numbers:
                page = pdf[n - 1]
                width, height = page.get_size()
                yield n, np.asarray(page.render(scale=self.scale).to_pil().convert("RGB")), width, height
        finally:
            pdf.close()

    def read_full(self, numbers: list[int]) -> None:
        for n, image, width, height in self._render([n for n in numbers if n not in self.full]):
            started = time.perf_counter()
            boxes = recognise(image)
            self.full[n] = OcrPage(n, width, height, boxes, image, time.perf_counter() - started)
            log.info("OCR %s page %d: %d text runs in %.1f s", self.path.name, n, len(boxes), self.full[n].seconds)

    def _read_heads(self) -> None:
        todo = [n for n in range(1, self.page_count + 1) if n not in self.full and n not in self.heads]
        for n, image, width, height in self._render(todo):
            started = time.perf_counter()
            band = image[: int(image.shape[0] * HEAD_FRACTION)]
            self.heads[n] = OcrPage(n, width, height, recognise(band), None, time.perf_counter() - started)

    def _page_text(self, n: int) -> PageText:
        page = self.full.get(n) or self.heads.get(n)
        return page.page_text() if page else PageText(n, "", landscape=False)

    def cover_pages(self) -> list[PageText]:
        """Every page, with only the cover (the first page showing any text) read, in full."""
        for n in range(1, self.page_count + 1):
            self.read_full([n])
            if self.full[n].boxes:
                break
        else:
            raise ScannedPdfError(
                f"{self.path.name} has no text layer on any of its {self.page_count} pages (image-only / scanned); "
                f"OCR ({ENGINE}) was tried and found no text on any page"
            )
        return [self._page_text(n) for n in range(1, self.page_count + 1)]

    def pages(self) -> list[PageText]:
        """Every page: read in full where it was, else its top band."""
        self._read_heads()
        return [self._page_text(n) for n in range(1, self.page_count + 1)]

    def grids(self, numbers: list[int], title_pages: Sequence[int] = ()) -> dict[int, list[Grid]]:
        """The ruled grids of these pages (read in full). A table title page whose OCR text
        shows amounts but where no ruled grid was found is refused, never read as empty."""
        result: dict[int, list[Grid]] = {}
        for n in numbers:
            self.read_full([n])
            result[n] = page_grids(self.full[n], self.scale)
            self.full[n].image = None  # the grids are read; let the pixels go
        for n in title_pages:
            if not result.get(n) and _AMOUNT.search(self.full[n].text):
                raise ScannedPdfError(
                    f"{self.path.name} page {n}: OCR ({ENGINE}) read amounts but found no ruled table grid "
                    "(unruled scanned tables are not read)"
                )
        return result

    def failed(self, exc: ExtractionError) -> ScannedPdfError:
        """The document is a scan OCR could not make sense of."""
        return ScannedPdfError(
            f"{self.path.name} has no text layer on any of its {self.page_count} pages (image-only / scanned); "
            f"OCR ({ENGINE}) was tried and could not read it as a budget report — {exc.reason}: {exc.message}"
        )


def open_scanned(path: str | Path, no_text: ScannedPdfError) -> ScannedDocument:
    """An image-only PDF ready to be read by OCR, or `no_text` (said so) when no OCR engine is installed."""
    if not ocr_available():
        raise ScannedPdfError(f"{no_text.message}; no OCR engine is installed (pip install {ENGINE})") from no_text
    return ScannedDocument(Path(path))
