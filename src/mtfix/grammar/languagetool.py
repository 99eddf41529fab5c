"""LanguageTool as a grammar backend: general grammar and spelling beside mtfix's own rules.

One backend object per run: it starts (or connects to) one LanguageTool server on first
use, sends each document as paragraph-sized requests in parallel, caches answers by
paragraph text (so `fix` passes only re-check paragraphs that changed) and shuts the server
down at exit. `language_tool_python.LanguageTool` downloads, starts and validates the
server; the check requests are plain `/v2/check` POSTs read by `grammar.response`, which
converts LanguageTool's UTF-16 offsets to code points in a thread-safe way.

Failure is never fatal and never silent: Java missing, download impossible, a server that
refuses, times out, fails or answers nonsense all raise `GrammarUnavailable` once, with
what happened and how to fix it; the run goes on with the rule engine alone.
"""

from __future__ import annotations

import json
import sys
import time
import urllib.parse
import weakref
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import requests

from mtfix.config import GrammarSettings
from mtfix.context import CheckContext, Resources
from mtfix.display import printable
from mtfix.errors import GrammarUnavailable
from mtfix.grammar import batching, mapping
from mtfix.grammar.names import protect_names
from mtfix.grammar.response import LtMatch, MalformedResponse, parse_check_response
from mtfix.grammar.rules import LT_RULES
from mtfix.grammar.startup import innermost_reason, start_client
from mtfix.models import Applicability, Finding, RuleInfo
from mtfix.verdicts import Verdicts, judged_by_caller

SOURCE = "languagetool"
ENGLISH_VARIANTS = ("en-US", "en-GB", "en-AU", "en-CA", "en-NZ", "en-ZA")
CONNECT_TIMEOUT = 5.0  # seconds to open a connection: a refused or dead host fails fast
BATCH_CHARS = 4000  # request size: small enough for a quick answer, large enough to be few
WORKERS = 4  # parallel requests; a LanguageTool server checks several texts at once
CACHE_ENTRIES = 20_000  # paragraphs remembered per run
_PARAGRAPHS = "languagetool.paragraphs"  # the run memory of the server's answers
# An answer to one batch of BATCH_CHARS is a few hundred kB at most; anything far larger is not one.
MAX_ANSWER_BYTES = 32 * 1024 * 1024
READ_CHUNK = 8192  # bytes per read: the deadline is checked after each


class LanguageToolBackend:
    """The `Check` that reports LanguageTool matches as findings under `lt-*` rules."""

    def __init__(
        self,
        resources: Resources,
        *,
        read_timeout: float | None = None,
        notify: Callable[[str], None] | None = None,
    ) -> None:
        self._resources = resources
        self._settings = resources.settings.grammar
        self._read_timeout = read_timeout if read_timeout is not None else self._settings.timeout
        self._notify = notify or _to_stderr
        self._rules = {rule.id: rule for rule in LT_RULES}
        self._server: _Server | None = None
        self._failure: str | None = None
        self.requests_sent = 0  # how many /v2/check requests went out (the run memory's effect)

    def rules(self) -> Sequence[RuleInfo]:
        return LT_RULES

    def check(self, context: CheckContext) -> Iterable[Finding]:
        wanted = {rule_id for rule_id in self._rules if context.is_enabled(rule_id)}
        if not wanted or self._failure is not None:
            return []  # after the first failure: one warning per run, no retry per file
        text = context.document.text
        try:
            matches = self._matches(text, context.memo(_PARAGRAPHS, judged_by_caller, CACHE_ENTRIES))
        except GrammarUnavailable as error:
            self._failure = str(error)
            raise
        ruled = [(match, mapping.rule_for(match, text)) for match in matches]
        ruled = [
            (m, rule)
            for m, rule in ruled
            if rule in wanted and not context.protected.overlaps(m.start, m.end)
        ]
        ruled = protect_names(ruled, text, self._name_test(text))
        return [self._finding(match, rule, text) for match, rule in ruled]

    def close(self) -> None:
        """Stop the pool and a server this backend started (also run at exit)."""
        if self._server is not None:
            self._server.close()
            self._server = None

    def _matches(self, text: str, answered: Verdicts[tuple[LtMatch, ...]]) -> list[LtMatch]:
        """Matches for `text` (code points), from the run's memory of the paragraphs the
        server has answered (`answered`), or from the server."""
        pieces = batching.segments(text, BATCH_CHARS)
        pending = list({s.text: s for s in pieces if s.text not in answered}.values())
        fresh: dict[str, tuple[LtMatch, ...]] = {}
        if pending:
            server = self._connect()
            for segment_texts, found in server.check_all(batching.group(pending, BATCH_CHARS)):
                self.requests_sent += 1
                fresh.update(zip(segment_texts, found, strict=True))
        answers = [fresh[p.text] if p.text in fresh else answered.verdicts[p.text] for p in pieces]
        answered.among(frozenset(fresh), fresh.__getitem__)
        return [
            match.shifted(piece.start)
            for piece, found in zip(pieces, answers, strict=True)
            for match in found
        ]

    def _connect(self) -> _Server:
        if self._server is None:
            self._server = _Server.start(self._settings, self._read_timeout, self._notify)
            weakref.finalize(self, self._server.close)
        return self._server

    def _name_test(self, text: str) -> Callable[[str], bool]:
        from mtfix.names.protection import name_protection

        protection = name_protection(self._resources)
        document_names = protection.document_names(text)
        return lambda word: word in document_names or protection.is_protected(word)

    def _finding(self, match: LtMatch, rule_id: str, text: str) -> Finding:
        rule = self._rules[rule_id]
        fixable = bool(match.replacements) and rule.applicability is not Applicability.NONE
        return Finding(
            rule=rule_id,
            category=rule.category,
            severity=rule.severity,
            start=match.start,
            end=match.end,
            text=text[match.start : match.end],
            message=f"{match.message} [{match.rule_id}]",
            replacements=match.replacements if fixable else (),
            applicability=Applicability.UNSAFE if fixable else Applicability.NONE,
            source=SOURCE,
            extra=(("lt_rule", match.rule_id), ("lt_category", match.category_id)),
        )


