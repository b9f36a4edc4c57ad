"""Identity of the national corpus: department, fiscal year, report kind, scope and part, from every cover form.

Every expected identity below was read off the rendered cover (or, for a file that starts with a table,
the rendered table page naming the department and the year), not from the file name — file names lie
(佛山's '2026年…部门预算' is a 2019 决算; 北京 '政府办公厅_2026年部门预算' is 首都绿化委员会办公室's tables).
"""

from __future__ import annotations

import csv

import pytest

from pipelines.extract import extract_document
from pipelines.extract.cover import is_page_number, read_cover, running_headers
from pipelines.extract.document import read_identity
from pipelines.extract.errors import CoverUnreadableError, ScannedPdfError
from pipelines.extract.ocr import ocr_available
from pipelines.extract.pages import read_pages

from conftest import NATIONAL_CORPUS, national_pdf

needs_ocr = pytest.mark.skipif(not ocr_available(), reason="no OCR engine installed")

# file → (department, fiscal_year, report_kind, scope, part); the comment is the title as printed.
IDENTITIES = {
    # 深圳: '2026 年深圳市财政局（本级）部门预 / 算' — year first, the phrase broken inside a word.
    "深圳市/2026年深圳市财政局部门预算.pdf": ("深圳市财政局", 2026, "budget", "unit", "full"),
    "深圳市/2026年深圳市审计局部门预算.pdf": ("深圳市审计局", 2026, "budget", "department", "full"),
    # '2026 年深圳市人民政府国有资产监督 / 管理委员会部门预算' — the name broken over lines.
    "深圳市/2026年深圳市人民政府国有资产监督管理委员会部门预算.pdf": (
        "深圳市人民政府国有资产监督管理委员会",
        2026,
        "budget",
        "department",
        "full",
    ),
    # 广州: '2026年 / 广州市交通运输局部门预算'; '2026年 / 广州市人民政府国有资产监督管理委员会部 / 门预算'.
    "广州市/2026年广州市交通运输局部门预算.pdf": ("广州市交通运输局", 2026, "budget", "department", "full"),
    "广州市/国有资产监督管理委员会_2026年部门预算.pdf": (
        "广州市人民政府国有资产监督管理委员会",
        2026,
        "budget",
        "department",
        "full",
    ),
    # 福州: '2026 年度 / 福州市公安局治安管理 / 支队 / 单位预算'; '2026 年度 / 福州市民政局(本级) / 单位预算'.
    "福州市/2026年福州市公安局部门预算.pdf": ("福州市公安局治安管理支队", 2026, "budget", "unit", "full"),
    "福州市/2026年福州市民政局部门预算.pdf": ("福州市民政局", 2026, "budget", "unit", "full"),
    "福州市/2026年福州市医疗保障局部门预算.pdf": ("福州市医疗保障局", 2026, "budget", "department", "full"),
    # 苏州: '2026 年度苏州市审计局部门预算公开' (and the running header '苏州市审计局 2026 年度部门预算公开').
    "苏州市/2026年苏州市审计局部门预算.pdf": ("苏州市审计局", 2026, "budget", "department", "full"),
    "苏州市/2026年苏州市科技创新局部门预算.pdf": ("苏州市科学技术局", 2026, "budget", "unit", "full"),
    "苏州市/规划和自然资源局_苏州市自然资源和规划局（本级）2026年度单位预算公开.pdf": (
        "苏州市自然资源和规划局",
        2026,
        "budget",
        "unit",
        "full",
    ),
    # 无锡: '2026 年度 / 无锡市交通运输局（本级） / 单位预算公开'; '2025 年度无锡市信访局部门预算公开'.
    "无锡市/2026年无锡市交通运输局部门预算.pdf": ("无锡市交通运输局", 2026, "budget", "unit", "full"),
    "无锡市/信访局_2026年部门预算.pdf": ("无锡市信访局", 2025, "budget", "department", "full"),
    "无锡市/2026年无锡市统计局部门预算.pdf": ("无锡市统计局", 2026, "budget", "department", "full"),
    # 西安: '西安市财政局（汇总） / 2026年部门预算公开说明'; '西安市交通运输局 2022 年部门综合预算';
    # '西安市卫生健康委员会（汇总） / 2022年度部门决算'; '附件2 / 2019年部门综合预算公开报表 / 部门名称：…'.
    "西安市/2026年西安市财政局部门预算.pdf": ("西安市财政局", 2026, "budget", "department", "full"),
    "西安市/交通运输局_2026年部门预算.pdf": ("西安市交通运输局", 2022, "budget", "department", "full"),
    "西安市/卫生健康委员会_2026年部门预算.pdf": ("西安市卫生健康委员会", 2022, "final_account", "department", "full"),
    "西安市/应急管理局_2026年部门预算.pdf": ("西安市安全生产监督管理局", 2019, "budget", "department", "tables"),
    # 佛山: '1 / 2019 年佛山市轨道交通局 部门决算' — a 决算 in a file named 预算, under a page number.
    "佛山市/2026年佛山市交通运输局部门预算.pdf": ("佛山市轨道交通局", 2019, "final_account", "department", "full"),
    # 杭州: '杭州市交通运输局 / 2026年度部门预算'.
    "杭州市/2026年杭州市交通运输局部门预算.pdf": ("杭州市交通运输局", 2026, "budget", "department", "full"),
    "杭州市/2026年杭州市公安局部门预算.pdf": ("杭州市公安局", 2026, "budget", "department", "full"),
    # 湖州: '湖州市交通运输局 2026 年部门预算'; '湖州市卫生健康委员会 / 2026 年部门预算'.
    "湖州市/2026年湖州市交通运输局部门预算.pdf": ("湖州市交通运输局", 2026, "budget", "department", "full"),
    "湖州市/2026年湖州市卫生健康委员会部门预算.pdf": ("湖州市卫生健康委员会", 2026, "budget", "department", "full"),
    # 珠海: '2026年 / 珠海市商务局部门预算'.
    "珠海市/2026年珠海市商务局部门预算.pdf": ("珠海市商务局", 2026, "budget", "department", "full"),
    "珠海市/财政局_2026年部门预算.pdf": ("珠海市政府投资交通市政项目工务中心", 2026, "budget", "department", "full"),
    # 上海市级: '上海市2026年市级单位预算 / 预算单位：…' — the unit is the department.
    "上海市级/2026年上海市交通运输局_部门预算.pdf": ("上海交通职业技术学院", 2026, "budget", "unit", "full"),
    "上海市级/上海市财政局25年预算.pdf": ("上海市财政局", 2025, "budget", "unit", "full"),
    # 北京, the 情况说明 alone: '- 1 - / 北京市交通委员会 2026 年度部门预算信息 / 公开 / 目 录', no table in the file.
    "北京市/2026年北京市交通委员会部门预算.pdf": ("北京市交通委员会", 2026, "budget", "department", "narrative"),
    # '北京市信访办公室部门 2026 年度部门预算 / 信息公开' — the trailing 部门 is not part of the name.
    "北京市/2026年北京市信访办公室部门预算.pdf": ("北京市信访办公室", 2026, "budget", "department", "narrative"),
    # '北京市人民政府国有资产监督管理委员会 / 2026 部门预算情况的说明' — a year without 年.
    "北京市/2026年北京市人民政府国有资产监督管理委员会部门预算.pdf": (
        "北京市人民政府国有资产监督管理委员会",
        2026,
        "budget",
        "department",
        "narrative",
    ),
    "北京市/城市管理和综合执法局_附件1：北京市城市管理综合行政执法局2026年度部门预算情况说明.pdf": (
        "北京市城市管理综合行政执法局",
        2026,
        "budget",
        "department",
        "narrative",
    ),
    # 北京, the tables alone: page 1 is '预算01表 收支总表';
    # '预算13表 … （2026年度） / 部门名称 X' names the department.
    "北京市/审计局_附件2：北京市审计局2026年度部门预算报表.pdf": (
        "北京市审计局",
        2026,
        "budget",
        "department",
        "tables",
    ),
    "北京市/人力资源和社会保障局_2026年部门预算.pdf": (
        "北京市人力资源和社会保障局",
        2026,
        "budget",
        "department",
        "tables",
    ),
    "北京市/政府办公厅_2026年部门预算.pdf": ("首都绿化委员会办公室", 2026, "budget", "department", "tables"),
    # page 1 opens with '金额单位：万元' (the title is not in the text layer); 部门名称 mid-page on p. 37.
    "北京市/国有资产监督管理委员会_2026年部门预算.pdf": (
        "北京市人民政府国有资产监督管理委员会",
        2026,
        "budget",
        "department",
        "tables",
    ),
    # '（2026年度） 部门名称 北京市退役军人事务局 总体资金情况（万元）' — the label in the middle of a line.
    "北京市/退役军人事务局_2026年部门预算.pdf": ("北京市退役军人事务局", 2026, "budget", "department", "tables"),
    # 江苏: '江苏省人大常委会办公厅 / 2017 年度部门预算' (tables inside); the 2019 file says '公开表附后'.
    "江苏省级/江苏省人大办公厅/江苏省人大办公厅2017年度预算公开.pdf": (
        "江苏省人大常委会办公厅",
        2017,
        "budget",
        "department",
        "full",
    ),
    "江苏省级/江苏省人大办公厅/江苏省人大常委会2019年度部门预算公开.pdf": (
        "江苏省人大常委会办公厅",
        2019,
        "budget",
        "department",
        "narrative",
    ),
    # '1 / 江苏省人大常委会办公厅2018年度部门 / 预算公开'.
    "江苏省级/江苏省人大办公厅/省人大办公厅2018预算公开.pdf": (
        "江苏省人大常委会办公厅",
        2018,
        "budget",
        "department",
        "full",
    ),
    "江苏省级/江苏省人民检察院/2017年省检察院部门预算.pdf": ("江苏省人民检察院", 2017, "budget", "department", "full"),
    # '2017 年度江苏省高级人民法院部门预算公开'.
    "江苏省级/江苏省高级人民法院/省法院2017年度部门预算公开.pdf": (
        "江苏省高级人民法院",
        2017,
        "budget",
        "department",
        "full",
    ),
    # Cover '江苏省委办公厅…': the one name of the body is its standard short form (cover.toml [names]).
    "江苏省级/江苏省委办公厅/江苏省委办公厅2018年度部门预算公开文件.pdf": (
        "中共江苏省委办公厅",
        2018,
        "budget",
        "department",
        "narrative",
    ),
    # …预算公开表格: page 1 '部门：中国共产党江苏省委员会办公厅 单位：万元'; the year only in '2017年政府采购预算表'.
    "江苏省级/江苏省委办公厅/江苏省委办公厅2017年预算公开表格.pdf": (
        "中共江苏省委办公厅",
        2017,
        "budget",
        "department",
        "tables",
    ),
    # /Rotate 90 pages; '部门：中共江苏省委办公厅'; '2019年政府采购预算表'.
    "江苏省级/江苏省委办公厅/江苏省委办公厅2019年度部门预算公开表格.pdf": (
        "中共江苏省委办公厅",
        2019,
        "budget",
        "department",
        "tables",
    ),
}

