"""Names checked against the source (`source-name-mismatch`, bilingual inputs only).

Why a programmatic check: the right name is derived, not listed. Each place of the source
(gazetteer) and each person the translation gives evidence of (surname + given name, read
with pypinyin) must appear in its pinyin form. When it does not, the check looks for what
stands in its place: the same letters cased or spaced wrongly (`ceheng`, `WeiJian`,
`lin xiaoling`), the words before the place's type (`Golden Sand County`, `Title-heng
County`), a word that keeps the name's last syllable (`Zhiheng`), or the surname rendered
by its meaning (`forest Xiaoling` for 林晓玲). The fix writes the source's name; it is safe
when the segment leaves one candidate, unsafe when several words could be the culprit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from mtfix.checks._base import ProgrammaticCheck
from mtfix.checks._source import Target, Word, example, name_key, runs, targets, written_as
from mtfix.context import CheckContext, Resources
from mtfix.lexicon import run_lexicon
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.names.glosses import english_forms
from mtfix.names.source import SourceName, given_name, person_candidates, source_name_index, source_places
from mtfix.text import strip_possessive

RULE = RuleInfo(
    id="source-name-mismatch",
    category="source.name",
    severity=Severity.ERROR,
    applicability=Applicability.SAFE,
    description="A name of the source is garbled, calqued or mis-cased in the translation",
    doc=(
        "## What it does\nOn bilingual inputs, checks that every place of the source (册亨县) "
        "and every person the translation names (林晓玲) appears in pinyin (`Ceheng County`, "
        "`Lin Xiaoling`).\n\n## Why it matters\nThe source settles what a garbled name "
        "should be; no monolingual check can be sure.\n\n## Fix safety\nSafe when the "
        "segment leaves one candidate; unsafe when several words could be the culprit."
    ),
    bad_examples=(
        BadExample(
            example("册亨县位于黔西南。", "Title-heng County is located in Qianxinan."),
            example("册亨县位于黔西南。", "Ceheng County is located in Qianxinan."),
        ),
        BadExample(
            example("林晓玲说，工作已经完成。", "Forest Xiaoling said the work was finished."),
            example("林晓玲说，工作已经完成。", "Lin Xiaoling said the work was finished."),
        ),
        BadExample(
            example("魏健发表讲话。", "WeiJian delivered a speech."),
            example("魏健发表讲话。", "Wei Jian delivered a speech."),
        ),
    ),
    good_examples=(
        example("册亨县位于黔西南。", "Ceheng County is located in Qianxinan."),
        example("林晓玲说，工作已经完成。", "Xiaoling Lin said the work was finished."),
        example("林业局召开会议。", "The forestry bureau held a meeting."),
    ),
    origin=__name__,
)

_READINGS = "source-names.given-name-readings"  # the run's memory: given name -> its pinyin
_FUNCTION_WORDS = frozenset(
    ("The", "A", "An", "In", "On", "At", "Of", "And", "For", "To", "From", "By", "With")
)


class SourceNameCheck(ProgrammaticCheck):
    RULES = (RULE,)

    def check(self, context: CheckContext) -> Iterator[Finding]:
        if not context.segments:
            return
        index = source_name_index(self.resources)
        is_word = run_lexicon(context).is_word
        reading = context.memo(_READINGS, given_name).of
        for target in targets(context):
            places = source_places(target.segment.source, index)
            words = target.words()
            candidates = list(person_candidates(target.segment.source, index, places, reading))
            people = _confirmed_people(target, words, candidates) if candidates else []
            missing = [
                name for name in (*places, *people) if not any(written_as(target.text, f) for f in name.forms)
            ]
            for name in missing:
                yield from _culprits(target, words, name, len(missing), [*places, *people], is_word)


def _confirmed_people(target: Target, words: list[Word], candidates: list[SourceName]) -> list[SourceName]:
    """Candidates the translation gives evidence of, longest first: their letters over two words
    (`lin xiaoling`), fused with an inner capital or hyphen (`WeiJian`, `Wei-jian`), or the
    given name of two syllables or more alone (`Xiaoling`). One plain word (`Wangcun`) is
    no evidence: that is how villages and towns are written."""
    confirmed: list[SourceName] = []
    taken: set[int] = set()
    keys = _evidence_keys(target, words)
    capitalised = {w.text for w in words if w.text[:1].isupper()}
    for candidate in candidates:
        if candidate.position in taken:
            continue
        full = name_key(candidate.written)
        given_evident = candidate.given in capitalised and len(name_key(candidate.given)) > 4
        if full in keys or given_evident or any(written_as(target.text, f) for f in candidate.forms):
            confirmed.append(candidate)
            taken.add(candidate.position)
    return confirmed


def _evidence_keys(target: Target, words: list[Word]) -> set[str]:
    """The letters of every run of two or more words, and of every fused word."""
    keys = set()
    for first, last in _word_runs(target, words):
        text = target.text[first.start - target.start : last.end - target.start]
        if first is not last or "-" in text or _camel(text):
            keys.add(name_key(text))
    return keys


def _camel(word: str) -> bool:
    """`WeiJian`: a capital inside the word (a fused person's name, not `Wangcun`)."""
    return any(ch.isupper() for ch in word[1:])


def _word_runs(target: Target, words: list[Word]) -> Iterator[tuple[Word, Word]]:
    for first, last in runs(words, target.text, target.start):
        yield words[first], words[last - 1]


def _culprits(
    target: Target,
    words: list[Word],
    name: SourceName,
    missing: int,
    names: list[SourceName],
    is_word: Callable[[str], bool],
) -> Iterator[Finding]:
    """Findings for the text standing where `name` should be (none if nothing is found)."""
    spans = _variants(target, words, name) or _stand_ins(target, words, name, names, is_word)
    safe = len(spans) == 1 and (missing == 1 or spans[0][2] == "variant")
    for start, end, _how, replacement in spans:
        found = target.text[start - target.start : end - target.start]
        yield RULE.finding(
            start,
            found,
            f"`{found}` stands for {name.chinese} in the source: write `{replacement}`",
            (replacement,),
            applicability=Applicability.SAFE if safe else Applicability.UNSAFE,
        )


def _variants(target: Target, words: list[Word], name: SourceName) -> list[tuple[int, int, str, str]]:
    """The name's own letters cased or spaced wrongly: `ceheng`, `WeiJian`, `lin xiaoling`."""
    wanted = name_key(name.written)
    found = []
    for first, last in _word_runs(target, words):
        text = target.text[first.start - target.start : last.end - target.start]
        if name_key(text) != wanted or text in name.forms:
            continue
        end, replacement = last.end, name.written
        after = target.text[end - target.start :]
        if name.type_word and after.startswith(" " + name.type_word.lower()):
            end, replacement = end + len(name.type_word) + 1, f"{name.written} {name.type_word}"
        found.append((first.start, end, "variant", replacement))
    return found


def _stand_ins(
    target: Target,
    words: list[Word],
    name: SourceName,
    names: list[SourceName],
    is_word: Callable[[str], bool],
) -> list[tuple[int, int, str, str]]:
    """Words standing where the name belongs: before its type word, keeping its last syllable
    (not an English word: `Along` does not stand for Anlong), or (people) the surname's
    meaning before the given name."""
    others = {form for other in names if other is not name for form in other.forms}
    found: list[tuple[int, int, str, str]] = []
    if name.kind == "person":
        for position, word in enumerate(words):
            if word.text == name.given and position and _reads_as(words[position - 1].text, name.calques):
                found.append((words[position - 1].start, word.end, "calque", name.written))
        return found
    for position, word in enumerate(words):
        if name.type_word and word.text.casefold() == name.type_word.casefold().split()[0]:
            first = position
            while first > 0 and position - first < 3 and _name_like(words[first - 1].text):
                first -= 1
            if first < position:
                text = target.text[words[first].start - target.start : words[position - 1].end - target.start]
                if text not in others:
                    found.append((words[first].start, words[position - 1].end, "type", name.written))
                continue
        folded = word.text.casefold()
        syllable = name.last_syllable
        if (
            syllable
            and word.text[:1].isupper()
            and folded.endswith(syllable)
            and len(name_key(word.text)) > len(syllable)
            and word.text not in others
            and not is_word(word.text)
            and not any(start <= word.start < end for start, end, _, _ in found)
        ):
            found.append((word.start, word.end, "syllable", name.written))
    unique = {(start, end): (start, end, how, replacement) for start, end, how, replacement in found}
    return list(unique.values())


def _name_like(word: str) -> bool:
    return word[:1].isupper() and word not in _FUNCTION_WORDS


def source_name_check(resources: Resources) -> SourceNameCheck:
    return SourceNameCheck(resources)


def _reads_as(word: str, calques: tuple[str, ...]) -> bool:
    """The word or its base form (`forests` -> forest, `Lin's` -> lin) is one of the surname's
    English readings."""
    return any(form in calques for form in english_forms(strip_possessive(word)))
