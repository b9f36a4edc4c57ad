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

import re
from dataclasses import dataclass
from decimal import Decimal

from pipelines.extract.amounts import looks_like_amount, parse_amount
from pipelines.extract.catalog import Catalog, TableSpec, first_match, squash
from pipelines.extract.codes import code_level, is_code, join_code, parent_code, split_fused
from pipelines.extract.errors import AmountParseError, ExtractionError, UnmappableColumnsError
from pipelines.extract.grid import Grid
from pipelines.extract.model import LineItem, RawCell

# 一、 / 二十三、 / 1. / 1、 / (一) — and a bare 、 left behind when camelot splits a label.
_ORDINAL_PREFIX = re.compile(r"^(?:(?:[一二三四五六七八九十]+|\d+)?[、.．]|\([一二三四五六七八九十\d]+\))")
_ORDINAL_SUFFIX = re.compile(r"[一二三四五六七八九十]+$")
# Words that label code columns in headers, never data.
_CODE_HEADER_WORDS = {"类", "款", "项", "科目编码", "功能分类科目编码", "经济分类科目编码", "编码"}


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


def find_panels(spec: TableSpec, grid: Grid) -> list[Panel]:
    if spec.panels == 1:
        return [Panel(0, grid.n_cols, None)]
    # The second panel starts where the first panel's leading header repeats
    # ('项目 决算数 | 项目 决算数', '经济分类 … | 经济分类 …').
    for r in range(min(4, len(grid.rows))):
        lead = squash(grid.text(r, 0))
        if not lead:
            continue
        for c in range(1, grid.n_cols):
            if squash(grid.text(r, c)) == lead:
                sides = ("income", "expenditure") if spec.layout == "two_sided" else (None, None)
                return [Panel(0, c, sides[0]), Panel(c, grid.n_cols, sides[1])]
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


def _measure_for(spec: TableSpec, parts: list[str]) -> str | None:
    for part in reversed(parts):
        measure = first_match(spec.measures, part)
        if measure:
            return measure
    return spec.default_measure


def _column_has_numbers(grids: list[Grid], c: int) -> bool:
    return any(c < g.n_cols and looks_like_amount(row[c].text) for g in grids for row in g.rows)


def _map_amount_columns(spec: TableSpec, grids: list[Grid], cols: list[int]) -> dict[int, str]:
    first = grids[0]
    depth = _header_depth(first, cols)
    measures: dict[int, str] = {}
    for c in cols:
        parts = _header_parts(first, depth, c)
        measure = _measure_for(spec, parts)
        if measure:
            measures[c] = measure
        elif _column_has_numbers(grids, c):
            raise UnmappableColumnsError(
                f"{spec.key} (page {first.page}): amount column {c + 1} headed {'/'.join(parts) or '(blank)'!r} "
                "maps to no known measure"
            )
    return measures


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
            if r >= depth:
                rows.append(_Row(grid, r, stitched))
            stitched += 1
    return rows


# ------------------------------------------------------------------ subject --


def _code_columns(grids: list[Grid], panel: Panel) -> tuple[list[int], bool]:
    """Leading columns of the panel that hold codes; (cols, fused) where fused
    means codes and names share one column ('2010601行政运行')."""
    cols: list[int] = []
    for c in range(panel.first, panel.end - 1):
        texts = [squash(row[c].text) for g in grids for row in g.rows if c < g.n_cols]
        texts = [t for t in texts if t and t not in _CODE_HEADER_WORDS]
        codes = sum(is_code(t) for t in texts)
        if codes and codes * 2 >= len(texts):
            cols.append(c)
            continue
        if not cols and sum(split_fused(t) is not None for t in texts) * 2 >= max(len(texts), 1) and texts:
            return [c], True
        break
    return cols, False


