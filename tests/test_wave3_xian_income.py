"""西安 (wave 3): 上年实户资金余额 and a 上年结转 spent in the 财政拨款收支总表 classes.

Tiny warehouses built from the clean synthetic document, reshaped the way 西安 prints these
tables (figures read off the rendered pages of 2026年西安市审计局部门预算.pdf p22–23 and
2026年西安市公安局部门预算.pdf p25–26, scaled down):

- 表1 收支总表 prints 上年实户资金余额 under 本年收入合计 and 未安排支出的实户资金 under 本年支出合计
  (审计局 p22: 41,052,896.08 + 981,827.50 = 收入总计 42,034,723.58);
- 表2 收入总表 (by unit, no classes) prints 上年结转 and 上年实户资金余额 as source columns inside 合计
  (审计局 p23: 40,052,896.08 + 981,827.50 + 1,000,000.00 = 42,034,723.58);
- 表4 财政拨款收支总表 spends 上年结转 in its function classes while 表5 一般公共预算支出表 holds this
  year's money only (公安局 p25 公共安全 2,843,890,869.64 vs p26 2,717,153,227.91; the three
  classes' excess is exactly 上年结转 131,027,041.73).
"""

from __future__ import annotations

from decimal import Decimal

import duckdb
import pytest

from test_quality_builder import change, findings, fresh, gate, make_doc
from test_quality_builder import clean_rows as builder_rows

D = Decimal
FAMILIES = ["arithmetic_subject_tables", "arithmetic_summary", "cross_table"]


def _xian_rows() -> list[tuple]:
    rows = [r for r in builder_rows() if r[0] != "income"]
    # 收入总表 by unit: one 合计 row, sources incl. 上年结转 10 and 上年实户资金余额 5
    for measure, amount in [("total", "115.00"), ("fiscal_appropriation", "100.00"), ("carryover", "10.00")]:
        rows.append(("income", None, "total", "合计", measure, D(amount)))
    rows.append(("income", None, "total", "合计", "prior_account_balance", D("5.00")))
    out = []
    for r in rows:
        if r[0] == "summary" and r[2] == "grand_total":
            r = (*r[:5], D("115.00"))
        out.append(r)
    out.append(("summary", "income", "prior_account_balance", "上年实户资金余额", "final", D("5.00")))
    out.append(("summary", "expenditure", "unallocated_account_funds", "未安排支出的实户资金", "final", D("5.00")))
    return out


_CON: list[duckdb.DuckDBPyConnection] = []


@pytest.fixture(scope="module", autouse=True)
def _warehouse():
    # one warehouse for the module (each document has its own name, so its own findings): applying
    # the schema is the slow part
    _CON.append(fresh())
    yield
    _CON.pop().close()


def _errors(rows: list[tuple], name: str) -> set[tuple]:
    return findings(gate(_CON[0], make_doc(name, rows), FAMILIES), "error")


def test_prior_account_balance_is_a_carry_in_and_an_income_source():
    assert _errors(_xian_rows(), "xian-pab") == set()


def test_prior_account_balance_misprinted_is_caught():
    # three misprints in one document (one warehouse pass): each is caught by the rule that owns its sum
    rows = change(_xian_rows(), "summary", "prior_account_balance", "final", "6.00", "income")
    rows = change(rows, "summary", "unallocated_account_funds", "final", "6.00", "expenditure")
    rows = change(rows, "income", "total", "prior_account_balance", "6.00")
    errors = _errors(rows, "xian-pab-bad")
    assert ("summary.income_balance", "summary", "grand_total", "final") in errors, errors
    assert ("summary.expenditure_balance", "summary", "grand_total", "final") in errors, errors
    assert ("arith.income_sources", "income", "total", "total") in errors, errors


def _carryover_rows(fn_201: str, fn_208: str) -> list[tuple]:
    """表4 with one 预算数 column: 本年收入 100 + 上年结转 10 = 本年支出合计 110 over the classes; 表5 holds 100."""
    rows = [r for r in builder_rows() if r[0] != "appropriation_summary"]
    a = "appropriation_summary"
    for side, line, label, amount in [
        ("income", "general_budget_appropriation", "1、一般公共预算拨款", "100.00"),
        ("income", "income_total", "本年收入合计", "100.00"),
        ("income", "carryover_begin", "上年结转", "10.00"),
        ("income", "grand_total", "收入总计", "110.00"),
        ("expenditure", "fn_201", "1、一般公共服务支出", fn_201),
        ("expenditure", "fn_208", "8、社会保障和就业支出", fn_208),
        ("expenditure", "expenditure_total", "本年支出合计", "110.00"),
        ("expenditure", "grand_total", "支出总计", "110.00"),
    ]:
        rows.append((a, side, line, label, "budget", D(amount)))
    return rows


def test_carryover_spent_in_the_classes_above_the_fund_tables():
    errors = _errors(_carryover_rows("70.00", "40.00"), "xian-carry")
    assert not {e for e in errors if e[0] == "cross.appropriation_fn_class"}, errors


def test_a_class_below_the_fund_tables_still_fails():
    # the excess of one class cannot hide a shortfall of another: 208 printed 35 against 表5's 40
    errors = _errors(_carryover_rows("75.00", "35.00"), "xian-carry-bad")
    assert ("cross.appropriation_fn_class", "appropriation_summary", "fn_208", "total") in errors, errors
