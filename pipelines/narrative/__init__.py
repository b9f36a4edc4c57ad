"""Narrative checks: the 情况说明 prose of a report → typed claims → findings against its tables.

Pure Python (no Dagster, no DuckDB). `parse_claims(doc.narrative_pages, fiscal_year)`
reads the claims; `verify_claims(claims, doc.items, previous_items)` checks them.
`parse_performance(doc.page_texts)` reads the 绩效自评 (overall score, per-project
budget / funds / spending / score). Phrase knowledge lives in the *_patterns.toml files.
"""

from pipelines.narrative.claims import Claim, parse_claims
from pipelines.narrative.performance import PerformanceReport, ProjectPerformance, parse_performance
from pipelines.narrative.verify import AMOUNT_TOLERANCE, PERCENT_TOLERANCE, Finding, verify_claims

__all__ = [
    "AMOUNT_TOLERANCE",
    "PERCENT_TOLERANCE",
    "Claim",
    "Finding",
    "PerformanceReport",
    "ProjectPerformance",
    "parse_claims",
    "parse_performance",
    "verify_claims",
]
