"""Read ruled table grids with camelot, once per page, into a plain Grid.

camelot's lattice parser with the vector engine reads the ruling lines from
the PDF drawing operators (no rasterising), which is both exact and fast for
these born-digital reports. Only the pages that hold tables are parsed.
"""

from __future__ import annotations

import logging
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

import camelot
import camelot.image_processing as _camelot_lines
import camelot.utils as _camelot_utils
from camelot.parsers.lattice import Lattice as _Lattice
from playa.miner import LTChar, LTCurve

log = logging.getLogger(__name__)

# A rule thinner than this (points) drawn as a filled shape is a line.
_THIN_RULE = 1.5
_ruled_lines_from_layout = _camelot_lines._ruled_lines_from_layout
_last_rules: list = [None, []]  # (layout, its rules): the page being parsed


def _ruled_lines_with_thin_curves(layout) -> list[tuple[float, float, float, float]]:
    """camelot's ruled lines plus the rules some exporters draw as thin filled 4-point paths.

    pdfminer reports such a path as an LTCurve (not an LTRect when its points are
    not in rectangle order), which camelot's vector engine ignores: the Jiangsu
    收支预算总表 draws the rule under 功能分类/支出用途 that way, and without it the
    whole 功能科目名称|金额 column boundary below is dropped (cells merge).
    """
    if _last_rules[0] is layout:  # asked once per direction: walk each page's layout once
        return list(_last_rules[1])
    lines = _ruled_lines_from_layout(layout)
    for obj in _camelot_lines._walk_layout_objects(layout):
        if type(obj) is not LTCurve:  # LTRect and LTLine are already taken
            continue
        if not (getattr(obj, "fill", False) or getattr(obj, "stroke", False)):
            continue
        width, height = obj.x1 - obj.x0, obj.y1 - obj.y0
        if min(width, height) > _THIN_RULE or max(width, height) <= _THIN_RULE:
            continue
        if width >= height:
            mid_y = (obj.y0 + obj.y1) / 2
            lines.append((obj.x0, mid_y, obj.x1, mid_y))
        else:
            mid_x = (obj.x0 + obj.x1) / 2
            lines.append((mid_x, obj.y0, mid_x, obj.y1))
    _last_rules[:] = [layout, lines]
    return list(lines)


# find_lines_from_layout looks the helper up in its module at call time.
_camelot_lines._ruled_lines_from_layout = _ruled_lines_with_thin_curves

# Glyphs closer than this (points) are one printed run, not two cells' texts (cell padding is wider).
_RUN_GAP = 0.5
# A trailing amount (of a cell whose amount starts flush at the rule the label ran over).
_TRAILING_AMOUNT = re.compile(r"-?\d[\d,]*(\.\d+)?$")
_split_textline = _camelot_utils.split_textline


def _runs(cut: list) -> list[list[int]]:
    """Indices into `cut` of the glyphs, grouped in unbroken printed runs: neighbours with no
    space between them, neither apart nor overlapping (a text printed over another is another)."""
    runs: list[list[int]] = []
    previous: int | None = None
    for i, (_, _, obj) in enumerate(cut):
        if not isinstance(obj, LTChar):
            previous = None  # pdfminer put a space (or the line's end) here: two texts
            continue
        if not obj.get_text().strip():
            previous = None
            continue
        prior = cut[previous][2] if previous is not None else None
        if prior is not None and abs(obj.x0 - prior.x1) <= _RUN_GAP:
            runs[-1].append(i)
        else:
            runs.append([i])
        previous = i
    return runs


def _column_under(table, glyphs: list) -> int | None:
    middle = (glyphs[0].x0 + glyphs[-1].x1) / 2
    return next((c for c, (x0, x1) in enumerate(table.cols) if x0 <= middle <= x1), None)


# Glyphs printed this close (points) to one with the same text are one glyph printed again.
_OVERPRINT = 0.2


def _overprinted(table, textline, text: str) -> bool:
    """True when the same line was already placed at the same spot in this table.

    Some exporters embolden a header by printing it several times over itself (商务局
    '收 入' six times, '序号' four): read once each, the copies pile up in the cell
    ('序号序号序号…') and the header no longer reads as 序号.
    """
    placed = table.__dict__.setdefault("_budgetwh_lines", {})
    spots = placed.setdefault(text, [])
    if any(abs(x - textline.x0) <= _OVERPRINT and abs(y - textline.y0) <= _OVERPRINT for x, y in spots):
        return True
    spots.append((textline.x0, textline.y0))
    return False


