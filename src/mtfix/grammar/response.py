"""Read a LanguageTool `/v2/check` answer into small frozen matches with code-point spans.

Why not `language_tool_python.Match`: it corrects `offset` for astral characters but not
`length`, and it keeps the correction in class attributes shared by every thread, so two
requests answered at once can shift each other's offsets. Here the raw JSON is validated
and converted per request; a malformed answer raises `MalformedResponse` instead of a
`KeyError` deep in a worker thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mtfix.grammar.batching import Utf16Offsets

MAX_REPLACEMENTS = 5  # LanguageTool may offer dozens; the best few are enough to choose from


class MalformedResponse(ValueError):
    """The server answered, but not in LanguageTool's `/v2/check` shape."""


@dataclass(frozen=True, slots=True)
class LtMatch:
    """One LanguageTool match; `start`/`end` are code points into the text that was sent."""

    start: int
    end: int
    message: str
    replacements: tuple[str, ...]
    rule_id: str
    category_id: str
    issue_type: str = ""

    def shifted(self, delta: int) -> LtMatch:
        return LtMatch(
            self.start + delta,
            self.end + delta,
            self.message,
            self.replacements,
            self.rule_id,
            self.category_id,
            self.issue_type,
        )


def parse_check_response(payload: Any, text: str) -> list[LtMatch]:
    """The matches of a decoded JSON answer for `text`, spans converted from UTF-16 units."""
    if not isinstance(payload, Mapping) or not isinstance(payload.get("matches"), list):
        raise MalformedResponse("the answer has no list of matches")
    offsets = Utf16Offsets(text)
    return [_match(raw, offsets) for raw in payload["matches"]]


def _match(raw: Any, offsets: Utf16Offsets) -> LtMatch:
    if not isinstance(raw, Mapping) or not isinstance(raw.get("rule"), Mapping):
        raise MalformedResponse("a match is not an object with a rule")
    if not isinstance(raw["rule"].get("category"), Mapping):
        raise MalformedResponse("a match's rule has no category object")
    try:
        offset, length = raw["offset"], raw["length"]
        rule = raw["rule"]
        rule_id, category_id = rule["id"], rule["category"]["id"]
        message = raw.get("message") or rule.get("description") or rule_id
        replacements = tuple(item["value"] for item in raw.get("replacements") or ())
        issue_type = rule.get("issueType") or ""
    except KeyError as error:
        raise MalformedResponse(f"a match lacks {error}") from error
    except TypeError:
        raise MalformedResponse("a match has a field of the wrong type") from None
    if not (isinstance(offset, int) and isinstance(length, int) and offset >= 0 and length >= 0):
        raise MalformedResponse(f"a match has an invalid span {offset!r}+{length!r}")
    if offset + length > offsets.units:
        raise MalformedResponse(f"a match ends at {offset + length}, after the text ({offsets.units} units)")
    if not all(
        isinstance(value, str) for value in (rule_id, category_id, message, issue_type, *replacements)
    ):
        raise MalformedResponse("a match has a non-text field")
    return LtMatch(
        offsets.start(offset),
        offsets.end(offset + length),
        message.strip(),
        _unique(replacements)[:MAX_REPLACEMENTS],
        rule_id,
        category_id,
        issue_type,
    )


def _unique(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))
