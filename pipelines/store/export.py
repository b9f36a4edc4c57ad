"""Hand the published warehouse off as Parquet (for DuckDB, Spark, Trino, …).

    export_parquet(warehouse, out_dir) → list[ExportedTable]

Every table and view of the `published` schema is written to `out_dir/<name>/`.
Those with a `fiscal_year` column are Hive-partitioned by it
(`out_dir/line_items/fiscal_year=2023/data_0.parquet`); the others are one file.
Amounts keep their DECIMAL(18,2) type (Parquet DECIMAL, exact). `_manifest.json`
lists each table's row count, columns, types and partitioning. Read back with

    SELECT * FROM read_parquet('out/line_items/**/*.parquet', hive_partitioning = true)

Each exported folder is replaced as a whole, so a re-export never leaves stale
partitions behind. The warehouse is opened read-only (waiting out an ingest's
write lock), and everything is read in one transaction: one consistent snapshot.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from pipelines.store.schema import connect_with_retry

SCHEMA = "published"
PARTITION_COLUMN = "fiscal_year"
MANIFEST = "_manifest.json"


@dataclass(frozen=True)
class ExportedTable:
    name: str
    rows: int
    partitioned_by: str | None
    path: str
    columns: dict[str, str]  # column → DuckDB type


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def published_relations(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, str]]:
    """Every table/view in the published schema → its columns and types, in order."""
    rows = con.execute(
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = ? ORDER BY table_name, ordinal_position",
        [SCHEMA],
    ).fetchall()
    relations: dict[str, dict[str, str]] = {}
    for table, column, dtype in rows:
        relations.setdefault(table, {})[column] = dtype
    return relations


def export_parquet(warehouse: str | Path, out_dir: str | Path, tables: list[str] | None = None) -> list[ExportedTable]:
    """Write the published tables/views (all, or `tables`) of `warehouse` as Parquet under `out_dir`."""
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    con = connect_with_retry(Path(warehouse), read_only=True)
    exported: list[ExportedTable] = []
    try:
        con.begin()  # one snapshot for every table
        relations = published_relations(con)
        if not relations:
            raise LookupError(f"{warehouse} has no {SCHEMA} tables or views (is it a budgetwh warehouse?)")
        unknown = sorted(set(tables or []) - set(relations))
        if unknown:
            raise LookupError(f"no such published table/view: {', '.join(unknown)}")
        for name, columns in relations.items():
            if tables and name not in tables:
                continue
            source = f"{SCHEMA}.{_quote(name)}"
            target = out / name
            if target.exists():
                shutil.rmtree(target)
            rows = con.execute(f"SELECT count(*) FROM {source}").fetchone()[0]
            partitioned = PARTITION_COLUMN in columns and rows > 0
            if partitioned:
                con.execute(
                    f"COPY (SELECT * FROM {source}) TO {_sql_string(str(target))} "
                    f"(FORMAT parquet, PARTITION_BY ({_quote(PARTITION_COLUMN)}), OVERWRITE_OR_IGNORE)"
                )
            else:  # one file (an empty table too: its schema still travels)
                target.mkdir(parents=True)
                con.execute(
                    f"COPY (SELECT * FROM {source}) TO {_sql_string(str(target / 'data_0.parquet'))} (FORMAT parquet)"
                )
            exported.append(
                ExportedTable(
                    name=name,
                    rows=rows,
                    partitioned_by=PARTITION_COLUMN if partitioned else None,
                    path=str(target),
                    columns=columns,
                )
            )
        con.commit()
    finally:
        con.close()
    manifest = {
        "source": str(Path(warehouse).resolve()),
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "format": "parquet",
        "read_with": "read_parquet('<dir>/<table>/**/*.parquet', hive_partitioning = true)",
        "tables": [asdict(t) | {"path": Path(t.path).name} for t in exported],
    }
    (out / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    return exported
