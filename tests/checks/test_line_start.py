"""`lowercase-line-start` tells a lost sentence start from layout that clean English uses
(issue 18): hard-wrapped paragraphs, a paragraph that goes on after a displayed example,
definition-list terms, a quoted word at the end of a line. The machine-translated starts it
exists for are still found."""

from __future__ import annotations

import pytest

from helpers import findings_for

RULE = "lowercase-line-start"

WRAPPED = (
    "The committee reviewed every application that the county offices had sent in\n"
    'before the deadline, and it rejected the ones that did not name a "sponsor"\n'
    "because the rules of the fund require one for each project in the villages.\n"
    "Members also asked the offices to keep their records for at least five years\n"
    "so that auditors from the province could check them during their yearly visits.\n"
)

CLEAN = {
    "a quoted word ends a line of wrapped text": WRAPPED,
    "a quoted word ends a line of unwrapped text": (
        'The bureau opened the new hall.\nVisitors may enter through the gate marked "staff"\n'
        "only when a guide goes with them.\nThe hall closes at five.\n"
    ),
    "a paragraph goes on after a displayed form": (
        "The office publishes its figures.\n\nEach entry in the register has the following form:\n\n"
        "    NAME, TOWN, YEAR\n\nwhere the year is the year the company was founded.\n\n"
        "The register is updated every month.\n"
    ),
    "a paragraph goes on after an unfinished sentence": (
        "The office publishes its figures.\n\nIn that case the register entry of the company\n\n"
        "    NAME, TOWN, YEAR\n\nis removed at the end of the month.\n\nThe register is public.\n"
    ),
    "definition-list terms over indented descriptions": (
        "The fund pays for three kinds of project.\n\na village road:\n   The county builds it.\n\n"
        "a school canteen:\n   The town runs it.\n\nThe list is reviewed each year.\n"
    ),
}

FLAGGED = {
    "a one-line paragraph after a full stop": (
        "The county held a meeting on Monday.\nthe staff returned to work on Tuesday.\n"
        "They were pleased.\nPatients came back.\n",
        "t",
    ),
    "a label after a heading that ends with a colon": (
        "Contact us\n\nLinks:\n\naddress: 12 Zhuzhou Road, Qingdao\n\nThe office opens at nine.\n\n"
        "It closes at five.\n",
        "a",
    ),
}


@pytest.mark.parametrize("text", CLEAN.values(), ids=CLEAN.keys())
def test_layout_of_clean_english_is_no_lost_sentence_start(linter, text: str) -> None:
    assert findings_for(linter, text, RULE) == []


@pytest.mark.parametrize(("text", "flagged"), FLAGGED.values(), ids=FLAGGED.keys())
def test_lost_sentence_starts_are_still_found(linter, text: str, flagged: str) -> None:
    assert [finding.text for finding in findings_for(linter, text, RULE)] == [flagged]
