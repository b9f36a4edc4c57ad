"""extract_document: cover → locate → read grids → stitch → normalize."""

from __future__ import annotations

import dataclasses
import hashlib
import re
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium

from pipelines.extract.amounts import read_unit
from pipelines.extract.catalog import Catalog, load_catalog, squash
from pipelines.extract.cover import content_lines, document_part, read_cover, rules
from pipelines.extract.errors import (
    CoverUnreadableError,
    ExtractionError,
    NotABudgetReportError,
    ScannedPdfError,
    UnmappableColumnsError,
)
from pipelines.extract.grid import Grid, GridCell, align_columns, read_grids
from pipelines.extract.locate import TableLocation, locate_tables, title_pages, titles_per_page
from pipelines.extract.model import REPORT_KINDS, DocumentMeta, ExtractedDocument, ExtractedTable
from pipelines.extract.normalize import normalize_table_with_gaps, raw_cells
from pipelines.extract.pages import PageText, read_pages

if TYPE_CHECKING:
    from pipelines.extract.ocr import ScannedDocument

# A table continues over at most this many pages after its title page (a safety bound: the
# real stops are the next section start and a grid whose columns do not line up). 深圳 prints
# department tables of 50+ pages, one block of rows per unit.
_MAX_CONTINUATION = 100
# A scan's continuation pages are OCR'd in full before anything knows where the table ends
# (only their top band was read): keep that to the old bound.
_MAX_SCANNED_CONTINUATION = 12
# A page that opens with a heading of its own (another table, a 说明) continues nothing.
_SECTION_HEADING = re.compile(r"(表|说明|情况|目录)$")
# Heading lines near the top of a table page: a table number (表3, 表14-2, 公开05表) or a
# short title ending in 表 (with an optional parenthesised qualifier: 支出表（按功能分类）).
_HEADING_LINES = 4
_TABLE_NUMBER = re.compile(r"^(附)?表\d+(-\d+)*$|^公开\d+表$")
_TABLE_TITLE = re.compile(r"表(\([^()]*\))?$")
_TITLE_MAX_CHARS = 40
# A line that starts with a 预算NN表 number, whatever follows: 北京 pages whose text layer is one long
# line ('预算10表 政府采购预算明细表 金额单位：万元 采购类别 …') still begin a new table.
_NUMBERED_LINE_START = re.compile(r"^预算(\d+表|表\d+)")
# Whose table this page is: 部门名称：X / 单位名称：X / 预算单位：X / 编制单位：X (not 单位：万元).
_OWNER = re.compile(r"^(?:编制部门|编制单位|部门名称|单位名称|预算单位|部门|单位)[:：]\s*(\S+)")
_OWNER_LINES = 6
# A page of running text (this many sentences) is a 说明, never a table continued: without it
# the pages after the last table would be parsed by camelot up to _MAX_CONTINUATION.
_PROSE_SENTENCES = 6
_AMOUNT_TOKEN = re.compile(r"\d\.\d{2}\b")


class MissingUnitError(ExtractionError):
    reason = "missing_unit"


# A table wider than the paper is printed in vertical strips (Excel's "down, then over"): the pages
# of its left strip, then as many pages holding its remaining columns. The unit (右上角 单位：…)
# and the last columns land on the right strip. Its first page repeats the title, or only the
# title's right-hand tail ('26年预算单位收入预算总表' of a centred title cut at the left edge).
_MIN_TITLE_TAIL = 4
# Row boundaries closer than this (points) are the same ruling printed on both strips.
_ROW_TOLERANCE = 1.0


def _row_bounds(grid: Grid) -> list[tuple[float, float]] | None:
    """(bottom, top) of each row, from its cells' boxes (cells added by align_columns have none)."""
    bounds = []
    for row in grid.rows:
        boxes = [cell.bbox for cell in row if cell.bbox != (0.0, 0.0, 0.0, 0.0)]
        if not boxes:
            return None
        bounds.append((boxes[0][1], boxes[0][3]))
    return bounds


def _same_rows(left: Grid, right: Grid) -> bool:
    a, b = _row_bounds(left), _row_bounds(right)
    if a is None or b is None or len(a) != len(b):
        return False
    tol = _ROW_TOLERANCE
    return all(abs(x[0] - y[0]) <= tol and abs(x[1] - y[1]) <= tol for x, y in zip(a, b, strict=True))


def _is_title_tail(line: str, title: str) -> bool:
    """The line is the table's title or its right-hand tail."""
    line = squash(line)
    return len(line) >= _MIN_TITLE_TAIL and squash(title).endswith(line)


