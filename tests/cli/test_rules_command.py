"""`mtfix rules`: severity and the fix safety findings really carry, category filter, JSON,
LanguageTool-backed rules, a documentation link; `rules test` checks rule files (issue 17)."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import run_cli

RULE_FILE = """id = "county-town-calque"
category = "name.calque"
severity = "info"
applicability = "none"
description = "A calque of a county seat"
message = "Calque: '{match}'"
pattern = '''county town'''
%(doc)s
[examples]
good = ["The county seat is busy.", "The town is busy."]
bad = [
    { text = "The county town is busy.", fixed = "The county town is busy." },
    { text = "A county town grew.", fixed = "A county town grew." },
]
"""


def test_listing_shows_severity_and_a_safety_that_varies():
    result = run_cli("rules")
    assert result.returncode == 0, result.stderr.decode()
    lines = result.stdout.decode().splitlines()
    assert lines[0].split() == ["RULE", "CATEGORY", "SEVERITY", "FIX", "DESCRIPTION"]
    glued = next(line for line in lines if line.startswith("glued-words "))
    assert "warning" in glued and "varies: unsafe, safe" in glued
    assert any(line.startswith("lt-grammar ") and "needs --grammar languagetool" in line for line in lines)


def test_category_filter_and_json():
    result = run_cli("rules", "--category", "punct.doubled", "--format", "json")
    rules = json.loads(result.stdout)
    assert rules and {rule["category"] for rule in rules} == {"punct.doubled"}
    comma = next(rule for rule in rules if rule["id"] == "doubled-comma")
    assert comma["severity"] and comma["fix"] == "safe" and comma["url"].endswith("/doubled-comma.md")
    family = json.loads(run_cli("rules", "-c", "name", "--format", "json").stdout)
    assert {rule["category"].split(".")[0] for rule in family} == {"name"}


def test_unknown_category_names_the_nearest():
    result = run_cli("rules", "--category", "punct.dubled")
    assert result.returncode == 2 and "did you mean 'punct.doubled'" in result.stderr.decode()


def test_explain_prints_the_documentation_link_and_languagetool_rules_too():
    result = run_cli("rules", "explain", "space-after-comma")
    assert "Documentation: " in result.stdout.decode() and "space-after-comma.md" in result.stdout.decode()
    languagetool = run_cli("rules", "explain", "lt-grammar")
    assert languagetool.returncode == 0 and "LanguageTool" in languagetool.stdout.decode()


def test_explain_suggests_the_nearest_rule_id():
    result = run_cli("rules", "explain", "space-after-coma")
    assert result.returncode == 2 and "did you mean 'space-after-comma'" in result.stderr.decode()


def test_rules_test_reports_a_misnamed_file_and_a_missing_doc(tmp_path: Path):
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "county-seat.toml").write_text(RULE_FILE % {"doc": ""}, encoding="utf-8")
    result = run_cli("rules", "test", str(folder))
    out = result.stdout.decode()
    assert result.returncode == 1
    assert "file name 'county-seat' does not match the rule id" in out
    assert "WARN county-town-calque" in out and "no `doc` block" in out
    (folder / "county-seat.toml").rename(folder / "county-town-calque.toml")
    documented = RULE_FILE % {"doc": 'doc = """\nWhat it does: flags a calque.\n"""\n'}
    (folder / "county-town-calque.toml").write_text(documented, encoding="utf-8")
    passing = run_cli("rules", "test", str(folder))
    assert passing.returncode == 0, passing.stdout.decode()
    assert b"WARN" not in passing.stdout


def test_sarif_rules_carry_a_help_uri(tmp_path: Path):
    draft = tmp_path / "a.txt"
    draft.write_text("The county said,,yes.\n", encoding="utf-8")
    log = json.loads(run_cli("check", "--format", "sarif", str(draft)).stdout)
    (rule,) = [r for r in log["runs"][0]["tool"]["driver"]["rules"] if r["id"] == "doubled-comma"]
    assert rule["helpUri"].endswith("/doubled-comma.md")
