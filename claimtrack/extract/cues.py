"""Cue patterns compiled once from the lexicon, and the small spans around a cue.

The verb forms are compiled into prefix tries (fast alternations in ``re``); the cues of a unit are
found by looking its words up, not by scanning it with a regex (``cue_spans``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.extract.lexicon import (
    ABBREVIATIONS,
    ADVERBS,
    ANCHOR_CUES,
    CUE_NOUNS,
    CUE_PREFIX,
    MONTHS,
    PRONOUNS,
    QUOTED_AS,
    VENUES,
    WEEKDAYS,
    form_index,
    words,
)

FORMS: dict[str, str] = form_index()


_Trie = dict[str, "_Trie"]


def _trie_pattern(words: list[str]) -> str:
    """A regex alternation of ``words`` factored by common prefixes (fast in ``re``)."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: _Trie) -> str:
        end = "" in node
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not end else "(?:" + "|".join(branches) + ")"
        if end:
            body = body if body.startswith("(?:") else "(?:" + body + ")"
            return body + "?"
        return body

    return walk(trie)


_PREFIX_WORDS = frozenset(w for p in CUE_PREFIX for w in p.split())
_BE_WORDS = words("is are was were been be")
_WORDS = sorted(FORMS) + sorted(ANCHOR_CUES)


def cue_pattern() -> str:
    """Every cue as a word of its own, as a regex. ``find_cues`` finds what it matches without
    scanning with it, which costs hundreds of instructions a character (so it is not even built
    at import): every cue is an ASCII word, so the unit's ASCII letter runs (a C-speed byte
    translation and split) tell which cues may occur, and ``str.find`` where."""
    return r"(?<![\w'’-])(?:" + _trie_pattern(_WORDS) + r")(?![\w'’-])"


# The cues by their bytes, and a byte table that blanks all but ASCII letters (for ``cue_spans``).
_CUE_BYTES = {w.encode("ascii"): w for w in _WORDS}
_LETTERS_ONLY = bytes(c if chr(c).isascii() and chr(c).isalpha() else 32 for c in range(256))
# A run is looked up only when its first three letters open a cue (one in seven runs does): each
# ASCII letter numbered 0-51, a byte per three-letter prefix. (Every cue is three letters or more.)
_LETTER_CODE = bytes(
    (c - 65 if c < 97 else c - 71) if chr(c).isascii() and chr(c).isalpha() else 0
    for c in range(256)
)
_CUE_PREFIXES = bytearray(52 * 52 * 52)
for _cue in _CUE_BYTES:
    _CUE_PREFIXES[
        (_LETTER_CODE[_cue[0]] * 52 + _LETTER_CODE[_cue[1]]) * 52 + _LETTER_CODE[_cue[2]]
    ] = 1
_CUE_PREFIX3 = bytes(_CUE_PREFIXES)
_CUE_MIN = min(len(w) for w in _CUE_BYTES)
_CUE_MAX = max(len(w) for w in _CUE_BYTES)
VERB_ALTERNATION = _trie_pattern(sorted(FORMS))


# "…, and added: …": a second cue of the same speaker ends the first one's content. (Not
# compiled: ``coordinated_at`` stands in for it, and its verbs would cost more to compile than
# all the matching of the run.)
COORDINATED_CUE = (
    r",?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:" + VERB_ALTERNATION + r")\b"
    r"(?![-‐])"  # not "fascinating and thought-provoking": a hyphen makes a compound adjective
)


def skip_spaces(masked: str, pos: int, hi: int) -> int:
    """Past the whitespace (``\\s*``) at ``pos``."""
    while pos < hi and masked[pos].isspace():
        pos += 1
    return pos


def verb_at(masked: str, pos: int, hi: int) -> int:
    """Where ``(?:VERB_ALTERNATION)\\b`` matched at ``pos`` ends, -1 where it does not: every
    verb form is ASCII letters, so the form must be the whole run of word characters there."""
    k = pos
    while k < hi:
        c = masked[k]
        if not (c.isalnum() or c == "_"):
            break
        k += 1
    if k == pos or masked[pos:k] not in FORMS:
        return -1
    return k


