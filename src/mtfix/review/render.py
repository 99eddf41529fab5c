"""What the reviewer sees of one suggestion: header, message and an inline diff in context.

The diff shows only what changes (the common start and end of old and new text join the
context), a few words either side, old text struck through in red and new text in green.
Without colour the same line uses word-diff markers, `[-old-]{+new+}`. Whitespace that
is the whole change is drawn visibly (a space alone would be invisible).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text

from mtfix.document import Document
from mtfix.models import Applicability
from mtfix.review.session import Suggestion

CONTEXT_WORDS = 4
CONTEXT_CHARS = 40  # a context "word" can be a long URL; never show more than this per side
_VISIBLE = {" ": "␣", "\t": "⇥", "\n": "⏎", "\r": "", "\u3000": "□", "\u00a0": "⍽"}
_STYLE_OLD = "bold red strike"
_STYLE_NEW = "bold green underline"
_LABELS = {
    Applicability.SAFE: ("safe fix", "green"),
    Applicability.UNSAFE: ("UNSAFE fix - check the meaning", "bold yellow"),
    Applicability.NONE: ("suggestion only - the rule cannot be sure", "bold magenta"),
}


@dataclass(frozen=True)
class InlineDiff:
    before: str
    old: str
    new: str
    after: str


def inline_diff(text: str, start: int, end: int, replacement: str) -> InlineDiff:
    """The change at text[start:end] narrowed to what differs, with a few words around it."""
    old = text[start:end]
    prefix = 0
    while prefix < min(len(old), len(replacement)) and old[prefix] == replacement[prefix]:
        prefix += 1
    suffix = 0
    while (
        suffix < min(len(old), len(replacement)) - prefix
        and old[len(old) - 1 - suffix] == replacement[len(replacement) - 1 - suffix]
    ):
        suffix += 1
    prefix, suffix = _whole_words(old, replacement, prefix, suffix)
    core_start, core_end = start + prefix, end - suffix
    return InlineDiff(
        before=_words_before(text, core_start),
        old=text[core_start:core_end],
        new=replacement[prefix : len(replacement) - suffix],
        after=_words_after(text, core_end),
    )


def _whole_words(old: str, new: str, prefix: int, suffix: int) -> tuple[int, int]:
    """Widen the changed part to whole words: `[-Monday-]{+Tuesday+}`, not `[-Mon-]{+Tues+}day`."""

    def word_char(text: str, index: int) -> bool:
        return 0 <= index < len(text) and text[index].isalnum()

    while prefix and word_char(old, prefix - 1) and (word_char(old, prefix) or word_char(new, prefix)):
        prefix -= 1
    while suffix:
        old_cut, new_cut = len(old) - suffix, len(new) - suffix
        inside = (old_cut > prefix and word_char(old, old_cut - 1)) or (
            new_cut > prefix and word_char(new, new_cut - 1)
        )
        if not (word_char(old, old_cut) and inside):
            break
        suffix -= 1
    return prefix, suffix


def _line_bounds(text: str, offset: int) -> tuple[int, int]:
    begin = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
    ends = [i for i in (text.find("\n", offset), text.find("\r", offset)) if i >= 0]
    return begin, min(ends) if ends else len(text)


def _words_before(text: str, offset: int) -> str:
    """Up to CONTEXT_WORDS words before `offset` on its line; "…" marks a cut."""
    begin, _ = _line_bounds(text, offset)
    window_start = max(begin, offset - CONTEXT_CHARS)
    pieces = text[window_start:offset].split(" ")
    kept = pieces[-(CONTEXT_WORDS + 1) :]
    cut = window_start > begin or len(kept) < len(pieces)
    return ("…" if cut else "") + " ".join(kept)


def _words_after(text: str, offset: int) -> str:
    _, end = _line_bounds(text, offset)
    window_end = min(end, offset + CONTEXT_CHARS)
    pieces = text[offset:window_end].split(" ")
    kept = pieces[: CONTEXT_WORDS + 1]
    cut = window_end < end or len(kept) < len(pieces)
    return " ".join(kept) + ("…" if cut else "")


def visible(fragment: str) -> str:
    """Draw whitespace and line breaks so a change made only of them can be seen."""
    if fragment and not fragment.strip():
        return "".join(_VISIBLE.get(ch, ch) for ch in fragment)
    return fragment.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")


def diff_text(diff: InlineDiff, colour: bool) -> Text:
    """The inline diff as rich Text: styled with colour, word-diff markers without."""
    line = Text(diff.before)
    if colour:
        line.append(visible(diff.old), style=_STYLE_OLD)
        line.append(visible(diff.new), style=_STYLE_NEW)
    else:
        if diff.old:
            line.append(f"[-{visible(diff.old)}-]")
        if diff.new:
            line.append(f"{{+{visible(diff.new)}+}}")
    line.append(diff.after)
    return line


def header(suggestion: Suggestion, document: Document, total: int, colour: bool) -> Text:
    """`3/12  rule-id [category] label` then `line:col  message`."""
    finding = suggestion.finding
    label, style = _LABELS[finding.applicability]
    line, column = document.line_column(finding.start)
    head = Text()
    head.append(f"{suggestion.number}/{total}", style="bold" if colour else "")
    head.append("  ")
    head.append(finding.rule, style="cyan" if colour else "")
    head.append(f" [{finding.category}]  ")
    head.append(label, style=style if colour else "")
    head.append(f"\n{document.path}:{line}:{column}  {finding.message}")
    return head


def suggestion_view(
    suggestion: Suggestion, document: Document, total: int, colour: bool, content: str | None = None
) -> Text:
    """Header, the inline diff (for `content` if given, else the suggestion) and alternatives."""
    finding = suggestion.finding
    replacement = suggestion.replacement if content is None else content
    view = header(suggestion, document, total, colour)
    view.append("\n    ")
    view.append_text(diff_text(inline_diff(document.text, finding.start, finding.end, replacement), colour))
    if len(finding.replacements) > 1:
        others = " | ".join(repr(r) for r in finding.replacements[1:4])
        view.append(f"\n    other suggestions: {others} (press e to use one)", style="dim" if colour else "")
    return view
