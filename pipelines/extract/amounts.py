"""Printed amounts and units → exact Decimal values.

Amounts are never converted through float: the printed digits become a
Decimal as they stand. A cell that is not an amount raises, so a mis-read
never turns quietly into a number.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from pipelines.extract.errors import AmountParseError

# Cells that mean "nothing here" in these reports.
_BLANKS = {"", "-", "—", "–", "－", "——", "/", "／", "—-", "--", "…"}
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，－（）", "0123456789.,-()")
_AMOUNT = re.compile(r"^(?P<sign>[-+]?)(?P<int>\d{1,3}(,\d{3})+|\d+)(?P<frac>\.\d+)?$")
# Some 上海 unit budgets (in 元) group only the last three digits: '120258,600' = 120,258,600 元. Whole
# numbers only, exactly one comma: with a fraction or a second comma it is not this form.
_LAST_GROUP_ONLY = re.compile(r"^(?P<sign>[-+]?)(?P<int>\d{4,},\d{3})(?P<frac>)$")
# Spaces may be printed inside the words (单 位：万 元) when a template spreads them out.
_UNIT = re.compile(r"(?:金\s*额\s*)?单\s*位\s*[:：]\s*(?P<unit>亿\s*元|万\s*元|元)")


def parse_amount(text: str) -> Decimal | None:
    """'2,940.05' → Decimal('2940.05'); blank, '-', '—' → None; '(1.00)' → -1.00.

    Raises AmountParseError for anything else (text, stray characters, a
    thousands separator in the wrong place).
    """
    cleaned = "".join(text.split()).translate(_FULLWIDTH)
    if cleaned in _BLANKS:
        return None
    negative = False
    if cleaned.startswith("(") and cleaned.endswith(")"):
        negative, cleaned = True, cleaned[1:-1]
    match = _AMOUNT.match(cleaned) or _LAST_GROUP_ONLY.match(cleaned)
    if not match:
        raise AmountParseError(f"not an amount: {text!r}")
    try:
        value = Decimal(match["int"].replace(",", "") + (match["frac"] or ""))
    except InvalidOperation as exc:  # pragma: no cover - the regex admits only digits
        raise AmountParseError(f"not an amount: {text!r}") from exc
    if match["sign"] == "-":
        negative = not negative
    return -value if negative else value


def looks_like_amount(text: str) -> bool:
    try:
        return parse_amount(text) is not None
    except AmountParseError:
        return False


def read_unit(page_text: str) -> str | None:
    """The unit a table states ('单位：万元'), or None when the page states none."""
    match = _UNIT.search(page_text)
    return "".join(match["unit"].split()) if match else None
