"""Which files a command reads: the paths given, or the current folder, minus what is excluded.

Why this sits between the command line and `files.discover`: a newcomer types `mtfix check`
in a project folder and expects what Ruff does, every text file of the project, but not the
build output git ignores nor the reference translations kept beside the drafts. So:
- no path means the current folder;
- files found by walking a folder are dropped when git ignores them (one `git check-ignore`
  call, only inside a git work tree) or when they match an `exclude` glob of the settings;
- a file named on the command line is always read, as Ruff does.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Sequence

from mtfix.files import STDIN, Discovery, discover
from mtfix.gitrepo import ignored_by_git


def gather(paths: Sequence[str] | None, exclude: Sequence[str] = ()) -> Discovery:
    """The files of `paths` (the current folder when empty), in a stable order."""
    given = list(paths or ()) or ["."]
    found = discover(given)
    explicit = {path for path in given if path == STDIN or not os.path.isdir(path)}
    walked = [path for path in found.files if path not in explicit]
    dropped = {path for path in walked if excluded(path, exclude)}
    dropped |= ignored_by_git([path for path in walked if path not in dropped])
    kept = [path for path in found.files if path not in dropped]
    if not paths:  # name files as the user would type them: `news/a.txt`, not `./news/a.txt`
        kept = [path.removeprefix("./") for path in kept]
    return Discovery(kept, found.errors)


def excluded(path: str, patterns: Sequence[str]) -> bool:
    """Does a glob match the path (relative, forward slashes), its tail or a folder of it?

    `refs/*.txt` matches `corpus/refs/a.txt`; `refs` matches every file under a `refs`
    folder; `*.ref.txt` matches by name anywhere.
    """
    if not patterns:
        return False
    name = os.path.normpath(path).replace(os.sep, "/")
    parts = name.split("/")
    tails = ["/".join(parts[index:]) for index in range(len(parts))]
    folders = parts[:-1]
    return any(fnmatch.fnmatchcase(tail, pattern) for pattern in patterns for tail in tails) or any(
        fnmatch.fnmatchcase(folder, pattern) for pattern in patterns for folder in folders
    )
