"""Narrative checks: the 情况说明 prose of a report → typed claims → findings against its tables.

Pure Python (no Dagster, no DuckDB). `parse_claims(doc.narrative_pages, fiscal_year)`
reads the claims; `verify_claims(claims, doc.items, previous_items)` checks them.
Phrase knowledge lives in claim_patterns.toml.
"""

from pipelines.narrative.claims import Claim, parse_claims
from pipelines.narrative.verify import AMOUNT_TOLERANCE, PERCENT_TOLERANCE, Finding, verify_claims

__all__ = ["AMOUNT_TOLERANCE", "PERCENT_TOLERANCE", "Claim", "Finding", "parse_claims", "verify_claims"]
