"""parse_performance: a final account's 绩效自评 → the overall score and each project's figures.

The self-evaluation (第四部分 附件 of a 部门决算) states, for the department as a whole, a
自评得分, and for each budgeted project its 年初预算, the money that reached it (资金到位),
what was spent and the project's score. It prints them twice, in two shapes:

* a ruled table (部门预算项目支出绩效自评表), one text line per project —
  ``兑现引进硕士研究生安家等经费 167.52 78.54 78.54 89`` — plus a 部门整体 row;
* one report per project (项目（政策）支出绩效自评报告（NAME）) whose sentences say the
  same in words: 年初预算申报167.52万元 … 实际到位区财政资金78.54万元 … 实际发放78.54万元
  … 实得89分. These run across lines and pages, so they are read from the squashed text
  of all pages joined (page numbers dropped).

The table wins where both are printed; a project only reported in words (as in the real
report, whose table did not survive into its text layer) is read from its report. Fields
a source does not state stay None. Amounts are 万元 exactly as printed (Decimal).
Which phrase means what is data (performance_patterns.toml).
"""

from __future__ import annotations

import bisect
import re
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path

from pipelines.extract.catalog import squash

PATTERNS_PATH = Path(__file__).with_name("performance_patterns.toml")

_AMOUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCORE = r"\d{1,3}(?:\.\d+)?"
# Page furniture: a page number printed on a line of its own ('- 21 -', '33').
_PAGE_NUMBER = re.compile(r"^[-－—]?\s*\d{1,3}\s*[-－—]?$")


@dataclass(frozen=True)
class ProjectPerformance:
    """One project's self-evaluation, amounts in 万元."""

    project: str
    budget: Decimal | None  # 年初预算(数)
    funds_available: Decimal | None  # 资金到位 / 全年预算数
    spent: Decimal | None  # 实际支出
    score: Decimal | None  # 自评得分
    page: int  # where its table row (else its report title) is printed


@dataclass(frozen=True)
class PerformanceReport:
    overall_score: Decimal | None  # 部门整体 自评得分
    page: int | None  # where the overall score is printed
    projects: list[ProjectPerformance] = field(default_factory=list)

    def project(self, name: str) -> ProjectPerformance | None:
        return next((p for p in self.projects if p.project == name), None)


# ----------------------------------------------------------------- patterns -----


@dataclass(frozen=True)
class _Patterns:
    table_title: str
    table_row: re.Pattern[str]
    table_overall: re.Pattern[str]
    report_title: re.Pattern[str]
    fields: dict[str, tuple[re.Pattern[str], ...]]  # budget / funds_available / spent / score
    overall: tuple[re.Pattern[str], ...]


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern.replace("{amount}", _AMOUNT).replace("{score}", _SCORE))


@cache
def load_patterns(path: Path = PATTERNS_PATH) -> _Patterns:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    report = data["report"]
    return _Patterns(
        table_title=data["table"]["title"],
        table_row=_compile(data["table"]["row"]),
        table_overall=_compile(data["table"]["overall"]),
        report_title=_compile(report["title"]),
        fields={
            name: tuple(_compile(p) for p in report[name]) for name in ("budget", "funds_available", "spent", "score")
        },
        overall=tuple(_compile(p) for p in data["overall"]["score"]),
    )


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


# ----------------------------------------------------------------- the table -----


