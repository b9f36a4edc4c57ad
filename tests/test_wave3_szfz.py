"""Wave 3 (深圳 / 福州): two gate rules read the 深圳 template as it prints.

Tiny synthetic warehouses (tests/test_quality_builder.py) carrying the figures of the rendered pages:

- 深圳市人力资源和社会保障局 表1 收支总表 (pdf p57, printed “- 54 -”, and p60): 一、财政拨款 533,162.27 |
  二、财政专户管理资金 14,501.08 | 三、单位资金 13,942.16 over 1.事业收入 10,643.89 … 5.其他收入 3,298.27 |
  本年收入合计 561,605.51 = 533,162.27 + 14,501.08 + 13,942.16 (单位资金 is the heading of its five lines).
- 深圳市生态环境局 表3 支出总表 (pdf p81/p84): the department row 190,281.97 over per-unit code blocks; 224
  灾害防治及应急管理支出 109.50 is printed by one unit only, every other class by several (left out).
"""

from __future__ import annotations

from decimal import Decimal

import duckdb
import pytest

from test_quality_builder import clean_rows, findings, fresh, gate, make_doc

D = Decimal


@pytest.fixture(scope="module")
def con() -> duckdb.DuckDBPyConnection:
    """One warehouse for every case (each document has its own name): building the schema is the slow part."""
    return fresh()


_SZ_INCOME = [
    ("fiscal_appropriation", "一、财政拨款", "533162.27"),
    ("general_budget_appropriation", "1.一般公共预算拨款", "533162.27"),
    ("gov_fund_appropriation", "2.政府性基金预算拨款", "0.00"),
    ("state_capital_appropriation", "3.国有资本经营预算拨款", "0.00"),
    ("business_special_account", "二、财政专户管理资金", "14501.08"),
    ("unit_funds", "三、单位资金", "13942.16"),
    ("business", "1.事业收入", "10643.89"),
    ("operating", "2.事业单位经营收入", "0.00"),
    ("superior_subsidy", "3.上级补助收入", "0.00"),
    ("affiliated_remittance", "4.附属单位上缴收入", "0.00"),
    ("other", "5.其他收入", "3298.27"),
    ("income_total", "本年收入合计", "561605.51"),
]


def _shenzhen_summary(**changed: str) -> list[tuple]:
    rows = [r for r in clean_rows() if not (r[0] == "summary" and r[1] == "income")]
    return rows + [("summary", "income", k, label, "final", D(changed.get(k, a))) for k, label, a in _SZ_INCOME]


def _eco_expenditure() -> list[tuple]:
    return [
        ("expenditure", None, "total", "深圳市生态环境局", "total", D("190281.97")),
        ("expenditure", None, "224", "灾害防治及应急管理支出", "total", D("109.50")),
        ("expenditure", None, "22401", "应急管理事务", "total", D("109.50")),
    ]


def _errors(con: duckdb.DuckDBPyConnection, name: str, summary: dict[str, str], repeated: list[str]) -> set[tuple]:
    """The summary.income_lines and arith.table_total errors of one document."""
    rows = [r for r in _shenzhen_summary(**summary) if r[0] != "expenditure"] + _eco_expenditure()
    doc = make_doc(name, rows)
    next(t for t in doc.tables if t.table_key == "expenditure").repeated_codes = repeated
    report = gate(con, doc, ["arithmetic_subject_tables", "arithmetic_summary"])
    return {f for f in findings(report, "error") if f[0] in ("summary.income_lines", "arith.table_total")}


def test_shenzhen_unit_funds_heading_and_partial_table_pass(con):
    # 单位资金 heads its five lines beside 财政专户管理资金; the partial 支出总表 keeps only 224 of one unit
    assert _errors(con, "sz-good", {}, ["205", "20508", "2050803", "208", "20805", "211"]) == set()


def test_a_wrong_income_line_and_a_complete_table_are_still_caught(con):
    # 其他收入 one 万元 off: 单位资金 no longer heads its lines and no reading of the sources fits 本年收入合计;
    # the same 支出总表 with no code left out: 合计 190,281.97 ≠ 224's 109.50
    assert _errors(con, "sz-bad", {"other": "3299.27"}, []) == {
        ("summary.income_lines", "summary", "income_total", "final"),
        ("arith.table_total", "expenditure", "total", "total"),
    }
