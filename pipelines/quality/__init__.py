"""The data-quality gate: great-expectations 1.x suites (expectations/*.json) over the
evidence views of warehouse/50_checks.sql, run per document before publication.

run_gate(con, document_id)           validate every family → GateReport (findings, per-family outcome)
run_gate_many(con, document_ids)     the same for a batch, one validation per family (the worker's way)
write_check_results(con, report)     replace the document's rows in core.check_results (one transaction)
recheck_narrative_parts(con, id)     after a tables part is published: re-check its narrative parts against it
FAMILIES / BLOCKING_FAMILIES         family name → description; the families whose errors block

No Dagster here: pipelines/defs wires the gate into the asset graph and the CLI.
"""

from pipelines.quality.gate import (
    FamilyOutcome,
    Finding,
    GateReport,
    RuleResult,
    recheck_narrative_parts,
    run_gate,
    run_gate_many,
    write_check_results,
)
from pipelines.quality.suites import BLOCKING_FAMILIES, FAMILIES, Rule, load_suites, rules

__all__ = [
    "BLOCKING_FAMILIES",
    "FAMILIES",
    "FamilyOutcome",
    "Finding",
    "GateReport",
    "Rule",
    "RuleResult",
    "load_suites",
    "recheck_narrative_parts",
    "rules",
    "run_gate",
    "run_gate_many",
    "write_check_results",
]
