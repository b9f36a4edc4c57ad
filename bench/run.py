"""budgetwh benchmark: measures, never asserts.   make bench   |   .venv/bin/python bench/run.py [options]

For each corpus — ../shared/corpus/national (or $BUDGETWH_NATIONAL_CORPUS), the Putuo set
../shared/corpus/real (or $BUDGETWH_REAL_CORPUS) and a generated corpus of 300 department-years
(bench/corpus.py, cached in bench/out/corpus) — two measurements on the same files, one after the
other (each with both cores):

1. the real staged pipeline end to end, in a fresh child process (the writer) with 2 extraction
   workers (pipelines/defs/parallel.py: extract + normalize + document-local gate + Parquet on the
   workers; register, load, narrative gate, publish in the writer; the published views refreshed
   once at the end) into a fresh DuckDB file. Time per stage: the workers' own records
   (`_done/<sha>.json`: extraction, gate, staging seconds) and the writer's Dagster step durations
   (STEP_SUCCESS / STEP_FAILURE events of each run). Peak RSS of every process: /proc polling of
   VmHWM (the kernel's high-water mark, the figure ru_maxrss reports) every 0.25 s, for the writer
   and each worker; RSS (VmRSS) of each after 50/100/200/300 documents.
2. plain `camelot.read_pdf(path, pages="all", flavor="lattice")`, each file in its own child
   process, two children at a time (largest first); each child's CPU seconds from wait4's rusage
   (user + sys, Python start and camelot import included) and its wall.

Ratio (target ≤ 0.25× over the national set): pipeline wall (2 workers) / plain camelot wall
(2 parallel children), and pipeline CPU-s (writer + workers, wait4 rusage) / camelot CPU-s.
Subsets: --only FAMILY (national), --docs N (at most N documents per corpus; the generated corpus
has N), --skip-camelot, --skip-real / --skip-national / --skip-generated. The printed figures go
to bench/out/bench-<time>.json as well (bench/out is not committed).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import threading
import time
import traceback
import warnings
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

REAL_CORPUS = Path(os.environ.get("BUDGETWH_REAL_CORPUS") or ROOT.parent / "shared" / "corpus" / "real")
NATIONAL_CORPUS = Path(os.environ.get("BUDGETWH_NATIONAL_CORPUS") or ROOT.parent / "shared" / "corpus" / "national")
OUT = ROOT / "bench" / "out"
CHECKPOINTS = (50, 100, 200, 300)
TARGET = 0.25
POLL_SECONDS = 0.25

# The plain-camelot child: only the call under comparison; the parent takes its rusage via wait4.
PLAIN_CAMELOT = """
import json, sys, time, warnings
import camelot
warnings.simplefilter("ignore")
wall, cpu = time.perf_counter(), time.process_time()
tables = camelot.read_pdf(sys.argv[1], pages="all", flavor="lattice")
print(json.dumps({"read_pdf_wall": time.perf_counter() - wall, "read_pdf_cpu": time.process_time() - cpu,
                  "tables": len(tables)}))
"""

# Writer-side Dagster steps, in pipeline order, and what each one is (docs/scaling.md).
WRITER_STEPS = {
    "source_documents": "register (hash, raw.documents)",
    "extracted_tables": "extracted_tables: take the stage (extracts when nothing staged)",
    "core_facts": "writer load (Parquet → raw, core facts)",
    "quality_gate": "narrative / cross-document gate",
    "published_documents": "publish (supersession, narrative re-check)",
    "published_views": "refresh of the published views (once)",
}


# ------------------------------------------------------------------ /proc


def proc_status(pid: int | str) -> dict[str, float]:
    """VmRSS and VmHWM of a process in MB (empty when it is gone)."""
    out: dict[str, float] = {}
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    out[key] = int(value.split()[0]) / 1024
    except OSError:
        pass
    return out


def child_pids(parent: int) -> list[int]:
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == parent:
                pids.append(int(entry))
    return pids


class PeakSampler(threading.Thread):
    """Polls VmHWM / VmRSS of this process (the writer) and of its children (the workers)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peaks: dict[int, float] = {}  # pid → VmHWM MB (the last value read; it only grows)
        self.stop = threading.Event()

    def sample(self) -> None:
        for pid in (os.getpid(), *child_pids(os.getpid())):
            hwm = proc_status(pid).get("VmHWM")
            if hwm:
                self.peaks[pid] = max(self.peaks.get(pid, 0.0), hwm)

    def run(self) -> None:
        while not self.stop.wait(POLL_SECONDS):
            self.sample()


