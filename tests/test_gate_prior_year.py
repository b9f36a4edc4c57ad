"""A misprint in a column that restates the previous year (上年预算数, measure budget_prev) is
reported as a warning naming its page; the same misprint in this year's column blocks.

西安 应急管理局's 2019 budget p32 prints, in its 2018 block, 三公 小计 2.86 over 公务接待费 2.86 +
公务用车 21.22 = 24.08, while its 2019 block adds up: that document is the record of 2019, not 2018.
"""

from __future__ import annotations

from decimal import Decimal

from test_quality_builder import clean_rows, fresh, gate, make_doc

D = Decimal


def _three_public(measure: str) -> list[tuple]:
    rows = [r for r in clean_rows() if r[0] != "three_public"]
    printed = [
        ("total", "合计", "2.86"),
        ("vehicle_total", "公务用车购置及运行费", "21.22"),
        ("vehicle_operation", "公务用车运行维护费", "21.22"),
        ("reception", "公务接待费", "2.86"),
    ]
    correct = [
        ("total", "合计", "28.38"),
        ("vehicle_total", "公务用车购置及运行费", "24.00"),
        ("vehicle_operation", "公务用车运行维护费", "24.00"),
        ("reception", "公务接待费", "4.38"),
    ]
    rows += [("three_public", None, k, label, measure, D(a)) for k, label, a in printed]
    if measure != "budget":
        rows += [("three_public", None, k, label, "budget", D(a)) for k, label, a in correct]
    return rows


def test_prior_year_misprint_warns_this_years_blocks() -> None:
    con = fresh()
    prior = gate(con, make_doc("prior-year", _three_public("budget_prev")), ["arithmetic_three_public"])
    assert not prior.blocking_failed
    [warning] = [f for f in prior.findings if f.rule_id == "three_public.total"]
    assert (warning.severity, warning.measure) == ("warning", "budget_prev")
    assert "does not block" in warning.message_en
    assert warning.found == D("28600") and warning.expected == D("240800")  # 元: 2.86 vs 24.08 万元

    this_year = gate(con, make_doc("this-year", _three_public("budget")), ["arithmetic_three_public"])
    assert this_year.blocking_failed
    assert {(f.rule_id, f.severity) for f in this_year.findings} >= {("three_public.total", "error")}
