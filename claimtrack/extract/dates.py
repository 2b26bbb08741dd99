"""When a claim was made, from phrases near its cue, against the article's date.

``find_claim_date`` looks for a date phrase in an attribution clause ("said Thursday", "told VOA
last week", "on August 26", "earlier this month", "two days ago") and resolves it against the
article's ``published`` date, which may itself be partial ("2015-12", "2017").

Conventions:

* A weekday is the most recent such day on or before the published date ("last Monday": strictly
  before). "yesterday" and "last night" are the day before; "today", "tonight", "this morning" the
  published day.
* Week precision is written as the ISO date of that week's Monday: "last week" in an article of
  Monday 2017-03-27 is ``2017-03-20``; "this week", "earlier this week" give ``2017-03-27``.
* A partial published date caps the precision: with ``published="2015-12"`` a weekday or "last
  week" gives ``2015-12`` at month precision; a day is never invented.
* A day and month without a year take the published year, or the year before when that would put
  the date after publication.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from claimtrack.models import DatePrecision


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date phrase found in ``text[start:end]`` and what it resolves to (ISO, maybe partial)."""

    start: int
    end: int
    phrase: str
    date: str | None
    precision: DatePrecision | None


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")  # fmt: skip
_MONTHS = {name: i + 1 for i, name in enumerate(_MONTH_NAMES)} | {
    name[:3]: i + 1 for i, name in enumerate(_MONTH_NAMES)
}
_MONTHS["sept"] = 9
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip

_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_YEAR = r"(?:19|20)\d\d"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_PRE = r"(?:(?i:on|in|during)\s+)?"
# A weekday that names a newspaper ("the Sunday Times") is not a date.
_NOT_TITLE = r"(?!\s+(?:Times|Telegraph|Express|Herald|Mail|Post|Mirror|Star|Tribune|Observer))"

_PATTERN = re.compile(
    "|".join(
        (
            rf"\b(?P<iso>{_YEAR}-[01]\d-[0-3]\d)\b",
            rf"\b{_PRE}(?:{_WD},?\s+)?(?P<m1>{_MON})\s+(?P<d1>{_DAY})\b(?:,?\s+(?P<y1>{_YEAR})\b)?",
            rf"\b{_PRE}(?:{_WD},?\s+)?(?:the\s+)?(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MON})"
            rf"(?:,?\s+(?P<y2>{_YEAR}))?\b",
            rf"\b{_PRE}(?:(?i:early|late|mid)[\s-]+)?(?P<m3>{_MON})\s+(?P<y3>{_YEAR})\b",
            rf"\b(?P<wmod>(?i:last|this\s+past|past|earlier\s+on|on|late|early|this)\s+)?"
            rf"(?P<wd>{_WD}){_NOT_TITLE}\b(?:\s+(?i:morning|afternoon|evening|night))?",
            r"(?i:\b(?P<rel>yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening)"
            r"|(?:earlier|later)\s+today|(?:earlier\s+|later\s+)?this\s+(?:week|month|year)"
            r"|earlier\s+in\s+the\s+(?:week|month|year)"
            r"|(?:last|past|previous)\s+(?:week|month|year)"
            r"|the\s+(?:previous|past|last)\s+(?:week|month|year)"
            r"|(?:over|at|on|during)\s+the\s+weekend|last\s+weekend|this\s+weekend"
            r"|(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
            r"(?P<unit>day|week|month|year)s?\s+ago)\b)",
            rf"\b(?i:in|during|earlier\s+in|early|late)\s+(?:(?i:early|late|mid)[\s-]+)?"
            rf"(?P<m4>{_MON})\b(?!\s+\d)",
            rf"\b(?i:in|during)\s+(?:(?i:early|late|mid)[\s-]+)?(?P<year>{_YEAR})\b",
        )
    )
)
_LEADING = re.compile(r"(?i:on|in|during)\s+")
# Every date phrase holds one of these words: a cheap scan finds where the full pattern may start.
_ANCHOR = re.compile(
    r"\d|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun"
    r"|Jul|Aug|Sep|Oct|Nov|Dec|(?i:yesterday|today|tonight|night|morning|afternoon|evening|week"
    r"|weekend|month|year|day|ago))"
)
_MAX_LEAD = 32  # longest lead-in before an anchor word: "Wednesday, " or "earlier this "
# Every branch of ``_PATTERN`` opens with ``\b`` and then one of these words (in any case) or a
# digit: ``_PATTERN`` is tried only at the start of such a word, not at every offset (``re`` would
# try all eight branches at each one).
_FIRST_WORDS = frozenset(
    {"on", "in", "during", "the", "early", "late", "mid", "last", "this", "past", "earlier",
     "yesterday", "today", "tonight", "later", "previous", "over", "at", "a", "an", "sept",
     *_NUMBERS, *_WEEKDAYS, *_MONTH_NAMES, *(name[:3] for name in _MONTH_NAMES)}
)  # fmt: skip
_WORD = re.compile(r"\w\w*")  # (not ``\w+``: see ``segment._END``)


