"""A local Celery cluster for `ingest_inbox_celery`: Debian's redis-server as broker and result
backend, N `dagster-celery` workers, one persistent Dagster instance (DAGSTER_HOME, SQLite) that
the workers and the launching process share. Used by tests/test_distributed.py and
`make distributed-demo`; on several machines the same pieces are services (docs/scaling.md).

Every process is started in its own session (process group) and stopped by that group's id,
also when the caller fails: `with LocalCluster(...) as cluster: ...`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import yaml
from dagster_celery.defaults import broker_transport_options

from pipelines.defs.jobs import WRITER_QUEUE
from pipelines.store.paths import REPO_ROOT

TEMPLATE_INSTANCE = REPO_ROOT / "pipelines" / "defs" / "dagster.yaml"


class ClusterError(RuntimeError):
    """redis-server or a worker did not come up (the message says which, with its log)."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stop(proc: subprocess.Popen, grace: float = 10.0) -> None:
    """SIGTERM the process group this module started, then SIGKILL what is left of it."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=grace)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        pass
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)  # the group: also the celery process the CLI spawned
    proc.wait(timeout=30)


class LocalCluster:
    """redis-server on 127.0.0.1:<free port> + `workers` dagster-celery workers (solo pool, one
    task at a time each, so that N workers are N extraction processes). Worker `budgetwh1` also
    consumes the writer queue (the warehouse's host)."""

    def __init__(
        self, workdir: Path, warehouse: Path, inbox: Path, workers: int = 2, visibility_timeout: int = 3600
    ) -> None:
        self.workdir = Path(workdir)
        self.visibility_timeout = visibility_timeout
        self.warehouse = Path(warehouse)
        self.inbox = Path(inbox)
        self.n_workers = workers
        self.port = free_port()
        self.home = self.workdir / "dagster_home"
        self.redis: subprocess.Popen | None = None
        self.workers: dict[str, subprocess.Popen] = {}
        self._log_of: dict[str, str] = {}  # worker → its current log's name
        self.logs = self.workdir / "logs"

    # -------------------------------------------------------------- configuration

    @property
    def broker(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    @property
    def backend(self) -> str:
        return f"redis://127.0.0.1:{self.port}/1"

    def executor_config(self) -> dict[str, Any]:
        """The run config's `execution: config:` (the workers are started with the same)."""
        return {
            "broker": self.broker,
            "backend": self.backend,
            "config_source": {
                # one task reserved per worker: a worker busy extracting does not hoard the next file
                "worker_prefetch_multiplier": 1,
                "broker_connection_retry_on_startup": True,
                # A task is acknowledged when it has finished, not when it starts: the task of a worker
                # killed mid-step stays in Redis and is delivered again to another worker after
                # `visibility_timeout` seconds (dagster-celery's defaults ack at once: the step's
                # message is lost and the run waits for its result forever). The timeout must be
                # longer than the longest step (the writer's, ~2–6 s a document), or a step still
                # running is delivered a second time.
                "task_acks_late": True,
                "task_reject_on_worker_lost": True,
                "broker_transport_options": {**broker_transport_options, "visibility_timeout": self.visibility_timeout},
            },
        }

    def env(self) -> dict[str, str]:
        """What every worker (and the launching process) must agree on: the instance, the paths."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("BUDGETWH_")}
        path = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
        env.update(
            DAGSTER_HOME=str(self.home),
            BUDGETWH_WAREHOUSE=str(self.warehouse),
            BUDGETWH_INBOX=str(self.inbox),
            PYTHONPATH=str(REPO_ROOT),  # this checkout's pipelines, wherever the venv was installed from
            PATH=path,  # dagster-celery starts `celery` from PATH
        )
        for key in ("BUDGETWH_STAGING", "BUDGETWH_LOCK_TIMEOUT"):
            if key in os.environ:
                env[key] = os.environ[key]
        return env

    def _write_instance(self) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        shutil.copy(TEMPLATE_INSTANCE, self.home / "dagster.yaml")  # SQLite storage, duckdb_writer limit 1
        from dagster import DagsterInstance

        # Create the SQLite storages once, here: workers starting together would race on it
        # (`table alembic_version already exists`).
        with DagsterInstance.from_config(str(self.home)) as instance:
            instance.get_runs(limit=1)
            instance.event_log_storage.get_pool_limits()

    # -------------------------------------------------------------- processes

    def start(self, timeout: float = 90.0) -> LocalCluster:
        redis_server = shutil.which("redis-server")
        if redis_server is None:
            raise ClusterError("redis-server not found on PATH (Debian package redis-server; `make redis-server`)")
        self.logs.mkdir(parents=True, exist_ok=True)
        self._write_instance()
        redis_dir = self.workdir / "redis"
        redis_dir.mkdir(exist_ok=True)
        args = [redis_server, "--bind", "127.0.0.1", "--port", str(self.port), "--save", "", "--appendonly", "no"]
        args += ["--dir", str(redis_dir)]
        self.redis = self._spawn("redis", args)
        self._wait_for_redis(timeout)
        config = self.workdir / "celery.yaml"
        config.write_text(yaml.safe_dump({"execution": {"config": self.executor_config()}}), encoding="utf-8")
        for i in range(1, self.n_workers + 1):
            self._start_worker(f"budgetwh{i}", writer=i == 1)
        self._wait_for_workers(timeout)
        return self

    def _start_worker(self, name: str, writer: bool, log: str | None = None) -> None:
        config = self.workdir / "celery.yaml"
        cli = str(Path(sys.executable).with_name("dagster-celery"))
        args = [cli, "worker", "start", "-A", "dagster_celery.app", "-y", str(config), "-n", name]
        args += ["-i", "pipelines.defs.jobs"]  # import the code (camelot, great-expectations) before `ready`
        # the first worker stands for the warehouse's host: it also takes the steps that open DuckDB
        # (one comma-separated -q: celery keeps only the last of repeated -Q options)
        args += ["-q", f"dagster,{WRITER_QUEUE}" if writer else "dagster"]
        args += ["--", "--pool", "solo", "--concurrency", "1"]
        self.workers[name] = self._spawn(log or name, args)
        self._log_of[name] = log or name

    def kill_worker(self, name: str) -> None:
        """SIGKILL a worker's process group (the fault: no shutdown, no acknowledgement)."""
        proc = self.workers[name]
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)

    def restart_worker(self, name: str, timeout: float = 90.0) -> None:
        """Start a dead worker again under its name and queues (the host's supervisor restarting it);
        its log is `<name>-restarted.log`."""
        assert self.workers[name].poll() is not None, f"{name} is still running"
        self._start_worker(name, writer=name == "budgetwh1", log=f"{name}-restarted")
        self._wait_for_workers(timeout, only=[name])

    def _spawn(self, name: str, args: list[str]) -> subprocess.Popen:
        log = (self.logs / f"{name}.log").open("wb")
        try:
            return subprocess.Popen(
                args, cwd=REPO_ROOT, env=self.env(), stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        finally:
            log.close()

    def restart_redis(self, down_seconds: float = 2.0) -> None:
        """SIGKILL redis-server and start it again on the same port (no persistence: queued
        tasks and stored results are gone) — the broker-restart fault."""
        assert self.redis is not None
        args = list(self.redis.args)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.redis.pid, signal.SIGKILL)
        self.redis.wait(timeout=30)
        time.sleep(down_seconds)
        self.redis = self._spawn("redis-restarted", args)
        self._wait_for_redis(30.0)

    def log(self, name: str) -> str:
        path = self.logs / f"{name}.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    def _wait_for_redis(self, timeout: float) -> None:
        import redis

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.redis.poll() is not None:
                raise ClusterError(f"redis-server exited ({self.redis.returncode}):\n{self.log('redis')}")
            try:
                if redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=1).ping():
                    return
            except redis.exceptions.ConnectionError:
                time.sleep(0.1)
        raise ClusterError(f"redis-server did not answer on port {self.port} in {timeout:.0f} s")

    def _wait_for_workers(self, timeout: float, only: list[str] | None = None) -> None:
        """Until every worker logs celery's `ready.` (it has connected to the broker)."""
        deadline = time.monotonic() + timeout
        pending = set(only or self.workers)
        while pending and time.monotonic() < deadline:
            for name in list(pending):
                proc = self.workers[name]
                log = self.log(self._log_of.get(name, name))
                if proc.poll() is not None:
                    raise ClusterError(f"worker {name} exited ({proc.returncode}):\n{log[-3000:]}")
                if " ready." in log:
                    pending.discard(name)
            time.sleep(0.2)
        if pending:
            raise ClusterError(f"workers {sorted(pending)} not ready in {timeout:.0f} s")

    def stop(self) -> None:
        for proc in self.workers.values():
            _stop(proc)
        if self.redis is not None:
            _stop(self.redis)

    def __enter__(self) -> LocalCluster:
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc: object) -> None:
        self.stop()