# Files whose cover has no text layer (the title drawn as outlines, or a scan): identity needs OCR.
NO_TEXT_COVER = {
    "北京市/气象局_2026年部门预算.pdf": "cover_unreadable",
    "北京市/政务服务和数据管理局_2026年部门预算.pdf": "scanned_pdf",
}


def _identity(meta) -> tuple:
    return meta.department, meta.fiscal_year, meta.report_kind, meta.scope, meta.part


@pytest.mark.parametrize("relative", list(IDENTITIES))
def test_identity_as_printed(relative: str) -> None:
    assert _identity(read_cover(read_pages(national_pdf(relative)))) == IDENTITIES[relative]


def test_every_family_and_form_is_covered() -> None:
    families = {"/".join(f.split("/")[:-1]) for f in IDENTITIES}
    assert {f.split("/")[0] for f in families} == {p.name for p in NATIONAL_CORPUS.iterdir() if p.is_dir()}
    assert {part for *_, part in IDENTITIES.values()} == {"full", "tables", "narrative"}


def test_every_national_pdf_gets_an_identity_that_agrees_with_the_manifest() -> None:
    """Text layer only (no table parsing): every PDF gets an identity, or — only where its cover prints no text —
    a specific reason; year, kind and level agree with MANIFEST.tsv (which states what each title says)."""
    with open(NATIONAL_CORPUS / "MANIFEST.tsv", encoding="utf-8") as fh:
        manifest = {row["file"]: row for row in csv.DictReader(fh, delimiter="\t")}
    refused, disagree = {}, {}
    for path in sorted(NATIONAL_CORPUS.rglob("*.pdf")):
        relative = path.relative_to(NATIONAL_CORPUS).as_posix()
        try:
            meta = read_cover(read_pages(path))
        except (CoverUnreadableError, ScannedPdfError) as exc:
            refused[relative] = exc.reason
            continue
        row = manifest[relative]
        got = (meta.fiscal_year, meta.report_kind, meta.scope == "unit")
        if got != (int(row["year"]), row["kind"], row["level"] == "unit"):
            disagree[relative] = (got, row["year"], row["kind"], row["level"])
        assert meta.department and meta.part in ("full", "tables", "narrative"), relative
    assert len(manifest) == 183
    assert refused == NO_TEXT_COVER
    assert disagree == {}


