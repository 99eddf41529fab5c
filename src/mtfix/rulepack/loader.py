"""Load and validate declarative rule files (`rules/<family>/<rule-id>.toml`).

Every problem is reported with the file and the rule id, at start-up, before any text
is checked: unknown keys, bad regexes, missing examples, duplicate ids.

Patterns are compiled on first use (`kinds.DeferredPattern`): `regex` compiles in pure
Python and most rules never run on a given input. A bad pattern is still refused here:
the syntax check is the standard library's parser (which the prefilter analysis runs
anyway) plus `regex` on each Unicode property name, and any pattern that parser cannot
read, or whose message template looks into a group, is compiled by `regex` at once.

The built-in folder's rules, once loaded without error, are kept in a cache file keyed by
the files' bytes (`cache.py`), so later runs skip all of this for them.
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Iterable, Mapping
from functools import partial
from pathlib import Path
from typing import Any

import regex

from mtfix.cachefiles import cache_folder
from mtfix.categories import CATEGORIES
from mtfix.datafiles import read_data_text
from mtfix.errors import RuleError
from mtfix.models import Applicability, BadExample, RuleInfo, Severity
from mtfix.paths import builtin_rules_dir
from mtfix.rulepack.cache import load_cached, source_key
from mtfix.rulepack.check import PatternCheck
from mtfix.rulepack.kinds import (
    DEFAULT_TIMEOUT_SECONDS,
    DeferredPattern,
    PatternRule,
    format_message,
    substitution_pattern,
)
from mtfix.rulepack.literal_index import LiteralIndex
from mtfix.rulepack.matching.matcher import PREFILTERS, sought
from mtfix.rulepack.rule_schema import rule_schema
from mtfix.schema import mistakes

KINDS = ("pattern", "substitution")
REQUIRED_KEYS = {"id", "category", "severity", "applicability", "description", "message", "examples"}
OPTIONAL_KEYS = {
    "kind",
    "pattern",
    "replacement",
    "table",
    "ignore_case",
    "protect",
    "timeout",
    "prefilter",
    "doc",
}
EXAMPLE_KEYS = {"bad", "good"}
MIN_EXAMPLES = 2  # every rule proves itself with at least two bad and two good examples
# Folders below a rules root that hold data tables rather than rules.
DATA_FOLDERS = frozenset({"data"})
_ID = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)*")
# Unicode property classes, which the standard library's parser cannot judge.
_PROPERTY = re.compile(r"\\\\|(\\[pP](?:\{[^}]*\}|[A-Za-z]))")


def rule_files(root: Path) -> list[Path]:
    """Every rule file under `root`, in a stable order; data folders are skipped."""
    if root.is_file():
        return [root]
    return sorted(
        path
        for path in root.rglob("*.toml")
        if not DATA_FOLDERS.intersection(path.relative_to(root).parts[:-1])
    )


def load_rules(roots: Iterable[Path], *, min_examples: int = MIN_EXAMPLES) -> list[PatternCheck]:
    """Load every rule under the roots; a later root overrides an earlier one by id.

    Rules from the built-in folder are trusted (run without a timeout, see
    `PatternRule.trusted`); a user folder's rule, even one overriding a built-in id, is not.
    """
    by_id: dict[str, PatternCheck] = {}
    builtin = _builtin_root()
    for root in roots:
        if not root.exists():
            raise RuleError(str(root), None, "rule folder does not exist (check rule-dirs in your config)")
        trusted = root.resolve() == builtin
        files = rule_files(root)
        if trusted:
            key = source_key(root, files, f"min{min_examples}")
            loaded = load_cached(cache_folder(), key, partial(_load_root, files, min_examples, True))
        else:
            loaded = _load_root(files, min_examples, trusted)
        for rule in loaded:
            by_id[rule.id] = rule
    checks = list(by_id.values())
    # One automaton pass per document finds the literals of all of them.
    index = LiteralIndex.of(sought(check.rule, check.analysis) for check in checks)
    return [check.sharing(index) for check in checks]


def _load_root(files: list[Path], min_examples: int, trusted: bool) -> list[PatternCheck]:
    """The rules of one folder's files, in order; a repeated id is an error."""
    rules: list[PatternCheck] = []
    seen_here: dict[str, str] = {}
    for path in files:
        rule = load_rule_file(path, min_examples=min_examples, trusted=trusted)
        if rule.id in seen_here:
            raise RuleError(str(path), rule.id, f"duplicate rule id (also in {seen_here[rule.id]})")
        seen_here[rule.id] = str(path)
        rules.append(rule)
    return rules


