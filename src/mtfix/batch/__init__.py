"""Batch runs: the API mapped over many documents on a Dask cluster, resumable by partition.

`run_batch` (in `run.py`) is the entry point; `mtfix batch` (in `command.py`) its command.
Modules: `inputs` (what to read), `partition` (one unit of work and output), `worker` (the
worker's own linter), `cluster` (Dask), `summary` (the totals).
"""

from mtfix.batch.run import run_batch

__all__ = ["run_batch"]
