"""Grammar backends (LanguageTool, ...) behind the same `Check` interface as rules.

`--grammar none` (the default) keeps mtfix offline and fast: the rule engine needs no
network, no Java and no 250 MB download. `--grammar languagetool` adds LanguageTool's
general grammar and spelling; its rules exist only when it is selected, so rule listings
and the rule-example tests do not depend on a LanguageTool server.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mtfix.errors import ConfigError, GrammarUnavailable

if TYPE_CHECKING:
    from mtfix.context import Resources
    from mtfix.interface import Check

__all__ = ["BACKENDS", "GrammarUnavailable", "backend_for"]

BACKENDS = ("none", "languagetool")


def backend_for(resources: Resources) -> Check | None:
    """The backend named in settings, or None for `none`; one per Resources (per run)."""
    name = resources.settings.grammar.backend
    if name == "none":
        return None
    if name == "languagetool":
        from mtfix.grammar.languagetool import ENGLISH_VARIANTS, LanguageToolBackend

        language = resources.settings.grammar.language
        if language not in ENGLISH_VARIANTS:
            raise ConfigError(
                f"unknown LanguageTool language {language!r}; one of: {', '.join(ENGLISH_VARIANTS)}"
            )
        return resources.load("grammar.languagetool", LanguageToolBackend)
    raise ConfigError(f"unknown grammar backend {name!r}; one of: {', '.join(BACKENDS)}")
