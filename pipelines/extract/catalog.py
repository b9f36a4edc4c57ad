"""The table catalog (catalog.toml) loaded into typed, compiled form.

All knowledge of how standard tables are titled and how their headers and row
labels map onto the contract lives in catalog.toml; this module only loads it
and offers small lookups over it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

CATALOG_PATH = Path(__file__).with_name("catalog.toml")

_QUOTES = "“”\"‘’'「」『』"
_FOLD = str.maketrans({"（": "(", "）": ")", "：": ":", "，": ",", "　": ""} | {q: "" for q in _QUOTES})


def squash(text: str) -> str:
    """Normalize printed text for matching: no whitespace, no quotes, ASCII parens/colon."""
    return "".join(text.split()).translate(_FOLD)


PatternMap = list[tuple[re.Pattern[str], str]]


_MEMO_LIMIT = 100_000


@dataclass(frozen=True)
class TitleNormalizer:
    """Reduces a printed title line to its core wording ([title_normalize] in catalog.toml):
    numbering (表1 / 公开01表 / 一、), year (2026年度) and owner words (市级部门 / 预算单位) are
    stripped from the front, repeatedly; suffix variants (总体情况表, 明细表, （按功能分类科目）)
    are folded in order. '表1：2026年市级部门收支预算总表' → '收支总表'."""

    strip: tuple[re.Pattern[str], ...]
    fold: PatternMap
    numbering: re.Pattern[str]
    # Every line of every page is normalized once per table spec; remember the answers.
    _memo: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __call__(self, squashed_line: str) -> str:
        if (known := self._memo.get(squashed_line)) is not None:
            return known
        if len(self._memo) > _MEMO_LIMIT:  # bounded: a long-running worker reads many documents
            self._memo.clear()
        self._memo[squashed_line] = core = self._normalize(squashed_line)
        return core

    def _normalize(self, squashed_line: str) -> str:
        text, previous = squashed_line, None
        while text != previous:
            previous = text
            for pattern in self.strip:
                text = pattern.sub("", text, count=1)
        for pattern, replacement in self.fold:
            text = pattern.sub(replacement, text)
        return text

    def unmemoized(self, squashed_line: str) -> str:
        """The core wording without remembering it (for the many trial repairs of a damaged title)."""
        return self._normalize(squashed_line)

    def is_numbered(self, squashed_line: str) -> bool:
        """The line opens with a table number (表6, 公开05表, 预算01表)."""
        return bool(self.numbering.match(squashed_line))

    def is_number_only(self, squashed_line: str) -> bool:
        """The line is nothing but a table number ('公开 01 表' on a line of its own)."""
        match = self.numbering.match(squashed_line)
        return bool(match) and match.end() == len(squashed_line)


_NO_NORMALIZER = TitleNormalizer((), [], re.compile(r"(?!)"))


@dataclass(frozen=True)
class TableSpec:
    key: str
    report_kind: str
    layout: str  # two_sided | subject | three_public
    titles: tuple[re.Pattern[str], ...]
    measures: PatternMap
    code_kind: str | None = None
    panels: int = 1
    default_measure: str | None = None
    aliases: frozenset[str] = frozenset()  # normalized titles (TitleNormalizer output)
    normalize: TitleNormalizer = field(default=_NO_NORMALIZER, compare=False, repr=False)

    def matches_title(self, squashed_line: str) -> bool:
        return self.normalize(squashed_line) in self.aliases or any(p.search(squashed_line) for p in self.titles)


@dataclass(frozen=True)
class OtherTable:
    """A table outside the nine standard ones (项目支出表, 政府采购…): never extracted as a
    standard table, but its title starts a new section so no continuation runs into it."""

    key: str  # other:<name>
    aliases: frozenset[str]


@dataclass(frozen=True)
class HeaderSignature:
    """Decides a table whose title is absent: its header words (first lines of the page).
    With `needs_title` it only confirms a title printed with one character wrong (locate), never
    decides an untitled page: its words alone do not tell the table from its neighbours."""

    key: str
    report_kind: str
    all_of: tuple[str, ...]
    none_of: tuple[str, ...]
    needs_title: bool = False

    def matches(self, squashed_head: str) -> bool:
        return all(w in squashed_head for w in self.all_of) and not any(w in squashed_head for w in self.none_of)


@dataclass(frozen=True)
class Catalog:
    tables: tuple[TableSpec, ...]
    income_items: PatternMap
    expenditure_items: PatternMap
    carryover_parts: PatternMap
    three_public_items: PatternMap
    total_rows: PatternMap
    function_classes: dict[str, str]  # code → name
    normalize_title: TitleNormalizer = _NO_NORMALIZER
    other_tables: tuple[OtherTable, ...] = ()
    header_signatures: tuple[HeaderSignature, ...] = ()

    def other_key(self, squashed_line: str) -> str | None:
        """other:<name> when the line titles a known non-standard table."""
        core = self.normalize_title(squashed_line)
        return next((o.key for o in self.other_tables if core in o.aliases), None)

    # Header parts of columns that number rows or repeat a derived figure (行次, 增减), never amounts to keep.
    skip_columns: PatternMap = ()  # type: ignore[assignment]
    # Label-column headers → role: 'skip' (extra economic blocks of a summary), 'by_unit' (rows are units).
    label_headers: PatternMap = ()  # type: ignore[assignment]

    def specs(self, report_kind: str | None = None) -> tuple[TableSpec, ...]:
        return tuple(t for t in self.tables if report_kind is None or t.report_kind == report_kind)

    def required_keys(self, report_kind: str) -> tuple[str, ...]:
        return tuple(t.key for t in self.specs(report_kind))

    def function_class_by_name(self, squashed_label: str) -> str | None:
        """'八、社会保障和就业支出' → '208' (the label may carry ordinals or stray characters)."""
        best: tuple[int, str] | None = None
        for code, name in self.function_classes.items():
            if name in squashed_label and (best is None or len(name) > best[0]):
                best = (len(name), code)
        return best[1] if best else None


def first_match(patterns: PatternMap, text: str) -> str | None:
    return next((value for pattern, value in patterns if pattern.search(text)), None)


def _compile(mapping: dict[str, str]) -> PatternMap:
    return [(re.compile(pattern), value) for pattern, value in mapping.items()]


@cache
def load_catalog(path: Path = CATALOG_PATH) -> Catalog:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    measure_maps = {name: _compile(m) for name, m in data["measures"].items()}
    rules = data.get("title_normalize", {})
    normalizer = TitleNormalizer(
        strip=tuple(re.compile(p) for p in rules.get("strip", [])),
        fold=_compile(rules.get("fold", {})),
        numbering=re.compile(rules.get("numbering", "(?!)")),
    )
    tables = tuple(
        TableSpec(
            key=t["key"],
            report_kind=t["report_kind"],
            layout=t["layout"],
            titles=tuple(re.compile(p) for p in t.get("title", [])),
            measures=measure_maps[t["measures"]],
            code_kind=t.get("code_kind"),
            panels=t.get("panels", 2 if t["layout"] == "two_sided" else 1),
            default_measure=t.get("default_measure"),
            aliases=frozenset(t.get("aliases", [])),
            normalize=normalizer,
        )
        for t in data["table"]
    )
    return Catalog(
        tables=tables,
        income_items=_compile(data["items"]["income"]),
        expenditure_items=_compile(data["items"]["expenditure"]),
        carryover_parts=_compile(data["carryover_parts"]),
        three_public_items=_compile(data["three_public_items"]),
        total_rows=_compile(data["total_rows"]),
        function_classes=dict(data["function_classes"]),
        normalize_title=normalizer,
        other_tables=tuple(OtherTable(o["key"], frozenset(o["aliases"])) for o in data.get("other_table", [])),
        header_signatures=tuple(
            HeaderSignature(
                h["key"], h["report_kind"], tuple(h["all_of"]), tuple(h.get("none_of", [])), h.get("needs_title", False)
            )
            for h in data.get("header_signature", [])
        ),
        skip_columns=_compile(data.get("skip_columns", {})),
        label_headers=_compile(data.get("label_headers", {})),
    )
