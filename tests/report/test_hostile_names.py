"""File names that fight back (issue 18 items 9 and 15): an undecodable byte, an escape
sequence and a newline in a name. Every output format stays valid UTF-8 (SARIF and JSON
parse), no control character reaches the terminal, and a name stays recoverable."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from helpers import run_cli

DRAFT = b"The county officials,, said the plan will be carried out.\n"
UNDECODABLE = b"report\xff.txt"
CONTROLS = "alert\x1b[31mred\nline.txt"


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / os.fsdecode(UNDECODABLE)).write_bytes(DRAFT)
    (tmp_path / CONTROLS).write_bytes(DRAFT)
    return tmp_path


@pytest.mark.parametrize("output", ["json", "jsonl", "sarif", "github", "text"])
def test_every_format_is_valid_utf8_without_control_characters(folder: Path, output: str) -> None:
    result = run_cli("check", "--format", output, ".", cwd=folder)
    assert result.returncode == 1, result.stderr
    text = result.stdout.decode("utf-8")  # raised UnicodeDecodeError / came out empty before
    assert "\x1b" not in text and "\udcff" not in text
    if output == "json":
        json.loads(text)
        assert '"./report\\\\xff.txt"' in text and '"./alert\\\\x1b[31mred\\\\x0aline.txt"' in text
    elif output == "jsonl":
        paths = {json.loads(line)["path"] for line in text.splitlines()}
        assert paths == {"./report\\xff.txt", "./alert\\x1b[31mred\\x0aline.txt"}
    elif output == "sarif":
        uris = {
            result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for result in json.loads(text)["runs"][0]["results"]
        }
        assert uris == {"report%FF.txt", "alert%1B%5B31mred%0Aline.txt"}  # the name's own bytes
    elif output == "text":
        heads = [line for line in text.splitlines() if ": doubled-comma [" in line]
        assert heads == [
            "./alert\\x1b[31mred\\x0aline.txt:1:21: doubled-comma [punct.doubled] Doubled comma ',,'",
            "./report\\xff.txt:1:21: doubled-comma [punct.doubled] Doubled comma ',,'",
        ]


def test_an_error_about_such_a_name_is_one_escaped_line(tmp_path: Path) -> None:
    (tmp_path / CONTROLS).write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00 binary")
    result = run_cli("check", CONTROLS, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        "mtfix: error: alert\\x1b[31mred\\x0aline.txt: binary file (not text); skipped"
    ]
