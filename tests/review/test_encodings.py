"""Every review path writes the file back in its own encoding, BOM and newline style."""

from __future__ import annotations

import json

import pytest

from helpers import run_cli
from review.test_workspace import DRAFT, make_workspace

# A CJK line so that GB18030 and UTF-16 really differ from UTF-8.
TEXT = "黄石村通讯 2024年6月\n" + DRAFT
FIXED = "黄石村通讯 2024年6月\n" + (
    "Officials in Huangshi Village said, the new bridge, which cost 3,000,000 yuan, will open in June.\n"
    "The villagers welcomed the project, and the county praised it.\n"
)
STYLES = {
    "utf-8-bom": ("utf-8-sig", "\n"),
    "utf-16": ("utf-16", "\n"),
    "gb18030": ("gb18030", "\n"),
    "crlf": ("utf-8", "\r\n"),
    "utf-16-crlf": ("utf-16", "\r\n"),
    "gb18030-crlf": ("gb18030", "\r\n"),
}


def encoded(text: str, style: str) -> bytes:
    encoding, newline = STYLES[style]
    return text.replace("\n", newline).encode(encoding)


@pytest.fixture
def workspace(tmp_path):
    return make_workspace(tmp_path)


@pytest.mark.parametrize("style", sorted(STYLES))
def test_interactive_review_keeps_the_file_style(workspace, style):
    target = workspace / "draft.txt"
    target.write_bytes(encoded(TEXT, style))
    result = run_cli("review", "draft.txt", cwd=workspace, input=b"y\n" * 6)
    assert result.returncode == 0, result.stdout.decode() + result.stderr.decode()
    assert target.read_bytes() == encoded(FIXED, style)


@pytest.mark.parametrize("style", sorted(STYLES))
def test_offline_apply_keeps_the_file_style(workspace, style):
    target = workspace / "draft.txt"
    target.write_bytes(encoded(TEXT, style))
    check = run_cli("check", "--format", "jsonl", "draft.txt", cwd=workspace)
    records = [dict(json.loads(line), decision="accept") for line in check.stdout.decode().splitlines()]
    assert len(records) == 6
    (workspace / "review.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = run_cli("apply", "draft.txt", "review.jsonl", cwd=workspace)
    assert result.returncode == 0, result.stderr.decode()
    assert target.read_bytes() == encoded(FIXED, style)


def test_a_typed_line_break_takes_the_file_newline_style(workspace):
    target = workspace / "draft.txt"
    target.write_bytes(encoded(TEXT, "crlf"))
    # Not a terminal: a quoted answer in the editor is a JSON string, so "\n" is a line break.
    answers = 'n\nn\ne\n",\\n"\nq\ny\n'
    result = run_cli("review", "draft.txt", cwd=workspace, input=answers.encode())
    assert result.returncode == 0, result.stdout.decode() + result.stderr.decode()
    assert target.read_bytes() == encoded(TEXT, "crlf").replace(b"bridge,which", b"bridge,\r\nwhich")
