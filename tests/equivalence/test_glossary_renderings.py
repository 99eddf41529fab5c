"""Glossary renderings: found by anchors and whole runs exactly as the full pattern finds them,
and the check tried only at renderings gives the findings of a plain scan."""

from __future__ import annotations

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import context_of
from mtfix.checks.glossary_terms import Renderings, whole_runs
from mtfix.context import CheckContext, Resources
from mtfix.document import Document
from mtfix.names.glossary import glossary
from mtfix.text import folded_text

SETTINGS = settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def renderings(resources: Resources) -> Renderings:
    return Renderings.of(glossary(resources))


def _rendering_pieces() -> list[str]:
    keys = sorted(Renderings.of(glossary(Resources())).table)
    words = sorted({word for key in keys for word in regex.split(r"[ '\-]", key) if word})
    variants = [*keys, *(key.upper() for key in keys), *(key.title() for key in keys)]
    variants += [key.replace("'", "’") for key in keys if "'" in key]
    return [*variants, *words, " ", "-", "'", "’", "x", "é", "\n", ".", "s"]


GLOSSARY_TEXTS = st.lists(st.sampled_from(_rendering_pieces()), max_size=12).map("".join)


@SETTINGS
@given(GLOSSARY_TEXTS)
def test_glossary_renderings_found_as_by_the_full_pattern(renderings: Renderings, text: str) -> None:
    context = CheckContext(Document(path="t.txt", text=text), Resources())
    anchored = [m.span() for m in renderings.finditer(text, context.folded_text, context.words.distinct)]
    assert anchored == [m.span() for m in renderings.pattern.finditer(text)]


def test_whole_runs_of_a_rendering() -> None:
    assert whole_runs("people's social bureau") == {"people", "s", "social", "bureau"}
    assert whole_runs("medical co-body") == {"medical", "co", "body"}
    assert whole_runs("caf\u00e9 bureau") == {"bureau"}  # `caf` is no whole run


GLOSSARY_PIECES = (
    "health",
    "Health",
    "and",
    "bureau",
    "Bureau",
    "planning",
    "commission",
    "medical",
    "people",
    "market",
    " ",
    "  ",
    "\n",
    ",",
    "s",
    "un",
    "'",
    "’",
    "family",
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(GLOSSARY_PIECES), max_size=30).map("".join))
def test_glossary_starts_are_those_of_one_find_pass_per_anchor(resources, text: str) -> None:
    renderings = Renderings.of(glossary(resources))
    folded = folded_text(text)
    assert renderings.anchors is not None and folded is not None
    for first in renderings.anchors:
        expected = set()
        for anchor in renderings.anchors[first]:
            index = folded.find(anchor)
            while index >= 0:
                expected.add(index)
                index = folded.find(anchor, index + 1)
        search, found, starts = renderings.search(first), None, set()
        found = search(folded)
        while found is not None:
            starts.add(found.start())
            found = search(folded, found.start() + 1)
        assert starts == expected


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


WALK_SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@WALK_SETTINGS
@given(TEXTS)
def test_glossary_tried_only_at_renderings(resources: Resources, text: str) -> None:
    renderings = resources.load("names.glossary-pattern", lambda _: Renderings.of(glossary(resources)))
    context = context_of(text, resources)
    anchored = [m.span() for m in renderings.finditer(text, context.folded_text, context.words.distinct)]
    assert anchored == [m.span() for m in renderings.pattern.finditer(text)]
