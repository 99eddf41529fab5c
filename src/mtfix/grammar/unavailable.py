"""The one error a grammar backend raises when it cannot run.

Why a module of its own: the backends raise it and the package's `backend_for` loads the
backends, so the error sits below both (the package re-exports it).
"""

from __future__ import annotations

from mtfix.errors import MtfixError


class GrammarUnavailable(MtfixError):
    """The grammar backend cannot run (no Java, no server, bad answer): reported once as a
    warning, the rule engine's findings are still complete."""

    def __str__(self) -> str:
        return (
            f"LanguageTool unavailable ({super().__str__()}); "
            "grammar checks skipped; rule findings below are complete"
        )
