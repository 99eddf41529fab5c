"""Quote pairing on clean technical English (issue 18): quoted code is no quotation, a quote
mark cited as a character pairs with nothing, and in a hard-wrapped document a quotation
may span a line break. Quotes a machine translation leaves unpaired are still found."""

from __future__ import annotations

import pytest

from helpers import findings_for

QUOTE_RULES = ("mixed-quote-pair", "space-inside-quotes", "unmatched-quote", "unclosed-quote")

CLEAN = {
    "quoted operators": 'The filter accepts the operators "<", ">", "<=" and "!=" between two fields.',
    "a quoted option and a dotted name": 'Run the tool with "-v" to print "report.summary" as well.',
    "straight quotes around code inside curly quotes": 'A field written as “"*name"” collects the rest.',
    "a quoted expression with a call": 'The line "total += f(x)" adds the value to the total.',
    "a quote mark cited as a character": 'The list excludes U+0022 (") and U+0023 (#) from names.',
    "a quotation across a line break of wrapped text": (
        "The county office published its yearly report on the roads in the villages and\n"
        'described the new bridge as "the most important project of the whole\n'
        'decade" in a statement that the town council read at its meeting in May.\n'
        "Members of the council then asked the office for the full list of the costs\n"
        "and for the names of the companies that had built the bridge and the roads.\n"
    ),
}

FLAGGED = {
    "a curly quote closed by a straight one": (
        'The mayor called it “a good start" for the town.',
        "mixed-quote-pair",
    ),
    "a quotation left open at the end of its line": (
        'The mayor said "the plan will go ahead.\nThe council agreed on Monday.\n',
        "unclosed-quote",
    ),
}


@pytest.mark.parametrize("text", CLEAN.values(), ids=CLEAN.keys())
def test_code_and_layout_quotes_pair_cleanly(linter, text: str) -> None:
    found = [f for f in findings_for(linter, text) if f.rule in QUOTE_RULES]
    assert found == [], [(f.rule, f.text) for f in found]


@pytest.mark.parametrize(("text", "rule"), FLAGGED.values(), ids=FLAGGED.keys())
def test_quotes_left_unpaired_are_still_found(linter, text: str, rule: str) -> None:
    assert [f.rule for f in findings_for(linter, text) if f.rule in QUOTE_RULES] == [rule]
