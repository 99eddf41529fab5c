"""User rules and configuration that fight back: runaway patterns, broken TOML, bad rules.

A rule with catastrophic backtracking is stopped by its timeout and reported, and every
other rule still runs; a malformed file is one line naming the file and, for TOML syntax,
the line and column. All through the real command line, with a user rule folder set in
`mtfix.toml` `rule-dirs`.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from helpers import run_cli

DRAFT = "The officials,, said the plan aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa! will be carried out.\n"

RUNAWAY_RULE = """\
id = "runaway-letters"
category = "word.doubled"
severity = "warning"
applicability = "none"
description = "A user rule whose nested quantifier backtracks catastrophically"
message = "Repeated letters"
pattern = '''(?:a|aa)+$'''
timeout = 0.5

[[examples.bad]]
text = "aa"

[[examples.bad]]
text = "aaa"

[examples]
good = ["the county", "the village"]
"""


def project(tmp_path: Path, rule: str | None = None, config: str = 'rule-dirs = ["my-rules"]\n') -> Path:
    """A folder with mtfix.toml, a user rule folder and a draft; returns the draft."""
    (tmp_path / "mtfix.toml").write_text(config, encoding="utf-8")
    rules = tmp_path / "my-rules" / "word"
    rules.mkdir(parents=True)
    if rule is not None:
        (rules / "user-rule.toml").write_text(rule, encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    return draft


def errors(result) -> list[str]:
    return result.stderr.decode().splitlines()


def test_runaway_pattern_is_stopped_reported_and_the_other_rules_still_run(tmp_path):
    draft = project(tmp_path, RUNAWAY_RULE)
    started = time.monotonic()
    result = run_cli("check", str(draft), cwd=tmp_path)
    assert time.monotonic() - started < 60
    rule_file = tmp_path / "my-rules" / "word" / "user-rule.toml"
    assert result.returncode == 2
    assert errors(result) == [
        f"mtfix: error: {rule_file}: rule runaway-letters: pattern timed out after 0.5 s on {draft}; "
        "rule disabled for the rest of the run"
    ]
    assert f"{draft}:1:14: doubled-comma" in result.stdout.decode()


def test_a_rule_that_timed_out_is_disabled_for_the_rest_of_the_run(tmp_path):
    """Issue 18 item 5: one timeout per run, not one per file (said once)."""
    first = project(tmp_path, RUNAWAY_RULE)
    drafts = [first]
    for number in range(4):
        other = tmp_path / f"draft{number}.txt"
        other.write_text(DRAFT, encoding="utf-8")
        drafts.append(other)
    result = run_cli("check", *map(str, drafts), cwd=tmp_path)
    assert result.returncode == 2
    timed_out = [line for line in errors(result) if "timed out" in line]
    assert len(timed_out) == 1 and timed_out[0].endswith("rule disabled for the rest of the run")
    assert result.stdout.decode().count(": doubled-comma") == 5


def test_runaway_pattern_while_fixing_still_fixes_with_the_other_rules(tmp_path):
    draft = project(tmp_path, RUNAWAY_RULE)
    result = run_cli("fix", "--diff", str(draft), cwd=tmp_path)
    assert result.returncode == 2
    assert "rule runaway-letters: pattern timed out after 0.5 s" in errors(result)[0]
    assert "-The officials,, said" in result.stdout.decode()
    assert draft.read_text(encoding="utf-8") == DRAFT


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        (
            'id = "x"\ncategory "word.doubled"\n',
            "invalid TOML: Expected '=' after a key in a key/value pair (at line 2, column 10)",
        ),
        (
            'id = "x"\n\n[examples\n',
            "invalid TOML: Expected ']' at the end of a table declaration (at line 3, column 10)",
        ),
        ('description = """never closed\n', "invalid TOML: Unterminated string (at end of document)"),
    ],
)
def test_malformed_rule_file_names_file_and_line(tmp_path, broken, expected):
    draft = project(tmp_path, broken)
    result = run_cli("check", str(draft), cwd=tmp_path)
    rule_file = tmp_path / "my-rules" / "word" / "user-rule.toml"
    assert (result.returncode, result.stdout) == (2, b"")
    assert errors(result) == [f"mtfix: error: {rule_file}: {expected}"]


