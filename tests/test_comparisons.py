"""The published tables and marts as Dagster assets (group `comparisons`) and the cross-year checks
(warehouse/70_cross_year_checks.sql, expectations/cross_year_*.json) on real series and on
synthetic breaks.

Real series: the sample department 2021–2024 (generated) and the Putuo 万里 budgets 2024–2025,
ingested once per session by test_marts' fixture (its ingest_files → published_views already ran
the cross-year gate); a copy of that warehouse gets the comparison assets materialized once.
Figures below were read off the rendered pages of both years."""

from __future__ import annotations

import shutil
import warnings
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from dagster import (
    AssetKey,
    AssetMaterialization,
    DagsterInstance,
    Definitions,
    SkipReason,
    build_sensor_context,
    materialize,
)
from test_marts import WANLI, build_marts_warehouse

from pipelines.defs import defs
from pipelines.defs.comparisons import COMPARISON_ASSETS, COMPARISONS, comparisons_sensor, relation_key, sql_file
from pipelines.defs.ingest import QUIET
from pipelines.defs.resources import warehouse_resource
from pipelines.extract.model import DocumentMeta, ExtractedDocument, ExtractedTable, LineItem
from pipelines.quality.cross_year import CROSS_YEAR_BLOCKING, refresh_cross_year
from pipelines.samples.figures import SAMPLE_DEPARTMENT
from pipelines.store import ensure_schema, write_document

D = Decimal
SEED_2022 = f"{SAMPLE_DEPARTMENT}2022年度部门决算.pdf"
SEED_2023 = f"{SAMPLE_DEPARTMENT}2023年度部门决算.pdf"
WANLI_2024 = "上海市普陀区人民政府万里街道办事处24年预算.pdf"
WANLI_2025 = "上海市普陀区人民政府万里街道办事处25年预算.pdf"


@pytest.fixture(scope="session")
def series_db(tmp_path_factory) -> Path:
    return build_marts_warehouse(tmp_path_factory.mktemp("marts"), tmp_path_factory)


@pytest.fixture(scope="module")
def materialized(series_db: Path, tmp_path_factory):
    """The comparison group materialized once on a copy of the series warehouse."""
    db = tmp_path_factory.mktemp("comparisons") / "wh.duckdb"
    shutil.copy(series_db, db)
    warnings.filterwarnings("ignore")
    with DagsterInstance.ephemeral() as instance:
        result = materialize(
            COMPARISON_ASSETS,
            instance=instance,
            resources={"warehouse": warehouse_resource(db)},
            run_config=QUIET,
            raise_on_error=False,
        )
    assert result.success
    materializations = {e.asset_key: e.materialization for e in result.get_asset_materialization_events()}
    checks = {(c.asset_key, c.check_name): c for c in result.get_asset_check_evaluations()}
    return db, materializations, checks


@pytest.fixture(scope="module")
def series(series_db: Path):
    con = duckdb.connect(str(series_db), read_only=True)
    yield con
    con.close()


# ------------------------------------------------------------------ the asset graph


def test_every_published_relation_is_an_asset_with_checks_and_lineage():
    Definitions.validate_loadable(defs)
    graph = defs.get_repository_def().asset_graph
    for relation in COMPARISONS:
        node = graph.get(relation_key(relation.name))
        assert node.group_name == "comparisons", relation.name
        assert sql_file(relation.name).startswith("warehouse/"), relation.name
        for upstream in relation.reads:
            assert relation_key(upstream) in node.parent_keys, (relation.name, upstream)
    names = {r.name for r in COMPARISONS}
    assert {"line_items", "yoy_by_subject", "budget_vs_final", "totals_by_year", "three_public_by_year"} <= names
    assert {"function_class_composition", "execution_by_subject", "unmatched_subjects", "project_performance"} <= names
    # lineage from the document assets
    assert AssetKey("published_documents") in graph.get(relation_key("line_items")).parent_keys
    checks = {(k.asset_key, k.name) for k in graph.asset_check_keys}
    assert (relation_key("totals_by_year"), "cross_year_carryover") in checks
    assert (relation_key("yoy_by_subject"), "cross_year_budget_prev") in checks
    assert (relation_key("unmatched_subjects"), "cross_year_classification") in checks
    assert (relation_key("yoy_by_subject"), "cross_year_outliers") in checks
    job = defs.resolve_job_def("refresh_comparisons")
    assert {relation_key(r.name) for r in COMPARISONS} <= set(job.asset_layer.selected_asset_keys)


