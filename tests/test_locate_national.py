"""Table location over the national template families (issue 8): which page holds which standard table.

Every expected map below was checked on the rendered pages (pypdfium2), including which tables a
family does not print. Location runs on the text layer alone (read_pages → locate_tables with the
document's kind from MANIFEST.tsv), independent of the cover reader.
"""

from __future__ import annotations

import pytest

from pipelines.extract.catalog import load_catalog, squash
from pipelines.extract.locate import locate_tables, title_pages
from pipelines.extract.pages import PageText, read_pages

from conftest import national_pdf

CATALOG = load_catalog()
_pages: dict[str, list[PageText]] = {}


def _read(relative: str) -> list[PageText]:
    if relative not in _pages:
        _pages[relative] = read_pages(national_pdf(relative))
    return _pages[relative]


def _located(relative: str, kind: str = "budget") -> dict[str, int]:
    return {loc.spec.key: loc.page for loc in locate_tables(_read(relative), CATALOG, kind)}


# (file, kind, {table_key: title page}); a key left out is a table the document does not print.
FAMILIES = [
    (  # 2026年预算单位财务收支预算总表 …; 三公 on p19 after the 基本支出 table's continuations
        "上海市级/2026年上海市审计局_部门预算.pdf",
        "budget",
        dict(
            summary=7,
            income=8,
            expenditure=10,
            appropriation_summary=12,
            general_budget=13,
            gov_fund=15,
            state_capital=16,
            general_budget_basic=17,
            three_public=19,
        ),
    ),
    (  # 决算 2019: '表 1' / '收入支出决算总表' on two lines, repeated on every page; no 国有资本 table
        "佛山市/2026年佛山市交通运输局部门预算.pdf",
        "final_account",
        dict(
            summary=5,
            income=8,
            expenditure=10,
            appropriation_summary=12,
            general_budget=15,
            general_budget_basic=17,
            three_public=21,
            gov_fund=22,
        ),
    ),
    (  # 预算01表 收支总表 … printed last in the text layer (title at the end of the page's text)
        "北京市/国有资产监督管理委员会_2026年部门预算.pdf",
        "budget",
        dict(
            summary=1,
            income=3,
            expenditure=4,
            appropriation_summary=6,
            general_budget=8,
            general_budget_basic=9,
            gov_fund=11,
            state_capital=12,
            three_public=13,
        ),
    ),
    (  # 表1 / 收支总体情况表, 表5 一般公共预算支出情况表（按功能分类科目）, 表8 …行政经费及“三公”经费预算表
        "广州市/2026年广州市交通运输局部门预算.pdf",
        "budget",
        dict(
            summary=7,
            income=9,
            expenditure=10,
            appropriation_summary=13,
            general_budget=15,
            general_budget_basic=17,
            three_public=21,
            gov_fund=22,
            state_capital=23,
        ),
    ),
    (
        "珠海市/2026年珠海市商务局部门预算.pdf",
        "budget",
        dict(
            summary=6,
            income=8,
            expenditure=9,
            appropriation_summary=11,
            general_budget=13,
            general_budget_basic=15,
            three_public=18,
            gov_fund=19,
            state_capital=20,
        ),
    ),
    (  # 公开01表 / 收支总表; general_budget is 公开07表 一般公共预算支出表, not 公开05表 财政拨款支出表（功能科目）
        "无锡市/2026年无锡市交通运输局部门预算.pdf",
        "budget",
        dict(
            summary=14,
            income=15,
            expenditure=16,
            appropriation_summary=18,
            general_budget=23,
            general_budget_basic=25,
            three_public=26,
            gov_fund=27,
            state_capital=28,
        ),
    ),
    (  # running header '苏州市审计局 2026 年度部门预算公开' on every page is no title
        "苏州市/2026年苏州市审计局部门预算.pdf",
        "budget",
        dict(
            summary=9,
            income=10,
            expenditure=11,
            appropriation_summary=12,
            general_budget=16,
            general_budget_basic=17,
            three_public=18,
            gov_fund=19,
            state_capital=20,
        ),
    ),
    (  # 表1：2026年市级部门收支预算总表; the contents continue on p21 without the word 目录
        "杭州市/2026年杭州市交通运输局部门预算.pdf",
        "budget",
        dict(
            summary=22,
            income=24,
            expenditure=26,
            appropriation_summary=28,
            general_budget=30,
            general_budget_basic=32,
            three_public=34,
            gov_fund=35,
            state_capital=36,
        ),
    ),
    (  # 表01 / 2026年市级部门收支预算总表; '表02 2026年…' on one line
        "湖州市/2026年湖州市交通运输局部门预算.pdf",
        "budget",
        dict(
            summary=21,
            income=24,
            expenditure=25,
            appropriation_summary=28,
            general_budget=30,
            general_budget_basic=32,
            three_public=35,
            gov_fund=36,
            state_capital=37,
        ),
    ),
    (  # 一、收支预算总表 / 2026 年度收支预算总表; 八、一般公共预算支出经济分类情况表 (p17) is not basic
        "福州市/2026年福州市公安局部门预算.pdf",
        "budget",
        dict(
            summary=8,
            income=9,
            expenditure=10,
            appropriation_summary=11,
            general_budget=13,
            gov_fund=14,
            state_capital=16,
            general_budget_basic=19,
            three_public=23,
        ),
    ),
    (  # 表 1 收支总表 … 表11; no 一般公共预算基本支出 table (表4 基本支出总表, 表8 按经济分类 are others)
        "深圳市/2026年深圳市人民政府口岸办公室部门预算.pdf",
        "budget",
        dict(
            summary=15,
            income=17,
            expenditure=18,
            appropriation_summary=24,
            general_budget=26,
            three_public=31,
            gov_fund=32,
            state_capital=33,
        ),
    ),
    (  # 部门综合预算…; 表6 by economic class is not general_budget; 表9 政府性基金收支表 (two-sided) is no
        # gov_fund table and there is no 国有资本 table
        "西安市/2026年西安市审计局部门预算.pdf",
        "budget",
        dict(
            summary=22,
            income=23,
            expenditure=24,
            appropriation_summary=25,
            general_budget=26,
            general_budget_basic=30,
            three_public=35,
        ),
    ),
    (  # 决算 2022 behind 145 pages of other matter; 一、收入支出决算总表 in its contents (p2) is skipped
        "西安市/卫生健康委员会_2026年部门预算.pdf",
        "final_account",
        dict(
            summary=146,
            income=147,
            expenditure=150,
            appropriation_summary=153,
            general_budget=154,
            general_budget_basic=157,
            gov_fund=159,
            state_capital=160,
            three_public=161,
        ),
    ),
    (  # two tables on one page (p10: 公开03表 + 公开04表; p15: 公开09表 + 公开10表); no 国有资本 table
        "江苏省级/江苏省人大办公厅/省人大办公厅2018预算公开.pdf",
        "budget",
        dict(
            summary=8,
            income=9,
            expenditure=10,
            appropriation_summary=10,
            general_budget=13,
            general_budget_basic=14,
            three_public=15,
            gov_fund=15,
        ),
    ),
    (  # 2017 form: '七、2017 年度江苏省高级人民法院部门政府性基金支出预算表' — three tables on p15
        "江苏省级/江苏省高级人民法院/省法院2017年度部门预算公开.pdf",
        "budget",
        dict(
            summary=11,
            income=12,
            expenditure=13,
            appropriation_summary=13,
            gov_fund=15,
            general_budget=15,
            general_budget_basic=15,
            three_public=17,
        ),
    ),
]


