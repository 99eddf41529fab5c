"""translate-toolkit's reading of a bilingual file, held against ours.

Why both: translate-toolkit (lxml underneath) is the reference reader of XLIFF and TMX: it
refuses malformed XML and knows each format's units and ids. Our token walk (`units.py`)
knows where each target's characters are, which `fix` needs and the toolkit cannot tell.
A file is checked only when the two agree on the units, their order and their target texts;
otherwise it is refused with a message, never fixed on a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mtfix.errors import InputError
from mtfix.formats.bilingual.units import LocatedUnit

_SPACE = re.compile(r"\s+")


def toolkit_units(data: bytes, kind: str) -> list[tuple[str, str]]:
    """(id, target text) of every unit, as translate-toolkit reads the file (the id is empty
    where the file gives none: the toolkit then uses a TMX unit's source text)."""
    try:
        if kind == "xliff1":
            from translate.storage.xliff import xlifffile

            store = xlifffile.parsestring(data)
        elif kind == "xliff2":
            from translate.storage.xliff2 import Xliff2File

            store = Xliff2File.parsestring(data)
        else:
            from translate.storage.tmx import tmxfile

            store = tmxfile.parsestring(data)
    except Exception as error:  # lxml and the toolkit raise many types for a broken file
        raise InputError("", f"not a readable {kind} file ({type(error).__name__}: {error})") from None
    units: list[tuple[str, str]] = []
    for unit in store.units:
        ident = str(unit.getid() or "")
        units.append(("" if ident == str(unit.source or "") else ident, str(unit.target or "")))
    return units


def agree(
    path: str, ours: Sequence[LocatedUnit], targets: Sequence[str], theirs: Sequence[tuple[str, str]]
) -> None:
    """Raise unless our units match the toolkit's (our id is a part of theirs; same target text)."""
    if len(ours) != len(theirs):
        raise InputError(
            path, f"found {len(ours)} units where translate-toolkit reads {len(theirs)}; not checked"
        )
    for unit, target, (their_id, their_target) in zip(ours, targets, theirs, strict=True):
        parts = re.split(r"[\x04:/]+", their_id)
        if their_id and unit.id.rpartition("/")[2] not in parts:
            raise InputError(path, f"unit {unit.id} is {their_id!r} for translate-toolkit; not checked")
        if _SPACE.sub(" ", target).strip() != _SPACE.sub(" ", their_target).strip():
            raise InputError(
                path, f"unit {unit.id}: its target reads differently to translate-toolkit; not checked"
            )
