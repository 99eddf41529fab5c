"""Glued words (`glued-words`): the word-index walk gives exactly what the plain scan it
replaces gives."""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import context_of, finding_summary
from mtfix.checks import glued_words
from mtfix.context import CheckContext, Resources
from mtfix.lexicon import lexicon
from mtfix.names.protection import word_guard

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
