"""Double quotes that do not pair (`quote.mismatch`) and stray spaces inside quotes
(`punct.spacing`).

Why a programmatic check: pairing is stateful. Whether a straight `"` opens or closes a
quotation depends on every quote before it in the paragraph, so `other. " On` (a closing
quote pushed away from its sentence) and `" the power"` (an opening quote pushed away from
its word) can only be told apart by walking the paragraph, which no single regex can do.

The walk: each straight quote gets a role from its neighbours (opening-like, closing-like,
free-standing between spaces, or glued on both sides); curly quotes say their direction.
A quote that cannot close the open one, or a paragraph that ends inside a quotation,
is an anomaly. A paragraph is a line, or hard-wrapped lines joined (in a hard-wrapped
document, all lines up to a blank line, so a quotation may span a line break); a paragraph
that ends inside a quotation is fine when the next one opens with a quote (multi-paragraph
quotation). Single quotes are not paired: apostrophes make them ambiguous.

Quoted code is no quotation: documentation quotes operators and expressions (`"<="`,
`"-O"`, `"self.name"`, `"a[i] += f(x)"`, `“"def"”`), and their quote marks pair with each
other before the walk, so they neither open nor close the prose's quotations; nor does a
quote mark cited as a character in brackets of its own (`U+0022 (")`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate

import regex

from mtfix.checks._base import ProgrammaticCheck
from mtfix.checks._layout import is_hard_wrapped
from mtfix.context import CheckContext, Resources
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.patterns import compiled
from mtfix.protect import ProtectedSpans
from mtfix.text import find_starts

MIXED, SPACE_INSIDE, MISPLACED_CLOSE, UNCLOSED, UNMATCHED = (
    "mixed-quote-pair",
    "space-inside-quotes",
    "misplaced-closing-quote",
    "unclosed-quote",
    "unmatched-quote",
)
OPEN, CLOSE, FREE, GLUED = "open", "close", "free", "glued"

_SPACES = " \t\u00a0"
_BLANK = _SPACES + "\u3000"  # what a blank line holds
_OPEN_CONTEXT = set("([{<—–-/") | {"‘"}
_CLOSE_CONTEXT = set(".,;:!?)]}>—–-/…") | {"’"}
# Lines shorter than this, or ending in these marks, end a paragraph (menus, headings).
_WRAP_MIN_LENGTH = 50
_PARAGRAPH_END = tuple('.!?:;"”’)]')
_MAX_CODE_QUOTE = 60
# Quoted code: an option (`-O`), content opened by an operator (`**kwargs`, `-> expression`),
# an unspaced token with code punctuation (`self.name`, `__spam`, `a[i]`), or a call,
# subscript or assignment operator anywhere (`f(x) += 1`).
_CODE_CONTENT = compiled(
    r"^--?\w[\w-]*$|^[:*/<>=!@#%&|^~+$-]|^\S*[\w\]][_.()\[\]=*/<>:@{}\\]\S*$|\w[(\[]|[=<>!+*/-]=|->"
)
# Public: the plain search `final_word` is held equal to.
FINAL_WORD = compiled(r"\S*[\p{L}\d][.!?]$")
_LAST_RUN = compiled(r"\S*", regex.REVERSE)  # the run of non-spaces that ends a span
_MISPLACED_BEFORE = compiled(r"[.!?,][ \t\u00a0]+$")
# News attribution after a quotation: `..., Li Wei, director of the hospital, said`.
_ATTRIBUTION = compiled(
    r"(?P<mark>[,.!?])(?P<space>[ \t\u00a0]*)\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+"
    r"(?:,[^,.;\"“”\n]{1,80},)?[ \t\u00a0]+"
    r"(?:said|says|introduced|stated|noted|added|explained|stressed|emphasi[sz]ed|pointed[ ]out|told)\b"
)


# Public: a test holds it equal to the characters of `str.isspace`.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
# The characters around a straight quote that make it opening-like (`open_left` in `_role`:
# a space or an opening mark before it) and closing-like (a space or closing mark after it).
_OPENING_SIDE = frozenset(WHITESPACE) | _OPEN_CONTEXT
_CLOSING_SIDE = frozenset(WHITESPACE) | _CLOSE_CONTEXT
# A paragraph's quote kinds (see `quote_kinds`) when its quotes pair in turn: an opening
# quote and then its closing one of the same kind (curly, or straight by their roles).
_PAIRED = re.compile(r"(?:AB|oc)*")


@dataclass(frozen=True)
class Quote:
    index: int
    char: str
    role: str


def _rule(
    rule: str,
    category: str,
    applicability: Applicability,
    description: str,
    doc: str,
    bad: tuple[tuple[str, str], ...],
    good: tuple[str, ...],
) -> RuleInfo:
    return RuleInfo(
        id=rule,
        category=category,
        severity=Severity.WARNING,
        applicability=applicability,
        description=description,
        doc=doc,
        bad_examples=tuple(BadExample(text, fixed) for text, fixed in bad),
        good_examples=good,
        origin=__name__,
    )


_RULES = (
    _rule(
        MIXED,
        "quote.mismatch",
        Applicability.SAFE,
        "A quotation opened with a curly quote and closed with a straight one, or the reverse",
        'What it does: flags `“12320"` and `"12320”` and makes both marks curly.\n'
        "Why it matters: a converter changed one side of the pair only; the mix looks broken.\n"
        'Example: `the sixth national “12320" Day` -> `the sixth national “12320” Day`.\n'
        "Fix safety: safe; the pair is unambiguous and the curly style is the one already used.",
        (
            ('the sixth national “12320" Day was held', "the sixth national “12320” Day was held"),
            ('a two-way “green channel" for patients', "a two-way “green channel” for patients"),
            ('a two-way "green channel” for patients', "a two-way “green channel” for patients"),
        ),
        ("the sixth national “12320” Day", 'the "green channel" and the “hotline”', 'a 27" screen'),
    ),
    _rule(
        SPACE_INSIDE,
        "punct.spacing",
        Applicability.SAFE,
        "A space between a quotation mark and the quoted text",
        'What it does: flags `" the power"` (space after an opening quote) and `other. " On`\n'
        "(space before a closing quote), deciding the direction from the pairing.\n"
        "Why it matters: full-width quotes were converted with the spacing of their layout.\n"
        'Example: `reading " the power of words", the team` -> `reading "the power of words", the team`.\n'
        "Fix safety: safe when the paragraph's quotes pair up; unsafe when it has other quote problems.",
        (
            ('by reading " the power of words", the team', 'by reading "the power of words", the team'),
            (
                '"We care for each other. " On July 1st the staff sang.',
                '"We care for each other." On July 1st the staff sang.',
            ),
        ),
        ('by reading "the power of words", the team', '"We care." On July 1st they sang.'),
    ),
    _rule(
        MISPLACED_CLOSE,
        "punct.spacing",
        Applicability.UNSAFE,
        "A closing quote separated from its sentence and glued to the next word",
        'What it does: flags `ahead. "Huayue` inside an open quotation, where the quote that\n'
        "looks like an opening one must close the quotation, and moves it to the full stop.\n"
        "Why it matters: the speaker's name reads as part of the quotation.\n"
        'Example: `"We go ahead. "Li Wei said.` -> `"We go ahead." Li Wei said.`\n'
        "Fix safety: unsafe; the opening quote may instead have lost its own closing quote.",
        (
            (
                '"We always go ahead. "Li Wei, the director, said.',
                '"We always go ahead." Li Wei, the director, said.',
            ),
            ('"Patients come first, "Zhou Xiao said.', '"Patients come first," Zhou Xiao said.'),
        ),
        ('"We go ahead." Li Wei said.', 'He said: "We go ahead." "Good," she replied.'),
    ),
    _rule(
        UNCLOSED,
        "quote.mismatch",
        Applicability.UNSAFE,
        "A quotation still open at the end of its paragraph",
        "What it does: flags a paragraph that ends inside a quotation and adds the closing quote\n"
        "after its final punctuation; and a quotation that runs into the next opening quote with\n"
        'a speaker named in between, closing it before the name (`everyone," Li Wei, ... said`).\n'
        "Why it matters: the reader cannot tell where the quoted words end.\n"
        "Not flagged: a multi-paragraph quotation, where the next paragraph opens with a quote.\n"
        'Example: `Li Wei said, "We salute the members.` -> `Li Wei said, "We salute the members."`\n'
        "Fix safety: unsafe; the quotation may have been meant to close earlier.",
        (
            ('Li Wei said, "We salute the party members.', 'Li Wei said, "We salute the party members."'),
            ("She said, “We will keep going.", "She said, “We will keep going.”"),
            (
                '"We share the joy with all,Li Wei, head of the ward, said at the "spring gala" today.',
                '"We share the joy with all," Li Wei, head of the ward, said at the "spring gala" today.',
            ),
        ),
        (
            'Li Wei said, "We salute them."',
            '"The first paragraph of a long quotation.\n\n"The second one closes it."',
        ),
    ),
    _rule(
        UNMATCHED,
        "quote.mismatch",
        Applicability.NONE,
        "A quote whose partner cannot be found in its paragraph",
        "What it does: flags a closing quote with no opening quote before it, and an opening\n"
        "quote never closed where no speaker's name or final full stop shows where it ends.\n"
        "A quote that opens inside an open quotation is read as a nested quotation.\n"
        "Why it matters: a lost quote changes who is speaking.\n"
        'Example: `"We care for patients and the "green channel" works` (no closing quote).\n'
        "Fix safety: none; where the missing quote belongs cannot be known.",
        (
            (
                '"We care for patients and the "green channel" works',
                '"We care for patients and the "green channel" works',
            ),
            ('The hotline works" for patients.', 'The hotline works" for patients.'),
        ),
        ('"We care," she said.', 'He is 6\'2" tall and reads "The Times".'),
    ),
)
_BY_ID = {rule.id: rule for rule in _RULES}


class QuotePairingCheck(ProgrammaticCheck):
    """Walks each paragraph's double quotes, pairing them and reporting what does not pair."""

    RULES = _RULES

    def check(self, context: CheckContext) -> Iterator[Finding]:
        text = context.document.text
        quotes = sorted(at for mark in '"“”' for at in find_starts(text, mark))
        if not quotes:
            return
        kinds = quote_kinds(text, quotes)
        for start, end, continues in quoted_paragraphs(text, quotes, is_hard_wrapped(text)):
            first = bisect.bisect_left(quotes, start)
            last = bisect.bisect_left(quotes, end, first)
            inside = quotes[first:last]
            paragraph = (start, end, continues)
            for finding in paragraph_findings(text, paragraph, context.protected, inside, kinds[first:last]):
                if context.is_enabled(finding.rule):
                    yield finding


