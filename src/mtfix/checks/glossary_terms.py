"""Institutional terms rendered wrongly (`term.glossary`): `Health and Health Bureau`.

Why a programmatic check: the table is the glossary (rules/data/glossary.toml plus the
user's `glossaries` files), shared with the pinyin checks, and a lower-case target takes
the case of its context. Single CamelCase pinyin renderings (`WeiJianWei`) are left to
`pinyin-camel-case`, so one artifact gives one finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

import regex

from mtfix.checks._base import ProgrammaticCheck
from mtfix.context import CheckContext, Resources
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.names.casing import in_context_case
from mtfix.names.glossary import Glossary, GlossaryEntry, glossary
from mtfix.names.pinyin import RunPresence, TokenKind
from mtfix.names.protection import pinyin_analyzer

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
        "Fix safety: safe: the glossary lists only renderings that no legitimate text uses.\n"
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
    ),
    good_examples=(
        "The county Health Bureau held a training session.",
        "The Health and Family Planning Commission was merged in 2018.",
    ),
)


class GlossaryCheck(ProgrammaticCheck):
    """Matches every wrong rendering of the glossary in one pass."""

    RULES = (RULE,)

    def check(self, context: CheckContext) -> Iterator[Finding]:
        if not context.is_enabled(RULE_ID):
            return
        terms = glossary(context.resources)
        renderings = context.resources.load("names.glossary-pattern", lambda _: _Renderings.of(terms))
        if renderings.pattern is None:
            return
        analyzer = pinyin_analyzer(context.resources)
        text = context.document.text
        for match in renderings.finditer(text, context.folded_text, context.words.distinct):
            start, end = match.span()
            found = match.group(0)
            if analyzer.classify(found).kind is TokenKind.PINYIN_CAMEL or context.protected.overlaps(
                start, end
            ):
                continue
            entry = renderings.table[_key(found)]
            replacement = in_context_case(entry.en, text, start, end)
            if replacement == found:
                continue
            yield Finding(
                rule=RULE_ID,
                category=RULE.category,
                severity=RULE.severity,
                start=start,
                end=end,
                text=found,
                message=f"`{found}` renders {entry.zh or 'this term'} wrongly: write `{replacement}`"
                + (f" ({entry.note})" if entry.note and entry.note != entry.zh else ""),
                replacements=(replacement,),
                applicability=RULE.applicability,
                source="checks",
            )


def _key(rendering: str) -> str:
    """Case and apostrophe style do not matter: `People's` matches `people’s`."""
    return rendering.casefold().replace("’", "'")


class _Renderings:
    """Every wrong rendering in one case-insensitive pattern, tried only where the literal
    start of one (lower case) begins, and only for renderings whose first word the document
    holds."""

    def __init__(self, pattern: regex.Pattern[str] | None, table: dict[str, GlossaryEntry]) -> None:
        self.pattern = pattern
        self.table = table
        self.anchors = _anchors(list(table))  # None: some rendering has no usable literal start
        # The whole runs of letters each anchor holds: a document lacking one of them cannot
        # hold the anchor (see `_whole_runs`), so its place is not searched for.
        self.anchor_runs = {
            anchor: _whole_runs(anchor, table)
            for anchors in (self.anchors or {}).values()
            for anchor in anchors
        }
        self.runs = RunPresence(
            {*(self.anchors or ()), *(run for runs in self.anchor_runs.values() for run in runs)}
        )
        self._searches: dict[tuple[str, ...], Callable[..., re.Match[str] | None]] = {}
        # Words whose runs hold none of `runs` (most words), passed over in C; and those
        # whose runs hold one. Each word is asked about once for the run.
        self._silent: set[str] = set()
        self._telling: set[str] = set()

    @classmethod
    def of(cls, terms: Glossary) -> _Renderings:
        table = {_key(wrong): entry for wrong, entry in terms.by_wrong().items()}
        if not table:
            return cls(None, table)
        keys = sorted(table, key=len, reverse=True)
        body = "|".join(regex.escape(key).replace("'", "['’]") for key in keys)
        return cls(regex.compile(rf"(?<![\w-])(?:{body})(?![\w-])", regex.IGNORECASE), table)

    def finditer(self, text: str, folded: str | None, words: Iterable[str]) -> Iterator[regex.Match[str]]:
        """The matches of `pattern.finditer(text)`; `folded` is the text lower-cased offset
        for offset (None when that cannot stand for case-insensitive matching) and `words`
        the document's distinct words."""
        if self.pattern is None:
            return
        if folded is None or self.anchors is None:
            yield from self.pattern.finditer(text)
            return
        starts: set[int] = set()
        present = self._present(words)
        for first, anchors in self.anchors.items():
            if first not in present:
                continue
            live = tuple(anchor for anchor in anchors if self.anchor_runs[anchor] <= present)
            if not live:
                continue
            search = self._search(live)
            found = search(folded)
            while found is not None:
                index = found.start()
                starts.add(index)
                found = search(folded, index + 1)
        covered = 0
        for start in sorted(starts):
            if start >= covered:
                match = self.pattern.match(text, start)
                if match is not None:
                    covered = match.end()
                    yield match

    def _present(self, words: Iterable[str]) -> set[str]:
        """`self.runs.present(words)`, with the words that hold none of its runs left out
        beforehand: they add nothing to its answer (beyond the possessive `s` it adds for
        any words)."""
        if len(self._silent) + len(self._telling) > _MAX_SORTED_WORDS:
            self._silent.clear()
            self._telling.clear()
        candidates = set(words).difference(self._silent)
        presence = self.runs
        possessive = presence.present(())
        for word in candidates.difference(self._telling):
            if presence.present((word,)) - possessive:
                self._telling.add(word)
            else:
                self._silent.add(word)
        return presence.present(candidates.intersection(self._telling))

    def _search(self, anchors: tuple[str, ...]) -> Callable[..., re.Match[str] | None]:
        """One search for the anchors a document may hold: a scan finds the next place any
        of them starts (the same places as one `str.find` pass per anchor). Compiled the
        first time a document may hold just these, at most once per subset of one first
        word's anchors."""
        search = self._searches.get(anchors)
        if search is None:
            search = re.compile("|".join(map(_anchor_pattern, anchors))).search
            self._searches[anchors] = search
        return search