def _table_rows(pages: dict[int, str], pat: _Patterns) -> tuple[list[ProjectPerformance], tuple[Decimal, int] | None]:
    """Project rows and the 部门整体 score of the ruled table, from the raw page lines.

    The table starts after a line naming it (a 目录 line naming it yields no rows, and
    the next naming line is tried) and runs over the following pages as long as each
    holds rows, up to its 部门整体 row (the last one). Its first rows must share the
    title's page.
    """
    numbers = sorted(pages)
    lines = {n: [line.strip() for line in pages[n].splitlines() if line.strip()] for n in numbers}
    titles = [
        (i, j) for i, n in enumerate(numbers) for j, line in enumerate(lines[n]) if pat.table_title in squash(line)
    ]
    for first, at in titles:
        rows: list[ProjectPerformance] = []
        for i in range(first, len(numbers)):
            number = numbers[i]
            if i > first and (not rows or any(pat.table_title in squash(line) for line in lines[number])):
                break  # rows continue a page that held rows, and never past another title
            found = False
            for line in lines[number][at + 1 :] if i == first else lines[number]:
                row = pat.table_row.match(line)
                if row:
                    found = True
                    rows.append(
                        ProjectPerformance(
                            project=squash(row["name"]),
                            budget=_number(row["budget"]),
                            funds_available=_number(row["available"]),
                            spent=_number(row["spent"]),
                            score=_number(row["score"]),
                            page=number,
                        )
                    )
                    continue
                whole = pat.table_overall.match(line)
                if whole:
                    return rows, (_number(whole["score"]), number)
            if not found and i > first:
                break
        if rows:
            return rows, None
    return [], None


# ---------------------------------------------------------------- the prose -----


@dataclass(frozen=True)
class _Stream:
    """All pages squashed and joined, with the page each character came from."""

    text: str
    starts: list[int]  # offset where each page's text begins
    numbers: list[int]  # the page number of each start

    def page_at(self, offset: int) -> int:
        return self.numbers[bisect.bisect_right(self.starts, offset) - 1]


def _stream(pages: dict[int, str]) -> _Stream:
    parts: list[str] = []
    starts: list[int] = []
    numbers: list[int] = []
    length = 0
    for number in sorted(pages):
        lines = [line for line in pages[number].splitlines() if not _PAGE_NUMBER.match(line.strip())]
        text = squash("\n".join(lines))
        starts.append(length)
        numbers.append(number)
        parts.append(text)
        length += len(text)
    return _Stream("".join(parts), starts, numbers)


def _first(patterns: tuple[re.Pattern[str], ...], text: str) -> Decimal | None:
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            return _number(match["value"])
    return None


def _reports(stream: _Stream, pat: _Patterns) -> list[ProjectPerformance]:
    titles = list(pat.report_title.finditer(stream.text))
    out: list[ProjectPerformance] = []
    for i, title in enumerate(titles):
        end = titles[i + 1].start() if i + 1 < len(titles) else len(stream.text)
        body = stream.text[title.end() : end]
        values = {name: _first(patterns, body) for name, patterns in pat.fields.items()}
        out.append(ProjectPerformance(title["name"], page=stream.page_at(title.start()), **values))
    return out


def _overall_from_prose(stream: _Stream, pat: _Patterns) -> tuple[Decimal, int] | None:
    for pattern in pat.overall:
        match = pattern.search(stream.text)
        if match:
            return _number(match["value"]), stream.page_at(match.start())
    return None


# ------------------------------------------------------------------- public -----


def _merge(table: ProjectPerformance, report: ProjectPerformance | None) -> ProjectPerformance:
    if report is None:
        return table
    return ProjectPerformance(
        project=table.project,
        budget=table.budget if table.budget is not None else report.budget,
        funds_available=table.funds_available if table.funds_available is not None else report.funds_available,
        spent=table.spent if table.spent is not None else report.spent,
        score=table.score if table.score is not None else report.score,
        page=table.page,
    )


def parse_performance(page_texts: dict[int, str]) -> PerformanceReport:
    """The 绩效自评 of a final account from its page texts (ExtractedDocument.page_texts).

    Pages without a self-evaluation contribute nothing; a document without one gives
    PerformanceReport(None, None, []).
    """
    pat = load_patterns()
    table, table_overall = _table_rows(page_texts, pat)
    stream = _stream(page_texts)
    reports: dict[str, ProjectPerformance] = {}
    for report in _reports(stream, pat):
        reports.setdefault(report.project, report)
    projects = [_merge(row, reports.get(row.project)) for row in table]
    in_table = {row.project for row in table}
    projects += [r for name, r in reports.items() if name not in in_table]
    overall = table_overall or _overall_from_prose(stream, pat)
    return PerformanceReport(
        overall_score=overall[0] if overall else None,
        page=overall[1] if overall else None,
        projects=projects,
    )