def test_materialization_metadata_has_schema_row_count_and_preview(materialized):
    db, materializations, _ = materialized
    con = duckdb.connect(str(db), read_only=True)
    try:
        for relation in COMPARISONS:
            md = materializations[relation_key(relation.name)].metadata
            described = con.execute(f"DESCRIBE published.{relation.name}").fetchall()
            assert [(c.name, c.type) for c in md["dagster/column_schema"].value.columns] == [
                (r[0], r[1]) for r in described
            ]
            count = con.execute(f"SELECT count(*) FROM published.{relation.name}").fetchone()[0]
            assert md["dagster/row_count"].value == count, relation.name
            preview = md["preview"].value
            assert preview.startswith("| " + described[0][0]), relation.name
            assert preview.count("\n") == min(count, 10) + 1, relation.name
    finally:
        con.close()


def test_a_published_document_triggers_refresh_comparisons():
    with DagsterInstance.ephemeral() as instance:
        ctx = build_sensor_context(instance=instance)
        assert all(isinstance(r, SkipReason) for r in comparisons_sensor(ctx))  # nothing published yet
        instance.report_runless_asset_event(AssetMaterialization(asset_key="published_documents"))
        requests = comparisons_sensor.evaluate_tick(build_sensor_context(instance=instance)).run_requests
    assert len(requests) == 1
    assert comparisons_sensor.job_name == "refresh_comparisons"


# ------------------------------------------------------------------ real series


def test_seed_carryover_break_2022_to_2023_is_a_warning(series, materialized):
    """2022 决算 p.4 年末结转和结余 blank (0); 2023 决算 p.4 年初结转和结余 141.65万元; 2021 → 2022 agrees (38.08)."""
    rows = series.execute(
        "SELECT fiscal_year, prev_fiscal_year, severity, outcome, expected, found, file_name, page, "
        "counterpart_file_name, counterpart_page, message_en FROM published.cross_year_findings "
        "WHERE rule_id = 'cross_year.carryover' AND department = ? ORDER BY fiscal_year, outcome",
        [SAMPLE_DEPARTMENT],
    ).fetchall()
    fails = [r for r in rows if r[3] == "fail"]
    assert [r[:10] for r in fails] == [
        (2023, 2022, "warning", "fail", D("0.00"), D("1416500.00"), SEED_2023, 4, SEED_2022, 4)
    ]
    assert SEED_2023 in fails[0][10] and SEED_2022 in fails[0][10] and "141.65万元" in fails[0][10]
    assert (2022, 2021, "warning", "pass") in [r[:4] for r in rows]  # 38.08 = 38.08
    # published.check_results carries it under the 2023 document, naming the 2022 one
    msg = series.execute(
        "SELECT message_zh FROM published.check_results WHERE rule_id = 'cross_year.carryover' AND outcome = 'fail'"
    ).fetchone()[0]
    assert SEED_2022 in msg and "第 4 页" in msg
    # a warning: the Dagster check fails with WARN severity and withholds nothing
    _, _, checks = materialized
    check = checks[(relation_key("totals_by_year"), "cross_year_carryover")]
    assert not check.passed and check.severity.value == "WARN"
    assert check.metadata["yoy_rows_withheld"].value == 0


def test_yoy_outliers_of_the_real_series_are_info_rows(series):
    """万里 支出预算总表: 204 公共安全支出 1,633,000元 (2024 p.17) → 2,878,025元 (2025 p.15), +76.24 %.
    Seed 决算 支出决算表 p.7: 208 社会保障和就业支出 2,017.68 → 1,308.76万元 (2022 → 2023), −35.14 %."""
    rows = series.execute(
        "SELECT department, report_kind, fiscal_year, line_key, expected, found, difference, page, counterpart_page, "
        "severity FROM published.cross_year_findings WHERE rule_id = 'cross_year.yoy_outlier' AND outcome = 'fail' "
        "ORDER BY ALL"
    ).fetchall()
    assert (WANLI, "budget", 2025, "204", D("1633000.00"), D("2878025.00"), D("1245025.00"), 15, 17, "info") in rows
    assert (
        SAMPLE_DEPARTMENT,
        "final_account",
        2023,
        "208",
        D("20176800.00"),
        D("13087600.00"),
        D("-7089200.00"),
        7,
        7,
        "info",
    ) in rows
    # the same pair in the contract view, with the percentage
    assert series.execute(
        "SELECT amount_prev, amount_curr, change_pct FROM published.yoy_by_subject WHERE department = ? "
        "AND table_key = 'expenditure' AND line_key = '204' AND measure = 'total' AND fiscal_year = 2025",
        [WANLI],
    ).fetchall() == [(D("1633000.00"), D("2878025.00"), D("76.24"))]
    # 其他公共安全支出 2049999: 1,333,000 → 2,578,025 (a 项, not a class: no outlier row of its own)
    assert not [r for r in rows if r[3] == "2049999"]


