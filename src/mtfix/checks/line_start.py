"""Lower-case starts that `sentence_case` does not see (`case.sentence`): a paragraph or line
that starts in lower case (`address: Laoshan District`), and a sentence glued to the full
stop before it (`the ward reopened.now we wait` -> `reopened. Now we wait`).

Why a programmatic check: whether a line starts a sentence depends on the line before it
(a hard-wrapped paragraph continues in lower case), on the document's own style (a page
written all in lower case is one artifact, reported once, not on every line), and on the
lexicon (only dictionary words are re-cased, so code, handles and units stay as written).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex

from mtfix.checks._base import ProgrammaticCheck
from mtfix.checks._casing import ABBREVIATIONS
from mtfix.checks._layout import is_hard_wrapped
from mtfix.context import CheckContext, Resources
from mtfix.lexicon import run_lexicon
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.patterns import compiled

LINE_START, GLUED_STOP, LOWER_CASE_PAGE = (
    "lowercase-line-start",
    "lowercase-sentence-after-glued-full-stop",
    "lowercase-page",
)

# A line's first word: optional indentation, then a lower-case word ended by a space or a
# colon (a field label); a word holding a digit, a dot or an underscore is code-like.
# Public: the plain scan `line_words` is held equal to.
LINE_WORD = compiled(r"(?m)^[ \t\u00a0\u3000]*(?P<word>\p{L}[\p{Ll}'’-]*)(?=[ :\u00a0,]|$)")
# The same after a line break (its first character) and at the text's start. Why: a
# pattern led by a literal is searched for in C; a leading `^` is tried at every position.
_WORD_AFTER_BREAK = compiled(r"(?m)\n[ \t\u00a0\u3000]*(?P<word>\p{L}[\p{Ll}'’-]*)(?=[ :\u00a0,]|$)")
_WORD_AT_START = compiled(r"(?m)[ \t\u00a0\u3000]*(?P<word>\p{L}[\p{Ll}'’-]*)(?=[ :\u00a0,]|$)")
# The same for words not led by an ASCII capital (see `uncapitalised_line_words`).
_UNCAPITALISED_AFTER_BREAK = compiled(
    r"(?m)\n[ \t\u00a0\u3000]*(?P<word>(?![A-Z])\p{L}[\p{Ll}'’-]*)(?=[ :\u00a0,]|$)"
)
# Public: the equivalence test scans with it (`is_code_like` is what the check runs).
CODE_LIKE = compiled(
    r"[={}`$\\]|\(\)|;$|^\s*(?:def|import|return|var|let|const|function|npm|pip|git|cd|sudo)\b"
)
_CODE_MARKS = "={}`$\\"
_CODE_START = compiled(r"\s*(?:def|import|return|var|let|const|function|npm|pip|git|cd|sudo)\b")
_SHORT_LINE = 30  # a line this short (a menu item, a label) ends whatever it holds
# What a Markdown or HTML view shows for code (formats.view.PLACEHOLDER, a layer above).
_CODE_PLACEHOLDER = "\ufffc"
_MIN_STARTS_FOR_STYLE = 4
_MIN_CAPITALISED_STARTS = 2
_MIN_CAPITALISED_SHARE = 0.75
# Public: the equivalence test scans with it.
GLUED = compiled(
    r"(?<![\p{L}\d.@/_-])(?P<before>\p{Ll}{3,})\.(?P<letter>\p{Ll})(?P<rest>\p{Ll}+)(?=[ \u00a0]\p{Ll})"
)
# A full stop between lower-case letters (found by its literal), and the run of lower-case
# letters before it, read backwards: where a `GLUED` match can start.
_STOP_BETWEEN_LOWER = compiled(r"\.(?<=\p{Ll}\.)(?=\p{Ll})")
_LOWER_RUN_BEFORE = compiled(r"(?r)\p{Ll}+")
_MIN_ZIPF = 3.0  # both words must be this common: rare words may be a file name or domain

_LINE_RULE = RuleInfo(
    id=LINE_START,
    category="case.sentence",
    severity=Severity.WARNING,
    applicability=Applicability.SAFE,
    description="A paragraph or line that starts with a lower-case word",
    doc=(
        "What it does: upper-cases the first letter of a paragraph, or of a line after a line that\n"
        "ends a sentence or a short menu or label line (`address: Laoshan District`).\n"
        "Why it matters: a segment of the Chinese page became its own line and kept a lower-case\n"
        "start.\n"
        "Not flagged: a line that continues a hard-wrapped sentence, code-like lines, words that are\n"
        "not dictionary words (`iPhone`, `npm`, handles), and documents that do not capitalise\n"
        "their line starts (a page all in lower case gets one `lowercase-page` note instead).\n"
        "Example: `address: Laoshan District, Qingdao` -> `Address: Laoshan District, Qingdao`.\n"
        "Fix safety: safe; only dictionary words are re-cased, where the document capitalises\n"
        "its other line starts."
    ),
    bad_examples=(
        BadExample(
            "Home > News\n\nlocation: Home > News > Body\n\nThe county held a meeting.\n\nIt ended at noon.",
            "Home > News\n\nLocation: Home > News > Body\n\nThe county held a meeting.\n\nIt ended at noon.",
        ),
        BadExample(
            "The ward reopened.\nthe staff returned on Monday.\nThey were pleased.\nPatients came back.",
            "The ward reopened.\nThe staff returned on Monday.\nThey were pleased.\nPatients came back.",
        ),
    ),
    good_examples=(
        "The director spoke at length about the new programme and said that the hospital\n"
        "will open two more wards next year and hire thirty nurses before the summer.",
        "Install it:\n\nnpm install mtfix\n\nThen run it.",
        "The device is new.\n\niPhone users like it.\n\nIt sells well.\n\nPrices fell.",
        "x = compute(a)\nreturn x",
    ),
    origin=__name__,
)
_GLUED_RULE = RuleInfo(
    id=GLUED_STOP,
    category="punct.spacing",
    severity=Severity.WARNING,
    applicability=Applicability.UNSAFE,
    description="A full stop glued to a lower-case word that starts the next sentence",
    doc=(
        "What it does: adds the space after a full stop between two common lower-case words and\n"
        "upper-cases the second (`the ward reopened.now we wait` -> `reopened. Now we wait`).\n"
        "Why it matters: the space after the converted `。` was lost and the next segment kept its\n"
        "lower-case start.\n"
        "Not flagged: domains, file names and other protected tokens, abbreviations (`etc.and`),\n"
        "rare words on either side, and a word not followed by a lower-case word.\n"
        "Example: `the work continues.now we wait` -> `the work continues. Now we wait`.\n"
        "Fix safety: unsafe; the dot may belong to a name or a code token the protection missed."
    ),
    bad_examples=(
        BadExample(
            "The work continues.now we wait for the results.",
            "The work continues. Now we wait for the results.",
        ),
        BadExample(
            "The clinic was busy.the nurses worked late.",
            "The clinic was busy. The nurses worked late.",
        ),
    ),
    good_examples=(
        "Visit example.com for the results.",
        "Open notes.txt and read it.",
        "Doctors, nurses etc.and volunteers came.",
        "The site mp.weixin.qq.com has more.",
    ),
    origin=__name__,
)
_PAGE_RULE = RuleInfo(
    id=LOWER_CASE_PAGE,
    category="case.sentence",
    severity=Severity.INFO,
    applicability=Applicability.NONE,
    description="A page written entirely in lower case: one note, not a finding per sentence",
    doc=(
        "What it does: notes once, at the first lower-case line start, that the document does not\n"
        "capitalise its sentences (fewer than three in four of its line starts are capitalised).\n"
        "Why it matters: a page machine-translated or converted all in lower case needs one\n"
        "decision (re-case it whole or keep the style), not hundreds of findings.\n"
        "Fix safety: none; re-casing a whole page needs a human decision."
    ),
    bad_examples=(
        BadExample(
            "the county held a meeting.\n\nit ended at noon.\n\nstaff went home.\n\nall was calm.",
            "the county held a meeting.\n\nit ended at noon.\n\nstaff went home.\n\nall was calm.",
        ),
        BadExample(
            "home\n\nthe ward reopened.\n\nnurses returned.\n\npatients came back.\n\nit was calm.",
            "home\n\nthe ward reopened.\n\nnurses returned.\n\npatients came back.\n\nit was calm.",
        ),
    ),
    good_examples=(
        "The county held a meeting.\n\nIt ended at noon.\n\nStaff went home.\n\nAll was calm.",
        "Install it:\n\nnpm install mtfix\n\nThen run it.",
    ),
    origin=__name__,
)


class LineStartCheck(ProgrammaticCheck):
    """Lower-case line starts and sentences glued to a full stop; see the module docstring."""

    RULES = (_LINE_RULE, _GLUED_RULE, _PAGE_RULE)

    def check(self, context: CheckContext) -> Iterator[Finding]:
        text = context.document.text
        if context.is_enabled(LINE_START) or context.is_enabled(LOWER_CASE_PAGE):
            yield from self._line_starts(context, text)
        if context.is_enabled(GLUED_STOP) and "." in text:
            yield from _glued_stops(context, text)

    def _line_starts(self, context: CheckContext, text: str) -> Iterator[Finding]:
        words = run_lexicon(context)

        def flaggable(start: int, end: int, word: str) -> bool:
            return words.is_word(word) and not context.protected.overlaps(start, end)

        lower, capitalised = line_start_style(text, flaggable, style_settled)
        if not lower:
            return
        style = line_style(len(lower), capitalised)
        if style == OWN_STYLE:
            if context.is_enabled(LOWER_CASE_PAGE):
                first = lower[0]
                total = capitalised + len(lower)
                yield _PAGE_RULE.finding(
                    first,
                    text[first],
                    f"The page writes {len(lower)} of its {total} line starts in lower case",
                )
            return
        if style == UNKNOWN_STYLE:
            return  # too little text to know the document's style (a snippet, a fragment)
        if context.is_enabled(LINE_START):
            for start in lower:
                char = text[start]
                yield _LINE_RULE.finding(
                    start, char, f"Line starts with lower-case '{char}'", (char.upper(),)
                )


def line_words(text: str) -> Iterator[tuple[int, int, int, str]]:
    """(line start, word start, word end, word) of each `LINE_WORD` match, in text order.
    A match lies within its line (no pattern piece crosses a line break), so matches found
    after each break are exactly those of the plain scan."""
    first = _WORD_AT_START.match(text)
    if first is not None:
        yield 0, first.start("word"), first.end("word"), first.group("word")
    for match in _WORD_AFTER_BREAK.finditer(text):
        yield match.start() + 1, match.start("word"), match.end("word"), match.group("word")


# Public: an equivalence test holds it equal to the words of `line_words` not capitalised.
def uncapitalised_line_words(text: str) -> list[tuple[int, int, int, str]]:
    """The items of `line_words(text)` whose word does not start with a capital.

    Performance: nearly every line starts with a capital; the scan passes over those led by
    an ASCII one in C (each match lies within its line, so leaving some out changes no
    other), and only the few others are tested in Python."""
    found = [
        (match.start() + 1, match.start("word"), match.end("word"), match.group("word"))
        for match in _UNCAPITALISED_AFTER_BREAK.finditer(text)
    ]
    first = _WORD_AT_START.match(text)
    if first is not None:
        found.insert(0, (0, first.start("word"), first.end("word"), first.group("word")))
    return [item for item in found if not item[3][0].isupper()]


# What a document's line starts say about its style (see `line_style`).
CAPITALISED_STYLE, OWN_STYLE, UNKNOWN_STYLE = "capitalised", "own", "unknown"


def line_style(lower: int, capitalised: int) -> str:
    """How a document with `lower` flaggable lower-case line starts and `capitalised`
    capitalised ones writes its lines: mostly in lower case (its own style), with too few
    capitalised starts to tell, or capitalised (its lower-case starts are slips)."""
    total = capitalised + lower
    if total >= _MIN_STARTS_FOR_STYLE and capitalised / total < _MIN_CAPITALISED_SHARE:
        return OWN_STYLE
    if capitalised < _MIN_CAPITALISED_STARTS:
        return UNKNOWN_STYLE
    return CAPITALISED_STYLE


def style_settled(lower: int, capitalised: int) -> bool:
    """True when `line_style` says CAPITALISED_STYLE for `lower` and any count of
    capitalised starts from `capitalised` on (its share only grows with the count)."""
    return (
        capitalised >= _MIN_CAPITALISED_STARTS
        and capitalised / (capitalised + lower) >= _MIN_CAPITALISED_SHARE
    )


# Public: an equivalence test holds it to the one walk over every line start it replaces.
def line_start_style(
    text: str,
    flaggable: Callable[[int, int, str], bool],
    settled: Callable[[int, int], bool] | None = None,
) -> tuple[list[int], int]:
    """The line starts that begin a sentence with a word not capitalised and `flaggable`
    (start, end, word), in order, and how many begin one capitalised (0 when there is no
    such word: the count only weighs the others). `settled(lower, capitalised)`, when
    given, ends the count once it says counting on would change nothing.

    Performance: most documents capitalise every line start, and a line start is judged
    (sentence start, code, display) only when its word is not capitalised; the capitalised
    ones are judged only when there is such a word to weigh them against, and only until
    they are enough to settle the document's style."""
    others = uncapitalised_line_words(text)
    if not others:
        return [], 0
    wrapped = is_hard_wrapped(text)
    lower: list[int] = []
    for line_start, start, end, word in others:
        if not starts_sentence(text, line_start, wrapped) or is_code_like(line_at(text, start)):
            continue
        if word[0].islower() and continues_display(text, line_start, end):
            continue
        if flaggable(start, end, word):
            lower.append(start)
    if not lower:
        return [], 0
    capitalised = 0
    for line_start, start, _, word in line_words(text):
        if (
            word[0].isupper()
            and starts_sentence(text, line_start, wrapped)
            and not is_code_like(line_at(text, start))
        ):
            capitalised += 1
            if settled is not None and settled(len(lower), capitalised):
                break
    return lower, capitalised


