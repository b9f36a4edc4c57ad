"""Compose the sample corpus: one 部门决算 and one 部门预算 PDF per fiscal year.

    python -m pipelines.samples.build [--out data/samples]

决算 page order follows the published documents: cover, 目录, 第一部分 部门概况,
第二部分 the nine tables, 第三部分 情况说明, 第四部分 附件 (绩效自评).
预算 page order follows the real 区级部门预算: cover, 目录, 主要职能, 机构设置,
名词解释, 编制说明, the nine tables (landscape), 其他相关情况说明, 项目经费情况说明.
Output is byte-for-byte deterministic (reportlab invariant mode, no clocks).
"""

from __future__ import annotations

import argparse
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pipelines.samples import budget_narrative
from pipelines.samples.budget_tables import (
    BUDGET_BUILDERS,
    BUDGET_TABLE_ORDER,
    budget_style,
    budget_table_note,
    budget_title,
    budget_unit,
)
from pipelines.samples.figures import (
    SAMPLE_DEPARTMENT,
    SAMPLE_YEARS,
    ItemKey,
    YearFigures,
    budget,
    figures,
)
from pipelines.samples.layout import CJK_FONT, NUM_BOLD, Cell, Grid, PrintedCell, Sheet, format_amount
from pipelines.samples.narrative import (
    Block,
    explanation_blocks,
    overview_blocks,
    performance_intro_blocks,
    project_report_blocks,
)
from pipelines.samples.tables import BUILDERS, TABLE_ORDER, TITLES, WIDE_TABLES, style_for, table_note

DEFAULT_OUT = Path("data/samples")
PERFORMANCE_TITLE = "部门预算项目支出绩效自评表"
CHINESE_NUMERALS = "一二三四五六七八九十"


def sample_file_name(year: int) -> str:
    return f"{SAMPLE_DEPARTMENT}{year}年度部门决算.pdf"


def budget_file_name(year: int) -> str:
    return f"{SAMPLE_DEPARTMENT}{year}年部门预算.pdf"


@dataclass(frozen=True)
class Rendered:
    """One year's PDF and where everything landed in it."""

    year: int
    pdf: bytes
    page_count: int
    table_pages: dict[str, list[int]]  # table_key → 1-based pages (first holds the title)
    printed: dict[ItemKey, PrintedCell]  # every non-zero amount cell of the nine tables
    performance_pages: list[int]


def render_year(year: int) -> Rendered:
    fig = figures(year)
    buffer = io.BytesIO()
    sheet = Sheet(buffer, title=f"{SAMPLE_DEPARTMENT}{year}年度部门决算")
    _cover(sheet, year)
    _contents(sheet, year)
    sheet.new_page()
    _blocks(sheet, overview_blocks(fig))

    style = style_for(year)
    pages: dict[str, list[int]] = {}
    for key in TABLE_ORDER:
        heading = f"第二部分 {SAMPLE_DEPARTMENT}{year}年度部门决算表" if key == "summary" else None
        pages[key] = sheet.table(
            BUILDERS[key](fig, style),
            title=TITLES[key],
            wide=key in WIDE_TABLES,
            note=table_note(key, fig, SAMPLE_DEPARTMENT),
            heading=heading,
        )
    # the table pages record their cells; later tables (绩效自评) are not ground truth
    printed = dict(sheet.printed)

    sheet.new_page()
    _blocks(sheet, explanation_blocks(fig))
    sheet.new_page()
    _blocks(sheet, performance_intro_blocks(fig))
    performance_pages = sheet.table(_performance_grid(fig), title=f"{PERFORMANCE_TITLE}（{year}年度）", wide=False)
    sheet.new_page()
    _blocks(sheet, project_report_blocks(fig))
    page_count = sheet.page
    sheet.save()
    return Rendered(year, buffer.getvalue(), page_count, pages, printed, performance_pages)


