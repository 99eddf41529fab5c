"""A common word written in capitals inside a sentence (`case.sentence`): `knowledge of
TUBERCULOSIS, preventive measures` -> `knowledge of tuberculosis, preventive measures`.

Why a programmatic check: an all-caps token is usually an acronym (`WHO`, `NATO`, `COVID`);
only the lexicon tells that `TUBERCULOSIS` is an ordinary word the page emphasised or a
heading leaked into, and only the name service that `CHINA` is a name.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from mtfix.checks._base import ProgrammaticCheck
from mtfix.context import CheckContext, Resources
from mtfix.lexicon import run_lexicon
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.names.protection import word_guard
from mtfix.patterns import compiled
from mtfix.text import matches_at, non_ascii

RULE_ID = "capitalised-common-word-in-caps"
MIN_LETTERS = 6  # shorter all-caps tokens are mostly acronyms (`AIDS`, `RADAR`, `SARS`)
MIN_ZIPF = 3.0  # the word must be common in lower case

# An all-caps run between a lower-case word (or a comma) and a lower-case continuation or
# punctuation: inside a sentence, not inside a heading written all in capitals.
# Public: `candidates` is held equal to its scan.
CANDIDATE = compiled(
    r"(?<=\p{Ll}[,;]?[ \u00a0])(?P<word>\p{Lu}{" + str(MIN_LETTERS) + r",})(?![\p{L}\d'’-])"
    r"(?=[”\"’)]?(?:[,.;:!?]|[ \u00a0]+\p{Ll}))"
)

_RULE = RuleInfo(
    id=RULE_ID,
    category="case.sentence",
    severity=Severity.INFO,
    applicability=Applicability.UNSAFE,
    description="A common word written in capitals inside a sentence (`knowledge of TUBERCULOSIS, ...`)",
    doc=(
        "What it does: flags a word of six or more capital letters after a lower-case word, when\n"
        "its lower-case form is a common dictionary word (`put an end to TUBERCULOSIS in`).\n"
        "Why it matters: the Chinese page emphasised the term, or a heading in capitals leaked\n"
        "into the sentence; English prose does not shout common words.\n"
        "Not flagged: acronyms (shorter, or not dictionary words: `UNESCO`, `COVID`), names\n"
        "(`CHINA`, `BEIJING`), and words inside a line written in capitals.\n"
        "Example: `basic knowledge of TUBERCULOSIS, preventive` -> `basic knowledge of tuberculosis,`.\n"
        "Fix safety: unsafe; the capitals may be a deliberate emphasis or a brand."
    ),
    bad_examples=(
        BadExample(
            "Staff explained basic knowledge of TUBERCULOSIS, preventive measures and policy.",
            "Staff explained basic knowledge of tuberculosis, preventive measures and policy.",
        ),
        BadExample(
            "Everyone should take action to end TUBERCULOSIS in the county.",
            "Everyone should take action to end tuberculosis in the county.",
        ),
    ),
    good_examples=(
        "The report by UNESCO and the WHO on COVID was read.",
        "Exports to CHINA rose in May.",
        "WORLD TUBERCULOSIS DAY EVENT HELD",
        "The team met NASA experts.",
    ),
    origin=__name__,
)


class ShoutedWordCheck(ProgrammaticCheck):
    """Lower-cases common words written in capitals mid-sentence; see the module docstring."""

    RULES = (_RULE,)

    def check(self, context: CheckContext) -> Iterator[Finding]:
        if not context.is_enabled(RULE_ID):
            return
        text = context.document.text
        words = run_lexicon(context)
        guard = word_guard(context)
        for match in candidates(text, context.non_ascii):
            word = match.group("word")
            folded = word.lower()
            if not words.is_word(folded) or words.frequency(folded) < MIN_ZIPF:
                continue
            if guard.is_name(word.capitalize()) or guard.is_name(word):
                continue
            start = match.start("word")
            if context.protected.overlaps(start, match.end("word")):
                continue
            yield _RULE.finding(start, word, f"'{word}' is written in capitals mid-sentence", (folded,))


# A run of capitals as long as a candidate's word: where a candidate can start; in a text
# whose capitals are all ASCII, a run of ASCII capitals (scanned about twenty times faster).
_CAPITALS_RUN = compiled(r"\p{Lu}{" + str(MIN_LETTERS) + r",}")
_ASCII_CAPITALS_RUN = compiled(r"[A-Z]{" + str(MIN_LETTERS) + r",}")
_CAPITAL = compiled(r"\p{Lu}")


# Public: an equivalence test holds it equal to `CANDIDATE.finditer(text)`.
def candidates(text: str, chars: str | None = None) -> Iterator[regex.Match[str]]:
    """`CANDIDATE`'s matches, tried only at the start of each run of capitals long enough.
    Why: `CANDIDATE` opens with a look-behind tried at every position, and such runs are
    rare. (A candidate follows a space, so its word starts a run, and is the whole run.)
    `chars`: the text's non-ASCII characters, when the caller has them (`CheckContext.non_ascii`)."""
    chars = non_ascii(text) if chars is None else chars
    runs = _CAPITALS_RUN if _CAPITAL.search(chars) else _ASCII_CAPITALS_RUN
    return iter(matches_at(CANDIDATE, text, (run.start() for run in runs.finditer(text))))


def shouted_word_check(resources: Resources) -> ShoutedWordCheck:
    return ShoutedWordCheck(resources)
