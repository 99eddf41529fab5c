"""Property tests over hostile and machine-translation-like text (issue 9).

For any text: `check` never raises and reports spans that lie inside the text and match
it; JSONL line/column agree with an independent derivation; `fix` replays pass by pass
inside reported spans, is idempotent and leaves no safe fix behind. For any bytes:
decoding either gives a Document that encodes back to the same bytes or one clear error.
"""

from __future__ import annotations

import codecs

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from mtfix.document import Document, decode
from mtfix.errors import InputError
from robustness.robust_invariants import assert_pipeline_invariants, line_column

# Our own sentences in the style of machine-translated Chinese news, with typical artifacts.
FRAGMENTS = (
    "The county government held a symposium on Monday",
    "officials said the project will be completed before the end of the year",
    "According to the Municipal Health Commission,",
    "the WeiJian Committee inspected the work",
    "Title-heng County in guangxi",
    "the Zhuang Autonomous Region",
    "more than 1,000 villagers",
    "at 9:30 a.m. in the U.S.",
    "see www.example.gov.cn/news,2024 for details",
    "mail to press@example.com.cn",
    "grew by 3.5 percent",
    "“We will strengthen the work",
    '"carry out the spirit"',
    "the the meeting",
    "XiaoMing and LiHua",
    "村民们",
    "广西壮族自治区",
    "He said,the work",
    "leaders ,cadres",
    "farmers,,workers",
)
PUNCTUATION = (
    ",", ",,", ", ,", " ,", ".", "..", ". .", "!", "?", ";", ":", '"', "'", "“", "”", "‘", "’",
    "(", ")", "（", "）", "，", "。", "、", "：", "；", "！", " ", "  ", "\t", "\n", "\r\n", "\r",
    "\u3000", "\xa0",
)  # fmt: skip
HOSTILE = (
    "😀", "𠀀", "\U0001f1e8\U0001f1f3", "e\u0301", "\u0301", "\u0301\u0302", "שלום", "مرحبا",
    "\u202e", "\u200f", "\u200b", "\u200d", "\ufeff", "\x00", "\x07", "\x1b", "\x7f", "\x85",
    "\x0b", "\x0c", "\u2028", "\u2029", "\ufffd", "\U0010ffff", "\uffff", "İ", "ß", "ﬃ",
)  # fmt: skip

pieces = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(HOSTILE),
    st.text(max_size=12),
)
mt_like_text = st.lists(pieces, max_size=40).map("".join)
long_line = st.builds(lambda piece, count: piece * count, pieces, st.integers(50, 400))
any_text = st.one_of(mt_like_text, st.text(), long_line, st.lists(mt_like_text, max_size=4).map("\r\n".join))


@given(mt_like_text)
@example("")
@example("farmers,,workers ,, ,")
@example("a\r\n,,b\r,,c\n,,")
@example("😀,,𠀀,the e\u0301,,x")
@example("²")
def test_pipeline_invariants_on_machine_translation_like_text(linter, text):
    assert_pipeline_invariants(linter, text)


@given(any_text)
def test_pipeline_invariants_on_hostile_text(linter, text):
    assert_pipeline_invariants(linter, text)


@given(st.lists(st.sampled_from(["a", "\r", "\n", "\r\n", "😀", "\u2028", "\x85"]), max_size=30).map("".join))
def test_document_line_column_agrees_with_independent_derivation(text):
    document = Document(text)
    for offset in range(len(text) + 1):
        assert document.line_column(offset) == line_column(text, offset)


@given(st.binary(max_size=400), st.sampled_from([None, "utf-8", "gb18030", "gbk", "utf-16", "latin-1"]))
@example(codecs.BOM_UTF16_LE + b"x", None)
@example(b"\xef\xbb\xbf", None)
@example(b"\xff\xfe\x00", None)
def test_any_bytes_decode_to_exact_round_trip_or_one_input_error(data, encoding):
    try:
        document = decode(data, "in.txt", encoding)
    except InputError as error:
        assert str(error).startswith("in.txt: ")
        return
    assert document.encode() == data, "decoding then encoding must give back the same bytes"


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (b"", "utf-8"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
@given(text=mt_like_text)
def test_text_survives_encoding_and_decoding(bom, codec, text):
    data = bom + text.encode(codec)
    try:
        document = decode(data, "in.txt")
    except InputError as error:
        assert "binary" in str(error) or "invalid" in str(error)
        return
    assert document.encode() == data
    if bom:
        assert document.text == text


def test_lone_superscript_digit_does_not_crash_the_checks(linter):
    """Found by the long profile: glued-words raised IndexError on a lone '²' (now fixed)."""
    assert_pipeline_invariants(linter, "The park covers 5,000 m ² of land, ¼ of it ² woods.")
