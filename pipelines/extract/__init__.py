"""Pure extraction library: a budget / final-account PDF → typed tables.

Knows nothing of Dagster or the warehouse. The one entry point is
`extract_document(path)`; everything it returns is defined in `model`.
"""

from pipelines.extract.document import extract_document, file_sha256
from pipelines.extract.errors import ExtractionError
from pipelines.extract.model import DocumentMeta, ExtractedDocument, ExtractedTable, LineItem, RawCell

__all__ = [
    "DocumentMeta",
    "ExtractedDocument",
    "ExtractedTable",
    "ExtractionError",
    "LineItem",
    "RawCell",
    "extract_document",
    "file_sha256",
]
