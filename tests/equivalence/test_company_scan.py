"""Company names (`tumed hotel co., LTD.`): the suffix tried only where the lower-cased text
holds `co.` is what the case-insensitive scan of the whole text finds."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from equivalence.pieces import NAME_PIECES
from mtfix.names.wholenames import COMPANY, company_matches

# The suffix in several cases and spacings, its parts alone, inside words, and letters that
# lower-case differently (`İ` grows, `ſ` folds to `s` only case-insensitively).
COMPANY_PIECES = (
    *NAME_PIECES,
    *("co.", "Co.", "CO.", "cO.", "co", ",", ", ", " ", "ltd", "LTD", "Ltd.", "limited", "Limited", "."),
    *("taco.", "co.,ltd", "co., ltd.", "-", "x", "İ", "ſ", "K", "tumed hotel ", "\n", "ltdx"),
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(COMPANY_PIECES), max_size=20).map("".join))
@example("Beds came from tumed hotel co., LTD. and huaxin CO.,Limited; taco. ltd, co.ltdx.")
@example("İ tumed co., ltd.")
def test_company_suffixes_found_at_co_are_the_plain_scan(text: str) -> None:
    assert [match.span() for match in company_matches(text)] == [
        match.span() for match in COMPANY.finditer(text)
    ]
