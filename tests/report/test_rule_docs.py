"""docs/rules/ is generated from the rule files and checks; the committed pages are current.

After changing a rule, run `python scripts/build_rule_docs.py` and commit docs/rules/.
"""

from __future__ import annotations

import importlib.util

from helpers import ROOT

FOLDER = ROOT / "docs" / "rules"


def generated_pages() -> dict[str, str]:
    spec = importlib.util.spec_from_file_location("build_rule_docs", ROOT / "scripts" / "build_rule_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.pages()


def test_committed_rule_docs_are_up_to_date():
    wanted = generated_pages()
    committed = {path.name: path.read_text(encoding="utf-8") for path in FOLDER.glob("*.md")}
    stale = sorted(
        name for name in wanted.keys() | committed.keys() if wanted.get(name) != committed.get(name)
    )
    assert not stale, (
        f"docs/rules/ is out of date ({', '.join(stale[:5])}): run python scripts/build_rule_docs.py"
    )


def test_every_rule_has_a_page_and_the_index_links_it():
    pages = generated_pages()
    index = pages["README.md"]
    for name in pages:
        if name != "README.md":
            assert f"]({name})" in index
