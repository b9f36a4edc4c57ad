"""Find which pages hold which standard table, from the text layer alone.

A cheap scan (no table parsing): a page holds table K when one of its lines — or
two near lines joined, for titles broken across lines ('表 1' / '收支总表') or with
their “” quotes printed on a line of their own — normalizes (catalog.toml
[title_normalize]: numbering, year, owner words stripped; suffix variants folded)
to one of K's aliases. Any line, not only the first ones: the text layer may emit a
title last (北京) and Jiangsu prints two tables on one page; equality with a whole
normalized title keeps sentences, rows and running page headers out. Where a page
carries only a table number and no title at all, its header decides
([[header_signature]]). A document's tables are matched against the titles of its
report kind (决算 or 预算).

Table-of-contents pages list every title and are skipped: a page headed 目录, or
one that lists three or more titles and prints no amount (a contents page
continued without its 目录 word). Tables outside the nine ([[other_table]]) are
never located but start sections (title_pages), as does any bare table number.
Documents that print the department (汇总) set of tables and then one set per unit
yield the FIRST (department) set: first occurrence wins, and every later title is a
section start, so no continuation runs into a unit's set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipelines.extract.amounts import read_unit
from pipelines.extract.catalog import Catalog, TableSpec, squash
from pipelines.extract.pages import PageText

# A bare table number ('公开 01 表') sits among a page's first lines …
_TITLE_LINES = 8
# … or its last ones: the text layer may emit what is drawn last at the end.
_TAIL_LINES = 4
# '目 录' / '报表目录' heads a contents page; a header cell '采购目录' does not.
_CONTENTS_HEADING = re.compile(r"^(报表)?目录")
_CONTENTS_HEAD_LINES = 5
_AMOUNT = re.compile(r"\d\.\d{2}(?!\d)")
# A page listing this many titles is a table of contents, with or without the word 目录.
_CONTENTS_TITLES = 3
# A damaged title is repaired (one character) only when this short once normalized: a title, not a sentence.
_REPAIR_MAX = 24
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class TableLocation:
    spec: TableSpec
    title: str  # as printed (squashed)
    page: int
    unit: str | None
    # Where a page holds several tables (Jiangsu prints 公开03表 and 公开04表 on one page): this
    # table's place among the titles (standard or other) on the page, 0-based, in text order.
    order: int = 0
    titles_on_page: int = 1  # how many tables are titled on the page (only the last can run on)


def _joined(lines: list[str]) -> list[str]:
    # Each line, then it joined with the next and the one after (a title broken over two lines,
    # possibly with another line printed between them) — in line order, so that the order of the
    # titles on a page is the order of their first candidates.
    return [
        candidate
        for i in range(len(lines))
        for candidate in [lines[i]] + [lines[i] + lines[j] for j in (i + 1, i + 2) if j < len(lines)]
    ]


def _candidate_lines(page: PageText) -> list[str]:
    """Every line and every pair of near lines: the text layer may put a title anywhere
    (北京 and Jiangsu draw it last, so it comes at the end; Jiangsu prints two tables on one
    page). Matching is by whole normalized title, so a sentence or a row never matches."""
    return _joined([line for line in (squash(line) for line in page.lines) if line])


def _head_lines(page: PageText) -> list[str]:
    """The page's first and last lines, where a bare table number ('公开 01 表') is printed."""
    lines = [line for line in (squash(line) for line in page.lines) if line]
    return lines[:_TITLE_LINES] + lines[_TITLE_LINES:][-_TAIL_LINES:]


def _title_key(line: str, catalog: Catalog) -> str | None:
    """The key (standard, of either kind, or other:…) the squashed line titles, if any."""
    spec = next((s for s in catalog.tables if s.matches_title(line)), None)
    return spec.key if spec else catalog.other_key(line)


def _is_contents_page(page: PageText, catalog: Catalog) -> bool:
    """目录 at the top, or a list of titles with no amount on the page (a contents page
    continued without its 目录 word; a page holding three small tables prints amounts)."""
    if any(_CONTENTS_HEADING.match(squash(line)) for line in page.lines[:_CONTENTS_HEAD_LINES]):
        return True
    if _AMOUNT.search(page.text):
        return False
    listed = {key for line in _candidate_lines(page) if (key := _title_key(line, catalog))}
    return len(listed) >= _CONTENTS_TITLES


def _starts_section(page: PageText, catalog: Catalog) -> bool:
    """A title of any table, or a table number ('公开01表' alone, '表6 …表') near the top or bottom."""
    if _page_title(page, catalog):
        return True
    numbering = catalog.normalize_title
    return any(
        numbering.is_numbered(line) and (numbering.is_number_only(line) or line.endswith("表"))
        for line in _head_lines(page)
    )


def _page_title(page: PageText, catalog: Catalog) -> str | None:
    """The key of the first title on the page (standard or other), if any."""
    return next((key for line in _candidate_lines(page) if (key := _title_key(line, catalog))), None)


def _header_block(page: PageText) -> str:
    """The page's lines down to its first amount, squashed and joined: title and column header."""
    head: list[str] = []
    for line in (squash(line) for line in page.lines):
        if _AMOUNT.search(line):
            break
        head.append(line)
    return "".join(head)


