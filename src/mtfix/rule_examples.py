"""Run a rule's own examples as tests (LanguageTool's habit): the rule proves itself.

A bad example must be flagged by the rule, its fix (unsafe included, this rule alone)
must give exactly the stated text, and that text must then be silent; a good example
must give no finding at all. The same contract holds TOML rules and Python checks alike.

It lives with the linter and the fixer it drives, above the rule engine, not inside
`rulepack/`: the rule packs must not import what runs them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from mtfix.document import Document
from mtfix.errors import FixError
from mtfix.fixer import fix_document
from mtfix.linter import Linter
from mtfix.models import Applicability, RuleInfo


@dataclass(frozen=True)
class ExampleFailure:
    rule: str
    example: str
    reason: str

    def __str__(self) -> str:
        return f"{self.rule}: {self.example!r}: {self.reason}"


def check_examples(rule: RuleInfo, linter: Linter) -> list[ExampleFailure]:
    """Every way the rule's examples fail; empty when the rule proves itself."""
    alone = linter.restricted({rule.id})
    failures: list[ExampleFailure] = []

    def fail(example: str, reason: str) -> None:
        failures.append(ExampleFailure(rule.id, example, reason))

    for bad in rule.bad_examples:
        document = Document(bad.text, path=f"<example of {rule.id}>")
        found = [f for f in alone.check(document).findings if f.rule == rule.id]
        if not found:
            fail(bad.text, "bad example gives no finding")
            continue
        if rule.applicability is Applicability.NONE:
            if any(f.applicability is not Applicability.NONE for f in found):
                fail(bad.text, "a flag-only rule produced a fixable finding")
            continue
        try:
            fixed = fix_document(document, alone, unsafe=True).text
        except FixError as error:
            fail(bad.text, str(error))
            continue
        if fixed != bad.fixed:
            fail(bad.text, f"fix gives {fixed!r}, expected {bad.fixed!r}")
        again = [f for f in alone.check(Document(bad.fixed, path="<fixed>")).findings if f.rule == rule.id]
        if again:
            fail(bad.fixed, f"fixed text still flagged: {again[0].text!r} ({again[0].message})")
    for good in rule.good_examples:
        found = [f for f in alone.check(Document(good, path="<good>")).findings if f.rule == rule.id]
        if found:
            fail(good, f"good example flagged: {found[0].text!r} at {found[0].start} ({found[0].message})")
    return failures


def check_rule_file(rule: RuleInfo) -> list[ExampleFailure]:
    """A declarative rule's file must be named for its id (`rules/punct/space-after-comma.toml`
    holds `space-after-comma`): the file name is how a reader finds a rule, and how an
    override is meant to replace a built-in one."""
    if not rule.origin.endswith(".toml"):
        return []
    stem = PurePath(rule.origin).stem
    if stem == rule.id:
        return []
    return [ExampleFailure(rule.id, rule.origin, f"file name {stem!r} does not match the rule id")]


def missing_doc(rule: RuleInfo) -> str | None:
    """A warning for a rule file without its `doc` block, which `rules explain` and
    docs/rules/ show (a warning: the schema keeps `doc` optional)."""
    if rule.origin.endswith(".toml") and not rule.doc.strip():
        return f"{rule.id}: {rule.origin}: no `doc` block (What it does / Why it matters / Fix safety)"
    return None
