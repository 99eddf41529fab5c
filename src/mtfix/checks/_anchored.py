"""A case-insensitive scan for a few rare words (place suffixes, `flag`), tried only where one
of them occurs.

Why: `regex` tries a case-insensitive alternation such as `(?i:county|city|town)` at every
position of the text, which cost the name checks more than all they do with the few dozen
matches. `str.find` in the lower-cased text (`CheckContext.folded_text`, offset for offset)
finds where a word occurs at C speed; the pattern is then matched only there.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

import regex

from mtfix.text import find_starts, matches_at


def anchored_finditer(
    pattern: regex.Pattern[str],
    text: str,
    folded: str | None,
    anchors: Mapping[str, Sequence[str]],
) -> Iterator[regex.Match[str]]:
    """Exactly the matches of `pattern.finditer(text)`, when every match begins at an
    occurrence of a lower-case anchor in `folded`, or right before it with one of the
    anchor's given lower-case texts.

    `anchors` maps each anchor to those texts (`district` to "", `sub` and `sub-` for
    `district`, `subdistrict` and `sub-district`): a start is tried only where its text
    stands, so `district` alone is tried once, not three times. `folded` is the text
    lower-cased offset for offset, None when that cannot stand for case-insensitive
    matching (then the plain scan). The starts are tried as `text.matches_at` tries them:
    in order, each past the end of the previous match, as finditer resumes its search there
    (the patterns never match an empty string).
    """
    if folded is None:
        yield from pattern.finditer(text)
        return
    starts = (
        index - len(before)
        for anchor, befores in anchors.items()
        for index in find_starts(folded, anchor)
        for before in befores
        if index >= len(before) and folded.startswith(before, index - len(before))
    )
    yield from matches_at(pattern, text, starts)
