"""The record type for eye-checked national figures."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

# (table_key, side, line_key, measure, amount as printed, unit, page)
Figure = tuple[str, str | None, str, str, str, str, int]


@dataclass(frozen=True)
class Doc:
    path: str  # relative to ../shared/corpus/national
    department: str
    fiscal_year: int
    report_kind: str  # final_account | budget
    scope: str  # department | unit
    part: str = "full"  # full | tables | narrative
    figures: list[Figure] = field(default_factory=list)
    # Printed inconsistencies seen on the page (e.g. a 类 whose 款 do not add up):
    # (table_key, line_key, measure) pairs that the sum test must not hold against the extractor.
    printed_sum_errors: list[tuple[str, str, str]] = field(default_factory=list)
    notes: str = ""
    # A layout the extractor does not read yet, said plainly (page and what is not understood).
    # Its figure and sum tests are strict xfails: they fail loudly the day the gap is closed.
    known_gap: str = ""


def amount(printed: str) -> Decimal:
    text = printed.replace(",", "").strip()
    if text.startswith("(") and text.endswith(")"):
        return -Decimal(text[1:-1])
    return Decimal(text)
