"""Classification codes (功能分类 / 经济分类): digits, level and parent."""

from __future__ import annotations

import re

_DIGITS = re.compile(r"^\d+$")
# '2010601行政运行', '30101-基本工资' (北京 joins code and name with a hyphen).
# An amount ('858.95', '2,071.82') is never a fused code: the name starts with no digit or separator.
_FUSED = re.compile(r"^(?P<code>\d{3}(?:\d{2}){0,2})[-－]?(?P<name>[^\d\-－.,，．].*)$")
# '[2010501]行政运行' (广州/珠海 print the code in brackets inside the name cell).
_BRACKETED = re.compile(r"^[\[［【](?P<code>\d{3}(?:\d{2}){0,2})[\]］】](?P<name>.+)$")

# Length of a code at each level: 类 3, 款 5, 项 7.
_LEVEL_BY_LENGTH = {3: 1, 5: 2, 7: 3}


def join_code(parts: list[str], previous: str | None = None) -> str | None:
    """Join code parts printed in 类 | 款 | 项 columns into one digit string.

    '208','05','05' → '2080505'; a single merged cell '2080505' passes through.
    A row that prints only 款/项 parts inherits the leading digits of the
    previous code (some templates leave 类 blank under a class row).
    Returns None when the parts are not a code.
    """
    cleaned = ["".join(p.split()) for p in parts]
    if not any(cleaned) or not all(_DIGITS.match(p) for p in cleaned if p):
        return None
    # 款/项 parts are two digits; spreadsheet exports sometimes drop the leading zero ('2' for '02').
    cleaned = [cleaned[0]] + [p.zfill(2) if len(p) == 1 else p for p in cleaned[1:]]
    if len(cleaned) > 1 and not cleaned[0] and previous:
        # 类 blank: take the class (and 款 if needed) from the previous code.
        filled = [previous[0:3], previous[3:5] if not cleaned[1] else cleaned[1]] + cleaned[2:]
        cleaned = filled
    if len(cleaned) == 1 and len(cleaned[0]) == 2 and previous and len(previous) in (3, 7):
        # One code column printing a 款 as its two digits only (西安 2020: 201 / 10 / 2011007): after a 类
        # or a full 项 it can only be a 款 of the current class. After a 款 it could be a 项: not guessed.
        cleaned = [previous[:3] + cleaned[0]]
    code = "".join(cleaned)
    return code if len(code) in _LEVEL_BY_LENGTH else None


def split_fused(text: str) -> tuple[str, str] | None:
    """'2010601行政运行' or '[2010601]行政运行' → ('2010601', '行政运行'); None when not fused."""
    squashed = "".join(text.split())
    match = _FUSED.match(squashed) or _BRACKETED.match(squashed)
    return (match["code"], match["name"]) if match else None


def code_level(code: str) -> int:
    return _LEVEL_BY_LENGTH[len(code)]


def parent_code(code: str) -> str | None:
    return code[:-2] if len(code) > 3 else None


def is_code(text: str) -> bool:
    cleaned = "".join(text.split())
    return bool(_DIGITS.match(cleaned)) and 2 <= len(cleaned) <= 7
