"""Issue 10 part 6: a 情况说明 that states an amount for a table the PDF prints blank is a warning
(narrative.table_blank), not silence. The real 万里街道 2025 budget states its 三公 预算 (37.91万元,
the 三公 table on p.29 prints it); with that table blanked the same claims must be reported."""

from __future__ import annotations

from decimal import Decimal

from pipelines.narrative import parse_claims, verify_claims

WANLI_2025 = "上海市普陀区人民政府万里街道办事处25年预算.pdf"


def _claims(doc):
    return parse_claims(doc.narrative_pages, doc.meta.fiscal_year, doc.meta.report_kind)


def test_a_blank_three_public_table_with_amounts_in_the_narrative_is_a_warning(extract_real):
    doc = extract_real(WANLI_2025)
    claims = _claims(doc)
    three_public = [c for c in claims if c.kind == "three_public" and c.amount]
    assert three_public, "the 情况说明 states 三公 amounts"
    # as printed: the table carries them, nothing to report
    assert not [f for f in verify_claims(claims, doc.items) if f.rule_id == "narrative.table_blank"]
    # the 三公 table printed blank (no figure extracted): every non-zero 三公 claim is a warning
    blank = [i for i in doc.items if i.table_key != "three_public"]
    found = [f for f in verify_claims(claims, blank) if f.rule_id == "narrative.table_blank"]
    assert found and all(f.severity == "warning" and "three_public" in f.message_en for f in found)
    assert {f.found for f in found} >= {Decimal("37.91")}
    # a document with no tables at all (a narrative part before its companion) is not reported here
    assert not [f for f in verify_claims(claims, []) if f.rule_id == "narrative.table_blank"]
