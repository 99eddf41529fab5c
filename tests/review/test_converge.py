"""Accepting suggestions lands where `fix` would (issue 20): the shared settle step of the
terminal review, `mtfix apply` and the browser page re-checks the accepted changes and
settles their follow-ups, and never overrides what the reviewer turned down.

The property test: for any set of accepted suggestions, `check` on the result reports
nothing from the accepted rules at the accepted places, by the session path (terminal and
browser) and the review-file path (`apply`) alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtfix.document import Document
from mtfix.errors import FixError
from mtfix.fixer import fix_document
from mtfix.linter import Linter
from mtfix.models import Applicability, Finding, RuleInfo, Severity
from mtfix.report.jsonl import finding_record
from mtfix.review.converge import Settled, settle
from mtfix.review.offline import parse_record, plan_apply
from mtfix.review.plan import Place
from mtfix.review.session import ReviewSession, Verdict, reviewable

DRAFTS = (
    "The Xinhua News Agency reported that the the city People Hospital ，more than 300 doctors joined "
    "the markets,and farms ,and the roads,, were calm .\n"
    "According to reports ,the provincial government said that ,the investment of 5 billion yuan will "
    "be used for the new highway ，which connects the two cities .\n",
    "Premier Li visited the Chongqing city on Monday ,and he said that the cooperation isvery important "
    "for both sides.\n"
    "The project ,which is located in Hangzhou ，Zhejiang ，will invest 3 billion yuan and create 2,000 "
    "jobs .The county welcomed it.\n"
    "Chairman XiJinping pointed out that the exchanges in the fields of economy,trade ,culture and so "
    "on should grow .\n",
)


def session_for(linter: Linter, text: str) -> tuple[Document, ReviewSession]:
    document = Document(text, path="draft.txt")
    return document, ReviewSession(reviewable(linter.check(document).findings))


def accept(session: ReviewSession, numbers: Iterable[int]) -> None:
    """Accept these suggestions (one that overlaps an earlier acceptance is rejected), reject the rest."""
    chosen = set(numbers)
    for suggestion in session.suggestions:
        verdict = Verdict.ACCEPT if suggestion.number in chosen else Verdict.REJECT
        try:
            session.decide(suggestion.number, verdict)
        except ValueError:
            session.decide(suggestion.number, Verdict.REJECT)


def settle_session(linter: Linter, document: Document, session: ReviewSession) -> Settled:
    return settle(document, session.accepted(), session.declined(), linter)


def settle_offline(linter: Linter, document: Document, session: ReviewSession) -> Settled:
    """The same decisions through a review file, as `mtfix apply` reads it."""
    records = []
    for line, suggestion in enumerate(session.suggestions, start=1):
        decision = session.decision(suggestion)
        verdict = "accept" if decision and decision.verdict is Verdict.ACCEPT else "reject"
        record = finding_record(document, suggestion.finding, decision=verdict)
        records.append(parse_record(_json(record), line, "review.jsonl"))
    plan = plan_apply(document, records, "review.jsonl")
    assert not plan.blocked, plan.stale + plan.conflicts
    return settle(document, plan.changes, plan.declined, linter)


def _json(record: dict) -> str:
    import json

    return json.dumps(record, ensure_ascii=False)


def test_full_width_comma_settles_its_space(linter):
    text = "The city People Hospital ，more than 300 doctors came."
    document, session = session_for(linter, text)
    accept(session, [s.number for s in session.suggestions if s.rule == "fullwidth-punctuation"])
    settled = settle_session(linter, document, session)
    assert settled.text == "The city People Hospital, more than 300 doctors came."
    assert settled.rules_followed == ["space-before-comma"]


def test_space_before_comma_settles_the_glued_word_after_it(linter):
    text = "The farms ,and the roads were calm."
    document, session = session_for(linter, text)
    accept(session, [1])
    assert settle_session(linter, document, session).text == "The farms, and the roads were calm."


@pytest.mark.parametrize("draft", DRAFTS)
def test_accepting_every_safe_fix_lands_where_fix_does(linter, draft):
    document, session = session_for(linter, draft)
    accept(session, [s.number for s in session.suggestions if s.finding.applicability is Applicability.SAFE])
    settled = settle_session(linter, document, session)
    assert settled.text == fix_document(document, linter).text
    assert settle_offline(linter, document, session).text == settled.text


def test_a_rejected_suggestion_stays_even_next_to_an_accepted_one(linter):
    text = "Li said the markets,and the farms ,and the roads were calm."
    document, session = session_for(linter, text)
    rules = [s.rule for s in session.suggestions]
    assert rules == ["space-after-comma", "space-before-comma"]
    accept(session, [2])  # the first (same rule as the follow-up of the second) is rejected
    settled = settle_session(linter, document, session)
    assert settled.text == "Li said the markets,and the farms, and the roads were calm."


def test_a_rule_declined_at_the_place_is_not_settled_there(linter):
    text = "The farms ,and the roads were calm."
    document, session = session_for(linter, text)
    accept(session, [1])
    comma = text.index(",")
    declined = [Place("space-after-comma", comma, comma + 1)]  # as if turned down right there
    settled = settle(document, session.accepted(), declined, linter)
    assert settled.text == "The farms,and the roads were calm."
    assert [f.rule for f in settled.new_suggestions] == ["space-after-comma"]


def test_nothing_accepted_changes_nothing(linter):
    document, session = session_for(linter, DRAFTS[0])
    accept(session, [])
    settled = settle_session(linter, document, session)
    assert settled.text == DRAFTS[0] and not settled.followups and settled.passes == 0


class _Swap:
    """A check that flags `old` with a safe fix to `new` (two of them undo each other)."""

    def __init__(self, rule: str, old: str, new: str) -> None:
        self.info = RuleInfo(rule, "term.glossary", Severity.WARNING, Applicability.SAFE, f"{old} -> {new}")
        self.old, self.new = old, new

    def rules(self) -> Sequence[RuleInfo]:
        return [self.info]

    def check(self, context) -> Iterable[Finding]:
        text = context.document.text
        start = text.find(self.old)
        while start >= 0:
            yield self.info.finding(start, self.old, "swap", (self.new,))
            start = text.find(self.old, start + 1)


def test_follow_ups_that_undo_each_other_are_an_error(resources):
    linter = Linter(
        resources, checks=[_Swap("to-color", "colour", "color"), _Swap("to-colour", "color", "colour")]
    )
    document, session = session_for(linter, "The colour of the river changed.")
    accept(session, [1])
    with pytest.raises(FixError, match="do not settle"):
        settle_session(linter, document, session)


def _gaps_kept(original: str, settled: Settled) -> bool:
    """Everything outside the settled places is text of the original, in order."""
    cursor, position = 0, 0
    for region in [*settled.regions, None]:
        gap = settled.text[position : region.start if region else len(settled.text)]
        found = original.find(gap, cursor)
        if found < 0:
            return False
        cursor = found + len(gap)
        if region:
            position = region.end
    return True


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(draft=st.sampled_from(DRAFTS), picks=st.sets(st.integers(min_value=1, max_value=30), max_size=12))
def test_accepted_rules_are_silent_at_the_accepted_places(linter, draft, picks):
    document, session = session_for(linter, draft)
    accept(session, picks)
    accepted_rules = {change.origin.rule for change in session.accepted()}
    for settled in (settle_session(linter, document, session), settle_offline(linter, document, session)):
        assert _gaps_kept(draft, settled)
        after = linter.check(Document(settled.text, path="draft.txt")).findings
        for finding in after:
            if finding.rule not in accepted_rules:
                continue
            for region in settled.regions:
                overlaps = finding.start < region.end and region.start < finding.end
                straddles = region.start == region.end and finding.start < region.start < finding.end
                assert not (overlaps or straddles), (finding, region, settled.text)
