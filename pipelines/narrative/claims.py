"""parse_claims: the 情况说明 text of a report → the figures it states, as typed claims.

The narrative restates the tables in prose ("本年支出合计2940.05万元，其中：基本支出
2336.91万元，占79.49%"). Every such statement becomes a `Claim` so `verify` can hold
it against the table facts. Which phrase names which figure is data
(claim_patterns.toml); this module only walks the text:

* the pages are joined into one stream (sentences run across page breaks), squashed
  like the table labels (no whitespace, ASCII parentheses), and cut into sentences
  at 。 and at every line that opens with a heading marker (一、 （二） 3、 4.);
* each sentence is scanned left to right for events — a 类/款/项 chain, a year, an
  amount in 万元, a percentage, a change word, a 决算数大于预算数 phrase — and the
  words printed just before an event say what it is about.

Amounts stay in 万元 exactly as printed. Nothing here knows the tables.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from pipelines.extract.catalog import load_catalog, squash

PATTERNS_PATH = Path(__file__).with_name("claim_patterns.toml")

# A subject's warehouse key: 'income_total', ('three_public', 'total'), 'fn_208', or for a
# 类/款/项 line ('function', fund_table, class_code, 款 name, 项 name).
SubjectKey = str | tuple[str, ...]

KINDS = ("total", "share", "subject", "three_public", "office_operation", "yoy", "heading_year", "placeholder")
DIRECTIONS = ("increase", "decrease", "flat", "greater", "less", "equal")


@dataclass(frozen=True)
class Claim:
    """One figure (or year, or template leftover) the narrative states.

    amount / budget_amount / change_amount are in 万元 as printed. For `heading_year`
    claims `year` is the printed year and `compare_year` the year it should be (the
    document's fiscal year; the year before it for a budget's 截至 date). For `yoy`
    claims `year` is the sentence's own year and `compare_year` the year compared with.
    """

    kind: str
    subject: str
    amount: Decimal | None
    percent: Decimal | None
    compare_year: int | None
    change_amount: Decimal | None
    change_percent: Decimal | None
    direction: str | None
    budget_amount: Decimal | None
    page: int
    sentence: str
    subject_key: SubjectKey | None = None
    year: int | None = None
    # For a 占X% share: what it is a share of, and that total's amount when the
    # narrative itself printed it earlier (else verify takes it from the tables).
    base_key: SubjectKey | None = None
    base_amount: Decimal | None = None
    # For yoy claims: 'increase'/'decrease' as said by the percentage word (增长/下降),
    # which must agree with `direction` (said by 增加/减少).
    percent_direction: str | None = None
    # What `percent` is: 'share' (占…) or 'completion' (完成预算…).
    percent_of: str | None = None


# ----------------------------------------------------------------- patterns -----


@dataclass(frozen=True)
class SubjectPattern:
    pattern: re.Pattern[str]  # right-anchored
    anywhere: re.Pattern[str]  # the same phrase, unanchored (to find it earlier in a sentence)
    name: str
    kind: str
    key: SubjectKey
    parent: SubjectKey | None


@dataclass(frozen=True)
class Patterns:
    fillers: re.Pattern[str]
    measure_words: tuple[tuple[re.Pattern[str], str], ...]
    subjects: tuple[SubjectPattern, ...]
    placeholders: tuple[re.Pattern[str], ...]
    lookup: dict[str, dict[str, list[list[str]]]]


def _key(value: Any) -> SubjectKey:
    return tuple(value) if isinstance(value, list) else str(value)


def _subject(pattern: str, name: str, kind: str, key: SubjectKey, parent: SubjectKey | None) -> SubjectPattern:
    return SubjectPattern(re.compile(f"(?:{pattern})$"), re.compile(pattern), name, kind, key, parent)


@cache
def load_patterns(path: Path = PATTERNS_PATH) -> Patterns:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    subjects = [
        _subject(s["pattern"], s["name"], s["kind"], _key(s["key"]), _key(s["parent"]) if "parent" in s else None)
        for s in data["subject"]
    ]
    # Function classes come from the extraction catalog (one list of class names in the project).
    fc = data["function_class"]
    for code, name in sorted(load_catalog().function_classes.items(), key=lambda kv: -len(kv[1])):
        # 社会保障和就业支出 is also printed 社会保障和就业（类）; 预备费 only whole.
        short = name.endswith("支出")
        template = fc["pattern_short"] if short else fc["pattern_whole"]
        pattern = template.format(name=re.escape(name.removesuffix("支出") if short else name))
        subjects.append(_subject(pattern, f"fn_{code}", "total", f"fn_{code}", _key(fc["parent"])))
    return Patterns(
        fillers=re.compile(data["fillers"]),
        measure_words=tuple((re.compile(p), m) for p, m in data["measure_words"].items()),
        subjects=tuple(subjects),
        placeholders=tuple(re.compile(p) for p in data["placeholders"]["patterns"]),
        lookup=data["lookup"],
    )


# ------------------------------------------------------------------- stream -----

# A line opening with one of these starts a new sentence (headings carry no 。).
_HEADING_START = re.compile(
    r"^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[、.．](?!\d))"
)
_TOP_HEADING = re.compile(r"^[一二三四五六七八九十]+、")
_SENTENCE_END = "。\n"


@dataclass(frozen=True)
class _Sentence:
    text: str
    start: int  # offset in the stream
    heading: bool  # opens with a heading marker


class _Stream:
    """All narrative pages as one squashed string, with the page of every offset."""

    def __init__(self, pages: dict[int, str]) -> None:
        parts: list[str] = []
        self.offsets: list[int] = []  # stream offset where each page starts
        self.page_numbers: list[int] = []
        length = 0
        for number in sorted(pages):
            self.offsets.append(length)
            self.page_numbers.append(number)
            for line in pages[number].splitlines():
                flat = squash(line)
                if not flat:
                    continue
                if _HEADING_START.match(flat):
                    flat = "\n" + flat
                parts.append(flat)
                length += len(flat)
        self.text = "".join(parts)

    def page_at(self, offset: int) -> int:
        return self.page_numbers[max(bisect.bisect_right(self.offsets, offset) - 1, 0)]

    def sentences(self) -> list[_Sentence]:
        found: list[_Sentence] = []
        for match in re.finditer(f"[^{_SENTENCE_END}]+", self.text):
            text = match.group()
            if not text.strip(",;:"):
                continue
            line_start = match.start() == 0 or self.text[match.start() - 1] == "\n"
            found.append(_Sentence(text, match.start(), line_start and bool(_HEADING_START.match(text))))
        return found


# ------------------------------------------------------------------- events -----

_NUM = r"(?<![\d.])\d+(?:,\d{3})*(?:\.\d+)?"
_EVENTS = re.compile(
    r"(?P<chain>(?P<lei>[^()。;,:、\d%]+?)\(类\)(?P<kuan>[^()。;,:、]+?)\(款\)(?P<xiang>[^()。;,:、]+?)\(项\))"
    r"|(?P<asof>截至(?P<asof_year>\d{4})年(?P<asof_month>\d{1,2})月(?:\d{1,2}日)?)"
    r"|(?P<year>(?<!\d)\d{4})年(?:度)?"
    rf"|(?P<amount>{_NUM})万元"
    rf"|(?P<pct>{_NUM})%"
    r"|(?P<vsbudget>决算数?(?P<cmp>大于|小于|等于)(?:全年|年初|调整)?预算数?"
    r"|决算数?与(?:全年|年初|调整)?预算数?(?:基本)?持平)"
    r"|(?P<change>增加|减少|增长|下降|持平)"
)
_COMPARE_BEFORE = re.compile(r"(与|比|较|同|相较于?|对比|比上年|比较)$")
_COMPARE_AFTER = re.compile(r"^(度)?(相比|同期|对比)")
_CLAUSE_CUT = re.compile(r".*[,;:]")  # keep only the words after the last clause delimiter
_SHARE = re.compile(r"占(?P<base>.*?)的?$")
_COMPLETION = re.compile(r"完成.*预算.*$")
_GROWTH = re.compile(r"(增长|下降)(了|为|约)?$")
_CMP_DIRECTION = {"大于": "greater", "小于": "less", "等于": "equal"}
_CHANGE_DIRECTION = {"增加": "increase", "增长": "increase", "减少": "decrease", "下降": "decrease"}


@dataclass
class _Draft:
    """A claim being assembled (amounts and percentages arrive one event at a time)."""

    kind: str
    subject: str
    subject_key: SubjectKey | None
    page: int
    sentence: str
    parent: SubjectKey | None = None
    amount: Decimal | None = None
    budget_amount: Decimal | None = None
    percent: Decimal | None = None
    percent_of: str | None = None
    compare_year: int | None = None
    change_amount: Decimal | None = None
    change_percent: Decimal | None = None
    direction: str | None = None
    percent_direction: str | None = None
    year: int | None = None
    base_key: SubjectKey | None = None
    base_amount: Decimal | None = None

    def freeze(self) -> Claim:
        return Claim(
            kind=self.kind,
            subject=self.subject,
            amount=self.amount,
            percent=self.percent,
            compare_year=self.compare_year,
            change_amount=self.change_amount,
            change_percent=self.change_percent,
            direction=self.direction,
            budget_amount=self.budget_amount,
            page=self.page,
            sentence=self.sentence,
            subject_key=self.subject_key,
            year=self.year,
            base_key=self.base_key,
            base_amount=self.base_amount,
            percent_direction=self.percent_direction,
            percent_of=self.percent_of,
        )


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


class _Parser:
    def __init__(self, patterns: Patterns, fiscal_year: int, report_kind: str) -> None:
        self.p = patterns
        self.fiscal_year = fiscal_year
        self.report_kind = report_kind
        self.drafts: list[_Draft] = []
        self.latest: dict[SubjectKey, _Draft] = {}  # last claim stating each subject's amount
        self.current: _Draft | None = None  # what a subject-less "支出决算为X万元" is about
        self.fund_table = "general_budget"  # which subject table the 类/款/项 lines describe
        self.compare_year: int | None = None  # the last 与YYYY年度相比 of the current block

    # -- subjects --------------------------------------------------------------

    def subject_at_end(self, label: str) -> SubjectPattern | None:
        label = self.strip_fillers(label)
        return next((s for s in self.p.subjects if s.pattern.search(label)), None)

    def strip_fillers(self, label: str) -> str:
        for _ in range(2):
            label = self.p.fillers.sub("", label)
        return label

    def measure_of(self, label: str) -> tuple[str | None, list[str]]:
        """The measure word ending the label (budget/final) and the label without it —
        twice when the measure word opens with 支出, which may also end the subject
        ("一般公共预算支出决算数" is 一般公共预算支出 + 决算数)."""
        label = self.strip_fillers(label)
        for pattern, measure in self.p.measure_words:
            match = pattern.search(label)
            if match:
                rests = [self.strip_fillers(label[: match.start()])]
                if match.group().startswith("支出"):
                    rests.append(label[: match.start() + 2])
                return measure, rests
        return None, [label]

    def subject_of(self, rests: list[str]) -> SubjectPattern | None:
        return next((s for s in map(self.subject_at_end, rests) if s is not None), None)

    def last_subject_in(self, text: str) -> SubjectPattern | None:
        """The subject named last in `text` (for 'X…比2022年度增加Y万元')."""
        best: tuple[int, int, SubjectPattern] | None = None
        for order, subject in enumerate(self.p.subjects):
            for match in subject.anywhere.finditer(text):
                rank = (match.end(), -order)
                if best is None or rank > best[:2]:
                    best = (*rank, subject)
        return best[2] if best else None

    def new_draft(self, kind: str, subject: SubjectPattern, page: int, sentence: str) -> _Draft:
        draft = _Draft(kind, subject.name, subject.key, page, sentence, parent=subject.parent)
        self.drafts.append(draft)
        return draft

    # -- sentences -------------------------------------------------------------

    def feed(self, sentence: _Sentence, stream: _Stream) -> None:
        text = sentence.text
        if sentence.heading:
            self.current = None
            self.compare_year = None
            if _TOP_HEADING.match(text):
                head = text[:30]
                if "政府性基金" in head:
                    self.fund_table = "gov_fund"
                elif "国有资本经营" in head:
                    self.fund_table = "state_capital"
                else:
                    self.fund_table = "general_budget"
        self.placeholders(sentence, stream)
        own_years: list[tuple[int, int]] = []  # (year, offset) not in a comparison
        sentence_drafts: list[_Draft] = []
        yoy: _Draft | None = None
        pending_change: tuple[str, int, int] | None = None  # (word, start, end) of 增加/减少 awaiting its amount
        prev_end = 0
        has_figures = False
        for match in _EVENTS.finditer(text):
            page = stream.page_at(sentence.start + match.start())
            label = text[prev_end : match.start()]
            clause = _CLAUSE_CUT.sub("", label)
            kind = next(g for g in ("chain", "asof", "year", "amount", "pct", "vsbudget", "change") if match.group(g))
            if kind != "amount":
                pending_change = pending_change if kind == "change" else None
            if kind == "chain":
                self.current = self.chain(match, page, text)
                sentence_drafts.append(self.current)
            elif kind == "asof":
                self.as_of(match, page, text)
            elif kind == "year":
                year = int(match.group("year"))
                if _COMPARE_BEFORE.search(text[: match.start()]) or _COMPARE_AFTER.match(text[match.end() :]):
                    self.compare_year = year
                elif not has_figures:
                    # Only a year before the sentence's first figure says what the figures are
                    # of; later ones are events ("开展2022年度…核查工作") that may differ.
                    own_years.append((year, match.start()))
            elif kind == "amount":
                has_figures = True
                amount = _number(match.group("amount"))
                if pending_change and not self.strip_fillers(text[pending_change[2] : match.start()]):
                    yoy = self.yoy(pending_change, amount, text, page, own_years)
                    pending_change = None
                else:
                    draft = self.amount(clause, amount, page, text)
                    if draft is not None and draft not in sentence_drafts:
                        sentence_drafts.append(draft)
            elif kind == "pct":
                has_figures = True
                self.percent(clause, text[: match.start()], _number(match.group("pct")), sentence_drafts, yoy)
            elif kind == "vsbudget":
                self.vs_budget(match, clause)
            elif kind == "change":
                word = match.group("change")
                if word in ("增加", "减少"):
                    pending_change = (word, match.start(), match.end())
                elif word == "持平":
                    if self.compare_year is not None:
                        yoy = self.yoy(("持平", match.start(), match.end()), None, text, page, own_years)
                elif yoy is not None:
                    yoy.percent_direction = _CHANGE_DIRECTION[word]
            prev_end = match.end()
        if own_years and (has_figures or sentence.heading and text.startswith("第")):
            self.years(own_years, sentence, stream, text)

    # -- events ----------------------------------------------------------------

    def chain(self, match: re.Match[str], page: int, sentence: str) -> _Draft:
        lei, kuan, xiang = match.group("lei"), match.group("kuan"), match.group("xiang")
        code = None
        # The 类 capture may carry words before the class name; keep the known name.
        for subject in self.p.subjects:
            if isinstance(subject.key, str) and subject.key.startswith("fn_"):
                found = subject.anywhere.search(lei + "(类)")
                if found and found.end() == len(lei) + 3:
                    code, lei = subject.key[3:], lei[found.start() :]
                    break
        draft = _Draft(
            "subject",
            f"{lei}/{kuan}/{xiang}",
            ("function", self.fund_table, code or "", kuan, xiang),
            page,
            sentence,
        )
        self.drafts.append(draft)
        return draft

    def amount(self, clause: str, amount: Decimal, page: int, sentence: str) -> _Draft | None:
        measure, rests = self.measure_of(clause)
        subject = self.subject_of(rests)
        if subject is None:
            # "…年初预算为X万元，支出决算为Y万元": the figure belongs to the current subject.
            if measure is None or self.current is None:
                return None
            draft = self.current
            if measure == "budget":
                if draft.budget_amount is None or "全年" in clause or "调整" in clause:
                    draft.budget_amount = amount
            elif draft.amount is None:
                draft.amount = amount
            self.latest[draft.subject_key] = draft
            return draft
        draft = self.new_draft(subject.kind, subject, page, sentence)
        if measure == "budget":
            draft.budget_amount = amount
        else:
            draft.amount = amount
        self.latest[subject.key] = draft
        self.current = draft
        return draft

    def percent(self, clause: str, before: str, value: Decimal, drafts: list[_Draft], yoy: _Draft | None) -> None:
        growth = _GROWTH.search(before)
        share = _SHARE.search(clause)
        if share and drafts:
            draft = next((d for d in reversed(drafts) if d.amount is not None), None)
            if draft is None or draft.percent is not None:
                return
            draft.percent, draft.percent_of = value, "share"
            if draft.kind == "total":
                draft.kind = "share"
            base = self.subject_at_end(share.group("base")) if share.group("base") else None
            draft.base_key = base.key if base else draft.parent
            if draft.base_key is not None and draft.base_key in self.latest:
                stated = self.latest[draft.base_key]
                draft.base_amount = stated.amount if stated.amount is not None else stated.budget_amount
        elif _COMPLETION.search(clause) and self.current is not None and self.current.percent is None:
            self.current.percent, self.current.percent_of = value, "completion"
        elif growth and yoy is not None and yoy.change_percent is None:
            yoy.change_percent = value
            yoy.percent_direction = _CHANGE_DIRECTION[growth.group(1)]

    def vs_budget(self, match: re.Match[str], clause: str) -> None:
        direction = _CMP_DIRECTION.get(match.group("cmp") or "", "equal")
        subject = self.subject_of(self.measure_of(clause)[1]) if clause else None
        target = None
        if subject is not None:
            target = next((d for d in reversed(self.drafts) if d.subject_key == subject.key), None)
        if target is None:
            target = self.current
        if target is not None and target.direction is None:
            target.direction = direction

    def yoy(
        self,
        change: tuple[str, int, int],
        amount: Decimal | None,
        text: str,
        page: int,
        own_years: list[tuple[int, int]],
    ) -> _Draft | None:
        word, start, _ = change
        label = _CLAUSE_CUT.sub("", text[:start])
        subject = self.subject_of(self.measure_of(label)[1]) or self.last_subject_in(text[:start])
        if subject is None:
            return None
        draft = _Draft("yoy", subject.name, subject.key, page, text, parent=subject.parent)
        draft.compare_year = self.compare_year
        draft.year = own_years[0][0] if own_years else self.fiscal_year
        draft.direction = _CHANGE_DIRECTION.get(word, "flat")
        draft.change_amount = amount if amount is not None else Decimal(0)
        # The figure compared is the subject's latest stated one (a budget's 预算数 in a budget).
        current = self.latest.get(subject.key)
        if current is not None:
            draft.amount = current.amount if current.amount is not None else current.budget_amount
        self.drafts.append(draft)
        return draft

    def years(self, own_years: list[tuple[int, int]], sentence: _Sentence, stream: _Stream, text: str) -> None:
        subject = "heading" if text.startswith("第") and sentence.heading else "sentence"
        for year in dict.fromkeys(y for y, _ in own_years):
            offset = next(o for y, o in own_years if y == year)
            draft = _Draft("heading_year", subject, None, stream.page_at(sentence.start + offset), text)
            draft.year, draft.compare_year = year, self.fiscal_year
            self.drafts.append(draft)

    def as_of(self, match: re.Match[str], page: int, text: str) -> None:
        # A final account's assets are as at the year's end; a budget's as at a date of the year before.
        expected = self.fiscal_year if self.report_kind == "final_account" else self.fiscal_year - 1
        draft = _Draft("heading_year", "as_of", None, page, text)
        draft.year, draft.compare_year = int(match.group("asof_year")), expected
        self.drafts.append(draft)

    def placeholders(self, sentence: _Sentence, stream: _Stream) -> None:
        seen: set[str] = set()
        for pattern in self.p.placeholders:
            for match in pattern.finditer(sentence.text):
                token = match.group()
                if token in seen:
                    continue
                seen.add(token)
                page = stream.page_at(sentence.start + match.start())
                self.drafts.append(_Draft("placeholder", token, None, page, sentence.text))


def parse_claims(pages: dict[int, str], fiscal_year: int, report_kind: str = "final_account") -> list[Claim]:
    """Every figure, comparison, year and template leftover the 情况说明 pages state, in reading order."""
    stream = _Stream(pages)
    parser = _Parser(load_patterns(), fiscal_year, report_kind)
    for sentence in stream.sentences():
        parser.feed(sentence, stream)
    claims = [d.freeze() for d in parser.drafts]
    # A subject line with neither amount nor budget stated nothing checkable.
    return [c for c in claims if c.kind != "subject" or c.amount is not None or c.budget_amount is not None]


__all__ = ["Claim", "SubjectKey", "load_patterns", "parse_claims"]
