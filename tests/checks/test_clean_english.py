"""The false-alarm rate on clean professional English (issue 18): licence texts, the prose
of the Python Language Reference, HTML chapters of a programming book and Markdown package
documentation (see tests/data/clean-english/PROVENANCE.md).

A finding here is a false alarm (the texts are edited, published English). Layout notes
(`alignment-spaces`, info severity, no fix) are not alarms and are not counted. Words are
counted in what the checks read: the prose view of an HTML or Markdown file, not its markup.
"""

from __future__ import annotations

from collections import Counter

from helpers import DATA
from mtfix.files import read_document
from mtfix.formats import prose_view
from mtfix.models import Severity

CORPUS = DATA / "clean-english"
CORPUS_SUFFIXES = (".txt", ".html", ".md")
NOT_CORPUS = "PROVENANCE.md"
TARGET_PER_1000 = 0.5  # the aim: at most one false alarm per 2,000 words


def _rate(linter) -> tuple[float, list[tuple[str, str, str]]]:
    words = 0
    alarms: list[tuple[str, str, str]] = []
    for path in sorted(
        path for path in CORPUS.iterdir() if path.suffix in CORPUS_SUFFIXES and path.name != NOT_CORPUS
    ):
        document = read_document(str(path))
        view = prose_view(document)
        words += len((document if view is None else view.document).text.split())
        for finding in linter.check(document).findings:
            if finding.severity is not Severity.INFO:
                alarms.append((path.name, finding.rule, finding.text))
    assert words >= 75_000
    return 1000 * len(alarms) / words, alarms


def test_clean_english_meets_the_target_rate(linter) -> None:
    rate, alarms = _rate(linter)
    by_rule = Counter(rule for _, rule, _ in alarms).most_common()
    assert rate <= TARGET_PER_1000, (f"{rate:.2f} per 1,000 words", by_rule, alarms)
