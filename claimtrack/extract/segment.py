"""Body regions, paragraphs, quotations and sentences: the layout extraction reads.

A *unit* is one paragraph, or several when a quotation runs on across them (news convention: a
quoted paragraph that does not close continues in the next paragraph that opens with a quote mark).
Quotation interiors are masked in a copy of the text of the same length, so that cue patterns
never fire inside what somebody is quoted as saying and sentence splitting never cuts a quote.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from claimtrack.extract.lexicon import ABBREVIATIONS, TITLES
from claimtrack.models import Span

MASK = "\x00"

_LINE = re.compile(r"[^\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]+")
_BREAKS = "\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85"  # what ``str.splitlines`` splits on
# A double mark, or two single quotes as one (''). Written to open with a character class, so
# that ``re`` skips to candidate characters in C: ``[…]|''`` tries both branches at every offset.
_DOUBLE = re.compile(r"[\"“”„‟«»'](?:(?<=')'|(?<!'))")
_SINGLE = re.compile(r"[‘’']")
# A single mark not inside a word (an apostrophe is: "don't", "Afghanistan's"): the only ones
# ``_scan_singles`` looks at. Most marks are apostrophes, and skipping them in C saves the most
# (the mark comes first so that ``re`` can skip to one in C; the look-behind spans the mark).
_SINGLE_EDGE = re.compile(r"[‘’'](?:(?<![^\W_].)|(?![^\W_]))")
_OPENERS = frozenset("“„‟«")
_CLOSERS = frozenset("”»")
_BEFORE_OPEN = frozenset(" \t([{—–-/:;,\u00a0")
# (``[.?!][.?!]*``, not ``[.?!]+``: a pattern that opens with a character class lets ``re`` skip
# to the next candidate in C; one that opens with a repeat is tried at every offset.)
_END = re.compile(r"[.?!][.?!]*[\"”’'»)\]]*\s+")
_NEXT_START = re.compile(r"(?:''|[\"“‘'(\[«])?[A-Z0-9]|(?:''|[\"“‘'«])\x00")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_MAX_LOOKBACK = 40
_STARTER = re.compile(
    r"(?:He|She|It|They|We|I|The|But|And|This|That|These|Those|In|On|At|However|Meanwhile|"
    r"There|His|Her|Their|Its|A|An|As|If|When|While|After|Before)\b"
)
_NONSPACE = re.compile(r"\S")
# A person's initials ("A.E. Dick Howard", "George H.W. Bush", "J.R.R. Tolkien"): two or more
# capitals, each with its full stop, are not a sentence end before a name. After a comma they are
# a state ("at Bedminster, N.J. Roger Ailes met him"), which may close a sentence.
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_LETTER = re.compile(r"[^\W\d_]")
# A dateline opening a paragraph: "WASHINGTON (AP) — ", "SAN FRANCISCO, Oct. 9 (UPI) — ",
# "PORTLAND, Maine - ". It is where the story was filed, no part of its first sentence.
_DATELINE = re.compile(
    r"[A-Z]{2}[A-Z.'’-]*(?: [A-Z][A-Z.'’-]+)*(?:,[^—–\n()\x00]{1,30})?(?: ?\([^()\n\x00]{1,30}\))?"
    r" ?(?:—|–|--?) +(?=[\"“‘'(]?[A-Z0-9])"
)


@dataclass(slots=True)
class Quote:
    """A quotation: marks at ``open``/``close`` (close is -1 when unclosed), words at [start, end).

    ``after`` is the first offset after the closing mark (marks may be two characters: ``''``).
    """

    open: int
    close: int
    start: int
    end: int
    double: bool = True
    after: int = -1

    # (written out: the ``__init__`` that ``dataclass`` writes is not compiled, and is slow)
    def __init__(
        self, open: int, close: int, start: int, end: int, double: bool = True, after: int = -1
    ) -> None:
        self.open = open
        self.close = close
        self.start = start
        self.end = end
        self.double = double
        self.after = after if after >= 0 else close + 1 if close >= 0 else end


@dataclass(slots=True)
class Unit:
    """One paragraph (or several joined by a continuing quote) with its quotes and sentences."""

    start: int
    end: int
    quotes: list[Quote] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)

    def __init__(
        self,
        start: int,
        end: int,
        quotes: list[Quote] | None = None,
        sentences: list[tuple[int, int]] | None = None,
        starts: list[int] | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.quotes = [] if quotes is None else quotes
        self.sentences = [] if sentences is None else sentences
        self.starts = [] if starts is None else starts

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence that holds ``pos`` (the nearest one before it when between sentences)."""
        if not self.sentences:
            return self.start, self.end
        i = bisect_right(self.starts, pos) - 1
        return self.sentences[i if i > 0 else 0]


