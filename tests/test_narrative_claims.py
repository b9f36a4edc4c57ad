"""Narrative claims: what the 情况说明 of the real reports says, and which of it the tables contradict.

Expected values were read off the printed pages (and the seed text); the planted-errors copy
(24年普陀区财政局（测试问题版本）.pdf) differs from the original in the errors asserted below.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pipelines.extract import LineItem
from pipelines.narrative import AMOUNT_TOLERANCE, Claim, Finding, parse_claims, verify_claims

import real_figures as rf
from conftest import REPO

D = Decimal
SEED = Path(REPO.parent / "shared" / "seed" / "panzhihua-dongqu-hrss-2023-final-account.txt")
XINGZHENG = ("function", "general_budget", "201", "财政事务", "行政运行")


def _claims_of(doc) -> list[Claim]:
    return parse_claims(doc.narrative_pages, doc.meta.fiscal_year, doc.meta.report_kind)


def _one(claims: list[Claim], kind: str, key) -> Claim:
    found = [c for c in claims if c.kind == kind and c.subject_key == key]
    assert found, f"no {kind} claim for {key}"
    return found[0]


def _warnings(findings: list[Finding]) -> set[tuple[str, str, object, object]]:
    return {(f.rule_id, f.subject, f.expected, f.found) for f in findings if f.severity == "warning"}


@pytest.fixture(scope="module")
def seed_claims() -> list[Claim]:
    if not SEED.exists():
        pytest.fail(f"seed text missing: {SEED}")
    text = SEED.read_text(encoding="utf-8")
    # Its 第二部分 is the 情况说明 (up to 第三部分 名词解释).
    section = text[text.index("第二部分") : text.index("第三部分 名词解释")]
    return parse_claims({1: section}, 2023)


# ------------------------------------------------------------------ parsing -----


def test_caizheng_headline_claims(extract_real):
    claims = _claims_of(extract_real(rf.CZ))
    grand = _one(claims, "total", "grand_total")
    assert (grand.amount, grand.page) == (D("2995.39"), 21)
    assert _one(claims, "total", "income_total").amount == D("2946.25")
    basic = _one(claims, "share", "basic")
    assert (basic.amount, basic.percent, basic.base_key, basic.base_amount) == (
        D("2336.91"),
        D("79.49"),
        "expenditure_total",
        D("2940.05"),
    )
    other = _one(claims, "share", "other")
    assert (other.amount, other.percent) == (D("6.2"), D("0.21"))
    yoy = _one(claims, "yoy", "grand_total")
    assert (yoy.compare_year, yoy.change_amount, yoy.change_percent, yoy.direction) == (
        2023,
        D("56.95"),
        D("1.87"),
        "decrease",
    )
    fn201 = _one(claims, "share", "fn_201")
    assert (fn201.amount, fn201.percent) == (D("2106.66"), D("71.73"))


def test_caizheng_subject_lines_and_three_public(extract_real):
    claims = _claims_of(extract_real(rf.CZ))
    line = _one(claims, "subject", XINGZHENG)
    assert line.subject == "一般公共服务支出/财政事务/行政运行"
    assert (line.budget_amount, line.amount, line.direction, line.page) == (D("1560.05"), D("1511.89"), "less", 22)
    assert len([c for c in claims if c.kind == "subject"]) == 11
    same = _one(claims, "subject", ("function", "general_budget", "221", "住房改革支出", "购房补贴"))
    assert (same.budget_amount, same.amount, same.direction) == (D("258.50"), D("258.50"), "equal")
    execution = next(c for c in claims if c.subject_key == "general_budget_expenditure" and c.budget_amount)
    assert (execution.budget_amount, execution.amount, execution.percent, execution.direction) == (
        D("2993.92"),
        D("2940.05"),
        D("98.20"),
        "less",
    )
    three = _one(claims, "three_public", ("three_public", "total"))
    assert (three.budget_amount, three.amount, three.direction) == (D("0.95"), D("0.00"), "less")
    office = _one(claims, "yoy", "office_operation")
    assert (office.amount, office.change_amount, office.change_percent, office.direction) == (
        D("184.65"),
        D("2.55"),
        D("1.40"),
        "increase",
    )
    years = {(c.subject, c.year, c.compare_year) for c in claims if c.kind == "heading_year"}
    assert ("heading", 2024, 2024) in years and ("as_of", 2024, 2024) in years


def test_shegong_full_year_budget_and_completion(extract_real):
    claims = _claims_of(extract_real(rf.SG))
    # 年初预算为0万元，全年预算为321.02万元 … 完成年初预算的95.89%: the 全年 figure is the budget.
    execution = next(c for c in claims if c.subject_key == "general_budget_expenditure" and c.budget_amount)
    assert (execution.budget_amount, execution.amount, execution.percent) == (D("321.02"), D("307.82"), D("95.89"))
    line = _one(claims, "subject", ("function", "general_budget", "201", "社会工作事务", "事业运行"))
    assert (line.budget_amount, line.amount, line.direction) == (D("17.68"), D("11.31"), "less")
    yoy = _one(claims, "yoy", "grand_total")
    assert (yoy.change_amount, yoy.change_percent, yoy.direction) == (D("307.82"), D("100.00"), "increase")


def test_seed_claims(seed_claims):
    claims = seed_claims
    assert _one(claims, "total", "expenditure_total").amount == D("1648.70")
    basic = _one(claims, "share", "basic")
    assert (basic.amount, basic.percent, basic.base_amount) == (D("1247.88"), D("75.69"), D("1648.70"))
    grand = _one(claims, "yoy", "grand_total")
    assert (grand.compare_year, grand.change_amount, grand.change_percent) == (2022, D("581.21"), D("26.06"))
    vehicle = _one(claims, "yoy", ("three_public", "vehicle_total"))
    assert (vehicle.amount, vehicle.compare_year, vehicle.change_amount, vehicle.change_percent) == (
        D("1.67"),
        2022,
        D("0.67"),
        D("67"),
    )
    assert (vehicle.direction, vehicle.percent_direction) == ("increase", "increase")
    share = next(c for c in claims if c.kind == "three_public" and c.subject == "vehicle_total" and c.percent_of)
    assert (share.percent, share.base_amount) == (D("57.79"), D("2.89"))
    xingzheng = _one(claims, "subject", ("function", "general_budget", "208", "人力资源和社会保障管理事务", "行政运行"))
    assert (xingzheng.amount, xingzheng.percent, xingzheng.percent_of) == (D("569"), D("100"), "completion")
    assert _one(claims, "share", "fn_229").percent == D("8.6")
    assert _one(claims, "office_operation", "office_operation").amount == D("61.3")
    # The 2022 in "开展2022年度保障农民工工资支付实地核查工作" is an event, not the report's year.
    assert {c.year for c in claims if c.kind == "heading_year"} == {2023}


# ----------------------------------------------------------------- verifying -----


def test_planted_errors_are_found(extract_real):
    doc = extract_real(rf.CS)
    findings = verify_claims(_claims_of(doc), doc.items)
    warnings = _warnings(findings)
    assert ("narrative.year_mismatch", "heading", "2024", "2023") in warnings
    assert ("narrative.year_mismatch", "as_of", "2024", "2023") in warnings  # 截至 2023年12月31日
    assert ("narrative.amount_mismatch", "grand_total", D("2995.39"), D("0")) in warnings
    wrong_words = {f.subject: f.found for f in findings if f.rule_id == "narrative.budget_direction"}
    assert wrong_words == {
        "一般公共服务支出/财政事务/行政运行": "greater",  # 决算数大于预算数, yet 1511.89 < 1560.05
        "社会保障和就业支出/行政事业单位养老支出/机关事业单位职业年金缴费支出": "greater",  # 80.38 < 80.81
        "卫生健康支出/行政事业单位医疗/行政单位医疗": "equal",  # 决算数等于预算数, yet 60.99 < 62.29
    }
    heading = next(f for f in findings if f.rule_id == "narrative.year_mismatch" and f.subject == "heading")
    assert heading.page == 18 and heading.severity == "warning"


def test_original_caizheng_has_only_its_genuine_mismatches(extract_real):
    doc = extract_real(rf.CZ)
    findings = verify_claims(_claims_of(doc), doc.items)
    # Both read off page 21 of the printed report:
    #   财政拨款收入支出总计0.3万元, while 财政拨款收入支出决算总表 says 总计 2961.68;
    #   一般公共服务支出（类）2106.66万元，占71.73% — 2106.66 / 2940.05 is 71.65%.
    assert _warnings(findings) == {
        ("narrative.amount_mismatch", "appropriation_grand_total", D("2961.68"), D("0.3")),
        ("narrative.share_percent", "fn_201", D("71.65"), D("71.73")),
    }
    assert {f.page for f in findings if f.severity == "warning"} == {21}
    assert all(f.severity in ("warning", "info") for f in findings)


def test_shegong_and_seed_narratives_agree_with_themselves(extract_real, seed_claims):
    doc = extract_real(rf.SG)
    assert _warnings(verify_claims(_claims_of(doc), doc.items)) == set()
    # The seed has no tables here: only its internal arithmetic (shares, changes, directions) is checked.
    findings = verify_claims(seed_claims, [])
    assert _warnings(findings) == set()
    unchecked = [f for f in findings if f.rule_id == "narrative.yoy_unchecked"]
    assert unchecked and all(f.severity == "info" for f in unchecked)


def test_template_leftovers_are_reported(extract_real):
    doc = extract_real(rf.TP)
    findings = verify_claims(_claims_of(doc), doc.items)
    tokens = {f.found for f in findings if f.rule_id == "narrative.placeholder"}
    assert {"XX局", "XXX万元", "XX%", "增加(减少)", "如持平作持平表述"} <= tokens
    assert {f.page for f in findings if f.rule_id == "narrative.placeholder"} == set(range(15, 22))


def test_budget_document_three_public_budgets(extract_real):
    doc = extract_real("上海市普陀区商务委员会单位25年预算.pdf")
    claims = _claims_of(doc)
    assert _one(claims, "three_public", ("three_public", "total")).budget_amount == D("1.00")
    assert _one(claims, "office_operation", "office_operation").budget_amount == D("171.01")
    # 截至2024年8月31日 is right for a 2025 budget.
    assert {(c.subject, c.year, c.compare_year) for c in claims if c.subject == "as_of"} == {("as_of", 2024, 2024)}
    assert _warnings(verify_claims(claims, doc.items)) == set()


# ------------------------------------------------------ rules on small inputs -----


def _item(line_key: str, amount: str, unit: str = "万元", side: str = "expenditure") -> LineItem:
    return LineItem("summary", side, line_key, line_key, "final", D(amount), unit, 6)


def test_table_in_yuan_is_converted_and_tolerance_is_one_cent_of_wan():
    claims = parse_claims({5: "本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%；"}, 2024)
    assert D("0.01") == AMOUNT_TOLERANCE
    for yuan, flagged in (("29400500.00", False), ("29400600.00", False), ("29400700.00", True)):
        findings = verify_claims(claims, [_item("expenditure_total", yuan, "元")])
        mismatches = [f for f in findings if f.rule_id == "narrative.amount_mismatch"]
        assert bool(mismatches) is flagged, yuan
    (finding,) = [
        f
        for f in verify_claims(claims, [_item("expenditure_total", "29400700.00", "元")])
        if f.rule_id == "narrative.amount_mismatch"
    ]
    assert (finding.expected, finding.found, finding.difference, finding.page) == (
        D("2940.07"),
        D("2940.05"),
        D("-0.02"),
        5,
    )


def test_share_percent_is_recomputed_from_the_printed_amounts():
    good = parse_claims({1: "本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%"}, 2024)
    bad = parse_claims({1: "本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.51%"}, 2024)
    assert not [f for f in verify_claims(good, []) if f.rule_id == "narrative.share_percent"]
    (finding,) = [f for f in verify_claims(bad, []) if f.rule_id == "narrative.share_percent"]
    assert (finding.expected, finding.found) == (D("79.49"), D("79.51"))


def test_year_on_year_against_previous_items_and_words():
    text = "机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。"
    claims = parse_claims({24: text}, 2024)
    prior_ok = [LineItem("three_public", None, "office_operation", "机关运行经费", "final", D("182.10"), "万元", 18)]
    prior_bad = [LineItem("three_public", None, "office_operation", "机关运行经费", "final", D("180.00"), "万元", 18)]
    assert not [f for f in verify_claims(claims, [], prior_ok) if f.rule_id.startswith("narrative.yoy")]
    (finding,) = [f for f in verify_claims(claims, [], prior_bad) if f.rule_id == "narrative.yoy_amount"]
    assert (finding.expected, finding.found) == (D("4.65"), D("2.55"))
    (info,) = [f for f in verify_claims(claims, []) if f.rule_id == "narrative.yoy_unchecked"]
    assert info.severity == "info"
    wrong = parse_claims({1: "机关运行经费支出184.65万元，比2021年度增加2.55万元，下降1.40%。"}, 2024)
    rules = {f.rule_id for f in verify_claims(wrong, [])}
    assert {"narrative.yoy_words", "narrative.compare_year"} <= rules
    off = parse_claims({1: "机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.50%。"}, 2024)
    (pct,) = [f for f in verify_claims(off, []) if f.rule_id == "narrative.yoy_percent"]
    assert (pct.expected, pct.found) == (D("1.40"), D("1.50"))
