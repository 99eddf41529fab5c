"""Institutional terms rendered wrongly (`term.glossary`): `Health and Health Bureau`.

Why a programmatic check: the table is the glossary (rules/data/glossary.toml plus the
user's `glossaries` files), shared with the pinyin checks, and a lower-case target takes
the case of its context. Single CamelCase pinyin renderings (`WeiJianWei`) are left to
`pinyin-camel-case`, so one artifact gives one finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from functools import cached_property
from pathlib import Path

import ahocorasick_rs
import regex

from mtfix.cachefiles import cached_data
from mtfix.checks._base import ProgrammaticCheck
from mtfix.context import CheckContext, Resources
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.names import glossary as glossary_module
from mtfix.names.casing import in_context_case
from mtfix.names.glossary import BUILT_IN, Glossary, GlossaryEntry, absorbed_span, glossary
from mtfix.names.pinyin import QuietRunPresence, TokenKind
from mtfix.names.protection import run_pinyin_analyzer
from mtfix.paths import data_file
from mtfix.patterns import compiled
from mtfix.text import find_starts
from mtfix.verdicts import RunMemory, Verdicts

RULE_ID = "glossary-term"

RULE = RuleInfo(
    id=RULE_ID,
    category="term.glossary",
    severity=Severity.WARNING,
    applicability=Applicability.SAFE,
    description="An institutional term rendered in a way the glossary corrects",
    doc=(
        "What it does: finds the wrong renderings listed in the glossary and proposes the right one.\n"
        "Why it matters: 卫生健康局 literally gives `Health and Health Bureau`; the body is the\n"
        "Health Bureau. Each entry names the Chinese term and why the rendering is wrong.\n"
        "Not flagged: renderings that are a single CamelCase pinyin word (see pinyin-camel-case).\n"
        "Example: `the county Health and Health Bureau` -> `the county Health Bureau`.\n"
        "Fix safety: safe for the renderings no legitimate text uses (a term's pinyin as one word,\n"
        "a known wrong rendering, an app's name written apart); unsafe for the literal word-by-word\n"
        "renderings composed from dictionary glosses (`safe = false`): a writer may describe a body.\n"
        "A head word written beside the term is taken into the fix (`ShiJianJu bureau`).\n"
        "Add terms with the `glossaries` setting (TOML files in the same format)."
    ),
    bad_examples=(
        BadExample(
            "The county Health and Health Bureau held a training session.",
            "The county Health Bureau held a training session.",
        ),
        BadExample(
            "Staff of the Health and Planning Commission visited the ward.",
            "Staff of the Health and Family Planning Commission visited the ward.",
        ),
        BadExample(
            "Videos of the tea harvest drew many viewers on Tik Tok this spring.",
            "Videos of the tea harvest drew many viewers on TikTok this spring.",
        ),
    ),
    good_examples=(
        "The county Health Bureau held a training session.",
        "The Health and Family Planning Commission was merged in 2018.",
        "We chat with the village doctors every week.",
    ),
)


class GlossaryCheck(ProgrammaticCheck):
    """Matches every wrong rendering of the glossary in one pass."""

    RULES = (RULE,)

    def check(self, context: CheckContext) -> Iterator[Finding]:
        if not context.is_enabled(RULE_ID):
            return
        renderings = glossary_renderings(context.resources)
        if not renderings.table:
            return
        analyzer = run_pinyin_analyzer(context)
        text = context.document.text
        for start, end in renderings.spans(text, context.folded_text, context.words.distinct, context.memory):
            found = text[start:end]
            kind = analyzer.classify(found).kind
            if kind in _NAMES or context.protected.overlaps(start, end):
                continue
            entry = renderings.table[_key(found)]
            if entry.context == "report" and not reported(text, start, end):
                continue  # `the people's daily lives`: ordinary English
            replacement = _apostrophes_of(found, in_context_case(entry.en, text, start, end))
            if replacement == found or (found.isupper() and _key(found) == _key(replacement)):
                continue  # the right name, or the right name in capitals (a heading)
            start, end = absorbed_span(text, start, end, replacement)
            found = text[start:end]
            yield Finding(
                rule=RULE_ID,
                category=RULE.category,
                severity=RULE.severity,
                start=start,
                end=end,
                text=found,
                message=(
                    f"`{found}` is a name ({entry.zh or 'a term'}) in the wrong case: write `{replacement}`"
                    if _key(found) == _key(replacement)
                    else f"`{found}` renders {entry.zh or 'this term'} wrongly: write `{replacement}`"
                )
                + (f" ({entry.note})" if entry.note and entry.note != entry.zh else ""),
                replacements=(replacement,),
                applicability=RULE.applicability if entry.safe else Applicability.UNSAFE,
                source="checks",
            )


# Words after a name that make it the source of a report (`people's daily reported`), and
# before it (`according to people's daily`); closed classes, so they are listed here.
_REPORT_AFTER = compiled(
    r"(?:['’]s\s+(?:report|reporter|reporters|article|editorial|commentary|website|app))"
    r"|(?:\s*,)?\s+(?:reported|reports|said|says|quoted|published|noted|wrote|writes|stated|commented"
    r"|revealed|learned|added|cited|carried|ran|headlined)\b",
    regex.IGNORECASE,
)
_REPORT_BEFORE = compiled(
    r"(?:according\s+to|(?:reported|quoted|carried|run|printed|posted)\s+by|(?:published|printed|posted)\s+in"
    r"|told|interview\s+with"
    r"|reporters?\s+(?:from|of|with)|(?:article|report|editorial|commentary)\s+(?:in|by|of))"
    r"\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
_REPORT_WINDOW = 40  # characters before a name searched for the words that introduce a source


def reported(text: str, start: int, end: int) -> bool:
    """Whether the name at `start`..`end` is the source of a report: a reporting verb after
    it, or `according to` and its kin before it."""
    if _REPORT_AFTER.match(text, end):
        return True
    return _REPORT_BEFORE.search(text[max(0, start - _REPORT_WINDOW) : start]) is not None


# A match written as CamelCase pinyin is the pinyin check's; one written as a pinyin name
# (`Shijian`, `Weijian`) may be a person's or a place's name, never "corrected".
_NAMES = (TokenKind.PINYIN_CAMEL, TokenKind.PINYIN_NAME)


def _apostrophes_of(found: str, replacement: str) -> str:
    """The replacement with the apostrophe the text uses (`People’s` stays curly)."""
    return replacement.replace("'", "’") if "’" in found and "'" not in found else replacement


def _key(rendering: str) -> str:
    """Case and apostrophe style do not matter: `People's` matches `people’s`."""
    return rendering.casefold().replace("’", "'")


# Public: an equivalence test holds the fast path equal to it (tests use public names).
class Renderings:
    """Every wrong rendering, found as one case-insensitive pattern of them all finds it
    (`full_pattern`), but tried only where the literal start of one (lower case) begins, and
    only for the renderings whose whole runs of letters the document holds.

    Why no pattern of them all: compiling an alternation of a thousand renderings cost every
    process a fifth of a second. Where an anchor occurs, the renderings it begins are
    compared with the lower-cased text (ASCII ones; others through a small pattern of the
    renderings there, compiled once a run)."""

    def __init__(self, table: dict[str, GlossaryEntry], layout: RenderingLayout | None = None) -> None:
        """`layout`: `rendering_layout(list(table))`, when the caller has it already (read
        back from the start-up cache)."""
        self.table = table
        self.keys, self.anchors, self.anchor_keys, self.ascii_lengths = (
            rendering_layout(list(table)) if layout is None else layout
        )
        # Every anchor, searched for in one automaton pass (`anchor_starts`) in each way the
        # text may write it (`anchor_forms`): the automaton's strings and the anchor of each.
        self.anchor_list = tuple(self.anchor_keys)
        self.form_anchors = tuple(anchor for anchor in self.anchor_list for _ in anchor_forms(anchor))
        self._anchor_search = _automaton(
            tuple(form for anchor in self.anchor_list for form in anchor_forms(anchor))
        )

    @cached_property
    def anchor_runs(self) -> dict[str, list[frozenset[str]]]:
        """Per anchor, the whole runs of letters of each rendering it begins (`whole_runs`)."""
        return {anchor: [whole_runs(key) for key in keys] for anchor, keys in self.anchor_keys.items()}

    @cached_property
    def runs(self) -> QuietRunPresence:
        """Which anchors and rendering runs a document holds (for `prefiltered_starts`)."""
        return QuietRunPresence(
            {
                *(self.anchors or ()),
                *(run for key_runs in self.anchor_runs.values() for runs in key_runs for run in runs),
            },
            "glossary.rendering-runs",
        )

    @classmethod
    def of(cls, terms: Glossary) -> Renderings:
        return cls({_key(wrong): entry for wrong, entry in terms.by_wrong().items()})

    def full_pattern(self, keys: Sequence[str] | None = None) -> regex.Pattern[str]:
        """The plain scan: one case-insensitive pattern of the renderings (`keys`, all by
        default), longest first, as whole words, `'` also as `’`."""
        chosen = self.keys if keys is None else keys
        body = "|".join(regex.escape(key).replace("'", "['’]") for key in chosen)
        return regex.compile(rf"(?<![\w-])(?:{body})(?![\w-])", regex.IGNORECASE)

    def spans(
        self, text: str, folded: str | None, words: AbstractSet[str], memory: RunMemory | None = None
    ) -> Iterator[tuple[int, int]]:
        """The spans of `full_pattern().finditer(text)`; `folded` is the text lower-cased
        offset for offset (None when that cannot stand for case-insensitive matching), `words`
        the document's distinct words and `memory` the run's (a fresh one when not given)."""
        if not self.table:
            return
        memory = RunMemory() if memory is None else memory
        patterns = memory.memo("glossary.rendering-patterns", self.full_pattern, _MAX_PATTERNS)
        if folded is None or self.anchors is None:
            full = patterns.of(self.keys)
            assert full is not None  # a compiled pattern is always a verdict
            yield from (match.span() for match in full.finditer(text))
            return
        found = self.anchor_starts(folded)
        if found is None:  # a text the automaton cannot take
            found = self.prefiltered_starts(folded, words, memory)
        yield from self.spans_at(text, folded, found, memory)

    def spans_at(
        self, text: str, folded: str, found: dict[int, list[str]], memory: RunMemory
    ) -> Iterator[tuple[int, int]]:
        """The spans of the full pattern's matches, tried where the anchors `found` occur
        (offset -> the anchors there; `anchor_starts` or `prefiltered_starts`)."""
        patterns = memory.memo("glossary.rendering-patterns", self.full_pattern, _MAX_PATTERNS)
        covered = 0
        for start in sorted(found):
            if start >= covered and _NOTHING_BEFORE.match(text, start) is not None:
                end = self._end(text, folded, start, found[start], patterns)
                if end is not None:
                    covered = end
                    yield start, end

    def anchor_starts(self, folded: str) -> dict[int, list[str]] | None:
        """Where each anchor occurs in the lower-cased text, in one automaton pass (None when
        the automaton cannot take the text: a lone surrogate is no UTF-8).

        Why every anchor, not only those of renderings the document's words can hold: an
        anchor whose renderings cannot match there makes `_end` find nothing at its offsets
        (and, beside another anchor at one offset, adds renderings that do not match), so the
        spans are the same; one pass in C costs less than a `str.find` pass per anchor, and
        nothing is spent on which words the document holds."""
        if self._anchor_search is None:
            return None
        try:
            matches = self._anchor_search.find_matches_as_indexes(folded, overlapping=True)
        except UnicodeEncodeError:
            return None
        found: dict[int, list[str]] = {}
        anchors = self.form_anchors
        for index, start, _ in matches:
            found.setdefault(start, []).append(anchors[index])
        return found

    def prefiltered_starts(
        self, folded: str, words: AbstractSet[str], memory: RunMemory
    ) -> dict[int, list[str]]:
        """Where the anchors of renderings the document's words can hold occur (each whole run
        of a rendering among the document's runs), one `str.find` pass per anchor."""
        found: dict[int, list[str]] = {}
        assert self.anchors is not None
        present = self.runs.present(memory, words)
        for first in sorted(present.intersection(self.anchors)):
            for anchor in self.anchors[first]:
                if any(runs <= present for runs in self.anchor_runs[anchor]):
                    for form in anchor_forms(anchor):
                        for index in find_starts(folded, form):
                            found.setdefault(index, []).append(anchor)
        return found

    def _end(
        self,
        text: str,
        folded: str,
        start: int,
        anchors: list[str],
        patterns: Verdicts[regex.Pattern[str]],
    ) -> int | None:
        """Where the full pattern's match at `start` ends (None: no match there), given the
        anchors found there: the first of their renderings, longest first, written there."""
        if len(anchors) == 1 and (lengths := self.ascii_lengths.get(anchors[0])) is not None:
            # As below: the one rendering of a length that can be written there is looked up.
            for size, same_size in lengths:
                end = start + size
                if folded[start:end].replace("’", "'") in same_size and _NOTHING_AFTER.match(text, end):
                    return end
            return None
        keys = self.anchor_keys[anchors[0]]
        if len(anchors) > 1:  # anchors of two first words (`health`, `healthy`) at one place
            wanted = {key for anchor in anchors for key in self.anchor_keys[anchor]}
            keys = tuple(key for key in self.keys if key in wanted)
        if all(map(str.isascii, keys)):
            # An ASCII rendering matches case-insensitively where the lower-cased text holds
            # it (`folded_text` refuses the characters `regex` folds onto ASCII unlike
            # `str.lower`), with `’` for `'`.
            for key in keys:
                end = start + len(key)
                written = folded[start:end]
                if (written == key or written.replace("’", "'") == key) and _NOTHING_AFTER.match(text, end):
                    return end
            return None
        pattern = patterns.of(keys)
        assert pattern is not None
        match = pattern.match(text, start)
        return None if match is None else match.end()


