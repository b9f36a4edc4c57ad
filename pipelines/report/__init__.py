"""The department report site (`budgetwh report`): index.html plus one HTML page per department.

    data.py   what the pages show, read from the published views (load_department, site_index)
    html.py   plotly figures + tables → HTML strings (render_department, render_index)

generate_reports(warehouse, out_dir, department=None) writes <out_dir>/<slug>.html for each
department (all of them, or the one named), plotly.min.js once beside them (the pages open offline,
from file://), and index.html listing every department; it says how long each page took.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

from pipelines.report.data import (
    MissingViewsError,
    PeerCache,
    check_views,
    departments,
    load_department,
    site_index,
)
from pipelines.report.html import PLOTLY_FILE, plotly_js, render_department, render_index
from pipelines.store.schema import connect_with_retry

__all__ = ["MissingViewsError", "ReportResult", "generate_reports", "report_file_name"]


@dataclass(frozen=True)
class ReportResult:
    department: str
    path: Path
    documents: int
    query_seconds: float
    render_seconds: float
    bytes: int

    @property
    def seconds(self) -> float:
        return self.query_seconds + self.render_seconds


def report_file_name(department: str) -> str:
    """A department's page: a stable, filesystem- and URL-safe name from the name as printed
    (the same department always gets the same file; no Chinese characters in paths)."""
    return "dept-" + hashlib.sha256(department.encode("utf-8")).hexdigest()[:12] + ".html"


def _write_plotly(out: Path) -> None:
    target = out / PLOTLY_FILE
    js = plotly_js()
    if not target.exists() or target.stat().st_size != len(js.encode()):
        target.write_text(js, encoding="utf-8")


def generate_reports(warehouse: str | Path, out_dir: str | Path, department: str | None = None) -> list[ReportResult]:
    """Write the site (or only `department`'s page, leaving index.html as it is); raises LookupError
    for an unknown department."""
    warehouse = Path(warehouse)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    con = connect_with_retry(warehouse, read_only=True)
    results: list[ReportResult] = []
    try:
        check_views(con)
        names = departments(con)
        pages = {n: report_file_name(n) for n in names}  # peers link to each other's pages
        if department is not None:
            if department not in names:
                raise LookupError(
                    f"no department {department!r} in the warehouse; known: {', '.join(names) or '(none)'}"
                )
            names = [department]
        _write_plotly(out)
        peer_cache: PeerCache = {}  # one query per (year, scope) for the whole site
        index_href = "index.html" if department is None or (out / "index.html").exists() else None
        for name in names:
            t0 = time.perf_counter()
            data = load_department(con, name, peer_cache)
            t1 = time.perf_counter()
            page = render_department(data, warehouse, pages=pages, index_href=index_href)
            target = out / pages[name]
            target.write_text(page, encoding="utf-8")
            t2 = time.perf_counter()
            results.append(ReportResult(name, target, len(data.documents), t1 - t0, t2 - t1, len(page.encode())))
        if department is None:
            index = render_index(site_index(con), pages, warehouse)
            (out / "index.html").write_text(index, encoding="utf-8")
    finally:
        con.close()
    return results
