"""Real PDFs of every national template family: identity, eye-checked figures, hierarchy sums.

The figures live in tests/national/<family>.py, read by eye off the rendered pages.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections import defaultdict
from decimal import Decimal

import pytest

from pipelines.extract.catalog import load_catalog
from pipelines.extract.document import read_identity

import national
from conftest import national_pdf
from national.figures import Doc, amount

SUBJECT_TABLES = ("income", "expenditure", "general_budget", "gov_fund", "state_capital")


def _documents() -> list[Doc]:
    docs: list[Doc] = []
    for module in pkgutil.iter_modules(national.__path__):
        if module.name in ("figures",):
            continue
        docs.extend(importlib.import_module(f"national.{module.name}").DOCUMENTS)
    return docs


DOCUMENTS = _documents()
IDS = [d.path for d in DOCUMENTS]


def _with_figures() -> list:
    """Documents with figures; a documented known gap is a strict xfail, never a silent skip."""
    return [
        pytest.param(d, id=d.path, marks=[pytest.mark.xfail(strict=True, reason=d.known_gap)] if d.known_gap else [])
        for d in DOCUMENTS
        if d.figures
    ]


def test_every_family_has_a_document_with_enough_figures():
    families = {d.path.split("/")[0] for d in DOCUMENTS if len(d.figures) >= 20 and not d.known_gap}
    assert families >= {
        "北京市",
        "上海市级",
        "深圳市",
        "广州市",
        "珠海市",
        "佛山市",
        "苏州市",
        "无锡市",
        "江苏省级",
        "杭州市",
        "湖州市",
        "福州市",
        "西安市",
    }, sorted(families)


@pytest.mark.parametrize("doc", DOCUMENTS, ids=IDS)
def test_identity_from_the_document(doc):
    # The identity alone (text layer, OCR only for a cover without text): a document whose tables
    # are a known gap still says who, when and what it is.
    _, meta, _ = read_identity(national_pdf(doc.path), load_catalog())
    assert (meta.department, meta.fiscal_year, meta.report_kind, meta.scope, meta.part) == (
        doc.department,
        doc.fiscal_year,
        doc.report_kind,
        doc.scope,
        doc.part,
    )


@pytest.mark.parametrize("doc", _with_figures())
def test_eye_checked_figures_are_extracted_exactly(extract_national, doc):
    items = {(i.table_key, i.side, i.line_key, i.measure): i for i in extract_national(doc.path).items}
    wrong = []
    for table_key, side, line_key, measure, printed, unit, page in doc.figures:
        item = items.get((table_key, side, line_key, measure))
        got = item and (item.amount, item.unit_printed, item.page)
        if got != (amount(printed), unit, page):
            wrong.append(f"{table_key}/{side}/{line_key}/{measure}: printed {printed} {unit} p{page}, got {got}")
    assert not wrong, "\n".join(wrong)


def _sum_violations(doc: Doc, items) -> list[str]:
    """类 = Σ款 = Σ项 within each subject table and measure, and total = basic + project per line."""
    excused = set(doc.printed_sum_errors)
    values: dict[tuple[str, str], dict[str, Decimal]] = defaultdict(dict)
    for i in items:
        if i.table_key in SUBJECT_TABLES and i.side is None:
            values[(i.table_key, i.measure)][i.line_key] = i.amount
    problems = []
    for (table, measure), lines in values.items():
        for code, value in lines.items():
            if not code.isdigit() or len(code) >= 7 or (table, code, measure) in excused:
                continue
            children = [v for c, v in lines.items() if c.isdigit() and len(c) == len(code) + 2 and c.startswith(code)]
            if children:
                gap = abs(value - sum(children))
                # Rounding: one unit of the last printed digit per addend, as the quality gate allows.
                last_digit = Decimal(1).scaleb(min(v.as_tuple().exponent for v in [value, *children]))
                if gap > len(children) * last_digit:
                    problems.append(f"{table}/{measure} {code}: {value} vs Σ children {sum(children)}")
    for table in {t for t, _ in values}:
        total, basic, project = (values.get((table, m), {}) for m in ("total", "basic", "project"))
        if not basic or not project:
            continue
        for line, value in total.items():
            if (table, line, "total") in excused:
                continue
            # 江苏 支出预算总表 prints a third part, 单位预留机动经费 (flexible_reserve).
            reserve = values.get((table, "flexible_reserve"), {}).get(line, Decimal(0))
            parts = basic.get(line, Decimal(0)) + project.get(line, Decimal(0)) + reserve
            if abs(value - parts) > Decimal("0.02"):
                problems.append(f"{table} {line}: total {value} vs basic + project (+ reserve) {parts}")
    return problems


@pytest.mark.parametrize("doc", _with_figures())
def test_subject_tables_add_up(extract_national, doc):
    extracted = extract_national(doc.path)
    assert {"expenditure", "general_budget"} <= {t.table_key for t in extracted.tables if t.items}
    problems = _sum_violations(doc, extracted.items)
    assert not problems, "\n".join(problems)
