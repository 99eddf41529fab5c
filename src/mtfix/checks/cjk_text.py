"""Untranslated CJK text inside English prose (`script.cjk`), flag only.

Why a programmatic check: the decision depends on the surroundings, not on the run
itself. A Chinese-majority document is not English text at all and gets no findings; in
a line that is mostly CJK the whole untranslated stretch is one finding rather than one
per phrase; language-switch links such as `中文版` beside `English` are legitimate.
Dates are given an English suggestion (`7月9日` -> `July 9`, unsafe): their form is fixed.
So are short labels (`来源：` -> `Source:`, unsafe), read from a dictionary table
(`names.labels`): a label is a word or two standing at a line's start or before a colon,
where a dictionary's first gloss is usually what is meant. For longer text only a
translator knows the English.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from mtfix.checks._base import ProgrammaticCheck
from mtfix.checks._cjk import document_is_mostly_cjk, is_mostly_cjk
from mtfix.context import CheckContext, Resources
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.names.labels import english_label, labels
from mtfix.patterns import compiled

RULE_ID = "untranslated-cjk"

# A run starts and ends with a CJK character and may hold CJK punctuation, spaces and
# digits in between (`党群服务与组织管理`, `人民医院 2 号楼`).
# Public: an equivalence test holds the fast path equal to it (tests use public names).
RUN = compiled(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"
    r"(?:[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u3000-\u303f\uff01-\uff65\u00b7\u2014\u2026 \d]*"
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])?"
)
# Performance: every character `RUN` can start with lies in these ranges (checked over all
# of Unicode by the tests), and none is ASCII: `regex` skips to a non-ASCII character at a
# byte test per character and tests the ranges only there. (The standard `re` tests every
# character against the ranges, six times slower; `regex` scanning for the script classes
# slower still.) English text has none of them.
MAYBE_CJK = compiled(
    "[^\x00-\x7f]"
    "(?<=[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff66-\uffdc\U00016fe0-\U0010ffff])"
)
# Language-switch links on bilingual sites: the endonym is the right text.
LANGUAGE_NAMES = frozenset(
    {
        "中文",
        "中文版",
        "简体",
        "繁體",
        "繁体",
        "简体中文",
        "繁體中文",
        "繁体中文",
        "中文简体",
        "中文繁體",
        "汉语",
        "漢語",
        "日本語",
        "한국어",
        "中文网",
        "中文站",
    }
)

_INFO = RuleInfo(
    id=RULE_ID,
    category="script.cjk",
    severity=Severity.WARNING,
    applicability=Applicability.NONE,
    description="Chinese, Japanese or Korean text left untranslated in English prose",
    doc=(
        "What it does: flags runs of CJK characters in a document that is mostly English; a line\n"
        "that is mostly CJK is flagged once, from its first to its last CJK character.\n"
        "Why it matters: a missed segment or a label the translator skipped (`Author:党群服务`).\n"
        "Not flagged: documents that are mostly CJK, language-switch links (`English 中文版`).\n"
        "Example: `Author:党群服务与组织管理` is flagged at `党群服务与组织管理`.\n"
        "Fix safety: none; the translation cannot be known from the document (dates are the\n"
        "rule `untranslated-date`)."
    ),
    bad_examples=(
        BadExample(
            "Author:党群服务与组织管理 Addtime: 2020-12-30", "Author:党群服务与组织管理 Addtime: 2020-12-30"
        ),
        BadExample(
            "The doctors of 人民医院 visited the county.", "The doctors of 人民医院 visited the county."
        ),
        BadExample(
            "The county held a meeting.\n会议由县卫生局主持，全体人员参加。\nThe staff attended.",
            "The county held a meeting.\n会议由县卫生局主持，全体人员参加。\nThe staff attended.",
        ),
    ),
    good_examples=(
        "English 中文版\nThe hospital opened a new ward for cancer patients.",
        "The hospital opened a new ward.",
        "医院开设了新的病房。医生们在这里工作。The ward is new.",
    ),
    origin=__name__,
)


DATE_RULE_ID = "untranslated-date"
_DATE_INFO = RuleInfo(
    id=DATE_RULE_ID,
    category="script.cjk",
    severity=Severity.WARNING,
    applicability=Applicability.UNSAFE,
    description="A Chinese date left untranslated in English prose",
    doc=(
        "What it does: suggests the English of a date written the Chinese way inside English text\n"
        "(`7月9日` -> `July 9`, `2020年7月9日` -> `July 9, 2020`).\n"
        "Why it matters: a date the translator skipped; its form is fixed, so its English is known.\n"
        "Not flagged: documents that are mostly CJK, lines that are mostly CJK (flagged whole).\n"
        "Example: `reopened on 7月9日` -> `reopened on July 9`.\n"
        "Fix safety: unsafe: the house style may want another date form."
    ),
    bad_examples=(
        BadExample(
            "The clinic reopened on 7月9日 after repairs.", "The clinic reopened on July 9 after repairs."
        ),
        BadExample(
            "The report was published on 2020年3月15日 by the bureau.",
            "The report was published on March 15, 2020 by the bureau.",
        ),
    ),
    good_examples=(
        "The clinic reopened on July 9 after repairs.",
        "The report was published on March 15, 2020.",
    ),
    origin=__name__,
)


LABEL_RULE_ID = "untranslated-label"
_LABEL_INFO = RuleInfo(
    id=LABEL_RULE_ID,
    category="script.cjk",
    severity=Severity.WARNING,
    applicability=Applicability.UNSAFE,
    description="A short Chinese label left untranslated in English text",
    doc=(
        "What it does: suggests the English of a Chinese word or two standing as a label, at a\n"
        "line's start or before a colon (`来源：` -> `Source`, `作者:` -> `Author`), from the first\n"
        "CC-CEDICT gloss of each word (rules/data/cedict/labels.tsv).\n"
        "Why it matters: the translation skipped a page's labels; their English is usually plain.\n"
        "A label with its untranslated value (`来源：新华社`) gets its English; the value is flagged\n"
        "by `untranslated-cjk`.\n"
        "Not flagged here: longer text (the rule `untranslated-cjk` flags it without a guess),\n"
        "words the table does not hold, documents that are mostly CJK.\n"
        "Example: `来源: Xinhua` -> `Source: Xinhua`.\n"
        "Fix safety: unsafe: a dictionary's first gloss may not be the sense the page meant."
    ),
    bad_examples=(
        BadExample("来源: County Health Bureau", "Source: County Health Bureau"),
        BadExample(
            "作者：县卫生局\nThe clinic opened a new ward.",
            "Author：县卫生局\nThe clinic opened a new ward.",
        ),
        BadExample(
            "The clinic opened a new ward.\n作者：Wang Lihua",
            "The clinic opened a new ward.\nAuthor：Wang Lihua",
        ),
    ),
    good_examples=(
        "Source: County Health Bureau",
        "English 中文版\nThe hospital opened a new ward for cancer patients.",
    ),
    origin=__name__,
)
MAX_LABEL = 6  # characters: a longer run is a phrase, not a label
_HAN_WORD = compiled(rf"\p{{Han}}{{2,{MAX_LABEL}}}")
# A label, a full-width colon and the value's first CJK character within one run (`来源：新华社`).
_LABEL_HEAD = compiled(rf"(\p{{Han}}{{2,{MAX_LABEL}}})\s*：\s*(?=\p{{Han}})")


class UntranslatedCjkCheck(ProgrammaticCheck):
    """Flags CJK runs in Latin-majority documents, one finding per run or per CJK line."""

    RULES = (_INFO, _DATE_INFO, _LABEL_INFO)

    def check(self, context: CheckContext) -> Iterator[Finding]:
        text = context.document.text
        if not any(map(context.is_enabled, (RULE_ID, DATE_RULE_ID, LABEL_RULE_ID))):
            return
        runs = [run for run in cjk_runs(text) if run.group() not in LANGUAGE_NAMES]
        if not runs or document_is_mostly_cjk(context):
            return
        index = 0
        while index < len(runs):
            line_start, line_end = _line_around(text, runs[index].start())
            first = index
            while index < len(runs) and runs[index].start() < line_end:
                index += 1
            line_runs = runs[first:index]
            alone = len(line_runs) == 1
            label = self._label(context, text, line_runs[0], line_start) if alone else None
            split = None
            if alone and label is None:
                split = self._split_label(context, text, line_runs[0], line_start)
            if label is not None:
                yield label
            elif split is not None:
                yield from split
            elif is_mostly_cjk(text[line_start:line_end]):
                yield _finding(text, runs[first].start(), runs[index - 1].end(), "Untranslated line")
            else:
                for run in line_runs:
                    date = _date_around(text, run) if context.is_enabled(DATE_RULE_ID) else None
                    if date is None:
                        date = self._label(context, text, run, line_start)
                    if date is not None:
                        yield date
                    else:
                        yield _finding(text, run.start(), run.end(), "Untranslated CJK text")

    def _label(
        self, context: CheckContext, text: str, run: regex.Match[str], line_start: int
    ) -> Finding | None:
        """A run standing as a label, with its English from the dictionary table."""
        if not context.is_enabled(LABEL_RULE_ID) or not _HAN_WORD.fullmatch(run.group()):
            return None
        if not is_label(text, run.start(), run.end(), line_start):
            return None
        return self._label_finding(run.start(), run.group())

    def _split_label(
        self, context: CheckContext, text: str, run: regex.Match[str], line_start: int
    ) -> tuple[Finding, Finding] | None:
        """`来源：新华社`: a label and its untranslated value in one run. The label gets its
        English; the value, which only a translator knows, is flagged on its own."""
        if not context.is_enabled(LABEL_RULE_ID) or text[line_start : run.start()].strip():
            return None
        head = _LABEL_HEAD.match(run.group())
        if head is None:
            return None
        label = self._label_finding(run.start(), head[1])
        if label is None:
            return None
        return label, _finding(text, run.start() + head.end(), run.end(), "Untranslated CJK text")

    def _label_finding(self, start: int, chinese: str) -> Finding | None:
        """A label finding with the dictionary table's English, or None when it has none."""
        english = english_label(chinese, labels(self.resources))
        if english is None:
            return None
        message = f"Untranslated label '{chinese}': probably `{english}`"
        return _LABEL_INFO.finding(start, chinese, message, (english,))


