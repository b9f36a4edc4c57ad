"""The prose parts of a sample final account: 部门概况, 情况说明 and the 绩效自评 attachment.

2023 follows the seed's wording; other years reuse the same sentence shapes with
their own figures. Every number is computed from the figures module, so the
narrative's claims agree with the tables (percentages rounded half-up to 0.01,
shares forced to add up to 100 the way the seed does it: the last share takes
the remainder).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from pipelines.samples.figures import (
    FIGURES,
    FUNCTION_NAMES,
    PRIOR_2020,
    SAMPLE_DEPARTMENT,
    ZERO,
    PriorYear,
    YearFigures,
    class_totals,
    subject_rows,
)

Block = tuple[str, str]  # ("h1" | "h2" | "p", text)

SHORT_NAME = "东区人社局"

# Why the 收支总计 moved against the year before (text, not figures).
CHANGE_REASONS: dict[int, str] = {
    2021: "本年度人员工资标准调整、新增人才引进相关项目，同时年末尚有结转资金",
    2022: "本年度退休人员一次性退休补贴由本单位发放，本单位预算项目中增加“一次性退休补贴”项目",
    2023: "本年度退休人员一次性退休补贴由所在单位发放，本单位预算项目中减少“一次性退休补贴”项目",
    2024: "上年度使用年初结转和结余安排的支出本年度不再发生，人才引进相关项目支出减少",
}
OFFICE_REASONS: dict[int, str] = {
    2021: "本年度办公设备维护及工会经费支出略有增加",
    2022: "本年度人员增加，相关公用经费支出增加",
    2023: "本年度较上年度增加5人，相关公用经费支出增加",
    2024: "本年度办公设备更新，相关公用经费支出增加",
}
# (批次, 人次) of 国内公务接待
RECEPTIONS: dict[int, tuple[int, int]] = {2021: (4, 31), 2022: (5, 42), 2023: (6, 58), 2024: (5, 47)}
STAFF_CHANGE: dict[int, str] = {2021: "3", 2022: "3", 2023: "3", 2024: "3"}


# -- number formatting --------------------------------------------------------------


def money(value: Decimal) -> str:
    """Narrative amounts: two decimals, no thousands separator (as the seed prints them)."""
    return f"{value:.2f}"


def percent(value: Decimal) -> str:
    """A percentage rounded half-up to 0.01 and printed without trailing zeros: 8.6, 67, 26.06."""
    text = f"{value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def ratio(part: Decimal, whole: Decimal) -> Decimal:
    return (part * 100 / whole).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) if whole else ZERO


def shares(parts: Sequence[Decimal], whole: Decimal) -> list[Decimal]:
    """Percent shares of parts in whole; the last non-zero share takes the remainder to 100."""
    out = [ratio(p, whole) for p in parts]
    nonzero = [i for i, p in enumerate(parts) if p]
    if nonzero and whole and sum(parts, ZERO) == whole:
        last = nonzero[-1]
        out[last] = Decimal(100) - sum((s for i, s in enumerate(out) if i != last), ZERO)
    return out


def change(curr: Decimal, prev: Decimal) -> str:
    """'增加0.67万元，增长67%' / '减少581.21万元，下降26.06%' / '持平'."""
    if curr == prev:
        return "持平"
    delta = curr - prev
    verb, trend = ("增加", "增长") if delta > 0 else ("减少", "下降")
    if not prev:
        return f"{verb}{money(abs(delta))}万元"
    return f"{verb}{money(abs(delta))}万元，{trend}{percent(abs(delta) * 100 / prev)}%"


def completion(final: Decimal, budget: Decimal) -> str:
    return f"{percent(ratio(final, budget))}%"


def prior(year: int) -> PriorYear:
    """The previous year's comparison figures (2020 is only known through PRIOR_2020)."""
    prev = FIGURES.get(year - 1)
    if prev is None:
        return PRIOR_2020
    return PriorYear(
        grand_total=prev.grand_total,
        general_budget_spending=prev.expenditure_total,
        overseas_travel=prev.three_public.overseas_travel[1],
        vehicle=prev.three_public.vehicle_total[1],
        reception=prev.three_public.reception[1],
        office_operation=prev.office_operation,
    )


def _class_label(code: str) -> str:
    """The narrative drops the trailing 支出 of a class name, except for 其他支出."""
    name = FUNCTION_NAMES[code]
    return name if name == "其他支出" else name.removesuffix("支出")


# -- 第一部分 -----------------------------------------------------------------------


