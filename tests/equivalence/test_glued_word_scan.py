"""Glued words (`glued-words`): the per-token number scan, the non-ASCII space list and the
word-index walk give exactly what the plain scans they replace give."""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import context_of, finding_summary
from mtfix.checks import glued_words
from mtfix.context import CheckContext, Resources
from mtfix.lexicon import lexicon
from mtfix.names.protection import word_guard
from mtfix.verdicts import Verdicts

NUMBER_PIECES = [
    "2020", "-", "08", "/", ".", ":", "21", "from", "Admin", "39", "km", "²", "٣", "½", "Ⅻ", "年",
    "中文", "a", "Z", " ", "  ", "\n", "\t", "\u00a0", "\u3000", "\u2009", "\x1c", "_", "#", "é",
]  # fmt: skip


NUMBER_TEXTS = st.lists(st.sampled_from(NUMBER_PIECES), max_size=30).map("".join)


@settings(max_examples=600, deadline=None)
@given(NUMBER_TEXTS)
def test_glued_number_tokens_are_those_of_the_whole_text(text: str) -> None:
    check = glued_words.GluedWordsCheck(Resources())
    parts = Verdicts(glued_words.number_tokens_or_none)  # the run's memory of tokens' numbers
    assert check.number_tokens(text, set(text.split()), parts) == glued_words.number_tokens(text)
    assert check.number_tokens(text, set(text.split()), parts) == glued_words.number_tokens(text)  # cached


def test_non_ascii_spaces_are_those_of_str_split() -> None:
    spaces = "".join(chr(code) for code in range(0x80, 0x110000) if chr(code).isspace())
    assert set(glued_words.NON_ASCII_SPACES) == set(spaces)


PIECES = [
    "the", "The", "principlesof", "Principlesof", "alongwith", "theCPC", "ofChina", "Addtime", ":", "：",
    "39Admin2020-08-21from", "2020-08-21", "10km", "3pm", "H1N1", "km²", "1²2", "２０２１年", "presened",
    "Presened", "committe", "Hih-tech", "Hi-tech", "hi-tech", "anti", "Anti", "epidemic", "anti-epidemic",
    "self", "service", "self-service", "under", "co", "Huicheng", "huicheng", "Zhongping", "Xi'an", "Xi'an's",
    "Wang's", "’s", "WeiJian", "WeiJianWei", "Bureau", "bureau", "Health", "health", "and", "Wellness",
    "Commission", "People's", "people’s", "Social", "WeChat", "calltip", "getdoc(", "os.", "#", "_", "@",
    "-", "'", "’", ".", ". ", ",", " ", " ", " ", "\n", "\n\n", "(", "\"", "K", "ﬁle", "İ", "ſ", "中文",
    "www.example.com", "5", "a", "Releasetime", "Tang", "Nanzhuang", "Bureauof",
]  # fmt: skip


TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def glued_by_walk(context: CheckContext) -> list[tuple]:
    text = context.document.text
    words = lexicon(context.resources)
    guard = word_guard(context)
    matches = list(glued_words.TOKEN.finditer(text))
    counts = Counter(match.group() for match in matches)
    found = []
    for match in matches:
        start, end = match.span()
        token = match.group()
        split = glued_words.split_token(token, words, guard, label=glued_words.is_label(text, end))
        if split is None or glued_words.used_on_purpose(token, split, counts[token], text):
            continue
        if glued_words.in_identifier(text, start, end) or context.protected.overlaps(start, end):
            continue
        found.append(glued_words.token_finding(start, token, split))
    return finding_summary(found)


@SETTINGS
@given(TEXTS)
def test_glued_words_as_a_walk(checks, resources: Resources, text: str) -> None:
    assert finding_summary(checks["glued"].check(context_of(text, resources))) == glued_by_walk(
        context_of(text, resources)
    )
