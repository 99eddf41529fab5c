"""The command-line options several commands share, each declared once.

Single options are `Annotated` aliases (`SelectOption`, `ConfigOption`, ...). Options that
always travel together are an option group: a frozen dataclass whose fields are typer
parameters (`GrammarFlags`, `LintFlags`). A command takes the group as one parameter and
`with_option_groups` spreads its fields into the signature typer reads, at the group's
place, then gathers the parsed values back into the dataclass. So `check` and `fix` list
the LanguageTool flags once, and the command body receives one object.

This module imports only typer and the settings types: every command's start-up pays for it.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import typing
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from mtfix import cli_values
from mtfix.config import GrammarSettings, Settings, split_csv


def _processed(parameter: TyperArgument | TyperOption, ctx: Any, value: Any, typer_way: Any) -> Any:
    """`value` converted as `cli_values` does when the parameter is plain, then checked and
    passed to its callback as typer does; a parameter that is not plain goes `typer_way`
    (typer's own `process_value`, with its pydantic conversion)."""
    descriptor = getattr(parameter, "type_descriptor", None)  # typer 0.29 on
    if descriptor is None:
        return typer_way(ctx, value)
    many = parameter.multiple or parameter.nargs == -1
    item = cli_values.list_item(descriptor.annotation) if many else descriptor.annotation
    convert = None if item is None else cli_values.converter(item, descriptor.parameter_info)
    if convert is None or (item is bool and not getattr(parameter, "is_flag", False)):
        return typer_way(ctx, value)  # (a flag's value is a bool; `--opt yes` is typer's)
    try:
        if value is None:
            converted: Any = () if many else None
        elif not many:
            converted = convert(value)
        elif isinstance(value, (list, tuple)):
            converted = [convert(one) for one in value]
        else:
            raise cli_values.NotPlain("Value must be an iterable.")
    except cli_values.NotPlain as error:
        raise typer.BadParameter(str(error), ctx=ctx, param=parameter) from None
    if parameter.required and parameter.value_is_missing(converted):
        return typer_way(ctx, value)  # typer's message for a missing parameter
    if parameter.callback is not None:
        converted = parameter.callback(ctx, parameter, converted)
    return converted


class _PlainArgument(TyperArgument):
    """An argument shown as `FILE` or `[PATH]...` in usage lines and help, without typer's
    `{file}` braces and `<list[str]>` types, which tell a reader of the help nothing; its
    value converted by `cli_values` when plain."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None

    def _usage_display_name(self) -> str:  # typer's hook for the usage line
        name = self.display_name_raw.upper()
        name = name if self.required else f"[{name}]"
        return name + ("..." if self.nargs != 1 else "")

    def _rich_display_name(self) -> str:  # typer's hook for the help's argument column
        return self.display_name_raw.upper() + ("..." if self.nargs != 1 else "")

    def process_value(self, ctx: Any, value: Any) -> Any:
        return _processed(self, ctx, value, super().process_value)


class _PlainOption(TyperOption):
    """An option whose value `cli_values` converts when plain."""

    def process_value(self, ctx: Any, value: Any) -> Any:
        return _processed(self, ctx, value, super().process_value)


def _plain(parameter: Any) -> Any:
    """`parameter` as its plain class, if typer made it (see `PlainCommand`)."""
    if type(parameter) is TyperArgument:
        parameter.__class__ = _PlainArgument
    elif type(parameter) is TyperOption:
        parameter.__class__ = _PlainOption
    return parameter


class _PlainParameters:
    """Gives a command's or a group's typer parameters, its help option included, their
    plain classes (`_plain`)."""

    params: list[Any]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[call-arg]  # typer's command or group
        for parameter in self.params:
            _plain(parameter)

    def get_help_option(self, ctx: Any) -> Any:
        return _plain(super().get_help_option(ctx))  # type: ignore[misc]


class PlainCommand(_PlainParameters, TyperCommand):
    """A command whose arguments read as plain names and whose plain values are converted
    without pydantic (`@app.command(cls=PlainCommand)`)."""


class PlainGroup(_PlainParameters, TyperGroup):
    """A group whose options (`--version`, `--help`) are converted as `PlainCommand`'s."""


class InputFormat(str, Enum):
    auto = "auto"
    text = "text"
    markdown = "markdown"
    html = "html"
    xliff = "xliff"
    tmx = "tmx"


class Grammar(str, Enum):
    none = "none"
    languagetool = "languagetool"


_PATHS_HELP = (
    "Files, directories, or - for standard input (default: the current folder,"
    " without what .gitignore and the exclude setting leave out)."
)
PathsArgument = Annotated[
    list[str] | None, typer.Argument(metavar="PATH", help=_PATHS_HELP, show_default=False)
]
SelectOption = Annotated[
    list[str] | None,
    typer.Option(
        "--select", metavar="RULES", help="Only these rule ids, categories or families (comma-separated)."
    ),
]
IgnoreOption = Annotated[
    list[str] | None,
    typer.Option("--ignore", metavar="RULES", help="Skip these rule ids, categories or families."),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config", metavar="FILE", help="Use this mtfix.toml / pyproject.toml instead of searching upward."
    ),
]
EncodingOption = Annotated[
    str | None,
    typer.Option(
        "--encoding", metavar="NAME", help="Input encoding (default: BOM, else UTF-8, else GB18030)."
    ),
]
JobsOption = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        metavar="N",
        help="Worker processes (default: CPUs, capped; 1 for small inputs).",
    ),
]
InputFormatOption = Annotated[
    InputFormat | None,
    typer.Option(
        "--input-format", help="Read inputs as text, markdown, html, xliff or tmx (default: by extension)."
    ),
]
SourceOption = Annotated[
    Path | None,
    typer.Option(
        "--source",
        metavar="FILE",
        help="The Chinese source a plain-text input is aligned with (one paragraph per non-blank line).",
    ),
]