def _matches(text: str, start: int, hi: int) -> Iterator[re.Match[str]]:
    """``_PATTERN.finditer(text, start, hi)``, trying the pattern only where a match can begin:
    at the start of a word that opens one (a word with a character outside ASCII is tried too:
    ``re`` folds the case of a few of them to ASCII letters)."""
    pos = start
    for word in _WORD.finditer(text, start, hi):
        at = word.start()
        if at < pos:
            continue
        w = word.group()
        if w.isascii() and not w[0].isdigit():
            low = w.lower()
            if low not in _FIRST_WORDS:
                continue
            # Two common words that open only one or two branches: "the" only "the 5th of May"
            # and "the past week"; "a", "two" … only "two days ago".
            if low == "the" and not _day_or_past_after(text, word.end(), hi):
                continue
            if low in _NUMBERS and "ago" not in text[at:hi].lower():
                continue
        match = _PATTERN.match(text, at, hi)
        if match is not None:
            yield match
            pos = match.end()


def _day_or_past_after(text: str, end: int, hi: int) -> bool:
    """Whether whitespace and then a digit or a "p"/"l" ("previous", "past", "last", in any case)
    follow ``end``: what ``_PATTERN`` needs after a leading "the"."""
    j = end
    while j < hi and text[j].isspace():
        j += 1
    if j == end or j >= hi:
        return False
    c = text[j]
    return "0" <= c <= "9" or c in "pPlL"


@dataclass(frozen=True, slots=True)
class _Published:
    """The article's date, as precise as it was given."""

    year: int
    month: int | None
    day: date | None


_PUBLISHED = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def _published(published: str | None) -> _Published | None:
    match = _PUBLISHED.match(published or "")
    if match is None:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    if month is not None and not 1 <= month <= 12:
        month = None
    day: date | None = None
    if month is not None and match.group(3):
        try:
            day = date(year, month, int(match.group(3)))
        except ValueError:
            day = None
    return _Published(year, month, day)


_Resolved = tuple[str | None, DatePrecision | None]


def _month_of(pub: _Published) -> _Resolved:
    if pub.month is not None:
        return f"{pub.year:04d}-{pub.month:02d}", DatePrecision.MONTH
    return f"{pub.year:04d}", DatePrecision.YEAR


def _day(day: date) -> _Resolved:
    return day.isoformat(), DatePrecision.DAY


def _week(day: date) -> _Resolved:
    return (day - timedelta(days=day.weekday())).isoformat(), DatePrecision.WEEK


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _month_number(name: str) -> int:
    key = name.rstrip(".").lower()
    return _MONTHS.get(key) or _MONTHS[key[:3]]


def _explicit(
    month_name: str, day_text: str, year: str | None, pub: _Published | None
) -> _Resolved:
    month, day = _month_number(month_name), int(re.sub(r"\D", "", day_text))
    if year is not None:
        return date(int(year), month, day).isoformat(), DatePrecision.DAY
    if pub is None:
        return None, None
    guess = date(pub.year, month, day)
    if (pub.day is not None and guess > pub.day) or (pub.month is not None and month > pub.month):
        guess = date(pub.year - 1, month, day)
    return guess.isoformat(), DatePrecision.DAY


