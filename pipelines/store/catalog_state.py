"""Two questions the loaders ask a connection before they write: does a table exist, and is a
transaction already open (then the caller's commit decides)."""

from __future__ import annotations

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