# Public: an equivalence test holds `quoted_paragraphs` equal to it.
def quoted_paragraphs_plain(text: str, quotes: list[int], wrapped: bool) -> list[tuple[int, int, bool]]:
    """(start, end, continues) of each paragraph (see `_paragraphs`) holding one of the
    sorted offsets `quotes`; `continues` when the next paragraph opens with a quote."""
    paragraphs = list(_paragraphs(text, wrapped))
    found = []
    for number, (start, end) in enumerate(paragraphs):
        first = bisect.bisect_left(quotes, start)
        if first == bisect.bisect_left(quotes, end, first):
            continue  # no quote to walk (most paragraphs)
        following = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
        continues = following is not None and text[following[0] : following[0] + 1] in '"“'
        found.append((start, end, continues))
    return found


def quoted_paragraphs(text: str, quotes: list[int], wrapped: bool) -> list[tuple[int, int, bool]]:
    """`quoted_paragraphs_plain(text, quotes, wrapped)`.

    Performance: where a line is a paragraph of its own unless it runs on (not hard-wrapped:
    nearly every draft), only the lines holding a quote are looked at, and the lines next to
    them that their paragraph takes in, instead of every line of the document."""
    if wrapped:
        return quoted_paragraphs_plain(text, quotes, wrapped)
    lines = text.splitlines(keepends=True)
    offsets = list(accumulate(map(len, lines), initial=0))
    found = []
    last = -1  # the last line of the paragraph found last
    taken = 0  # where that line ends
    for quote in quotes:
        if quote < taken:
            continue  # in the paragraph found last
        number = bisect.bisect_right(offsets, quote, last + 1) - 1
        first = number
        while first > 0 and _runs_on(lines[first - 1]):
            first -= 1
        last = number
        while last + 1 < len(lines) and _runs_on(lines[last]) and _content(lines[last + 1]):
            last += 1
        opening = lines[first].rstrip("\r\n")
        closing = lines[last].rstrip("\r\n")
        start = offsets[first] + len(opening) - len(opening.lstrip(_BLANK))
        end = offsets[last] + len(closing.rstrip(_BLANK))
        following = last + 1
        while following < len(lines) and not _content(lines[following]):
            following += 1
        continues = following < len(lines) and lines[following].lstrip(_BLANK)[:1] in ('"', "“")
        found.append((start, end, continues))
        taken = offsets[last + 1]
    return found