def starts_sentence(text: str, line_start: int, wrapped: bool) -> bool:
    """True at the start of the text or of a paragraph, or after a line that ends a sentence
    or is a short menu or label line; a hard-wrapped sentence's next line is not a start, and
    in a hard-wrapped document only a paragraph (after a blank line) starts for sure."""
    if line_start == 0:
        return True
    previous = _previous_line(text, line_start).strip()
    if not previous:
        return True
    if wrapped:
        return False  # a line break inside a paragraph of wrapped text is only a wrap
    if previous.endswith((",", ";", "-", "–", "—", "(", "and", "or", "of", "the")):
        return False
    if previous.endswith(("”", '"')) and not previous.rstrip('”"').endswith((".", "!", "?")):
        return False  # a quoted word ends the line (`the "finally"`), not a quoted sentence
    if previous.endswith((".", "!", "?", ":", "”", '"')):
        last = regex.split(r"\s+", previous)[-1].rstrip(".").casefold()
        return "." not in last and last not in ABBREVIATIONS
    return len(previous) <= _SHORT_LINE


def is_code_like(line: str) -> bool:
    """`CODE_LIKE.search(line)` for one line (no line break), as `in` tests and one anchored
    match. Why: the search tries its alternation at every position of every paragraph."""
    return (
        any(mark in line for mark in _CODE_MARKS)
        or "()" in line
        or line.endswith(";")
        or _CODE_START.match(line) is not None
    )


