"""What `mtfix rules` prints and `docs/rules/` holds: each rule with its severity, the fix
safety its findings really carry, and a stable documentation link.

Why the safety is observed rather than only declared: a programmatic check may grade each
finding (a glued word splits safely or not), so a rule's declared applicability can hide
that some of its findings are unsafe. The rule's own bad examples are run and every
safety they show is listed; a rule whose findings vary says so (`varies: safe, unsafe`).

LanguageTool-backed rules (`lt-*`) are listed and documented like the others, marked as
needing `--grammar languagetool`; their examples need a LanguageTool server, so their
safety is the declared one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from mtfix.document import Document
from mtfix.grammar.rules import LT_RULES
from mtfix.models import Applicability, RuleInfo

if TYPE_CHECKING:
    from mtfix.linter import Linter

# The generated pages, relative to the project; a published copy is named by the
# `Rule documentation` entry of [project.urls] in pyproject.toml (the one place to set it).
DOCS_FOLDER = "docs/rules"
_URL_LABEL = "Rule documentation"
_ORDER = [Applicability.SAFE, Applicability.UNSAFE, Applicability.NONE]


def rule_url(rule_id: str, base: str | None = None) -> str:
    """The stable documentation link of a rule (SARIF `helpUri`, `rules explain`): the
    published page when the package names where, else the page's path in the project.
    Pass `docs_base()` as `base` when making many."""
    return f"{docs_base() if base is None else base}/{rule_id}.md"


def docs_base() -> str:
    """Where the rule pages are: [project.urls] `Rule documentation`, else `docs/rules`."""
    from importlib import metadata

    try:
        urls = metadata.metadata("mtfix").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        urls = []
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip() == _URL_LABEL:
            return url.strip().rstrip("/")
    return DOCS_FOLDER


@dataclass(frozen=True)
class RuleEntry:
    rule: RuleInfo
    safeties: tuple[Applicability, ...]  # declared first, then any others its findings carry
    languagetool: bool

    @property
    def safety(self) -> str:
        if len(self.safeties) == 1:
            return self.safeties[0].value
        return "varies: " + ", ".join(safety.value for safety in self.safeties)

    def as_json(self, base: str) -> dict[str, Any]:
        rule = self.rule
        return {
            "id": rule.id,
            "category": rule.category,
            "severity": rule.severity.value,
            "fix": self.safety,
            "fix_safeties": [safety.value for safety in self.safeties],
            "description": rule.description,
            "opt_in": rule.opt_in,
            "backend": "languagetool" if self.languagetool else "rules",
            "url": rule_url(rule.id, base),
        }


def observed_safeties(rule: RuleInfo, linter: Linter) -> tuple[Applicability, ...]:
    """The declared safety and every other one the rule's bad examples show."""
    seen = {rule.applicability}
    narrow = linter.restricted({rule.id})
    for bad in rule.bad_examples:
        for finding in narrow.check(Document(bad.text, path="example.txt")).findings:
            if finding.rule == rule.id:
                seen.add(finding.applicability)
    return tuple(sorted(seen, key=lambda safety: (safety is not rule.applicability, _ORDER.index(safety))))


def catalogue(linter: Linter) -> list[RuleEntry]:
    """Every rule of the linter plus the LanguageTool-backed ones, by category then id."""
    entries = [RuleEntry(rule, observed_safeties(rule, linter), rule.id in _LT_IDS) for rule in linter.rules]
    known = {entry.rule.id for entry in entries}
    entries += [RuleEntry(rule, (rule.applicability,), True) for rule in LT_RULES if rule.id not in known]
    return sorted(entries, key=lambda entry: (entry.rule.category, entry.rule.id))


_LT_IDS = frozenset(rule.id for rule in LT_RULES)


def find_rule(linter: Linter, rule_id: str) -> RuleInfo | None:
    """A rule of the linter, or a LanguageTool-backed one even when that backend is off."""
    return linter.rule(rule_id) or next((rule for rule in LT_RULES if rule.id == rule_id), None)