class _Server:
    """A reachable LanguageTool server: its `/v2/` URL, request parameters and thread pool."""

    def __init__(
        self, url: str, language: str, settings: GrammarSettings, read_timeout: float, client: Any
    ) -> None:
        self.check_url = urllib.parse.urljoin(url, "check")
        self._params = request_parameters(settings, language)
        self._timeout = (CONNECT_TIMEOUT, read_timeout)
        self._client = client
        self._pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="mtfix-lt")

    @classmethod
    def start(cls, settings: GrammarSettings, read_timeout: float, notify: Callable[[str], None]) -> _Server:
        client = start_client(settings, read_timeout, notify)
        return cls(client.url, str(client.language), settings, read_timeout, client)

    def check_all(
        self, batches: list[list[batching.Segment]]
    ) -> Iterable[tuple[list[str], list[tuple[LtMatch, ...]]]]:
        """For each batch, its segment texts and their matches (offsets within each segment)."""
        futures: list[Future[list[tuple[LtMatch, ...]]]] = [
            self._pool.submit(self._check, b) for b in batches
        ]
        try:
            for batch, future in zip(batches, futures, strict=True):
                yield [segment.text for segment in batch], future.result()
        finally:
            for future in futures:
                future.cancel()

    def _check(self, batch: list[batching.Segment]) -> list[tuple[LtMatch, ...]]:
        text, starts = batching.joined(batch)
        per_segment: list[list[LtMatch]] = [[] for _ in batch]
        for match in parse_or_fail(self.post(text), text, self.check_url):
            where = batching.locate(starts, batch, match.start, match.end)
            if where is not None:
                index, local = where
                per_segment[index].append(match.shifted(local - match.start))
        return [tuple(found) for found in per_segment]

    def post(self, text: str) -> Any:
        """The decoded JSON answer to one `/v2/check` request, or GrammarUnavailable.

        The read timeout alone bounds each wait for a byte, so a server that drip-feeds its
        answer was never cut off: the body is read in chunks against one total deadline
        (and a size cap), and running past it is reported as a timeout.
        """
        total = self._timeout[1]
        deadline = time.monotonic() + CONNECT_TIMEOUT + total
        try:
            response = requests.post(
                self.check_url, data={**self._params, "text": text}, timeout=self._timeout, stream=True
            )
            with response:
                body = _read_body(response, deadline)
        except (requests.Timeout, _Overdue) as error:
            raise GrammarUnavailable(
                f"{self.check_url} timed out: no complete answer within {total:g} s"
            ) from error
        except _TooLarge as error:
            raise GrammarUnavailable(
                f"{self.check_url} sent an answer larger than {MAX_ANSWER_BYTES} bytes"
            ) from error
        except requests.RequestException as error:
            raise GrammarUnavailable(f"cannot reach {self.check_url}: {innermost_reason(error)}") from error
        answer = body.decode("utf-8", "replace")
        if response.status_code != 200:
            raise GrammarUnavailable(
                f"{self.check_url} answered HTTP {response.status_code}: {_first_line(answer)}"
            )
        try:
            return json.loads(answer)
        except RecursionError as error:
            raise GrammarUnavailable(
                f"{self.check_url} gave a malformed answer (JSON nested too deeply)"
            ) from error
        except ValueError as error:
            raise GrammarUnavailable(
                f"{self.check_url} did not answer with JSON: {_first_line(answer)}"
            ) from error

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._client.close()


class _Overdue(Exception):
    """The answer did not arrive in full before the request's deadline."""


class _TooLarge(Exception):
    """The answer is larger than any real LanguageTool answer to one batch."""


def _read_body(response: requests.Response, deadline: float) -> bytes:
    """The response body, read chunk by chunk until `deadline` (monotonic) or the size cap."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(READ_CHUNK):
        size += len(chunk)
        if size > MAX_ANSWER_BYTES:
            raise _TooLarge
        chunks.append(chunk)
        if time.monotonic() > deadline:
            raise _Overdue
    return b"".join(chunks)


def parse_or_fail(payload: Any, text: str, url: str) -> list[LtMatch]:
    try:
        return parse_check_response(payload, text)
    except MalformedResponse as error:
        raise GrammarUnavailable(f"{url} gave a malformed answer ({error})") from error


def request_parameters(settings: GrammarSettings, language: str) -> dict[str, str]:
    """LanguageTool's `/v2/check` form fields for these settings (the text is added per request)."""
    params = {"language": language}
    lists = {
        "enabledRules": settings.enabled_rules,
        "disabledRules": settings.disabled_rules,
        "enabledCategories": settings.enabled_categories,
        "disabledCategories": settings.disabled_categories,
    }
    params.update({key: ",".join(values) for key, values in lists.items() if values})
    if settings.picky:
        params["level"] = "picky"
    return params


def _first_line(text: str, limit: int = 160) -> str:
    line = (text or "").strip().splitlines()[0] if (text or "").strip() else "(empty answer)"
    line = printable(line)  # a server's NUL bytes or escape sequences never reach the terminal
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _to_stderr(message: str) -> None:
    print(f"mtfix: {message}", file=sys.stderr, flush=True)
