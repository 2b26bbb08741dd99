"""Polarity, certainty and date of one attribution, from its cue, clause and content."""

from __future__ import annotations

import re

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


def _words_of(text: str) -> set[str]:
    """The ``_TOKENS`` tokens of ``text`` that hold no apostrophe: all that the trigger words
    (none has one) are tested against. Without ``re``: the text with every character no token
    holds turned to a space, split; only a piece with an apostrophe goes through the regex."""
    if "’" in text:
        text = text.replace("’", "'")  # the two marks join tokens alike
    data = text.encode("utf-8", "surrogatepass")  # a character outside ASCII: bytes >= 0x80
    pieces = data.translate(_NOT_TOKEN).decode("ascii").split()
    if "'" not in text:
        return set(pieces)
    found = {p for p in pieces if "'" not in p}
    for piece in pieces:
        if "'" in piece:
            found.update(t for t in _TOKENS.findall(piece) if "'" not in t)
    return found


assert not any("'" in w or "’" in w for w in _NEG_WORDS | _HEDGE_WORDS | _REPORTED_WORDS)


def _search(
    pattern: re.Pattern[str], text: str, words: set[str], triggers: frozenset[str]
) -> re.Match[str] | None:
    return pattern.search(text) if not triggers.isdisjoint(words) else None


def _holds_any(text: str, pieces: tuple[str, ...]) -> bool:
    """Whether any of ``pieces`` occurs in ``text`` (``map``: a generator's frames cost more than
    the tests, which run for every attribution)."""
    return any(map(text.__contains__, pieces))


def _original(content: str, head: str, m: re.Match[str]) -> str:
    """The matched words as written (``head`` is lower-cased; lengths agree for most text)."""
    piece = content[m.start() : m.end()]
    return piece if piece.lower() == m.group() else m.group()


def _head(content: str) -> str:
    """The first sentence of the content, lower-cased (a negation or hedge there governs it)."""
    head = content[:_WINDOW]
    m = _FIRST_SENTENCE.search(head)
    return (head[: m.start()] if m else head).lower()


def stance(
    lemma: str | None, cue: str | None, clause: str, speaker: str | None, content: str
) -> tuple[Polarity, str | None, Certainty, str | None]:
    """Polarity and certainty of one attribution, each with the words that decided it.

    ``deny`` when the cue denies ("denied", "rejected") or the content is negated ("is not");
    ``reported`` for second-hand claims ("reportedly", "aware of reports"), ``hedged`` for hedges
    ("may", "fair to assume", a cue like "believes"), else ``asserted``.
    """
    head = _head(content)
    words = _words_of(head)
    pol, pol_cue = Polarity.AFFIRM, None
    if lemma in DENIAL_VERBS and cue:
        pol, pol_cue = Polarity.DENY, cue
    else:
        negated = "n't" in head or "n’t" in head
        m = _NEGATION.search(head) if negated else _search(_NEGATION, head, words, _NEG_WORDS)
        verdict = m is not None and _VERDICT.search(m.group()) is not None  # "… is wrong"
        if m and (verdict or not _SUBORDINATE.search(head, 0, m.start())):
            pol, pol_cue = Polarity.DENY, _original(content, head, m)
    low = clause.lower()
    m = None
    if _holds_any(low, _REPORTED_HINTS):
        m = _search(_REPORTED, low, _words_of(low), _REPORTED_WORDS)
    if m:
        return pol, pol_cue, Certainty.REPORTED, _original(clause, low, m)
    m = _search(_REPORTED, head, words, _REPORTED_WORDS)
    if m:
        return pol, pol_cue, Certainty.REPORTED, _original(content, head, m)
    if speaker and _REPORTS_HEAD.search(speaker):
        return pol, pol_cue, Certainty.REPORTED, speaker
    if lemma in HEDGE_VERBS and cue:
        return pol, pol_cue, Certainty.HEDGED, cue
    m = _search(_HEDGE, head, words, _HEDGE_WORDS)
    if m:
        return pol, pol_cue, Certainty.HEDGED, _original(content, head, m)
    return pol, pol_cue, Certainty.ASSERTED, None


# ``_DATE_HINTS``, "day" then a word boundary, and the ASCII digits as one pattern over the
# lower-cased clause: every branch opens with a letter or digit, so ``re`` skips to candidates in C
# (``_DATEISH`` opens with ``\d``, a class, and is tried at every offset).
_DATE_WORDS = re.compile("|".join((*"0123456789", *_DATE_HINTS, r"day\b")))


def _dateish(text: str, lo: int, hi: int) -> bool:
    """Whether ``_DATEISH`` finds anything in ``text[lo:hi]``."""
    piece = text[lo:hi]
    if piece.isascii():
        return _DATE_WORDS.search(piece.lower()) is not None
    if _ODD_CASE.search(piece):
        return _DATEISH.search(text, lo, hi) is not None
    low = piece.lower()
    return _DATE_WORDS.search(low) is not None or _DIGIT.search(low) is not None


def claim_date(text: str, lo: int, hi: int, published: str | None) -> DateMatch | None:
    """The date phrase of the attribution clause ``text[lo:hi]``, if the date parser finds one."""
    if hi <= lo or not _dateish(text, lo, hi):
        return None
    try:
        return dates.find_claim_date(text, lo, hi, published)
    except Exception:
        return None
