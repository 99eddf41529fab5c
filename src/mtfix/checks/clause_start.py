"""A capitalised common word that starts a clause after `,` or `;` (`case.sentence`, and
`punct.spacing` when the space is missing too): `stressed,Strengthen the` ->
`stressed, strengthen the`, `in our county; We should` -> `in our county; we should`.

Why a programmatic check: Chinese machine translation starts every clause with a capital,
and the human correction lower-cases it in the same edit that adds the missing space; a
replacement template cannot lower-case, and telling a stray capital from a name needs the
lexicon and the name service (`Italy,China`, `2022,Tuo Ying` keep theirs).

What decides (each guard has its reason beside it in the code):
- the word is a dictionary word, not a name the name service or the document itself knows
  (a word the document capitalises after a lower-case word elsewhere is a name there; a
  closed-class word so written three times is a defined term, `You` in a licence), not
  a word English always capitalises (`Monday`, `Chinese`), not `I` and not an acronym;
- a lower-case word follows it, so it is not the first word of a multi-word name and not a
  one-word list item (`Tags:Health,Education,Sports`);
- after a comma with its space present, only closed-class words (pronouns, articles,
  conjunctions, prepositions, auxiliaries) are changed: a capitalised content word after
  `, ` is more often a title or a name (`, Director Huang`, `, Trade Union organized`);
- a subject pronoun after a comma that ends a long clause (`..., We faithfully fulfilled`)
  most likely starts a new sentence whose full stop became a comma: `. We` is proposed
  first and `, we` second, both unsafe.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from mtfix.checks._base import ProgrammaticCheck
from mtfix.checks._casing import ALWAYS_CAPITALISED
from mtfix.context import CheckContext, Resources
from mtfix.lexicon import Lexicon, run_lexicon
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.names.protection import WordGuard, word_guard
from mtfix.patterns import compiled
from mtfix.text import find_starts

SPACED, GLUED, NEW_SENTENCE = (
    "capitalised-clause-start",
    "glued-capitalised-clause-start",
    "comma-before-new-sentence",
)


# A closed-class word the document capitalises after a lower-case word this often is a
# defined term (`if You institute`, `to You`), not a stray capital.
_DEFINED_TERM_USES = 3


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Closed-class words: they never start a name, so their capital after `, ` is the translator's.
CLOSED_CLASS = _words(
    """the a an this that these those its their our his her my your we they it he she you there
    and but or nor so yet then also which who whom whose where when while as if because although
    though since unless until whether to in on at of for with by from into about after before
    during under over through between among against without within upon via per
    is are was were be been being will would shall should can could may might must do does did
    has have had not all both each every some any no such many most more other another only"""
)
SUBJECT_PRONOUNS = _words("we they it he she you")
# A clause opened by one of these is introductory: the comma after it ends no sentence.
INTRODUCTORY = _words(
    """in on at after before when whenever if as since although though while because to with by for
    during under according through from upon following besides despite unless until once
    recently currently today yesterday meanwhile however therefore moreover furthermore finally
    first second third firstly secondly thirdly also now then here there next later lastly
    besides otherwise instead overall generally usually thus hence still yet so"""
)
_NEW_SENTENCE_MIN_WORDS = 12  # a clause this long before `, We` reads as a finished sentence

# Public: an equivalence test holds `candidates` equal to its scan.
CANDIDATE = compiled(
    r"(?<=[\p{L}\d)\]”’\"%])(?P<mark>[,;])(?P<space>[ \u00a0]?)"
    r"(?P<word>\p{Lu}\p{Ll}*)(?![\p{L}\d'’-])(?P<after>[ \u00a0]+\p{Ll}|,)?"
)
# `CANDIDATE` led by one mark, with its `after` required (see `candidates`).
_CANDIDATE_TAIL = r"(?P<space>[ \u00a0]?)(?P<word>\p{Lu}\p{Ll}*)(?![\p{L}\d'’-])(?P<after>[ \u00a0]+\p{Ll}|,)"
_COMMA_CANDIDATE, _SEMICOLON_CANDIDATE = (
    compiled(rf"(?P<mark>{mark})(?<=[\p{{L}}\d)\]”’\"%]{mark})" + _CANDIDATE_TAIL) for mark in ",;"
)
# Where `_COMMA_CANDIDATE` may match: a comma, a space or none, and an ASCII capital or any
# character past ASCII (every `\p{Lu}` is one of those). `re` finds these in C.
_COMMA_BEFORE_CAPITAL = re.compile(r",[ \u00a0]?[^\x00-@\[-\x7f]")
_SENTENCE_BEFORE = compiled(r"[.!?。！？;\n][^.!?。！？;\n]*$")
_WORD = compiled(r"\p{L}[\p{L}'’-]*")
_WORD_BEFORE = compiled(r"[\p{L}\d'’-]+", regex.REVERSE)
_AFTER_LOWER_WORD = compiled(r"(?<=\p{Ll}[ \u00a0])")  # a lower-case word and a space before
_WORD_ENDS = compiled(r"(?![\p{L}'’-])")  # no more of the word after
_LOOKBACK = 400  # characters searched back for the start of the clause's sentence


def _rule(
    rule_id: str,
    category: str,
    applicability: Applicability,
    description: str,
    doc: str,
    bad_examples: tuple[BadExample, ...],
    good_examples: tuple[str, ...],
) -> RuleInfo:
    return RuleInfo(
        rule_id,
        category,
        Severity.WARNING,
        applicability,
        description,
        doc,
        bad_examples,
        good_examples,
        origin=__name__,
    )


_SPACED_RULE = _rule(
    SPACED,
    "case.sentence",
    Applicability.SAFE,
    "A closed-class word capitalised after `, ` or a common word after `; `",
    "What it does: lower-cases a capitalised word that starts a clause after a semicolon\n"
    "(`county; We should`) or a pronoun, article, conjunction or preposition after a comma\n"
    "(`during the festival, The police`).\n"
    "Why it matters: Chinese machine translation starts every clause with a capital.\n"
    "Not flagged: names (pinyin, places, brands, words the document capitalises mid-sentence),\n"
    "`I`, acronyms, words English always capitalises, a capital followed by another capital\n"
    "(a name), and capitalised content words after a comma (titles such as `, Director Li`).\n"
    "Example: `the masses; We should` -> `the masses; we should`.\n"
    "Fix safety: safe for closed-class words; unsafe for a content word after a semicolon.",
    bad_examples=(
        BadExample(
            "We must improve services for the masses; We should act now.",
            "We must improve services for the masses; we should act now.",
        ),
        BadExample(
            "During the festival, The police visited every village.",
            "During the festival, the police visited every village.",
        ),
        BadExample(
            "The court heard the cases in May; Trial and review took a month.",
            "The court heard the cases in May; trial and review took a month.",
        ),
    ),
    good_examples=(
        "The delegation visited Milan, Italy; China sent tea experts.",
        "At the meeting, Director Huang spoke about the plan.",
        "In 2022, Li Wei and Wang Fang joined the team.",
        "She said yes, and I agreed with her.",
        "The list covers Health, Education and Sports.",
        "On Monday, The Times reported the story.",
    ),
)
_GLUED_RULE = _rule(
    GLUED,
    "punct.spacing",
    Applicability.SAFE,
    "A comma or semicolon glued to a capitalised common word that starts a clause",
    "What it does: adds the missing space after `,` or `;` and lower-cases the capitalised\n"
    "common word after it, in one edit (`stressed,Strengthen the` -> `stressed, strengthen the`).\n"
    "Why it matters: the full-width comma lost its space and the clause kept the capital that\n"
    "Chinese machine translation gives every clause.\n"
    "Not flagged: names (`Italy,China`, `2022,Tuo Ying`), acronyms, `I`, a capital followed by\n"
    "another capital, a one-word list item (`Health,Education,Sports`) and a word after a\n"
    "capitalised word (a title-case list).\n"
    "Example: `the team,Chatted with the members` -> `the team, chatted with the members`.\n"
    "Fix safety: safe; the word is a common word and the document never capitalises it\n"
    "mid-sentence.",
    bad_examples=(
        BadExample(
            "The leaders met the research team,Chatted with the members and left.",
            "The leaders met the research team, chatted with the members and left.",
        ),
        BadExample(
            "Raise public awareness of the disease,Create a good atmosphere.",
            "Raise public awareness of the disease, create a good atmosphere.",
        ),
        BadExample(
            "The plan covers the county;We should act now.",
            "The plan covers the county; we should act now.",
        ),
    ),
    good_examples=(
        "The tea was shown in Milan, Italy,China Pavilion opened in May.",
        "The meeting was held in 2022,Tuo Ying spoke first.",
        "Tags:Health,Education,Sports",
        "The file is at example.com/a,B and more.",
        "Culture,Education and Sports Committee",
    ),
)
_NEW_SENTENCE_RULE = _rule(
    NEW_SENTENCE,
    "case.sentence",
    Applicability.UNSAFE,
    "A subject pronoun after a comma that ends a complete clause: a full stop was lost",
    "What it does: flags `, We` (or `It`, `They`, `He`, `She`, `You`) followed by a lower-case\n"
    "word after a long clause, and proposes `. We` first and `, we` second.\n"
    "Why it matters: machine translation often turns the Chinese full stop between two\n"
    "sentences into a comma and keeps the capital of the second sentence.\n"
    "Not flagged: a pronoun after an introductory phrase (`In 2022, we`), where the comma\n"
    f"ends no sentence (that is `{SPACED}`), and a clause shorter than "
    f"{_NEW_SENTENCE_MIN_WORDS} words.\n"
    "Example: `... and adhered to the main line of justice for the people, We faithfully\n"
    "fulfilled` -> `... for the people. We faithfully fulfilled`.\n"
    "Fix safety: unsafe; the comma may join two clauses on purpose (`, we` is the other reading).",
    bad_examples=(
        BadExample(
            "The county court closely followed the goal set by the provincial court for the whole year, "
            "We faithfully fulfilled our duties.",
            "The county court closely followed the goal set by the provincial court for the whole year. "
            "We faithfully fulfilled our duties.",
        ),
        BadExample(
            "The new ward with forty beds and a team of nurses opened in the north of the city last week, "
            "It was built in a year.",
            "The new ward with forty beds and a team of nurses opened in the north of the city last week. "
            "It was built in a year.",
        ),
    ),
    good_examples=(
        "In the past year, we built two new wards.",
        "Short clause here, but it is fine.",
    ),
)
_RULES = (_SPACED_RULE, _GLUED_RULE, _NEW_SENTENCE_RULE)


class ClauseStartCheck(ProgrammaticCheck):
    """Lower-cases the capitalised first word of a clause after `,` or `;`."""

    RULES = _RULES

    def check(self, context: CheckContext) -> Iterator[Finding]:
        text = context.document.text
        if "," not in text and ";" not in text:
            return
        if not any(map(context.is_enabled, (SPACED, GLUED, NEW_SENTENCE))):
            return
        words = run_lexicon(context)
        guard = word_guard(context)
        for match in candidates(text):
            word = match.group("word")
            if _after_spaced_comma(
                match.group("mark"), match.group("space"), word.casefold() in CLOSED_CLASS
            ):
                continue  # never changed (see `_finding`): asked first, before the guard's names
            if not _common_word(word, words, guard):
                continue
            if context.protected.overlaps(match.start(), match.end("word")):
                continue
            closed = word.casefold() in CLOSED_CLASS
            if capitalised_mid_sentence(text, word, _DEFINED_TERM_USES if closed else 1):
                continue  # the document writes it as a name, or (`You` in a licence) a defined term
            finding = _finding(context, text, match)
            if finding is not None:
                yield finding


# Public: an equivalence test holds it equal to `CANDIDATE`'s scan.
def candidates(text: str) -> list[regex.Match[str]]:
    """The matches of `CANDIDATE.finditer(text)` that have an `after` group.

    Performance: a pattern led by a single mark is searched for as a literal, several
    times faster than the class `[,;]` (tried at every position); commas are many, so
    `re` first finds those before a possible capital (no hit holds a second comma). Each
    mark's matches are found wherever they start, and those `CANDIDATE`'s leftmost scan
    would pass over, inside an earlier match (its `after` may be the next comma), are dropped.
    A match without `after` ends with its word, where no mark can start: leaving those
    out changes no other match."""
    found = [
        match
        for hit in _COMMA_BEFORE_CAPITAL.finditer(text)
        if (match := _COMMA_CANDIDATE.match(text, hit.start())) is not None
    ]
    if ";" in text:
        found.extend(_SEMICOLON_CANDIDATE.finditer(text, overlapped=True))
    if len(found) < 2:
        return found
    found.sort(key=regex.Match.start)
    kept, end = [], 0
    for match in found:
        if match.start() >= end:
            kept.append(match)
            end = match.end()
    return kept


def _common_word(word: str, words: Lexicon, guard: WordGuard) -> bool:
    """A dictionary word that is no name: `I`, `Monday` and `Huicheng` keep their capital."""
    folded = word.casefold()
    return (
        word != "I"
        and folded not in ALWAYS_CAPITALISED
        and words.is_word(folded)
        and (folded in CLOSED_CLASS or not guard.is_name(word))
    )


def _finding(context: CheckContext, text: str, match: regex.Match[str]) -> Finding | None:
    mark, space, word = match.group("mark", "space", "word")
    folded = word.casefold()
    lowered = word[0].lower() + word[1:]
    closed = folded in CLOSED_CLASS
    if mark == "," and not space and not closed and not _after_lower_word(text, match.start()):
        return None  # `Culture,Education and ...`: a title-case list, not a clause
    if _after_spaced_comma(mark, space, closed):
        return None
    if mark == "," and folded in SUBJECT_PRONOUNS and match.group("after") != ",":
        clause = _clause_before(text, match.start())
        if _reads_as_sentence(clause):
            if not context.is_enabled(NEW_SENTENCE):
                return None
            start = match.start()
            return _NEW_SENTENCE_RULE.finding(
                start,
                text[start : match.end("word")],
                f"'{word}' after a comma seems to start a new sentence",
                (f". {word}", f", {lowered}"),
            )
    rule = _SPACED_RULE if space else _GLUED_RULE
    if not context.is_enabled(rule.id):
        return None
    applicability = Applicability.SAFE if closed or mark == "," else Applicability.UNSAFE
    if space:
        start = match.start("word")
        return rule.finding(
            start, word, f"'{word}' starts a clause with a capital", (lowered,), applicability=applicability
        )
    start = match.start()
    return rule.finding(
        start,
        text[start : match.end("word")],
        f"Missing space after '{mark}' and '{word}' capitalised mid-sentence",
        (f"{mark} {lowered}",),
        applicability=applicability,
    )


def _after_spaced_comma(mark: str, space: str, closed: bool) -> bool:
    """A content word after `, `: never changed, as titles and names are common there
    (`, Director Huang`, `, Trade Union organized`)."""
    return mark == "," and bool(space) and not closed


def _after_lower_word(text: str, mark: int) -> bool:
    """True when the word before the mark is in lower case or a number (`leads,To`,
    `2022,To`), not capitalised (`Health,Education`: a title-case list)."""
    before = _WORD_BEFORE.match(text, max(0, mark - _LOOKBACK), mark)
    if before is None:
        return text[mark - 1 : mark] in ')]”’"%'
    token = before.group()
    return token.islower() or token.isdigit()


def _clause_before(text: str, mark: int) -> list[str]:
    """The words from the start of the sentence holding `mark` up to it."""
    window = text[max(0, mark - _LOOKBACK) : mark]
    boundary = _SENTENCE_BEFORE.search(window)
    sentence = window[boundary.start() + 1 :] if boundary else window
    return _WORD.findall(sentence)


def _reads_as_sentence(clause: list[str]) -> bool:
    """A long clause that does not open with an introductory word: a finished sentence."""
    return len(clause) >= _NEW_SENTENCE_MIN_WORDS and clause[0].casefold() not in INTRODUCTORY


# Public: an equivalence test holds the search below equal to the plain scan of the word's pattern.
def mid_sentence_pattern(word: str) -> regex.Pattern[str]:
    """`word` right after a lower-case word and a space, and not followed by more of a word."""
    return regex.compile(r"(?<=\p{Ll}[ \u00a0])" + regex.escape(word) + r"(?![\p{L}'’-])")


# Public: an equivalence test holds it equal to `mid_sentence_pattern`'s scan.
def capitalised_mid_sentence(text: str, word: str, times: int) -> bool:
    """True when the document writes `word` (a word of letters, no space) capitalised right
    after a lower-case word, at least `times` times: `mid_sentence_pattern(word)` matches
    that often.

    Performance: the word is found with `str.find` and each place tried with two fixed
    look-arounds, instead of a pattern compiled per word and scanned for. (Matches of a
    word without a space never overlap: each needs a space just before it.)"""
    found = 0
    if found >= times:
        return True
    for start in find_starts(text, word):
        if _AFTER_LOWER_WORD.match(text, start) and _WORD_ENDS.match(text, start + len(word)):
            found += 1
            if found >= times:
                return True
    return False


def clause_start_check(resources: Resources) -> ClauseStartCheck:
    return ClauseStartCheck(resources)
