"""Stitched grids of one standard table → typed LineItems.

Three layouts (see catalog.toml): `subject` (a row per classification code),
`two_sided` (income and expenditure panels of the summary tables) and
`three_public` (one row of item × 预算数/决算数 columns). Two-panel tables are
split into panels first; each panel is read on its own.

Anything that cannot be mapped with certainty — an amount column whose header
is unknown, an amount on a row with no code or known label, a cell that is
not a number — raises, so the document is refused rather than mis-read.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from pathlib import Path

from pipelines.extract.amounts import looks_like_amount, parse_amount
from pipelines.extract.catalog import Catalog, TableSpec, first_match, squash
from pipelines.extract.codes import code_level, is_code, join_code, parent_code, split_fused
from pipelines.extract.errors import AmountParseError, ExtractionError, UnmappableColumnsError
from pipelines.extract.grid import Grid
from pipelines.extract.model import LineItem, RawCell

# 一、 / 二十三、 / 1. / 1、 / (一) / 其中: — and a bare 、 left behind when camelot splits a label;
# repeated, for '其中:(1)公务用车购置费'.
_ORDINAL_PREFIX = re.compile(r"^(?:(?:[一二三四五六七八九十]+|\d+)?[、.．]|\([一二三四五六七八九十\d]+\)|其中[:、]?)+")
_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2})年")
_ORDINAL_SUFFIX = re.compile(r"[一二三四五六七八九十]+$")
# Words that label code columns in headers, never data.
_CODE_HEADER_WORDS = {"类", "款", "项", "科目编码", "功能分类科目编码", "经济分类科目编码", "编码", "科目代码"}
# Labels of the row that numbers the columns (栏次 1 2 3 …) or of its label cells.
_NUMBERING_LABELS = {"栏次", "行次", "项目栏次", "**", "*", "A", "B", "C"}
# A unit code in a subject-code column: 3-digit department + 3-digit unit (西安 125001, 北京 068001);
# subject codes are 3, 5 or 7 digits, never 6.
_UNIT_CODE = re.compile(r"^\d{6}$")


class UnrecognisedRowError(ExtractionError):
    reason = "unrecognised_row"


@dataclass(frozen=True)
class Panel:
    first: int  # first column (inclusive)
    end: int  # last column (exclusive)
    side: str | None


@dataclass
class _Row:
    grid: Grid
    index: int  # row index in its grid
    stitched: int  # row index across the stitched table


def _where(spec: TableSpec, grid: Grid, r: int, c: int) -> str:
    return f"{spec.key} (page {grid.page}, row {r + 1}, column {c + 1})"


def _skip_column(catalog: Catalog, grid: Grid, depth: int, c: int) -> bool:
    """A 行次/栏次 column (it numbers the rows) or a derived 增减 column: never read as amounts."""
    return any(first_match(catalog.skip_columns, _strip_ordinal(p)) for p in _header_parts(grid, depth, c))


def _is_label_column(grid: Grid, depth: int, c: int) -> bool:
    """A column whose body holds more words than numbers (the 项目 column of a panel)."""
    texts = [grid.text(r, c) for r in range(depth, len(grid.rows))]
    words = sum(1 for t in texts if t.strip() and not looks_like_amount(t) and squash(t) not in _NUMBERING_LABELS)
    numbers = sum(1 for t in texts if looks_like_amount(t))
    return words > numbers


def _all_columns_depth(grid: Grid) -> int:
    return _header_depth(grid, list(range(grid.n_cols)))


def _two_sided_panels(catalog: Catalog, grid: Grid) -> list[Panel] | None:
    """Panels of a summary: one per label column (收入 | 支出 | further 支出 blocks side by side).
    The first is income, the next expenditure; a further block whose label header names an
    economic classification (summary_blocks) is skipped — only the functional block gives fn_ lines."""
    depth = _all_columns_depth(grid)
    labels = [
        c for c in range(grid.n_cols) if not _skip_column(catalog, grid, depth, c) and _is_label_column(grid, depth, c)
    ]
    kept = [c for c in range(grid.n_cols) if not _skip_column(catalog, grid, depth, c)]
    if len(labels) < 2 or labels[0] != kept[0]:
        return None
    panels: list[Panel] = []
    for i, start in enumerate(labels):
        end = labels[i + 1] if i + 1 < len(labels) else grid.n_cols
        header = "".join(_header_parts(grid, depth, start))
        skip = first_match(catalog.label_headers, header) == "skip"
        panels.append(Panel(start, end, "income" if i == 0 else ("skip" if skip else "expenditure")))
    if len(panels) > 1 and not any(p.side == "expenditure" for p in panels):
        panels[1] = Panel(panels[1].first, panels[1].end, "expenditure")  # the only expenditure block
    if sum(p.side == "expenditure" for p in panels) != 1:
        raise UnmappableColumnsError(
            f"summary (page {grid.page}): {len(panels)} side-by-side blocks, but not exactly one expenditure block "
            "that is not an economic classification"
        )
    return panels  # skip panels too: a footer row may print its amount at their end (江苏)


def find_panels(spec: TableSpec, grid: Grid, catalog: Catalog | None = None) -> list[Panel]:
    if spec.panels == 1:
        return [Panel(0, grid.n_cols, None)]
    if spec.layout == "two_sided" and catalog is not None:
        panels = _two_sided_panels(catalog, grid)
        if panels:
            return panels
    # A further panel starts wherever the first panel's leading header repeats
    # ('项目 决算数 | 项目 决算数', '经济分类 … | 经济分类 … | 经济分类 …').
    for r in range(min(4, len(grid.rows))):
        lead = squash(grid.text(r, 0))
        if not lead:
            continue
        starts = [c for c in range(1, grid.n_cols) if squash(grid.text(r, c)) == lead]
        if starts:
            bounds = [0, *starts, grid.n_cols]
            sides = ["income"] + ["expenditure"] * len(starts) if spec.layout == "two_sided" else [None] * len(bounds)
            return [Panel(bounds[i], bounds[i + 1], sides[i]) for i in range(len(bounds) - 1)]
    if spec.layout != "two_sided":
        # A subject table printed as one panel where two were expected (合计 | 人员经费 | 公用经费 columns).
        return [Panel(0, grid.n_cols, None)]
    raise UnmappableColumnsError(f"{spec.key} (page {grid.page}): cannot find where its second panel starts")


def _is_amount_text(text: str) -> bool:
    return not text.strip() or looks_like_amount(text)


def _header_depth(grid: Grid, amount_cols: list[int]) -> int:
    """How many leading rows are header: up to the last row, before the first
    row holding a number, whose amount cells carry text that is not a number."""
    depth = 0
    for r, row in enumerate(grid.rows):
        cells = [row[c].text for c in amount_cols if c < len(row)]
        if any(looks_like_amount(t) for t in cells):
            break
        if any(not _is_amount_text(t) for t in cells):
            depth = r + 1
    return depth


def _header_parts(grid: Grid, depth: int, c: int) -> list[str]:
    parts: list[str] = []
    for r in range(depth):
        text = squash(grid.spanned_text(r, c))
        if text and (not parts or parts[-1] != text):
            parts.append(text)
    return parts


def _part_measure(spec: TableSpec, part: str) -> str | None:
    return first_match(spec.measures, _strip_ordinal(part)) or first_match(spec.measures, part)


def _measure_for(spec: TableSpec, parts: list[str]) -> str | None:
    """The measure of a column from its header parts, tried bottom-up. A 小计 (`subtotal`) takes
    the measure of its group ('本年收入/小计' → total, '上年结转结余/小计' → carryover); a column
    under a carry-over group is that group's part ('上年结转结余/一般公共预算' → carryover_general_budget)."""
    found = [m for part in reversed(parts) if (m := _part_measure(spec, part))]
    if not found:
        return spec.default_measure
    measure = found[0]
    groups = [m for m in found[1:] if m != "subtotal"]
    if measure == "subtotal":
        if len(parts) > 1 and _part_measure(spec, parts[-2]) is None:
            return None  # the 小计 of a group this map does not know
        return groups[0] if groups else "total"
    if groups and groups[0] == "carryover" and measure != "carryover":
        return f"carryover_{measure}"
    return measure


