"""Shared fixtures: where the real PDFs live, and one extraction per real file per session.

Extraction is a pure function of a file's name and bytes, and the heaviest repeated work of the
suite: the same sample and Putuo PDFs are extracted by several modules, directly or through a
Dagster ingest. `extract_once` extracts each (name, sha256) once per session; `shared_extraction()`
lets an ingest fixture use it (a fresh deep copy each time, so that no test sees another's edits)."""

from __future__ import annotations

import atexit
import contextlib
import copy
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import duckdb
import pytest

from pipelines.extract import ExtractedDocument, extract_document, file_sha256

REPO = Path(__file__).resolve().parents[1]
# The real published PDFs are never committed; CI and developers have them beside the repo.
REAL_CORPUS = Path(os.environ.get("BUDGETWH_REAL_CORPUS", REPO.parent / "shared" / "corpus" / "real"))
# 183 real 预算/决算 PDFs of 13 template families (MANIFEST.tsv describes each).
NATIONAL_CORPUS = Path(os.environ.get("BUDGETWH_NATIONAL_CORPUS", REPO.parent / "shared" / "corpus" / "national"))

_pristine: dict[tuple[str, str], ExtractedDocument] = {}  # (file name, sha256) → as extracted, never handed out
_shared: dict[tuple[str, str], ExtractedDocument] = {}  # the one copy extract_real / extract_national hand out
_sample_corpus: list[Path] = []
_schema_template: list[Path] = []


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


def empty_warehouse(dest: Path | None = None) -> Path:
    """A DuckDB file with every warehouse/*.sql applied and the reference loaded: a byte copy of
    one file ensure_schema built in this session (a copy costs a tenth of applying the SQL).
    Without `dest`, a new file in the session's scratch folder."""
    if not _schema_template:
        from pipelines.store import ensure_schema

        folder = Path(tempfile.mkdtemp(prefix="budgetwh-schema-"))
        atexit.register(shutil.rmtree, folder, True)
        template = folder / "template.duckdb"
        with duckdb.connect(str(template)) as con:
            ensure_schema(con)
            con.execute("CHECKPOINT")  # everything in the file itself, no WAL beside it
        _schema_template.append(template)
    template = _schema_template[0]
    if dest is None:
        handle, name = tempfile.mkstemp(suffix=".duckdb", dir=template.parent)
        os.close(handle)
        dest = Path(name)
    shutil.copyfile(template, dest)
    return dest


@contextlib.contextmanager
def national_warehouse(
    tmp_path_factory: pytest.TempPathFactory, name: str, relatives: Iterable[str]
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to a new warehouse file (in a `name` temp folder) with the national PDFs
    `relatives` (paths under NATIONAL_CORPUS) written and published in that order: the session's
    extractions through the loader's own path, without the Dagster run and the quality gate
    (each passes those in `make national`). Closed when the block ends; for a module fixture."""
    db = empty_warehouse(tmp_path_factory.mktemp(name) / "wh.duckdb")
    from pipelines.store import write_document

    con = duckdb.connect(str(db))
    try:
        for relative in relatives:
            path = national_pdf(relative)
            write_document(con, _extract_shared(path), path)
        yield con
    finally:
        con.close()


def _key(path: str | Path) -> tuple[str, str]:
    path = Path(path)
    return path.name, file_sha256(path)


def _extract_pristine(path: str | Path) -> tuple[tuple[str, str], ExtractedDocument]:
    key = _key(path)
    if key not in _pristine:
        _pristine[key] = extract_document(path)  # a failure is not cached: it is raised again next time
    return key, _pristine[key]


def extract_once(path: str | Path) -> ExtractedDocument:
    """extract_document(path), computed once per session for the same file name and bytes; a deep
    copy each call (the ingest sets doc.sha256, tests may edit what they get)."""
    return copy.deepcopy(_extract_pristine(path)[1])


def _extract_shared(path: str | Path) -> ExtractedDocument:
    key, doc = _extract_pristine(path)
    if key not in _shared:
        _shared[key] = copy.deepcopy(doc)
    return _shared[key]


@contextlib.contextmanager
def shared_extraction() -> Iterator[None]:
    """Within the block, in-process Dagster ingests (ingest_files, ingest_inbox.execute_in_process)
    extract through `extract_once`. Everything after the extraction (staging, gate, load, publish)
    runs as always; subprocess ingests are untouched."""
    import pipelines.defs.assets as assets_module

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(assets_module, "extract_document", extract_once)
        yield


def sample_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder with the whole sample corpus (4 决算 + 4 预算), built once per session (the builder
    is deterministic: test_samples / test_sample_budgets build twice and compare bytes). Read only:
    copy it (`copy_sample_corpus`) to ingest from an inbox or to write beside the files."""
    if not _sample_corpus:
        from pipelines.samples.build import build_sample_corpus

        folder = tmp_path_factory.mktemp("sample_corpus")
        build_sample_corpus(folder)
        _sample_corpus.append(folder)
    return _sample_corpus[0]


def copy_sample_corpus(tmp_path_factory: pytest.TempPathFactory, dest: Path) -> list[Path]:
    """Copy the session's sample corpus into `dest`; returns the 决算 paths in year order, as
    build_sample_corpus does."""
    from pipelines.samples.build import sample_file_name
    from pipelines.samples.figures import SAMPLE_YEARS

    shutil.copytree(sample_corpus(tmp_path_factory), dest, dirs_exist_ok=True)
    return [dest / sample_file_name(year) for year in SAMPLE_YEARS]


@pytest.fixture(scope="session")
def sample_finals(tmp_path_factory) -> dict[int, Path]:
    """year → the session's sample 决算 PDF (read only)."""
    from pipelines.samples.build import sample_file_name
    from pipelines.samples.figures import SAMPLE_YEARS

    return {year: sample_corpus(tmp_path_factory) / sample_file_name(year) for year in SAMPLE_YEARS}


@pytest.fixture(scope="session")
def sample_budgets(tmp_path_factory) -> dict[int, Path]:
    """year → the session's sample 预算 PDF (read only)."""
    from pipelines.samples.build import budget_file_name
    from pipelines.samples.figures import SAMPLE_YEARS

    return {year: sample_corpus(tmp_path_factory) / budget_file_name(year) for year in SAMPLE_YEARS}


@pytest.fixture(scope="session")
def extract_national():
    def extract(relative: str) -> ExtractedDocument:
        return _extract_shared(national_pdf(relative))

    return extract


@pytest.fixture(scope="session")
def extract_real():
    def extract(name: str) -> ExtractedDocument:
        return _extract_shared(real_pdf(name))

    return extract


@pytest.fixture(scope="session")
def extract_sample():
    """path → its ExtractedDocument, shared like extract_real's (do not edit it)."""
    return _extract_shared
