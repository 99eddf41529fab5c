"""The JSON Schema of mtfix's settings table (`mtfix.toml`, or `[tool.mtfix]` in pyproject.toml).

`config.settings_from_table` validates the whole table against it before reading a value,
so `timeout = "abc"`, `lt-picky = "no"` (a string that would have counted as true) or
`input-format = "pdf"` is one line `file: key: what is wrong (expected ...)`, never a
traceback. Rule selectors (`select`, `ignore`, `per-path-ignore`) are only checked for
shape here; whether each names a known rule is `config.selector_mistakes`'s job.
"""

from __future__ import annotations

from typing import Any

from mtfix.models import Severity

# Seconds mtfix waits for one LanguageTool answer at most (a day would look like a hang).
MAX_LT_TIMEOUT_SECONDS = 3600.0
INPUT_FORMATS = ("auto", "text", "markdown", "html")
GRAMMAR_BACKENDS = ("none", "languagetool")

_TEXT = {"type": "string", "expected": "a string"}
_TEXTS = {
    "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}],
    "expected": "a string or a list of strings",
}
_PATHS = {**_TEXTS, "expected": "a path or a list of paths, relative to the config file"}


def config_schema() -> dict[str, Any]:
    """The schema (built on call: plain data)."""
    severities = [member.value for member in Severity]
    return {
        "type": "object",
        "expected": "a table of mtfix settings",
        "additionalProperties": False,
        "properties": {
            "select": {**_TEXTS, "expected": "a rule id, category or prefix, or a list of them"},
            "ignore": {**_TEXTS, "expected": "a rule id, category or prefix, or a list of them"},
            "exclude": {**_TEXTS, "expected": "a glob of files that folder walks skip, or a list of them"},
            "rule-dirs": _PATHS,
            "glossaries": _PATHS,
            "words": _PATHS,
            "encoding": {"type": "string", "expected": "an encoding name such as utf-8, gb18030 or cp1252"},
            "input-format": _choice(list(INPUT_FORMATS)),
            "grammar": _choice(list(GRAMMAR_BACKENDS)),
            "lt-server": {"type": "string", "expected": "the URL of a LanguageTool server"},
            "lt-language": {"type": "string", "expected": "a language code such as en-US"},
            "lt-picky": {"type": "boolean", "expected": "true or false"},
            "lt-timeout": {
                "type": "number",
                "exclusiveMinimum": 0,
                "maximum": MAX_LT_TIMEOUT_SECONDS,
                "expected": f"a positive number of seconds, at most {MAX_LT_TIMEOUT_SECONDS:g}",
            },
            "lt-enabled-rules": _TEXTS,
            "lt-disabled-rules": _TEXTS,
            "lt-enabled-categories": _TEXTS,
            "lt-disabled-categories": _TEXTS,
            "severity": {
                "type": "object",
                "expected": "a table of rule id or category = severity",
                "additionalProperties": _choice(severities),
            },
            "per-path-ignore": {
                "type": "object",
                "expected": "a table of glob = rule id or list of rule ids",
                "additionalProperties": _TEXTS,
            },
        },
    }


def _choice(values: list[str]) -> dict[str, Any]:
    return {"enum": values, "expected": f"one of: {', '.join(values)}"}


__all__ = ["GRAMMAR_BACKENDS", "INPUT_FORMATS", "MAX_LT_TIMEOUT_SECONDS", "config_schema"]
