"""Settings from `[tool.mtfix]` in pyproject.toml or from mtfix.toml, then CLI flags.

Lookup starts at the checked path and walks upward; the first `mtfix.toml`, or
`pyproject.toml` with a `[tool.mtfix]` table, wins. Paths inside a config file are
relative to that file. CLI flags override the file key by key.

The grammar backend's settings form one nested object (`Settings.grammar`), so the code
that talks to LanguageTool receives exactly its own settings; the file keys stay flat
(`grammar`, `lt-server`, `lt-language`, ...) as users write them.
"""

from __future__ import annotations

import codecs
import math
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from mtfix.config_schema import MAX_LT_TIMEOUT_SECONDS, config_schema
from mtfix.datafiles import read_data_text
from mtfix.errors import ConfigError
from mtfix.models import Severity
from mtfix.schema import mistakes

CONFIG_NAMES = ("mtfix.toml", "pyproject.toml")


@dataclass(frozen=True)
class GrammarSettings:
    """Which grammar backend runs (`none` or `languagetool`) and how LanguageTool is asked."""

    backend: str = "none"
    server: str | None = None  # URL of a running LanguageTool; None: start one locally
    language: str = "en-US"
    picky: bool = False
    enabled_rules: tuple[str, ...] = ()
    disabled_rules: tuple[str, ...] = ()
    enabled_categories: tuple[str, ...] = ()
    disabled_categories: tuple[str, ...] = ()
    timeout: float = 60.0  # seconds to wait for each LanguageTool answer

    def __post_init__(self) -> None:
        # Also reached by `--lt-timeout`, which typer reads as any float (nan, inf, -5).
        if not (math.isfinite(self.timeout) and 0 < self.timeout <= MAX_LT_TIMEOUT_SECONDS):
            raise ConfigError(
                f"lt-timeout: {self.timeout!r} is out of range "
                f"(expected a positive number of seconds, at most {MAX_LT_TIMEOUT_SECONDS:g})"
            )

    def merged(self, **overrides: Any) -> GrammarSettings:
        """A copy with every override that is not None applied (CLI flags win)."""
        return replace(self, **_given(self, overrides))


@dataclass(frozen=True)
class Settings:
    """Everything that changes what mtfix reports. Immutable: derive with `merged`."""

    select: tuple[str, ...] = ()  # empty: every rule
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()  # rule id or category -> severity
    rule_dirs: tuple[Path, ...] = ()  # extra declarative rule folders, after the built-ins
    glossaries: tuple[Path, ...] = ()  # extra glossary files
    words: tuple[Path, ...] = ()  # accepted-word lists no rule may flag
    per_path_ignore: tuple[tuple[str, tuple[str, ...]], ...] = ()  # glob -> ignored rules
    exclude: tuple[str, ...] = ()  # globs of files that folder walks skip (`inputs.excluded`)
    encoding: str | None = None
    input_format: str = "auto"  # auto (by extension), text, markdown, html, xliff or tmx
    source: str | None = None  # the source file a plain-text target is aligned with (`--source`)
    grammar: GrammarSettings = GrammarSettings()
    config_path: Path | None = None

    def __post_init__(self) -> None:
        # Also reached by `--encoding`: an unknown name is refused before any file is read.
        if self.encoding is not None and encoding_mistake(self.encoding):
            raise ConfigError(f"encoding: {encoding_mistake(self.encoding)}")

    def merged(self, **overrides: Any) -> Settings:
        """A copy with every override that is not None applied (CLI flags win)."""
        return replace(self, **_given(self, overrides))

    def severity_for(self, rule_id: str, category: str, default: Severity) -> Severity:
        """The most specific override wins: rule id, then category, then category family."""
        table = dict(self.severity)
        for key in (rule_id, category, category.split(".")[0]):
            if key in table:
                return table[key]
        return default


def _given(settings: Settings | GrammarSettings, overrides: dict[str, Any]) -> dict[str, Any]:
    """The overrides that are not None, after refusing names `settings` does not have."""
    unknown = set(overrides) - {f.name for f in fields(settings)}
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    return {name: value for name, value in overrides.items() if value is not None}


