"""Comparing speaker names loosely: "Ted Cruz" is "Cruz", "The Wall Street Journal" is "Wall Street
Journal". Used where a resolved name stands in for a mention span."""

from __future__ import annotations

import re


def _words(text: str) -> list[str]:
    """A word list written as one string, one word per space."""
    return text.split()


PRONOUNS = frozenset(
    _words(
        "i me my we us our he him his she her they them their it its you your this that "
        "these those "
        "who which"
    )
)
_DETERMINERS = frozenset(_words("the a an"))
# Titles and roles that do not identify anyone on their own.
_TITLES = frozenset(
    _words(
        "mr mrs ms dr gen general capt captain col sen senator rep president vice prime minister "
        "governor gov former deputy chief director spokesperson spokesman spokeswoman official "
        "officials u.s us"
    )
)
_TOKEN = re.compile(r"[\w.'’-]+")


def tokens(text: str) -> list[str]:
    return [t.strip(".'’-").lower() for t in _TOKEN.findall(text) if t.strip(".'’-")]


def canonical(text: str) -> str:
    """Lower case, punctuation dropped, leading determiners and possessive endings removed."""
    words = tokens(text.replace("’s", "").replace("'s", ""))
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


def is_pronoun(mention: str | None) -> bool:
    return mention is not None and canonical(mention) in PRONOUNS


def looks_like_name(text: str) -> bool:
    """A proper name somewhere in ``text``: a capitalised word that is not a sentence-initial
    determiner or pronoun."""
    words = _TOKEN.findall(text)
    for index, word in enumerate(words):
        if not word[:1].isupper():
            continue
        if index == 0 and word.lower() in PRONOUNS | _DETERMINERS:
            continue
        return True
    return False


def identifying_tokens(text: str) -> set[str]:
    return {word for word in tokens(text) if word not in _TITLES and word not in _DETERMINERS}


def same_name(a: str, b: str) -> bool:
    """Equal after ``canonical``, or sharing a capitalised word that is not a title
    ("Joseph Votel" ~ "Gen. Votel")."""
    if canonical(a) and canonical(a) == canonical(b):
        return True
    capitals_a = {w.lower() for w in _TOKEN.findall(a) if w[:1].isupper()}
    capitals_b = {w.lower() for w in _TOKEN.findall(b) if w[:1].isupper()}
    shared = {w.strip(".'’-") for w in capitals_a & capitals_b}
    return bool(shared - _TITLES - _DETERMINERS - PRONOUNS)
