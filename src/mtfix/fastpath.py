"""Call a typer command directly when its command line is plain, skipping typer's parsing.

Why: typer coerces every parameter through pydantic, whose import and validators cost
about 0.1 s per run, as much as checking 30,000 words. `mtfix check` is run often on
small inputs, so its common command lines (long options with or without `=`, `-x value`,
flags, repeated list options, paths) are parsed here from the command's own signature.
Anything else (help, an unknown or repeated option, a value typer would reject or
convert in its own way, shell completion) returns None and typer parses it, so errors and
help stay typer's. `tests/test_cli_fastpath.py` checks that both give the same arguments.
"""

from __future__ import annotations

import atexit
import enum
import errno
import inspect
import os
import sys
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import NoneType, UnionType
from typing import Any

from typer.models import ArgumentInfo, OptionInfo

_FLOAT_CHARS = frozenset("0123456789.")


@dataclass(frozen=True)
class _Option:
    name: str  # the parameter
    kind: type  # str, Path, int, float, bool, an Enum, or list (of str)
    negative: bool = False  # the `--no-x` spelling of a bool flag
    minimum: int | float | None = None


def direct_arguments(command: Callable[..., Any], argv: list[str]) -> dict[str, Any] | None:
    """The keyword arguments typer would call `command` with for `argv`, or None when typer
    must parse `argv` itself."""
    if os.name == "nt" or any(key.endswith("_COMPLETE") for key in os.environ):
        return None  # typer expands wildcards on Windows and answers shell completion
    table = _options(command)
    if table is None:
        return None
    options, positional = table
    values: dict[str, Any] = {}
    paths: list[str] = []
    index = 0
    while index < len(argv):
        token = argv[index]
        index += 1
        if token == "-" or not token.startswith("-"):
            paths.append(token)
            continue
        name, has_value, value = token.partition("=")
        option = options.get(name)
        if option is None or (option.kind is bool and has_value):
            return None  # --help, `--`, clusters such as `-qj2`, unknown options
        if option.kind is bool:
            converted: Any = not option.negative
        else:
            if not has_value:
                if index >= len(argv):
                    return None
                value = argv[index]
                index += 1
            converted = _convert(option, value)
            if converted is None:
                return None
        if option.kind is list:
            values.setdefault(option.name, []).append(converted)
        elif option.name in values:
            return None  # typer's rule for a repeated option is its own
        else:
            values[option.name] = converted
    if positional is None or not paths:
        return None
    values[positional] = paths
    return _with_defaults(command, values)


def _convert(option: _Option, value: str) -> Any:
    """The value as typer gives it, or None for anything it might treat differently."""
    if not value or value.startswith("-") or not value.isprintable():
        return None
    kind = option.kind
    if kind is str or kind is list:
        return value
    if kind is Path:
        return Path(value)
    if kind is int:
        if not (value.isascii() and value.isdigit()):
            return None
        number: int | float = int(value)
    elif kind is float:
        if not _FLOAT_CHARS.issuperset(value) or value.count(".") > 1 or value[0] == "." or value[-1] == ".":
            return None
        number = float(value)
    elif issubclass(kind, enum.Enum):
        members = {member.value: member for member in kind}
        return members.get(value)
    else:
        return None
    if option.minimum is not None and number < option.minimum:
        return None
    return number


def _options(command: Callable[..., Any]) -> tuple[dict[str, _Option], str | None] | None:
    """Each spelling of each option of `command`, and its one list argument; None if a
    parameter has a type this module does not convert."""
    hints = typing.get_type_hints(command, include_extras=True)
    options: dict[str, _Option] = {}
    positional: str | None = None
    for name in inspect.signature(command).parameters:
        annotation = hints[name]
        info = next((m for m in getattr(annotation, "__metadata__", ()) if isinstance(m, OptionInfo)), None)
        kind = _kind(typing.get_args(annotation)[0] if info is not None or _is_argument(annotation) else None)
        if kind is None:
            return None
        if info is None:
            if positional is not None or kind is not list:
                return None
            positional = name
            continue
        # In `Annotated`, typer reads `Option("--name", "-n")`'s first argument (its `default`)
        # as the first spelling.
        first = () if info.default is ... else (info.default,)
        declarations = (*first, *(info.param_decls or ())) or (f"--{name.replace('_', '-')}",)
        if not all(isinstance(declaration, str) for declaration in declarations):
            return None
        for declaration in declarations:
            positive, _, negative = declaration.partition("/")
            for spelling in positive.split():
                options[spelling] = _Option(name, kind, minimum=info.min)
            if negative:
                if kind is not bool:
                    return None
                options[negative.strip()] = _Option(name, kind, negative=True)
    return options, positional


def _is_argument(annotation: Any) -> bool:
    return any(isinstance(m, ArgumentInfo) for m in getattr(annotation, "__metadata__", ()))


def _kind(annotation: Any) -> type | None:
    """str, Path, int, float, bool, an Enum, or list for `list[str]`; Optional unwrapped."""
    if annotation is None:
        return None
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, UnionType):
        members = [arg for arg in typing.get_args(annotation) if arg is not NoneType]
        return _kind(members[0]) if len(members) == 1 else None
    if origin is list:
        return list if typing.get_args(annotation) == (str,) else None
    if annotation in (str, Path, int, float, bool) or (
        isinstance(annotation, type) and issubclass(annotation, enum.Enum)
    ):
        return annotation  # type: ignore[no-any-return]
    return None


def _with_defaults(command: Callable[..., Any], values: dict[str, Any]) -> dict[str, Any]:
    """Every parameter: the given value, else the signature's default (as typer passes it)."""
    arguments: dict[str, Any] = {}
    for name, parameter in inspect.signature(command).parameters.items():
        arguments[name] = values.get(name, parameter.default)
    return arguments


def run_standalone(command: Callable[..., Any], arguments: dict[str, Any]) -> None:
    """Call `command` and exit as a typer command run from the shell exits."""
    from typer import Exit

    try:
        command(**arguments)
    except Exit as exit_:
        _exit_now(exit_.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except OSError as error:
        _exit_on_closed_pipe(error)
    _exit_now(0)


def _exit_now(code: int) -> None:
    """Exit with `code` once output is flushed and exit handlers (a LanguageTool server's
    shutdown, say) have run, skipping the interpreter's teardown: freeing a run's caches
    object by object takes a tenth of a second on large inputs and helps no one."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError as error:
        _exit_on_closed_pipe(error)
    if sys.getprofile() is not None or sys.gettrace() is not None:
        sys.exit(code)  # a profiler or debugger writes its results after the program returns
    atexit._run_exitfuncs()
    os._exit(code)


def _exit_on_closed_pipe(error: OSError) -> typing.NoReturn:
    """Exit 1 when the reader of our output went away (`mtfix check | head`); re-raise others."""
    if error.errno != errno.EPIPE:
        raise error
    sys.stdout = typing.cast(typing.TextIO, _ClosedPipe(sys.stdout))
    sys.stderr = typing.cast(typing.TextIO, _ClosedPipe(sys.stderr))
    sys.exit(1)


class _ClosedPipe:
    """A stream whose reader went away (`mtfix check | head`): flushing it again at exit
    must not raise a second time (as click arranges for typer commands)."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as error:
            if error.errno != errno.EPIPE:
                raise

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
