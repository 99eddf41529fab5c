"""CJK full-width punctuation left in English text (`punct.fullwidth`).

Why a programmatic check: the right replacement depends on the neighbours, which a
regex template cannot express. `，` becomes `, ` before a word but `,` at the end of a
line or before a closing quote; `（` takes a space before it only after a word; `：`
between digits is a time (`9：30` -> `9:30`). And a mark inside CJK text is not this
artifact at all: the untranslated run is reported by `untranslated-cjk`, so marks next to
CJK characters, and every mark of a mostly-CJK document, are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from mtfix.checks._base import ProgrammaticCheck
from mtfix.checks._cjk import document_is_mostly_cjk, is_cjk, neighbour
from mtfix.context import CheckContext, Resources
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.names.mentions import substring_starts
from mtfix.verdicts import Verdicts

PUNCTUATION, BRACKET, BOOK_TITLE, DASH, ALPHANUMERIC = (
    "fullwidth-punctuation",
    "fullwidth-bracket",
    "book-title-marks",
    "cjk-dash-or-ellipsis",
    "fullwidth-alphanumeric",
)


@dataclass(frozen=True)
class Mark:
    """How one full-width mark is written in English."""

    rule: str
    ascii: str
    role: str  # "after": a space follows it; "open": a space precedes it; "close"; "plain"


MARKS: dict[str, Mark] = {
    "，": Mark(PUNCTUATION, ",", "after"),
    "、": Mark(PUNCTUATION, ",", "after"),
    "。": Mark(PUNCTUATION, ".", "after"),
    "：": Mark(PUNCTUATION, ":", "after"),
    "；": Mark(PUNCTUATION, ";", "after"),
    "！": Mark(PUNCTUATION, "!", "after"),
    "？": Mark(PUNCTUATION, "?", "after"),
    "（": Mark(BRACKET, "(", "open"),
    "）": Mark(BRACKET, ")", "close"),
    "【": Mark(BRACKET, "[", "open"),
    "】": Mark(BRACKET, "]", "close"),
    "〔": Mark(BRACKET, "[", "open"),
    "〕": Mark(BRACKET, "]", "close"),
    "［": Mark(BRACKET, "[", "open"),
    "］": Mark(BRACKET, "]", "close"),
    "「": Mark(BRACKET, "“", "open"),
    "」": Mark(BRACKET, "”", "close"),
    "『": Mark(BRACKET, "‘", "open"),
    "』": Mark(BRACKET, "’", "close"),
    "《": Mark(BOOK_TITLE, "“", "open"),
    "》": Mark(BOOK_TITLE, "”", "close"),
    "〈": Mark(BOOK_TITLE, "‘", "open"),
    "〉": Mark(BOOK_TITLE, "’", "close"),
    "——": Mark(DASH, "—", "plain"),
    "……": Mark(DASH, "…", "plain"),
}
# The first characters of the marks: one character class, which the standard `re` skips to
# several times faster than `regex` (or `re` with the doubled marks as alternatives).
_MARK_START = re.compile("[" + "".join(re.escape(m[0]) for m in MARKS) + "\uff01-\uff5e]")
_SPACES = " \t\u00a0\u3000"
_MAX_TOKENS = 200_000  # whitespace tokens remembered across documents before starting afresh
# After these a following word needs no space (`,”` `.)`); before these no space is added.
_CLOSERS = set(',.;:!?)]}"”’…') | {"”", "’"}
_OPENERS = set('([{"“‘')


def _ascii_of(char: str) -> str:
    """U+FF01..U+FF5E map onto ASCII 0x21..0x7E."""
    return chr(ord(char) - 0xFEE0)


def _info(
    rule: str,
    applicability: Applicability,
    description: str,
    doc: str,
    bad: tuple[tuple[str, str], ...],
    good: tuple[str, ...],
) -> RuleInfo:
    return RuleInfo(
        id=rule,
        category="punct.fullwidth",
        severity=Severity.WARNING,
        applicability=applicability,
        description=description,
        doc=doc,
        bad_examples=tuple(BadExample(text, fixed) for text, fixed in bad),
        good_examples=good,
        origin=__name__,
    )


_RULES = (
    _info(
        PUNCTUATION,
        Applicability.SAFE,
        "Full-width comma, full stop, colon, semicolon, ! or ? in English text",
        "What it does: replaces `，、。：；！？` between English words with the ASCII mark and one space.\n"
        "Why it matters: the source's marks survive conversion; they are wide and break spell checking.\n"
        "Not flagged: marks next to CJK characters (reported as `untranslated-cjk`), mostly-CJK documents.\n"
        "Example: `doctors，nurses and volunteers` -> `doctors, nurses and volunteers`.\n"
        "Fix safety: safe; the English mark is known, and `：` between digits stays a time (`9:30`).",
        (
            ("doctors，nurses and volunteers", "doctors, nurses and volunteers"),
            ("The clinic opened。 The staff cheered.", "The clinic opened. The staff cheered."),
            ("The meeting began at 9：30 sharp.", "The meeting began at 9:30 sharp."),
            ("surgery、urology and radiology", "surgery, urology and radiology"),
        ),
        ("医院，医生和护士都来了。The end.", "The hospital, the doctors, the nurses."),
    ),
    _info(
        BRACKET,
        Applicability.SAFE,
        "Full-width parentheses, lenticular brackets or corner quotes in English text",
        "What it does: replaces `（）【】〔〕［］` with ASCII brackets and `「」『』` with curly quotes,\n"
        "adding a space before an opening and after a closing mark where a word touches it.\n"
        "Why it matters: full-width brackets are CJK typography and look broken in English.\n"
        "Not flagged: brackets next to CJK characters (reported as `untranslated-cjk`).\n"
        "Example: `the Conference（CPPCC）of Hunan` -> `the Conference (CPPCC) of Hunan`.\n"
        "Fix safety: safe.",
        (
            ("the Conference（CPPCC）of Hunan", "the Conference (CPPCC) of Hunan"),
            ("【News】The clinic opened.", "[News] The clinic opened."),
            ("the slogan 「health first」 was shown", "the slogan “health first” was shown"),
        ),
        ("the Conference (CPPCC) of Hunan", "中国（北京） is the place."),
    ),
    _info(
        BOOK_TITLE,
        Applicability.UNSAFE,
        "Chinese book-title marks 《》 〈〉 around an English title",
        "What it does: replaces `《》` with curly double quotes and `〈〉` with single ones.\n"
        "Why it matters: English has no book-title marks.\n"
        "Example: `the report 《Healthy China 2030》` -> `the report “Healthy China 2030”`.\n"
        "Fix safety: unsafe; house style may want italics instead of quotes.",
        (
            ("the report 《Healthy China 2030》 says", "the report “Healthy China 2030” says"),
            ("read 《People's Daily》today", "read “People's Daily” today"),
        ),
        ("the report “Healthy China 2030” says", "读《人民日报》 is Chinese."),
    ),
    _info(
        DASH,
        Applicability.SAFE,
        "The Chinese double dash —— or six-dot ellipsis …… in English text",
        "What it does: replaces `——` with one em dash and `……` with one ellipsis.\n"
        "Why it matters: Chinese dashes and ellipses are two characters wide by design; in\n"
        "English they read as doubled punctuation.\n"
        "Example: `——The Party Branch` -> `—The Party Branch`.\n"
        "Fix safety: safe.",
        (
            ("    ——The Party Branch of the Association", "    —The Party Branch of the Association"),
            ("and so on……", "and so on…"),
        ),
        ("The result—a new ward—was welcome.", "They waited… and waited."),
    ),
    _info(
        ALPHANUMERIC,
        Applicability.SAFE,
        "Full-width letters, digits or symbols (Ａ１％) in English text",
        "What it does: replaces characters in the full-width forms block (U+FF01..U+FF5E) with ASCII.\n"
        "Why it matters: they look almost right but break search, sorting and number parsing.\n"
        "Example: `Ward ３ has ２０ beds` -> `Ward 3 has 20 beds`.\n"
        "Fix safety: safe; each full-width form has exactly one ASCII counterpart.",
        (
            ("Ward ３ has ２０ beds.", "Ward 3 has 20 beds."),
            ("a rise of 15％ this year", "a rise of 15% this year"),
        ),
        ("Ward 3 has 20 beds.", "第３病区 is the name."),
    ),
)
_BY_ID = {rule.id: rule for rule in _RULES}


class FullwidthPunctuationCheck(ProgrammaticCheck):
    """Flags full-width marks whose neighbours are not CJK, with the English replacement."""

    RULES = _RULES

    def check(self, context: CheckContext) -> Iterator[Finding]:
        text = context.document.text
        tokens = context.words.tokens
        if tokens is None:
            first = _MARK_START.search(text)
            if first is None or document_is_mostly_cjk(context):
                return
            marks = marks_from(text, first.start())
        else:
            positions = self.mark_positions(
                text, tokens, context.memo(_TOKEN_MARKS, mark_characters, _MAX_TOKENS)
            )
            if not positions or document_is_mostly_cjk(context):
                return
            marks = marks_at(text, positions)
        for start, end in marks:
            found = text[start:end]
            mark = MARKS.get(found) or Mark(ALPHANUMERIC, _ascii_of(found), "plain")
            if not context.is_enabled(mark.rule):
                continue
            if is_cjk(neighbour(text, start, -1)) or is_cjk(neighbour(text, end - 1, 1)):
                continue
            start, end, replacement = _replacement(text, start, end, mark)
            message = f"Full-width '{found}' in English text; use '{mark.ascii}'"
            yield _BY_ID[mark.rule].finding(start, text[start:end], message, (replacement,))

    # Public: an equivalence test holds the fast path equal to it (tests use public names).
    @staticmethod
    def mark_positions(
        text: str, tokens: frozenset[str] | set[str], memory: Verdicts[frozenset[str]]
    ) -> list[int]:
        """Where `_MARK_START` matches, in order. No mark character is whitespace, so the
        mark characters of the text are those of its whitespace tokens (`tokens`, which
        `str.split` gave): only their characters are looked for, with `str.find`."""
        chars: set[str] = set()
        held = memory.among(tokens)  # first: past its limit the memory starts a new table
        chars.update(*map(memory.verdicts.__getitem__, held))
        return substring_starts(text, chars)


# The run's memory of whitespace token -> the mark characters it holds, for the tokens
# holding any; the others (most) are passed over in C.
_TOKEN_MARKS = "fullwidth.token-marks"


# Public: an equivalence test holds the fast path equal to it (tests use public names).
def mark_characters(token: str) -> frozenset[str] | None:
    return frozenset(_MARK_START.findall(token)) or None


# Public: an equivalence test holds the fast path equal to it (tests use public names).
def marks_from(text: str, position: int) -> Iterator[tuple[int, int]]:
    """Spans of the marks from `position` on, left to right without overlaps: a dash or
    an ellipsis counts only doubled (`——`), as in `——|……|[single marks]`."""
    return marks_at(text, (found.start() for found in _MARK_START.finditer(text, position)), position)


# Public: an equivalence test holds the fast path equal to it (tests use public names).
def marks_at(text: str, positions: Iterable[int], position: int = 0) -> Iterator[tuple[int, int]]:
    """`marks_from(text, position)`, given where every mark character from `position` on is (in order)."""
    for start in positions:
        if start < position:
            continue  # the second half of a doubled mark
        char = text[start]
        if char in "—…":
            if text[start + 1 : start + 2] != char:
                position = start + 1
                continue
            position = start + 2
        else:
            position = start + 1
        yield start, position


def _replacement(text: str, start: int, end: int, mark: Mark) -> tuple[int, int, str]:
    """The span to replace (the mark plus the spaces its role absorbs) and its new text."""
    if mark.role == "after":
        while end < len(text) and text[end] in _SPACES:
            end += 1
        following = text[end : end + 1]
        before = text[start - 1 : start]
        if mark.ascii == ":" and before.isdigit() and following.isdigit():
            return start, end, ":"
        needs_space = bool(following) and following not in "\r\n" and following not in _CLOSERS
        return start, end, mark.ascii + (" " if needs_space else "")
    if mark.role == "open":
        while end < len(text) and text[end] in _SPACES:
            end += 1
        before = text[start - 1 : start]
        needs_space = bool(before) and not before.isspace() and before not in _OPENERS
        return start, end, (" " if needs_space else "") + mark.ascii
    if mark.role == "close":
        while start > 0 and text[start - 1] in _SPACES:
            start -= 1
        following = text[end : end + 1]
        needs_space = bool(following) and (following.isalnum() or following in _OPENERS)
        return start, end, mark.ascii + (" " if needs_space else "")
    return start, end, mark.ascii


def fullwidth_punctuation_check(resources: Resources) -> FullwidthPunctuationCheck:
    return FullwidthPunctuationCheck(resources)
