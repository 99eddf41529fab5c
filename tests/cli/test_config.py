"""Configuration: discovery upward, pyproject vs mtfix.toml, CLI flags win, errors name the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import run_cli
from mtfix.config import GrammarSettings, find_config, load_settings
from mtfix.errors import ConfigError
from mtfix.models import Severity

DRAFT = "The public,watched the ceremony, , and left.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def rules_reported(result) -> set[str]:
    return {json.loads(line)["rule"] for line in result.stdout.decode().splitlines()}


def test_config_is_found_upward_and_pyproject_needs_the_tool_table(tmp_path):
    write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")
    write(tmp_path / "mtfix.toml", "ignore = ['punct.doubled']\n")
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    assert find_config(nested) == (tmp_path / "mtfix.toml").resolve()
    write(nested / "pyproject.toml", "[tool.mtfix]\nselect = ['punct']\n")
    assert find_config(nested / "draft.txt") == (nested / "pyproject.toml").resolve()


def test_settings_parse_every_kind_of_key(tmp_path):
    config = write(
        tmp_path / "mtfix.toml",
        """
select = ["punct", "space.extra"]
ignore = "word.doubled"
rule-dirs = ["my-rules"]
grammar = "none"
[severity]
"space-after-comma" = "error"
[per-path-ignore]
"drafts/*.md" = ["punct.doubled"]
""",
    )
    settings = load_settings(config)
    assert settings.select == ("punct", "space.extra")
    assert settings.ignore == ("word.doubled",)
    assert settings.rule_dirs == (tmp_path / "my-rules",)
    assert settings.severity_for("space-after-comma", "punct.spacing", Severity.WARNING) is Severity.ERROR
    assert settings.per_path_ignore == (("drafts/*.md", ("punct.doubled",)),)


def test_flat_grammar_keys_fill_the_nested_grammar_settings(tmp_path):
    config = write(
        tmp_path / "mtfix.toml",
        """
