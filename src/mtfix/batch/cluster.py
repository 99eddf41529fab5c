"""Running partitions on Dask: a local cluster by default, or an existing scheduler.

Each worker builds one linter per run's settings (see `worker.py`). Partitions are
submitted a few per worker at a time, the next as soon as one finishes, so the scheduler
never holds a whole archive's task graph. Dask is an optional dependency
(`pip install 'mtfix[batch]'`); nothing here imports it until a run starts.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from mtfix.batch.partition import BatchJob, Partition, PartitionSummary
from mtfix.errors import MtfixError

if TYPE_CHECKING:
    from distributed import Client

INSTALL_HINT = "mtfix batch needs Dask: pip install 'mtfix[batch]' (installs dask[distributed] and fsspec)"
# Partitions in flight per worker: enough to keep every worker busy between two results,
# few enough that the scheduler never holds the whole run (10^4 partitions for 10^7 documents).
IN_FLIGHT_PER_WORKER = 4


class BatchUnavailable(MtfixError):
    """Dask (the `batch` extra) is not installed."""


@contextlib.contextmanager
def connect(scheduler: str | None = None, workers: int | None = None) -> Iterator[Client]:
    """A client of the scheduler at `scheduler`, or of a new local cluster of `workers`
    processes (one thread each), closed on exit."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise BatchUnavailable(INSTALL_HINT) from error
    if scheduler is not None:
        with Client(scheduler) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def run_on_cluster(
    client: Client,
    partitions: Sequence[Partition],
    job: BatchJob,
    on_result: Callable[[Partition, PartitionSummary | None, str | None], None],
) -> None:
    """Run `partitions` on the client's workers, a bounded number at a time; `on_result`
    gets each partition with its summary, or with the reason its task failed."""
    from distributed import as_completed

    from mtfix.batch.worker import LinterPlugin, plugin_name, run_partition_task

    plugin = plugin_name(job.settings)
    client.register_plugin(LinterPlugin(job.settings), name=plugin)
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    pending = iter(partitions)
    submitted: dict[Any, Partition] = {}

    def submit(count: int) -> list[Any]:
        futures = []
        for partition in _take(pending, count):
            future = client.submit(run_partition_task, partition, job, plugin, pure=False)
            submitted[future] = partition
            futures.append(future)
        return futures

    results = as_completed(submit(workers * IN_FLIGHT_PER_WORKER))
    for future in results:
        partition = submitted.pop(future)
        try:
            summary: PartitionSummary = future.result()
        except Exception as error:  # the partition's output is not written; a rerun retries it
            on_result(partition, None, f"{type(error).__name__}: {error}")
        else:
            on_result(partition, summary, None)
        future.release()
        for new in submit(1):
            results.add(new)


def _take(iterator: Iterator[Partition], count: int) -> list[Partition]:
    taken = []
    for _ in range(count):
        item = next(iterator, None)
        if item is None:
            break
        taken.append(item)
    return taken