class StageClock:
    """Wall and CPU seconds (time.process_time: every thread of the process, DuckDB's included) of
    the functions that implement each stage, wrapped from outside (no pipeline code changes).
    Wrapped before the pool forks, so the workers run the wrappers too; every process appends its
    figures to its own file (clock-<pid>.tsv), read back after the run."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.phase = "document"  # "refresh" while the published views are refreshed (writer)

    def wrap(self, module: Any, attr: str, label: str) -> None:
        fn = getattr(module, attr)
        clock = self

        def wrapper(*a, **kw):
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                return fn(*a, **kw)
            finally:
                name = "refresh" if clock.phase == "refresh" and label == "register" else label
                with open(clock.folder / f"clock-{os.getpid()}.tsv", "a", encoding="utf-8") as fh:
                    fh.write(f"{name}\t{time.perf_counter() - wall:.6f}\t{time.process_time() - cpu:.6f}\n")

        setattr(module, attr, wrapper)

    def totals(self, writer_pid: int) -> dict[str, dict[str, dict[str, float]]]:
        """{"writer"|"workers": {label: {"wall_s", "cpu_s", "calls"}}}."""
        out: dict[str, dict[str, dict[str, float]]] = {"writer": {}, "workers": {}}
        for path in self.folder.glob("clock-*.tsv"):
            side = out["writer" if path.stem == f"clock-{writer_pid}" else "workers"]
            for line in path.read_text(encoding="utf-8").splitlines():
                label, wall, cpu = line.split("\t")
                row = side.setdefault(label, {"wall_s": 0.0, "cpu_s": 0.0, "calls": 0})
                row["wall_s"] += float(wall)
                row["cpu_s"] += float(cpu)
                row["calls"] += 1
        return out


def instrument(clock: StageClock) -> None:
    import pipelines.defs.assets as assets
    import pipelines.defs.checks as checks
    import pipelines.staging as staging

    # worker side (and the writer's, when a document was not staged)
    clock.wrap(assets, "extract_document", "extraction")
    # a batch's extraction (the files are read as the batch is loaded), in-memory load, gate, Parquet
    clock.wrap(staging, "stage_documents", "stage_document")
    clock.wrap(staging, "run_gate_many", "worker_gate")
    # writer side
    clock.wrap(assets, "record_received", "register")
    clock.wrap(assets, "ensure_schema", "register")  # source_documents applies the DDL per document
    clock.wrap(assets, "load_stage", "writer_load")
    clock.wrap(assets, "publish_core", "writer_load")
    clock.wrap(checks, "run_gate", "writer_gate")
    clock.wrap(assets, "publish_document", "publish")
    clock.wrap(assets, "recheck_narrative_parts", "publish")
    clock.wrap(assets, "refresh_cross_year", "refresh")
    clock.wrap(assets, "view_counts", "refresh")


# ------------------------------------------------------------------ corpora


def page_count(path: Path) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def national_files(only: str | None, limit: int | None) -> list[Path]:
    """The national PDFs (of one family with --only); with --docs N, N of them taken round-robin over
    the families so a small subset still shows every layout."""
    files = sorted(NATIONAL_CORPUS.rglob("*.pdf"))
    if only:
        files = [f for f in files if f.relative_to(NATIONAL_CORPUS).parts[0] == only]
    if limit is None or limit >= len(files):
        return files
    by_family: dict[str, list[Path]] = defaultdict(list)
    for f in files:
        by_family[f.relative_to(NATIONAL_CORPUS).parts[0]].append(f)
    queues, chosen = [list(v) for _, v in sorted(by_family.items())], []
    while len(chosen) < limit:
        for q in queues:
            if q and len(chosen) < limit:
                chosen.append(q.pop(0))
    return sorted(chosen)


def family(path: Path, corpus: str) -> str:
    if corpus == "national":
        return path.relative_to(NATIONAL_CORPUS).parts[0]
    return corpus


# ------------------------------------------------------------------ the pipeline (child process)


def _step_durations(instance) -> tuple[dict[str, float], dict[str, int], float]:
    """Σ seconds and count per writer step over every run of the instance, and Σ run wall."""
    from dagster import DagsterEventType

    seconds: dict[str, float] = defaultdict(float)
    count: dict[str, int] = defaultdict(int)
    run_wall = 0.0
    kinds = {DagsterEventType.STEP_SUCCESS, DagsterEventType.STEP_FAILURE}
    for run in instance.get_runs():
        for entry in instance.all_logs(run.run_id, of_type=kinds):
            event = entry.dagster_event
            data = event.event_specific_data
            duration = getattr(data, "duration_ms", None)
            if duration is None and event.event_type == DagsterEventType.STEP_FAILURE:
                continue
            seconds[event.step_key] += (duration or 0) / 1000
            count[event.step_key] += 1
        stats = instance.get_run_stats(run.run_id)
        if stats.start_time and stats.end_time:
            run_wall += stats.end_time - stats.start_time
    return dict(seconds), dict(count), run_wall


def pipeline_child(spec_path: Path) -> None:
    """Runs in a fresh process: the staged pipeline over the listed files; writes its figures as JSON."""
    warnings.simplefilter("ignore")
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    files = [Path(p) for p in spec["files"]]
    db = Path(spec["warehouse"])

    from dagster import DagsterInstance

    import pipelines.defs.ingest as ingest
    import pipelines.defs.parallel as parallel
    from pipelines.defs.resources import inbox_resource, warehouse_resource
    from pipelines.extract import file_sha256
    from pipelines.staging import done_records, staging_root

    for f in (db, Path(str(db) + ".wal")):
        f.unlink(missing_ok=True)
    shutil.rmtree(staging_root(db), ignore_errors=True)

    # Timed from outside: the writer's share of the wall (one ingest_file call per document, then
    # one refresh) — the rest of the wall the writer waits for a worker.
    busy = {"ingest_file": 0.0, "refresh": 0.0}

    def timed(name: str, fn: Callable) -> Callable:
        def wrapper(*a, **kw):
            started = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                busy[name] += time.perf_counter() - started

        return wrapper

    clock = StageClock(Path(spec["clock"]))
    clock.folder.mkdir(parents=True, exist_ok=True)
    instrument(clock)

    def refresh(*a, **kw):
        clock.phase = "refresh"
        try:
            return refresh_published(*a, **kw)
        finally:
            clock.phase = "document"

    # Both modules' bindings: with one file, ingest_files_parallel runs ingest.ingest_files (no pool).
    refresh_published = ingest.refresh_published
    for module in (parallel, ingest):
        module.ingest_file = timed("ingest_file", module.ingest_file)
        module.refresh_published = timed("refresh", refresh)

    sampler = PeakSampler()
    memory: list[dict[str, Any]] = []
    done = 0
    checkpoints = set(spec["checkpoints"])

    def on_result(_result) -> None:
        nonlocal done
        done += 1
        if done in checkpoints:
            workers = {pid: proc_status(pid).get("VmRSS", 0.0) for pid in child_pids(os.getpid())}
            memory.append(
                {"docs": done, "writer_rss_mb": proc_status("self").get("VmRSS", 0.0), "workers_rss_mb": workers}
            )

    sampler.sample()
    sampler.start()
    started = time.perf_counter()
    with DagsterInstance.ephemeral() as instance:
        results = parallel.ingest_files_parallel(
            files,
            instance,
            warehouse_resource(db),
            inbox_resource(Path(spec["inbox"])),
            on_result=on_result,
            workers=spec["workers"],
        )
        wall = time.perf_counter() - started
        sampler.stop.set()
        sampler.join()
        steps, step_counts, run_wall = _step_durations(instance)
    writer_pid = os.getpid()
    outcomes: dict[str, int] = defaultdict(int)
    for r in results:
        outcomes["published" if r.ok else ("quarantined" if r.status == "quarantined" else "rejected")] += 1
    stages = {s.document_id: s for s in done_records(staging_root(db))}
    per_file = []
    for path in files:
        stage = stages.get(file_sha256(path))
        per_file.append(
            {
                "file": str(path),
                "extraction_s": stage.extraction_seconds if stage else None,
                "gate_s": stage.gate_seconds if stage else None,
                "stage_s": stage.stage_seconds if stage else None,
                "rejected": stage.rejected if stage else None,
            }
        )
    size = db.stat().st_size / 2**20 if db.exists() else 0.0
    own, reaped = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    for f in (db, Path(str(db) + ".wal")):
        f.unlink(missing_ok=True)
    shutil.rmtree(staging_root(db), ignore_errors=True)
    figures = {
        "wall_s": wall,
        "outcomes": dict(outcomes),
        "writer_busy_s": busy,
        "clock": clock.totals(writer_pid),
        "dagster_steps_s": steps,
        "dagster_step_counts": step_counts,
        "dagster_run_wall_s": run_wall,
        "per_file": per_file,
        "peak_rss_mb": {
            "writer": sampler.peaks.get(writer_pid, 0.0),
            "workers": [v for pid, v in sorted(sampler.peaks.items()) if pid != writer_pid],
        },
        "memory": memory,
        "warehouse_mb": size,
        "writer_cpu_s": own.ru_utime + own.ru_stime,  # incl. imports and start-up
        "workers_cpu_s": reaped.ru_utime + reaped.ru_stime,  # the pool's processes, reaped at shutdown
    }
    Path(spec["result"]).write_text(json.dumps(figures, ensure_ascii=False, default=str), encoding="utf-8")


def wait_rusage(proc: subprocess.Popen, timeout: float | None = None) -> tuple[int, float, float, float] | None:
    """Wait for a child with wait4: (status, cpu seconds user+sys, maxrss MB, wall) — None on timeout."""
    started = time.perf_counter()
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            return status, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, time.perf_counter() - started
        if timeout is not None and time.perf_counter() - started > timeout:
            return None
        time.sleep(0.1)


def run_pipeline(name: str, files: list[Path], workers: int) -> dict[str, Any]:
    work = OUT / f"work-{name}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    spec = {
        "files": [str(f) for f in files],
        "warehouse": str(work / f"{name}.duckdb"),
        "inbox": str(work / "inbox"),
        "workers": workers,
        "checkpoints": [n for n in CHECKPOINTS if n <= len(files)] + [len(files)],
        "result": str(work / "result.json"),
        "clock": str(work / "clock"),
    }
    (work / "spec.json").write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--pipeline-child", str(work / "spec.json")])
    _, cpu, maxrss, _ = wait_rusage(proc)
    result = json.loads((work / "result.json").read_text(encoding="utf-8"))
    result["process_wall_s"] = time.perf_counter() - started  # incl. Python start and imports
    result["cpu_s"] = cpu  # writer + workers (reaped), incl. imports
    result["maxrss_both_mb"] = maxrss
    shutil.rmtree(work, ignore_errors=True)
    return result


# ------------------------------------------------------------------ plain camelot (children, 2 at a time)


def run_camelot(files: list[Path], parallel: int, timeout: float) -> dict[str, Any]:
    pending = sorted(files, key=lambda f: -f.stat().st_size)  # largest first: less idle tail
    running: list[tuple[Path, subprocess.Popen, float]] = []
    per_file: dict[str, dict[str, Any]] = {}
    started = time.perf_counter()
    while pending or running:
        while pending and len(running) < parallel:
            path = pending.pop(0)
            proc = subprocess.Popen(
                [sys.executable, "-c", PLAIN_CAMELOT, str(path)],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            running.append((path, proc, time.perf_counter()))
        time.sleep(0.1)
        for item in list(running):
            path, proc, t0 = item
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if not pid and time.perf_counter() - t0 <= timeout:
                continue
            if not pid:  # timed out: killed, its figures are not counted
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                timed_out = True
            else:
                timed_out = False
            proc.returncode = os.waitstatus_to_exitcode(status)
            out = proc.stdout.read() if proc.stdout else ""
            proc.stdout and proc.stdout.close()
            try:
                inner = json.loads(out.strip().splitlines()[-1])
            except (ValueError, IndexError):
                inner = {}
            per_file[str(path)] = {
                "wall_s": time.perf_counter() - t0,
                "cpu_s": usage.ru_utime + usage.ru_stime,
                "maxrss_mb": usage.ru_maxrss / 1024,
                "ok": bool(inner) and not timed_out and proc.returncode == 0,
                "timed_out": timed_out,
                **inner,
            }
            running.remove(item)
    return {"wall_s": time.perf_counter() - started, "parallel": parallel, "per_file": per_file}


# ------------------------------------------------------------------ one corpus: measure and report


def summarize(name: str, files: list[Path], pipe: dict[str, Any], cam: dict[str, Any] | None) -> dict[str, Any]:
    pages = {str(f): page_count(f) for f in files}
    n_pages = sum(pages.values())
    wall = pipe["wall_s"]
    rows = [r for r in pipe["per_file"] if r["extraction_s"] is not None and not r["rejected"]]
    extraction = sum(r["extraction_s"] for r in rows)
    gate = sum(r["gate_s"] for r in rows)
    staging = sum(r["stage_s"] for r in rows) - gate
    extracted_pages = sum(pages[r["file"]] for r in rows)
    steps = pipe["dagster_steps_s"]
    writer_busy = pipe["writer_busy_s"]["ingest_file"] + pipe["writer_busy_s"]["refresh"]
    workers_clock, writer_clock = pipe["clock"]["workers"], pipe["clock"]["writer"]

    def clk(side: dict, *labels: str, key: str = "cpu_s") -> float:
        return sum(side.get(label, {}).get(key, 0.0) for label in labels)

    stages = [
        ["extraction (text, locate, camelot on table pages, normalize)", "workers",
         clk(workers_clock, "extraction", key="wall_s"), clk(workers_clock, "extraction")],
        ["document-local gate (great-expectations, in-memory DuckDB)", "workers",
         clk(workers_clock, "worker_gate", key="wall_s"), clk(workers_clock, "worker_gate")],
        ["in-memory load + Parquet staging", "workers",
         clk(workers_clock, "stage_document", key="wall_s")
         - clk(workers_clock, "worker_gate", "extraction", key="wall_s"),
         clk(workers_clock, "stage_document") - clk(workers_clock, "worker_gate", "extraction")],
    ]  # fmt: skip
    writer_cpu = {
        "source_documents": clk(writer_clock, "register"),
        "extracted_tables": clk(writer_clock, "stage_document"),  # it reads the file as it stages it
        "core_facts": clk(writer_clock, "writer_load"),
        "quality_gate": clk(writer_clock, "writer_gate"),
        "published_documents": clk(writer_clock, "publish"),
        "published_views": clk(writer_clock, "refresh"),
    }
    stages += [[WRITER_STEPS[k], "writer", steps.get(k, 0.0), writer_cpu[k]] for k in WRITER_STEPS]
    stages += [
        ["Dagster run overhead (Σ run wall − Σ its steps)", "writer", pipe["dagster_run_wall_s"] - sum(steps.values()),
         None],
        ["writer waiting for a worker (wall − writer busy)", "writer", wall - writer_busy, None],
        ["the rest of the writer's CPU (Python start-up, imports, Dagster)", "writer", None,
         pipe["writer_cpu_s"] - sum(writer_cpu.values())],
    ]  # fmt: skip
    out: dict[str, Any] = {
        "corpus": name,
        "documents": len(files),
        "pages": n_pages,
        "outcomes": pipe["outcomes"],
        "pipeline": {
            "workers": pipe.get("workers", 2),
            "wall_s": wall,
            "process_wall_s": pipe["process_wall_s"],
            "cpu_s": pipe["cpu_s"],
            "writer_cpu_s": pipe["writer_cpu_s"],
            "workers_cpu_s": pipe["workers_cpu_s"],
            "load_average": pipe["load_average"],
            "pages_per_min": 60 * n_pages / wall,
            "docs_per_min": 60 * len(files) / wall,
            "extraction_s_per_page": extraction / max(extracted_pages, 1),
            "extraction_cpu_s_per_page": (clk(workers_clock, "extraction") + clk(writer_clock, "extraction"))
            / max(extracted_pages, 1),
            "stages": [dict(zip(("stage", "where", "wall_s", "cpu_s"), row, strict=True)) for row in stages],
            "worker_records_s": {"extraction": extraction, "gate": gate, "load_and_parquet": staging},
            "clock": pipe["clock"],
            "dagster_step_counts": pipe["dagster_step_counts"],
            "peak_rss_mb": pipe["peak_rss_mb"],
            "memory": pipe["memory"],
            "warehouse_mb": pipe["warehouse_mb"],
        },
    }
    if cam is not None:
        per = cam["per_file"]
        ok = [f for f in map(str, files) if per.get(f, {}).get("ok")]
        cam_cpu = sum(v["cpu_s"] for v in per.values())
        read_pdf_cpu = sum(v.get("read_pdf_cpu", 0.0) for v in per.values())
        cam_pages = sum(pages[f] for f in ok)
        out["camelot"] = {
            "parallel": cam["parallel"],
            "wall_s": cam["wall_s"],
            "load_average": cam["load_average"],
            "cpu_s": cam_cpu,
            "read_pdf_cpu_s": read_pdf_cpu,
            "files_ok": len(ok),
            "files_failed": [f for f in map(str, files) if not per.get(f, {}).get("ok")],
            "cpu_s_per_page": sum(per[f]["cpu_s"] for f in ok) / max(cam_pages, 1),
            "peak_child_rss_mb": max((v["maxrss_mb"] for v in per.values()), default=0.0),
            # Both sides whole processes (start-up and imports included, as in every camelot child).
            "ratio_wall": pipe["process_wall_s"] / cam["wall_s"],
            "ratio_cpu": pipe["cpu_s"] / cam_cpu if cam_cpu else None,
            "ratio_cpu_vs_read_pdf_only": pipe["cpu_s"] / read_pdf_cpu if read_pdf_cpu else None,
            "target": TARGET,
            "met_wall": pipe["process_wall_s"] / cam["wall_s"] <= TARGET,
            "met_cpu": bool(cam_cpu) and pipe["cpu_s"] / cam_cpu <= TARGET,
        }
        if name == "national":
            out["by_family"] = by_family(files, pages, pipe, per)
    return out


def by_family(files: list[Path], pages: dict[str, int], pipe: dict[str, Any], cam: dict[str, Any]) -> list[dict]:
    """Per family: each file's worker wall (extract + gate + stage) against its camelot child's wall."""
    worker = {r["file"]: r["stage_s"] + r["extraction_s"] for r in pipe["per_file"] if r["extraction_s"] is not None}
    fams: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for f in files:
        row = fams[family(f, "national")]
        row["files"] += 1
        row["pages"] += pages[str(f)]
        row["worker_s"] += worker.get(str(f), 0.0)
        row["camelot_wall_s"] += cam.get(str(f), {}).get("wall_s", 0.0)
        row["camelot_cpu_s"] += cam.get(str(f), {}).get("cpu_s", 0.0)
    return [
        {"family": k, **v, "ratio": v["worker_s"] / v["camelot_wall_s"] if v["camelot_wall_s"] else None}
        for k, v in sorted(fams.items())
    ]


def fmt(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.3f}" if abs(v) < 10 else f"{v:.1f}"
    return str(v)


def markdown(columns: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "|".join(" --- " for _ in columns) + "|"]
    return "\n".join(lines + ["| " + " | ".join(fmt(v) for v in r) + " |" for r in rows])


def report(s: dict[str, Any]) -> None:
    p = s["pipeline"]
    say = lambda text="": print(text, flush=True)  # noqa: E731
    say(f"\n## {s['corpus']}: {s['documents']} documents, {s['pages']} pages — {s['outcomes']}")
    say(
        f"pipeline (2 workers + writer, end to end): wall {p['wall_s']:.1f} s "
        f"(process incl. start-up {p['process_wall_s']:.1f} s), CPU {p['cpu_s']:.1f} s (writer "
        f"{p['writer_cpu_s']:.1f}, workers {p['workers_cpu_s']:.1f}) → "
        f"{p['pages_per_min']:.1f} pages/min, {p['docs_per_min']:.2f} documents/min; "
        f"extraction {p['extraction_s_per_page']:.3f} s/page wall, "
        f"{p['extraction_cpu_s_per_page']:.3f} CPU-s/page (per page of the extracted documents)"
    )
    say()
    rows = [
        [st["stage"], st["where"], "" if st["wall_s"] is None else st["wall_s"],
         "" if st["cpu_s"] is None else st["cpu_s"],
         "" if st["wall_s"] is None else f"{100 * st['wall_s'] / p['wall_s']:.0f} %"]
        for st in p["stages"]
    ]  # fmt: skip
    say("time per stage (wall: summed over documents, so the workers' rows add up to ~2× the wall; CPU: user+sys)")
    say(markdown(["stage", "process", "wall s", "CPU s", "wall / pipeline wall"], rows))
    peaks = p["peak_rss_mb"]
    say(
        "\npeak RSS (VmHWM from /proc polling): writer "
        + f"{peaks['writer']:.0f} MB; workers "
        + ", ".join(f"{w:.0f} MB" for w in peaks["workers"])
        + f" (forked: a worker's figure includes pages shared with the writer); warehouse {p['warehouse_mb']:.0f} MB"
    )
    if p["memory"]:
        say()
        say(
            markdown(
                ["after docs", "writer RSS MB", "worker RSS MB (each)"],
                [
                    [m["docs"], m["writer_rss_mb"], ", ".join(f"{v:.0f}" for v in m["workers_rss_mb"].values())]
                    for m in p["memory"]
                ],
            )
        )
    c = s.get("camelot")
    if c:
        say(
            f"\nplain camelot.read_pdf(pages='all', flavor='lattice'), {c['parallel']} children at a time: "
            f"wall {c['wall_s']:.1f} s, CPU {c['cpu_s']:.1f} s (read_pdf alone {c['read_pdf_cpu_s']:.1f} s), "
            f"{c['cpu_s_per_page']:.3f} CPU-s/page, {c['files_ok']} of {s['documents']} files ok"
            + (f" (failed/timed out: {len(c['files_failed'])})" if c["files_failed"] else "")
            + f"; peak child RSS {c['peak_child_rss_mb']:.0f} MB"
        )
        verdict = lambda ok: "met" if ok else "NOT met"  # noqa: E731
        say(
            f"ratio pipeline/camelot (whole processes, start-up included on both sides): wall "
            f"{p['process_wall_s']:.1f} / {c['wall_s']:.1f} = {c['ratio_wall']:.3f}× "
            f"(target ≤ {TARGET}×: {verdict(c['met_wall'])}); CPU {p['cpu_s']:.1f} / {c['cpu_s']:.1f} = "
            f"{c['ratio_cpu']:.3f}× ({verdict(c['met_cpu'])}); stricter, CPU against read_pdf alone "
            f"(no child start-up): {p['cpu_s']:.1f} / {c['read_pdf_cpu_s']:.1f} = "
            f"{c['ratio_cpu_vs_read_pdf_only']:.3f}×"
        )
    if s.get("by_family"):
        say()
        say(
            markdown(
                ["family", "files", "pages", "worker wall s", "camelot child wall s", "camelot CPU s", "ratio"],
                [
                    [
                        r["family"],
                        int(r["files"]),
                        int(r["pages"]),
                        r["worker_s"],
                        r["camelot_wall_s"],
                        r["camelot_cpu_s"],
                        r["ratio"],
                    ]
                    for r in s["by_family"]
                ],
            )
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, help="at most N documents per corpus (generated: N, default 300)")
    parser.add_argument("--only", help="national: only this family (first folder name, e.g. 深圳市)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--camelot-parallel", type=int, default=2, help="plain-camelot children at a time")
    parser.add_argument("--camelot-timeout", type=float, default=3600, help="per file, seconds")
    parser.add_argument("--skip-camelot", action="store_true")
    parser.add_argument("--skip-real", action="store_true")
    parser.add_argument("--skip-national", action="store_true")
    parser.add_argument("--skip-generated", action="store_true")
    parser.add_argument("--pipeline-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.pipeline_child:
        pipeline_child(args.pipeline_child)
        return
    warnings.simplefilter("ignore")
    OUT.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    json_path = OUT / f"bench-{stamp}.json"
    figures: dict[str, Any] = {
        "started": stamp,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "load_average_at_start": os.getloadavg(),
        "args": {k: v for k, v in vars(args).items() if k != "pipeline_child"},
        "rss_method": "peak: /proc/<pid>/status VmHWM polled every 0.25 s; per checkpoint: VmRSS",
        "corpora": [],
    }
    print(f"# budgetwh benchmark {stamp} — {figures['machine']}; load average {os.getloadavg()}", flush=True)
    print(f"figures → {json_path}", flush=True)

    corpora: list[tuple[str, Callable[[], list[Path]]]] = []
    if not args.skip_national:
        corpora.append(("national", lambda: national_files(args.only, args.docs)))
    if not args.skip_real:
        corpora.append(("putuo", lambda: sorted(REAL_CORPUS.glob("*.pdf"))[: args.docs]))
    if not args.skip_generated:

        def generated() -> list[Path]:
            from corpus import build_corpus

            return build_corpus(OUT / "corpus", args.docs or 300)

        corpora.append(("generated", generated))

    for name, list_files in corpora:
        files = list_files()
        if not files:
            print(f"\n## {name}: no PDFs found (set BUDGETWH_NATIONAL_CORPUS / BUDGETWH_REAL_CORPUS)", flush=True)
            continue
        print(f"\n… {name}: pipeline over {len(files)} PDFs (load average {os.getloadavg()})", flush=True)
        load = os.getloadavg()
        pipe = run_pipeline(name, files, args.workers)
        pipe["workers"], pipe["load_average"] = args.workers, [load, os.getloadavg()]
        cam = None
        figures.setdefault("raw", {})[name] = {"pipeline": pipe, "camelot": cam}  # saved before camelot's hour
        json_path.write_text(json.dumps(figures, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        if not args.skip_camelot:
            print(f"… {name}: plain camelot over the same files (load average {os.getloadavg()})", flush=True)
            load = os.getloadavg()
            cam = run_camelot(files, args.camelot_parallel, args.camelot_timeout)
            cam["load_average"] = [load, os.getloadavg()]
        figures.setdefault("raw", {})[name] = {"pipeline": pipe, "camelot": cam}
        json_path.write_text(json.dumps(figures, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        try:  # the raw figures are saved; a bug in the summary must not lose an hour of measuring
            s = summarize(name, files, pipe, cam)
            s["load_average_at_end"] = os.getloadavg()
            figures["corpora"].append(s)
            report(s)
        except Exception:
            traceback.print_exc()
        json_path.write_text(json.dumps(figures, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    figures["finished"] = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    json_path.write_text(json.dumps(figures, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    print(f"\nfigures written to {json_path}", flush=True)


if __name__ == "__main__":
    main()
