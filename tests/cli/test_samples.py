"""Golden tests for what users see: each sample's `check` output and fixed text.

Regenerate on purpose after a deliberate change:
`MTFIX_REGENERATE=1 python -m pytest tests/cli/test_samples.py`, then read the diff of
samples/expected/ before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers import ROOT, run_cli

SAMPLES = sorted(p for p in (ROOT / "samples").iterdir() if p.suffix in {".txt", ".md", ".xlf"})
EXPECTED = ROOT / "samples" / "expected"
REGENERATE = os.environ.get("MTFIX_REGENERATE") == "1"


def compare(path: Path, actual: str) -> None:
    if REGENERATE:
        path.parent.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="")
        return
    assert path.exists(), f"{path} missing: run with MTFIX_REGENERATE=1"
    with path.open(encoding="utf-8", newline="") as handle:
        assert actual == handle.read(), f"{path.name} differs from the golden file"


def test_there_are_samples():
    assert len(SAMPLES) >= 3


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_sample_check_output(sample):
    result = run_cli("check", f"samples/{sample.name}", cwd=ROOT)
    assert result.returncode == 1, result.stderr.decode()
    compare(EXPECTED / f"{sample.name}.check", result.stdout.decode())


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_sample_fixed_text_and_second_pass_is_a_no_op(sample, tmp_path):
    fixed = tmp_path / sample.name
    result = run_cli("fix", f"samples/{sample.name}", "--output", str(fixed), cwd=ROOT)
    assert result.returncode == 0, result.stderr.decode()
    compare(EXPECTED / f"{sample.name}.fixed", fixed.read_text(encoding="utf-8"))
    again = run_cli("fix", "--diff", str(fixed), cwd=ROOT)
    assert again.stdout == b"", again.stdout.decode()
