"""Department, fiscal year, report kind, scope and part from the cover, or from the table headers.

A few general rules, their words and patterns in cover.toml:

- The cover is the first page with text. Its title is the shortest run of its top lines (page numbers,
  dates and approval stamps skipped, stopping at 目录 or the first body heading) that holds a report
  phrase (部门预算, 单位预算公开, 部门综合预算, 部门决算, …) and a year. The year may come first
  ('2026年深圳市财政局部门预算'), in the middle ('杭州市交通运输局 / 2026年度部门预算') or last
  ('上海市普陀区财政局 / 年度部门决算 / 2024'); the title may be broken anywhere, even inside a word
  ('…（本级）部门预 / 算'). The department is what precedes the report phrase once the year is taken out;
  a printed qualifier （本级）/（汇总） is removed from it and says the scope. An owner label on the cover
  ('预算单位：X', '预算主管部门：X') names the department itself.
- A file whose first page is a table (北京 附件2 报表, 江苏 预算公开表格) has no cover: the department is
  read from the table headers ('部门：X', '部门名称 X', '单位名称：X'), the year and kind from the
  table titles; part = tables.
- part = narrative for a file with a cover but no table anywhere (no unit line, no numbered table
  title) and a 情况说明 / 部门概况 text; tables when the cover calls the file 报表 / 表格; else full.

Helpers others may use: `is_page_number(line)`, `content_lines(page)` (lines without page numbers),
`running_headers(pages)` (lines repeated at the top/bottom of most pages, e.g. '苏州市审计局 2026 年度部门
预算公开' — not the title of the page they head) and `is_table_page(page)`.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from pipelines.extract.catalog import squash
from pipelines.extract.errors import CoverUnreadableError, NotABudgetReportError
from pipelines.extract.model import DocumentMeta
from pipelines.extract.pages import PageText

COVER_RULES_PATH = Path(__file__).with_name("cover.toml")
# Lines at the top / bottom of a page that can be a running header or footer.
_EDGE_LINES = 2
# Lines at the top of a page that can hold its table title (and the year line under it).
_TABLE_HEAD_LINES = 4


@dataclass(frozen=True)
class _Rules:
    page_number: re.Pattern[str]
    not_title: tuple[re.Pattern[str], ...]
    body_start: tuple[re.Pattern[str], ...]
    title_lines: int
    running_share: float
    report: re.Pattern[str]
    year: re.Pattern[str]
    kinds: dict[str, str]
    qualifier: re.Pattern[str]
    qualifier_scope: dict[str, str]
    tables_words: tuple[str, ...]
    strip: tuple[re.Pattern[str], ...]
    owner: re.Pattern[str]
    owner_scope: dict[str, str]
    header: re.Pattern[str]
    org_suffix: re.Pattern[str]
    unit_line: re.Pattern[str]
    numbered_title: re.Pattern[str]
    year_line: re.Pattern[str]
    narrative_words: tuple[str, ...]
    canonical: tuple[tuple[re.Pattern[str], str], ...]


def _alternation(words) -> str:
    # Longest first, so that 部门名称 is tried before 部门.
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def rules(path: Path = COVER_RULES_PATH) -> _Rules:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    lines, title, owner, tables = data["lines"], data["title"], data["owner"], data["tables"]
    return _Rules(
        page_number=re.compile(lines["page_number"]),
        not_title=tuple(re.compile(p) for p in lines["not_title"]),
        body_start=tuple(re.compile(p) for p in lines["body_start"]),
        title_lines=lines["title_lines"],
        running_share=lines["running_header_share"],
        report=re.compile(title["report"]),
        year=re.compile(title["year"]),
        kinds=title["kinds"],
        qualifier=re.compile(rf"[（(](?P<q>{_alternation(title['qualifiers'])})[）)]"),
        qualifier_scope=title["qualifiers"],
        tables_words=tuple(title["tables_words"]),
        strip=tuple(re.compile(p) for p in title["strip"]),
        owner=re.compile(rf"^(?P<label>{_alternation(owner['labels'])})[:：](?P<name>[^\s:：]+)"),
        owner_scope=owner["labels"],
        # The label, then a colon or a space, then the name (up to a following '单位：万元').
        header=re.compile(rf"(?:^|\s)(?P<label>{_alternation(tables['labels'])})(?:[:：]\s*|\s+)(?P<name>[^\s:：]+)"),
        org_suffix=re.compile(tables["org_suffix"]),
        unit_line=re.compile(tables["unit_line"]),
        numbered_title=re.compile(tables["numbered_title"]),
        year_line=re.compile(tables["year_line"]),
        narrative_words=tuple(data["narrative"]["words"]),
        canonical=tuple((re.compile(p), r) for p, r in data["names"]["canonical"]),
    )


def _nospace(text: str) -> str:
    return "".join(text.split())


def is_page_number(line: str) -> bool:
    """'1', '- 1 -', '— 1 —', '─ 1 ─', '第 1 页': a printed page number, never a title."""
    return bool(rules().page_number.match(_nospace(line)))


def content_lines(page: PageText) -> list[str]:
    """The page's lines, whitespace removed, without printed page numbers."""
    return [line for line in (_nospace(raw) for raw in page.lines) if line and not is_page_number(line)]