def _whole_runs(anchor: str, table: dict[str, GlossaryEntry]) -> frozenset[str]:
    r"""The words of ASCII letters in `anchor` that are a whole run of letters wherever a
    rendering starting with it matches (so `RunPresence` sees them in the document).

    A match is preceded by no letter (`(?<![\w-])`) and has the key's spaces and
    apostrophes (either one) where the key has them, which break runs; the last word is
    whole only when it ends the key (then `(?![\w-])` follows) or is followed in the
    anchor by a space or apostrophe. Words with digits are left out: a run holds none."""
    pieces = re.split("[ ']", anchor)
    whole = pieces if anchor in table or anchor[-1:] in (" ", "'") else pieces[:-1]
    return frozenset(piece for piece in whole if _ASCII_WORD.fullmatch(piece))


def _anchor_pattern(anchor: str) -> str:
    """An anchor as `pattern` reads it: its apostrophe is either one (`people['’]s`)."""
    return re.escape(anchor).replace("'", "['’]")


def _anchors(keys: list[str]) -> dict[str, tuple[str, ...]] | None:
    """First word -> the lower-case literals that start the renderings beginning with it
    (each key's leading ASCII letters, digits, spaces and apostrophes, which `_key` makes
    `'`, so `people's social` rather than a bare `people` that news text holds everywhere;
    one that another begins dropped),
    or None when some rendering does not start with a word of ASCII letters."""
    grouped: dict[str, set[str]] = {}
    for key in keys:
        literal, first = _LITERAL_START.match(key), _FIRST_WORD.match(key)
        if literal is None or first is None:
            return None
        grouped.setdefault(first.group(), set()).add(literal.group())
    anchors = {}
    for first, literals in grouped.items():
        kept: list[str] = []
        for literal in sorted(literals, key=len):
            if not any(literal.startswith(shorter) for shorter in kept):
                kept.append(literal)
        anchors[first] = tuple(kept)
    return anchors


_MAX_SORTED_WORDS = 200_000  # words sorted into silent and telling before starting afresh
_ASCII_WORD = re.compile("[a-z]+")
_LITERAL_START = regex.compile(r"[a-z][a-z0-9 ']*")
_FIRST_WORD = regex.compile(r"[a-z]+(?!\p{L})")  # the whole first run of letters, ASCII


def glossary_check(resources: Resources) -> GlossaryCheck:
    return GlossaryCheck(resources)
