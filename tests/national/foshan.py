"""佛山市 (2019 部门决算): eye-checked figures.

Layout traits seen (the family's one file, `2026年佛山市交通运输局部门预算.pdf` — the NAME LIES: it is the 2019
部门决算 of 佛山市轨道交通局; cover `2019 年佛山市轨道交通局 部门决算`):
- Parts: one `full` PDF: 第一部分 概况, 第二部分 `佛山市轨道交通局 2019 年部门决算表`, 第三部分 决算情况说明,
  第四部分 名词解释. Narrative pages portrait 595x842 (p3 596x842), table pages landscape 842x595, no /Rotate.
- Titles: `表 1` … `表 8` right-aligned ABOVE the title (收入支出决算总表 / 收入决算表 / 支出决算表 /
  财政拨款收入支出 决算总表 / 一般公共预算财政拨款支出决算表 / 一般公共预算财政拨款基本支出决算表 /
  一般公共预算财政拨款“三公”经费 支出决算表 / 政府性基金预算财政拨款收入支出决算表); `部门： 佛山市轨道交通局` left,
  `单位：万元` right.
- Every continuation page REPEATS `表 N`, the title, 部门/单位 line and the full header — and subject tables repeat
  the 合计 row at the top of every page (收入决算表 p8+p9, 支出决算表 p10+p11, 一般公共预算 p15+p16). Tables are cut
  after ~12 rows, so even small tables span 2–4 pages.
- Units 万元, two decimals, NO thousands separators (`1668.14`); zeros printed `0.00`.
- 行次 columns on both sides of the two summaries (收入 1–26 / 支出 27–52; 财政拨款总表 1–27 / 28–54, with a printed
  typo 行次 39 for 二、外交支出) and a 栏次 row (1, 2 …) under every header; subject tables have a 栏次 row too.
- Summary: 一、一般公共预算财政拨款收入 … 七、其他收入; expenditure 一、一般公共服务支出 … 二十二、其他支出 by name;
  footer 本年收入合计 / 用事业基金弥补收支差额 / 年初结转和结余 / 总计 vs 本年支出合计 / 结余分配 / 年末结转和结余 /
  总计 (the grand totals are printed `总计`, not 收入总计/支出总计).
- 财政拨款收入支出决算总表: income 金额 column; expenditure 合计 | 一般公共预算财政拨款 | 政府性基金预算财政拨款 (no
  国有资本 column); 年初财政拨款结转和结余 has sub-lines 一般公共预算财政拨款 / 政府性基金预算财政拨款 (same labels
  as the 本年 income lines).
- Subject tables: codes in one 科目编码 column (`2140101`), labels wrap onto two lines.
- 基本支出决算表: two panels side by side, 人员经费 (301, 303 …) | 公用经费 (302, 307, 310, 399), one 金额 column
  each; footer `人员经费合计` / `公用经费合计`.
- 三公: one row of twelve columns, 预算数 [合计, 因公出国（境）费, 公务用车购置及运行费 (小计, 购置费, 运行费),
  公务接待费] | 决算数 [same six]; no 会议费/培训费.
- Rounding notes on every table (`因四舍五入可能存在尾差`): 收入决算表 2140101 prints 合计 609.30 = 609.29 + 其他
  0.01 while the 类/款 lines 214/21401 print 1531.04 (Σ项 1531.05).
"""

from national.figures import Doc

GUIDAO = "佛山市/2026年佛山市交通运输局部门预算.pdf"