def running_headers(pages: list[PageText]) -> set[str]:
    """Lines (whitespace removed) printed at the top or bottom of most pages ('苏州市审计局2026年度部门预算公开'):
    a running header or footer, not the title of the page it is printed on."""
    r = rules()
    counts: Counter[str] = Counter()
    for page in pages:
        lines = content_lines(page)
        counts.update(set(lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]))
    needed = max(3, r.running_share * len(pages))
    return {line for line, n in counts.items() if n >= needed}


def is_table_page(page: PageText) -> bool:
    """The page holds a table: it prints a unit line ('金额单位：万元') or a numbered table title ('预算01表')."""
    r = rules()
    lines = content_lines(page)
    return any(r.unit_line.search(line) for line in lines) or any(
        r.numbered_title.match(line) for line in lines[:_TABLE_HEAD_LINES]
    )


def _starts_with_table(page: PageText) -> bool:
    r = rules()
    head = content_lines(page)[:3]
    return any(r.unit_line.search(line) or r.numbered_title.match(line) for line in head)


def read_cover(pages: list[PageText]) -> DocumentMeta:
    """The document's identity, from its cover — or, for a file that starts with a table, its table headers."""
    cover = next((p for p in pages if content_lines(p)), None)
    if cover is None:
        raise CoverUnreadableError(f"no text on any of the {len(pages)} pages")
    meta = _from_tables(pages) if _starts_with_table(cover) else _from_cover(cover, pages)
    return replace(meta, department=canonical_name(meta.department))


def canonical_name(name: str) -> str:
    """The one spelling of a body printed several ways (cover.toml [names]): 中国共产党X委员会… and
    X委… are 中共X委…."""
    for pattern, replacement in rules().canonical:
        name = pattern.sub(replacement, name)
    return name


# ------------------------------------------------------------------ cover --


def _title_block(lines: list[str]) -> tuple[str, str]:
    """(title, the next line): the shortest run of top lines holding a report phrase and a year."""
    r = rules()
    block: list[str] = []
    following = ""
    for i, line in enumerate(lines[: r.title_lines]):
        if any(p.search(line) for p in r.body_start):
            break
        if any(p.search(line) for p in r.not_title) or r.owner.match(line):
            continue
        block.append(line)
        joined = _join(block)
        if r.report.search(joined) and r.year.search(joined):
            after = lines[i + 1] if i + 1 < len(lines) else ""
            following = "" if any(p.search(after) for p in r.body_start) else after
            break
    return _join(block), following


def _join(lines: list[str]) -> str:
    # A title broken inside a word joins without a gap; '附件2' above '2019年…' must not read as year 22019.
    joined = ""
    for line in lines:
        joined += (" " if joined[-1:].isdigit() and line[:1].isdigit() else "") + line
    return joined


def _report_phrase(title: str) -> re.Match[str] | None:
    # '部门预算' / '单位预算' before a bare 预算, which may be part of a name ('…预算评审中心部门预算').
    found = list(rules().report.finditer(title))
    return next((m for m in found if m["scope"]), found[0] if found else None)


def _clean_name(name: str) -> tuple[str, str | None]:
    """The name without qualifiers, codes and report words; and the scope a qualifier states."""
    r = rules()
    scope = None
    for m in r.qualifier.finditer(name):
        scope = r.qualifier_scope[m["q"]]
    name = r.qualifier.sub("", name)
    changed = True
    while changed:
        before = name
        for pattern in r.strip:
            name = pattern.sub("", name)
        changed = name != before
    return name, scope


def _is_name(name: str) -> bool:
    # A department name is words: no digits, no punctuation beyond brackets (a stray '第一部分' is not a name).
    return len(name) >= 2 and not re.search(r"[\d:：,，。;；、]", name)


