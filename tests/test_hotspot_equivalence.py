"""Fast paths of the name and glossary checks give what the full scans they replace give.

Each test states the plain algorithm (every pair of names, one `str.find` pass per anchor)
and compares it with the check's shortcut on generated text.
"""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.checks import phrase_variants as pv
from mtfix.checks.glossary_terms import _Renderings
from mtfix.names.glossary import glossary
from mtfix.rulepack.anchors import folded_text

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
        and pv._same_words(words[name], words[other])
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
    words = {name: pv._content_words(name) for name in counts}
    groups: dict[tuple[str, ...], list[str]] = {}
    for name in counts:
        groups.setdefault(pv._prefix_key(words[name]), []).append(name)
    for name, count in counts.items():
        grouped = pv._main_form(name, count, groups[pv._prefix_key(words[name])], counts, words)
        assert grouped == _all_pairs_main_form(name, count, counts, words)


GLOSSARY_PIECES = (
    "health",
    "Health",
    "and",
    "bureau",
    "Bureau",
    "planning",
    "commission",
    "medical",
    "people",
    "market",
    " ",
    "  ",
    "\n",
    ",",
    "s",
    "un",
    "'",
    "’",
    "family",
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(GLOSSARY_PIECES), max_size=30).map("".join))
def test_glossary_starts_are_those_of_one_find_pass_per_anchor(resources, text: str) -> None:
    renderings = _Renderings.of(glossary(resources))
    folded = folded_text(text)
    assert renderings.anchors is not None and folded is not None
    for first in renderings.anchors:
        expected = set()
        for anchor in renderings.anchors[first]:
            index = folded.find(anchor)
            while index >= 0:
                expected.add(index)
                index = folded.find(anchor, index + 1)
        search, found, starts = renderings._search(first), None, set()
        found = search(folded)
        while found is not None:
            starts.add(found.start())
            found = search(folded, found.start() + 1)
        assert starts == expected


def test_protected_token_cache_is_bounded_and_results_unchanged() -> None:
    from mtfix import protect

    cache = protect.token_span_memory(limit=2)
    text = "See www.example.com at 9:30, version 3.5 and U.S. rules on a.b.c tokens."
    uncached = protect.ProtectedSpans.find(text)
    for _ in range(3):
        assert protect.ProtectedSpans.find(text, cache) == uncached
        assert len(cache) <= len(set(text.split()))
    protect.ProtectedSpans.find("1.5 2.5 3.5 4.5", cache)
    assert "www.example.com" not in cache
