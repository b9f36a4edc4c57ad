"""Department marts (warehouse/65_department_marts.sql): places from department names, 三公 and
function classes per department, the roll-ups per place over the departments present.

Three small real 2026 department budgets of three cities are extracted and loaded once for the module; every
figure asserted for them was read off the rendered pages (pypdfium2, scale 2). The edge cases
(unit scope, quarantine, narrative parts, blank tables, a 0 base, rounding) use a tiny hand-built
warehouse."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from pipelines.extract.model import DocumentMeta, ExtractedDocument, ExtractedTable, LineItem
from pipelines.store import ensure_schema, quarantine_document, write_document
from pipelines.store.places import read_places

from conftest import national_warehouse

D = Decimal

# Beijing's tables part (附件2) with its 6-decimal 万元, Guangzhou and Wuxi full documents.
BEIJING = "北京市/政府办公厅_附件2：北京城市副中心工程建设管理办公室2026年度部门预算报表.pdf"
GUANGZHOU = "广州市/信访局_2026年部门预算.pdf"
WUXI = "无锡市/2026年无锡市统计局部门预算.pdf"
BJ_DEPT = "北京城市副中心工程建设管理办公室"
GZ_DEPT = "广州市信访局"
WX_DEPT = "无锡市统计局"


@pytest.fixture(scope="module")
def real(tmp_path_factory) -> Iterator[duckdb.DuckDBPyConnection]:
    """The three budgets extracted (the session's cache) and loaded once."""
    with national_warehouse(tmp_path_factory, "department_marts", (BEIJING, GUANGZHOU, WUXI)) as con:
        statuses = con.execute("SELECT status FROM published.documents").fetchall()
        assert statuses == [("published",)] * 3
        yield con


# ------------------------------------------------------------------ real documents


def test_real_three_public_per_department_as_printed(real):
    rows = {
        r[0]: r[1:]
        for r in real.execute(
            "SELECT department, place, three_public_yuan, overseas_travel_yuan, reception_yuan, vehicle_yuan, "
            "vehicle_operation_yuan, basic_yuan, share_of_basic_pct, basic_table_key, three_public_page, basic_page "
            "FROM published.three_public_by_department WHERE fiscal_year = 2026 AND report_kind = 'budget'"
        ).fetchall()
    }
    assert set(rows) == {BJ_DEPT, GZ_DEPT, WX_DEPT}
    # 预算09表 p9 (万元): 总额 44.796055, 因公出国（境） 43.352803, 公务接待 1.443252, 公务用车 blank;
    # 预算06表 一般公共预算基本支出表 p6 合计 921.324552 → 447,960.55 / 9,213,245.52 = 4.86 %
    assert rows[BJ_DEPT] == (
        "北京市",  # 北京城市副中心… starts with 北京 (no 市): an alias row of places.csv
        D("447960.55"),
        D("433528.03"),
        D("14432.52"),
        D("0.00"),
        D("0.00"),
        D("9213245.52"),
        D("4.86"),
        "general_budget_basic",
        9,
        6,
    )
    # 表8 p15 (万元): 三公 4.80 = 出国 0.00 + 公务用车 2.50 (运行维护 2.50) + 接待 2.30;
    # 表6 p12 合计 3,204.78 → 48,000 / 32,047,800 = 0.15 %
    assert rows[GZ_DEPT] == (
        "广州市",
        D("48000.00"),
        D("0.00"),
        D("23000.00"),
        D("25000.00"),
        D("25000.00"),
        D("32047800.00"),
        D("0.15"),
        "general_budget_basic",
        15,
        12,
    )
    # 公开09表 p20: 三公 3.00 = 接待 3.00 (会议费 2.61 / 培训费 19.03 are not 三公);
    # 公开08表 p19 合计 2,235.04 → 30,000 / 22,350,400 = 0.13 %
    assert rows[WX_DEPT] == (
        "无锡市",
        D("30000.00"),
        D("0.00"),
        D("30000.00"),
        D("0.00"),
        D("0.00"),
        D("22350400.00"),
        D("0.13"),
        "general_budget_basic",
        20,
        19,
    )


def test_real_function_class_per_department_as_printed(real):
    def cls(department: str, code: str):
        return real.execute(
            "SELECT class_name, amount_yuan, share_pct, department_total_yuan, rank_in_department, page "
            "FROM published.function_class_by_department WHERE department = ? AND class_code = ?",
            [department, code],
        ).fetchone()

    # 预算01表 收支总表 p1: 一般公共服务支出 29,508.089661 of 本年支出合计 30,939.116470 万元
    assert cls(BJ_DEPT, "201") == ("一般公共服务支出", D("295080896.61"), D("95.37"), D("309391164.70"), 1, 1)
    # 表1 收支总体情况表 p5: 一般公共服务支出 2,570.71 of 3,944.08 万元 (classes printed 0.00 are left out)
    assert cls(GZ_DEPT, "201") == ("一般公共服务支出", D("25707100.00"), D("65.18"), D("39440800.00"), 1, 5)
    assert cls(GZ_DEPT, "221")[1:3] == (D("9500500.00"), D("24.09"))  # 十九、住房保障支出 950.05
    assert cls(GZ_DEPT, "202") is None  # 二、外交支出 printed 0.00
    # 公开01表 收支总表 p8: 一般公共服务支出 2,404.17 of 3,210.10 万元; 住房保障支出 465.13
    assert cls(WX_DEPT, "201") == ("一般公共服务支出", D("24041700.00"), D("74.89"), D("32101000.00"), 1, 8)
    assert cls(WX_DEPT, "221")[1:3] == (D("4651300.00"), D("14.49"))
    n = real.execute(
        "SELECT count(*) FROM published.function_class_by_department WHERE department = ?", [WX_DEPT]
    ).fetchone()[0]
    assert n == 4  # 201, 208 (263.85), 210 (76.95), 221


def test_real_place_rollups_cover_one_department_each(real):
    rows = real.execute(
        "SELECT place, place_level, parent_place, departments, three_public_yuan, share_of_basic_pct, "
        "departments_left_out, all_received_present FROM published.three_public_by_place ORDER BY place"
    ).fetchall()
    assert rows == [
        ("北京市", "province", None, 1, D("447960.55"), D("4.86"), 0, True),
        ("广州市", "city", "广东省", 1, D("48000.00"), D("0.15"), 0, True),
        ("无锡市", "city", "江苏省", 1, D("30000.00"), D("0.13"), 0, True),
    ]
    gz = real.execute(
        "SELECT amount_yuan, share_pct, departments_with_class, departments FROM published.function_class_by_place "
        "WHERE place = '广州市' AND class_code = '201'"
    ).fetchone()
    assert gz == (D("25707100.00"), D("65.18"), 1, 1)


# ------------------------------------------------------------------ tiny warehouse


def _items(table_key: str, page: int, lines: dict[tuple[str, str], str], side: str | None = None) -> list[LineItem]:
    return [
        LineItem(table_key, side, line_key, line_key, measure, D(v), "万元", page)
        for (line_key, measure), v in lines.items()
    ]


def _doc(
    sha: int,
    department: str,
    *,
    year: int = 2026,
    kind: str = "budget",
    scope: str = "department",
    part: str = "full",
    three_public: dict[tuple[str, str], str] | None = None,
    basic: dict[tuple[str, str], str] | None = None,
    classes: dict[str, str] | None = None,
) -> ExtractedDocument:
    """A budget with (optionally) a 三公 table, a general_budget 合计 row and summary class lines (万元)."""
    tables = []
    if three_public is not None:
        tables.append(
            ExtractedTable(
                "three_public", "三公", [9], "万元", "lattice", items=_items("three_public", 9, three_public)
            )
        )
    if basic is not None:
        tables.append(
            ExtractedTable(
                "general_budget", "一般公共预算", [6], "万元", "lattice", items=_items("general_budget", 6, basic)
            )
        )
    if classes is not None:
        lines = {(f"fn_{code}", "budget"): v for code, v in classes.items()}
        items = [
            LineItem("summary", "expenditure", key, f"21、{key}", measure, D(v), "万元", 3)
            for (key, measure), v in lines.items()
        ]
        tables.append(ExtractedTable("summary", "收支总表", [3], "万元", "lattice", items=items))
    return ExtractedDocument(
        sha256=f"{sha:064x}",
        file_name=f"{department}{year}{part}.pdf",
        meta=DocumentMeta(department, year, kind, scope, page_count=20, part=part),
        tables=tables,
    )


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """One hand-built warehouse for the module; each test writes departments of its own places."""
    con = duckdb.connect(str(tmp_path_factory.mktemp("tiny") / "tiny.duckdb"))
    ensure_schema(con)
    yield con
    con.close()


def test_place_is_the_longest_prefix_of_the_name(tiny):
    names = {
        "上海市普陀区司法局": ("上海市普陀区", "district", "上海市", "上海市普陀区"),
        "上海市审计局": ("上海市", "province", None, "上海市"),
        "中共西安市委宣传部": ("西安市", "city", "陕西省", "西安市"),
        "中国共产党江苏省委员会办公厅": ("江苏省", "province", None, "江苏省"),
        "首都绿化委员会办公室": ("北京市", "province", None, "首都"),
        "攀枝花市东区人力资源和社会保障局": ("攀枝花市东区", "district", "攀枝花市", "攀枝花市东区"),
        "某某县财政局": (None, None, None, None),
    }
    for n, name in enumerate(names, start=100):
        write_document(tiny, _doc(n, name))
    got = {
        r[0]: r[1:]
        for r in tiny.execute(
            "SELECT department, place, place_level, parent_place, matched_prefix FROM published.department_places"
        ).fetchall()
        if r[0] in names
    }
    assert got == names


def test_places_csv_is_validated(tmp_path: Path):
    (tmp_path / "places.csv").write_text("prefix,place,level,parent\n深圳,深圳市,city,广东省\n", encoding="utf-8")
    with pytest.raises(ValueError, match="its own prefix"):
        read_places(tmp_path)
    (tmp_path / "places.csv").write_text("prefix,place,level,parent\n深圳市,深圳市,town,广东省\n", encoding="utf-8")
    with pytest.raises(ValueError, match="level"):
        read_places(tmp_path)
    (tmp_path / "places.csv").write_text("prefix,place,level,parent\n深圳市,深圳市,city,\n", encoding="utf-8")
    with pytest.raises(ValueError, match="parent"):
        read_places(tmp_path)
    assert {p.place for p in read_places()} >= {"北京市", "深圳市", "西安市", "上海市普陀区"}


def test_three_public_edge_cases_and_the_place_rollup(tiny):
    # printed total 10 = 出国 4 + 车 (购置 1 + 运行 2, no 小计 printed) + 接待 3; base 200 → 5.00 %
    write_document(
        tiny,
        _doc(
            1,
            "深圳市甲局",
            three_public={
                ("total", "budget"): "10",
                ("overseas_travel", "budget"): "4",
                ("vehicle_purchase", "budget"): "1",
                ("vehicle_operation", "budget"): "2",
                ("reception", "budget"): "3",
                ("total", "budget_prev"): "99",  # 上年预算数: not this year's figure
            },
            basic={("total", "basic"): "200"},
        ),
    )
    # a 三公 table printed blank (0) and a 基本支出 of 0 (share NULL, not a division by zero)
    write_document(tiny, _doc(2, "深圳市乙局", three_public={}, basic={("total", "basic"): "0"}))
    # no 三公 table at all: NULL, not 0; the base from 人员 + 公用 where 基本支出 is not printed
    write_document(tiny, _doc(3, "深圳市丙局", basic={("total", "personnel"): "30", ("total", "public"): "20"}))
    # left out: a unit budget, a quarantined department budget, a department with only its narrative part
    write_document(tiny, _doc(4, "深圳市丁中心", scope="unit", three_public={("total", "budget"): "500"}))
    write_document(tiny, _doc(5, "深圳市戊局", three_public={("total", "budget"): "700"}))
    quarantine_document(tiny, f"{5:064x}", "test")
    write_document(tiny, _doc(6, "深圳市己局", part="narrative"))
    # a final account: its 决算数, not its 预算数
    write_document(
        tiny,
        _doc(
            7,
            "深圳市甲局",
            year=2025,
            kind="final_account",
            three_public={("total", "budget"): "12", ("total", "final"): "11", ("reception", "final"): "11"},
            basic={("total", "basic"): "100"},
        ),
    )
    rows = {
        (r[0], r[1]): r[2:]
        for r in tiny.execute(
            "SELECT department, fiscal_year, measure, three_public_yuan, overseas_travel_yuan, vehicle_yuan, "
            "reception_yuan, basic_yuan, share_of_basic_pct FROM published.three_public_by_department "
            "WHERE place = '深圳市'"
        ).fetchall()
    }
    assert rows == {
        ("深圳市甲局", 2026): (
            "budget",
            D("100000.00"),
            D("40000.00"),
            D("30000.00"),
            D("30000.00"),
            D("2000000.00"),
            D("5.00"),
        ),
        ("深圳市乙局", 2026): ("budget", D("0.00"), D("0.00"), D("0.00"), D("0.00"), D("0.00"), None),
        ("深圳市丙局", 2026): ("budget", None, None, None, None, D("500000.00"), None),
        ("深圳市甲局", 2025): (
            "final",
            D("110000.00"),
            D("0.00"),
            D("0.00"),
            D("110000.00"),
            D("1000000.00"),
            D("11.00"),
        ),
    }
    place = tiny.execute(
        "SELECT departments, departments_with_three_public, three_public_yuan, basic_yuan, share_of_basic_pct, "
        "departments_left_out, all_received_present, department_list, left_out FROM published.three_public_by_place "
        "WHERE place = '深圳市' AND fiscal_year = 2026 AND report_kind = 'budget'"
    ).fetchone()
    assert place == (
        3,
        2,
        D("100000.00"),  # the quarantined 700 and the unit's 500 never count
        D("2000000.00"),  # base of the departments with a 三公 table
        D("5.00"),
        3,
        False,
        "深圳市丙局、深圳市乙局、深圳市甲局",
        "深圳市丁中心（unit scope only）、深圳市己局（narrative part only）、深圳市戊局（quarantined）",
    )


def test_function_class_shares_names_and_place_share(tiny):
    write_document(tiny, _doc(201, "西安市甲局", classes={"201": "75", "208": "25", "202": "0"}))
    write_document(tiny, _doc(202, "西安市乙局", classes={"201": "25", "213": "1"}))
    rows = {
        (r[0], r[1]): r[2:]
        for r in tiny.execute(
            "SELECT department, class_code, class_name, amount_yuan, share_pct, rank_in_department, place_share_pct "
            "FROM published.function_class_by_department WHERE place = '西安市'"
        ).fetchall()
    }
    assert rows == {
        ("西安市甲局", "201"): ("fn_201", D("750000.00"), D("75.00"), 1, D("75.00")),  # '21、' ordinal stripped
        ("西安市甲局", "208"): ("fn_208", D("250000.00"), D("25.00"), 2, D("100.00")),
        ("西安市乙局", "201"): ("fn_201", D("250000.00"), D("96.15"), 1, D("25.00")),
        ("西安市乙局", "213"): ("fn_213", D("10000.00"), D("3.85"), 2, D("100.00")),
    }
    place = tiny.execute(
        "SELECT class_code, amount_yuan, share_pct, departments_with_class, departments, place_total_yuan "
        "FROM published.function_class_by_place WHERE place = '西安市' ORDER BY class_code"
    ).fetchall()
    assert place == [
        ("201", D("1000000.00"), D("79.37"), 2, 2, D("1260000.00")),
        ("208", D("250000.00"), D("19.84"), 1, 2, D("1260000.00")),
        ("213", D("10000.00"), D("0.79"), 1, 2, D("1260000.00")),
    ]


def test_share_is_rounded_half_away_from_zero_exactly(tiny):
    got = tiny.execute(
        "SELECT core.share_pct(1.25::DECIMAL(18,2), 1000.00::DECIMAL(18,2)), "
        "core.share_pct(-1.25::DECIMAL(18,2), 1000.00::DECIMAL(18,2)), "
        "core.share_pct(1.00::DECIMAL(18,2), 3.00::DECIMAL(18,2)), "
        "core.share_pct(1.00::DECIMAL(18,2), 0.00::DECIMAL(18,2)), core.share_pct(NULL, 1.00)"
    ).fetchone()
    assert got == (D("0.13"), D("-0.13"), D("33.33"), None, None)


def test_a_three_public_table_split_by_source_of_funds(tiny):
    # 合计 beside 一般公共预算 / 国有资本经营 columns (广州's layout) …
    write_document(
        tiny,
        _doc(
            301,
            "广州市甲局",
            three_public={
                ("total", "budget"): "10",
                ("total", "general_budget"): "6",
                ("total", "state_capital"): "4",
                ("reception", "budget"): "10",
                ("reception", "general_budget"): "6",
                ("reception", "state_capital"): "4",
            },
            basic={("total", "basic"): "100"},
        ),
    )
    # … and no 合计: the 一般公共预算 column first, then one per other source (深圳's layout)
    write_document(
        tiny,
        _doc(
            302,
            "广州市乙局",
            three_public={
                ("total", "budget"): "6",
                ("total", "budget_state_capital"): "4",
                ("reception", "budget"): "6",
                ("reception", "budget_state_capital"): "4",
            },
            basic={("total", "basic"): "100"},
        ),
    )
    rows = tiny.execute(
        "SELECT department, three_public_yuan, three_public_general_budget_yuan, reception_yuan, share_of_basic_pct "
        "FROM published.three_public_by_department WHERE place = '广州市' ORDER BY department"
    ).fetchall()
    # all sources 10 万元; the share compares the 一般公共预算 part (6) with the 一般公共预算 基本支出 (100)
    assert rows == [
        ("广州市乙局", D("100000.00"), D("60000.00"), D("100000.00"), D("6.00")),
        ("广州市甲局", D("100000.00"), D("60000.00"), D("100000.00"), D("6.00")),
    ]


def test_real_warehouse_meets_the_contract(real, tmp_path):
    """Guangzhou's 三公 table also prints 行政经费 (administrative_expenses): beyond the contract's
    three_public items, so it is published under three_public_other, and the team's contract
    checker accepts the warehouse."""
    import shutil
    import subprocess
    import sys

    keys = real.execute(
        "SELECT DISTINCT table_key, line_key FROM published.line_items "
        "WHERE table_key LIKE 'three_public%' AND department = ?",
        [GZ_DEPT],
    ).fetchall()
    assert ("three_public_other", "administrative_expenses") in keys
    assert ("three_public", "total") in keys
    real.execute("CHECKPOINT")
    db = real.execute("SELECT file FROM pragma_database_list WHERE name = current_database()").fetchone()[0]
    copy = tmp_path / "copy.duckdb"
    shutil.copy(db, copy)
    checker = Path(__file__).resolve().parents[1].parent / "shared" / "tools" / "check_contract.py"
    run = subprocess.run([sys.executable, str(checker), str(copy)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
