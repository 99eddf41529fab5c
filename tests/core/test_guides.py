"""The guides a newcomer reads first say true things: the rule families that exist, files
that exist, and commands that run inside the repository."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUIDES = ("CONTRIBUTING.md", "rules/README.md")
# Top-level folders whose files a guide may name (`rules/punct/space-after-comma.toml`).
TREE = ("rules/", "src/", "tests/", "samples/", "bench/", "scripts/", "docs/", "fuzz/")


def _inline_code(text: str) -> list[str]:
    """The `code` spans of a Markdown text, fenced blocks left out (they show output)."""
    prose = re.sub(r"^```.*?^```", "", text, flags=re.MULTILINE | re.DOTALL)
    return re.findall(r"`([^`\n]+)`", prose)


@pytest.mark.parametrize("guide", GUIDES)
def test_every_named_file_exists(guide: str) -> None:
    named = {
        word.rstrip(".,;:")
        for span in _inline_code((ROOT / guide).read_text(encoding="utf-8"))
        for word in span.split()
        if word.startswith(TREE) and "<" not in word and "*" not in word
    }
    assert named, f"{guide} names no file: is the pattern still right?"
    missing = sorted(path for path in named if not (ROOT / path).exists())
    assert not missing, f"{guide} names files that do not exist: {missing}"


def test_rules_readme_commands_stay_inside_the_repository() -> None:
    text = (ROOT / "rules/README.md").read_text(encoding="utf-8")
    assert "../" not in text


def test_rules_readme_lists_exactly_the_rule_families() -> None:
    text = (ROOT / "rules/README.md").read_text(encoding="utf-8")
    section = text.split("## Families", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"^\| `([a-z-]+)/` \|", section, flags=re.MULTILINE))
    folders = {path.name for path in (ROOT / "rules").iterdir() if path.is_dir() and path.name != "data"}
    assert listed == folders, f"listed {sorted(listed)}, folders {sorted(folders)}"
