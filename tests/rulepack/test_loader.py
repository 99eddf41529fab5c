"""The rule loader refuses bad rule files with the file and the rule named, stops a
runaway user pattern with its timeout, lets a user folder override a built-in rule by id,
and `mtfix rules test PATH` passes or fails a user folder as it should."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import run_cli
from mtfix.config import Settings
from mtfix.context import Resources
from mtfix.document import Document
from mtfix.errors import RuleError
from mtfix.linter import Linter
from mtfix.paths import builtin_rules_dir
from mtfix.rulepack.loader import load_rules

VALID = {
    "id": '"space-before-colon-test"',
    "category": '"punct.spacing"',
    "severity": '"warning"',
    "applicability": '"safe"',
    "description": '"A test rule"',
    "message": '"Stray space before colon"',
    "pattern": "'''(?<=\\p{L}) :'''",
    "replacement": '":"',
}
EXAMPLES = """
[examples]
good = ["Tel: 0731", "ratio 3 : 1"]
bad = [
    { text = "Tel : 0731", fixed = "Tel: 0731" },
    { text = "Fax : 0731", fixed = "Fax: 0731" },
]
"""


def rule_text(examples: str = EXAMPLES, **changes: str | None) -> str:
    keys = {**VALID, **changes}
    body = "\n".join(f"{key} = {value}" for key, value in keys.items() if value is not None)
    return body + "\n" + examples


def write_rule(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_rule_loads(tmp_path):
    write_rule(tmp_path, "space-before-colon-test.toml", rule_text())
    assert [rule.id for rule in load_rules([tmp_path])] == ["space-before-colon-test"]


@pytest.mark.parametrize(
    ("changes", "examples", "reason"),
    [
        ({"colour": '"red"'}, EXAMPLES, "colour: unknown key (expected one of: "),
        ({"pattern": "'''(unclosed'''"}, EXAMPLES, "bad pattern"),
        (
            {},
            '[examples]\ngood = ["Tel: 0731", "x"]\nbad = [{ text = "Tel : 1", fixed = "Tel: 1" }]\n',
            "needs at least 2 bad examples",
        ),
        (
            {},
            '[examples]\ngood = ["Tel: 0731"]\nbad = [{ text = "A : 1", fixed = "A: 1" }, '
            '{ text = "B : 1", fixed = "B: 1" }]\n',
            "needs at least 2 good examples",
        ),
        ({"category": '"punct.wrong"'}, EXAMPLES, "category: 'punct.wrong' is not one of the choices"),
        (
            {"severity": '"fatal"'},
            EXAMPLES,
            "severity: 'fatal' is not one of the choices (expected one of: error, warning, info)",
        ),
        ({"message": '"Bad {1"'}, EXAMPLES, "bad message template"),
        ({"timeout": "-5"}, EXAMPLES, "timeout: -5 is less than or equal to the minimum of 0 (expected a"),
        ({"timeout": "nan"}, EXAMPLES, "timeout: nan is not a finite number (expected a positive number"),
        ({"timeout": "inf"}, EXAMPLES, "timeout: inf is not a finite number"),
        ({"timeout": '"abc"'}, EXAMPLES, "timeout: 'abc' has the wrong type (expected a positive number"),
        ({"timeout": "3600"}, EXAMPLES, "timeout: 3600 is greater than the maximum of 60"),
        (
            {"pattern": r"'''(?<=\p{L}) (:)'''", "replacement": r"'''\g<9>'''"},
            EXAMPLES,
            r"replacement: '\\g<9>': invalid group reference",
        ),
    ],
    ids=[
        "unknown-key",
        "bad-regex",
        "few-bad-examples",
        "few-good-examples",
        "bad-category",
        "bad-severity",
        "bad-message",
        "negative-timeout",  # issue 18 item 6: a timeout must be positive, finite and sane
        "nan-timeout",
        "infinite-timeout",
        "text-timeout",  # issue 18 item 10: every mistake is `key: what (expected ...)`
        "huge-timeout",
        "missing-group",
    ],
)
def test_invalid_rules_name_file_and_rule(tmp_path, changes, examples, reason):
    path = write_rule(tmp_path, "space-before-colon-test.toml", rule_text(examples, **changes))
    with pytest.raises(RuleError) as caught:
        load_rules([tmp_path])
    message = str(caught.value)
    assert str(path) in message
    assert "rule space-before-colon-test" in message
    assert reason in message


def test_duplicate_ids_in_one_folder_name_both_files(tmp_path):
    first = write_rule(tmp_path / "a", "space-before-colon-test.toml", rule_text())
    second = write_rule(tmp_path / "b", "space-before-colon-test.toml", rule_text())
    with pytest.raises(RuleError) as caught:
        load_rules([tmp_path])
    message = str(caught.value)
    assert "duplicate rule id" in message and "space-before-colon-test" in message
    assert str(first) in message and str(second) in message


def test_catastrophic_backtracking_is_stopped_and_reported(tmp_path):
    runaway = rule_text(
        '[examples]\ngood = ["b", "c"]\nbad = [{ text = "aa" }, { text = "aaa" }]\n',
        id='"runaway-pattern"',
        applicability='"none"',
        replacement=None,
        pattern="'''(a+)+$'''",
        timeout="0.1",
    )
    write_rule(tmp_path, "runaway-pattern.toml", runaway)
    linter = Linter(Resources(Settings(rule_dirs=(tmp_path,))))
    result = linter.check(Document("a" * 3000 + "b", path="long.txt"))
    assert any("runaway-pattern" in problem and "timed out" in problem for problem in result.problems)
    assert not [finding for finding in result.findings if finding.rule == "runaway-pattern"]


def test_a_user_folder_overrides_a_built_in_rule_by_id(tmp_path):
    assert "space-before-colon" in {rule.id for rule in load_rules([builtin_rules_dir()])}
    override = rule_text(id='"space-before-colon"', severity='"error"', description='"Overridden"')
    path = write_rule(tmp_path, "space-before-colon.toml", override)
    rules = {rule.id: rule for rule in load_rules([builtin_rules_dir(), tmp_path])}
    assert rules["space-before-colon"].info.description == "Overridden"
    assert rules["space-before-colon"].info.origin == str(path)
    linter = Linter(Resources(Settings(rule_dirs=(tmp_path,))))
    assert linter.rule("space-before-colon").severity.value == "error"


def test_only_rules_from_the_built_in_folder_are_trusted(tmp_path):
    """Built-in rules run without a timeout; a user rule, even one overriding a built-in id, keeps it."""
    override = rule_text(id='"space-before-colon"', description='"Overridden"')
    write_rule(tmp_path, "space-before-colon.toml", override)
    write_rule(tmp_path, "space-before-colon-test.toml", rule_text())
    rules = {rule.id: rule for rule in load_rules([builtin_rules_dir(), tmp_path])}
    assert not rules["space-before-colon"].rule.trusted
    assert not rules["space-before-colon-test"].rule.trusted
    assert rules["space-after-comma"].rule.trusted


def test_rules_test_passes_a_good_user_folder(tmp_path):
    write_rule(tmp_path / "rules", "space-before-colon-test.toml", rule_text())
    done = run_cli("rules", "test", str(tmp_path / "rules"), cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert b"1 rules, 4 examples, 0 failures" in done.stdout


def test_rules_test_fails_a_rule_whose_example_is_wrong(tmp_path):
    wrong = EXAMPLES.replace('fixed = "Fax: 0731"', 'fixed = "Fax:0731"')
    write_rule(tmp_path / "rules", "space-before-colon-test.toml", rule_text(wrong))
    done = run_cli("rules", "test", str(tmp_path / "rules"), cwd=tmp_path)
    assert done.returncode == 1
    assert b"FAIL space-before-colon-test" in done.stdout


def test_rules_test_reports_an_invalid_user_folder(tmp_path):
    write_rule(tmp_path / "rules", "space-before-colon-test.toml", rule_text(colour='"red"'))
    done = run_cli("rules", "test", str(tmp_path / "rules"), cwd=tmp_path)
    assert done.returncode == 2
    assert b"colour: unknown key (expected one of:" in done.stderr


def test_messages_quote_numbered_and_named_groups():
    import regex

    from mtfix.rulepack.kinds import format_message

    match = regex.search(r"(?P<left>\w+),(\w+)", "the public,watched")
    assert (
        format_message("{1} / {2} / {left} / {0} {{x}}", match)
        == "public / watched / public / public,watched {x}"
    )


def test_a_missing_rule_folder_is_an_error_not_silence(tmp_path):
    with pytest.raises(RuleError, match="rule folder does not exist"):
        load_rules([tmp_path / "no-such-rules"])
    (tmp_path / "mtfix.toml").write_text('rule-dirs = ["my-rulse"]\n', encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("The public,watched.\n", encoding="utf-8")
    result = run_cli("check", str(draft))
    assert result.returncode == 2
    assert b"my-rulse: rule folder does not exist" in result.stderr