def test_classification_changes_of_the_seed_series_are_all_listed(series, materialized):
    """229 其他支出 (2299901) appears in the 2022 决算 and is gone in 2024: every change is an info note
    naming both documents, and unmatched_subjects lists it (the blocking rule passes)."""
    notes = series.execute(
        "SELECT fiscal_year, table_key, line_key, page, counterpart_page, message_en "
        "FROM published.cross_year_findings "
        "WHERE rule_id = 'cross_year.code_change' AND department = ? AND report_kind = 'final_account' "
        "AND table_key = 'expenditure' ORDER BY ALL",
        [SAMPLE_DEPARTMENT],
    ).fetchall()
    keys = {(y, k) for y, _, k, *_ in notes}
    assert {(2022, "2299901"), (2022, "20808"), (2024, "2299901")} <= keys
    assert all("unmatched_subjects: not printed in" in n[5] for n in notes)
    assert not series.execute(
        "SELECT count(*) FROM published.cross_year_findings WHERE rule_id = 'cross_year.code_unlisted' "
        "AND outcome = 'fail'"
    ).fetchone()[0]
    _, _, checks = materialized
    assert checks[(relation_key("unmatched_subjects"), "cross_year_classification")].passed


# ------------------------------------------------------------------ synthetic breaks


def _budget(
    sha: int, year: int, lines: dict[str, tuple[str, str | None]], department: str = "测试局"
) -> ExtractedDocument:
    """A budget with an expenditure table: code → (预算数, 上年预算数 or None), 万元."""
    items: list[LineItem] = []
    for code, (amount, prev) in lines.items():
        level = 0 if code == "total" else (len(code) - 1) // 2
        kw = {} if code == "total" else {"code_kind": "function", "level": level}
        items.append(LineItem("expenditure", None, code, f"科目{code}", "total", D(amount), "万元", 5, **kw))
        if prev is not None:
            items.append(LineItem("expenditure", None, code, f"科目{code}", "budget_prev", D(prev), "万元", 5, **kw))
    total = sum((D(a) for c, (a, _) in lines.items() if c == "total"), D(0))
    summary = ExtractedTable(
        "summary",
        "财务收支预算总表",
        [3],
        "万元",
        "lattice",
        items=[LineItem("summary", "income", "grand_total", "收入总计", "budget", total, "万元", 3)],
    )
    return ExtractedDocument(
        sha256=f"{sha:064x}",
        file_name=f"{department}{year}年预算.pdf",
        meta=DocumentMeta(department, year, "budget", "department", page_count=20),
        tables=[summary, ExtractedTable("expenditure", "支出预算总表", [5], "万元", "lattice", items=items)],
    )


def _final(sha: int, year: int, begin: str | None, end: str | None) -> ExtractedDocument:
    items = [LineItem("summary", "income", "income_total", "本年收入合计", "final", D("100"), "万元", 4)]
    if begin is not None:
        items.append(LineItem("summary", "income", "carryover_begin", "年初结转和结余", "final", D(begin), "万元", 4))
    if end is not None:
        items.append(LineItem("summary", "expenditure", "carryover_end", "年末结转和结余", "final", D(end), "万元", 4))
    return ExtractedDocument(
        sha256=f"{sha:064x}",
        file_name=f"测试局{year}年度部门决算.pdf",
        meta=DocumentMeta("测试局", year, "final_account", "department", page_count=20),
        tables=[ExtractedTable("summary", "收入支出决算总表", [4], "万元", "lattice", items=items)],
    )