# Public: an equivalence test holds the fast path equal to it (tests use public names).
def cjk_runs(text: str) -> Iterator[regex.Match[str]]:
    """What `RUN.finditer(text)` finds, tried only where a CJK character may start. A run
    holds no line break, so these are also the runs of each line."""
    position = 0
    while (maybe := MAYBE_CJK.search(text, position)) is not None:
        run = RUN.match(text, maybe.start())
        if run is None:
            position = maybe.start() + 1
        else:
            position = run.end()
            yield run


def is_label(text: str, start: int, end: int, line_start: int) -> bool:
    """Before a colon (`来源：`), or a line of its own (`附件`, a heading)."""
    after = text[end : end + 3].lstrip(" \t")
    if after[:1] in (":", "："):
        return True
    return not text[line_start:start].strip() and after[:1] in ("", "\n", "\r")


def _line_around(text: str, offset: int) -> tuple[int, int]:
    """The line holding `offset`, cut at `\\r` and `\\n` alike (as `[^\\r\\n]+` cuts)."""
    start = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
    ends = [end for end in (text.find("\n", offset), text.find("\r", offset)) if end >= 0]
    return start, min(ends, default=len(text))


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# A Chinese date: the digits before the run belong to it (`7月9日`: the run starts at 月).
_DATE = compiled(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号])?")


def _date_around(text: str, run: regex.Match[str]) -> Finding | None:
    """A run that is a date with the digits before it: a finding suggesting the English date."""
    start = run.start()
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in " 年"):
        start -= 1
    while start < run.start() and text[start] == " ":
        start += 1
    date = _DATE.fullmatch(text, start, run.end())
    if date is None or not 1 <= int(date[2]) <= 12 or (date[3] and not 1 <= int(date[3]) <= 31):
        return None
    english = _MONTHS[int(date[2]) - 1] + (f" {int(date[3])}" if date[3] else "")
    if date[1]:
        english += f", {date[1]}" if date[3] else f" {date[1]}"
    return _DATE_INFO.finding(
        start,
        text[start : run.end()],
        f"Untranslated date '{text[start : run.end()]}': write `{english}`",
        (english,),
    )


def _finding(text: str, start: int, end: int, what: str) -> Finding:
    return _INFO.finding(start, text[start:end], f"{what} '{text[start:end]}'")


def untranslated_cjk_check(resources: Resources) -> UntranslatedCjkCheck:
    return UntranslatedCjkCheck(resources)