def overview_blocks(fig: YearFigures) -> list[Block]:
    y = fig.year
    return [
        ("h1", "第一部分 部门概况"),
        ("h2", "一、部门职责"),
        ("p", "1、贯彻执行国家、省、市人力资源和社会保障工作的法律、法规、规章和政策，拟订全区人力资源和社会保障"
              "事业发展规划、政策并组织实施，统筹推进人力资源和社会保障事业发展。"),
        ("p", "2、拟订并组织实施全区人力资源市场发展规划和人力资源服务业发展、人力资源流动政策，促进人力资源合理"
              "流动，有效配置。"),
        ("p", "3、负责促进就业工作，拟订统筹全区城乡就业发展规划和政策，完善公共就业创业服务体系，统筹建立面向"
              "城乡劳动者的职业技能培训制度。"),
        ("p", "4、统筹推进建立覆盖全区城乡的多层次社会保障体系；统筹拟订劳动人事争议调解仲裁制度和劳动关系政策，"
              "组织实施劳动保障监察。"),
        ("p", "5、完成区委和区政府交办的其他任务。"),
        ("h2", "二、机构设置"),
        ("p", f"{SAMPLE_DEPARTMENT}属于一级预算单位，下设{STAFF_CHANGE[y]}个科室，独立编制的1个参照公务员法管理的"
              f"事业单位和2个其他事业单位。{SHORT_NAME}财政统一核算管理，无单独核算的二级预算单位。"),
        ("p", f"纳入{y}年度部门决算编制范围的预算单位包括：1.{SHORT_NAME}"),
    ]  # fmt: skip


# -- 第三部分 -----------------------------------------------------------------------


