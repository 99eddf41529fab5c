"""A whole batch run: list the inputs, skip finished partitions, run the rest, sum up.

The client lists the documents and writes the summary; workers read, check and write the
partitions (so the output folder, and `--fix-to`, must be reachable from every worker: a
local folder for a local cluster, a shared file system for a remote one).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mtfix.batch.cluster import connect, run_on_cluster
from mtfix.batch.inputs import expand
from mtfix.batch.partition import (
    FINDINGS_FOLDER,
    BatchJob,
    Partition,
    PartitionSummary,
    common_root,
    finished,
    split,
    write_atomically,
)
from mtfix.batch.summary import RunSummary
from mtfix.config import Settings
from mtfix.errors import ConfigError

if TYPE_CHECKING:
    from distributed import Client

# Documents per partition: large enough that a task's overhead (a few milliseconds on the
# scheduler) is small against its work, small enough that a rerun loses little.
DEFAULT_PARTITION_SIZE = 500
SUMMARY_NAME = "summary.json"


def run_batch(
    sources: Sequence[str],
    out_dir: str | os.PathLike[str],
    *,
    settings: Settings | None = None,
    manifests: Sequence[str] = (),
    scheduler: str | None = None,
    workers: int | None = None,
    client: Client | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    fix_to: str | os.PathLike[str] | None = None,
    unsafe: bool = False,
    encoding: str | None = None,
) -> RunSummary:
    """Check every document named by `sources` and `manifests` on a Dask cluster: an
    existing `client`, the scheduler at `scheduler`, or a new local cluster of `workers`
    processes. Writes `out_dir/findings/part-*.jsonl` and `out_dir/summary.json`; with
    `fix_to`, fixed copies under that folder (never over the inputs)."""
    started = time.perf_counter()
    listing = expand(sources, manifests)
    root = common_root(listing.locations)
    if fix_to is not None:
        _refuse_in_place(Path(fix_to), root)
    job = BatchJob(
        settings or Settings(),
        os.fspath(out_dir),
        None if fix_to is None else os.path.abspath(fix_to),
        root,
        unsafe,
        encoding,
    )
    partitions = split(listing.locations, partition_size)
    _drop_stale_partitions(Path(out_dir), {partition.name for partition in partitions})
    summary = RunSummary(inputs=len(listing.locations), partitions=len(partitions))
    summary.add_failures(listing.errors)
    todo: list[Partition] = []
    for partition in partitions:
        done = finished(partition, job)
        if done is None:
            todo.append(partition)
        else:
            summary.add(done)

    def on_result(partition: Partition, result: PartitionSummary | None, error: str | None) -> None:
        if result is not None:
            summary.add(result)
        else:
            summary.partitions_failed.append((partition.name, error or "unknown error"))

    if todo:
        if client is not None:
            summary.workers = _worker_count(client)
            run_on_cluster(client, todo, job, on_result)
        else:
            with connect(scheduler, workers) as own:
                summary.workers = _worker_count(own)
                run_on_cluster(own, todo, job, on_result)
    summary.seconds = time.perf_counter() - started
    text = json.dumps(summary.to_json(), ensure_ascii=False, indent=1) + "\n"
    write_atomically(Path(out_dir) / SUMMARY_NAME, text.encode("utf-8", "surrogateescape"))
    return summary


def _drop_stale_partitions(out_dir: Path, current: set[str]) -> None:
    """Remove partitions a previous run over a longer input list left beyond this run's
    last one, so `findings/part-*.jsonl` is always this run's output and nothing else."""
    folder = out_dir / FINDINGS_FOLDER
    if not folder.is_dir():
        return
    for path in folder.glob("part-*"):
        if path.name.split(".", 1)[0] not in current:
            path.unlink()


def _refuse_in_place(fix_to: Path, root: str) -> None:
    """Fixed copies must not land on their originals."""
    if root and os.path.abspath(fix_to) == os.path.abspath(root):
        raise ConfigError(f"--fix-to {fix_to} is the inputs' own folder; fixed copies never overwrite inputs")


def _worker_count(client: Client) -> int:
    return len(client.scheduler_info().get("workers", {}))