@needs_ocr
def test_a_cover_title_drawn_as_outlines_is_read_by_ocr() -> None:
    # Page 1 of 北京市气象局's 情况说明 prints '北京市气象局2026年度部门预算信息公开 / 目录' as outlines:
    # the text layer starts with '第一部分 2026 年度部门预算情况说明'.
    pages = read_pages(national_pdf("北京市/气象局_2026年部门预算.pdf"))
    with pytest.raises(CoverUnreadableError, match="no title above its contents"):
        read_cover(pages)
    _, meta, scanned = read_identity(national_pdf("北京市/气象局_2026年部门预算.pdf"))
    assert scanned is None
    assert _identity(meta) == ("北京市气象局", 2026, "budget", "department", "narrative")


@needs_ocr
def test_a_scanned_narrative_comes_out_as_a_narrative_part() -> None:
    # 8 image-only pages: '北京市政务服务和数据管理局 / 2026年度部门预算信息公开 / 目录 …', then the 情况说明.
    doc = extract_document(national_pdf("北京市/政务服务和数据管理局_2026年部门预算.pdf"))
    assert _identity(doc.meta) == ("北京市政务服务和数据管理局", 2026, "budget", "department", "narrative")
    assert doc.tables == [] and doc.missing_tables == []
    assert sorted(doc.narrative_pages) == [3, 4, 5, 6, 7, 8]
    assert "101,673.03" in doc.narrative_pages[5]  # '2026年度收入预算101,673.03万元'


