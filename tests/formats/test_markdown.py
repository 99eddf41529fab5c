"""Markdown: prose is checked, markup is not, and fixes leave the markup byte-identical."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtfix.document import Document
from mtfix.fixer import fix_document
from mtfix.formats import format_for, prose_view
from mtfix.linter import Linter

DATA = Path(__file__).parents[1] / "data" / "formats"
RULES = {"doubled-comma", "space-after-comma"}
# (line, rule) of every artifact written into the prose of article.md.
EXPECTED = {
    (6, "doubled-comma"),
    (8, "space-after-comma"),
    (9, "doubled-comma"),
    (9, "space-after-comma"),
    (10, "doubled-comma"),
    (13, "space-after-comma"),
    (15, "doubled-comma"),
    (16, "space-after-comma"),
    (20, "space-after-comma"),
}


@pytest.fixture(scope="module")
def narrow(linter: Linter) -> Linter:
    return linter.restricted(RULES)


def article() -> Document:
    path = DATA / "article.md"
    return Document(path.read_text(encoding="utf-8"), path=str(path))


def test_every_prose_artifact_found_and_no_trap(narrow: Linter) -> None:
    document = article()
    findings = narrow.check(document).findings
    assert {(document.line_column(f.start)[0], f.rule) for f in findings} == EXPECTED
    assert len(findings) == len(EXPECTED)
    for finding in findings:
        assert document.text[finding.start : finding.end] == finding.text


def test_fix_changes_prose_only_and_keeps_markup_byte_identical(narrow: Linter) -> None:
    document = article()
    result = fix_document(document, narrow)
    fixed = document.with_text(result.text)
    assert prose_view(fixed).markup_runs() == prose_view(document).markup_runs()
    assert narrow.check(fixed).findings == []
    for trap in (
        "poverty,,relief",
        "notice,,2021.html",
        "`update,,roads`",
        "map,,1.png",
        "log,,line one",
        "indented,,code",
        "hall,,office",
        'title="a,,b"',
        "note,,to editor",
    ):
        assert trap in result.text
    assert "[the full notice, here](https://example.gov.cn/notice,,2021.html)" in result.text
    assert "The *new plan*, covers **twelve townships**, and" in result.text


def test_view_reads_as_rendered_prose() -> None:
    view = prose_view(Document("A [link](u) and **bold**, `code` \\*star\\* &amp; end.\n", path="a.md"))
    assert view is not None
    assert view.text == "A link and bold, \ufffc *star* & end.\n"


def test_code_that_opens_a_line_still_shows(linter: Linter) -> None:
    """`` `parse()` returns`` starts with code, not with the word after it (issue 18)."""
    text = "The module has one function.\n\n`parse()` returns a list.\n\n* `;` separates items\n"
    view = prose_view(Document(text, path="a.md"))
    assert view is not None
    assert "\n\ufffc returns a list." in view.text and "\n\ufffc separates items" in view.text
    assert linter.check(Document(text, path="a.md")).findings == []


def test_front_matter_toml_and_crlf() -> None:
    text = "+++\ntitle = 'a,,b'\n+++\r\n\r\nThe county,,said.\r\nNext,line here.\r\n"
    view = prose_view(Document(text, path="a.md"))
    assert view is not None
    assert "a,,b" not in view.text
    assert "The county,,said." in view.text and "Next,line here." in view.text


def test_crlf_offsets_map_back(narrow: Linter) -> None:
    document = Document("# Title\r\n\r\nThe public,watched.\r\n> Quote,,here.\r\n", path="a.md")
    findings = narrow.check(document).findings
    assert [(f.text, document.line_column(f.start)) for f in findings] == [(",", (3, 11)), (",,", (4, 8))]


def test_unmatched_emphasis_marker_stays_prose() -> None:
    view = prose_view(Document("Rates rose 2 * 3 times, snake_case stays.\n", path="a.md"))
    assert view is not None
    assert view.text == "Rates rose 2 * 3 times, snake_case stays.\n"


def test_insertion_next_to_invisible_markup_is_not_fixed(narrow: Linter) -> None:
    document = Document("The county,**Ceheng** said.\n", path="a.md")
    (finding,) = narrow.check(document).findings
    assert finding.rule == "space-after-comma" and not finding.fixable
    assert fix_document(document, narrow).text == document.text


@pytest.mark.parametrize(
    ("path", "requested", "expected"),
    [
        ("a.md", "auto", "markdown"),
        ("A.MARKDOWN", "auto", "markdown"),
        ("a.htm", "auto", "html"),
        ("a.txt", "auto", "text"),
        ("<stdin>", "auto", "text"),
        ("a.txt", "markdown", "markdown"),
    ],
)
def test_format_selection(path: str, requested: str, expected: str) -> None:
    assert format_for(path, requested) == expected


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("a.md", "Use **?** or *!* here to mark the open question.\n"),
        ("a.html", "<p>Press <kbd>?</kbd> to open the help of the county office.</p>\n"),
    ],
)
def test_a_deletion_next_to_markup_is_flag_only(linter: Linter, path: str, text: str) -> None:
    """Issue 18 item 2: deleting the space before `**?**` or `<kbd>?` changes how it renders."""
    narrow = linter.restricted({"space-before-exclamation-or-question-mark"})
    document = Document(text, path=path)
    found = narrow.check(document).findings
    assert found and all(not finding.fixable for finding in found)
    assert fix_document(document, narrow).text == text


def test_markdown_nested_thirty_levels_deep_is_checked(linter: Linter) -> None:
    """Issue 18 item 13: beyond about 20 levels markdown-it stopped and the prose went unchecked."""
    narrow = linter.restricted({"doubled-comma"})
    text = "> " * 30 + "The county officials,, said the plan.\n\n" + "- " * 30 + "The villagers,, agreed.\n"
    result = narrow.check(Document(text, path="deep.md"))
    assert [finding.text for finding in result.findings] == [",,", ",,"]
    assert result.problems == []


def test_markdown_nested_past_the_limit_says_what_was_not_checked(linter: Linter) -> None:
    narrow = linter.restricted({"doubled-comma"})
    result = narrow.check(Document("> " * 150 + "The county officials,, said.\n", path="deeper.md"))
    assert result.problems == [
        "deeper.md: Markdown nested deeper than 100 levels; the deeper part not checked"
    ]