def _without_overprinted_glyphs(cut: list) -> list:
    """The cut without a glyph that repeats an earlier one of the same line in place ('序号序号')."""
    kept: list = []
    for entry in cut:
        obj = entry[2]
        if isinstance(obj, LTChar) and any(
            isinstance(o, LTChar)
            and o.get_text() == obj.get_text()
            and abs(o.x0 - obj.x0) <= _OVERPRINT
            and abs(o.y0 - obj.y0) <= _OVERPRINT
            for _, _, o in kept
        ):
            continue
        kept.append(entry)
    return kept


def _split_textline_keeping_overflow(table, textline, direction, flag_size=False, strip_text=""):
    """camelot's split of a line at the column rules, except for text overflowing its cell.

    Excel-made reports (西安) print a text longer than its cell over the rule, clipped:
    '其中：专项资金列入部门预|算的项目' runs into the 预算数 cell, the header
    '部门预算支|出经济分类科目（按大类）' into the 预算数 header on its left, and a label's
    last glyph '补|助0.00' into the amount printed flush at the rule. Split at the rule,
    the fragment corrupts the neighbour ('算的项目 0.00', '部门预算支 预算数'). A run the rule
    cuts goes whole to the cell under its middle — its text part only, when an amount printed
    flush at the rule continues it (the amount stays in its cell). A run is glyph after glyph:
    the next cell's own text is apart (padding) or printed over the overflow ('序号' under 单位编码).
    """
    if direction != "horizontal" or textline.is_empty():
        return _split_textline(table, textline, direction, flag_size=flag_size, strip_text=strip_text)
    cut = _without_overprinted_glyphs(_camelot_utils._process_horizontal_cut(table, textline, textline.bbox))
    if _overprinted(table, textline, "".join(obj.get_text() for _, _, obj in cut if isinstance(obj, LTChar))):
        return []
    for run in _runs(cut):
        if len({cut[i][1] for i in run}) < 2:
            continue  # within one cell
        text = [cut[i][2].get_text() for i in run]
        amount = _TRAILING_AMOUNT.search("".join(text))
        if amount and amount.start() == 0:
            continue  # an amount wider than its cell: left as camelot cut it
        # The label's glyphs (up to a trailing amount printed flush at the rule, which stays in its cell).
        label = (
            run[: next(n for n in range(len(run) + 1) if len("".join(text[:n])) >= amount.start())] if amount else run
        )
        column = _column_under(table, [cut[i][2] for i in label])
        if column is None:
            continue
        for i in label:
            cut[i] = (cut[i][0], column, cut[i][2])
    return _camelot_utils._group_and_process_chars(cut, flag_size, direction, strip_text)


# get_table_index looks split_textline up in its module at call time.
_camelot_utils.split_textline = _split_textline_keeping_overflow


# A line of words printed smaller than this share of the table's usual glyph size is a stray
# (text of a hidden or overlapped cell), not a header or label of the table.
_STRAY_SIZE = 0.6
_compute_parse_errors = _Lattice.compute_parse_errors


def _glyph_sizes(textline) -> list[float]:
    return [obj.size for obj in textline._objs if isinstance(obj, LTChar) and obj.get_text().strip()]


