"""Wave 3 (hzhz): subjects printed by name only (杭州, 湖州 收支总表), name aliases, the whole tree in a summary.

Every expected figure was read by eye off the rendered page (pypdfium2, scale 2).
"""

from __future__ import annotations

from decimal import Decimal

from pipelines.extract.catalog import load_catalog
from pipelines.extract.grid import Grid, read_grids
from pipelines.extract.model import LineItem
from pipelines.extract.normalize import _NameResolver, normalize_table
from tests.conftest import national_pdf

GONGAN = "杭州市/2026年杭州市公安局部门预算.pdf"
HUZHOU_HEALTH = "湖州市/2026年湖州市卫生健康委员会部门预算.pdf"


def _grids(relative: str, pages: list[int]) -> list[Grid]:
    found = read_grids(national_pdf(relative), pages, engine="vector", flavor="lattice")
    return [found[p][0] for p in pages]


def _items(relative: str, pages: list[int], table_key: str) -> list[LineItem]:
    catalog = load_catalog()
    spec = next(s for s in catalog.specs("budget") if s.key == table_key)
    return normalize_table(spec, catalog, _grids(relative, pages), "万元")


def _codes(labels: list[str]) -> list[str | None]:
    names = _NameResolver("function")
    return [names.code(label) for label in labels]


def test_the_2026_wording_of_21505_resolves_through_the_alias_data():
    # 杭州 公安局 表3 p24: 资源勘探工业信息等支出 / 工业和信息产业 / 其他工业和信息产业支出, no codes
    # (the reference names 21505 工业和信息产业监管; warehouse/reference/name_aliases.csv holds the 2026 wording)
    assert _codes(["资源勘探工业信息等支出", "工业和信息产业", "其他工业和信息产业支出"]) == ["215", "21505", "2150599"]


def test_a_kuan_and_its_item_of_the_same_name_get_two_codes():
    # 杭州 交通运输局 表3 p27: 超长期特别国债安排的支出 / 公路水路运输 (its 项, not 款 21401 again),
    # 其他交通运输支出 款 then 项; 其他支出 / … / 其他政府性基金安排的支出
    labels = ["交通运输支出", "公路水路运输", "行政运行", "超长期特别国债安排的支出", "公路水路运输"]
    labels += ["其他交通运输支出", "公共交通运营补助", "其他交通运输支出"]
    labels += ["其他支出", "其他政府性基金及对应专项债务收入安排的支出", "其他政府性基金安排的支出"]
    assert _codes(labels) == [
        *["214", "21401", "2140101", "21498", "2149801", "21499", "2149901", "2149999"],
        *["229", "22904", "2290401"],
    ]


def test_a_kuan_name_repeated_under_itself_is_its_other_item_or_refused():
    names = _NameResolver("function")
    names.children = {None: {"甲类支出": "901"}, "901": {"其他甲类支出": "90199", "乙事务": "90101"}}
    assert [names.code(x) for x in ["甲类支出", "其他甲类支出", "其他甲类支出"]] == ["901", "90199", "9019999"]
    names.path = []
    assert [names.code(x) for x in ["甲类支出", "乙事务", "乙事务"]] == ["901", "90101", None]


def test_gongan_summary_tree_by_name_keeps_only_the_class_lines():
    # 表1 p20: 一般公共服务支出 5,140.00 then its 款 and 项 其他一般公共服务支出 5,140.00 twice — one fn_201 line.
    items = [i for i in _items(GONGAN, [20], "summary") if i.side == "expenditure"]
    fn = {i.line_key: i.amount for i in items if i.line_key.startswith("fn_")}
    assert [i.line_key for i in items].count("fn_201") == 1
    assert fn == {
        "fn_201": Decimal("5140.00"),
        "fn_204": Decimal("325711.11"),
        "fn_206": Decimal("32240.98"),
        "fn_208": Decimal("23243.93"),
        "fn_210": Decimal("8030.63"),
        "fn_212": Decimal("7600.00"),
        "fn_215": Decimal("2448.58"),
    }
    assert sum(fn.values()) == Decimal("404415.23")  # 本年支出合计, p20


def test_huzhou_appropriation_summary_other_kuan_lines_are_not_classes():
    # 湖州 卫健委 表04 p33: 科学技术支出 1140.61 … 其他科学技术支出 129.84 (款) / 122.34 (项);
    # 社会保障和就业支出 11871.20 … 其他社会保障和就业支出 2.65 (款 and 项).
    items = [i for i in _items(HUZHOU_HEALTH, [33], "appropriation_summary") if i.side == "expenditure"]
    fn = {i.line_key: i.amount for i in items if i.line_key.startswith("fn_")}
    assert [i.line_key for i in items if i.line_key.startswith("fn_")] == ["fn_206", "fn_208", "fn_210"]
    assert fn == {"fn_206": Decimal("1140.61"), "fn_208": Decimal("11871.20"), "fn_210": Decimal("23268.50")}
