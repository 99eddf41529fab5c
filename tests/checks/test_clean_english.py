"""The false-alarm rate on clean professional English (issue 18): licence texts and the prose
of the Python Language Reference (see tests/data/clean-english/PROVENANCE.md).

A finding here is a false alarm (the texts are edited, published English). Layout notes
(`alignment-spaces`, info severity, no fix) are not alarms and are not counted.
"""

from __future__ import annotations

import pytest

from helpers import DATA
from mtfix.files import read_document
from mtfix.models import Severity

CORPUS = DATA / "clean-english"
TARGET_PER_1000 = 0.5  # the aim
# What the code reaches today; a change that raises the rate above it fails.
CEILING_PER_1000 = 6.5


def _rate(linter) -> tuple[float, list[tuple[str, str, str]]]:
    words = 0
    alarms: list[tuple[str, str, str]] = []
    for path in sorted(CORPUS.glob("*.txt")):
        document = read_document(str(path))
        words += len(document.text.split())
        for finding in linter.check(document).findings:
            if finding.severity is not Severity.INFO:
                alarms.append((path.name, finding.rule, finding.text))
    assert words >= 20_000
    return 1000 * len(alarms) / words, alarms


def test_clean_english_stays_below_the_measured_ceiling(linter) -> None:
    rate, alarms = _rate(linter)
    assert rate <= CEILING_PER_1000, alarms


@pytest.mark.xfail(strict=True, reason="6.3 per 1,000 words today: quote rules on code-like quoting")
def test_clean_english_meets_the_target_rate(linter) -> None:
    rate, alarms = _rate(linter)
    assert rate <= TARGET_PER_1000, alarms