_GRAMMAR_HELP = "Grammar backend (default none: offline and fast; languagetool needs Java or --lt-server)."
_LT_HELP = "LanguageTool {what} ids to {verb} (comma-separated or repeated)."


@dataclasses.dataclass(frozen=True)
class GrammarFlags:
    """The grammar flags as given; None leaves the config file's value."""

    grammar: Annotated[Grammar | None, typer.Option("--grammar", help=_GRAMMAR_HELP)] = None
    lt_server: Annotated[
        str | None,
        typer.Option(
            "--lt-server",
            metavar="URL",
            help="URL of a running LanguageTool server (default: start one locally).",
        ),
    ] = None
    lt_language: Annotated[
        str | None,
        typer.Option(
            "--lt-language", metavar="CODE", help="LanguageTool variant: en-US (default), en-GB, ..."
        ),
    ] = None
    lt_picky: Annotated[
        bool | None, typer.Option("--lt-picky/--no-lt-picky", help="LanguageTool's picky level.")
    ] = None
    lt_enabled_rules: Annotated[
        list[str] | None, typer.Option(help=_LT_HELP.format(what="rule", verb="enable"), metavar="IDS")
    ] = None
    lt_disabled_rules: Annotated[
        list[str] | None, typer.Option(help=_LT_HELP.format(what="rule", verb="disable"), metavar="IDS")
    ] = None
    lt_enabled_categories: Annotated[
        list[str] | None, typer.Option(help=_LT_HELP.format(what="category", verb="enable"), metavar="IDS")
    ] = None
    lt_disabled_categories: Annotated[
        list[str] | None, typer.Option(help=_LT_HELP.format(what="category", verb="disable"), metavar="IDS")
    ] = None
    lt_timeout: Annotated[
        float | None,
        typer.Option(
            "--lt-timeout",
            metavar="SECONDS",
            help="Seconds to wait for each LanguageTool answer (default 60).",
        ),
    ] = None

    def applied_to(self, settings: GrammarSettings) -> GrammarSettings:
        """`settings` with every given flag applied."""
        return settings.merged(
            backend=self.grammar.value if self.grammar is not None else None,
            server=self.lt_server,
            language=self.lt_language,
            picky=self.lt_picky,
            enabled_rules=split_csv(self.lt_enabled_rules),
            disabled_rules=split_csv(self.lt_disabled_rules),
            enabled_categories=split_csv(self.lt_enabled_categories),
            disabled_categories=split_csv(self.lt_disabled_categories),
            timeout=self.lt_timeout,
        )


