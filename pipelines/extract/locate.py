"""Find which pages hold which standard table, from the text layer alone.

A cheap scan (no table parsing): a page holds table K when one of its first
lines — or two adjacent lines joined, for titles broken across lines ('表 1' /
'收支总表') or with their “” quotes printed on a line of their own — normalizes
(catalog.toml [title_normalize]: numbering, year, owner words stripped; suffix
variants folded) to one of K's aliases. Where a page carries only a table number
and no title, its header decides ([[header_signature]]).

Table-of-contents pages list every title and are skipped: a page whose first
lines say 目录, or one that lists three or more titles (a contents page continued
without its 目录 word). Documents that print the department (汇总) set of tables and
then one set per unit yield the FIRST (department) set: first occurrence wins,
and every later title, standard or not ([[other_table]]), is a section start so
no continuation runs into a unit's set.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipelines.extract.amounts import read_unit
from pipelines.extract.catalog import Catalog, TableSpec, squash
from pipelines.extract.pages import PageText

# A title sits near the top of its page; the first lines suffice.
_TITLE_LINES = 8
# A page listing this many titles is a table of contents, with or without the word 目录.
_CONTENTS_TITLES = 3


@dataclass(frozen=True)
class TableLocation:
    spec: TableSpec
    title: str  # as printed (squashed)
    page: int
    unit: str | None


def _candidate_lines(page: PageText) -> list[str]:
    lines = [squash(line) for line in page.lines[:_TITLE_LINES]]
    lines = [line for line in lines if line]
    # A title broken over two lines, possibly with another line printed between them.
    joined = [lines[i] + lines[j] for i in range(len(lines)) for j in (i + 1, i + 2) if j < len(lines)]
    return lines + joined


def _title_key(line: str, catalog: Catalog) -> str | None:
    """The key (standard, of either kind, or other:…) the squashed line titles, if any."""
    spec = next((s for s in catalog.tables if s.matches_title(line)), None)
    return spec.key if spec else catalog.other_key(line)


def _is_contents_page(page: PageText, catalog: Catalog) -> bool:
    if "目录" in squash("".join(page.lines[:3])):
        return True
    listed = {key for line in page.lines if (key := _title_key(squash(line), catalog))}
    return len(listed) >= _CONTENTS_TITLES


def _starts_section(line: str, catalog: Catalog) -> bool:
    """A title of any table, or a table number ('公开01表' alone, '表6 …表')."""
    if _title_key(line, catalog):
        return True
    numbering = catalog.normalize_title
    return numbering.is_numbered(line) and (numbering.is_number_only(line) or line.endswith("表"))


def _page_title(page: PageText, catalog: Catalog) -> str | None:
    """The key of the first title on the page (standard or other), if any."""
    return next((key for line in _candidate_lines(page) if (key := _title_key(line, catalog))), None)


def _signature_key(page: PageText, catalog: Catalog, report_kind: str, taken: set[str]) -> str | None:
    """An untitled table (only its number printed) decided by its header words."""
    lines = [squash(line) for line in page.lines[:_TITLE_LINES]]
    if not any(catalog.normalize_title.is_number_only(line) for line in lines) or _page_title(page, catalog):
        return None
    head = "".join(lines)
    return next(
        (
            s.key
            for s in catalog.header_signatures
            if s.report_kind == report_kind and s.key not in taken and s.matches(head)
        ),
        None,
    )


def locate_tables(pages: list[PageText], catalog: Catalog, report_kind: str) -> list[TableLocation]:
    """One location per standard table found, in page order (first occurrence wins)."""
    found: dict[str, TableLocation] = {}
    specs = catalog.specs(report_kind)
    by_key = {s.key: s for s in specs}
    for page in pages:
        if _is_contents_page(page, catalog):
            continue
        for line in _candidate_lines(page):
            spec = next((s for s in specs if s.key not in found and s.matches_title(line)), None)
            if spec:
                found[spec.key] = TableLocation(spec, line, page.number, read_unit(page.text))
        key = _signature_key(page, catalog, report_kind, set(found))
        if key and key in by_key:
            number = next(squash(line) for line in page.lines if catalog.normalize_title.is_number_only(squash(line)))
            found[key] = TableLocation(by_key[key], number, page.number, read_unit(page.text))
    return sorted(found.values(), key=lambda loc: loc.page)


def title_pages(pages: list[PageText], catalog: Catalog) -> set[int]:
    """Pages that start a table: any standard table's title (of either report kind), any other
    table's title or a bare table number. A page that repeats the title of the page just before
    it (深圳, 佛山 print '表 1 收支总表' on every page of the table) continues that table."""
    starts: set[int] = set()
    previous: tuple[int, str | None] = (0, None)
    for page in pages:
        if _is_contents_page(page, catalog):
            continue
        lines = _candidate_lines(page)
        if not any(_starts_section(line, catalog) for line in lines):
            continue
        key = _page_title(page, catalog)
        if not (key and previous == (page.number - 1, key)):
            starts.add(page.number)
        previous = (page.number, key)
    return starts
