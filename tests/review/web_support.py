"""Shared by the browser-review tests: a workspace of our own rules with the review draft,
a `Workspace` over it, and the scenario both the HTTP and the browser tests play."""

from __future__ import annotations

from pathlib import Path

from mtfix.review.web.workspace import Workspace
from mtfix.runner import build_linter, resolve_settings
from review.test_workspace import DRAFT, make_workspace

# Accept suggestion 1 (calque), reject 2 (",,"), edit 4 ("The the" -> "These"); 3, 5, 6 stay pending.
ACCEPTED, REJECTED, EDITED, EDITED_TEXT = 1, 2, 4, "These"
EXPECTED = (
    "Officials in Huangshi Village said,, the new bridge,which cost 3,000,000 yuan, will open in June.\n"
    "These villagers welcomed the the project,and the county praised it.\n"
)


def draft_folder(root: Path, name: str = "draft.txt", text: str = DRAFT) -> Path:
    """Our four rules, a config selecting them, and the draft under `root`; returns the draft."""
    make_workspace(root)
    path = root / name
    path.write_text(text, encoding="utf-8")
    return path


def open_workspace(paths: list[Path], review_file: Path) -> Workspace:
    names = [str(path) for path in paths]
    return Workspace(names, build_linter(resolve_settings(names, None)).engine, review_file)
