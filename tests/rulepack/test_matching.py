"""The matcher interface: a pattern's structure is read once, by one module; a pattern the
standard parser cannot read is "unknown" and matched by a plain scan, with the same findings."""

from __future__ import annotations

import ast
from pathlib import Path

import regex

from mtfix.config import Settings
from mtfix.context import CheckContext, Resources
from mtfix.document import Document
from mtfix.models import Applicability, RuleInfo, Severity
from mtfix.rulepack.check import PatternCheck
from mtfix.rulepack.kinds import DeferredPattern, PatternRule
from mtfix.rulepack.matching.analysis import UNKNOWN, analyse
from mtfix.rulepack.matching.matcher import AtCandidates, FullScan, Gated
from mtfix.rulepack.structure import Op, read

SOURCE = Path(__file__).resolve().parents[2] / "src" / "mtfix"
PRIVATE_PARSERS = {"sre_parse", "re._parser", "sre_compile", "sre_constants", "re._compiler"}


def _rule(pattern: str, flags: int = 0) -> PatternRule:
    info = RuleInfo(
        id="probe",
        category="punct.spacing",
        severity=Severity.WARNING,
        applicability=Applicability.NONE,
        description="A probe rule",
    )
    return PatternRule(info, DeferredPattern(pattern, flags), "m")


def _spans(check: PatternCheck, text: str) -> list[tuple[int, int]]:
    context = CheckContext(Document(text, "t.txt"), Resources(Settings()))
    return [(finding.start, finding.end) for finding in check.check(context)]


def _imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_only_the_structure_module_reads_the_private_parser():
    readers = sorted(
        str(path.relative_to(SOURCE)) for path in SOURCE.rglob("*.py") if _imported(path) & PRIVATE_PARSERS
    )
    assert readers == ["rulepack/structure.py"]


def test_a_structure_names_each_element():
    structure = read(r"(?i:ab)|c+|(?<!x)[de]")
    assert structure is not None and not structure.ignore_case
    [(op, branches)] = structure.items
    assert op is Op.BRANCH and len(branches) == 3
    group, repeat, (behind, letters) = branches[0][0], branches[1][0], branches[2]
    assert group[0] is Op.GROUP and group[1][2] == ((Op.LITERAL, ord("a")), (Op.LITERAL, ord("b")))
    assert repeat[0] is Op.REPEAT and repeat[1][0] == 1
    assert behind[0] is Op.ASSERT_NOT and behind[1][0] == -1
    assert letters == (Op.IN, ((Op.LITERAL, ord("d")), (Op.LITERAL, ord("e"))))


def test_regex_only_syntax_is_read_as_a_stand_in_or_not_at_all():
    property_class = read(r"\p{Han}+,")
    assert property_class is not None and property_class.items[0][1][2] == ((Op.IN, ((Op.OTHER, None),)),)
    assert read(r"[[:alpha:]]+,") is None  # a POSIX class: the stdlib would read a set
    assert read(r"(?V1)[\w--\d]+,") is None  # version-1 set operations


def test_an_unreadable_pattern_is_unknown_and_scanned_with_the_same_findings():
    rule = _rule(r"(?V1)[\w--\d]+ ,", regex.VERSION1)
    check = PatternCheck.of(rule)
    assert check.analysis == UNKNOWN and isinstance(check.matcher, FullScan)
    text = "the county , 12 , the city ,"
    assert _spans(check, text) == [match.span() for match in regex.finditer(rule.pattern.pattern, text)]


def test_a_readable_pattern_gets_gates_and_candidates():
    check = PatternCheck.of(_rule(r"(?<![\w-])(?i:many|several)[ ]+informations\b"))
    assert check.analysis.parsed and check.analysis.anchors is not None
    assert isinstance(check.matcher, Gated) and isinstance(check.matcher.inner, AtCandidates)
    text = "Many  informations and several informations, but many information."
    assert _spans(check, text) == [(0, 18), (23, 43)]


def test_a_long_pattern_is_not_analysed():
    assert analyse("|".join(f"word{number}" for number in range(1000)), 0) == UNKNOWN
