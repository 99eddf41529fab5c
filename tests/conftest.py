"""Shared fixtures: one linter per test session (rule data loads once), a private cache folder.
Helpers (paths, running the CLI, findings of one rule) are in helpers.py."""

from __future__ import annotations

import os

import pytest

import mtfix
from mtfix.config import Settings
from mtfix.context import Resources
from mtfix.linter import Linter


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


@pytest.fixture(scope="session")
def api_linter() -> mtfix.Linter:
    """The public API's linter, default settings: what the commands (and library users) run."""
    return mtfix.Linter()
