"""Get a LanguageTool server to talk to: a running one (`--lt-server`) or a local one.

Local mode needs Java 17+ and, on first use, downloads LanguageTool (about 250 MB) into
language_tool_python's cache (`LTP_PATH`, default `~/.cache/language_tool_python`); mtfix
says so before the download starts, and language_tool_python shows a progress bar.

Every step is bounded so a run never hangs: a remote server is probed with connect and read
timeouts before the client is built, and the probe and the client's construction together
run under a total deadline (a server that drips its language list a byte at a time never
trips a read timeout); the client's own requests use the same bounds instead of its 300 s
default; a local start (download, Java start-up, readiness) runs under a
deadline, since language_tool_python retries a failing start on port after port.
"""

from __future__ import annotations

import os
import shutil
import threading
import urllib.parse
from collections.abc import Callable
from typing import Any

import requests
from language_tool_python import LanguageTool
from language_tool_python.download_lt import LTP_DOWNLOAD_VERSION, LocalLanguageTool
from language_tool_python.utils import get_language_tool_download_path, parse_url

from mtfix.config import GrammarSettings
from mtfix.errors import GrammarUnavailable

CONNECT_TIMEOUT = 5.0
START_DEADLINE = 90.0  # seconds for Java to start LanguageTool and answer
DOWNLOAD_DEADLINE = 900.0  # added when LanguageTool must be downloaded first
DOWNLOAD_SIZE = "about 250 MB"
_HINT = "use --lt-server URL for a running LanguageTool, or --grammar none"


class _BoundedClient(LanguageTool):
    """language_tool_python's client with bounded timeouts on its own requests."""

    _TIMEOUT = (CONNECT_TIMEOUT, 30.0)  # type: ignore[assignment]


def start_client(
    settings: GrammarSettings, read_timeout: float, notify: Callable[[str], None]
) -> LanguageTool:
    """A ready client, or GrammarUnavailable saying what failed and what to do."""
    try:
        if settings.server:
            server = settings.server
            deadline = CONNECT_TIMEOUT + read_timeout
            return within(
                deadline,
                lambda: _remote(server, settings.language, read_timeout),
                f"the LanguageTool server at {server} did not answer within {deadline:g} s",
            )
        return _local(settings.language, notify)
    except GrammarUnavailable:
        raise
    except Exception as error:  # the client raises many unrelated types; each becomes one line
        raise GrammarUnavailable(describe(error)) from error


def _remote(server: str, language: str, read_timeout: float) -> LanguageTool:
    base = urllib.parse.urljoin(parse_url(server), "v2/")
    url = urllib.parse.urljoin(base, "languages")
    try:
        response = requests.get(url, timeout=(CONNECT_TIMEOUT, read_timeout))
    except requests.Timeout as error:
        raise GrammarUnavailable(f"{url} did not answer within {read_timeout:g} s") from error
    except requests.RequestException as error:
        raise GrammarUnavailable(
            f"cannot reach {url}: {innermost_reason(error)}; is the server running?"
        ) from error
    if response.status_code != 200:
        raise GrammarUnavailable(f"{url} answered HTTP {response.status_code}; is it a LanguageTool server?")
    try:
        offered = {entry.get("longCode") for entry in response.json()}
    except (ValueError, TypeError, AttributeError) as error:
        raise GrammarUnavailable(
            f"{url} did not answer like a LanguageTool server (no language list)"
        ) from error
    if language not in offered:
        raise GrammarUnavailable(f"the server at {base} does not offer {language}")
    return _BoundedClient(language=language, remote_server=server)


def _local(language: str, notify: Callable[[str], None]) -> LanguageTool:
    if shutil.which("java") is None:
        raise GrammarUnavailable(f"no Java on PATH; local LanguageTool needs Java 17+ ({_HINT})")
    deadline = START_DEADLINE
    if not _installed():
        folder = get_language_tool_download_path()
        notify(
            f"LanguageTool {LTP_DOWNLOAD_VERSION} is not installed: downloading it once ({DOWNLOAD_SIZE}) "
            f"to {folder}; progress below ({_HINT} to skip)"
        )
        deadline += DOWNLOAD_DEADLINE
    return within(deadline, lambda: _BoundedClient(language=language))


def _installed() -> bool:
    if os.environ.get("LTP_JAR_DIR_PATH"):
        return True
    wanted = LocalLanguageTool.from_version_name(LTP_DOWNLOAD_VERSION)
    return wanted in LocalLanguageTool.get_installed_versions()


# Public: its test calls it directly (tests use public names only).
def within(seconds: float, build: Callable[[], LanguageTool], late: str | None = None) -> LanguageTool:
    """`build()` in a daemon thread, abandoned after `seconds` (a server it starts late is
    still stopped at exit by language_tool_python's own exit handler); `late` says what
    did not happen in time."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["client"] = build()
        except BaseException as error:  # handed to the caller's thread below
            outcome["error"] = error

    worker = threading.Thread(target=run, name="mtfix-lt-start", daemon=True)
    worker.start()
    worker.join(seconds)
    if "error" in outcome:
        raise outcome["error"]
    if "client" not in outcome:
        raise GrammarUnavailable(f"{late or f'LanguageTool did not start within {seconds:g} s'} ({_HINT})")
    return outcome["client"]  # type: ignore[no-any-return]


def describe(error: BaseException) -> str:
    """One line for a start-up failure of language_tool_python, with the way out."""
    if isinstance(error, ModuleNotFoundError):
        return f"no Java found; local LanguageTool needs Java 17+ ({_HINT})"
    if isinstance(error, SystemError):
        return f"{error} ({_HINT})"
    if isinstance(error, requests.RequestException | TimeoutError):
        return f"cannot download LanguageTool {LTP_DOWNLOAD_VERSION}: {innermost_reason(error)} ({_HINT})"
    return f"{type(error).__name__}: {innermost_reason(error)} ({_HINT})"


def innermost_reason(error: BaseException) -> str:
    """The root cause's text, first line (`connection refused`, `name not known`)."""
    while (cause := error.__cause__ or error.__context__) is not None:
        error = cause
    text = str(error).strip() or type(error).__name__
    if "refused" in text.lower():
        return "connection refused"
    if "name or service not known" in text.lower() or "failed to resolve" in text.lower():
        return "host name not resolved (no network?)"
    return text.splitlines()[0][:160]
