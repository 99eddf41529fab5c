"""Batch throughput: `mtfix batch` on a local Dask cluster of 1 and 2 worker processes.

    python bench/batch.py [--documents 2000] [--words 500] [--repeat 3] [--seed 8] [--json FILE]

Writes `--documents` drafts of about `--words` words each (bench/corpus.py, the speed
benchmark's seeded generator), then for each worker count starts a LocalCluster (one thread
per worker process), runs `run_batch` over the folder into a fresh output folder and records:

- documents and words per second of the run (listing, partitions, findings written,
  summary), with the cluster already started: the steady state a long run sees;
- the cluster's start-up, measured apart (a run pays it once);
- each worker's peak resident memory (`ru_maxrss` read inside the worker process after the
  run), and the bytes of findings written per document.

The measurements are interleaved (each round runs every worker count once) and the fastest
round of each is reported, so a slow spell of a shared machine falls on both alike. The last
lines are a capacity plan for 10^7 documents derived from the 2-worker figure.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus

ROOT = Path(__file__).resolve().parents[1]
TARGET_DOCUMENTS = 10**7


@dataclass
class Measurement:
    workers: int
    documents: int
    words: int
    findings: int
    seconds: float
    start_seconds: float
    peak_mb_per_worker: float
    output_bytes: int
    cpu_seconds: float  # user + system time of all workers during the run

    @property
    def documents_per_cpu_second(self) -> float:
        """What one dedicated core gives, whatever else the machine was doing."""
        return self.documents / self.cpu_seconds

    @property
    def documents_per_second(self) -> float:
        return self.documents / self.seconds

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_mb() -> float:
    """This process's peak resident set in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(folder: Path, workers: int, partition_size: int) -> Measurement:
    from distributed import Client, LocalCluster

    from mtfix.batch import run_batch

    out = Path(tempfile.mkdtemp(prefix="mtfix-batch-bench-"))
    try:
        started = time.perf_counter()
        with (
            LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            Client(cluster) as client,
        ):
            start_seconds = time.perf_counter() - started
            cpu_before = client.run(_cpu_seconds)
            began = time.perf_counter()
            summary = run_batch([str(folder)], out, client=client, partition_size=partition_size)
            seconds = time.perf_counter() - began
            cpu_after = client.run(_cpu_seconds)
            peaks = client.run(_peak_mb)
        output = sum(path.stat().st_size for path in (out / "findings").glob("*.jsonl"))
        assert not summary.failures and summary.complete, summary.to_json()
        return Measurement(
            workers,
            summary.documents,
            summary.words,
            summary.findings,
            seconds,
            start_seconds,
            max(peaks.values()),
            output,
            sum(cpu_after[worker] - cpu_before[worker] for worker in cpu_after),
        )
    finally:
        shutil.rmtree(out, ignore_errors=True)


def capacity_plan(best: Measurement, single: Measurement) -> list[str]:
    """Workers, hours and memory for 10^7 documents like these, from the measured rates."""
    per_worker = best.documents_per_second / best.workers
    worker_hours = TARGET_DOCUMENTS / per_worker / 3600
    words_per_document = best.words / best.documents
    cpu_hours = TARGET_DOCUMENTS / best.documents_per_cpu_second / 3600
    lines = [
        f"per worker: {per_worker:,.0f} documents/s ({per_worker * words_per_document:,.0f} words/s) "
        f"with {best.workers} workers; {single.documents_per_second:,.0f} documents/s with 1",
        f"10^7 documents of ~{words_per_document:,.0f} words: {worker_hours:,.1f} worker-hours at the "
        f"measured wall-clock rate, {cpu_hours:,.1f} on dedicated cores (from worker CPU time)",
    ]
    for workers in (2, 8, 32, 64):
        lines.append(
            f"  {workers:>3} workers: {worker_hours / workers:6.2f} h measured rate, "
            f"{cpu_hours / workers:6.2f} h dedicated cores"
        )
    lines.append(
        f"memory: {best.peak_mb_per_worker:,.0f} MB peak per worker; findings written: "
        f"{best.output_bytes / best.documents:,.0f} bytes per document "
        f"({best.output_bytes / best.documents * TARGET_DOCUMENTS / 1e9:,.1f} GB for 10^7)"
    )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--words", type=int, default=500, help="words per document")
    parser.add_argument("--partition-size", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--json", type=Path, help="save the figures here")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="mtfix-batch-corpus-") as temporary:
        folder = Path(temporary) / "drafts"
        list(write_corpus(folder, ROOT / "samples", options.documents, options.words, options.seed))
        best: dict[int, Measurement] = {}
        for round_number in range(1, options.repeat + 1):
            for workers in (1, 2):
                found = measure(folder, workers, options.partition_size)
                print(
                    f"round {round_number}, {workers} worker(s): {found.seconds:.2f} s, "
                    f"{found.documents_per_second:,.0f} documents/s, {found.words_per_second:,.0f} words/s, "
                    f"{found.cpu_seconds:.2f} worker CPU s (cluster start {found.start_seconds:.1f} s, "
                    f"peak {found.peak_mb_per_worker:.0f} MB/worker)",
                    flush=True,
                )
                if workers not in best or found.seconds < best[workers].seconds:
                    best[workers] = found

    machine = f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs"
    print(
        f"\n{machine}, Python {platform.python_version()}; {options.documents:,} documents, "
        f"{best[1].words:,} words, fastest of {options.repeat}\n"
    )
    print(
        "| workers | documents/s | words/s | seconds | worker CPU s | documents per CPU s "
        "| cluster start s | peak MB per worker |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for workers, found in sorted(best.items()):
        print(
            f"| {workers} | {found.documents_per_second:,.0f} | {found.words_per_second:,.0f} | "
            f"{found.seconds:.2f} | {found.cpu_seconds:.2f} | {found.documents_per_cpu_second:,.0f} | "
            f"{found.start_seconds:.1f} | {found.peak_mb_per_worker:.0f} |"
        )
    print()
    for line in capacity_plan(best[2], best[1]):
        print(line)
    if options.json:
        options.json.write_text(
            json.dumps({str(w): asdict(m) for w, m in best.items()}, indent=1) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
