"""Validation of user-written tables (config files, rule files) against a JSON Schema.

Why a schema and not checks spread through the loaders: every mistake in a file is found
in one pass and reported the same way, `key: what is wrong (expected ...)`, instead of the
first one surfacing later as a traceback. Each property's schema may carry an `expected`
text (ignored by the validator) that says in words what the key takes.

TOML has `nan` and `inf`, which JSON Schema's number bounds let through (`nan > 60` is
false), so non-finite numbers are refused here before the schema is asked.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from typing import Any

from mtfix.selectors import did_you_mean


def mistakes(data: Any, schema: Mapping[str, Any]) -> list[str]:
    """Every mistake in `data`, each as `key: what is wrong (expected ...)`, in key order."""
    from jsonschema import Draft202012Validator  # only files a user wrote pay for the import

    non_finite = dict(_non_finite(data, ""))
    found = [
        f"{key}: {value!r} is not a finite number (expected {_expected(schema, key)})"
        for key, value in non_finite.items()
    ]
    validator = Draft202012Validator(schema)
    for error in sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path]):
        if _dotted(error.absolute_path) not in non_finite:  # said once, above
            found.append(_describe(error, schema))
    return list(dict.fromkeys(found))


def _non_finite(data: Any, prefix: str) -> Iterator[tuple[str, float]]:
    if isinstance(data, float) and not math.isfinite(data):
        yield prefix or "(value)", data
    elif isinstance(data, Mapping):
        for key, value in data.items():
            yield from _non_finite(value, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _non_finite(value, f"{prefix}[{index}]")


def _describe(error: Any, schema: Mapping[str, Any]) -> str:
    path = _dotted(error.absolute_path)
    if error.validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        key = f"{path}.{missing}" if path else missing
        return f"{key}: missing (expected {_expected(schema, key)})"
    if error.validator == "additionalProperties":
        known = ", ".join(sorted(error.schema.get("properties", {})))
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        where = f"{path}." if path else ""
        return "; ".join(
            f"{where}{name}: unknown key{did_you_mean(name, error.schema.get('properties', {}))}"
            f" (expected one of: {known})"
            for name in extra
        )
    expected = error.schema.get("expected") or _expected(schema, path)
    return f"{path or '(top level)'}: {_what(error)} (expected {expected})"


def _what(error: Any) -> str:
    if error.validator == "enum":
        choices = [str(choice) for choice in error.validator_value]
        return f"{error.instance!r} is not one of the choices{did_you_mean(str(error.instance), choices)}"
    if error.validator in ("type", "oneOf", "anyOf"):
        return f"{error.instance!r} has the wrong type"
    return str(error.message)


def _dotted(path: Any) -> str:
    parts: list[str] = []
    for part in path:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        else:
            parts.append(f".{part}" if parts else str(part))
    return "".join(parts)


def _expected(schema: Mapping[str, Any], key: str) -> str:
    """The `expected` text of the schema node for dotted `key` (the nearest one up the path)."""
    node: Any = schema
    found = str(schema.get("expected", "a valid value"))
    for part in key.replace("[", ".[").split("."):
        if not part or not isinstance(node, Mapping):
            continue
        if part.startswith("["):
            node = node.get("items", {})
        else:
            properties = node.get("properties", {})
            node = properties.get(part) if part in properties else node.get("additionalProperties", {})
        if isinstance(node, Mapping) and "expected" in node:
            found = str(node["expected"])
    return found


__all__ = ["mistakes"]