def _resolve_years(where: str, measures: dict[int, str], parts_by_col: dict[int, list[str]]) -> dict[int, str]:
    """'year:<m>' measures (a column headed '2026年预算数'): the latest year printed in the table is the
    document's own year → <m>; the year before → budget_prev. Anything else is not understood."""
    years: dict[int, int] = {}
    for c, measure in measures.items():
        if measure.startswith("year:"):
            found = [int(m["year"]) for p in parts_by_col[c] for m in _YEAR.finditer(p)]
            if not found:
                raise UnmappableColumnsError(f"{where}: column {c + 1} names no year")
            years[c] = found[-1]
    if not years:
        return measures
    latest = max(years.values())
    resolved = dict(measures)
    for c, year in years.items():
        if year == latest:
            resolved[c] = measures[c].removeprefix("year:")
        elif year == latest - 1:
            resolved[c] = "budget_prev"
        else:
            raise UnmappableColumnsError(f"{where}: column {c + 1} is for {year}, the table is for {latest}")
    return resolved


def _column_has_numbers(grids: list[Grid], c: int) -> bool:
    return any(
        c < g.n_cols and looks_like_amount(row[c].text) and not _is_numbering_row(g, r)
        for g in grids
        for r, row in enumerate(g.rows)
    )


def _is_numbering_row(grid: Grid, r: int) -> bool:
    """The row that numbers the columns ('栏次 | 1 | 2 | 3 …'): its numbers are 1, 2, 3 … in order
    (or it is labelled 栏次) and nothing else on it is an amount."""
    texts = [squash(cell.text) for cell in grid.rows[r]]
    if any(t in ("栏次", "项目栏次") for t in texts):
        return True
    numbers = [t for t in texts if t and t not in _NUMBERING_LABELS]
    if not numbers or not all(t.isdigit() for t in numbers):
        return False
    values = [int(t) for t in numbers]
    if len(values) == 1:  # one amount column: only a row labelled ** / 栏次 numbers it
        return values == [1] and any(t in _NUMBERING_LABELS for t in texts)
    return all(b == a + 1 for a, b in zip(values, values[1:], strict=False))


# A second classification printed after the first one's code and name (西安: 部门经济科目编码 | 名称 |
# 政府经济科目编码 | 名称 | amounts): its code and name columns are not amounts.
_CLASSIFICATION_HEADER = re.compile(r"(科目|分类)(编码|名称|代码)$")


def _amount_columns(catalog: Catalog, grids: list[Grid], cols: list[int]) -> list[int]:
    """cols without the 行次/栏次 and 增减 columns, nor a further classification's code/name columns."""
    first = grids[0]
    depth = _header_depth(first, cols)
    return [
        c
        for c in cols
        if not _skip_column(catalog, first, depth, c)
        and not _CLASSIFICATION_HEADER.search("".join(_header_parts(first, depth, c)))
    ]


def _map_amount_columns(spec: TableSpec, grids: list[Grid], cols: list[int]) -> dict[int, str]:
    first = grids[0]
    depth = _header_depth(first, cols)
    measures: dict[int, str] = {}
    parts_by_col: dict[int, list[str]] = {}
    for c in cols:
        parts = _header_parts(first, depth, c)
        parts_by_col[c] = parts
        measure = _measure_for(spec, parts)
        if measure:
            measures[c] = measure
        elif _column_has_numbers(grids, c):
            raise UnmappableColumnsError(
                f"{spec.key} (page {first.page}): amount column {c + 1} headed {'/'.join(parts) or '(blank)'!r} "
                "maps to no known measure"
            )
    # 总计 beside a 合计/本年收入 column is the grand total (本年 + 上年结转); alone it is the total.
    if any(m == "income_subtotal" for m in measures.values()):
        measures = {
            c: {"income_subtotal": "total", "total": "grand_total", "grand": "grand_total"}.get(m, m)
            for c, m in measures.items()
        }
    has_total = any(m == "total" for m in measures.values())
    measures = {c: ("grand_total" if has_total else "total") if m == "grand" else m for c, m in measures.items()}
    return _resolve_years(f"{spec.key} (page {first.page})", measures, parts_by_col)


def _parse(spec: TableSpec, grid: Grid, r: int, c: int):
    try:
        return parse_amount(grid.text(r, c))
    except AmountParseError as exc:
        raise AmountParseError(f"{_where(spec, grid, r, c)}: {exc.message}") from exc