def run_celery_ingest(
    cluster: LocalCluster, instance, quiet: bool = True, ops: dict[str, Any] | None = None
) -> tuple[str, bool]:
    """Launch `ingest_inbox_celery` on `instance` (opened on cluster.home): this process
    orchestrates, every step is a Celery task. `ops`: the run config's `ops:` (e.g. stage_file's
    time budget). Returns (run id, success)."""
    from dagster import execute_job, reconstructable

    from pipelines.defs.ingest import QUIET
    from pipelines.defs.jobs import celery_job

    run_config: dict[str, Any] = {"execution": {"config": cluster.executor_config()}}
    if quiet:
        run_config.update(QUIET)
    if ops:
        run_config["ops"] = ops
    with execute_job(reconstructable(celery_job), instance=instance, run_config=run_config) as result:
        return result.run_id, result.success


def run_failure_reason(instance, run_id: str) -> str:
    """What the run's failure says: the failure events' messages and their errors (with causes),
    e.g. the executor's `redis.exceptions.ConnectionError` when the broker went away."""
    from dagster import DagsterEventType

    def chain(error) -> list[str]:
        out = []
        while error is not None:
            out.append(f"{error.cls_name}: {error.message.strip()}")
            error = error.cause or error.context
        return out

    texts: list[str] = []
    for entry in instance.all_logs(run_id):
        event = entry.dagster_event
        if event is None or event.event_type not in (
            DagsterEventType.STEP_FAILURE,
            DagsterEventType.RUN_FAILURE,
            DagsterEventType.ENGINE_EVENT,
        ):
            continue
        error = getattr(event.event_specific_data, "error", None)
        if event.event_type == DagsterEventType.ENGINE_EVENT and error is None:
            continue
        texts.append(f"{event.step_key or 'run'}: {(entry.message or '').strip()}")
        texts.extend(chain(error))
    return "\n".join(texts)


def step_spans(instance, run_id: str) -> dict[str, dict[str, Any]]:
    """Per step of a Celery run: the worker that took it, its pid, start and end (epoch seconds)."""
    from dagster import DagsterEventType

    steps: dict[str, dict[str, Any]] = {}
    for entry in instance.all_logs(run_id):
        event = entry.dagster_event
        if event is None or event.step_key is None:
            continue
        step = steps.setdefault(event.step_key, {})
        if event.event_type == DagsterEventType.ENGINE_EVENT:
            worker = event.engine_event_data.metadata.get("Celery worker")
            if worker is not None:
                step["worker"] = str(worker.value)
        elif event.event_type == DagsterEventType.STEP_START:
            step.update(pid=event.pid, start=entry.timestamp)
        elif event.event_type in (DagsterEventType.STEP_SUCCESS, DagsterEventType.STEP_FAILURE):
            step["end"] = entry.timestamp
    return steps
