"""Spelling: typos found through the word index and compounds tried only at their prefixes are
those of a walk over every token."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import context_of, finding_summary
from mtfix.checks import spelling
from mtfix.context import Resources
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


def assert_typos_as_a_walk(check: spelling.SpellingCheck, resources: Resources, text: str) -> None:
    """The typos found through the word index are those of a walk over every token."""
    context = context_of(text, resources)
    words, guard = lexicon(resources), word_guard(context)
    fast = check.typos(context, words, guard)
    walked = finding_summary(check.typos_scan(context_of(text, resources), words, guard))
    assert fast is None or finding_summary(fast) == walked


@SETTINGS
@given(TEXTS)
def test_typos_as_a_walk(checks, resources: Resources, text: str) -> None:
    assert_typos_as_a_walk(checks["spelling"], resources, text)


@SETTINGS
@given(TEXTS)
def test_compounds_tried_only_at_prefixes(checks, resources: Resources, text: str) -> None:
    context = context_of(text, resources)
    prefixes = checks["spelling"].PREFIXES.present(context.memory, context.words.distinct)
    anchored = [m.span() for m in spelling.compound_matches(text, context.folded_text, prefixes)]
    assert anchored == [m.span() for m in spelling.COMPOUND.finditer(text)]
