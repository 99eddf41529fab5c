"""The browser review's server, through Flask's test client (the page's own script is
exercised in test_web_browser.py): the guards, decisions saved in the review-file
format and restored, applying (settled, atomic, refusing a stale file), escaping."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import run_cli
from mtfix.review.web.app import TOKEN_HEADER, create_app
from review.test_workspace import DRAFT, SUGGESTIONS
from review.web_support import (
    ACCEPTED,
    EDITED,
    EDITED_TEXT,
    EXPECTED,
    REJECTED,
    draft_folder,
    open_workspace,
)

TOKEN = "t0ken-for-tests"


@pytest.fixture
def setup(tmp_path):
    draft = draft_folder(tmp_path)
    workspace = open_workspace([draft], tmp_path / "review.jsonl")
    client = create_app(workspace, TOKEN).test_client()
    return draft, workspace, client


def post(client, path: str, body: dict, token: str = TOKEN):
    return client.post(
        path, data=json.dumps(body), content_type="application/json", headers={TOKEN_HEADER: token}
    )


def saved(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def play_scenario(client) -> None:
    assert post(client, "/decide", {"file": 0, "number": ACCEPTED, "decision": "accept"}).status_code == 200
    assert post(client, "/decide", {"file": 0, "number": REJECTED, "decision": "reject"}).status_code == 200
    body = {"file": 0, "number": EDITED, "decision": "accept", "content": EDITED_TEXT}
    assert post(client, "/decide", body).status_code == 200


def test_every_request_needs_the_token(setup):
    _, _, client = setup
    assert client.get("/").status_code == 403
    assert client.get("/?token=wrong").status_code == 403
    assert client.get("/state").status_code == 403
    assert client.get(f"/?token={TOKEN}").status_code == 200
    decide = {"file": 0, "number": 1, "decision": "accept"}
    assert post(client, "/decide", decide, token="").status_code == 403
    assert post(client, "/decide", decide, token="wrong").status_code == 403
    # The token in the address is not enough for a change: it must come in the header.
    query = client.post(f"/decide?token={TOKEN}", data=json.dumps(decide), content_type="application/json")
    assert query.status_code == 403
    form = client.post("/apply", data={"file": "0"}, headers={TOKEN_HEADER: TOKEN})
    assert form.status_code == 415
    assert client.get(f"/decide?token={TOKEN}").status_code == 405  # state changes are POST only


def test_only_this_machine_is_served(setup):
    _, _, client = setup
    response = client.get(f"/?token={TOKEN}", environ_base={"REMOTE_ADDR": "192.168.1.20"})
    assert response.status_code == 403


def test_the_page_shows_every_suggestion_in_place_with_guards_in_the_headers(setup):
    _, _, client = setup
    response = client.get(f"/?token={TOKEN}")
    page = response.get_data(as_text=True)
    assert page.count('class="card ') == len(SUGGESTIONS)
    for category in ("name.calque", "punct.doubled", "punct.spacing", "word.doubled"):
        assert f'value="{category}"' in page
    assert '<mark class="s" data-file="0" data-number="1">Yellow-stone Village</mark>' in page
    assert "unsafe fix" in page and "safe fix" in page
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'nonce-" in policy and "unsafe-inline" not in policy
    assert response.headers["Referrer-Policy"] == "no-referrer"


def test_document_text_is_escaped_and_markup_shown_as_written(tmp_path):
    html = (
        '<p>The mayor said,, the <b>bridge</b> opens.</p>\n<script>alert("x")</script>\n'
        "<p>The the villagers came.</p>\n"
    )
    draft = draft_folder(tmp_path, "news.html", html)
    client = create_app(open_workspace([draft], tmp_path / "review.jsonl"), TOKEN).test_client()
    page = client.get(f"/?token={TOKEN}").get_data(as_text=True)
    assert '<script>alert("x")</script>' not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert "&lt;b&gt;bridge&lt;/b&gt;" in page  # the markup is shown, intact, as text
    assert 'data-number="1">,,</mark>' in page  # findings of the prose sit in the raw file


def test_decisions_are_saved_as_made_and_restored(setup, tmp_path):
    draft, _, client = setup
    play_scenario(client)
    records = saved(tmp_path / "review.jsonl")
    assert [r["decision"] for r in records] == ["accept", "reject", "pending", "accept", "pending", "pending"]
    assert records[EDITED - 1]["replacements"][0] == EDITED_TEXT and records[EDITED - 1]["edited"] is True
    assert post(client, "/state", {}).status_code == 405
    state = client.get(f"/state?token={TOKEN}").get_json()["state"]
    assert state["left"] == 3
    # A new session on the same file (the tab and the server closed) finds them again.
    again = open_workspace([draft], tmp_path / "review.jsonl")
    assert again.restored == 3
    decisions = [again.files[0].session.decision(s) for s in again.files[0].session.suggestions]
    assert [d.verdict.value if d else None for d in decisions] == [
        "accept",
        "reject",
        None,
        "accept",
        None,
        None,
    ]
    assert decisions[EDITED - 1].content == EDITED_TEXT


def test_apply_writes_the_decided_text_and_reviews_what_is_left(setup, tmp_path):
    draft, _, client = setup
    play_scenario(client)
    response = post(client, "/apply", {"file": 0})
    assert response.status_code == 200, response.get_json()
    assert draft.read_text(encoding="utf-8") == EXPECTED
    assert response.get_json()["reload"] is True
    records = saved(tmp_path / "review.jsonl")
    assert {r["decision"] for r in records} == {"pending"}  # the new text's suggestions
    assert [r["text"] for r in records] == [",,", ",", "the the", ","]


def test_the_saved_review_file_is_what_mtfix_apply_reads(setup, tmp_path):
    draft, _, client = setup
    play_scenario(client)
    result = run_cli("apply", "draft.txt", "review.jsonl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    assert draft.read_text(encoding="utf-8") == EXPECTED


def test_a_file_changed_since_the_page_was_built_is_refused(setup):
    draft, workspace, client = setup
    play_scenario(client)
    changed = DRAFT.replace("June", "July")
    draft.write_text(changed, encoding="utf-8")
    response = post(client, "/apply", {"file": 0})
    assert response.status_code == 409
    assert "changed on disk" in response.get_json()["error"]
    assert draft.read_text(encoding="utf-8") == changed
    assert post(client, "/reload", {"file": 0}).status_code == 200
    assert workspace.files[0].document.text == changed


def test_accept_all_safe_and_overlaps_and_unknown_files(setup):
    _, _, client = setup
    response = post(client, "/accept-safe", {})
    assert response.get_json()["message"] == "accepted 3 safe fix(es)"
    statuses = [s["status"] for s in response.get_json()["state"]["files"][0]["suggestions"]]
    assert statuses == ["pending", "accepted", "accepted", "pending", "pending", "accepted"]
    assert post(client, "/decide", {"file": 1, "number": 1, "decision": "accept"}).status_code == 404
    assert (
        post(client, "/decide", {"file": "../etc/passwd", "number": 1, "decision": "accept"}).status_code
        == 400
    )
    assert post(client, "/decide", {"file": 0, "number": 99, "decision": "accept"}).status_code == 409
    assert post(client, "/decide", {"file": 0, "number": 1, "decision": "maybe"}).status_code == 400


OVERLAPPING_RULE = """
id = "rv-comma-which"
category = "punct.spacing"
severity = "warning"
applicability = "unsafe"
description = "A comma glued to 'which'"
message = "Write ', which'"
pattern = ''',which\\b'''
replacement = ", which"
[[examples.bad]]
text = "the bridge,which opened"
fixed = "the bridge, which opened"
[[examples.bad]]
text = "the road,which opened"
fixed = "the road, which opened"
[examples]
good = ["the bridge, which opened", "which way"]
"""


def test_an_overlapping_acceptance_is_refused_until_the_other_is_taken_back(tmp_path):
    draft = draft_folder(tmp_path, "d.txt", "They crossed the bridge,which opened.\n")
    (tmp_path / "rules" / "rv-comma-which.toml").write_text(OVERLAPPING_RULE.lstrip(), encoding="utf-8")
    config = (tmp_path / "mtfix.toml").read_text(encoding="utf-8")
    (tmp_path / "mtfix.toml").write_text(config.replace("select = [", 'select = ["rv-comma-which", '))
    client = create_app(open_workspace([draft], tmp_path / "review.jsonl"), TOKEN).test_client()
    suggestions = client.get(f"/state?token={TOKEN}").get_json()["state"]["files"][0]["suggestions"]
    assert len(suggestions) == 2  # "," and ",which" overlap
    assert post(client, "/decide", {"file": 0, "number": 1, "decision": "accept"}).status_code == 200
    refused = post(client, "/decide", {"file": 0, "number": 2, "decision": "accept"})
    assert refused.status_code == 409 and "overlaps accepted suggestion 1" in refused.get_json()["error"]
    assert post(client, "/decide", {"file": 0, "number": 1, "decision": "pending"}).status_code == 200
    assert post(client, "/decide", {"file": 0, "number": 2, "decision": "accept"}).status_code == 200


def test_several_files_in_one_session(tmp_path):
    first = draft_folder(tmp_path)
    second = tmp_path / "second.txt"
    second.write_text("The the river,which floods.\n", encoding="utf-8")
    client = create_app(open_workspace([first, second], tmp_path / "review.jsonl"), TOKEN).test_client()
    state = client.get(f"/state?token={TOKEN}").get_json()["state"]
    assert [f["left"] for f in state["files"]] == [6, 2] and state["left"] == 8
    assert post(client, "/decide", {"file": 1, "number": 2, "decision": "accept"}).status_code == 200
    assert post(client, "/apply", {"file": 1}).status_code == 200
    assert second.read_text(encoding="utf-8") == "The the river, which floods.\n"
    assert first.read_text(encoding="utf-8") == DRAFT
    assert {r["path"] for r in saved(tmp_path / "review.jsonl")} == {str(first), str(second)}


def test_apply_keeps_encoding_and_line_endings(tmp_path):
    draft = draft_folder(tmp_path)
    text = DRAFT.replace("\n", "\r\n").replace("June", "June（六月）")
    draft.write_bytes(text.encode("gb18030"))
    workspace = open_workspace([draft], tmp_path / "review.jsonl")
    client = create_app(workspace, TOKEN).test_client()
    assert workspace.files[0].document.encoding.lower().replace("-", "") == "gb18030"
    assert post(client, "/decide", {"file": 0, "number": 2, "decision": "accept"}).status_code == 200
    assert post(client, "/apply", {"file": 0}).status_code == 200
    expected = text.replace("said,,", "said,")
    assert draft.read_bytes() == expected.encode("gb18030")


def test_one_review_file_keeps_other_sessions_and_drops_decisions_on_a_changed_file(tmp_path):
    first = draft_folder(tmp_path)
    second = tmp_path / "second.txt"
    second.write_text("The the river,which floods.\n", encoding="utf-8")
    review_file = tmp_path / "review.jsonl"
    client = create_app(open_workspace([second], review_file), TOKEN).test_client()
    assert post(client, "/decide", {"file": 0, "number": 1, "decision": "reject"}).status_code == 200
    client = create_app(open_workspace([first], review_file), TOKEN).test_client()
    play_scenario(client)
    paths = [record["path"] for record in saved(review_file)]
    assert paths.count(str(second)) == 2 and paths.count(str(first)) == 6  # the other session's lines stay
    second.write_text("The the river,which floods often.\n", encoding="utf-8")
    again = open_workspace([first, second], review_file)
    assert (again.restored, again.dropped) == (3, 1)
