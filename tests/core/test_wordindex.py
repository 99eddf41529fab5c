"""The shared word index: its words and located spans agree with a full walk."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mtfix.names.pinyin import tokens
from mtfix.wordindex import TokenWords, WordIndex

PIECES = [
    "Wang",
    "wang",
    "'s",
    "’s",
    "'S",
    "-",
    "'",
    "’",
    " ",
    "Xi",
    "an",
    "s",
    "a",
    "é",
    "3",
    ".",
    "\n",
    "Zhong",
]


def test_words_skip_possessives_and_keep_joined_names() -> None:
    index = WordIndex.of("Xi'an's mayor met Zhong-ping at Wang’s office; it's 9:30.")
    assert index.words == ("Xi'an", "mayor", "met", "Zhong-ping", "at", "Wang", "office", "it")


def test_locate_finds_whole_words_only() -> None:
    text = "Wang met Wangcheng and Xi'an's Wang-li; Wang's aide, WANG."
    spans = WordIndex.of(text).locate({"Wang", "an", "li"})
    assert [(s.start, s.text) for s in spans] == [(0, "Wang"), (40, "Wang")]


@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_locate_and_spans_agree_with_the_token_walk(text: str) -> None:
    index = WordIndex.of(text)
    walked = [(t.start, t.end, t.text) for t in tokens(text)]
    assert [(s.start, s.end, s.text) for s in index.spans()] == walked
    assert list(index.words) == [word for _, _, word in walked]
    assert [(s.start, s.end, s.text) for s in index.locate(index.distinct)] == walked


def test_context_shares_one_analysis_per_document() -> None:
    from mtfix.context import CheckContext, Resources
    from mtfix.document import Document

    context = CheckContext(Document(path="a.txt", text="Wang met Li."), Resources())
    built: list[int] = []

    def build(ctx: CheckContext) -> int:
        built.append(1)
        return len(ctx.words.words)

    assert context.shared("count", build) == 3
    assert context.shared("count", build) == 3
    assert built == [1]


def test_locate_reads_the_word_a_walk_reads() -> None:
    text = "'s's's-'s's"
    index = WordIndex.of(text)
    walked = [(t.start, t.end, t.text) for t in tokens(text)]
    assert [(s.start, s.end, s.text) for s in index.locate(index.distinct | {"s's"})] == walked


@given(st.lists(st.lists(st.sampled_from([*PIECES, "\u2003", "\t"]), max_size=20).map("".join), max_size=4))
def test_token_cache_gives_the_words_of_a_fresh_index(texts: list[str]) -> None:
    cache = TokenWords()
    for text in texts:
        cached, fresh = WordIndex.of(text, cache), WordIndex.of(text)
        assert cached.words == fresh.words
        assert cached.distinct == fresh.distinct == frozenset(fresh.words)


def test_token_cache_is_bounded(monkeypatch) -> None:
    import mtfix.wordindex as wordindex

    monkeypatch.setattr(wordindex, "MAX_CACHED_TOKENS", 3)
    cache = TokenWords()
    WordIndex.of("one two three", cache)
    assert WordIndex.of("four five", cache).words == ("four", "five")
    assert len(cache) <= 3


def test_protected_spans_from_the_index_tokens_equal_a_fresh_scan() -> None:
    from mtfix.protect import ProtectedSpans, token_span_memory

    text = "See www.gov.cn at 9:30 on 3.5 km, U.S. aid; e-mail a@b.cn.\\tNow."
    index = WordIndex.of(text, TokenWords())
    assert index.tokens == set(text.split())
    assert ProtectedSpans.find(text, token_span_memory(), index.tokens) == ProtectedSpans.find(text)


def test_an_index_keeps_its_words_when_a_later_document_resets_the_table(monkeypatch) -> None:
    import mtfix.wordindex as wordindex

    monkeypatch.setattr(wordindex, "MAX_CACHED_TOKENS", 3)
    table = TokenWords()
    first = WordIndex.of("one two, three", table)
    WordIndex.of("four five six seven", table)  # past the bound: new tables
    assert "one" not in table.words
    assert first.words == ("one", "two", "three")
    assert first.distinct == {"one", "two", "three"}
    assert first.counts == {"one": 1, "two": 1, "three": 1}
