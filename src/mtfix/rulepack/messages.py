"""Rule messages that quote the match: `{match}`, `{replacement}`, `{1}`, `{name}`.

Why: a message was formatted per finding by renaming numbered fields with a regex and
building a dict of every group, which cost more than finding the match. A template is now
read once (`MessageTemplate`, at a rule's first finding) into literal text and the fields
it names, and each finding reads only those fields. Templates using anything beyond plain
field names (format specs, conversions, indexing, attributes) keep the general path, so
every template formats exactly as `str.format_map` did.
"""

from __future__ import annotations

import re
from _string import formatter_parser  # type: ignore[import-not-found]
from typing import Any

_NUMBERED_FIELD = re.compile(r"(?<!\{)\{(\d+)\}")
_GROUP_FIELD = re.compile(r"group(0|[1-9][0-9]*)")
_MATCH = "match"
_REPLACEMENT = "replacement"


class _GroupFormatter(dict[str, str]):
    """Lets messages quote groups by number (`{1}`) or name (`{county}`); unknown -> empty."""

    def __missing__(self, key: str) -> str:
        return ""


def _renamed(template: str) -> str:
    # str.format_map reads `{1}` as a positional field; rename numbered groups to `{group1}`.
    return _NUMBERED_FIELD.sub(r"{group\1}", template)


def _format_renamed(template: str, match: Any, replacement: str) -> str:
    values = _GroupFormatter({f"group{i}": match.group(i) or "" for i in range(len(match.groups()) + 1)})
    values.update({name: value or "" for name, value in match.groupdict().items()})
    values[_MATCH] = match.group(0)
    values[_REPLACEMENT] = replacement
    return template.format_map(values)


def format_message(template: str, match: Any, replacement: str = "") -> str:
    """`template` with its fields filled from `match` (the general path)."""
    return _format_renamed(_renamed(template), match, replacement)


class MessageTemplate:
    """A message template read once: literal text between the fields it names."""

    __slots__ = ("_fields", "_layout", "_renamed")

    def __init__(self, template: str) -> None:
        self._renamed = _renamed(template)
        self._layout: str | None = None
        self._fields: tuple[tuple[str, int | None], ...] = ()
        try:
            parsed = list(formatter_parser(self._renamed))
        except ValueError:
            return  # formatting raises the same error on the general path
        layout: list[str] = []
        fields: list[tuple[str, int | None]] = []
        for literal, name, spec, conversion in parsed:
            layout.append(literal.replace("{", "{{").replace("}", "}}"))
            if name is None:
                continue
            if spec or conversion or not name.isidentifier():
                return
            number = _GROUP_FIELD.fullmatch(name)
            fields.append((name, int(number.group(1)) if number else None))
            layout.append("{}")
        self._layout = "".join(layout)
        self._fields = tuple(fields)

    def format(self, match: Any, replacement: str = "") -> str:
        """The same string as `format_message(template, match, replacement)`."""
        if self._layout is None:
            return _format_renamed(self._renamed, match, replacement)
        values: list[str] = []
        named: dict[str, Any] | None = None
        for name, number in self._fields:
            if name == _MATCH:
                values.append(match.group(0))
            elif name == _REPLACEMENT:
                values.append(replacement)
            else:
                if named is None:
                    named = match.groupdict()
                if name in named:
                    values.append(named[name] or "")
                elif number is not None and number <= len(match.groups()):
                    values.append(match.group(number) or "")
                else:
                    values.append("")
        return self._layout.format(*values)
