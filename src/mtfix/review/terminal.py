"""Reading the reviewer's answers: single keys from a terminal, or lines from a pipe.

On a terminal the keys are read in cbreak mode (no Enter needed; Ctrl-C still
interrupts), switched on only while waiting for a key so the terminal is always left as
found. The replacement editor pre-fills the current text with readline when it is
available. When standard input is not a terminal (scripts, tests) each answer is a line:
its first character is the key; a blank line keeps the current replacement and a line in
double quotes is read as a JSON string (so `""` replaces with nothing, `" "` with a space).
"""

from __future__ import annotations

import json
import os
import select
import sys
from typing import Protocol, TextIO

EOF = "\x04"  # what `key` returns at end of input (Ctrl-D on a terminal)
_DRAIN_SECONDS = 0.02  # the rest of an escape sequence arrives within this time


class KeyInput(Protocol):
    """Where a review session gets its answers."""

    def key(self, prompt: str) -> str:
        """One key, lower-cased; EOF at end of input."""
        ...

    def line(self, prompt: str, current: str) -> str | None:
        """A replacement text, starting from `current`; None when the reviewer cancels."""
        ...


class LineInput:
    """Answers read line by line from any text stream (a pipe, a file, a test)."""

    def __init__(self, source: TextIO, out: TextIO) -> None:
        self.source = source
        self.out = out

    def _ask(self, prompt: str) -> str | None:
        self.out.write(prompt)
        self.out.flush()
        answer = self.source.readline()
        if not answer:
            self.out.write("\n")
            return None
        return answer.rstrip("\r\n")

    def key(self, prompt: str) -> str:
        answer = self._ask(prompt)
        if answer is None:
            return EOF
        stripped = answer.strip()
        if not self._echoes():
            self.out.write((stripped[:1] or "") + "\n")
        return stripped[:1].lower()

    def line(self, prompt: str, current: str) -> str | None:
        answer = self._ask(f"{prompt}(Enter keeps {json.dumps(current, ensure_ascii=False)}) ")
        if answer is None:
            return None
        if not self._echoes():
            self.out.write(answer + "\n")
        return parse_typed(answer, current)

    def _echoes(self) -> bool:
        """A terminal already shows what was typed; a pipe does not."""
        return bool(getattr(self.source, "isatty", lambda: False)())


def parse_typed(answer: str, current: str) -> str:
    """Blank keeps `current`; `"..."` is a JSON string (for empty or whitespace text)."""
    if not answer:
        return current
    if len(answer) >= 2 and answer.startswith('"') and answer.endswith('"'):
        try:
            value = json.loads(answer)
        except json.JSONDecodeError:
            return answer
        if isinstance(value, str):
            return value
    return answer


class TerminalInput:
    """Single keys from a terminal in cbreak mode; the editor uses readline when present."""

    def __init__(self, source: TextIO, out: TextIO) -> None:
        self.source = source
        self.out = out
        self.fd = source.fileno()

    def key(self, prompt: str) -> str:
        import termios
        import tty

        saved = termios.tcgetattr(self.fd)
        try:
            tty.setcbreak(self.fd, termios.TCSANOW)
            self.out.write(prompt)
            self.out.flush()
            data = os.read(self.fd, 1)
            while select.select([self.fd], [], [], _DRAIN_SECONDS if data == b"\x1b" else 0)[0]:
                data += os.read(self.fd, 32)  # an arrow key or a multi-byte character: drop the tail
                if len(data) > 64:
                    break
        finally:
            termios.tcsetattr(self.fd, termios.TCSADRAIN, saved)
        if not data or data[:1] == b"\x04":
            self.out.write("\n")
            return EOF
        key = data[:1].decode("ascii", "replace") if data[:1] != b"\x1b" else ""
        self.out.write((key if key.isprintable() else "") + "\n")
        return key.lower()

    def line(self, prompt: str, current: str) -> str | None:
        try:
            import readline
        except ImportError:
            return LineInput(self.source, self.out).line(prompt, current)
        readline.set_startup_hook(lambda: readline.insert_text(current))
        try:
            self.out.flush()
            return input(prompt)
        except (EOFError, KeyboardInterrupt):
            self.out.write("\n")
            return None
        finally:
            readline.set_startup_hook(None)


def open_input(out: TextIO) -> KeyInput:
    """Single keys when both ends are a terminal, else line-by-line answers."""
    stdin = sys.stdin
    if stdin.isatty() and out.isatty() and os.name == "posix":
        return TerminalInput(stdin, out)
    return LineInput(stdin, out)
