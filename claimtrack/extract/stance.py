"""Polarity, certainty and date of one attribution, from its cue, clause and content."""

from __future__ import annotations

import re
from typing import Final

from claimtrack.extract import dates
from claimtrack.extract.dates import DateMatch
from claimtrack.extract.lexicon import (
    DENIAL_VERBS,
    HEDGE_VERBS,
    HEDGES,
    NEGATIONS,
    REPORTED,
    words,
)
from claimtrack.models import Certainty, Polarity


def _words(fragments: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(fragments) + r")(?![\w-])")


_NEGATION = _words(NEGATIONS)
_HEDGE = _words(HEDGES)
_REPORTED = _words(REPORTED)
_FIRST_SENTENCE = re.compile(r"[.?!][\"”’']?\s+(?=[\"“‘']?[A-Z])")
_REPORTS_HEAD = re.compile(r"\breports?\W*$", re.IGNORECASE)
_WINDOW = 400
_TOKENS = re.compile(r"[a-z]+(?:['’][a-z]+)?")
# Words that any pattern of each kind contains: the regex runs only when one is present.
_NEG_WORDS = words(
    "not never cannot nothing nobody no wrong false untrue incorrect baseless groundless nonsense"
)
_VERDICT = re.compile(r"wrong|false|untrue|incorrect|baseless|groundless|nonsense|not\s+true")
# A negation after one of these is inside a subordinate clause, not the claim's main verb.
_SUBORDINATE = re.compile(
    r"\b(?:that|which|who|whom|if|when|because|whether|while|although|unless|where)\b"
)
_HEDGE_WORDS = words(
    "may might could possibly perhaps probably likely unlikely apparently appear appears seem "
    "seems fair safe possible indicated suggest suggests suggested believe believed believes "
    "presumably suspected clear unclear"
)
_REPORTED_WORDS = words(
    "reportedly allegedly aware confirmation confirm confirmed verify verified unconfirmed "
    "according rumor rumors rumour rumours purported purportedly"
)
# A piece of every one of those words: a clause holding none of them is not tokenised at all.
_REPORTED_HINTS = ("report", "alleged", "aware", "confirm", "verif", "according", "rumo", "purport")
# Any hint of a date: a digit, day, week, month, year, ago, today, tonight, yesterday, earlier,
# last, this or a month's abbreviation (the words factored by first letter: faster to search).
_DATEISH = re.compile(
    r"\d|d(?:ay\b|ec)|week|m(?:onth|ar|ay)|y(?:ear|esterday)|a(?:go|pr|ug)|t(?:o(?:day|night)|his)"
    r"|earlier|last|j(?:an|u[nl])|feb|sep|oct|nov",
    re.IGNORECASE,
)
# ``_DATEISH`` as plain substrings of the lower-cased clause ("day" is the one with a boundary
# after it): ``in`` is many times faster than a case-insensitive scan of a dozen branches.
_DATE_HINTS = (  # the likeliest first
    "this",
    "year",
    "last",
    "may",
    "mar",
    "week",
    "month",
    "ago",
    "today",
    "dec",
    "nov",
    "oct",
    "sep",
    "jan",
    "jun",
    "jul",
    "feb",
    "apr",
    "aug",
    "earlier",
    "yesterday",
    "tonight",
)
_DIGIT = re.compile(r"\d")
# The only characters that ``re.IGNORECASE`` matches to those letters but ``str.lower`` does not
# lower to them (or lowers to two characters): with one of them, the regex decides.
_ODD_CASE = re.compile("[\u0130\u0131\u017f]")


# Every ASCII character that cannot be in a ``_TOKENS`` token, as a space (``bytes.translate``:
# a table lookup per byte, many times faster than ``str.translate``).
_NOT_TOKEN = bytes(c if 97 <= c <= 122 or c == 39 else 32 for c in range(256))