# What `rendering_layout` gives: the renderings longest first, the anchors by first word (None:
# some rendering has no usable literal start), each anchor's renderings, and the renderings
# by length of each anchor whose renderings are all ASCII.
RenderingLayout = tuple[
    tuple[str, ...],
    dict[str, tuple[str, ...]] | None,
    dict[str, tuple[str, ...]],
    dict[str, tuple[tuple[int, frozenset[str]], ...]],
]


# Public: the equivalence tests build renderings with it (tests use public names).
def rendering_layout(table_keys: list[str]) -> RenderingLayout:
    """Where each rendering is looked for: plain data worked out from the renderings alone
    (kept in the start-up cache for the shipped glossaries)."""
    # Every rendering in the order the full pattern tries them: longest first.
    keys = tuple(sorted(table_keys, key=len, reverse=True))
    anchored = rendering_anchors(table_keys)
    # Per anchor, the renderings it begins (in the order above); `anchor_runs` gives the
    # whole runs of letters of each: a document lacking one of a rendering's runs cannot hold
    # that rendering (see `whole_runs`), and an anchor none of whose renderings it can hold
    # is not searched for.
    anchor_keys = _anchor_keys(anchored, keys)
    # Per anchor whose renderings are all ASCII (and hold no `’`: `_key` writes `'`), its
    # renderings by length, longest first: one look-up per length where they are compared
    # with the text, instead of one comparison per rendering (`people` begins dozens).
    ascii_lengths = {
        anchor: _by_length(group)
        for anchor, group in anchor_keys.items()
        if all(key.isascii() and "’" not in key for key in group)
    }
    return keys, None if anchored is None else anchored[0], anchor_keys, ascii_lengths


