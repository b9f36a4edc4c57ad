"""Typed results of extracting one budget / final-account PDF.

These dataclasses are the whole interface between the pure extraction library
(PDF → typed tables) and everything downstream (warehouse loading, Dagster,
CLI). They carry no behaviour beyond trivial derived values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

# How many 元 one printed unit is worth; exact, never float.
UNIT_TO_YUAN: dict[str, Decimal] = {"元": Decimal(1), "万元": Decimal(10_000), "亿元": Decimal(100_000_000)}

REPORT_KINDS = ("final_account", "budget")
SCOPES = ("department", "unit")
# One disclosure may come as several PDFs: the tables and the 情况说明 apart (北京, 江苏).
PARTS = ("full", "tables", "narrative")


@dataclass(frozen=True)
class RawCell:
    """One cell of a table grid exactly as read from the page (before typing)."""

    table_key: str
    page: int  # 1-based
    row: int  # row index within the stitched table grid
    col: int  # column index within that page's grid
    text: str
    bbox: tuple[float, float, float, float] | None = None  # x1, y1, x2, y2 in PDF points


@dataclass(frozen=True)
class LineItem:
    """One non-empty amount cell: (table, side, line, measure) → amount."""

    table_key: str  # contract vocabulary: summary, income, expenditure, ...
    side: str | None  # 'income' / 'expenditure' for two-sided summary tables, else None
    line_key: str  # classification code digits ('2080101') or an item key ('income_total', 'total')
    line_label: str  # the row label as printed, whitespace removed
    measure: str  # contract vocabulary: total, basic, project, final, budget, ...
    amount: Decimal  # exactly as printed, in unit_printed
    unit_printed: str  # 元 / 万元 / 亿元
    page: int  # 1-based page the amount was read from
    code_kind: str | None = None  # 'function' | 'economic' for subject rows, else None
    level: int | None = None  # 1 类, 2 款, 3 项 for subject rows
    parent_code: str | None = None  # the code one level up, for 款/项 rows
    row: int | None = None  # row index in the table grid (for tracing back to raw cells)
    col: int | None = None
    extraction_method: str = "lattice"  # lattice | stream | ocr

    @property
    def amount_yuan(self) -> Decimal:
        return (self.amount * UNIT_TO_YUAN[self.unit_printed]).quantize(Decimal("0.01"))


@dataclass
class ExtractedTable:
    """One standard table, stitched across its pages."""

    table_key: str
    title: str  # the title as printed
    pages: list[int]
    unit_printed: str
    method: str  # lattice | stream | ocr
    cells: list[RawCell] = field(default_factory=list)
    items: list[LineItem] = field(default_factory=list)
    # Codes printed on several rows (per-unit blocks run together, 北京/深圳): left out, so the
    # table holds only part of its subjects and its sums are not checked.
    repeated_codes: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.items


@dataclass(frozen=True)
class DocumentMeta:
    department: str
    fiscal_year: int
    report_kind: str  # final_account | budget
    scope: str  # department | unit
    page_count: int
    part: str = "full"  # full | tables | narrative (see PARTS)


@dataclass
class ExtractedDocument:
    sha256: str
    file_name: str
    meta: DocumentMeta
    tables: list[ExtractedTable]
    narrative_pages: dict[int, str] = field(default_factory=dict)  # page → text of 情况说明 pages
    page_texts: dict[int, str] = field(default_factory=dict)  # page → text layer of every page
    missing_tables: list[str] = field(default_factory=list)  # standard table_keys not found
    seconds: float = 0.0  # wall time of the extraction

    def table(self, table_key: str) -> ExtractedTable | None:
        return next((t for t in self.tables if t.table_key == table_key), None)

    @property
    def items(self) -> list[LineItem]:
        return [item for t in self.tables for item in t.items]
