"""Where the warehouse file and its DDL live."""

from __future__ import annotations

import os
from pathlib import Path

WAREHOUSE_ENV = "BUDGETWH_WAREHOUSE"
REPO_ROOT = Path(__file__).resolve().parents[2]


def sql_dir() -> Path:
    """The folder of warehouse/*.sql, applied in file-name order."""
    return REPO_ROOT / "warehouse"


def default_warehouse_path() -> Path:
    """`$BUDGETWH_WAREHOUSE`, else warehouse/budget.duckdb in the repository."""
    env = os.environ.get(WAREHOUSE_ENV)
    return Path(env) if env else REPO_ROOT / "warehouse" / "budget.duckdb"
