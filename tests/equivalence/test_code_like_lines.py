"""Code-like lines (`lowercase-line-start` leaves them alone): the `in` tests and anchored
match of `is_code_like` say what one search of the code-like pattern says."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.checks.line_start import CODE_LIKE, is_code_like

CODE_PIECES = (
    "def",
    "import",
    "cd",
    "pip",
    "define",
    "the",
    "county",
    " ",
    "\t",
    "=",
    "{",
    "}",
    "`",
    "$",
    "\\",
    "(",
    ")",
    ";",
    "x",
    "é",
    "_",
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(CODE_PIECES), max_size=12).map("".join))
def test_code_like_is_the_pattern_search(line: str) -> None:
    assert is_code_like(line) == (CODE_LIKE.search(line) is not None)


def test_prose_is_not_code_and_a_command_is() -> None:
    assert not is_code_like("the county hospital opened a new ward")
    assert is_code_like("  pip install mtfix")
    assert is_code_like("value = 3")
