"""Name-form variants: names of three capitalised parts, scanned from ASCII capitals when the
text has no capital beyond ASCII, are the names the scan from every capital finds."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from mtfix.checks.phrase_variants import ASCII_LED_NAME, NAME, name_matches

# Capitalised words (ASCII and beyond), lower-case words and letters beyond ASCII that run on
# into a word (`Healthé`, `éHunan`), connectors, apostrophes, hyphens and white space beyond
# ASCII between parts.
PIECES = (
    *("Healthy", "China", "Tour", "Red", "Cross", "Foundation", "Hunan", "People's", "People’s", "Ba"),
    *("Ürümqi", "Éva", "Σigma", "ǅemal", "of", "and", "the", "for", "tour", "é", "ß", "x", "中"),
    *(" ", " ", "  ", "\u00a0", "\n", "\u3000", "-", "'", "’", ".", ",", "1"),
)
TEXTS = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)
ASCII_CAPITAL_TEXTS = st.lists(
    st.sampled_from([piece for piece in PIECES if not any(c.isupper() and not c.isascii() for c in piece)]),
    max_size=24,
).map("".join)


def _spans(matches) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


@settings(max_examples=1000, deadline=None)
@given(TEXTS)
@example("Ürümqi Xinjiang Uygur Hospital and Red Cross Foundation")
@example("The Éva Red Cross met xHunan Health Tour.")
def test_name_matches_equal_the_full_scan(text: str) -> None:
    assert _spans(name_matches(text)) == _spans(NAME.finditer(text))


@settings(max_examples=1000, deadline=None)
@given(ASCII_CAPITAL_TEXTS)
@example("éHealthy China Tour of the Red\u00a0Cross")
def test_the_ascii_led_scan_equals_the_full_scan_without_wider_capitals(text: str) -> None:
    assert _spans(ASCII_LED_NAME.finditer(text)) == _spans(NAME.finditer(text))
