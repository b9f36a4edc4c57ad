"""ensure_schema skips a warehouse that already holds this exact DDL and reference (the writer calls
it for every document), re-applies when a SQL or reference file changes, and always when forced."""

from __future__ import annotations

import shutil

import duckdb

from pipelines.store.paths import sql_dir
from pipelines.store.schema import ensure_schema, schema_fingerprint


def _has_view(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return bool(
        con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'published' AND table_name = ?",
            [name],
        ).fetchone()[0]
    )


def test_unchanged_schema_is_not_reapplied_changed_or_forced_is(tmp_path):
    folder = tmp_path / "warehouse"
    shutil.copytree(sql_dir(), folder)
    con = duckdb.connect(str(tmp_path / "wh.duckdb"))
    ensure_schema(con, folder)
    assert _has_view(con, "yoy_by_subject")

    con.execute("DROP VIEW published.yoy_by_subject")
    ensure_schema(con, folder)  # same fingerprint: nothing applied
    assert not _has_view(con, "yoy_by_subject")
    ensure_schema(con, folder, force=True)
    assert _has_view(con, "yoy_by_subject")

    before = schema_fingerprint(folder)
    places = folder / "reference" / "places.csv"
    places.write_text(places.read_text(encoding="utf-8") + "成都市,成都市,city,四川省\n", encoding="utf-8")
    assert schema_fingerprint(folder) != before
    con.execute("DROP VIEW published.yoy_by_subject")
    ensure_schema(con, folder)  # a reference file changed: applied again, and the new place is loaded
    assert _has_view(con, "yoy_by_subject")
    assert con.execute("SELECT place FROM core.places WHERE prefix = '成都市'").fetchone() == ("成都市",)
