"""Speaker noun phrases next to a cue, found by walking tokens away from it.

No tagger: a speaker phrase is a short run of capitalised words, nouns, adjectives, determiners and
in-phrase prepositions, ended by a verb, conjunction or clause punctuation. Appositives between
commas ("Hugh Hill, a doctor, said") belong to the phrase. Offsets index the masked text, which has
the same length as the source.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.extract.lexicon import (
    ABBREVIATIONS,
    ADVERBS,
    CLAUSE_OPENERS,
    LY_NOUNS,
    MONTHS,
    NP_FUNCTION,
    NP_STOP,
    PRONOUNS,
    RELATIVES,
    TO_LINKS,
    WEEKDAYS,
    words,
)

_TOKEN = re.compile(r"[^\W_][\w.'’&-]*[\w.]|[^\W_]|,|\x00+|[^\s\w]")
# ``_TOKEN`` with what lies before each token (only spaces and "_" start no token): ``findall``
# returns plain strings whose lengths give the offsets, with no match object per token.
_GAP_TOKEN = re.compile(r"([\s_]*)(" + _TOKEN.pattern + ")")
_WINDOW = 160
_SHORT_WINDOW = 48
_MAX_WORDS = 14
_MAX_APPOSITIVE = 18
_DETERMINERS = words("a an the this that these those his her its their our")
_FOCUS = words("even only just")  # before a subject, not part of it
_RELATIVE_WINDOW = 240
_MAX_RELATIVE = 24  # words in the relative clause between a subject and its verb
_RELATIVE_WORDS = words("who whose which like unlike including")
_RELATIVE_HINT = re.compile("who|which|like|including", re.IGNORECASE)  # in every relative word
_COMMA_ONLY = words("which like unlike including")  # "X, like Y, say": only between commas
_EDGE = words("of and & for at in on from with by to")
_DATES = frozenset(WEEKDAYS) | frozenset(MONTHS)
_DATE_WORDS = frozenset(WEEKDAYS) | words("today yesterday tonight earlier")
_MONTH_NAMES = frozenset(m.capitalize() for m in MONTHS)
_FORWARD_STOP = words("on at during last this next earlier")
_UNITS = words(
    "minutes hours days weeks months years decades moments minute hour day week month year"
)
_AMOUNTS = words(
    "a an the few several some many couple of just only two three four five six seven eight nine "
    "ten for in over recent past"
)


def _is_word(tok: str) -> bool:
    return tok[0].isalnum()


@lru_cache(maxsize=1 << 14)  # a pure test of one token, asked of the same words again and again
def _np_word(tok: str) -> bool:
    """A token that may sit inside a speaker phrase."""
    if not _is_word(tok):
        return tok in "&-%"
    low = tok.lower()
    if tok[0].isupper() or tok[0].isdigit():
        return low not in NP_STOP or tok.isupper()
    if low in NP_FUNCTION:
        return True
    adverb = low.endswith("ly") and low not in LY_NOUNS
    return low not in NP_STOP and low not in ADVERBS and not adverb and not low.endswith("ing")


def _tokens(masked: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The tokens of ``masked[lo:hi]`` (``_TOKEN`` matches, a sentence stop split off a word).

    No token holds a space, so the text is read chunk by chunk between spaces: a plain word, a
    word and a comma, a word and a full stop are told apart with ``str`` tests (most chunks are
    these), any other chunk is left to the regex."""
    out: list[tuple[int, int, str]] = []
    start = lo
    for chunk in masked[lo:hi].split(" "):
        n = len(chunk)
        if not n:
            start += 1
            continue
        end = start + n
        if chunk.isalnum():
            out.append((start, end, chunk))
        elif n > 1 and chunk[-1] == "," and chunk[:-1].isalnum():
            out.append((start, end - 1, chunk[:-1]))
            out.append((end - 1, end, ","))
        elif n > 1 and chunk[-1] == "." and chunk[:-1].isalnum():
            word = chunk[:-1]
            if n > 2 and word.lower() not in ABBREVIATIONS:
                out.append((start, end - 1, word))
                out.append((end - 1, end, "."))
            else:
                out.append((start, end, chunk))  # "Mr.", "a."
        else:
            _regex_tokens(masked, start, end, out)
        start = end + 1
    return out


