"""spelling: non-word typos (`presened` -> `presented`, `Hih-tech` -> `Hi-tech`) and compounds
split at their prefix (`anti epidemic` -> `anti-epidemic`).

Why a programmatic check: both need the lexicon and the document as a whole. Precision
comes first, because the text is full of names that no English dictionary lists:

- a word is a typo suspect only when the dictionary does not list it, web text has rarely
  seen it (Zipf < `NONWORD_ZIPF`), it occurs once in the document (a repeated unknown word is
  a term or a name), and the name protection service does not guard it (pinyin such as
  `Huicheng`, gazetteer places, brands, glossary terms, accepted words, names the document
  uses consistently);
- a capitalised word is considered only inside a hyphenated compound of dictionary words
  (`Hih-tech`): elsewhere, even at a sentence start (`Cansino said`), a capitalised
  unknown word is almost always a name;
- a correction must be one edit away (delete, insert, replace or swap one letter), a
  dictionary word at Zipf >= `CANDIDATE_ZIPF`, and far more common than the suspect.
  Candidates the document itself uses (`Hi-tech` elsewhere in the draft) rank first.

A split compound is flagged when its hyphenated form appears elsewhere in the document, or
when the prefix is one that cannot stand alone (`anti`, `inter`, `multi`, ...).
Every fix is unsafe: the right word can only be confirmed by a reader.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial

import regex

from mtfix.checks._base import ProgrammaticCheck
from mtfix.context import CheckContext, Resources
from mtfix.lexicon import Lexicon, run_lexicon
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.names.pinyin import QuietRunPresence
from mtfix.names.protection import GuardLike, WordGuard, decide, word_guard
from mtfix.patterns import compiled
from mtfix.text import find_starts, matches_at
from mtfix.verdicts import Verdicts, judged_by_caller

TYPO_RULE = "misspelled-word"
COMPOUND_RULE = "split-compound"
NONWORD_ZIPF = 2.0  # rarer than this in web text, and not in the dictionary: a suspect
CANDIDATE_ZIPF = 3.0  # a correction must be at least this common
MIN_GAIN = 2.0  # ... and this many decades more common than the suspect
MIN_LENGTH = 5  # shorter words are abbreviations and codes more often than typos
MIN_PIECE_LENGTH = 3  # a piece of a hyphenated compound (`Hih` in `Hih-tech`)
MAX_SUGGESTIONS = 3
# Neighbours on a QWERTY keyboard: a replaced letter is a typo only when the keys touch.
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")

# Prefixes that do not stand alone in English: `anti epidemic` is a split `anti-epidemic`.
BOUND_PREFIXES = frozenset(("anti", "inter", "intra", "multi", "semi", "non", "pre", "pseudo", "socio"))
# Prefixes that are also words (`post office`): flagged only when the document hyphenates.
FREE_PREFIXES = frozenset(
    ("post", "self", "cross", "co", "super", "sub", "over", "under", "counter", "mid", "ultra", "extra")
)

_APOSTROPHES = compiled(r"['’]")
MAX_VERDICTS = 200_000  # distinct tokens remembered across documents before starting afresh
_WORD = compiled(r"(?<![\p{L}\p{N}_@#/\\.-])\p{L}+(?:-\p{L}+)*(?![\p{L}\p{N}_@/\\]|-\p{L}|\.\p{L})")
# Public: an equivalence test holds the fast path equal to it (tests use public names).
COMPOUND = compiled(
    r"(?<![\p{L}\p{N}-])(?P<prefix>(?i:" + "|".join(sorted(BOUND_PREFIXES | FREE_PREFIXES)) + r"))"
    r" (?P<stem>\p{Ll}{3,})(?![\p{L}\p{N}-])"
)


class SpellingCheck(ProgrammaticCheck):
    """Typos one edit away from a common word, and compounds split at their prefix.

    Whether a token holds a typo, and its possible corrections, depend on the token alone
    (and on the guard's answers): decided once per distinct token for the whole run; only
    suspects are counted and looked up in the text, through the lower-cased text.
    """

    # The run's memories (`context.memo`): token -> (suspects, tokens the guard refused);
    # word -> (open segments, unusual letters), for the words with either (the others, most
    # words, add nothing to `typos` in any document and are passed over in C).
    _SUSPECTS = "spelling.suspects"
    _SEGMENTS = "spelling.open-segments"
    # Public: an equivalence test holds the fast path equal to it (tests use public names).
    PREFIXES = QuietRunPresence(BOUND_PREFIXES | FREE_PREFIXES, "spelling.prefix-runs")

    def rules(self) -> Sequence[RuleInfo]:
        return (_TYPO, _COMPOUND_INFO)  # declared below, with their examples

    def check(self, context: CheckContext) -> Iterable[Finding]:
        words = run_lexicon(context)
        if context.is_enabled(TYPO_RULE):
            guard = word_guard(context)
            typos = self.typos(context, words, guard)
            yield from typos if typos is not None else self.typos_scan(context, words, guard)
        if context.is_enabled(COMPOUND_RULE):
            yield from self._split_compounds(context, words)

    # Public: an equivalence test holds the fast path equal to it (tests use public names).
    def typos(self, context: CheckContext, words: Lexicon, guard: WordGuard) -> list[Finding] | None:
        """The typos, or None when the lower-cased text cannot stand for case-folded tokens."""
        text = context.document.text
        folded = context.folded_text
        if folded is None:
            return None
        memory: _SuspectMemory = context.memo(self._SUSPECTS, judged_by_caller, MAX_VERDICTS)
        segments_memo: Verdicts[tuple[tuple[str, ...], bool]] = context.memo(
            self._SEGMENTS, judged_by_caller, MAX_VERDICTS
        )
        tokens: set[str] = set()
        open_words = segments_memo.among(
            context.words.distinct, partial(_open_segments, memory, words, guard)
        )
        segments_of = segments_memo.verdicts
        for word in open_words:
            segments, unusual = segments_of[word]
            if unusual:
                return None
            tokens.update(segments)
        found = []
        for token in tokens:
            suspects = _suspects_of(memory, token, words, guard)
            if not suspects:
                continue
            key = token.casefold()
            if not key.isascii():
                return None
            starts = _folded_starts(text, folded, key)
            if len(starts) != 1 or not text.startswith(token, starts[0]):
                continue  # repeated (a term or a name), or another case of a repeated token
            start = starts[0]
            if context.protected.overlaps(start, start + len(token)):
                continue
            pieces = token.split("-")

            def attested(whole: str) -> bool:
                return bool(_folded_starts(text, folded, whole))

            for offset, index, candidates in suspects:
                piece = pieces[index]
                suggestions = _ranked(piece, pieces, index, candidates, words, attested)
                found.append(_typo_finding(start + offset, piece, suggestions))
        found.sort(key=lambda finding: finding.start)
        return found

    # Public: an equivalence test holds the fast path equal to it (tests use public names).
    def typos_scan(self, context: CheckContext, words: Lexicon, guard: WordGuard) -> Iterator[Finding]:
        """The typos found by a walk over every token (texts whose case folding is unusual)."""
        text = context.document.text
        memory: _SuspectMemory = context.memo(self._SUSPECTS, judged_by_caller, MAX_VERDICTS)
        matches = list(_WORD.finditer(text))
        counts = Counter(match.group().casefold() for match in matches)
        for match in matches:
            token = match.group()
            if counts[token.casefold()] > 1 or context.protected.overlaps(match.start(), match.end()):
                continue
            pieces = token.split("-")
            for offset, index, candidates in _suspects_of(memory, token, words, guard):
                piece = pieces[index]
                suggestions = _ranked(piece, pieces, index, candidates, words, counts.__contains__)
                yield _typo_finding(match.start() + offset, piece, suggestions)

    def _split_compounds(self, context: CheckContext, words: Lexicon) -> Iterator[Finding]:
        text = context.document.text
        folded = None
        prefixes = self.PREFIXES.present(context.memory, context.words.distinct)
        for match in compound_matches(text, context.folded_text, prefixes):
            prefix, stem = match.group("prefix"), match.group("stem")
            if context.protected.overlaps(match.start(), match.end()) or not words.is_word(stem):
                continue
            hyphenated = f"{prefix}-{stem}"
            folded = text.casefold() if folded is None else folded
            attested = hyphenated.casefold() in folded
            if not attested and prefix.casefold() not in BOUND_PREFIXES:
                continue
            if not attested and words.frequency(stem) >= 6.0:
                continue  # `non the`, `anti and pro`: a function word after the prefix
            closed = f"{prefix}{stem}"
            replacement = closed if not attested and words.is_word(closed) else hyphenated
            message = f"compound split at its prefix: write {replacement!r}"
            yield _COMPOUND_INFO.finding(match.start(), match.group(), message, (replacement,))


_SuspectMemory = Verdicts[tuple[tuple["_Suspect", ...], tuple[str, ...]]]


def _suspects_of(
    memory: _SuspectMemory, token: str, words: Lexicon, guard: WordGuard
) -> tuple[_Suspect, ...]:
    return decide(memory, token, lambda names: _suspects(token, words, names), guard)


def _open_segments(
    memory: _SuspectMemory, words: Lexicon, guard: WordGuard, word: str
) -> tuple[tuple[str, ...], bool] | None:
    """The tokens of `word` (split at apostrophes) that may hold a typo in some document,
    and whether `word` has a letter that case-folds to ASCII (`K` the Kelvin sign, `ﬁ`):
    then a token that folds to an ASCII word may be spelled with other letters. None for
    neither (most words)."""
    open_segments = []
    for segment in _APOSTROPHES.split(word):
        if known_pieces(segment, words):
            continue  # no typo, settled before the guard is asked, in every document (most words)
        _suspects_of(memory, segment, words, guard)
        verdict, refused = memory.verdicts[segment]
        if verdict or refused:
            open_segments.append(segment)
    unusual = not word.isascii() and any(not char.isascii() and char.casefold().isascii() for char in word)
    return (tuple(open_segments), unusual) if open_segments or unusual else None


# Public: an equivalence test holds `_open_segments`'s shortcut to it.
def known_pieces(token: str, words: Lexicon) -> bool:
    """Every piece of `token` (`Hih-tech`: `Hih`, `tech`) a dictionary word or common on the
    web: `_is_suspect` says no to each before asking any guard, so the token holds no typo."""
    return all(words.is_word(piece) or words.frequency(piece) >= NONWORD_ZIPF for piece in token.split("-"))


def _is_suspect(piece: str, words: Lexicon, guard: GuardLike, *, compound: bool) -> bool:
    """A non-word that may be a typo rather than a name, a code or a rare word."""
    if len(piece) < (MIN_PIECE_LENGTH if compound else MIN_LENGTH) or not piece.isascii():
        return False
    lower = piece.islower()
    capitalised = piece[0].isupper() and piece[1:].islower()
    if not (lower or (capitalised and compound)):
        return False  # even at a sentence start, a capitalised unknown word is mostly a name
    if words.is_word(piece) or words.frequency(piece) >= NONWORD_ZIPF or words.is_derived(piece):
        return False
    return not guard.is_name(piece)


_Suspect = tuple[int, int, tuple[str, ...]]  # offset in the token, piece index, corrections


def _suspects(token: str, words: Lexicon, guard: GuardLike) -> tuple[_Suspect, ...]:
    """The pieces of `token` (`Hih-tech`: `Hih`, `tech`) that are typos with corrections."""
    pieces = token.split("-")
    found = []
    offset = 0
    for index, piece in enumerate(pieces):
        others = pieces[:index] + pieces[index + 1 :]
        compound = len(pieces) > 1 and all(words.is_word(other) for other in others)
        if _is_suspect(piece, words, guard, compound=compound):
            candidates = _candidates(piece, words)
            if candidates:
                found.append((offset, index, candidates))
        offset += len(piece) + 1
    return tuple(found)


def _candidates(piece: str, words: Lexicon) -> tuple[str, ...]:
    """Dictionary words one edit from `piece`, common enough to suggest (in no order)."""
    folded = piece.casefold()
    floor = max(CANDIDATE_ZIPF, words.frequency(folded) + MIN_GAIN)
    return tuple({c for c in edits(folded) if words.is_word(c) and words.frequency(c) >= floor})


def _ranked(
    piece: str,
    pieces: list[str],
    index: int,
    candidates: tuple[str, ...],
    words: Lexicon,
    in_document: Callable[[str], bool],
) -> tuple[str, ...]:
    """The best corrections, in the case of `piece`: those the document uses (as the whole
    token, case-folded: `in_document`) first, then the most common."""

    def attested(candidate: str) -> bool:
        whole = "-".join([*pieces[:index], candidate, *pieces[index + 1 :]]).casefold()
        return in_document(whole) if len(pieces) > 1 else in_document(candidate)

    ranked = sorted(candidates, key=lambda c: (not attested(c), -words.frequency(c), c))
    return tuple(_in_case_of(piece, c) for c in ranked[:MAX_SUGGESTIONS])


def _folded_starts(text: str, folded: str, key: str) -> list[int]:
    """Where a token of `_WORD` that case-folds to `key` (ASCII) starts; `folded` is the text
    lower-cased offset for offset, whose words hold no letter that folds onto ASCII (so a
    token that folds to `key` is `key` in some case)."""
    starts = []
    for index in find_starts(folded, key):
        match = _WORD.match(text, index)
        if match is not None and match.group().casefold() == key:
            starts.append(index)
    return starts


# Public: an equivalence test holds the fast path equal to it (tests use public names).
def compound_matches(text: str, folded: str | None, prefixes: Iterable[str]) -> Iterator[regex.Match[str]]:
    """The matches of `COMPOUND.finditer(text)`, tried only where one of `prefixes` (those
    the document holds as words) and a space begin in `folded` (the text lower-cased offset
    for offset) when there is one."""
    if folded is None:
        yield from COMPOUND.finditer(text)
        return
    starts: set[int] = set()
    for prefix in prefixes:
        starts.update(find_starts(folded, f"{prefix} "))
    yield from matches_at(COMPOUND, text, starts)


# Public: its test calls it directly (tests use public names only).
def edits(word: str) -> Iterator[str]:
    """Strings one typing slip away from `word`: a letter dropped or doubled, two letters
    swapped, or one key hit for its neighbour (`prepended` is not `pretended`)."""
    for cut in range(len(word) + 1):
        head, tail = word[:cut], word[cut:]
        if tail:
            yield head + tail[1:]
        if len(tail) > 1:
            yield head + tail[1] + tail[0] + tail[2:]
        for letter in _ALPHABET:
            yield head + letter + tail
        if tail:
            for letter in _NEIGHBOURS.get(tail[0], ""):
                yield head + letter + tail[1:]


def _keyboard_neighbours() -> dict[str, str]:
    """Keys that touch: same row left and right, the row above at the same and next
    column, the row below at the previous and same column (rows are staggered)."""
    neighbours: dict[str, str] = {}
    for row_index, row in enumerate(_KEY_ROWS):
        for column, key in enumerate(row):
            near = {(row_index, column - 1), (row_index, column + 1)}
            near |= {(row_index - 1, column), (row_index - 1, column + 1)}
            near |= {(row_index + 1, column - 1), (row_index + 1, column)}
            neighbours[key] = "".join(
                _KEY_ROWS[r][c]
                for r, c in sorted(near)
                if 0 <= r < len(_KEY_ROWS) and 0 <= c < len(_KEY_ROWS[r])
            )
    return neighbours


_ALPHABET = "".join(_KEY_ROWS)
_NEIGHBOURS = _keyboard_neighbours()


def _in_case_of(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _typo_finding(start: int, piece: str, suggestions: tuple[str, ...]) -> Finding:
    message = f"not a word: {piece!r}; did you mean {' or '.join(repr(s) for s in suggestions)}?"
    return _TYPO.finding(start, piece, message, suggestions)


def spelling_check(resources: Resources) -> SpellingCheck:
    return SpellingCheck(resources)


_TYPO = RuleInfo(
    id=TYPO_RULE,
    category="spelling",
    severity=Severity.WARNING,
    applicability=Applicability.UNSAFE,
    description="A word that is not in the dictionary but is one letter away from a common word",
    doc=(
        "What it does: flags a non-word one edit (a letter deleted, inserted, replaced or two "
        "swapped) from a common dictionary word, and suggests it.\n"
        "Why it matters: typos survive machine translation and copy editing alike.\n"
        "Fix safety: unsafe; names are protected (pinyin, gazetteer, brands, accepted words), "
        "but only a reader can confirm which word was meant."
    ),
    bad_examples=(
        BadExample(
            "The hospital presened awards to twenty nurses.",
            "The hospital presented awards to twenty nurses.",
        ),
        BadExample(
            "The committe studied the plan for rural roads.",
            "The committee studied the plan for rural roads.",
        ),
        BadExample(
            "Hih-tech firms met in the park; Hi-tech Zone leaders spoke.",
            "Hi-tech firms met in the park; Hi-tech Zone leaders spoke.",
        ),
    ),
    good_examples=(
        "Director Huicheng of Zhongping Town inspected the Qianxinan project.",
        "The WeChat account of Sinovac reported the data at 9:30 in Guangzhou.",
        "The calltip setting is stored in the config; the calltip appears later.",
    ),
    origin=__name__,
)

_COMPOUND_INFO = RuleInfo(
    id=COMPOUND_RULE,
    category="spelling",
    severity=Severity.WARNING,
    applicability=Applicability.UNSAFE,
    description="A compound split at its prefix (`anti epidemic` for `anti-epidemic`)",
    doc=(
        "What it does: flags a prefix written apart from its stem when the document hyphenates "
        "the same compound elsewhere, or when the prefix cannot stand alone (`anti`, `inter`, "
        "`multi`, `non`, ...).\n"
        "Why it matters: machine translation often drops the hyphen of a prefixed compound.\n"
        "Fix safety: unsafe; the closed form is suggested when the dictionary lists it."
    ),
    bad_examples=(
        BadExample(
            "The anti epidemic team joined other anti-epidemic workers.",
            "The anti-epidemic team joined other anti-epidemic workers.",
        ),
        BadExample(
            "The county improved inter hospital transfers of patients.",
            "The county improved inter-hospital transfers of patients.",
        ),
        BadExample(
            "The self service machines and other self-service points opened.",
            "The self-service machines and other self-service points opened.",
        ),
    ),
    good_examples=(
        "The post office in the county seat reopened after the epidemic.",
        "The anti-epidemic materials reached the multi-purpose hall.",
        "He said the anti and pro camps met in the cross border zone.",
    ),
    origin=__name__,
)
