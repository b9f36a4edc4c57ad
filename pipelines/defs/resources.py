"""Resources: the DuckDB warehouse (only ever through DuckDBResource) and the inbox folder."""

from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from dagster import ConfigurableResource
from dagster_duckdb import DuckDBResource

from pipelines.extract import file_sha256
from pipelines.store import default_warehouse_path
from pipelines.store.paths import REPO_ROOT
from pipelines.store.schema import connect_with_retry

INBOX_ENV = "BUDGETWH_INBOX"
WRITER_POOL = "duckdb_writer"  # every asset that writes the warehouse claims this pool


def default_inbox_path() -> Path:
    env = os.environ.get(INBOX_ENV)
    return Path(env) if env else REPO_ROOT / "data" / "inbox"


@dataclass(frozen=True)
class InboxFile:
    path: str
    sha256: str
    size: int
    mtime_ns: int


def pdf_files(root: str | Path) -> list[Path]:
    """Every *.pdf under a file or folder (recursive, case-insensitive suffix), sorted."""
    root = Path(root)
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf")


class Inbox(ConfigurableResource):
    """The folder that new PDFs are dropped into."""

    path: str

    def scan(self, known: dict[str, tuple[int, int, str]] | None = None) -> list[InboxFile]:
        """Hash every *.pdf; `known` (path → size, mtime_ns, sha256) avoids re-hashing unchanged files."""
        known = known or {}
        found: list[InboxFile] = []
        for p in pdf_files(self.path) if Path(self.path).exists() else []:
            st = p.stat()
            cached = known.get(str(p))
            unchanged = cached is not None and (cached[0], cached[1]) == (st.st_size, st.st_mtime_ns)
            sha = cached[2] if unchanged else file_sha256(p)
            found.append(InboxFile(str(p), sha, st.st_size, st.st_mtime_ns))
        return found


class WarehouseResource(DuckDBResource):
    """DuckDBResource that waits out another process's write lock (jittered backoff up to
    $BUDGETWH_LOCK_TIMEOUT, default 300 s) and then fails with a clear message."""

    @contextmanager
    def get_connection(self):
        conn = connect_with_retry(self.database, config={"custom_user_agent": "dagster", **self.connection_config})
        try:
            yield conn
        finally:
            conn.close()


def warehouse_resource(path: str | Path | None = None) -> DuckDBResource:
    return WarehouseResource(database=str(path or default_warehouse_path()))


def inbox_resource(path: str | Path | None = None) -> Inbox:
    return Inbox(path=str(path or default_inbox_path()))


def default_resources() -> dict[str, object]:
    return {"warehouse": warehouse_resource(), "inbox": inbox_resource()}