def select_entries(entries: Iterable[RuleEntry], categories: Sequence[str]) -> list[RuleEntry]:
    """The entries in any of `categories` (a category or a family); all when none given."""
    if not categories:
        return list(entries)
    return [
        entry
        for entry in entries
        if any(entry.rule.category == c or entry.rule.category.startswith(c + ".") for c in categories)
    ]


def write_table(entries: Sequence[RuleEntry], out: TextIO) -> None:
    if not entries:
        return
    width = max(len(entry.rule.id) for entry in entries)
    fix_width = max(len(entry.safety) for entry in entries)
    out.write(f"{'RULE':<{width}}  {'CATEGORY':<17}  {'SEVERITY':<8}  {'FIX':<{fix_width}}  DESCRIPTION\n")
    for entry in entries:
        rule = entry.rule
        description = rule.description + (" (needs --grammar languagetool)" if entry.languagetool else "")
        description += f" (opt-in: --select {rule.id})" if rule.opt_in else ""
        out.write(
            f"{rule.id:<{width}}  {rule.category:<17}  {rule.severity.value:<8}  "
            f"{entry.safety:<{fix_width}}  {description}\n"
        )


def write_json(entries: Sequence[RuleEntry], out: TextIO) -> None:
    base = docs_base()
    json.dump([entry.as_json(base) for entry in entries], out, ensure_ascii=False, indent=2)
    out.write("\n")


def rule_page(entry: RuleEntry) -> str:
    """The Markdown page of one rule in docs/rules/, made from its rule file or check."""
    rule = entry.rule
    lines = [
        f"# {rule.id}",
        "",
        rule.description,
        "",
        "| category | severity | fix | defined in |",
        "| --- | --- | --- | --- |",
        f"| `{rule.category}` | {rule.severity.value} | {entry.safety} | `{_origin(rule.origin)}` |",
        "",
    ]
    if entry.languagetool:
        lines += ["Reported only with `--grammar languagetool`.", ""]
    if rule.opt_in:
        lines += [
            f"Opt-in (a house style): reported only when `select` names it (`--select ALL,{rule.id}`).",
            "",
        ]
    if rule.doc.strip():
        lines += [rule.doc.strip(), ""]
    lines += ["## Flagged", ""]
    for bad in rule.bad_examples:
        fixed = f" → `{_code(bad.fixed)}`" if bad.fixed != bad.text else " (flag only)"
        lines.append(f"- `{_code(bad.text)}`{fixed}")
    lines += ["", "## Not flagged", ""]
    lines += [f"- `{_code(good)}`" for good in rule.good_examples]
    return "\n".join(lines) + "\n"


def index_page(entries: Sequence[RuleEntry]) -> str:
    """docs/rules/README.md: every rule with its category, severity and fix safety."""
    lines = [
        "# Rules",
        "",
        "Generated from the rule files and checks by `python scripts/build_rule_docs.py`;",
        "do not edit by hand (a test fails when these pages are out of date).",
        "",
        "| rule | category | severity | fix | description |",
        "| --- | --- | --- | --- | --- |",
    ]
    for entry in entries:
        rule = entry.rule
        description = rule.description.replace("|", "\\|")
        lines.append(
            f"| [{rule.id}]({rule.id}.md) | `{rule.category}` | {rule.severity.value} | {entry.safety} |"
            f" {description} |"
        )
    return "\n".join(lines) + "\n"


def _code(text: str) -> str:
    """Example text inside a Markdown code span (line breaks shown as ⏎)."""
    return text.replace("`", "'").replace("\n", "⏎")


def _origin(origin: str) -> str:
    """A rule file's path from the rules folder (`rules/punct/x.toml`), a check's module."""
    marker = "/rules/"
    index = origin.replace("\\", "/").rfind(marker)
    return "rules/" + origin.replace("\\", "/")[index + len(marker) :] if index >= 0 else origin
