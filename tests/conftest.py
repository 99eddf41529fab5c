"""Shared fixtures: one linter per test session (rule data loads once), a private cache folder.
Helpers (paths, running the CLI, findings of one rule) are in helpers.py."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

import pytest

# Before mtfix is imported: its modules compile their patterns at import, through the store of
# compiled patterns kept in the cache folder (`mtfix.patterns`), which must not be the user's.
_IMPORT_CACHE = tempfile.mkdtemp(prefix="mtfix-test-cache-")
atexit.register(shutil.rmtree, _IMPORT_CACHE, ignore_errors=True)  # after the store's save
os.environ["MTFIX_CACHE_DIR"] = _IMPORT_CACHE

import mtfix  # noqa: E402
from mtfix.config import Settings  # noqa: E402
from mtfix.context import Resources  # noqa: E402
from mtfix.linter import Linter  # noqa: E402


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
