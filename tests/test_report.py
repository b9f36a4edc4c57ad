"""budgetwh report: one self-contained HTML page per department, checked as HTML (always) and as
rendered by headless Chromium (charts drawn by plotly.js, key numbers on the page, a screenshot)."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from test_marts import _doc, build_marts_warehouse
from typer.testing import CliRunner

from pipelines.cli import app
from pipelines.report import generate_reports, report_file_name
from pipelines.report.data import display_amount, exact_yuan
from pipelines.samples.figures import SAMPLE_DEPARTMENT
from pipelines.store import ensure_schema, write_document

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SCREENSHOT = Path(os.environ.get("BUDGETWH_REPORT_SCREENSHOT") or Path(tempfile.gettempdir()) / "report.png")
FIGURES = ("fig-totals", "fig-composition", "fig-three-public")


@pytest.fixture(scope="module")
def marts_db(tmp_path_factory) -> Path:
    return build_marts_warehouse(tmp_path_factory.mktemp("marts"))  # shared with test_marts when both run


@pytest.fixture(scope="module")
def seed_report(marts_db, tmp_path_factory) -> tuple[Path, float]:
    db = marts_db
    out = tmp_path_factory.mktemp("report")
    started = time.perf_counter()
    results = generate_reports(db, out, SAMPLE_DEPARTMENT)
    seconds = time.perf_counter() - started
    assert [r.department for r in results] == [SAMPLE_DEPARTMENT]
    return results[0].path, seconds


def test_display_amounts_round_for_the_eye_only():
    assert display_amount(Decimal("19607084.96"), "万元") == "1960.71"  # was shown as 1960.708496
    assert display_amount(Decimal("19607084.96"), "元") == "19,607,084.96"
    assert display_amount(Decimal("16487000.00"), "万元") == "1648.70"
    assert display_amount(Decimal("50.00"), "万元") == "0.01"  # half up
    assert display_amount(Decimal("-1245025"), "元") == "-1,245,025.00"
    assert display_amount(None, "元") == ""
    assert exact_yuan(Decimal("19607084.96")) == "19,607,084.96 元"


def test_report_html_has_figures_numbers_and_sources(seed_report):
    path, seconds = seed_report
    assert path.name == report_file_name(SAMPLE_DEPARTMENT)
    page = path.read_text(encoding="utf-8")
    assert seconds < 30, f"report took {seconds:.1f} s"
    # offline: plotly.js is one file beside the pages (written once per site), nothing is fetched
    assert "Plotly.newPlot" in page
    assert '<script type="text/javascript" src="plotly.min.js"></script>' in page
    assert (path.parent / "plotly.min.js").stat().st_size > 3_000_000
    assert re.findall(r"<script[^>]+src=\"([^\"]*)\"", page) == ["plotly.min.js"]
    assert not re.search(r"""<link[^>]+href=["']https?:""", page)
    for fig in FIGURES:
        assert f'id="{fig}"' in page, fig
    # key numbers with their source document and page
    final_2023 = f"{SAMPLE_DEPARTMENT}2023年度部门决算.pdf"
    # (the page is in 万元: its 决算 print 万元; the exact 元 value and the source are the tooltip,
    # the number links to the PDF page)
    assert 'id="unit">万元<' in page
    link = r'<a href="file://[^"]*#page={}">{}</a>'
    assert re.search(
        rf'title="16,487,000.00 元 · 来源 source: {final_2023}, p\. 4">' + link.format(4, "1648\\.70"), page
    )
    assert re.search(rf'title="28,900.00 元 · 来源 source: {final_2023}, p\. 12">' + link.format(12, "2\\.89"), page)
    assert ">569.00<" in page  # 2080101 行政运行 2023
    assert ">61.30<" in page  # 机关运行经费 2023 (情况说明)
    # every document is listed with an anchor the sources link to
    for year in (2021, 2022, 2023, 2024):
        assert f"{SAMPLE_DEPARTMENT}{year}年度部门决算.pdf" in page
    anchors = set(re.findall(r'<tr id="(doc-[0-9a-f]{12})"', page))
    links = set(re.findall(r'href="#(doc-[0-9a-f]{12})"', page))
    assert links and links <= anchors
    # every number cell carries its source
    numbers = re.findall(r'<td class="num[^"]*"( title="[^"]*")?>(?:<a [^>]*>)?([-0-9.,]+%?)<', page)
    assert numbers
    assert all(title for title, text in numbers if not text.endswith("%")), "a number without a source"
    for section in (
        "totals",
        "composition",
        "three-public",
        "budget-vs-final",
        "subject-trend",
        "cross-year",
        "peers",
        "unmatched",
        "quality",
        "documents",
    ):
        assert f'<section id="{section}">' in page, section


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (run `make chromium` as root)")
def test_report_renders_in_headless_chromium(seed_report, tmp_path):
    path, _ = seed_report
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--virtual-time-budget=10000",
    ]
    url = path.resolve().as_uri()
    run = subprocess.run(
        [CHROMIUM, *flags, "--dump-dom", url], capture_output=True, text=True, timeout=120, check=False
    )
    assert run.returncode == 0, run.stderr[-2000:]
    dom = run.stdout
    # plotly drew every chart: one .plot-container and at least one .main-svg per figure
    assert dom.count("plot-container") >= len(FIGURES)
    assert len(re.findall(r'class="main-svg"', dom)) >= len(FIGURES)
    for fig in FIGURES:
        drawn = re.search(rf'id="{fig}"[^>]*class="[^"]*js-plotly-plot', dom) or re.search(
            rf'class="[^"]*js-plotly-plot[^"]*"[^>]*id="{fig}"', dom
        )
        assert drawn, f"{fig} was not drawn"
    assert "1648.70" in dom and "2.89" in dom
    shot = tmp_path / "report.png"
    run = subprocess.run(
        [CHROMIUM, *flags, "--window-size=1280,3600", f"--screenshot={shot}", url],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0 and shot.exists(), run.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000
    with contextlib.suppress(OSError):
        shutil.copyfile(shot, SCREENSHOT)  # for a human to look at


def _small_warehouse(tmp_path: Path) -> Path:
    db = tmp_path / "small.duckdb"
    con = duckdb.connect(str(db))
    ensure_schema(con)
    write_document(con, _doc(1, 2022, "final_account", {"208": "10", "20801": "10"}))
    write_document(con, _doc(2, 2023, "final_account", {"208": "12", "20801": "12"}))
    write_document(con, _doc(3, 2023, "budget", {"208": "15", "20801": "15"}))
    con.execute("DROP VIEW IF EXISTS published.check_results")
    con.close()
    return db


def test_report_without_check_results_degrades_gracefully(tmp_path):
    db = _small_warehouse(tmp_path)
    [result] = generate_reports(db, tmp_path / "out", "测试局")
    page = result.path.read_text(encoding="utf-8")
    assert "published.check_results is not in this warehouse" in page
    assert 'id="fig-budget-vs-final"' in page  # a year with both a budget and a final account
    assert ">80.00%<" in page  # 12 / 15


def test_report_shows_check_results(tmp_path):
    db = _small_warehouse(tmp_path)
    con = duckdb.connect(str(db))
    sha = f"{2:064x}"
    con.execute(
        f"""CREATE VIEW published.check_results AS SELECT * FROM (VALUES
            ('{sha}', 'arith.table_total', 'error', 'fail', 'expenditure', 'total', 5, 120000.00, 120100.00,
             '合计不等于各项之和', 'total differs from the sum of its lines'),
            ('{sha}', 'codes.known', 'error', 'pass', NULL, NULL, NULL, NULL, NULL, NULL, NULL))
            AS t(document_id, rule_id, severity, outcome, table_key, line_key, page, expected, found,
                 message_zh, message_en)"""
    )
    con.close()
    [result] = generate_reports(db, tmp_path / "out", "测试局")
    page = result.path.read_text(encoding="utf-8")
    assert "arith.table_total" in page and "合计不等于各项之和" in page
    # found, with its exact value and page
    assert re.search(
        r'title="120,100.00 元 · 来源 source: 测试局2023final_account.pdf, p. 5">(<a [^>]*#page=5">)?12.01<', page
    )
    assert "published.check_results is not in this warehouse" not in page


def test_cli_report(marts_db, tmp_path):
    db = marts_db
    out = tmp_path / "cli"
    ok = CliRunner().invoke(
        app, ["report", "--department", SAMPLE_DEPARTMENT, "--out", str(out), "--warehouse", str(db)]
    )
    assert ok.exit_code == 0, ok.output
    assert (out / report_file_name(SAMPLE_DEPARTMENT)).exists()
    everyone = CliRunner().invoke(app, ["report", "--out", str(out / "all"), "--warehouse", str(db)])
    assert everyone.exit_code == 0, everyone.output
    assert (out / "all" / "index.html").exists()
    assert {p.name for p in (out / "all").glob("*.html")} == {
        "index.html",
        report_file_name(SAMPLE_DEPARTMENT),
        report_file_name("上海市普陀区人民政府万里街道办事处"),
    }
    unknown = CliRunner().invoke(app, ["report", "--department", "无此部门", "--warehouse", str(db), "--out", str(out)])
    assert unknown.exit_code == 2
    missing = CliRunner().invoke(app, ["report", "--warehouse", str(tmp_path / "none.duckdb"), "--out", str(out)])
    assert missing.exit_code == 2
