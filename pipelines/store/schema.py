"""Apply the warehouse DDL (warehouse/*.sql) to a DuckDB connection."""

from __future__ import annotations

from pathlib import Path

import duckdb

from pipelines.store.paths import default_warehouse_path, sql_dir


def sql_files(folder: Path | None = None) -> list[Path]:
    return sorted((folder or sql_dir()).glob("*.sql"))


def ensure_schema(con: duckdb.DuckDBPyConnection, folder: Path | None = None) -> list[str]:
    """Apply every warehouse/*.sql in file-name order; safe to repeat. Returns the files applied."""
    files = sql_files(folder)
    if not files:
        raise FileNotFoundError(f"no *.sql files in {folder or sql_dir()}")
    for path in files:
        con.execute(path.read_text(encoding="utf-8"))
    return [p.name for p in files]


def connect(path: str | Path | None = None, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse (default: $BUDGETWH_WAREHOUSE or warehouse/budget.duckdb)."""
    target = Path(path) if path else default_warehouse_path()
    if not read_only:
        target.parent.mkdir(parents=True, exist_ok=True)
    return duckdb.connect(str(target), read_only=read_only)
