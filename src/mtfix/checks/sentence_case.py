"""Sentences that start in lower case (`case.sentence`).

Why a programmatic check: the fix upper-cases a letter, which a replacement template
cannot do, and deciding that a full stop ends a sentence needs more than a regex: the
word before it must not be an abbreviation (`etc.`, `Inc.`, `a.m.`, `No.`), an initial
or a protected token, and the document must itself capitalise its sentences (chat logs
and lower-case styles are left alone).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from mtfix.checks._base import ProgrammaticCheck
from mtfix.checks._casing import ABBREVIATIONS
from mtfix.context import CheckContext, Resources
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.patterns import compiled
from mtfix.text import find_starts

SENTENCE_START, QUOTED_START = "lowercase-sentence-start", "lowercase-quoted-sentence-start"

# Lower-case words that are never capitalised: units, brands and symbols (`pH`, `iPhone`).
_KEEP_LOWER = compiled(r"\p{Ll}+\p{Lu}|(?:km|kg|mg|ml|cm|mm|kw|kwh|mph|pH)\b")
# Public: an equivalence test holds the fast path equal to it (tests use public names).
AFTER_FULL_STOP = compiled(r"[.!?](?P<close>[\"”’)]*)[ \u00a0]+(?P<open>[\"“‘(]*)(?P<letter>\p{L})")
# The same places except before an ASCII capital (which is most of them). No character of
# the quote and space classes is a letter, so a full stop's match, if any, ends at the
# first character past them: the two patterns agree on every other full stop.
# Public: an equivalence test holds the fast path equal to it (tests use public names).
AFTER_FULL_STOP_NOT_ASCII_CAPITAL = compiled(
    AFTER_FULL_STOP.pattern.replace("(?P<letter>", "(?![A-Z])(?P<letter>")
)
# The same led by each mark alone (see `stops_before_other_letters`).
_MARK_LED = tuple(
    (mark, compiled(AFTER_FULL_STOP_NOT_ASCII_CAPITAL.pattern.replace("[.!?]", regex.escape(mark), 1)))
    for mark in ".!?"
)
# Matched backwards from the full stop (REVERSE), so only the word itself is read; the
# optional newline keeps the old `$` reading (which also matched before a final newline).
_WORD_BEFORE = compiled(r"(?P<word>[\p{L}\d.'’-]+)\n?", regex.REVERSE)
_NON_LETTER = compiled(r"[^\p{L}]")
# Public: an equivalence test holds the fast path equal to it (tests use public names).
QUOTED = compiled(
    r"\b(?:said|says|say|saying|stated|states|added|adds|noted|notes|asked|asks|stressed|emphasi[sz]ed"
    r"|introduced|explained|declared|replied|remarked|announced|urged|wrote|writes|pointed[ ]out)"
    r"[,:][ \u00a0]*[\"“](?P<letter>\p{Ll})(?=\p{Ll}*\b)"
)
# `QUOTED`'s verbs, longest first: where two end at the same comma the longer starts
# first, as in a left-to-right scan.
_SAYING = (
    *("introduced", "emphasised", "emphasized", "explained", "announced", "declared", "remarked"),
    *("stressed", "replied", "stated", "states", "saying", "writes", "added", "noted", "notes"),
    *("asked", "urged", "wrote", "said", "says", "adds", "asks", "say", "pointed out"),
)
_SAYING_LONGEST_FIRST = tuple(sorted(_SAYING, key=len, reverse=True))
_SAYING_MAX = max(map(len, _SAYING))
# `. "try" specifies ...`: a short quoted term (a keyword, an expression) that the sentence
# goes on after in lower case is mentioned, not a quoted sentence; its case is its own.
_QUOTED_MENTION = compiled(r"[^\"”.,;:!?]{1,30}[\"”][ \u00a0\n]+\p{Ll}")
# `"I think," she said, "that ...`: the quotation resumes, so its lower case is right.
_INTERRUPTED = compiled(r",[\"”][^\"“”.!?]{0,30}$")
# Below this share of capitalised sentence starts the document has its own style.
_MIN_CAPITALISED_SHARE = 0.75
_MIN_STARTS_FOR_STYLE = 4  # fewer sentence starts say nothing about the document's style
_LOOKBACK = 40  # characters before a full stop searched for the word it ends

_RULES = (
    RuleInfo(
        id=SENTENCE_START,
        category="case.sentence",
        severity=Severity.WARNING,
        applicability=Applicability.SAFE,
        description="A sentence after a full stop, `!` or `?` starts with a lower-case letter",
        doc=(
            "What it does: upper-cases the first letter after `. `, `! ` or `? ` when the mark ends a\n"
            "sentence (also after closing quotes and brackets: `.) the`).\n"
            "Why it matters: Chinese has no case, so split or merged segments keep a lower-case start.\n"
            "Not flagged: after abbreviations (`etc.`, `Inc.`, `No.`), initials and dotted abbreviations\n"
            "(`a.m.`, `e.g.`, `U.S.`), ellipses, URLs and other protected tokens, words such as `iPhone`\n"
            'or `km`, a quotation ending in `!` or `?` that the sentence goes on after (`"Why?" she\n'
            'asked`), a short quoted term the sentence goes on after (`"try" specifies`), and\n'
            "documents (with four or more sentence starts) where fewer than three in four start\n"
            "with a capital.\n"
            "Example: `the ward reopened. the staff returned` -> `the ward reopened. The staff returned`.\n"
            "Fix safety: safe; abbreviations that lower-case words may follow are excluded."
        ),
        bad_examples=(
            BadExample(
                "The ward reopened. the staff returned on Monday.",
                "The ward reopened. The staff returned on Monday.",
            ),
            BadExample(
                'They met the team. "we will help," he said.', 'They met the team. "We will help," he said.'
            ),
            BadExample("What a day! the whole county came out.", "What a day! The whole county came out."),
            BadExample("Who pays? the county does.", "Who pays? The county does."),
        ),
        good_examples=(
            "Doctors, nurses, etc. and volunteers came.",
            'The language has two such keywords. "try" opens the block and "else" ends it.',
            "The team left at 9 a.m. and returned at noon.",
            "Apple Inc. and the hospital signed it.",
            "Visit mp.weixin.qq.com for details.",
            "He waited... and then left.",
            "The device is new. iPhone users like it.",
            '"Why?" she asked.',
            '"Help!" he shouted, and ran.',
        ),
        origin=__name__,
    ),
    RuleInfo(
        id=QUOTED_START,
        category="case.sentence",
        severity=Severity.INFO,
        applicability=Applicability.UNSAFE,
        description="A quoted sentence after `said,` starts with a lower-case letter",
        doc=(
            "What it does: upper-cases the first letter of a quotation introduced by a verb of saying\n"
            'and a comma or colon (`said, "by holding`).\n'
            "Why it matters: a full quoted sentence starts with a capital in English.\n"
            'Example: `Li Wei said, "by holding the concert, we salute them."` -> `said, "By holding`.\n'
            'Not flagged: an interrupted quotation that resumes (`"I think," she said, "that we`).\n'
            "Fix safety: unsafe; the quotation may continue a sentence quoted in part."
        ),
        bad_examples=(
            BadExample(
                'Li Wei said, "by holding a concert, we salute them."',
                'Li Wei said, "By holding a concert, we salute them."',
            ),
            BadExample("She added: “we will keep going.”", "She added: “We will keep going.”"),
        ),
        good_examples=(
            'Li Wei said, "By holding a concert, we salute them."',
            'He said the plan was "a success".',
            '"I think," she said, "that we are ready."',
        ),
        origin=__name__,
    ),
)


class SentenceCaseCheck(ProgrammaticCheck):
    """Upper-cases sentence starts after a full stop, and quoted sentences after `said,`."""

    RULES = _RULES

    _ENDS_SENTENCE = "sentence-case.word-ends-sentence"  # the run's memory, per word before a stop

    def check(self, context: CheckContext) -> Iterator[Finding]:
        text = context.document.text
        if context.is_enabled(SENTENCE_START):
            yield from self._sentence_starts(context, text)
        if context.is_enabled(QUOTED_START):
            for match in quoted(text):
                if not _INTERRUPTED.search(text, max(0, match.start() - _LOOKBACK), match.start()):
                    yield _finding(text, _RULES[1], match.start("letter"))

    def _sentence_starts(self, context: CheckContext, text: str) -> Iterator[Finding]:
        """Lower-case starts, unless the document does not capitalise its sentences. The
        capitalised starts are counted only when there is a candidate to judge.

        Performance: candidates are looked for among the full stops before a letter other
        than `A`-`Z` (`AFTER_FULL_STOP_NOT_ASCII_CAPITAL`: each full stop gives at most
        one match, the same as `AFTER_FULL_STOP`'s unless its letter is an ASCII capital,
        never a candidate), so most sentence starts never reach Python; the others are
        counted only in a document with a candidate."""
        candidates: list[int] = []
        for match in stops_before_other_letters(text):
            letter = match.start("letter")
            if (
                text[letter].islower()
                and self._ends_sentence(context, text, match.start(), match.group("close"))
                and not _keeps_lower(context, text, letter)
                and not (match.group("open") and _QUOTED_MENTION.match(text, letter))
            ):
                candidates.append(letter)
        if not candidates:
            return
        upper = [
            match.start() for match in AFTER_FULL_STOP.finditer(text) if text[match.start("letter")].isupper()
        ]
        capitalised = sum(1 for stop in upper if self._ends_sentence(context, text, stop, ""))
        total = capitalised + len(candidates)
        if total >= _MIN_STARTS_FOR_STYLE and capitalised / total < _MIN_CAPITALISED_SHARE:
            return
        for letter in candidates:
            yield _finding(text, _RULES[0], letter)

    def _ends_sentence(self, context: CheckContext, text: str, stop: int, close: str) -> bool:
        """True when the mark at `stop` ends a sentence rather than a word or token. A `!`
        or `?` always does, except inside a quotation that the sentence goes on after
        (`"Why?" she asked`)."""
        if context.protected.overlaps(stop, stop + 1):
            return False
        if text[stop] != ".":
            return not close
        word = _WORD_BEFORE.match(text, max(0, stop - _LOOKBACK), stop)
        if word is None:
            return False
        before = word.group("word")
        return context.memo(self._ENDS_SENTENCE, _word_ends_sentence).of(before)  # type: ignore[return-value]


# Public: an equivalence test holds it equal to `AFTER_FULL_STOP_NOT_ASCII_CAPITAL`'s scan.
def stops_before_other_letters(text: str) -> list[regex.Match[str]]:
    """The matches of `AFTER_FULL_STOP_NOT_ASCII_CAPITAL.finditer(text)`.

    Performance: a pattern led by one mark is searched for as a literal, several times
    faster than the class `[.!?]` tried at every position. No match holds a second mark
    (quotes, spaces and a letter follow its own), so each mark's matches are the whole
    scan's that start with it."""
    found = [match for mark, pattern in _MARK_LED if mark in text for match in pattern.finditer(text)]
    if "!" in text or "?" in text:
        found.sort(key=regex.Match.start)
    return found


