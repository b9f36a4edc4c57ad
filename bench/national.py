"""make national: ingest the whole national corpus into a scratch warehouse, report per family.

    .venv/bin/python bench/national.py [--corpus DIR] [--workers N] [--warehouse FILE] [--only FAMILY]

Reads ../shared/corpus/national (or $BUDGETWH_NATIONAL_CORPUS) and its MANIFEST.tsv (family per
file), ingests every PDF through the same code as `budgetwh ingest` (Dagster assets, quality gate,
publication) into a fresh DuckDB file, and prints, per family: files, pages, published,
quarantined, rejected, tables found, facts and seconds; then every rejection and every quarantine
with its reason. The tables are Markdown, so the output can be pasted into docs/corpus.md.
Measures, never asserts: not part of `make test`.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import sys
import tempfile
import time
import warnings
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NATIONAL = Path(os.environ.get("BUDGETWH_NATIONAL_CORPUS") or ROOT.parent / "shared" / "corpus" / "national")


def manifest(corpus: Path) -> dict[str, dict[str, str]]:
    """file (relative to the corpus) → its MANIFEST row; the family is the first path segment."""
    path = corpus / "MANIFEST.tsv"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8", newline="") as fh:
        return {row["file"]: row for row in csv.DictReader(fh, delimiter="\t")}


def family_of(relative: str) -> str:
    return relative.split("/", 1)[0]


def markdown(columns: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "|".join(" --- " for _ in columns) + "|"]
    lines += ["| " + " | ".join("" if v is None else str(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=NATIONAL)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--warehouse", type=Path, help="keep the scratch warehouse here (default: a temp file)")
    parser.add_argument("--only", help="only this family (first folder name, e.g. 深圳市)")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")

    from dagster import DagsterInstance

    from pipelines.defs.parallel import ingest_files_parallel
    from pipelines.defs.resources import warehouse_resource
    from pipelines.staging import done_records, staging_root

    corpus = args.corpus.resolve()
    if not corpus.is_dir():
        print(f"national corpus not found: {corpus}", file=sys.stderr)
        return 2
    rows = manifest(corpus)
    files = sorted(corpus.rglob("*.pdf"))
    if args.only:
        files = [f for f in files if family_of(str(f.relative_to(corpus))) == args.only]
    scratch = tempfile.TemporaryDirectory(prefix="budgetwh-national-")
    db = (args.warehouse or Path(scratch.name) / "national.duckdb").resolve()
    if db.exists():
        db.unlink()
    shutil.rmtree(staging_root(db), ignore_errors=True)
    print(f"ingesting {len(files)} PDFs from {corpus} into {db} with {args.workers} workers …", flush=True)

    seconds: dict[str, float] = {}
    last = [time.perf_counter()]

    def on_result(result) -> None:
        now = time.perf_counter()
        seconds[result.path] = now - last[0]  # writer-side wall time since the previous document
        last[0] = now
        mark = "✓" if result.ok else ("!" if result.status == "quarantined" else "✗")
        detail = f" — {result.message}" if result.message else ""
        print(f"{mark} {Path(result.path).relative_to(corpus)}: {result.status}{detail}"[:400], flush=True)

    started = time.perf_counter()
    results = ingest_files_parallel(
        files, DagsterInstance.ephemeral(), warehouse_resource(db), on_result=on_result, workers=args.workers
    )
    wall = time.perf_counter() - started

    by_family: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    problems: list[list] = []
    for result in results:
        relative = str(Path(result.path).relative_to(corpus))
        family = family_of(relative)
        f = by_family[family]
        f["files"] += 1
        f["pages"] += int(rows.get(relative, {}).get("pages") or 0)
        f["seconds"] += seconds.get(result.path, 0.0)
        if result.ok:
            f["published"] += 1
            f["tables"] += result.tables
            f["facts"] += result.facts
        elif result.status == "quarantined":
            f["quarantined"] += 1
            f["tables"] += result.tables
            f["facts"] += result.facts
            problems.append([family, relative, "quarantined", result.message])
        else:
            f["rejected"] += 1
            problems.append([family, relative, result.status, result.message])

    columns = ["family", "files", "pages", "published", "quarantined", "rejected", "tables", "facts", "seconds"]
    table = []
    totals: dict[str, float] = defaultdict(float)
    for family in sorted(by_family):
        f = by_family[family]
        table.append([family, *(int(f[c]) for c in columns[1:-1]), f"{f['seconds']:.0f}"])
        for c in columns[1:]:
            totals[c] += f[c]
    table.append(["**all**", *(int(totals[c]) for c in columns[1:-1]), f"{totals['seconds']:.0f}"])
    print()
    print(markdown(columns, table))
    published = int(totals["published"])
    print(
        f"\n{published} of {len(results)} published ({100 * published / max(len(results), 1):.1f}%), "
        f"{int(totals['quarantined'])} quarantined, {int(totals['rejected'])} rejected; "
        f"{int(totals['pages'])} pages in {wall:.0f} s ({wall / max(totals['pages'], 1):.3f} s per page)"
    )
    if problems:
        print()
        print(markdown(["family", "file", "outcome", "reason"], [[*p[:3], (p[3] or "")[:300]] for p in problems]))
    stages = [s for s in done_records(staging_root(db)) if not s.rejected]
    if stages:
        extraction = sum(s.extraction_seconds for s in stages)
        gate = sum(s.gate_seconds for s in stages)
        staging = sum(s.stage_seconds for s in stages) - gate
        print(
            f"\nworker time over {len(stages)} extracted documents: extraction {extraction:.0f} s, "
            f"quality gate (document-local families, on the worker) {gate:.0f} s, "
            f"in-memory load + Parquet {staging:.0f} s; wall {wall:.0f} s with {args.workers} workers"
        )
    if args.warehouse:
        print(f"\nwarehouse kept at {db}")
    scratch.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
