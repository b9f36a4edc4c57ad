"""The prose parts of a sample 部门预算: 主要职能, 机构设置, 名词解释, 编制说明, 其他相关情况说明
and 项目经费情况说明, in the sentence shapes of the real 区级部门预算, computed from the figures.

Comparisons are with the previous year's budget (2020's is the one invented constant
below) and, per subject, with the previous year's final account (预算执行数), which 2021
leaves out because the sample corpus has no 2020 final account.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from pipelines.samples.figures import (
    BUDGETS,
    FIGURES,
    FUNCTION_NAMES,
    SAMPLE_DEPARTMENT,
    WAN,
    ZERO,
    BudgetFigures,
    budget_subject_rows,
)
from pipelines.samples.narrative import Block, overview_blocks

_DUTY = re.compile(r"\d、")  # the numbered duty paragraphs of 部门职责

# The 2020 budget, only as the 2021 budget's prose compares with it (万元).
BUDGET_2020_TOTAL = Decimal("1438.65")

BUDGET_REASONS: dict[int, str] = {
    2021: "人员工资标准调整，新增人才引进相关项目",
    2022: "本年度退休人员一次性退休补贴由本单位发放，预算项目中增加“一次性退休补贴”项目",
    2023: "退休人员一次性退休补贴改由所在单位发放，预算项目中减少“一次性退休补贴”项目",
    2024: "人才引进相关项目预算减少",
}


def wan(yuan: Decimal) -> Decimal:
    """元 → 万元, rounded half-up to 0.01 as the prose prints it."""
    return (yuan / WAN).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def money(value: Decimal) -> str:
    return f"{value:.2f}"


def _pct(delta: Decimal, base: Decimal) -> str:
    return f"{(abs(delta) * 100 / base).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)}%"


def versus_budget(curr: Decimal, prev: Decimal | None, year: int) -> str:
    """'，比2022年预算减少404.85万元' / '，比2022年预算持平' / '' (no previous figure)."""
    if prev is None:
        return ""
    if curr == prev:
        return f"，比{year - 1}年预算持平"
    verb = "增加" if curr > prev else "减少"
    return f"，比{year - 1}年预算{verb}{money(abs(curr - prev))}万元"


def versus_execution(curr: Decimal, prev: Decimal, year: int) -> str:
    """'比2022年预算执行数减少57.14%' (a zero base counts as a 100% increase, as the real ones print it)."""
    if curr == prev:
        return f"比{year - 1}年预算执行数持平"
    verb = "增加" if curr > prev else "减少"
    return f"比{year - 1}年预算执行数{verb}{_pct(curr - prev, prev) if prev else '100.00%'}"


def _previous_total(year: int) -> Decimal | None:
    prev = BUDGETS.get(year - 1)
    return wan(prev.total) if prev else (BUDGET_2020_TOTAL if year == 2021 else None)


def _subject_label(code: str) -> str:
    return f"{FUNCTION_NAMES[code[:3]]}（类）{FUNCTION_NAMES[code[:5]]}（款）{FUNCTION_NAMES[code]}（项）"


def front_blocks(b: BudgetFigures) -> list[list[Block]]:
    """主要职能, 机构设置 and 名词解释, one list of blocks per page."""
    duties = [block for block in overview_blocks(FIGURES[b.year]) if block[0] == "p" and _DUTY.match(block[1])]
    return [
        [("h1", f"{SAMPLE_DEPARTMENT}（部门）主要职能"), *duties],
        [
            ("h1", f"{SAMPLE_DEPARTMENT}（部门）机构设置"),
            ("p", f"{SAMPLE_DEPARTMENT}部门预算是包括局本部以及下属3家二级单位的综合收支计划，由局本部统一核算。"),
            ("p", "本部门中，行政单位1家，参公单位1家，事业单位2家，具体包括："),
            ("p", f"1. {SAMPLE_DEPARTMENT}（本部）。"),
            ("p", "2. 攀枝花市东区劳动保障监察大队。"),
            ("p", "3. 攀枝花市东区劳动争议仲裁院。"),
            ("p", "4. 攀枝花市东区人才服务中心。"),
        ],
        [
            ("h1", "名词解释"),
            ("p", "（一）财政拨款收入：是区级预算主管部门及所属预算单位本年度从本级财政部门取得的财政拨款，包括一般"
                  "公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。"),
            ("p", "（二）基本支出预算：是区级预算主管部门及所属预算单位为保障其机构正常运转、完成日常工作任务而编制"
                  "的年度基本支出计划，包括人员经费和公用经费两部分。"),
            ("p", "（三）项目支出预算：是区级预算主管部门及所属预算单位为完成行政工作任务、事业发展目标或政府发展"
                  "战略、特定目标，在基本支出之外编制的年度支出计划。"),
            ("p", "（四）“三公”经费：是与区级财政有经费领拨关系的部门及其下属预算单位使用区级财政拨款安排的因公出国"
                  "（境）费、公务用车购置及运行费、公务接待费。"),
            ("p", "（五）机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出"
                  "中的日常公用经费支出。"),
        ],
    ]  # fmt: skip


def explanation_blocks(b: BudgetFigures) -> list[Block]:
    """部门预算编制说明: totals, the 年初预算 split, and every 项 subject against last year's execution."""
    y = b.year
    total = wan(b.total)
    vs = versus_budget(total, _previous_total(y), y)
    econ = {
        cls: wan(sum((v for k, v in b.economic.items() if k.startswith(cls)), ZERO)) for cls in ("301", "302", "303")
    }
    blocks: list[Block] = [
        ("h1", f"{y}年部门预算编制说明"),
        ("p", f"{y}年，{SAMPLE_DEPARTMENT}收入预算{money(total)}万元，其中：财政拨款收入{money(total)}万元{vs}；"
              "事业收入0.00万元；事业单位经营收入0.00万元；其他收入0.00万元。"),
        ("p", f"支出预算{money(total)}万元，其中：财政拨款支出预算{money(total)}万元{vs}。财政拨款支出预算中，一般公共"
              f"预算拨款支出预算{money(total)}万元{vs}；政府性基金拨款支出预算0.00万元；国有资本经营预算拨款支出"
              "预算0.00万元。"),
        ("p", f"{y}年年初部门预算支出{money(total)}万元，其中：基本支出{money(wan(b.basic_total))}万元（工资福利支出"
              f"{money(econ['301'])}万元、日常公用支出{money(econ['302'])}万元、对个人和家庭的补助支出"
              f"{money(econ['303'])}万元），项目支出{money(wan(b.project_total))}万元。"),
        ("p", f"财政拨款收入支出变动的主要原因是{BUDGET_REASONS[y]}。"),
        ("p", "财政拨款支出主要内容如下："),
    ]  # fmt: skip
    previous = FIGURES.get(y - 1)
    executed = {s.code: s.total for s in previous.subjects} if previous else {}
    items = [r for r in budget_subject_rows(b) if r.level == 3]
    for n, r in enumerate(items, start=1):
        amount = wan(r.total)
        text = f"{n}. “{_subject_label(r.code)}”{money(amount)}万元，主要用于{FUNCTION_NAMES[r.code]}。"
        if previous:
            prev = executed.get(r.code, ZERO)
            trend = versus_execution(amount, prev, y)
            reason = "经费保持不变" if amount == prev else ("经费增加" if amount > prev else "经费减少")
            text += (
                f"{y - 1}年当年预算执行数为{money(prev)}万元，{y}年预算安排{money(amount)}万元，{trend}。"
                f"主要原因是：{FUNCTION_NAMES[r.code]}{reason}。"
            )
        blocks.append(("p", text))
    return blocks


