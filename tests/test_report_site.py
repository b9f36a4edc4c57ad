"""budgetwh report as a site: index.html (every department with place, years, kinds; filterable
offline) linking to per-department pages with the multi-year series, the cross-year findings and,
for a budget, the peers of the same year — opened in headless Chromium, a link followed, numbers
checked against the rendered PDF pages.

Figures (eye-checked on the rendered pages):
- 上海市普陀区人民政府万里街道办事处24年预算.pdf p. 10 (单位：元): 支出总计 156,211,123; 二、公共安全支出 1,633,000
- same, p. 17 (支出表, 元): 204 公共安全支出 1,633,000
- 上海市普陀区人民政府万里街道办事处25年预算.pdf p. 15 (元): 204 公共安全支出 2,878,025
- 万里 24年预算 p. 31 (“三公”, 单位:万元): 合计 47.91, 公务接待费 1.35
- sample 攀枝花市东区人力资源和社会保障局2024年部门预算.pdf p. 20 (单位:万元): “三公” 合计 2.80, 公务接待费 1.10
- sample 攀枝花市东区人力资源和社会保障局2022年部门预算.pdf p. 11 (单位：元): 208 社会保障和就业支出 19,607,084.96
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from html import unescape
from pathlib import Path
from urllib.parse import urljoin

import pytest
from test_marts import build_marts_warehouse

from pipelines.report import generate_reports, report_file_name
from pipelines.report.data import display_unit, place_of
from pipelines.samples.figures import SAMPLE_DEPARTMENT

WANLI = "上海市普陀区人民政府万里街道办事处"
WANLI_24 = f"{WANLI}24年预算.pdf"
WANLI_25 = f"{WANLI}25年预算.pdf"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SCREENSHOT = Path(os.environ.get("BUDGETWH_SITE_SCREENSHOT") or Path(tempfile.gettempdir()) / "report_index.png")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    db = build_marts_warehouse(tmp_path_factory.mktemp("marts"))  # shared with test_marts / test_report
    out = tmp_path_factory.mktemp("site")
    results = generate_reports(db, out)
    assert {r.department for r in results} == {WANLI, SAMPLE_DEPARTMENT}
    return out


def _page(site: Path, department: str) -> str:
    return (site / report_file_name(department)).read_text(encoding="utf-8")


def _cell(title: str, text: str, page: int) -> str:
    """A number cell: exact 元 + source in the tooltip, the display text linking to file#page=N."""
    return rf'title="{re.escape(title)}"><a href="file://[^"]*#page={page}">{re.escape(text)}</a>'


# ------------------------------------------------------------------ units


def test_place_is_the_warehouses(tmp_path_factory):
    """The report shows the place the warehouse decides (published.department_places, from
    warehouse/reference/places.csv; its rules are tested in test_department_marts)."""
    import duckdb

    db = build_marts_warehouse(tmp_path_factory.mktemp("marts"))
    with duckdb.connect(str(db), read_only=True) as con:
        assert place_of(con, WANLI) == "上海市普陀区"
        assert place_of(con, SAMPLE_DEPARTMENT) == "攀枝花市东区"
        assert place_of(con, "测试局") == ""


def test_display_unit_per_page():
    assert display_unit({"a": Counter({"元": 868, "万元": 7}), "b": Counter({"元": 868, "万元": 7})}) == "元"
    # a 万元-printed document on the page: everything in 万元 (no digits the document never printed)
    assert display_unit({"a": Counter({"元": 386, "万元": 7}), "b": Counter({"万元": 239})}) == "万元"
    assert display_unit({}) == "万元"


# ------------------------------------------------------------------ html


def test_index_lists_every_department(site):
    index = (site / "index.html").read_text(encoding="utf-8")
    rows = re.findall(
        r'<tr data-name="([^"]+)" data-place="([^"]*)"\s+data-kinds=" ([^"]*) " data-years=" ([^"]*) ">', index
    )
    assert sorted(rows) == [
        (WANLI, "上海市普陀区", "budget", "2024 2025"),
        (SAMPLE_DEPARTMENT, "攀枝花市东区", "budget final_account", "2021 2022 2023 2024"),
    ]
    for name in (WANLI, SAMPLE_DEPARTMENT):
        assert f'<a href="{report_file_name(name)}">{name}</a>' in index
        assert re.fullmatch(r"dept-[0-9a-f]{12}\.html", report_file_name(name))
    assert report_file_name(WANLI) == report_file_name(WANLI)  # stable
    assert '<option value="上海市普陀区">' in index and '<option value="攀枝花市东区">' in index
    # offline: inline script only, nothing fetched
    assert not re.search(r"<script[^>]+src=", index) and "http" not in index
    assert (site / "plotly.min.js").stat().st_size > 3_000_000


