"""The fast scan of `untranslated-cjk` skips to characters a CJK run may start with; it
must never skip one (checked over all of Unicode)."""

from __future__ import annotations

import sys

import regex

from mtfix.checks.cjk_text import MAYBE_CJK, RUN, cjk_runs


def test_every_cjk_character_is_in_the_fast_scan_ranges():
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    cjk = regex.findall(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]", every)
    assert len(cjk) > 100_000
    assert all(MAYBE_CJK.match(char) for char in cjk)


def test_runs_are_those_of_the_full_scan():
    text = "The county\u3000会议。“中文版” held 人民医院 2 号楼 talks，\r\n全体人员参加 ok"
    text += " 한국어 and カタカナ."
    assert [m.span() for m in cjk_runs(text)] == [m.span() for m in RUN.finditer(text)]