def _content(line: str) -> str:
    """A line's text without its line break and the blanks around it (empty: a blank line)."""
    return line.rstrip("\r\n").strip(_BLANK)


def _runs_on(line: str) -> bool:
    """A line of a document not hard-wrapped that its paragraph goes on after (see `_paragraphs`)."""
    content = _content(line)
    return bool(content) and len(content) >= _WRAP_MIN_LENGTH and not content.endswith(_PARAGRAPH_END)


def _paragraphs(text: str, wrapped: bool) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph's text, leading indentation and trailing spaces trimmed;
    in a hard-wrapped document only a blank line ends a paragraph."""
    blank = _BLANK
    start: int | None = None
    end = 0
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        content = body.strip(blank)
        line_start, offset = offset, offset + len(line)
        if not content:
            if start is not None:
                yield start, end
                start = None
            continue
        if start is None:
            start = line_start + len(body) - len(body.lstrip(blank))
        end = line_start + len(body.rstrip(blank))
        if not wrapped and (len(content) < _WRAP_MIN_LENGTH or content.endswith(_PARAGRAPH_END)):
            yield start, end
            start = None
    if start is not None:
        yield start, end


def _role(text: str, index: int, start: int, end: int) -> str:
    char = text[index]
    if char == "“":
        return OPEN
    if char == "”":
        return CLOSE
    before = text[index - 1] if index > start else " "
    after = text[index + 1] if index + 1 < end else " "
    open_left = before.isspace() or before in _OPEN_CONTEXT
    close_right = after.isspace() or after in _CLOSE_CONTEXT
    if open_left and close_right:
        return FREE
    if open_left:
        return OPEN
    if close_right:
        return CLOSE
    return GLUED


def paragraph_findings(
    text: str,
    paragraph: tuple[int, int, bool],
    protected: ProtectedSpans,
    positions: list[int],
    kinds: str,
) -> Iterator[Finding]:
    """`paragraph_findings_plain(text, start, end, protected, continues, positions)` for the
    paragraph (start, end, continues), `kinds` being the `quote_kinds` of `positions`.

    Performance: most quoted paragraphs pair every quote at once, each opening quote
    followed by its closing one (straight or curly alike): their kinds say so, and the
    walk, which would find nothing there, is left out. Quoted code (always a whole
    straight pair there) and cited marks (free-standing) change nothing in such a
    paragraph; protected quotes might, so a paragraph with one is walked."""
    start, end, continues = paragraph
    if _PAIRED.fullmatch(kinds) is not None and _none_protected(protected, positions[0], positions[-1]):
        return iter(())
    return paragraph_findings_plain(text, start, end, protected, continues, positions)


def quote_kinds(text: str, quotes: list[int]) -> str:
    """A letter for each quote at `quotes`: `A` for `“`, `B` for `”` (`x` for either when
    cited, in brackets of its own: the walk leaves it out), and for a straight quote its
    `_role`: `o` OPEN, `c` CLOSE, `f` FREE, `g` GLUED.

    The roles are read from the quotes' neighbours in the whole text: a paragraph begins
    after whitespace (or at the text's start) and ends before it (or at the text's end),
    where `_role` reads a space, so a quote's role is the same in its paragraph."""
    last = len(text) - 1
    kinds = []
    for at in quotes:
        char = text[at]
        if char != '"':
            kinds.append("x" if _is_cited(text, at) else "A" if char == "“" else "B")
            continue
        open_left = at == 0 or text[at - 1] in _OPENING_SIDE
        close_right = at == last or text[at + 1] in _CLOSING_SIDE
        kinds.append(("f" if close_right else "o") if open_left else ("c" if close_right else "g"))
    return "".join(kinds)