def _regex_tokens(masked: str, lo: int, hi: int, out: list[tuple[int, int, str]]) -> None:
    """``_GAP_TOKEN.findall(masked, lo, hi)``'s tokens with their offsets, walked (one regex call
    costs more than walking a chunk): spaces and "_" between tokens; a word from a letter or
    digit over ``[\\w.'’&-]`` back to its last ``[\\w.]``; a run of masked characters; any
    other character alone."""
    i = lo
    while i < hi:
        c = masked[i]
        if c.isalnum():
            k = i + 1
            end = k
            while k < hi:
                d = masked[k]
                if d.isalnum() or d == "_" or d == ".":
                    k += 1
                    end = k
                elif d == "'" or d == "’" or d == "&" or d == "-":
                    k += 1
                else:
                    break
            tok = masked[i:end]
            if (
                end - i > 2
                and masked[end - 1] == "."
                and masked.find(".", i, end - 1) < 0
                and tok[:-1].lower() not in ABBREVIATIONS
            ):
                out.append((i, end - 1, tok[:-1]))
                out.append((end - 1, end, "."))
            else:
                out.append((i, end, tok))
            i = end
        elif c == "\x00":
            k = i + 1
            while k < hi and masked[k] == "\x00":
                k += 1
            out.append((i, k, masked[i:k]))
            i = k
        elif c == "_" or c.isspace():
            i += 1
        else:
            out.append((i, i + 1, c))  # "," or another mark
            i += 1


_BEFORE_NUMBER = words("over under above below aged")  # "those over 60", "adults under 30"
_LEADING_EDGE = _EDGE | {"-"}
_TRAILING_EDGE = _EDGE | {"-", "the", "a", "an"}


