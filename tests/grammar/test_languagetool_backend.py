"""The LanguageTool backend against the loopback server: examples, requests, cache, failures."""

from __future__ import annotations

import socket
import time

import pytest

from lt_server import LoopbackServer
from mtfix.config import GrammarSettings, Settings
from mtfix.context import Resources
from mtfix.document import Document
from mtfix.fixer import fix_document
from mtfix.grammar import GrammarUnavailable, backend_for
from mtfix.grammar.languagetool import LanguageToolBackend
from mtfix.grammar.rules import LT_RULES
from mtfix.linter import Linter
from mtfix.registry import all_checks
from mtfix.rule_examples import check_examples


@pytest.fixture(scope="module")
def server():
    with LoopbackServer() as running:
        yield running


def lt_linter(url: str, select: tuple[str, ...] = (), ignore: tuple[str, ...] = (), **grammar) -> Linter:
    """A linter whose grammar backend is the LanguageTool at `url`, with these grammar settings."""
    settings = GrammarSettings(backend="languagetool", server=url, **grammar)
    return Linter(Resources(Settings(select=select, ignore=ignore, grammar=settings)))


@pytest.fixture(scope="module")
def linter(server):
    return lt_linter(server.url)


@pytest.mark.parametrize("rule", LT_RULES, ids=lambda rule: rule.id)
def test_rule_examples_against_the_loopback_server(rule, linter):
    failures = check_examples(rule, linter)
    assert not failures, "\n".join(str(f) for f in failures)


def test_backend_is_registered_only_when_selected(server):
    assert backend_for(Resources(Settings())) is None
    rule_ids = {r.id for check in all_checks(Resources(Settings())) for r in check.rules()}
    assert not any(rule_id.startswith("lt-") for rule_id in rule_ids)
    resources = Resources(Settings(grammar=GrammarSettings(backend="languagetool", server=server.url)))
    assert backend_for(resources) is backend_for(resources)  # one backend (one server) per run


def test_findings_carry_the_languagetool_rule(linter):
    text = "The goverment opened a road."
    (finding,) = [f for f in linter.check(Document(text)).findings if f.source == "languagetool"]
    assert finding.rule == "lt-spelling" and finding.category == "spelling"
    assert finding.applicability.value == "unsafe"
    assert finding.replacements == ("government", "governments")
    assert finding.extra_dict() == {"lt_rule": "MORFOLOGIK_RULE_EN_US", "lt_category": "TYPOS"}


def test_pinyin_and_document_names_are_protected(linter):
    text = (
        "Officials from Qianxinan and Huicheng met.\n\n"
        "Huicheng officials visited Jinzhou, and Jinzhou agreed.\n"
    )
    findings = [f for f in linter.check(Document(text)).findings if f.source == "languagetool"]
    assert findings == []


def test_paragraphs_are_cached_between_checks(server):
    linter = lt_linter(server.url)
    (backend,) = [c for c in linter.checks if isinstance(c, LanguageToolBackend)]
    first = "The goverment opened a road.\n\nThe delegation recieved gifts.\n"
    linter.check(Document(first))
    assert backend.requests_sent == 1
    linter.check(Document(first))
    assert backend.requests_sent == 1  # nothing re-sent
    before = len(server.check_requests)
    second = "The goverment opened a road.\n\nThe delegation received gifts.\n"
    findings = linter.check(Document(second)).findings
    assert (
        server.check_requests[before:]
        and server.check_requests[-1]["text"] == "The delegation received gifts."
    )
    assert [f.text for f in findings if f.source == "languagetool"] == ["goverment"]


def test_fix_passes_reuse_the_cache(server):
    linter = lt_linter(server.url)
    (backend,) = [c for c in linter.checks if isinstance(c, LanguageToolBackend)]
    text = "".join(f"Paragraph {n} is fine.\n\n" for n in range(6)) + "The goverment opened a road.\n"
    result = fix_document(Document(text), linter, unsafe=True)
    assert "The government opened a road." in result.text
    assert backend.requests_sent == 2  # the whole text once, then only the changed paragraph


def test_large_documents_go_in_parallel_batches(server):
    linter = lt_linter(server.url)
    (backend,) = [c for c in linter.checks if isinstance(c, LanguageToolBackend)]
    paragraphs = [f"Township {n} built new roads for the villages in the mountains. " * 10 for n in range(40)]
    text = "\n\n".join(paragraphs) + "\n\nThe goverment paid.\n"
    before = len(server.check_requests)
    findings = [f for f in linter.check(Document(text)).findings if f.source == "languagetool"]
    sent = server.check_requests[before:]
    assert len(sent) > 1 and all(len(request["text"]) <= 4000 for request in sent)
    assert len(sent) == backend.requests_sent
    assert [text[f.start : f.end] for f in findings] == ["goverment"]


def test_settings_become_request_parameters(server):
    linter = lt_linter(
        server.url,
        language="en-GB",
        picky=True,
        disabled_rules=("WHITESPACE_RULE", "EN_QUOTES"),
        enabled_categories=("STYLE",),
    )
    findings = linter.check(Document("The goverment opened a road.  Then it  rained.")).findings
    request = server.check_requests[-1]
    assert request["language"] == "en-GB"
    assert request["level"] == "picky"
    assert request["disabledRules"] == "WHITESPACE_RULE,EN_QUOTES"
    assert request["enabledCategories"] == "STYLE"
    assert [f.extra_dict()["lt_rule"] for f in findings if f.source == "languagetool"] == [
        "MORFOLOGIK_RULE_EN_GB"
    ]


