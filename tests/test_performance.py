"""parse_performance: the 绩效自评 of the sample 决算 and of the seed's text, read exactly."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pipelines.extract import extract_document
from pipelines.extract.pages import read_pages
from pipelines.narrative.performance import PerformanceReport, ProjectPerformance, parse_performance
from pipelines.samples.build import build_sample_budget_pdf, build_sample_pdf, render_year
from pipelines.samples.figures import SAMPLE_YEARS, figures

D = Decimal
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "panzhihua-dongqu-hrss-2023-final-account.txt"


@pytest.fixture(scope="module")
def finals(tmp_path_factory: pytest.TempPathFactory) -> dict[int, dict[int, str]]:
    """Each sample 决算's page texts, read the way extract_document reads them (pypdfium2)."""
    out_dir = tmp_path_factory.mktemp("finals")
    texts = {}
    for year in SAMPLE_YEARS:
        pages = read_pages(build_sample_pdf(year, out_dir))
        texts[year] = {p.number: p.text for p in pages}
    return texts


def _figures(p: ProjectPerformance) -> tuple:
    return (p.project, p.budget, p.funds_available, p.spent, p.score)


@pytest.mark.parametrize("year", SAMPLE_YEARS)
def test_sample_final_accounts(year: int, finals: dict[int, dict[int, str]]) -> None:
    fig = figures(year)
    report = parse_performance(finals[year])
    assert report.overall_score == fig.performance_score
    assert [_figures(p) for p in report.projects] == [
        (p.name, p.initial_budget, p.available, p.spent, p.score) for p in fig.projects
    ]
    table_pages = render_year(year).performance_pages
    assert report.page in table_pages
    assert all(p.page in table_pages for p in report.projects)


def test_2023_sample_values(finals: dict[int, dict[int, str]]) -> None:
    report = parse_performance(finals[2023])
    assert report.overall_score == D("89.63")
    assert _figures(report.project("兑现引进硕士研究生安家等经费")) == (
        "兑现引进硕士研究生安家等经费", D("167.52"), D("78.54"), D("78.54"), D("89"),
    )  # fmt: skip
    assert _figures(report.project("干部人事档案数字化建设工作经费")) == (
        "干部人事档案数字化建设工作经费", D("27.32"), D("27.32"), D("0.47"), D("86"),
    )  # fmt: skip
    assert len(report.projects) == 8


@pytest.mark.parametrize("year", SAMPLE_YEARS)
def test_the_reports_alone_say_the_same_as_the_table(year: int, finals: dict[int, dict[int, str]]) -> None:
    """Without the ruled table, the per-project report sentences give the same figures."""
    table_pages = set(render_year(year).performance_pages)
    prose_only = {n: t for n, t in finals[year].items() if n not in table_pages}
    with_table = parse_performance(finals[year])
    without = parse_performance(prose_only)
    assert without.overall_score == with_table.overall_score
    assert [_figures(p) for p in without.projects] == [_figures(p) for p in with_table.projects]
    assert all(p.page not in table_pages for p in without.projects)


def test_through_extract_document(tmp_path: Path) -> None:
    doc = extract_document(build_sample_pdf(2022, tmp_path))
    report = parse_performance(doc.page_texts)
    assert report.overall_score == D("90.12")
    assert report.project("一次性退休补贴").budget == D("598.60")


def test_seed_text() -> None:
    report = parse_performance({1: SEED.read_text(encoding="utf-8")})
    assert report.overall_score == D("89.63")
    assert report.page == 1
    settle = report.project("兑现引进硕士研究生安家等经费")
    assert _figures(settle) == ("兑现引进硕士研究生安家等经费", D("167.52"), D("78.54"), D("78.54"), D("89"))
    archive = report.project("干部人事档案数字化建设工作经费")
    assert _figures(archive) == ("干部人事档案数字化建设工作经费", D("27.32"), D("27.32"), D("0.47"), D("86"))
    # the seed reports on 8 projects; its wording varies (年初申报预算, 实际支付资金 3.1567万元 …)
    assert [p.project for p in report.projects] == [p.name for p in figures(2023).projects]
    assert report.project("就业招聘工作经费").funds_available == D("43")
    assert report.project("劳动保障相关工作经费").spent == D("3.1567")
    assert report.project("高层次人才经费").budget == D("100")
    assert report.project("年度考核经费").score == D("94.6")


def test_sentences_across_a_page_break_keep_their_page() -> None:
    pages = {
        7: "附件2\n2023年度项目（政策）支出绩效自评报告\n（示例经费）\n2023年年初预算申报 1,234.50万",
        8: "- 8 -\n元，实际到位区财政资金\n1,200.00万元。实际发放 1,199.99万元。\n"
        "该项目整体绩效分值100分，实得 91.5分。",
    }
    report = parse_performance(pages)
    assert report.overall_score is None and report.page is None
    assert [(p.project, p.budget, p.funds_available, p.spent, p.score, p.page) for p in report.projects] == [
        ("示例经费", D("1234.50"), D("1200.00"), D("1199.99"), D("91.5"), 7)
    ]


def test_table_rows_continue_on_the_next_page() -> None:
    pages = {
        3: "部门预算项目支出绩效自评表（2024年度）\n单位：万元\n项目名称 年初预算数\n"
        "甲项目 1,000.00 900.00 850.50 92\n",
        4: "乙项目 20.00 20.00 20.00 100\n部门整体 93.2\n",
        5: "附件2\n说明文字 1.00 2.00 3.00 4",
    }
    report = parse_performance(pages)
    assert report.overall_score == D("93.2") and report.page == 4
    assert [_figures(p) for p in report.projects] == [
        ("甲项目", D("1000.00"), D("900.00"), D("850.50"), D("92")),
        ("乙项目", D("20.00"), D("20.00"), D("20.00"), D("100")),
    ]


def test_a_document_without_a_self_evaluation() -> None:
    pages = {n + 1: "" for n in range(3)}
    assert parse_performance(pages) == PerformanceReport(None, None, [])


def test_sample_budget_text_has_no_self_evaluation(tmp_path: Path) -> None:
    """The budgets name projects and amounts (项目经费情况说明) but evaluate nothing."""
    pages = read_pages(build_sample_budget_pdf(2023, tmp_path))
    report = parse_performance({p.number: p.text for p in pages})
    assert report == PerformanceReport(None, None, [])


def test_a_contents_line_naming_the_table_is_passed_over() -> None:
    pages = {
        1: "目  录\n第四部分 附件\n部门预算项目支出绩效自评表 …… 3",
        2: "第三部分 情况说明\n本年度支出 1.00 2.00 3.00 4",
        3: "部门预算项目支出绩效自评表（2023年度）\n单位：万元\n丙项目 5.00 5.00 4.50 88\n部门整体 90",
    }
    report = parse_performance(pages)
    assert [_figures(p) for p in report.projects] == [("丙项目", D("5.00"), D("5.00"), D("4.50"), D("88"))]
    assert (report.overall_score, report.page) == (D("90"), 3)
