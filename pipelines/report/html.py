"""One self-contained HTML page per department: plotly charts (plotly.js embedded once, so the page
opens offline) and tables whose every number carries the document file name and page it came from
(a title attribute, plus a source column / a sources line linking to the documents table)."""

from __future__ import annotations

import html as htmlmod
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import plotly.graph_objects as go
from jinja2 import Environment, select_autoescape
from markupsafe import Markup
from plotly.offline import get_plotlyjs

from pipelines.report.data import DepartmentData, Row, wan

KIND_ZH = {"final_account": "决算", "budget": "预算"}
SCOPE_ZH = {"department": "部门", "unit": "单位"}
CHART_HEIGHT = "430px"


@dataclass(frozen=True)
class Cell:
    text: str
    title: str | None = None  # the source, shown on hover
    numeric: bool = False
    href: str | None = None
    css: str | None = None


@dataclass(frozen=True)
class TableData:
    headers: list[str]
    rows: list[list[Cell]]


@dataclass(frozen=True)
class Section:
    anchor: str
    title: str
    intro: str | None
    figure: Markup | None
    sources: list[Markup]
    tables: list[tuple[str | None, TableData]]
    empty: str | None = None  # shown instead when there is nothing to show


# ----------------------------------------------------------------- sources


class Sources:
    """Document id → anchor / file name / PDF path, and the source text of one printed number."""

    def __init__(self, documents: list[Row]) -> None:
        self.by_id = {d["document_id"]: d for d in documents}
        self.by_name = {d["file_name"]: d for d in documents}

    @staticmethod
    def anchor(document_id: str) -> str:
        return f"doc-{document_id[:12]}"

    def text(self, file_name: str | None, page: int | None) -> str | None:
        if not file_name:
            return None
        return f"{file_name}, p. {page}" if page else file_name

    def pdf_href(self, document: Row, page: int | None = None) -> str | None:
        path = document.get("path")
        if not path:
            return None
        uri = Path(path).resolve().as_uri()
        return f"{uri}#page={page}" if page else uri


def _num(amount: Decimal | None, source: str | None, css: str | None = None) -> Cell:
    return Cell(
        wan(amount), title=f"来源 source: {source}" if source and amount is not None else None, numeric=True, css=css
    )


def _pct(value: Decimal | None, source: str | None = None) -> Cell:
    return Cell("" if value is None else f"{value}%", title=f"来源 source: {source}" if source else None, numeric=True)


def _subject(line_key: str, label: str | None) -> str:
    return "合计 total" if line_key == "total" else f"{line_key} {label or ''}".strip()


def _float(amount: Decimal | None) -> float | None:
    return None if amount is None else float(Decimal(amount) / 10000)


def _source_links(src: Sources, pairs: Iterable[tuple[str | None, int | None]]) -> list[Markup]:
    """One link per document, listing the pages a figure's numbers come from: "file.pdf p. 4, 12"."""
    pages: dict[str, set[int]] = {}
    for file_name, page in pairs:
        if file_name:
            pages.setdefault(file_name, set())
            if page:
                pages[file_name].add(page)
    links = []
    for file_name, ps in pages.items():
        doc = src.by_name.get(file_name)
        label = htmlmod.escape(file_name + (" p. " + ", ".join(map(str, sorted(ps))) if ps else ""))
        if doc is None:
            links.append(Markup(label))
            continue
        first = min(ps) if ps else None
        pdf = src.pdf_href(doc, first)
        extra = f' (<a href="{htmlmod.escape(pdf)}">PDF</a>)' if pdf else ""
        links.append(Markup(f'<a href="#{src.anchor(doc["document_id"])}">{label}</a>{extra}'))
    return links


