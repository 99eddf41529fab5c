"""Grammar backends (LanguageTool, ...) behind the same `Check` interface as rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mtfix.context import Resources
    from mtfix.registry import Check

BACKENDS = ("none",)


def backend_for(resources: Resources) -> Check | None:
    """The backend named in settings, or None for `none`."""
    name = resources.settings.grammar
    if name == "none":
        return None
    from mtfix.errors import ConfigError

    raise ConfigError(f"unknown grammar backend {name!r}; one of: {', '.join(BACKENDS)}")
