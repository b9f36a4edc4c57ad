"""The catalog (titles, header → measure maps) is data; these tests pin what it must recognise."""

import pytest

from pipelines.extract.catalog import first_match, load_catalog, squash

CATALOG = load_catalog()


def _title_key(line: str, kind: str) -> str | None:
    return next((s.key for s in CATALOG.specs(kind) if s.matches_title(squash(line))), None)


@pytest.mark.parametrize(
    ("line", "kind", "key"),
    [
        ("收入支出决算总表", "final_account", "summary"),
        ("收入决算表", "final_account", "income"),
        ("支出决算表", "final_account", "expenditure"),
        ("财政拨款收入支出决算总表", "final_account", "appropriation_summary"),
        ("一般公共预算财政拨款支出决算表", "final_account", "general_budget"),
        ("一般公共预算财政拨款基本支出决算表", "final_account", "general_budget_basic"),
        ("财政拨款“三公”经费支出决算表", "final_account", "three_public"),
        ("财政拨款 三公 经费支出决算表", "final_account", "three_public"),  # quotes printed elsewhere
        ("政府性基金预算财政拨款收入支出决算表", "final_account", "gov_fund"),
        ("国有资本经营预算财政拨款收入支出决算表", "final_account", "state_capital"),
        ("2024年部门财务收支预算总表", "budget", "summary"),
        ("2026年预算单位一般公共预算基本支出部门预算经济分类预算表", "budget", "general_budget_basic"),
        ("部门“三公”经费和机关运行经费预算表", "budget", "three_public"),
        ("第三部分 收入支出决算总体情况说明", "final_account", None),
        ("二、收入决算表", "final_account", "income"),  # numbered (西安 2022); contents pages are skipped per page
        ("二、项目支出表", "budget", None),  # a table outside the nine
        ("表6 部门综合预算一般公共预算支出明细表（按支出经济分类科目）", "budget", None),  # by economic class
    ],
)
def test_titles(line, kind, key):
    assert _title_key(line, kind) == key


def test_every_final_account_table_has_exactly_one_spec():
    keys = [s.key for s in CATALOG.specs("final_account")]
    assert sorted(keys) == sorted(set(keys)) and len(keys) == 9


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("一般公共预算财政拨款收入", "general_budget_appropriation"),
        ("本年收入合计", "income_total"),
        ("使用非财政拨款结余(含专用结余)", "use_of_reserve"),
        ("年初财政拨款结转和结余", "carryover_begin"),
        ("总计", "grand_total"),
        ("其他收入", "other"),
    ],
)
def test_income_item_labels(label, key):
    assert first_match(CATALOG.income_items, label) == key


def test_function_class_names_find_codes_in_noisy_labels():
    assert CATALOG.function_class_by_name("八、社会保障和就业支出") == "208"
    assert CATALOG.function_class_by_name("、社会保障和就业支出") == "208"
    assert CATALOG.function_class_by_name("二十三、其他支出") == "229"
    assert CATALOG.function_class_by_name("二十一、国有资本经营预算支出") == "223"
    assert CATALOG.function_class_by_name("本年支出合计") is None


def test_prior_year_execution_columns_are_final_prev():
    """上年执行数 / 上年决算数 beside a budget's figures: the previous year's execution (final_prev),
    checked against the previous year's 决算 by cross_year.final_prev — not refused, not guessed."""
    from pipelines.extract.catalog import load_catalog
    from pipelines.extract.normalize import _measure_for

    catalog = load_catalog()
    with_prev = [t for t in catalog.tables if _measure_for(t, ["上年预算数"]) == "budget_prev"]
    assert len(with_prev) >= 5
    for spec in with_prev:
        assert _measure_for(spec, ["上年执行数"]) == "final_prev", spec.key
        assert _measure_for(spec, ["上年决算数"]) == "final_prev", spec.key
