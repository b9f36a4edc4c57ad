"""The classification crosswalk (科目对照) in core.subject_crosswalk.

warehouse/reference/crosswalk_function.csv   支出功能分类 code changes between years
warehouse/reference/crosswalk_economic.csv   支出经济分类 code changes (optional file)

Columns: from_code, from_year_last, to_code, to_year_first, note. A row says: the code `from_code`,
last used in `from_year_last`, is compared as `to_code` (first used in `to_year_first`) from then on.
Several from_codes with one to_code = a merge; one from_code with several to_codes (same
from_year_last) = a split, which the comparisons do not map (its lines are listed in
published.unmatched_subjects instead); from_code = to_code = a rename with the code unchanged
(documentation only). The comparison views (warehouse/60_marts.sql) map old codes through it.

load_crosswalk(con) replaces the table from the CSV files; ensure_schema calls it on every run, so it
writes only when the files' rows differ from the table's.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import duckdb

from pipelines.store.catalog_state import has_tables, replace_rows
from pipelines.store.paths import sql_dir

COLUMNS = ("from_code", "from_year_last", "to_code", "to_year_first", "note")
FILE_PATTERN = "crosswalk_*.csv"
CODE_KINDS = ("function", "economic")


@dataclass(frozen=True, order=True)
class CrosswalkRow:
    code_kind: str
    from_code: str
    from_year_last: int
    to_code: str
    to_year_first: int
    note: str | None

    def as_tuple(self) -> tuple:
        return (self.code_kind, self.from_code, self.from_year_last, self.to_code, self.to_year_first, self.note)


def crosswalk_dir() -> Path:
    return sql_dir() / "reference"


def read_crosswalk(folder: Path | None = None) -> list[CrosswalkRow]:
    """Parse and validate every crosswalk_<kind>.csv in `folder` (raises ValueError on a bad row)."""
    folder = folder or crosswalk_dir()
    rows: list[CrosswalkRow] = []
    for path in sorted(folder.glob(FILE_PATTERN)):
        kind = path.stem.removeprefix("crosswalk_")
        if kind not in CODE_KINDS:
            raise ValueError(f"{path.name}: unknown code kind {kind!r} (expected one of {CODE_KINDS})")
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            if tuple(reader.fieldnames or ()) != COLUMNS:
                raise ValueError(f"{path.name}: columns {reader.fieldnames}, expected {list(COLUMNS)}")
            for n, raw in enumerate(reader, start=2):
                try:
                    row = CrosswalkRow(
                        code_kind=kind,
                        from_code=raw["from_code"].strip(),
                        from_year_last=int(raw["from_year_last"]),
                        to_code=raw["to_code"].strip(),
                        to_year_first=int(raw["to_year_first"]),
                        note=(raw["note"] or "").strip() or None,
                    )
                except (TypeError, ValueError) as exc:
                    raise ValueError(f"{path.name}:{n}: {exc}") from None
                if not (row.from_code.isdigit() and row.to_code.isdigit()):
                    raise ValueError(f"{path.name}:{n}: codes must be digits: {row.from_code!r} → {row.to_code!r}")
                if len(row.from_code) not in (3, 5, 7) or len(row.to_code) not in (3, 5, 7):
                    raise ValueError(f"{path.name}:{n}: codes must have 3, 5 or 7 digits")
                if row.from_year_last >= row.to_year_first:
                    raise ValueError(f"{path.name}:{n}: from_year_last must be before to_year_first")
                rows.append(row)
    keys = [(r.code_kind, r.from_code, r.from_year_last, r.to_code) for r in rows]
    if len(set(keys)) != len(keys):
        raise ValueError("crosswalk: duplicate (from_code, from_year_last, to_code) rows")
    return sorted(rows)


def load_crosswalk(con: duckdb.DuckDBPyConnection, folder: Path | None = None) -> int:
    """Replace core.subject_crosswalk from the CSV files; returns the rows written (0 when unchanged/skipped).

    Skipped when the table does not exist (a DDL folder without 60_marts.sql)."""
    if not has_tables(con, "core", "subject_crosswalk"):
        return 0
    rows = read_crosswalk(folder)
    current = con.execute(
        "SELECT code_kind, from_code, from_year_last, to_code, to_year_first, note FROM core.subject_crosswalk "
        "ORDER BY ALL"
    ).fetchall()
    wanted = sorted(r.as_tuple() for r in rows)
    if sorted(current, key=repr) == sorted(wanted, key=repr):
        return 0
    return replace_rows(con, "core.subject_crosswalk", wanted)
