"""The classification reference (政府收支分类科目) in core.reference_subjects.

warehouse/reference/function_codes.csv   支出功能分类: 类 (3 digits), 款 (5), 项 (7)
warehouse/reference/economic_codes.csv   部门预算支出经济分类: 类 (3), 款 (5)

Both have the columns code,name,level,parent_code,first_year,last_year (years inclusive, blank
last_year = still valid). load_reference(con) replaces the table from the CSVs; ensure_schema calls
it on every run, so it skips the reload when the files' checksum and the row count are unchanged.
lookup_subject(con, kind, code, year) gives the reference name of a code in a year (None = unknown),
for the quality rules "code unknown" (blocking) and "name differs from the reference" (warning);
compare names with normalize_name on both sides.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

import duckdb

from pipelines.store.catalog_state import has_tables, replacing
from pipelines.store.paths import sql_dir

CODE_KINDS = ("function", "economic")
FILES = {"function": "function_codes.csv", "economic": "economic_codes.csv"}
COLUMNS = ("code", "name", "level", "parent_code", "first_year", "last_year")
# Code length per level: function 类 3 / 款 5 / 项 7; economic 类 3 / 款 5.
LEVEL_BY_LENGTH = {"function": {3: 1, 5: 2, 7: 3}, "economic": {3: 1, 5: 2}}
FIRST_YEAR = 2019  # the reference covers 2019 onward; a first_year of 2019 means "valid at least since 2019"

_BRACKETS = str.maketrans({"（": "(", "）": ")", "【": "[", "】": "]", "－": "-", "—": "-"})


@dataclass(frozen=True)
class Subject:
    code_kind: str
    code: str
    name: str
    level: int
    parent_code: str | None
    first_year: int
    last_year: int | None

    def valid_in(self, year: int) -> bool:
        return self.first_year <= year and (self.last_year is None or year <= self.last_year)


def reference_dir() -> Path:
    return sql_dir() / "reference"


def normalize_name(name: str) -> str:
    """Whitespace removed, full-width brackets/dashes as half-width: the form names are compared in."""
    return "".join(name.split()).translate(_BRACKETS)


def _int_or_none(text: str) -> int | None:
    text = text.strip()
    return int(text) if text else None


def read_reference(folder: Path | None = None) -> list[Subject]:
    """Parse and validate both CSV files (raises ValueError on a malformed row)."""
    folder = folder or reference_dir()
    out: list[Subject] = []
    for kind in CODE_KINDS:
        path = folder / FILES[kind]
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            if tuple(reader.fieldnames or ()) != COLUMNS:
                raise ValueError(f"{path.name}: columns {reader.fieldnames}, expected {list(COLUMNS)}")
            for n, row in enumerate(reader, start=2):
                code = row["code"].strip()
                level = LEVEL_BY_LENGTH[kind].get(len(code))
                if not code.isdigit() or level is None or int(row["level"]) != level:
                    raise ValueError(f"{path.name}:{n}: bad code/level {code!r}/{row['level']!r}")
                first = _int_or_none(row["first_year"])
                if first is None:
                    raise ValueError(f"{path.name}:{n}: first_year is required")
                out.append(
                    Subject(
                        code_kind=kind,
                        code=code,
                        name=row["name"].strip(),
                        level=level,
                        parent_code=row["parent_code"].strip() or None,
                        first_year=first,
                        last_year=_int_or_none(row["last_year"]),
                    )
                )
    return out


# duckdb reads the files itself (binding ~800 rows of parameters is 30x slower); read_reference validates first.
_INSERT_FROM_CSV = """
INSERT INTO core.reference_subjects
SELECT ?, trim(code), trim(name), level, NULLIF(trim(parent_code), ''), first_year, last_year
FROM read_csv(?, header = true, delim = ',', quote = '"', auto_detect = false, columns = {
    'code': 'VARCHAR', 'name': 'VARCHAR', 'level': 'INTEGER', 'parent_code': 'VARCHAR',
    'first_year': 'INTEGER', 'last_year': 'INTEGER'})
"""


def _checksum(folder: Path) -> str:
    digest = hashlib.sha256()
    for kind in CODE_KINDS:
        digest.update(kind.encode())
        digest.update((folder / FILES[kind]).read_bytes())
    return digest.hexdigest()


def load_reference(con: duckdb.DuckDBPyConnection, folder: Path | None = None, force: bool = False) -> int:
    """Replace core.reference_subjects from the CSVs; returns the rows loaded (0 when unchanged/skipped).

    Skipped when the tables do not exist (a DDL folder without 22_reference.sql) or when the files'
    checksum and the table's row count match the last load.
    """
    if not has_tables(con, "core", "reference_subjects", "reference_load"):
        return 0
    folder = folder or reference_dir()
    checksum = _checksum(folder)
    if not force:
        last = con.execute("SELECT checksum, row_count FROM core.reference_load ORDER BY loaded_at DESC LIMIT 1")
        stored = last.fetchone()
        current = con.execute("SELECT count(*) FROM core.reference_subjects").fetchone()
        if stored and current and stored[0] == checksum and stored[1] == current[0]:
            return 0
    expected = len(read_reference(folder))  # validates every row before anything is replaced
    with replacing(con):
        con.execute("DELETE FROM core.reference_subjects")
        for kind in CODE_KINDS:
            con.execute(_INSERT_FROM_CSV, [kind, str((folder / FILES[kind]).resolve())])
        loaded = con.execute("SELECT count(*) FROM core.reference_subjects").fetchone()
        if not loaded or loaded[0] != expected:
            raise ValueError(f"reference load read {loaded} rows, the CSV files have {expected}")
        con.execute("DELETE FROM core.reference_load")
        con.execute("INSERT INTO core.reference_load VALUES (?, ?, current_timestamp::TIMESTAMP)", [checksum, expected])
    return expected


def lookup_subject(con: duckdb.DuckDBPyConnection, code_kind: str, code: str, year: int) -> str | None:
    """The reference name of `code` valid in `year`, or None when the code is unknown for that year."""
    found = con.execute(
        "SELECT name FROM core.reference_subjects WHERE code_kind = ? AND code = ? "
        "AND first_year <= ? AND (last_year IS NULL OR last_year >= ?) ORDER BY first_year DESC LIMIT 1",
        [code_kind, code, year, year],
    ).fetchone()
    return found[0] if found else None
