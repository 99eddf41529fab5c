"""Run the registered checks over a document: selection, severity overrides, ordering.

`--select`/`--ignore` take rule ids, categories (`punct.spacing`) or category families
(`punct`); as in flake8 the most specific selector wins, so `--ignore punct
--select punct.doubled` keeps only doubled punctuation among the punct rules.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from mtfix.config import Settings
from mtfix.context import CheckContext, Resources
from mtfix.display import escape_path
from mtfix.document import Document
from mtfix.errors import ConfigError, MtfixError, RuleError, RuleTimedOut
from mtfix.formats import prose_view
from mtfix.grammar import GrammarUnavailable
from mtfix.grammar.dedupe import drop_backend_duplicates
from mtfix.interface import Check
from mtfix.models import Applicability, Finding, RuleInfo, Segment, Severity
from mtfix.registry import all_checks
from mtfix.segments import SEGMENT_CHARS, segments
from mtfix.selectors import check_selectors, valid_selectors
from mtfix.suppression import plain_text_suppressions
from mtfix.verdicts import RunMemory

ALL = "ALL"


_OWN_ID = 4  # the specificity of a selector that is the rule's id


def _specificity(selector: str, rule: RuleInfo) -> int:
    """How specifically `selector` names `rule`: 0 = not at all, higher = more specific."""
    if selector == rule.id:
        return _OWN_ID
    if selector == rule.category:
        return 3
    if rule.category.startswith(selector + "."):
        return 2
    if selector == ALL:
        return 1
    return 0


def is_selected(rule: RuleInfo, select: Sequence[str], ignore: Sequence[str]) -> bool:
    """Most specific selector wins, ignore on a tie; with no `select`, every rule starts
    selected, except an opt-in rule, which only its own id selects."""
    if rule.opt_in:
        chosen = _OWN_ID if rule.id in select else 0
    else:
        chosen = max((_specificity(s, rule) for s in select), default=0) if select else 1
    dropped = max((_specificity(s, rule) for s in ignore), default=0)
    return chosen > dropped


@dataclass
class LintResult:
    """Findings for one document, plus problems that did not stop the run (a rule timing out)."""

    document: Document
    findings: list[Finding]
    problems: list[str] = field(default_factory=list)


class Linter:
    """The checks chosen by the settings, ready to run on any number of documents."""

    def __init__(self, resources: Resources, checks: Sequence[Check] | None = None) -> None:
        self.resources = resources
        self.checks: list[Check] = list(checks) if checks is not None else all_checks(resources)
        settings = resources.settings
        self._rules: dict[str, RuleInfo] = {}
        for check in self.checks:
            for rule in check.rules():
                self._rules[rule.id] = rule
        _check_selectors(settings, self._rules)
        self._enabled = {
            rule_id
            for rule_id, rule in self._rules.items()
            if is_selected(rule, settings.select, settings.ignore)
        }
        self._active = [c for c in self.checks if any(r.id in self._enabled for r in c.rules())]
        self._warnings: list[str] = []
        self._severities: dict[tuple[str, str, Severity], Severity] = {}
        # What the checks learn as the run goes (verdicts on words, ...): the run's, not theirs.
        self.memory = RunMemory()

    def restricted(self, rule_ids: set[str]) -> Linter:
        """The same checks and resources with only `rule_ids` enabled (for rule examples)."""
        narrowed = Linter.__new__(Linter)
        narrowed.resources = self.resources
        narrowed.checks = self.checks
        narrowed._rules = self._rules
        narrowed._enabled = set(rule_ids) & set(self._rules)
        narrowed._active = [c for c in self.checks if any(r.id in narrowed._enabled for r in c.rules())]
        narrowed._warnings = self._warnings
        narrowed._severities = self._severities
        narrowed.memory = self.memory
        return narrowed

    def take_warnings(self) -> list[str]:
        """Warnings since the last call (a grammar backend that could not run), each once."""
        taken = list(self._warnings)
        self._warnings.clear()
        return taken

    @property
    def rules(self) -> list[RuleInfo]:
        return sorted(self._rules.values(), key=lambda rule: (rule.category, rule.id))

    def rule(self, rule_id: str) -> RuleInfo | None:
        return self._rules.get(rule_id)

    def is_enabled(self, rule_id: str) -> bool:
        return rule_id in self._enabled

    def enabled_for_path(self, path: str) -> set[str]:
        """Rules enabled for `path` once per-path ignores from config are applied."""
        enabled = set(self._enabled)
        if not self.resources.settings.per_path_ignore:
            return enabled
        for pattern, ignored in self.resources.settings.per_path_ignore:
            if fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(path, f"*/{pattern}"):
                enabled = {r for r in enabled if is_selected(self._rules[r], (ALL,), ignored)}
        return enabled

    def check(self, document: Document) -> LintResult:
        """Findings for `document`; Markdown, HTML and bilingual inputs (XLIFF, TMX, a text
        with its `source`) are checked through their prose view,
        very long plain text segment by segment (see `segments.py`)."""
        enabled = self.enabled_for_path(document.path)
        settings = self.resources.settings
        view = prose_view(document, settings.input_format, settings.source)
        if view is not None:
            findings, problems = self._run_checks(view.document, enabled, view.segments)
            if view.segments:  # a bilingual input: the source settles some questions
                from mtfix.formats.bilingual.policy import prefer_source

                findings = prefer_source(findings, view.segments, view.text, self.resources)
            findings = view.restore(findings)
            if view.skipped:
                problems.append(f"{escape_path(document.path)}: {view.skipped}")
        elif len(document.text) > SEGMENT_CHARS:
            findings, problems = [], []
            for start, end in segments(document.text):
                part = document.with_text(document.text[start:end])
                part_findings, part_problems = self._run_checks(part, enabled)
                findings.extend(
                    f.with_changes(start=f.start + start, end=f.end + start) for f in part_findings
                )
                problems.extend(p for p in part_problems if p not in problems)
        else:
            findings, problems = self._run_checks(document, enabled)
        if view is None:
            suppressions = plain_text_suppressions(document)
            if suppressions:
                findings = [finding for finding in findings if not suppressions.suppresses(finding)]
        findings = drop_backend_duplicates(findings)
        return LintResult(document, sort_findings(drop_partial_fixes(dedupe(findings))), problems)

    def _run_checks(
        self, target: Document, enabled: set[str], segments: tuple[Segment, ...] = ()
    ) -> tuple[list[Finding], list[str]]:
        timed_out = self._timed_out()
        if timed_out:
            enabled = enabled - timed_out
        context = CheckContext(target, self.resources, enabled.__contains__, self.memory, segments)
        findings: list[Finding] = []
        problems: list[str] = []
        overrides = bool(self.resources.settings.severity)
        for check in self._active:
            if timed_out and all(rule.id in timed_out for rule in check.rules()):
                continue
            try:
                for finding in check.check(context):
                    if finding.rule in enabled:
                        findings.append(self._with_overrides(finding) if overrides else finding)
            except GrammarUnavailable as error:
                self._warnings.append(str(error))
            except RuleTimedOut as error:
                self._timed_out().add(error.rule_id or "")
                problems.append(str(error))
            except RuleError as error:
                problems.append(str(error))
            except ConfigError:
                raise  # a broken word list or glossary is the run's, said once, not each file's
            except MtfixError as error:
                problems.append(f"{target.path}: {error}")
        context.release()
        return findings, problems

    def _timed_out(self) -> set[str]:
        """Rules whose pattern timed out in this run: skipped on every later document, so
        10,000 files cost one timeout, not 10,000 (the run's memory, shared by `restricted`)."""
        return self.memory.own("timed-out-rules", set)

    def _with_overrides(self, finding: Finding) -> Finding:
        """The finding with its configured severity (worked out once per rule, category and
        default: the settings' table does not change during a run)."""
        key = (finding.rule, finding.category, finding.severity)
        severity = self._severities.get(key)
        if severity is None:
            severity = self._severities[key] = self.resources.settings.severity_for(*key)
        return finding if severity is finding.severity else finding.with_changes(severity=severity)


_POSITION = attrgetter("start", "end", "rule")


def _check_selectors(settings: Settings, rules: dict[str, RuleInfo]) -> None:
    """Refuse a selector that names nothing (exit 2), wherever it was written."""
    from mtfix.grammar.rules import LT_RULES  # valid names even while the backend is off

    valid = valid_selectors([*rules, *(rule.id for rule in LT_RULES)])
    check_selectors(settings.select, valid, "select")
    check_selectors(settings.ignore, valid, "ignore")
    for pattern, ignored in settings.per_path_ignore:
        check_selectors(ignored, valid, f"per-path-ignore {pattern!r}")
    check_selectors((key for key, _ in settings.severity), valid, "severity")


def sort_findings(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=_POSITION)


def dedupe(findings: list[Finding]) -> list[Finding]:
    """Drop repeats: the same rule on the same span, or two rules saying the same thing (the
    same span and suggestions; without suggestions, also the same category: two rules may see
    two problems in one span); the first registered wins."""
    seen_rule: set[tuple[str, int, int]] = set()
    seen_advice: set[tuple[int, int, str, tuple[str, ...]]] = set()
    unique = []
    for finding in findings:
        by_rule = (finding.rule, finding.start, finding.end)
        category = "" if finding.replacements else finding.category
        by_advice = (finding.start, finding.end, category, finding.replacements)
        if by_rule in seen_rule or by_advice in seen_advice:
            continue
        seen_rule.add(by_rule)
        seen_advice.add(by_advice)
        unique.append(finding)
    return unique


def drop_partial_fixes(findings: list[Finding]) -> list[Finding]:
    """Drop a fix that another finding around it makes in full: `,` -> `, ` beside
    `,Create` -> `, create`, `people's congress` inside `national people's congress` ->
    `National People's Congress`; or whose letters that finding re-cases as part of a whole
    name (`College` -> `college` inside `technical College party committee`, which the name's
    fix capitalises). Why: the user should see one finding with the whole correction, and the
    fixer should apply it in one pass. The inner one goes only when the outer fix is applied
    as readily (safe beside safe, or the inner one is not safe either)."""
    fixable = sorted((f for f in findings if f.fixable), key=lambda f: (f.start, -f.end))
    partial: set[int] = set()
    for index, whole in enumerate(fixable):
        for part in fixable[index + 1 :]:
            if part.start >= whole.end:
                break  # sorted by start: no later finding lies inside `whole`
            if part.end <= whole.end and _completes(whole, part):
                partial.add(id(part))
    if not partial:
        return findings
    return [finding for finding in findings if id(finding) not in partial]


def _completes(whole: Finding, part: Finding) -> bool:
    """True when `whole` covers more than `part` and, once `part`'s fix is made in `whole`'s
    text, `whole`'s fix differs from it only in the case of letters: `whole` makes `part`'s
    fix and re-cases more, or decides otherwise the case of the letters `part` re-cases."""
    if whole.rule == part.rule or (whole.start, whole.end) == (part.start, part.end) or not whole.fixable:
        return False
    if part.applicability is Applicability.SAFE and whole.applicability is not Applicability.SAFE:
        return False
    before, after = part.start - whole.start, part.end - whole.start
    patched = whole.text[:before] + part.replacements[0] + whole.text[after:]
    wanted = whole.replacements[0]
    return patched != wanted and patched.casefold() == wanted.casefold()
