"""The sample-corpus generator: deterministic, internally consistent, faithful to the seed."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest

from pipelines.samples.build import Rendered, build_sample_corpus, render_year, sample_file_name
from pipelines.samples.figures import (
    SAMPLE_DEPARTMENT,
    SAMPLE_YEARS,
    ItemKey,
    consistency_errors,
    expected_items,
    figures,
)
from pipelines.samples.layout import format_amount
from pipelines.samples.narrative import explanation_blocks, percent
from pipelines.samples.tables import TITLES, style_for

D = Decimal
SUBJECT_TABLES = ("income", "expenditure", "general_budget")


@pytest.fixture(scope="module")
def rendered() -> dict[int, Rendered]:
    return {year: render_year(year) for year in SAMPLE_YEARS}


@pytest.fixture(scope="module")
def corpus(sample_finals: dict[int, Path]) -> dict[int, Path]:
    return sample_finals  # the session's corpus (test_building_twice_gives_identical_bytes builds its own)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- determinism and files ---------------------------------------------------------------


def test_building_twice_gives_identical_bytes(tmp_path: Path) -> None:
    first = build_sample_corpus(tmp_path / "a")
    second = build_sample_corpus(tmp_path / "b")
    assert [p.name for p in first] == [p.name for p in second]
    assert [_sha(p) for p in first] == [_sha(p) for p in second]
    assert len({_sha(p) for p in first}) == len(SAMPLE_YEARS)


def test_file_names(corpus: dict[int, Path]) -> None:
    for year, path in corpus.items():
        assert path.name == f"攀枝花市东区人力资源和社会保障局{year}年度部门决算.pdf" == sample_file_name(year)
        assert path.read_bytes().startswith(b"%PDF")


# -- the figures add up ----------------------------------------------------------------


@pytest.mark.parametrize("year", SAMPLE_YEARS)
def test_figures_are_internally_consistent(year: int) -> None:
    assert consistency_errors(figures(year)) == []


def _by_measure(items: dict[ItemKey, Decimal], table: str) -> dict[str, dict[str, Decimal]]:
    out: dict[str, dict[str, Decimal]] = defaultdict(dict)
    for (t, _side, line, measure), amount in items.items():
        if t == table:
            out[measure][line] = amount
    return out


@pytest.mark.parametrize("year", SAMPLE_YEARS)
@pytest.mark.parametrize("table", SUBJECT_TABLES)
def test_subject_tables_sum(year: int, table: str) -> None:
    """合计 = Σ类, 类 = Σ款, 款 = Σ项, in every amount column."""
    for measure, lines in _by_measure(expected_items(year), table).items():
        codes = [c for c in lines if c.isdigit()]
        assert lines["total"] == sum(lines[c] for c in codes if len(c) == 3), (table, measure)
        for parent in codes:
            children = [c for c in codes if len(c) == len(parent) + 2 and c.startswith(parent)]
            if children:
                assert lines[parent] == sum(lines[c] for c in children), (table, measure, parent)


@pytest.mark.parametrize("year", SAMPLE_YEARS)
@pytest.mark.parametrize("table", ("expenditure", "general_budget"))
def test_total_is_basic_plus_project(year: int, table: str) -> None:
    m = _by_measure(expected_items(year), table)
    for line, total in m["total"].items():
        assert total == m["basic"].get(line, D(0)) + m["project"].get(line, D(0)), line


@pytest.mark.parametrize("year", SAMPLE_YEARS)
@pytest.mark.parametrize("table", ("summary", "appropriation_summary"))
def test_summary_tables_balance(year: int, table: str) -> None:
    items = expected_items(year)
    measure = "final" if table == "summary" else "total"

    def get(side: str, line: str, m: str = "final") -> Decimal:
        return items.get((table, side, line, m), D(0))

    assert get("income", "grand_total") == get("income", "income_total") + get("income", "carryover_begin")
    out_total = get("expenditure", "expenditure_total", measure)
    assert get("expenditure", "grand_total", measure) == out_total + get("expenditure", "carryover_end", measure)
    assert get("income", "grand_total") == get("expenditure", "grand_total", measure)
    classes = [k for k in items if k[0] == table and k[2].startswith("fn_") and k[3] == measure]
    assert sum(items[k] for k in classes) == out_total
    # the function classes agree with the subject tables' 类 rows
    for k in classes:
        assert items[k] == items[("general_budget", None, k[2].removeprefix("fn_"), "total")]
    assert out_total == items[("expenditure", None, "total", "total")]
    assert get("income", "income_total") == items[("income", None, "total", "total")]


@pytest.mark.parametrize("year", SAMPLE_YEARS)
def test_basic_table_sums(year: int) -> None:
    items = expected_items(year)
    econ = {k[2]: v for k, v in items.items() if k[0] == "general_budget_basic" and k[2] != "total"}
    for cls in ("301", "302", "303", "310"):
        assert econ.get(cls, D(0)) == sum(v for c, v in econ.items() if len(c) == 5 and c.startswith(cls))
    personnel = items[("general_budget_basic", None, "total", "personnel")]
    public = items[("general_budget_basic", None, "total", "public")]
    assert personnel == econ["301"] + econ.get("303", D(0))
    assert public == econ["302"] + econ.get("310", D(0))
    assert personnel + public == items[("general_budget", None, "total", "basic")]


@pytest.mark.parametrize("year", SAMPLE_YEARS)
def test_three_public_sums(year: int) -> None:
    m = _by_measure(expected_items(year), "three_public")
    for measure in ("budget", "final"):
        lines = m[measure]
        assert lines["vehicle_total"] == lines.get("vehicle_purchase", D(0)) + lines["vehicle_operation"]
        assert lines["total"] == lines.get("overseas_travel", D(0)) + lines["vehicle_total"] + lines["reception"]


def test_carryover_chains_where_the_seed_allows() -> None:
    # 2022 → 2023 does not chain: the seed's own 2022 spending comparison rules it out (see figures.py)
    assert figures(2021).carryover_end == figures(2022).carryover_begin
    assert figures(2023).carryover_end == figures(2024).carryover_begin


# -- faithful to the seed ----------------------------------------------------------------


def test_2023_equals_the_seed() -> None:
    items = expected_items(2023)

    def at(table: str, side: str | None, line: str, measure: str) -> Decimal:
        return items[(table, side, line, measure)]

    assert at("summary", "income", "grand_total", "final") == D("1648.70")
    assert at("summary", "income", "income_total", "final") == D("1507.05")
    assert at("summary", "income", "general_budget_appropriation", "final") == D("1507.05")
    assert at("summary", "income", "carryover_begin", "final") == D("141.65")
    assert at("summary", "expenditure", "expenditure_total", "final") == D("1648.70")
    assert at("expenditure", None, "total", "basic") == D("1247.88")
    assert at("expenditure", None, "total", "project") == D("400.82")
    assert at("general_budget_basic", None, "total", "personnel") == D("1186.58")
    assert at("general_budget_basic", None, "total", "public") == D("61.30")
    classes = {"201": "0.39", "208": "1308.76", "210": "106.56", "221": "91.34", "229": "141.65"}
    for code, amount in classes.items():
        assert at("summary", "expenditure", f"fn_{code}", "final") == D(amount)
    seed_items = {
        "2010505": "0.39", "2080101": "569.00", "2080102": "176.38", "2080103": "287.37", "2080104": "3.16",
        "2080108": "1.58", "2080199": "77.66", "2080501": "25.37", "2080505": "138.77", "2080506": "29.47",
        "2101101": "68.84", "2101102": "20.50", "2101103": "17.22", "2210201": "91.34", "2299901": "141.65",
    }  # fmt: skip
    totals = {k[2]: v for k, v in items.items() if k[0] == "general_budget" and k[3] == "total" and len(k[2]) == 7}
    assert totals == {c: D(v) for c, v in seed_items.items()}
    assert at("general_budget", None, "20105", "total") == D("0.39")
    assert at("general_budget", None, "22999", "total") == D("141.65")
    assert at("general_budget", None, "2080101", "basic") == D("569.00")
    assert at("general_budget", None, "2080102", "project") == D("176.38")
    assert at("general_budget", None, "2299901", "project") == D("141.65")
    # 三公: 预算数 = 决算数
    for line, amount in {
        "total": "2.89",
        "vehicle_total": "1.67",
        "vehicle_operation": "1.67",
        "reception": "1.22",
    }.items():
        assert at("three_public", None, line, "final") == D(amount)
        assert at("three_public", None, line, "budget") == D(amount)
    assert ("three_public", None, "overseas_travel", "final") not in items
    assert figures(2023).office_operation == D("61.30")
    assert figures(2023).performance_score == D("89.63")
    projects = {p.name: p for p in figures(2023).projects}
    settle = projects["兑现引进硕士研究生安家等经费"]
    assert (settle.initial_budget, settle.available, settle.spent, settle.score) == (
        D("167.52"), D("78.54"), D("78.54"), D("89"),
    )  # fmt: skip
    archive = projects["干部人事档案数字化建设工作经费"]
    assert (archive.initial_budget, archive.available, archive.spent, archive.score) == (
        D("27.32"), D("27.32"), D("0.47"), D("86"),
    )  # fmt: skip


def test_2022_agrees_with_the_seeds_comparisons() -> None:
    y22, y23 = figures(2022), figures(2023)
    assert y22.grand_total == D("2229.91")
    assert y22.grand_total - y23.grand_total == D("581.21")
    assert percent((y22.grand_total - y23.grand_total) * 100 / y22.grand_total) == "26.06"
    # 一般公共预算财政拨款支出 fell by the same 581.21
    assert y22.expenditure_total - y23.expenditure_total == D("581.21")
    assert y22.three_public.vehicle_total[1] == D("1.00")
    assert y22.three_public.reception[1] == D("0.98")
    assert y22.three_public.overseas_travel[1] == 0
    assert y22.office_operation == D("48.10")


def test_2023_narrative_uses_the_seeds_sentences() -> None:
    text = "".join(t for _kind, t in explanation_blocks(figures(2023)))
    for sentence in (
        "2023年度收、支总计均为1648.70万元。与2022年度相比，收、支总计各减少581.21万元，下降26.06%。",
        "基本支出1247.88万元，占75.69%；项目支出400.82万元，占24.31%",
        "社会保障和就业支出1308.76万元，占79.38%；卫生健康支出106.56万元，占6.46%；",
        "住房保障支出91.34万元，占5.54%；其他支出141.65万元，占8.6%。",
        "“三公”经费财政拨款支出决算为2.89万元，完成预算100%，决算数与预算数持平。",
        "公务用车购置及运行维护费支出决算1.67万元，占57.79%；公务接待费支出决算1.22万元，占42.21%",
        "比2022年度增加0.67万元，增长67%",
        "比2022年度增加0.24万元，增长24.49%",
        "机关运行经费支出61.30万元，比2022年度增加13.20万元，增长27.44%",
        "绩效自评得分为89.63分",
    ):
        assert sentence in text


# -- what the PDFs print ---------------------------------------------------------------


@pytest.mark.parametrize("year", SAMPLE_YEARS)
def test_printed_cells_are_exactly_the_expected_items(year: int, rendered: dict[int, Rendered]) -> None:
    printed = {key: cell.amount for key, cell in rendered[year].printed.items()}
    assert printed == expected_items(year)
    assert not any(k[0] in ("gov_fund", "state_capital") for k in printed)


@pytest.mark.parametrize("year", SAMPLE_YEARS)
def test_pdfplumber_finds_every_title_on_its_table_page(
    year: int, corpus: dict[int, Path], rendered: dict[int, Rendered]
) -> None:
    pages = rendered[year].table_pages
    assert set(pages) == set(TITLES)
    with pdfplumber.open(corpus[year]) as pdf:
        assert len(pdf.pages) == rendered[year].page_count
        texts = [page.extract_text() or "" for page in pdf.pages]
    for key, title in TITLES.items():
        first, *rest = pages[key]
        lines = [line.strip() for line in texts[first - 1].splitlines()]
        assert title in lines, (key, first)
        assert "单位：万元" in lines
        for page in rest:  # continuation pages repeat the header, not the title
            assert title not in texts[page - 1].splitlines()
    # every printed amount is in the text layer of its page
    for cell in rendered[year].printed.values():
        assert format_amount(cell.amount) in texts[cell.page - 1]
    assert SAMPLE_DEPARTMENT in texts[0] and "年度部门决算" in texts[0]


def test_some_table_continues_onto_a_second_page(rendered: dict[int, Rendered]) -> None:
    for r in rendered.values():
        assert len(r.table_pages["income"]) == 2 and len(r.table_pages["expenditure"]) == 2


@pytest.mark.parametrize("year", SAMPLE_YEARS)
def test_split_and_merged_code_columns(year: int, corpus: dict[int, Path], rendered: dict[int, Rendered]) -> None:
    page = rendered[year].table_pages["general_budget"][0]
    with pdfplumber.open(corpus[year]) as pdf:
        text = pdf.pages[page - 1].extract_text() or ""
    if style_for(year).split_codes:
        assert "208 01 01 行政运行" in text and "2080101" not in text
    else:
        assert "2080101 行政运行" in text


@pytest.mark.parametrize("year", SAMPLE_YEARS)
def test_empty_fund_tables_say_why(year: int, corpus: dict[int, Path], rendered: dict[int, Rendered]) -> None:
    with pdfplumber.open(corpus[year]) as pdf:
        for key, kind in (("gov_fund", "政府性基金"), ("state_capital", "国有资本经营")):
            text = pdf.pages[rendered[year].table_pages[key][0] - 1].extract_text() or ""
            assert f"注：本单位{year}年度无{kind}预算财政拨款收入支出，故本表为空表。" in text


def test_camelot_lattice_reads_every_amount_into_its_cell(
    corpus: dict[int, Path], rendered: dict[int, Rendered]
) -> None:
    """The grids are real lattices: each amount lands in the (row, col) it was drawn in."""
    camelot = pytest.importorskip("camelot")
    year = 2023
    r = rendered[year]
    for key, pages in r.table_pages.items():
        for page in pages:
            tables = camelot.read_pdf(str(corpus[year]), pages=str(page), flavor="lattice")
            assert len(tables) == 1, (key, page)
            df = tables[0].df
            for fact, cell in r.printed.items():
                if cell.page == page:
                    assert df.iloc[cell.row, cell.col].strip() == format_amount(cell.amount), fact
