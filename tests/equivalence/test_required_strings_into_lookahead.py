"""Required strings run on into a positive lookahead (`-(?=the )` needs `-the `): a text
lacking all of them has no match, and a rule gated on them gives the plain scan."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import engine_spans, plain_spans, probe_rule
from mtfix.rulepack.required import required_strings_in
from mtfix.rulepack.structure import read

PATTERNS = {
    r"-(?<=\p{Ll}{2}-)(?=(?:the|we|it)[ \u00a0]\p{Ll})": {
        "-the ",
        "-the\u00a0",
        "-we ",
        "-we\u00a0",
        "-it ",
        "-it\u00a0",
    },
    r"\b(?:talk|wait)(?=[ ]+\w)": {"talk ", "wait "},
    r"\b(?:talk|wait)(?:ed|ing)?(?=[ ]+\w)": {"talk", "wait"},  # an optional part ends the run
    r"(?i)\bpay(?=s?[ ]+attention)": {" attention"},  # longer than `pay`
    r"x(?=(?i:ab)c)": {"xabc"},
    r"(?:in|at)(?= (?:the|a) \w)(?! a b)": {"in the ", "in a ", "at the ", "at a "},
}

PIECES = [*" \u00a0\n-.x", "the", "The", "we", "it", "ab", "AB", "c", "in", "at", "a", "b", "talk", "talked"]
PIECES += ["wait", "waiting", "Pay", "pay", "s", "attention", "ATTENTION", "k", "well"]
PIECES += ["ab-the x", "we-it\u00a0b", "talk x", "waiting  k", "PAYS attention", "xABc", "at a b", "in the k"]


@pytest.mark.parametrize(("pattern", "expected"), PATTERNS.items())
def test_required_strings_run_on_into_a_lookahead(pattern, expected):
    found = required_strings_in(read(pattern))  # type: ignore[arg-type]
    assert found is not None and found[0] == frozenset(expected)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_a_text_lacking_every_required_string_has_no_match(pieces):
    text = "".join(pieces)
    for pattern in PATTERNS:
        strings, folded = required_strings_in(read(pattern))  # type: ignore[misc]
        searched = text.lower() if folded else text
        if regex.search(pattern, text):
            assert any(string in searched for string in strings), pattern
        rule = probe_rule(pattern)
        assert engine_spans(rule, text) == plain_spans(rule, text), pattern
