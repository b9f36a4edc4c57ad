"""Comparison marts (warehouse/60_marts.sql): year over year, budget vs final, totals, composition,
三公, 机关运行经费, execution, the crosswalk and the unmatched lines.

One warehouse built through Dagster from the sample corpus (the seed department's 决算 and, where
the sample builder writes them, 预算 2021–2024) plus the real 万里街道 2024 and 2025 budgets; and
small hand-made warehouses for the crosswalk, budget vs final and quarantine cases."""

from __future__ import annotations

import warnings
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from dagster import DagsterInstance

from pipelines.defs.ingest import ingest_files
from pipelines.defs.resources import inbox_resource, warehouse_resource
from pipelines.extract.model import DocumentMeta, ExtractedDocument, ExtractedTable, LineItem
from pipelines.samples.build import build_sample_corpus
from pipelines.samples.figures import SAMPLE_DEPARTMENT
from pipelines.store import ensure_schema, quarantine_document, write_document
from pipelines.store.crosswalk import load_crosswalk, read_crosswalk

from conftest import REAL_CORPUS, copy_sample_corpus, shared_extraction

WANLI = "上海市普陀区人民政府万里街道办事处"
WANLI_BUDGETS = ["上海市普陀区人民政府万里街道办事处24年预算.pdf", "上海市普陀区人民政府万里街道办事处25年预算.pdf"]
D = Decimal

_built: dict[str, Path] = {}


def build_marts_warehouse(root: Path, tmp_path_factory: pytest.TempPathFactory | None = None) -> Path:
    """Samples (every PDF the sample builder writes) + the real 万里 budgets, ingested once per session."""
    if "db" in _built:
        return _built["db"]
    if tmp_path_factory is None:  # a caller without the factory (test_report) builds its own copy of the corpus
        build_sample_corpus(root / "samples")
    else:
        copy_sample_corpus(tmp_path_factory, root / "samples")
    samples = sorted((root / "samples").glob("*.pdf"))
    real = [REAL_CORPUS / n for n in WANLI_BUDGETS]
    missing = [p for p in real if not p.exists()]
    if missing:
        pytest.fail(f"real corpus file missing: {missing} (set BUDGETWH_REAL_CORPUS)")
    db = root / "marts.duckdb"
    warnings.filterwarnings("ignore")
    with shared_extraction(), DagsterInstance.ephemeral() as instance:  # each PDF extracted once per session
        results = ingest_files([*samples, *real], instance, warehouse_resource(db), inbox_resource(root / "inbox"))
    bad = [(r.path, r.status, r.message) for r in results if r.status != "published"]
    assert not bad, bad
    _built["db"] = db
    return db


@pytest.fixture(scope="session")
def marts_warehouse(tmp_path_factory) -> Path:
    return build_marts_warehouse(tmp_path_factory.mktemp("marts"), tmp_path_factory)


@pytest.fixture(scope="module")
def wh(marts_warehouse):
    con = duckdb.connect(str(marts_warehouse), read_only=True)
    yield con
    con.close()


def _has_seed_budgets(con) -> bool:
    return bool(
        con.execute(
            "SELECT count(*) FROM published.documents WHERE department = ? AND report_kind = 'budget'",
            [SAMPLE_DEPARTMENT],
        ).fetchone()[0]
    )


# ------------------------------------------------------------- built from PDFs


def test_seed_department_year_over_year_2021_to_2024(wh):
    rows = wh.execute(
        "SELECT fiscal_year, prev_fiscal_year, amount_prev, amount_curr, change_yuan, change_pct "
        "FROM published.yoy_by_subject WHERE department = ? AND report_kind = 'final_account' "
        "AND table_key = 'general_budget' AND line_key = '2080101' AND measure = 'total' ORDER BY fiscal_year",
        [SAMPLE_DEPARTMENT],
    ).fetchall()
    assert [(r[0], r[1]) for r in rows] == [(2022, 2021), (2023, 2022), (2024, 2023)]
    by_year = {r[0]: r for r in rows}
    assert by_year[2023][3] == D("5690000.00")  # 行政运行 569.00 万元 in the 2023 report
    for _, _, prev, curr, change, pct in rows:
        assert change == curr - prev
        assert pct == (round(change * 100 / prev, 2) if prev else None)
    grand = wh.execute(
        "SELECT fiscal_year, amount_curr FROM published.yoy_by_subject WHERE department = ? "
        "AND report_kind = 'final_account' AND table_key = 'summary' AND side = 'expenditure' "
        "AND line_key = 'grand_total' AND measure = 'final' ORDER BY 1",
        [SAMPLE_DEPARTMENT],
    ).fetchall()
    assert grand == [(2022, D("22299100.00")), (2023, D("16487000.00")), (2024, D("15864000.00"))]