def _builtin_root() -> Path:
    """The built-in rule folder, resolved."""
    return builtin_rules_dir().resolve()


def load_rule_file(path: Path, *, min_examples: int = MIN_EXAMPLES, trusted: bool = False) -> PatternCheck:
    try:
        data = tomllib.loads(read_data_text(path))
    except tomllib.TOMLDecodeError as error:
        raise RuleError(str(path), None, f"invalid TOML: {error}") from error
    except (OSError, UnicodeDecodeError) as error:
        raise RuleError(str(path), None, f"cannot read: {error}") from error
    return build_rule(data, str(path), min_examples=min_examples, trusted=trusted)


def build_rule(
    data: Mapping[str, Any], origin: str, *, min_examples: int = MIN_EXAMPLES, trusted: bool = False
) -> PatternCheck:
    """The rule `data` describes (a rule file's table), analysed and ready to run."""
    rule_id = data.get("id") if isinstance(data.get("id"), str) else None

    def fail(reason: str) -> RuleError:
        return RuleError(origin, rule_id, reason)

    if not trusted:  # the built-in rules are reviewed data, checked by the test suite
        found = mistakes(dict(data), rule_schema())
        if found:
            raise fail("; ".join(found))
    missing = REQUIRED_KEYS - data.keys()
    if missing:
        raise fail(f"missing key(s): {', '.join(sorted(missing))}")
    unknown = data.keys() - REQUIRED_KEYS - OPTIONAL_KEYS
    if unknown:
        raise fail(f"unknown key(s): {', '.join(sorted(unknown))}")
    if not rule_id or not _ID.fullmatch(rule_id):
        raise fail("id must be lower-case words joined by '-' (e.g. space-after-comma)")
    if data["category"] not in CATEGORIES:
        raise fail(f"unknown category {data['category']!r}; one of: {', '.join(CATEGORIES)}")
    severity = _enum(Severity, data["severity"], "severity", fail)
    applicability = _enum(Applicability, data["applicability"], "applicability", fail)
    kind = data.get("kind", "pattern")
    if kind not in KINDS:
        raise fail(f"unknown kind {kind!r}; one of: {', '.join(KINDS)}")

    ignore_case = bool(data.get("ignore_case", False))
    lookup: dict[str, str] = {}
    replacements: tuple[str, ...] = ()
    if kind == "pattern":
        if "pattern" not in data or "table" in data:
            raise fail("a pattern rule needs 'pattern' and no 'table'")
        if not isinstance(data["pattern"], str):
            raise fail("'pattern' must be a string")
        pattern = DeferredPattern(data["pattern"], regex.IGNORECASE if ignore_case else 0)
        raw = data.get("replacement", ())
        replacements = (raw,) if isinstance(raw, str) else tuple(raw)
    else:
        table = data.get("table")
        if not isinstance(table, dict) or not table or "pattern" in data or "replacement" in data:
            raise fail("a substitution rule needs a non-empty 'table' and no 'pattern'/'replacement'")
        lookup = {(key.casefold() if ignore_case else key): str(value) for key, value in table.items()}
        pattern = substitution_pattern(table, ignore_case)
    prefilter = data.get("prefilter")
    if prefilter is not None and (kind != "pattern" or prefilter not in PREFILTERS):
        raise fail(f"unknown prefilter {prefilter!r}; one of: {', '.join(PREFILTERS)} (pattern rules only)")
    if applicability is not Applicability.NONE and not (replacements or lookup):
        raise fail(f"applicability {applicability.value!r} needs a replacement")

    info = RuleInfo(
        id=rule_id,
        category=data["category"],
        severity=severity,
        applicability=applicability,
        description=str(data["description"]).strip(),
        doc=str(data.get("doc", "")).strip(),
        bad_examples=_bad_examples(data["examples"], applicability, fail, min_examples),
        good_examples=_good_examples(data["examples"], fail, min_examples),
        origin=origin,
    )
    rule = PatternRule(
        info=info,
        pattern=pattern,
        message=str(data["message"]),
        replacements=replacements,
        protect=bool(data.get("protect", True)),
        timeout=float(data.get("timeout", DEFAULT_TIMEOUT_SECONDS)),
        lookup=lookup,
        prefilter=prefilter,
        trusted=trusted,
    )
    check = PatternCheck.of(rule)
    if kind == "pattern":
        _check_pattern(rule, check.analysis.parsed, fail)
        _check_replacements(rule, fail)
    _check_message(rule, fail)
    return check