def _strip_edges(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    lo, hi = 0, len(toks)
    while lo < hi and toks[lo][2].lower() in _LEADING_EDGE:
        lo += 1
    while lo < hi and toks[hi - 1][2].lower() in _TRAILING_EDGE:
        hi -= 1
    return toks[lo:hi]


def _strict_back(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The longest suffix of ``toks`` that reads as a noun phrase (a date before the verb is not
    part of it: "the Kentucky Republican on Tuesday dismissed")."""
    unit = len(toks) - (2 if toks and toks[-1][2] in ("later", "earlier", "ago") else 1)
    if unit > 1 and toks[unit][2] in _UNITS and toks[unit - 1][2].lower() in _AMOUNTS:
        # "Amazon and Facebook just a few months later announced …": a time, not the speaker
        k = unit
        while k > 0 and (toks[k - 1][2].lower() in _AMOUNTS or toks[k - 1][2][0].isdigit()):
            k -= 1
        toks = toks[:k]
    if toks and (toks[-1][2].lower() in _DATE_WORDS or toks[-1][2] in _MONTH_NAMES):
        toks = toks[:-1]
        while toks and toks[-1][2].lower() in ("on", "last", "this", "earlier", "late"):
            toks.pop()
        if not toks or toks[-1][2] == ",":
            return []
    k = len(toks)
    stop = max(0, k - _MAX_WORDS)
    while k > stop:
        word = toks[k - 1][2]
        if not (
            _np_word(word)
            or (word == "to" and k > 1 and toks[k - 2][2].lower() in TO_LINKS)
            or _ing_noun(toks, k - 1)
            or (word.lower() in _BEFORE_NUMBER and k < len(toks) and toks[k][2][0].isdigit())
        ):
            break  # ("sources close to the campaign" keeps its "to")
        k -= 1
    out = _strip_edges(toks[k:])
    # "Monday the ministry": a determiner not after a preposition starts a new phrase.
    for k in range(len(out) - 1, 0, -1):
        if out[k][2] in ("the", "a", "an") and out[k - 1][2].lower() in _DATE_WORDS:
            out = out[k:]
            break
    return out


def _ing_noun(toks: list[tuple[int, int, str]], k: int) -> bool:
    """An "-ing" word right after a determiner is a noun or a modifier, not a verb: "the filing
    states", "the ruling said", "its governing board said"."""
    word = toks[k][2]
    return (
        word.islower() and word.endswith("ing") and k > 0 and toks[k - 1][2].lower() in _DETERMINERS
    )


def _has_name(toks: list[tuple[int, int, str]]) -> bool:
    return any(t[2][0].isupper() for t in toks) or any(t[2].lower() in PRONOUNS for t in toks)


def np_before(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The speaker phrase ending just before ``hi`` (a cue), not reaching before ``lo``."""
    start = max(lo, hi - _SHORT_WINDOW)
    got = _np_before(masked, lo, hi, start)
    if start > lo and (
        (got is None and masked[start:hi].rstrip().endswith((",", "—", "–", ")", ",”", ',"')))
        or (got and got[0] - start < 12)
    ):
        got = _np_before(masked, lo, hi, max(lo, hi - _WINDOW))  # the phrase may begin earlier
    if got is None:
        got = _relative_subject(masked, lo, hi)
    return got


# The only characters not in ASCII that ``re`` takes for an ASCII letter when it ignores case.
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"  # İ ı ſ and the Kelvin sign


def _relative_hint(masked: str, lo: int, hi: int) -> bool:
    """``_RELATIVE_HINT.search(masked, lo, hi)``: the regex is run only where the lower-cased
    text holds a hint, or holds a character it would fold to an ASCII letter."""
    piece = masked[lo:hi]
    low = piece.lower()
    hinted = "who" in low or "which" in low or "like" in low or "including" in low
    if not hinted and (piece.isascii() or not any(ch in piece for ch in _FOLDS_TO_ASCII)):
        return False
    return _RELATIVE_HINT.search(masked, lo, hi) is not None


def _relative_subject(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject of a sentence whose verb follows a relative clause: ``The officials whose
    laws were struck down say …``, ``The official, who spoke on condition of anonymity, said …``.
    The antecedent (the speaker) must open the sentence, only clause openers before it."""
    start = max(lo, hi - _RELATIVE_WINDOW)
    if start > lo or not _relative_hint(masked, start, hi):
        return None  # the sentence starts before the window: its subject is out of sight
    toks = _tokens(masked, start, hi)
    if not toks:
        return None
    commas = toks[-1][2] == ","
    end = len(toks) - 1 if commas else len(toks)
    r = end - 1
    while r > 0 and toks[r][2].lower() not in _RELATIVE_WORDS:
        tok = toks[r][2]
        if not (_is_word(tok) or tok in "-'’") or (not commas and tok.lower() in RELATIVES):
            return None  # clause punctuation, a quotation: not one relative clause
        r -= 1
    relative = toks[r][2].lower()
    clause = [t for t in toks[r + 1 : end] if _is_word(t[2])]
    if r < 1 or not 2 <= len(clause) <= _MAX_RELATIVE or clause[-1][2].lower() in _EDGE:
        return None
    if commas:
        if toks[r - 1][2] != ",":
            return None
        head = toks[: r - 1]
    elif relative in _COMMA_ONLY or toks[r - 1][2] == ",":
        return None  # "…, who …" without its closing comma, "X which …": not this frame
    else:
        head = toks[:r]
    core = _strict_back(head)
    if not core or len(core) > 8 or core[-1][2].lower() in PRONOUNS:
        return None
    lead = head[: head.index(core[0])]
    if any(t[2] != "," and t[2].lower() not in CLAUSE_OPENERS for t in lead):
        return None
    return core[0][0], core[-1][1]


def _np_before(masked: str, lo: int, hi: int, start: int) -> tuple[int, int] | None:
    toks = _tokens(masked, start, hi)
    if not toks:
        return None
    last = toks[-1][2]
    low = last.lower()
    if last == ")" or (last == "," and len(toks) > 1 and toks[-2][2] == ")"):
        return _before_parenthesis(toks)
    if last in "—–" and len(toks) > 2:
        return _before_dashes(toks)
    if low in PRONOUNS and (len(toks) < 2 or toks[-2][2] != "-"):
        return toks[-1][0], toks[-1][1]
    if low in RELATIVES and len(toks) >= 2:
        # "Cox, who said" and "voters who said": the speaker is the antecedent (maybe an object)
        if toks[-2][2] == ",":
            core = _strict_back(toks[:-2])
            return (core[0][0], core[-1][1]) if core else None
        return _object_of_verb(masked, np_before(masked, lo, toks[-1][0]))
    if last in "”\"’'" and len(toks) > 1 and toks[-2][2] == ",":
        toks = toks[:-1]  # "Washington, star of “Scandal,” thanked …"
        last = ","
    elif _title_end(toks):
        # "The host of ABC's “Good Morning America” said": a title, read as one name
        toks = [*toks[:-3], (toks[-3][0], toks[-1][1], "Title")]
        last = "Title"
    if last == ",":
        return _appositive_before(masked, lo, toks)
    core = _strict_back(toks)
    if not core:
        return None
    k = toks.index(core[0])
    before = toks[k - 1][2].lower() if k > 0 else ""
    if before in ADVERBS and k > 1 and toks[k - 2][2].lower() in _DETERMINERS:
        return toks[k - 2][0], core[-1][1]  # "an earlier report in the paper said"
    if before in _FOCUS:
        return core[0][0], core[-1][1]  # "even Mr. Slinker says"
    if before and _is_word(before) and before not in CLAUSE_OPENERS and not before.endswith("ly"):
        return None  # the phrase is cut out of a longer one ("to handle X with other states")
    return core[0][0], core[-1][1]


def _title_end(toks: list[tuple[int, int, str]]) -> bool:
    """Do the tokens end with a short quotation after a word of a noun phrase ("ABC's", "of",
    "the")?"""
    return (
        len(toks) > 3
        and toks[-1][2] in "”\"’'"
        and toks[-2][2][0] == "\x00"
        and toks[-2][1] - toks[-2][0] <= 40
        and toks[-3][2] in "“\"‘'"
        and _np_word(toks[-4][2])
        and toks[-4][2] != ","
    )


_NOT_VERBS = words(
    "of for from in at on with to by about near over under into across among between like "
    "and or but as than"
)


def _object_of_verb(masked: str, got: tuple[int, int] | None) -> tuple[int, int] | None:
    """The antecedent of "who said" that is a verb's object: "The report cited an official who
    denied …" is the official; a lower-case word before a determiner is a verb there, not part
    of the name ("a retired general" keeps "retired")."""
    if got is None:
        return None
    toks = _tokens(masked, got[0], got[1])
    for k in range(len(toks) - 2, 0, -1):
        word, after = toks[k][2], toks[k + 1][2].lower()
        if word.islower() and word not in _NOT_VERBS and after in _DETERMINERS:
            return toks[k + 1][0], got[1]
    return got


def _before_parenthesis(toks: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """``Sen. Ted Cruz (R-Texas) said``: the name before a short parenthesis, with it."""
    close = len(toks) - 1 if toks[-1][2] == ")" else len(toks) - 2
    k = close - 1
    while k >= max(0, close - 8) and toks[k][2] != "(":
        k -= 1
    if k < 1 or toks[k][2] != "(":
        return None
    core = _strict_back(toks[:k])
    if not core or not _has_name(core):
        return None
    return core[0][0], toks[close][1]


def _before_dashes(toks: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """``Many speakers — including Muslims and Jews — said``: the phrase with its aside."""
    k = len(toks) - 2
    while k >= max(0, len(toks) - 20) and toks[k][2] not in "—–":
        k -= 1
    if k < 1 or toks[k][2] not in "—–":
        return None
    core = _strict_back(toks[:k])
    return (core[0][0], toks[-2][1]) if core else None


def _appositive_before(
    masked: str, lo: int, toks: list[tuple[int, int, str]]
) -> tuple[int, int] | None:
    """``NAME, APPOSITIVE,`` before a cue: the whole phrase without the last comma. Up to four
    pieces: ``Brianne Stone, 29, of Huntsville, Ala., says``."""
    last = len(toks) - 1
    seg_end, total = last, 0
    for _ in range(4):
        j = seg_end - 1
        while j >= 0 and toks[j][2] != ",":
            tok = toks[j][2]
            if not (_is_word(tok) or tok in "&-'’\"“”‘()." or tok[0] == "\x00"):
                return None
            j -= 1
        if j < 0:
            return None
        piece = toks[j + 1 : seg_end]
        total += len(piece)
        if not piece or total > _MAX_APPOSITIVE:
            return None
        name = _strict_back(toks[:j])
        # "her senior policy adviser, Jake Sullivan,": the name may be the appositive
        named = bool(name) and (_has_name(name) or _has_name(piece)) and len(name) <= _MAX_WORDS
        if named and (name[-1][2][0].isupper() or piece[0][2][0].isupper()):
            k = toks.index(name[0])
            before = toks[k - 1][2].lower() if k > 0 else ""
            if not before or not _is_word(before) or before in CLAUSE_OPENERS:
                return name[0][0], toks[last - 1][1]
        seg_end = j
    return None


def np_after(masked: str, lo: int, hi: int, appositive: bool = True) -> tuple[int, int] | None:
    """The speaker phrase starting just after ``lo`` (a cue), inverted order: ``said Quraishi``.

    With ``appositive``, a short ``, a doctor at the clinic.`` closing the sentence belongs to
    the phrase; after "according to" the content follows the comma instead."""
    toks = _tokens(masked, lo, min(hi, lo + _WINDOW))
    if not toks:
        return None
    first = toks[0][2].lower()
    if first in PRONOUNS:
        return toks[0][0], toks[0][1]
    if first.replace("’", "'").partition("'")[0] in PRONOUNS:
        return None  # "then says he’ll welcome …": a clause follows, not an inverted speaker
    out: list[tuple[int, int, str]] = []
    for k, tok in enumerate(toks):
        low = tok[2].lower()
        # Twelve words at most, but a proper name is not cut short: "the Centers for Disease
        # Control and Prevention and the Food and Drug Administration".
        long = len(out) >= 12 and (len(out) >= 20 or not tok[2][0].isupper())
        if not _np_word(tok[2]) or low in _FORWARD_STOP or low in _DATES or long:
            break
        if low == "in" and (k + 1 >= len(toks) or not toks[k + 1][2][0].isupper()):
            break
        out.append(tok)
    out = _strip_edges(out)
    if not out or (not _has_name(out) and len(out) > 8):
        return None
    end = out[-1][1]
    rest = toks[len(out) :]
    # ", a doctor at the clinic." closing the sentence is an appositive of the speaker.
    if (
        appositive
        and len(rest) >= 3
        and rest[0][2] == ","
        and rest[1][2].lower() in ("a", "an", "the", "who")
    ):
        tail = rest[1:]
        words = [t for t in tail if _is_word(t[2])]
        plain = all(t[2] not in ',;:\x00"“”' for t in tail[:-1])
        closes = tail[-1][2] in ".!?" or len(tail) == len(words)
        if len(words) <= _MAX_APPOSITIVE and plain and closes:
            end = words[-1][1]
    return out[0][0], end