def test_real_wanli_budgets_2024_to_2025(wh):
    """Every amount below was read off the printed pages (2024: pp. 10, 31; 2025: pp. 9, 29)."""

    def yoy(table_key, side, line_key):
        return wh.execute(
            "SELECT prev_fiscal_year, amount_prev, amount_curr, change_yuan, change_pct FROM published.yoy_by_subject "
            "WHERE department = ? AND report_kind = 'budget' AND fiscal_year = 2025 AND table_key = ? "
            "AND side IS NOT DISTINCT FROM ? AND line_key = ? AND measure = 'budget'",
            [WANLI, table_key, side, line_key],
        ).fetchall()

    # 财务收支预算总表 (元): 收入总计 156,211,123 → 189,767,551
    assert yoy("summary", "income", "grand_total") == [
        (2024, D("156211123.00"), D("189767551.00"), D("33556428.00"), D("21.48"))
    ]
    # 八、城乡社区支出 119,385,303 → 154,369,326; 六、社会保障和就业支出 19,604,064 → 16,091,895
    assert yoy("summary", "expenditure", "fn_212") == [
        (2024, D("119385303.00"), D("154369326.00"), D("34984023.00"), D("29.30"))
    ]
    assert yoy("summary", "expenditure", "fn_208") == [
        (2024, D("19604064.00"), D("16091895.00"), D("-3512169.00"), D("-17.92"))
    ]
    # 三公 (万元): 合计 47.91 → 37.91, 购置费 25 → 15, 机关运行经费 443.18 → 464.64
    assert yoy("three_public", None, "total") == [(2024, D("479100.00"), D("379100.00"), D("-100000.00"), D("-20.87"))]
    assert yoy("three_public", None, "vehicle_purchase") == [
        (2024, D("250000.00"), D("150000.00"), D("-100000.00"), D("-40.00"))
    ]
    assert yoy("three_public", None, "office_operation") == [
        (2024, D("4431800.00"), D("4646400.00"), D("214600.00"), D("4.84"))
    ]
    assert yoy("three_public", None, "overseas_travel") == [(2024, D("0.00"), D("0.00"), D("0.00"), None)]
    # the same figures in the marts
    totals = wh.execute(
        "SELECT fiscal_year, expenditure_total_yuan, grand_total_yuan, totals_derived, summary_page "
        "FROM published.totals_by_year WHERE department = ? ORDER BY 1",
        [WANLI],
    ).fetchall()
    assert totals == [
        (2024, D("156211123.00"), D("156211123.00"), True, 10),
        (2025, D("189767551.00"), D("189767551.00"), True, 9),
    ]
    office = wh.execute(
        "SELECT fiscal_year, budget_yuan, final_yuan, budget_page FROM published.office_operation_by_year "
        "WHERE department = ? ORDER BY 1",
        [WANLI],
    ).fetchall()
    assert office == [(2024, D("4431800.00"), None, 31), (2025, D("4646400.00"), None, 29)]
    tp = wh.execute(
        "SELECT fiscal_year, budget_yuan, final_yuan, budget_source FROM published.three_public_by_year "
        "WHERE department = ? AND item = 'total' ORDER BY 1",
        [WANLI],
    ).fetchall()
    assert tp == [(2024, D("479100.00"), None, "budget"), (2025, D("379100.00"), None, "budget")]
    # the two budgets print the same codes: nothing unmatched
    assert wh.execute("SELECT count(*) FROM published.unmatched_subjects WHERE department = ?", [WANLI]).fetchone() == (
        0,
    )