def glossary_renderings(resources: Resources) -> Renderings:
    """The glossary's renderings, made once per process; their layout is read back from the
    start-up cache while the glossary files are unchanged. Why: working it out for two
    thousand renderings cost every run about 8 ms."""

    def build(resources: Resources) -> Renderings:
        table = {_key(wrong): entry for wrong, entry in glossary(resources).by_wrong().items()}
        sources = (
            *(data_file(path) for _, path in BUILT_IN),
            *(Path(path).absolute() for path in resources.settings.glossaries),
            Path(glossary_module.__file__),
            Path(__file__),
        )
        layout = cached_data("glossary-renderings", sources, lambda: rendering_layout(list(table)))
        return Renderings(table, layout)

    return resources.load("names.glossary-renderings", build)


# Public: an equivalence test holds the forms to the full pattern (tests use public names).
def anchor_forms(anchor: str) -> tuple[str, ...]:
    """The ways the lower-cased text may write an anchor: its `'` also as `’` (an anchor
    holds at most one, `LITERAL_START`), as the full pattern matches either."""
    return (anchor, anchor.replace("'", "’")) if "'" in anchor else (anchor,)


def _by_length(keys: Sequence[str]) -> tuple[tuple[int, frozenset[str]], ...]:
    """The keys grouped by length, longest first. Why the same answer as trying them in
    order, longest first: keys of one length differ, so at most one is written at a place."""
    grouped: dict[int, set[str]] = {}
    for key in keys:
        grouped.setdefault(len(key), set()).add(key)
    return tuple((size, frozenset(grouped[size])) for size in sorted(grouped, reverse=True))