def _figure_html(fig: go.Figure, div_id: str) -> Markup:
    fig.update_layout(
        template="plotly_white",
        margin={"l": 60, "r": 20, "t": 40, "b": 60},
        font={"family": "Noto Sans CJK SC, WenQuanYi Zen Hei, Microsoft YaHei, PingFang SC, sans-serif"},
        legend={"orientation": "h", "y": -0.15},
    )
    return Markup(
        fig.to_html(
            full_html=False,
            include_plotlyjs=False,  # embedded once in <head>
            div_id=div_id,
            default_height=CHART_HEIGHT,
            config={"displaylogo": False, "responsive": True},
        )
    )


def _hover(source: str | None) -> str:
    return f"来源 source: {source}" if source else ""


# ---------------------------------------------------------------- sections


def _totals(data: DepartmentData, src: Sources) -> Section:
    if not data.totals:
        return Section("totals", "收支总额 Totals by year", None, None, [], [], empty="No summary table was published.")
    series = [
        ("income_total_yuan", "本年收入合计 income"),
        ("expenditure_total_yuan", "本年支出合计 expenditure"),
        ("grand_total_yuan", "总计 grand total"),
    ]
    fig = go.Figure()
    for kind in ("final_account", "budget"):
        rows = [r for r in data.totals if r["report_kind"] == kind]
        for column, label in series:
            if not any(r[column] is not None for r in rows):
                continue
            fig.add_bar(
                name=f"{KIND_ZH[kind]} {label}",
                x=[str(r["fiscal_year"]) for r in rows],
                y=[_float(r[column]) for r in rows],
                customdata=[_hover(src.text(r["file_name"], r["summary_page"])) for r in rows],
                hovertemplate="%{x}: %{y:,.2f} 万元<br>%{customdata}<extra>%{fullData.name}</extra>",
            )
    fig.update_layout(barmode="group", yaxis_title="万元", xaxis_type="category", title="收支总额（万元）")
    headers = [
        "年度 year",
        "类型 kind",
        "范围 scope",
        "本年收入合计",
        "本年支出合计",
        "基本支出 basic",
        "项目支出 project",
        "年初结转和结余",
        "年末结转和结余",
        "总计 grand total",
        "来源 source",
    ]
    rows = []
    for r in data.totals:
        s = src.text(r["file_name"], r["summary_page"])
        bp = src.text(r["file_name"], r["basic_project_page"])
        derived = " (derived: 总计 − 结转)" if r["totals_derived"] else ""
        rows.append(
            [
                Cell(str(r["fiscal_year"])),
                Cell(KIND_ZH.get(r["report_kind"], r["report_kind"])),
                Cell(SCOPE_ZH.get(r["scope"], r["scope"])),
                _num(r["income_total_yuan"], (s or "") + derived if s else None),
                _num(r["expenditure_total_yuan"], (s or "") + derived if s else None),
                _num(r["basic_yuan"], bp),
                _num(r["project_yuan"], bp),
                _num(r["carryover_begin_yuan"], s),
                _num(r["carryover_end_yuan"], s),
                _num(r["grand_total_yuan"], s, css="key"),
                Cell(s or "", href=f"#{src.anchor(r['document_id'])}"),
            ]
        )
    return Section(
        "totals",
        "收支总额 Totals by year",
        "From each document's 收入支出决算总表 / 财务收支预算总表 (basic/project from the 支出表). Amounts in 万元.",
        _figure_html(fig, "fig-totals"),
        _source_links(src, ((r["file_name"], r["summary_page"]) for r in data.totals)),
        [(None, TableData(headers, rows))],
    )


