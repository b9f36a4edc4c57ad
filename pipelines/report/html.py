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

from pipelines.report.data import DepartmentData, IndexEntry, Peers, Row, display_amount, exact_yuan

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
    """The page's context: document id → anchor / file name / PDF path, the source text and link of one
    printed number, and the page's display unit (every amount of a page in the same unit)."""

    def __init__(self, documents: list[Row], unit: str = "万元") -> None:
        self.by_id = {d["document_id"]: d for d in documents}
        self.by_name = {d["file_name"]: d for d in documents}
        self.unit = unit
        self._links: dict[str, str] = {}  # source text → file URI #page=N (filled by text())

    def add(self, documents: Iterable[Row]) -> None:
        """Documents of other departments a page cites (its peers)."""
        for d in documents:
            self.by_name.setdefault(d["file_name"], d)

    @staticmethod
    def anchor(document_id: str) -> str:
        return f"doc-{document_id[:12]}"

    def text(self, file_name: str | None, page: int | None) -> str | None:
        if not file_name:
            return None
        text = f"{file_name}, p. {page}" if page else file_name
        doc = self.by_name.get(file_name)
        if doc is not None and text not in self._links:
            href = self.pdf_href(doc, page)
            if href:
                self._links[text] = href
        return text

    def link(self, source: str | None) -> str | None:
        """The PDF page a source text names (the first one of "a; b")."""
        if not source:
            return None
        return self._links.get(source) or self._links.get(source.split("; ")[0].split(" (derived")[0])

    def pdf_href(self, document: Row, page: int | None = None) -> str | None:
        path = document.get("path")
        if not path:
            return None
        uri = Path(path).resolve().as_uri()
        return f"{uri}#page={page}" if page else uri

    def u(self, text: str) -> str:
        """A label written for 万元, in the page's unit."""
        return text.replace("万元", self.unit)

    def amount(self, amount: Decimal | None) -> str:
        return display_amount(amount, self.unit)

    def value(self, amount: Decimal | None) -> float | None:
        """A chart value in the page's unit."""
        if amount is None:
            return None
        return float(Decimal(amount) if self.unit == "元" else Decimal(amount) / 10000)

    def num(self, amount: Decimal | None, source: str | None, css: str | None = None) -> Cell:
        """An amount cell: the page's unit for the eye, the exact 元 value and the source in the tooltip,
        a link to the PDF page it was printed on."""
        if amount is None:
            return Cell("", numeric=True, css=css)
        title = exact_yuan(amount) + (f" · 来源 source: {source}" if source else "")
        return Cell(self.amount(amount), title=title, numeric=True, href=self.link(source), css=css)


def _pct(value: Decimal | None, source: str | None = None) -> Cell:
    return Cell("" if value is None else f"{value}%", title=f"来源 source: {source}" if source else None, numeric=True)


