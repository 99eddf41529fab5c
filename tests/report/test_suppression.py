"""Suppression comments in Markdown and HTML, and per-path ignores from the config file."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtfix.config import load_settings
from mtfix.context import Resources
from mtfix.document import Document
from mtfix.linter import Linter
from mtfix.suppression import parse_directive

RULES = {"doubled-comma", "space-after-comma"}


@pytest.fixture(scope="module")
def narrow(linter: Linter) -> Linter:
    return linter.restricted(RULES)


def lines_flagged(linter: Linter, text: str, path: str = "a.md") -> list[tuple[int, str]]:
    document = Document(text, path=path)
    return [(document.line_column(f.start)[0], f.rule) for f in linter.check(document).findings]


def test_disable_enable_block(narrow: Linter) -> None:
    text = (
        "First,,line.\n\n"
        "<!-- mtfix-disable -->\n\n"
        "Quiet,,line and quiet,comma.\n\n"
        "<!-- mtfix-enable -->\n\n"
        "Loud,,again.\n"
    )
    assert lines_flagged(narrow, text) == [(1, "doubled-comma"), (9, "doubled-comma")]


def test_disable_by_rule_category_and_family(narrow: Linter) -> None:
    base = "Quiet,,line and loud,comma.\n"
    for selector in ("doubled-comma", "punct.doubled"):
        text = f"<!-- mtfix-disable {selector} -->\n\n{base}"
        assert lines_flagged(narrow, text) == [(3, "space-after-comma")]
    text = f"<!-- mtfix-disable punct -->\n\n{base}"
    assert lines_flagged(narrow, text) == []
    text = f"<!-- mtfix-disable space-after-comma, doubled-comma -->\n\n{base}"
    assert lines_flagged(narrow, text) == []


def test_enable_one_rule_keeps_the_other_disabled(narrow: Linter) -> None:
    text = (
        "<!-- mtfix-disable doubled-comma,space-after-comma -->\n\n"
        "One,,two,three.\n\n"
        "<!-- mtfix-enable doubled-comma -->\n\n"
        "Four,,five,six.\n"
    )
    assert lines_flagged(narrow, text) == [(7, "doubled-comma")]


def test_disable_next_line(narrow: Linter) -> None:
    text = "<!-- mtfix-disable-next-line doubled-comma -->\nQuiet,,line,here.\nLoud,,line.\n"
    assert lines_flagged(narrow, text) == [(2, "space-after-comma"), (3, "doubled-comma")]


def test_html_comments_suppress(narrow: Linter) -> None:
    text = "<p>Loud,,one.</p>\n<!-- mtfix-disable-next-line -->\n<p>Quiet,,two.</p>\n<p>Loud,,three.</p>\n"
    assert lines_flagged(narrow, text, "a.html") == [(1, "doubled-comma"), (4, "doubled-comma")]


def test_other_comments_are_not_directives() -> None:
    assert parse_directive(" editor: check this ", 0, 10) is None
    assert parse_directive(" mtfix-disabled ", 0, 10) is None
    directive = parse_directive(" mtfix-disable a, b ", 0, 10)
    assert directive is not None and directive.selectors == ("a", "b")


def test_per_path_ignore_from_config(tmp_path: Path) -> None:
    config = tmp_path / "mtfix.toml"
    config.write_text(
        '[per-path-ignore]\n"drafts/*.md" = ["doubled-comma"]\n"*.html" = ["punct"]\n"legacy/**" = ["ALL"]\n',
        encoding="utf-8",
    )
    settings = load_settings(config).merged(select=tuple(RULES))
    linter = Linter(Resources(settings))
    text = "The county,,said,yes.\n"
    assert lines_flagged(linter, text, "drafts/a.md") == [(1, "space-after-comma")]
    assert lines_flagged(linter, text, "site/drafts/a.md") == [(1, "space-after-comma")]
    assert lines_flagged(linter, text, "news/a.md") == [(1, "doubled-comma"), (1, "space-after-comma")]
    assert lines_flagged(linter, "<p>The county,,said,yes.</p>", "news/a.html") == []
    assert lines_flagged(linter, text, "legacy/2019/a.md") == []


def test_plain_text_marker_lines(narrow: Linter) -> None:
    """Issue 17: plain text can carry suppressions too, on `# mtfix-...` marker lines."""
    text = (
        "The county said,,the road is open.\n"
        "# mtfix-disable-next-line doubled-comma\n"
        "The township said,,the bridge is open.\n"
        "# mtfix-disable punct.spacing\n"
        "The village said,it is ready,,too.\n"
        "# mtfix-enable\n"
        "The city said,it is ready.\n"
    )
    assert lines_flagged(narrow, text, path="a.txt") == [
        (1, "doubled-comma"),
        (5, "doubled-comma"),
        (7, "space-after-comma"),
    ]


def test_plain_text_marker_needs_its_own_line_and_markdown_headings_are_not_markers(narrow: Linter) -> None:
    inline = "The county said,,yes. # mtfix-disable\nThe city said,,yes.\n"
    assert [rule for _, rule in lines_flagged(narrow, inline, path="a.txt")] == ["doubled-comma"] * 2
    heading = "# mtfix-disable\n\nThe city said,,yes.\n"
    assert lines_flagged(narrow, heading, path="a.md") == [(3, "doubled-comma")]
