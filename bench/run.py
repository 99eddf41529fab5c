"""Speed benchmark: mtfix's rule engine against proselint and Harper on one generated corpus.

    python bench/run.py [--words 1000000] [--files 256] [--seed 8] [--jobs N] [--keep DIR]

Builds a corpus of about `--words` words (bench/corpus.py: sentences from samples/,
recombined and given artifacts by a seeded generator), then times, each as its own
process from launch to exit, with output to /dev/null:

- `mtfix check --jobs 1` (rules only, default config, no LanguageTool) and `--jobs N`;
- `proselint check` (with its 1,000-result cap lifted, so it reads every file) and
  Harper through its Python bindings (`harper-py`, plain-text mode; on the first quarter
  of the corpus, as it is much slower), when installed (`pip install -e .[bench]`);
- mtfix on a quarter of the corpus, all of it and four times it (more drafts from the
  same generator): 1x, 4x and 16x, to show that cost grows linearly with input size.

Each measurement is the fastest of `--repeat` runs (default 3) for every tool alike, with
Python's default bytecode caching (PYTHONDONTWRITEBYTECODE is dropped from their environment).
The runs are interleaved: each round runs every measurement once, in the same order, so a slow
spell of a shared machine falls on all tools of a round instead of on one tool's repeats; the
ratio of mtfix `--jobs 1` to the faster peer is also printed per round.
Peak memory is the largest resident set of the process or any of its workers
(`os.wait4`'s rusage). Prints a table with words per second and ratios.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus

ROOT = Path(__file__).resolve().parents[1]
# Every tool runs with Python's default bytecode caching, as on a user's machine: a shell that
# sets PYTHONDONTWRITEBYTECODE would otherwise recompile an editable checkout on every run.
_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}

# Lints every file named on the command line with one Harper linter, as plain text.
HARPER_SCRIPT = """
import sys
from pathlib import Path
import harper
linter = harper.Linter()
found = 0
for name in sys.argv[1:]:
    found += len(linter.lint(Path(name).read_text(encoding="utf-8"), language="plaintext"))
print(found)
"""


@dataclass(frozen=True)
class Run:
    """One timed process."""

    label: str
    words: int
    seconds: float
    peak_mb: float
    status: int

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


@dataclass(frozen=True)
class Measurement:
    """One command to time, and the words it checks."""

    label: str
    command: list[str]
    words: int


def timed(label: str, command: list[str], words: int, repeat: int = 1) -> Run:
    """The fastest of `repeat` runs of `command` (as timeit and hyperfine report: the
    least-disturbed run), with the largest peak RSS seen."""
    return fastest([_timed_once(label, command, words) for _ in range(max(repeat, 1))])


def fastest(runs: list[Run]) -> Run:
    quickest = min(runs, key=lambda run: run.seconds)
    peak = max(run.peak_mb for run in runs)
    return Run(quickest.label, quickest.words, quickest.seconds, peak, quickest.status)


def interleaved(measurements: list[Measurement], rounds: int) -> list[list[Run]]:
    """Every measurement's runs, taken round by round (each round runs each measurement once)."""
    runs: list[list[Run]] = [[] for _ in measurements]
    for _ in range(max(rounds, 1)):
        for measurement, taken in zip(measurements, runs, strict=True):
            taken.append(_timed_once(measurement.label, measurement.command, measurement.words))
    return runs


def _timed_once(label: str, command: list[str], words: int) -> Run:
    """Run `command` to completion; wall time and the peak RSS of it and its children."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_ENV)
    _, wait_status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(wait_status)
    errors = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
    if process.returncode not in (0, 1):
        print(f"warning: {label} exited {process.returncode}: {errors.strip()[-300:]}", file=sys.stderr)
    return Run(label, words, seconds, usage.ru_maxrss / 1024, process.returncode)


def count_words(paths: list[Path]) -> int:
    return sum(len(path.read_text(encoding="utf-8").split()) for path in paths)


def version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "?"


def mtfix_command(paths: list[Path], jobs: int) -> list[str]:
    return [sys.executable, "-m", "mtfix", "check", "--jobs", str(jobs), *map(str, paths)]


def competitors(paths: list[Path], words: int, quarter: list[Path], folder: Path) -> list[Measurement]:
    """proselint on the corpus; Harper (about 40 times slower here) on its first quarter, so
    the run stays under ten minutes: words per second is a rate, and Harper's start-up is
    about a second of a minute's run."""
    found = []
    if importlib.util.find_spec("proselint") is not None:
        config = folder / "proselint.json"
        config.write_text(json.dumps({"max_errors": 10**9}), encoding="utf-8")
        command = [sys.executable, "-m", "proselint", "--config", str(config), "check", *map(str, paths)]
        found.append(Measurement(f"proselint {version('proselint')}", command, words))
    else:
        print("proselint not installed: skipped (pip install -e .[bench])", file=sys.stderr)
    if importlib.util.find_spec("harper") is not None:
        command = [sys.executable, "-c", HARPER_SCRIPT, *map(str, quarter)]
        found.append(Measurement(f"harper-py {version('harper-py')}", command, count_words(quarter)))
    else:
        print("harper-py not installed: skipped (pip install -e .[bench])", file=sys.stderr)
    return found