def _previous_line(text: str, line_start: int) -> str:
    previous_end = line_start - 1
    return text[text.rfind("\n", 0, previous_end) + 1 : previous_end]


def continues_display(text: str, line_start: int, word_end: int) -> bool:
    """A lower-case paragraph that is not a sentence start of its own: it goes on after a
    display (indented, or code in a marked-up page) or after a paragraph that introduced one
    with a colon or dash or left its sentence unfinished (`The following code:` / code /
    `is equivalent to`), or it is the term of a definition
    list (`a class object:` over an indented description). A label (`address: ...`) after
    a heading with a colon still starts a line."""
    if text.startswith(":", word_end):
        return False
    line = line_at(text, word_end)
    if line.rstrip().endswith(":"):
        line_end = text.find("\n", word_end)
        next_line = line_at(text, line_end + 1) if line_end >= 0 else ""
        if next_line.strip() and _indent(next_line) > _indent(line):
            return True
    before = text[:line_start].rstrip()
    if not before:
        return False
    last_line = before[before.rfind("\n") + 1 :]
    if _indent(last_line) > _indent(line):
        return True  # an indented display (code, a formula) the sentence goes on after
    last_line = last_line.strip()
    if last_line.endswith((":", "—", ",", _CODE_PLACEHOLDER)):
        return True
    return len(last_line) > _SHORT_LINE and last_line[-1].islower()


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


