"""The department report: one self-contained HTML page per department (`budgetwh report`).

    data.py   what the page shows, read from the published views (load_department)
    html.py   plotly figures + tables → one HTML string (render_department)

generate_reports(warehouse, out_dir, department=None) writes <out_dir>/<department>.html for each
department (all of them, or the one named) plus index.html, and says how long each page took.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

from pipelines.report.data import MissingViewsError, departments, load_department
from pipelines.report.html import render_department, render_index
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
    """The department's name as a file name (path separators and control characters replaced)."""
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", department).strip() + ".html"


def generate_reports(warehouse: str | Path, out_dir: str | Path, department: str | None = None) -> list[ReportResult]:
    """Write one report per department (or only `department`); raises LookupError for an unknown one."""
    warehouse = Path(warehouse)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    con = connect_with_retry(warehouse, read_only=True)
    results: list[ReportResult] = []
    try:
        names = departments(con)
        if department is not None:
            if department not in names:
                raise LookupError(
                    f"no department {department!r} in the warehouse; known: {', '.join(names) or '(none)'}"
                )
            names = [department]
        for name in names:
            t0 = time.perf_counter()
            data = load_department(con, name)
            t1 = time.perf_counter()
            page = render_department(data, warehouse)
            target = out / report_file_name(name)
            target.write_text(page, encoding="utf-8")
            t2 = time.perf_counter()
            results.append(ReportResult(name, target, len(data.documents), t1 - t0, t2 - t1, len(page.encode())))
    finally:
        con.close()
    if department is None:
        index = render_index([(r.department, r.path.name, r.documents) for r in results])
        (out / "index.html").write_text(index, encoding="utf-8")
    return results