@dataclasses.dataclass(frozen=True)
class LintFlags:
    """What `check` and `fix` both take: rule selection, config, input and grammar backend."""

    select: SelectOption = None
    ignore: IgnoreOption = None
    config: ConfigOption = None
    encoding: EncodingOption = None
    jobs: JobsOption = None
    grammar_flags: GrammarFlags = GrammarFlags()
    input_format: InputFormatOption = None
    source: SourceOption = None

    def applied_to(self, settings: Settings) -> Settings:
        """`settings` (from the config file) with every given flag applied."""
        return settings.merged(
            select=split_csv(self.select),
            ignore=split_csv(self.ignore),
            encoding=self.encoding,
            input_format=self.input_format.value if self.input_format is not None else None,
            source=None if self.source is None else str(self.source),
            grammar=self.grammar_flags.applied_to(settings.grammar),
        )


# The default of a group parameter: typer never sees it (the fields carry their defaults).
LINT_DEFAULTS = LintFlags()


def with_option_groups(command: Callable[..., None]) -> Callable[..., None]:
    """`command` with each option-group parameter spread into its fields for typer.

    Apply it below `@app.command()`. Field names become parameter names, so they must be
    unique across the command; typer sees plain `Annotated` parameters, in order.
    """
    hints = typing.get_type_hints(command, include_extras=True)
    groups: dict[str, type[Any]] = {}
    flat: list[inspect.Parameter] = []
    for parameter in inspect.signature(command).parameters.values():
        annotation = hints.get(parameter.name, parameter.annotation)
        if _is_group(annotation):
            groups[parameter.name] = annotation
            flat.extend(_spread(annotation))
        else:
            flat.append(parameter.replace(annotation=annotation))

    @functools.wraps(command)
    def run(**arguments: Any) -> None:
        for name, group in groups.items():
            arguments[name] = _gather(group, arguments)
        command(**arguments)

    run.__signature__ = inspect.Signature(flat)  # type: ignore[attr-defined]
    run.__annotations__ = {parameter.name: parameter.annotation for parameter in flat}
    return run


def _is_group(annotation: Any) -> bool:
    return isinstance(annotation, type) and dataclasses.is_dataclass(annotation)


def _spread(group: type[Any]) -> list[inspect.Parameter]:
    """The group's fields as keyword parameters (nested groups spread in place)."""
    hints = typing.get_type_hints(group, include_extras=True)
    parameters: list[inspect.Parameter] = []
    for field in dataclasses.fields(group):
        annotation = hints[field.name]
        if _is_group(annotation):
            parameters.extend(_spread(annotation))
        else:
            parameters.append(
                inspect.Parameter(
                    field.name,
                    inspect.Parameter.POSITIONAL_OR_KEYWORD,
                    default=field.default,
                    annotation=annotation,
                )
            )
    return parameters


def _gather(group: type[Any], arguments: dict[str, Any]) -> Any:
    """The group built from (and removed from) the parsed `arguments`."""
    hints = typing.get_type_hints(group, include_extras=True)
    values = {
        field.name: _gather(hints[field.name], arguments)
        if _is_group(hints[field.name])
        else arguments.pop(field.name)
        for field in dataclasses.fields(group)
    }
    return group(**values)