def test_totals_and_composition_of_the_seed_department(wh):
    row = wh.execute(
        "SELECT income_total_yuan, expenditure_total_yuan, basic_yuan, project_yuan, carryover_begin_yuan, "
        "grand_total_yuan, totals_derived, summary_page FROM published.totals_by_year "
        "WHERE department = ? AND report_kind = 'final_account' AND fiscal_year = 2023",
        [SAMPLE_DEPARTMENT],
    ).fetchone()
    assert row == (
        D("15070500.00"),
        D("16487000.00"),
        D("12478800.00"),
        D("4008200.00"),
        D("1416500.00"),
        D("16487000.00"),
        False,
        4,
    )
    comp = wh.execute(
        "SELECT class_code, class_name, amount_yuan, share_pct FROM published.function_class_composition "
        "WHERE department = ? AND report_kind = 'final_account' AND fiscal_year = 2023 ORDER BY class_code",
        [SAMPLE_DEPARTMENT],
    ).fetchall()
    assert comp[1] == ("208", "社会保障和就业支出", D("13087600.00"), D("79.38"))
    assert sum(r[2] for r in comp) == D("16487000.00")
    assert abs(sum(r[3] for r in comp) - 100) <= D("0.05")


def test_three_public_and_office_operation_of_the_seed_department(wh):
    rows = wh.execute(
        "SELECT fiscal_year, budget_yuan, final_yuan, execution_rate, budget_source, final_page "
        "FROM published.three_public_by_year WHERE department = ? AND item = 'total' ORDER BY 1",
        [SAMPLE_DEPARTMENT],
    ).fetchall()
    assert [r[0] for r in rows] == [2021, 2022, 2023, 2024]
    assert rows[2] == (2023, D("28900.00"), D("28900.00"), D("100.00"), "final_account", 12)
    office = dict(
        wh.execute(
            "SELECT fiscal_year, final_yuan FROM published.office_operation_by_year WHERE department = ?",
            [SAMPLE_DEPARTMENT],
        ).fetchall()
    )
    # 情况说明: 机关运行经费支出 45.22 / 48.10 / 61.30 / 63.78 万元
    assert office == {2021: D("452200.00"), 2022: D("481000.00"), 2023: D("613000.00"), 2024: D("637800.00")}


def test_budget_vs_final_of_the_seed_department(wh):
    if not _has_seed_budgets(wh):
        pytest.skip("the sample builder writes no 预算 yet (budget vs final is covered by the hand-made test)")
    years = wh.execute(
        "SELECT DISTINCT fiscal_year FROM published.budget_vs_final WHERE department = ? ORDER BY 1",
        [SAMPLE_DEPARTMENT],
    ).fetchall()
    assert [y[0] for y in years] == [2021, 2022, 2023, 2024]
    row = wh.execute(
        "SELECT budget_yuan, final_yuan, execution_rate FROM published.budget_vs_final WHERE department = ? "
        "AND fiscal_year = 2023 AND table_key = 'general_budget' AND line_key = '208'",
        [SAMPLE_DEPARTMENT],
    ).fetchone()
    assert row[1] == D("13087600.00")
    assert row[2] == round(row[1] * 100 / row[0], 2)
    total = wh.execute(
        "SELECT budget_yuan, final_yuan, gap_yuan, execution_rate FROM published.execution_by_subject "
        "WHERE department = ? AND fiscal_year = 2023 AND line_key = 'total'",
        [SAMPLE_DEPARTMENT],
    ).fetchone()
    assert total[1] == D("16487000.00")
    assert total[2] == total[1] - total[0]


def test_marts_columns_are_documented(wh):
    text = (Path(__file__).resolve().parents[1] / "docs" / "tables.md").read_text(encoding="utf-8")
    views = [
        "yoy_by_subject",
        "budget_vs_final",
        "totals_by_year",
        "function_class_composition",
        "three_public_by_year",
        "office_operation_by_year",
        "execution_by_subject",
        "unmatched_subjects",
        "subject_crosswalk",
    ]
    for view in views:
        assert f"published.{view}" in text, view
        columns = wh.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'published' AND table_name = ?",
            [view],
        ).fetchall()
        assert columns, view
        for (column,) in columns:
            assert f"`{column}`" in text, (view, column)


# ------------------------------------------------------------- hand-made


