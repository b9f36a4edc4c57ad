"""The Putuo 万里 budgets 2024 → 2025 as a real series, beyond what tests/test_comparisons.py asserts
(its 204 公共安全支出 outlier): read on the rendered 部门支出预算总表 of both years (元), 2024 pp.16/19,
2025 pp.14/17. Uses test_marts' session warehouse (samples + 万里, ingested once per session)."""

from __future__ import annotations

from decimal import Decimal

import duckdb
import pytest
from test_marts import WANLI, build_marts_warehouse

D = Decimal


@pytest.fixture(scope="module")
def wh(tmp_path_factory):
    con = duckdb.connect(str(build_marts_warehouse(tmp_path_factory.mktemp("marts"))), read_only=True)
    yield con
    con.close()


def test_wanli_yoy_read_on_both_years_pages(wh):
    rows = dict(
        (k, (p, c, pct))
        for k, p, c, pct in wh.execute(
            "SELECT line_key, amount_prev, amount_curr, change_pct FROM published.yoy_by_subject "
            "WHERE department = ? AND fiscal_year = 2025 AND table_key = 'expenditure' AND measure = 'total'",
            [WANLI],
        ).fetchall()
    )
    assert rows["201"] == (D("2932700.00"), D("3296600.00"), D("12.41"))  # p.16 / p.14
    assert rows["2010507"] == (D("257700.00"), D("438300.00"), D("70.08"))  # 专项普查活动
    assert rows["212"] == (D("119385303.00"), D("154369326.00"), D("29.30"))  # p.19 / p.17
    assert rows["21203"] == (D("9721800.00"), D("2191300.00"), D("-77.46"))
    assert rows["21299"] == (D("9220200.00"), D("52348937.00"), D("467.76"))
    assert rows["2210203"] == (D("3201700.00"), D("3340800.00"), D("4.34"))  # 购房补贴


def test_wanli_212_just_under_the_outlier_threshold_and_no_code_change(wh):
    """212 城乡社区支出 +29.30 % (+34,984,023 元) is under the 30 % bar: an evidence row that passes; its
    款 21299 +467.76 % is not a class, so no outlier row. Every code of one year is printed in the other."""
    ok = wh.execute(
        "SELECT line_key, ok FROM checks.evidence_cross_year_outliers "
        "WHERE department = ? AND line_key IN ('212', '204') ORDER BY 1",
        [WANLI],
    ).fetchall()
    assert ok == [("204", False), ("212", True)]
    assert not wh.execute(
        "SELECT count(*) FROM checks.evidence_cross_year_outliers WHERE department = ? AND line_key = '21299'", [WANLI]
    ).fetchone()[0]
    assert not wh.execute("SELECT count(*) FROM core.code_line_changes WHERE department = ?", [WANLI]).fetchone()[0]
    assert not wh.execute(
        "SELECT count(*) FROM published.unmatched_subjects WHERE department = ? AND comparison IN "
        "('previous_year', 'next_year')",
        [WANLI],
    ).fetchone()[0]
    # neither budget prints 上年预算数 / 上年执行数 columns: nothing to compare, nothing withheld
    assert not wh.execute(
        "SELECT count(*) FROM checks.evidence_cross_year_budget_prev WHERE department = ?", [WANLI]
    ).fetchone()[0]
    assert not wh.execute("SELECT count(*) FROM core.cross_year_blocks WHERE department = ?", [WANLI]).fetchone()[0]
