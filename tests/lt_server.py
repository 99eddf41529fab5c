"""A loopback server that speaks LanguageTool's HTTP API, for tests without LanguageTool.

`POST /v2/check` (form fields text, language, enabledRules, disabledRules,
enabledCategories, disabledCategories, level) answers in the shape of a real LanguageTool
response: matches come from `tests/data/languagetool/triggers.json` (a pattern, a rule
and its suggestions) with the rule's wording from `rules.json`, and offsets and lengths are
counted in UTF-16 code units as LanguageTool (Java) counts them. `GET /v2/languages`
answers the language list. A `mode` makes the server misbehave: `http500`, `bad-json`,
`malformed` (JSON without matches), `bad-span` (a match past the end), `slow` (sleeps),
`drip` (a byte at a time), `drip-start` (the language list a byte at a time), `deep`
(nested 200,000 levels), `null-match`, `nul-error`.
"""

from __future__ import annotations

import json
import re
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data" / "languagetool"
CONTEXT_CHARS = 40  # LanguageTool shows this much text either side of a match


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass
class Trigger:
    rule: str
    pattern: re.Pattern[str]
    replacements: list[str]
    message: str | None = None
    unless: tuple[str, ...] = ()


def load_triggers() -> list[Trigger]:
    raw = json.loads((DATA / "triggers.json").read_text(encoding="utf-8"))
    return [
        Trigger(
            entry["rule"],
            re.compile(entry["pattern"], re.MULTILINE),
            entry["replacements"],
            entry.get("message"),
            tuple(entry.get("unless", ())),
        )
        for entry in raw
    ]


