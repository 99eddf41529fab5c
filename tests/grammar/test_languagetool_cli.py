"""`mtfix check/fix --grammar languagetool` as a user runs it, against the loopback server,
and with LanguageTool out of reach (no server, no Java, no download)."""

from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path

import pytest

from helpers import run_cli
from lt_server import LoopbackServer

DRAFT = (
    "The county goverment recieved a delegation from Huicheng on Monday,, officials said.\n"
    "\n"
    "Experts from Qianxinan visited thevillage and praised the new roads in Huicheng.\n"
)
WARNING_END = "grammar checks skipped; rule findings below are complete"


@pytest.fixture(scope="module")
def server():
    with LoopbackServer() as running:
        yield running


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def records(stdout: bytes) -> list[dict]:
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines()]


def test_check_reports_languagetool_beside_rules_with_names_protected(server, draft):
    result = run_cli(
        "check", "--grammar", "languagetool", "--lt-server", server.url, "--format", "jsonl", str(draft)
    )
    assert result.returncode == 1, result.stderr
    found = records(result.stdout)
    sources = {record["source"] for record in found}
    assert "languagetool" in sources and len(sources) > 1
    lt = {record["text"]: record for record in found if record["source"] == "languagetool"}
    assert set(lt) == {"goverment", "recieved"}  # not Huicheng, not Qianxinan
    assert lt["goverment"]["lt_rule"] == "MORFOLOGIK_RULE_EN_US"
    assert lt["goverment"]["rule"] == "lt-spelling"
    assert lt["goverment"]["replacements"][0] == "government"
    assert not any(record["text"] in ("Huicheng", "Qianxinan") for record in found)
    # `,,` and `thevillage` are reported once, by the rule engine, not again by LanguageTool
    duplicated = [r for r in found if r["text"] in (",,", "thevillage")]
    assert len(duplicated) == 2 and all(r["source"] != "languagetool" for r in duplicated)
    assert result.stderr == b""


def test_text_output_names_the_languagetool_rule(server, draft):
    result = run_cli("check", "--grammar", "languagetool", "--lt-server", server.url, str(draft))
    out = result.stdout.decode("utf-8")
    assert "lt-spelling [spelling] Possible spelling mistake found. [MORFOLOGIK_RULE_EN_US]" in out


def test_fix_unsafe_applies_languagetool_suggestions(server, draft, tmp_path):
    target = tmp_path / "fixed.txt"
    result = run_cli(
        "fix",
        "--grammar",
        "languagetool",
        "--lt-server",
        server.url,
        "--unsafe",
        "--output",
        str(target),
        str(draft),
    )
    assert result.returncode == 0, result.stderr
    fixed = target.read_text(encoding="utf-8")
    assert "The county government received a delegation from Huicheng on Monday, officials said." in fixed
    assert "Experts from Qianxinan visited the village and praised the new roads in Huicheng." in fixed


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def assert_one_warning_and_rule_findings(result, reason: str) -> None:
    lines = result.stderr.decode("utf-8").splitlines()
    warnings = [line for line in lines if line.startswith("mtfix: warning: LanguageTool unavailable (")]
    assert len(warnings) == 1, lines
    assert reason in warnings[0] and warnings[0].endswith(WARNING_END)
    assert result.returncode == 2  # grammar was asked for and did not run: the run is incomplete
    out = result.stdout.decode("utf-8")
    assert "doubled-comma" in out or "punct.doubled" in out  # the rule engine still reports


def test_refused_server_gives_one_line_and_rule_findings(draft, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("A second draft,, with a doubled comma.\n", encoding="utf-8")
    url = f"http://127.0.0.1:{closed_port()}"
    result = run_cli(
        "check", "--grammar", "languagetool", "--lt-server", url, "--jobs", "2", str(draft), str(other)
    )
    assert_one_warning_and_rule_findings(result, "connection refused")


def local_mode_env(tmp_path: Path, path: str) -> dict[str, str]:
    cache = tmp_path / "lt-cache"
    cache.mkdir()
    env = {key: value for key, value in os.environ.items() if key not in ("JAVA_HOME", "LTP_JAR_DIR_PATH")}
    return {**env, "PATH": path, "LTP_PATH": str(cache), "NO_COLOR": "1"}


def test_no_java_and_no_server_gives_one_line_and_rule_findings(draft, tmp_path):
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    started = time.monotonic()
    result = run_cli(
        "check", "--grammar", "languagetool", str(draft), env=local_mode_env(tmp_path, str(empty_bin))
    )
    assert_one_warning_and_rule_findings(result, "no Java on PATH")
    assert time.monotonic() - started < 60
    assert not list((tmp_path / "lt-cache").iterdir())  # no download was attempted


def test_impossible_download_says_so_first_and_fails_fast(draft, tmp_path):
    import shutil

    if shutil.which("java") is None:
        pytest.skip("needs Java on PATH to reach the download step")
    env = local_mode_env(tmp_path, os.environ.get("PATH", ""))
    env["LTP_DOWNLOAD_HOST_NEW_RELEASES"] = f"http://127.0.0.1:{closed_port()}/LanguageTool-{{version}}/"
    env["LTP_DOWNLOAD_HOST_RELEASE"] = env["LTP_DOWNLOAD_HOST_NEW_RELEASES"]
    started = time.monotonic()
    result = run_cli("check", "--grammar", "languagetool", str(draft), env=env)
    elapsed = time.monotonic() - started
    stderr = result.stderr.decode("utf-8")
    assert "is not installed: downloading it once (about 250 MB)" in stderr
    assert stderr.index("downloading it once") < stderr.index("warning: LanguageTool unavailable")
    assert_one_warning_and_rule_findings(result, "cannot download LanguageTool")
    assert elapsed < 60


def test_grammar_flags_are_listed_in_help():
    out = run_cli("check", "--help").stdout.decode("utf-8")
    for flag in (
        "--grammar",
        "--lt-server",
        "--lt-language",
        "--lt-picky",
        "--lt-disabled-rules",
        "--lt-timeout",
    ):
        assert flag in out


def test_config_file_selects_the_backend(server, draft, tmp_path):
    (tmp_path / "mtfix.toml").write_text(
        f'grammar = "languagetool"\nlt-server = "{server.url}"\nlt-disabled-categories = ["TYPOS"]\n',
        encoding="utf-8",
    )
    result = run_cli("check", "--format", "jsonl", str(draft), cwd=tmp_path)
    assert server.check_requests[-1]["disabledCategories"] == "TYPOS"
    assert not [
        r for r in records(result.stdout) if r["source"] == "languagetool" and r["category"] == "spelling"
    ]
