"""mtfix: find and fix the artifacts of English machine-translated from Chinese.

The public API (`mtfix.check_text`, `mtfix.fix_text`, `mtfix.check_file`, `mtfix.fix_file`,
`mtfix.Linter`, `mtfix.Settings`, `mtfix.Finding`, ...) lives in `mtfix.api` and is
re-exported here on first use: `import mtfix` stays cheap, so the command line (which
imports this package first) does not pay for what it may not need.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mtfix.version import __version__

if TYPE_CHECKING:
    from mtfix.api import (
        Applicability,
        CheckResult,
        ConfigError,
        Document,
        Edit,
        Finding,
        FixError,
        FixResult,
        GrammarSettings,
        InputError,
        Linter,
        MtfixError,
        RuleInfo,
        Settings,
        Severity,
        check_file,
        check_text,
        fix_file,
        fix_text,
        settings_from_config,
    )

# The names of `mtfix.api.__all__`, listed here because reading that list would load the API;
# tests/api/test_api.py holds the two lists equal.
__all__ = [
    "Applicability",
    "CheckResult",
    "ConfigError",
    "Document",
    "Edit",
    "Finding",
    "FixError",
    "FixResult",
    "GrammarSettings",
    "InputError",
    "Linter",
    "MtfixError",
    "RuleInfo",
    "Settings",
    "Severity",
    "__version__",
    "check_file",
    "check_text",
    "fix_file",
    "fix_text",
    "settings_from_config",
]
_PUBLIC = frozenset(__all__) - {"__version__"}


def __getattr__(name: str) -> Any:
    """Load `mtfix.api` when one of its names is first asked for."""
    if name in _PUBLIC:
        from mtfix import api

        return getattr(api, name)
    raise AttributeError(f"module 'mtfix' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_PUBLIC})
