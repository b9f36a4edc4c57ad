"""Department, fiscal year, report kind and scope from the cover page.

Real covers print the year as a separate text run ('上海市普陀区财政局 /
年度部门决算 / 2024'), so the year is found anywhere on the cover and the
department is what remains once year and report words are removed.
"""

from __future__ import annotations

import re

from pipelines.extract.catalog import squash
from pipelines.extract.errors import CoverUnreadableError, NotABudgetReportError
from pipelines.extract.model import DocumentMeta
from pipelines.extract.pages import PageText

_YEAR = re.compile(r"(20\d{2})(?=\s*年|\D|$)")
_BUDGET_OWNER = re.compile(r"(预算主管部门|预算单位|编制部门|编制单位)[:：]\s*(?P<name>[^\s]+)")
_FINAL_TITLE = re.compile(r"^(?P<dept>.+?)(年度)?(?P<scope>部门|单位)决算")
_BUDGET_TITLE = re.compile(r"(?P<year>20\d{2})年[^\n]*?(?P<scope>部门|单位)预算")


def _cover_page(pages: list[PageText]) -> PageText:
    # The cover is the first page with text; a blank leading page is skipped.
    return next(p for p in pages if p.text.strip())


def read_cover(pages: list[PageText]) -> DocumentMeta:
    cover = _cover_page(pages)
    flat = squash(cover.text)
    if "决算" in flat:
        return _final_account(cover, flat, len(pages))
    if "预算" in flat:
        return _budget(cover, flat, len(pages))
    raise NotABudgetReportError(
        f"the cover names neither a 部门决算 nor a 部门/单位预算: {flat[:40]!r} — not a government budget report"
    )


def _final_account(cover: PageText, flat: str, page_count: int) -> DocumentMeta:
    years = _YEAR.findall(flat)
    if not years:
        raise CoverUnreadableError(f"no fiscal year on the cover {flat[:60]!r}")
    without_year = _YEAR.sub("", flat)
    match = _FINAL_TITLE.search(without_year)
    if not match or not match["dept"]:
        raise CoverUnreadableError(f"no department name on the cover {flat[:60]!r}")
    department = match["dept"].removesuffix("年度")
    return DocumentMeta(
        department=department,
        fiscal_year=int(years[0]),
        report_kind="final_account",
        scope="unit" if match["scope"] == "单位" else "department",
        page_count=page_count,
    )


def _budget(cover: PageText, flat: str, page_count: int) -> DocumentMeta:
    title = _BUDGET_TITLE.search(flat)
    owner = _BUDGET_OWNER.search(cover.text)
    if not title:
        raise CoverUnreadableError(f"no budget year on the cover {flat[:60]!r}")
    if owner:
        department = squash(owner["name"])
        scope = "unit" if owner[1] in ("预算单位", "编制单位") else "department"
    else:
        # '某某局2025年部门预算' — the name precedes the year.
        department = flat[: title.start()]
        scope = "unit" if title["scope"] == "单位" else "department"
    if not department:
        raise CoverUnreadableError(f"no department name on the cover {flat[:60]!r}")
    return DocumentMeta(
        department=department,
        fiscal_year=int(title["year"]),
        report_kind="budget",
        scope=scope,
        page_count=page_count,
    )
