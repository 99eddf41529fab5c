"""`mtfix review` as a reviewer uses it: in a real pseudo-terminal (pexpect), single keys,
the readline editor; and with answers piped in line by line (the non-terminal fallback).
"""

from __future__ import annotations

import os
import sys

import pytest

from helpers import run_cli
from review.test_workspace import DRAFT, make_workspace

pexpect = pytest.importorskip("pexpect", reason="pexpect drives the pseudo-terminal")

PROMPT = "Apply? [y,n,e,a,s,u,q,?] "
TIMEOUT = 60  # generous: the machine is shared; a passing run never waits on it


@pytest.fixture
def workspace(tmp_path):
    make_workspace(tmp_path)
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    return tmp_path


def spawn_review(workspace, *args: str):
    env = {**os.environ, "NO_COLOR": "1", "TERM": "xterm"}
    env.pop("INPUTRC", None)
    child = pexpect.spawn(
        sys.executable,
        ["-m", "mtfix", "review", *args],
        cwd=str(workspace),
        env=env,
        encoding="utf-8",
        timeout=TIMEOUT,
        dimensions=(50, 200),
    )
    return child


def answer(child, progress: str, key: str) -> None:
    """Wait for suggestion `progress` (e.g. "2/6") and its prompt, then press `key`."""
    child.expect_exact(f"{progress}  ")
    child.expect_exact(PROMPT)
    child.send(key)


def finish(child) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus


def test_accept_reject_edit_quit_in_a_pseudo_terminal(workspace):
    child = spawn_review(workspace, "draft.txt")
    answer(child, "1/6", "y")  # Yellow-stone Village -> Huangshi Village
    answer(child, "2/6", "n")  # keep ",,"
    answer(child, "3/6", "e")  # "bridge,which": type our own replacement
    child.expect_exact("replace ',' with: ")
    child.send("\x15; \r")  # Ctrl-U clears the pre-filled ", "
    child.expect_exact("accepted as edited")
    answer(child, "4/6", "q")
    child.expect_exact("Write 2 accepted changes to draft.txt? [y/n] ")
    child.send("y")
    child.expect_exact("wrote 2 changes to draft.txt")
    assert finish(child) == 0
    expected = DRAFT.replace("Yellow-stone", "Huangshi").replace("bridge,which", "bridge; which")
    assert (workspace / "draft.txt").read_text(encoding="utf-8") == expected


def test_skip_undo_accept_all_and_revisit_in_a_pseudo_terminal(workspace):
    child = spawn_review(workspace, "draft.txt")
    answer(child, "1/6", "s")
    answer(child, "2/6", "y")
    answer(child, "3/6", "?")  # not a decision: help, then the same suggestion again
    child.expect_exact("undo the last decision")
    answer(child, "3/6", "u")  # takes back the "y" on 2/6
    child.expect_exact("undid the decision on 2/6")
    answer(child, "2/6", "n")
    answer(child, "3/6", "a")  # both glued commas
    child.expect_exact("accepted 2 suggestions of rv-space-after-comma")
    answer(child, "4/6", "y")
    answer(child, "5/6", "n")
    child.expect_exact("1 skipped suggestion: review again? [y/n] ")
    child.send("y")
    answer(child, "1/6", "y")
    child.expect_exact("wrote 4 changes to draft.txt")  # a finished review writes without asking
    assert finish(child) == 0
    assert (workspace / "draft.txt").read_text(encoding="utf-8") == (
        "Officials in Huangshi Village said,, the new bridge, which cost 3,000,000 yuan, will open in June.\n"
        "The villagers welcomed the the project, and the county praised it.\n"
    )


def test_ctrl_c_quits_and_declining_to_write_leaves_the_file_alone(workspace):
    child = spawn_review(workspace, "draft.txt")
    answer(child, "1/6", "y")
    answer(child, "2/6", "\x03")  # Ctrl-C: quit, asking about the one accepted change
    child.expect_exact("[y/n] ")
    child.send("n")
    child.expect_exact("draft.txt left unchanged")
    assert finish(child) == 0
    assert (workspace / "draft.txt").read_text(encoding="utf-8") == DRAFT


def test_answers_piped_line_by_line(workspace):
    # Not a terminal: one answer per line; `""` is an empty replacement in the editor.
    answers = 'y\nn\ne\n""\nq\ny\n'
    result = run_cli("review", "draft.txt", cwd=workspace, input=answers.encode())
    output = result.stdout.decode()
    assert result.returncode == 0, output + result.stderr.decode()
    assert "1/6  rv-village-calque [name.calque]  UNSAFE fix" in output
    assert "said,[-,-] the new" in output  # the inline diff shows only what changes
    assert (workspace / "draft.txt").read_text(encoding="utf-8") == DRAFT.replace(
        "Yellow-stone", "Huangshi"
    ).replace("bridge,which", "bridgewhich")


def test_end_of_input_quits_without_writing(workspace):
    result = run_cli("review", "draft.txt", cwd=workspace, input=b"y\ny\n")
    assert result.returncode == 0
    assert "left unchanged" in result.stdout.decode()
    assert (workspace / "draft.txt").read_text(encoding="utf-8") == DRAFT


def test_a_file_changed_during_the_review_is_not_overwritten(workspace):
    child = spawn_review(workspace, "draft.txt")
    answer(child, "1/6", "y")
    child.expect_exact("2/6  ")
    child.expect_exact(PROMPT)
    (workspace / "draft.txt").write_text(DRAFT + "A line added by someone else.\n", encoding="utf-8")
    child.send("q")
    child.expect_exact("[y/n] ")
    child.send("y")
    child.expect_exact("changed on disk since it was read; nothing written")
    assert finish(child) == 1
    assert (workspace / "draft.txt").read_text(encoding="utf-8").endswith("someone else.\n")


def test_review_refuses_standard_input_and_reports_nothing_to_review(workspace):
    assert run_cli("review", "-", cwd=workspace).returncode == 2
    (workspace / "clean.txt").write_text("The county opened a new school in May.\n", encoding="utf-8")
    result = run_cli("review", "clean.txt", cwd=workspace)
    assert result.returncode == 0
    assert "nothing to review" in result.stdout.decode()
