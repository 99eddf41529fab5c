"""Full-width marks found per token, and by the shortcut alternation, are those of the full scan."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from equivalence.pieces import clause_texts as texts
from mtfix.checks import fullwidth
from mtfix.context import Resources
from mtfix.verdicts import Verdicts

MARK_PIECES = [
    "，", "。", "——", "—", "……", "…", "（", "）", "：", "Ａ", "ｚ", "《", "》", "a", "1", "中文",
    " ", "\u3000", "\u00a0", "\n", "x",
]  # fmt: skip


MARK_TEXTS = st.lists(st.sampled_from(MARK_PIECES), max_size=30).map("".join)


@settings(max_examples=600, deadline=None)
@given(MARK_TEXTS)
def test_fullwidth_marks_from_tokens_are_those_of_the_scan(text: str) -> None:
    check = fullwidth.FullwidthPunctuationCheck(Resources())
    memory = Verdicts(fullwidth.mark_characters)  # the run's memory of tokens' marks
    for _ in range(2):  # the second time from the remembered tokens
        positions = check.mark_positions(text, set(text.split()), memory)
        assert list(fullwidth.marks_at(text, positions)) == list(fullwidth.marks_from(text, 0))


@settings(max_examples=400, deadline=None)
@given(texts)
def test_fullwidth_marks_are_those_of_the_alternation(text):
    import re

    marks = [m for m in fullwidth.MARKS if len(m) == 1]
    alternation = re.compile("——|……|[" + "".join(map(re.escape, marks)) + "\uff01-\uff5e]")
    assert list(fullwidth.marks_from(text, 0)) == [match.span() for match in alternation.finditer(text)]
