"""The data-quality gate as Dagster asset checks on core_facts (one per rule family).

One multi-asset check runs the great-expectations suites once per document
(partition) and reports each family as its own check. The document-local families ran on the
extraction worker, on an in-memory copy (pipelines/staging.py): their results arrived with the
staged rows, so the writer only runs the families that compare with other documents of the
warehouse (narrative) — or every family when nothing was staged (a re-check from the UI). It
reports each family as its own check, so the UI shows which
family failed with the offending rows. Families that block publication are
`blocking=True`: when one fails with ERROR severity the document is quarantined
and `published_documents` does not run for it.
"""

from dagster import (
    AssetCheckExecutionContext,
    AssetCheckResult,
    AssetCheckSeverity,
    AssetCheckSpec,
    MetadataValue,
    multi_asset_check,
)
from dagster_duckdb import DuckDBResource

from pipelines.defs.assets import core_facts
from pipelines.defs.partitions import documents
from pipelines.defs.resources import WRITER_POOL
from pipelines.quality import BLOCKING_FAMILIES, FAMILIES, FamilyOutcome, run_gate, write_check_results
from pipelines.staging import WRITER_FAMILIES, drop_stage, read_stage, staging_root
from pipelines.store import quarantine_document

QUALITY_SPECS = [
    AssetCheckSpec(
        name=family,
        asset=core_facts,
        blocking=family in BLOCKING_FAMILIES,
        partitions_def=documents,
        description=description,
    )
    for family, description in FAMILIES.items()
]


@multi_asset_check(specs=QUALITY_SPECS, pool=WRITER_POOL, name="quality_gate")
def quality_gate(context: AssetCheckExecutionContext, warehouse: DuckDBResource):
    """Run every suite for this document, store the outcomes, quarantine on a blocking failure."""
    sha = context.partition_key
    stage = read_stage(staging_root(warehouse.database), sha)
    staged = stage is not None and not stage.rejected
    with warehouse.get_connection() as con:
        report = run_gate(con, sha, families=list(WRITER_FAMILIES) if staged else None)
        write_check_results(con, report)  # replaces only the families it ran
        outcomes = dict(report.families)
        failed = {f.rule_id for f in report.errors}
        seconds = report.seconds
        if staged:
            outcomes |= {name: FamilyOutcome(**values) for name, values in stage.families.items()}
            failed |= set(stage.blocking_rules)
            seconds += stage.gate_seconds
        if failed:
            quarantine_document(con, sha, "blocking check failed: " + ", ".join(sorted(failed)))
    if staged:
        drop_stage(stage)
    for family in FAMILIES:
        outcome = outcomes.get(family)
        if outcome is None:
            yield AssetCheckResult(check_name=family, passed=True, metadata={"rules": 0})
            continue
        yield AssetCheckResult(
            check_name=family,
            passed=outcome.passed,
            severity=AssetCheckSeverity.ERROR if family in BLOCKING_FAMILIES else AssetCheckSeverity.WARN,
            metadata={
                "rules": outcome.n_rules,
                "failed": outcome.n_failed,
                "warnings": outcome.n_warnings,
                "findings": MetadataValue.md(outcome.markdown or "_none_"),
                "gate_seconds": MetadataValue.float(round(seconds, 3)),
            },
        )
