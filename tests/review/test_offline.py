"""Offline review: `check --format jsonl` -> decisions edited by hand -> `mtfix apply`."""

from __future__ import annotations

import json

import pytest

from helpers import run_cli
from mtfix.document import Document
from mtfix.errors import InputError
from mtfix.report.jsonl import content_fingerprint
from mtfix.review.offline import parse_record, plan_apply
from mtfix.review.session import Verdict
from review.test_workspace import DRAFT, make_workspace


@pytest.fixture
def workspace(tmp_path):
    make_workspace(tmp_path)
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    return tmp_path


def review_records(workspace, name: str = "draft.txt") -> list[dict]:
    result = run_cli("check", "--format", "jsonl", name, cwd=workspace)
    assert result.returncode == 1, result.stderr.decode()
    return [json.loads(line) for line in result.stdout.decode().splitlines()]


def save(workspace, records: list[dict], name: str = "review.jsonl") -> str:
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    (workspace / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return name


def test_round_trip_applies_exactly_the_accepted_and_edited_lines(workspace):
    records = review_records(workspace)
    records[0]["decision"] = "accept"  # Yellow-stone Village -> Huangshi Village
    records[1]["decision"] = "reject"  # keep ",,"
    records[2]["decision"] = "accept"  # "bridge,which", with the reviewer's own text
    records[2]["replacements"][0] = "; "
    records[4]["decision"] = "Accept "  # case and stray spaces are forgiven
    result = run_cli("apply", "draft.txt", save(workspace, records), cwd=workspace)
    assert result.returncode == 0, result.stderr.decode()
    assert (
        "applied 3 edits (3 accepted, 1 rejected, 2 without a decision (skipped))" in result.stderr.decode()
    )
    assert (workspace / "draft.txt").read_text(encoding="utf-8") == (
        "Officials in Huangshi Village said,, the new bridge; which cost 3,000,000 yuan, will open in June.\n"
        "The the villagers welcomed the project,and the county praised it.\n"
    )
    # Applying the same review again is refused: the file is no longer the one checked.
    again = run_cli("apply", "draft.txt", "review.jsonl", cwd=workspace)
    assert again.returncode == 1


def test_a_file_changed_since_the_check_is_refused_by_name(workspace):
    records = review_records(workspace)
    for record in records:
        record["decision"] = "accept"
    save(workspace, records)
    changed = DRAFT.replace("in June", "in July")
    (workspace / "draft.txt").write_text(changed, encoding="utf-8")
    result = run_cli("apply", "draft.txt", "review.jsonl", cwd=workspace)
    assert result.returncode == 1
    message = result.stderr.decode()
    assert "draft.txt changed since review.jsonl was made" in message
    assert "draft.txt left unchanged" in message
    assert (workspace / "draft.txt").read_text(encoding="utf-8") == changed


def test_overlapping_accepted_edits_are_reported_by_line_and_nothing_is_written(workspace):
    records = review_records(workspace)
    records[1]["decision"] = "accept"  # ",," -> ","
    second_comma = dict(
        records[1], rule="hand-made", start=records[1]["start"] + 1, text=",", decision="accept"
    )
    second_comma["replacements"] = [", "]
    records.append(second_comma)  # line 7 of the review file
    result = run_cli("apply", "draft.txt", save(workspace, records), cwd=workspace)
    assert result.returncode == 1
    message = result.stderr.decode()
    assert "review.jsonl:2 (rv-doubled-comma at line 1, column 39) overlaps review.jsonl:7" in message
    assert (workspace / "draft.txt").read_text(encoding="utf-8") == DRAFT


def test_a_record_whose_text_is_not_at_its_span_is_refused(workspace):
    records = review_records(workspace)
    records[0].update(decision="accept", start=records[0]["start"] + 1, end=records[0]["end"] + 1)
    result = run_cli("apply", "draft.txt", save(workspace, records), cwd=workspace)
    assert result.returncode == 1
    assert "no longer holds 'Yellow-stone Village' there" in result.stderr.decode()


def test_no_decisions_means_nothing_to_apply(workspace):
    save(workspace, review_records(workspace))
    result = run_cli("apply", "draft.txt", "review.jsonl", cwd=workspace)
    assert result.returncode == 0
    assert (
        "nothing to apply (0 accepted, 0 rejected, 6 without a decision (skipped))" in result.stderr.decode()
    )
    assert (workspace / "draft.txt").read_text(encoding="utf-8") == DRAFT


def test_diff_option_prints_the_changes_and_writes_nothing(workspace):
    records = review_records(workspace)
    records[0]["decision"] = "accept"
    result = run_cli("apply", "--diff", "draft.txt", save(workspace, records), cwd=workspace)
    assert result.returncode == 0
    diff = result.stdout.decode()
    assert diff.startswith("diff --git a/draft.txt b/draft.txt\n")
    assert "+Officials in Huangshi Village said,," in diff
    assert (workspace / "draft.txt").read_text(encoding="utf-8") == DRAFT


def test_a_review_of_several_files_applies_to_the_one_named(workspace):
    (workspace / "other.txt").write_text("The the county said,, yes.\n", encoding="utf-8")
    result = run_cli("check", "--format", "jsonl", "draft.txt", "other.txt", cwd=workspace)
    records = [dict(json.loads(line), decision="accept") for line in result.stdout.decode().splitlines()]
    save(workspace, records)
    assert run_cli("apply", "other.txt", "review.jsonl", cwd=workspace).returncode == 0
    assert (workspace / "other.txt").read_text(encoding="utf-8") == "The county said, yes.\n"
    assert (workspace / "draft.txt").read_text(encoding="utf-8") == DRAFT
    (workspace / "third.txt").write_text("Nothing was checked here.\n", encoding="utf-8")
    wrong = run_cli("apply", "third.txt", "review.jsonl", cwd=workspace)
    assert wrong.returncode == 2
    assert "has no findings for third.txt (it covers: draft.txt, other.txt)" in wrong.stderr.decode()


@pytest.mark.parametrize(
    ("line", "complaint"),
    [
        ("{not json", "not valid JSON"),
        ('["a list"]', "must be a JSON object"),
        ('{"path": "d.txt", "start": 0, "end": 3, "text": "The"}', "missing key 'fingerprint'"),
        (
            '{"path": "d.txt", "start": "0", "end": 3, "text": "The", "fingerprint": "x"}',
            "'start' must be an integer",
        ),
        (
            '{"path": "d.txt", "start": 0, "end": 4, "text": "The", "fingerprint": "x"}',
            "do not describe one span",
        ),
        (
            '{"path": "d.txt", "start": 0, "end": 3, "text": "The", "fingerprint": "x", "decision": "maybe"}',
            "'decision' must be",
        ),
        (
            '{"path": "d.txt", "start": 0, "end": 3, "text": "The", "fingerprint": "x", "decision": "accept",'
            ' "replacements": []}',
            "accepted, but there is no replacement",
        ),
    ],
)
def test_invalid_review_lines_name_the_line(line, complaint):
    with pytest.raises(InputError) as caught:
        parse_record(line, 4, "review.jsonl")
    assert str(caught.value).startswith("review.jsonl:4: ")
    assert complaint in str(caught.value)


def test_an_invalid_review_file_is_an_input_error(workspace):
    (workspace / "review.jsonl").write_text('{"path": "draft.txt"}\n', encoding="utf-8")
    result = run_cli("apply", "draft.txt", "review.jsonl", cwd=workspace)
    assert result.returncode == 2
    assert "review.jsonl:1: missing key 'start'" in result.stderr.decode()
    assert run_cli("apply", "draft.txt", "missing.jsonl", cwd=workspace).returncode == 2


def test_plan_counts_decisions_and_keeps_unchanged_replacements_out():
    document = Document("The the bridge,which opened.", path="d.txt")
    fingerprint = content_fingerprint(document)

    def line(start: int, end: int, replacement: str, decision: str | None) -> str:
        record = {
            "path": "d.txt",
            "start": start,
            "end": end,
            "text": document.text[start:end],
            "fingerprint": fingerprint,
            "replacements": [replacement],
            "decision": decision,
        }
        return json.dumps(record)

    records = [
        parse_record(line(0, 7, "The", "accept"), 1, "r.jsonl"),
        parse_record(line(14, 15, ",", "accept"), 2, "r.jsonl"),  # accepted, but changes nothing
        parse_record(line(14, 15, ", ", None), 3, "r.jsonl"),
    ]
    assert [record.verdict for record in records] == [Verdict.ACCEPT, Verdict.ACCEPT, None]
    plan = plan_apply(document, records, "r.jsonl")
    assert (plan.accepted, plan.rejected, plan.undecided) == (2, 0, 1)
    assert [change.origin.line for change in plan.changes] == [1]
    assert not plan.blocked


def test_review_file_lines_are_counted_with_blank_ones_and_split_only_at_line_ends(tmp_path):
    from mtfix.review.offline import read_review_file

    record = {"path": "d.txt", "start": 0, "end": 3, "text": "A\u2028B", "fingerprint": "x", "rule": "r"}
    path = tmp_path / "review.jsonl"
    lines = ["", json.dumps(record, ensure_ascii=False), "   ", json.dumps(record), "{not json"]
    path.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_review_file(str(path))
    assert str(caught.value).startswith(f"{path}:5: not valid JSON (")
    path.write_text("\n".join(lines[:4]) + "\n", encoding="utf-8")
    records = read_review_file(str(path))
    assert [(item.line, item.text) for item in records] == [(2, "A\u2028B"), (4, "A\u2028B")]
