"""Two questions the loaders ask a connection before they write: does a table exist, and is a
transaction already open (then the caller's commit decides); and the one way the reference loaders
(places, crosswalk, reference) replace a whole table: `replacing` / `replace_rows`."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence

import duckdb


def has_tables(con: duckdb.DuckDBPyConnection, schema: str, *names: str) -> bool:
    """Every one of the named tables exists in the schema. (Asked of duckdb_tables(), never by
    querying the table: an unknown table name makes DuckDB scan Python variables of that name.)"""
    found = con.execute(
        "SELECT count(DISTINCT table_name) FROM duckdb_tables() WHERE schema_name = ? AND list_contains(?, table_name)",
        [schema, list(names)],
    ).fetchone()
    return bool(found and found[0] == len(set(names)))


def in_transaction(con: duckdb.DuckDBPyConnection) -> bool:
    """Inside an open transaction two statements share one transaction id; in autocommit they do not."""
    first = con.execute("SELECT txid_current()").fetchone()
    second = con.execute("SELECT txid_current()").fetchone()
    return first == second


@contextlib.contextmanager
def replacing(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """The block's statements in one transaction: begun, committed, rolled back on any error here
    unless the caller already has one open (then the caller's commit decides).

    A failed BEGIN would abort the caller's transaction, so an open one is detected first."""
    owns = not in_transaction(con)
    if owns:
        con.begin()
    try:
        yield
        if owns:
            con.commit()
    except BaseException:
        if owns:
            con.rollback()
        raise


def replace_rows(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[tuple]) -> int:
    """DELETE every row of `table` (a trusted, schema-qualified name: it is put into the SQL) and
    INSERT `rows` (one value per column, in the table's column order), in one transaction as
    `replacing` does; returns the rows written."""
    with replacing(con):
        con.execute(f"DELETE FROM {table}")
        if rows:  # executemany with no rows is an error
            placeholders = ", ".join("?" * len(rows[0]))
            con.executemany(f"INSERT INTO {table} VALUES ({placeholders})", list(rows))
    return len(rows)
