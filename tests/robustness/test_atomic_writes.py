"""`write_atomic`: nothing lost, nothing half-written, nothing overwritten that changed.

The kill tests run a child that rewrites a large file in a loop and kill it at random
moments (fixed seed): the file must always hold one complete version. SIGKILL may leave an
orphaned `.mtfix-<name>-<random>.tmp` beside the file (documented: safe to delete);
SIGTERM, which the CLI turns into a normal exit, must leave nothing.
"""

from __future__ import annotations

import os
import random
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from helpers import run_cli
from mtfix.document import Document
from mtfix.errors import InputError
from mtfix.files import read_document, write_atomic

OLD = "The county,, said the plan will be carried out.\n"
NEW = "The county, said the plan will be carried out.\n"


def leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name not in keep)


def test_write_keeps_mode_and_replaces_only_the_content(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(OLD, encoding="utf-8")
    path.chmod(0o640)
    document = read_document(str(path))
    write_atomic(document, NEW)
    assert path.read_text(encoding="utf-8") == NEW
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert leftovers(tmp_path, {"draft.txt"}) == []


def test_write_through_a_symlink_updates_the_target_and_keeps_the_link(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text(OLD, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    write_atomic(read_document(str(link)), NEW)
    assert link.is_symlink() and target.read_text(encoding="utf-8") == NEW


def test_file_changed_since_read_is_refused_and_kept(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(OLD, encoding="utf-8")
    document = read_document(str(path))
    path.write_text(OLD + "An editor added this line.\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        write_atomic(document, NEW)
    assert str(caught.value) == f"{path}: changed on disk since it was read; not written"
    assert path.read_text(encoding="utf-8") == OLD + "An editor added this line.\n"
    assert leftovers(tmp_path, {"draft.txt"}) == []


def test_failed_rename_leaves_original_and_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "draft.txt"
    path.write_text(OLD, encoding="utf-8")
    document = read_document(str(path))

    def full_disk(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(InputError) as caught:
        write_atomic(document, NEW)
    assert str(caught.value) == f"{path}: cannot write: No space left on device"
    assert path.read_text(encoding="utf-8") == OLD
    assert leftovers(tmp_path, {"draft.txt"}) == []


def test_unencodable_fix_is_refused_before_touching_the_file(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("广西 county,, said".encode("gbk"))
    document = read_document(str(path), "gbk")
    expected = r"cannot encode the fixed text as gbk \(character '😀' at offset 3\)"
    with pytest.raises(InputError, match=expected):
        write_atomic(document, "广西 😀")
    assert path.read_bytes() == "广西 county,, said".encode("gbk")
    assert leftovers(tmp_path, {"gbk.txt"}) == []


def test_a_refused_write_fails_that_file_only(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    for path in (first, second):
        path.write_text(OLD, encoding="utf-8")
    # Inside the CLI process, an editor saves a.txt between mtfix's read and its write.
    shim = textwrap.dedent(
        f"""
        import sys
        import mtfix.cli as cli
        import mtfix.files as files
        real = files.write_atomic
        def racing(document, text, target=None):
            if document.path.endswith("a.txt"):
                with open(document.path, "a", encoding="utf-8") as handle:
                    handle.write("Saved by an editor.\\n")
            return real(document, text, target)
        files.write_atomic = racing
        sys.argv = ["mtfix", "fix", "--write", "--select", "doubled-comma", {str(first)!r}, {str(second)!r}]
        cli.main()
        """
    )
    result = subprocess.run([sys.executable, "-c", shim], capture_output=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        f"mtfix: error: {first}: changed on disk since it was read; not written",
        f"fixed {second}",
        "Applied 1 fix to 1 file; 0 remaining (0 with --unsafe, 0 to fix by hand)",
    ]
    assert first.read_text(encoding="utf-8") == OLD + "Saved by an editor.\n"
    assert second.read_text(encoding="utf-8") == NEW


_WRITER = """
import sys
from mtfix.cli import _harden_process
from mtfix.document import Document
from mtfix.files import write_atomic
path, size = sys.argv[1], int(sys.argv[2])
_harden_process()
versions = [ch * size for ch in "ab"]
count = 0
while True:
    write_atomic(Document(versions[count % 2], path), versions[count % 2])
    count += 1
    if count == 1:
        print("ready", flush=True)
"""


def kill_while_writing(path: Path, signum: int, rng: random.Random, size: int) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path), str(size)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert child.stdout is not None
    assert child.stdout.readline() == b"ready\n"
    time.sleep(rng.uniform(0, 0.15))
    child.send_signal(signum)
    child.wait(timeout=60)


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_killed_writer_leaves_old_or_new_content_never_a_mix(tmp_path, signum):
    rng = random.Random(9)
    size = 4_000_000
    path = tmp_path / "draft.txt"
    path.write_bytes(b"a" * size)
    orphans = 0
    for _ in range(12):
        kill_while_writing(path, signum, rng, size)
        data = path.read_bytes()
        assert len(data) == size and data in (b"a" * size, b"b" * size), "truncated or mixed file"
        stray = leftovers(tmp_path, {"draft.txt"})
        if signum == signal.SIGTERM:
            assert stray == [], "SIGTERM must clean up its temporary file"
        else:
            assert all(name.startswith(".mtfix-draft.txt-") and name.endswith(".tmp") for name in stray)
            for name in stray:
                (tmp_path / name).unlink()
            orphans += len(stray)
    # An orphan proves a kill landed mid-write; about half the kills land mid-write.
    assert signum == signal.SIGTERM or orphans > 0


def test_cli_write_is_atomic_and_keeps_permissions(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(OLD, encoding="utf-8")
    path.chmod(0o604)
    result = run_cli("fix", "--write", "--select", "doubled-comma", str(path))
    assert (result.returncode, result.stderr.decode().splitlines()[0]) == (0, f"fixed {path}")
    assert path.read_text(encoding="utf-8") == NEW
    assert stat.S_IMODE(path.stat().st_mode) == 0o604
    assert leftovers(tmp_path, {"draft.txt"}) == []


def test_document_without_a_source_can_be_written_to_a_new_file(tmp_path):
    target = tmp_path / "out.txt"
    write_atomic(Document(OLD, "<stdin>"), NEW, str(target))
    assert target.read_text(encoding="utf-8") == NEW


def test_an_edit_made_while_the_new_bytes_are_written_is_not_overwritten(tmp_path):
    """Issue 18 item 1: the state is compared right before the rename, not only before writing.

    The editor appends when the temporary file appears (the early check has passed by then);
    whoever wins the race, the appended line must survive.
    """
    import threading

    path = tmp_path / "draft.txt"
    path.write_text(OLD * 400_000, encoding="utf-8")  # ~20 MB: writing and syncing takes a while
    document = read_document(str(path))
    appended = "An editor added this line.\n"

    def editor() -> None:
        while not any(name.endswith(".tmp") for name in os.listdir(tmp_path)):
            if path.stat().st_size != len(document.text):  # the write already finished
                return
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(appended)

    thread = threading.Thread(target=editor)
    thread.start()
    try:
        write_atomic(document, NEW * 400_000)
        refused = None
    except InputError as error:
        refused = error
    thread.join()
    if refused is None:  # the write won the race: the editor appended to the new text
        assert path.read_text(encoding="utf-8") == NEW * 400_000 + appended
    else:
        assert "changed on disk" in refused.reason
        assert path.read_text(encoding="utf-8").endswith(appended)
    assert leftovers(tmp_path, {"draft.txt"}) == []


def test_the_atomic_writer_refuses_a_file_that_moved_on_from_the_expected_state(tmp_path):
    from mtfix.atomicwrite import ChangedOnDisk, FileState, write_bytes_atomically

    path = tmp_path / "draft.txt"
    path.write_bytes(OLD.encode())
    state = FileState.of(path)
    with open(path, "ab") as handle:
        handle.write(b"more\n")
    with pytest.raises(ChangedOnDisk):
        write_bytes_atomically(path, NEW.encode(), expected=state)
    assert path.read_bytes() == OLD.encode() + b"more\n"
    write_bytes_atomically(path, NEW.encode(), expected=FileState.of(path))
    assert path.read_bytes() == NEW.encode()