def _composition(data: DepartmentData, src: Sources) -> Section:
    if not data.composition:
        return Section(
            "composition",
            "支出功能分类构成 Composition by function class",
            None,
            None,
            [],
            [],
            empty="No expenditure-by-function-class lines were published.",
        )
    columns = sorted({(r["fiscal_year"], r["report_kind"], r["scope"]) for r in data.composition})
    labels = {c: f"{c[0]} {KIND_ZH.get(c[1], c[1])}" + ("" if c[2] == "department" else " 单位") for c in columns}
    classes = sorted({(r["class_code"], r["class_name"]) for r in data.composition})
    names: dict[str, str] = {}
    for code, name in classes:
        names.setdefault(code, name)
    by_key = {(r["fiscal_year"], r["report_kind"], r["scope"], r["class_code"]): r for r in data.composition}
    fig = go.Figure()
    for code in sorted(names):
        cells = [by_key.get((*c, code)) for c in columns]
        fig.add_bar(
            name=f"{code} {names[code]}",
            x=[labels[c] for c in columns],
            y=[_float(r["amount_yuan"]) if r else None for r in cells],
            customdata=[
                [f"{r['share_pct']}%" if r else "", _hover(src.text(r["file_name"], r["page"])) if r else ""]
                for r in cells
            ],
            hovertemplate="%{x}: %{y:,.2f} 万元 (%{customdata[0]})<br>%{customdata[1]}<extra>%{fullData.name}</extra>",
        )
    fig.update_layout(barmode="stack", yaxis_title="万元", title="支出功能分类构成（万元）")
    headers = ["科目 class", *[labels[c] for c in columns]]
    rows = []
    for code in sorted(names):
        row = [Cell(f"{code} {names[code]}")]
        for c in columns:
            r = by_key.get((*c, code))
            if r is None:
                row.append(Cell("", numeric=True))
            else:
                source = src.text(r["file_name"], r["page"])
                row.append(
                    Cell(f"{wan(r['amount_yuan'])} ({r['share_pct']}%)", title=f"来源 source: {source}", numeric=True)
                )
        rows.append(row)
    return Section(
        "composition",
        "支出功能分类构成 Composition by function class",
        "Each class's amount in 万元 and its share of the year's classes (from the summary's expenditure lines).",
        _figure_html(fig, "fig-composition"),
        _source_links(src, ((r["file_name"], r["page"]) for r in data.composition)),
        [(None, TableData(headers, rows))],
    )


