"""Chinese names and institutional terms in English text: pinyin analysis, the name
protection service other checks consult, the gazetteer of administrative divisions and the
zh->en glossary.

Entry points for other checks: `name_protection(resources)` (see `protection.py`) and
`pinyin_analyzer(resources)`.
"""

from __future__ import annotations

from mtfix.names.protection import NameProtection, name_protection, pinyin_analyzer

__all__ = ["NameProtection", "name_protection", "pinyin_analyzer"]
