"""Command-line values: every parameter of every mtfix command converts what the parser can
hand it (nothing, one string, several) to what typer's own conversion gives, value and type,
and refuses what typer refuses (the messages are ours)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import typer
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.core import TyperArgument, TyperOption

from mtfix.cli import app
from mtfix.cli_options import PlainCommand, PlainGroup


def _commands(command: Any, ctx: Any) -> Iterator[tuple[str, Any]]:
    """Every command and group under `command`, lazy ones included, with its path."""
    yield ctx.command_path, command
    for name in getattr(command, "list_commands", lambda ctx: [])(ctx):
        sub = command.get_command(ctx, name)
        yield from _commands(sub, typer.Context(sub, info_name=name, parent=ctx))


def _parameters() -> list[tuple[str, Any, Any]]:
    root = typer.main.get_command(app)
    found = []
    for path, command in _commands(root, typer.Context(root, info_name="mtfix")):
        ctx = typer.Context(command, info_name=path)
        for parameter in command.get_params(ctx):
            found.append((f"{path} {parameter.name}", command, parameter))
    return found


PARAMETERS = _parameters()

# What a parser can hand a parameter: strings as typed (numbers, paths, choices, text).
_WORDS = st.sampled_from(
    [
        *("0", "1", "2", "-1", "+2", "00", "3.5", "1e3", " 4", "0.0", "7.00", "1.", "1_0", "٣", "inf", "nan"),
        *("x", "", "text", "jsonl", "warning", "ERROR", "none", "a,b", ".", "-", "mtfix.toml"),
    ]
)
_STRINGS = st.one_of(_WORDS, st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=6))


def _typer_way(parameter: Any) -> Any:
    base = TyperArgument if isinstance(parameter, TyperArgument) else TyperOption
    return lambda ctx, value: base.process_value(parameter, ctx, value)


def _outcome(convert: Any, ctx: Any, value: Any) -> tuple[str, Any]:
    try:
        converted = convert(ctx, value)
    except typer.BadParameter:
        return "refused", None
    except (typer.Exit, SystemExit):
        return "exited", None  # a callback (--help, --version) ended the command
    return "converted", (type(converted), repr(converted))  # repr: nan equals itself


def test_every_command_and_group_converts_the_plain_way():
    assert len(PARAMETERS) > 60
    for name, command, parameter in PARAMETERS:
        assert isinstance(command, (PlainCommand, PlainGroup)), name
        assert type(parameter) not in (TyperArgument, TyperOption), name


@pytest.mark.parametrize(("name", "command", "parameter"), PARAMETERS, ids=[name for name, *_ in PARAMETERS])
@settings(max_examples=60, deadline=None)
@given(value=st.one_of(st.none(), st.booleans(), _STRINGS, st.lists(_STRINGS, max_size=3).map(tuple)))
def test_a_value_converts_as_typer_converts_it(name: str, command: Any, parameter: Any, value: Any) -> None:
    if parameter.callback is not None or parameter.is_eager:
        return  # --help and --version act as soon as they are seen
    many = parameter.multiple or parameter.nargs == -1
    if many != isinstance(value, tuple) and value is not None:
        return  # the parser hands a tuple exactly to a many-valued parameter
    if getattr(parameter, "is_flag", False) != isinstance(value, bool) and value is not None:
        return  # and a bool exactly to a flag
    ctx = typer.Context(command, info_name=name, resilient_parsing=True)
    ours = _outcome(parameter.process_value, ctx, value)
    theirs = _outcome(_typer_way(parameter), ctx, value)
    assert ours == theirs
