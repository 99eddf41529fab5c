"""The fast protected-span scan (only candidate tokens) finds exactly what a full scan finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtfix.protect import PROTECTED, ProtectedSpans, candidate_tokens, token_span_memory

TECHNICAL = """
Visit www.example.gov.cn/news, (https://example.org/a?b=1) or “mp.weixin.qq.com”.
Write to service@example.gov.cn;mailto:office@example.cn or tel:+86-10-1234.
The server at localhost:8080 and example.com:443/api answered at 9:30 on 2023-05-20.
It grew 3.5% to 1,000,000 yuan (v2.1.3), ratio 3:2, IP 192.168.0.1, at 10.30am.
The U.S. and the U.K. sent a Ph.D. and an M.Sc. holder; e.g. see plan-v2.1.pdf, report.docx.
Use java.util.List or os.path.join&nbsp;here &amp; there &#169; &#x4e2d;.
河长制www.河.cn 3.5公里 Ph.D。U.S.，end.with.dots...
\tTabs\tand\nnew.lines\r\nand a.b
"""


def full_scan(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.lastgroup or "") for m in PROTECTED.finditer(text)]


def test_same_spans_on_technical_text():
    found = list(ProtectedSpans.find(TECHNICAL))
    assert found == full_scan(TECHNICAL)
    assert {kind for _, _, kind in found} >= {"url", "email", "domain", "number", "abbreviation", "file"}


def test_plain_words_are_not_candidates():
    assert candidate_tokens("The county held a meeting, and everyone agreed.") == []
    assert candidate_tokens("plan,the 3 a.b") == [(0, 8), (9, 10), (11, 14)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ9._-@:/&;,!? \n\t“”\"'()#%wxcnomh河。，")), max_size=80))
def test_same_spans_on_random_text(text):
    assert list(ProtectedSpans.find(text)) == full_scan(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([*TECHNICAL.split(), "and", "the", ",", ".", "\n"]), max_size=30))
def test_same_spans_on_shuffled_tokens(tokens):
    text = " ".join(tokens)
    assert list(ProtectedSpans.find(text)) == full_scan(text)


def test_split_only_whitespace_is_exactly_what_str_split_and_regex_disagree_on():
    import sys

    import regex

    from mtfix.protect import SPLIT_ONLY_SPACE

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    by_regex = set(regex.findall(r"\s", every))
    by_split = {ch for ch in every if ch.isspace()}
    assert by_regex <= by_split
    assert sorted(by_split - by_regex) == sorted(SPLIT_ONLY_SPACE)


# Tokens near the shortcuts of the per-token scan, and two unusual whitespace characters.
TRICKY_TOKENS = ["said,", "2023.", "plan,the", "x.cn,", "tel:", "www.", "a1.b", "\x1c", "\u3000"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from([*TECHNICAL.split(), *TRICKY_TOKENS]),
        max_size=30,
    ),
    st.sampled_from([" ", "\n", "\u00a0", "\t", "\u2028"]),
)
def test_same_spans_with_a_token_cache_across_texts(tokens, space):
    cache = token_span_memory()
    for text in (space.join(tokens), space.join(reversed(tokens)) + space):
        assert list(ProtectedSpans.find(text, cache)) == full_scan(text)


def test_a_text_dense_with_technical_tokens_takes_the_token_scan():
    text = " ".join(f"{n}.{n % 7}" for n in range(500)) + " and U.S. visits."
    assert list(ProtectedSpans.find(text)) == full_scan(text)


def test_protected_token_cache_is_bounded_and_results_unchanged() -> None:
    from mtfix import protect

    cache = protect.token_span_memory(limit=2)
    text = "See www.example.com at 9:30, version 3.5 and U.S. rules on a.b.c tokens."
    uncached = protect.ProtectedSpans.find(text)
    for _ in range(3):
        assert protect.ProtectedSpans.find(text, cache) == uncached
        assert len(cache) <= len(set(text.split()))
    protect.ProtectedSpans.find("1.5 2.5 3.5 4.5", cache)
    assert "www.example.com" not in cache
