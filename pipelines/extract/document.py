"""extract_document: the orchestration of cover → locate → read → normalize."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipelines.extract.model import ExtractedDocument


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def extract_document(path: str | Path) -> ExtractedDocument:  # pragma: no cover - being written
    raise NotImplementedError
