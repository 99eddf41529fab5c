"""Numbers, dates, times and percentages in a Chinese source and in its English translation,
as comparable values with where each was written.

Why values, not strings: the same quantity has many right forms (3月5日 = `March 5` =
`5 March`; 1.2万 = `12,000` = `12 thousand`; 二〇二一年 = `2021`; 百分之三十 = `30%` =
`30 per cent`), and a translation is wrong only when the value differs. A `Quantity` is a
kind (`number`, `percent`, `date`, `month`, `time`) and a tuple of parts; for a date the
parts are (month, day) and each part remembers its own span, so a fix can change the
day of `March 6` alone. Chinese counting words without a multiplier (三名, 两小时) are not
read: English spells such counts out, and reading them would only invent mismatches; nor
are approximate ones (数十万, 几百).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

_CHINESE_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CHINESE_UNITS = {"十": 10, "百": 100, "千": 1000}
_MULTIPLIERS = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "千": Decimal(1000)}
_ENGLISH_SCALES = {"thousand": Decimal(1000), "million": Decimal(10**6), "billion": Decimal(10**9)}
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTH_NUMBER = {name.casefold()[:3]: index for index, name in enumerate(MONTHS, start=1)}
_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty"
)
_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth"
NUMBER_WORDS = (
    {word: number for number, word in enumerate(_UNITS.split())}
    | {word: number for number, word in enumerate(_ORDINALS.split(), start=1)}
    | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
)

_CN_NUMERAL = "〇零一二两三四五六七八九十百千"
_DIGITS = r"\d+(?:\.\d+)?"
# Compiled on first use (`re` keeps compiled patterns): only source-aware checks read them,
# and compiling them cost every start-up about 5 ms.
_SOURCE = (
    rf"(?P<percent>百分之(?P<pct_value>{_DIGITS}|[{_CN_NUMERAL}点]+)|(?P<pct_digits>{_DIGITS})\s*[%％])"
    rf"|(?P<months>(?P<first_month>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})(?:月份?)?[至到\-—~－]"
    rf"(?P<last_month>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})月)"
    rf"|(?P<date>(?P<month>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})月(?:(?P<day>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})[日号])?)"
    r"|(?P<year>(?P<year_value>\d{4}|[〇零一二三四五六七八九]{4})年)"
    r"|(?P<time>(?P<half>上午|下午|晚上|早上|凌晨|中午)?(?P<hour>\d{1,2})[时点:：](?:(?P<minute>\d{1,2})分?)?)"
    rf"|(?P<amount>(?<![A-Za-z\d.数几])(?P<amount_value>{_DIGITS}|[{_CN_NUMERAL}]+(?=[万亿]))"
    r"(?P<multiplier>[万亿千](?![米克瓦]))?)"
)
_MONTH_NAMES = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_TARGET = (
    rf"(?P<percent>(?P<pct_value>\d[\d,]*(?:\.\d+)?)\s*(?:%|percent\b|per cent\b))"
    rf"|(?P<date_md>\b(?P<md_month>{_MONTH_NAMES})\.?\s+(?P<md_day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|,\d)))"
    rf"|(?P<date_dm>\b(?P<dm_day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_month>{_MONTH_NAMES})\b)"
    rf"|(?P<month_only>\b(?P<mo_month>{_MONTH_NAMES})\b)"
    r"|(?P<time>\b(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s*(?P<half>[ap]\.?m\.?)(?!\w)|\b(?P<hh>\d{1,2}):(?P<mm>\d{2})\b)"
    r"|(?P<amount>(?<![\w.])(?P<amount_value>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s+(?P<scale>thousand|million|billion)\b)?)"
)
_NUMBER_WORD = r"\b(" + "|".join(NUMBER_WORDS) + r")\b"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A value as written: `kind`, its `parts`, the span it covers and each part's span."""

    kind: str  # number, percent, date, month, time
    parts: tuple[Decimal | int, ...]
    start: int
    end: int
    part_spans: tuple[tuple[int, int], ...] = ()

    def matches(self, other: Quantity) -> bool:
        """Equal values; a bare month equals any date in that month, a percentage the same
        number written without its sign (`15 percentage points`)."""
        if self.kind == other.kind:
            return self.parts == other.parts
        kinds = {self.kind, other.kind}
        return kinds in ({"month", "date"}, {"percent", "number"}) and self.parts[0] == other.parts[0]