def _three_public(data: DepartmentData, src: Sources) -> Section:
    if not data.three_public and not data.office_operation:
        return Section(
            "three-public", "“三公”经费 Three public expenses", None, None, [], [], empty="No 三公 table was published."
        )
    fig = go.Figure()
    items = [
        ("total", "合计 total"),
        ("vehicle_total", "公务用车 vehicles"),
        ("reception", "公务接待 reception"),
        ("overseas_travel", "因公出国（境） overseas"),
    ]
    for item, label in items:
        rows = [r for r in data.three_public if r["item"] == item]
        if not rows:
            continue
        if any(r["final_yuan"] is not None for r in rows):
            fig.add_scatter(
                name=f"决算 {label}",
                mode="lines+markers",
                x=[str(r["fiscal_year"]) for r in rows],
                y=[_float(r["final_yuan"]) for r in rows],
                customdata=[_hover(src.text(r["final_file_name"], r["final_page"])) for r in rows],
                hovertemplate="%{x}: %{y:,.2f} 万元<br>%{customdata}<extra>%{fullData.name}</extra>",
            )
        if item == "total" and any(r["budget_yuan"] is not None for r in rows):
            fig.add_scatter(
                name=f"预算数 {label}",
                mode="lines+markers",
                line={"dash": "dash"},
                x=[str(r["fiscal_year"]) for r in rows],
                y=[_float(r["budget_yuan"]) for r in rows],
                customdata=[_hover(_budget_source(r, src)) for r in rows],
                hovertemplate="%{x}: %{y:,.2f} 万元<br>%{customdata}<extra>%{fullData.name}</extra>",
            )
    if data.office_operation:
        fig.add_scatter(
            name="机关运行经费 office operation (预算)",
            mode="lines+markers",
            line={"dash": "dot"},
            yaxis="y2",
            x=[str(r["fiscal_year"]) for r in data.office_operation],
            y=[_float(r["budget_yuan"]) for r in data.office_operation],
            customdata=[_hover(src.text(r["budget_file_name"], r["budget_page"])) for r in data.office_operation],
            hovertemplate="%{x}: %{y:,.2f} 万元<br>%{customdata}<extra>%{fullData.name}</extra>",
        )
        fig.add_scatter(
            name="机关运行经费 office operation (决算)",
            mode="lines+markers",
            yaxis="y2",
            x=[str(r["fiscal_year"]) for r in data.office_operation],
            y=[_float(r["final_yuan"]) for r in data.office_operation],
            customdata=[_hover(src.text(r["final_file_name"], r["final_page"])) for r in data.office_operation],
            hovertemplate="%{x}: %{y:,.2f} 万元<br>%{customdata}<extra>%{fullData.name}</extra>",
        )
        fig.update_layout(yaxis2={"title": "机关运行经费 万元", "overlaying": "y", "side": "right"})
    fig.update_layout(xaxis_type="category", yaxis_title="三公 万元", title="“三公”经费与机关运行经费（万元）")
    headers = [
        "年度 year",
        "项目 item",
        "预算数 budget",
        "决算数 final",
        "执行率 execution",
        "预算来源 budget from",
        "来源 source",
    ]
    rows = []
    for r in data.three_public:
        fs = src.text(r["final_file_name"], r["final_page"])
        bs = _budget_source(r, src)
        rows.append(
            [
                Cell(str(r["fiscal_year"])),
                Cell(r["item_label"]),
                _num(r["budget_yuan"], bs),
                _num(r["final_yuan"], fs),
                _pct(r["execution_rate"]),
                Cell(KIND_ZH.get(r["budget_source"] or "", "")),
                Cell("; ".join(dict.fromkeys(s for s in (fs, bs) if s))),
            ]
        )
    office_headers = [
        "年度 year",
        "预算数 budget",
        "决算数 final",
        "执行率 execution",
        "公用经费合计 (基本支出表)",
        "决算来源 final from",
        "来源 source",
    ]
    office_rows = []
    for r in data.office_operation:
        bs = src.text(r["budget_file_name"], r["budget_page"])
        fs = src.text(r["final_file_name"], r["final_page"])
        office_rows.append(
            [
                Cell(str(r["fiscal_year"])),
                _num(r["budget_yuan"], bs),
                _num(r["final_yuan"], fs),
                _pct(r["execution_rate"]),
                _num(r["basic_public_yuan"], r["final_file_name"]),
                Cell({"three_public": "三公表", "narrative": "情况说明"}.get(r["final_source"] or "", "")),
                Cell("; ".join(s for s in (bs, fs) if s)),
            ]
        )
    tables: list[tuple[str | None, TableData]] = []
    if rows:
        tables.append(("“三公”经费", TableData(headers, rows)))
    if office_rows:
        tables.append(("机关运行经费 office operation", TableData(office_headers, office_rows)))
    links = [(r["final_file_name"], r["final_page"]) for r in data.three_public]
    links += [(r["budget_file_name"], r["budget_page"]) for r in data.three_public]
    links += [(r["budget_file_name"], r["budget_page"]) for r in data.office_operation]
    links += [(r["final_file_name"], r["final_page"]) for r in data.office_operation]
    return Section(
        "three-public",
        "“三公”经费与机关运行经费 Three public expenses and office operation",
        "预算数 from the 决算's own 预算数 column where it prints one, else from the 预算 document. 万元.",
        _figure_html(fig, "fig-three-public"),
        _source_links(src, links),
        tables,
    )


def _budget_source(r: Row, src: Sources) -> str | None:
    if r["budget_source"] == "final_account":
        return src.text(r["final_file_name"], r["final_page"])
    return src.text(r["budget_file_name"], r["budget_page"])


