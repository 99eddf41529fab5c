"""Batch runs on a real Dask LocalCluster (two worker processes): the same findings as the
serial CLI, an undecodable document reported without stopping the run, resumption that
skips finished partitions, and fixed copies written beside the inputs, never over them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from distributed import Client, LocalCluster

import mtfix
from batch.drafts import write_drafts
from helpers import run_cli
from mtfix.batch import run_batch
from mtfix.batch.worker import plugin_name

DOCUMENTS = 300
PARTITION = 40  # 301 inputs: 8 partitions, the last with 21


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("newsroom")
    write_drafts(folder, DOCUMENTS)
    (folder / "desk-1" / "story-0150-broken.txt").write_bytes(b"The county bureau \x80\x80\x80 met.\n")
    return folder


@pytest.fixture(scope="module")
def cluster():
    with (
        LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as local,
        Client(local) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def serial(corpus: Path) -> list[str]:
    """`mtfix check --format jsonl` over the folder, one process: the lines a batch must equal."""
    done = run_cli("check", "--jobs", "1", "--format", "jsonl", str(corpus))
    assert done.returncode == 2  # findings, and the undecodable file
    assert b"story-0150-broken.txt: invalid utf-8" in done.stderr
    return done.stdout.decode("utf-8").splitlines()


def partition_lines(out: Path) -> list[str]:
    return [
        line
        for part in sorted((out / "findings").glob("part-*.jsonl"))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]


def test_batch_equals_serial_run_and_reports_the_undecodable_document(corpus, cluster, serial, tmp_path):
    out = tmp_path / "out"
    summary = run_batch([str(corpus)], out, client=cluster, partition_size=PARTITION)

    assert partition_lines(out) == serial  # finding for finding, in input order
    assert (summary.inputs, summary.documents, summary.partitions, summary.partitions_run) == (
        DOCUMENTS + 1,
        DOCUMENTS,
        8,
        8,
    )
    assert summary.workers == 2 and summary.complete
    broken = str(corpus / "desk-1" / "story-0150-broken.txt")
    assert [(path, reason.split(" at ")[0]) for path, reason in summary.failures] == [
        (broken, "invalid utf-8")
    ]
    written = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert written["documents"] == DOCUMENTS and written["findings"] == len(serial)
    assert written["failures"][0]["path"] == broken and "invalid utf-8" in written["failures"][0]["reason"]
    assert sum(c["findings"] for c in written["categories"].values()) == len(serial)
    assert written["words"] == sum(
        len(p.read_text(encoding="utf-8").split()) for p in corpus.rglob("story-????.txt")
    )
    assert written["per_1000_words"] == round(len(serial) * 1000 / written["words"], 3)

    # One linter per worker for the whole run, not one per partition or document.
    name = plugin_name(mtfix.Settings())
    builds = cluster.run(lambda dask_worker: dask_worker.plugins[name].builds)
    assert sorted(builds.values()) == [1, 1]


def test_rerun_skips_finished_partitions(corpus, cluster, serial, tmp_path):
    out = tmp_path / "out"
    # By the scheduler's address, as `mtfix batch --scheduler` connects to a running cluster.
    first = run_batch([str(corpus)], out, scheduler=cluster.scheduler.address, partition_size=PARTITION)
    stamps = {path.name: path.stat().st_mtime_ns for path in (out / "findings").iterdir()}

    # An interrupted run: partition 3 never got its marker (its findings may be half there).
    (out / "findings" / "part-00003.done.json").unlink()
    (out / "findings" / "part-00003.jsonl").write_text("{half a line", encoding="utf-8")
    resumed = run_batch([str(corpus)], out, client=cluster, partition_size=PARTITION)

    assert (resumed.partitions_run, resumed.partitions_skipped) == (1, 7)
    for path in (out / "findings").iterdir():
        if not path.name.startswith("part-00003"):
            assert path.stat().st_mtime_ns == stamps[path.name], f"{path.name} was rewritten"
    assert partition_lines(out) == serial
    assert resumed.to_json() | {"seconds": 0, "partitions": 0} == first.to_json() | {
        "seconds": 0,
        "partitions": 0,
    }

    # Other settings make other output: nothing is skipped.
    narrowed = run_batch(
        [str(corpus)],
        out,
        client=cluster,
        partition_size=PARTITION,
        settings=mtfix.Settings(select=("word",)),
    )
    assert (narrowed.partitions_run, narrowed.partitions_skipped) == (8, 0)
    assert set(narrowed.categories) == {"word.doubled"}


def test_fix_to_writes_fixed_copies_and_leaves_inputs_alone(corpus, cluster, tmp_path):
    before = {path: path.read_bytes() for path in corpus.rglob("*.txt")}
    fixed_folder = tmp_path / "fixed"
    summary = run_batch(
        [str(corpus / "desk-2")],
        tmp_path / "out",
        client=cluster,
        partition_size=PARTITION,
        fix_to=fixed_folder,
    )
    assert {path: path.read_bytes() for path in corpus.rglob("*.txt")} == before
    copies = sorted(fixed_folder.rglob("*.txt"))
    assert len(copies) == summary.documents == DOCUMENTS // 3
    linter = mtfix.Linter()
    for copy in copies[:25]:
        original = corpus / "desk-2" / copy.name
        assert copy.read_bytes().decode("utf-8") == linter.fix_file(original).text
    assert summary.fixed == summary.documents  # every generated draft has a safe fix


def test_batch_command_runs_and_exits_2_on_the_failed_document(corpus, tmp_path):
    manifest = tmp_path / "manifest.txt"
    picked = sorted(corpus.rglob("story-000?.txt"))
    manifest.write_text(
        "# three drafts and the broken one\n"
        + "".join(f"{path}\n" for path in picked[:3])
        + f"{corpus / 'desk-1' / 'story-0150-broken.txt'}\n",
        encoding="utf-8",
    )
    done = run_cli("batch", "--manifest", str(manifest), "--out", str(tmp_path / "out"), "--workers", "1")
    assert done.returncode == 2, done.stderr
    stderr = done.stderr.decode()
    assert "story-0150-broken.txt: invalid utf-8" in stderr
    assert "3 documents (1 failed)" in stderr
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert summary["inputs"] == 4 and summary["partitions"]["total"] == 1