def body_regions(text: str, body: list[Span]) -> list[tuple[int, int]]:
    """The body regions clamped to the text, sorted and merged; the whole text when none."""
    n = len(text)
    if not body:
        return [(0, n)] if n else []
    spans = sorted((max(0, min(s.start, n)), max(0, min(s.end, n))) for s in body)
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if e <= s:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """``[s, e)`` without surrounding whitespace (empty when all blank)."""
    start = s
    while s < e and text[s].isspace():  # (``_NONSPACE.search(text, s, e)``, walked)
        s += 1
    if s >= e:
        return start, start
    while text[e - 1].isspace():  # (not ``text[s:e].rstrip()``: that copies the paragraph)
        e -= 1
    return s, e


def _has_letter(text: str, lo: int, hi: int) -> bool:
    r"""Whether ``_LETTER.search(text, lo, hi)`` finds a letter (``[^\W\d_]``: a word character
    but no decimal digit and no "_"), walked: a line mostly opens with one."""
    for i in range(lo, hi):
        c = text[i]
        if c.isalnum() and not ("0" <= c <= "9" or (ord(c) > 127 and c.isdecimal())):
            return True
    return False


def _double_role(text: str, i: int, w: int, lo: int, hi: int, is_open: bool) -> str:
    c = text[i]
    if c in _OPENERS:
        return "open"
    if c in _CLOSERS:
        # A right mark used as an opener (some outlets use ” for both) when it starts a word.
        if not is_open and (i == lo or text[i - 1] in _BEFORE_OPEN) and i + 1 < hi:
            return "open" if not text[i + 1].isspace() else "none"
        return "close"
    if is_open:
        return "close"
    before_ok = i == lo or text[i - 1] in _BEFORE_OPEN or text[i - 1].isspace()
    after_ok = i + w < hi and not text[i + w].isspace()
    return "open" if before_ok and after_ok else "none"


_DOUBLE_MARKS = ('"', "“", "”", "„", "‟", "«", "»")