def _one_edit(text: str, alphabet: str) -> set[str]:
    """Every string one character away from text: one deleted, inserted or replaced."""
    cuts = [(text[:i], text[i:]) for i in range(len(text) + 1)]
    return (
        {a + b[1:] for a, b in cuts if b}
        | {a + c + b for a, b in cuts for c in alphabet}
        | {a + c + b[1:] for a, b in cuts if b for c in alphabet}
    )


def _repaired_title(page: PageText, catalog: Catalog, report_kind: str, taken: set[str]) -> tuple[str, str] | None:
    """A numbered table whose title is printed with one character missing, extra or wrong
    ('2021年部综合预算收入总表', 部门 printed 部): (key, title as printed) when the title, one
    character repaired, names exactly one table and that table's header signature matches the
    page's header. Either alone is no certainty: 西安 prints its 收入总表 and 支出总表 with the same
    columns, and a damaged title could be repaired into more than one table's."""
    normalize = catalog.normalize_title
    lines = _head_lines(page)
    numbered = any(normalize.is_number_only(line) for line in lines)
    candidates = [
        line
        for line in lines
        if "表" in line
        and not normalize.is_number_only(line)
        and (numbered or normalize.is_numbered(line))
        and len(normalize(line)) <= _REPAIR_MAX
    ]
    if not candidates or _page_title(page, catalog):
        return None
    head = _header_block(page)
    confirmed = {
        s.key
        for s in catalog.header_signatures
        if s.report_kind == report_kind and s.key not in taken and s.matches(head)
    }
    if not confirmed:
        return None
    aliases = {alias: spec.key for spec in catalog.tables for alias in spec.aliases}
    aliases |= {alias: other.key for other in catalog.other_tables for alias in other.aliases}
    # a repair inserts a character of a table's name or of the owner words stripped before it (部门综合预算)
    owner_chars = {c for pattern in normalize.strip for c in _HAN.findall(pattern.pattern)}
    alphabet = "".join(sorted({c for alias in aliases for c in alias} | owner_chars))
    for line in candidates:
        keys = {
            key
            for repaired in _one_edit(normalize(line), alphabet)
            if (key := aliases.get(normalize.unmemoized(repaired)))
        }
        if len(keys) == 1 and (key := keys.pop()) in confirmed:
            return key, line
    return None


def _signature_key(page: PageText, catalog: Catalog, report_kind: str, taken: set[str]) -> str | None:
    """An untitled table (only its number printed) decided by its header words."""
    lines = _head_lines(page)
    numbers = [line for line in lines if catalog.normalize_title.is_number_only(line)]
    # Only a bare number and no title at all: a title we cannot read ('…明细表（按经济' cut
    # short) must not be replaced by a guess from the header.
    if not numbers or _page_title(page, catalog) or any("表" in line for line in lines if line not in numbers):
        return None
    head = "".join(lines)
    return next(
        (
            s.key
            for s in catalog.header_signatures
            if s.report_kind == report_kind and s.key not in taken and not s.needs_title and s.matches(head)
        ),
        None,
    )


def titles_per_page(pages: list[PageText], catalog: Catalog) -> dict[int, int]:
    """How many tables (standard or other) are titled on each page that titles any."""
    counts: dict[int, int] = {}
    for page in pages:
        if _is_contents_page(page, catalog):
            continue
        titled = {key for line in _candidate_lines(page) if (key := _title_key(line, catalog))}
        if titled:
            counts[page.number] = len(titled)
    return counts


def locate_tables(pages: list[PageText], catalog: Catalog, report_kind: str) -> list[TableLocation]:
    """One location per standard table found, in page order (first occurrence wins)."""
    found: dict[str, TableLocation] = {}
    specs = catalog.specs(report_kind)
    by_key = {s.key: s for s in specs}
    for page in pages:
        if _is_contents_page(page, catalog):
            continue
        titled: list[str] = []  # keys of every table titled on this page, in order
        for line in _candidate_lines(page):
            key = _title_key(line, catalog)
            if key and key not in titled:
                titled.append(key)
            spec = next((s for s in specs if s.key not in found and s.matches_title(line)), None)
            if spec:
                order = titled.index(spec.key) if spec.key in titled else len(titled)
                found[spec.key] = TableLocation(spec, line, page.number, read_unit(page.text), order)
        for key, loc in found.items():
            if loc.page == page.number and len(titled) > 1:
                found[key] = replace(loc, titles_on_page=len(titled))
        key = _signature_key(page, catalog, report_kind, set(found))
        if key and key in by_key:
            number = next(line for line in _head_lines(page) if catalog.normalize_title.is_number_only(line))
            found[key] = TableLocation(by_key[key], number, page.number, read_unit(page.text))
        elif not titled and (repaired := _repaired_title(page, catalog, report_kind, set(found))):
            key, title = repaired
            if key in by_key:
                found[key] = TableLocation(by_key[key], title, page.number, read_unit(page.text))
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
        if not _starts_section(page, catalog):
            continue
        key = _page_title(page, catalog)
        if not (key and previous == (page.number - 1, key)):
            starts.add(page.number)
        previous = (page.number, key)
    return starts
