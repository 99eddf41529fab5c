"""Check or fix many inputs: read, lint, fix, and collect per-file outcomes, serially or
on several processes, always yielded in input order.

The CLI prints what this yields; nothing here writes to a terminal except the progress
bar of long runs. An input that cannot be read becomes an outcome with an error and the
run goes on with the other files.

Why processes: the rule engine is pure Python, so threads would share one interpreter
lock. Each worker builds its own linter once (rule packs and data tables load per
process) and then handles whole files; results come back in the order of the inputs so
the output is the same as a serial run. A progress bar (rich) is drawn on stderr for
long runs when stderr is a terminal.
"""

from __future__ import annotations

import atexit
import gc
import os
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from mtfix.api import Linter
from mtfix.config import Settings, find_config, load_settings
from mtfix.display import escape_path
from mtfix.document import Document
from mtfix.errors import ConfigError, FixError, InputError
from mtfix.files import STDIN, read_document
from mtfix.models import Finding

if TYPE_CHECKING:
    from concurrent.futures import Future

    from rich.progress import Progress, TaskID

# More workers than this rarely pays: each one loads every rule pack and data table.
MAX_DEFAULT_JOBS = 8
# Below this much input the start-up of worker processes costs more than it saves.
MIN_PARALLEL_BYTES = 256 * 1024
# A progress bar appears only for runs of at least this many files.
PROGRESS_MIN_FILES = 20

# The worker process's own linter, built once by `_start_worker`. Worker processes hold
# no other state; the parent never touches this (it passes its linter explicitly).
_worker_linter: Linter | None = None


@dataclass
class Outcome:
    """What happened to one input."""

    path: str
    document: Document | None = None
    findings: list[Finding] = field(default_factory=list)
    fixed_text: str | None = None
    error: str | None = None
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # e.g. the grammar backend could not run
    applied: int = 0  # fixes applied (fix only)

    @property
    def notes(self) -> list[str]:
        """What the user should know but is no failure: the encoding mtfix guessed."""
        document = self.document
        if document is None or not document.guessed:
            return []
        return [
            f"{escape_path(self.path)}: not UTF-8 and no encoding given; "
            f"read as {document.encoding} (pass --encoding to choose)"
        ]

    @property
    def changed(self) -> bool:
        return (
            self.document is not None
            and self.fixed_text is not None
            and self.fixed_text != self.document.text
        )


def resolve_settings(paths: Iterable[str], config: Path | None) -> Settings:
    """Settings from `--config`, or from the config file nearest to the first input."""
    if config is not None:
        return load_settings(config)
    first = next((p for p in paths if p != "-"), ".")
    return load_settings(find_config(Path(first)))


def build_linter(settings: Settings) -> Linter:
    """The public API's linter: the commands run on what library users get."""
    return Linter(settings)


# Collections of the youngest generation every 50,000 net allocations (the default is 700).
RUN_GC_THRESHOLDS = (50_000, 20, 20)


def settle_collector() -> None:
    """Tune the cyclic garbage collector for a command that checks many files: what exists
    now (rules, checks, settings) lives as long as the process, so later collections skip it,
    and young collections run less often. Checks build few reference cycles, and the caches
    they keep for a run are long-lived, so the default (a collection every 700 allocations,
    each re-walking the growing caches) cost about 5% of a large run.

    At exit everything is frozen again: the interpreter's last collection would otherwise walk
    all that the run built (about 25 ms after a 200,000-word run) to free memory that the
    system takes back with the process anyway."""
    gc.freeze()
    gc.set_threshold(*RUN_GC_THRESHOLDS)
    atexit.register(gc.freeze)


