"""A run's verdict memory answers as judging every string afresh would, within its bound."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.verdicts import Remembered, RunMemory, Verdicts

WORDS = st.frozensets(st.sampled_from(["a", "bb", "ccc", "dd", "e", "ffff", "g"]), max_size=6)


def _judge(word: str) -> int | None:
    return len(word) if len(word) % 2 == 0 else None


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=6), st.integers(min_value=1, max_value=8))
def test_verdicts_equal_judging_afresh(documents, limit):
    memory: Verdicts[int] = Verdicts(_judge, limit)
    for words in documents:
        hits = memory.among(words)
        assert hits == {word for word in words if _judge(word) is not None}
        assert all(memory.verdicts[word] == _judge(word) for word in hits)


def test_each_string_is_judged_once_within_the_bound():
    judged: list[str] = []
    memory: Verdicts[bool] = Verdicts(lambda word: judged.append(word) or True)
    memory.among(frozenset({"a", "b"}))
    memory.among(frozenset({"b", "c"}))
    assert sorted(judged) == ["a", "b", "c"]
    assert len(memory) == 3 and "a" in memory


def test_past_the_bound_the_memory_starts_afresh():
    memory: Verdicts[bool] = Verdicts(lambda word: True, limit=2)
    memory.among(frozenset({"a", "b"}))
    assert memory.among(frozenset({"c", "d"})) == {"c", "d"}
    assert "a" not in memory and len(memory) == 2


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "bb", "ccc", "dd", "e"]), max_size=20),
    st.integers(min_value=1, max_value=4),
)
def test_one_key_at_a_time_equals_judging_afresh(words, limit):
    memory: Verdicts[int] = Verdicts(_judge, limit)
    for word in words:
        assert memory.of(word) == _judge(word)
        assert len(memory) <= limit


def test_a_run_memory_gives_the_same_memo_for_a_name():
    run = RunMemory()
    first = run.memo("lengths", _judge)
    assert run.memo("lengths", lambda word: None) is first  # the first judge serves the run
    assert run.memo("other", _judge) is not first and len(run) == 2
    assert first.among(frozenset({"bb", "e"})) == {"bb"}


def test_checks_read_verdicts_after_a_memory_starts_afresh_at_its_limit(linter):
    """A check asks `among` before reading `verdicts`: past its limit the memory starts a new
    table, and a table read first would lack the new verdicts (a KeyError)."""
    from mtfix.checks.fullwidth import FullwidthPunctuationCheck
    from mtfix.verdicts import Verdicts

    memory: Verdicts[frozenset[str]] = Verdicts(
        lambda token: frozenset("，") if "，" in token else None, limit=2
    )
    memory.among({"a，", "b，"})
    positions = FullwidthPunctuationCheck.mark_positions("c， d，", {"c，", "d，"}, memory)
    assert positions == [1, 4]


def test_remembered_judges_each_key_once_within_its_bound():
    asked: list[str] = []

    def judge(word: str) -> int:
        asked.append(word)
        return len(word)

    memory = Remembered(judge, limit=3)
    assert [memory[word] for word in ("a", "bb", "a", "ccc", "bb")] == [1, 2, 1, 3, 2]
    assert asked == ["a", "bb", "ccc"]
    assert memory["dddd"] == 4 and len(memory) == 1  # past its bound it started afresh
    assert memory["a"] == 1 and asked[-1] == "a"