def _doc(
    sha: int,
    year: int,
    kind: str,
    subjects: dict[str, str],
    department: str = "测试局",
    narrative: str | None = None,
) -> ExtractedDocument:
    """A document with a summary and an expenditure table of the given codes (amounts in 万元)."""
    measure = "final" if kind == "final_account" else "budget"
    total = sum((D(v) for k, v in subjects.items() if len(k) == 3), D(0))
    summary = ExtractedTable(
        "summary",
        "收入支出决算总表",
        [3],
        "万元",
        "lattice",
        items=[
            LineItem("summary", "income", "income_total", "本年收入合计", measure, total, "万元", 3),
            LineItem("summary", "expenditure", "expenditure_total", "本年支出合计", measure, total, "万元", 3),
            LineItem("summary", "income", "grand_total", "总计", measure, total, "万元", 3),
        ],
    )
    expenditure = ExtractedTable(
        "expenditure",
        "支出决算表",
        [5],
        "万元",
        "lattice",
        items=[LineItem("expenditure", None, "total", "合计", "total", total, "万元", 5)]
        + [
            LineItem(
                "expenditure",
                None,
                code,
                f"科目{code}",
                "total",
                D(v),
                "万元",
                5,
                code_kind="function",
                level=(len(code) - 1) // 2,
                parent_code=code[:-2] if len(code) > 3 else None,
            )
            for code, v in subjects.items()
        ],
    )
    return ExtractedDocument(
        sha256=f"{sha:064x}",
        file_name=f"{department}{year}{kind}.pdf",
        meta=DocumentMeta(department, year, kind, "department", page_count=20),
        tables=[summary, expenditure],
        narrative_pages={9: narrative} if narrative else {},
        page_texts={9: narrative} if narrative else {},
    )


@pytest.fixture
def con(tmp_path: Path):
    c = duckdb.connect(str(tmp_path / "wh.duckdb"))
    ensure_schema(c)
    yield c
    c.close()


def test_crosswalk_compares_a_renumbered_code_like_with_like(con):
    # 2018: 质量技术监督与检验检疫事务 20117 (+ 行政运行 2011701), 工商行政管理事务 20115;
    # 2019: both merged into 市场监督管理事务 20138 (crosswalk_function.csv). 20899 is dropped in 2019.
    write_document(
        con,
        _doc(
            1,
            2018,
            "final_account",
            {"201": "100", "20117": "60", "2011701": "60", "20115": "40", "208": "7", "20899": "7"},
        ),
    )
    write_document(con, _doc(2, 2019, "final_account", {"201": "150", "20138": "150", "2013801": "90"}))
    yoy = {
        r[0]: r[1:]
        for r in con.execute(
            "SELECT line_key, amount_prev, amount_curr, change_yuan FROM published.yoy_by_subject "
            "WHERE table_key = 'expenditure' AND measure = 'total'"
        ).fetchall()
    }
    assert yoy["20138"] == (D("1000000.00"), D("1500000.00"), D("500000.00"))  # 60 + 40 万 → 150 万
    assert yoy["2013801"] == (D("600000.00"), D("900000.00"), D("300000.00"))
    assert yoy["201"] == (D("1000000.00"), D("1500000.00"), D("500000.00"))
    assert "20117" not in yoy and "20115" not in yoy
    unmatched = {
        (r[0], r[1], r[2])
        for r in con.execute(
            "SELECT fiscal_year, line_key, comparison FROM published.unmatched_subjects WHERE table_key = 'expenditure'"
        ).fetchall()
    }
    # the mapped codes have counterparts; the dropped 208/20899 lines do not
    assert unmatched == {(2018, "208", "next_year"), (2018, "20899", "next_year")}
    reason = con.execute(
        "SELECT reason, amount_yuan, file_name, page FROM published.unmatched_subjects WHERE line_key = '20899'"
    ).fetchone()
    assert reason == (
        "not printed in 2019 (dropped or renumbered code)",
        D("70000.00"),
        "测试局2018final_account.pdf",
        5,
    )
    kinds = dict(
        con.execute(
            "SELECT from_code, change_kind FROM published.subject_crosswalk WHERE from_code IN ('20117', '21305')"
        ).fetchall()
    )
    assert kinds == {"20117": "merge", "21305": "rename"}