_LIST_KEYS = {"select": "select", "ignore": "ignore", "exclude": "exclude"}
_PATH_LIST_KEYS = {"rule-dirs": "rule_dirs", "glossaries": "glossaries", "words": "words"}
_SCALAR_KEYS = {"encoding": "encoding", "input-format": "input_format"}
# The grammar keys, flat in the file, fill the nested `GrammarSettings`.
_GRAMMAR_LIST_KEYS = {
    "lt-enabled-rules": "enabled_rules",
    "lt-disabled-rules": "disabled_rules",
    "lt-enabled-categories": "enabled_categories",
    "lt-disabled-categories": "disabled_categories",
}
_GRAMMAR_SCALAR_KEYS = {
    "grammar": "backend",
    "lt-server": "server",
    "lt-language": "language",
    "lt-picky": "picky",
    "lt-timeout": "timeout",
}
_TABLE_KEYS = {"severity", "per-path-ignore"}
_KNOWN_KEYS = {
    *_LIST_KEYS,
    *_PATH_LIST_KEYS,
    *_SCALAR_KEYS,
    *_GRAMMAR_LIST_KEYS,
    *_GRAMMAR_SCALAR_KEYS,
    *_TABLE_KEYS,
}


def find_config(start: Path) -> Path | None:
    """The nearest mtfix.toml, or pyproject.toml with [tool.mtfix], at or above `start`."""
    directory = start if start.is_dir() else start.parent
    directory = directory.resolve()
    for folder in (directory, *directory.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file() and (name == "mtfix.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    try:
        return "mtfix" in tomllib.loads(raw).get("tool", {})
    except tomllib.TOMLDecodeError:
        # A broken file that means to configure us is loaded, so its error (with line) shows.
        return "[tool.mtfix" in raw


def load_settings(path: Path | None) -> Settings:
    """Settings from a config file (or defaults when `path` is None)."""
    if path is None:
        return Settings()
    try:
        data = tomllib.loads(read_data_text(path))
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from error
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read: {error}") from error
    table = data.get("tool", {}).get("mtfix", {}) if path.name == "pyproject.toml" else data
    return settings_from_table(table, path)


def settings_from_table(table: dict[str, Any], path: Path) -> Settings:
    """Settings from a config table, after validating all of it: every mistake is reported
    at once, one line each as `file: key: what is wrong (expected ...)`."""
    base = path.parent
    found = [*mistakes(table, config_schema()), *_value_mistakes(table), *selector_mistakes(table)]
    if found:
        raise ConfigError("\n".join(f"{path}: {mistake}" for mistake in found))
    values: dict[str, Any] = {"config_path": path}
    for key, attribute in _LIST_KEYS.items():
        if key in table:
            values[attribute] = tuple(_string_list(table[key], key, path))
    for key, attribute in _PATH_LIST_KEYS.items():
        if key in table:
            values[attribute] = tuple(base / item for item in _string_list(table[key], key, path))
    for key, attribute in _SCALAR_KEYS.items():
        if key in table:
            values[attribute] = table[key]
    grammar: dict[str, Any] = {
        attribute: tuple(_string_list(table[key], key, path))
        for key, attribute in _GRAMMAR_LIST_KEYS.items()
        if key in table
    }
    grammar.update({attribute: table[key] for key, attribute in _GRAMMAR_SCALAR_KEYS.items() if key in table})
    if grammar:
        values["grammar"] = GrammarSettings(**grammar)
    if "severity" in table:
        try:
            values["severity"] = tuple((k, Severity(v)) for k, v in table["severity"].items())
        except (ValueError, AttributeError) as error:
            raise ConfigError(f"{path}: severity: {error}") from error
    if "per-path-ignore" in table:
        values["per_path_ignore"] = tuple(
            (glob, tuple(_string_list(rules, f"per-path-ignore.{glob}", path)))
            for glob, rules in table["per-path-ignore"].items()
        )
    return Settings(**values)


def _value_mistakes(table: dict[str, Any]) -> list[str]:
    """What the schema cannot say: an encoding name Python does not know."""
    encoding = table.get("encoding")
    if isinstance(encoding, str) and encoding_mistake(encoding):
        return [f"encoding: {encoding_mistake(encoding)}"]
    return []


def encoding_mistake(name: str) -> str | None:
    """Why `name` is no usable encoding, or None when Python has a codec by that name."""
    try:
        codecs.lookup(name)
    except LookupError:
        return f"unknown encoding {name!r} (expected an encoding name such as utf-8, gb18030 or cp1252)"
    return None


def selector_mistakes(table: dict[str, Any]) -> list[str]:
    """Hook for checking that `select`, `ignore` and `per-path-ignore` name known rules (with
    suggestions for typos): issue 17's selector validation plugs in here. Each mistake is a
    `key: what is wrong (expected ...)` line; the shape is already checked by the schema."""
    return []


def _string_list(value: Any, key: str, path: Path) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return value
    raise ConfigError(f"{path}: {key} must be a string or a list of strings")


def split_csv(values: list[str] | None) -> tuple[str, ...] | None:
    """`--select a,b --select c` -> ("a", "b", "c"); None when the flag was not given."""
    if not values:
        return None
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


__all__ = ["GrammarSettings", "Settings", "find_config", "load_settings", "split_csv"]