def _row_amounts(spec: TableSpec, grid: Grid, r: int, cols: list[int]) -> dict[int, Decimal]:
    """The non-blank amounts of one row, by column."""
    amounts = {c: _parse(spec, grid, r, c) for c in cols if c < grid.n_cols}
    return {c: v for c, v in amounts.items() if v is not None}


def _cell_item(spec: TableSpec, row: _Row, c: int, amount: Decimal, unit: str, **keys) -> LineItem:
    """A LineItem for the amount at (row, c): where it was read, plus the row's keys."""
    return LineItem(
        table_key=spec.key,
        amount=amount,
        unit_printed=unit,
        page=row.grid.page,
        row=row.stitched,
        col=c,
        extraction_method=row.grid.method,
        **keys,
    )


def _data_rows(grids: list[Grid], amount_cols: list[int]) -> list[_Row]:
    rows: list[_Row] = []
    stitched = 0
    for grid in grids:
        depth = _header_depth(grid, amount_cols)
        for r in range(len(grid.rows)):
            if r >= depth and not _is_numbering_row(grid, r):
                rows.append(_Row(grid, r, stitched))
            stitched += 1
    return rows


# ------------------------------------------------------------------ subject --


# The leading digit of the contract's codes per code kind: 功能分类 2xx, 部门经济分类 3xx
# (北京 prints the 政府经济分类 5xx beside the 部门经济分类 in a column of its own).
_CODE_LEAD = {"function": "2", "economic": "3"}


def _code_columns(grids: list[Grid], panel: Panel, code_kind: str | None = None) -> tuple[list[int], bool, int]:
    """Leading columns of the panel that hold codes; (cols, fused, last) where fused means codes
    and names share one column ('2010601行政运行') and last is the last column of codes and names.
    Of several fused columns side by side, the one holding the contract's code kind is used."""
    cols: list[int] = []
    fused: list[int] = []
    for c in range(panel.first, panel.end - 1):
        texts = [squash(row[c].text) for g in grids for row in g.rows if c < g.n_cols]
        texts = [t for t in texts if t and t not in _CODE_HEADER_WORDS]
        codes = sum(is_code(t) for t in texts)
        if not fused and codes and codes * 2 >= len(texts):
            cols.append(c)
            continue
        # An amount without thousands commas ('24169.74') is not a code fused with a name.
        fusions = sum(split_fused(t) is not None and not looks_like_amount(t) for t in texts)
        if not cols and texts and fusions * 2 >= len(texts):
            fused.append(c)
            continue
        break
    if not fused:
        return cols, False, (cols[-1] + 1 if cols else panel.first)
    lead = _CODE_LEAD.get(code_kind or "")
    chosen = next(
        (
            c
            for c in fused
            if lead
            and all(
                s[0].startswith(lead)
                for g in grids
                for row in g.rows
                if c < g.n_cols and (s := split_fused(squash(row[c].text)))
            )
        ),
        fused[0],
    )
    return [chosen], True, fused[-1]


_REFERENCE = Path(__file__).resolve().parents[2] / "warehouse" / "reference"


