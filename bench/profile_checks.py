"""Where a run's time goes, check by check, in one process.

    python bench/profile_checks.py FOLDER [--top 40] [--warm] [-- MTFIX_CHECK_OPTIONS...]

Why: the benchmark says how fast mtfix is; this says where the time goes. It runs what
`mtfix check --jobs 1 FOLDER` runs, cold (a new process, nothing loaded yet), and charges
each millisecond to exactly one line:

- a check (`rule ID` for a rule-pack rule): its own work, exclusive of the two below;
- `shared KEY` / `context.NAME`: a per-document analysis several checks read (the word
  index, protected spans, `context.shared(...)` builds), charged apart instead of to the
  first check that asks for it;
- `load KEY`: a resource loaded on first use (the lexicon, the gazetteer, the glossary).

Set-up and reading the files are timed apart too. `--warm` runs every document
once before timing, so first-use loads and the run's memories are left out (what a long
batch converges to). The hooks wrap the engine's methods from outside: nothing in mtfix
knows it is being profiled.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from mtfix.context import CheckContext, Resources
from mtfix.files import read_document
from mtfix.linter import Linter
from mtfix.runner import resolve_settings, settle_collector


class Ledger:
    """Exclusive time per label: a nested timing is subtracted from the one around it."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)
        self._open: list[list[Any]] = []  # [label, started, time of nested timings]

    def enter(self, label: str) -> None:
        self._open.append([label, time.perf_counter(), 0.0])

    def leave(self) -> None:
        label, started, nested = self._open.pop()
        total = time.perf_counter() - started
        self.spent[label] += total - nested
        if self._open:
            self._open[-1][2] += total

    def timed(self, label: str, work: Callable[[], Any]) -> Any:
        self.enter(label)
        try:
            return work()
        finally:
            self.leave()


def label(check: object) -> str:
    rules = check.rules()  # type: ignore[attr-defined]
    name = type(check).__name__
    return f"rule {rules[0].id}" if name == "PatternCheck" else name


def instrument(ledger: Ledger, linter: Linter) -> None:
    """Route the linter's checks, the context's analyses and resource loads through `ledger`."""
    for check in linter._active:
        _time_check(ledger, check)
    shared = CheckContext.shared

    def timed_shared(context: CheckContext, key: str, build: Callable[[CheckContext], Any]) -> Any:
        return shared(context, key, lambda ctx: ledger.timed(f"shared {key}", lambda: build(ctx)))

    CheckContext.shared = timed_shared  # type: ignore[method-assign]
    for name in ("words", "protected", "folded_text", "chunks"):
        cached = CheckContext.__dict__[name]
        cached.func = _timed_method(ledger, f"context.{name}", cached.func)
    load = Resources.load

    def timed_load(resources: Resources, key: str, factory: Callable[[Resources], Any]) -> Any:
        return load(resources, key, lambda res: ledger.timed(f"load {key}", lambda: factory(res)))

    Resources.load = timed_load  # type: ignore[method-assign]


def _timed_method(ledger: Ledger, name: str, method: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda self: ledger.timed(name, lambda: method(self))


def _time_check(ledger: Ledger, check: Any) -> None:
    run, name = check.check, label(check)

    def timed(context: CheckContext) -> Iterator[Any]:
        found = iter(run(context))
        while True:
            ledger.enter(name)
            try:
                finding = next(found)
            except StopIteration:
                return
            finally:
                ledger.leave()
            yield finding

    object.__setattr__(check, "check", timed)  # checks are frozen dataclasses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--warm", action="store_true", help="run every document once before timing")
    args = parser.parse_args()
    ledger = Ledger()
    started = time.perf_counter()
    linter = Linter(Resources(resolve_settings([str(args.folder)], None)))
    settle_collector()  # the garbage collector tuned as the commands tune it
    paths = sorted(path for path in args.folder.iterdir() if path.is_file())
    documents = [ledger.timed("read files", lambda path=path: read_document(str(path))) for path in paths]
    if args.warm:
        for document in documents:
            linter.check(document)
    ready = time.perf_counter()
    instrument(ledger, linter)
    for document in documents:
        linter.check(document)
    checked = time.perf_counter()
    words = sum(len(document.text.split()) for document in documents)
    in_checks = sum(ledger.spent.values()) - ledger.spent["read files"]
    print(f"{words:,} words in {len(documents)} documents ({'warm' if args.warm else 'cold'})")
    warm_up = ", warm-up run" if args.warm else ""
    print(f"set-up (settings, check modules, rule packs{warm_up}) {ready - started:.2f} s")
    print(f"Linter.check {checked - ready:.2f} s ({words / (checked - ready):,.0f} words/s), of which")
    print(f"  checks, analyses and loads {in_checks:.2f} s; the rest is the linter's own work")
    for name, seconds in sorted(ledger.spent.items(), key=lambda item: -item[1])[: args.top]:
        print(f"{seconds * 1000:9.1f} ms  {name}")


if __name__ == "__main__":
    main()
