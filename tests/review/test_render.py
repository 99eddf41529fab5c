"""What a reviewer sees: the inline diff narrowed to the change, context, labels, colour."""

from __future__ import annotations

import io

from rich.console import Console

from mtfix.document import Document
from mtfix.models import Applicability, Finding, Severity
from mtfix.review.render import diff_text, inline_diff, suggestion_view, visible
from mtfix.review.session import Suggestion

TEXT = "Reporters learned that the county government,which was set up in 1950, held a meeting on Monday."


def test_only_the_changed_part_is_marked_and_a_few_words_frame_it():
    start = TEXT.index(",which")
    diff = inline_diff(TEXT, start, start + 1, ", ")
    assert (diff.old, diff.new) == ("", " ")
    assert diff.before == "…learned that the county government,"
    assert diff.after == "which was set up in…"
    assert (
        diff_text(diff, colour=False).plain == "…learned that the county government,{+␣+}which was set up in…"
    )


def test_a_replacement_shows_old_struck_and_new_added():
    start = TEXT.index("Monday")
    diff = inline_diff(TEXT, start, start + 6, "Tuesday")
    assert diff_text(diff, colour=False).plain == "…held a meeting on [-Monday-]{+Tuesday+}."


def test_context_stops_at_the_line_end():
    text = "First line ends here.\nSecond,,line."
    start = text.index(",,")
    diff = inline_diff(text, start, start + 2, ",")
    assert diff.before == "Second,"
    assert diff.after == "line."


def test_whitespace_only_changes_are_drawn_visibly():
    assert visible(" ") == "␣"
    assert visible("\u3000") == "□"
    assert visible("a b") == "a b"


def test_colour_uses_strike_and_green_and_no_markers():
    start = TEXT.index("Monday")
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, color_system="standard", width=200)
    console.print(diff_text(inline_diff(TEXT, start, start + 6, "Tuesday"), colour=True))
    rendered = out.getvalue()
    assert ("\x1b[" in rendered and ";9" in rendered) or "\x1b[9" in rendered  # strike-through
    assert "[-" not in rendered and "{+" not in rendered


def test_the_view_labels_unsafe_fixes_and_lists_other_suggestions():
    start = TEXT.index("Monday")
    finding = Finding(
        "weekday-guess",
        "grammar",
        Severity.INFO,
        start,
        start + 6,
        "Monday",
        "Weekday differs from the date",
        ("Tuesday", "Wednesday"),
        Applicability.UNSAFE,
    )
    document = Document(TEXT, path="news.txt")
    view = suggestion_view(Suggestion(3, finding), document, 12, colour=False).plain
    lines = view.splitlines()
    assert lines[0] == "3/12  weekday-guess [grammar]  UNSAFE fix - check the meaning"
    assert lines[1] == f"news.txt:1:{start + 1}  Weekday differs from the date"
    assert "[-Monday-]{+Tuesday+}" in lines[2]
    assert "'Wednesday'" in lines[3]