# Public (with `starts_sentence` and `continues_display`): the equivalence test's plain walk reads them.
def line_at(text: str, offset: int) -> str:
    end = text.find("\n", offset)
    return text[text.rfind("\n", 0, offset) + 1 : end if end >= 0 else len(text)]


def _glued_stops(context: CheckContext, text: str) -> Iterator[Finding]:
    words = run_lexicon(context)
    for match in glued_stops(text):
        before, letter, rest = match.group("before", "letter", "rest")
        after = letter + rest
        if before in ABBREVIATIONS or len(after) < 2:
            continue
        if not all(words.is_word(word) and words.frequency(word) >= _MIN_ZIPF for word in (before, after)):
            continue
        stop = match.start("letter") - 1
        if context.protected.overlaps(match.start(), match.end()):
            continue
        yield _GLUED_RULE.finding(
            stop,
            text[stop : stop + 2],
            f"Missing space after full stop, and '{after}' starts a sentence",
            (f". {letter.upper()}",),
        )


def glued_stops(text: str) -> Iterator[regex.Match[str]]:
    """`GLUED.finditer(text)`, tried only at the lower-case run before each full stop between
    lower-case letters. Why: the plain scan starts at every letter; such stops are rare. (A
    match holds one stop and ends before a space, so matches tried per stop never overlap.)"""
    for stop in _STOP_BETWEEN_LOWER.finditer(text):
        run = _LOWER_RUN_BEFORE.match(text, 0, stop.start())
        match = GLUED.match(text, run.start()) if run is not None else None
        if match is not None:
            yield match


def line_start_check(resources: Resources) -> LineStartCheck:
    return LineStartCheck(resources)
