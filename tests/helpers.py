"""Helpers shared by the tests (fixtures live in conftest.py): where things are, running the
CLI as a user would, a finding built by hand, and the findings of one rule on a text."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mtfix.checks import midsentence_capital
from mtfix.config import Settings
from mtfix.context import CheckContext, Resources
from mtfix.document import Document
from mtfix.linter import Linter
from mtfix.models import Applicability, Finding, Severity
from mtfix.names.institutions import chain_fixes, chain_span, name_parts
from mtfix.names.wholenames import NameFix
from mtfix.rulepack import occurrences
from mtfix.rulepack.check import PatternCheck
from mtfix.rulepack.literal_index import LiteralIndex
from mtfix.rulepack.loader import build_rule

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = ROOT / "tests" / "data"


def finding(
    start: int = 0,
    end: int | None = None,
    text: str | None = None,
    replacement: str | None = None,
    *,
    rule: str = "r",
    category: str = "punct.spacing",
    severity: Severity = Severity.WARNING,
    message: str = "m",
    replacements: tuple[str, ...] = (),
    applicability: Applicability | None = None,
    source: str = "rules",
    within: str | None = None,
) -> Finding:
    """A finding built by hand, with defaults for whatever a test does not care about.

    `end` defaults to the end of `text` (else one past `start`); `text` to `within[start:end]`
    when the finding's document text is given, else as many `x` as the span is long;
    `replacement` is the one suggestion (prepended to `replacements`); `applicability`
    defaults to SAFE when there is a suggestion, else NONE."""
    if end is None:
        end = start + (len(text) if text is not None else 1)
    if text is None:
        text = within[start:end] if within is not None else "x" * (end - start)
    if replacement is not None:
        replacements = (replacement, *replacements)
    if applicability is None:
        applicability = Applicability.SAFE if replacements else Applicability.NONE
    return Finding(rule, category, severity, start, end, text, message, replacements, applicability, source)


def findings_for(linter: Linter, text: str, rule: str | None = None) -> list:
    found = linter.check(Document(text, path="<test>")).findings
    return [f for f in found if rule is None or f.rule == rule or f.category == rule]


def run_cli(*args: str, input: bytes | None = None, cwd: Path | None = None, env: dict | None = None):
    """Run `python -m mtfix` as a user would, returning the CompletedProcess (bytes)."""
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mtfix", *args],
        input=input,
        capture_output=True,
        cwd=cwd,
        env=full_env,
        timeout=300,
    )


def context_of(text: str, resources: Resources) -> CheckContext:
    """A check context for `text` as one document of a run using `resources`."""
    return CheckContext(Document(path="t.txt", text=text), resources)


def finding_summary(findings: Iterable[Finding]) -> list[tuple[Any, ...]]:
    """What a user sees of each finding, for comparing two ways of finding them."""
    return [(f.start, f.end, f.text, f.replacements, f.applicability, f.message) for f in findings]


def pattern_checks(linter: Linter | None = None) -> list[PatternCheck]:
    """The declarative rules of a linter (a fresh default one if None), as checks."""
    linter = linter if linter is not None else Linter(Resources(Settings()))
    return [check for check in linter.checks if isinstance(check, PatternCheck)]


def plain_spans(check: PatternCheck, text: str) -> list[tuple[int, int]]:
    """The spans of one plain `finditer` scan of the rule's pattern: what every shortcut must give."""
    return [match.span() for match in check.rule.compiled().finditer(text)]


def engine_spans(check: PatternCheck, text: str) -> list[tuple[int, int]]:
    """The spans the rule's chosen matcher gives (gates, candidates, fallback scan)."""
    context = CheckContext(Document(text, "t.txt"), Resources(Settings()))
    return [match.span() for match in check.matches(context)]


def assert_run_finds_the_plain_scan(rules: Iterable[PatternCheck], texts: Iterable[str]) -> None:
    """Each rule, run over `texts` as the documents of one run (its per-word memories carried
    from document to document), finds in each what a plain scan finds."""
    rules = list(rules)
    resources = Resources(Settings())
    for text in texts:
        context = CheckContext(Document(text, "t.txt"), resources)
        for rule in rules:
            assert [match.span() for match in rule.matches(context)] == plain_spans(rule, text), rule.id


def probe_rule_data(pattern: str) -> dict[str, Any]:
    """The data of a minimal pattern rule file around `pattern` (tests of the analyses)."""
    return {
        "id": "probe",
        "category": "punct.spacing",
        "severity": "warning",
        "applicability": "none",
        "description": "d",
        "message": "m",
        "pattern": pattern,
        "examples": {"bad": [{"text": "a b"}, {"text": "c d"}], "good": ["x", "y"]},
    }


def probe_rule(pattern: str) -> PatternCheck:
    """A minimal rule around `pattern`, loaded as a rule file is (analysed, matcher chosen)."""
    return build_rule(probe_rule_data(pattern), "probe.toml")


def assert_candidates_give_the_plain_scan(patterns: Iterable[str], text: str) -> None:
    """Each pattern's rule finds in `text` what a plain scan finds, loaded alone and reading
    a literal index, with every candidate list used however long it is (a short text would
    otherwise have too many candidates and be scanned whole)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(occurrences, "CHARACTERS_PER_CANDIDATE", 1)
        for pattern in patterns:
            rule = probe_rule(pattern)
            indexed = rule.sharing(LiteralIndex.of([rule.analysis]))
            assert engine_spans(rule, text) == engine_spans(indexed, text) == plain_spans(rule, text), pattern


def capital_candidates(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """The mid-sentence capitals of `words` in `text` as the check reads them: each place
    `midsentence_capital.occurrences` gives, kept where `CANDIDATE` matches there."""
    found = []
    for start, end, previous in sorted(midsentence_capital.occurrences(text, set(words))):
        match = midsentence_capital.CANDIDATE.match(text, previous)
        if match is not None and match.span("word") == (start, end):
            found.append((start, end))
    return found


def every_institution_chain(text: str) -> Iterator[NameFix]:
    """The plain walk of institution names: each chain with a part and a capital has its
    words read (what the fast paths of `institution_names` are held to)."""
    done = 0
    for part_start, part_end in name_parts(text):
        if part_start < done:
            continue
        start, end = chain_span(text, part_start, part_end)
        done = end
        if not text[start:end].islower():
            yield from chain_fixes(text, start, end)