DOCUMENTS = [
    Doc(
        path=GUIDAO,
        department="佛山市轨道交通局",
        fiscal_year=2019,
        report_kind="final_account",
        scope="department",
        part="full",
        figures=[
            # 表1 收入支出决算总表 (p5–p7)
            ("summary", "income", "general_budget_appropriation", "final", "1668.14", "万元", 5),
            ("summary", "income", "other", "final", "0.01", "万元", 5),
            ("summary", "income", "income_total", "final", "1668.14", "万元", 6),
            ("summary", "income", "grand_total", "final", "1668.14", "万元", 7),
            ("summary", "expenditure", "fn_208", "final", "76.23", "万元", 5),
            ("summary", "expenditure", "fn_214", "final", "1531.04", "万元", 6),
            ("summary", "expenditure", "fn_221", "final", "60.87", "万元", 6),
            ("summary", "expenditure", "expenditure_total", "final", "1668.14", "万元", 6),
            ("summary", "expenditure", "carryover_end", "final", "0.01", "万元", 7),
            ("summary", "expenditure", "grand_total", "final", "1668.14", "万元", 7),
            # 表2 收入决算表 (p8–p9)
            ("income", None, "total", "total", "1668.14", "万元", 8),
            ("income", None, "total", "fiscal_appropriation", "1668.14", "万元", 8),
            ("income", None, "total", "other", "0.01", "万元", 8),
            ("income", None, "2140101", "total", "609.30", "万元", 8),
            ("income", None, "2140101", "fiscal_appropriation", "609.29", "万元", 8),
            ("income", None, "2210201", "total", "60.87", "万元", 9),
            # 表3 支出决算表 (p10–p11)
            ("expenditure", None, "total", "total", "1668.14", "万元", 10),
            ("expenditure", None, "total", "basic", "746.39", "万元", 10),
            ("expenditure", None, "total", "project", "921.75", "万元", 10),
            ("expenditure", None, "214", "total", "1531.04", "万元", 10),
            ("expenditure", None, "214", "basic", "609.29", "万元", 10),
            ("expenditure", None, "214", "project", "921.75", "万元", 10),
            ("expenditure", None, "21401", "project", "921.75", "万元", 10),
            ("expenditure", None, "2140102", "project", "905.60", "万元", 10),
            ("expenditure", None, "2080505", "basic", "53.45", "万元", 10),
            ("expenditure", None, "22102", "total", "60.87", "万元", 11),
            ("expenditure", None, "2210201", "basic", "60.87", "万元", 11),
            # 表4 财政拨款收入支出决算总表 (p12–p14)
            ("appropriation_summary", "income", "general_budget_appropriation", "final", "1668.14", "万元", 12),
            ("appropriation_summary", "income", "income_total", "final", "1668.14", "万元", 13),
            ("appropriation_summary", "income", "grand_total", "final", "1668.14", "万元", 14),
            ("appropriation_summary", "expenditure", "fn_208", "total", "76.23", "万元", 12),
            ("appropriation_summary", "expenditure", "fn_214", "general_budget", "1531.04", "万元", 13),
            ("appropriation_summary", "expenditure", "expenditure_total", "total", "1668.14", "万元", 13),
            ("appropriation_summary", "expenditure", "grand_total", "general_budget", "1668.14", "万元", 14),
            # 表5 一般公共预算财政拨款支出决算表 (p15–p16)
            ("general_budget", None, "total", "total", "1668.14", "万元", 15),
            ("general_budget", None, "total", "basic", "746.39", "万元", 15),
            ("general_budget", None, "total", "project", "921.75", "万元", 15),
            ("general_budget", None, "208", "basic", "76.23", "万元", 15),
            ("general_budget", None, "20805", "total", "76.23", "万元", 15),
            ("general_budget", None, "2080506", "total", "22.78", "万元", 15),
            ("general_budget", None, "21401", "basic", "609.29", "万元", 15),
            ("general_budget", None, "2140199", "project", "16.15", "万元", 15),
            ("general_budget", None, "2210201", "total", "60.87", "万元", 16),
            # 表6 一般公共预算财政拨款基本支出决算表 (p17–p20)
            ("general_budget_basic", None, "301", "total", "649.20", "万元", 17),
            ("general_budget_basic", None, "30101", "total", "301.79", "万元", 17),
            ("general_budget_basic", None, "30113", "total", "60.87", "万元", 17),
            ("general_budget_basic", None, "302", "total", "94.65", "万元", 17),
            ("general_budget_basic", None, "30211", "total", "23.94", "万元", 17),
            ("general_budget_basic", None, "30217", "total", "0.16", "万元", 18),
            ("general_budget_basic", None, "30239", "total", "16.19", "万元", 18),
            ("general_budget_basic", None, "310", "total", "2.54", "万元", 19),
            ("general_budget_basic", None, "31002", "total", "2.54", "万元", 19),
            ("general_budget_basic", None, "total", "personnel", "649.20", "万元", 20),
            ("general_budget_basic", None, "total", "public", "97.19", "万元", 20),
            # 表7 一般公共预算财政拨款“三公”经费支出决算表 (p21): every 预算数 cell and the other 决算数 cells are 0.00
            ("three_public", None, "total", "final", "0.16", "万元", 21),
            ("three_public", None, "reception", "final", "0.16", "万元", 21),
        ],
        notes=(
            "Subject tables repeat their 合计 row at the top of EVERY page (收入决算表 p8+p9, 支出决算表 p10+p11, "
            "一般公共预算 p15+p16): the figures give the first page. 三公 p21: all 预算数 cells and 决算数 出国/用车 "
            "cells print 0.00, so only total/reception final 0.16 are listed (zeros may be omitted). "
            "财政拨款收入支出决算总表 p13: under 年初财政拨款结转和结余 the sub-line 一般公共预算财政拨款 (0.00) "
            "carries the "
            "same label as the 本年 income line 一、一般公共预算财政拨款 1668.14 (p12) — it must not overwrite it. "
            "Rounding (printed, within tolerance): 收入决算表 214 = 21401 = 1531.04 vs Σ项 1531.05; "
            "基本支出 301 649.20 vs "
            "Σ 649.19, 302 94.65 vs Σ 94.66; summary 本年支出合计 1668.14 + 年末结转和结余 0.01 vs 总计 1668.14."
        ),
    ),
]
