"""`mtfix eval` agrees exactly with the shared scorer (mteval.py) on our own gold set."""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mtfix.cli import app
from mtfix.measure.evaluate import Span, gold_documents, locates, suggestion_matches

GOLD = Path(__file__).parents[1] / "data" / "gold"
MTEVAL = Path(__file__).resolve().parents[3] / "shared" / "tools" / "mteval.py"

# Extra rules that make false alarms and over-wide findings, so the comparison covers them.
NOISY_RULES = {
    "bureau-capital.toml": """id = "bureau-capital"
category = "case.proper"
severity = "info"
applicability = "unsafe"
description = "Test rule: flags every lower-case bureau"
message = "Lower-case '{match}'"
pattern = '\\bbureau\\b'
replacement = "Bureau"

[[examples.bad]]
text = "the bureau said"
fixed = "the Bureau said"

[[examples.bad]]
text = "a bureau"
fixed = "a Bureau"

[examples]
good = ["the Bureau said", "bureaus"]
""",
    "long-sentence.toml": """id = "long-sentence"
category = "grammar"
severity = "info"
applicability = "none"
description = "Test rule: flags long sentences as a whole"
message = "Long sentence"
pattern = '[A-Z][^.\\n]{60,}\\.'

[[examples.bad]]
text = "This sentence goes on and on and on for quite a long time without any stop at all."
fixed = "This sentence goes on and on and on for quite a long time without any stop at all."

[[examples.bad]]
text = "Another sentence that goes on and on for quite a long time before it stops here."
fixed = "Another sentence that goes on and on for quite a long time before it stops here."

[examples]
good = ["Short one.", "Also short."]
""",
}


def mteval(folder: Path) -> dict:
    command = f"{shlex.quote(sys.executable)} -m mtfix"
    completed = subprocess.run(
        [sys.executable, str(MTEVAL), "--cmd", command, "--json", str(folder)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout)


def ours(folder: Path, *flags: str) -> dict:
    result = CliRunner().invoke(app, ["eval", str(folder), "--json", *flags])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def comparable(summary: dict) -> dict:
    """Everything but the wall-clock time."""
    return {key: value for key, value in summary.items() if key != "seconds"}


pytestmark = pytest.mark.skipif(not MTEVAL.exists(), reason="the shared scorer is not beside the repository")


def test_agrees_with_mteval_on_the_gold_set():
    expected = mteval(GOLD)
    assert expected["docs"] == 4 and expected["gold"] >= 20
    assert comparable(ours(GOLD)) == comparable(expected)


def test_agrees_with_mteval_with_false_alarms_and_wide_findings(tmp_path):
    folder = tmp_path / "gold"
    shutil.copytree(GOLD, folder)
    rules = tmp_path / "noisy"
    rules.mkdir()
    for name, text in NOISY_RULES.items():
        (rules / name).write_text(text, encoding="utf-8")
    (folder / "mtfix.toml").write_text(f"rule-dirs = [{json.dumps(str(rules))}]\n", encoding="utf-8")
    expected = mteval(folder)
    summary = ours(folder)
    assert comparable(summary) == comparable(expected)
    assert summary["precision"] is not None and summary["precision"] < 1.0


def test_show_lists_misses_and_false_alarms():
    result = CliRunner().invoke(app, ["eval", str(GOLD), "--show"])
    assert result.exit_code == 0
    assert "missed:" in result.stdout and "false alarms:" in result.stdout
    assert "docs 4  gold" in result.stdout


def test_no_gold_documents_is_an_error(tmp_path):
    assert CliRunner().invoke(app, ["eval", str(tmp_path)]).exit_code == 2


def test_gold_documents_skip_gold_texts_and_unannotated_drafts(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.gold.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "a.gold.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.txt").write_text("y", encoding="utf-8")
    assert [p.name for p in gold_documents([tmp_path])] == ["a.txt"]


@pytest.mark.parametrize(
    ("finding", "gold", "expected"),
    [
        (Span(5, 6), Span(4, 8), True),  # inside
        (Span(8, 9), Span(4, 8), False),  # touching is not meeting
        (Span(6, 6), Span(4, 8), True),  # an insertion point inside the artifact
        (Span(4, 8), Span(8, 8), True),  # a gold insertion at the finding's end
        (Span(0, 40), Span(10, 12), False),  # far wider than the artifact
    ],
)
def test_locates(finding, gold, expected):
    assert locates(finding, gold) is expected


def test_suggestion_matches_over_the_union_of_spans():
    draft = "the team arrived.Then it left"
    gold = Span(draft.index(".Then"), draft.index(".Then") + 5)
    assert suggestion_matches(draft, Span(gold.start, gold.start + 1), ". ", gold, ". Then")
    assert not suggestion_matches(draft, Span(gold.start, gold.start + 1), ".", gold, ". Then")
