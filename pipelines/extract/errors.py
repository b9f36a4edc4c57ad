"""Specific, user-facing reasons why a file cannot be extracted.

Each error carries a stable machine `reason` (stored in the warehouse, used in
tests) and a one-line human message (printed by the CLI, shown in Dagster).
"""

from __future__ import annotations


class ExtractionError(Exception):
    reason = "extraction_failed"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"{self.reason}: {self.message}"


class NotAPdfError(ExtractionError):
    reason = "not_pdf"


class EmptyFileError(ExtractionError):
    reason = "empty_file"


class TruncatedPdfError(ExtractionError):
    reason = "truncated_pdf"


class EncryptedPdfError(ExtractionError):
    reason = "encrypted_pdf"


class ScannedPdfError(ExtractionError):
    reason = "scanned_pdf"


class NotABudgetReportError(ExtractionError):
    reason = "not_budget_report"


class CoverUnreadableError(ExtractionError):
    reason = "cover_unreadable"


class MissingTablesError(ExtractionError):
    reason = "missing_tables"


class UnmappableColumnsError(ExtractionError):
    reason = "unmappable_columns"


class AmountParseError(ExtractionError):
    reason = "unparseable_amount"
