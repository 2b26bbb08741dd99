"""Names compared: personal names ("Kabulov" ~ "Zamir Kabulov", "Mohamamed" ~ "Mohammed", but not
"Hillary Clinton" ~ "Bill Clinton") and keys of organisation names ("The US State Department" ~
"U.S. State Department")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from claimtrack.extract import speaker_lexicon as lex

_POSSESSIVE = re.compile(r"(?:'s|'|’s|’)$")
_NOT_WORD = re.compile(r"[^\w\s]")
# Spellings of one country in organisation names ("U.S.", "US", "United States", "American").
_COUNTRY_SPELLINGS = {"united states": "us", "usa": "us", "american": "us", "united kingdom": "uk",
                      "british": "uk", "britain": "uk"}  # fmt: skip
_COUNTRY_RE = re.compile(r"\b(?:" + "|".join(_COUNTRY_SPELLINGS) + r")\b")
_ACRONYM_SKIP = frozenset({"the", "of", "and", "for", "in", "on", "at", "to", "a", "an", "&"})


@lru_cache(maxsize=1 << 14)
def token_key(token: str) -> str:
    """Lower-case comparison key of one token: no dots, commas or possessive."""
    token = _POSSESSIVE.sub("", token.strip(",;:").replace("’", "'"))
    return token.replace(".", "").lower()


def fold(text: str) -> str:
    """Lower-case, accent-free form of a name for comparisons."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def name_tokens(name: str) -> list[str]:
    """A personal name as comparison tokens: folded, without titles ("Mr.") or suffixes ("Jr.")."""
    return list(_name_tokens(name))


@lru_cache(maxsize=1 << 13)
def _name_tokens(name: str) -> tuple[str, ...]:
    tokens = [fold(token_key(t)) for t in name.split()]
    while len(tokens) > 1 and tokens[0] in lex.TITLES:
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1] in lex.NAME_SUFFIXES:
        tokens = tokens[:-1]
    return tuple(t for t in tokens if t)


def surname_key(tokens: list[str]) -> str:
    """The surname of ``name_tokens`` output, without an article ("al-Baghdadi" -> "baghdadi")."""
    if not tokens:
        return ""
    token = tokens[-1]
    for prefix in ("al-", "el-"):
        if token.startswith(prefix):
            token = token[len(prefix) :]
    return token.replace("-", "")


def _given_compatible(a: list[str], b: list[str]) -> bool:
    """Whether the shorter list of given names fits, in order, into the longer one."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    pos = 0
    for name in short:
        while pos < len(long) and not _given_equal(name, long[pos]):
            pos += 1
        if pos == len(long):
            return False
        pos += 1
    return True


def _given_equal(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return a == b or fuzz.ratio(a, b) >= 85


def names_match(a: str, b: str) -> bool:
    """Whether two personal names can be the same person.

    Surnames must agree (up to spelling: "Mohamamed"/"Mohammed"); a bare surname fits any full name
    with it; given names must fit each other ("Abdul Rashid Dostum" ~ "Rashid Dostum"), so
    "Hillary Clinton" and "Bill Clinton" do not match.
    """
    return tokens_match(name_tokens(a), name_tokens(b))


def tokens_match(ta: list[str], tb: list[str]) -> bool:
    """``names_match`` over ``name_tokens`` output (for callers that cache the tokens)."""
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    sa, sb = surname_key(ta), surname_key(tb)
    if len(ta) == 1 or len(tb) == 1:
        return sa == sb  # a bare surname must be spelled alike: "Jonas" is not "Tom Jones"
    return surnames_alike(sa, sb) and _given_compatible(ta[:-1], tb[:-1])


def surname_edits(surname: str) -> int:
    """Spelling edits tolerated in a surname of this length ("Kabulov"/"Kabulow": one)."""
    return 0 if len(surname) < 5 else 1 if len(surname) < 10 else 2


def surnames_alike(a: str, b: str) -> bool:
    """Same surname up to a transliteration's edit or two ("Ahmadi"/"Ahmedi")."""
    edits = surname_edits(min(a, b, key=len))
    return a == b or Levenshtein.distance(a, b, score_cutoff=edits) <= edits


@lru_cache(maxsize=1 << 13)
def org_key(name: str) -> str:
    """Comparison key of a name: accent-free, lower case, no dots, possessives or leading "the"."""
    text = name.replace("’", "'")
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold()
    text = re.sub(r"'s\b", "", text).replace(".", "").replace("&", " and ").replace("-", " ")
    words = _NOT_WORD.sub(" ", text).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return _COUNTRY_RE.sub(lambda m: _COUNTRY_SPELLINGS[m.group(0)], " ".join(words))


def acronym(key: str) -> str:
    """Initials of an ``org_key`` of two or more words: "wall street journal" -> "wsj"."""
    words = [w for w in key.split() if w not in _ACRONYM_SKIP]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def org_blocks(key: str) -> set[str]:
    """Blocking keys of an organisation name: the start of each of its significant words."""
    return {w[:3] for w in key.split() if w not in _ACRONYM_SKIP} or {key[:3]}