def test_wanli_page_in_yuan_with_series_findings_and_peers(site):
    page = _page(site, WANLI)
    assert 'id="unit">元<' in page  # its budgets print in 元 (the 三公 table alone in 万元)
    # the series: 支出总计 2024 (p. 10) and 204 公共安全支出 in both years
    assert re.search(_cell(f"156,211,123.00 元 · 来源 source: {WANLI_24}, p. 10", "156,211,123.00", 10), page)
    assert re.search(_cell(f"1,633,000.00 元 · 来源 source: {WANLI_24}, p. 17", "1,633,000.00", 17), page)
    assert re.search(_cell(f"2,878,025.00 元 · 来源 source: {WANLI_25}, p. 15", "2,878,025.00", 15), page)
    # 三公 printed as 47.91 万元 shows in the page's unit, exact in the tooltip
    assert re.search(_cell(f"479,100.00 元 · 来源 source: {WANLI_24}, p. 31", "479,100.00", 31), page)
    # cross-year: the YoY outlier of 204, both documents and pages
    cross = page[page.index('<section id="cross-year">') : page.index('<section id="peers">')]
    assert "同比异动 YoY outlier" in cross and "2024→2025" in cross
    assert re.search(_cell(f"1,633,000.00 元 · 来源 source: {WANLI_24}, p. 17", "1,633,000.00", 17), cross)
    assert re.search(_cell(f"2,878,025.00 元 · 来源 source: {WANLI_25}, p. 15", "2,878,025.00", 15), cross)
    assert "1,245,025.00" in cross  # the change
    # peers of 2024: the sample department's 2024 budget, linked to its page, in 元 here
    peers = page[page.index('<section id="peers">') : page.index('<section id="unmatched">')]
    assert "2024 预算 “三公”经费" in peers and "2025 预算" not in peers  # no other 2025 budget
    assert f'<a href="{report_file_name(SAMPLE_DEPARTMENT)}">{SAMPLE_DEPARTMENT}</a>' in peers
    sample_24 = f"{SAMPLE_DEPARTMENT}2024年部门预算.pdf"
    assert re.search(_cell(f"28,000.00 元 · 来源 source: {sample_24}, p. 20", "28,000.00", 20), peers)
    assert re.search(_cell(f"11,000.00 元 · 来源 source: {sample_24}, p. 20", "11,000.00", 20), peers)
    assert re.search(_cell(f"13,500.00 元 · 来源 source: {WANLI_24}, p. 31", "13,500.00", 31), peers)


def test_sample_page_in_wan_yuan_two_decimals(site):
    page = _page(site, SAMPLE_DEPARTMENT)
    assert 'id="unit">万元<' in page  # its 决算 print 万元
    # no 万元 figure with more than two decimals (a 元-printed budget was shown as 1960.708496 万元)
    shown = re.findall(r'<td class="num[^"]*"[^>]*>(?:<a [^>]*>)?([-0-9.,]+)<', page)
    assert shown and not [s for s in shown if re.fullmatch(r"-?[0-9,]*\.[0-9]{3,}", s)]
    assert re.search(r'title="19,607,084.96 元 · 来源 source: [^"]*2022年部门预算.pdf, p. 11"><a [^>]*>1960.71<', page)
    # its peer: 万里's 2024 budget (printed in 元) in 万元, exact in the tooltip
    peers = page[page.index('<section id="peers">') : page.index('<section id="unmatched">')]
    assert re.search(_cell(f"156,211,123.00 元 · 来源 source: {WANLI_24}, p. 10", "15621.11", 10), peers)
    assert re.search(_cell(f"479,100.00 元 · 来源 source: {WANLI_24}, p. 31", "47.91", 31), peers)
    assert f'<a href="{report_file_name(WANLI)}">{WANLI}</a>' in peers
    # its 2021–2023 budgets have no peer budget of that year: only 2024 is compared
    assert peers.count("预算 “三公”经费 (") == 1


# --------------------------------------------------------------- chromium

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]


def _chromium(profile: Path, *args: str) -> str:
    run = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (run `make chromium` as root)")
def test_site_in_headless_chromium(site, tmp_path):
    profile = tmp_path / "profile"
    index_url = (site / "index.html").resolve().as_uri()
    # the filter script: ?kind=final_account leaves the department with final accounts only
    dom = _chromium(profile, "--dump-dom", index_url + "?kind=final_account")
    assert "1 shown" in dom
    assert re.search(rf'<tr data-name="{WANLI}"[^>]*hidden=""', dom)
    assert not re.search(rf'<tr data-name="{SAMPLE_DEPARTMENT}"[^>]*hidden', dom)
    rows = re.findall(r'<tr data-name="([^"]+)"[^>]*>\s*<td><a href="([^"]+)">', dom)
    assert {name for name, _ in rows} == {WANLI, SAMPLE_DEPARTMENT}
    # follow the index's link to 万里's page and read the numbers there as the browser shows them
    href = dict(rows)[WANLI]
    page = unescape(_chromium(profile, "--virtual-time-budget=10000", "--dump-dom", urljoin(index_url, href)))
    assert f"<h1>{WANLI}</h1>" in page and 'id="unit">元<' in page
    assert len(re.findall(r'class="main-svg"', page)) >= 3  # plotly.min.js (beside the page) drew the charts
    assert re.search(_cell(f"156,211,123.00 元 · 来源 source: {WANLI_24}, p. 10", "156,211,123.00", 10), page)
    assert re.search(_cell(f"479,100.00 元 · 来源 source: {WANLI_24}, p. 31", "479,100.00", 31), page)
    assert re.search(_cell(f"2,878,025.00 元 · 来源 source: {WANLI_25}, p. 15", "2,878,025.00", 15), page)
    peer = re.search(rf'<a href="([^"]+)">{SAMPLE_DEPARTMENT}</a>', page)
    assert peer and peer.group(1) == dict(rows)[SAMPLE_DEPARTMENT]  # the peer links to its own page
    shot = tmp_path / "index.png"
    _chromium(profile, "--window-size=1280,720", f"--screenshot={shot}", index_url)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    with contextlib.suppress(OSError):
        shutil.copyfile(shot, SCREENSHOT)  # for a human to look at
