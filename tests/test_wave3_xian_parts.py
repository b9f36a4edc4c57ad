"""Wave 3, 西安 (生态环境局 / 规划和自然资源局 / 宣传部): the 支出总表 split by source of funds, a fund
printed without a function table, a table title printed with a character missing.

Figures are those of the rendered pages:
- 生态环境局 p.30 表3 2022年部门综合预算支出总表, row 合计: 合计 520161240.01 = 公共预算拨款小计
  518161240.01 + 其他收入 2000000.00 (其中：专项资金列入部门预算的项目 158047922.00, not an addend);
- 规划和自然资源局 p.45 财政拨款收支总表: 二、政府性基金拨款 3031779608.00; 城乡社区支出 3170672938.28
  = 一般公共预算 138893330.28 + the 政府性基金 3031779608.00 printed only in 表9 (p.64, by 大类);
- 宣传部 p.19: '表2' over '2021年部综合预算收入总表' (部门 printed 部).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipelines.extract.catalog import load_catalog
from pipelines.extract.locate import locate_tables
from pipelines.extract.pages import PageText
from pipelines.store import write_document

from test_quality_builder import clean_rows, fresh, make_doc

D = Decimal


@pytest.fixture(scope="module")
def con():
    """One warehouse for every case here (each case is its own document): the schema is built once."""
    c = fresh()
    yield c
    c.close()


def _failed(con, doc, view: str, rule: str) -> dict[str, tuple[Decimal, Decimal]]:
    """The rule's comparisons beyond their tolerance (what the gate blocks on), by line: (expected, found).
    The evidence views are queried directly: the great-expectations run adds seconds and no verdict."""
    write_document(con, doc)
    rows = con.execute(
        f"SELECT line_key, expected, found FROM {view} WHERE document_id = ? AND rule_id = ?"
        " AND abs(difference) > tolerance",
        [doc.sha256, rule],
    ).fetchall()
    assert con.execute(
        f"SELECT count(*) FROM {view} WHERE document_id = ? AND rule_id = ?", [doc.sha256, rule]
    ).fetchone()[0], "the rule made no comparison"
    return {line: (expected, found) for line, expected, found in rows}


def _source_split(rows: list[tuple], other: str = "2000000.00") -> list[tuple]:
    """The clean rows with the 支出总表's 合计 row printed by source (生态环境局 p.30), in 元."""
    kept = [r for r in rows if not (r[0] == "expenditure" and r[2] == "total")]
    printed = {
        "total": "520161240.01",
        "general_budget": "518161240.01",
        "special_project_funds": "158047922.00",
        "gov_fund": "0.00",
        "business": "0.00",
        "operating": "0.00",
        "affiliated_remittance": "0.00",
        "prior_account_balance": "0.00",
        "other": other,
        "carryover": "0.00",
    }
    # the function rows by source too: each class all 公共预算拨款
    out = []
    for r in kept:
        if r[0] == "expenditure" and r[4] in ("basic", "project"):
            continue
        out.append(r)
        if r[0] == "expenditure" and r[4] == "total":
            out.append((*r[:4], "general_budget", r[5]))
    out.extend(("expenditure", None, "total", "合计", m, D(a)) for m, a in printed.items())
    return out


def test_expenditure_split_by_source_sums_its_sources(con):
    doc = make_doc("xian-source", _source_split(clean_rows()), units={"expenditure": "元"})
    assert _failed(con, doc, "checks.arith_row_parts", "arith.expenditure_parts") == {}


def test_expenditure_split_by_source_catches_a_wrong_source(con):
    doc = make_doc("xian-source-bad", _source_split(clean_rows(), other="2100000.00"), units={"expenditure": "元"})
    assert _failed(con, doc, "checks.arith_row_parts", "arith.expenditure_parts") == {
        "total": (D("520261240.01"), D("520161240.01"))
    }


def _unlisted_fund(rows: list[tuple], fn_208: str, fn_201: str = "60.00") -> list[tuple]:
    """The appropriation summary printing 政府性基金 money (its income line) that no fund table prints by
    function (the document has no gov_fund table): in its class 208 above the 一般公共预算 table."""
    out = []
    for r in rows:
        if r[0] == "appropriation_summary" and r[2] in ("fn_208", "fn_201") and r[4] == "total":
            r = (*r[:5], D(fn_208 if r[2] == "fn_208" else fn_201))
        out.append(r)
    out.append(("appropriation_summary", "income", "gov_fund_appropriation", "二、政府性基金拨款", "final", D("30.00")))
    return out


def _fn_class(con, doc) -> set[str]:
    return set(_failed(con, doc, "checks.cross_table", "cross.appropriation_fn_class"))


def test_fund_without_function_table_may_sit_in_a_class(con):
    doc = make_doc("xian-unlisted", _unlisted_fund(clean_rows(), "70.00"), drop_tables=("gov_fund", "state_capital"))
    assert _fn_class(con, doc) == set()


def test_fund_without_function_table_is_bounded(con):
    # the excess (40) is more than the fund's appropriation (30): still an error
    doc = make_doc(
        "xian-unlisted-big", _unlisted_fund(clean_rows(), "80.00"), drop_tables=("gov_fund", "state_capital")
    )
    assert _fn_class(con, doc) == {"fn_208"}
    # a class below the 一般公共预算 table is never explained by an unprinted fund
    doc = make_doc(
        "xian-unlisted-low", _unlisted_fund(clean_rows(), "70.00", "59.00"), drop_tables=("gov_fund", "state_capital")
    )
    assert _fn_class(con, doc) == {"fn_201"}
    # with the fund's table printed, the class must match the tables exactly
    doc = make_doc("xian-listed", _unlisted_fund(clean_rows(), "70.00"))
    assert _fn_class(con, doc) == {"fn_208"}


# 宣传部 p.19 as its text layer prints it (header cells broken over lines), and p.20 表3.
_INCOME_PAGE = """表2
2021年部综合预算收入总表
单位：元
单位编
码
单位名称
部门预算
合计
一般公共预算拨款
政府
性基
金拨
款
上级
补助
收入
事业
收入
事业单
位经营
收入
对附属
单位上
缴收入
用事业
基金弥
补收支
差额
上年
结转
上年
实户
资金
余额
其他收
入 小计
其中：专项资金
列入部门预算项
目
合计 258,596,001.79 258,596,001.79 200,000,000.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00
"""


def _pages(*texts: str) -> list[PageText]:
    return [PageText(n, text, True) for n, text in enumerate(texts, start=19)]


def test_title_with_a_character_missing_is_located_by_its_header():
    locations = locate_tables(_pages(_INCOME_PAGE), load_catalog(), "budget")
    assert [(loc.spec.key, loc.page) for loc in locations] == [("income", 19)]


def test_damaged_title_needs_the_header_and_one_reading():
    catalog = load_catalog()
    # the same damaged title over a header without the income sources: not located
    no_sources = _INCOME_PAGE.replace("事业\n收入", "").replace("其他收\n入", "")
    assert locate_tables(_pages(no_sources), catalog, "budget") == []
    # a title two characters off is not repaired
    worse = _INCOME_PAGE.replace("2021年部综合预算收入总表", "2021年部综合预收入总表")
    assert locate_tables(_pages(worse), catalog, "budget") == []
    # the income signature alone never decides an untitled page
    untitled = _INCOME_PAGE.replace("2021年部综合预算收入总表\n", "")
    assert locate_tables(_pages(untitled), catalog, "budget") == []