def coordinated_at(masked: str, p: int, hi: int) -> bool:
    """Whether ``COORDINATED_CUE`` matches at ``p`` (ending by ``hi``): a comma maybe, spaces,
    "and" or "but", spaces, maybe "also", "then" or "later" and spaces, then a verb form that
    no hyphen follows."""
    j = p + 1 if p < hi and masked[p] == "," else p
    e = skip_spaces(masked, j, hi)
    if e == j or e + 3 >= hi or not (masked.startswith("and", e) or masked.startswith("but", e)):
        return False
    j = e + 3
    e = skip_spaces(masked, j, hi)
    if e == j:
        return False
    for word in _THEN:
        n = len(word)
        if (
            masked.startswith(word, e)
            and e + n < hi
            and masked[e + n].isspace()
            and _verb_not_hyphened(masked, skip_spaces(masked, e + n, hi), hi)
        ):
            return True
    return _verb_not_hyphened(masked, e, hi)


_THEN = ("also", "then", "later")


def _verb_not_hyphened(masked: str, pos: int, hi: int) -> bool:
    end = verb_at(masked, pos, hi)
    return end >= 0 and (end >= hi or masked[end] not in "-‐")


_ANCHOR_REST = {w: re.compile(rest) for w, (_, rest) in ANCHOR_CUES.items()}
_QUOTED_AS = re.compile(QUOTED_AS)
# "quoted the minister as ", "cited sources as ": the active voice of QUOTED_AS (group 1: who)
QUOTES_AS = re.compile(
    r"\b(?:quoted|quoting|quotes|cited|citing|cites)\s+([^,.;:\n\x00]{1,60}?)\s+as\s+$"
)
_VENUE = re.compile(
    r"\s+in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:" + VENUES + r")\b"
)
_HAVE = re.compile(r"\b(?:has|have|had)\s+$")

_NOUNS = "|".join(CUE_NOUNS)
NOUN_POSSESSIVE_RE = re.compile(r"['’]s\s+(?P<noun>" + _NOUNS + r")\s+that\b")
NOUN_BY_RE = re.compile(r"(?<![\w'’-])(?P<noun>" + _NOUNS + r")\s+(?:by|from)\s+")
THAT_RE = re.compile(r"\s*that\b")

_DAY = "|".join(WEEKDAYS)
_MONTH = "|".join(MONTHS)
_VENUES = VENUES
ADVERBIAL_RE = re.compile(
    r"(?:\s*,?\s*(?:"
    rf"(?:on\s+)?(?i:{_DAY})(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|(?:on\s+)?(?i:{_MONTH})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?"
    rf"|(?:last|this|next|earlier\s+this|late\s+last)\s+(?:week|month|year|(?i:{_DAY}))"
    r"|(?:" + "|".join(sorted(ADVERBS)) + r")"
    rf"|in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{_VENUES})"
    r"(?:\s+(?:with|to|on|for)\s+(?:[\w.'’&-]+\s+){0,4}?[\w.'’&-]+(?=[\s,.:;]))?"
    rf"|(?:at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){{0,3}}?(?:{_VENUES}|"
    r"rally|hearing|event|meeting|debate|summit|ceremony|forum|session)"
    r"|to\s+(?:reporters|journalists|the\s+press|supporters|the\s+crowd|lawmakers|the\s+media)"
    r"|to\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w.'’,-]+\s+){0,4}?[\w.'’-]+(?=\s+that\b|,\s*[\"“]|:)"
    # "said of gay couples: …", "said of Trump, “…”", "said of the plan that …"
    r"|of\s+(?:[\w.'’-]+\s+){0,4}?[\w.'’-]+(?=\s*:|,\s*[\"“]|\s+that\b)"
    rf"|in\s+(?:(?i:{_MONTH})(?:\s+\d{{4}})?|\d{{4}})(?=[\s,.:;])"
    r"|on\s+(?:Twitter|Facebook|Instagram|X|television|TV|radio|CNN|Fox\s+News|MSNBC)"
    r"|in\s+(?:remarks|comments|testimony|a\s+tweet)"
    r"|through\s+(?:a|an|his|her|its|their)\s+(?:spokes\w+|lawyer|attorney|aide|representative)"
    r"|[—–]\s*[^—–\x00\"“”.;]{1,60}?\s*[—–]"
    # "reported, citing anonymous officials, that …": the source of the source, before "that"
    r"|(?:citing|quoting)\s+[^,;.\x00\"“”]{1,120}?,(?=\s*that\b)"
    r")(?![\w'’-]))*"
)

