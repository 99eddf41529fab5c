"""One named body or campaign written two ways in a document (`name.variant`):
`China Health Tour` beside four `Healthy China Tour`s.

Why a programmatic check: a translation renders the same Chinese name differently from one
sentence to the next, moving words and changing their form (`China` / `Chinese`,
`Health` / `Healthy`). Grouping capitalised names whose words are the same up to word form
finds them; the form the document uses most is proposed for the rest.

Only groups where a word changes form are flagged: a pure reordering (`People's Government
of Huicheng District` / `Huicheng District People's Government`) is accepted English.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence

import regex

from mtfix.checks._base import ProgrammaticCheck
from mtfix.context import CheckContext, Resources
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.patterns import compiled
from mtfix.text import non_ascii

RULE_ID = "name-form-variant"
# Capitalised names of three or more parts (fewer hold fewer than _MIN_WORDS content words).
# No longer name starts inside a two-part one, so passing over those finds the same names.
# Public: an equivalence test holds the fast path equal to it (tests use public names).
_NAME_REST = r"[\p{L}'’-]*(?:\s+(?:(?:of|for|and|the)\s+)?\p{Lu}[\p{L}'’-]*){2,}(?![\p{L}'’-])"
NAME = compiled(r"(?<![\p{L}'’-])\p{Lu}" + _NAME_REST)
# `NAME` led by an ASCII capital. Why: `regex` skips to an ASCII class at C speed but tries
# `\p{Lu}` at every position; in a text with no other capital letter, both find the same
# names (`name_matches`). Public: an equivalence test holds the two scans equal.
ASCII_LED_NAME = compiled(r"(?<![\p{L}'’-])[A-Z]" + _NAME_REST)
# A capital letter, looked for among the text's characters beyond ASCII (`text.non_ascii`):
# where one (`Ü`, `Σ`) occurs, a name may begin with it.
_CAPITAL = compiled(r"\p{Lu}")
_LEADING = compiled(r"^(?:(?:The|A|An|In|On|At|By|For|From|To|With|And|As|This|That)\s+)+")
_CONNECTORS = frozenset({"of", "for", "and", "the"})
_MIN_WORDS = 3  # two-word names vary legitimately (`Health Bureau` / `Health Commission`)
_MIN_PREFIX = 4  # letters two forms of one word share (`Chin-a` / `Chin-ese`)
_MAX_ENDING = 2  # letters the shorter form may differ in at its end
MAX_NAMES = 200_000  # matched names remembered across documents before starting afresh

RULE = RuleInfo(
    id=RULE_ID,
    category="name.variant",
    severity=Severity.WARNING,
    applicability=Applicability.UNSAFE,
    description="A name written with the same words in another form than elsewhere in the document",
    doc=(
        "What it does: groups capitalised names of three or more words whose words match up to\n"
        "their form (`Healthy`/`Health`, `Chinese`/`China`) in any order, and flags the forms used\n"
        "less often than the main one.\n"
        "Why it matters: one campaign or foundation written two ways reads as two.\n"
        "Not flagged: names that differ only in word order, groups without a clear main form.\n"
        "Example: `China Health Tour` among `Healthy China Tour`s -> `Healthy China Tour`.\n"
        "Fix safety: unsafe: the main form is usually right but not always."
    ),
    bad_examples=(
        BadExample(
            "The Healthy China Tour came. The Healthy China Tour left. The China Health Tour ended.",
            "The Healthy China Tour came. The Healthy China Tour left. The Healthy China Tour ended.",
        ),
        BadExample(
            "Chinese Red Cross Foundation staff came. Chinese Red Cross Foundation donors paid. "
            "Red Cross Foundation of China praised them.",
            "Chinese Red Cross Foundation staff came. Chinese Red Cross Foundation donors paid. "
            "Chinese Red Cross Foundation praised them.",
        ),
    ),
    good_examples=(
        "The People's Government of Huicheng District and Huicheng District People's Government agree.",
        "The Hunan Health Commission and the Hunan Health Commission office met the Hunan Cancer Hospital.",
    ),
)


class NameFormVariantCheck(ProgrammaticCheck):
    RULES = (RULE,)

    # The run's memory of what each matched name reads as: where it starts past a leading
    # article or preposition, its spaced form ("" with too few content words), its content
    # words and their `prefix_key`. Most names recur, and matching is cheaper than parsing them.
    _PARSED = "name-form-variant.parsed"

    def check(self, context: CheckContext) -> Iterator[Finding]:
        if not context.is_enabled(RULE_ID):
            return
        text = context.document.text
        parsed = context.memo(self._PARSED, _parse, MAX_NAMES).of
        spans: dict[str, list[tuple[int, int]]] = {}
        words: dict[str, tuple[str, ...]] = {}
        keys: dict[str, tuple[str, ...]] = {}
        groups: dict[tuple[str, ...], list[str]] = {}
        for match in name_matches(text, context.non_ascii):
            offset, name, content, key = parsed(match.group(0))  # type: ignore[misc]
            if name:
                found = spans.get(name)
                if found is None:
                    found = spans[name] = []
                    words[name], keys[name] = content, key
                    groups.setdefault(key, []).append(name)
                found.append((match.start() + offset, match.end()))
        counts = Counter({name: len(found) for name, found in spans.items()})
        for name, count in counts.items():
            group = groups[keys[name]]
            if len(group) < 2:  # no other name to be a form of
                continue
            main = main_form(name, count, group, counts, words)
            if main is None:
                continue
            for start, end in spans[name]:
                yield Finding(
                    rule=RULE_ID,
                    category=RULE.category,
                    severity=RULE.severity,
                    start=start,
                    end=end,
                    text=text[start:end],
                    message=f"`{name}` is written `{main}` {counts[main]} times in this document",
                    replacements=(main,),
                    applicability=RULE.applicability,
                    source="checks",
                )


# Public: an equivalence test holds it equal to `NAME.finditer` (tests use public names).
def name_matches(text: str, chars: str | None = None) -> Iterator[regex.Match[str]]:
    """`NAME.finditer(text)`: by `ASCII_LED_NAME` when the text has no capital beyond ASCII
    (then every position where `NAME` can start holds an ASCII capital, where the two
    patterns are the same), else by `NAME` itself. `chars`: the text's non-ASCII characters,
    when the caller has them (`CheckContext.non_ascii`)."""
    chars = non_ascii(text) if chars is None else chars
    return (NAME if _CAPITAL.search(chars) else ASCII_LED_NAME).finditer(text)


def _parse(found: str) -> tuple[int, str, tuple[str, ...], tuple[str, ...]]:
    """Where a matched name starts past its leading words, and its spaced form, content words
    and their `prefix_key` if it has `_MIN_WORDS` content words ("" and nothing if not)."""
    lead = _LEADING.match(found)
    offset = lead.end() if lead else 0
    name = found[offset:]
    content = tuple(content_words(name))
    if len(content) < _MIN_WORDS:
        return offset, "", (), ()
    return offset, " ".join(name.split()), content, prefix_key(content)


# Public: an equivalence test holds the fast path equal to it (tests use public names).
def content_words(name: str) -> list[str]:
    return [word for word in name.split() if word.casefold() not in _CONNECTORS]


# Public: an equivalence test holds the fast path equal to it (tests use public names).
def prefix_key(words: Sequence[str]) -> tuple[str, ...]:
    """What names that `same_words` pairs share: their words' first letters, in any order.

    Two forms of one word agree in their first `_MIN_PREFIX` letters, so comparing only the
    names with the same key finds the same rivals without comparing every pair of names.
    """
    return tuple(sorted(word.casefold()[:_MIN_PREFIX] for word in words))


# Public: an equivalence test holds the fast path equal to it (tests use public names).
def main_form(
    name: str, count: int, group: list[str], counts: Counter[str], words: Mapping[str, Sequence[str]]
) -> str | None:
    """The clearly more frequent form of the same name with a word in another form, if any.

    `group` holds the names with the same `prefix_key`, in document order.
    """
    rivals = [
        other
        for other in group
        if other != name
        and counts[other] >= 2
        and counts[other] > count
        and same_words(words[name], words[other])
    ]
    if len(rivals) != 1:
        return None
    return rivals[0]


# Public: an equivalence test holds the fast path equal to it (tests use public names).
def same_words(first: Sequence[str], second: Sequence[str]) -> bool:
    """The same words up to form and order, with at least one word in another form."""
    if len(first) != len(second):
        return False
    remaining = [word.casefold() for word in second]
    changed = False
    for word in (w.casefold() for w in first):
        if word in remaining:
            remaining.remove(word)
            continue
        partner = next((other for other in remaining if _forms_of_one_word(word, other)), None)
        if partner is None:
            return False
        remaining.remove(partner)
        changed = True
    return changed


def _forms_of_one_word(first: str, second: str) -> bool:
    if _number_only(first, second) or _number_only(second, first):
        return False  # `Licenses` / `License`: both are right, and a fix would change the number
    shorter = min(len(first), len(second))
    prefix = 0
    while prefix < shorter and first[prefix] == second[prefix]:
        prefix += 1
    return prefix >= _MIN_PREFIX and prefix >= shorter - _MAX_ENDING


def _number_only(singular: str, plural: str) -> bool:
    """Is `plural` `singular` with an English plural ending (`-s`, `-es`, `-y` -> `-ies`)?"""
    if plural in (singular + "s", singular + "es"):
        return True
    return singular.endswith("y") and plural == singular[:-1] + "ies"


def name_form_variant_check(resources: Resources) -> NameFormVariantCheck:
    return NameFormVariantCheck(resources)
