"""The quiet-run presence memory answers as the plain run presence does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.names.pinyin import QuietRunPresence, RunPresence
from mtfix.verdicts import RunMemory


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sets(st.sampled_from(["anti", "Anti-epidemic", "co-op", "Wang's", "x", "self", "s"]))))
def test_quiet_run_presence_answers_as_run_presence(documents: list[set[str]]) -> None:
    wanted = {"anti", "co", "self", "s"}
    quiet, plain, memory = QuietRunPresence(wanted, "t"), RunPresence(wanted), RunMemory()
    for words in documents:
        assert quiet.present(memory, frozenset(words)) == plain.present(words)