def _weekday(name: str, modifier: str, pub: _Published | None) -> _Resolved:
    if pub is None:
        return None, None
    if pub.day is None:
        return _month_of(pub)
    back = (pub.day.weekday() - _WEEKDAYS.index(name.lower())) % 7
    if back == 0 and modifier in ("last", "past", "this past"):
        back = 7
    return _day(pub.day - timedelta(days=back))


def _relative(phrase: str, n: str | None, unit: str | None, pub: _Published | None) -> _Resolved:
    if pub is None:
        return None, None
    words = phrase.lower().split()
    if n is not None and unit is not None:
        count = int(n) if n.isdigit() else _NUMBERS[n.lower()]
        if unit.lower() == "year":
            return f"{pub.year - count:04d}", DatePrecision.YEAR
        if unit.lower() == "month":
            if pub.month is None:
                return None, None
            year, month = _shift_month(pub.year, pub.month, -count)
            return f"{year:04d}-{month:02d}", DatePrecision.MONTH
        if pub.day is None:
            return _month_of(pub)
        days = count * (7 if unit.lower() == "week" else 1)
        then = pub.day - timedelta(days=days)
        return _week(then) if unit.lower() == "week" else _day(then)
    last = words[-1]
    previous = any(w in words for w in ("last", "previous", "past"))
    if last == "year":
        return f"{pub.year - 1 if previous else pub.year:04d}", DatePrecision.YEAR
    if last == "month":
        if pub.month is None:
            return f"{pub.year:04d}", DatePrecision.YEAR
        year, month = _shift_month(pub.year, pub.month, -1 if previous else 0)
        return f"{year:04d}-{month:02d}", DatePrecision.MONTH
    if pub.day is None:
        return _month_of(pub)
    if last in ("week", "weekend"):
        if last == "weekend":
            saturday = pub.day - timedelta(days=(pub.day.weekday() - 5) % 7)
            return _week(saturday)
        return _week(pub.day - timedelta(days=7 if previous else 0))
    if last in ("yesterday", "night") and words[0] in ("yesterday", "last"):
        return _day(pub.day - timedelta(days=1))
    return _day(pub.day)


def _resolve(match: re.Match[str], pub: _Published | None) -> _Resolved:
    group = match.group
    if group("iso"):
        return date.fromisoformat(group("iso")).isoformat(), DatePrecision.DAY
    if group("m1"):
        return _explicit(group("m1"), group("d1"), group("y1"), pub)
    if group("m2"):
        return _explicit(group("m2"), group("d2"), group("y2"), pub)
    if group("m3"):
        return f"{int(group('y3')):04d}-{_month_number(group('m3')):02d}", DatePrecision.MONTH
    if group("wd"):
        return _weekday(group("wd"), " ".join((group("wmod") or "").lower().split()), pub)
    if group("rel"):
        return _relative(group("rel"), group("n"), group("unit"), pub)
    if group("m4"):
        if pub is None:
            return None, None
        month = _month_number(group("m4"))
        year = pub.year - 1 if pub.month is not None and month > pub.month else pub.year
        return f"{year:04d}-{month:02d}", DatePrecision.MONTH
    return f"{int(group('year')):04d}", DatePrecision.YEAR


def find_claim_date(text: str, lo: int, hi: int, published: str | None) -> DateMatch | None:
    """The date phrase in ``text[lo:hi]`` (the attribution clause) resolved against ``published``.

    The first phrase that says when wins; a bare year ("in 2014") only when nothing else does.
    Never raises: an impossible date ("February 30") is skipped.
    """
    lo, hi = max(0, lo), min(len(text), hi)
    if lo >= hi:
        return None
    anchor = _ANCHOR.search(text, lo, hi)
    if anchor is None:
        return None
    pub = _published(published)
    fallback: DateMatch | None = None
    for match in _matches(text, max(lo, anchor.start() - _MAX_LEAD), hi):
        try:
            resolved, precision = _resolve(match, pub)
        except (ValueError, KeyError, OverflowError, TypeError):
            continue
        start, end = match.span()
        lead = _LEADING.match(text, start, end)
        if lead is not None and lead.end() < end:
            start = lead.end()
        found = DateMatch(start, end, text[start:end], resolved, precision)
        if match.group("year") is None:
            return found
        fallback = fallback or found
    return fallback