def _check_pattern(rule: PatternRule, parsed: bool, fail: Any) -> None:
    """Refuse a pattern `regex` would refuse, compiling it only when the cheap check cannot tell
    (`parsed`: the standard parser read it, so only its property names are in doubt)."""
    if parsed:
        try:
            for found in {found for found in _PROPERTY.findall(rule.pattern.pattern) if found}:
                regex.compile(found)  # cached by `regex`: each property is compiled once
            return
        except regex.error:
            pass  # compiling the whole pattern names the problem as it always did
    try:
        rule.compiled()
    except RuleError as error:
        raise fail(error.reason) from error


def _check_replacements(rule: PatternRule, fail: Any) -> None:
    """Expand each replacement template on a real match of a bad example, so a reference to
    a group the pattern lacks (`\\g<9>`) is refused at load rather than failing mid-run."""
    templates = [template for template in rule.replacements if "\\" in template]
    if not templates:
        return
    match = None
    for example in rule.info.bad_examples:
        try:
            match = rule.compiled().search(example.text, timeout=rule.timeout)
        except TimeoutError:
            match = None
        if match is not None:
            break
    if match is None:
        return  # the examples' own test reports a rule that matches none of them
    for template in templates:
        try:
            match.expand(template)
        except (regex.error, IndexError, ValueError) as error:
            raise fail(
                f"replacement: {template!r}: {error} (expected group references the pattern defines)"
            ) from None


def _enum(kind: type[Any], value: Any, key: str, fail: Any) -> Any:
    try:
        return kind(value)
    except ValueError:
        choices = ", ".join(member.value for member in kind)
        raise fail(f"{key} {value!r} is not one of: {choices}") from None


def _bad_examples(
    examples: Any, applicability: Applicability, fail: Any, minimum: int
) -> tuple[BadExample, ...]:
    if not isinstance(examples, dict) or examples.keys() - EXAMPLE_KEYS:
        raise fail("'examples' must be a table with 'bad' and 'good'")
    bad = examples.get("bad", [])
    if len(bad) < minimum:
        raise fail(f"needs at least {minimum} bad examples, has {len(bad)}")
    result = []
    for item in bad:
        if not isinstance(item, dict) or "text" not in item or item.keys() - {"text", "fixed"}:
            raise fail("each bad example is {text = ..., fixed = ...}")
        fixed = item.get("fixed")
        if fixed is None:
            if applicability is not Applicability.NONE:
                raise fail(f"bad example {item['text']!r} needs 'fixed' (the rule has a fix)")
            fixed = item["text"]
        result.append(BadExample(str(item["text"]), str(fixed)))
    return tuple(result)


def _good_examples(examples: Mapping[str, Any], fail: Any, minimum: int) -> tuple[str, ...]:
    good = examples.get("good", [])
    if len(good) < minimum or not all(isinstance(item, str) for item in good):
        raise fail(f"needs at least {minimum} good examples (strings), has {len(good)}")
    return tuple(good)


class _NoMatch:
    """Stands in for a match when checking a template that only names groups: every
    field then formats as text, whatever the pattern matches."""

    def group(self, _: int = 0) -> str:
        return ""

    def groups(self) -> tuple[str, ...]:
        return ()

    def groupdict(self) -> dict[str, str]:
        return {}


def _check_message(rule: PatternRule, fail: Any) -> None:
    """Format the message once so a broken template fails at load; a template that indexes
    or reads attributes of a group is tried against a real match of the first bad example."""
    try:
        match: Any = _NoMatch()
        if any(
            field and ("[" in field or "." in field)
            for _, field, _, _ in string.Formatter().parse(rule.message)
        ):
            probe = rule.info.bad_examples[0].text if rule.info.bad_examples else ""
            match = rule.compiled().search(probe, timeout=rule.timeout) or regex.match("", "")
        format_message(rule.message, match)
    except (ValueError, IndexError, KeyError, AttributeError) as error:
        raise fail(f"bad message template {rule.message!r}: {error}") from error
