"""Phrase variants: the main form found within prefix groups, and names of three parts, are
those of the all-pairs and any-length computations."""

from __future__ import annotations

from collections import Counter

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.checks import phrase_variants as pv

WORDS = (
    "China",
    "Chinese",
    "Health",
    "Healthy",
    "Healthier",
    "Tour",
    "Tours",
    "Red",
    "Cross",
    "Foundation",
    "Found",
    "of",
    "and",
    "Hunan",
    "Huna",
    "Bureau",
    "Bureaus",
    "Ba",
    "Bas",
    "ß",
    "SS",
)


def _all_pairs_main_form(
    name: str, count: int, counts: Counter[str], words: dict[str, list[str]]
) -> str | None:
    rivals = [
        other
        for other, other_count in counts.items()
        if other != name
        and other_count >= 2
        and other_count > count
        and pv.same_words(words[name], words[other])
    ]
    return rivals[0] if len(rivals) == 1 else None


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4), st.integers(1, 4)), max_size=14
    )
)
def test_main_form_within_prefix_groups_is_that_of_all_pairs(names: list[tuple[list[str], int]]) -> None:
    counts = Counter({" ".join(parts): n for parts, n in names})
    words = {name: pv.content_words(name) for name in counts}
    groups: dict[tuple[str, ...], list[str]] = {}
    for name in counts:
        groups.setdefault(pv.prefix_key(words[name]), []).append(name)
    for name, count in counts.items():
        grouped = pv.main_form(name, count, groups[pv.prefix_key(words[name])], counts, words)
        assert grouped == _all_pairs_main_form(name, count, counts, words)


NAME_PIECES = (
    "Healthy",
    "China",
    "Tour",
    "of",
    "the",
    "and",
    "A",
    "b",
    "The",
    "People's",
    "-",
    "'",
    "--",
    "é",
)


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(NAME_PIECES), st.sampled_from(("", " ", "  ", "\n", ", "))), max_size=16
    )
)
def test_names_of_three_parts_are_the_longer_names_of_any_length(pieces: list[tuple[str, str]]) -> None:
    from mtfix.checks.phrase_variants import NAME

    text = "".join(word + gap for word, gap in pieces)
    any_length = regex.compile(
        r"(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|the)\s+)?\p{Lu}[\p{L}'’-]*)+(?![\p{L}'’-])"
    )
    capitals = regex.compile(r"(?<![\p{L}'’-])\p{Lu}")
    longer = [m.span() for m in any_length.finditer(text) if len(capitals.findall(m.group())) >= 3]
    assert [m.span() for m in NAME.finditer(text)] == longer
