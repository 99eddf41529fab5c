"""Mid-sentence capitals: the defined terms found mark by mark are those of the one scan
for all quote marks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.checks.midsentence_capital import DEFINED, defined_terms

# Quote marks and apostrophes, capitalised and lower-case words, non-ASCII letters.
_PIECES = st.sampled_from(
    [
        '"',
        "“",
        "‘",
        "'",
        "”",
        "’",
        "Package",
        "Contribution",
        "Works",
        "ABc",
        "É",
        "é",
        "x",
        "s",
        " ",
        ",",
        "\n",
    ]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_defined_terms_are_those_of_the_one_scan(text: str) -> None:
    assert defined_terms(text) == {found.casefold() for found in DEFINED.findall(text)}


def test_terms_after_every_mark_are_found() -> None:
    text = "\"Contribution\" shall mean, “Package” refers to, ‘Works’ and the 'Licensor'"
    assert defined_terms(text) == {"contribution", "package", "works", "licensor"}