def _titled_key(line: str, catalog: Catalog) -> str | None:
    """The key of the table (standard or other) the line titles, if any."""
    line = squash(line)
    return next((s.key for s in catalog.tables if s.matches_title(line)), None) or catalog.other_key(line)


def _right_strip(
    loc: TableLocation,
    left: list[Grid],
    grids_by_page: dict[int, list[Grid]],
    pages: list[PageText],
    catalog: Catalog,
) -> tuple[list[int], list[Grid | None]]:
    """The pages holding the right-hand strip of a table printed in strips, one per page of its left
    strip (`left`), and each one's grid (None: the strip holds no amounts, only ruling and words) —
    or ([], []) when the pages after the table are not such a strip. Certain only when the strip's
    first page shows the same title (or its tail), no page of it titles another table, and each
    grid is ruled on exactly the rows of its left page."""
    last = max(g.page for g in left)
    strip = list(range(last + 1, last + 1 + len(left)))
    if strip[-1] > len(pages) or not any(_is_title_tail(x, loc.title) for x in pages[last].lines[:_HEADING_LINES]):
        return [], []
    found: list[Grid | None] = []
    for number, beside in zip(strip, left, strict=True):
        page = pages[number - 1]
        if any(_titled_key(line, catalog) not in (None, loc.spec.key) for line in page.lines[:_HEADING_LINES]):
            return [], []
        own = grids_by_page.get(number, [])
        if not own:
            # No ruled grid: only certain when nothing but the title tail is printed there in digits.
            rest = [line for line in page.lines if not _is_title_tail(line, loc.title)]
            if any(ch.isdigit() for line in rest for ch in line):
                return [], []
            found.append(None)
        elif len(own) == 1 and _same_rows(beside, own[0]):
            found.append(own[0])
        else:
            return [], []
    return strip, found


def _join_strips(left: list[Grid], right: list[Grid | None]) -> list[Grid] | None:
    """Each left grid with its right-hand strip's columns appended row by row (a strip page that
    holds no amounts adds blank cells); None when the strips do not have the same columns."""
    widths = {g.n_cols for g in right if g is not None}
    if len(widths) != 1:
        return None
    width = widths.pop()
    blank = GridCell("", (0.0, 0.0, 0.0, 0.0), left_edge=True, top_edge=True)
    joined = []
    for grid, beside in zip(left, right, strict=True):
        rows = [row + (beside.rows[r] if beside else [blank] * width) for r, row in enumerate(grid.rows)]
        joined.append(dataclasses.replace(grid, rows=rows))
    return joined


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _heading(page: PageText) -> tuple[str, ...]:
    """The table number and title lines printed at the top of the page, squashed."""
    lines = [squash(line) for line in page.lines[:_HEADING_LINES]]
    return tuple(
        line
        for line in lines
        if _TABLE_NUMBER.search(line)
        or _NUMBERED_LINE_START.match(line)
        or (len(line) <= _TITLE_MAX_CHARS and _TABLE_TITLE.search(line))
    )


def _owner(page: PageText) -> str | None:
    """The department or unit the page's table belongs to, as printed above it."""
    for line in page.lines[:_OWNER_LINES]:
        match = _OWNER.match(line)
        if match and not re.match(r"^(万元|元|千元)", match.group(1)):
            return squash(match.group(1))
    return None


def _repeats_heading(page: PageText, previous: PageText) -> bool:
    """A page that prints again (part of) the heading of the page before it, for the same
    department or unit, is that table continued (深圳, 西安 repeat 表N and the title on every
    page; the first page may carry a part heading such as 第二部分 …预算表 besides). The same
    heading printed for another unit is that unit's set; a page naming no owner is not one."""
    heading = set(_heading(page))
    owners = {_owner(page), _owner(previous)} - {None}
    return bool(heading) and heading <= set(_heading(previous)) and len(owners) <= 1


def _section_starts(pages: list[PageText], catalog: Catalog) -> set[int]:
    """Pages that begin something new: a standard table's title (locate.title_pages, which also
    counts the first page of each unit's set), any other heading, a page of running text or a
    change of orientation — except a page that only repeats the heading of the page before it
    (a continuation with its title printed again)."""
    headed = {
        p.number for p in pages if _heading(p) or any(_SECTION_HEADING.search(squash(line)) for line in p.lines[:2])
    }
    # A table does not turn the paper: a change of orientation ends it (landscape tables
    # followed by portrait 说明 pages whose first lines name no heading).
    turned = {p.number for p in pages[1:] if p.landscape != pages[p.number - 2].landscape}
    prose = {p.number for p in pages if p.text.count("。") >= _PROSE_SENTENCES}
    starts = headed | title_pages(pages, catalog)
    return turned | prose | {n for n in starts if n == 1 or not _repeats_heading(pages[n - 1], pages[n - 2])}


