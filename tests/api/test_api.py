"""The public Python API: what `import mtfix` offers, and that it gives the CLI's findings."""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys

import pytest

import mtfix
from helpers import ROOT, run_cli

DRAFT = (
    "The district civil affairs office organised a training ,and the the cadres of Qingshui Town "
    "attended it . Mayor ChenMing said that elderly care services brought real benefits.\n"
)


def test_check_text_returns_findings_in_document_order(api_linter):
    result = api_linter.check_text(DRAFT)
    rules = [finding.rule for finding in result]
    assert {"space-before-comma", "doubled-word", "space-before-full-stop"} <= set(rules)
    assert [f.start for f in result] == sorted(f.start for f in result)
    assert len(result) == len(result.findings) and result.text == DRAFT and result.path == "<text>"
    doubled = next(f for f in result if f.rule == "doubled-word")
    assert result.line_column(doubled) == (1, DRAFT.index("the the") + 1)
    assert isinstance(doubled, mtfix.Finding) and isinstance(doubled.edit(), mtfix.Edit)


def test_module_functions_equal_a_reused_linter(api_linter):
    assert mtfix.check_text(DRAFT).findings == api_linter.check_text(DRAFT).findings
    assert mtfix.fix_text(DRAFT).text == api_linter.fix_text(DRAFT).text


def test_fix_text_applies_safe_fixes_until_stable(api_linter):
    fixed = api_linter.fix_text(DRAFT)
    assert fixed.changed and fixed.passes >= 1
    assert "training, and the cadres" in fixed.text and "attended it." in fixed.text
    assert {f.rule for f in fixed.applied} >= {"space-before-comma", "doubled-word"}
    assert all(not f.fixable or f.applicability is mtfix.Applicability.UNSAFE for f in fixed.remaining)
    assert api_linter.fix_text(fixed.text).text == fixed.text  # a second pass changes nothing


def test_check_file_gives_the_records_of_check_format_jsonl(tmp_path, api_linter):
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT * 3, encoding="utf-8")
    records = api_linter.check_file(path).records()
    cli = run_cli("check", "--format", "jsonl", str(path))
    assert cli.returncode == 1
    assert [json.loads(line) for line in cli.stdout.decode().splitlines()] == records


def test_settings_in_code_and_from_config_are_the_same(tmp_path):
    config = tmp_path / "mtfix.toml"
    config.write_text('select = ["punct"]\nignore = ["space-before-full-stop"]\n', encoding="utf-8")
    from_file = mtfix.Linter.from_config(config)
    in_code = mtfix.Linter(mtfix.Settings(select=("punct",), ignore=("space-before-full-stop",)))
    assert mtfix.settings_from_config(config).select == in_code.settings.select
    assert [f.rule for f in from_file.check_text(DRAFT)] == [f.rule for f in in_code.check_text(DRAFT)]
    assert [f.rule for f in in_code.check_text(DRAFT)] == ["space-before-comma"]
    assert any(rule.id == "doubled-word" for rule in in_code.rules)  # listed, not enabled
    doubled = in_code.rule("doubled-word")
    assert doubled is not None and doubled.category == "word.doubled" and in_code.rule("no-such") is None


def test_fix_file_writes_only_where_asked(tmp_path, api_linter):
    path = tmp_path / "draft.txt"
    path.write_bytes(DRAFT.replace("\n", "\r\n").encode("utf-8"))
    before = path.read_bytes()
    result = api_linter.fix_file(path)
    assert result.changed and path.read_bytes() == before  # nothing written
    output = tmp_path / "fixed.txt"
    api_linter.fix_file(path, output=output)
    assert output.read_bytes() == result.text.encode("utf-8") and path.read_bytes() == before
    assert b"\r\n" in output.read_bytes()  # newlines kept as they were
    api_linter.fix_file(path, in_place=True)
    assert path.read_bytes() == output.read_bytes()
    with pytest.raises(ValueError):
        api_linter.fix_file(path, output=output, in_place=True)


def test_unreadable_and_undecodable_files_raise_input_error(tmp_path, api_linter):
    undecodable = tmp_path / "bad.txt"
    undecodable.write_bytes(b"The bureau \x80\x80\x80 met.\n")
    with pytest.raises(mtfix.InputError, match="invalid utf-8"):
        api_linter.check_file(undecodable)
    with pytest.raises(mtfix.MtfixError, match="no such file"):
        api_linter.check_file(tmp_path / "missing.txt")


def test_path_names_the_format_of_a_text(api_linter):
    markdown = "Code `a ,b` stays; the prose ,does not.\n"
    as_text = [f.text for f in api_linter.check_text(markdown)]
    as_markdown = [f.text for f in api_linter.check_text(markdown, path="news.md")]
    assert as_text.count(" ,") == 2 and as_markdown.count(" ,") == 1


def test_public_names_are_exported_lazily():
    """`import mtfix` (and the CLI) must not pay for the API until a name is used."""
    script = (
        "import sys, mtfix, mtfix.cli\n"
        "assert 'mtfix.api' not in sys.modules, 'import mtfix loaded the API'\n"
        "assert not any(name.split('.')[0] in ('dask', 'distributed', 'fsspec') for name in sys.modules)\n"
        "mtfix.Linter\n"
        "assert 'mtfix.api' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)
    # The package lists the names itself (reading mtfix.api's list would load it): same names.
    assert set(mtfix.__all__) - {"__version__"} == set(importlib.import_module("mtfix.api").__all__)
    assert set(mtfix.__all__) <= set(dir(mtfix))
    for name in mtfix.__all__:
        assert getattr(mtfix, name) is not None
    with pytest.raises(AttributeError):
        mtfix.no_such_name  # noqa: B018


def test_documented_examples_run(tmp_path):
    """Every Python block of docs/api.md, in order, as a script in one fresh folder."""
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / "docs" / "api.md").read_text(encoding="utf-8"), re.S)
    assert len(blocks) >= 4
    for number, block in enumerate(blocks):
        script = tmp_path / f"example_{number}.py"
        script.write_text(block, encoding="utf-8")
        done = subprocess.run([sys.executable, script.name], cwd=tmp_path, capture_output=True, text=True)
        assert done.returncode == 0, f"docs/api.md block {number}:\n{done.stderr}"


def test_readme_example_is_the_documented_one():
    """The README's API example is one of docs/api.md's (so the test above runs it too)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    docs = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    shown = re.findall(r"```python\n(.*?)```", readme, re.S)
    assert shown and all(block in docs for block in shown)
