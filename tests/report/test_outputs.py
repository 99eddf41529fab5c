"""CI outputs of `mtfix check`: SARIF (schema-valid), GitHub annotations, JSON, exit policy."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from mtfix.cli import app
from mtfix.document import Document
from mtfix.models import Applicability, Finding, Severity
from mtfix.report.github import annotation, escape_data, escape_property
from mtfix.report.sarif import region

DATA = Path(__file__).parents[1] / "data"
SELECT = ["--select", "doubled-comma,space-after-comma"]
ARTICLE = "The county,,held a meeting.\nThe public,watched the 中文 ceremony,,today.\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "news.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["check", *args])
    return result.exit_code, result.stdout, result.stderr


def test_sarif_validates_against_the_official_schema(article: Path) -> None:
    code, out, _ = run(str(article), "--format", "sarif", *SELECT)
    assert code == 1
    log = json.loads(out)
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.validate(log, schema, cls=jsonschema.Draft4Validator)
    run_ = log["runs"][0]
    assert run_["columnKind"] == "utf16CodeUnits"
    assert {rule["id"] for rule in run_["tool"]["driver"]["rules"]} == {"doubled-comma", "space-after-comma"}
    results = run_["results"]
    assert [r["ruleId"] for r in results] == ["doubled-comma", "space-after-comma", "doubled-comma"]
    first = results[0]
    assert first["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 1,
        "startColumn": 11,
        "endLine": 1,
        "endColumn": 13,
    }
    assert first["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == ","
    assert first["level"] == "warning"


def test_sarif_columns_count_utf16_units() -> None:
    document = Document("𠀀 county,,x\n", path="a.txt")
    start = document.text.index(",,")
    assert region(document, start, start + 2) == {
        "startLine": 1,
        "startColumn": 10,
        "endLine": 1,
        "endColumn": 12,
    }


def test_empty_run_is_valid_sarif(tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("Nothing wrong here.\n", encoding="utf-8")
    code, out, _ = run(str(clean), "--format", "sarif", *SELECT)
    assert code == 0
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(out), schema, cls=jsonschema.Draft4Validator)


def test_github_annotations(article: Path) -> None:
    code, out, _ = run(str(article), "--format", "github", *SELECT)
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("::warning file=")
    assert ",line=1,col=11,endLine=1,endColumn=13,title=mtfix doubled-comma [punct.doubled]::" in lines[0]


def test_github_escaping() -> None:
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a,b:c%") == "a%2Cb%3Ac%25"
    document = Document("a,,b\n", path="dir/x: y,z.md")
    finding = Finding("doubled-comma", "punct.doubled", Severity.INFO, 1, 3, ",,", "line\nbreak 100%")
    line = annotation(document, finding)
    assert line.startswith("::notice file=dir/x%3A y%2Cz.md,line=1,col=2,")
    assert line.endswith("::line%0Abreak 100%25")


def test_json_document(article: Path) -> None:
    code, out, _ = run(str(article), "--format", "json", *SELECT)
    assert code == 1
    data = json.loads(out)
    assert data["summary"]["findings"] == 3
    assert data["summary"]["by_rule"] == {"doubled-comma": 2, "space-after-comma": 1}
    assert data["summary"]["by_category"] == {"punct.doubled": 2, "punct.spacing": 1}
    jsonl_keys = [
        "path",
        "rule",
        "category",
        "severity",
        "start",
        "end",
        "line",
        "column",
        "end_line",
        "end_column",
        "text",
        "message",
        "replacements",
        "applicability",
        "source",
        "fingerprint",
    ]
    assert list(data["findings"][0])[: len(jsonl_keys)] == jsonl_keys


def test_jsonl_keys_unchanged(article: Path) -> None:
    _, out, _ = run(str(article), "--format", "jsonl", *SELECT)
    record = json.loads(out.splitlines()[0])
    assert record["rule"] == "doubled-comma" and record["line"] == 1 and record["column"] == 11


def test_fail_on_and_exit_zero(article: Path) -> None:
    assert run(str(article), "--fail-on", "error", *SELECT)[0] == 0
    assert run(str(article), "--fail-on", "warning", *SELECT)[0] == 1
    assert run(str(article), *SELECT)[0] == 1
    assert run(str(article), "--exit-zero", *SELECT)[0] == 0
    assert run(str(article), "--fail-on", "fatal", *SELECT)[0] == 2


def test_statistics_and_quiet(article: Path, tmp_path: Path) -> None:
    code, out, _ = run(str(article), "--statistics", "--quiet", *SELECT)
    assert code == 1
    assert "     2  doubled-comma      punct.doubled" in out
    assert "Found 3 findings in 1 file (3 fixable with mtfix fix)" in out
    code, out, err = run(str(article), "--statistics", "--format", "jsonl", *SELECT)
    assert len(out.splitlines()) == 3 and "per category:" in err
    code, out, _ = run(str(article), "--quiet", *SELECT)
    assert out == "Found 3 findings in 1 file (3 fixable with mtfix fix)\n"
    clean = tmp_path / "clean.txt"
    clean.write_text("Nothing wrong here.\n", encoding="utf-8")
    assert run(str(clean), "--quiet", *SELECT) == (0, "", "")


def test_input_format_flag(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("<p class='a,,b'>Text,,here.</p>\n", encoding="utf-8")
    assert len(run(str(path), "--format", "jsonl", *SELECT)[1].splitlines()) == 2
    _, out, _ = run(str(path), "--format", "jsonl", "--input-format", "html", *SELECT)
    assert [json.loads(line)["column"] for line in out.splitlines()] == [21]


def test_flag_only_findings_are_not_fixable() -> None:
    finding = Finding("r", "punct.doubled", Severity.ERROR, 0, 1, "T", "m", ("t",), Applicability.NONE)
    assert not finding.fixable
