"""Errors that mtfix reports to users as one line, never as a traceback."""

from __future__ import annotations

from mtfix.display import escape_path


class MtfixError(Exception):
    """Base for errors shown to the user as a single line."""


class InputError(MtfixError):
    """A file that cannot be read, decoded or written; always names the file."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{escape_path(path)}: {reason}")
        self.path = path
        self.reason = reason


class RuleError(MtfixError):
    """A rule file that does not validate; names the file and the rule."""

    def __init__(self, origin: str, rule_id: str | None, reason: str) -> None:
        where = f"{origin}: rule {rule_id}" if rule_id else origin
        super().__init__(f"{where}: {reason}")
        self.origin = origin
        self.rule_id = rule_id
        self.reason = reason


class RuleTimedOut(RuleError):
    """A user rule's pattern ran past its timeout: the run disables it (a runaway pattern
    would otherwise cost its timeout again on every file)."""


class ConfigError(MtfixError):
    """A configuration file or flag that does not validate."""


class FixError(MtfixError):
    """Fixes that do not converge, or a file that changed under us."""


class GrammarUnavailable(MtfixError):
    """The grammar backend cannot run (no Java, no server, bad answer): reported once as a
    warning, the rule engine's findings are still complete."""

    def __str__(self) -> str:
        return (
            f"LanguageTool unavailable ({super().__str__()}); "
            "grammar checks skipped; rule findings below are complete"
        )
