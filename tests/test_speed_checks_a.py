"""The shortcuts of the glued-word, case, full-width, glossary and prefix scans give
exactly what the plain scans they replace give, on random texts built to hit their edges
(non-ASCII whitespace, numbers other than ASCII digits, capitals after a full stop,
doubled dashes, renderings in other cases and apostrophes)."""

from __future__ import annotations

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtfix.checks import fullwidth, glued_words, sentence_case
from mtfix.checks.glossary_terms import _Renderings, _whole_runs
from mtfix.checks.spelling import QuietRunPresence
from mtfix.context import CheckContext, Resources
from mtfix.document import Document
from mtfix.names.glossary import glossary
from mtfix.names.pinyin import RunPresence

SETTINGS = settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

NUMBER_PIECES = [
    "2020", "-", "08", "/", ".", ":", "21", "from", "Admin", "39", "km", "²", "٣", "½", "Ⅻ", "年",
    "中文", "a", "Z", " ", "  ", "\n", "\t", "\u00a0", "\u3000", "\u2009", "\x1c", "_", "#", "é",
]  # fmt: skip
NUMBER_TEXTS = st.lists(st.sampled_from(NUMBER_PIECES), max_size=30).map("".join)


@settings(max_examples=600, deadline=None)
@given(NUMBER_TEXTS)
def test_glued_number_tokens_are_those_of_the_whole_text(text: str) -> None:
    check = glued_words.GluedWordsCheck(Resources())
    assert check._number_tokens(text, set(text.split())) == glued_words._number_tokens(text)
    assert check._number_tokens(text, set(text.split())) == glued_words._number_tokens(text)  # cached


def test_non_ascii_spaces_are_those_of_str_split() -> None:
    spaces = "".join(chr(code) for code in range(0x80, 0x110000) if chr(code).isspace())
    assert set(glued_words._NON_ASCII_SPACES) == set(spaces)


CASE_PIECES = [
    "Huaguo", "Township", "of", "county", "Center", "Town", "ABc", "aB", "Éa", "x'", "’", "-", "well-known",
    " ", "  ", "\n", ".", '"', "“", "(", ")", "A", "b", "Z", "é", "É", "ß", "ª", "Ǆ", "ǅ", "1", "\u00a0",
    "Abcdefghijklm", "Abcdefghijkl", "in", "the",
]  # fmt: skip
CASE_TEXTS = st.lists(st.sampled_from(CASE_PIECES), max_size=40).flatmap(
    lambda parts: st.sampled_from(["", " "]).map(lambda glue: glue.join(parts))
)


@settings(max_examples=600, deadline=None)
@given(CASE_TEXTS)
def test_full_stops_before_other_letters_are_those_of_the_full_scan(text: str) -> None:
    expected = [
        match.span()
        for match in sentence_case._AFTER_FULL_STOP.finditer(text)
        if text[match.start("letter")] not in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    ]
    found = [match.span() for match in sentence_case._AFTER_FULL_STOP_NOT_ASCII_CAPITAL.finditer(text)]
    assert found == expected


MARK_PIECES = [
    "，", "。", "——", "—", "……", "…", "（", "）", "：", "Ａ", "ｚ", "《", "》", "a", "1", "中文",
    " ", "\u3000", "\u00a0", "\n", "x",
]  # fmt: skip
MARK_TEXTS = st.lists(st.sampled_from(MARK_PIECES), max_size=30).map("".join)


@settings(max_examples=600, deadline=None)
@given(MARK_TEXTS)
def test_fullwidth_marks_from_tokens_are_those_of_the_scan(text: str) -> None:
    check = fullwidth.FullwidthPunctuationCheck(Resources())
    for _ in range(2):  # the second time from the remembered tokens
        positions = check._mark_positions(text, set(text.split()))
        assert list(fullwidth._marks_at(text, positions)) == list(fullwidth._marks(text, 0))


@pytest.fixture(scope="module")
def renderings(resources: Resources) -> _Renderings:
    return _Renderings.of(glossary(resources))


def _rendering_pieces() -> list[str]:
    keys = sorted(_Renderings.of(glossary(Resources())).table)
    words = sorted({word for key in keys for word in regex.split(r"[ '\-]", key) if word})
    variants = [*keys, *(key.upper() for key in keys), *(key.title() for key in keys)]
    variants += [key.replace("'", "’") for key in keys if "'" in key]
    return [*variants, *words, " ", "-", "'", "’", "x", "é", "\n", ".", "s"]


GLOSSARY_TEXTS = st.lists(st.sampled_from(_rendering_pieces()), max_size=12).map("".join)


@SETTINGS
@given(GLOSSARY_TEXTS)
def test_glossary_renderings_found_as_by_the_full_pattern(renderings: _Renderings, text: str) -> None:
    context = CheckContext(Document(path="t.txt", text=text), Resources())
    anchored = [m.span() for m in renderings.finditer(text, context.folded_text, context.words.distinct)]
    assert anchored == [m.span() for m in renderings.pattern.finditer(text)]


def test_whole_runs_of_a_rendering() -> None:
    assert _whole_runs("people's social bureau") == {"people", "s", "social", "bureau"}
    assert _whole_runs("medical co-body") == {"medical", "co", "body"}
    assert _whole_runs("caf\u00e9 bureau") == {"bureau"}  # `caf` is no whole run


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sets(st.sampled_from(["anti", "Anti-epidemic", "co-op", "Wang's", "x", "self", "s"]))))
def test_quiet_run_presence_answers_as_run_presence(documents: list[set[str]]) -> None:
    wanted = {"anti", "co", "self", "s"}
    quiet, plain = QuietRunPresence(wanted), RunPresence(wanted)
    for words in documents:
        assert quiet.present(frozenset(words)) == plain.present(words)
