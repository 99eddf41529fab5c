"""space.glued: words and tokens run together with no space (`principlesof`, `theCPC`,
`39Admin2020-08-21from`, `Addtime`).

Why a programmatic check: whether `alongwith` is two words cannot be said by a pattern; it
takes a lexicon. A token is split only when all of these hold:

- it is not a word: not in the dictionary, not an accepted word, not a protected name
  (pinyin, gazetteer, brand, glossary), and not common in web text (Zipf < 3);
- the best segmentation into dictionary words is far more probable than the token itself:
  with each word's probability p = 10**(zipf - 9) and words taken as independent (which
  understates real phrases, so the test is conservative), the product over the parts must
  beat the glued token's own probability by `MARGIN` decades (10x; 100x when capitalised,
  where an unknown word is more often a name);
- every part is a real word: single letters only `a` (never last), two letters only
  from a closed list of function words, longer parts in the dictionary at Zipf >= 3.

Digits against letters are split where a number meets a dictionary word of three or
more letters (`39Admin`, `2020-08-21from`), never before a unit or an ordinal suffix
(`10km`, `3pm`, `21st`); identifiers with short or capital letter runs (`H1N1`, `5G`,
`COVID19`, `G20`) are left alone. Punctuation between words (`them.In`) belongs to the
punctuation rules.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial

import regex

from mtfix.checks._base import ProgrammaticCheck
from mtfix.context import CheckContext, Resources
from mtfix.lexicon import Lexicon, run_lexicon
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.names.protection import GuardLike, WordGuard, decide, word_guard
from mtfix.patterns import compiled
from mtfix.text import find_starts, matches_at, non_ascii
from mtfix.verdicts import Verdicts, judged_by_caller

RULE_ID = "glued-words"
MARGIN = 1.0  # decades by which the split must beat the glued token (lower-case)
CAPITALISED_MARGIN = 2.0  # a capitalised unknown word is often a name: ask for 100x
SAFE_MARGIN = 2.5  # split applied by default only when unseen and at least this far ahead
KNOWN_ZIPF = 3.0  # a token this common on the web is a word, a name or a brand: never split
PART_ZIPF = 3.0  # every part of a split must be at least this common
MAX_PARTS = 3
LONG_PAIR_LENGTH = 9  # an unseen token this long may be two words, one of them rare
PAIR_PART_ZIPF = 1.5  # ... each seen on the web
PAIR_TOTAL_ZIPF = 6.5  # ... and together common enough
LONGEST_WORD = 24
MAX_VERDICTS = 200_000  # distinct tokens remembered across documents before starting afresh


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


PREFIXES = _word_set(
    "anti non pre post multi inter intra counter super over under self semi sub trans ultra micro"
)
TWO_LETTER_WORDS = _word_set("am an as at be by do go he if in is it me my no of on or so to up us we")
# Function words that are glued to a following capitalised word or acronym (`theCPC`).
LEADING_FUNCTION_WORDS = _word_set(
    "a an the of and or in on at to by for from with into as is was are were that this"
)
# Letters that follow a number as a unit or an ordinal: never split from the number.
NUMBER_SUFFIXES = _word_set(
    "st nd rd th s am pm km cm mm nm kg mg g ml l min mins sec secs hrs hr yrs kw kwh mw gw "
    "hz khz mhz ghz kb mb gb tb bps kbps mbps gbps mph kph ppm ppb sqm mah rpm fps dpi kcal "
    "lbs lb oz ft mu bit bits w v x k m h d p t"
)

# Runs of letters and numbers with no space; separators join digits only (dates, times).
# Public: an equivalence test holds the fast path equal to it (tests use public names).
TOKEN = compiled(r"[\p{L}\p{N}]+(?:[-./:](?=\d)(?<=\d.)[\p{L}\p{N}]+)*")
_SEGMENT = compiled(r"(?P<number>\d+(?:[-./:]\d+)*)|(?P<letters>\p{L}+)")
# A token that starts where it is tried: no letter or digit before it, and not the digits
# after a separator that joins them to digits before (`2020-08`).
_TOKEN_AT = compiled(r"(?<![\p{L}\p{N}])(?!(?<=\d[-./:])\d)" + TOKEN.pattern)
# A run of numbers with a letter or any non-ASCII character before or after it, or holding
# a number other than an ASCII digit (`²`): the runs that may belong to a token that splits.
_NOT_PLAIN = r"[A-Za-z\x80-\U0010FFFF]"
# Public: `joined_numbers` is held equal to its scan.
JOINED_NUMBER = compiled(
    rf"\p{{N}}+(?:(?<={_NOT_PLAIN}\p{{N}}+)|(?={_NOT_PLAIN})|(?<=[\x80-\U0010FFFF]\p{{N}}*))"
)
_NUMBER_RUN = compiled(r"\p{N}+")
# Performance: the only ASCII numbers are 0-9, and a class of ASCII ranges is scanned far
# faster than the `\p{N}` property (see `number_runs`).
_ASCII_NUMBER_RUN = compiled(r"[0-9]+")
# A whole run of ASCII digits with an ASCII letter or a non-ASCII character right before or
# after it (`_not_plain`): in a text with no other numbers, the only runs `JOINED_NUMBER`
# can match in. It opens with the digit, so the scan skips to digits; a news text's
# thousands of plain runs (years, counts, dates) then cost no Python step each.
# (No match starts inside a run: one that touches such a character at its end is matched
# from its first digit, as the scan reaches that first.)
_TOUCHING_ASCII_RUN = compiled(
    r"[0-9](?:(?<=[A-Za-z\x80-\U0010FFFF][0-9])[0-9]*|[0-9]*(?=[A-Za-z\x80-\U0010FFFF]))"
)
_NUMBER = compiled(r"\p{N}")
_LETTER_OR_NUMBER = compiled(r"[\p{L}\p{N}]")
_DIGIT = compiled(r"\d")
_JOINERS = compiled(r"['’\-]")  # what joins the letter runs of one word
_LOWER_HEAD = compiled(r"\p{Ll}+")
_TWO_CAPITALISED = compiled(r"(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)")
_DATE = compiled(r"(?:19|20)\d\d(?:[-./]\d{1,2}){0,2}")
# A neighbour that makes the token part of an identifier, handle, path or hashtag.
_IDENTIFIER_NEIGHBOURS = "_@#/\\&=~"


@dataclass(frozen=True)
class Split:
    """A proposed split of one token: the replacement and how sure we are."""

    text: str
    safe: bool


class GluedWordsCheck(ProgrammaticCheck):
    """Split run-together words with the lexicon; see the module docstring for the test.

    A split is a function of the token, whether it ends a field label, and the guard's
    answers: it is decided once per distinct token for the whole run (`decide`), and only
    the few tokens that split are looked up in the text.
    """

    # The run's memories (`context.memo`): (token, label) -> (split, tokens the guard refused);
    # word -> its open letter runs, for the words holding any (the others are passed over in C).
    _SPLITS = "glued-words.splits"
    _RUNS = "glued-words.open-runs"

    def rules(self) -> Sequence[RuleInfo]:
        return (_RULE,)  # declared below, with their examples

    def check(self, context: CheckContext) -> Iterable[Finding]:
        if not context.is_enabled(RULE_ID):
            return
        text = context.document.text
        words = run_lexicon(context)
        guard = word_guard(context)
        labelled = ":" in text or "：" in text
        splits_memo = context.memo(self._SPLITS, judged_by_caller, MAX_VERDICTS)
        found: list[Finding] = []
        # Letters-only tokens are letter runs of the document's words; tokens with a number
        # are found from the numbers. Each is decided once, then looked up if it splits.
        letter_tokens: set[str] = set()
        runs: Verdicts[tuple[str, ...]] = context.memo(self._RUNS, judged_by_caller, MAX_VERDICTS)
        for word in runs.among(context.words.distinct, partial(_open_runs, splits_memo, words, guard)):
            letter_tokens.update(runs.verdicts[word])
        for token in letter_tokens:
            splits = self._splits(splits_memo, token, labelled, words, guard)
            if splits != (None, None):
                found.extend(self._findings(context, token, list(_token_starts(text, token)), splits))
        for token, starts in number_tokens(text, context.non_ascii).items():
            splits = self._splits(splits_memo, token, labelled, words, guard)
            if splits != (None, None):
                found.extend(self._findings(context, token, starts, splits))
        found.sort(key=lambda finding: finding.start)
        yield from found

    def _findings(
        self,
        context: CheckContext,
        token: str,
        starts: list[int],
        splits: tuple[Split | None, Split | None],
    ) -> Iterator[Finding]:
        """Findings at `starts`, every occurrence of `token` in the document."""
        text = context.document.text
        count = len(starts)
        # `used_on_purpose` scans the text: ask once per split, not once per occurrence.
        on_purpose: dict[Split, bool] = {}
        for start in starts:
            end = start + len(token)
            split = splits[is_label(text, end)]
            if split is None:
                continue
            purposeful = on_purpose.get(split)
            if purposeful is None:
                purposeful = on_purpose[split] = used_on_purpose(token, split, count, text)
            if purposeful:
                continue
            if in_identifier(text, start, end) or context.protected.overlaps(start, end):
                continue
            yield token_finding(start, token, split)

    @staticmethod
    def _splits(
        memory: _SplitMemory, token: str, labelled: bool, words: Lexicon, guard: WordGuard
    ) -> tuple[Split | None, Split | None]:
        """The split of `token` in running text and as a field label (`Addtime:`)."""
        plain = _split(memory, token, False, words, guard)
        if labelled and _label_matters(token):
            return plain, _split(memory, token, True, words, guard)
        return plain, plain


_SplitMemory = Verdicts[tuple[Split | None, tuple[str, ...]]]


def _split(memory: _SplitMemory, token: str, label: bool, words: Lexicon, guard: WordGuard) -> Split | None:
    judge = lambda names: split_token(token, words, names, label=label)  # noqa: E731
    return decide(memory, (token, label), judge, guard)


def _open_runs(memory: _SplitMemory, words: Lexicon, guard: WordGuard, word: str) -> tuple[str, ...] | None:
    """The letter runs of `word` (`Zhong-ping`: `Zhong`, `ping`) whose split is not settled
    as none in every document, or None: most words are dictionary words and have none."""
    open_runs = []
    for run in _JOINERS.split(word):
        if whole_word(run, words):
            continue  # left whole before the guard is asked, in every document (most runs)
        for label in (False, True) if _label_matters(run) else (False,):
            _split(memory, run, label, words, guard)
            verdict, refused = memory.verdicts[(run, label)]
            if verdict is not None or refused:
                open_runs.append(run)
                break
    return tuple(open_runs) or None


# Public: an equivalence test holds the fast path equal to it (tests use public names).
def token_finding(start: int, token: str, split: Split) -> Finding:
    return _RULE.finding(
        start,
        token,
        f"words run together: {token!r} -> {split.text!r}",
        (split.text,),
        applicability=Applicability.SAFE if split.safe else Applicability.UNSAFE,
    )


def number_tokens(text: str, chars: str | None = None) -> dict[str, list[int]]:
    """Every token that holds a run of `\\p{N}` next to a letter or with a number other than
    ASCII digits, and where it starts (walking back from the run to the token's start).

    A token of ASCII digits and separators alone (`2020-08-21`, `3.5`) is one number, which
    never splits: `JOINED_NUMBER` passes over runs with only ASCII non-letters around them.
    """
    tokens: dict[str, list[int]] = {}
    covered = 0
    for run in joined_numbers(text, chars):
        start = run.start()
        if start < covered:
            continue  # a later run of a token already taken (`2020-08-21from`)
        while True:
            if start > 0 and _LETTER_OR_NUMBER.match(text, start - 1):
                start -= 1
            elif (
                start > 1
                and text[start - 1] in "-./:"
                and _DIGIT.match(text, start - 2)
                and _DIGIT.match(text, start)
            ):
                start -= 2
            else:
                break
        match = _TOKEN_AT.match(text, start)
        if match is None:  # cannot happen: a number starts or continues a token
            continue
        covered = match.end()
        tokens.setdefault(match.group(), []).append(start)
    return tokens


# Public: an equivalence test holds it equal to `JOINED_NUMBER.finditer(text)`.
def joined_numbers(text: str, chars: str | None = None) -> Iterator[regex.Match[str]]:
    """The matches of `JOINED_NUMBER.finditer(text)`, tried only in the runs of numbers that
    hold a non-ASCII character or touch a letter or a non-ASCII character. Why: most runs
    (years, counts, dates) are ASCII digits between spaces and punctuation, where no
    look-around of the pattern can hold; a plain run is passed over after one test, and
    the pattern's look-arounds run only in the few others (a match lies within one run).
    `chars`: the text's non-ASCII characters when the caller has them (`CheckContext.non_ascii`)."""
    starts: list[int] = []
    if _ascii_numbers_only(text, chars):  # the runs that touch a letter or non-ASCII, found in C
        for run in _TOUCHING_ASCII_RUN.finditer(text):
            starts.extend(range(*run.span()))
        return iter(matches_at(JOINED_NUMBER, text, starts))
    for run in _NUMBER_RUN.finditer(text):  # (`number_runs`, the text holding other numbers)
        start, end = run.span()
        if (
            not run.group().isascii()
            or _not_plain(text[start - 1 : start])
            or _not_plain(text[end : end + 1])
        ):
            starts.extend(range(start, end))
    return iter(matches_at(JOINED_NUMBER, text, starts))


# Public: an equivalence test holds it equal to a plain `\p{N}+` scan.
def number_runs(text: str) -> Iterator[regex.Match[str]]:
    r"""The matches of `\p{N}+` in `text`, found as runs of ASCII digits when the text holds
    no non-ASCII number (nearly always: a news text's few non-ASCII characters are quotes,
    spaces and CJK). Why: scanning a text for the `\p{N}` property costs four times a
    scan for `[0-9]`, and its non-ASCII characters are found by a scan as cheap."""
    if _ascii_numbers_only(text):
        return _ASCII_NUMBER_RUN.finditer(text)
    return _NUMBER_RUN.finditer(text)


def _ascii_numbers_only(text: str, chars: str | None = None) -> bool:
    return text.isascii() or _NUMBER.search(non_ascii(text) if chars is None else chars) is None


def _not_plain(char: str) -> bool:
    """Whether `char` is one of `_NOT_PLAIN` (an ASCII letter or any non-ASCII character)."""
    return bool(char) and (not char.isascii() or char.isalpha())


def _token_starts(text: str, token: str) -> Iterator[int]:
    """Where `token` occurs as a whole token of `TOKEN` (as `finditer` would find it)."""
    for index in find_starts(text, token):
        match = _TOKEN_AT.match(text, index)
        if match is not None and match.group() == token:
            yield index


def split_token(token: str, words: Lexicon, guard: GuardLike, *, label: bool = False) -> Split | None:
    """The split of a whole token (letters, numbers, or both), or None to leave it.

    `label` says the token ends in a colon, as a CMS field name does (`Addtime:`).
    """
    segments = [(m.lastgroup, m.group()) for m in _SEGMENT.finditer(token)]
    if len(segments) == 1 and segments[0][0] == "letters":
        return split_letters(token, words, guard, label=label)
    return _split_mixed(segments, words)


def _split_mixed(segments: list[tuple[str | None, str]], words: Lexicon) -> Split | None:
    """Numbers against words: `39Admin2020-08-21from` -> `39 Admin 2020-08-21 from`."""
    if len(segments) < 2:
        return None  # nothing to split (a lone `²` yields no segment at all)
    for kind, value in segments:
        if kind == "letters" and not _is_plain_word(value, words) and value.casefold() not in NUMBER_SUFFIXES:
            return None  # an identifier (`H1N1`, `v2ray`, `COVID19`): leave it whole
    pieces: list[str] = [segments[0][1]]
    cuts = 0
    safe = any(kind == "number" and _DATE.fullmatch(value) for kind, value in segments)
    for (_, before), (kind, value) in itertools.pairwise(segments):
        if kind == "letters" and value.casefold() in NUMBER_SUFFIXES:
            cut = False  # `10km`, `21st`, `1990s`
        elif kind == "number":
            cut = bool(_DATE.fullmatch(value)) or words.frequency(before) >= 6.0  # `from2020`
        else:
            cut = _is_plain_word(value, words)
            safe = safe or (value.islower() and not words.is_accepted(value))
        if cut:
            pieces.append(" ")
            cuts += 1
        pieces.append(value)
    if not cuts:
        return None
    return Split("".join(pieces), safe)


def _is_plain_word(value: str, words: Lexicon) -> bool:
    """A letter run that reads as an ordinary word next to a number: `Admin`, `from`.

    Splitting at a digit never changes the letters, so names need no guard here."""
    if len(value) < 3 or not (value.islower() or value.istitle()):
        return False
    return words.is_word(value) and words.frequency(value) >= PART_ZIPF


# Public: an equivalence test holds `_open_runs`'s shortcut to it.
def whole_word(token: str, words: Lexicon) -> bool:
    """A letters-only token `split_letters` leaves whole before asking any guard: too short
    or too long to split, a dictionary word, or common on the web (a word, name or brand)."""
    return (
        len(token) < 4
        or len(token) > 3 * LONGEST_WORD
        or words.is_word(token)
        or words.frequency(token) >= KNOWN_ZIPF
    )


def split_letters(token: str, words: Lexicon, guard: GuardLike, *, label: bool = False) -> Split | None:
    """A letters-only token: `principlesof`, `theCPC`, `Addtime:`.

    A capitalised token is split only as a field label: elsewhere `Greentown` or
    `Goldwind` is far more likely a company name than two glued words.
    """
    if whole_word(token, words) or guard.is_name(token):
        return None
    if words.is_derived(token):
        return None  # `growable`, `callables`: a coined form of one word, not two words
    lower_head = _LOWER_HEAD.match(token)
    if lower_head and lower_head.end() < len(token):
        return _split_case_boundary(token, lower_head.end(), words, guard)
    if token.islower():
        return _split_by_frequency(token, token, words, MARGIN) or _split_long_pair(token, words)
    if label and _label_matters(token):
        camel = _TWO_CAPITALISED.fullmatch(token)
        if camel is not None:
            return _split_camel_label(camel.group(1), camel.group(2), words, guard)
        split = _split_by_frequency(token.casefold(), token, words, CAPITALISED_MARGIN)
        return Split(split.text, False) if split else None
    return _split_name_and_function_word(token, guard)


def _split_camel_label(head: str, tail: str, words: Lexicon, guard: GuardLike) -> Split | None:
    """`ClickTimes:` -> `Click Times:`: a field label of two common capitalised words (in
    running text such a token is more often a brand, `PowerPoint`, and is left alone)."""
    if all(_common(part, words) and not guard.is_name(part) for part in (head, tail)):
        return Split(f"{head} {tail}", False)
    return None


def _split_name_and_function_word(token: str, guard: GuardLike) -> Split | None:
    """`Lihuaand` -> `Lihua and`: a name the name service knows, glued to `and`, `of` or `the`.
    Only a known name qualifies, so `Holland` or `Benton` never splits."""
    if not (token[:1].isupper() and token[1:].islower()):
        return None
    for function_word in ("and", "of", "the"):
        head = token[: -len(function_word)]
        if token.endswith(function_word) and len(head) >= 3 and guard.is_name(head):
            return Split(f"{head} {function_word}", False)
    return None


def _common(word: str, words: Lexicon) -> bool:
    return len(word) >= 3 and words.is_word(word) and words.frequency(word) >= PART_ZIPF


def _split_case_boundary(token: str, cut: int, words: Lexicon, guard: GuardLike) -> Split | None:
    """`theCPC` -> `the CPC`: a function word glued to an acronym or a capitalised word."""
    head, tail = token[:cut], token[cut:]
    if head not in LEADING_FUNCTION_WORDS:
        return _split_word_and_capitalised(head, tail, words, guard)
    acronym = tail.isupper() and len(tail) >= 2
    # `withHi`: a two-letter tail only when it is a common word
    capitalised = (
        tail[0].isupper() and tail[1:].islower() and (len(tail) >= 3 or words.frequency(tail) >= 4.0)
    )
    if not (acronym or capitalised):
        return None  # `theMcKinsey`-like mixtures are left to a human
    known = words.is_word(tail) or guard.is_name(tail) or words.frequency(tail) >= KNOWN_ZIPF
    if capitalised and not known:
        return None
    return Split(f"{head} {tail}", head in ("the", "of", "and"))


def _split_word_and_capitalised(head: str, tail: str, words: Lexicon, guard: GuardLike) -> Split | None:
    """`meetingAttendees` -> `meeting Attendees`: a common lower-case word glued to a common
    capitalised one (a sentence or a segment boundary lost its space). Short heads are left
    alone: `iPhone`, `eBay` and code names (`setTimeout`, `onClick`) start that way."""
    if len(head) < 4 or not (tail[0].isupper() and tail[1:].islower()):
        return None
    if not (_common(head, words) and _common(tail, words)) or guard.is_name(tail):
        return None
    return Split(f"{head} {tail}", False)


def _split_long_pair(token: str, words: Lexicon) -> Split | None:
    """`courtprocuratorate` -> `court procuratorate`: a long token never seen on the web that
    is exactly two words of four or more letters, both seen on the web and one of them a
    common dictionary word. The independence model of `_split_by_frequency` undervalues
    such pairs when one word is rare (an institution's name), so they get this second test;
    the split is unsafe."""
    if len(token) < LONG_PAIR_LENGTH or words.frequency(token) > 0.0:
        return None
    best: tuple[float, int] | None = None
    for cut in range(4, len(token) - 3):
        head, tail = token[:cut], token[cut:]
        if head in PREFIXES:
            return None  # `antiepidemic` is a prefixed word, solid or hyphenated, never two
        zipfs = words.frequency(head), words.frequency(tail)
        if min(zipfs) < PAIR_PART_ZIPF or sum(zipfs) < PAIR_TOTAL_ZIPF:
            continue
        if not any(
            words.is_word(part) and zipf >= PART_ZIPF for part, zipf in zip((head, tail), zipfs, strict=True)
        ):
            continue
        if best is None or sum(zipfs) > best[0]:
            best = (sum(zipfs), cut)
    if best is None:
        return None
    return Split(f"{token[: best[1]]} {token[best[1] :]}", False)


def _split_by_frequency(folded: str, original: str, words: Lexicon, margin: float) -> Split | None:
    """Best segmentation of `folded` into words, kept when it beats the token by `margin`."""
    best = segment(folded, words)
    if best is None:
        return None
    score, parts = best
    glued_zipf = words.frequency(folded)
    if score - (glued_zipf - 9.0) < margin:
        return None
    pieces, offset = [], 0
    for part in parts:
        pieces.append(original[offset : offset + len(part)])
        offset += len(part)
    safe = glued_zipf == 0.0 and score + 9.0 >= SAFE_MARGIN and original.islower()
    return Split(" ".join(pieces), safe)


def segment(folded: str, words: Lexicon) -> tuple[float, tuple[str, ...]] | None:
    """The most probable split of `folded` into 2..MAX_PARTS words: (log10 prob, parts)."""
    size = len(folded)
    best: list[tuple[float, tuple[str, ...]] | None] = [None] * (size + 1)
    best[0] = (0.0, ())
    for end in range(1, size + 1):
        for start in range(max(0, end - LONGEST_WORD), end):
            previous = best[start]
            if previous is None or len(previous[1]) >= MAX_PARTS:
                continue
            zipf = _part_zipf(folded[start:end], words, last=end == size)
            if zipf is None:
                continue
            candidate = (previous[0] + zipf - 9.0, (*previous[1], folded[start:end]))
            current = best[end]
            if current is None or candidate[0] > current[0]:
                best[end] = candidate
    result = best[size]
    return result if result is not None and len(result[1]) >= 2 else None


def _part_zipf(part: str, words: Lexicon, *, last: bool) -> float | None:
    """The Zipf value of a part that may stand alone in a split, else None."""
    if len(part) == 1:
        return words.frequency(part) if part == "a" and not last else None
    if len(part) == 2:
        return words.frequency(part) if part in TWO_LETTER_WORDS else None
    if not words.is_word(part):
        return None
    zipf = words.frequency(part)
    return zipf if zipf >= PART_ZIPF else None


def _label_matters(token: str) -> bool:
    """Only a capitalised word (`Addtime`) or two (`ClickTimes`) split differently as a
    field label."""
    return token[:1].isupper() and (token[1:].islower() or _TWO_CAPITALISED.fullmatch(token) is not None)


# Public: an equivalence test holds the fast path equal to it (tests use public names).
def is_label(text: str, end: int) -> bool:
    return text[end : end + 1] in (":", "：")


# Public: an equivalence test holds the fast path equal to it (tests use public names).
def used_on_purpose(token: str, split: Split, count: int, text: str) -> bool:
    """A lower-case token repeated (`count` times) in a document that never writes it apart
    is a term (`calltip`, `unittest`), not an accident; a glued date line repeats and is
    still split."""
    return token.isalpha() and count >= 2 and split.text not in text


# Public: an equivalence test holds the fast path equal to it (tests use public names).
def in_identifier(text: str, start: int, end: int) -> bool:
    """Code, handles, paths and dotted names: `getdoc()`, `os.readlink`, `#tag`, `a_b`."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    if any(char in _IDENTIFIER_NEIGHBOURS + "`" for char in (before[-1:], after[:1]) if char):
        return True
    if after[:1] == "(" or (after[:1] == "." and after[1:].islower()):
        return True
    return before[-1:] == "." and before[:1].isalnum() and text[start].islower()


def glued_words_check(resources: Resources) -> GluedWordsCheck:
    return GluedWordsCheck(resources)


def _examples() -> Iterator[BadExample]:
    yield BadExample(
        "The county carried out the principlesof prevention and control.",
        "The county carried out the principles of prevention and control.",
    )
    yield BadExample(
        "Volunteers worked alongwith medical staff in the isolation zone.",
        "Volunteers worked along with medical staff in the isolation zone.",
    )
    yield BadExample(
        "He congratulated thedeputy director on the new post.",
        "He congratulated the deputy director on the new post.",
    )
    yield BadExample(
        "Members studied the history of theCPC in depth.",
        "Members studied the history of the CPC in depth.",
    )
    yield BadExample(
        "12Editor2021-05-06from the county news centre",
        "12 Editor 2021-05-06 from the county news centre",
    )
    yield BadExample("Addtime: 2021-03-02", "Add time: 2021-03-02")
    yield BadExample("Author: admin ClickTimes: 35", "Author: admin Click Times: 35")
    yield BadExample("The bureauLeaders visited the ward.", "The bureau Leaders visited the ward.")
    yield BadExample("Wang Lihuaand Li Wei visited the ward.", "Wang Lihua and Li Wei visited the ward.")
    yield BadExample(
        "The county courtprocuratorate issued a joint notice.",
        "The county court procuratorate issued a joint notice.",
    )
    yield BadExample(
        "She worked alongside them, withHi and thanks.", "She worked alongside them, with Hi and thanks."
    )


_RULE = RuleInfo(
    id=RULE_ID,
    category="space.glued",
    severity=Severity.WARNING,
    applicability=Applicability.UNSAFE,
    description="Words or tokens run together with no space between them",
    doc=(
        "What it does: finds tokens that are not words but split into common words "
        "(`principlesof`, `theCPC`, `39Admin2020-08-21from`).\n"
        "Why it matters: copy-pasted machine translation often loses the spaces between words.\n"
        "Fix safety: safe when the token was never seen in web text and the split is at least "
        f"{SAFE_MARGIN:g} decades more probable, or where a date or a number meets a lower-case "
        "word; otherwise unsafe (a rare word or a name may look glued)."
    ),
    bad_examples=tuple(_examples()),
    good_examples=(
        "The Huicheng District government held a meeting in Zhongping Town.",
        "The WeChat account of the hospital published the COVID-19 figures at 3pm.",
        "The 5G base station, 10km from the county seat, opened on the 21st.",
        "Contact: hnszl_news@163.com or visit www.hunancancer.cn for details.",
        "The H1N1 and COVID19 vaccines were kept at 4C in Wuhan.",
        "She made slides in PowerPoint and sent them over WeChat from her iPhone.",
        "Teams from Holland and Poland joined the antiepidemic work.",
        "Call setTimeout in the script.",
    ),
    origin=__name__,
)
