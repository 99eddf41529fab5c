"""The review state machine: decisions, undo, accept-all-of-a-rule, skips, overlaps."""

from __future__ import annotations

import pytest

from helpers import finding
from mtfix.document import Document
from mtfix.models import Applicability, Edit, Finding, Severity
from mtfix.review.plan import Change, changed_text, conflicts, find_overlaps, match_newlines
from mtfix.review.session import ReviewSession, Verdict, reviewable

TEXT = "The county said,, the the bridge,which opened in May,was busy."
DOUBLED = {"within": TEXT, "category": "punct.doubled"}  # what every finding here shares


def at(fragment: str, occurrence: int = 0) -> tuple[int, int]:
    index = -1
    for _ in range(occurrence + 1):
        index = TEXT.index(fragment, index + 1)
    return index, index + len(fragment)


@pytest.fixture
def findings() -> list[Finding]:
    return reviewable(
        [
            finding(*at(",which"), replacement=", which", rule="comma-glued", **DOUBLED),
            finding(*at(",,"), replacement=",", rule="doubled-comma", **DOUBLED),
            finding(
                *at("the the"),
                replacement="the",
                rule="doubled-word",
                applicability=Applicability.UNSAFE,
                **DOUBLED,
            ),
            finding(*at(",was"), replacement=", was", rule="comma-glued", **DOUBLED),
        ]
    )


def result(session: ReviewSession) -> str:
    return changed_text(Document(TEXT), session.accepted())


def test_suggestions_come_in_text_order_and_accepting_walks_through(findings):
    session = ReviewSession(findings)
    assert [s.rule for s in session.suggestions] == [
        "doubled-comma",
        "doubled-word",
        "comma-glued",
        "comma-glued",
    ]
    assert session.current is session.suggestions[0]
    session.accept()
    session.reject()
    session.accept(", and the bridge")  # an edited replacement
    session.skip()
    assert session.done
    assert result(session) == "The county said, the the bridge, and the bridge opened in May,was busy."
    tally = session.tally()
    assert (tally.accepted, tally.edited, tally.rejected, tally.skipped, tally.undecided) == (2, 1, 1, 1, 0)


def test_undo_takes_back_one_step_at_a_time(findings):
    session = ReviewSession(findings)
    session.accept()
    session.reject()
    assert [s.number for s in session.undo()] == [2]
    assert session.current.number == 2
    assert session.decision(session.suggestions[1]) is None
    assert [s.number for s in session.undo()] == [1]
    assert session.undo() == []
    assert result(session) == TEXT


def test_accept_all_of_a_rule_is_one_undoable_step(findings):
    session = ReviewSession(findings)
    session.skip()
    session.reject()
    accepted = session.accept_rule()
    assert [s.number for s in accepted] == [3, 4]
    assert session.done
    assert result(session) == "The county said,, the the bridge, which opened in May, was busy."
    session.undo()
    assert session.current.number == 3
    assert result(session) == TEXT


def test_accept_all_only_takes_later_undecided_suggestions_of_that_rule(findings):
    session = ReviewSession(findings)
    session.accept()
    session.skip()  # doubled-word is skipped and is a different rule anyway
    session.reject()  # first comma-glued rejected
    session.accept_rule()  # only the second one remains
    assert [s.number for s in session.suggestions if session.decision(s).verdict is Verdict.ACCEPT] == [1, 4]


def test_skipped_suggestions_can_be_revisited_and_the_revisit_undone(findings):
    session = ReviewSession(findings)
    for _ in findings:
        session.skip()
    assert session.done and len(session.skipped()) == 4
    assert session.revisit_skipped() == 4
    assert session.current.number == 1
    session.accept()
    session.undo()
    session.undo()  # undoes the revisit: all four are skipped again
    assert session.done and len(session.skipped()) == 4
    assert session.revisit_skipped() == 4


def test_a_suggestion_overlapping_an_accepted_one_is_not_offered_until_undone():
    span = at(",,")
    session = ReviewSession(
        reviewable(
            [
                finding(*span, replacement=",", rule="doubled-comma", **DOUBLED),
                finding(span[0] + 1, span[1], replacement=", ", rule="space-comma", **DOUBLED),
            ]
        )
    )
    session.accept()
    assert session.done
    assert session.tally().overlapping == 1
    assert result(session) == "The county said, the the bridge,which opened in May,was busy."
    session.undo()
    session.reject()
    assert session.current.rule == "space-comma"


def test_accept_all_leaves_a_suggestion_of_the_same_rule_that_overlaps_undecided():
    first, second = at(",,")
    session = ReviewSession(
        reviewable(
            [
                finding(first, second, replacement=",", rule="r", **DOUBLED),
                finding(first, first, replacement=" ", rule="r", **DOUBLED),
            ]
        )
    )
    assert [s.number for s in session.accept_rule()] == [1]  # the insertion sorts first
    assert session.tally().overlapping == 1


def test_acting_when_nothing_is_left_is_an_error():
    session = ReviewSession([])
    assert session.done
    with pytest.raises(RuntimeError):
        session.accept()


def test_reviewable_drops_findings_without_a_change_and_orders_safe_first():
    same = finding(*at(",,"), replacement=",,", rule="noop", **DOUBLED)
    bare = Finding("flag", "punct.doubled", Severity.INFO, 0, 3, "The", "m")
    unsafe = finding(
        *at(",,"), replacement=", ", rule="b-unsafe", applicability=Applicability.UNSAFE, **DOUBLED
    )
    safe = finding(*at(",,"), replacement=",", rule="z-safe", **DOUBLED)
    assert [f.rule for f in reviewable([same, bare, unsafe, safe])] == ["z-safe", "b-unsafe"]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ((0, 4), (4, 6), False),  # adjacent
        ((0, 4), (3, 6), True),  # overlapping
        ((2, 2), (2, 5), True),  # insertion where a replacement starts
        ((2, 2), (2, 2), True),  # two insertions at one point
        ((5, 5), (2, 5), False),  # insertion where a replacement ends
        ((3, 3), (2, 5), True),  # insertion inside a replacement
    ],
)
def test_conflicts_follow_the_fixer(first, second, expected):
    assert conflicts(Edit(*first, "x"), Edit(*second, "y")) is expected
    assert conflicts(Edit(*second, "y"), Edit(*first, "x")) is expected


def test_find_overlaps_reports_every_pair_once():
    changes = [
        Change(Edit(0, 5, "a"), "one"),
        Change(Edit(3, 8, "b"), "two"),
        Change(Edit(4, 4, "c"), "three"),
        Change(Edit(8, 9, "d"), "four"),
    ]
    pairs = {(a.origin, b.origin) for a, b in find_overlaps(changes)}
    assert pairs == {("one", "two"), ("one", "three"), ("two", "three")}


def test_typed_line_breaks_follow_the_document_newline_style():
    assert match_newlines("a\nb", "\r\n") == "a\r\nb"
    assert match_newlines("a\r\nb", "\r\n") == "a\r\nb"
    assert match_newlines("a\nb", "\n") == "a\nb"


def test_a_long_accepted_span_blocks_a_suggestion_far_inside_it():
    whole = (0, len("The county said,, the the bridge"))
    session = ReviewSession(
        [
            finding(*whole, replacement="The county said the bridge", rule="rewrite", **DOUBLED),
            finding(*at(",,"), replacement=",", rule="doubled-comma", **DOUBLED),
        ]
    )
    session.accept()
    assert session.done
    assert session.blocker(session.suggestions[1]) is session.suggestions[0]
