"""A run's memories asked about each document's distinct words (`RunWords`) judge only the
words the run meets for the first time while they have been asked about every document:
they answer what a memory asked with plain sets answers, whatever documents a check skips,
whatever single keys it asks about, and past the limits of the memory or the vocabulary."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.verdicts import RunWords, Verdicts, Vocabulary

_WORDS = st.sampled_from(["a", "bb", "ccc", "dddd", "Ee", "ff", "ggg", "hhhhh", "i", "jj"])
# Per document: its words, and per memory whether the check asks about them (or about one key).
_DOCUMENT = st.tuples(
    st.lists(_WORDS, max_size=6),
    st.lists(st.sampled_from(["among", "skip", "of", "twice", "among, then of"]), min_size=3, max_size=3),
)


def _judge(word: str) -> int | None:
    return len(word) if len(word) % 2 else None


@settings(max_examples=800, deadline=None)
@given(
    st.lists(_DOCUMENT, max_size=16),
    st.integers(2, 40),
    st.lists(st.integers(2, 8), min_size=3, max_size=3),
)
def test_memories_asked_with_run_words_answer_as_with_plain_sets(
    documents: list[tuple[list[str], list[str]]], vocabulary_limit: int, limits: list[int]
) -> None:
    vocabulary = Vocabulary(vocabulary_limit)
    fast = [Verdicts(_judge, limit) for limit in limits]
    plain = [Verdicts(_judge, limit) for limit in limits]
    for words, asks in documents:
        distinct = vocabulary.words(words)
        assert isinstance(distinct, RunWords)
        assert distinct == frozenset(words)
        for memory, reference, ask in zip(fast, plain, asks, strict=True):
            if ask == "skip":
                continue
            if ask == "of":
                for word in sorted(distinct)[:1]:
                    assert memory.of(word) == reference.of(word)
                continue
            for _ in range(2 if ask == "twice" else 1):
                held = memory.among(distinct)
                assert held == reference.among(frozenset(distinct))
                # What callers read next; what else each memory keeps may differ (when
                # each starts afresh: a fresh set may hold words already judged).
                assert {word: memory.verdicts[word] for word in held} == {
                    word: reference.verdicts[word] for word in held
                }
            if ask == "among, then of":  # a key of no document: the memory may start afresh
                assert memory.of(f"k{len(words)}") == reference.of(f"k{len(words)}")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.lists(_WORDS, max_size=6), st.booleans()), max_size=10))
def test_a_memory_fed_the_words_of_two_runs_answers_as_with_plain_sets(documents) -> None:
    """Each run numbers its documents from one: a memory given both runs' words must not
    take one run's document for a document it has seen."""
    runs = (Vocabulary(), Vocabulary())
    memory, reference = Verdicts(_judge), Verdicts(_judge)
    for words, second in documents:
        distinct = runs[second].words(words)
        assert memory.among(distinct) == reference.among(frozenset(distinct))