def _subject(line_key: str, label: str | None) -> str:
    return "合计 total" if line_key == "total" else f"{line_key} {label or ''}".strip()


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
        if doc["document_id"] not in src.by_id:  # a peer's document: not in this page's documents table
            links.append(Markup(f'<a href="{htmlmod.escape(pdf)}">{label}</a>' if pdf else label))
            continue
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
                y=[src.value(r[column]) for r in rows],
                customdata=[_hover(src.text(r["file_name"], r["summary_page"])) for r in rows],
                hovertemplate=src.u("%{x}: %{y:,.2f} 万元<br>%{customdata}<extra>%{fullData.name}</extra>"),
            )
    fig.update_layout(
        barmode="group", yaxis_title=src.u("万元"), xaxis_type="category", title=src.u("收支总额（万元）")
    )
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
                src.num(r["income_total_yuan"], (s or "") + derived if s else None),
                src.num(r["expenditure_total_yuan"], (s or "") + derived if s else None),
                src.num(r["basic_yuan"], bp),
                src.num(r["project_yuan"], bp),
                src.num(r["carryover_begin_yuan"], s),
                src.num(r["carryover_end_yuan"], s),
                src.num(r["grand_total_yuan"], s, css="key"),
                Cell(s or "", href=f"#{src.anchor(r['document_id'])}"),
            ]
        )
    return Section(
        "totals",
        "收支总额 Totals by year",
        src.u(
            "From each document's 收入支出决算总表 / 财务收支预算总表 (basic/project from the 支出表). Amounts in 万元."
        ),
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
            y=[src.value(r["amount_yuan"]) if r else None for r in cells],
            customdata=[
                [f"{r['share_pct']}%" if r else "", _hover(src.text(r["file_name"], r["page"])) if r else ""]
                for r in cells
            ],
            hovertemplate=src.u(
                "%{x}: %{y:,.2f} 万元 (%{customdata[0]})<br>%{customdata[1]}<extra>%{fullData.name}</extra>"
            ),
        )
    fig.update_layout(barmode="stack", yaxis_title=src.u("万元"), title=src.u("支出功能分类构成（万元）"))
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
                cell = src.num(r["amount_yuan"], source)
                row.append(Cell(f"{cell.text} ({r['share_pct']}%)", cell.title, True, cell.href))
        rows.append(row)
    return Section(
        "composition",
        "支出功能分类构成 Composition by function class",
        src.u(
            "Each class's amount in 万元 and its share of the year's classes (from the summary's expenditure lines)."
        ),
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
                y=[src.value(r["final_yuan"]) for r in rows],
                customdata=[_hover(src.text(r["final_file_name"], r["final_page"])) for r in rows],
                hovertemplate=src.u("%{x}: %{y:,.2f} 万元<br>%{customdata}<extra>%{fullData.name}</extra>"),
            )
        if item == "total" and any(r["budget_yuan"] is not None for r in rows):
            fig.add_scatter(
                name=f"预算数 {label}",
                mode="lines+markers",
                line={"dash": "dash"},
                x=[str(r["fiscal_year"]) for r in rows],
                y=[src.value(r["budget_yuan"]) for r in rows],
                customdata=[_hover(_budget_source(r, src)) for r in rows],
                hovertemplate=src.u("%{x}: %{y:,.2f} 万元<br>%{customdata}<extra>%{fullData.name}</extra>"),
            )
    if data.office_operation:
        fig.add_scatter(
            name="机关运行经费 office operation (预算)",
            mode="lines+markers",
            line={"dash": "dot"},
            yaxis="y2",
            x=[str(r["fiscal_year"]) for r in data.office_operation],
            y=[src.value(r["budget_yuan"]) for r in data.office_operation],
            customdata=[_hover(src.text(r["budget_file_name"], r["budget_page"])) for r in data.office_operation],
            hovertemplate=src.u("%{x}: %{y:,.2f} 万元<br>%{customdata}<extra>%{fullData.name}</extra>"),
        )
        fig.add_scatter(
            name="机关运行经费 office operation (决算)",
            mode="lines+markers",
            yaxis="y2",
            x=[str(r["fiscal_year"]) for r in data.office_operation],
            y=[src.value(r["final_yuan"]) for r in data.office_operation],
            customdata=[_hover(src.text(r["final_file_name"], r["final_page"])) for r in data.office_operation],
            hovertemplate=src.u("%{x}: %{y:,.2f} 万元<br>%{customdata}<extra>%{fullData.name}</extra>"),
        )
        fig.update_layout(yaxis2={"title": src.u("机关运行经费 万元"), "overlaying": "y", "side": "right"})
    fig.update_layout(
        xaxis_type="category", yaxis_title=src.u("三公 万元"), title=src.u("“三公”经费与机关运行经费（万元）")
    )
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
                src.num(r["budget_yuan"], bs),
                src.num(r["final_yuan"], fs),
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
                src.num(r["budget_yuan"], bs),
                src.num(r["final_yuan"], fs),
                _pct(r["execution_rate"]),
                src.num(r["basic_public_yuan"], r["final_file_name"]),
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
        src.u("预算数 from the 决算's own 预算数 column where it prints one, else from the 预算 document. 万元."),
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
            x=[src.value(r["budget_yuan"]) for r in rows],
            orientation="h",
            customdata=[_hover(src.text(r["budget_file_name"], r["budget_page"])) for r in rows],
            hovertemplate=src.u("%{y}: %{x:,.2f} 万元<br>%{customdata}<extra>预算</extra>"),
        )
        fig.add_bar(
            name="决算 final",
            y=labels,
            x=[src.value(r["final_yuan"]) for r in rows],
            orientation="h",
            customdata=[_hover(src.text(r["final_file_name"], r["final_page"])) for r in rows],
            hovertemplate=src.u("%{y}: %{x:,.2f} 万元<br>%{customdata}<extra>决算</extra>"),
        )
        fig.update_layout(
            barmode="group",
            title=src.u(f"{latest} 预算 vs 决算（类/款，万元）"),
            xaxis_title=src.u("万元"),
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
                src.num(r["budget_yuan"], src.text(r["budget_file_name"], r["budget_page"])),
                src.num(r["final_yuan"], src.text(r["final_file_name"], r["final_page"])),
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
                src.num(r["budget_yuan"], bs),
                src.num(r["final_yuan"], fs),
                src.num(r["gap_yuan"], f"{bs}; {fs}"),
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
        src.u("Codes compared after the crosswalk. Amounts in 万元."),
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
                row.append(
                    src.num(r["amount_yuan"], src.text(r["file_name"], r["page"])) if r else Cell("", numeric=True)
                )
                if r:
                    links.append((r["file_name"], r["page"]))
            table_rows.append(row)
        caption = src.u(f"{KIND_ZH[kind]} 支出表 合计 (万元)")
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
                src.num(r["amount_yuan"], s),
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
                src.num(r["expected"], s),
                src.num(r["found"], s),
                Cell(" / ".join(m for m in (r["message_zh"], r["message_en"]) if m)),
            ]
        )
    tables: list[tuple[str | None, TableData]] = [("summary", summary)]
    tables.append(("failures and warnings" if rows else "no failures or warnings", TableData(headers, rows)))
    return Section("quality", title, "From published.check_results.", None, [], tables)


