"""One dynamic partition per source document, keyed by the file's sha256."""

from dagster import DynamicPartitionsDefinition

DOCUMENTS = "documents"

documents = DynamicPartitionsDefinition(name=DOCUMENTS)
