"""`atomicwrite.write_bytes_atomically`, the one whole-file writer, and that it is the only one.

The fix writer's own guarantees (stale files refused, kills mid-write) are tested in
`robustness/test_atomic_writes.py`; here: the primitive's contract, and a structural test
that no other module renames temporary files into place by itself.
"""

from __future__ import annotations

import ast
import os
import stat
from pathlib import Path

import pytest

import mtfix
from mtfix.atomicwrite import write_bytes_atomically
from mtfix.baseline import load_baseline, save_baseline
from mtfix.cachefiles import write_cache_file
from mtfix.document import Document
from mtfix.models import Finding, Severity

SOURCE = Path(mtfix.__file__).parent


def test_new_file_gets_the_umask_mode(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    write_bytes_atomically(path, b"The county held a meeting.\n")
    umask = os.umask(0)
    os.umask(umask)
    assert path.read_bytes() == b"The county held a meeting.\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
    assert os.listdir(tmp_path) == ["report.json"]


def test_existing_file_keeps_its_mode_unless_one_is_given(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(b"old")
    path.chmod(0o640)
    write_bytes_atomically(path, b"new")
    assert path.read_bytes() == b"new" and stat.S_IMODE(path.stat().st_mode) == 0o640
    write_bytes_atomically(path, b"newer", mode=0o600)
    assert path.read_bytes() == b"newer" and stat.S_IMODE(path.stat().st_mode) == 0o600


def test_failure_raises_and_leaves_the_old_content_and_no_temporary_file(tmp_path, monkeypatch) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(b"The township government,, said.")

    def full_disk(source: str, destination: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError, match="No space left"):
        write_bytes_atomically(path, b"The township government, said.")
    assert path.read_bytes() == b"The township government,, said."
    assert os.listdir(tmp_path) == ["draft.txt"]


def test_missing_folder_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_bytes_atomically(tmp_path / "no-such-folder" / "a.txt", b"x")


def test_cache_writer_creates_its_folder_and_ignores_failures(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "lexicon.bin"
    write_cache_file(path, b"header\n", b"payload")
    assert path.read_bytes() == b"header\npayload"
    blocker = tmp_path / "a-file"
    blocker.write_bytes(b"")
    write_cache_file(blocker / "lexicon.bin", b"header\n", b"payload")  # no folder can be made: no error


def test_baseline_is_written_whole_and_read_back(tmp_path: Path) -> None:
    document = Document("The the county held a meeting.\n", "news.txt")
    finding = Finding("doubled-word", "word.doubled", Severity.WARNING, 0, 7, "The the", "doubled word")
    path = tmp_path / "baseline.json"
    assert save_baseline(path, [(document, [finding])]) == 1
    assert load_baseline(path).new_findings(document, [finding]) == []
    assert os.listdir(tmp_path) == ["baseline.json"]


def _renames_or_temporary_files(tree: ast.AST) -> list[str]:
    """Calls of `os.replace`, `os.rename` or `tempfile.mkstemp`/`NamedTemporaryFile` in a module."""
    writers = {
        ("os", "replace"),
        ("os", "rename"),
        ("tempfile", "mkstemp"),
        ("tempfile", "NamedTemporaryFile"),
    }
    return [
        f"{node.value.id}.{node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and (node.value.id, node.attr) in writers
    ]


def test_only_atomicwrite_renames_temporary_files_into_place() -> None:
    offenders = {
        str(path.relative_to(SOURCE)): calls
        for path in sorted(SOURCE.rglob("*.py"))
        if path.name != "atomicwrite.py"
        and (calls := _renames_or_temporary_files(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert offenders == {}