def _none_protected(protected: ProtectedSpans, first: int, last: int) -> bool:
    """True when `protected.overlaps(at, at + 1)` is false for every `at` of `first..last`
    (False may also mean "not known": a span starts among them)."""
    # The last span starting at or before `first`: the one every quote meets unless another starts.
    before = bisect.bisect_left(protected.starts, first + 1) - 1
    if before != bisect.bisect_left(protected.starts, last + 1) - 1:
        return False
    return before < 0 or protected.ends[before] <= first


# Public: an equivalence test holds `paragraph_findings` equal to it.
def paragraph_findings_plain(
    text: str, start: int, end: int, protected: ProtectedSpans, continues: bool, positions: list[int]
) -> Iterator[Finding]:
    """Pair the double quotes at `positions` (those of the paragraph text[start:end])."""
    quotes: list[Quote] = []
    code = _code_quotes(text, start, end, positions)
    for index in positions:
        if protected.overlaps(index, index + 1) or index in code or _is_cited(text, index):
            continue
        quotes.append(Quote(index, text[index], _role(text, index, start, end)))
    if not quotes:
        return
    problems: list[Finding] = []
    spacing: list[Finding] = []
    open_quote: Quote | None = None
    nested: list[Quote] = []  # quotations inside the open one, written with double quotes too
    for quote in quotes:
        if open_quote is None:
            if quote.role == CLOSE:
                if quote.char == '"' and text[quote.index - 1 : quote.index].isdigit():
                    continue  # an inch mark: 27" screen, 6'2"
                problems.append(
                    _flag(
                        text, UNMATCHED, quote.index, quote.index + 1, "Closing quote with no opening quote"
                    )
                )
                continue
            open_quote = quote
            if quote.role == FREE:
                spacing.append(_space_after(text, quote))
            continue
        if quote.role == OPEN:
            before = text[max(start, quote.index - 8) : quote.index]
            if not nested and quote.char == '"' == open_quote.char and _MISPLACED_BEFORE.search(before):
                problems.append(_misplaced(text, quote))
                open_quote = None
                continue
            attribution = None if nested else _attribution(text, open_quote, quote.index)
            if attribution is None:
                nested.append(quote)
                continue
            problems.append(_closed_before(text, open_quote, attribution))
            open_quote = quote
            continue
        if quote.role == FREE:
            spacing.append(_space_before(text, quote))
        if nested:
            nested.pop()
            continue
        mixed = _mixed(text, open_quote, quote)
        if mixed is not None:
            problems.append(mixed)
        open_quote = None
    if open_quote is not None and nested:
        problems.append(
            _flag(text, UNMATCHED, open_quote.index, open_quote.index + 1, "Opening quote is never closed")
        )
    elif open_quote is not None and not continues:
        attribution = _attribution(text, open_quote, end)
        problems.append(
            _closed_before(text, open_quote, attribution)
            if attribution is not None
            else _unclosed(text, start, end, open_quote)
        )
    balanced = not any(p.rule in (UNMATCHED, MISPLACED_CLOSE, UNCLOSED) for p in problems)
    for finding in spacing:
        yield finding if balanced else finding.with_changes(applicability=Applicability.UNSAFE)
    yield from problems