def test_invalid_rule_names_file_and_rule(tmp_path):
    rule = RUNAWAY_RULE.replace("(?:a|aa)+$", "(unclosed")
    draft = project(tmp_path, rule)
    result = run_cli("check", str(draft), cwd=tmp_path)
    rule_file = tmp_path / "my-rules" / "word" / "user-rule.toml"
    assert (result.returncode, result.stdout) == (2, b"")
    [line] = errors(result)
    assert line.startswith(f"mtfix: error: {rule_file}: rule runaway-letters: bad pattern: missing )")


def test_rule_file_that_is_not_utf8_names_the_file(tmp_path):
    draft = project(tmp_path, None)
    rule_file = tmp_path / "my-rules" / "word" / "user-rule.toml"
    rule_file.write_bytes(b'id = "caf\xe9"\n')
    result = run_cli("check", str(draft), cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, b"")
    [line] = errors(result)
    assert line.startswith(f"mtfix: error: {rule_file}: cannot read: 'utf-8' codec can't decode byte 0xe9")


UNCLOSED = "invalid TOML: Unclosed array (at line 2, column 1)"
BAD_VALUE = "invalid TOML: Invalid value"


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("mtfix.toml", 'select = ["punct"\nignore = 1\n', UNCLOSED),
        (
            "mtfix.toml",
            "select = [1, 2]\n",
            "select: [1, 2] has the wrong type (expected a rule id, category or prefix, or a list of them)",
        ),
        (
            "mtfix.toml",
            "selct = ['punct']\n",
            "selct: unknown key (did you mean 'select'?) (expected one of: encoding, exclude, "
            "glossaries, grammar, ignore, input-format, "
            "lt-disabled-categories, lt-disabled-rules, lt-enabled-categories, lt-enabled-rules, "
            "lt-language, lt-picky, lt-server, lt-timeout, per-path-ignore, rule-dirs, select, "
            "severity, words)",
        ),
        ("pyproject.toml", "[tool.mtfix]\nignore = [\n", f"{BAD_VALUE} (at end of document)"),
        ("pyproject.toml", "[tool.mtfix]\nselect = = 'punct'\n", f"{BAD_VALUE} (at line 2, column 10)"),
    ],
)
def test_malformed_config_names_file_and_line(tmp_path, name, content, expected):
    (tmp_path / name).write_text(content, encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    result = run_cli("check", str(draft), cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, b"")
    assert errors(result) == [f"mtfix: error: {tmp_path / name}: {expected}"]


@pytest.mark.parametrize("kind", ["device", "fifo", "huge"])
def test_a_word_list_that_is_no_regular_small_file_is_refused_once(tmp_path, kind):
    """Issue 18 item 8: `words = ["/dev/zero"]`, a FIFO or a huge file read without limit."""
    import os

    if kind == "device":
        target = "/dev/zero"
        reason = "not a regular file (a device, pipe, socket or folder)"
    elif kind == "fifo":
        target = str(tmp_path / "words.fifo")
        os.mkfifo(target)
        reason = "not a regular file (a device, pipe, socket or folder)"
    else:
        target = str(tmp_path / "words.txt")
        with open(target, "wb") as handle:
            handle.truncate(65 * 1024 * 1024)  # sparse: no disk used
        reason = "above the 67108864 byte limit"
    draft = project(tmp_path, None, config=f'words = ["{target}"]\n')
    other = tmp_path / "other.txt"
    other.write_text(DRAFT, encoding="utf-8")
    result = run_cli("check", str(draft), str(other), cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == b""
    (line,) = errors(result)
    assert line.startswith(f"mtfix: error: {target}: cannot read word list: ") and reason in line


def test_a_broken_glossary_is_reported_once_without_a_document_name(tmp_path):
    """Issue 18 item 16: glossary errors were printed twice, prefixed with a draft's name."""
    draft = project(tmp_path, None, config='glossaries = ["terms.toml"]\n')
    (tmp_path / "terms.toml").write_text("colour = 1\n", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text(DRAFT, encoding="utf-8")
    result = run_cli("check", str(draft), str(other), cwd=tmp_path)
    assert result.returncode == 2
    assert errors(result) == [
        f"mtfix: error: {tmp_path / 'terms.toml'}: unknown key(s): colour; expected [[term]]"
    ]