@dataclass
class FakeLanguageTool:
    """The server's behaviour and what it has seen; shared with the handler threads."""

    mode: str = "normal"
    delay: float = 0.0
    triggers: list[Trigger] = field(default_factory=load_triggers)
    rules: dict[str, Any] = field(
        default_factory=lambda: json.loads((DATA / "rules.json").read_text(encoding="utf-8"))
    )
    languages: list[Any] = field(
        default_factory=lambda: json.loads((DATA / "languages.json").read_text(encoding="utf-8"))
    )
    requests: list[dict[str, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def check(self, form: dict[str, str]) -> dict[str, Any]:
        text, language = form.get("text", ""), form.get("language", "en-US")
        disabled = set(filter(None, form.get("disabledRules", "").split(",")))
        disabled_categories = set(filter(None, form.get("disabledCategories", "").split(",")))
        matches = []
        for trigger in self.triggers:
            rule_id = (
                f"MORFOLOGIK_RULE_{language.replace('-', '_').upper()}"
                if trigger.rule == "MORFOLOGIK"
                else trigger.rule
            )
            rule = self.rules[rule_id]
            if rule_id in disabled or rule["category"][0] in disabled_categories:
                continue
            for found in trigger.pattern.finditer(text):
                span = "span" if "span" in found.groupdict() else 0
                if found.group(span) in trigger.unless:
                    continue
                matches.append(self._match(text, found, span, trigger, rule_id, rule))
        matches.sort(key=lambda match: match["offset"])
        return {
            "software": {
                "name": "LanguageTool",
                "version": "6.6",
                "buildDate": "2025-03-27 10:21:59 +0000",
                "apiVersion": 1,
                "premium": False,
                "premiumHint": "You might be missing errors only the Premium version can find. "
                "Contact us at support<at>languagetoolplus.com.",
                "status": "",
            },
            "warnings": {"incompleteResults": False},
            "language": {
                "name": f"English ({language[3:]})",
                "code": language,
                "detectedLanguage": {"name": "English (US)", "code": "en-US", "confidence": 0.99},
            },
            "matches": matches,
        }

    def _match(
        self,
        text: str,
        found: re.Match[str],
        span: int | str,
        trigger: Trigger,
        rule_id: str,
        rule: dict[str, Any],
    ) -> dict[str, Any]:
        start, end = found.span(span)
        words = {key: value or "" for key, value in found.groupdict().items()}
        value = found.group(span)
        words["cap"] = value[:1].upper() + value[1:]
        offset, length = utf16_length(text[:start]), utf16_length(text[start:end])
        before = text[max(0, start - CONTEXT_CHARS) : start].replace("\n", " ")
        after = text[end : end + CONTEXT_CHARS].replace("\n", " ")
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        return {
            "message": trigger.message or rule["message"],
            "shortMessage": rule["shortMessage"],
            "replacements": [{"value": item.format(**words)} for item in trigger.replacements],
            "offset": offset,
            "length": length,
            "context": {"text": before + value + after, "offset": utf16_length(before), "length": length},
            "sentence": text[line_start : line_end if line_end >= 0 else len(text)],
            "type": {"typeName": rule["typeName"]},
            "rule": {
                "id": rule_id,
                "description": rule["description"],
                "issueType": rule["issueType"],
                "category": {"id": rule["category"][0], "name": rule["category"][1]},
            },
            "ignoreForIncompleteSentence": False,
            "contextForSureMatch": 0,
        }


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        return

    def do_GET(self) -> None:
        if self.path.startswith("/v2/languages") and self.server.fake.mode == "drip-start":
            self._drip(json.dumps(self.server.fake.languages).encode("utf-8"), self.server.fake.delay)
        elif self.path.startswith("/v2/languages"):
            self._send(200, json.dumps(self.server.fake.languages))
        elif self.path.startswith("/v2/healthcheck"):
            self._send(200, "OK", "text/plain")
        else:
            self._send(404, "not found", "text/plain")

    def do_POST(self) -> None:
        fake = self.server.fake
        length = int(self.headers.get("Content-Length", "0"))
        form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode("utf-8"), keep_blank_values=True))
        with fake.lock:
            fake.requests.append(form)
        if not self.path.startswith("/v2/check"):
            self._send(404, "not found", "text/plain")
        elif fake.mode == "slow":
            time.sleep(fake.delay)
            self._send(200, json.dumps(fake.check(form)))
        elif fake.mode == "drip":  # a complete, valid answer, one byte every `delay` seconds
            self._drip(json.dumps(fake.check(form)).encode("utf-8"), fake.delay)
        elif fake.mode == "deep":  # valid JSON nested 200,000 levels deep
            self._send(200, '{"matches": ' + "[" * 200_000 + "]" * 200_000 + "}")
        elif fake.mode == "null-match":
            self._send(200, json.dumps({"software": {"name": "LanguageTool"}, "matches": [None]}))
        elif fake.mode == "nul-error":
            self._send(500, "Error:\x00\x1b[2J broken\x00", "text/plain")
        elif fake.mode == "http500":
            self._send(
                500, "Error: Internal Error: java.lang.OutOfMemoryError: Java heap space", "text/plain"
            )
        elif fake.mode == "bad-json":
            self._send(200, '{"software": {"name": "LanguageTool"}, "matches": [', "application/json")
        elif fake.mode == "malformed":
            self._send(200, json.dumps({"software": {"name": "LanguageTool"}, "warnings": {}}))
        elif fake.mode == "bad-span":
            answer = fake.check(form)
            answer["matches"] = [{**fake.check({"text": "recieved"})["matches"][0], "offset": 10_000}]
            self._send(200, json.dumps(answer))
        else:
            self._send(200, json.dumps(fake.check(form)))

    def _drip(self, data: bytes, delay: float) -> None:
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            for index in range(len(data)):
                self.wfile.write(data[index : index + 1])
                self.wfile.flush()
                time.sleep(delay)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _send(self, status: int, body: str, content_type: str = "application/json") -> None:
        data = body.encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", f"{content_type}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout test)
            pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: FakeLanguageTool


class LoopbackServer:
    """Context manager: a fake LanguageTool on 127.0.0.1 at a free port, in a thread."""

    def __init__(self, mode: str = "normal", delay: float = 0.0) -> None:
        self.fake = FakeLanguageTool(mode=mode, delay=delay)
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.fake = self.fake
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def check_requests(self) -> list[dict[str, str]]:
        return list(self.fake.requests)

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def serve_forever() -> None:
    """`python tests/lt_server.py`: run the fake server by hand (prints its URL)."""
    with LoopbackServer() as server:
        print(server.url, flush=True)
        threading.Event().wait()


if __name__ == "__main__":
    serve_forever()