def _automaton(strings: Sequence[str]) -> ahocorasick_rs.AhoCorasick | None:
    """An automaton reporting which of `strings` occurs where (`text.StringSearch` tells
    only where), or None when there are none or one is no UTF-8.

    Why a contiguous NFA: built in a few milliseconds for two thousand anchors, where the
    quicker-searching DFA takes five times as long to build, once a process."""
    if not strings:
        return None
    try:
        "".join(strings).encode("utf-8")
    except UnicodeEncodeError:
        return None
    return ahocorasick_rs.AhoCorasick(
        list(strings), implementation=ahocorasick_rs.Implementation.ContiguousNFA
    )


def _anchor_keys(
    anchored: tuple[dict[str, tuple[str, ...]], dict[str, str]] | None, keys: Sequence[str]
) -> dict[str, tuple[str, ...]]:
    """Anchor -> the renderings it begins, in the order of `keys` (the one kept anchor that
    begins each rendering: kept anchors never begin one another). `anchored`: `rendering_anchors`."""
    if anchored is None:  # (no anchors: some rendering has no ASCII first word)
        return {}
    anchors, anchor_of = anchored
    found: dict[str, list[str]] = {anchor: [] for group in anchors.values() for anchor in group}
    for key in keys:
        found[anchor_of[key]].append(key)
    return {anchor: tuple(group) for anchor, group in found.items()}