RULE_ZH = {
    "cross_year.carryover": "结转结余衔接 carry-over",
    "cross_year.budget_prev": "上年预算数 previous budget",
    "cross_year.code_unlisted": "科目变动未列出 code change unlisted",
    "cross_year.code_change": "科目变动 code change",
    "cross_year.code_mapped": "科目对照 crosswalk",
    "cross_year.yoy_outlier": "同比异动 YoY outlier",
}


def _cross_year(data: DepartmentData, src: Sources) -> Section:
    title = "跨年度核对 Cross-year findings"
    if data.cross_year is None:
        return Section(
            "cross-year", title, None, None, [], [], empty="published.cross_year_findings is not in this warehouse."
        )
    if not data.cross_year_summary:
        return Section(
            "cross-year",
            title,
            None,
            None,
            [],
            [],
            empty="No consecutive years of one kind and scope are published: nothing to compare across years.",
        )
    summary = TableData(
        ["规则 rule", "严重性 severity", "结果 outcome", "数量 count"],
        [
            [
                Cell(RULE_ZH.get(r["rule_id"], r["rule_id"]), title=r["rule_id"]),
                Cell(r["severity"] or "", css=f"sev-{r['severity']}"),
                Cell(r["outcome"] or ""),
                Cell(str(r["n"]), title="published.cross_year_findings", numeric=True),
            ]
            for r in data.cross_year_summary
        ],
    )
    headers = [
        "年度 years",
        "类型 kind",
        "规则 rule",
        "严重性",
        "表 table",
        "行 line",
        "上年 earlier",
        "本年 later",
        "差额 difference",
        "说明 message",
    ]
    rows = []
    links: list[tuple[str | None, int | None]] = []
    for r in data.cross_year:
        later = src.text(r["file_name"], r["page"])
        earlier = src.text(r["counterpart_file_name"], r["counterpart_page"])
        links += [(r["file_name"], r["page"]), (r["counterpart_file_name"], r["counterpart_page"])]
        rows.append(
            [
                Cell(f"{r['prev_fiscal_year']}→{r['fiscal_year']}"),
                Cell(KIND_ZH.get(r["report_kind"], r["report_kind"])),
                Cell(RULE_ZH.get(r["rule_id"], r["rule_id"]), title=r["rule_id"]),
                Cell(r["severity"] or "", css=f"sev-{r['severity']}"),
                Cell(r["table_key"] or ""),
                Cell(r["line_key"] or ""),
                src.num(r["expected"], earlier),
                src.num(r["found"], later),
                src.num(r["difference"], f"{later}; {earlier}" if later and earlier else later),
                Cell(" / ".join(m for m in (r["message_zh"], r["message_en"]) if m), css="msg"),
            ]
        )
    tables: list[tuple[str | None, TableData]] = [("summary", summary)]
    tables.append(
        (
            "findings (warnings, errors and info notes)" if rows else "every cross-year check passed",
            TableData(headers, rows),
        )
    )
    return Section(
        "cross-year",
        title,
        src.u(
            "Each later year's document against the same department's document of the previous year "
            "(published.cross_year_findings): 上年 is the earlier year's figure, 本年 the later year's. 万元."
        ),
        None,
        _source_links(src, links),
        tables,
    )


