"""The batch runner's parts without a cluster: listing inputs (folders, globs, manifests,
fsspec URLs), partitions and their keys, one partition's output, fixed-copy paths."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import fsspec
import pytest

import mtfix
from batch.drafts import write_drafts
from mtfix.batch.inputs import expand, read_location
from mtfix.batch.partition import BatchJob, Partition, common_root, finished, fixed_copy_path, process, split
from mtfix.batch.run import run_batch
from mtfix.batch.summary import RunSummary


@pytest.fixture
def drafts(tmp_path: Path) -> Path:
    write_drafts(tmp_path / "news", 9)
    (tmp_path / "news" / "desk-0" / "notes.csv").write_text("a,b\n", encoding="utf-8")
    return tmp_path / "news"


def test_a_folder_is_walked_as_check_walks_it(drafts):
    listing = expand([str(drafts)])
    assert len(listing.locations) == 9 and not listing.errors
    assert all(location.endswith(".txt") for location in listing.locations)
    assert list(listing.locations) == sorted(listing.locations)


def test_globs_manifests_and_duplicates(drafts, tmp_path):
    manifest = tmp_path / "list.txt"
    first = drafts / "desk-0" / "story-0000.txt"
    manifest.write_text(f"# desk 0 first\n\n  {first}  \n{drafts / 'missing.txt'}\n", encoding="utf-8")
    listing = expand([str(drafts / "desk-1" / "*.txt"), str(first)], [str(manifest)])
    assert listing.locations[-2:] == (str(first), str(drafts / "missing.txt"))  # first named once
    assert len(listing.locations) == 3 + 2
    nothing = expand([str(drafts / "*.doc"), str(tmp_path / "absent")], [str(tmp_path / "no-list.txt")])
    assert [source for source, _ in nothing.errors] == [
        str(drafts / "*.doc"),
        str(tmp_path / "absent"),
        str(tmp_path / "no-list.txt"),
    ]


def test_urls_are_listed_and_read_through_fsspec():
    memory = fsspec.filesystem("memory")
    memory.pipe("/wire/a.txt", b"Prices rose ,and sales fell.\n")
    memory.pipe("/wire/b.md", b"# Title\n\nThe the report.\n")
    memory.pipe("/wire/c.bin", b"\x00\x01")
    memory.pipe("/wire/gb.txt", "县政府召开会议 ,研究工作。\n".encode("gb18030"))
    try:
        listing = expand(["memory://wire/"])
        # Text extensions only, as for a local folder; the memory file system roots its paths at /.
        assert listing.locations == ("memory:///wire/a.txt", "memory:///wire/b.md", "memory:///wire/gb.txt")
        assert expand(["memory://wire/*.md"]).locations == ("memory:///wire/b.md",)
        document = read_location("memory:///wire/gb.txt", None)
        assert document.encoding == "gb18030" and document.path == "memory:///wire/gb.txt"
        with pytest.raises(mtfix.InputError, match="cannot read"):
            read_location("memory://wire/absent.txt", None)
    finally:
        memory.rm("/wire", recursive=True)


def test_split_and_keys():
    parts = split([f"d{n}.txt" for n in range(7)], 3)
    assert [len(part.locations) for part in parts] == [3, 3, 1]
    assert [part.name for part in parts] == ["part-00000", "part-00001", "part-00002"]
    job = BatchJob(mtfix.Settings(), "out")
    assert job.key(parts[0]) == BatchJob(mtfix.Settings(), "elsewhere").key(parts[0])
    assert job.key(parts[0]) != job.key(parts[1])
    assert job.key(parts[0]) != BatchJob(mtfix.Settings(select=("punct",)), "out").key(parts[0])
    assert job.key(parts[0]) != BatchJob(mtfix.Settings(), "out", unsafe=True).key(parts[0])
    with pytest.raises(ValueError):
        split(["a"], 0)


def test_one_partition_writes_findings_then_its_marker(drafts, tmp_path, api_linter):
    locations = [*map(str, sorted(drafts.rglob("*.txt"))[:3]), str(drafts / "gone.txt")]
    partition = Partition(0, tuple(locations))
    job = BatchJob(mtfix.Settings(), str(tmp_path / "out"))
    assert finished(partition, job) is None
    summary = process(partition, job, api_linter)
    expected = [record for path in locations[:3] for record in api_linter.check_file(path).records()]
    lines = job.findings_path(partition).read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == expected
    assert summary.documents == 3 and summary.findings == len(expected)
    assert summary.failures == ((str(drafts / "gone.txt"), "no such file (or a broken symlink)"),)
    again = finished(partition, job)
    assert again is not None and again.skipped and again == summary
    job.marker_path(partition).write_text("{not json", encoding="utf-8")
    assert finished(partition, job) is None  # a damaged marker means: run it again


def test_fixed_copies_keep_their_layout_and_never_overwrite_inputs(drafts, tmp_path):
    locations = [str(path) for path in sorted(drafts.rglob("*.txt"))]
    root = common_root(locations)
    assert root == str(drafts)
    target = fixed_copy_path(locations[0], str(tmp_path / "fixed"), root)
    assert target == tmp_path / "fixed" / "desk-0" / "story-0000.txt"
    assert fixed_copy_path("s3://bucket/news/a/x.txt", "/f", "bucket/news") == Path("/f/a/x.txt")
    with pytest.raises(mtfix.ConfigError, match="never overwrite"):
        run_batch([str(drafts)], tmp_path / "out", fix_to=drafts)


def test_a_rerun_with_every_partition_done_needs_no_cluster_and_drops_stale_ones(
    drafts, tmp_path, api_linter
):
    """Partition 0 done (by hand, as a worker would), a stale partition 1 from an earlier,
    longer input list: the rerun skips 0, starts no cluster, and removes 1."""
    locations = expand([str(drafts)]).locations
    out = tmp_path / "out"
    job = BatchJob(mtfix.Settings(), str(out), fix_root=common_root(locations))
    process(Partition(0, locations), job, api_linter)
    for name in ("part-00001.jsonl", "part-00001.done.json"):
        (out / "findings" / name).write_text("{}", encoding="utf-8")
    summary = run_batch([str(drafts)], out, partition_size=len(locations), workers=1)
    assert (summary.partitions_run, summary.partitions_skipped, summary.workers) == (0, 1, 0)
    assert sorted(path.name for path in (out / "findings").iterdir()) == [
        "part-00000.done.json",
        "part-00000.jsonl",
    ]
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["documents"] == 9


def test_batch_without_dask_says_how_to_install_it(drafts, tmp_path):
    """Dask is an optional extra: its absence is an error message and exit 2, not a traceback."""
    script = (
        "import sys; sys.modules['distributed'] = None\n"
        f"sys.argv = ['mtfix', 'batch', {str(drafts)!r}, '--out', {str(tmp_path / 'out')!r}]\n"
        "from mtfix.cli import main; main()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 2
    assert "mtfix batch needs Dask: pip install 'mtfix[batch]'" in done.stderr
    assert "Traceback" not in done.stderr


def test_summary_densities():
    summary = RunSummary(inputs=2, partitions=1, documents=2, words=400)
    summary.categories.update({"punct.spacing": 3, "word.doubled": 1})
    data = summary.to_json()
    assert data["findings"] == 4 and data["per_1000_words"] == 10.0
    assert data["categories"]["punct.spacing"] == {"findings": 3, "per_1000_words": 7.5}
