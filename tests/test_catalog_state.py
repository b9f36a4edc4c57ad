"""replace_rows / replacing (pipelines/store/catalog_state.py): the whole-table replacement the places,
crosswalk and reference loaders share — its own transaction in autocommit, the caller's when one is open."""

from __future__ import annotations

import duckdb
import pytest

from pipelines.store.catalog_state import in_transaction, replace_rows, replacing


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE SCHEMA core")
    con.execute("CREATE TABLE core.t (a VARCHAR, b INTEGER)")
    con.execute("INSERT INTO core.t VALUES ('old', 1)")
    return con


def rows(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute("SELECT * FROM core.t ORDER BY ALL").fetchall()


def test_replace_rows_in_autocommit_commits(con):
    assert replace_rows(con, "core.t", [("x", 2), ("y", 3)]) == 2
    assert not in_transaction(con)
    assert rows(con) == [("x", 2), ("y", 3)]


def test_no_rows_empties_the_table(con):
    assert replace_rows(con, "core.t", []) == 0
    assert rows(con) == []


def test_a_bad_row_rolls_back_to_the_old_table(con):
    with pytest.raises(duckdb.Error):
        replace_rows(con, "core.t", [("x", 2), ("y", "not a number")])
    assert not in_transaction(con)
    assert rows(con) == [("old", 1)]


def test_inside_the_callers_transaction_the_caller_decides(con):
    con.begin()
    replace_rows(con, "core.t", [("x", 2)])
    assert in_transaction(con)  # neither committed nor ended by replace_rows
    con.rollback()
    assert rows(con) == [("old", 1)]


def test_replacing_two_tables_in_one_transaction(con):
    con.execute("CREATE TABLE core.u (n INTEGER)")
    with pytest.raises(ValueError), replacing(con):
        con.execute("DELETE FROM core.t")
        replace_rows(con, "core.u", [(1,)])  # joins the open transaction
        raise ValueError("a check after both writes fails")
    assert rows(con) == [("old", 1)]
    assert con.execute("SELECT count(*) FROM core.u").fetchone() == (0,)