def test_a_split_code_is_listed_not_guessed(con, tmp_path: Path):
    folder = tmp_path / "xw"
    folder.mkdir()
    (folder / "crosswalk_function.csv").write_text(
        "from_code,from_year_last,to_code,to_year_first,note\n"
        "2080199,2022,2080107,2023,test split\n"
        "2080199,2022,2080108,2023,test split\n",
        encoding="utf-8",
    )
    assert load_crosswalk(con, folder) == 2
    assert load_crosswalk(con, folder) == 0  # unchanged: no write
    write_document(con, _doc(1, 2022, "final_account", {"208": "10", "20801": "10", "2080199": "10"}))
    write_document(con, _doc(2, 2023, "final_account", {"208": "10", "20801": "10", "2080107": "4", "2080108": "6"}))
    rows = con.execute(
        "SELECT fiscal_year, line_key, comparison, reason FROM published.unmatched_subjects "
        "WHERE table_key = 'expenditure' ORDER BY 1, 2"
    ).fetchall()
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (2022, "2080199", "next_year"),
        (2023, "2080107", "previous_year"),
        (2023, "2080108", "previous_year"),
    ]
    assert all(r[3].startswith("split by the crosswalk into 2080107, 2080108") for r in rows)
    assert con.execute(
        "SELECT count(*) FROM published.yoy_by_subject WHERE line_key IN ('2080199', '2080107', '2080108')"
    ).fetchone() == (0,)


def test_budget_vs_final_and_execution_with_hand_made_documents(con):
    write_document(con, _doc(1, 2023, "budget", {"208": "200", "20801": "150", "20805": "50"}))
    write_document(
        con,
        _doc(
            2,
            2023,
            "final_account",
            {"208": "150", "20801": "150", "20808": "0.5"},
            narrative="2023年度，机关运行经费支出12.34万元，比上年增加。",
        ),
    )
    bvf = {
        r[0]: r[1:]
        for r in con.execute(
            "SELECT line_key, budget_yuan, final_yuan, execution_rate FROM published.budget_vs_final"
        ).fetchall()
    }
    assert bvf == {
        "208": (D("2000000.00"), D("1500000.00"), D("75.00")),
        "20801": (D("1500000.00"), D("1500000.00"), D("100.00")),
        "total": (D("2000000.00"), D("1500000.00"), D("75.00")),
    }
    ex = {
        r[0]: r[1:]
        for r in con.execute(
            "SELECT line_key, budget_yuan, final_yuan, gap_yuan, gap_pct, in_budget, in_final "
            "FROM published.execution_by_subject"
        ).fetchall()
    }
    assert ex["208"] == (D("2000000.00"), D("1500000.00"), D("-500000.00"), D("-25.00"), True, True)
    assert ex["20805"] == (D("500000.00"), D("0.00"), D("-500000.00"), D("-100.00"), True, False)
    assert ex["20808"] == (D("0.00"), D("5000.00"), D("5000.00"), None, False, True)
    unmatched = {
        (r[0], r[1], r[2])
        for r in con.execute("SELECT report_kind, line_key, comparison FROM published.unmatched_subjects").fetchall()
    }
    assert unmatched == {("budget", "20805", "final_account"), ("final_account", "20808", "budget")}
    office = con.execute(
        "SELECT final_yuan, final_source, final_page FROM published.office_operation_by_year"
    ).fetchone()
    assert office == (D("123400.00"), "narrative", 9)


def test_quarantined_documents_never_reach_the_marts(con):
    write_document(con, _doc(1, 2022, "final_account", {"208": "10"}))
    write_document(con, _doc(2, 2023, "final_account", {"208": "99"}))
    assert con.execute("SELECT count(*) FROM published.yoy_by_subject").fetchone()[0] > 0
    quarantine_document(con, f"{2:064x}", "test")
    for view in ("yoy_by_subject", "totals_by_year", "function_class_composition", "execution_by_subject"):
        years = {r[0] for r in con.execute(f"SELECT fiscal_year FROM published.{view}").fetchall()}
        assert 2023 not in years, view
    assert con.execute("SELECT count(*) FROM published.unmatched_subjects WHERE fiscal_year = 2023").fetchone() == (0,)


def test_crosswalk_file_is_valid_and_points_at_reference_codes(con):
    rows = read_crosswalk()
    assert rows, "warehouse/reference/crosswalk_function.csv is empty"
    assert con.execute("SELECT count(*) FROM core.subject_crosswalk").fetchone()[0] == len(rows)
    if not con.execute("SELECT count(*) FROM core.reference_subjects").fetchone()[0]:
        pytest.skip("no classification reference loaded")
    for r in rows:
        found = con.execute(
            "SELECT name FROM core.reference_subjects WHERE code_kind = ? AND code = ? AND first_year <= ? "
            "AND (last_year IS NULL OR last_year >= ?)",
            [r.code_kind, r.to_code, r.to_year_first, r.to_year_first],
        ).fetchall()
        assert found, f"crosswalk target {r.to_code} ({r.to_year_first}) is not in the reference"