def round_ratios(single: list[Run], others: list[list[Run]]) -> list[float]:
    """mtfix --jobs 1 over the faster peer, round by round (both measured in the same round)."""
    ratios = []
    for index, run in enumerate(single):
        peers = [runs[index].words_per_second for runs in others if runs[index].words_per_second]
        if peers and run.words_per_second:
            ratios.append(run.words_per_second / max(peers))
    return ratios


def table(main: list[Run], others: list[Run], scaling: list[Run], startup: Run) -> str:
    fastest_other = max(others, key=lambda run: run.words_per_second, default=None)
    lines = [
        f"{'tool':<28}{'words':>11}{'seconds':>10}{'words/s':>11}{'peak MB':>10}{'vs fastest other':>18}"
    ]
    for run in main + others:
        ratio = f"{run.words_per_second / fastest_other.words_per_second:.1f}x" if fastest_other else "-"
        lines.append(
            f"{run.label:<28}{run.words:>11,}{run.seconds:>10.1f}{run.words_per_second:>11,.0f}"
            f"{run.peak_mb:>10.0f}{ratio:>18}"
        )
    lines += ["", "mtfix check --jobs 1 by input size: linear cost keeps net words/s flat"]
    lines.append(
        f"{'size':<8}{'words':>11}{'seconds':>10}{'net s':>9}{'net words/s':>14}{'net time / 1x':>16}"
    )
    base = scaling[0].seconds - startup.seconds
    for factor, run in zip((1, 4, 16), scaling, strict=True):
        net = max(run.seconds - startup.seconds, 1e-9)
        lines.append(
            f"{f'{factor}x':<8}{run.words:>11,}{run.seconds:>10.2f}{net:>9.2f}{run.words / net:>14,.0f}"
            f"{net / base if base > 0 else 0:>16.1f}"
        )
    lines.append(f"(net = minus start-up: mtfix check on a one-line file takes {startup.seconds:.2f} s)")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=1_000_000, help="corpus size (default 1,000,000)")
    parser.add_argument("--files", type=int, default=256, help="number of files (a multiple of 4)")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="workers for the parallel run")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per measurement; the fastest is reported (default 3)"
    )
    parser.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    if args.files % 4:
        parser.error("--files must be a multiple of 4 (the 1x size is a quarter of the corpus)")
    with tempfile.TemporaryDirectory(prefix="mtfix-bench-") as temporary:
        folder = args.keep or Path(temporary)
        per_file = args.words // args.files
        every = list(write_corpus(folder / "corpus", ROOT / "samples", args.files * 4, per_file, args.seed))
        paths = every[: args.files]  # the corpus; `every` (four times as much) is the 16x size
        words = count_words(paths)
        print(
            f"mtfix benchmark, {date.today().isoformat()}, {platform.system()} {platform.machine()}, "
            f"{os.cpu_count()} CPUs, Python {platform.python_version()}, mtfix {version('mtfix')}; "
            f"corpus: {words:,} words in {len(paths)} files (seed {args.seed})",
            flush=True,
        )
        tiny = folder / "startup.txt"
        tiny.write_text("A short line.\n", encoding="utf-8")
        startup = min(
            (timed("start-up", mtfix_command([tiny], 1), 3) for _ in range(3)), key=lambda r: r.seconds
        )
        quarter = paths[: args.files // 4]
        measurements = [
            Measurement("mtfix check --jobs 1", mtfix_command(paths, 1), words),
            Measurement(f"mtfix check --jobs {args.jobs}", mtfix_command(paths, args.jobs), words),
            Measurement("mtfix 1x", mtfix_command(quarter, 1), count_words(quarter)),
            Measurement("mtfix 16x", mtfix_command(every, 1), count_words(every)),
            *competitors(paths, words, quarter, folder),
        ]
        runs = interleaved(measurements, args.repeat)
        single, parallel, one_x, sixteen_x, *others = map(fastest, runs)
        scaling = [one_x, single, sixteen_x]
        ratios = round_ratios(runs[0], runs[4:])
    print(table([single, parallel], others, scaling, startup))
    if ratios:
        print(
            "mtfix --jobs 1 vs the faster peer in each round: "
            + ", ".join(f"{ratio:.1f}x" for ratio in ratios)
        )
    if args.json:
        figures = [
            run.__dict__ | {"words_per_second": run.words_per_second}
            for run in [startup, single, parallel, *others, scaling[0], scaling[2]]
        ]
        document = {"runs": figures, "round_ratios": ratios}
        args.json.write_text(json.dumps(document, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