@pytest.mark.parametrize(("relative", "kind", "expected"), FAMILIES, ids=[f[0].split("/")[-1] for f in FAMILIES])
def test_family_tables_are_located_on_their_title_pages(relative, kind, expected):
    assert _located(relative, kind) == expected


def test_tables_sharing_a_page_know_their_order():
    # 省人大办公厅 2018 p10: 公开03表 支出预算总表 above 公开04表 财政拨款收支预算总表
    locations = locate_tables(_read("江苏省级/江苏省人大办公厅/省人大办公厅2018预算公开.pdf"), CATALOG, "budget")
    order = {loc.spec.key: loc.order for loc in locations if loc.page in (10, 15)}
    assert order == {"expenditure": 0, "appropriation_summary": 1, "three_public": 0, "gov_fund": 1}


def test_narrative_only_file_locates_nothing():
    # 北京 prints its tables in a separate 附件2; the 情况说明 lists their names in its contents only.
    assert _located("北京市/2026年北京市交通委员会部门预算.pdf") == {}


def test_appropriation_expenditure_is_not_general_budget():
    # 无锡 公开05表 财政拨款支出表（功能科目） p20 and 公开06表 财政拨款基本支出表（经济科目） p22
    located = _located("无锡市/2026年无锡市交通运输局部门预算.pdf")
    assert 20 not in located.values() and 22 not in located.values()
    starts = title_pages(_read("无锡市/2026年无锡市交通运输局部门预算.pdf"), CATALOG)
    assert {20, 22} <= starts  # still new sections: nothing continues into them


def test_economic_class_general_budget_is_never_taken():
    pages = _read("西安市/2026年西安市审计局部门预算.pdf")
    located = _located("西安市/2026年西安市审计局部门预算.pdf")
    # 表6 一般公共预算支出明细表（按支出经济分类科目） p27, 表7 基本支出（按功能） p29, 表9 政府性基金收支表 p31
    assert not {27, 29, 31} & set(located.values())
    assert {27, 29, 31} <= title_pages(pages, CATALOG)


