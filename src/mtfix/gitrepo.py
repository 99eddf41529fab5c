"""What mtfix asks of a git work tree: where its root is and which files it ignores.

Diffs name paths from the root (`git apply` reads them from there) and folder walks skip
what git ignores. Finding the root is a walk up for `.git`, no process; ignoring asks git.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence


def git_root(folder: str) -> str | None:
    """The root of the git work tree holding `folder` (a `.git` folder, or the `.git` file
    of a linked worktree or submodule), or None outside any."""
    current = os.path.abspath(folder)
    while True:
        if os.path.exists(os.path.join(current, ".git")):
            return current
        parent = os.path.dirname(current)
        if parent == current:
            return None
        current = parent


def ignored_by_git(paths: Sequence[str]) -> set[str]:
    """The paths git ignores (.gitignore, .git/info/exclude, the global excludes file).

    Asked of git itself rather than re-implementing its rules; outside a work tree, or
    without git, nothing is ignored. Only the paths inside the current folder's work tree
    are asked about: git refuses a whole question that names a path outside it (so a walk
    of a folder elsewhere lost the ignore rules of the folders inside), and a walk wholly
    elsewhere then starts no process at all.
    """
    root = git_root(os.getcwd()) if paths else None
    if root is None:
        return set()
    inside = os.path.join(root, "")
    asked = [path for path in paths if os.path.abspath(path).startswith(inside)]
    if not asked:
        return set()
    try:
        result = subprocess.run(
            ["git", "check-ignore", "--stdin", "-z"],
            input="\0".join(asked).encode("utf-8", "surrogateescape") + b"\0",
            capture_output=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return set()
    if result.returncode not in (0, 1):  # 1: nothing ignored; 128: not a repository, ...
        return set()
    return {item.decode("utf-8", "surrogateescape") for item in result.stdout.split(b"\0") if item}
