"""Speed benchmark: mtfix's rule engine against proselint and Harper on two corpora.

    python bench/run.py [--words 1000000] [--files 256] [--seed 8] [--jobs N] [--keep DIR]
                        [--real-corpus ../shared/corpus] [--baseline-src OTHER_CHECKOUT]

Builds two corpora of about `--words` words in `--files` files each:

- generated (bench/corpus.py): sentences from samples/, recombined and given artifacts by a
  seeded generator; a small vocabulary, so the run's per-word memories are mostly reused;
- realistic (bench/real_corpus.py): the real drafts (`ID.txt`) of the gold corpus found at
  `--real-corpus` (default `../shared/corpus` beside the repository: seeds/ and dev/), their
  sentences reshuffled per file (seeded), no paragraph repeated inside a file; skipped with
  a note when the folder is missing.

Then it times, each as its own process from launch to exit, with output to /dev/null:

- `mtfix check --jobs 1` (rules only, default config, no LanguageTool, start-up caches in a
  folder of the run) and `--jobs N`;
- `proselint check` (with its 1,000-result cap lifted, so it reads every file) and
  Harper through its Python bindings (`harper-py`, plain-text mode; on the first quarter
  of the corpus, as it is much slower), when installed (`pip install -e .[bench]`);
- mtfix on a quarter of the corpus, all of it and four times it (more drafts from the
  same generator): 1x, 4x and 16x, to show that cost grows linearly with input size;
- on the realistic corpus, `mtfix check --jobs 1` and proselint;
- with `--baseline-src DIR` (another checkout of mtfix, for example the main branch before a
  change), that checkout's `mtfix check --jobs 1` on both corpora, in the same rounds
  (run with `PYTHONPATH=DIR/src`, the same interpreter and packages), so a change can show
  that it is not slower; and this checkout's `mtfix check --jobs 1 --select` of the rules both
  builds have (read from `mtfix rules`), so the engine's cost for the same work is seen apart
  from the cost of rules added since the baseline.

Each measurement is the fastest of `--repeat` runs (default 3) for every tool alike, with
Python's default bytecode caching (PYTHONDONTWRITEBYTECODE is dropped from their environment).
The runs are interleaved: each round runs every measurement once, in the same order, so a slow
spell of a shared machine falls on all tools of a round instead of on one tool's repeats; the
ratio of mtfix `--jobs 1` to the faster peer is also printed per round, for each corpus.
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
from real_corpus import write_real_corpus

ROOT = Path(__file__).resolve().parents[1]
# The gold corpus sits beside the repository (shared by the project's checkouts).
DEFAULT_REAL_CORPUS = ROOT.parent / "shared" / "corpus"
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
    """One command to time, the words it checks, and its environment (None: the benchmark's)."""

    label: str
    command: list[str]
    words: int
    env: dict[str, str] | None = None


def timed(
    label: str, command: list[str], words: int, repeat: int = 1, env: dict[str, str] | None = None
) -> Run:
    """The fastest of `repeat` runs of `command` (as timeit and hyperfine report: the
    least-disturbed run), with the largest peak RSS seen."""
    return fastest([_timed_once(label, command, words, env) for _ in range(max(repeat, 1))])


def fastest(runs: list[Run]) -> Run:
    quickest = min(runs, key=lambda run: run.seconds)
    peak = max(run.peak_mb for run in runs)
    return Run(quickest.label, quickest.words, quickest.seconds, peak, quickest.status)


def interleaved(measurements: list[Measurement], rounds: int) -> list[list[Run]]:
    """Every measurement's runs, taken round by round (each round runs each measurement once)."""
    runs: list[list[Run]] = [[] for _ in measurements]
    for _ in range(max(rounds, 1)):
        for measurement, taken in zip(measurements, runs, strict=True):
            taken.append(
                _timed_once(measurement.label, measurement.command, measurement.words, measurement.env)
            )
    return runs


def _timed_once(label: str, command: list[str], words: int, env: dict[str, str] | None = None) -> Run:
    """Run `command` to completion; wall time and the peak RSS of it and its children."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_ENV if env is None else env
    )
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


def proselint_measurement(paths: list[Path], words: int, folder: Path, label: str = "") -> Measurement | None:
    """proselint on `paths` with its 1,000-result cap lifted (None when it is not installed)."""
    if importlib.util.find_spec("proselint") is None:
        return None
    config = folder / "proselint.json"
    config.write_text(json.dumps({"max_errors": 10**9}), encoding="utf-8")
    command = [sys.executable, "-m", "proselint", "--config", str(config), "check", *map(str, paths)]
    return Measurement(f"proselint {version('proselint')}{label}", command, words)


def baseline_env(source: Path, cache: Path) -> dict[str, str]:
    """Another checkout's environment: its `src/` first on the path, and start-up caches of its
    own (both builds would otherwise replace each other's cache on every run and pay its rebuild)."""
    path = os.pathsep.join(filter(None, [str(source / "src"), _ENV.get("PYTHONPATH")]))
    return _ENV | {"PYTHONPATH": path, "MTFIX_CACHE_DIR": str(cache)}


def baseline_measurement(env: dict[str, str], paths: list[Path], words: int, label: str) -> Measurement:
    """`mtfix check --jobs 1` of another checkout (see `baseline_env`)."""
    return Measurement(f"baseline --jobs 1{label}", mtfix_command(paths, 1), words, env)


def listed_rules(env: dict[str, str]) -> set[str]:
    """The rule ids a build lists (`mtfix rules`, text table: the first column after the header)."""
    listing = subprocess.run(
        [sys.executable, "-m", "mtfix", "rules"], env=env, capture_output=True, text=True, check=True
    ).stdout
    return {line.split()[0] for line in listing.splitlines()[1:] if line.strip()}


def same_rules_measurement(
    env: dict[str, str], rules: set[str], paths: list[Path], words: int, label: str
) -> Measurement:
    """This checkout's `mtfix check --jobs 1` restricted to `rules` (those the baseline has too)."""
    command = [*mtfix_command([], 1), "--select", ",".join(sorted(rules)), *map(str, paths)]
    return Measurement(f"mtfix --jobs 1, baseline's rules{label}", command, words, env)


def competitors(paths: list[Path], words: int, quarter: list[Path], folder: Path) -> list[Measurement]:
    """proselint on the corpus; Harper (about 40 times slower here) on its first quarter, so
    the run stays under ten minutes: words per second is a rate, and Harper's start-up is
    about a second of a minute's run."""
    found = []
    proselint = proselint_measurement(paths, words, folder)
    if proselint is not None:
        found.append(proselint)
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


def same_rules_table(best: dict[str, Run], rules: int) -> str:
    """This checkout against the baseline doing the same work: only the rules both builds have."""
    lines = [
        f"Same work: both builds, only the {rules} rules the baseline has too (--select)",
        f"{'corpus':<12}{'mtfix words/s':>15}{'baseline words/s':>18}{'mtfix/baseline':>16}",
    ]
    for corpus, key, baseline in (
        ("generated", "same rules", "baseline"),
        ("realistic", "real same rules", "real baseline"),
    ):
        if key in best and baseline in best:
            mine, theirs = best[key].words_per_second, best[baseline].words_per_second
            lines.append(f"{corpus:<12}{mine:>15,.0f}{theirs:>18,.0f}{mine / theirs:>16.2f}")
    return "\n".join(lines)


@dataclass(frozen=True)
class CorpusRow:
    """One corpus's figures for the side-by-side table (runs are the fastest of their rounds)."""

    name: str
    files: int
    words: int
    vocabulary: int
    mtfix: Run
    proselint: Run | None
    baseline: Run | None
    ratios: list[float]


def vocabulary(paths: list[Path]) -> int:
    """Distinct lower-cased whitespace tokens: how much a per-word memory must learn."""
    return len({token.lower() for path in paths for token in path.read_text(encoding="utf-8").split()})


def corpora_table(rows: list[CorpusRow]) -> str:
    """Both corpora side by side: mtfix and proselint words/s and their ratio (and a baseline)."""
    has_baseline = any(row.baseline for row in rows)
    header = (
        f"{'corpus':<12}{'files':>7}{'words':>11}{'vocabulary':>12}{'mtfix words/s':>15}"
        f"{'proselint words/s':>19}{'ratio':>8}"
    )
    lines = [header + (f"{'baseline words/s':>18}{'mtfix/baseline':>16}" if has_baseline else "")]
    for row in rows:
        proselint = row.proselint.words_per_second if row.proselint else 0.0
        ratio = f"{row.mtfix.words_per_second / proselint:.1f}x" if proselint else "-"
        line = (
            f"{row.name:<12}{row.files:>7}{row.words:>11,}{row.vocabulary:>12,}"
            f"{row.mtfix.words_per_second:>15,.0f}{proselint:>19,.0f}{ratio:>8}"
        )
        if row.baseline:
            line += (
                f"{row.baseline.words_per_second:>18,.0f}"
                f"{row.mtfix.words_per_second / row.baseline.words_per_second:>16.2f}"
            )
        lines.append(line)
    for row in rows:
        if row.ratios:
            per_round = ", ".join(f"{ratio:.1f}x" for ratio in row.ratios)
            lines.append(f"{row.name}: mtfix --jobs 1 vs proselint in each round: {per_round}")
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
    parser.add_argument("--keep", type=Path, help="write the corpora here and keep them")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument(
        "--real-corpus",
        type=Path,
        default=DEFAULT_REAL_CORPUS,
        help="gold corpus folder whose ID.txt drafts (and its subfolders') make the realistic corpus",
    )
    parser.add_argument(
        "--baseline-src", type=Path, help="another mtfix checkout to time in the same rounds (its src/)"
    )
    args = parser.parse_args()
    if args.files % 4:
        parser.error("--files must be a multiple of 4 (the 1x size is a quarter of the corpus)")
    if args.baseline_src and not (args.baseline_src / "src" / "mtfix").is_dir():
        parser.error(f"--baseline-src {args.baseline_src}: no src/mtfix there")
    with tempfile.TemporaryDirectory(prefix="mtfix-bench-") as temporary:
        folder = args.keep or Path(temporary)
        per_file = args.words // args.files
        every = list(write_corpus(folder / "corpus", ROOT / "samples", args.files * 4, per_file, args.seed))
        paths = every[: args.files]  # the corpus; `every` (four times as much) is the 16x size
        words = count_words(paths)
        real: list[Path] = []
        if args.real_corpus.is_dir():
            real = list(write_real_corpus(folder / "real", args.real_corpus, args.files, per_file, args.seed))
        else:
            print(
                f"no gold corpus at {args.real_corpus}: realistic corpus skipped (--real-corpus)",
                file=sys.stderr,
            )
        real_words = count_words(real)
        vocabularies = (vocabulary(paths), vocabulary(real))
        print(
            f"mtfix benchmark, {date.today().isoformat()}, {platform.system()} {platform.machine()}, "
            f"{os.cpu_count()} CPUs, Python {platform.python_version()}, mtfix {version('mtfix')}; "
            f"generated corpus: {words:,} words in {len(paths)} files (seed {args.seed}); "
            f"realistic corpus: {real_words:,} words in {len(real)} files",
            flush=True,
        )
        tiny = folder / "startup.txt"
        tiny.write_text("A short line.\n", encoding="utf-8")
        # mtfix keeps its start-up caches in a folder of this run: other checkouts on the machine
        # share the user's cache folder and would replace them between runs.
        own = _ENV | {"MTFIX_CACHE_DIR": str(folder / "mtfix-cache")}
        startup = min(
            (timed("start-up", mtfix_command([tiny], 1), 3, env=own) for _ in range(3)),
            key=lambda r: r.seconds,
        )
        other = baseline_env(args.baseline_src, folder / "baseline-cache") if args.baseline_src else None
        common: set[str] = set()
        if other is not None:  # builds the baseline's caches before any timed run
            _timed_once("baseline start-up", mtfix_command([tiny], 1), 3, other)
            common = listed_rules(own) & listed_rules(other)
        quarter = paths[: args.files // 4]
        peers = competitors(paths, words, quarter, folder)
        named: dict[str, Measurement | None] = {
            "single": Measurement("mtfix check --jobs 1", mtfix_command(paths, 1), words, own),
            "parallel": Measurement(
                f"mtfix check --jobs {args.jobs}", mtfix_command(paths, args.jobs), words, own
            ),
            "1x": Measurement("mtfix 1x", mtfix_command(quarter, 1), count_words(quarter), own),
            "16x": Measurement("mtfix 16x", mtfix_command(every, 1), count_words(every), own),
            "baseline": baseline_measurement(other, paths, words, "") if other is not None else None,
            "same rules": same_rules_measurement(own, common, paths, words, "") if common else None,
        }
        if real:
            named |= {
                "real": Measurement("mtfix check --jobs 1 (real)", mtfix_command(real, 1), real_words, own),
                "real proselint": proselint_measurement(real, real_words, folder, " (real)"),
                "real baseline": (
                    baseline_measurement(other, real, real_words, " (real)") if other is not None else None
                ),
                "real same rules": (
                    same_rules_measurement(own, common, real, real_words, " (real)") if common else None
                ),
            }
        chosen = {key: measurement for key, measurement in named.items() if measurement is not None}
        runs = interleaved([*chosen.values(), *peers], args.repeat)
        keys = list(chosen)
        by_key = dict(zip(keys, runs, strict=False))
        peer_runs = runs[len(keys) :]
    best = {key: fastest(taken) for key, taken in by_key.items()}
    others = [fastest(taken) for taken in peer_runs]
    ratios = round_ratios(by_key["single"], peer_runs)
    print(
        table([best["single"], best["parallel"]], others, [best["1x"], best["single"], best["16x"]], startup)
    )
    if ratios:
        print(
            "mtfix --jobs 1 vs the faster peer in each round: "
            + ", ".join(f"{ratio:.1f}x" for ratio in ratios)
        )
    proselint_runs = [taken for taken in peer_runs if taken[0].label.startswith("proselint")]
    rows = [
        CorpusRow(
            "generated",
            len(paths),
            words,
            vocabularies[0],
            best["single"],
            fastest(proselint_runs[0]) if proselint_runs else None,
            best.get("baseline"),
            round_ratios(by_key["single"], proselint_runs),
        )
    ]
    if real:
        rows.append(
            CorpusRow(
                "realistic",
                len(real),
                real_words,
                vocabularies[1],
                best["real"],
                best.get("real proselint"),
                best.get("real baseline"),
                round_ratios(by_key["real"], [by_key["real proselint"]])
                if "real proselint" in by_key
                else [],
            )
        )
    print()
    print(corpora_table(rows))
    if common:
        print()
        print(same_rules_table(best, len(common)))
    if args.json:
        figures = [
            run.__dict__ | {"words_per_second": run.words_per_second}
            for run in [startup, *best.values(), *others]
        ]
        corpora = [
            {
                "corpus": row.name,
                "files": row.files,
                "words": row.words,
                "vocabulary": row.vocabulary,
                "round_ratios": row.ratios,
            }
            for row in rows
        ]
        document = {"runs": figures, "round_ratios": ratios, "corpora": corpora}
        args.json.write_text(json.dumps(document, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