_ADDRESSEE_STOP = words(
    "that on in at during last this next to about after before when while because if as"
)
_ADDR_TOKEN = re.compile(r"[\w.'’&-]+|\S")


@dataclass(slots=True)
class CueHit:
    """A cue occurrence: its span, lemma and sort (verb, phrase or noun)."""

    start: int
    end: int
    lemma: str
    sort: str  # verb | according | quoted | cited | learnt
    form: str = ""  # the verb as written: "said", "saying"
    # ``prev_word(masked, lo, start)`` with ``lo`` the unit's start, when it was read already
    before: tuple[int, str] | None = None

    # (written out: the ``__init__`` that ``dataclass`` writes is not compiled, and is slow)
    def __init__(
        self,
        start: int,
        end: int,
        lemma: str,
        sort: str,
        form: str = "",
        before: tuple[int, str] | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.lemma = lemma
        self.sort = sort
        self.form = form
        self.before = before


def prev_word(masked: str, lo: int, pos: int) -> tuple[int, str]:
    """The word ending just before ``pos`` (across spaces) and where it starts."""
    j = pos
    while j > lo and masked[j - 1] in " \t\u00a0":
        j -= 1
    if j == lo:
        return j, ""
    last = masked[j - 1]
    if not last.isalnum():
        if last not in "'’-":
            return j, ""  # a mark or a quotation before ``pos``: no word
    else:
        # Mostly a plain word after a space (or opening the range): the space is found in C,
        # the word tested in one go.
        s = masked.rfind(" ", max(lo, j - 24), j)
        if s >= 0 or j - lo <= 24:
            k = s + 1 if s >= 0 else lo
            word = masked[k:j]
            if word.isalnum():
                return k, word
    k = j
    while k > lo and (masked[k - 1].isalnum() or masked[k - 1] in "'’-"):
        k -= 1
    return k, masked[k:j]


def prefix_start(masked: str, lo: int, start: int, before: tuple[int, str] | None = None) -> int:
    """Where the auxiliaries and adverbs before a cue begin ("has also said"); ``before`` is
    ``prev_word(masked, lo, start)`` when the caller has it already."""
    return _prefix(masked, lo, start, before)[0]


def _prefix(
    masked: str, lo: int, start: int, before: tuple[int, str] | None = None
) -> tuple[int, tuple[int, str] | None]:
    """``prefix_start`` and ``prev_word(masked, lo, prefix_start)`` when it was read (None
    when the third word back is a prefix word too)."""
    pos = start
    for n in range(3):
        got = before if n == 0 and before is not None else prev_word(masked, lo, pos)
        word = got[1]
        low = word.lower()
        if not word or (low not in _PREFIX_WORDS and not (low.endswith("ly") and len(low) > 4)):
            return pos, got
        pos = got[0]
    return pos, None


def cue_spans(masked: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans ``re.compile(cue_pattern()).finditer(masked, lo, hi)`` finds, in order.

    A match is a whole run of ``[\\w'’-]`` that is a cue, hence a whole run of ASCII letters: the
    cues among the runs are the only words looked for, and each place one occurs is checked
    for the regex's boundaries (the one before may lie before ``lo``, the one after not past
    ``hi``)."""
    piece = masked[lo:hi]
    runs = piece.encode("utf-8", "surrogatepass").translate(_LETTERS_ONLY).split()
    spans: list[tuple[int, int]] = []
    # (each run looked up: ``keys() & runs`` would copy every cue's bytes into a new set; module
    # globals are read once, not per run)
    table = _CUE_BYTES
    code = _LETTER_CODE
    prefixes = _CUE_PREFIX3
    shortest = _CUE_MIN
    longest = _CUE_MAX
    done: list[str] = []
    for key in runs:
        size = len(key)
        if size < shortest or size > longest:
            continue
        if not prefixes[(code[key[0]] * 52 + code[key[1]]) * 52 + code[key[2]]]:
            continue
        got = table.get(key)
        if got is None or got in done:
            continue
        word = got
        done.append(word)
        n = len(word)
        at = piece.find(word)
        while at >= 0:
            start = lo + at
            end = start + n
            # A cue stands next to no character of ``[\w'’-]`` (the start may be before ``lo``).
            c = masked[start - 1] if start else " "
            if not (c.isalnum() or c in "_'’-"):
                c = masked[end] if end < hi else " "
                if not (c.isalnum() or c in "_'’-"):
                    spans.append((start, end))
            at = piece.find(word, at + 1)
    if len(spans) > 1:
        spans.sort()
    return spans


def find_cues(masked: str, lo: int, hi: int) -> list[CueHit]:
    """Every cue in ``masked[lo:hi]`` with its auxiliaries ("has also said") and venue
    ("said in a statement"); passives ("was told") are not cues, except "quoted as saying"."""
    out: list[CueHit] = []
    for start, end in cue_spans(masked, lo, hi):
        word = masked[start:end]
        anchor = ANCHOR_CUES.get(word)
        if anchor is not None:
            rest = _ANCHOR_REST[word].match(masked, end, hi)
            if rest is None:
                continue
            sort, lemma = anchor[0], "say"
            if sort == "learnt":
                have = _HAVE.search(masked, max(lo, start - 12), start)
                if have is None:
                    continue
                start = have.start()
            if sort == "point":
                sort = "verb"
            out.append(CueHit(start, rest.end(), lemma, sort, word.lower()))
            continue
        lemma, sort = FORMS[word], "verb"
        back = max(lo, start - 80)
        if word == "saying":
            quoted = _QUOTED_AS.search(masked, back, start)
            if quoted is not None:
                out.append(CueHit(quoted.start(), end, "say", "quoted", word))
                continue
            active = QUOTES_AS.search(masked, back, start)
            if active is not None:  # "quoted the minister as saying": the minister says it
                out.append(CueHit(active.start(), end, "say", "cited", word))
                continue
        pstart, before = _prefix(masked, lo, start)
        if pstart < start:
            if not word.endswith("ing") and _BE_WORDS & set(masked[pstart:start].lower().split()):
                continue  # "was told", "have been reports": not the subject speaking
            start = pstart
        venue = _VENUE.match(masked, end, hi) if masked.startswith(" in ", end) else None
        if venue is not None:
            end = venue.end()
        out.append(CueHit(start, end, lemma, sort, word, before))
    return out


def extend_addressee(masked: str, end: int, hi: int) -> int:
    """The end of ``told VOA's Afghan service``: a short addressee after tell/inform/assure."""
    best = end
    prev_lower = False
    for count, m in enumerate(_ADDR_TOKEN.finditer(masked, end, min(hi, end + 80))):
        tok = m.group()
        low = tok.lower()
        if not (tok[0].isalnum()) or low in _ADDRESSEE_STOP or low in PRONOUNS or count >= 5:
            break
        if count and low in ("the", "a", "an"):
            break
        if low in WEEKDAYS or low in MONTHS:
            break
        if prev_lower and tok[0].isupper():
            break
        prev_lower = tok[0].islower() and low not in ("the", "a", "an", "of", "and")
        best = m.end()
        if tok.endswith(".") and "." not in tok[:-1] and low[:-1] not in ABBREVIATIONS:
            best -= 1
            break
    return best


# Every adverbial opens with one of these words (or a dash), and the regex's spaces and comma
# before it: where the first word after them is another one, ``ADVERBIAL_RE`` matches nothing.
ADVERBIAL_FIRST = (
    words("on in at during to of through last this next earlier late citing quoting")
    | frozenset(WEEKDAYS)
    | frozenset(MONTHS)
    | ADVERBS
)
_ADVERBIAL_LEAD = re.compile(r"\s*,?\s*(\w*)")


def skip_adverbials(masked: str, pos: int, hi: int) -> int:
    """Past "on Thursday", "in a statement", "to reporters" ... after a cue."""
    # ``_ADVERBIAL_LEAD.match(masked, pos, hi)``, walked: its spaces, comma, spaces and word.
    j = pos
    while j < hi and masked[j].isspace():
        j += 1
    if j < hi and masked[j] == ",":
        j += 1
        while j < hi and masked[j].isspace():
            j += 1
    k = j
    ascii = True
    while k < hi:
        c = masked[k]
        if not (c.isalnum() or c == "_"):
            break
        if ord(c) > 127:
            ascii = False
        k += 1
    if k > j:
        # (a word not in ASCII may still fold to a day's name: "ſunday")
        if ascii and masked[j:k].lower() not in ADVERBIAL_FIRST:
            return pos
    elif k >= hi or masked[k] not in "—–":
        return pos
    m = ADVERBIAL_RE.match(masked, pos, hi)
    return m.end() if m else pos