def _budget_vs_final(data: DepartmentData, src: Sources) -> Section:
    title = "预算与决算 Budget vs final by subject"
    execution = [r for r in data.execution if r["line_key"] != "total" and r["level"] <= 2]
    if not data.budget_vs_final and not execution:
        kinds = {d["report_kind"] for d in data.documents}
        why = (
            "Only final accounts (决算) are published for this department."
            if kinds == {"final_account"}
            else "Only budgets (预算) are published for this department."
            if kinds == {"budget"}
            else "No year has both a budget and a final account."
        )
        return Section("budget-vs-final", title, None, None, [], [], empty=why + " Nothing to compare.")
    fig = go.Figure()
    if execution:
        latest = max(r["fiscal_year"] for r in execution)
        rows = [r for r in execution if r["fiscal_year"] == latest]
        labels = [_subject(r["line_key"], r["line_label"]) for r in rows]
        fig.add_bar(
            name="预算 budget",
            y=labels,
            x=[_float(r["budget_yuan"]) for r in rows],
            orientation="h",
            customdata=[_hover(src.text(r["budget_file_name"], r["budget_page"])) for r in rows],
            hovertemplate="%{y}: %{x:,.2f} 万元<br>%{customdata}<extra>预算</extra>",
        )
        fig.add_bar(
            name="决算 final",
            y=labels,
            x=[_float(r["final_yuan"]) for r in rows],
            orientation="h",
            customdata=[_hover(src.text(r["final_file_name"], r["final_page"])) for r in rows],
            hovertemplate="%{y}: %{x:,.2f} 万元<br>%{customdata}<extra>决算</extra>",
        )
        fig.update_layout(
            barmode="group",
            title=f"{latest} 预算 vs 决算（类/款，万元）",
            xaxis_title="万元",
            yaxis={"autorange": "reversed"},
        )
    headers = ["年度 year", "表 table", "科目 subject", "预算数 budget", "决算数 final", "执行率 execution"]
    rows_bvf = []
    for r in data.budget_vs_final:
        rows_bvf.append(
            [
                Cell(str(r["fiscal_year"])),
                Cell(r["table_key"]),
                Cell(_subject(r["line_key"], r["line_label"])),
                _num(r["budget_yuan"], src.text(r["budget_file_name"], r["budget_page"])),
                _num(r["final_yuan"], src.text(r["final_file_name"], r["final_page"])),
                _pct(r["execution_rate"]),
            ]
        )
    ex_headers = [
        "年度 year",
        "科目 subject",
        "预算数 budget",
        "决算数 final",
        "差额 gap",
        "差额 %",
        "执行率",
        "来源 source",
    ]
    ex_rows = []
    for r in data.execution:
        bs = src.text(r["budget_file_name"], r["budget_page"])
        fs = src.text(r["final_file_name"], r["final_page"])
        ex_rows.append(
            [
                Cell(str(r["fiscal_year"])),
                Cell(_subject(r["line_key"], r["line_label"])),
                _num(r["budget_yuan"], bs),
                _num(r["final_yuan"], fs),
                _num(r["gap_yuan"], f"{bs}; {fs}"),
                _pct(r["gap_pct"]),
                _pct(r["execution_rate"]),
                Cell("; ".join(s for s in (bs, fs) if s)),
            ]
        )
    tables: list[tuple[str | None, TableData]] = []
    if ex_rows:
        tables.append(("执行情况 execution by subject (支出预算总表 vs 支出决算表)", TableData(ex_headers, ex_rows)))
    if rows_bvf:
        tables.append(("budget_vs_final (same table in both documents)", TableData(headers, rows_bvf)))
    links = [(r["budget_file_name"], r["budget_page"]) for r in data.execution]
    links += [(r["final_file_name"], r["final_page"]) for r in data.execution]
    links += [(r["budget_file_name"], r["budget_page"]) for r in data.budget_vs_final]
    links += [(r["final_file_name"], r["final_page"]) for r in data.budget_vs_final]
    return Section(
        "budget-vs-final",
        title,
        "Codes compared after the crosswalk. Amounts in 万元.",
        _figure_html(fig, "fig-budget-vs-final") if execution else None,
        _source_links(src, links),
        tables,
    )


