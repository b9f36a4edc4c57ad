"""A generated benchmark corpus: the sample generator's 4 fiscal years for many departments.

The sample generator (pipelines.samples) writes one department's 2021–2024 决算. For the
benchmark the department name is varied deterministically (district × bureau), so every
PDF is a distinct document (its own sha256, department and supersession key) with the
same shapes as the samples: 75 departments × 4 years = 300 department-years by default.
Bench-only: the generator's module constant is swapped while rendering.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pipelines.samples.build as build
import pipelines.samples.narrative as narrative
from pipelines.samples.figures import SAMPLE_YEARS

CITY = "攀枝花市"
DISTRICTS = ("东区", "西区", "仁和区", "米易县", "盐边县")
BUREAUS = (
    "人力资源和社会保障局",
    "财政局",
    "教育局",
    "民政局",
    "司法局",
    "商务局",
    "卫生健康委员会",
    "交通运输局",
    "水利局",
    "农业农村局",
    "文化广电旅游局",
    "应急管理局",
    "审计局",
    "统计局",
    "自然资源局",
)


def departments(n: int) -> list[str]:
    names = [f"{CITY}{d}{b}" for d in DISTRICTS for b in BUREAUS]
    if n > len(names):
        raise ValueError(f"at most {len(names)} departments")
    return names[:n]


@contextmanager
def _department(name: str) -> Iterator[None]:
    saved = build.SAMPLE_DEPARTMENT, narrative.SAMPLE_DEPARTMENT
    build.SAMPLE_DEPARTMENT = narrative.SAMPLE_DEPARTMENT = name
    try:
        yield
    finally:
        build.SAMPLE_DEPARTMENT, narrative.SAMPLE_DEPARTMENT = saved


def build_corpus(out_dir: Path, n_documents: int = 300) -> list[Path]:
    """Write (or reuse) n_documents PDFs under out_dir, department-major order; returns their paths."""
    years = list(SAMPLE_YEARS)
    n_departments = -(-n_documents // len(years))
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for i, department in enumerate(departments(n_departments)):
        for year in years:
            if len(paths) == n_documents:
                return paths
            path = out_dir / f"{i:03d}_{department}{year}年度部门决算.pdf"
            if not path.exists():
                with _department(department):
                    data = build.render_year(year).pdf
                tmp = path.with_suffix(".tmp")
                tmp.write_bytes(data)
                tmp.replace(path)
            paths.append(path)
    return paths
