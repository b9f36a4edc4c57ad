"""budgetwh benchmark: measures, never asserts.   make bench   |   .venv/bin/python bench/run.py [--docs 300]

(a) the real PDFs (../shared/corpus/real, or $BUDGETWH_REAL_CORPUS):
    extraction per document and per page; plain `camelot.read_pdf(pages="all", flavor="lattice")`
    on the same files and the ratio; end-to-end ingest (Dagster materialize into a fresh
    DuckDB file + published refresh) with 1 and 2 extraction workers.
(c) the national corpus (../shared/corpus/national, or $BUDGETWH_NATIONAL_CORPUS): extraction of
    every PDF, per document and per page (the largest documents listed), and plain camelot lattice
    over all pages on a sample — one PDF per family plus the largest (--national-camelot all for
    every file; plain camelot runs about 0.65 s per page, so the whole corpus takes over an hour).
(b) a generated corpus of --docs department-years (bench/corpus.py, cached in bench/out/corpus):
    extraction per document and per page; end-to-end ingest with 2 workers (documents per
    minute, RSS of the writer and of the workers after 50/100/200/300 documents); the same
    without Dagster (pool extraction + pipelines.store.write_document) for comparison.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import subprocess
import sys
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

REAL_CORPUS = Path(os.environ.get("BUDGETWH_REAL_CORPUS") or Path(__file__).resolve().parents[2] / "shared/corpus/real")
NATIONAL_CORPUS = Path(
    os.environ.get("BUDGETWH_NATIONAL_CORPUS") or Path(__file__).resolve().parents[2] / "shared/corpus/national"
)
OUT = ROOT / "bench" / "out"
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
console = Console(width=150)

PLAIN_CAMELOT = """
import resource, sys, time, warnings
import camelot
warnings.simplefilter("ignore")
started = time.perf_counter()
tables = camelot.read_pdf(sys.argv[1], pages="all", flavor="lattice")
print(time.perf_counter() - started, len(tables), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


# ------------------------------------------------------------------ memory


def rss_mb(pid: int | str = "self") -> float:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * PAGE_SIZE / 2**20
    except OSError:
        return 0.0


def child_pids() -> list[int]:
    me, pids = os.getpid(), []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == me:
                pids.append(int(entry))
    return pids


def maxrss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


@dataclass
class MemoryTrace:
    checkpoints: tuple[int, ...]
    rows: list[tuple[int, float, float, int]] = field(default_factory=list)  # docs, parent, max worker, n workers
    worker_peak: float = 0.0

    def sample(self, done: int) -> None:
        workers = [rss_mb(p) for p in child_pids()]
        self.worker_peak = max([self.worker_peak, *workers])
        if done in self.checkpoints:
            self.rows.append((done, rss_mb(), max(workers, default=0.0), len(workers)))


# ------------------------------------------------------------------ measurements


@dataclass
class Extraction:
    name: str
    pages: int
    seconds: float
    status: str
    table_pages: int = 0


def extract_each(paths: list[Path]) -> list[Extraction]:
    from pipelines.extract import ExtractionError, extract_document

    out = []
    for path in paths:
        started = time.perf_counter()
        try:
            doc = extract_document(path)
        except ExtractionError as exc:
            out.append(Extraction(path.name, 0, time.perf_counter() - started, f"rejected: {exc.reason}"))
            continue
        seconds = time.perf_counter() - started
        table_pages = len({p for t in doc.tables for p in t.pages})
        out.append(Extraction(path.name, doc.meta.page_count, seconds, "ok", table_pages))
    return out


def plain_camelot(paths: list[Path], timeout: float) -> dict[str, tuple[float | None, int, float]]:
    """name → (seconds or None on timeout, tables, maxrss MB), each file in its own process."""
    out = {}
    for path in paths:
        try:
            done = subprocess.run(
                [sys.executable, "-c", PLAIN_CAMELOT, str(path)], capture_output=True, text=True, timeout=timeout
            )
            seconds, tables, rss = done.stdout.split()[-3:]
            out[path.name] = (float(seconds), int(tables), int(rss) / 1024)
        except subprocess.TimeoutExpired:
            out[path.name] = (None, 0, 0.0)
        except ValueError:
            out[path.name] = (None, -1, 0.0)
    return out


@dataclass
class Ingest:
    docs: int
    ok: int
    seconds: float
    trace: MemoryTrace

    @property
    def per_doc(self) -> float:
        return self.seconds / max(self.docs, 1)

    @property
    def per_minute(self) -> float:
        return 60 * self.docs / self.seconds


def ingest_dagster(paths: list[Path], workers: int, db: Path, checkpoints: tuple[int, ...] = ()) -> Ingest:
    """budgetwh ingest's path: Dagster materialize per document, extraction in `workers` processes."""
    from dagster import DagsterInstance

    from pipelines.defs.parallel import ingest_files_parallel
    from pipelines.defs.resources import inbox_resource, warehouse_resource

    for f in (db, db.with_suffix(".duckdb.wal")):
        f.unlink(missing_ok=True)
    trace = MemoryTrace(checkpoints)
    done = 0

    def on_result(_r) -> None:
        nonlocal done
        done += 1
        trace.sample(done)

    started = time.perf_counter()
    with DagsterInstance.ephemeral() as instance:
        results = ingest_files_parallel(
            paths, instance, warehouse_resource(db), inbox_resource(OUT / "inbox"), on_result=on_result, workers=workers
        )
    return Ingest(len(paths), sum(r.ok for r in results), time.perf_counter() - started, trace)


def _extract_for_store(path: str):
    from pipelines.extract import ExtractionError, extract_document

    try:
        return extract_document(path)
    except ExtractionError:
        return None


def ingest_store_only(paths: list[Path], workers: int, db: Path, checkpoints: tuple[int, ...] = ()) -> Ingest:
    """No Dagster: extract_document in a pool of `workers`, pipelines.store.write_document in this process."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from pipelines.store import connect, ensure_schema, write_document

    for f in (db, db.with_suffix(".duckdb.wal")):
        f.unlink(missing_ok=True)
    trace = MemoryTrace(checkpoints)
    started = time.perf_counter()
    ok = 0
    con = connect(db)
    ensure_schema(con)
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        for i, doc in enumerate(pool.map(_extract_for_store, map(str, paths), chunksize=1), start=1):
            if doc is not None:
                write_document(con, doc, doc.file_name)
                ok += 1
            trace.sample(i)
    ensure_schema(con)  # the published refresh
    con.close()
    return Ingest(len(paths), ok, time.perf_counter() - started, trace)


# ------------------------------------------------------------------ printing


def table(title: str, columns: list[str], rows: list[list]) -> None:
    t = Table(title=title, title_justify="left")
    for i, c in enumerate(columns):
        t.add_column(c, justify="left" if i == 0 else "right", overflow="fold")
    for r in rows:
        t.add_row(*(f"{v:.2f}" if isinstance(v, float) else str(v) for v in r))
    console.print(t)


def extraction_rows(runs: list[Extraction]) -> tuple[list[list], float, int]:
    rows = [[r.name, r.status, r.pages, r.table_pages, r.seconds, r.seconds / r.pages if r.pages else ""] for r in runs]
    ok = [r for r in runs if r.status == "ok"]
    secs, pages = sum(r.seconds for r in ok), sum(r.pages for r in ok)
    return rows, secs, pages


def memory_rows(trace: MemoryTrace) -> list[list]:
    return [[n, parent, worker, k] for n, parent, worker, k in trace.rows]


def _national_camelot_sample(paths: list[Path], runs: list[Extraction]) -> list[Path]:
    """One PDF per family (its first, by name) plus the two largest documents."""
    by_family: dict[str, Path] = {}
    for path in paths:
        by_family.setdefault(path.relative_to(NATIONAL_CORPUS).parts[0], path)
    largest = sorted(zip(paths, runs, strict=True), key=lambda pr: -pr[1].pages)[:2]
    return sorted({*by_family.values(), *(p for p, _ in largest)})


def bench_national(args) -> list[str]:
    paths = sorted(NATIONAL_CORPUS.rglob("*.pdf"))
    if not paths:
        console.print(f"[red]no national PDFs in {NATIONAL_CORPUS}[/red] (set BUDGETWH_NATIONAL_CORPUS)")
        return []
    runs = extract_each(paths)
    ok = [r for r in runs if r.status == "ok"]
    secs, pages = sum(r.seconds for r in ok), sum(r.pages for r in ok)
    biggest = sorted(ok, key=lambda r: -r.pages)[:8]
    table(
        f"(c) national corpus — extraction, one process ({len(ok)} of {len(runs)} extracted); the largest:",
        ["file", "status", "pages", "table pages", "s", "s/page"],
        extraction_rows(biggest)[0],
    )
    lines = [
        f"national corpus: {len(paths)} PDFs, {len(ok)} extracted, {pages} pages: extraction {secs:.1f} s = "
        f"{secs / max(len(ok), 1):.2f} s/doc, {secs / max(pages, 1):.3f} s/page; the largest "
        + ", ".join(f"{r.name} {r.pages} p in {r.seconds:.1f} s" for r in biggest[:3])
    ]
    if args.skip_camelot:
        return lines
    chosen = paths if args.national_camelot == "all" else _national_camelot_sample(paths, runs)
    plain = plain_camelot(chosen, args.camelot_timeout)
    by_name = {r.name: r for r in runs}
    timed = [n for n, (s, _, _) in plain.items() if s is not None and by_name[n].status == "ok"]
    table(
        f'(c) national — plain camelot.read_pdf(pages="all", flavor="lattice") vs extraction ({len(chosen)} PDFs)',
        ["file", "pages", "camelot s", "camelot MB", "pipeline s", "pipeline/camelot"],
        [
            [n, by_name[n].pages, s, rss, by_name[n].seconds, by_name[n].seconds / s if s else ""]
            for n, (s, _, rss) in plain.items()
        ],
    )
    cam = sum(plain[n][0] for n in timed)
    ours = sum(by_name[n].seconds for n in timed)
    if cam:
        lines.append(
            f"national, plain camelot lattice on {len(timed)} PDFs ({sum(by_name[n].pages for n in timed)} pages): "
            f"{cam:.1f} s vs extraction {ours:.1f} s → pipeline/camelot = {ours / cam:.3f}"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=300, help="generated department-years (default 300)")
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--extract-sample", type=int, default=20, help="generated docs extracted one by one")
    parser.add_argument("--camelot-timeout", type=float, default=1800, help="per file, seconds")
    parser.add_argument("--skip-camelot", action="store_true")
    parser.add_argument("--skip-real", action="store_true")
    parser.add_argument("--skip-national", action="store_true")
    parser.add_argument(
        "--national-camelot", choices=["sample", "all"], default="sample", help="plain camelot on which national PDFs"
    )
    parser.add_argument("--store-docs", type=int, default=100, help="generated docs for the no-Dagster comparison")
    parser.add_argument("--single-docs", type=int, default=20, help="generated docs for the 1-worker comparison")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    OUT.mkdir(parents=True, exist_ok=True)
    summary: list[str] = []
    console.rule("budgetwh benchmark")
    console.print(
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"workers={args.workers}; real corpus {REAL_CORPUS}"
    )

    # ---------------------------------------------------------------- (a) real PDFs
    if not args.skip_real:
        real = sorted(REAL_CORPUS.glob("*.pdf"))
        if not real:
            console.print(f"[red]no real PDFs in {REAL_CORPUS}[/red] (set BUDGETWH_REAL_CORPUS)")
        else:
            runs = extract_each(real)
            rows, secs, pages = extraction_rows(runs)
            table(
                "(a) real PDFs — extraction, one process",
                ["file", "status", "pages", "table pages", "s", "s/page"],
                rows,
            )
            ok_names = {r.name for r in runs if r.status == "ok"}
            e2e1 = ingest_dagster(real, 1, OUT / "real_w1.duckdb")
            e2e2 = ingest_dagster(real, args.workers, OUT / f"real_w{args.workers}.duckdb")
            table(
                "(a) real PDFs — end-to-end ingest into a fresh DuckDB (Dagster materialize + published refresh)",
                ["workers", "docs", "ingested", "wall s", "s/doc", "docs/min"],
                [[w, r.docs, r.ok, r.seconds, r.per_doc, r.per_minute] for w, r in ((1, e2e1), (args.workers, e2e2))],
            )
            summary.append(
                f"real corpus: {len(real)} PDFs ({len(ok_names)} extracted, {pages} pages): extraction "
                f"{secs:.1f} s = {secs / max(len(ok_names), 1):.2f} s/doc, {secs / max(pages, 1):.3f} s/page; "
                f"end-to-end {e2e1.per_doc:.2f} s/doc with 1 worker, {e2e2.per_doc:.2f} s/doc "
                f"({e2e2.per_minute:.0f} docs/min) with {args.workers}"
            )
            if not args.skip_camelot:
                plain = plain_camelot(real, args.camelot_timeout)
                by_name = {r.name: r for r in runs}
                rows = []
                for name, (seconds, n_tables, rss) in plain.items():
                    ours = by_name[name]
                    ratio = ours.seconds / seconds if seconds else ""
                    rows.append(
                        [name, seconds if seconds is not None else "timeout", n_tables, rss, ours.seconds, ratio]
                    )
                table(
                    'plain camelot.read_pdf(pages="all", flavor="lattice") vs extract_document, one process each',
                    ["file", "camelot s", "tables", "camelot MB", "pipeline s", "pipeline/camelot"],
                    rows,
                )
                timed = [n for n, (s, _, _) in plain.items() if s is not None]
                cam = sum(plain[n][0] for n in timed)
                ours_seq = sum(by_name[n].seconds for n in timed)
                # end-to-end runs include the rejected files too; compare on the same file set when all finished
                summary.append(
                    f"plain camelot lattice on {len(timed)} of {len(real)} real PDFs: {cam:.1f} s; "
                    f"pipeline extraction (locate + lattice on table pages + normalize + checks) {ours_seq:.1f} s "
                    f"→ pipeline/camelot = {ours_seq / cam:.3f} ({cam / ours_seq:.0f}× faster)"
                )
                if len(timed) == len(real):
                    summary.append(
                        f"end-to-end ingest incl. DuckDB load and publish vs plain camelot: "
                        f"{e2e1.seconds:.1f} s / {cam:.1f} s = {e2e1.seconds / cam:.3f} with 1 worker, "
                        f"{e2e2.seconds:.1f} s / {cam:.1f} s = {e2e2.seconds / cam:.3f} with {args.workers}"
                    )

    # ---------------------------------------------------------------- (c) national corpus
    if not args.skip_national:
        summary.extend(bench_national(args))

    # ---------------------------------------------------------------- (b) generated corpus
    from corpus import build_corpus

    started = time.perf_counter()
    generated = build_corpus(OUT / "corpus", args.docs)
    console.print(
        f"generated corpus: {len(generated)} PDFs in {OUT / 'corpus'} ({time.perf_counter() - started:.1f} s)"
    )
    sample = generated[: args.extract_sample]
    runs = extract_each(sample)
    _, secs, pages = extraction_rows(runs)
    n_ok = sum(r.status == "ok" for r in runs)
    table(
        f"(b) generated — extraction, one process, first {len(sample)} documents",
        ["docs", "ok", "pages", "s total", "s/doc", "s/page", "min s/doc", "max s/doc"],
        [
            [
                len(runs),
                n_ok,
                pages,
                secs,
                secs / max(n_ok, 1),
                secs / max(pages, 1),
                min(r.seconds for r in runs),
                max(r.seconds for r in runs),
            ]
        ],
    )
    checkpoints = tuple(n for n in (50, 100, 200, 300, len(generated)) if n <= len(generated))
    e2e_one = ingest_dagster(generated[: args.single_docs], 1, OUT / "generated_w1.duckdb")
    e2e = ingest_dagster(generated, args.workers, OUT / "generated.duckdb", checkpoints)
    store_checkpoints = tuple(n for n in checkpoints if n <= args.store_docs)
    store = ingest_store_only(
        generated[: args.store_docs], args.workers, OUT / "generated_store.duckdb", store_checkpoints
    )
    table(
        "(b) generated — end-to-end ingest into a fresh DuckDB",
        ["path", "workers", "docs", "ingested", "wall s", "s/doc", "docs/min", "peak worker RSS MB"],
        [
            [
                "budgetwh ingest (Dagster)",
                1,
                e2e_one.docs,
                e2e_one.ok,
                e2e_one.seconds,
                e2e_one.per_doc,
                e2e_one.per_minute,
                "-",
            ],
            [
                "budgetwh ingest (Dagster)",
                args.workers,
                e2e.docs,
                e2e.ok,
                e2e.seconds,
                e2e.per_doc,
                e2e.per_minute,
                e2e.trace.worker_peak,
            ],
            [
                "pool + store.write_document",
                args.workers,
                store.docs,
                store.ok,
                store.seconds,
                store.per_doc,
                store.per_minute,
                store.trace.worker_peak,
            ],
        ],
    )
    table(
        f"(b) memory while ingesting (Dagster path, {args.workers} workers): RSS MB as the corpus grows",
        ["docs done", "writer (parent) RSS", "largest worker RSS", "workers"],
        memory_rows(e2e.trace),
    )
    table(
        "(b) memory while ingesting (pool + write_document): RSS MB as the corpus grows",
        ["docs done", "writer (parent) RSS", "largest worker RSS", "workers"],
        memory_rows(store.trace),
    )
    size = (OUT / "generated.duckdb").stat().st_size / 2**20
    parent_peak, child_peak = maxrss_mb(), maxrss_mb(resource.RUSAGE_CHILDREN)
    table(
        "peak memory (getrusage maxrss)",
        ["process", "MB"],
        [["this process (writer)", parent_peak], ["largest child (workers, plain-camelot runs)", child_peak]],
    )
    rss = e2e.trace.rows
    summary.append(
        f"generated corpus: {len(generated)} department-years; extraction {secs / max(n_ok, 1):.2f} s/doc, "
        f"{secs / max(pages, 1):.3f} s/page (one process); end-to-end {e2e_one.per_minute:.0f} docs/min with 1 worker, "
        f"{e2e.per_minute:.0f} docs/min ({e2e.per_doc:.2f} s/doc) with {args.workers} "
        f"(without Dagster: {store.per_minute:.0f} docs/min); warehouse {size:.0f} MB"
    )
    if rss:
        summary.append(
            "writer RSS after "
            + ", ".join(f"{n} docs: {p:.0f} MB" for n, p, _, _ in rss)
            + f"; workers ≤ {e2e.trace.worker_peak:.0f} MB; peak maxrss writer {parent_peak:.0f} MB, "
            f"largest child {child_peak:.0f} MB"
        )
    console.rule("summary")
    for line in summary:
        console.print("- " + line, highlight=False, soft_wrap=True)
    shutil.rmtree(OUT / "inbox", ignore_errors=True)


if __name__ == "__main__":
    main()
