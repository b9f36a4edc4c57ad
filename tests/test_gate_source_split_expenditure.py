"""cross.summary_expenditure_total on a 支出总表 split by source of funds with carry-in columns.

西安 应急管理局 (2019 budget): the 支出总表 p5 prints 合计 3,695.91 万元 = 一般公共预算 3,643.37 + 上年实户资金
余额 40.93 + 上年结转 11.61, while the 收支总表 p3 prints 本年支出合计 3,643.37 and 结转下年 52.54: the table's
合计 holds what the summary carries out. Without a carry-in column the same figures still fail.
"""

from __future__ import annotations

from decimal import Decimal

from test_quality_builder import clean_rows, fresh, gate, make_doc

D = Decimal


def _rows(with_carry_in: bool) -> list[tuple]:
    # the builder's summary: 本年支出合计 100.00, 年末结转和结余 10.00, 总计 110.00
    rows = [r for r in clean_rows() if not (r[0] == "expenditure" and r[2] == "total")]
    rows.append(("expenditure", None, "total", "合计", "total", D("110.00")))
    rows.append(("expenditure", None, "total", "合计", "general_budget", D("100.00")))
    if with_carry_in:
        rows.append(("expenditure", None, "total", "合计", "carryover", D("10.00")))
    return rows


def _errors(report) -> set[str]:
    return {f.rule_id for f in report.findings if f.severity == "error"}


def test_source_split_total_holds_the_carry_out() -> None:
    con = fresh()
    assert "cross.summary_expenditure_total" not in _errors(
        gate(con, make_doc("carry-in", _rows(True)), ["cross_table"])
    )
    assert "cross.summary_expenditure_total" in _errors(
        gate(con, make_doc("no-carry-in", _rows(False)), ["cross_table"])
    )
