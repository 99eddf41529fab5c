"""Place suffixes and `flag` of the calque check: matched only where a suffix word occurs in the
lower-cased text, they are the matches of the plain scan of the whole text. (The township
check's suffixes are held to theirs through `named_townships`, test_township_scan.py.)"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.checks.meaning_calque import FLAG, SUFFIX, place_suffixes, written_flags
from mtfix.text import folded_text

# Every suffix in several cases, inside other words and after joiners, among blanks and the
# characters that fold onto ASCII letters unlike `str.lower`.
SUFFIX_PIECES = (
    *("county", "County", "COUNTY", "city", "City", "ethnicity", "cities", "town", "Town", "towns"),
    *("township", "Township", "downtown", "district", "District", "sub-district", "Sub-District"),
    *("subdistrict", "SUBDISTRICT", "sub", "Sub", "sub-", "banner", "Banner", "banners", "flag", "FLAG"),
    *("flags", "Yellow", "Plum", "the", "a", "s", "-", "--", "'", "’", " ", "  ", "\n", "\u00a0", ","),
    *(".", "1", "é", "中", "ſ", "\u0130", "\u212a", "Σ"),
)
texts = st.lists(st.sampled_from(SUFFIX_PIECES), max_size=24).flatmap(
    lambda parts: st.sampled_from(["", " "]).map(lambda glue: glue.join(parts))
)


def _spans(matches) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


@settings(max_examples=800, deadline=None)
@given(texts)
def test_suffixes_found_from_their_words_are_the_plain_scan(text: str) -> None:
    folded = folded_text(text)
    assert _spans(place_suffixes(text, folded)) == _spans(SUFFIX.finditer(text))
    assert _spans(written_flags(text, folded)) == _spans(FLAG.finditer(text))


def test_a_sub_district_starts_before_its_district() -> None:
    text = "Staff of Yellow Plum Sub-district and the subdistrict office, not -district."
    assert [match[0] for match in place_suffixes(text, folded_text(text))] == ["Sub-district", "subdistrict"]
