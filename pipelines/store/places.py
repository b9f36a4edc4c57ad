"""The places reference (地区) in core.places: which place a department's name starts with.

warehouse/reference/places.csv   prefix,place,level,parent

A department name as printed begins with the place that publishes it (深圳市财政局, 上海市普陀区司法局,
江苏省人大常委会办公厅); `prefix` is a printed form of that beginning and `place` the place it names
(several prefixes may name one place: 北京市, 北京 (北京城市副中心…), 首都 (首都绿化委员会办公室) are
all 北京市). level: province (省, 自治区, 直辖市), city (地级/副省级市) or district (区, 县); parent: the
place one level up (blank for a province). The department marts (warehouse/65_department_marts.sql)
take the longest prefix a name starts with — so 上海市普陀区… is the district, not 上海市 — after a
leading 中共 / 中国共产党 (a party organ names its place after it: 中共西安市委宣传部).

load_places(con) replaces the table from the CSV; ensure_schema calls it on every run, so it writes
only when the file's rows differ from the table's. A new place is a line of data.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import duckdb

from pipelines.store.catalog_state import has_tables, replace_rows
from pipelines.store.paths import sql_dir

FILE = "places.csv"
COLUMNS = ("prefix", "place", "level", "parent")
LEVELS = ("province", "city", "district")


@dataclass(frozen=True, order=True)
class Place:
    prefix: str
    place: str
    level: str
    parent: str | None

    def as_tuple(self) -> tuple[str, str, str, str | None]:
        return (self.prefix, self.place, self.level, self.parent)


def places_file(folder: Path | None = None) -> Path:
    return (folder or sql_dir() / "reference") / FILE


def read_places(folder: Path | None = None) -> list[Place]:
    """Parse and validate places.csv (raises ValueError naming the line of a bad row)."""
    path = places_file(folder)
    rows: list[Place] = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise ValueError(f"{path.name}: columns {reader.fieldnames}, expected {list(COLUMNS)}")
        for n, raw in enumerate(reader, start=2):
            row = Place(
                prefix="".join((raw["prefix"] or "").split()),
                place="".join((raw["place"] or "").split()),
                level=(raw["level"] or "").strip(),
                parent="".join((raw["parent"] or "").split()) or None,
            )
            if not row.prefix or not row.place:
                raise ValueError(f"{path.name}:{n}: prefix and place are required")
            if row.level not in LEVELS:
                raise ValueError(f"{path.name}:{n}: level {row.level!r} is not one of {LEVELS}")
            if (row.level == "province") != (row.parent is None):
                raise ValueError(f"{path.name}:{n}: a province has no parent, every other place has one")
            rows.append(row)
    prefixes = [r.prefix for r in rows]
    if len(set(prefixes)) != len(prefixes):
        raise ValueError(f"{path.name}: a prefix is listed twice")
    facts = {(r.place, r.level, r.parent) for r in rows}
    if len({f[0] for f in facts}) != len(facts):
        raise ValueError(f"{path.name}: one place with two levels or parents")
    own = {r.place for r in rows if r.prefix == r.place}
    if missing := sorted({r.place for r in rows} - own):
        raise ValueError(f"{path.name}: every place is its own prefix; missing {missing}")
    return sorted(rows)


def load_places(con: duckdb.DuckDBPyConnection, folder: Path | None = None) -> int:
    """Replace core.places from places.csv; returns the rows written (0 when unchanged or skipped:
    a DDL folder without 65_department_marts.sql has no table)."""
    if not has_tables(con, "core", "places"):
        return 0
    wanted = sorted(r.as_tuple() for r in read_places(folder))
    current = con.execute("SELECT prefix, place, level, parent FROM core.places").fetchall()
    if sorted(current, key=repr) == sorted(wanted, key=repr):
        return 0
    return replace_rows(con, "core.places", wanted)