def _peers(data: DepartmentData, src: Sources, pages: dict[str, str]) -> Section:
    title = "同年同级比较 Peers of the same year"
    if not data.peers:
        kinds = {d["report_kind"] for d in data.documents}
        why = (
            "No other department's budget of the same year and scope is published."
            if "budget" in kinds
            else "Peers are compared for budgets; this department publishes none."
        )
        return Section("peers", title, None, None, [], [], empty=why)
    tables: list[tuple[str | None, TableData]] = []
    for block in data.peers:
        src.add(block.departments)
        tables.append(_peer_three_public(block, data, src, pages))
        tables.append(_peer_composition(block, data, src, pages))
    return Section(
        "peers",
        title,
        src.u(
            "Every published budget of the same fiscal year and scope (published.totals_by_year, "
            "three_public_by_year, function_class_composition); this department's row first. Every number "
            "links to the page of the budget it was printed in. 万元."
        ),
        None,
        [],  # one link per peer document would drown the section: the numbers link instead
        tables,
    )


def _peer_name(r: Row, data: DepartmentData, pages: dict[str, str]) -> Cell:
    own = r["department"] == data.department
    href = None if own else pages.get(r["department"])
    return Cell(r["department"], href=href, css="self" if own else None)


def _peer_three_public(
    block: Peers, data: DepartmentData, src: Sources, pages: dict[str, str]
) -> tuple[str, TableData]:
    headers = [
        "部门 department",
        "地区 place",
        "本年支出合计 expenditure",
        "基本支出 basic",
        "“三公”合计",
        "因公出国（境）",
        "公务用车",
        "公务接待",
        "三公/基本支出",
    ]
    rows = []
    for r in block.departments:
        s = src.text(r["file_name"], r["summary_page"])
        bp = src.text(r["file_name"], r["basic_project_page"])
        tp = src.text(r["file_name"], r["tp_page"])
        share = r["tp_share_of_basic_pct"]
        rows.append(
            [
                _peer_name(r, data, pages),
                Cell(r["place"]),
                src.num(r["expenditure_total_yuan"], s),
                src.num(r["basic_yuan"], bp),
                src.num(r["tp_total_yuan"], tp, css="key"),
                src.num(r["tp_overseas_travel_yuan"], tp),
                src.num(r["tp_vehicle_total_yuan"], tp),
                src.num(r["tp_reception_yuan"], tp),
                _pct(share, f"{tp}; {bp}" if share is not None else None),
            ]
        )
    scope = SCOPE_ZH.get(block.scope, block.scope)
    return f"{block.fiscal_year} 预算 “三公”经费 ({scope}, {len(rows)} budgets)", TableData(headers, rows)