@pytest.mark.parametrize(
    "relative, pages",
    [
        ("北京市/城市管理和综合执法局_附件1：北京市城市管理综合行政执法局2026年度部门预算情况说明.pdf", None),
        ("江苏省级/江苏省人大办公厅/江苏省人大常委会2019年度部门预算公开.pdf", list(range(9, 18))),
    ],
)
def test_a_narrative_part_is_extracted_without_tables(relative: str, pages: list[int] | None) -> None:
    doc = extract_document(national_pdf(relative))
    assert doc.meta.part == "narrative"
    assert doc.tables == [] and doc.missing_tables == []
    assert doc.narrative_pages and "情况说明" in doc.narrative_pages[min(doc.narrative_pages)]
    if pages:
        # From '第三部分 2019年度部门预算情况说明' (p. 9) up to '第四部分 名词解释' (p. 18).
        assert sorted(doc.narrative_pages) == pages


@pytest.mark.parametrize("line", ["1", "12", "- 1 -", "— 1 —", "─ 3 ─", "－ 2 －", "第 4 页"])
def test_page_number_lines_are_not_titles(line: str) -> None:
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["2024", "2026 年度", "一、收支总表", "预算01表 收支总表"])
def test_years_and_titles_are_not_page_numbers(line: str) -> None:
    assert not is_page_number(line)


@pytest.mark.parametrize(
    "relative, header",
    [
        ("苏州市/2026年苏州市审计局部门预算.pdf", "苏州市审计局2026年度部门预算公开"),
        ("无锡市/2026年无锡市交通运输局部门预算.pdf", "无锡市交通运输局（本级）2026年度单位预算公开"),
    ],
)
def test_running_headers_are_found_and_do_not_confuse_the_cover(relative: str, header: str) -> None:
    pages = read_pages(national_pdf(relative))
    assert header in running_headers(pages)
    assert "".join(pages[0].text.split()) != header  # the cover prints its own title, not the header
    expected = read_cover(pages)
    # Without its cover page, the next page opens with the header, '- 1 -' and 目录: still one identity.
    assert _identity(read_cover(pages[1:]))[:4] == _identity(expected)[:4]


def test_one_body_one_name():
    """A party organ printed three ways (表格 2017 header, 表格 2019 header, 情况说明 cover) is one
    department: 中共<place>委…; names that merely contain 委 are left alone."""
    from pipelines.extract.cover import canonical_name

    for printed in ("中国共产党江苏省委员会办公厅", "江苏省委办公厅", "中共江苏省委办公厅"):
        assert canonical_name(printed) == "中共江苏省委办公厅"
    assert canonical_name("中国共产党北京市委员会宣传部") == "中共北京市委宣传部"
    assert canonical_name("上海市普陀区委社会工作部") == "中共上海市普陀区委社会工作部"
    kept = (
        "北京市交通委员会",
        "江苏省人大常委会办公厅",
        "中共北京市委军民融合发展委员会办公室",
        "首都绿化委员会办公室",
    )
    for name in kept:
        assert canonical_name(name) == name