def _pages_to_read(
    locations: list[TableLocation], starts: set[int], page_count: int, max_continuation: int = _MAX_CONTINUATION
) -> list[int]:
    """Each title page and the pages after it up to the next section start: only these are parsed."""
    wanted: set[int] = set()
    for loc in locations:
        wanted.add(loc.page)
        for page in range(loc.page + 1, min(loc.page + max_continuation, page_count) + 1):
            wanted.add(page)  # a start page too: its top may still continue this table
            if page in starts:
                break
    return sorted(wanted)


def _grid_bottom(grid: Grid) -> float:
    return min(cell.bbox[1] for row in grid.rows for cell in row)


def untitled_leading_grids(
    path: Path, grids_by_page: dict[int, list[Grid]], pages: list[PageText], catalog: Catalog
) -> dict[int, int]:
    """On each title page, how many of its first grids have no title printed above them, by where the
    text sits on the page: they cannot be any titled table's, they run on from the page before. This
    also covers a title printed at the foot of the page under the grids, its own table starting on
    the next page (江苏 2017: the 基本支出表 ends above the 机关运行经费 title). Counted only when a
    title is found above some grid or below the last one (the geometry is understood)."""
    titled = titles_per_page(pages, catalog)
    todo = [n for n in titled if n > 1 and grids_by_page.get(n) and grids_by_page.get(n - 1)]
    if not todo:
        return {}

    def has_title(text: str, number: int) -> bool:
        return bool(titles_per_page([PageText(number, text, landscape=False)], catalog))

    counts: dict[int, int] = {}
    pdf = pdfium.PdfDocument(str(path))
    try:
        for number in todo:
            page = pdf[number - 1]
            if page.get_rotation() % 360:
                continue  # grid and text coordinates would need turning: left to the title count
            text_page = page.get_textpage()
            _, _, _, page_top = page.get_mediabox()
            own = grids_by_page[number]
            above = [has_title(text_page.get_text_bounded(top=page_top, bottom=g.top), number) for g in own]
            below = has_title(text_page.get_text_bounded(top=_grid_bottom(own[-1])), number)
            if any(above):
                counts[number] = above.index(True)
            elif below:
                counts[number] = len(own)
    finally:
        pdf.close()
    return counts


def _leading_continuations(
    page: int, grids_by_page: dict[int, list[Grid]], titles: dict[int, int], untitled: dict[int, int] | None = None
) -> list[Grid]:
    """The grids at the top of a title page, above its first title, that continue the table running
    on from the page before (江苏 2017: a 收支总表 ending on the page where the 收入总表 is titled).
    They are the page's grids beyond one per title, or with no title printed above them (`untitled`),
    leading, lined up with the previous page's last grid."""
    own, before = grids_by_page.get(page, []), grids_by_page.get(page - 1, [])
    extra = max(len(own) - titles.get(page, len(own)), (untitled or {}).get(page, 0))
    if extra <= 0 or not before:
        return []
    lead: list[Grid] = []
    for grid in own[:extra]:
        aligned = align_columns(grid, before[-1])
        if aligned is None:
            return []  # not a continuation: the page's grid count means something else
        lead.append(aligned)
    return lead


def stitch_continuations(
    loc: TableLocation,
    grids_by_page: dict[int, list[Grid]],
    starts: set[int],
    page_count: int,
    titles: dict[int, int] | None = None,
    untitled: dict[int, int] | None = None,
) -> list[Grid]:
    """The table's grid on its title page plus the grids that continue it on the
    following pages (no title of their own, same number of columns).

    Where several tables share a page (江苏 prints two or three on one), the table's grid is
    the one at its title's place among the page's titles, and only the page's last grid can
    run on to the next page — also onto the top of the next title page, above that page's first
    title (`titles`: how many tables are titled on each title page)."""
    titles = titles or {}
    own = grids_by_page.get(loc.page, [])
    index = loc.order + len(_leading_continuations(loc.page, grids_by_page, titles, untitled))
    if index >= len(own):
        return []
    stitched = [own[index]]
    if loc.order < loc.titles_on_page - 1:
        return stitched
    for page in range(loc.page + 1, min(loc.page + _MAX_CONTINUATION, page_count) + 1):
        if page in starts:
            stitched += [
                a
                for g in _leading_continuations(page, grids_by_page, titles, untitled)
                if (a := align_columns(g, stitched[0])) is not None
            ]
            break
        following = grids_by_page.get(page, [])
        if following and following[0].n_cols != stitched[0].n_cols and _same_rows(stitched[0], following[0]):
            break  # other columns ruled on the very rows of the title page: a right-hand strip (_right_strip)
        aligned = align_columns(following[0], stitched[0]) if following else None
        if aligned is None:
            break
        stitched.append(aligned)
    return stitched


