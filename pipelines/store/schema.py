"""Apply the warehouse DDL (warehouse/*.sql) to a DuckDB connection."""

from __future__ import annotations

import hashlib
import os
import random
import time
from pathlib import Path

import duckdb

from pipelines.store.catalog_state import has_tables
from pipelines.store.paths import default_warehouse_path, sql_dir


def sql_files(folder: Path | None = None) -> list[Path]:
    return sorted((folder or sql_dir()).glob("*.sql"))


def schema_fingerprint(folder: Path | None = None) -> str:
    """sha256 over the DDL (warehouse/*.sql) and the reference CSVs (warehouse/reference/*.csv)."""
    root = folder or sql_dir()
    digest = hashlib.sha256()
    for path in sql_files(folder) + sorted((root / "reference").glob("*.csv")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _applied_fingerprint(con: duckdb.DuckDBPyConnection) -> str | None:
    if not has_tables(con, "core", "schema_fingerprint"):
        return None
    row = con.execute("SELECT fingerprint FROM core.schema_fingerprint").fetchone()
    return row[0] if row else None


def ensure_schema(con: duckdb.DuckDBPyConnection, folder: Path | None = None, force: bool = False) -> list[str]:
    """Apply every warehouse/*.sql in file-name order and load the reference tables; safe to repeat.
    Returns the files applied.

    The writer calls this for every document; applying the whole DDL costs ~0.5 s each time on the
    one serial writer, so the DDL is not re-applied to a warehouse that holds this exact DDL and
    reference (same fingerprint) unless `force` (the published_views refresh forces it, so a view
    dropped by hand comes back)."""
    files = sql_files(folder)
    if not files:
        raise FileNotFoundError(f"no *.sql files in {folder or sql_dir()}")
    fingerprint = schema_fingerprint(folder)
    if force or _applied_fingerprint(con) != fingerprint:
        for path in files:
            # Drain the result so the connection is free for the next statement (DuckDB 2.0).
            con.execute(path.read_text(encoding="utf-8")).fetchall()
        _widen_amounts(con)
    # The reference loaders check their own tables (checksum, row count) and write only on a change.
    from pipelines.store.reference import load_reference  # core.reference_subjects from warehouse/reference/

    reference = folder / "reference" if folder else None  # the CSVs beside the DDL applied
    load_reference(con, reference)
    from pipelines.store.crosswalk import load_crosswalk  # core.subject_crosswalk from warehouse/reference/

    load_crosswalk(con, reference)
    from pipelines.store.places import load_places  # core.places from warehouse/reference/places.csv

    load_places(con, reference)
    con.execute("CREATE TABLE IF NOT EXISTS core.schema_fingerprint (fingerprint VARCHAR NOT NULL)")
    con.execute("DELETE FROM core.schema_fingerprint")
    con.execute("INSERT INTO core.schema_fingerprint VALUES (?)", [fingerprint])
    return [p.name for p in files]


# Printed amounts carry up to 6 decimals (北京 prints 万元 to 6: 44.796055). Warehouses built
# when the column was DECIMAL(18,4) would round them on insert, so they are widened in place.
AMOUNT_TYPE = "DECIMAL(24,6)"
_AMOUNT_COLUMNS = (("raw", "line_items"), ("core", "facts"))


def _widen_amounts(con: duckdb.DuckDBPyConnection) -> None:
    for schema, table in _AMOUNT_COLUMNS:
        row = con.execute(
            "SELECT data_type FROM information_schema.columns "
            "WHERE table_schema = ? AND table_name = ? AND column_name = 'amount'",
            [schema, table],
        ).fetchone()
        if row is not None and row[0] != AMOUNT_TYPE:
            con.execute(f"ALTER TABLE {schema}.{table} ALTER COLUMN amount SET DATA TYPE {AMOUNT_TYPE}")


LOCK_TIMEOUT_ENV = "BUDGETWH_LOCK_TIMEOUT"  # seconds to wait for another process's write lock
DEFAULT_LOCK_TIMEOUT = 300.0


class WarehouseLockedError(RuntimeError):
    """Another process held the warehouse's write lock for longer than the timeout."""


def lock_timeout() -> float:
    return float(os.environ.get(LOCK_TIMEOUT_ENV) or DEFAULT_LOCK_TIMEOUT)


def _is_lock_conflict(exc: duckdb.Error) -> bool:
    return "lock" in str(exc).lower()


def connect_with_retry(
    database: str | Path, read_only: bool = False, config: dict | None = None, timeout: float | None = None
) -> duckdb.DuckDBPyConnection:
    """duckdb.connect, waiting (jittered exponential backoff, up to 2 s a try) while another
    process holds the file's lock. DuckDB allows one writing process per file, and no
    reader while it writes; writers here hold the lock only for one document's writes.
    After `timeout` (default $BUDGETWH_LOCK_TIMEOUT or 300 s) raises WarehouseLockedError."""
    timeout = lock_timeout() if timeout is None else timeout
    deadline = time.monotonic() + timeout
    delay = 0.05
    while True:
        try:
            return duckdb.connect(str(database), read_only=read_only, config=config or {})
        except duckdb.IOException as exc:
            if not _is_lock_conflict(exc):
                raise
            if time.monotonic() >= deadline:
                raise WarehouseLockedError(
                    f"warehouse {database} is locked by another process; gave up after {timeout:.0f} s "
                    f"(set {LOCK_TIMEOUT_ENV} to wait longer). DuckDB said: {exc}"
                ) from exc
        time.sleep(min(delay * (0.5 + random.random()), max(deadline - time.monotonic(), 0.01)))
        delay = min(delay * 2, 2.0)


def connect(path: str | Path | None = None, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse (default: $BUDGETWH_WAREHOUSE or warehouse/budget.duckdb), waiting out
    another process's lock (see connect_with_retry)."""
    target = Path(path) if path else default_warehouse_path()
    if not read_only:
        target.parent.mkdir(parents=True, exist_ok=True)
    return connect_with_retry(target, read_only=read_only)