def internal_error(path: str, error: Exception) -> str:
    """One line for a bug in mtfix itself, with where it happened, for the bug report."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"{path}: internal error{where} ({type(error).__name__}: {error}); please report it with this file"


def check_one(path: str, linter: Linter, encoding: str | None) -> Outcome:
    try:
        document = read_document(path, encoding)
    except InputError as error:
        return Outcome(path, error=str(error))
    try:
        result = linter.check_document(document)
    except ConfigError:
        raise  # the run's settings are broken: stop once, not once per file
    except InputError as error:  # a bilingual file that cannot be read exactly, or its source
        return Outcome(path, document, error=str(error))
    except Exception as error:  # a bug in one check must not cost the other files a report
        return Outcome(path, document, error=internal_error(path, error))
    return Outcome(
        path, document, list(result.findings), problems=list(result.problems), warnings=list(result.warnings)
    )


def fix_one(path: str, linter: Linter, encoding: str | None, unsafe: bool) -> Outcome:
    try:
        document = read_document(path, encoding)
    except InputError as error:
        return Outcome(path, error=str(error))
    try:
        result = linter.fix_document(document, unsafe=unsafe)
    except (FixError, InputError) as error:  # what the grammar backend warned of before it failed still shows
        return Outcome(path, document, error=str(error), warnings=linter.engine.take_warnings())
    except ConfigError:
        raise
    except Exception as error:  # as in check_one; the file is left unchanged
        return Outcome(path, document, error=internal_error(path, error))
    return Outcome(
        path,
        document,
        list(result.remaining),
        result.text,
        problems=list(result.problems),
        warnings=list(result.warnings),
        applied=len(result.applied),
    )


def default_jobs(paths: Sequence[str]) -> int:
    """CPUs capped at MAX_DEFAULT_JOBS and the number of files; 1 for small inputs."""
    if len(paths) < 2 or STDIN in paths:
        return 1
    if _total_bytes(paths) < MIN_PARALLEL_BYTES:
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_DEFAULT_JOBS, len(paths)))


def _total_bytes(paths: Sequence[str]) -> int:
    total = 0
    for path in paths:
        try:
            total += os.stat(path).st_size
        except OSError:
            continue  # reported when the file is read
    return total


def _start_worker(settings: Settings) -> None:
    global _worker_linter
    _worker_linter = build_linter(settings)


def _check_in_worker(path: str, encoding: str | None) -> Outcome:
    assert _worker_linter is not None, "worker started without a linter"
    return check_one(path, _worker_linter, encoding)


def _fix_in_worker(path: str, encoding: str | None, unsafe: bool) -> Outcome:
    assert _worker_linter is not None, "worker started without a linter"
    return fix_one(path, _worker_linter, encoding, unsafe)


def check_files(
    paths: Sequence[str], linter: Linter, encoding: str | None = None, jobs: int | None = None
) -> Iterator[Outcome]:
    """`check_one` for each path, on `jobs` processes (None: `default_jobs`), in input order."""
    return _run(
        paths,
        linter,
        jobs,
        lambda path: check_one(path, linter, encoding),
        _check_in_worker,
        (encoding,),
    )


def fix_files(
    paths: Sequence[str],
    linter: Linter,
    encoding: str | None = None,
    unsafe: bool = False,
    jobs: int | None = None,
) -> Iterator[Outcome]:
    """`fix_one` for each path, on `jobs` processes (None: `default_jobs`), in input order."""
    return _run(
        paths,
        linter,
        jobs,
        lambda path: fix_one(path, linter, encoding, unsafe),
        _fix_in_worker,
        (encoding, unsafe),
    )


def _run(
    paths: Sequence[str],
    linter: Linter,
    jobs: int | None,
    serial: Callable[[str], Outcome],
    task: Callable[..., Outcome],
    arguments: tuple[object, ...],
) -> Iterator[Outcome]:
    paths = list(paths)
    count = default_jobs(paths) if jobs is None else max(1, min(jobs, len(paths) or 1))
    if STDIN in paths:
        count = 1  # only the parent can read standard input
    if count == 1:
        with _progress(len(paths)) as advance:
            for path in paths:
                outcome = serial(path)
                advance()
                yield outcome
        return
    # Imported here: a serial run (the common case for small inputs) never pays for them.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Fork where available: workers inherit the imported modules instead of importing them
    # again. Every task is submitted (so every worker forked) before the progress bar
    # starts its refresh thread, keeping fork away from a threaded parent.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    pool = ProcessPoolExecutor(
        count,
        mp_context=multiprocessing.get_context(method),
        initializer=_start_worker,
        initargs=(linter.settings,),
    )
    try:
        futures = {pool.submit(task, path, *arguments): index for index, path in enumerate(paths)}
        with _progress(len(paths)) as advance:
            yield from _in_order(futures, advance)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _in_order(futures: dict[Future[Outcome], int], advance: Callable[[], None]) -> Iterator[Outcome]:
    """Yield results by input index as soon as every earlier one is done."""
    from concurrent.futures import as_completed

    ready: dict[int, Outcome] = {}
    next_index = 0
    for future in as_completed(futures):
        ready[futures[future]] = future.result()
        advance()
        while next_index in ready:
            yield ready.pop(next_index)
            next_index += 1


class _progress:
    """A context giving an `advance()` callable; draws a rich bar only when it helps."""

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self._bar: Progress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> Callable[[], None]:
        if self.total >= PROGRESS_MIN_FILES and self.stream.isatty():
            from rich.console import Console
            from rich.progress import Progress

            self._bar = Progress(console=Console(file=self.stream), transient=True)
            self._bar.start()
            self._task = self._bar.add_task("checking", total=self.total)
        return self._advance

    def _advance(self) -> None:
        if self._bar is not None and self._task is not None:
            self._bar.advance(self._task)

    def __exit__(self, *exc_info: object) -> None:
        if self._bar is not None:
            self._bar.stop()
