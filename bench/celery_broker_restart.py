"""The broker-restart fault, with real processes, by hand (~2 minutes of wall time). The same fault
with assertions: `test_a_broker_restart_mid_batch_fails_with_its_reason_and_a_rerun_completes` in
tests/test_faults_celery.py (`make faults`).

    .venv/bin/python bench/celery_broker_restart.py [FOLDER]

Four PDFs (default: four small Putuo ones) through redis-server + 2 dagster-celery workers; while
the first extraction steps run, redis-server is killed and started again on the same port
(without persistence, as in the tests). Prints what the run did, what the warehouse and the
staging folder hold afterwards, and what a second run of the job does.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402
from dagster import DagsterInstance  # noqa: E402

from pipelines.celery_local import LocalCluster, run_celery_ingest, step_spans  # noqa: E402
from pipelines.defs.resources import pdf_files  # noqa: E402

REAL = ROOT.parent / "shared" / "corpus" / "real"
FILES = [
    "上海市普陀区人民政府万里街道办事处24年预算.pdf",
    "上海市普陀区人民政府万里街道办事处25年预算.pdf",
    "上海市普陀区人民政府办公室25年预算.pdf",
    "中共上海市普陀区委社会工作部 2024 年度部门决算.pdf",
]


def main() -> int:
    sources = pdf_files(sys.argv[1])[:4] if len(sys.argv) > 1 else [REAL / n for n in FILES]
    with tempfile.TemporaryDirectory(prefix="budgetwh-broker-") as tmp:
        work = Path(tmp)
        inbox = work / "inbox"
        inbox.mkdir()
        for path in sources:
            shutil.copy(path, inbox / path.name)
        db = work / "wh.duckdb"
        with (
            LocalCluster(work / "cluster", db, inbox, visibility_timeout=60) as cluster,
            DagsterInstance.from_config(str(cluster.home)) as instance,
        ):
            outcome: dict[str, tuple[str, bool]] = {}
            runner = threading.Thread(
                target=lambda: outcome.update(run=run_celery_ingest(cluster, instance)), daemon=True
            )
            started = time.monotonic()
            runner.start()
            while runner.is_alive():
                runs = instance.get_runs()
                if runs and any(k.startswith("stage_file[") for k in step_spans(instance, runs[0].run_id)):
                    time.sleep(1.0)
                    cluster.restart_redis()
                    print(f"redis-server restarted {time.monotonic() - started:.1f} s into the run")
                    break
                time.sleep(0.3)
            runner.join(timeout=300)
            if runner.is_alive():
                print("first run: still waiting 300 s after the restart (a lost task is never reported)")
                return 1
            run_id, ok = outcome["run"]
            print(f"first run: success={ok} after {time.monotonic() - started:.1f} s")
            for key, step in step_spans(instance, run_id).items():
                print(f"  {key:40s} {step.get('worker', 'never taken'):16s} finished={'end' in step}")
            print(f"warehouse file exists: {db.exists()}")
            time.sleep(15)  # the steps that were running finish on their workers
            staged = sorted(p.stem[:12] for p in (Path(str(db) + ".staging") / "_complete").glob("*.json"))
            print(f"complete stages left for the writer: {staged}")
            started = time.monotonic()
            run_id, ok = run_celery_ingest(cluster, instance)
            print(f"second run: success={ok} in {time.monotonic() - started:.1f} s")
            for key, step in step_spans(instance, run_id).items():
                print(f"  {key:40s} {step.get('worker', '?'):16s} {step.get('end', 0) - step.get('start', 0):5.1f} s")
        with duckdb.connect(str(db), read_only=True) as con:
            print("core.documents:", con.execute("SELECT status, count(*) FROM core.documents GROUP BY 1").fetchall())
    return 0


if __name__ == "__main__":
    sys.exit(main())