def chinese_number(text: str) -> Decimal | None:
    """二〇二一 -> 2021 (digit by digit), 三十五 -> 35, 十五 -> 15, 三点五 -> 3.5, 1.2 -> 1.2."""
    try:
        return Decimal(text)
    except InvalidOperation:
        pass
    whole, _, fraction = text.partition("点")
    if not whole or not all(ch in _CHINESE_DIGITS or ch in _CHINESE_UNITS for ch in whole):
        return None
    if not any(ch in _CHINESE_UNITS for ch in whole):
        value = Decimal("".join(str(_CHINESE_DIGITS[ch]) for ch in whole))
    else:
        total, digit = 0, 0
        for ch in whole:
            if ch in _CHINESE_DIGITS:
                digit = _CHINESE_DIGITS[ch]
            else:
                total += (digit or 1) * _CHINESE_UNITS[ch]
                digit = 0
        value = Decimal(total + digit)
    if fraction:
        if not all(ch in _CHINESE_DIGITS for ch in fraction):
            return None
        value += Decimal("0." + "".join(str(_CHINESE_DIGITS[ch]) for ch in fraction))
    return value


def _whole(value: Decimal | None) -> int | None:
    return int(value) if value is not None and value == value.to_integral_value() else None


def source_quantities(text: str) -> Iterator[Quantity]:
    """The quantities of a Chinese source text."""
    for match in re.finditer(_SOURCE, text):
        start, end = match.span()
        if match.group("percent"):
            value = chinese_number(match.group("pct_value") or match.group("pct_digits"))
            if value is not None:
                yield Quantity("percent", (value.normalize(),), start, end)
        elif match.group("months"):  # 1至3月: January to March
            for group in ("first_month", "last_month"):
                month = _whole(chinese_number(match.group(group)))
                if month is not None and 1 <= month <= 12:
                    yield Quantity("month", (month,), start, end)
        elif match.group("date"):
            month = _whole(chinese_number(match.group("month")))
            day = _whole(chinese_number(match.group("day"))) if match.group("day") else None
            if month is None or not 1 <= month <= 12:
                continue
            if day is None:
                yield Quantity("month", (month,), start, end)
            elif 1 <= day <= 31:
                yield Quantity("date", (month, day), start, end)
        elif match.group("year"):
            value = chinese_number(match.group("year_value"))
            if value is not None:
                yield Quantity("number", (value,), start, end)
        elif match.group("time"):
            hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
            if match.group("half") in ("下午", "晚上") and hour < 12:
                hour += 12
            if hour <= 24 and minute < 60:
                yield Quantity("time", (hour, minute), start, end)
        else:
            value = chinese_number(match.group("amount_value"))
            if value is None:
                continue
            value *= _MULTIPLIERS.get(match.group("multiplier") or "", Decimal(1))
            yield Quantity("number", (value.normalize(),), start, end)


def target_quantities(text: str) -> Iterator[Quantity]:
    """The quantities of an English target text (numbers in words are not among them)."""
    for match in re.finditer(_TARGET, text, re.IGNORECASE):
        start, end = match.span()
        if match.group("percent"):
            value = Decimal(match.group("pct_value").replace(",", ""))
            yield Quantity("percent", (value.normalize(),), start, end, (match.span("pct_value"),))
        elif match.group("date_md") or match.group("date_dm"):
            prefix = "md" if match.group("date_md") else "dm"
            month = _MONTH_NUMBER[match.group(f"{prefix}_month").casefold()[:3]]
            day = int(match.group(f"{prefix}_day"))
            spans = (match.span(f"{prefix}_month"), match.span(f"{prefix}_day"))
            yield Quantity("date", (month, day), start, end, spans)
        elif match.group("month_only"):
            word = match.group("mo_month")
            if word[:1].isupper():  # `march`, `may` in lower case are verbs
                yield Quantity("month", (_MONTH_NUMBER[word.casefold()[:3]],), start, end, (match.span(),))
        elif match.group("time"):
            if match.group("hh"):
                hour, minute = int(match.group("hh")), int(match.group("mm"))
            else:
                hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
                if match.group("half")[:1].lower() == "p" and hour < 12:
                    hour += 12
            yield Quantity("time", (hour, minute), start, end, (match.span(),))
        else:
            value = Decimal(match.group("amount_value").replace(",", ""))
            value *= _ENGLISH_SCALES.get((match.group("scale") or "").lower(), Decimal(1))
            yield Quantity("number", (value.normalize(),), start, end, (match.span("amount_value"),))


def number_words(text: str) -> list[Decimal]:
    """Counts and ordinals written as words (`five`, `third`): they satisfy a source value
    (三名, 第3), nothing more."""
    return [Decimal(NUMBER_WORDS[word.lower()]) for word in re.findall(_NUMBER_WORD, text, re.IGNORECASE)]


def describe(quantity: Quantity) -> str:
    """A value as English readers write it: `March 5`, `30%`, `15:00`, `12,000`."""
    if quantity.kind == "date":
        return f"{MONTHS[int(quantity.parts[0]) - 1]} {quantity.parts[1]}"
    if quantity.kind == "month":
        return MONTHS[int(quantity.parts[0]) - 1]
    if quantity.kind == "time":
        return f"{quantity.parts[0]}:{int(quantity.parts[1]):02d}"
    value = quantity.parts[0]
    written = f"{value:,f}" if isinstance(value, Decimal) else str(value)
    return written + ("%" if quantity.kind == "percent" else "")
