"""The one consecutive real series of one department in the national corpus: 江苏省人大常委会办公厅's
budgets 2017 → 2018 (../shared/corpus/national/江苏省级/江苏省人大办公厅/), with its 2019 file, which is a
情况说明 only (p.8 prints 第二部分 2019年度部门预算表 / "2019年部门预算公开表附后": the tables were published
separately and are not in the corpus), so the series has no 2018 → 2019 comparison.

Every figure below was read off the rendered pages of both years (万元, two decimals):
2017 p.10 支出预算总表 合计 13,649.07 (基本 7,666.68, 项目 5,853.96, 单位预留机动经费 128.43);
2018 p.10 15,897.44 (7,877.76, 6,333.96, 1,685.72);
2017 pp.16–17 / 2018 p.13 一般公共预算支出预算表 (功能科目)."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from pipelines.quality.cross_year import refresh_cross_year

from conftest import national_warehouse

D = Decimal
DEPT = "江苏省人大常委会办公厅"
FOLDER = "江苏省级/江苏省人大办公厅/"
F2017 = "江苏省人大办公厅2017年度预算公开.pdf"
F2018 = "省人大办公厅2018预算公开.pdf"
F2019 = "江苏省人大常委会2019年度部门预算公开.pdf"


@pytest.fixture(scope="module")
def jiangsu(tmp_path_factory):
    """The three files extracted once, written to a tiny warehouse, the cross-year gate run once."""
    with national_warehouse(
        tmp_path_factory, "series_jiangsu", (FOLDER + name for name in (F2017, F2018, F2019))
    ) as con:
        yield con, refresh_cross_year(con)


def test_the_series_is_one_pair_2017_to_2018(jiangsu):
    con, report = jiangsu
    docs = con.execute(
        "SELECT fiscal_year, part, report_kind, scope FROM published.documents WHERE department = ? ORDER BY 1", [DEPT]
    ).fetchall()
    assert docs == [
        (2017, "full", "budget", "department"),
        (2018, "full", "budget", "department"),
        (2019, "narrative", "budget", "department"),
    ]
    pairs = con.execute("SELECT fiscal_year, prev_fiscal_year, file_name, prev_file_name FROM checks.cross_year_pairs")
    assert pairs.fetchall() == [(2018, 2017, F2018, F2017)]
    assert not report.errors


def test_yoy_by_subject_figures_read_on_both_years_pages(jiangsu):
    con, _ = jiangsu
    rows = dict(
        ((t, k, m), (p, c, pct))
        for t, k, m, p, c, pct in con.execute(
            "SELECT table_key, line_key, measure, amount_prev, amount_curr, change_pct FROM published.yoy_by_subject "
            "WHERE department = ? AND fiscal_year = 2018 AND prev_fiscal_year = 2017",
            [DEPT],
        ).fetchall()
    )
    # 支出预算总表 p.10 / p.10
    assert rows["expenditure", "total", "total"] == (D("136490700.00"), D("158974400.00"), D("16.47"))
    assert rows["expenditure", "total", "flexible_reserve"] == (D("1284300.00"), D("16857200.00"), D("1212.56"))
    # 一般公共预算支出预算表: 2017 p.16 (201, 2010101, 2010199, 208) and p.17 (2080504, 221) / 2018 p.13
    gb = {k: v for (t, k, m), v in rows.items() if t == "general_budget" and m == "total"}
    assert gb["total"] == (D("136490700.00"), D("158974400.00"), D("16.47"))
    assert gb["201"] == (D("105283300.00"), D("127062800.00"), D("20.69"))
    assert gb["2010101"] == (D("45459400.00"), D("63723200.00"), D("40.18"))
    assert gb["2010104"] == (D("13052500.00"), D("13052500.00"), D("0.00"))  # 人大会议 1,305.25 both years
    assert gb["2010199"] == (D("1000000.00"), D("5800000.00"), D("480.00"))
    assert gb["208"] == (D("16085100.00"), D("10687800.00"), D("-33.55"))
    assert gb["2080504"] == (D("16085100.00"), D("2567600.00"), D("-84.04"))
    assert gb["221"] == (D("15122300.00"), D("21223800.00"), D("40.35"))
    # 2080505 / 2080506 are printed in 2018 only: not a YoY row, an unmatched line (below)
    assert "2080505" not in gb and "2080506" not in gb
    # the 2019 情况说明 p.9: 总计 18330.37万元, "与上年相比…增加2432.93万元" — the 2018 table's 15,897.44
    assert D("183303700") - D("24329300") == rows["expenditure", "total", "total"][1]


def test_new_pension_lines_of_2018_are_listed_and_noted(jiangsu):
    """2080505 机关事业单位基本养老保险缴费支出 580.01 and 2080506 职业年金缴费支出 232.01 (2018 p.13) existed in
    the classification before 2018; the 2017 budget just did not print them (its 2080504 carried 1,608.51,
    p.17). No crosswalk row: they stay in unmatched_subjects with their reason, each an info note."""
    con, report = jiangsu
    listed = con.execute(
        "SELECT line_key, amount_yuan, page, reason FROM published.unmatched_subjects "
        "WHERE department = ? AND table_key = 'general_budget' ORDER BY line_key",
        [DEPT],
    ).fetchall()
    reason = "not printed in 2017 (new or renumbered code)"
    assert listed == [("2080505", D("5800100.00"), 13, reason), ("2080506", D("2320100.00"), 13, reason)]
    notes = sorted(
        (f.line_key, f.page, f.counterpart_page)
        for f in report.findings
        if f.rule_id == "cross_year.code_change" and f.table_key == "general_budget"
    )
    assert notes == [("2080505", 13, 16), ("2080506", 13, 16)]  # the 2017 table starts on p.16
    unlisted = [r for r in report.rules if r.rule_id == "cross_year.code_unlisted"]
    # 2 function-code changes + 10 economic (30307 医疗费, 30311 住房公积金 … → 30114, 30113 … in 2018)
    assert [(r.passed, r.evidence_rows, r.unexpected) for r in unlisted] == [(True, 12, 0)]


def test_no_previous_year_columns_to_compare(jiangsu):
    """Neither budget prints 上年预算数 or 上年执行数, and the 支出预算总表 合计 moves +16.47 %: no outlier."""
    con, report = jiangsu
    assert not con.execute(
        "SELECT count(*) FROM published.line_items WHERE department = ? AND measure IN ('budget_prev', 'final_prev')",
        [DEPT],
    ).fetchone()[0]
    assert not con.execute("SELECT count(*) FROM checks.evidence_cross_year_budget_prev").fetchone()[0]
    outliers = [f for f in report.findings if f.rule_id == "cross_year.yoy_outlier"]
    assert outliers == []


def test_a_synthetic_break_of_the_real_series_is_caught(jiangsu, tmp_path: Path):
    """The same pair with 2018's 2080505 line renumbered to a code unmatched_subjects does not list (a mart
    that drops it): the blocking rule names the code, both documents and pages, and withholds the table."""
    con, _ = jiangsu
    con.execute("CHECKPOINT")
    db = tmp_path / "wh.duckdb"
    shutil.copy(
        con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()[0], db
    )
    with duckdb.connect(str(db)) as c:
        c.execute("CREATE TABLE core.unmatched_copy AS SELECT * FROM published.unmatched_subjects")
        c.execute(
            "CREATE OR REPLACE VIEW published.unmatched_subjects AS "
            "SELECT * FROM core.unmatched_copy WHERE line_key <> '2080505'"
        )
        errors = [
            (f.rule_id, f.table_key, f.line_key, f.page, f.counterpart_page) for f in refresh_cross_year(c).errors
        ]
        assert errors == [("cross_year.code_unlisted", "general_budget", "2080505", 13, 16)]
        withheld = c.execute(
            "SELECT DISTINCT table_key FROM core.yoy_by_subject_all WHERE department = ? "
            "EXCEPT SELECT DISTINCT table_key FROM published.yoy_by_subject WHERE department = ?",
            [DEPT, DEPT],
        ).fetchall()
        assert withheld == [("general_budget",)]
