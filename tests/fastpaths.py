"""Shared pieces of the fast-path tests: adversarial strings, the ranges to try, and the token
split every tokenizer that ``phrases`` replaced used."""

from __future__ import annotations

from hypothesis import strategies as st

from claimtrack.extract.lexicon import ABBREVIATIONS

# Characters that fold or classify oddly: "ſ" folds to "s", the Kelvin sign to "k", "İ" lowers to
# "i", "²" and "Ⅻ" are alphanumeric but not decimal, "\x1c" and "\u2028" are spaces to ``split``.
ODD = ["ſ", "\u212a", "İ", "ı", "²", "Ⅻ", "é", "ß", "_", "\x1c", "\u2028", "\xa0", "\x00", "…"]


def texts(words: list[str]) -> st.SearchStrategy[str]:
    """Strings of up to 30 pieces drawn from ``words`` and the odd characters."""
    pieces = st.sampled_from(words + ODD)
    return st.lists(pieces, max_size=30).map("".join)


def ranges(text: str) -> list[tuple[int, int]]:
    """The first 400 ``(lo, hi)`` pairs with ``0 <= lo <= hi <= len(text)``."""
    n = len(text)
    return [(lo, hi) for lo in range(n + 1) for hi in range(lo, n + 1)][:400]


def add_token(out: list[tuple[int, int, str]], start: int, end: int, tok: str) -> None:
    """Append a token as ``phrases`` always has: a final full stop that is not an abbreviation's
    is a token of its own."""
    if (
        tok[-1] == "."
        and len(tok) > 2
        and "." not in tok[:-1]
        and tok[:-1].lower() not in ABBREVIATIONS
    ):
        out.append((start, end - 1, tok[:-1]))
        out.append((end - 1, end, "."))
    else:
        out.append((start, end, tok))