def _subject_items(spec: TableSpec, catalog: Catalog, grids: list[Grid], panel: Panel, unit: str) -> list[LineItem]:
    code_cols, fused = _code_columns(grids, panel)
    name_col = code_cols[-1] if fused else (code_cols[-1] + 1 if code_cols else panel.first)
    amount_cols = [c for c in range(name_col + 1, panel.end)]
    if not code_cols:
        # No code anywhere: an empty table (header and blank rows only) or a
        # layout we do not know. Refuse only if there are numbers to lose.
        if any(_column_has_numbers(grids, c) for c in range(panel.first, panel.end)):
            raise UnmappableColumnsError(f"{spec.key} (page {grids[0].page}): no classification-code column found")
        return []
    measures = _map_amount_columns(spec, grids, amount_cols)
    items: list[LineItem] = []
    previous_code: str | None = None
    for row in _data_rows(grids, amount_cols):
        g, r = row.grid, row.index
        if fused:
            split = split_fused(g.text(r, name_col))
            code, label = (split[0], split[1]) if split else (None, squash(g.text(r, name_col)))
        else:
            code = join_code([g.text(r, c) for c in code_cols], previous_code)
            label = squash(g.text(r, name_col))
        override: str | None = None
        line_key = code
        if code is None:
            label_text = "".join(
                t for c in [*code_cols, name_col] if (t := squash(g.text(r, c))) not in _CODE_HEADER_WORDS
            )
            total = first_match(catalog.total_rows, _strip_ordinal(label_text))
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
    return items


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
    code = catalog.function_class_by_name(label)
    return f"fn_{code}" if code else None


def _two_sided_items(spec: TableSpec, catalog: Catalog, grids: list[Grid], panel: Panel, unit: str) -> list[LineItem]:
    label_col = panel.first
    amount_cols = list(range(panel.first + 1, panel.end))
    measures = _map_amount_columns(spec, grids, amount_cols)
    items: list[LineItem] = []
    section: str | None = None
    for row in _data_rows(grids, amount_cols):
        g, r = row.grid, row.index
        label = squash(g.text(r, label_col))
        key = _item_key(catalog, panel.side or "income", _strip_ordinal(label), section) if label else None
        if key in ("carryover_begin", "carryover_end"):
            section = key
        elif key and not key.startswith(("carryover_begin_", "carryover_end_")):
            section = None
        amounts = _row_amounts(spec, g, r, amount_cols)
        if not amounts:
            continue
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


def _three_public_items(spec: TableSpec, catalog: Catalog, grids: list[Grid], unit: str) -> list[LineItem]:
    first = grids[0]
    cols = list(range(first.n_cols))
    depth = _header_depth(first, cols)
    items: list[LineItem] = []
    for row in _data_rows(grids, cols):
        g, r = row.grid, row.index
        for c in cols:
            amount = _parse(spec, g, r, c)
            if amount is None:
                continue
            parts = _header_parts(first, depth, c)
            line_key = next((k for p in reversed(parts) if (k := first_match(catalog.three_public_items, p))), None)
            measure = _measure_for(spec, parts)
            if line_key is None or measure is None:
                raise UnmappableColumnsError(
                    f"{_where(spec, g, r, c)}: 三公 column headed {'/'.join(parts) or '(blank)'!r} "
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
                    line_key=line_key,
                    line_label=parts[-1] if parts else "",
                    measure=measure,
                )
            )
    keys = [(i.line_key, i.measure) for i in items]
    if len(keys) != len(set(keys)):
        raise UnmappableColumnsError(
            f"three_public (page {first.page}): more than one data row — layout not understood"
        )
    return items


# ------------------------------------------------------------------ public --


def normalize_table(spec: TableSpec, catalog: Catalog, grids: list[Grid], unit: str) -> list[LineItem]:
    """All amount cells of one stitched table as LineItems (empty for an empty table)."""
    if not grids:
        return []
    if spec.layout == "three_public":
        return _three_public_items(spec, catalog, grids, unit)
    panels = find_panels(spec, grids[0])
    for grid in grids[1:]:
        if grid.n_cols != grids[0].n_cols:
            raise UnmappableColumnsError(
                f"{spec.key}: continuation on page {grid.page} has {grid.n_cols} columns, "
                f"page {grids[0].page} has {grids[0].n_cols}"
            )
    read_panel = _two_sided_items if spec.layout == "two_sided" else _subject_items
    return [item for panel in panels for item in read_panel(spec, catalog, grids, panel, unit)]


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