# Public: an equivalence test holds the fast path equal to it (tests use public names).
def quoted(text: str) -> Iterator[regex.Match[str]]:
    """What `QUOTED.finditer` finds, tried only where a verb of saying and a comma or colon
    come before an opening quotation mark (quotation marks are few; a scan of the whole
    text for the verbs is not)."""
    quotes = sorted(at for mark in '"“' for at in find_starts(text, mark))
    scanned_to = 0  # like finditer, a match never starts inside the previous one
    for quote in quotes:
        comma = quote - 1
        while comma >= 0 and text[comma] in " \u00a0":
            comma -= 1
        if comma < 1 or text[comma] not in ",:":
            continue
        if not text.endswith(_SAYING, max(0, comma - _SAYING_MAX), comma):
            continue
        for verb in _SAYING_LONGEST_FIRST:
            start = comma - len(verb)
            if start >= scanned_to and text.startswith(verb, start):
                match = QUOTED.match(text, start)
                if match is not None:
                    scanned_to = match.end()
                    yield match
                    break


def _word_ends_sentence(before: str) -> bool:
    """The verdict on the word before a full stop (kept per distinct word)."""
    token = before.strip("'’-")
    if not token or "." in token or token.endswith("..."):
        return False  # dotted abbreviations (e.g., U.S) and ellipses
    if token.isdigit():
        return len(token) == 4  # a year ends a sentence; `No. 3.` or `1.` in a list does not
    letters = _NON_LETTER.sub("", token)
    return len(letters) > 1 and letters.casefold() not in ABBREVIATIONS


def _keeps_lower(context: CheckContext, text: str, letter: int) -> bool:
    return bool(_KEEP_LOWER.match(text, letter)) or context.protected.overlaps(letter, letter + 1)


def _finding(text: str, rule: RuleInfo, letter: int) -> Finding:
    char = text[letter]
    return rule.finding(letter, char, f"Sentence starts with lower-case '{char}'", (char.upper(),))


def sentence_case_check(resources: Resources) -> SentenceCaseCheck:
    return SentenceCaseCheck(resources)
