"""Time each check of the rule engine over a folder of drafts, in one process.

    python bench/profile_checks.py FOLDER [--top 40]

Why: the benchmark says how fast mtfix is; this says where the time goes. Each check runs
on every document with a fresh `CheckContext`, so analysis shared through the context
(words, protected spans) is charged to the first check that asks for it.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

from mtfix.context import CheckContext, Resources
from mtfix.files import read_document
from mtfix.linter import Linter


def label(check: object) -> str:
    rules = check.rules()  # type: ignore[attr-defined]
    name = type(check).__name__
    return f"rule {rules[0].id}" if name == "PatternCheck" else name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    started = time.perf_counter()
    resources = Resources()
    linter = Linter(resources)
    documents = [read_document(str(path)) for path in sorted(args.folder.iterdir()) if path.is_file()]
    for document in documents[:2]:  # load lazily built resources outside the timings
        linter.check(document)
    ready = time.perf_counter()
    spent: dict[str, float] = defaultdict(float)
    for document in documents:
        context = CheckContext(document, resources, memory=linter.memory)
        for check in linter._active:
            before = time.perf_counter()
            for _ in check.check(context):
                pass
            spent[label(check)] += time.perf_counter() - before
    checked = time.perf_counter()
    for document in documents:
        linter.check(document)
    linted = time.perf_counter()
    words = sum(len(document.text.split()) for document in documents)
    print(f"set-up and warm-up {ready - started:.2f} s; {words:,} words in {len(documents)} documents")
    print(f"checks alone {checked - ready:.2f} s ({words / (checked - ready):,.0f} words/s)")
    print(f"Linter.check {linted - checked:.2f} s ({words / (linted - checked):,.0f} words/s)")
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1])[: args.top]:
        print(f"{seconds * 1000:9.1f} ms  {name}")


if __name__ == "__main__":
    main()
