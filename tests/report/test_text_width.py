"""Text output fits the width it is given, with the caret under the span (issue 17)."""

from __future__ import annotations

import io
import unicodedata

import pytest

from helpers import run_cli
from mtfix.document import Document
from mtfix.models import Applicability, Finding, Severity
from mtfix.report.text import render_finding, write_text

LONG = (
    "Recently, the county government held a meeting on the rural revitalisation plan for the coming years,"
    "and the officials from each township reported on their progress in detail to the leaders present."
)


def cells(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def comma_finding(text: str, index: int) -> Finding:
    return Finding(
        "space-after-comma",
        "punct.spacing",
        Severity.WARNING,
        index,
        index + 1,
        ",",
        "Missing space",
        (", ",),
        Applicability.SAFE,
    )


def caret_target(rendered: str) -> str:
    """The characters of the context line above the carets."""
    _, context, carets, *_ = rendered.split("\n")
    start = carets.index("^")
    shown, column = "", 0
    for ch in context:
        if start <= column < start + carets.count("^"):
            shown += ch
        column += cells(ch)
    return shown


@pytest.mark.parametrize("width", [40, 60, 80, 120])
def test_context_line_fits_the_width_and_the_caret_points_at_the_span(width):
    document = Document(LONG + "\n", path="a.txt")
    index = LONG.index(",and")
    rendered = render_finding(document, comma_finding(LONG, index), colour=False, width=width)
    context = rendered.split("\n")[1]
    assert cells(context) <= width
    assert caret_target(rendered) == ","


def test_wide_characters_count_two_cells():
    line = "会议指出，" * 12 + "the county said,and left."
    document = Document(line + "\n", path="a.txt")
    index = line.index(",and")
    rendered = render_finding(document, comma_finding(line, index), colour=False, width=50)
    assert cells(rendered.split("\n")[1]) <= 50
    assert caret_target(rendered) == ","


def test_a_short_line_is_shown_whole():
    text = "The county said,and left.\n"
    rendered = render_finding(Document(text, path="a.txt"), comma_finding(text, 15), colour=False, width=80)
    assert rendered.split("\n")[1] == "    The county said,and left."


def test_colour_marks_span_caret_and_safe_fix():
    text = "The county said,and left.\n"
    out = io.StringIO()
    write_text(Document(text, path="a.txt"), [comma_finding(text, 15)], out, colour=True, width=80)
    assert "\033[33;1m,\033[0m" in out.getvalue()  # the span in the warning colour
    assert "\033[32m    fix: ', '\033[0m" in out.getvalue()


def test_columns_sets_the_width_of_the_command_line_output(tmp_path):
    draft = tmp_path / "a.txt"
    draft.write_text(LONG + "\n", encoding="utf-8")
    for columns in ("50", "100"):
        result = run_cli("check", "--select", "space-after-comma", str(draft), env={"COLUMNS": columns})
        context = result.stdout.decode().splitlines()[1]
        assert len(context) <= int(columns) and context.startswith("    …"), context


def test_a_coloured_diff_marks_removed_and_added_lines_only_when_asked():
    from mtfix.report.diff import write_diff

    document = Document("The county said,,yes.\n", path="a.txt")
    plain, coloured = io.StringIO(), io.StringIO()
    write_diff(plain, document, "The county said, yes.\n")
    write_diff(coloured, document, "The county said, yes.\n", colour=True)
    assert "\033[" not in plain.getvalue()
    assert "\033[31m-The county said,,yes.\033[0m\n" in coloured.getvalue()
    assert "\033[32m+The county said, yes.\033[0m\n" in coloured.getvalue()
