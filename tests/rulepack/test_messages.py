"""A message template read once formats exactly as the general `str.format_map` path."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.rulepack.messages import MessageTemplate, format_message

PATTERN = regex.compile(r"(?P<left>\w+)(,)?(?P<group2>\s*)(?P<right>\w+)?|(?P<tail>\.)")
TEXTS = ["the public,watched", "county  seat", ".", "Ceheng"]
PIECES = ["{match}", "{replacement}", "{1}", "{2}", "{3}", "{0}", "{01}", "{9}", "{left}", "{right}"]
PIECES += ["{tail}", "{group2}", "{group4}", "{nope}", "{{", "}}", "{{1}}", "{{{1}}}", "text ", "'", "{}"]
PIECES += ["{left!r}", "{left:>8}", "{left[0]}", "{match.__class__}", "{", "}", "{ match}", "{_x}", "\u4e2d"]


def _outcome(format_, *args):
    try:
        return format_(*args)
    except Exception as error:  # the same failure is the expected outcome
        return type(error)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=8), st.sampled_from(TEXTS), st.sampled_from(["", "fix"]))
def test_a_read_template_formats_as_the_general_path(pieces, text, replacement):
    template = "".join(pieces)
    match = PATTERN.search(text)
    assert _outcome(MessageTemplate(template).format, match, replacement) == _outcome(
        format_message, template, match, replacement
    )


@pytest.mark.parametrize(
    "template",
    ["Write {replacement} for {match}.", "{1} / {2} / {left} / {0} {{x}}", "No fields at all", "{left!r}"],
)
def test_examples_format_as_the_general_path(template):
    match = PATTERN.search("the public,watched")
    assert MessageTemplate(template).format(match, "r") == format_message(template, match, "r")