def test_no_request_when_no_languagetool_rule_is_selected(server):
    linter = lt_linter(server.url, select=("punct",), ignore=("lt-punct-spacing", "lt-punct-doubled"))
    before = len(server.check_requests)
    linter.check(Document("The goverment opened a road,, it said."))
    assert len(server.check_requests) == before


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def failing(mode: str, **kwargs):
    return LoopbackServer(mode=mode, **kwargs)


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("http500", "answered HTTP 500: Error: Internal Error: java.lang.OutOfMemoryError"),
        ("bad-json", "did not answer with JSON"),
        ("malformed", "malformed answer (the answer has no list of matches)"),
        ("bad-span", "malformed answer (a match ends at"),
        # Issue 18 item 11: a deep reply raised RecursionError (the file's rule findings were lost)
        ("deep", "malformed answer (JSON nested too deeply)"),
        ("null-match", "malformed answer (a match is not an object with a rule)"),
        # Issue 18 item 15: error bodies were echoed with their NUL bytes
        ("nul-error", "answered HTTP 500: Error:\\x00\\x1b[2J broken\\x00"),
    ],
)
def test_bad_answers_give_one_warning_and_rule_findings(mode, expected):
    with failing(mode) as server:
        linter = lt_linter(server.url)
        result = linter.check(Document("Prices rose,, it said. The goverment paid."))
        (warning,) = linter.take_warnings()
        assert warning.startswith("LanguageTool unavailable (")
        assert expected in warning
        assert warning.endswith("grammar checks skipped; rule findings below are complete")
        assert [f.rule for f in result.findings if f.source == "languagetool"] == []
        assert result.findings  # the rule engine still reports the doubled comma
        linter.check(Document("Another goverment text."))
        assert linter.take_warnings() == []  # said once per run


def test_refused_connection_fails_fast():
    linter = lt_linter(f"http://127.0.0.1:{closed_port()}")
    started = time.monotonic()
    linter.check(Document("The goverment paid."))
    (warning,) = linter.take_warnings()
    assert "connection refused" in warning
    assert time.monotonic() - started < 5


def test_a_server_that_does_not_answer_times_out():
    with failing("slow", delay=5) as server:
        linter = lt_linter(server.url, timeout=0.5)
        started = time.monotonic()
        linter.check(Document("The goverment paid."))
        (warning,) = linter.take_warnings()
        assert "timed out: no complete answer within 0.5 s" in warning
        assert time.monotonic() - started < 4


def test_a_server_that_drip_feeds_its_answer_is_cut_off_at_the_deadline():
    """Issue 18 item 7: each byte came within the read timeout, so no timeout ever fired."""
    with failing("drip", delay=0.05) as server:
        linter = lt_linter(server.url, timeout=0.5)
        result = linter.check(Document("Prices rose,, it said. The goverment paid."))
        (warning,) = linter.take_warnings()
        assert "timed out: no complete answer within 0.5 s" in warning
        assert [f.rule for f in result.findings if f.source == "languagetool"] == []
        assert result.findings  # the rule engine's findings are complete


def test_a_server_that_drip_feeds_its_language_list_is_cut_off_at_start_up():
    """Issue 18: start-up had no total deadline; each byte of the language list came within
    the read timeout, so the probe would take minutes (the whole list) instead of failing."""
    with failing("drip-start", delay=0.05) as server:
        linter = lt_linter(server.url, timeout=0.5)
        result = linter.check(Document("Prices rose,, it said. The goverment paid."))
        (warning,) = linter.take_warnings()
        assert f"the LanguageTool server at {server.url} did not answer within 5.5 s" in warning
        assert result.findings  # the rule engine's findings are complete


def test_a_server_that_is_not_languagetool_is_named(server):
    linter = lt_linter(server.url + "/nothing-here/")
    linter.check(Document("The goverment paid."))
    (warning,) = linter.take_warnings()
    assert "answered HTTP 404" in warning


def test_unknown_language_is_a_configuration_error(server):
    from mtfix.errors import ConfigError

    with pytest.raises(ConfigError, match="en-US, en-GB"):
        backend_for(
            Resources(
                Settings(grammar=GrammarSettings(backend="languagetool", server=server.url, language="fr"))
            )
        )


def test_grammar_unavailable_reads_as_one_line():
    assert str(GrammarUnavailable("no Java")) == (
        "LanguageTool unavailable (no Java); grammar checks skipped; rule findings below are complete"
    )


def test_a_local_start_that_hangs_is_abandoned_at_the_deadline():
    from mtfix.grammar import startup

    started = time.monotonic()
    with pytest.raises(GrammarUnavailable, match=r"did not start within 0\.2 s"):
        startup.within(0.2, lambda: time.sleep(3))  # type: ignore[arg-type, return-value]
    assert time.monotonic() - started < 2
    with pytest.raises(ValueError, match="boom"):
        startup.within(2, lambda: (_ for _ in ()).throw(ValueError("boom")))


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (
            ModuleNotFoundError("No java install detected."),
            "no Java found; local LanguageTool needs Java 17+",
        ),
        (SystemError("Detected java 11.0. LanguageTool requires Java >= 17 for version 6.8."), "Java >= 17"),
        (TimeoutError("Request to https://example.org/LT.zip timed out."), "cannot download LanguageTool"),
    ],
)
def test_start_up_failures_become_one_actionable_line(error, expected):
    from mtfix.grammar.startup import describe

    line = describe(error)
    assert expected in line and "--lt-server URL" in line and "\n" not in line
