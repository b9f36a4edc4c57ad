"""The expectation suites: expectations/<family>.json → great-expectations ExpectationSuite objects.

The JSON files are the versioned, human-readable source (one per rule family). Every
expectation's meta carries rule_id, family, severity ('error' | 'warning' | 'info'), kind
('numeric' | 'rounding' | 'flag' | 'claim'), message_zh / message_en templates and, for numeric
rules, the tolerance rationale. The suites are parsed once per process.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import great_expectations as gx

from pipelines.store.paths import REPO_ROOT

EXPECTATIONS_DIR = REPO_ROOT / "expectations"

# Validation order; also the order of the families in reports.
FAMILY_ORDER = (
    "completeness",
    "codes",
    "arithmetic_subject_tables",
    "arithmetic_basic",
    "arithmetic_three_public",
    "arithmetic_summary",
    "cross_table",
    "narrative",
)


@dataclass(frozen=True)
class Rule:
    """One expectation of a suite, as the gate reports it."""

    rule_id: str
    family: str
    severity: str  # error | warning | info
    kind: str  # numeric (beyond tolerance) | rounding (within tolerance, ≠ 0) | flag | claim
    title_zh: str
    title_en: str
    message_zh: str
    message_en: str
    evidence_view: str
    tolerance_en: str = ""


def suite_path(family: str, folder: Path | None = None) -> Path:
    return (folder or EXPECTATIONS_DIR) / f"{family}.json"


@cache
def _suite_data(family: str) -> dict[str, Any]:
    return json.loads(suite_path(family).read_text(encoding="utf-8"))


@cache
def load_suites() -> dict[str, gx.ExpectationSuite]:
    """family → ExpectationSuite, parsed once. Raises if an expectation did not load
    (ExpectationSuite drops an invalid one with only a log line)."""
    suites: dict[str, gx.ExpectationSuite] = {}
    for family in FAMILY_ORDER:
        data = _suite_data(family)
        suite = gx.ExpectationSuite(name=data["name"], expectations=data["expectations"], meta=data.get("meta"))
        if len(suite.expectations) != len(data["expectations"]):
            raise ValueError(
                f"{suite_path(family)}: {len(data['expectations']) - len(suite.expectations)} "
                "expectation(s) did not load"
            )
        suites[family] = suite
    return suites


def rules_of(families: tuple[str, ...] | list[str]) -> dict[str, Rule]:
    """rule_id → Rule, for every expectation of the named suites (expectations/<family>.json)."""
    out: dict[str, Rule] = {}
    for family in families:
        for exp in _suite_data(family)["expectations"]:
            m = exp["meta"]
            out[m["rule_id"]] = Rule(
                rule_id=m["rule_id"],
                family=m["family"],
                severity=m["severity"],
                kind=m["kind"],
                title_zh=m["title_zh"],
                title_en=m["title_en"],
                message_zh=m["message_zh"],
                message_en=m["message_en"],
                evidence_view=m.get("evidence_view", ""),
                tolerance_en=m.get("tolerance_en", ""),
            )
    return out


@cache
def rules() -> dict[str, Rule]:
    """rule_id → Rule, for every expectation of every per-document suite."""
    return rules_of(FAMILY_ORDER)


def _families() -> dict[str, str]:
    return {f: _suite_data(f)["meta"]["description_en"] for f in FAMILY_ORDER}


def _blocking() -> frozenset[str]:
    return frozenset(f for f in FAMILY_ORDER if _suite_data(f)["meta"].get("blocking"))


FAMILIES: dict[str, str] = _families()  # family → one-line description
BLOCKING_FAMILIES: frozenset[str] = _blocking()  # families with at least one error-severity rule
