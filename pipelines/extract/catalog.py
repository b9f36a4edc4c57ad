"""The table catalog (catalog.toml) loaded into typed, compiled form.

All knowledge of how standard tables are titled and how their headers and row
labels map onto the contract lives in catalog.toml; this module only loads it
and offers small lookups over it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

CATALOG_PATH = Path(__file__).with_name("catalog.toml")

_QUOTES = "“”\"‘’'「」『』"
_FOLD = str.maketrans({"（": "(", "）": ")", "：": ":", "，": ",", "　": ""} | {q: "" for q in _QUOTES})


def squash(text: str) -> str:
    """Normalize printed text for matching: no whitespace, no quotes, ASCII parens/colon."""
    return "".join(text.split()).translate(_FOLD)


PatternMap = list[tuple[re.Pattern[str], str]]


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

    def matches_title(self, squashed_line: str) -> bool:
        return any(p.search(squashed_line) for p in self.titles)


@dataclass(frozen=True)
class Catalog:
    tables: tuple[TableSpec, ...]
    income_items: PatternMap
    expenditure_items: PatternMap
    carryover_parts: PatternMap
    three_public_items: PatternMap
    total_rows: PatternMap
    function_classes: dict[str, str]  # code → name
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
    tables = tuple(
        TableSpec(
            key=t["key"],
            report_kind=t["report_kind"],
            layout=t["layout"],
            titles=tuple(re.compile(p) for p in t["title"]),
            measures=measure_maps[t["measures"]],
            code_kind=t.get("code_kind"),
            panels=t.get("panels", 2 if t["layout"] == "two_sided" else 1),
            default_measure=t.get("default_measure"),
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
        skip_columns=_compile(data.get("skip_columns", {})),
        label_headers=_compile(data.get("label_headers", {})),
    )
