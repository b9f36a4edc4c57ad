"""The published tables and comparison marts as Dagster assets (group `comparisons`).

One asset per relation of COMPARISONS (data, not code: the factory builds them all), keyed
`published/<name>`. The SQL stays in warehouse/*.sql (the file is found by the relation's
`CREATE OR REPLACE VIEW published.<name>`); an asset reports the relation's column schema (DuckDB
DESCRIBE → dagster.TableSchema), row count and first rows. Lineage: the source relations depend
on `published_documents` (every document partition) and `published_views` (the DDL); the marts on
the relations they read.

The cross-year checks (pipelines/quality/cross_year.py) are blocking asset checks of the asset whose
rows they judge: the check runs the family's great-expectations suite, stores its findings in
core.check_results (both documents and pages), and only then is the relation counted and
previewed — published.yoy_by_subject already withholds the pairs a failed check blocked, and the
check's metadata lists them. `refresh_comparisons` materializes the group; `comparisons_sensor`
runs it whenever a document is published (docs/scaling.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

import duckdb
from dagster import (
    AssetCheckResult,
    AssetCheckSeverity,
    AssetCheckSpec,
    AssetKey,
    AssetsDefinition,
    AssetSelection,
    DefaultSensorStatus,
    EventLogEntry,
    MaterializeResult,
    MetadataValue,
    RunRequest,
    SensorEvaluationContext,
    TableColumn,
    TableSchema,
    asset,
    asset_sensor,
    define_asset_job,
)
from dagster_duckdb import DuckDBResource

from pipelines.defs.assets import published_documents, published_views
from pipelines.defs.resources import WRITER_POOL
from pipelines.quality.cross_year import (
    CROSS_YEAR_BLOCKING,
    CROSS_YEAR_FAMILIES,
    CrossYearReport,
    run_cross_year,
    write_cross_year_results,
)
from pipelines.store import ensure_schema
from pipelines.store.paths import REPO_ROOT
from pipelines.store.schema import sql_dir

GROUP = "comparisons"
PREVIEW_ROWS = 10


@dataclass(frozen=True)
class Relation:
    """One published relation as an asset."""

    name: str  # published.<name>
    description: str
    reads: tuple[str, ...] = ()  # other relations of the catalog it is built from (lineage)
    checks: tuple[str, ...] = ()  # cross-year families run as its asset checks


COMPARISONS: tuple[Relation, ...] = (
    Relation("line_items", "Every amount of every published document (contract)."),
    Relation("project_performance", "绩效自评 of published documents, across years."),
    Relation(
        "totals_by_year",
        "Headline totals per document with pages; carry-over continuity checked across years.",
        ("line_items",),
        ("cross_year_carryover",),
    ),
    Relation(
        "yoy_by_subject",
        "Year over year per line (contract); pairs a blocking cross-year check failed on are withheld.",
        ("line_items",),
        ("cross_year_budget_prev", "cross_year_outliers"),
    ),
    Relation("budget_vs_final", "Budget beside final account per code (contract).", ("line_items",)),
    Relation("execution_by_subject", "Budget execution per code and year, with pages.", ("line_items",)),
    Relation("three_public_by_year", "三公 经费 per department and year, budget against actual.", ("line_items",)),
    Relation("office_operation_by_year", "机关运行经费, budgeted and spent.", ("line_items",)),
    Relation("function_class_composition", "Spending by function class and its share.", ("line_items",)),
    Relation("department_places", "Every department with its place (from its name, warehouse/reference/places.csv)."),
    Relation(
        "three_public_by_department",
        "三公 per department document, its items and its share of 基本支出 (一般公共预算财政拨款).",
        ("line_items", "department_places"),
    ),
    Relation(
        "function_class_by_department",
        "Each department's spending by function class, its share, and its part of the place's sum.",
        ("function_class_composition", "department_places"),
    ),
    Relation(
        "three_public_by_place",
        "三公 per place and year: a sum over the departments present, with those left out and why.",
        ("three_public_by_department",),
    ),
    Relation(
        "function_class_by_place",
        "Spending by function class per place and year, summed over the departments present.",
        ("function_class_by_department",),
    ),
    Relation(
        "unmatched_subjects",
        "Lines without a counterpart (previous/next year, budget/final) with the reason.",
        ("line_items",),
        ("cross_year_classification",),
    ),
    Relation(
        "cross_year_findings",
        "Every cross-year finding, naming both documents and pages.",
        ("totals_by_year", "yoy_by_subject", "unmatched_subjects"),
    ),
)


def relation_key(name: str) -> AssetKey:
    return AssetKey(["published", name])


@cache
def sql_file(name: str) -> str:
    """The warehouse/*.sql file (relative to the repo) that creates published.<name>."""
    pattern = re.compile(rf"CREATE\s+OR\s+REPLACE\s+VIEW\s+published\.{re.escape(name)}\s+AS", re.IGNORECASE)
    for path in sorted(sql_dir().glob("*.sql")):
        if pattern.search(path.read_text(encoding="utf-8")):
            return str(path.relative_to(REPO_ROOT)) if path.is_relative_to(REPO_ROOT) else str(path)
    raise LookupError(f"no warehouse/*.sql creates published.{name}")


def _missing(con: duckdb.DuckDBPyConnection, relation: Relation) -> bool:
    """Whether the relation or one of its checks' evidence views is not in this warehouse yet."""
    wanted = {("published", relation.name), *(("checks", f"evidence_{f}") for f in relation.checks)}
    present = set(
        con.execute(
            "SELECT table_schema, table_name FROM information_schema.tables "
            "WHERE table_schema IN ('published', 'checks')"
        ).fetchall()
    )
    return not wanted <= present


def table_schema(con: duckdb.DuckDBPyConnection, name: str) -> TableSchema:
    rows = con.execute(f'DESCRIBE published."{name}"').fetchall()  # column_name, column_type, null, …
    return TableSchema(columns=[TableColumn(name=r[0], type=str(r[1])) for r in rows])


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:,}"
    text = str(value).replace("|", "/").replace("\n", " ")
    if re.fullmatch(r"[0-9a-f]{64}", text):  # a document_id (sha256): its prefix is enough to read
        return text[:12] + "…"
    return text if len(text) <= 60 else text[:57] + "…"


def preview_markdown(con: duckdb.DuckDBPyConnection, name: str, limit: int = PREVIEW_ROWS) -> str:
    """The first rows (in a stable order) as a markdown table."""
    cur = con.execute(f'SELECT * FROM published."{name}" ORDER BY ALL LIMIT {int(limit)}')
    columns = [d[0] for d in cur.description]
    rows = cur.fetchall()
    if not rows:
        return "_no rows_"
    lines = ["| " + " | ".join(columns) + " |", "| " + " | ".join("---" for _ in columns) + " |"]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def relation_metadata(con: duckdb.DuckDBPyConnection, name: str) -> dict[str, object]:
    rows = con.execute(f'SELECT count(*) FROM published."{name}"').fetchone()[0]
    return {
        "dagster/column_schema": table_schema(con, name),
        "dagster/row_count": MetadataValue.int(rows),
        "relation": f"published.{name}",
        "sql": MetadataValue.path(sql_file(name)),
        "preview": MetadataValue.md(preview_markdown(con, name)),
    }


def withheld_markdown(con: duckdb.DuckDBPyConnection, family: str | None = None) -> tuple[int, str]:
    """The (pair, table) blocks of core.cross_year_blocks (of one family, or all): how many rows
    they withhold from published.yoy_by_subject, and a markdown list of them."""
    rows = con.execute(
        """
        WITH b AS (
            SELECT department, report_kind, scope, fiscal_year, table_key,
                   string_agg(DISTINCT rule_id, ', ' ORDER BY rule_id) AS rules
            FROM core.cross_year_blocks
            WHERE ? IS NULL OR family = ?
            GROUP BY ALL
        )
        SELECT b.department, b.report_kind, b.scope, b.fiscal_year, coalesce(b.table_key, '(all)'), b.rules,
               (SELECT count(*) FROM core.yoy_by_subject_all y
                WHERE y.department = b.department AND y.report_kind = b.report_kind AND y.scope = b.scope
                  AND y.fiscal_year = b.fiscal_year AND (b.table_key IS NULL OR y.table_key = b.table_key)) AS n
        FROM b
        ORDER BY ALL
        """,
        [family, family],
    ).fetchall()
    if not rows:
        return 0, "_none withheld_"
    lines = [
        "| department | kind | scope | year | table | rules | yoy rows withheld |",
        "| --- | --- | --- | --- | --- | --- | ---: |",
    ]
    lines += [f"| {d} | {k} | {s} | {y} | {t} | {r} | {n} |" for d, k, s, y, t, r, n in rows]
    return sum(r[6] for r in rows), "\n".join(lines)


def _check_results(con: duckdb.DuckDBPyConnection, report: CrossYearReport) -> Iterator[AssetCheckResult]:
    for family, outcome in report.families.items():
        findings = report.of_family(family)
        blocking = family in CROSS_YEAR_BLOCKING
        n_withheld, withheld = withheld_markdown(con, family)
        warnings = sum(f.severity == "warning" for f in findings)
        yield AssetCheckResult(
            check_name=family,
            # a blocking family fails on an error; the others report their warnings as a (WARN) failure
            passed=outcome.passed if blocking else warnings == 0,
            severity=AssetCheckSeverity.ERROR if blocking else AssetCheckSeverity.WARN,
            metadata={
                "rules": outcome.n_rules,
                "errors": sum(f.severity == "error" for f in findings),
                "warnings": warnings,
                "info": sum(f.severity == "info" for f in findings),
                "findings": MetadataValue.md(outcome.markdown or "_none_"),
                "yoy_rows_withheld": n_withheld,
                "withheld": MetadataValue.md(withheld),
                "seconds": MetadataValue.float(round(report.seconds, 3)),
            },
        )


def _build(relation: Relation) -> AssetsDefinition:
    key = relation_key(relation.name)
    deps: list = [published_views, *(relation_key(r) for r in relation.reads)]
    if not relation.reads:
        deps.insert(0, published_documents)
    specs = [
        AssetCheckSpec(name=family, asset=key, blocking=True, description=CROSS_YEAR_FAMILIES[family])
        for family in relation.checks
    ]

    @asset(
        key=key,
        deps=deps,
        group_name=GROUP,
        kinds={"duckdb"},
        pool=WRITER_POOL,  # the checks write core.check_results; DuckDB has one writer
        check_specs=specs or None,
        description=f"published.{relation.name} ({sql_file(relation.name)}): {relation.description}",
    )
    def _relation(warehouse: DuckDBResource) -> MaterializeResult:
        with warehouse.get_connection() as con:
            if _missing(con, relation):  # a warehouse older than this code: apply warehouse/*.sql
                ensure_schema(con, force=True)
            report = None
            if relation.checks:
                # checks first: the relation's rows depend on what they block
                report = run_cross_year(con, list(relation.checks))
                write_cross_year_results(con, report)
            metadata = relation_metadata(con, relation.name)
            if relation.name == "yoy_by_subject":
                metadata["rows_withheld"], withheld = withheld_markdown(con)
                metadata["withheld"] = MetadataValue.md(withheld)
            checks = list(_check_results(con, report)) if report else []
        return MaterializeResult(metadata=metadata, check_results=checks or None)

    return _relation


COMPARISON_ASSETS: list[AssetsDefinition] = [_build(r) for r in COMPARISONS]

refresh_comparisons = define_asset_job(
    "refresh_comparisons",
    selection=AssetSelection.groups(GROUP),
    description="Refresh every published table and comparison mart and run the cross-year checks.",
)


@asset_sensor(
    asset_key=published_documents.key,
    job=refresh_comparisons,
    minimum_interval_seconds=30,
    default_status=DefaultSensorStatus.RUNNING,
    description="A document was published (or superseded one): refresh the comparisons once "
    "(a burst of documents collapses into one run per tick: the sensor reads the latest event).",
)
def comparisons_sensor(context: SensorEvaluationContext, asset_event: EventLogEntry) -> RunRequest:
    # one run per publishing event read (the cursor moves past it); the key makes a re-tick idempotent
    return RunRequest(run_key=f"published:{asset_event.run_id}:{asset_event.timestamp}")


__all__ = ["COMPARISONS", "COMPARISON_ASSETS", "Relation", "comparisons_sensor", "refresh_comparisons", "sql_file"]
