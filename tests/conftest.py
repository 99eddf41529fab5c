"""Shared fixtures: one linter per test session (rule data loads once), helpers to run the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mtfix.config import Settings
from mtfix.context import Resources
from mtfix.document import Document
from mtfix.linter import Linter

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session", autouse=True)
def _private_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep the lexicon cache of this test run (and of the CLIs it starts) out of the
    user's cache folder."""
    os.environ["MTFIX_CACHE_DIR"] = str(tmp_path_factory.mktemp("mtfix-cache"))


@pytest.fixture(scope="session")
def resources() -> Resources:
    return Resources(Settings())


@pytest.fixture(scope="session")
def linter(resources: Resources) -> Linter:
    return Linter(resources)


def findings_for(linter: Linter, text: str, rule: str | None = None) -> list:
    found = linter.check(Document(text, path="<test>")).findings
    return [f for f in found if rule is None or f.rule == rule or f.category == rule]


def run_cli(*args: str, input: bytes | None = None, cwd: Path | None = None, env: dict | None = None):
    """Run `python -m mtfix` as a user would, returning the CompletedProcess (bytes)."""
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mtfix", *args],
        input=input,
        capture_output=True,
        cwd=cwd,
        env=full_env,
        timeout=300,
    )