def _code_quotes(text: str, start: int, end: int, positions: list[int]) -> set[int]:
    """The straight quote marks that enclose code (see the module docstring), in pairs."""
    code: set[int] = set()
    straight = [index for index in positions if text[index] == '"']
    number = 0
    while number + 1 < len(straight):
        opening, closing = straight[number], straight[number + 1]
        before = text[opening - 1] if opening > start else " "
        after = text[closing + 1] if closing + 1 < end else " "
        opens = before.isspace() or before in _OPEN_CONTEXT or before == "“"
        closes = after.isspace() or after in _CLOSE_CONTEXT or after == "”"
        content = text[opening + 1 : closing]
        if opens and closes and _is_code(content, before == "“" and after == "”"):
            code.update((opening, closing))
            number += 2
        else:
            number += 1
    return code


def _is_cited(text: str, index: int) -> bool:
    """A quote mark named as a character, in brackets of its own: `U+0022 (")`."""
    return text[index - 1 : index] in ("(", "[", "{") and text[index + 1 : index + 2] in (")", "]", "}")


def _is_code(content: str, in_curly_quotes: bool) -> bool:
    """Whether quoted `content` is code: an operator, an option, an identifier or expression
    with code punctuation, or anything quoted straight inside curly quotes (`“"def"”`)."""
    if len(content) > _MAX_CODE_QUOTE or content != content.strip():
        return False
    if in_curly_quotes or not any(char.isalnum() for char in content):
        return True
    return _CODE_CONTENT.search(content) is not None


