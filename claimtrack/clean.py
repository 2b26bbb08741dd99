"""Which regions of an article's text are body, and which are site chrome. Never rewrites text.

Web pages saved as text carry trailers after the article: "Source link", comment forms, a
"Published in <outlet>, <date>" line, newsletter prompts, and digests of other articles (short title
lines, date stamps such as "Updated 27 Mar, 2024", one-line teasers). ``body_regions`` finds where
the article ends by general rules, not by outlet:

1. A *strong marker* line (the whole line is a known trailer phrase) ends the body wherever it is.
2. A *weak marker* ("Related articles", "Read more", "You may also like") ends it in its second
   half.
3. A *digest*: from a date-stamp line on, at least two date stamps and mostly chrome lines (short
   lines without sentence punctuation, date stamps, teasers ending in "...") ends it; the chrome
   lines just before the first stamp (section names, the first title) go with it.
4. Trailing chrome lines (short, no sentence punctuation, no quotation marks) are dropped.
5. Known single-line chrome anywhere ("Advertisement", "Share this") is cut out of the body.

Bylines, datelines, headlines and subheadings are kept: they are part of the article.
"""

from __future__ import annotations

import re

from claimtrack.models import Span

_STRONG = re.compile(
    r"""^(?:
        published\s+in\s+[^,\n]{2,60},?\s+.{0,30}\d{4}\.?
      | source\s*:?\s*link
      | be\s+the\s+first\s+to\s+comment\.?
      | leave\s+a\s+(?:reply|comment)\.?
      | your\s+email\s+address\s+will\s+not\s+be\s+published.*
      | comments\s+are\s+closed\.?
      | (?:post|add|write)\s+a\s+comment\.?
      | \d+\s+comments?
      | comments?\s*(?:\(\d+\))?
      | join\s+the\s+conversation\.?
      | subscribe\s+to\s+(?:our\s+|the\s+)?newsletters?\.?
      | sign\s+up\s+for\s+(?:our|the)\s+newsletters?.*
      | you\s+must\s+be\s+logged\s+in\s+to\s+post\s+a\s+comment\.?
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_WEAK = re.compile(
    r"""^(?:
        related(?:\s+(?:articles?|stories|posts|news|coverage|reading|content))?\s*:?
      | read\s+more\s*:?
      | (?:you\s+)?may\s+also\s+like\s*:?
      | more\s+(?:from|on|in)\s+.{1,40}
      | recommended(?:\s+for\s+you)?\s*:?
      | (?:most\s+)?(?:popular|trending)(?:\s+now|\s+stories)?\s*:?
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_INLINE_CHROME = re.compile(
    r"""^(?:
        advertisement | story\s+continues\s+below(?:\s+advertisement)? | scroll\s+to\s+continue.*
      | share\s+this(?:\s+article|\s+story)?\s*:? | follow\s+us\s+on\s+.{1,40}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE_STAMP = re.compile(
    rf"""^(?:(?:last\s+)?updated|published|posted|modified)?\s*:?\s*(?:
        \d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}
      | {_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}
      | \d{{4}}-\d{{2}}-\d{{2}} | \d{{1,2}}/\d{{1,2}}/\d{{2,4}}
      | \d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago
    )(?:\s*(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?)?\s*(?:[A-Z]{{2,4}})?$""",
    re.IGNORECASE | re.VERBOSE,
)


def _openers(letters: str) -> frozenset[str]:
    """The first characters of a line that one of the patterns above may match, besides a
    decimal digit (for ``\\d``): ``letters`` in either case, and the long s, the one character
    outside ASCII that ``re.IGNORECASE`` matches to one of them (to "s")."""
    extra = "ſ" if "s" in letters else ""
    return frozenset(letters + letters.upper() + extra)


# The letters each pattern's alternatives open with: a line that opens otherwise (and not with a
# digit) is not matched, and is not handed to ``re`` (most lines are prose).
_STRONG_OPEN = _openers("psblycawj")
_WEAK_OPEN = _openers("rympt")
_INLINE_OPEN = _openers("asf")
_STAMP_OPEN = _openers("lupmjfasond") | {":"}
_SENTENCE_END = tuple('.!?"”’)]:;')
_QUOTES = ('"', "“", "”", "«", "»")
_LINE = re.compile(r"[^\r\n]+")


def body_regions(text: str, start: int = 0) -> list[Span]:
    """Regions of ``text`` from ``start`` on that are article body, in order, whitespace-trimmed."""
    lines = _line_spans(text, start)
    content = [text[a:b].strip() for a, b in lines]
    end = _body_end(content)
    regions: list[list[int]] = []
    cut = False  # an inline chrome line since the last kept line: the next one starts a region
    for (a, b), line in zip(lines[:end], content[:end], strict=True):
        if not line:
            continue
        first = line[0]
        if (first in _INLINE_OPEN or first.isdecimal()) and _INLINE_CHROME.match(line):
            cut = True
            continue
        raw = text[a:b]
        a += len(raw) - len(raw.lstrip())
        b -= len(raw) - len(raw.rstrip())
        if regions and not cut and not text[regions[-1][1] : a].strip(" \t\r\n"):
            regions[-1][1] = b
        else:
            regions.append([a, b])
        cut = False
    return [Span.model_construct(start=a, end=b) for a, b in regions]


def _line_spans(text: str, start: int) -> list[tuple[int, int]]:
    """The spans of ``_LINE.finditer(text, start)``; by ``str.split`` when only "\\n" breaks
    lines (a scan in ``re`` tests every character against the class)."""
    if "\r" in text:
        return [m.span() for m in _LINE.finditer(text, start)]
    spans: list[tuple[int, int]] = []
    pos = start
    for line in text[start:].split("\n"):
        if line:
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _body_end(lines: list[str]) -> int:
    """Index of the first line that is not body (``len(lines)`` when the body runs to the end)."""
    end = len(lines)
    for i, line in enumerate(lines):
        first = line[:1]
        if (first in _STRONG_OPEN or first.isdecimal()) and _STRONG.match(line):
            end = i
            break
    half = _halfway(lines[:end])
    for i in range(half, end):
        first = lines[i][:1]
        if (first in _WEAK_OPEN or first.isdecimal()) and _WEAK.match(lines[i]):
            end = i
            break
    end = min(end, _digest_start(lines[:end]))
    while end > 0 and (not lines[end - 1] or _is_chrome(lines[end - 1])):
        end -= 1
    return end


def _halfway(lines: list[str]) -> int:
    total = sum(len(line) for line in lines)
    seen = 0
    for i, line in enumerate(lines):
        seen += len(line)
        if seen * 2 >= total:
            return i + 1
    return len(lines)


def _digest_start(lines: list[str]) -> int:
    """Where a digest of other articles (titles, date stamps, teasers) begins, or ``len(lines)``."""
    stamps = [i for i, line in enumerate(lines) if _stamp(line)]
    for n, first in enumerate(stamps):
        if len(stamps) - n < 2:
            break
        tail = [line for line in lines[first:] if line]
        chrome = sum(1 for line in tail if _is_chrome(line) or line.endswith(("...", "…")))
        if chrome * 2 >= len(tail):
            begin = first
            while begin > 0 and (not lines[begin - 1] or _is_chrome(lines[begin - 1])):
                begin -= 1
            return begin
    return len(lines)


def _stamp(line: str) -> bool:
    """Whether ``_DATE_STAMP`` matches the line (tried only when its first character may open
    one: a letter of ``_STAMP_OPEN``, a digit or whitespace)."""
    first = line[:1]
    opens = first in _STAMP_OPEN or first.isdecimal() or first.isspace()
    return opens and _DATE_STAMP.match(line) is not None


def _is_chrome(line: str) -> bool:
    """A line that reads as navigation, a title or a stamp rather than article prose."""
    if _DATE_STAMP.match(line) or _STRONG.match(line) or _INLINE_CHROME.match(line):
        return True
    if any(q in line for q in _QUOTES):
        return False
    words = len(line.split())
    return words <= 8 and len(line) <= 80 and not line.endswith(_SENTENCE_END)