def _compute_parse_errors_without_strays(self, table):
    """camelot's cell filling, without the tiny stray words some exporters leave in a header.

    国资委's 三公 header carries glyphs at half the table's size ('置购 费' over '三公',
    '待 费' over 2022年, remnants of overlapped cells): read, they join real headers
    ('2022年 待') and the header is no longer understood. Only wordless lines are
    dropped this way: a small amount is never lost.
    """
    lines = [t for direction in ("horizontal", "vertical") for t in self.t_bbox[direction]]
    sizes = sorted(size for t in lines for size in _glyph_sizes(t))
    if sizes:
        usual = sizes[len(sizes) // 2]
        for direction in ("horizontal", "vertical"):
            self.t_bbox[direction] = [
                t
                for t in self.t_bbox[direction]
                if not (
                    _glyph_sizes(t)
                    and max(_glyph_sizes(t)) < _STRAY_SIZE * usual
                    and not any(ch.isdigit() for ch in t.get_text())
                )
            ]
    return _compute_parse_errors(self, table)


_Lattice.compute_parse_errors = _compute_parse_errors_without_strays


@dataclass(frozen=True)
class GridCell:
    text: str
    bbox: tuple[float, float, float, float]
    left_edge: bool  # False: this cell continues the one to its left (a horizontal span)
    top_edge: bool  # False: this cell continues the one above it (a vertical span)


@dataclass
class Grid:
    page: int
    rows: list[list[GridCell]]
    top: float  # y of the grid's top edge (PDF points, origin bottom-left)
    method: str = "lattice"  # lattice (ruled) | stream (whitespace-separated, no rules)

    @property
    def n_cols(self) -> int:
        return len(self.rows[0]) if self.rows else 0

    def text(self, r: int, c: int) -> str:
        return self.rows[r][c].text

    def spanned_text(self, r: int, c: int) -> str:
        """The text of the (possibly spanning) cell that covers (r, c)."""
        while True:
            cell = self.rows[r][c]
            if cell.text.strip():
                return cell.text
            if not cell.left_edge and c > 0:
                c -= 1
            elif not cell.top_edge and r > 0:
                r -= 1
            else:
                return ""


# A printed amount with a thousands separator or decimals (never a classification code).
_SPAN_AMOUNT = re.compile(r"^-?(\d{1,3}(,\d{3})+|\d+)\.\d+$|^-?\d{1,3}(,\d{3})+$")


def _right_align_spanned_amounts(rows: list[list[GridCell]]) -> None:
    """An amount in a cell that spans several columns belongs to the span's last column.

    camelot puts a spanning cell's text in its first column, but amounts are printed
    right-aligned: in a 北京 合计 row whose 部门支出经济分类科目 and 合计 cells are merged,
    the total sits under 合计, not under the code column.
    """
    for row in rows:
        for c, cell in enumerate(row):
            end = c
            while end + 1 < len(row) and not row[end + 1].left_edge and not row[end + 1].text:
                end += 1
            if end > c and _SPAN_AMOUNT.match(cell.text):
                row[end] = GridCell(cell.text, row[end].bbox, row[end].left_edge, row[end].top_edge)
                row[c] = GridCell("", cell.bbox, cell.left_edge, cell.top_edge)


def _to_grid(table, method: str) -> Grid:
    rows = [
        [
            GridCell(
                text=cell.text.strip(),
                bbox=(round(cell.x1, 1), round(cell.y1, 1), round(cell.x2, 1), round(cell.y2, 1)),
                left_edge=bool(cell.left),
                top_edge=bool(cell.top),
            )
            for cell in row
        ]
        for row in table.cells
    ]
    _right_align_spanned_amounts(rows)
    return Grid(page=int(table.page), rows=rows, top=float(table._bbox[3]), method=method)


def read_grids(
    path: str | Path, pages: list[int], engine: str = "vector", flavor: str = "lattice"
) -> dict[int, list[Grid]]:
    """Grids per page (top to bottom). Pages with no table map to [].

    flavor 'lattice' reads ruled grids (engine 'vector' from drawing operators,
    'combined' also from a rasterised image); 'stream' infers columns from
    whitespace, for tables printed without rules.
    """
    result: dict[int, list[Grid]] = {p: [] for p in pages}
    if not pages:
        return result
    options: dict = {"engine": engine, "split_text": True} if flavor == "lattice" else {}
    # boxes_flow=None: no reading-order grouping of text boxes in the layout step. camelot assigns
    # text lines to cells by position and never reads that order, and the grouping is quadratic in
    # the boxes (西安 生态环境局 p58: 336 s → 9.5 s under the same load, identical grids).
    options["layout_kwargs"] = {"boxes_flow": None}
    with warnings.catch_warnings():
        # camelot warns for every page without a table; that is expected here.
        warnings.simplefilter("ignore")
        # split_text: one text run across two cells (基本支出 项目支出) is divided by the ruling.
        tables = camelot.read_pdf(str(path), pages=",".join(str(p) for p in sorted(pages)), flavor=flavor, **options)
    for table in tables:
        grid = _to_grid(table, flavor)
        if grid.rows:
            result.setdefault(grid.page, []).append(grid)
    for grids in result.values():
        grids.sort(key=lambda g: -g.top)
    return result


def align_columns(grid: Grid, reference: Grid) -> Grid | None:
    """Re-express `grid` in `reference`'s columns by x position, or None if they do not line up.

    A continuation page sometimes draws fewer columns (a lone 合计 row whose
    code and name cells are merged); its cells still sit under the columns of
    the table's first page.
    """
    if grid.n_cols == reference.n_cols:
        return grid
    spans = [(cell.bbox[0], cell.bbox[2]) for cell in reference.rows[0]]
    target: list[int] = []
    for cell in grid.rows[0]:
        x1, _, x2, _ = cell.bbox
        centre = (x1 + x2) / 2
        inside = [c for c, (a, b) in enumerate(spans) if a - 1 <= centre <= b + 1]
        if not inside:
            return None
        # A merged cell covering several reference columns lands in its first one.
        covered = [c for c, (a, b) in enumerate(spans) if a >= x1 - 1 and b <= x2 + 1]
        target.append(covered[0] if covered else inside[0])
    if len(set(target)) != len(target):
        return None
    blank = GridCell("", (0.0, 0.0, 0.0, 0.0), left_edge=True, top_edge=True)
    rows = []
    for row in grid.rows:
        aligned = [blank] * reference.n_cols
        for cell, c in zip(row, target, strict=True):
            aligned[c] = cell
        rows.append(aligned)
    return Grid(page=grid.page, rows=rows, top=grid.top, method=grid.method)