@pytest.fixture(scope="module")
def empty_warehouse(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("empty") / "wh.duckdb"
    with duckdb.connect(str(db)) as c:
        ensure_schema(c)
    return db


@pytest.fixture
def con(empty_warehouse: Path, tmp_path: Path):
    shutil.copy(empty_warehouse, tmp_path / "wh.duckdb")  # a copy costs less than applying the SQL again
    c = duckdb.connect(str(tmp_path / "wh.duckdb"))
    yield c
    c.close()


def test_budget_prev_against_the_previous_budget_blocks_the_table(con, tmp_path: Path):
    write_document(con, _budget(1, 2024, {"total": ("300", None), "201": ("200", None), "208": ("100", None)}))
    # 2025 prints 上年预算数: 201 agrees, 208 says 120 where the 2024 budget printed 100
    write_document(con, _budget(2, 2025, {"total": ("330", "320"), "201": ("210", "200"), "208": ("120", "120")}))
    report = refresh_cross_year(con)
    errors = [(f.rule_id, f.line_key, f.expected, f.found, f.page, f.counterpart_page) for f in report.errors]
    assert errors == [
        ("cross_year.budget_prev", "208", D("1000000"), D("1200000"), 5, 5),
        ("cross_year.budget_prev", "total", D("3000000"), D("3200000"), 5, 5),
    ]
    assert "cross_year_budget_prev" in CROSS_YEAR_BLOCKING
    # the expenditure rows of the 2024 → 2025 pair are withheld; the summary is still compared
    tables = {r[0] for r in con.execute("SELECT DISTINCT table_key FROM published.yoy_by_subject").fetchall()}
    assert tables == {"summary"}
    assert con.execute("SELECT count(*) FROM core.yoy_by_subject_all WHERE table_key = 'expenditure'").fetchone()[0]
    con.close()
    # the Dagster check fails with ERROR and names what it withheld; a blocked check stops downstream
    with DagsterInstance.ephemeral() as instance:
        result = materialize(
            COMPARISON_ASSETS,
            instance=instance,
            resources={"warehouse": warehouse_resource(tmp_path / "wh.duckdb")},
            run_config=QUIET,
            raise_on_error=False,
        )
    check = next(c for c in result.get_asset_check_evaluations() if c.check_name == "cross_year_budget_prev")
    assert not check.passed and check.severity.value == "ERROR"
    assert check.metadata["yoy_rows_withheld"].value > 0
    assert "expenditure" in check.metadata["withheld"].value
    done = {e.asset_key for e in result.get_asset_materialization_events()}
    assert relation_key("yoy_by_subject") in done
    assert relation_key("cross_year_findings") not in done  # downstream of the failed blocking check


def test_a_matching_budget_prev_passes(con):
    write_document(con, _budget(1, 2024, {"total": ("300", None), "208": ("300", None)}))
    write_document(con, _budget(2, 2025, {"total": ("310", "300"), "208": ("310", "300.00")}))
    report = refresh_cross_year(con)
    assert not report.errors
    assert (
        con.execute(
            "SELECT count(*) FROM published.check_results WHERE rule_id = 'cross_year.budget_prev' AND outcome = 'pass'"
        ).fetchone()[0]
        == 1
    )


def test_synthetic_carryover_break(con):
    write_document(con, _final(1, 2021, None, "50"))
    write_document(con, _final(2, 2022, "50", "80"))
    write_document(con, _final(3, 2023, "75.5", None))
    found = [(f.rule_id, f.severity, f.expected, f.found) for f in refresh_cross_year(con).findings]
    assert found == [("cross_year.carryover", "warning", D("800000"), D("755000"))]


def test_a_code_change_missing_from_unmatched_subjects_blocks(con):
    """A regression of the unmatched_subjects mart (here: a view that lists nothing) must be caught."""
    write_document(con, _budget(1, 2024, {"total": ("300", None), "201": ("200", None), "208": ("100", None)}))
    write_document(con, _budget(2, 2025, {"total": ("300", None), "201": ("200", None), "210": ("100", None)}))
    assert not refresh_cross_year(con).errors  # 208 gone, 210 new: both listed
    con.execute("CREATE TABLE core.unmatched_copy AS SELECT * FROM published.unmatched_subjects")
    con.execute(
        "CREATE OR REPLACE VIEW published.unmatched_subjects AS "
        "SELECT * FROM core.unmatched_copy WHERE line_key <> '210'"
    )
    errors = [(f.rule_id, f.line_key, f.page, f.counterpart_page) for f in refresh_cross_year(con).errors]
    assert errors == [("cross_year.code_unlisted", "210", 5, 5)]
    # the expenditure comparison of that pair is withheld, the rest stays
    assert {r[0] for r in con.execute("SELECT DISTINCT table_key FROM published.yoy_by_subject").fetchall()} == {
        "summary"
    }
    ensure_schema(con, force=True)  # the real mart again (forced: the DDL files are unchanged)
    assert not refresh_cross_year(con).errors
    assert con.execute("SELECT count(*) FROM published.yoy_by_subject WHERE table_key = 'expenditure'").fetchone()[0]


def test_a_crosswalk_mapped_code_is_an_info_note(con):
    """2018 工商行政管理事务 20115 → 2019 市场监督管理事务 20138 (crosswalk_function.csv)."""
    write_document(con, _budget(1, 2018, {"total": ("40", None), "201": ("40", None), "20115": ("40", None)}))
    write_document(con, _budget(2, 2019, {"total": ("50", None), "201": ("50", None), "20138": ("50", None)}))
    report = refresh_cross_year(con)
    assert not report.errors
    notes = [(f.rule_id, f.line_key, f.found) for f in report.findings if f.rule_id == "cross_year.code_mapped"]
    assert notes == [("cross_year.code_mapped", "20138", D("400000"))]
