"""A common word capitalised in the middle of a sentence (`case.sentence`): `chest pain
Center in`, `vice President of`, `the masses Medication guidance`.

Why a programmatic check: telling a stray capital from a name needs data no regex holds:
the English dictionary (a capitalised non-word is a name), the pinyin and place-name
knowledge of `mtfix.names` (`He`, `Long` and `Song` are surnames), and the line around it
(a headline in title case capitalises every word). Only a word between a lower-case
content word and a lower-case continuation is considered, which leaves out multi-word
names (`the Red Cross Society`) and institutions after an article (`the Government said`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import partial

import regex

from mtfix.checks._base import ProgrammaticCheck
from mtfix.checks._casing import ALWAYS_CAPITALISED
from mtfix.context import CheckContext, Resources
from mtfix.lexicon import Lexicon, lexicon, run_lexicon
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.names import NameProtection, name_protection
from mtfix.patterns import compiled

RULE_ID = "capitalised-common-word"

# Public: an equivalence test holds the fast path equal to it (tests use public names).
CANDIDATE = compiled(
    r"(?<![\p{L}\d'’.-])(?P<previous>\p{Ll}[\p{Ll}'’-]*)[ ](?P<word>\p{Lu}\p{Ll}+)(?![\p{L}\d'’-])"
    r"(?![ \u00a0]*[\p{Lu}\d(“\"])"
)
# Performance: the lower-case run that must precede a candidate's space, read backwards
# from the space; `CANDIDATE` is then tried only there (see `MidSentenceCapitalCheck`).
_RUN_BEFORE = compiled(r"[\p{Ll}'’-]*", regex.REVERSE)
_CAPITALISED = compiled(r"\p{Lu}\p{Ll}+")
# A word's first letter (the words of `\p{L}[\p{L}'’-]*`: a headline counts capitalised words).
_WORD_INITIAL = compiled(r"(\p{L})[\p{L}'’-]*")
# A capitalised word after a space and a lower-case word that `CANDIDATE` could start at
# (what its `previous` group reads, seen backwards from the space). Performance: the
# look-behind runs first and keeps a third of the capitals after a space, so the Python
# loop in `occurrences` meets only those.
_CAPITAL_AFTER_LOWER = compiled(r"(?<=(?<![\p{L}\d'’.-])\p{Ll}[\p{Ll}'’-]* )\p{Lu}\p{Ll}+")
# The same for ASCII words, used when every word looked for is ASCII (nearly always): the
# scan for an ASCII capital first costs about three quarters of the look-behind's. It may
# read `Center` in `Centeré`, a place `CANDIDATE` then refuses.
_ASCII_CAPITAL_AFTER_LOWER = compiled(r"[A-Z](?<=(?<![\p{L}\d'’.-])\p{Ll}[\p{Ll}'’-]* [A-Z])[a-z]+")
# Words before which a capital is usual: articles, determiners and prepositions before an
# institution (`the Government`), titles and verbs before a name (`director Smith`, `named Hope`).
_BEFORE_NAMES = frozenset(
    regex.split(
        r"\s+",
        """the a an this that these those its his her their our my your whose which each every all
        both some any no of in on at to for from by with and or but nor as into onto upon than via
        per about after before between during under over against among within without through
        director professor doctor secretary chairman chairwoman president governor mayor minister
        captain nurse member comrade academician reporter correspondent surgeon physician teacher
        student chief head leader inspector commissioner dean principal official spokesman
        spokeswoman spokesperson manager editor author mr mrs ms miss dr sir madam uncle aunt
        named called surnamed titled entitled nicknamed dubbed appointed elected became become
        becomes say said says see visit visited met meet join joined""",
    )
)
_TITLE_CASE_SHARE = 0.6  # a line with this share of capitalised words is a headline
_TITLE_CASE_FRACTION = (3, 5)  # the same share as a fraction of integers (exact bounds)
_HEADLINE_MAX_WORDS = 25  # ... as is a line this short that does not end with a full stop
_SENTENCE_END = (".", '."', ".”", ".)")

_INFO = RuleInfo(
    id=RULE_ID,
    category="case.sentence",
    severity=Severity.INFO,
    applicability=Applicability.UNSAFE,
    description="A common word capitalised in the middle of a sentence",
    doc=(
        "What it does: flags a capitalised dictionary word between a lower-case content word and\n"
        "a lower-case continuation (`chest pain Center in`, `vice President of`).\n"
        "Why it matters: Chinese has no case; the translator capitalised words of a name that\n"
        "is not one, or the start of a sentence whose full stop was lost.\n"
        "Not flagged: words after articles, prepositions, titles and naming verbs (`the Party`,\n"
        "`director He`), pinyin and place names, non-dictionary words, words English always\n"
        "capitalises (`Chinese`, `Monday`), words followed by another capital (multi-word\n"
        "names), and headlines (title case, or a short line that does not end with a full stop).\n"
        "Example: `the chest pain Center in the hospital` -> `the chest pain center in the hospital`.\n"
        "Fix safety: unsafe; the word may start a sentence whose full stop was lost, or be a name."
    ),
    bad_examples=(
        BadExample(
            "They will build the chest pain Center in the county.",
            "They will build the chest pain center in the county.",
        ),
        BadExample(
            "He met the vice President of the association.",
            "He met the vice president of the association.",
        ),
    ),
    good_examples=(
        "He met the President of the association.",
        "The staff thanked director He for the visit.",
        "The team studied traditional Chinese medicine.",
        "The Red Cross Society of China sent help.",
        "Hospital Holds Meeting to Celebrate Nurses Day",
        "A concert for the anti-epidemic Heroes!",
        "They talked with director Smith on Monday.",
    ),
    origin=__name__,
)


class MidSentenceCapitalCheck(ProgrammaticCheck):
    """Flags capitalised common words inside sentences; the fix lower-cases them.

    Performance: the verdict on a word itself (capitalised, a dictionary word, not a name) is
    kept per distinct word across documents, and set operations in C pick a document's
    suspects; only their occurrences are looked at in context, found with `str.find` and
    confirmed with `CANDIDATE` anchored at the start of the preceding word. A candidate's
    space fixes its match, and matches cannot overlap, so this finds exactly what a full
    `CANDIDATE.finditer` would.
    """

    RULES = (_INFO,)

    _SUSPECTS = "midsentence-capital.suspects"  # the run's memory of the words that are suspects

    def _suspect(self, word: str) -> bool | None:
        return _suspect_verdict(lexicon(self.resources), name_protection(self.resources), word)

    def check(self, context: CheckContext) -> Iterator[Finding]:
        if not context.is_enabled(RULE_ID):
            return
        text = context.document.text
        distinct = context.words.distinct
        # The run's lexicon (its look-ups shared with the other checks) and the names fetched
        # once for all of this document's new words.
        judge = partial(_suspect_verdict, run_lexicon(context), name_protection(self.resources))
        suspects = context.memo(self._SUSPECTS, self._suspect).among(distinct, judge)
        headline_lines: dict[int, bool] = {}
        defined: set[str] | None = None
        for start, end, previous in sorted(occurrences(text, suspects)):
            # Asked first (cheaper than the match): what `CANDIDATE`'s `previous` would read.
            if text[previous : start - 1] in _BEFORE_NAMES:
                continue
            match = CANDIDATE.match(text, previous)
            if match is None or match.span("word") != (start, end):
                continue
            word = match.group("word")
            if context.protected.overlaps(start, end) or _in_headline(text, start, headline_lines):
                continue
            if defined is None:
                defined = defined_terms(text)
            if _is_defined(word, defined):
                continue
            yield _INFO.finding(start, word, f"'{word}' is capitalised mid-sentence", (word.lower(),))


# A term a document defines: a capitalised word opening a quotation (`"Contribution" shall
# mean`, `“Package” refers to`). Legal texts then capitalise it wherever it is meant.
# Public: an equivalence test holds `defined_terms` equal to its scan.
DEFINED = re.compile(r"[\"“‘']([A-Z][a-z]+)")
# The same led by each quote mark (see `defined_terms`).
_DEFINED_AFTER = tuple(re.compile(re.escape(mark) + r"([A-Z][a-z]+)") for mark in "\"“‘'")


def defined_terms(text: str) -> set[str]:
    """The terms `DEFINED` finds in `text`, case-folded.

    Performance: a pattern led by one quote mark is searched for as a literal, about three
    times faster than the class of marks tried at every position; no match holds a second
    mark, so each mark's matches are the whole scan's that start with it."""
    return {found.casefold() for pattern in _DEFINED_AFTER for found in pattern.findall(text)}


def _is_defined(word: str, defined: set[str]) -> bool:
    """Is `word`, or its singular or plural, a term the document defines?"""
    folded = word.casefold()
    return folded in defined or folded.removesuffix("s") in defined or f"{folded}s" in defined


def _suspect_verdict(words: Lexicon, names: NameProtection, word: str) -> bool | None:
    """A capitalised dictionary word that is no name: flagged wherever the context allows."""
    suspect = (
        _CAPITALISED.fullmatch(word) is not None
        and word.casefold() not in ALWAYS_CAPITALISED
        and words.is_word(word)
        and not _is_name(names, word)
    )
    return True if suspect else None


# Public: an equivalence test holds the fast path equal to it (tests use public names).
def occurrences(text: str, words: Iterable[str]) -> Iterator[tuple[int, int, int]]:
    """(start, end, start of the preceding word) wherever one of `words` follows a space and
    a lower-case word as `CANDIDATE` reads it (a superset of `CANDIDATE`'s places).

    Performance: one fixed pattern (compiled once, not a per-document alternation, whose
    compiling cost more than the scan) finds each capitalised word in such a place; a set
    lookup keeps the document's suspects. Only the whole capitalised word is looked up:
    `CANDIDATE` needs a non-letter after the word, so a shorter prefix could never be its.
    """
    wanted = words if isinstance(words, (set, frozenset)) else set(words)
    if not wanted:
        return
    ascii_only = "".join(wanted).isascii()
    for match in (_ASCII_CAPITAL_AFTER_LOWER if ascii_only else _CAPITAL_AFTER_LOWER).finditer(text):
        if match.group() in wanted:
            start = match.start()
            previous = _RUN_BEFORE.match(text, 0, start - 1).start()  # type: ignore[union-attr]
            yield start, match.end(), previous


def _is_name(names: NameProtection, word: str) -> bool:
    """A pinyin name, a place name, a brand or a user-accepted word keeps its capital."""
    folded = word.casefold()
    return (
        names.analyzer.is_pinyin_name(word)
        or names.analyzer.is_brand(word)
        or folded in names.gazetteer_names
        or folded in names.accepted_words
    )


def _in_headline(text: str, offset: int, cache: dict[int, bool]) -> bool:
    """True when the line holding `offset` is a headline (see `is_headline`)."""
    line_start = text.rfind("\n", 0, offset) + 1
    if line_start not in cache:
        line_end = text.find("\n", offset)
        cache[line_start] = is_headline(text[line_start : line_end if line_end >= 0 else len(text)])
    return cache[line_start]


# Public: an equivalence test holds `is_headline` equal to it.
def is_headline_plain(line: str) -> bool:
    """Most words capitalised, or short and not ending as a sentence does (`... for the
    anti-epidemic Heroes!`)."""
    initials = _WORD_INITIAL.findall(line)
    capitalised = sum(map(str.isupper, initials))
    title_case = bool(initials) and capitalised / len(initials) >= _TITLE_CASE_SHARE
    short_unfinished = len(initials) <= _HEADLINE_MAX_WORDS and not line.rstrip().endswith(_SENTENCE_END)
    return title_case or short_unfinished


def is_headline(line: str) -> bool:
    """`is_headline_plain(line)`.

    Performance: the lines asked about are mostly whole paragraphs, too long or ending as
    a sentence does, where only the share of capitalised words decides; counts of bytes in
    C bound the words and that share (see `_word_bounds`) and settle most lines without
    reading their words."""
    capitals_at_most, words_at_least = _word_bounds(line)
    share, whole = _TITLE_CASE_FRACTION
    if whole * capitals_at_most < share * words_at_least and (  # in integers, exactly: not title case
        words_at_least > _HEADLINE_MAX_WORDS or line.rstrip().endswith(_SENTENCE_END)  # nor short_unfinished
    ):
        return False
    return is_headline_plain(line)


# Bytes of an ASCII text mapped for `_word_bounds`: a letter reads `a`, a space stays a
# space, anything else reads `x`.
_LETTERS_AND_SPACES = bytes(
    ord("a") if chr(byte).isascii() and chr(byte).isalpha() else ord(" ") if byte == ord(" ") else ord("x")
    for byte in range(256)
)
_ASCII_CAPITALS = bytes(range(ord("A"), ord("Z") + 1))


def _word_bounds(line: str) -> tuple[int, int]:
    """At most how many of the line's words are capitalised, and at least how many words
    it has (as `is_headline_plain` reads them).

    With the non-ASCII characters dropped, an ASCII letter right after a space starts a
    word of its own (what lay between them held no space and no ASCII letter), so those
    pairs are at most the line's words; a capitalised word starts with an ASCII capital
    or a non-ASCII letter, so those characters are at least its capitalised words."""
    ascii_part = line.encode("ascii", "ignore")
    capitals_at_most = len(line) - len(ascii_part.translate(None, _ASCII_CAPITALS))
    return capitals_at_most, ascii_part.translate(_LETTERS_AND_SPACES).count(b" a")


def midsentence_capital_check(resources: Resources) -> MidSentenceCapitalCheck:
    return MidSentenceCapitalCheck(resources)