# Which trigger lists a word is in, as bits: ``_kinds_of`` looks each token up once.
_NEG_BIT: Final = 1
_REPORTED_BIT: Final = 2
_HEDGE_BIT: Final = 4
_KINDS: Final[dict[str, int]] = {}  # (``Final``: a C static, not a module-dict look-up per token)
for _bit, _triggers in ((1, _NEG_WORDS), (2, _REPORTED_WORDS), (4, _HEDGE_WORDS)):
    for _word in _triggers:
        _KINDS[_word] = _KINDS.get(_word, 0) | _bit


def _kinds_of(text: str) -> int:
    """The bits of the trigger lists that hold a ``_TOKENS`` token of ``text`` without an
    apostrophe (none of the trigger words has one): one dict look-up per token, no set of words.
    Without ``re``: the text with every character no token holds turned to a space, split; only a
    piece with an apostrophe goes through the regex."""
    if "’" in text:
        text = text.replace("’", "'")  # the two marks join tokens alike
    data = text.encode("utf-8", "surrogatepass")  # a character outside ASCII: bytes >= 0x80
    pieces = data.translate(_NOT_TOKEN).decode("ascii").split()
    kinds = 0
    if "'" not in text:
        for piece in pieces:
            kinds |= _KINDS.get(piece, 0)
        return kinds
    for piece in pieces:
        if "'" not in piece:
            kinds |= _KINDS.get(piece, 0)
            continue
        for token in _TOKENS.findall(piece):
            if "'" not in token:
                kinds |= _KINDS.get(token, 0)
    return kinds


assert not any("'" in w or "’" in w for w in _NEG_WORDS | _HEDGE_WORDS | _REPORTED_WORDS)


def _holds_any(text: str, pieces: tuple[str, ...]) -> bool:
    """Whether any of ``pieces`` occurs in ``text`` (mypyc makes ``any`` of a generator a loop of
    direct ``in`` tests: no generator, no generic calls)."""
    return any(piece in text for piece in pieces)


def _original(content: str, head: str, m: re.Match[str]) -> str:
    """The matched words as written (``head`` is lower-cased; lengths agree for most text)."""
    piece = content[m.start() : m.end()]
    return piece if piece.lower() == m.group() else m.group()


# The characters ``_FIRST_SENTENCE`` allows after a full stop and before the next capital.
_CLOSERS = "\"”’'"
_OPENERS = "\"“‘'"


def _break_after(head: str, mark: str) -> int:
    """Where ``_FIRST_SENTENCE`` first matches at a ``mark`` in ``head``, or -1: the mark, maybe a
    closing quote, whitespace, maybe an opening quote, an ASCII capital. Every step is forced
    (a quote is not whitespace, whitespace is neither quote nor capital), so no backtracking."""
    n = len(head)
    at = head.find(mark)
    while at >= 0:
        i = at + 1
        if i < n and head[i] in _CLOSERS:
            i += 1
        j = i
        while j < n and head[j].isspace():
            j += 1
        if i < j < n:
            c = head[j]
            if c in _OPENERS and j + 1 < n:
                c = head[j + 1]
            if "A" <= c <= "Z":
                return at
        at = head.find(mark, at + 1)
    return -1


def _sentence_break(head: str) -> int:
    """``_FIRST_SENTENCE.search(head).start()``, or -1 when it finds nothing, by ``str.find``:
    the regex is tried by ``re`` at every offset."""
    found = _break_after(head, ".")
    for mark in ("?", "!"):
        at = _break_after(head, mark)
        if at >= 0 and (found < 0 or at < found):
            found = at
    return found


def _head(content: str) -> str:
    """The first sentence of the content, lower-cased (a negation or hedge there governs it)."""
    head = content[:_WINDOW]
    end = _sentence_break(head)
    return (head[:end] if end >= 0 else head).lower()


_AFFIRM: Final = Polarity.AFFIRM
_DENY: Final = Polarity.DENY
_REPORTED_C: Final = Certainty.REPORTED
_HEDGED: Final = Certainty.HEDGED
_ASSERTED: Final = Certainty.ASSERTED


