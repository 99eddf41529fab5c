"""Write docs/rules/: one Markdown page per rule and an index, from the rule files and checks.

Run after changing a rule: `python scripts/build_rule_docs.py`. The test
tests/report/test_rule_docs.py fails while the committed pages differ from what this writes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mtfix.config import Settings
from mtfix.context import Resources
from mtfix.linter import Linter
from mtfix.report.rules import catalogue, index_page, rule_page

ROOT = Path(__file__).resolve().parents[1]


def pages() -> dict[str, str]:
    """File name -> content of every page, for the default rule set."""
    entries = catalogue(Linter(Resources(Settings())))
    written = {f"{entry.rule.id}.md": rule_page(entry) for entry in entries}
    written["README.md"] = index_page(entries)
    return written


def main() -> int:
    folder = ROOT / "docs" / "rules"
    folder.mkdir(parents=True, exist_ok=True)
    wanted = pages()
    for stale in folder.glob("*.md"):
        if stale.name not in wanted:
            stale.unlink()
    for name, content in wanted.items():
        (folder / name).write_text(content, encoding="utf-8", newline="\n")
    print(f"wrote {len(wanted)} pages to docs/rules/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