def test_project_and_basic_totals_tables_are_sections_not_standard_tables():
    shenzhen = "深圳市/2026年深圳市人民政府口岸办公室部门预算.pdf"
    # 表4 基本支出总表 p21, 表5 项目支出总表 p23, 表8 一般公共预算支出表（按经济分类） p28
    assert not {21, 23, 28} & set(_located(shenzhen).values())
    assert {21, 23, 28} <= title_pages(_read(shenzhen), CATALOG)
    hangzhou = "杭州市/2026年杭州市交通运输局部门预算.pdf"
    # 表10 项目支出预算表 p37, 表11 项目支出绩效表 p39
    assert not {37, 39} & set(_located(hangzhou).values())
    assert {37, 39} <= title_pages(_read(hangzhou), CATALOG)


def test_repeated_title_on_a_continuation_page_is_no_new_section():
    # 佛山 prints '表 1 收入支出决算总表' again on p6 and p7, the summary's continuation pages.
    starts = title_pages(_read("佛山市/2026年佛山市交通运输局部门预算.pdf"), CATALOG)
    assert 5 in starts and 6 not in starts and 7 not in starts and 8 in starts


def test_contents_pages_are_no_sections():
    # 杭州 p2 (目录) and p21, the contents' second page without the word 目录
    starts = title_pages(_read("杭州市/2026年杭州市交通运输局部门预算.pdf"), CATALOG)
    assert not {2, 21} & starts


def _page(number: int, *lines: str) -> PageText:
    return PageText(number, "\n".join(lines), landscape=True)


def test_first_set_is_the_department_set_and_unit_sets_start_sections():
    amounts = "一、一般公共预算拨款收入 1,234.56"
    pages = [
        _page(1, "表1", "部门综合预算收支总表", "单位：元", amounts),
        _page(2, "表2", "部门综合预算收入总表", "单位：元", amounts),
        _page(3, "表3", "部门综合预算项目支出表", "单位：元", amounts),
        _page(4, "表1", "单位综合预算收支总表", "单位：元", amounts),  # the first unit's set
        _page(5, "表2", "单位综合预算收入总表", "单位：元", amounts),
    ]
    located = {loc.spec.key: loc.page for loc in locate_tables(pages, CATALOG, "budget")}
    assert located == {"summary": 1, "income": 2}
    assert title_pages(pages, CATALOG) == {1, 2, 3, 4, 5}


def test_untitled_table_is_decided_by_its_header():
    pages = [
        _page(1, "公开 01 表", "单位：万元", "收入 支出", "项目 预算数 项目 预算数", "一、一般公共预算拨款收入 1.00"),
        _page(2, "公开 02 表", "收入总表", "单位：万元"),
    ]
    located = {loc.spec.key: loc.page for loc in locate_tables(pages, CATALOG, "budget")}
    assert located == {"summary": 1, "income": 2}


def test_title_cut_short_is_never_guessed_from_its_header():
    # 西安 表6's title broken off before its （按经济分类科目）closes: the header (经济, 人员经费,
    # 公用经费) must not make it the basic table.
    pages = [_page(1, "表6", "部门综合预算一般公共预算支出明细表（按经济分类科", "单位：元", "经济 人员经费 公用经费")]
    assert locate_tables(pages, CATALOG, "budget") == []


@pytest.mark.parametrize(
    ("line", "core"),
    [
        ("表1：2026年市级部门收支预算总表", "收支总表"),
        ("公开 01 表 收支总表", "收支总表"),
        ("预算01表 收支总表", "收支总表"),
        ("表一 收支总表", "收支总表"),
        ("一、收支预算总表", "收支总表"),
        ("（一）2026年市级部门收支预算总表", "收支总表"),
        ("表02 2026年市级部门收入预算总表", "收入总表"),
        ("部门综合预算一般公共预算支出明细表（按支出功能分类科目）", "一般公共预算支出表(功能)"),
        ("一般公共预算支出情况表（按功能分类科目）", "一般公共预算支出表(功能)"),
        ("六、2017 年度江苏省高级人民法院部门财政拨款基本支出预算表", "财政拨款基本支出表"),
        ("苏州市审计局 2026 年度部门预算公开", "苏州市审计局2026年度部门预算公开"),
    ],
)
def test_title_normalization(line, core):
    assert CATALOG.normalize_title(squash(line)) == core


def test_other_tables_have_other_keys_and_never_a_standard_one():
    for spec in CATALOG.tables:
        for other in CATALOG.other_tables:
            assert not spec.aliases & other.aliases, (spec.key, other.key)
    assert all(o.key.startswith("other:") for o in CATALOG.other_tables)