def _finding(text: str, rule: str, start: int, end: int, message: str, replacement: str | None) -> Finding:
    replacements = (replacement,) if replacement is not None else ()
    return _BY_ID[rule].finding(start, text[start:end], message, replacements)


def _flag(text: str, rule: str, start: int, end: int, message: str) -> Finding:
    return _finding(text, rule, start, end, message, None)


def _space_after(text: str, quote: Quote) -> Finding:
    end = quote.index + 1
    while text[end : end + 1] in tuple(_SPACES):
        end += 1
    return _finding(text, SPACE_INSIDE, quote.index, end, "Space after an opening quote", quote.char)


def _space_before(text: str, quote: Quote) -> Finding:
    start = quote.index
    while start > 0 and text[start - 1] in _SPACES:
        start -= 1
    return _finding(text, SPACE_INSIDE, start, quote.index + 1, "Space before a closing quote", quote.char)


def _misplaced(text: str, quote: Quote) -> Finding:
    start = quote.index
    while start > 0 and text[start - 1] in _SPACES:
        start -= 1
    mark = start - 1
    return _finding(
        text,
        MISPLACED_CLOSE,
        mark,
        quote.index + 1,
        "This quote closes the quotation; it belongs after the punctuation",
        text[mark] + quote.char + " ",
    )


def _mixed(text: str, opening: Quote, closing: Quote) -> Finding | None:
    if opening.char == "“" and closing.char == '"':
        return _finding(
            text, MIXED, closing.index, closing.index + 1, "Curly opening quote closed by a straight one", "”"
        )
    if opening.char == '"' and closing.char == "”":
        return _finding(
            text, MIXED, opening.index, opening.index + 1, "Straight opening quote closed by a curly one", "“"
        )
    return None


def _attribution(text: str, opening: Quote, limit: int) -> regex.Match[str] | None:
    """The last speaker named between an open quotation and `limit`, if any."""
    found = list(_ATTRIBUTION.finditer(text, opening.index + 1, limit))
    return found[-1] if found else None


def _closed_before(text: str, opening: Quote, attribution: regex.Match[str]) -> Finding:
    """An open quotation followed by a named speaker (`..., everyone,Li Wei, director of the
    hospital, said`) ends just before the name."""
    closing = "”" if opening.char == "“" else '"'
    return _finding(
        text,
        UNCLOSED,
        attribution.start("mark"),
        attribution.end("space"),
        "The quotation is never closed; it probably ends before the speaker's name",
        attribution.group("mark") + closing + " ",
    )


def _unclosed(text: str, start: int, end: int, opening: Quote) -> Finding:
    final = final_word(text, opening.index + 1, end)
    if final is None:
        return _flag(text, UNMATCHED, opening.index, opening.index + 1, "Opening quote is never closed")
    closing = "”" if opening.char == "“" else '"'
    return _finding(
        text,
        UNCLOSED,
        final.start(),
        final.end(),
        "Quotation still open at the end of the paragraph",
        final.group() + closing,
    )


def final_word(text: str, start: int, end: int) -> regex.Match[str] | None:
    """`FINAL_WORD.search(text, start, end)`, tried only where it can match: at the start of
    the last run of non-spaces (a match ends at `end`, or before a line break that ends
    the span, and holds no space; the one found first starts as early as it can). Why: the
    search tries every position of the quotation, each reading on to the next space."""
    end = min(end, len(text))
    last = end - 1 if start < end and text[end - 1] == "\n" else end
    run = _LAST_RUN.match(text, start, last)
    return FINAL_WORD.match(text, run.start() if run is not None else start, end)


def quote_pairing_check(resources: Resources) -> QuotePairingCheck:
    return QuotePairingCheck(resources)
