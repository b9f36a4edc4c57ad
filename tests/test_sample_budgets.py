"""The sample 部门预算 (2021–2024): extracted exactly, adding up, and agreeing with the 决算."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

from pipelines.extract import ExtractedDocument
from pipelines.samples.budget_tables import BUDGET_TABLE_ORDER, budget_style, budget_title
from pipelines.samples.build import (
    RenderedBudget,
    budget_file_name,
    build_sample_budgets,
    build_sample_corpus,
    render_budget,
    sample_file_name,
)
from pipelines.samples.figures import (
    SAMPLE_DEPARTMENT,
    SAMPLE_YEARS,
    WAN,
    ItemKey,
    budget,
    budget_consistency_errors,
    expected_budget_items,
    expected_items,
    figures,
)

D = Decimal
SUBJECT_TABLES = ("income", "expenditure", "general_budget")


@pytest.fixture(scope="module")
def budget_paths(sample_budgets: dict[int, Path]) -> dict[int, Path]:
    return sample_budgets  # the session's corpus (built once; the determinism tests below build their own)


@pytest.fixture(scope="module")
def docs(budget_paths: dict[int, Path], extract_sample) -> dict[int, ExtractedDocument]:
    return {year: extract_sample(path) for year, path in budget_paths.items()}


@pytest.fixture(scope="module")
def rendered() -> dict[int, RenderedBudget]:
    return {year: render_budget(year) for year in SAMPLE_YEARS}


def _items(doc: ExtractedDocument) -> dict[ItemKey, Decimal]:
    out: dict[ItemKey, Decimal] = {}
    for i in doc.items:
        key = (i.table_key, i.side, i.line_key, i.measure)
        assert key not in out, key
        out[key] = i.amount
    return out


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- files and determinism -------------------------------------------------------------------


def test_building_twice_gives_identical_bytes(tmp_path: Path) -> None:
    first = build_sample_budgets(tmp_path / "a")
    second = build_sample_budgets(tmp_path / "b")
    assert [_sha(p) for p in first] == [_sha(p) for p in second]
    assert len({_sha(p) for p in first}) == len(SAMPLE_YEARS)


def test_the_corpus_holds_both_kinds_and_returns_the_final_accounts(tmp_path: Path) -> None:
    returned = build_sample_corpus(tmp_path)
    assert [p.name for p in returned] == [sample_file_name(y) for y in SAMPLE_YEARS]
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted([sample_file_name(y) for y in SAMPLE_YEARS] + [budget_file_name(y) for y in SAMPLE_YEARS])
    budgets = {p.name: _sha(p) for p in build_sample_budgets(tmp_path / "again")}
    for year in SAMPLE_YEARS:
        assert budget_file_name(year) == f"攀枝花市东区人力资源和社会保障局{year}年部门预算.pdf"
        assert _sha(tmp_path / budget_file_name(year)) == budgets[budget_file_name(year)]


# -- extraction -------------------------------------------------------------------------------


@pytest.mark.parametrize("year", SAMPLE_YEARS)
def test_cover(year: int, docs: dict[int, ExtractedDocument]) -> None:
    meta = docs[year].meta
    assert (meta.department, meta.fiscal_year, meta.report_kind, meta.scope) == (
        SAMPLE_DEPARTMENT,
        year,
        "budget",
        "department",
    )
    cover = docs[year].page_texts[1]
    assert f"攀枝花市东区{year}年部门预算" in cover
    assert f"预算主管部门：{SAMPLE_DEPARTMENT}" in cover


@pytest.mark.parametrize("year", SAMPLE_YEARS)
def test_budget_extracts_to_its_truth(year: int, docs: dict[int, ExtractedDocument]) -> None:
    doc = docs[year]
    assert doc.missing_tables == []
    got = {k: v for k, v in _items(doc).items() if v != 0}  # printed zeros may be stored or omitted
    expected = expected_budget_items(year)
    wrong = {k: (v, got.get(k)) for k, v in expected.items() if got.get(k) != v}
    assert not wrong
    extra = {k: v for k, v in got.items() if k not in expected}
    assert not extra
    assert got == expected


@pytest.mark.parametrize("year", SAMPLE_YEARS)
def test_units_and_table_pages(year: int, docs: dict[int, ExtractedDocument], rendered) -> None:
    doc = docs[year]
    assert [t.table_key for t in doc.tables] == list(BUDGET_TABLE_ORDER)
    for table in doc.tables:
        assert table.unit_printed == ("万元" if table.table_key == "three_public" else "元")
        assert table.pages == rendered[year].table_pages[table.table_key], table.table_key
        assert all(i.unit_printed == table.unit_printed for i in table.items)
    # three tables run onto a second page; in 2021 and 2023 the 收入/支出 continuations repeat no header
    for key in SUBJECT_TABLES:
        assert len(doc.table(key).pages) == 2
    assert budget_style(year).repeat_header == (year in (2022, 2024))
    assert doc.table("gov_fund").is_empty and doc.table("state_capital").is_empty


@pytest.mark.parametrize("year", SAMPLE_YEARS)
def test_printed_cells_are_exactly_the_expected_items(year: int, rendered: dict[int, RenderedBudget]) -> None:
    printed = {key: cell.amount for key, cell in rendered[year].printed.items()}
    assert printed == expected_budget_items(year)


@pytest.mark.parametrize("year", SAMPLE_YEARS)
def test_titles_are_on_their_pages(year: int, docs: dict[int, ExtractedDocument], rendered) -> None:
    for key, pages in rendered[year].table_pages.items():
        first_line = docs[year].page_texts[pages[0]].splitlines()[0].strip()
        assert first_line == budget_title(key, year)
        assert f"编制部门：{SAMPLE_DEPARTMENT}" in docs[year].page_texts[pages[0]]
    assert budget_title("three_public", 2021) == "部门“三公”经费和机关运行经费预算表"
    assert budget_title("three_public", 2023) == "2023年部门“三公”经费和机关运行经费预算表"


def test_the_printing_styles_differ_as_the_real_budgets_do(docs: dict[int, ExtractedDocument], rendered) -> None:
    # 2021: whole 元 and printed zeros ('0'); 2022: 2 decimals and '0.00'; 2023/2024: 2 decimals, blank zeros
    def text(year: int, key: str) -> str:
        return docs[year].page_texts[rendered[year].table_pages[key][0]]

    assert "14,820,000" in text(2021, "summary") and "14,820,000.00" not in text(2021, "summary")
    assert "21,410,500.00" in text(2022, "summary") and " 0.00" in text(2022, "income")
    assert "17,372,200.00" in text(2023, "summary") and " 0.00" not in text(2023, "income")
    # the summaries of 2022 and 2024 split 预算数 into 合计 / 人员经费 / 公用经费 / 项目支出
    for year in SAMPLE_YEARS:
        measures = {i.measure for i in docs[year].table("summary").items if i.side == "expenditure"}
        assert measures == ({"budget", "personnel", "public", "project"} if year in (2022, 2024) else {"budget"})
    # 2021 prints economic 款 02 / 07 as 2 / 7, as one real budget does; still read as 30102 / 30107
    assert "301 2 津贴补贴" in text(2021, "general_budget_basic")
    assert ("general_budget_basic", None, "30102", "total") in _items(docs[2021])


# -- the figures add up -------------------------------------------------------------------------


@pytest.mark.parametrize("year", SAMPLE_YEARS)
def test_budget_figures_are_consistent(year: int) -> None:
    assert budget_consistency_errors(budget(year)) == []


def _by_measure(items: dict[ItemKey, Decimal], table: str) -> dict[str, dict[str, Decimal]]:
    out: dict[str, dict[str, Decimal]] = defaultdict(dict)
    for (t, _side, line, measure), amount in items.items():
        if t == table:
            out[measure][line] = amount
    return out


@pytest.mark.parametrize("year", SAMPLE_YEARS)
@pytest.mark.parametrize("table", SUBJECT_TABLES)
def test_subject_tables_sum(year: int, table: str) -> None:
    """合计 = Σ类, 类 = Σ款, 款 = Σ项, in every amount column; 合计 = 基本 + 项目."""
    by_measure = _by_measure(expected_budget_items(year), table)
    for measure, lines in by_measure.items():
        codes = [c for c in lines if c.isdigit()]
        assert lines["total"] == sum(lines[c] for c in codes if len(c) == 3), (table, measure)
        for parent in codes:
            children = [c for c in codes if len(c) == len(parent) + 2 and c.startswith(parent)]
            if children:
                assert lines[parent] == sum(lines[c] for c in children), (table, measure, parent)
    if table != "income":
        for line, total in by_measure["total"].items():
            assert total == by_measure["basic"].get(line, D(0)) + by_measure["project"].get(line, D(0)), line


@pytest.mark.parametrize("year", SAMPLE_YEARS)
def test_summaries_balance_and_agree_with_the_subject_tables(year: int) -> None:
    items = expected_budget_items(year)
    total = items[("expenditure", None, "total", "total")]
    assert items[("income", None, "total", "total")] == total
    for table in ("summary", "appropriation_summary"):
        assert items[(table, "income", "grand_total", "budget")] == total
        measure = "budget" if table == "summary" else "total"
        assert items[(table, "expenditure", "grand_total", measure)] == total
        classes = {k[2]: v for k, v in items.items() if k[0] == table and k[2].startswith("fn_") and k[3] == measure}
        assert sum(classes.values()) == total
        for line, amount in classes.items():
            assert amount == items[("general_budget", None, line.removeprefix("fn_"), "total")]
    assert items[("summary", "income", "fiscal_appropriation", "budget")] == total
    if year in (2022, 2024):  # the split columns add up, and agree with the 基本支出 table
        m = _by_measure({k: v for k, v in items.items() if k[1] == "expenditure"}, "summary")
        for line, amount in m["budget"].items():
            assert amount == m["personnel"].get(line, D(0)) + m["public"].get(line, D(0)) + m["project"].get(line, 0)
        assert m["personnel"]["grand_total"] == items[("general_budget_basic", None, "total", "personnel")]
        assert m["public"]["grand_total"] == items[("general_budget_basic", None, "total", "public")]


@pytest.mark.parametrize("year", SAMPLE_YEARS)
def test_basic_table_sums(year: int) -> None:
    items = expected_budget_items(year)
    m = _by_measure(items, "general_budget_basic")
    codes = [c for c in m["total"] if c != "total"]
    for cls in (c for c in codes if len(c) == 3):
        assert m["total"][cls] == sum(m["total"][c] for c in codes if len(c) == 5 and c.startswith(cls))
    assert m["total"]["total"] == sum(m["total"][c] for c in codes if len(c) == 3)
    assert m["total"]["total"] == m["personnel"]["total"] + m["public"]["total"]
    assert m["personnel"]["total"] == sum(v for c, v in m["personnel"].items() if len(c) == 3)
    assert m["public"]["total"] == sum(v for c, v in m["public"].items() if len(c) == 3)
    assert m["total"]["total"] == items[("general_budget", None, "total", "basic")]


@pytest.mark.parametrize("year", SAMPLE_YEARS)
def test_three_public_budget_is_the_final_accounts_budget_column(year: int) -> None:
    items = expected_budget_items(year)
    tp = {k[2]: v for k, v in items.items() if k[0] == "three_public" and k[2] != "office_operation"}
    final_budget = {k[2]: v for k, v in expected_items(year).items() if k[0] == "three_public" and k[3] == "budget"}
    assert tp == final_budget
    assert tp["total"] == tp.get("overseas_travel", 0) + tp["vehicle_total"] + tp["reception"]
    assert tp["vehicle_total"] == tp.get("vehicle_purchase", 0) + tp["vehicle_operation"]
    # 机关运行经费预算数 = the budget's 公用经费, in 万元
    office = items[("three_public", None, "office_operation", "budget")]
    assert office * WAN == items[("general_budget_basic", None, "total", "public")]


# -- agreeing with the final accounts --------------------------------------------------------------


def test_2023_budget_is_the_seeds_initial_budget(docs: dict[int, ExtractedDocument]) -> None:
    got = _items(docs[2023])
    assert got[("summary", "expenditure", "grand_total", "budget")] == D("17372200")
    assert got[("summary", "income", "grand_total", "budget")] == D("17372200")
    assert got[("expenditure", None, "total", "total")] == D("17372200")
    assert got[("expenditure", None, "total", "basic")] == D("13322600")  # 1219.24 + 86.40 + 26.62 万元
    assert got[("expenditure", None, "total", "project")] == D("4049600")  # 404.96 万元
    assert got[("general_budget_basic", None, "301", "total")] == D("12192400")  # 工资福利支出
    assert got[("general_budget_basic", None, "302", "total")] == D("864000")  # 日常公用
    assert got[("general_budget_basic", None, "303", "total")] == D("266200")  # 对个人和家庭的补助
    assert got[("three_public", None, "total", "budget")] == D("2.89")
    assert got[("three_public", None, "vehicle_operation", "budget")] == D("1.67")
    assert got[("three_public", None, "reception", "budget")] == D("1.22")
    # in yuan, through the unit
    by_key = {(i.table_key, i.side, i.line_key, i.measure): i for i in docs[2023].items}
    assert by_key[("three_public", None, "total", "budget")].amount_yuan == D("28900.00")
    # the 编制说明 states the seed's sentence figures
    prose = "".join(docs[2023].page_texts.values()).replace("\n", "")
    split = "基本支出1332.26万元（工资福利支出1219.24万元、日常公用支出86.40万元、对个人和家庭的补助支出26.62万元）"
    assert split in prose
    assert "项目支出404.96万元" in prose and "编报绩效目标的项目9个，涉及项目预算资金404.96万元" in prose


@pytest.mark.parametrize("year", SAMPLE_YEARS)
def test_budget_subjects_line_up_with_the_final_account(year: int, docs: dict[int, ExtractedDocument]) -> None:
    budget_codes = {i.line_key for i in docs[year].table("general_budget").items if i.level == 3}
    final_codes = {s.code for s in figures(year).subjects}
    assert budget_codes <= final_codes
    if year == 2023:  # every subject of the 决算 but the one spent from 年初结转
        assert budget_codes == final_codes - {"2299901"}


@pytest.mark.parametrize("year", SAMPLE_YEARS)
def test_projects_carry_the_final_accounts_initial_budgets(year: int) -> None:
    budgeted = {p.name: p.amount for p in budget(year).projects}
    for project in figures(year).projects:
        assert budgeted[project.name] == project.initial_budget * WAN, project.name
    assert sum(budgeted.values()) == expected_budget_items(year)[("general_budget", None, "total", "project")]