def explanation_blocks(fig: YearFigures) -> list[Block]:
    y, p = fig.year, prior(fig.year)
    py = y - 1
    total = fig.expenditure_total
    grand = fig.grand_total
    reason = CHANGE_REASONS[y]
    blocks: list[Block] = [("h1", f"第三部分 {y}年度部门决算情况说明")]

    # 一、二、三: 总体, 收入, 支出
    blocks += [
        ("h2", "一、收入支出决算总体情况说明"),
        ("p", f"{y}年度收、支总计均为{money(grand)}万元。与{py}年度相比，收、支总计各"
              f"{change(grand, p.grand_total)}。主要变动原因是{reason}。"),
        ("h2", "二、收入决算情况说明"),
    ]  # fmt: skip
    income_parts = [
        ("一般公共预算财政拨款收入", fig.income_total),
        ("政府性基金预算财政拨款收入", ZERO),
        ("国有资本经营预算财政拨款收入", ZERO),
        ("上级补助收入", ZERO),
        ("事业收入", ZERO),
        ("经营收入", ZERO),
        ("附属单位上缴收入", ZERO),
        ("其他收入", ZERO),
    ]
    income_text = f"{y}年度本年收入合计{money(fig.income_total)}万元，其中："
    blocks.append(("p", income_text + _share_list(income_parts, fig.income_total)))
    spend_parts = [
        ("基本支出", fig.basic_total),
        ("项目支出", fig.project_total),
        ("上缴上级支出", ZERO),
        ("经营支出", ZERO),
        ("对附属单位补助支出", ZERO),
    ]
    spend_text = f"{y}年度本年支出合计{money(total)}万元，其中：" + _share_list(spend_parts, total)
    if fig.carryover_end:
        spend_text += f"年末结转和结余{money(fig.carryover_end)}万元，主要是人才引进相关经费尚未兑现完毕。"
    blocks += [("h2", "三、支出决算情况说明"), ("p", spend_text)]

    # 四: 财政拨款总体
    blocks += [
        ("h2", "四、财政拨款收入支出决算总体情况说明"),
        ("p", f"{y}年度财政拨款收、支总计均为{money(grand)}万元。与{py}年度相比，财政拨款收、支总计各"
              f"{change(grand, p.grand_total)}。主要变动原因是{reason}。"),
    ]  # fmt: skip

    # 五: 一般公共预算财政拨款支出
    blocks += [
        ("h2", "五、一般公共预算财政拨款支出决算情况说明"),
        ("h2", "（一）一般公共预算财政拨款支出决算总体情况"),
        ("p", f"{y}年度一般公共预算财政拨款支出{money(total)}万元，占本年支出合计的100%。与{py}年度相比，"
              f"一般公共预算财政拨款支出{change(total, p.general_budget_spending)}。主要变动原因是{reason}。"),
        ("h2", "（二）一般公共预算财政拨款支出决算结构情况"),
    ]  # fmt: skip
    classes = class_totals(fig)
    listed = sorted(set(classes) | {"205", "206", "207"})
    names = {"205": "教育支出", "206": "科学技术支出", "207": "文化旅游体育与传媒支出"}
    parts = [(names.get(c, FUNCTION_NAMES.get(c, "")), classes.get(c, ZERO)) for c in listed]
    structure = f"{y}年度一般公共预算财政拨款支出{money(total)}万元，主要用于以下方面："
    blocks.append(("p", structure + _share_list(parts, total)))
    blocks.append(("h2", "（三）一般公共预算财政拨款支出决算具体情况"))
    blocks.append(("p", f"{y}年度一般公共预算支出决算数为{money(total)}万元，完成预算100%。其中："))
    items = [r for r in subject_rows(fig) if r.level == 3]
    for n, r in enumerate(items, start=1):
        label = f"{_class_label(r.code[:3])}（类）{FUNCTION_NAMES[r.code[:5]]}（款）{FUNCTION_NAMES[r.code]}（项）"
        blocks.append(("p", f"{n}.{label}：支出决算为{money(r.total)}万元，完成预算100%。"))

    # 六: 基本支出
    blocks += [
        ("h2", "六、一般公共预算财政拨款基本支出决算情况说明"),
        ("p", f"{y}年度一般公共预算财政拨款基本支出{money(fig.basic_total)}万元，其中："),
        ("p", f"人员经费{money(fig.personnel)}万元，主要包括：基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本"
              "养老保险缴费、职业年金缴费、其他社会保障缴费、其他工资福利支出、生活补助、奖励金、住房公积金、"
              "其他对个人和家庭的补助支出等。"),
        ("p", f"公用经费{money(fig.public)}万元，主要包括：办公费、印刷费、水费、电费、邮电费、差旅费、会议费、"
              "培训费、公务接待费、劳务费、委托业务费、工会经费、福利费、公务用车运行维护费、其他交通费、"
              "其他商品和服务支出、办公设备购置等。"),
    ]  # fmt: skip

    blocks += _three_public_blocks(fig, p)

    blocks += [
        ("h2", "八、政府性基金预算支出决算情况说明"),
        ("p", f"{y}年度政府性基金预算财政拨款支出0万元。"),
        ("h2", "九、国有资本经营预算支出决算情况说明"),
        ("p", f"{y}年度国有资本经营预算财政拨款支出0万元。"),
        ("h2", "十、其他重要事项的情况说明"),
        ("h2", "（一）机关运行经费支出情况"),
        ("p", f"{y}年度，{SHORT_NAME}机关运行经费支出{money(fig.office_operation)}万元，比{py}年度"
              f"{change(fig.office_operation, p.office_operation)}。主要原因是{OFFICE_REASONS[y]}。"),
        ("h2", "（二）政府采购支出情况"),
        ("p", f"{y}年度，{SHORT_NAME}政府采购支出总额0万元，其中：政府采购货物支出0万元、政府采购工程支出0万元、"
              "政府采购服务支出0万元。授予中小企业合同金额0万元，其中：授予小微企业合同金额0万元。"),
        ("h2", "（三）国有资产占有使用情况"),
        ("p", f"截至{y}年12月31日，{SHORT_NAME}共有车辆{fig.vehicles}辆，其中：主要领导干部用车0辆、机要通信用车0辆、"
              f"应急保障用车0辆、其他用车{fig.vehicles}辆。单价100万元以上设备（不含车辆）0台（套）。"),
        ("h2", "（四）预算绩效管理情况"),
        ("p", f"根据预算绩效管理要求，本部门组织对{y}年度一般公共预算项目等全面开展绩效自评，形成{SAMPLE_DEPARTMENT}"
              f"部门整体绩效自评报告及{len(fig.projects)}个预算项目绩效自评报告，其中，{SAMPLE_DEPARTMENT}部门整体"
              f"（含部门预算项目）绩效自评得分为{fig.performance_score}分。《{SAMPLE_DEPARTMENT}{y}年度部门整体"
              "支出绩效评价报告》详见附件。"),
    ]  # fmt: skip
    return blocks


def _share_list(parts: Sequence[tuple[str, Decimal]], whole: Decimal) -> str:
    pcts = shares([a for _, a in parts], whole)
    items = [f"{name}{_narrative_amount(a)}万元，占{percent(s)}%" for (name, a), s in zip(parts, pcts, strict=True)]
    return "；".join(items) + "。"


def _narrative_amount(value: Decimal) -> str:
    # the seed prints absent amounts as a bare 0 (“0万元，占0%”)
    return money(value) if value else "0"