def _narrative_pages(pages: list[PageText], after: int) -> dict[int, str]:
    """The 情况说明 section: from its heading (after the tables) up to 名词解释 or the end."""
    narrative: dict[int, str] = {}
    for page in pages:
        flat = squash(page.text)
        if page.number <= after:
            continue
        if "名词解释" in flat[:40]:
            break
        if narrative or "情况说明" in flat or "编制说明" in flat:
            narrative[page.number] = page.text
    return narrative


def _reread_title_pages_without_grid(
    path: Path, locations: list[TableLocation], grids: dict[int, list[Grid]], pages: list[PageText]
) -> None:
    """A title page whose text holds amounts but where no ruled grid was seen is
    read again: first rasterised (ruling drawn as images), then as an unruled
    (stream) table. An empty printed table has no amounts and is left empty."""
    for engine, flavor in (("combined", "lattice"), ("vector", "stream")):
        retry = [
            loc.page for loc in locations if not grids.get(loc.page) and _AMOUNT_TOKEN.search(pages[loc.page - 1].text)
        ]
        if not retry:
            return
        grids.update({p: g for p, g in read_grids(path, retry, engine=engine, flavor=flavor).items() if g})


def read_identity(
    path: str | Path, catalog: Catalog | None = None
) -> tuple[list[PageText], DocumentMeta, ScannedDocument | None]:
    """The pages (text layer, or OCR for a scan) and the document's identity (cover.read_cover).

    A text-layer PDF whose cover title is drawn as outlines (no text) gets its cover page OCR'd; a
    document with neither a readable cover nor any standard table is not a budget report."""
    path = Path(path)
    catalog = catalog or load_catalog()
    scanned = None
    try:
        pages = read_pages(path)
    except ScannedPdfError as no_text:
        from pipelines.extract.ocr import open_scanned  # the OCR engine loads only for a scan

        scanned = open_scanned(path, no_text)  # re-raises, saying so, when no OCR engine is installed
        pages = scanned.cover_pages()
    try:
        try:
            meta = read_cover(pages)
        except CoverUnreadableError as unreadable:
            if scanned:
                _refuse_without_tables(path, scanned.pages(), catalog, unreadable)
                raise
            pages, meta = _cover_by_ocr(path, pages, unreadable, catalog)
        if scanned:
            pages = scanned.pages()
            if meta.part == "full":  # only the cover was read when read_cover judged the part
                meta = dataclasses.replace(meta, part=document_part(pages, _cover_number(pages)))
    except ExtractionError as exc:
        if scanned:
            raise scanned.failed(exc) from exc
        raise
    return pages, meta, scanned


def _cover_number(pages: list[PageText]) -> int:
    return next((p.number for p in pages if content_lines(p)), 1)


def _cover_by_ocr(
    path: Path, pages: list[PageText], unreadable: CoverUnreadableError, catalog: Catalog
) -> tuple[list[PageText], DocumentMeta]:
    """The cover page read again by OCR (its title printed as outlines or an image, no text), when an
    engine is installed; else, or when OCR reads no title either, the cover stays unreadable."""
    from pipelines.extract.ocr import ScannedDocument, ocr_available

    if ocr_available():
        number = _cover_number(pages)
        scan = ScannedDocument(path)
        scan.read_full([number])
        cover = scan.full[number].page_text()
        retry = [cover if p.number == number else p for p in pages]
        try:
            return retry, read_cover(retry)
        except ExtractionError as again:  # OCR read something, but no cover either
            unreadable = CoverUnreadableError(f"{unreadable.message}; OCR of page {number}: {again.message}")
    _refuse_without_tables(path, pages, catalog, unreadable)
    raise unreadable


def _refuse_without_tables(
    path: Path, pages: list[PageText], catalog: Catalog, unreadable: CoverUnreadableError
) -> None:
    """No readable cover and no standard table on any page: not a budget report (a notice, a contents page)."""
    said = Counter(m["kind"] for p in pages for m in rules().report.finditer("".join(p.text.split())) if m["scope"])
    kind = "final_account" if said["决算"] > said["预算"] else "budget"
    if not any(locate_tables(pages, catalog, k) for k in REPORT_KINDS):
        raise NotABudgetReportError(
            f"{path.name}: no standard {kind} table title found on any of its {len(pages)} pages, "
            f"and {unreadable.message}"
        ) from unreadable


