"""The interactive review loop: show a suggestion, read a key, update the session.

Nothing is written here: the loop returns the accepted changes and whether the reviewer
wants them written (always at the natural end; asked when quitting early).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Console
from rich.text import Text

from mtfix.document import Document
from mtfix.models import Finding
from mtfix.review.plan import Change, Place
from mtfix.review.render import diff_text, inline_diff, suggestion_view
from mtfix.review.session import ReviewSession, Suggestion, Tally
from mtfix.review.terminal import EOF, KeyInput

PROMPT = "Apply? [y,n,e,a,s,u,q,?] "
HELP = """\
  y  accept this change
  n  reject it (leave the text as it is)
  e  edit the replacement, then accept it
  a  accept this and every remaining suggestion of the same rule
  s  skip: decide later (offered again at the end), else left unchanged
  u  undo the last decision
  q  quit (asks before writing what you accepted)
  ?  this help"""


@dataclass
class ReviewResult:
    """What the reviewer decided, and whether the accepted changes should be written."""

    changes: list[Change[Suggestion]]
    declined: list[Place]  # where the text stays as it was
    tally: Tally
    write: bool
    finished: bool  # every suggestion was decided (no early quit)


class ReviewLoop:
    """Drives one `ReviewSession` over a document with a key source and a console."""

    def __init__(
        self, document: Document, findings: list[Finding], keys: KeyInput, console: Console, colour: bool
    ) -> None:
        self.document = document
        self.session = ReviewSession(findings)
        self.keys = keys
        self.console = console
        self.colour = colour

    def say(self, message: str, style: str = "") -> None:
        self.console.print(Text(message, style=style if self.colour else ""), soft_wrap=True)

    def ask_yes_no(self, question: str) -> bool:
        while True:
            try:
                answer = self.keys.key(f"{question} [y/n] ")
            except KeyboardInterrupt:
                self.console.print()
                return False
            if answer in ("y", "n", EOF):
                return answer == "y"

    def run(self) -> ReviewResult:
        finished = self._loop()
        changes = self.session.accepted()
        declined = self.session.declined()
        tally = self.session.tally()
        self.say(_summary(tally))
        if not changes:
            return ReviewResult(changes, declined, tally, write=False, finished=finished)
        write = finished or self.ask_yes_no(
            f"Write {_plural(len(changes), 'accepted change')} to {self.document.path}?"
        )
        return ReviewResult(changes, declined, tally, write=write, finished=finished)

    def _loop(self) -> bool:
        """Offer suggestions until all are decided (True) or the reviewer quits (False)."""
        session = self.session
        if not session.total:
            return True
        while True:
            suggestion = session.current
            if suggestion is None:
                skipped = len(session.skipped())
                if skipped and self.ask_yes_no(f"{_plural(skipped, 'skipped suggestion')}: review again?"):
                    session.revisit_skipped()
                    continue
                return True
            self.console.print()
            self.console.print(
                suggestion_view(suggestion, self.document, session.total, self.colour), soft_wrap=True
            )
            try:
                key = self.keys.key(PROMPT)
            except KeyboardInterrupt:
                self.console.print()
                return False
            if key in ("q", EOF):
                return False
            self._act(key, suggestion)

    def _act(self, key: str, suggestion: Suggestion) -> None:
        session = self.session
        overlapping = session.tally().overlapping
        if key == "y":
            session.accept()
        elif key == "n":
            session.reject()
        elif key == "s":
            session.skip()
        elif key == "e":
            self._edit(suggestion)
        elif key == "a":
            accepted = session.accept_rule()
            self.say(f"accepted {_plural(len(accepted), 'suggestion')} of {suggestion.rule}")
        elif key == "u":
            undone = session.undo()
            if undone:
                numbers = ", ".join(f"{s.number}/{session.total}" for s in undone)
                self.say(f"undid the decision on {numbers}")
            else:
                self.say("nothing to undo")
        elif key == "?":
            self.say(HELP)
        else:
            self.say("unknown key; press ? for help")
        dropped = session.tally().overlapping - overlapping
        if dropped > 0:
            self.say(f"{_plural(dropped, 'overlapping suggestion')} will not be offered", style="dim")

    def _edit(self, suggestion: Suggestion) -> None:
        finding = suggestion.finding
        try:
            content = self.keys.line(f"replace {finding.text!r} with: ", suggestion.replacement)
        except KeyboardInterrupt:
            content = None
        if content is None:
            self.say("edit cancelled")
            return
        self.session.accept(content)
        diff = inline_diff(self.document.text, finding.start, finding.end, content)
        line = Text("accepted as edited: ")
        line.append_text(diff_text(diff, self.colour))
        self.console.print(line, soft_wrap=True)


def _summary(tally: Tally) -> str:
    parts = [
        f"accepted {tally.accepted}" + (f" ({tally.edited} edited)" if tally.edited else ""),
        f"rejected {tally.rejected}",
        f"skipped {tally.skipped}",
    ]
    if tally.overlapping:
        parts.append(f"not offered (overlapping) {tally.overlapping}")
    if tally.undecided:
        parts.append(f"undecided {tally.undecided}")
    return ", ".join(parts)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