def _three_public_blocks(fig: YearFigures, p: PriorYear) -> list[Block]:
    y, py = fig.year, fig.year - 1
    tp = fig.three_public
    budget, final = tp.total
    if final == budget:
        verdict = "决算数与预算数持平"
    else:
        verdict = "决算数小于预算数的主要原因是厉行节约，严格控制“三公”经费支出"
    overseas, vehicle, reception = tp.overseas_travel[1], tp.vehicle_total[1], tp.reception[1]
    s_overseas, s_vehicle, s_reception = shares([overseas, vehicle, reception], final)
    batches, persons = RECEPTIONS[y]

    def versus(curr: Decimal, prev: Decimal, what: str) -> str:
        if curr == prev:
            return f"{what}支出决算与{py}年持平。"
        return f"{what}支出决算比{py}年度{change(curr, prev)}。"

    return [
        ("h2", "七、财政拨款“三公”经费支出决算情况说明"),
        ("h2", "（一）“三公”经费财政拨款支出决算总体情况说明"),
        ("p", f"{y}年度“三公”经费财政拨款支出决算为{money(final)}万元，"
              f"完成预算{completion(final, budget)}，{verdict}。"),
        ("h2", "（二）“三公”经费财政拨款支出决算具体情况说明"),
        ("p", f"{y}年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算{_narrative_amount(overseas)}万元，"
              f"占{percent(s_overseas)}%；公务用车购置及运行维护费支出决算{money(vehicle)}万元，占{percent(s_vehicle)}%；"
              f"公务接待费支出决算{money(reception)}万元，占{percent(s_reception)}%。具体情况如下："),
        ("p", f"1.因公出国（境）经费支出{_narrative_amount(overseas)}万元，完成预算"
              f"{completion(overseas, tp.overseas_travel[0])}。全年安排因公出国（境）团组0次，出国（境）0人。"
              + versus(overseas, p.overseas_travel, "因公出国（境）")),
        ("p", f"2.公务用车购置及运行维护费支出{money(vehicle)}万元，"
              f"完成预算{completion(vehicle, tp.vehicle_total[0])}。"
              + versus(vehicle, p.vehicle, "公务用车购置及运行维护费")),
        ("p", f"其中：公务用车购置支出{_narrative_amount(tp.vehicle_purchase[1])}万元。全年按规定更新购置公务用车0辆。"
              f"截至{y}年12月31日，单位共有公务用车{fig.vehicles}辆，其中：轿车{fig.vehicles}辆、越野车0辆、载客汽车0辆。"),
        ("p", f"公务用车运行维护费支出{money(tp.vehicle_operation[1])}万元。主要用于监察大队、仲裁院、人才服务中心等"
              "下属事业单位完成日常工作任务所需的公务用车燃料费、维修费、过路过桥费、保险费等支出。"),
        ("p", f"3.公务接待费支出{money(reception)}万元，完成预算{completion(reception, tp.reception[0])}。"
              + versus(reception, p.reception, "公务接待费")
              + f"其中：国内公务接待支出{money(reception)}万元，国内公务接待{batches}批次，"
              f"{persons}人次（不包括陪同人员）。"
              "外事接待支出0万元。"),
    ]  # fmt: skip


# -- 第四部分 -----------------------------------------------------------------------


def performance_intro_blocks(fig: YearFigures) -> list[Block]:
    y = fig.year
    return [
        ("h1", "第四部分 附件"),
        ("h2", "附件1"),
        ("h2", f"{SAMPLE_DEPARTMENT}{y}年度部门整体支出绩效评价报告"),
        ("p", f"{SHORT_NAME}{y}年总收入{money(fig.grand_total)}万元，其中一般公共预算财政拨款收入"
              f"{money(fig.income_total)}万元，年初结转和结余{money(fig.carryover_begin)}万元。{y}年实际支出"
              f"{money(fig.expenditure_total)}万元，其中人员类支出{money(fig.personnel)}万元，运转类支出"
              f"{money(fig.public)}万元，特定目标类支出{money(fig.project_total)}万元。"),
        ("p", f"总体来说，我局{y}年部门整体支出情况良好，财政资金预算配置合理合规，预算执行严格有序，预算管理规范"
              f"可控，资金效益合乎预期。根据{y}年实际工作情况，结合评价指标逐一进行评分，自评总得分为"
              f"{fig.performance_score}分。"),
    ]  # fmt: skip


def project_report_blocks(fig: YearFigures) -> list[Block]:
    y = fig.year
    blocks: list[Block] = [("h2", "附件2")]
    for proj in fig.projects:
        blocks += [
            ("h2", f"{y}年度项目（政策）支出绩效自评报告（{proj.name}）"),
            ("p", f"一、项目资金申报及使用情况。{y}年年初预算申报{money(proj.initial_budget)}万元，预算批复"
                  f"{money(proj.initial_budget)}万元。资金到位{money(proj.available)}万元，实际支出"
                  f"{money(proj.spent)}万元。"),
            ("p", f"二、评价结论。根据该项目绩效评价指标体系自查，该项目整体绩效分值100分，实得{proj.score}分。"),
        ]  # fmt: skip
    return blocks
