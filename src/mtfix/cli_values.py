"""Command-line values converted to the plain types mtfix's commands declare, without pydantic.

Why: typer (0.29 on) converts every parameter's value through a pydantic `TypeAdapter`,
built on first use, even for an option the user did not give. Importing pydantic and
building the adapters of `check`'s two dozen options cost about 80 ms a process: a quarter
of a one-file run, and 5% of a 200,000-word one. mtfix's options only take text, whole
numbers, numbers, paths, lists of text and choices of a string enum: `plain_value` converts
those as typer would (the equivalence test `tests/equivalence/test_cli_values.py` holds them
equal), and `PlainCommand` (in `cli_options`) hands every other parameter to typer.

The parsing itself stays typer's (and click's): this module only turns the strings the
parser produced into the declared type, as click's `Parameter.process_value` documents.
"""

from __future__ import annotations

import os
import re
import typing
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any

# ParameterInfo fields a plain value ignores; a parameter that sets one goes to typer.
_PATH_DEFAULTS = {
    "exists": False,
    "file_okay": True,
    "dir_okay": True,
    "writable": False,
    "readable": True,
    "resolve_path": False,
    "allow_dash": False,
    "path_type": None,
}
_OTHER_DEFAULTS = {"parser": None, "click_type": None, "case_sensitive": True, "clamp": False}


class NotPlain(Exception):
    """The value cannot be converted: the message says why, for a usage error."""


Converter = Callable[[Any], Any]


def converter(annotation: Any, info: Any) -> Converter | None:
    """How to convert one value of a parameter declared `annotation` with typer's parameter
    info `info`; None when the parameter is not plain (typer converts it)."""
    if any(getattr(info, name, default) != default for name, default in _OTHER_DEFAULTS.items()):
        return None
    if annotation is str:
        return _text
    if annotation is bool:
        return _flag
    if annotation is int or annotation is float:
        return _number(annotation, getattr(info, "min", None), getattr(info, "max", None))
    if annotation is Path:
        if any(getattr(info, name, default) != default for name, default in _PATH_DEFAULTS.items()):
            return None
        return _path
    if isinstance(annotation, type) and issubclass(annotation, str) and issubclass(annotation, Enum):
        return _choice(annotation)
    return None


def list_item(annotation: Any) -> Any | None:
    """`str` for `list[str]` (a repeated option or a many-valued argument), else None."""
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation)
        return item
    return None


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise NotPlain(f"{value!r} is not text.")
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise NotPlain(f"{value!r} is not true or false.")
    return value


def _number(kind: type[int] | type[float], low: float | None, high: float | None) -> Converter:
    noun = "a whole number" if kind is int else "a number"

    def convert(value: Any) -> int | float:
        if isinstance(value, kind) and not isinstance(value, bool):
            number = value
        else:
            try:
                number = _parsed(kind, value)
            except (TypeError, ValueError):
                raise NotPlain(f"{value!r} is not {noun}.") from None
        # `not >=`: NaN is refused where a bound is set, as typer refuses it.
        if low is not None and not number >= low:
            raise NotPlain(f"{value!r} is not at least {low}.")
        if high is not None and not number <= high:
            raise NotPlain(f"{value!r} is not at most {high}.")
        return number

    return convert


def _parsed(kind: type[int] | type[float], value: Any) -> int | float:
    """`value` read as typer reads a number: ASCII digits only (Python's own `int` and
    `float` also take other scripts' digits), a whole number may end in `.0`."""
    if not isinstance(value, str) or not value.isascii():
        raise ValueError(value)
    if kind is int:
        return int(_ZERO_FRACTION.sub("", value.strip()))
    return float(value)


_ZERO_FRACTION = re.compile(r"\.0+$")


def _path(value: Any) -> Path:
    if isinstance(value, Path):
        return value
    if not isinstance(value, str):
        raise NotPlain(f"{value!r} is not a path.")
    # As typer does: a path that exists must be readable.
    if os.path.exists(value) and not os.access(value, os.R_OK):
        raise NotPlain(f"Path {value!r} is not readable.")
    return Path(value)


def _choice(kind: type[Enum]) -> Converter:
    by_value = {member.value: member for member in kind}
    choices = ", ".join(repr(value) for value in by_value)

    def convert(value: Any) -> Enum:
        if isinstance(value, kind):
            return value
        member = by_value.get(value) if isinstance(value, str) else None
        if member is None:
            raise NotPlain(f"{value!r} is not one of {choices}.")
        return member

    return convert