# Public: an equivalence test holds the fast path equal to it (tests use public names).
def whole_runs(key: str) -> frozenset[str]:
    r"""The words of ASCII letters in a rendering's `key` that are a whole run of letters
    wherever it matches (so `RunPresence` sees each among the document's runs).

    A match has no letter before it (`(?<![\w-])`) or after it (`(?![\w-])`), and matches
    the key case-insensitively character for character (`'` also as `’`), so the key's
    non-letters stand where the text has non-letters, which end runs. A piece next to a
    non-ASCII letter is not whole: it is cut at non-letters, not at non-ASCII."""
    return frozenset(piece for piece in _NON_LETTERS.split(key) if _ASCII_WORD.fullmatch(piece))


# Public: an equivalence test holds it equal to the plain computation (tests use public names).
def rendering_anchors(keys: list[str]) -> tuple[dict[str, tuple[str, ...]], dict[str, str]] | None:
    """First word -> the lower-case literals that start the renderings beginning with it
    (each key's `LITERAL_START`; one that another begins dropped),
    and each key's anchor (the kept literal that begins it); None when some rendering does
    not start with a word of ASCII letters.

    A literal that another begins follows it in sorted order, with only literals that it
    begins too in between: one pass over the sorted literals keeps those no kept one begins."""
    grouped: dict[str, set[str]] = {}
    literal_of: dict[str, str] = {}
    for key in keys:
        literal, first = LITERAL_START.match(key), FIRST_WORD.match(key)
        if literal is None or first is None:
            return None
        literal_of[key] = literal.group()
        grouped.setdefault(first.group(), set()).add(literal.group())
    anchors = {}
    anchor_of: dict[str, str] = {}
    for first, literals in grouped.items():
        kept: list[str] = []
        for literal in sorted(literals):
            if not kept or not literal.startswith(kept[-1]):
                kept.append(literal)
            anchor_of[literal] = kept[-1]
        anchors[first] = tuple(sorted(kept, key=len))
    return anchors, {key: anchor_of[literal] for key, literal in literal_of.items()}


_MAX_PATTERNS = 1_000  # compiled rendering subsets remembered before starting afresh
# The full pattern's look-behind and look-ahead, tried at one position.
_NOTHING_BEFORE = compiled(r"(?<![\w-])")
_NOTHING_AFTER = compiled(r"(?![\w-])")
_ASCII_WORD = re.compile("[a-z]+")
_NON_LETTERS = compiled(r"\P{L}+")
# Public: an equivalence test computes anchors with them (tests use public names).
# A literal start: characters the lower-cased text holds exactly where the full pattern
# matches them, and at most one `'` (written `'` or `’`, `anchor_forms`). Why so long: a
# short anchor (`xi` of `xi'an ...`, `all` of `all-china ...`) occurs inside thousands of
# words, each a look-up in Python.
LITERAL_START = compiled(r"[a-z][a-z0-9 \-]*(?:'[a-z0-9 \-]*)?")
FIRST_WORD = compiled(r"[a-z]+(?!\p{L})")  # the whole first run of letters, ASCII


def glossary_check(resources: Resources) -> GlossaryCheck:
    return GlossaryCheck(resources)