def stance(
    lemma: str | None, cue: str | None, clause: str, speaker: str | None, content: str
) -> tuple[Polarity, str | None, Certainty, str | None]:
    """Polarity and certainty of one attribution, each with the words that decided it.

    ``deny`` when the cue denies ("denied", "rejected") or the content is negated ("is not");
    ``reported`` for second-hand claims ("reportedly", "aware of reports"), ``hedged`` for hedges
    ("may", "fair to assume", a cue like "believes"), else ``asserted``.
    """
    head = _head(content)
    kinds = _kinds_of(head)
    pol, pol_cue = _AFFIRM, None
    if lemma in DENIAL_VERBS and cue:
        pol, pol_cue = _DENY, cue
    else:
        negated = "n't" in head or "n’t" in head
        m = _NEGATION.search(head) if negated or kinds & _NEG_BIT else None
        verdict = m is not None and _VERDICT.search(m.group()) is not None  # "… is wrong"
        if m and (verdict or not _SUBORDINATE.search(head, 0, m.start())):
            pol, pol_cue = _DENY, _original(content, head, m)
    low = clause.lower()
    m = None
    if _holds_any(low, _REPORTED_HINTS) and _kinds_of(low) & _REPORTED_BIT:
        m = _REPORTED.search(low)
    if m:
        return pol, pol_cue, _REPORTED_C, _original(clause, low, m)
    m = _REPORTED.search(head) if kinds & _REPORTED_BIT else None
    if m:
        return pol, pol_cue, _REPORTED_C, _original(content, head, m)
    # (no other character folds to one of "report": see ``_ODD_CASE``)
    if speaker and "report" in speaker.lower() and _REPORTS_HEAD.search(speaker):
        return pol, pol_cue, _REPORTED_C, speaker
    if lemma in HEDGE_VERBS and cue:
        return pol, pol_cue, _HEDGED, cue
    m = _HEDGE.search(head) if kinds & _HEDGE_BIT else None
    if m:
        return pol, pol_cue, _HEDGED, _original(content, head, m)
    return pol, pol_cue, _ASSERTED, None


# ``_DATE_HINTS``, "day" then a word boundary, and the ASCII digits as one pattern over the
# lower-cased clause (for a clause outside ASCII).
_DATE_WORDS = re.compile("|".join((*"0123456789", *_DATE_HINTS, r"day\b")))
_DIGITS = tuple("0123456789")


def _date_words(low: str) -> bool:
    """``_DATE_WORDS.search(low)`` for a lower-cased ``low``, by ``in`` tests: ``re`` tries every
    one of its branches at every offset of the clause."""
    for hint in _DATE_HINTS:
        if hint in low:
            return True
    for digit in _DIGITS:
        if digit in low:
            return True
    n = len(low)
    at = low.find("day")
    while at >= 0:
        after = at + 3
        if after >= n:
            return True
        c = low[after]
        if not (c.isalnum() or c == "_"):  # ``\b`` after the word character "y"
            return True
        at = low.find("day", after)
    return False


def _dateish(text: str, lo: int, hi: int) -> bool:
    """Whether ``_DATEISH`` finds anything in ``text[lo:hi]``."""
    piece = text[lo:hi]
    if piece.isascii():
        return _date_words(piece.lower())
    if _ODD_CASE.search(piece):
        return _DATEISH.search(text, lo, hi) is not None
    low = piece.lower()
    return _date_words(low) or _DIGIT.search(low) is not None


def claim_date(text: str, lo: int, hi: int, published: str | None) -> DateMatch | None:
    """The date phrase of the attribution clause ``text[lo:hi]``, if the date parser finds one."""
    if hi <= lo or not _dateish(text, lo, hi):
        return None
    try:
        return dates.find_claim_date(text, lo, hi, published)
    except Exception:
        return None
