"""The README's examples are true: each block marked `<!-- readme-example -->` is a
`console` block whose `$ mtfix ...` line is run from the repository root (80 columns, no
colour) and whose remaining lines must equal what it prints on standard output.

Regenerate the shown outputs on purpose (after a change to rules or output), then read the
README's diff: `MTFIX_REGENERATE=1 python -m pytest tests/cli/test_readme.py`.
"""

from __future__ import annotations

import os
import re
import shlex

import pytest

from helpers import ROOT, run_cli

README = ROOT / "README.md"
REGENERATE = os.environ.get("MTFIX_REGENERATE") == "1"
BLOCK = re.compile(
    r"<!-- readme-example -->\n```console\n\$ (?P<command>[^\n]*)\n(?P<output>.*?)```\n", re.DOTALL
)


def examples() -> list[re.Match[str]]:
    return list(BLOCK.finditer(README.read_text(encoding="utf-8")))


def run_example(command: str) -> str:
    words = shlex.split(command)
    assert words[0] == "mtfix", f"an example runs mtfix: {command}"
    result = run_cli(*words[1:], cwd=ROOT, env={"COLUMNS": "80"})
    assert result.returncode in (0, 1), result.stderr.decode()
    return result.stdout.decode()


def test_the_readme_has_examples():
    assert len(examples()) >= 5
    assert README.read_text(encoding="utf-8").count("<!-- readme-example -->") == len(examples())


@pytest.mark.parametrize("index", range(len(examples())))
def test_readme_example_prints_what_it_shows(index):
    match = examples()[index]
    actual = run_example(match["command"])
    if REGENERATE:
        text = README.read_text(encoding="utf-8")
        match = examples()[index]  # offsets after earlier regenerated blocks
        text = text[: match.start("output")] + actual + text[match.end("output") :]
        README.write_text(text, encoding="utf-8")
        return
    assert match["output"] == actual, f"README example `{match['command']}` prints otherwise"
