"""The sample corpus, extracted: every printed amount equals the generator's truth exactly."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipelines.samples.figures import SAMPLE_DEPARTMENT, SAMPLE_YEARS, expected_items


@pytest.fixture(scope="session")
def sample_docs(sample_finals, extract_sample):
    docs = [extract_sample(p) for p in sample_finals.values()]  # the session's corpus, extracted once
    return {d.meta.fiscal_year: d for d in docs}


@pytest.mark.parametrize("year", SAMPLE_YEARS)
def test_sample_year_extracts_to_its_truth(sample_docs, year):
    doc = sample_docs[year]
    assert (doc.meta.department, doc.meta.fiscal_year, doc.meta.report_kind) == (
        SAMPLE_DEPARTMENT,
        year,
        "final_account",
    )
    assert doc.missing_tables == []
    got = {(i.table_key, i.side, i.line_key, i.measure): i.amount for i in doc.items}
    expected = expected_items(year)
    wrong = {k: (v, got.get(k)) for k, v in expected.items() if got.get(k) != v}
    assert not wrong
    extra = {k: v for k, v in got.items() if v != 0 and k not in expected}
    assert not extra


def test_2023_carries_the_seed_figures(sample_docs):
    got = {(i.table_key, i.side, i.line_key, i.measure): i for i in sample_docs[2023].items}
    assert got[("summary", "expenditure", "grand_total", "final")].amount == Decimal("1648.70")
    assert got[("summary", "income", "carryover_begin", "final")].amount == Decimal("141.65")
    assert got[("general_budget", None, "2080101", "total")].amount_yuan == Decimal("5690000.00")
    assert got[("three_public", None, "total", "final")].amount == Decimal("2.89")


def test_continuation_pages_and_both_code_styles_are_read(sample_docs):
    for doc in sample_docs.values():
        assert len(doc.table("income").pages) == 2 and len(doc.table("expenditure").pages) == 2
    # 2021/2023 print split 类|款|项 columns, 2022/2024 merged codes: both give 7-digit codes.
    for year in SAMPLE_YEARS:
        codes = {i.line_key for i in sample_docs[year].table("expenditure").items}
        assert "2080101" in codes