def build_sample_pdf(year: int, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / sample_file_name(year)
    path.write_bytes(render_year(year).pdf)
    return path


def build_sample_budget_pdf(year: int, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / budget_file_name(year)
    path.write_bytes(render_budget(year).pdf)
    return path


def build_sample_budgets(out_dir: Path = DEFAULT_OUT) -> list[Path]:
    """Write the four 部门预算 and return their paths (year order)."""
    return [build_sample_budget_pdf(year, Path(out_dir)) for year in SAMPLE_YEARS]


def build_sample_corpus(out_dir: Path = DEFAULT_OUT) -> list[Path]:
    """Write the whole sample corpus — the four 部门决算 and the four 部门预算.

    Returns the 决算 paths only (year order), as it always has; `build_sample_budgets`
    returns the budgets' paths.
    """
    finals = [build_sample_pdf(year, Path(out_dir)) for year in SAMPLE_YEARS]
    build_sample_budgets(out_dir)
    return finals


# -- the budgets ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RenderedBudget:
    """One year's budget PDF and where everything landed in it."""

    year: int
    pdf: bytes
    page_count: int
    table_pages: dict[str, list[int]]  # table_key → 1-based pages (first holds the title)
    printed: dict[ItemKey, PrintedCell]  # every non-zero amount cell of the nine tables
    section_pages: dict[str, int]  # first page of each prose section


def render_budget(year: int) -> RenderedBudget:
    b = budget(year)
    style = budget_style(year)
    buffer = io.BytesIO()
    sheet = Sheet(buffer, title=f"{SAMPLE_DEPARTMENT}{year}年部门预算", subject="部门预算", wide_text=True)
    _budget_cover(sheet, year)
    _budget_contents(sheet, year)
    sections: dict[str, int] = {}
    for name, blocks in zip(("主要职能", "机构设置", "名词解释"), budget_narrative.front_blocks(b), strict=True):
        sheet.new_page(wide=True)
        sections[name] = sheet.page
        _blocks(sheet, blocks)
    sheet.new_page(wide=True)
    sections["编制说明"] = sheet.page
    _blocks(sheet, budget_narrative.explanation_blocks(b))

    pages: dict[str, list[int]] = {}
    caption = f"编制部门：{SAMPLE_DEPARTMENT}"
    for key in BUDGET_TABLE_ORDER:
        pages[key] = sheet.table(
            BUDGET_BUILDERS[key](b, style),
            title=budget_title(key, year),
            wide=True,
            unit=budget_unit(key),
            note=budget_table_note(key, year),
            caption=caption,
            repeat_header=style.repeat_header or key not in ("income", "expenditure"),
            title_size=17,
        )
    printed = dict(sheet.printed)

    sheet.new_page(wide=True)
    sections["其他相关情况说明"] = sheet.page
    _blocks(sheet, budget_narrative.other_blocks(b))
    sheet.new_page(wide=True)
    sections["项目经费情况说明"] = sheet.page
    _blocks(sheet, budget_narrative.project_blocks(b))
    page_count = sheet.page
    sheet.save()
    return RenderedBudget(year, buffer.getvalue(), page_count, pages, printed, sections)


def _budget_cover(sheet: Sheet, year: int) -> None:
    sheet.new_page(wide=True, numbered=False)
    sheet.centred_line(f"攀枝花市东区{year}年部门预算", 360, size=30)
    sheet.centred_line(f"预算主管部门：{SAMPLE_DEPARTMENT}", 260, size=16)


def _budget_contents(sheet: Sheet, year: int) -> None:
    sheet.new_page(wide=True)
    sheet.heading("目  录", size=18, gap=20)
    lines = [
        "一、部门主要职能",
        "二、部门机构设置",
        "三、名词解释",
        "四、部门预算编制说明",
        "五、部门预算表",
        *(f"　{i}. {budget_title(k, year)}" for i, k in enumerate(BUDGET_TABLE_ORDER, start=1)),
        "六、其他相关情况说明",
        "七、项目经费情况说明",
    ]
    for line in lines:
        sheet.paragraph(line, size=12, leading=22, indent=False)


# -- page furniture ------------------------------------------------------------------


def _cover(sheet: Sheet, year: int) -> None:
    sheet.new_page(numbered=False)
    c = sheet.canvas
    mid = sheet.page_width / 2
    sheet.centred_line(SAMPLE_DEPARTMENT, 470, size=26)
    rest = "年度部门决算"
    if year == 2022:
        # the year as its own bold Latin run on the same line, as the real 财政局 cover prints it
        year_w = c.stringWidth(str(year), NUM_BOLD, 26)
        rest_w = c.stringWidth(rest, CJK_FONT, 26)
        x = mid - (year_w + rest_w) / 2
        c.setFont(NUM_BOLD, 26)
        c.drawString(x, 420, str(year))
        c.setFont(CJK_FONT, 26)
        c.drawString(x + year_w, 420, rest)
    elif year == 2024:
        # the year on a line of its own
        sheet.centred_line(str(year), 425, size=26, font=NUM_BOLD)
        sheet.centred_line(rest, 385, size=26)
    else:
        sheet.centred_line(f"{year}{rest}", 420, size=26)
    sheet.centred_line(f"{year + 1}年9月", 200, size=14)


def _contents(sheet: Sheet, year: int) -> None:
    sheet.new_page()
    sheet.heading("目  录", size=18, gap=24)
    lines = [
        "第一部分 部门概况",
        "　一、部门职责",
        "　二、机构设置",
        f"第二部分 {SAMPLE_DEPARTMENT}{year}年度部门决算表",
        *(f"　{CHINESE_NUMERALS[i]}、{TITLES[k]}" for i, k in enumerate(TABLE_ORDER)),
        f"第三部分 {year}年度部门决算情况说明",
        "第四部分 附件",
    ]
    for line in lines:
        sheet.paragraph(line, size=12, leading=24, indent=False)


def _blocks(sheet: Sheet, blocks: Sequence[Block]) -> None:
    for kind, text in blocks:
        if kind == "h1":
            sheet.heading(text, size=16, gap=16)
        elif kind == "h2":
            sheet.heading(text, size=12, gap=6, centre=False)
        else:
            sheet.paragraph(text)


def _performance_grid(fig: YearFigures) -> Grid:
    header = [
        Cell("项目名称", 0),
        Cell("年初预算数", 1),
        Cell("全年预算数\n（资金到位）", 2),
        Cell("实际支出", 3),
        Cell("自评得分", 4),
    ]
    rows = [
        [
            Cell(p.name, 0, align="left"),
            Cell(format_amount(p.initial_budget), 1, align="right", numeric=True),
            Cell(format_amount(p.available), 2, align="right", numeric=True),
            Cell(format_amount(p.spent), 3, align="right", numeric=True),
            Cell(str(p.score), 4, align="center", numeric=True),
        ]
        for p in fig.projects
    ]
    rows.append(
        [
            Cell("部门整体", 0, align="left"),
            Cell("", 1),
            Cell("", 2),
            Cell("", 3),
            Cell(str(fig.performance_score), 4, numeric=True),
        ]
    )
    return Grid([190.0, 75.0, 95.0, 75.0, 65.0], header, [30.0], rows, min_row_height=20.0)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write the sample 部门决算 and 部门预算 corpus.")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: data/samples)")
    args = parser.parse_args(argv)
    for path in build_sample_corpus(args.out):
        print(path)
    for year in SAMPLE_YEARS:
        print(Path(args.out) / budget_file_name(year))


if __name__ == "__main__":
    main()
