"""Shared fixtures: where the real PDFs live, and one extraction per real file per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipelines.extract import ExtractedDocument, extract_document

REPO = Path(__file__).resolve().parents[1]
# The real published PDFs are never committed; CI and developers have them beside the repo.
REAL_CORPUS = Path(os.environ.get("BUDGETWH_REAL_CORPUS", REPO.parent / "shared" / "corpus" / "real"))
# 183 real 预算/决算 PDFs of 13 template families (MANIFEST.tsv describes each).
NATIONAL_CORPUS = Path(os.environ.get("BUDGETWH_NATIONAL_CORPUS", REPO.parent / "shared" / "corpus" / "national"))

_cache: dict[str, ExtractedDocument] = {}


def real_pdf(name: str) -> Path:
    path = REAL_CORPUS / name
    if not path.exists():
        pytest.fail(f"real corpus file missing: {path} (set BUDGETWH_REAL_CORPUS)")
    return path


def national_pdf(relative: str) -> Path:
    path = NATIONAL_CORPUS / relative
    if not path.exists():
        pytest.fail(f"national corpus file missing: {path} (set BUDGETWH_NATIONAL_CORPUS)")
    return path


@pytest.fixture(scope="session")
def extract_national():
    def extract(relative: str) -> ExtractedDocument:
        key = f"national:{relative}"
        if key not in _cache:
            _cache[key] = extract_document(national_pdf(relative))
        return _cache[key]

    return extract


@pytest.fixture(scope="session")
def extract_real():
    def extract(name: str) -> ExtractedDocument:
        if name not in _cache:
            _cache[name] = extract_document(real_pdf(name))
        return _cache[name]

    return extract
