"""What runs inside a Dask worker: the worker's own linter, and the partition task.

Why a worker plugin: building a linter loads the rule packs and, on its first documents, the
word tables (about a second), and the linter then remembers verdicts across documents. So
each worker builds one linter for a run's settings, the first time a task asks for it,
and keeps it for every partition it is given. The plugin is registered under a name derived
from the settings, so runs with different settings on one cluster never share a linter.
A worker should run one thread (`--nthreads 1`): the engine is pure Python, so threads add
no speed, and a linter serves one thread at a time (a lock makes sure of it).

This module imports Dask; only workers and a starting run import it.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from collections.abc import Iterator
from typing import Any

from distributed import WorkerPlugin, get_worker

from mtfix.api import Linter
from mtfix.batch.partition import BatchJob, Partition, PartitionSummary, process
from mtfix.config import Settings


class LinterPlugin(WorkerPlugin):
    """Gives the tasks on one worker their shared linter, built on first use (in a task
    thread, not on the worker's event loop, which must keep answering the scheduler)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._linter: Linter | None = None
        self._lock = threading.Lock()
        self.builds = 0  # linters built on this worker: one per run (tests hold it to that)

    def __getstate__(self) -> dict[str, Any]:
        return {"settings": self.settings}  # the linter and its lock stay on the worker

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["settings"])  # type: ignore[misc]

    def teardown(self, worker: Any) -> None:
        self._linter = None

    @contextlib.contextmanager
    def linter(self) -> Iterator[Linter]:
        with self._lock:
            if self._linter is None:
                self._linter = Linter(self.settings)
                self.builds += 1
            yield self._linter


def plugin_name(settings: Settings) -> str:
    digest = hashlib.sha256(repr(settings).encode("utf-8", "surrogatepass")).hexdigest()
    return f"mtfix-linter-{digest[:16]}"


def run_partition_task(partition: Partition, job: BatchJob, plugin: str) -> PartitionSummary:
    """The task a worker runs: its plugin's linter over one partition."""
    holder = get_worker().plugins[plugin]
    assert isinstance(holder, LinterPlugin), f"worker plugin {plugin} is not mtfix's"
    with holder.linter() as linter:
        return process(partition, job, linter)