def _subject_trend(data: DepartmentData, src: Sources) -> Section:
    title = "科目逐年 Spending by subject across years"
    if not data.subject_trend:
        return Section("subject-trend", title, None, None, [], [], empty="No expenditure table was published.")
    tables: list[tuple[str | None, TableData]] = []
    links: list[tuple[str | None, int | None]] = []
    for kind in ("final_account", "budget"):
        rows = [r for r in data.subject_trend if r["report_kind"] == kind]
        if not rows:
            continue
        years = sorted({r["fiscal_year"] for r in rows})
        by_key = {(r["line_key"], r["fiscal_year"]): r for r in rows}
        labels: dict[str, str] = {}
        for r in rows:
            labels.setdefault(r["line_key"], r["line_label"] or "")
        order = sorted(labels, key=lambda k: "" if k == "total" else k)
        table_rows = []
        for key in order:
            row = [
                Cell(
                    f"{'合计' if key == 'total' else key} {labels[key] if key != 'total' else ''}".strip(),
                    css=f"level-{(len(key) - 1) // 2 if key != 'total' else 0}",
                )
            ]
            for y in years:
                r = by_key.get((key, y))
                row.append(_num(r["amount_yuan"], src.text(r["file_name"], r["page"])) if r else Cell("", numeric=True))
                if r:
                    links.append((r["file_name"], r["page"]))
            table_rows.append(row)
        caption = f"{KIND_ZH[kind]} 支出表 合计 (万元)"
        tables.append((caption, TableData(["科目 subject", *map(str, years)], table_rows)))
    return Section(
        "subject-trend",
        title,
        "Every code of the 支出决算表 / 支出预算总表, 合计 column, by year.",
        None,
        _source_links(src, links),
        tables,
    )


def _unmatched(data: DepartmentData, src: Sources) -> Section:
    title = "无对应科目 Unmatched subjects"
    if not data.unmatched:
        return Section(
            "unmatched",
            title,
            None,
            None,
            [],
            [],
            empty="Every subject line has its counterpart in the adjacent years and budget/final.",
        )
    headers = [
        "年度 year",
        "类型 kind",
        "表 table",
        "科目 subject",
        "金额 amount",
        "缺少 missing in",
        "原因 reason",
        "来源 source",
    ]
    rows = []
    for r in data.unmatched:
        s = src.text(r["file_name"], r["page"])
        missing = {
            "previous_year": f"{r['counterpart_year']}",
            "next_year": f"{r['counterpart_year']}",
            "final_account": "决算",
            "budget": "预算",
        }[r["comparison"]]
        rows.append(
            [
                Cell(str(r["fiscal_year"])),
                Cell(KIND_ZH.get(r["report_kind"], r["report_kind"])),
                Cell(r["table_key"]),
                Cell(_subject(r["line_key"], r["line_label"])),
                _num(r["amount_yuan"], s),
                Cell(missing),
                Cell(r["reason"]),
                Cell(s or ""),
            ]
        )
    return Section(
        title=title,
        anchor="unmatched",
        intro="Lines with no counterpart after the crosswalk (published.unmatched_subjects).",
        figure=None,
        sources=[],
        tables=[(None, TableData(headers, rows))],
    )


