"""The classification reference (warehouse/reference/*.csv → core.reference_subjects).

Every classification code printed in the real 决算/预算 PDFs and in the sample corpus must be in the
reference for the document's year, with the printed name equal to the reference name (whitespace
removed, full-/half-width brackets unified) unless the pair is in KNOWN_PRINTED_VARIANTS. The files
themselves must be consistent (levels, parents, year ranges), and ensure_schema must load them
idempotently.
"""

from __future__ import annotations

import re
import shutil
from collections import defaultdict
from pathlib import Path

import duckdb
import pdfplumber
import pytest

from pipelines.extract import ExtractedDocument
from pipelines.samples.figures import ECONOMIC_NAMES, FUNCTION_NAMES, SAMPLE_YEARS, summary_classes
from pipelines.store import ensure_schema
from pipelines.store.reference import (
    FIRST_YEAR,
    LEVEL_BY_LENGTH,
    Subject,
    load_reference,
    lookup_subject,
    normalize_name,
    read_reference,
    reference_dir,
)

from conftest import REAL_CORPUS

LAST_YEAR = 2026  # the years the reference is meant to cover: FIRST_YEAR..LAST_YEAR
TEMPLATE = "附件2：部门决算模板.pdf"

# Printed names that legitimately differ from the reference name even after normalize_name:
# (code_kind, code, printed name with whitespace removed) → why. Add an entry only for a variant seen
# in a real document (e.g. a name cut short in a narrow cell: '机关事业单位基...'); a wrong name is a
# finding for the quality gate, not something to allow here. None are known at present: the extractor
# joins names wrapped over several lines, and （）/() differences are handled by normalize_name.
KNOWN_PRINTED_VARIANTS: dict[tuple[str, str, str], str] = {}

# Every 类 of the 2024 政府收支分类科目 (function) and of 部门预算支出经济分类 (economic).
FUNCTION_CLASSES = {
    "201", "202", "203", "204", "205", "206", "207", "208", "209", "210", "211", "212", "213", "214", "215",
    "216", "217", "219", "220", "221", "222", "223", "224", "227", "229", "230", "231", "232", "233", "234",
}  # fmt: skip
ECONOMIC_CLASSES = {"301", "302", "303", "307", "309", "310", "311", "312", "313", "399"}
# 类 without 款 rows in the reference: 227 预备费 has none; 209 社会保险基金支出 (social-insurance fund
# budget, never in a department's report) is left out on purpose (see warehouse/reference/README.md).
CLASSES_WITHOUT_KUAN = {"209", "227"}

_ORDINAL = re.compile(r"^[一二三四五六七八九十]+、")


@pytest.fixture(scope="module")
def subjects() -> list[Subject]:
    return read_reference()


@pytest.fixture(scope="module")
def by_code(subjects) -> dict[tuple[str, str], list[Subject]]:
    out: dict[tuple[str, str], list[Subject]] = defaultdict(list)
    for s in subjects:
        out[(s.code_kind, s.code)].append(s)
    return out


def _reference_at(by_code, kind: str, code: str, year: int) -> Subject | None:
    return next((s for s in by_code.get((kind, code), []) if s.valid_in(year)), None)


def _problems(by_code, source: str, year: int, printed: list[tuple[str, str, str, object]]) -> list[str]:
    """printed: (code_kind, code, name as printed, where) → one message per unknown code / differing name."""
    out = []
    for kind, code, name, where in printed:
        ref = _reference_at(by_code, kind, code, year)
        if ref is None:
            out.append(f"{source} {where}: {kind} {code} {name!r} is not in the reference for {year}")
        elif (
            normalize_name(name) != normalize_name(ref.name)
            and (kind, code, "".join(name.split())) not in KNOWN_PRINTED_VARIANTS
        ):
            out.append(f"{source} {where}: {kind} {code} printed {name!r}, the reference says {ref.name!r}")
    return out


def _printed_subjects(doc: ExtractedDocument) -> list[tuple[str, str, str, object]]:
    """Subject rows (code_kind set) plus the summary tables' class lines (fn_201 '一、一般公共服务支出')."""
    out = []
    for item in doc.items:
        if item.code_kind:
            out.append((item.code_kind, item.line_key, item.line_label, f"p{item.page} {item.table_key}"))
        elif item.line_key.startswith("fn_"):
            label = _ORDINAL.sub("", item.line_label)
            out.append(("function", item.line_key[3:], label, f"p{item.page} {item.table_key}"))
    return out