def _from_cover(cover: PageText, pages: list[PageText]) -> DocumentMeta:
    r = rules()
    lines = content_lines(cover)
    flat = "".join(lines)
    if not r.report.search(flat):
        raise NotABudgetReportError(
            f"the cover names neither a 部门决算 nor a 部门/单位预算: {squash(cover.text)[:40]!r} "
            "— not a government budget report"
        )
    title, following = _title_block(lines)
    if not title:
        raise CoverUnreadableError(
            f"the cover's text layer holds no title above its contents / first heading: it starts {flat[:60]!r}"
        )
    year = r.year.search(title)
    if not year:
        raise CoverUnreadableError(f"no fiscal year in the cover title {title[:60]!r}")
    without_year = title[: year.start()] + title[year.end() :]
    report = _report_phrase(without_year)
    if not report:
        raise CoverUnreadableError(f"no report phrase (部门预算/部门决算) in the cover title {title[:60]!r}")
    scope = "unit" if report["scope"] == "单位" else "department"
    department, qualified = _clean_name(without_year[: report.start()].replace(" ", ""))
    scope = qualified or scope
    owner = next((m for m in map(r.owner.match, lines) if m), None)
    if owner:
        department, _ = _clean_name(owner["name"])
        scope = r.owner_scope[owner["label"]]
    if not _is_name(department):
        raise CoverUnreadableError(f"no department name in the cover title {title[:60]!r}")
    tail = without_year[report.end() :] + following
    return DocumentMeta(
        department=department,
        fiscal_year=int(year["year"]),
        report_kind=r.kinds[report["kind"]],
        scope=scope,
        page_count=len(pages),
        part=document_part(pages, cover.number, tail),
    )


def document_part(pages: list[PageText], cover_page: int, title_tail: str = "") -> str:
    """tables when the title calls the file 报表/表格; narrative when no page holds a table and the
    text is a 情况说明 / 部门概况; else full."""
    r = rules()
    if any(word in title_tail for word in r.tables_words):
        return "tables"
    if any(is_table_page(p) for p in pages):
        return "full"
    headers = running_headers(pages)
    body = [
        "".join(line for line in content_lines(p) if line not in headers)
        for p in pages
        if p.number != cover_page and not _is_contents(p)
    ]
    return "narrative" if any(word in text for text in body for word in r.narrative_words) else "full"


def _is_contents(page: PageText) -> bool:
    return any(line.startswith("目录") for line in content_lines(page)[:3])


# ------------------------------------------------------------ tables only --


def _from_tables(pages: list[PageText]) -> DocumentMeta:
    r = rules()
    names: Counter[str] = Counter()
    years: Counter[int] = Counter()
    kinds: Counter[str] = Counter()
    unit_titles = 0
    for page in pages:
        for raw in page.lines:
            for m in r.header.finditer(raw):
                name, _ = _clean_name(m["name"].split("单位：")[0].split("单位:")[0])
                if _is_name(name) and r.org_suffix.search(name):
                    # A labelled name ('部门：X', '部门名称 X') outweighs a bare '部门 X'.
                    names[name] += 1 if m["label"] == "部门" else 2
            # The year printed under a table title ('（2026年度）'), or in the title ('2017年政府采购预算表').
            years.update(int(r.year.search(t)["year"]) for t in raw.split() if r.year_line.match(t))
        for i, line in enumerate(content_lines(page)):
            is_title = line.endswith("表") and ("年" in line or i < _TABLE_HEAD_LINES)
            if i < _TABLE_HEAD_LINES and r.numbered_title.match(line):
                is_title = True
            if not is_title:
                continue
            year = r.year.search(line)
            if year and "年" in line:
                years[int(year["year"])] += 1
            for report in r.report.finditer(line):
                kinds[r.kinds[report["kind"]]] += 1
            unit_titles += "单位预算" in line or "预算单位" in line or "单位决算" in line
    first = squash(next(p.text for p in pages if p.text.strip()))[:60]
    if not names:
        raise CoverUnreadableError(f"the file starts with a table and no table header names its department: {first!r}")
    if not years:
        raise CoverUnreadableError(f"the file starts with a table and no table title states its year: {first!r}")
    if not kinds:
        raise CoverUnreadableError(f"the file starts with a table and no table title says 预算 or 决算: {first!r}")
    return DocumentMeta(
        department=names.most_common(1)[0][0],
        fiscal_year=years.most_common(1)[0][0],
        report_kind=kinds.most_common(1)[0][0],
        scope="unit" if unit_titles * 2 > sum(kinds.values()) else "department",
        page_count=len(pages),
        part="tables",
    )
