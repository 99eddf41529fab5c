"""The township table: its generation script on a tiny fixture, and lookups in the shipped table."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from mtfix.context import Resources
from mtfix.names.townships import townships

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def build_script():
    spec = importlib.util.spec_from_file_location("build_townships", ROOT / "scripts" / "build_townships.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_script_keeps_the_township_level_with_pinyin(build_script, tmp_path: Path) -> None:
    tree = tmp_path / "tree.txt"
    tree.write_text(
        "贵州省\t520000\t贵州\n"
        "\t黔西南布依族苗族自治州\t522300\t黔西南\n"
        "\t\t册亨县\t522327\t册亨\n"
        "\t\t\t者楼街道\n"
        "\t\t\t\t某村\n"
        "\t\t\t坡妹镇\n"
        "\t\t\t双江苗族乡\n"
        "\t\t\t册亨县农场\n",
        encoding="utf-8",
    )
    nations = tmp_path / "nations.csv"
    nations.write_text("苗族\n布依族\n", encoding="utf-8")
    output = tmp_path / "townships.tsv"
    assert build_script.main(["--source", str(tree), "--nations", str(nations), "--output", str(output)]) == 0
    rows = [line.split("\t") for line in output.read_text(encoding="utf-8").splitlines() if line[0] != "#"]
    assert rows == [
        ["522327000000", "双江苗族乡", "shuang jiang", "Ethnic Township"],
        ["522327000000", "坡妹镇", "po mei", "Town"],
        ["522327000000", "者楼街道", "zhe lou", "Sub-district"],
    ]


def test_shipped_table_has_the_townships_of_the_country() -> None:
    table = townships(Resources())
    assert len(table) > 35_000
    found = table.lookup("Shijing")
    assert any(row.chinese == "石井镇" for row in found)
    assert {row.kind for row in table.rows} >= {"Town", "Township", "Sub-district"}