def other_blocks(b: BudgetFigures) -> list[Block]:
    """其他相关情况说明: 三公, 机关运行经费, 政府采购, 绩效目标, 国有资产."""
    y = b.year
    tp = dict(b.three_public)
    prev_budget = BUDGETS.get(y - 1)
    prev = dict(prev_budget.three_public) if prev_budget else {}

    def vs(line: str) -> str:
        return versus_budget(tp[line], prev.get(line), y)

    vehicles = FIGURES[y - 1].vehicles if y - 1 in FIGURES else 1
    return [
        ("h1", "其他相关情况说明"),
        ("h2", f"一、{y}年“三公”经费预算情况说明"),
        ("p", f"{y}年“三公”经费预算数为{money(tp['total'])}万元{vs('total')}。其中："),
        ("p", f"（一）因公出国（境）费{money(tp['overseas_travel'])}万元{vs('overseas_travel')}。"),
        ("p", f"（二）公务用车购置及运行费{money(tp['vehicle_total'])}万元{vs('vehicle_total')}。其中：公务用车购置费"
              f"{money(tp['vehicle_purchase'])}万元{vs('vehicle_purchase')}；公务用车运行费"
              f"{money(tp['vehicle_operation'])}万元{vs('vehicle_operation')}。"),
        ("p", f"（三）公务接待费{money(tp['reception'])}万元{vs('reception')}。"),
        ("h2", "二、机关运行经费预算"),
        ("p", f"{y}年{SAMPLE_DEPARTMENT}（部门）下属1家机关和1家参公事业单位财政拨款的机关运行经费预算为"
              f"{money(b.office_operation)}万元。"),
        ("h2", "三、政府采购预算情况"),
        ("p", f"{y}年本部门政府采购预算0.00万元，其中：政府采购货物预算0.00万元、政府采购工程预算0.00万元、"
              "政府采购服务预算0.00万元。"),
        ("h2", "四、绩效目标设置情况"),
        ("p", f"按照本区预算绩效管理工作的总体要求，本部门1个预算单位开展了{y}年项目预算绩效目标编报工作，编报"
              f"绩效目标的项目{len(b.projects)}个，涉及项目预算资金{money(wan(b.project_total))}万元。"),
        ("h2", "五、国有资产占有使用情况"),
        ("p", f"截至{y - 1}年8月31日，{SAMPLE_DEPARTMENT}（部门）共有车辆{vehicles}辆，其中：主要领导干部用车0辆、"
              f"机要通信用车0辆、应急保障用车0辆、其他用车{vehicles}辆；单价100万元（含）以上设备（不含车辆）0台（套）。"),
    ]  # fmt: skip


def project_blocks(b: BudgetFigures) -> list[Block]:
    """项目经费情况说明: every budgeted project, its amount and its subject."""
    blocks: list[Block] = [("h1", "项目经费情况说明")]
    for n, p in enumerate(b.projects, start=1):
        blocks.append(
            (
                "p",
                f"{n}. “{p.name}”项目，{b.year}年预算安排{money(wan(p.amount))}万元，"
                f"列“{_subject_label(p.code)}”科目。",
            )
        )
    return blocks
