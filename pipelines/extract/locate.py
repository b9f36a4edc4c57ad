"""Find which pages hold which standard table, from the text layer alone.

A cheap scan (no table parsing): a page holds table K when one of its first
lines — or two adjacent lines joined, for titles broken across lines or with
their “” quotes printed on a line of their own — matches K's title pattern.
Table-of-contents pages list every title and are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipelines.extract.amounts import read_unit
from pipelines.extract.catalog import Catalog, TableSpec, squash
from pipelines.extract.pages import PageText

# A title sits near the top of its page; the first lines suffice.
_TITLE_LINES = 8


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


def _is_contents_page(page: PageText) -> bool:
    return "目录" in squash("".join(page.lines[:3]))


def locate_tables(pages: list[PageText], catalog: Catalog, report_kind: str) -> list[TableLocation]:
    """One location per standard table found, in page order (first occurrence wins)."""
    found: dict[str, TableLocation] = {}
    specs = catalog.specs(report_kind)
    for page in pages:
        if _is_contents_page(page):
            continue
        for line in _candidate_lines(page):
            spec = next((s for s in specs if s.key not in found and s.matches_title(line)), None)
            if spec:
                found[spec.key] = TableLocation(spec, line, page.number, read_unit(page.text))
    return sorted(found.values(), key=lambda loc: loc.page)


def title_pages(pages: list[PageText], catalog: Catalog) -> set[int]:
    """Pages that start any standard table (of either report kind)."""
    return {
        page.number
        for page in pages
        if not _is_contents_page(page)
        and any(spec.matches_title(line) for line in _candidate_lines(page) for spec in catalog.specs())
    }