def _narrative_document(
    path: Path, pages: list[PageText], meta: DocumentMeta, scanned: ScannedDocument | None, started: float
) -> ExtractedDocument:
    """A 情况说明 published apart from its tables (北京 附件1, 江苏 …公开文件): its text, no tables.

    missing_tables stays empty: a narrative part is not expected to hold tables — its companion
    tables part does, and completeness is judged on that part."""
    if scanned:
        scanned.read_full(list(range(1, len(pages) + 1)))  # the text is the whole content: read it in full
        pages = scanned.pages()
    after = max((p.number for p in pages if any(line.startswith("目录") for line in content_lines(p)[:3])), default=0)
    return ExtractedDocument(
        sha256=file_sha256(path),
        file_name=path.name,
        meta=meta,
        tables=[],
        narrative_pages=_narrative_pages(pages, max(after, _cover_number(pages))),
        page_texts={p.number: p.text for p in pages},
        missing_tables=[],
        seconds=time.perf_counter() - started,
    )


def extract_document(path: str | Path, catalog: Catalog | None = None) -> ExtractedDocument:
    started = time.perf_counter()
    path = Path(path)
    catalog = catalog or load_catalog()
    pages, meta, scanned = read_identity(path, catalog)
    if meta.part == "narrative":
        return _narrative_document(path, pages, meta, scanned, started)
    locations = locate_tables(pages, catalog, meta.report_kind)
    if not locations:
        exc = NotABudgetReportError(
            f"{path.name}: no standard {meta.report_kind} table title found on any of its {len(pages)} pages"
        )
        raise (scanned.failed(exc) if scanned else exc) from None
    starts = _section_starts(pages, catalog)
    if scanned:
        wanted = _pages_to_read(locations, starts, len(pages), _MAX_SCANNED_CONTINUATION)
        grids = scanned.grids(wanted, [loc.page for loc in locations])
        pages = scanned.pages()  # table pages are now read in full
    else:
        grids = read_grids(path, _pages_to_read(locations, starts, len(pages)))
        _reread_title_pages_without_grid(path, locations, grids, pages)
    titles = titles_per_page(pages, catalog)
    untitled = {} if scanned else untitled_leading_grids(path, grids, pages, catalog)
    tables: list[ExtractedTable] = []
    for loc in locations:
        table_grids = stitch_continuations(loc, grids, starts, len(pages), titles, untitled)
        unit = loc.unit
        strip, right = ([], []) if scanned or not table_grids else _right_strip(loc, table_grids, grids, pages, catalog)
        if strip:
            # The unit printed at the table's top right sits on its right-hand strip.
            units = {u for n in strip if (u := read_unit(pages[n - 1].text))}
            if unit is None and len(units) == 1:
                unit = units.pop()
            if any(g is not None for g in right):
                joined = _join_strips(table_grids, right)
                if joined is None:
                    raise UnmappableColumnsError(
                        f"{loc.spec.key} (page {loc.page}): printed in strips over pages {strip[0]}–{strip[-1]} "
                        "whose columns differ"
                    )
                table_grids = joined
        if unit is None:
            raise MissingUnitError(f"{loc.spec.key} (page {loc.page}): the table states no unit (单位：万元/元)")
        items, repeated = normalize_table_with_gaps(loc.spec, catalog, table_grids, unit)
        tables.append(
            ExtractedTable(
                table_key=loc.spec.key,
                title=loc.title,
                pages=[g.page for g in table_grids] or [loc.page],
                unit_printed=unit,
                method=table_grids[0].method if table_grids else ("ocr" if scanned else "lattice"),
                cells=raw_cells(loc.spec.key, table_grids),
                items=items,
                repeated_codes=repeated,
            )
        )
    found = {t.table_key for t in tables}
    last_table_page = max(p for t in tables for p in t.pages)
    return ExtractedDocument(
        sha256=file_sha256(path),
        file_name=path.name,
        meta=meta,
        tables=tables,
        narrative_pages={} if scanned else _narrative_pages(pages, last_table_page),  # OCR reads no 说明 in full
        page_texts={p.number: p.text for p in pages},
        missing_tables=[k for k in catalog.required_keys(meta.report_kind) if k not in found],
        seconds=time.perf_counter() - started,
    )
