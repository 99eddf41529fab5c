"""Baselines: findings recorded today are not reported again, even after text moves."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from mtfix.baseline import fingerprints
from mtfix.cli import app
from mtfix.document import Document
from mtfix.linter import Linter

SELECT = ["--select", "doubled-comma,space-after-comma"]
ARTICLE = (
    "# Rural roads\n\n"
    "The county,,held a meeting on roads.\n\n"
    "The public,watched the ceremony.\n\n"
    "Officials said,,the work was done.\n"
)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["check", *args])
    return result.exit_code, result.stdout, result.stderr


def test_round_trip_reports_only_new_findings(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("news.md").write_text(ARTICLE, encoding="utf-8")
    code, out, err = run("news.md", "--write-baseline", "baseline.json", *SELECT)
    assert code == 0 and out == "" and "recorded 3 findings" in err
    assert run("news.md", "--baseline", "baseline.json", *SELECT)[:2] == (0, "No findings in 1 file\n")

    shifted = "Intro text,,that is new.\n\nAnother paragraph here.\n\n" + ARTICLE.replace(
        "The public,watched", "The public, watched the crowd,cheered and"
    )
    Path("news.md").write_text(shifted, encoding="utf-8")
    code, out, _ = run("news.md", "--baseline", "baseline.json", "--format", "jsonl", *SELECT)
    assert code == 1
    import json

    new = [(json.loads(line)["line"], json.loads(line)["text"]) for line in out.splitlines()]
    assert new == [(1, ",,"), (9, ",")]


def test_fingerprints_ignore_offsets_but_count_repeats(linter: Linter) -> None:
    narrow = linter.restricted({"doubled-comma"})
    text = "He said,,yes.\n"
    first = Document(text, path="a.txt")
    moved = Document("New line first.\n" + text, path="a.txt")
    twice = Document(text + text, path="a.txt")
    print_a = fingerprints(first, narrow.check(first).findings)
    print_b = fingerprints(moved, narrow.check(moved).findings)
    print_c = fingerprints(twice, narrow.check(twice).findings)
    assert print_a == print_b
    assert print_c[0] == print_a[0] and print_c[1] != print_c[0] and print_c[1].endswith(":1")


def test_bad_baseline_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Fine.\n", encoding="utf-8")
    code, _, err = run(str(article), "--baseline", str(bad))
    assert code == 2 and "not an mtfix baseline" in err
    assert run(str(article), "--baseline", str(tmp_path / "missing.json"))[0] == 2


def test_names_with_control_characters_and_undecodable_bytes_are_escaped(tmp_path: Path, monkeypatch) -> None:
    """Issue 18: the baseline keyed files by their raw name, so a name holding a control
    character went into the JSON as is and one with undecodable bytes could not be written."""
    import json
    import os

    monkeypatch.chdir(tmp_path)
    names = ["tab\there.md", os.fsdecode(b"bad\xffname.md")]
    for name in names:
        Path(name).write_text(ARTICLE, encoding="utf-8")
    code, _, err = run(*names, "--write-baseline", "baseline.json", *SELECT)
    assert code == 0 and "recorded 6 findings" in err
    recorded = json.loads(Path("baseline.json").read_text(encoding="utf-8"))["files"]
    assert sorted(recorded) == ["bad\\xffname.md", "tab\\x09here.md"]
    assert run(*names, "--baseline", "baseline.json", *SELECT)[:2] == (0, "No findings in 2 files\n")
