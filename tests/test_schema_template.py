"""The worker's in-memory warehouse is copied from a schema template file, not rebuilt from the DDL:
the copy must be the same warehouse (every table, column, constraint, view, macro and reference row)."""

import tempfile
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

import pipelines.staging as staging
from pipelines.store.schema import ensure_schema, schema_fingerprint

CATALOG = {
    "tables": "SELECT schema_name, table_name FROM duckdb_tables()",
    "columns": "SELECT schema_name, table_name, column_name, data_type, column_default, is_nullable "
    "FROM duckdb_columns()",
    "constraints": "SELECT schema_name, table_name, constraint_type, constraint_text FROM duckdb_constraints()",
    "views": "SELECT schema_name, view_name FROM duckdb_views() WHERE NOT internal",
    "macros": "SELECT schema_name, function_name, function_type, macro_definition FROM duckdb_functions() "
    "WHERE function_type IN ('macro', 'table_macro') AND NOT internal",
}
REFERENCE = ("core.reference_subjects", "core.subject_crosswalk", "core.places", "core.schema_fingerprint")


def _catalog(con: duckdb.DuckDBPyConnection) -> dict[str, set]:
    return {name: set(con.execute(query).fetchall()) for name, query in CATALOG.items()}


@pytest.fixture
def own_temp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    staging.close_scratch()
    yield tmp_path
    staging.close_scratch()


def test_scratch_from_template_is_the_schema(own_temp: Path) -> None:
    built = duckdb.connect(":memory:")
    ensure_schema(built)
    copied = staging._scratch_connection()
    template = staging.schema_template()
    assert template.parent == own_temp / "budgetwh-schema" and template.name.startswith(schema_fingerprint())
    assert _catalog(copied) == _catalog(built)
    assert len(_catalog(built)["views"]) > 50 and len(_catalog(built)["macros"]) >= 3
    for table in REFERENCE:
        assert copied.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0, table
        assert set(copied.execute(f"SELECT * FROM {table}").fetchall()) == set(
            built.execute(f"SELECT * FROM {table}").fetchall()
        ), table
    # Every view binds and answers on the copy (a view copied with a broken definition would raise).
    for schema, view in sorted(_catalog(copied)["views"]):
        copied.execute(f'SELECT * FROM "{schema}"."{view}" LIMIT 0').fetchall()


def test_template_built_once_and_reused(own_temp: Path) -> None:
    first = staging.schema_template()
    stamp = first.stat().st_mtime_ns
    assert staging.schema_template() == first and first.stat().st_mtime_ns == stamp
    assert [p.name for p in first.parent.iterdir()] == [first.name]  # no temporary file left behind
