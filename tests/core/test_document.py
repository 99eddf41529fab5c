"""Decoding and offsets: BOM dropped but kept for writing, newlines untouched, fast line lookup."""

from __future__ import annotations

import codecs

import pytest

from mtfix.document import Document, decode, detect_newline
from mtfix.errors import InputError


def test_utf8_bom_is_excluded_from_text_and_kept_for_writing():
    document = decode(codecs.BOM_UTF8 + b"Hello ,world\n", "a.txt")
    assert document.text == "Hello ,world\n"
    assert document.bom == codecs.BOM_UTF8
    assert document.encode() == codecs.BOM_UTF8 + b"Hello ,world\n"


def test_utf16_with_bom_round_trips():
    raw = codecs.BOM_UTF16_LE + "第一 line\r\nsecond\r\n".encode("utf-16-le")
    document = decode(raw, "a.txt")
    assert document.text == "第一 line\r\nsecond\r\n"
    assert document.newline == "\r\n"
    assert document.encode() == raw


def test_gb18030_is_detected_when_utf8_fails():
    raw = "卫健委 said the hospital,opened.".encode("gb18030")
    document = decode(raw, "gb.txt")
    assert document.encoding == "gb18030"
    assert document.text.startswith("卫健委")
    assert document.encode() == raw


def test_invalid_bytes_name_the_file_and_offset():
    with pytest.raises(InputError) as caught:
        decode(b"abc \xff\xfe\xfa\xfb more", "bad.txt", "utf-8")
    assert "bad.txt" in str(caught.value)
    assert "byte offset 4" in str(caught.value)


def test_binary_is_refused():
    with pytest.raises(InputError, match="binary"):
        decode(b"\x00\x01\x02\x03PNG" * 100, "image.png")


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [
        ("ab\ncd", 3, (2, 1)),
        ("ab\r\ncd", 4, (2, 1)),
        ("ab\rcd", 3, (2, 1)),
        ("ab\r\ncd", 2, (1, 3)),
        ("😀a\nb", 1, (1, 2)),
        ("", 0, (1, 1)),
        ("x\n", 2, (2, 1)),
    ],
)
def test_line_and_column_are_one_based_code_points(text, offset, expected):
    assert Document(text).line_column(offset) == expected


def test_line_text_strips_any_line_ending():
    document = Document("one\r\ntwo\rthree\nfour")
    assert [document.line_text(n) for n in (1, 2, 3, 4)] == ["one", "two", "three", "four"]


def test_detect_newline_prefers_the_dominant_style():
    assert detect_newline("a\r\nb\r\nc\n") == "\r\n"
    assert detect_newline("no newline") == "\n"
    assert detect_newline("a\rb\r") == "\r"


def test_a_cp1252_file_without_a_bom_is_not_read_as_gb18030() -> None:
    """Issue 18 item 14: accented letters before ASCII letters decode as rare isolated hanzi."""
    from mtfix.document import decode

    text = "The Qu\u00e9bec d\u00e9legation met the Pr\u00e9fet in Montr\u00e9al and the r\u00e9port.\n"
    document = decode(text.encode("cp1252"), "draft.txt")
    assert (document.encoding, document.text, document.guessed) == ("cp1252", text, True)
    assert document.encode() == text.encode("cp1252")


def test_real_gb18030_text_stays_gb18030() -> None:
    from mtfix.document import decode

    text = (
        "\u56fd\u52a1\u9662\u53d1\u5e03\u4e86\u65b0\u653f\u7b56\u3002 Li Wei (\u674e\u4f1f) said the plan.\n"
    )
    document = decode(text.encode("gb18030"), "draft.txt")
    assert (document.encoding, document.text) == ("gb18030", text)