def _quality(data: DepartmentData, src: Sources) -> Section:
    title = "数据质量 Data quality"
    if data.checks is None:
        return Section(
            "quality",
            title,
            None,
            None,
            [],
            [],
            empty="No data-quality results: published.check_results is not in this warehouse.",
        )
    summary = TableData(
        ["严重性 severity", "结果 outcome", "数量 count"],
        [
            [
                Cell(r["severity"] or ""),
                Cell(r["outcome"] or ""),
                Cell(str(r["n"]), title="published.check_results", numeric=True),
            ]
            for r in data.check_summary or []
        ],
    )
    headers = [
        "文件 document",
        "规则 rule",
        "严重性",
        "结果",
        "表 table",
        "行 line",
        "页 page",
        "应为 expected",
        "实为 found",
        "说明 message",
    ]
    rows = []
    for r in data.checks:
        s = src.text(r["file_name"], r["page"])
        rows.append(
            [
                Cell(r["file_name"], href=f"#{src.anchor(r['document_id'])}"),
                Cell(r["rule_id"] or ""),
                Cell(r["severity"] or "", css=f"sev-{r['severity']}"),
                Cell(r["outcome"] or ""),
                Cell(r["table_key"] or ""),
                Cell(r["line_key"] or ""),
                Cell("" if r["page"] is None else str(r["page"])),
                _num(r["expected"], s),
                _num(r["found"], s),
                Cell(" / ".join(m for m in (r["message_zh"], r["message_en"]) if m)),
            ]
        )
    tables: list[tuple[str | None, TableData]] = [("summary", summary)]
    tables.append(("failures and warnings" if rows else "no failures or warnings", TableData(headers, rows)))
    return Section("quality", title, "From published.check_results.", None, [], tables)


def _documents_table(data: DepartmentData, src: Sources) -> TableData:
    headers = ["文件 file", "年度 year", "类型 kind", "范围 scope", "页数 pages", "状态 status", "document_id"]
    rows = []
    for d in data.documents:
        rows.append(
            [
                Cell(d["file_name"], href=src.pdf_href(d)),
                Cell(str(d["fiscal_year"])),
                Cell(KIND_ZH.get(d["report_kind"], d["report_kind"])),
                Cell(SCOPE_ZH.get(d["scope"], d["scope"])),
                Cell(str(d["page_count"]), title=f"{d['file_name']}: {d['page_count']} pages", numeric=True),
                Cell(d["status"], css=f"status-{d['status']}"),
                Cell(d["document_id"][:12], title=d["document_id"], css="mono"),
            ]
        )
    return TableData(headers, rows)


# ------------------------------------------------------------------ page

TEMPLATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="budgetwh report">
<title>{{ department }} — 预算与决算 budgetwh report</title>
<style>
body { font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", sans-serif;
       margin: 0 auto; max-width: 1200px; padding: 0 24px 48px; color: #222; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { margin-top: 2em; border-bottom: 2px solid #4c78a8; }
h3 { font-size: 1.05em; margin-bottom: 0.3em; }
.meta, .intro, .sources, .empty { color: #555; font-size: 0.9em; }
.empty { font-style: italic; }
nav a { margin-right: 1em; }
table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.85em; }
th, td { border: 1px solid #ccc; padding: 3px 7px; vertical-align: top; }
th { background: #eef2f7; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td[title] { cursor: help; }
td.key { font-weight: bold; }
td.level-1 { font-weight: bold; } td.level-2 { padding-left: 1.2em; } td.level-3 { padding-left: 2.4em; }
td.mono { font-family: monospace; }
td.status-quarantined, td.sev-error { color: #b00; }
td.sev-warning { color: #a60; }
tr:target { background: #ffe9a8; }
.figure { border: 1px solid #e3e3e3; margin: 0.5em 0; }
</style>
<script type="text/javascript">{{ plotly_js }}</script>
</head>
<body>
<h1>{{ department }}</h1>
<p class="meta">预算与决算 budgets and final accounts {{ years }} · {{ n_documents }} document(s) ·
generated {{ generated_at }} from <code>{{ warehouse }}</code> by budgetwh report ·
every number: hover for its source document and page; figures link to the <a href="#documents">documents</a>.</p>
{% for note in notes %}<p class="meta">{{ note }}</p>{% endfor %}
<nav>{% for s in sections %}<a href="#{{ s.anchor }}">{{ s.title }}</a>{% endfor %}
<a href="#documents">文件 Documents</a></nav>
{% for s in sections %}
<section id="{{ s.anchor }}">
<h2>{{ s.title }}</h2>
{% if s.empty %}<p class="empty">{{ s.empty }}</p>{% else %}
{% if s.intro %}<p class="intro">{{ s.intro }}</p>{% endif %}
{% if s.figure %}<div class="figure">{{ s.figure }}</div>{% endif %}
{% if s.sources %}<p class="sources">来源 Sources: {{ s.sources | join(" · ") }}</p>{% endif %}
{% for caption, t in s.tables %}
{% if caption %}<h3>{{ caption }}</h3>{% endif %}
{{ table(t) }}
{% endfor %}
{% endif %}
</section>
{% endfor %}
<section id="documents">
<h2>文件 Documents</h2>
<p class="intro">The published documents of this department
(the file link opens the PDF where it was ingested from).</p>
<table>
<thead><tr>{% for h in documents.headers %}<th>{{ h }}</th>{% endfor %}</tr></thead>
<tbody>
{% for row in documents.rows %}<tr id="{{ doc_anchors[loop.index0] }}">{% for c in row %}{{ cell(c) }}{% endfor %}</tr>
{% endfor %}
</tbody></table>
</section>
</body>
</html>
"""

CELL = (
    '<td{% if c.numeric %} class="num{% if c.css %} {{ c.css }}{% endif %}"'
    '{% elif c.css %} class="{{ c.css }}"{% endif %}'
    '{% if c.title %} title="{{ c.title }}"{% endif %}>'
    '{% if c.href %}<a href="{{ c.href }}">{{ c.text }}</a>{% else %}{{ c.text }}{% endif %}</td>'
)
TABLE = (
    "<table><thead><tr>{% for h in t.headers %}<th>{{ h }}</th>{% endfor %}</tr></thead><tbody>"
    "{% for row in t.rows %}<tr>{% for c in row %}" + CELL + "{% endfor %}</tr>\n{% endfor %}</tbody></table>"
)

_env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
_page = _env.from_string(TEMPLATE)
_cell = _env.from_string(CELL)
_table = _env.from_string(TABLE)
_plotly_js: str | None = None


def _plotly() -> Markup:
    global _plotly_js
    if _plotly_js is None:
        _plotly_js = get_plotlyjs()
    return Markup(_plotly_js)


def render_department(data: DepartmentData, warehouse: str | Path, generated_at: datetime | None = None) -> str:
    """The whole HTML page of one department."""
    src = Sources(data.documents)
    sections = [
        _totals(data, src),
        _composition(data, src),
        _three_public(data, src),
        _budget_vs_final(data, src),
        _subject_trend(data, src),
        _unmatched(data, src),
        _quality(data, src),
    ]
    years = data.years
    when = (generated_at or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    return _page.render(
        department=data.department,
        years=f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0]),
        n_documents=len(data.documents),
        generated_at=when,
        warehouse=str(warehouse),
        notes=data.notes,
        sections=sections,
        documents=_documents_table(data, src),
        doc_anchors=[src.anchor(d["document_id"]) for d in data.documents],
        plotly_js=_plotly(),
        table=lambda t: Markup(_table.render(t=t)),
        cell=lambda c: Markup(_cell.render(c=c)),
    )


def render_index(entries: list[tuple[str, str, int]], generated_at: datetime | None = None) -> str:
    """A small index page: (department, file name, documents) per report."""
    when = (generated_at or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    return _env.from_string(
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>budgetwh reports</title></head>'
        "<body><h1>budgetwh reports</h1><p>generated {{ when }}</p><ul>"
        '{% for d, f, n in entries %}<li><a href="{{ f }}">{{ d }}</a> ({{ n }} documents)</li>{% endfor %}'
        "</ul></body></html>"
    ).render(entries=entries, when=when)
