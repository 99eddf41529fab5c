"""Fuzz the whole pipeline (decode -> check -> reports -> fix -> re-fix) with atheris.

Every input is asserted with the same invariants as the property tests
(`tests/robustness/robust_invariants.py`), so a crash found here replays as a test.

    pip install -e '.[fuzz]'
    python fuzz/fuzz_pipeline.py fuzz/corpus -max_total_time=3600 -rss_limit_mb=4096

The first byte picks the path: even -> the bytes are a file to decode (any bytes must give
a Document that encodes back to them, or one InputError); odd -> the rest, as UTF-8 with
replacement, is text for the checks and the fixer. Crashes are written as `crash-*` files;
replay one with `python fuzz/fuzz_pipeline.py crash-<hash>`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

with atheris.instrument_imports():
    from mtfix.config import Settings
    from mtfix.context import Resources
    from mtfix.document import decode
    from mtfix.errors import InputError
    from mtfix.linter import Linter
    from robustness.robust_invariants import assert_pipeline_invariants

LINTER = Linter(Resources(Settings()))


def test_one_input(data: bytes) -> None:
    if not data:
        return
    mode, body = data[0], data[1:]
    if mode % 2 == 0:
        try:
            document = decode(body, "fuzz.txt")
        except InputError:
            return
        assert document.encode() == body, "decode -> encode changed the bytes"
        text = document.text
    else:
        text = body.decode("utf-8", "replace")
    assert_pipeline_invariants(LINTER, text, "fuzz.txt")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