grammar = "languagetool"
lt-server = "http://localhost:8081"
lt-language = "en-GB"
lt-picky = true
lt-disabled-rules = ["WHITESPACE_RULE", "EN_QUOTES"]
lt-enabled-categories = "STYLE"
lt-timeout = 10.0
""",
    )
    assert load_settings(config).grammar == GrammarSettings(
        backend="languagetool",
        server="http://localhost:8081",
        language="en-GB",
        picky=True,
        disabled_rules=("WHITESPACE_RULE", "EN_QUOTES"),
        enabled_categories=("STYLE",),
        timeout=10.0,
    )
    assert load_settings(write(tmp_path / "other.toml", "select = ['punct']\n")).grammar == GrammarSettings()


def test_unknown_config_key_names_the_file(tmp_path):
    config = write(tmp_path / "mtfix.toml", "selec = ['punct']\n")
    with pytest.raises(
        ConfigError, match=r"mtfix\.toml: selec: unknown key \(did you mean 'select'\?\) \(expected one of: "
    ):
        load_settings(config)


def test_invalid_toml_names_file_and_line(tmp_path):
    config = write(tmp_path / "mtfix.toml", "select = ['punct'\nignore = []\n")
    with pytest.raises(ConfigError, match=r"mtfix.toml: invalid TOML: .*line"):
        load_settings(config)


def test_config_applies_and_cli_flags_win(tmp_path):
    write(tmp_path / "mtfix.toml", "select = ['punct.doubled']\n[severity]\n'punct' = 'error'\n")
    draft = write(tmp_path / "draft.txt", DRAFT)
    from_config = run_cli("check", "--format", "jsonl", str(draft))
    records = [json.loads(line) for line in from_config.stdout.decode().splitlines()]
    assert {r["rule"] for r in records} == {"doubled-comma"}
    assert {r["severity"] for r in records} == {"error"}
    overridden = run_cli("check", "--format", "jsonl", "--select", "punct.spacing", str(draft))
    assert rules_reported(overridden) == {"space-after-comma"}


def test_explicit_config_flag(tmp_path):
    config = write(tmp_path / "elsewhere" / "custom.toml", "ignore = ['punct']\n")
    draft = write(tmp_path / "draft.txt", DRAFT)
    result = run_cli("check", "--config", str(config), "--format", "jsonl", str(draft))
    assert not any(rule.startswith(("space-after-comma", "doubled-comma")) for rule in rules_reported(result))


def test_every_config_mistake_is_one_line_naming_file_and_key(tmp_path):
    """Issue 18 item 10: the whole table is validated up front, no traceback, exit 2."""
    write(
        tmp_path / "mtfix.toml",
        'per-path-ignore = "x"\ninput-format = "pdf"\nseverity = {punct = "x"}\n'
        'lt-timeout = "abc"\nlt-picky = "no"\nencoding = "no-such-codec"\n',
    )
    draft = write(tmp_path / "draft.txt", DRAFT)
    result = run_cli("check", str(draft))
    config = tmp_path / "mtfix.toml"
    assert result.returncode == 2 and result.stdout == b""
    assert result.stderr.decode().splitlines() == [
        f"mtfix: error: {config}: input-format: 'pdf' is not one of the choices "
        "(expected one of: auto, text, markdown, html)",
        f"mtfix: error: {config}: lt-picky: 'no' has the wrong type (expected true or false)",
        f"mtfix: error: {config}: lt-timeout: 'abc' has the wrong type "
        "(expected a positive number of seconds, at most 3600)",
        f"mtfix: error: {config}: per-path-ignore: 'x' has the wrong type "
        "(expected a table of glob = rule id or list of rule ids)",
        f"mtfix: error: {config}: severity.punct: 'x' is not one of the choices "
        "(expected one of: error, warning, info)",
        f"mtfix: error: {config}: encoding: unknown encoding 'no-such-codec' "
        "(expected an encoding name such as utf-8, gb18030 or cp1252)",
    ]


@pytest.mark.parametrize("value", ["-5", "nan", "inf", "1e9"])
def test_an_lt_timeout_out_of_range_is_refused(tmp_path, value):
    write(tmp_path / "mtfix.toml", f"lt-timeout = {value}\n")
    draft = write(tmp_path / "draft.txt", DRAFT)
    result = run_cli("check", str(draft))
    assert result.returncode == 2
    assert b"lt-timeout: " in result.stderr and b"(expected a positive number of seconds" in result.stderr


def test_an_unknown_encoding_flag_is_refused_before_reading(tmp_path):
    draft = write(tmp_path / "draft.txt", DRAFT)
    result = run_cli("check", "--encoding", "no-such-codec", str(draft))
    assert result.returncode == 2
    assert b"encoding: unknown encoding 'no-such-codec'" in result.stderr


def test_bad_config_is_exit_2_with_one_line(tmp_path):
    write(tmp_path / "mtfix.toml", "select = 3\n")
    draft = write(tmp_path / "draft.txt", DRAFT)
    result = run_cli("check", str(draft))
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        f"mtfix: error: {tmp_path / 'mtfix.toml'}: select: 3 has the wrong type "
        "(expected a rule id, category or prefix, or a list of them)"
    ]


def test_the_encoding_key_of_the_config_file_is_used(tmp_path):
    """Issue 18 item 12: `encoding` in the config file was ignored (only the flag counted)."""
    write(tmp_path / "mtfix.toml", 'encoding = "cp1252"\n')
    draft = tmp_path / "draft.txt"
    draft.write_bytes("The caf\u00e9 owner,, said the \u201cplan\u201d works.\n".encode("cp1252"))
    result = run_cli("check", "--format", "jsonl", str(draft))
    assert result.returncode == 1, result.stderr
    assert b"doubled-comma" in result.stdout
    assert b"\\u5496" not in result.stdout and "\u5496".encode() not in result.stdout
    fixed = run_cli("fix", "--write", str(draft))
    assert fixed.returncode in (0, 1), fixed.stderr
    assert draft.read_bytes() == "The caf\u00e9 owner, said the \u201cplan\u201d works.\n".encode("cp1252")


def test_the_guessed_encoding_is_said(tmp_path):
    draft = tmp_path / "draft.txt"
    text = "The Qu\u00e9bec d\u00e9legation met the Pr\u00e9fet in Montr\u00e9al,, said the r\u00e9port.\n"
    draft.write_bytes(text.encode("cp1252"))
    result = run_cli("check", str(draft))
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        f"mtfix: note: {draft}: not UTF-8 and no encoding given; read as cp1252 (pass --encoding to choose)"
    ]


def test_a_mistyped_severity_value_names_the_nearest_choice(tmp_path):
    config = write(tmp_path / "mtfix.toml", "[severity]\nspace-after-comma = 'eror'\n")
    with pytest.raises(
        ConfigError,
        match=r"severity\.space-after-comma: 'eror' is not one of the choices \(did you mean 'error'\?\)",
    ):
        load_settings(config)