# -- the files themselves ------------------------------------------------------------------------


def test_codes_have_the_length_and_level_of_their_kind(subjects):
    bad = [s for s in subjects if not s.code.isdigit() or LEVEL_BY_LENGTH[s.code_kind].get(len(s.code)) != s.level]
    assert not bad
    assert {len(s.code) for s in subjects if s.code_kind == "function"} == {3, 5, 7}
    assert {len(s.code) for s in subjects if s.code_kind == "economic"} == {3, 5}


def test_parents_are_the_prefix_and_exist_whenever_the_child_does(subjects, by_code):
    problems = []
    for s in subjects:
        if s.level == 1:
            if s.parent_code is not None:
                problems.append(f"{s.code}: a 类 has parent {s.parent_code}")
            continue
        if s.parent_code != s.code[:-2]:
            problems.append(f"{s.code}: parent {s.parent_code}, expected {s.code[:-2]}")
            continue
        for year in range(s.first_year, (s.last_year or LAST_YEAR) + 1):
            if _reference_at(by_code, s.code_kind, s.parent_code, year) is None:
                problems.append(f"{s.code} ({year}): parent {s.parent_code} not valid that year")
    assert not problems


def test_year_ranges_are_sane_and_never_overlap(by_code):
    problems = []
    for (kind, code), rows in by_code.items():
        for s in rows:
            if s.first_year < FIRST_YEAR or (s.last_year is not None and s.last_year < s.first_year):
                problems.append(f"{kind} {code}: years {s.first_year}-{s.last_year}")
        ordered = sorted(rows, key=lambda s: s.first_year)
        for a, b in zip(ordered, ordered[1:], strict=False):
            if a.last_year is None or a.last_year >= b.first_year:
                problems.append(f"{kind} {code}: {a.first_year}-{a.last_year} overlaps {b.first_year}-{b.last_year}")
    assert not problems


def test_names_are_clean(subjects):
    assert not [s for s in subjects if not s.name or s.name != "".join(s.name.split())]


def test_every_class_and_the_kuan_of_each_class_are_present(subjects):
    function_classes = {s.code for s in subjects if s.code_kind == "function" and s.level == 1}
    economic_classes = {s.code for s in subjects if s.code_kind == "economic" and s.level == 1}
    assert function_classes == FUNCTION_CLASSES
    assert economic_classes == ECONOMIC_CLASSES
    with_kuan = {s.parent_code for s in subjects if s.level == 2}
    assert (FUNCTION_CLASSES | ECONOMIC_CLASSES) - with_kuan == CLASSES_WITHOUT_KUAN


def test_every_year_covered_has_the_current_classes(by_code):
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        missing = [
            c for c in ("201", "208", "210", "212", "221", "229") if not _reference_at(by_code, "function", c, year)
        ]
        assert not missing, (year, missing)


# -- what the documents print --------------------------------------------------------------------


def _real_pdfs() -> list[Path]:
    paths = sorted(REAL_CORPUS.glob("*.pdf"))
    if not paths:
        pytest.fail(f"real corpus missing: {REAL_CORPUS} (set BUDGETWH_REAL_CORPUS)")
    return paths


@pytest.mark.parametrize("name", [p.name for p in sorted(REAL_CORPUS.glob("*.pdf"))] or ["(real corpus missing)"])
def test_real_document_codes_are_in_the_reference(extract_real, by_code, name):
    _real_pdfs()
    doc = extract_real(name)
    printed = _printed_subjects(doc)
    if name != TEMPLATE:
        assert printed, f"{name}: no classification rows extracted"
    assert not _problems(by_code, name, doc.meta.fiscal_year, printed)


