"""The commands around review after issue 20: `review` and `apply` settle the follow-ups of
accepted changes, `check --format jsonl` writes a review file with `"decision": "pending"`,
and `mtfix serve` prints a loopback address with a token and stops cleanly."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from helpers import run_cli
from review.test_workspace import make_workspace

GLUED = "They met,,the mayor on Monday.\n"  # ",," -> "," leaves "met,the": a follow-up
SETTLED = "They met, the mayor on Monday.\n"


@pytest.fixture
def folder(tmp_path):
    make_workspace(tmp_path)
    (tmp_path / "draft.txt").write_text(GLUED, encoding="utf-8")
    return tmp_path


def test_check_jsonl_is_a_review_file_with_pending_decisions(folder):
    result = run_cli("check", "--format", "jsonl", "draft.txt", cwd=folder)
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["decision"] for r in records] == ["pending"]
    assert list(records[0])[-2:] == ["fingerprint", "decision"]
    (folder / "review.jsonl").write_bytes(result.stdout)
    untouched = run_cli("apply", "draft.txt", "review.jsonl", cwd=folder)
    assert untouched.returncode == 0
    assert (
        "nothing to apply (0 accepted, 0 rejected, 1 without a decision (skipped))"
        in untouched.stderr.decode()
    )


def test_apply_settles_the_follow_up(folder):
    result = run_cli("check", "--format", "jsonl", "draft.txt", cwd=folder)
    review = result.stdout.decode().replace('"decision": "pending"', '"decision": "accept"')
    (folder / "review.jsonl").write_text(review, encoding="utf-8")
    preview = run_cli("apply", "--diff", "draft.txt", "review.jsonl", cwd=folder)
    assert "+They met, the mayor on Monday." in preview.stdout.decode()
    applied = run_cli("apply", "draft.txt", "review.jsonl", cwd=folder)
    assert applied.returncode == 0, applied.stderr.decode()
    assert "settled 1 follow-up edit at the accepted places (rv-space-after-comma)" in applied.stderr.decode()
    assert (folder / "draft.txt").read_text(encoding="utf-8") == SETTLED


def test_terminal_review_settles_the_follow_up(folder):
    result = run_cli("review", "draft.txt", input=b"y\n", cwd=folder)
    assert result.returncode == 0, result.stderr.decode()
    assert "settled 1 follow-up edit" in result.stdout.decode()
    assert (folder / "draft.txt").read_text(encoding="utf-8") == SETTLED


def test_serve_refuses_standard_input(folder):
    result = run_cli("serve", "-", cwd=folder)
    assert result.returncode == 2 and b"not standard input" in result.stderr


def test_serve_prints_a_loopback_address_with_a_token_and_stops_on_ctrl_c(folder):
    env = {**os.environ, "NO_COLOR": "1", "PYTHONUNBUFFERED": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "mtfix", "serve", "draft.txt"],
        cwd=folder,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lines = [server.stdout.readline() for _ in range(3)]
        assert lines[0].startswith("reviewing 1 suggestion(s) in 1 file(s)"), lines
        address = re.fullmatch(r"open (http://127\.0\.0\.1:\d+/\?token=([\w-]{40,}))\n", lines[1])
        assert address, lines
        with urllib.request.urlopen(address.group(1), timeout=60) as page:
            assert page.status == 200 and b"They met" in page.read()
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(address.group(1).split("?")[0], timeout=60)
        assert refused.value.code == 403
        assert (folder / "mtfix-review.jsonl").exists()
    finally:
        server.send_signal(signal.SIGINT)
        out, err = server.communicate(timeout=60)
    assert server.returncode == 0, err
    assert "stopped" in out
