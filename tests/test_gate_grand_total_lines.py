"""summary.fn_lines where 支出总计 is the only total a two-sided table prints (湖州 表04 财政拨款收支总表).

湖州市卫生健康委员会 pp. 33–35 prints 收入总计 = 支出总计 = 38,191.21 over expenditure classes that add to
64,618.76 (1,140.61 + 11,871.20 + 23,268.50 + 12,600.00 + 738.45 + 15,000.00, the figures of its 表01 and
narrative): with no 本年支出合计 and no 年末结转 line, 支出总计 must be the sum of the class lines.
"""

from __future__ import annotations

from decimal import Decimal

from test_quality_builder import clean_rows, findings, fresh, gate, make_doc

D = Decimal
_CLASSES = [
    ("fn_206", "六、科学技术支出", "1140.61"),
    ("fn_208", "八、社会保障和就业支出", "11871.20"),
    ("fn_210", "十、卫生健康支出", "23268.50"),
    ("fn_212", "十二、城乡社区支出", "12600.00"),
    ("fn_221", "二十一、住房保障支出", "738.45"),
    ("fn_229", "二十九、其他支出", "15000.00"),
]


def _doc(name: str, grand_total: str):
    rows = [r for r in clean_rows() if not (r[0] == "appropriation_summary" and r[1] == "expenditure")]
    rows += [("appropriation_summary", "expenditure", k, label, "total", D(a)) for k, label, a in _CLASSES]
    rows.append(("appropriation_summary", "expenditure", "grand_total", "支出总计", "total", D(grand_total)))
    return make_doc(name, rows)


def _fn_lines(report) -> set[tuple]:
    return {f for f in findings(report, "error") if f[0] == "summary.fn_lines"}


def test_grand_total_alone_is_the_sum_of_its_classes() -> None:
    con = fresh()
    assert _fn_lines(gate(con, _doc("hz-good", "64618.76"), ["arithmetic_summary"])) == set()
    # the printed 38,191.21: 26,427.55 万元 belong to no total
    assert _fn_lines(gate(con, _doc("hz-bad", "38191.21"), ["arithmetic_summary"])) == {
        ("summary.fn_lines", "appropriation_summary", "grand_total", "total")
    }
