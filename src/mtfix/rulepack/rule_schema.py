"""The JSON Schema of a declarative rule file (`rules/<family>/<id>.toml`).

`loader.build_rule` validates every user rule file against it before reading any value, so
a wrong type, an out-of-range timeout or an unknown key is one line per mistake, not a
traceback. What the schema cannot say (a pattern that does not compile, a replacement that
names a group the pattern lacks, a broken message template) the loader checks after it.
"""

from __future__ import annotations

from typing import Any

from mtfix.categories import CATEGORIES
from mtfix.models import Applicability, Severity
from mtfix.rulepack.matching.matcher import PREFILTERS

# A user pattern may run this long on one chunk of text before it is stopped; longer would
# let one rule stall a run for minutes (it is disabled after its first timeout anyway).
MAX_TIMEOUT_SECONDS = 60.0

_TEXT = {"type": "string", "expected": "a string"}
_FLAG = {"type": "boolean", "expected": "true or false"}


def rule_schema() -> dict[str, Any]:
    """The schema (built on call: plain data, no module state to share)."""
    return {
        "type": "object",
        "expected": "a rule table",
        "required": ["id", "category", "severity", "applicability", "description", "message", "examples"],
        "additionalProperties": False,
        "properties": {
            "id": {
                "type": "string",
                "pattern": r"^[a-z0-9]+(?:[-.][a-z0-9]+)*$",
                "expected": "lower-case words joined by '-', e.g. space-after-comma",
            },
            "category": {"enum": list(CATEGORIES), "expected": f"one of: {', '.join(CATEGORIES)}"},
            "severity": _choice([member.value for member in Severity]),
            "applicability": _choice([member.value for member in Applicability]),
            "description": _TEXT,
            "message": _TEXT,
            "doc": _TEXT,
            "kind": _choice(["pattern", "substitution"]),
            "pattern": {"type": "string", "expected": "a regular expression (a string)"},
            "replacement": {
                "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}],
                "expected": "a replacement template or a list of them",
            },
            "table": {
                "type": "object",
                "additionalProperties": {"type": "string", "expected": "a string"},
                "expected": "a table of text = replacement",
            },
            "ignore_case": _FLAG,
            "protect": _FLAG,
            "timeout": {
                "type": "number",
                "exclusiveMinimum": 0,
                "maximum": MAX_TIMEOUT_SECONDS,
                "expected": f"a positive number of seconds, at most {MAX_TIMEOUT_SECONDS:g}",
            },
            "prefilter": _choice(list(PREFILTERS)),
            "examples": {
                "type": "object",
                "expected": "a table with 'bad' and 'good'",
                "properties": {
                    "bad": {
                        "type": "array",
                        "expected": "a list of {text = ..., fixed = ...}",
                        "items": {
                            "type": "object",
                            "required": ["text"],
                            "additionalProperties": False,
                            "properties": {"text": _TEXT, "fixed": _TEXT},
                            "expected": "{text = ..., fixed = ...}",
                        },
                    },
                    "good": {"type": "array", "items": _TEXT, "expected": "a list of strings"},
                },
            },
        },
    }


def _choice(values: list[str]) -> dict[str, Any]:
    return {"enum": values, "expected": f"one of: {', '.join(values)}"}


__all__ = ["MAX_TIMEOUT_SECONDS", "rule_schema"]
