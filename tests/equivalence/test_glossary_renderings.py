"""Glossary renderings: found by anchors and whole runs, and compared with the lower-cased text
where an anchor occurs, exactly as the full pattern of them all finds them."""

from __future__ import annotations

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import context_of
from mtfix.checks.glossary_terms import Renderings, whole_runs
from mtfix.context import CheckContext, Resources
from mtfix.document import Document
from mtfix.names.glossary import GlossaryEntry, glossary

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
    anchored = list(renderings.spans(text, context.folded_text, context.words.distinct))
    assert anchored == [m.span() for m in renderings.full_pattern().finditer(text)]


def test_whole_runs_of_a_rendering() -> None:
    assert whole_runs("people's social bureau") == {"people", "s", "social", "bureau"}
    assert whole_runs("medical co-body") == {"medical", "co", "body"}
    assert whole_runs("caf\u00e9 bureau") == {"bureau"}  # `caf` is no whole run


# Renderings beyond ASCII after an ASCII first word (a user's glossary may hold them): there
# the renderings an anchor begins are matched by their own small pattern. `ΟΣ` lower-cases
# to `ος` (a final sigma), which the case-insensitive pattern still matches to `οσ`.
WIDE_TABLE = {
    "bureau café": GlossaryEntry("", "Bureau Cafe", ("bureau café",)),
    "cafe": GlossaryEntry("", "Cafe", ("cafe",)),
    "sigma οσ": GlossaryEntry("", "Sigma", ("sigma οσ",)),
    "sigma office": GlossaryEntry("", "Sigma Office", ("sigma office",)),
    "health's bureau": GlossaryEntry("", "Health Bureau", ("health's bureau",)),
    "healthy": GlossaryEntry("", "Healthy", ("healthy",)),
}
# One rendering that starts with no ASCII word: then no anchors, the full pattern scans.
UNANCHORED_TABLE = {**WIDE_TABLE, "café bureau": GlossaryEntry("", "Cafe Bureau", ("café bureau",))}
WIDE_PIECES = (
    *("café", "CAFÉ", "Cafe", "cafe", "bureau", "Bureau", "sigma", "SIGMA", "ΟΣ", "οσ", "ος", "office"),
    *("health", "Health", "healthy", "'s", "’s", " ", "  ", "-", "x", "\u0301", "\n", ".", "ſ"),
    # Whole renderings, so the scans are tried on hits as well as near misses.
    *("café bureau", "Bureau CAFÉ", "SIGMA ΟΣ", "sigma ος", "Health’s Bureau", "health's bureau"),
)
# Glued (`healthhealthy`) or apart (`health healthy`).
WIDE_TEXTS = st.lists(st.sampled_from(WIDE_PIECES), max_size=16).flatmap(
    lambda parts: st.sampled_from(["", " "]).map(lambda glue: glue.join(parts))
)


@settings(max_examples=400, deadline=None)
@given(WIDE_TEXTS, st.booleans())
def test_renderings_beyond_ascii_found_as_by_the_full_pattern(text: str, anchored_table: bool) -> None:
    renderings = Renderings(WIDE_TABLE if anchored_table else UNANCHORED_TABLE)
    assert (renderings.anchors is None) is not anchored_table
    context = CheckContext(Document(path="t.txt", text=text), Resources())
    anchored = list(renderings.spans(text, context.folded_text, context.words.distinct))
    assert anchored == [m.span() for m in renderings.full_pattern().finditer(text)]


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
    renderings = resources.load("names.glossary-renderings", lambda _: Renderings.of(glossary(resources)))
    context = context_of(text, resources)
    anchored = list(renderings.spans(text, context.folded_text, context.words.distinct))
    assert anchored == [m.span() for m in renderings.full_pattern().finditer(text)]