def _peer_composition(block: Peers, data: DepartmentData, src: Sources, pages: dict[str, str]) -> tuple[str, TableData]:
    names: dict[str, str] = {}
    for r in block.composition:
        names.setdefault(r["class_code"], r["class_name"])
    by_key = {(r["document_id"], r["class_code"]): r for r in block.composition}
    rows = []
    for d in block.departments:
        row = [_peer_name(d, data, pages)]
        for code in sorted(names):
            r = by_key.get((d["document_id"], code))
            if r is None:
                row.append(Cell("", numeric=True))
                continue
            source = src.text(r["file_name"], r["page"])
            cell = src.num(r["amount_yuan"], source)
            row.append(Cell(f"{r['share_pct']}%", cell.title, True, cell.href))
        rows.append(row)
    headers = ["部门 department", *[f"{c} {names[c]}" for c in sorted(names)]]
    return f"{block.fiscal_year} 预算 支出功能分类构成 composition (share of the year's classes)", TableData(
        headers, rows
    )


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
td.self { font-weight: bold; background: #fff6d6; }
td.msg { font-size: 0.9em; max-width: 36em; }
td.num a { color: inherit; text-decoration: none; border-bottom: 1px dotted #4c78a8; }
tr:target { background: #ffe9a8; }
.figure { border: 1px solid #e3e3e3; margin: 0.5em 0; }
</style>
<script type="text/javascript" src="{{ plotly_src }}"></script>
</head>
<body>
{% if index_href %}<p class="meta"><a href="{{ index_href }}">← 全部部门 all departments</a></p>{% endif %}
<h1>{{ department }}</h1>
<p class="meta">{% if place %}<span class="place">{{ place }}</span> · {% endif %}预算与决算 budgets and final accounts
{{ years }} · {{ n_documents }} document(s) · 金额单位 amounts in <b id="unit">{{ unit }}</b>
(exact 元 in each number's tooltip) · generated {{ generated_at }} from <code>{{ warehouse }}</code>
by budgetwh report · every number links to the PDF page it was printed on; hover for the document and page.</p>
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


PLOTLY_FILE = "plotly.min.js"  # written once beside the pages (generate_reports): offline, one copy per site


def plotly_js() -> str:
    """plotly.js as bundled with the plotly package (no network)."""
    global _plotly_js
    if _plotly_js is None:
        _plotly_js = get_plotlyjs()
    return _plotly_js


def render_department(
    data: DepartmentData,
    warehouse: str | Path,
    generated_at: datetime | None = None,
    pages: dict[str, str] | None = None,
    plotly_src: str = PLOTLY_FILE,
    index_href: str | None = "index.html",
) -> str:
    """The whole HTML page of one department; `pages` maps department → its page's file name (peer links)."""
    src = Sources(data.documents, data.unit)
    sections = [
        _totals(data, src),
        _composition(data, src),
        _three_public(data, src),
        _budget_vs_final(data, src),
        _subject_trend(data, src),
        _cross_year(data, src),
        _peers(data, src, pages or {}),
        _unmatched(data, src),
        _quality(data, src),
    ]
    years = data.years
    when = (generated_at or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    return _page.render(
        department=data.department,
        place=data.place,
        unit=data.unit,
        years=f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0]),
        n_documents=len(data.documents),
        generated_at=when,
        warehouse=str(warehouse),
        notes=data.notes,
        sections=sections,
        documents=_documents_table(data, src),
        doc_anchors=[src.anchor(d["document_id"]) for d in data.documents],
        plotly_src=plotly_src,
        index_href=index_href,
        table=lambda t: Markup(_table.render(t=t)),
        cell=lambda c: Markup(_cell.render(c=c)),
    )


INDEX = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="budgetwh report">
<title>预算与决算 departments — budgetwh report</title>
<style>
body { font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", sans-serif;
       margin: 0 auto; max-width: 1200px; padding: 0 24px 48px; color: #222; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
.meta { color: #555; font-size: 0.9em; }
form { margin: 1em 0; display: flex; gap: 1em; flex-wrap: wrap; align-items: center; }
input, select { font: inherit; padding: 3px 6px; }
table { border-collapse: collapse; font-size: 0.9em; width: 100%; }
th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: left; }
th { background: #eef2f7; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.kind { display: inline-block; padding: 0 6px; margin-right: 4px; border-radius: 3px; font-size: 0.85em; }
.kind-budget { background: #dde9f7; } .kind-final_account { background: #e3f2dd; }
tr[hidden] { display: none; }
</style>
</head>
<body>
<h1>预算与决算 budgets and final accounts</h1>
<p class="meta">{{ entries|length }} departments · {{ n_documents }} published documents · generated {{ when }}
by budgetwh report from <code>{{ warehouse }}</code>. Each name opens the department's page: its series across
years, cross-year findings and, for a budget, its peers of the same year.</p>
<form id="filters" onsubmit="return false">
<label>筛选 filter <input id="q" type="search" placeholder="部门或地区 department or place" autocomplete="off"></label>
<label>地区 place <select id="place"><option value="">全部 all</option>
{% for p in places %}<option value="{{ p }}">{{ p }}</option>{% endfor %}</select></label>
<label>类型 kind <select id="kind"><option value="">全部 all</option>
<option value="budget">预算 budget</option><option value="final_account">决算 final account</option></select></label>
<label>年度 year <select id="year"><option value="">全部 all</option>
{% for y in years %}<option value="{{ y }}">{{ y }}</option>{% endfor %}</select></label>
<span id="shown" class="meta">{{ entries|length }} shown</span>
</form>
<table id="departments">
<thead><tr><th>部门 department</th><th>地区 place</th><th>年度 years</th><th>类型 kinds</th><th>范围 scope</th>
<th>文件 documents</th><th>跨年度发现 cross-year findings</th></tr></thead>
<tbody>
{% for e, href in rows %}<tr data-name="{{ e.department }}" data-place="{{ e.place }}"
 data-kinds=" {{ e.kinds|join(' ') }} " data-years=" {{ e.years|join(' ') }} ">
<td><a href="{{ href }}">{{ e.department }}</a></td><td>{{ e.place or "—" }}</td>
<td>{{ e.years|join(", ") }}</td>
<td>{% for k in e.kinds %}<span class="kind kind-{{ k }}">{{ kind_zh.get(k, k) }}</span>{% endfor %}</td>
<td>{{ e.scopes|map("scope_zh")|join(", ") }}</td>
<td class="num">{{ e.documents }}</td><td class="num">{{ e.findings }}</td></tr>
{% endfor %}
</tbody></table>
<script>
// Filtering in the page itself (no network): a row stays when it matches every filter.
(function () {
  var f = function (id) { return document.getElementById(id); };
  function apply() {
    var q = f("q").value.trim(), p = f("place").value, k = f("kind").value, y = f("year").value, n = 0;
    document.querySelectorAll("#departments tbody tr").forEach(function (tr) {
      var d = tr.dataset, ok = (!q || (d.name + d.place).indexOf(q) >= 0) && (!p || d.place === p)
        && (!k || d.kinds.indexOf(" " + k + " ") >= 0) && (!y || d.years.indexOf(" " + y + " ") >= 0);
      tr.hidden = !ok; if (ok) n++;
    });
    f("shown").textContent = n + " shown";
  }
  ["q", "place", "kind", "year"].forEach(function (id) { f(id).addEventListener("input", apply); });
  var params = new URLSearchParams(location.search);  // ?place=…&kind=…&year=…&q=… preselects
  ["q", "place", "kind", "year"].forEach(function (id) { if (params.get(id)) f(id).value = params.get(id); });
  apply();
})();
</script>
</body>
</html>
"""


def render_index(
    entries: list[IndexEntry],
    pages: dict[str, str],
    warehouse: str | Path = "",
    generated_at: datetime | None = None,
) -> str:
    """index.html: every department with its place, years and kinds, filterable offline, linking to its page."""
    when = (generated_at or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    env = _env.overlay()
    env.filters["scope_zh"] = lambda s: SCOPE_ZH.get(s, s)
    shown = [e for e in entries if e.department in pages]
    return env.from_string(INDEX).render(
        entries=shown,
        rows=[(e, pages[e.department]) for e in shown],
        places=sorted({e.place for e in shown if e.place}),
        years=sorted({y for e in shown for y in e.years}),
        n_documents=sum(e.documents for e in shown),
        kind_zh=KIND_ZH,
        when=when,
        warehouse=str(warehouse),
    )
