"""verify_claims: hold what the narrative says against the table facts.

Every finding is a warning (or an info note): the narrative is prose written by
hand beside the tables, so a disagreement is reported, never allowed to block
publication.

Tolerances (documented here because the checks depend on them):

* amounts: the narrative prints 万元 to 2 decimals; a table in 元 is converted
  to 万元 exactly, so rounding alone moves a figure by at most 0.005万元. Any
  difference up to AMOUNT_TOLERANCE = 0.01万元 (inclusive) is accepted, which
  also absorbs the one-cent rounding differences between a 总表 and its detail
  table (326.71 vs 326.72).
* percentages are recomputed from the claim's own amounts (share = amount ÷ the
  total it is a share of; completion = amount ÷ budget; change = change ÷ the
  prior-year figure implied by amount ∓ change), rounded half-up to 2 decimals
  and accepted when within PERCENT_TOLERANCE = 0.01 percentage points of the
  printed value. A percentage printed with fewer decimals (占100%, 增长67%) is
  compared at its own precision: within half a unit of its last digit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pipelines.extract.catalog import squash
from pipelines.extract.model import UNIT_TO_YUAN, LineItem
from pipelines.narrative.claims import Claim, SubjectKey, load_patterns

AMOUNT_TOLERANCE = Decimal("0.01")  # 万元
PERCENT_TOLERANCE = Decimal("0.01")  # percentage points
_CENT = Decimal("0.01")
_WAN = UNIT_TO_YUAN["万元"]
_HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Finding:
    rule_id: str
    severity: str  # 'warning' | 'info' — never an error: narrative does not block publication
    page: int
    expected: Decimal | str | None  # what the tables (or the claim's own figures) say
    found: Decimal | str | None  # what the narrative prints
    difference: Decimal | None  # found − expected, for numbers
    message_zh: str
    message_en: str
    subject: str = ""
    sentence: str = ""


def _wan(item: LineItem) -> Decimal:
    """A table amount in 万元 (exact; a table in 元 keeps its cents as 4 decimals)."""
    return item.amount_yuan / _WAN


def _round2(value: Decimal) -> Decimal:
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


def _percent_tolerance(printed: Decimal) -> Decimal:
    places = max(-printed.as_tuple().exponent, 0)  # type: ignore[operator]
    return PERCENT_TOLERANCE if places >= 2 else Decimal(5) / Decimal(10) ** (places + 1)


class _Facts:
    """The table items, looked up the way claim_patterns.toml [lookup] says."""

    def __init__(self, items: Iterable[LineItem]) -> None:
        self.items = list(items)
        self.by_ref: dict[tuple[str, str | None, str], dict[str, LineItem]] = {}
        self.measures: set[tuple[str, str]] = set()  # (table_key, measure) pairs present
        for item in self.items:
            self.by_ref.setdefault((item.table_key, item.side, item.line_key), {}).setdefault(item.measure, item)
            self.measures.add((item.table_key, item.measure))
        self.final_account = any(item.measure == "final" for item in self.items)
        self.lookup = load_patterns().lookup

    def _candidates(self, key: SubjectKey, which: str) -> list[list[str]]:
        if isinstance(key, tuple) and key[0] == "three_public":
            spec, fill = self.lookup["three_public"], {"line": key[1]}
        elif isinstance(key, str) and key.startswith("fn_"):
            spec, fill = self.lookup["function_class"], {"code": key[3:]}
        elif isinstance(key, str) and key in self.lookup:
            spec, fill = self.lookup[key], {}
        else:
            return []
        return [[part.format(**fill) for part in ref] for ref in spec.get(which, [])]

    def value(self, key: SubjectKey, which: str) -> Decimal | None:
        """The table's figure for a subject ('amount' or 'budget'), in 万元.

        A blank cell is not extracted, so a line missing from a table that does
        have figures of that measure counts as 0 (the first candidate's table)."""
        if which == "amount" and not self.final_account:
            which = "budget"  # in a budget document every figure is a budget figure
        candidates = self._candidates(key, which)
        if which == "budget" and self.final_account:
            # A final account's tables carry budgets only in columns named 预算数.
            candidates = [ref for ref in candidates if ref[3] == "budget"]
        for table_key, side, line_key, measure in candidates:
            measures = self.by_ref.get((table_key, side or None, line_key), {})
            item = next(iter(measures.values()), None) if measure == "*" else measures.get(measure)
            if item is not None:
                return _wan(item)
        for table_key, _side, _line, measure in candidates[:1]:
            if measure != "*" and (table_key, measure) in self.measures:
                return Decimal(0)
        return None

    def blank_table(self, key: SubjectKey, which: str) -> str | None:
        """The table a subject's figure is read from, when none of its candidate tables printed a
        single figure (a 三公 table left blank while the 情况说明 states its amounts). None when the
        document has no tables at all (a narrative part before its companion: not verifiable yet)."""
        if not self.items:
            return None
        if which == "amount" and not self.final_account:
            which = "budget"
        tables = [ref[0] for ref in self._candidates(key, which)]
        present = {item.table_key for item in self.items}
        if tables and not present.intersection(tables):
            return tables[0]
        return None

    def function_line(self, key: tuple[str, ...], which: str) -> Decimal | None:
        """A 类/款/项 line by its printed names, under its class code when known."""
        _, fund_table, code, kuan, xiang = key
        measure = "budget" if which == "budget" else "total"
        labels = {item.line_key: squash(item.line_label) for item in self.items if item.code_kind == "function"}
        for table_key in dict.fromkeys((fund_table, "expenditure")):
            rows = [
                item
                for item in self.items
                if item.table_key == table_key
                and item.level == 3
                and item.measure == measure
                and squash(item.line_label) == xiang
                and item.line_key.startswith(code)
            ]
            if len(rows) > 1:
                rows = [item for item in rows if labels.get(item.parent_code or "") == kuan] or rows[:1]
            if rows:
                return _wan(rows[0])
        return None

    def has_function_lines(self, fund_table: str) -> bool:
        return any(item.table_key == fund_table and item.level == 3 for item in self.items)


def _finding(
    rule_id: str,
    claim: Claim,
    expected: Decimal | str | None,
    found: Decimal | str | None,
    zh: str,
    en: str,
    severity: str = "warning",
) -> Finding:
    difference = found - expected if isinstance(found, Decimal) and isinstance(expected, Decimal) else None
    return Finding(rule_id, severity, claim.page, expected, found, difference, zh, en, claim.subject, claim.sentence)


def _differs(found: Decimal, expected: Decimal) -> bool:
    return abs(found - expected) > AMOUNT_TOLERANCE


class _Verifier:
    def __init__(self, claims: list[Claim], facts: _Facts, previous: _Facts | None) -> None:
        self.claims = claims
        self.facts = facts
        self.previous = previous
        self.findings: list[Finding] = []

    def add(self, finding: Finding) -> None:
        self.findings.append(finding)

    def run(self) -> list[Finding]:
        for claim in self.claims:
            check = getattr(self, f"check_{claim.kind}", self.check_amounts)
            check(claim)
        return self.findings

    # -- amounts -------------------------------------------------------------

    def table_value(self, claim: Claim, which: str) -> Decimal | None:
        key = claim.subject_key
        if key is None:
            return None
        if isinstance(key, tuple) and key[0] == "function":
            return self.facts.function_line(key, which)
        return self.facts.value(key, which)

    def check_amounts(self, claim: Claim) -> None:
        for which, printed, label in (("amount", claim.amount, "决算数"), ("budget", claim.budget_amount, "预算数")):
            if printed is None:
                continue
            expected = self.table_value(claim, which)
            if expected is None and printed != 0:
                self.check_blank_table(claim, which, printed, label)
            if expected is not None and _differs(printed, expected):
                rule = "narrative.amount_mismatch" if which == "amount" else "narrative.budget_mismatch"
                self.add(
                    _finding(
                        rule,
                        claim,
                        expected,
                        printed,
                        f"情况说明第{claim.page}页“{claim.subject}”{label}为{printed}万元，表中为{expected}万元",
                        f"page {claim.page}: narrative states {claim.subject} {which} {printed} (万元); "
                        f"the tables say {expected}",
                    )
                )
        self.check_percent(claim)
        self.check_budget_direction(claim)

    check_total = check_share = check_three_public = check_office_operation = check_amounts

    def check_blank_table(self, claim: Claim, which: str, printed: Decimal, label: str) -> None:
        key = claim.subject_key
        if key is None or (isinstance(key, tuple) and key[0] == "function"):
            return  # a 类/款/项 line by name: narrative.subject_not_found covers it
        if claim.kind == "office_operation":
            return  # 机关运行经费 is often printed in no table at all (a 决算's 三公 table lacks the line)
        table = self.facts.blank_table(key, which)
        if table is None:
            return
        self.add(
            _finding(
                "narrative.table_blank",
                claim,
                None,
                printed,
                f"情况说明第{claim.page}页“{claim.subject}”{label}为{printed}万元，但对应的表（{table}）未印任何数字",
                f"page {claim.page}: narrative states {claim.subject} {which} {printed} (万元), "
                f"but the table it is read from ({table}) prints no figure",
            )
        )

    def check_subject(self, claim: Claim) -> None:
        key = claim.subject_key
        if (
            isinstance(key, tuple)
            and claim.amount is not None
            and self.facts.has_function_lines(key[1])
            and self.facts.function_line(key, "amount") is None
        ):
            self.add(
                _finding(
                    "narrative.subject_not_found",
                    claim,
                    None,
                    claim.subject,
                    f"情况说明第{claim.page}页科目“{claim.subject}”在支出决算表中找不到",
                    f"page {claim.page}: subject line {claim.subject} not found in the tables",
                    severity="info",
                )
            )
        self.check_amounts(claim)

    # -- percentages ---------------------------------------------------------

    def check_percent(self, claim: Claim) -> None:
        if claim.percent is None or claim.amount is None:
            return
        if claim.percent_of == "share":
            base = claim.base_amount
            if base is None and claim.base_key is not None:
                base = self.facts.value(claim.base_key, "amount")
            label_zh, label_en = "占比", "share"
        else:
            base = claim.budget_amount
            label_zh, label_en = "完成预算比例", "budget completion"
        if base is None or base == 0:
            return
        expected = _round2(claim.amount / base * _HUNDRED)
        if abs(claim.percent - expected) > _percent_tolerance(claim.percent):
            rule = "narrative.share_percent" if claim.percent_of == "share" else "narrative.completion_percent"
            self.add(
                _finding(
                    rule,
                    claim,
                    expected,
                    claim.percent,
                    f"情况说明第{claim.page}页“{claim.subject}”{label_zh}印为{claim.percent}%，"
                    f"按{claim.amount}÷{base}应为{expected}%",
                    f"page {claim.page}: {claim.subject} {label_en} printed {claim.percent}%, "
                    f"{claim.amount} / {base} gives {expected}%",
                )
            )

    # -- direction words -----------------------------------------------------

    def check_budget_direction(self, claim: Claim) -> None:
        if claim.direction not in ("greater", "less", "equal") or claim.amount is None:
            return
        if claim.budget_amount is not None:
            # Both figures are printed side by side, so the words must fit them exactly.
            diff = claim.amount - claim.budget_amount
            actual = "equal" if diff == 0 else ("greater" if diff > 0 else "less")
            expected_text = f"{claim.amount} vs {claim.budget_amount}"
        elif claim.percent is not None and claim.percent_of == "completion":
            actual = "equal" if claim.percent == _HUNDRED else ("greater" if claim.percent > _HUNDRED else "less")
            expected_text = f"{claim.percent}%"
        else:
            return
        if actual != claim.direction:
            words = {"greater": "大于", "less": "小于", "equal": "等于"}
            self.add(
                _finding(
                    "narrative.budget_direction",
                    claim,
                    actual,
                    claim.direction,
                    f"情况说明第{claim.page}页“{claim.subject}”称决算数{words[claim.direction]}预算数，"
                    f"但决算{claim.amount}万元、预算{claim.budget_amount or ''}万元（{expected_text}）",
                    f"page {claim.page}: {claim.subject} says final is {claim.direction} than budget, "
                    f"but the figures give {actual} ({expected_text})",
                )
            )

    # -- year on year --------------------------------------------------------

    def check_yoy(self, claim: Claim) -> None:
        if claim.compare_year is not None and claim.year is not None and claim.compare_year != claim.year - 1:
            self.add(
                _finding(
                    "narrative.compare_year",
                    claim,
                    str(claim.year - 1),
                    str(claim.compare_year),
                    f"情况说明第{claim.page}页与{claim.compare_year}年度比较，应为上一年度{claim.year - 1}年",
                    f"page {claim.page}: compares with {claim.compare_year}, expected the prior year {claim.year - 1}",
                )
            )
        if (
            claim.percent_direction
            and claim.direction in ("increase", "decrease")
            and (claim.percent_direction != claim.direction)
        ):
            self.add(
                _finding(
                    "narrative.yoy_words",
                    claim,
                    claim.direction,
                    claim.percent_direction,
                    f"情况说明第{claim.page}页“{claim.subject}”金额说{_ZH[claim.direction or '']}而比例说"
                    f"{_ZH_PCT[claim.percent_direction]}",
                    f"page {claim.page}: {claim.subject} amount {claim.direction}s but the percentage "
                    f"says {claim.percent_direction}",
                )
            )
        self.check_yoy_percent(claim)
        self.check_yoy_previous(claim)

    def prior_implied(self, claim: Claim) -> Decimal | None:
        if claim.amount is None or claim.change_amount is None:
            return None
        sign = {"increase": -1, "decrease": 1, "flat": 0}.get(claim.direction or "", 0)
        return claim.amount + sign * claim.change_amount

    def check_yoy_percent(self, claim: Claim) -> None:
        prior = self.prior_implied(claim)
        if claim.change_percent is None or prior is None or claim.change_amount is None:
            return
        # From nothing (a unit founded this year) the change is reported by convention as 100%.
        expected = _HUNDRED if prior == 0 else _round2(claim.change_amount / prior * _HUNDRED)
        if abs(claim.change_percent - expected) > _percent_tolerance(claim.change_percent):
            self.add(
                _finding(
                    "narrative.yoy_percent",
                    claim,
                    expected,
                    claim.change_percent,
                    f"情况说明第{claim.page}页“{claim.subject}”变动{claim.change_amount}万元印为{claim.change_percent}%，"
                    f"按上年{prior}万元应为{expected}%",
                    f"page {claim.page}: {claim.subject} change {claim.change_amount} printed as "
                    f"{claim.change_percent}%, against the implied prior {prior} it is {expected}%",
                )
            )

    def check_yoy_previous(self, claim: Claim) -> None:
        if self.previous is None:
            self.add(
                _finding(
                    "narrative.yoy_unchecked",
                    claim,
                    None,
                    claim.change_amount,
                    f"情况说明第{claim.page}页“{claim.subject}”与{claim.compare_year}年度的比较未核对（无上年数据）",
                    f"page {claim.page}: {claim.subject} comparison with {claim.compare_year} not checked "
                    "(no prior-year tables)",
                    severity="info",
                )
            )
            return
        key = claim.subject_key
        if key is None or claim.amount is None or claim.change_amount is None:
            return
        before = self.previous.value(key, "amount")
        if before is None:
            return
        actual = claim.amount - before
        stated = {"increase": claim.change_amount, "decrease": -claim.change_amount}.get(claim.direction or "", 0)
        if _differs(Decimal(stated), actual):
            self.add(
                _finding(
                    "narrative.yoy_amount",
                    claim,
                    actual,
                    Decimal(stated),
                    f"情况说明第{claim.page}页“{claim.subject}”称较上年{_ZH.get(claim.direction or '', '')}"
                    f"{claim.change_amount}万元，上年表中为{before}万元，实际变动{actual}万元",
                    f"page {claim.page}: {claim.subject} change stated {stated}, the prior-year tables "
                    f"({before}) give {actual}",
                )
            )

    # -- years and leftovers -------------------------------------------------

    def check_heading_year(self, claim: Claim) -> None:
        if claim.year is not None and claim.compare_year is not None and claim.year != claim.compare_year:
            where = {"heading": "标题", "as_of": "截至日期", "sentence": "语句"}.get(claim.subject, claim.subject)
            self.add(
                _finding(
                    "narrative.year_mismatch",
                    claim,
                    str(claim.compare_year),
                    str(claim.year),
                    f"情况说明第{claim.page}页{where}年份为{claim.year}年，应为{claim.compare_year}年",
                    f"page {claim.page}: {claim.subject} year {claim.year}, expected {claim.compare_year}",
                )
            )

    def check_placeholder(self, claim: Claim) -> None:
        self.add(
            _finding(
                "narrative.placeholder",
                claim,
                None,
                claim.subject,
                f"情况说明第{claim.page}页留有模板占位或说明文字“{claim.subject}”",
                f"page {claim.page}: template placeholder left in the text: {claim.subject}",
            )
        )


_ZH = {"increase": "增加", "decrease": "减少", "flat": "持平"}
_ZH_PCT = {"increase": "增长", "decrease": "下降"}


def verify_claims(
    claims: Iterable[Claim], items: Iterable[LineItem], previous_items: Iterable[LineItem] | None = None
) -> list[Finding]:
    """Findings for every claim the tables (and, for year-on-year claims, the prior
    year's tables) contradict. A claim whose figure the tables do not carry (年初预算
    of a 决算 subject line, 机关运行经费 of a 决算) is silently not checked."""
    previous = _Facts(previous_items) if previous_items is not None else None
    return _Verifier(list(claims), _Facts(items), previous).run()
