"""The fast scan of `untranslated-cjk` skips to characters a CJK run may start with; it
must never skip one (checked over all of Unicode)."""

from __future__ import annotations

import sys

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.checks.cjk_text import MAYBE_CJK, RUN, cjk_runs

# CJK of each script, CJK punctuation and the middle dot, what a run may hold inside (spaces,
# digits) and what ends it, with the quotes, dashes and spaces of English text around.
PIECES = (
    "会议", "中", "文", "版", "。", "，", "、", "\u3000", "·", "—", "…", "한국어", "カタカナ", "ひら", "２",
    "2", " ", "  ", "\n", "\r\n", "“", "”", "’", "é", "\u00a0", "The", "ok", ".", "-",
)  # fmt: skip


def test_every_cjk_character_is_in_the_fast_scan_ranges():
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    cjk = regex.findall(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]", every)
    assert len(cjk) > 100_000
    assert all(MAYBE_CJK.match(char) for char in cjk)


def test_runs_are_those_of_the_full_scan():
    text = "The county\u3000会议。“中文版” held 人民医院 2 号楼 talks，\r\n全体人员参加 ok"
    text += " 한국어 and カタカナ."
    assert [m.span() for m in cjk_runs(text)] == [m.span() for m in RUN.finditer(text)]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_runs_of_any_text_are_those_of_the_full_scan(text: str) -> None:
    assert [m.span() for m in cjk_runs(text)] == [m.span() for m in RUN.finditer(text)]