@cache
def _reference_names(code_kind: str) -> dict[str | None, dict[str, str]]:
    """parent code (None for a 类) → {name → code}, from the classification reference
    (warehouse/reference/*_codes.csv, every year's names, and name_aliases.csv)."""
    children: dict[str | None, dict[str, str]] = {}
    parents: dict[str, str | None] = {}
    with open(_REFERENCE / f"{code_kind}_codes.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            children.setdefault(row["parent_code"] or None, {}).setdefault(squash(row["name"]), row["code"])
            parents[row["code"]] = row["parent_code"] or None
    # Other names printed for a code in the same years (short/long forms, a 科目 rename not every
    # department follows): name_aliases.csv, so the fix for a new wording is a line of data.
    with open(_REFERENCE / "name_aliases.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["code_kind"] == code_kind and row["code"] in parents:
                children.setdefault(parents[row["code"]], {}).setdefault(squash(row["alias"]), row["code"])
    return children


class _NameResolver:
    """Codes for subjects printed by name only, in tree order (类, its 款, their 项): a name is
    looked up first among the 项 of the current 款, then the 款 of the current 类, then the 类."""

    def __init__(self, code_kind: str):
        self.children = _reference_names(code_kind)
        self.path: list[str] = []  # codes of the current 类, 款

    def code(self, label: str) -> str | None:
        name = _strip_ordinal(label)
        for depth in range(len(self.path), -1, -1):
            parent = self.path[depth - 1] if depth else None
            code = self.children.get(parent, {}).get(name)
            if code and depth == 1 and self.path[1:] == [code]:
                # the current 款's name again, under itself: a 项 of that name the reference lacks. A 款
                # is printed once; its 其他 项 is 款 + 99 (2129999 其他城乡社区支出 under 21299), else refuse.
                return code + "99" if name.startswith("其他") else None
            if code:
                self.path = [*self.path[:depth], code][:2]
                return code
        return None


def _split_fused_cell(text: str) -> tuple[str, str] | None:
    """split_fused of a fused code+name cell. A cell whose first lines carry no code but a later line
    does ('缴费支出⏎2080506-机关事业单位职业年金') holds the wrapped tail of the row above's name,
    which the grid placed in this row's cell: the code starts on the later line."""
    split = split_fused(text)
    if split is None:
        lines = [line for line in text.splitlines() if line.strip()]
        start = next((i for i, line in enumerate(lines) if split_fused(line)), None)
        if start:
            split = split_fused("".join(lines[start:]))
    return split


def _subject_items(spec: TableSpec, catalog: Catalog, grids: list[Grid], panel: Panel, unit: str) -> list[LineItem]:
    # Leading 序号 / 单位代码 columns are neither subject codes nor amounts.
    depth = _all_columns_depth(grids[0])
    first = panel.first
    while first < panel.end - 1 and _skip_column(catalog, grids[0], depth, first):
        first += 1
    unit_col: int | None = None
    if (
        first < panel.end - 2
        and first_match(catalog.label_headers, "".join(_header_parts(grids[0], depth, first))) == "by_unit"
        and _code_columns(grids, Panel(first + 1, panel.end, panel.side), spec.code_kind)[0]
    ):
        unit_col, first = first, first + 1  # 预算单位 | 科目编码 | 科目名称 …: the unit's row is its total (深圳)
    panel = Panel(first, panel.end, panel.side)
    code_cols, fused, last = _code_columns(grids, panel, spec.code_kind)
    name_col = code_cols[-1] if fused else last
    amount_cols = _amount_columns(catalog, grids, list(range(max(name_col, last) + 1, panel.end)))
    if not code_cols:
        depth = _all_columns_depth(grids[0])
        if first_match(catalog.label_headers, "".join(_header_parts(grids[0], depth, panel.first))) == "by_unit":
            return _by_unit_items(spec, catalog, grids, panel, unit)
        if _only_total_rows(catalog, grids, panel):
            return _by_unit_items(spec, catalog, grids, panel, unit)  # an empty table that prints its 合计 row
        # No code anywhere: an empty table (header and blank rows only), a table that
        # names its subjects without codes (杭州: 类/款/项 by name, in tree order), or a
        # layout we do not know. Refuse only if there are numbers to lose.
        if not any(_column_has_numbers(grids, c) for c in range(panel.first, panel.end)):
            return []
        if not _is_label_column(grids[0], depth, panel.first):
            return _single_row_items(spec, catalog, grids, panel, unit)
        if spec.key == "income" and _is_income_list(grids, depth, panel):
            return _income_list_items(spec, catalog, grids, panel, unit)
        if spec.code_kind not in ("function", "economic"):
            raise UnmappableColumnsError(f"{spec.key} (page {grids[0].page}): no classification-code column found")
        names = _NameResolver(spec.code_kind)
        amount_cols = _amount_columns(catalog, grids, list(range(panel.first + 1, panel.end)))
        name_col = panel.first
    else:
        names = None
    measures = _map_amount_columns(spec, grids, amount_cols)
    items: list[LineItem] = []
    previous_code: str | None = None
    units_seen = False
    for row in _data_rows(grids, amount_cols):
        g, r = row.grid, row.index
        if names is not None:
            label = squash(g.text(r, name_col))
            code = None if first_match(catalog.total_rows, _strip_ordinal(label)) else names.code(label)
        elif fused:
            split = _split_fused_cell(g.text(r, name_col))
            code, label = (split[0], split[1]) if split else (None, squash(g.text(r, name_col)))
        else:
            code = join_code([g.text(r, c) for c in code_cols], previous_code)
            label = squash(g.text(r, name_col))
        override: str | None = None
        line_key = code
        if code is None:
            # dict.fromkeys: a fused column is both the code and the name column, read it once.
            label_text = "".join(
                t
                for c in dict.fromkeys([*code_cols, name_col])
                if (t := squash(g.text(r, c))) not in _CODE_HEADER_WORDS
            )
            total = first_match(catalog.total_rows, _strip_ordinal(label_text))
            if total is None and not label_text:
                # The code and name cells merged into the header above: the 合计 sits in a further
                # label column (西安 表8: under 政府经济科目名称, beside the skipped 政府 code pair).
                others = [squash(g.text(r, c)) for c in range(name_col + 1, panel.end) if c not in amount_cols]
                totals = [t for t in others if t and first_match(catalog.total_rows, _strip_ordinal(t))]
                if totals:
                    label_text = totals[0]
                    total = first_match(catalog.total_rows, _strip_ordinal(label_text))
            if total is None and not fused and _UNIT_CODE.match("".join(squash(g.text(r, c)) for c in code_cols)):
                # A unit's heading row (西安 表5 of a multi-unit department: 125001 西安市安全生产监督管理局)
                # over that unit's subjects: its subtotal has no contract key. The subjects that every
                # unit repeats are then dropped as repeated codes; the 合计 row stays the department's.
                continue
            if total is None and unit_col is not None and not label_text and g.text(r, unit_col).strip():
                if units_seen:
                    continue  # a unit's own row under the department's (深圳 big departments): no contract key
                units_seen, total, label_text = True, "total", squash(g.text(r, unit_col))
            if total:
                line_key, _, override = total.partition(":")
                label = label_text
        else:
            previous_code = code
        amounts = _row_amounts(spec, g, r, amount_cols)
        if not amounts:
            continue
        if line_key is None:
            raise UnrecognisedRowError(
                f"{_where(spec, g, r, panel.first)}: a row with amounts but no code or known label "
                f"({label or '(blank)'!r})"
            )
        for c, amount in amounts.items():
            items.append(
                _cell_item(
                    spec,
                    row,
                    c,
                    amount,
                    unit,
                    side=panel.side,
                    line_key=line_key,
                    line_label=label,
                    measure=override or measures[c],
                    code_kind=spec.code_kind if code else None,
                    level=code_level(code) if code else None,
                    parent_code=parent_code(code) if code else None,
                )
            )
    return _without_repeated_totals(items)


def _without_repeated_totals(items: list[LineItem]) -> list[LineItem]:
    """A 合计 row that every continuation page repeats at its top (佛山) is one figure: the first is kept."""
    seen: set[tuple[str | None, str, str, Decimal]] = set()
    kept: list[LineItem] = []
    for item in items:
        key = (item.side, item.line_key, item.measure, item.amount)
        if item.code_kind is None and key in seen:
            continue
        seen.add(key)
        kept.append(item)
    return kept


def drop_repeated_codes(items: list[LineItem]) -> tuple[list[LineItem], list[str]]:
    """A code printed on more than one row of one table is not a department-level line: 北京 runs the
    per-unit blocks of a table together without unit headings (2010801 行政运行 once per unit), and
    its 支出总表 / 基本支出表 are a cross-classification (one row per 功能 × 经济 code pair). Such rows
    are dropped — never summed, the units or pairs are not ours to add up; codes printed once and the
    合计 row are kept, since a code on a single row is the whole of that subject."""
    rows: dict[str, set[int]] = {}
    for item in items:
        if item.code_kind:
            rows.setdefault(item.line_key, set()).add(item.row)
    repeated = sorted(code for code, printed in rows.items() if len(printed) > 1)
    return [i for i in items if not i.code_kind or len(rows[i.line_key]) == 1], repeated


def _single_row_items(spec: TableSpec, catalog: Catalog, grids: list[Grid], panel: Panel, unit: str) -> list[LineItem]:
    """A subject table printed as its total only: no code or label column, one row of amounts (北京 收入总表)."""
    amount_cols = _amount_columns(catalog, grids, list(range(panel.first, panel.end)))
    rows = [row for row in _data_rows(grids, amount_cols) if _row_has_amount(row, amount_cols)]
    depth = _all_columns_depth(grids[0])
    unit_code_cols = [c for c in range(panel.end) if c < panel.first and _skip_column(catalog, grids[0], depth, c)]
    if len(rows) > 1 and unit_code_cols:
        # 单位编码 | 合计 …: one row per unit code (015 the department, 015001 … its units) and a last
        # row without code, their total — the table's own figures (北京 multi-unit 收入总表).
        uncoded = [row for row in rows if not any(row.grid.text(row.index, c).strip() for c in unit_code_cols)]
        rows = uncoded if len(uncoded) == 1 and uncoded[0] is rows[-1] else rows
    if len(rows) != 1:
        raise UnmappableColumnsError(f"{spec.key} (page {grids[0].page}): no classification-code column found")
    measures = _map_amount_columns(spec, grids, amount_cols)
    row = rows[0]
    return _unique(
        spec,
        grids[0],
        [
            _cell_item(spec, row, c, amount, unit, side=None, line_key="total", line_label="", measure=measures[c])
            for c, amount in _row_amounts(spec, row.grid, row.index, amount_cols).items()
        ],
    )


def _is_income_list(grids: list[Grid], depth: int, panel: Panel) -> bool:
    """An income table printed as a vertical list of sources (江苏: 收入总计, then 一般公共预算资金 | 小计,
    its sub-sources in the next column …) with one 金额 column: two label columns, then one amount column."""
    return panel.end - panel.first == 3 and _is_label_column(grids[0], depth, panel.first + 1)


def _income_list_items(spec: TableSpec, catalog: Catalog, grids: list[Grid], panel: Panel, unit: str) -> list[LineItem]:
    """The rows of an income list are measures of the table's one total line: 收入总计 is measure total, each
    source (its 小计 row, or a sub-source the income measures know: 事业收入, 经营收入 …) the measure it names.
    Sub-sources the contract has no measure for (公共财政拨款（补助）资金, 专项收入 …) break a source down
    and are left out; a top-level source that names no measure is refused."""
    amount_col = panel.first + 2
    measures = _map_amount_columns(spec, grids, [amount_col])
    items: list[LineItem] = []
    for row in _data_rows(grids, [amount_col]):
        g, r = row.grid, row.index
        amounts = _row_amounts(spec, g, r, [amount_col])
        if not amounts:
            continue
        top, sub = squash(g.spanned_text(r, panel.first)), squash(g.text(r, panel.first + 1))
        if g.rows[r][panel.first + 1].left_edge is False:
            sub = ""  # the top-level label spans both columns (收入总计)
        label = top if sub in ("", "小计", top) else sub
        if first_match(catalog.total_rows, _strip_ordinal(label)):
            measure: str | None = measures[amount_col]
        else:
            measure = first_match(spec.measures, _strip_ordinal(label))
        if measure is None or measure in ("subtotal", "grand", "income_subtotal"):
            if sub not in ("", "小计", top):
                continue  # a sub-source the contract has no measure for
            raise UnrecognisedRowError(
                f"{_where(spec, g, r, panel.first)}: an income source with no known measure ({label!r})"
            )
        items.extend(
            _cell_item(spec, row, c, v, unit, side=None, line_key="total", line_label=label, measure=measure)
            for c, v in amounts.items()
        )
    return _unique(spec, grids[0], items)


def _only_total_rows(catalog: Catalog, grids: list[Grid], panel: Panel) -> bool:
    """Every row holding a number is a 合计/总计 row (an empty table printed with its 合计 row)."""
    rows = [
        (g, r)
        for g in grids
        for r in range(_all_columns_depth(g), len(g.rows))
        if not _is_numbering_row(g, r) and any(looks_like_amount(g.text(r, c)) for c in range(panel.first, panel.end))
    ]
    lead = range(panel.first, min(panel.first + 2, panel.end))  # code and name columns, or a merged 合计
    labels = ["".join(squash(g.text(r, c)) for c in lead) for g, r in rows]
    return bool(rows) and all(first_match(catalog.total_rows, _strip_ordinal(t)) for t in labels)


def _first_row_sums_the_rest(spec: TableSpec, rows: list[_Row], amount_cols: list[int]) -> bool:
    """A table by unit without a 合计 row whose first row is, in every column, the sum of the rows
    below it: the department's own row printed above its units (深圳 收入总表). Checked, never assumed;
    each unit's figure is rounded from 元 (注：…单位转换时可能存在尾数误差), so the sum may differ by up to
    half a printed unit per row."""
    if len(rows) < 2:
        return False
    amounts = [_row_amounts(spec, row.grid, row.index, amount_cols) for row in rows]
    values = [v for a in amounts for v in a.values()]
    if not values:
        return False
    quantum = Decimal(1).scaleb(min(v.as_tuple().exponent for v in values))  # type: ignore[arg-type]
    tolerance = quantum / 2 * (len(rows) - 1)
    return all(
        abs(amounts[0].get(c, Decimal(0)) - sum((a.get(c, Decimal(0)) for a in amounts[1:]), Decimal(0))) <= tolerance
        for c in amount_cols
    )


def _by_unit_items(spec: TableSpec, catalog: Catalog, grids: list[Grid], panel: Panel, unit: str) -> list[LineItem]:
    """A subject table listed by unit (单位名称 rows): its 合计 row is the table's total; the
    per-unit rows break that total down by unit, which the contract has no key for."""
    label_col = panel.first
    # An empty subject table prints 合计 in its 科目名称 column beside a blank 科目编码 (广州):
    # every leading column without a number is part of the label.
    label_end = label_col + 1
    while label_end < panel.end - 1 and not _column_has_numbers(grids, label_end):
        label_end += 1
    amount_cols = _amount_columns(catalog, grids, list(range(label_end, panel.end)))
    measures = _map_amount_columns(spec, grids, amount_cols)
    items: list[LineItem] = []
    rows = [row for row in _data_rows(grids, amount_cols) if _row_has_amount(row, amount_cols)]
    first_is_total = _first_row_sums_the_rest(spec, rows, amount_cols)
    for row in rows:
        # a 合计 merged over 代码 | 名称, or printed in one of them
        label = "".join(dict.fromkeys(squash(row.grid.spanned_text(row.index, c)) for c in range(label_col, label_end)))
        total = first_match(catalog.total_rows, _strip_ordinal(label))
        if total is None and (len(rows) == 1 or (first_is_total and row is rows[0])):
            total = "total"  # one unit only, or the department's row over its units (深圳)
        if total is None:
            continue
        line_key, _, override = total.partition(":")
        for c, amount in _row_amounts(spec, row.grid, row.index, amount_cols).items():
            items.append(
                _cell_item(
                    spec,
                    row,
                    c,
                    amount,
                    unit,
                    side=None,
                    line_key=line_key,
                    line_label=label,
                    measure=override or measures[c],
                )
            )
    if not items and any(_column_has_numbers(grids, c) for c in amount_cols):
        raise UnrecognisedRowError(f"{spec.key} (page {grids[0].page}): a table by unit without a 合计 row")
    return _unique(spec, grids[0], items)


# ---------------------------------------------------------------- two_sided --


def _strip_ordinal(label: str) -> str:
    return _ORDINAL_SUFFIX.sub("", _ORDINAL_PREFIX.sub("", label))


def _item_key(catalog: Catalog, side: str, label: str, section: str | None) -> str | None:
    if section:
        part = first_match(catalog.carryover_parts, label)
        if part:
            return f"{section}_{part}"
    patterns = catalog.income_items if side == "income" else catalog.expenditure_items
    key = first_match(patterns, label)
    if key or side == "income":
        return key
    # Function classes by name; older templates (2017–2019) print '一般公共服务' without 支出.
    # Only the whole label may lack 支出: '职业教育' + 支出 holds 教育支出 but is a 款 (湖州).
    code = catalog.function_class_by_name(label) or next(
        (c for c, name in catalog.function_classes.items() if name == label + "支出"), None
    )
    return f"fn_{code}" if code else None


def _is_class_name(catalog: Catalog, key: str, label: str) -> bool:
    """label is the function class `key` (fn_201) by its whole name, or the older name without 支出."""
    name = catalog.function_classes.get(key.removeprefix("fn_"), "")
    return label in (name, name.removesuffix("支出"))


_LONE_ORDINAL = re.compile(r"^[一二三四五六七八九十]+$")
_PARTIAL_ORDINAL = re.compile(r"^[一二三四五六七八九十]*、")


def _label_text(text: str) -> str:
    """A label cell's text squashed; an ordinal that the text layer put on a line of its own inside a
    wrapped label ('、文化旅游体育与传媒支' / '七' / '出'; '八、自然资源海洋气象等' / '十' / '支出', 佛山) goes back
    to the front."""
    lines = [squash(line) for line in text.splitlines()]
    lone = [i for i, line in enumerate(lines) if _LONE_ORDINAL.match(line)]
    if len(lone) == 1 and lone[0] > 0 and _PARTIAL_ORDINAL.match(lines[0]):
        ordinal = lines.pop(lone[0])
        lines[0] = ordinal + lines[0]
    return "".join(lines)


def _spilled_amounts(
    spec: TableSpec, catalog: Catalog, grids: list[Grid], row: _Row, amount_cols: list[int], skipped: Panel | None
) -> dict[int, Decimal]:
    """A footer row (当年支出小计 / 支出合计) whose label runs across a skipped block (江苏 支出用途) and
    prints its one amount at that block's end, where this panel's one amount column is blank."""
    if skipped is None or len(amount_cols) != 1:
        return {}
    g, r = row.grid, row.index
    if any(g.text(r, c).strip() for c in range(amount_cols[0], skipped.end - 1)):
        return {}
    amount = _row_amounts(spec, g, r, [skipped.end - 1]).get(skipped.end - 1)
    return {} if amount is None else {amount_cols[0]: amount}


def _two_sided_items(
    spec: TableSpec, catalog: Catalog, grids: list[Grid], panel: Panel, unit: str, skipped: Panel | None = None
) -> list[LineItem]:
    label_col = panel.first
    amount_cols = _amount_columns(catalog, grids, list(range(panel.first + 1, panel.end)))
    measures = _map_amount_columns(spec, grids, amount_cols)
    items: list[LineItem] = []
    seen: set[str] = set()
    section: str | None = None
    in_class = False  # inside a function class's lines (expenditure side)
    class_numbered = False  # the current class line is numbered (一、…)
    current_class: str | None = None  # its fn_ key
    rows = _data_rows(grids, amount_cols)
    for n, row in enumerate(rows):
        g, r = row.grid, row.index
        label = _label_text(g.text(r, label_col))
        key = _item_key(catalog, panel.side or "income", _strip_ordinal(label), section) if label else None
        if key is None and label and n + 1 < len(rows) and rows[n + 1].grid is not g:
            # A label broken over the page break ('八、社会保障和就' | '业支出' on the next page's first row).
            after = rows[n + 1]
            rest = squash(after.grid.text(after.index, label_col))
            if rest and not _row_amounts(spec, after.grid, after.index, amount_cols):
                key = _item_key(catalog, panel.side or "income", _strip_ordinal(label + rest), section)
                label = label + rest if key else label
        if in_class and class_numbered and key and key.startswith("fn_") and not _ORDINAL_PREFIX.match(label):
            # under a numbered class ('五、其他支出'), an unnumbered line of a class's name is its 款/项
            # ('其他支出' 款 and 项, 深圳): the subject tables carry it with its code
            continue
        if in_class and key == current_class and not _is_class_name(catalog, key, _strip_ordinal(label)):
            # the whole tree printed by name, unnumbered (杭州): a line that only contains the current
            # class's name ('其他一般公共服务支出' under 一般公共服务支出) is that class's 其他 款/项
            continue
        if key in ("carryover_begin", "carryover_end"):
            section = key
        elif key and not key.startswith(("carryover_begin_", "carryover_end_")):
            section = None
        if key is not None:
            in_class = key.startswith("fn_")
            current_class = key if in_class else None
            class_numbered = in_class and bool(_ORDINAL_PREFIX.match(label))
        amounts = _row_amounts(spec, g, r, amount_cols)
        if not amounts and key in ("income_total", "expenditure_total", "carryover_end"):
            amounts = _spilled_amounts(spec, catalog, grids, row, amount_cols, skipped)
        if key in ("income_total", "expenditure_total") and key in seen:
            key = "grand_total"  # 当年收入小计 / 上年结转资金 / 收入合计: the second 合计 is the grand total
        elif key:
            seen.add(key)
        if not amounts:
            continue
        if key is None and in_class and panel.side == "expenditure" and label and not _ORDINAL_PREFIX.match(label):
            continue  # a 款/项 printed by name under its class: the subject tables carry it with its code
        if key is None and not label and not any(amounts.values()):
            continue  # an unlabelled spare line printing 0.00 (西安 2022 收支总表): no figure to lose
        if key is None:
            raise UnrecognisedRowError(
                f"{_where(spec, g, r, label_col)}: amounts on a line with an unknown label {label or '(blank)'!r}"
            )
        for c, amount in amounts.items():
            items.append(
                _cell_item(
                    spec, row, c, amount, unit, side=panel.side, line_key=key, line_label=label, measure=measures[c]
                )
            )
    return items


# ------------------------------------------------------------- three_public --


def _three_public_item(catalog: Catalog, parts: list[str], with_meetings: bool) -> str | None:
    """The item a 三公 column (or row label) stands for, its header parts tried bottom-up.
    A 小计/合计 is the subtotal of the group above it: of 公务用车 → vehicle_total, of the 三公
    group (or of nothing) → total; a top-level 合计 of a table that also prints 会议费/培训费
    is the sum of all five → total_with_meetings."""
    subtotal = False
    for part in reversed(parts):
        part = _strip_ordinal(part)
        key = first_match(catalog.three_public_items, part)
        if key == "subtotal":
            subtotal = True
            continue
        if subtotal:
            if key == "vehicle_total" or "公务用车" in part:
                return "vehicle_total"
            if "三公" in part:
                return "total"
            if key in (None, "total"):
                continue  # 年度/预算数 groups above a 小计
        if key:
            return key
    if subtotal:
        return "total_with_meetings" if with_meetings else "total"
    return None


def _finish_three_public(items: list[LineItem]) -> list[LineItem]:
    """A 合计 at the top of a table that prints 会议费/培训费 is the five-item sum (total_with_meetings)."""
    keys = {i.line_key for i in items}
    if not keys & {"meetings", "training"}:
        return [replace(i, line_key="total") if i.line_key == "total_with_meetings" else i for i in items]
    return items


def _three_public_rows(
    catalog: Catalog, spec: TableSpec, grids: list[Grid], cols: list[int], label_cols: list[int]
) -> list[_Row]:
    rows = [row for row in _data_rows(grids, cols) if _row_has_amount(row, cols)]
    if len(rows) <= 1 or not label_cols:
        return rows

    def labels(row: _Row) -> list[str]:
        return [squash(row.grid.text(row.index, c)) for c in label_cols]

    # A 增减变化 row repeats the difference of the rows above it.
    rows = [row for row in rows if not any(first_match(catalog.skip_columns, t) for t in labels(row) if t)]
    rows = _first_unit_rows(catalog, grids, rows, label_cols)
    if all(any(first_match(spec.measures, t) for t in labels(row)) for row in rows):
        return rows  # one row per measure (预算数 / 决算数, 2025年 / 2026年)
    # One row per unit under a 合计 row: the table's own figures are the 合计 row.
    # The 合计 may sit in a skipped 单位编码 column (西安: 合计 / 117 / 117001 × 单位名称).
    totals = [
        row
        for row in rows
        if any(squash(row.grid.text(row.index, c)) in ("合计", "总计") for c in range(row.grid.n_cols) if c not in cols)
    ]
    return totals[:1] if totals else rows


def _first_unit_rows(catalog: Catalog, grids: list[Grid], rows: list[_Row], label_cols: list[int]) -> list[_Row]:
    """Rows labelled by unit (a 预算单位 column, its name printed on the unit's first row): the first unit
    is the department, the units after it (深圳 big departments: 局（本级）, 分局 …) are its parts."""
    depth = _all_columns_depth(grids[0])
    unit_cols = [
        c
        for c in label_cols
        if first_match(catalog.label_headers, "".join(_header_parts(grids[0], depth, c))) == "by_unit"
    ]
    if not unit_cols or len(label_cols) < 2:
        return rows
    kept: list[_Row] = []
    unit: str | None = None
    for row in rows:
        name = squash(row.grid.text(row.index, unit_cols[0]))
        if name and unit is not None and name != unit:
            break
        unit = unit or name or None
        kept.append(row)
    return kept


def _row_measures(spec: TableSpec, rows: list[_Row], label_cols: list[int]) -> dict[int, str]:
    """Per row (by stitched index), the measure its label names ('预算数', '2026 年'); years resolved."""
    found: dict[int, str] = {}
    labels: dict[int, list[str]] = {}
    for row in rows:
        texts = [squash(row.grid.text(row.index, c)) for c in label_cols]
        measure = next((m for t in texts if (m := first_match(spec.measures, t))), None)
        if measure:
            found[row.stitched], labels[row.stitched] = measure, texts
    return _resolve_years(f"{spec.key} (page {rows[0].grid.page})", found, labels) if found else {}


def _combine(row_measure: str | None, column_measure: str, default: str | None) -> str:
    if row_measure is None:
        return column_measure
    if column_measure in (default, "general_budget", "budget", "final"):
        return row_measure
    return f"{row_measure}_{column_measure}"


def _row_has_amount(row: _Row, cols: list[int]) -> bool:
    return any(c < row.grid.n_cols and looks_like_amount(row.grid.text(row.index, c)) for c in cols)


def _three_public_items(spec: TableSpec, catalog: Catalog, grids: list[Grid], unit: str) -> list[LineItem]:
    first = grids[0]
    depth = _all_columns_depth(first)
    cols = [c for c in range(first.n_cols) if not _skip_column(catalog, first, depth, c)]
    label_cols = [c for c in cols if _is_label_column(first, depth, c)]
    value_cols = [c for c in cols if c not in label_cols]
    headers = {c: _header_parts(first, depth, c) for c in range(first.n_cols)}
    with_meetings = any(
        first_match(catalog.three_public_items, _strip_ordinal(p)) in ("meetings", "training")
        for c in range(first.n_cols)
        for p in headers[c]
    ) or any(
        first_match(catalog.three_public_items, _strip_ordinal(squash(first.text(r, c)))) in ("meetings", "training")
        for r in range(len(first.rows))
        for c in label_cols
    )
    # Vertical: the label column names the items (因公出国(境)费 …) and the columns are measures.
    vertical = any(
        _three_public_item(catalog, [squash(first.text(r, c))], with_meetings)
        not in (None, "total", "total_with_meetings")
        for r in range(depth, len(first.rows))
        for c in label_cols
    )
    items: list[LineItem] = []
    if vertical:
        measures = _map_amount_columns(spec, grids, value_cols)
        for row in _data_rows(grids, value_cols):
            g, r = row.grid, row.index
            amounts = _row_amounts(spec, g, r, value_cols)
            if not amounts:
                continue
            label = "".join(squash(g.text(r, c)) for c in label_cols)
            line_key = _three_public_item(catalog, [label], with_meetings)
            if line_key is None:
                raise UnrecognisedRowError(f"{_where(spec, g, r, 0)}: 三公 row {label or '(blank)'!r} is no known item")
            for c, amount in amounts.items():
                items.append(
                    _cell_item(
                        spec, row, c, amount, unit, side=None, line_key=line_key, line_label=label, measure=measures[c]
                    )
                )
        return _finish_three_public(_unique(spec, first, items))
    keyed: dict[int, tuple[str, str]] = {}
    for c in value_cols:
        line_key = _three_public_item(catalog, headers[c], with_meetings)
        measure = _measure_for(spec, headers[c])
        if line_key and measure:
            keyed[c] = (line_key, measure)
    resolved = _resolve_years(f"three_public (page {first.page})", {c: m for c, (_, m) in keyed.items()}, headers)
    rows = _three_public_rows(catalog, spec, grids, value_cols, label_cols)
    # Rows labelled with a measure: 预算数 / 决算数 rows under item columns (西安 决算), or one row per
    # year (深圳: 2025 年 / 2026 年) under item × fund columns — a fund other than 一般公共预算 is then
    # the measure's suffix (budget_gov_fund, budget_prev_state_capital).
    row_measures = _row_measures(spec, rows, label_cols) if rows and label_cols else {}
    for row in rows:
        g, r = row.grid, row.index
        row_measure = row_measures.get(row.stitched)
        for c, amount in _row_amounts(spec, g, r, value_cols).items():
            if c not in keyed:
                raise UnmappableColumnsError(
                    f"{_where(spec, g, r, c)}: 三公 column headed {'/'.join(headers[c]) or '(blank)'!r} "
                    "maps to no item or measure"
                )
            items.append(
                _cell_item(
                    spec,
                    row,
                    c,
                    amount,
                    unit,
                    side=None,
                    line_key=keyed[c][0],
                    line_label=headers[c][-1] if headers[c] else "",
                    measure=_combine(row_measure, resolved[c], spec.default_measure),
                )
            )
    return _finish_three_public(_unique(spec, first, items))


def _unique(spec: TableSpec, first: Grid, items: list[LineItem]) -> list[LineItem]:
    keys = [(i.line_key, i.measure) for i in items]
    if len(keys) != len(set(keys)):
        dup = next(k for k in keys if keys.count(k) > 1)
        raise UnmappableColumnsError(
            f"{spec.key} (page {first.page}): {dup[0]}/{dup[1]} printed more than once — layout not understood"
        )
    return items


# ------------------------------------------------------------------ public --


# A row above the header that only repeats the title or states the unit (北京 draws them inside the frame).
_TITLE_CELL = re.compile(r"(^预算\d+表|表$|单位[:：])")


def _clean(grid: Grid, keep: list[int]) -> Grid:
    """The grid with only the columns `keep` and with the title / unit rows above its header blanked."""
    rows = [[row[c] for c in keep] for row in grid.rows]
    for r, row in enumerate(rows):
        texts = [squash(cell.text) for cell in row if cell.text.strip()]
        if any(looks_like_amount(t) for t in texts) or (texts and not all(_TITLE_CELL.search(t) for t in texts)):
            break
        rows[r] = [replace(cell, text="") for cell in row]
    return Grid(page=grid.page, rows=rows, top=grid.top, method=grid.method)


def normalize_table(spec: TableSpec, catalog: Catalog, grids: list[Grid], unit: str) -> list[LineItem]:
    """All amount cells of one stitched table as LineItems (empty for an empty table)."""
    return normalize_table_with_gaps(spec, catalog, grids, unit)[0]


def normalize_table_with_gaps(
    spec: TableSpec, catalog: Catalog, grids: list[Grid], unit: str
) -> tuple[list[LineItem], list[str]]:
    """normalize_table, and the codes left out because they are printed on several rows (see
    drop_repeated_codes): the table is then partial, and its sums cannot be checked."""
    if not grids:
        return [], []
    if any(g.n_cols != grids[0].n_cols for g in grids):
        return drop_repeated_codes(_normalize(spec, catalog, grids, unit))  # refused there, naming the pages
    # Columns blank on every page are a frame's margins (北京); items keep the column as read.
    keep = [c for c in range(grids[0].n_cols) if any(row[c].text.strip() for g in grids for row in g.rows)]
    items = _normalize(spec, catalog, [_clean(g, keep) for g in grids], unit)
    return drop_repeated_codes([replace(i, col=keep[i.col]) if i.col is not None else i for i in items])


def _normalize(spec: TableSpec, catalog: Catalog, grids: list[Grid], unit: str) -> list[LineItem]:
    if spec.layout == "three_public":
        return _three_public_items(spec, catalog, grids, unit)
    panels = find_panels(spec, grids[0], catalog)
    for grid in grids[1:]:
        if grid.n_cols != grids[0].n_cols:
            raise UnmappableColumnsError(
                f"{spec.key}: continuation on page {grid.page} has {grid.n_cols} columns, "
                f"page {grids[0].page} has {grids[0].n_cols}"
            )
    if spec.layout != "two_sided":
        return [item for panel in panels for item in _subject_items(spec, catalog, grids, panel, unit)]
    items: list[LineItem] = []
    for i, panel in enumerate(panels):
        if panel.side == "skip":
            continue
        skipped = panels[i + 1] if i + 1 < len(panels) and panels[i + 1].side == "skip" else None
        items += _two_sided_items(spec, catalog, grids, panel, unit, skipped)
    return items


def raw_cells(table_key: str, grids: list[Grid]) -> list[RawCell]:
    cells: list[RawCell] = []
    stitched = 0
    for grid in grids:
        for row in grid.rows:
            for c, cell in enumerate(row):
                if cell.text:
                    cells.append(RawCell(table_key, grid.page, stitched, c, cell.text, cell.bbox))
            stitched += 1
    return cells