def _double_marks(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Offset and width of each ``_DOUBLE`` match in ``text[lo:hi]``, in order: each mark found
    by ``str.find`` (a scan in C that ``re`` does not match for speed), "''" as one mark."""
    found: list[tuple[int, int]] = []
    ascii = text.isascii()
    for mark in ('"',) if ascii else _DOUBLE_MARKS:
        i = text.find(mark, lo, hi)  # (``text.find`` itself: a bound method is called slowly)
        while i >= 0:
            found.append((i, 1))
            i = text.find(mark, i + 1, hi)
    kinds = len(found)
    i = text.find("''", lo, hi)
    while i >= 0:
        found.append((i, 2))
        i = text.find("''", i + 2, hi)
    if 0 < kinds < len(found) or not ascii:
        found.sort()
    return found


def _scan_doubles(text: str, lo: int, hi: int, carry: int | None) -> tuple[list[Quote], int | None]:
    """Pair double quote marks in one paragraph; ``carry`` is an open quote from the one before."""
    quotes: list[Quote] = []
    open_at = carry
    width = 1
    first = True
    for i, w in _double_marks(text, lo, hi):
        if first and carry is not None:
            first = False
            if text[lo:i].strip() == "":
                continue  # the re-opening mark of a continued paragraph
        first = False
        role = _double_role(text, i, w, lo, hi, open_at is not None)
        if role == "open" and open_at is None:
            open_at, width = i, w
        elif role == "close" and open_at is not None:
            quotes.append(Quote(open_at, i, open_at + width, i, after=i + w))
            open_at = None
    return quotes, open_at


def _single_edges(text: str, lo: int, hi: int) -> list[int]:
    """The offsets of ``_SINGLE_EDGE.finditer(text, lo, hi)``: each single mark found by
    ``str.find``, less those between two letters or digits (the look-behind sees before ``lo``;
    nothing is seen from ``hi`` on)."""
    found: list[int] = []
    ascii = text.isascii()
    for mark in ("'",) if ascii else ("'", "‘", "’"):
        i = text.find(mark, lo, hi)
        while i >= 0:
            if i == 0 or i + 1 >= hi or not text[i - 1].isalnum() or not text[i + 1].isalnum():
                found.append(i)
            i = text.find(mark, i + 1, hi)
    if not ascii:
        found.sort()
    return found


def _scan_singles(text: str, lo: int, hi: int, taken: list[Quote]) -> list[Quote]:
    """Top-level single-quoted passages of three words or more, outside double quotes."""
    found: list[Quote] = []
    open_at: int | None = None
    blocked = sorted((q.open, q.close if q.close >= 0 else hi) for q in taken)
    k = 0
    marks = _single_edges(text, lo, hi)
    if lo < hi and text[lo] in "‘’'" and (not marks or marks[0] != lo):
        marks.insert(0, lo)  # the look-behind saw the character before ``lo``; the scan must not
    for i in marks:
        while k < len(blocked) and blocked[k][1] < i:
            k += 1
        if k < len(blocked) and blocked[k][0] <= i:
            continue
        prev_word = i > lo and (text[i - 1].isalnum())
        next_word = i + 1 < hi and (text[i + 1].isalnum())
        if prev_word and next_word:
            continue  # an apostrophe: don't, Afghanistan's
        if not prev_word and next_word and text[i] != "’":
            open_at = i
        elif open_at is not None and not next_word and i > lo and not text[i - 1].isspace():
            if len(text[open_at + 1 : i].split()) >= 3:
                found.append(Quote(open_at, i, open_at + 1, i, double=False))
            open_at = None
    return found


def line_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of ``_LINE.finditer(text, lo, hi)``: runs between line breaks, found by
    ``str.splitlines`` (it breaks on the same characters) rather than a scan in ``re``."""
    spans: list[tuple[int, int]] = []
    pos = lo
    for line in text[lo:hi].splitlines(keepends=True):
        end = pos + len(line)
        stop = end - (2 if line.endswith("\r\n") else 1 if line[-1] in _BREAKS else 0)
        if stop > pos:
            spans.append((pos, stop))
        pos = end
    return spans


def layout(text: str, regions: list[tuple[int, int]]) -> list[Unit]:
    """Split body regions into units with their quotations (sentences are added by ``mask``)."""
    units: list[Unit] = []
    for lo, hi in regions:
        carry: int | None = None
        current: Unit | None = None
        for line_start, line_end in line_spans(text, lo, hi):
            ps, pe = _trim(text, line_start, line_end)
            if ps >= pe or not _has_letter(text, ps, pe):
                continue  # blank, or no word in it: nobody is quoted there
            reopens = text[ps] in '"“”„«' or text.startswith("''", ps)
            if carry is not None and current is not None and reopens:
                quotes, carry = _scan_doubles(text, ps, pe, carry)
                current.end = pe
            else:
                if carry is not None and current is not None:
                    _close_runaway(text, current, carry)
                current = Unit(ps, pe)
                units.append(current)
                quotes, carry = _scan_doubles(text, ps, pe, None)
            current.quotes.extend(quotes)
        if carry is not None and current is not None:
            _close_runaway(text, current, carry)
    for unit in units:
        unit.quotes.extend(_scan_singles(text, unit.start, unit.end, unit.quotes))
        unit.quotes.sort(key=lambda q: q.open)
    return units


def _close_runaway(text: str, unit: Unit, open_at: int) -> None:
    """An unclosed quote ends with its paragraph (the unit's last line), never later."""
    s, e = _trim(text, open_at + (2 if text.startswith("''", open_at) else 1), unit.end)
    if e > s:
        unit.quotes.append(Quote(open_at, -1, s, e))


def mask(text: str, units: list[Unit]) -> str:
    """A copy of ``text`` with quotation interiors blanked, keeping each quote's last mark of
    punctuation (so sentence ends and the comma of ``"…," he said`` stay visible)."""
    pieces: list[str] = []
    prev = 0
    for unit in units:
        for q in unit.quotes:
            if q.start < prev:
                continue
            end = q.end
            if end > q.start and text[end - 1] in ".,?!":
                end -= 1
            pieces.append(text[prev : q.start])
            pieces.append(MASK * (end - q.start))
            prev = end
    pieces.append(text[prev:])
    masked = "".join(pieces)
    return masked


def add_sentences(masked: str, unit: Unit) -> None:
    """Split a unit into sentences (only units that may hold a claim are split)."""
    unit.sentences = split_sentences(masked, unit.start, unit.end)
    unit.starts = [s for s, _ in unit.sentences]


def _word_before(masked: str, lo: int, hi: int) -> str:
    """What ``_WORD_BEFORE`` finds in ``masked[lo:hi]``: the run of word characters and dots that
    ends it (or ends it but for a final newline, as ``$`` allows), "" when there is none. A
    backward walk: the regex tries every offset of the window before it finds the run."""
    end = hi - 1 if hi > lo and masked[hi - 1] == "\n" else hi
    k = end
    while k > lo and (masked[k - 1].isalnum() or masked[k - 1] in "_."):
        k -= 1
    return masked[k:end]


def _after_comma(masked: str, lo: int, pos: int) -> bool:
    """Whether a comma comes before ``pos`` in ``masked[lo:pos]``, across blanks only."""
    k = pos - 1
    while k >= lo and masked[k].isspace():
        k -= 1
    return k >= lo and masked[k] == ","


_NEXT_MARKS = "\"“‘'(["  # (with "«"): what ``_NEXT_START`` allows before the capital
_QUOTE_MARKS = "\"“‘'«"  # and before a masked quotation


def _next_start(masked: str, pos: int) -> bool:
    """Whether ``_NEXT_START.match(masked, pos)`` matches: a capital or digit, maybe after an
    opening mark (or ``''``), or a masked quotation's opening mark."""
    n = len(masked)
    if pos >= n:
        return False
    c = masked[pos]
    if "A" <= c <= "Z" or "0" <= c <= "9":
        return True
    if c == "'" and pos + 2 < n and masked[pos + 1] == "'":
        d = masked[pos + 2]  # "''" as one mark (the single "'" is followed by no capital)
        return "A" <= d <= "Z" or "0" <= d <= "9" or d == MASK
    if c in _NEXT_MARKS or c == "«":
        if pos + 1 >= n:
            return False
        d = masked[pos + 1]
        return "A" <= d <= "Z" or "0" <= d <= "9" or (d == MASK and c in _QUOTE_MARKS)
    return False


def _end_spans(masked: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of ``_END.finditer(masked, lo, hi)``: each stop found by ``str.find`` (``re``
    tests the text character by character), then the stops, closing marks and spaces after it."""
    out: list[tuple[int, int]] = []
    dot = masked.find(".", lo, hi)
    ask = masked.find("?", lo, hi)
    bang = masked.find("!", lo, hi)
    while True:
        p = dot
        if ask >= 0 and (p < 0 or ask < p):
            p = ask
        if bang >= 0 and (p < 0 or bang < p):
            p = bang
        if p < 0:
            return out
        e = p + 1
        while e < hi and masked[e] in ".?!":
            e += 1
        while e < hi and masked[e] in "\"”’'»)]":
            e += 1
        k = e
        while k < hi and masked[k].isspace():
            k += 1
        # (no match at ``p`` means none from the stops after it up to ``e`` either)
        nxt = k if k > e else e
        if k > e:
            out.append((p, k))
        if dot >= 0 and dot < nxt:
            dot = masked.find(".", nxt, hi)
        if ask >= 0 and ask < nxt:
            ask = masked.find("?", nxt, hi)
        if bang >= 0 and bang < nxt:
            bang = masked.find("!", nxt, hi)


def split_sentences(masked: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Sentences of ``masked[lo:hi]``: ends at . ? ! before a capital, not after an abbreviation."""
    out: list[tuple[int, int]] = []
    dateline = _DATELINE.match(masked, lo, hi)
    start = dateline.end() if dateline else lo
    for m_start, nxt in _end_spans(masked, start, hi):
        if nxt >= hi or not _next_start(masked, nxt):
            continue
        if masked[m_start] == ".":
            word = _word_before(masked, max(lo, m_start - _MAX_LOOKBACK), m_start)
            initials = _INITIALS.fullmatch(word) is not None and not _after_comma(
                masked, lo, m_start - len(word)
            )
            word = word.lower()
            abbreviated = initials or word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())
            if abbreviated and (word in TITLES or not _STARTER.match(masked, nxt)):
                continue  # "Gen. Votel"; but "in the U.S. He says" ends a sentence
        s, e = _trim(masked, start, nxt)
        if e > s:
            out.append((s, e))
        start = nxt
    s, e = _trim(masked, start, hi)
    if e > s:
        out.append((s, e))
    return out