def _template_pairs(pdf_path: Path) -> list[tuple[str, str, str, object]]:
    """(kind, code, name, page) from every table cell pair '<code> | <name>' of the blank template.

    The template's tables have no amounts, so the extractor yields no items; read the grid instead.
    """
    out = []
    with pdfplumber.open(pdf_path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            for table in page.extract_tables():
                for row in table:
                    cells = [(c or "").strip() for c in row]
                    for code, name in zip(cells, cells[1:], strict=False):
                        if re.fullmatch(r"\d{3}|\d{5}|\d{7}", code) and name and not name[0].isdigit():
                            kind = "economic" if code[0] == "3" else "function"
                            out.append((kind, code, name, f"p{number}"))
    return out


def test_the_blank_template_lists_only_reference_codes(by_code):
    path = REAL_CORPUS / TEMPLATE
    if not path.exists():
        pytest.fail(f"real corpus file missing: {path}")
    pairs = _template_pairs(path)
    economic = {code for kind, code, _, where in pairs if kind == "economic" and where == "p11"}
    assert len(economic) >= 60, "page 11 (基本支出决算表) lists the complete standard economic list"
    assert not _problems(by_code, TEMPLATE, 2024, pairs)
    # 301/302/303 as listed there are the whole 款 lists; 310 there omits the 款 used only for project
    # spending (31005 基础设施建设, 31006 大型修缮, 31008 物资储备, 31009–31012 land/relocation …).
    template_kuan = {c for c in economic if len(c) == 5}
    reference_kuan = {code for kind, code in by_code if kind == "economic" and len(code) == 5}
    assert template_kuan <= reference_kuan
    for cls in ("301", "302", "303"):
        assert {c for c in template_kuan if c[:3] == cls} == {c for c in reference_kuan if c[:3] == cls}


@pytest.fixture(scope="module")
def sample_docs(sample_finals, extract_sample) -> list[ExtractedDocument]:
    return [extract_sample(p) for p in sample_finals.values()]  # the session's corpus, extracted once


def test_sample_corpus_codes_are_in_the_reference(sample_docs, by_code):
    assert sorted(d.meta.fiscal_year for d in sample_docs) == list(SAMPLE_YEARS)
    problems = []
    for doc in sample_docs:
        printed = _printed_subjects(doc)
        assert printed
        problems += _problems(by_code, doc.file_name, doc.meta.fiscal_year, printed)
    assert not problems


@pytest.mark.parametrize("year", SAMPLE_YEARS)
def test_sample_generator_names_are_the_reference_names(by_code, year):
    """Everything the generator can print, not only the lines that carry an amount."""
    printed = [("function", code, name, "FUNCTION_NAMES") for code, name in FUNCTION_NAMES.items()]
    printed += [("economic", code, name, "ECONOMIC_NAMES") for code, name in ECONOMIC_NAMES.items()]
    printed += [("function", code, _ORDINAL.sub("", label), "summary") for code, label in summary_classes(year)]
    assert not _problems(by_code, "figures.py", year, printed)


# -- the warehouse table -------------------------------------------------------------------------


def test_ensure_schema_loads_the_reference_once(subjects):
    con = duckdb.connect()
    ensure_schema(con)
    ensure_schema(con)
    total, distinct = con.execute(
        "SELECT count(*), count(DISTINCT (code_kind, code, first_year)) FROM published.reference_subjects"
    ).fetchone()
    assert total == distinct == len(subjects)
    assert load_reference(con) == 0  # unchanged files: nothing to do
    # rows lost behind its back: the next ensure_schema notices (row count) and reloads
    con.execute("DELETE FROM core.reference_subjects WHERE code_kind = 'economic'")
    ensure_schema(con)
    assert con.execute("SELECT count(*) FROM core.reference_subjects").fetchone()[0] == len(subjects)


def test_changed_files_are_reloaded(tmp_path):
    folder = tmp_path / "reference"
    shutil.copytree(reference_dir(), folder)
    con = duckdb.connect()
    ensure_schema(con)
    assert load_reference(con, folder) == 0  # same bytes, same checksum: nothing to reload
    with (folder / "economic_codes.csv").open("a", encoding="utf-8") as fh:
        fh.write("39998,测试科目,2,399,2025,\n")
    assert load_reference(con, folder) == len(read_reference(folder))
    assert lookup_subject(con, "economic", "39998", 2025) == "测试科目"
    ensure_schema(con)  # back to the repository's files
    assert lookup_subject(con, "economic", "39998", 2025) is None


def test_lookup_subject_is_year_aware():
    con = duckdb.connect()
    ensure_schema(con)
    assert lookup_subject(con, "function", "2080505", 2024) == "机关事业单位基本养老保险缴费支出"
    assert lookup_subject(con, "function", "21305", 2020) == "扶贫"
    assert lookup_subject(con, "function", "21305", 2024) == "巩固脱贫攻坚成果衔接乡村振兴"
    assert lookup_subject(con, "function", "2013901", 2023) is None  # 社会工作事务 is new in 2024
    assert lookup_subject(con, "function", "2013901", 2024) == "行政运行"
    assert lookup_subject(con, "economic", "30212", 2025) == "因公出国（境）费用"
    assert lookup_subject(con, "economic", "2080505", 2024) is None  # the kind matters
    assert lookup_subject(con, "function", "2089998", 2024) is None
