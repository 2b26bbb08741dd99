"""Where the words said are: the content before or after a cue, trimmed and classified.

Reads the masked text of one unit (quotation interiors blanked, same offsets as the source);
``Candidate`` and ``UnitView`` are the shapes every frame module shares.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from claimtrack.extract import cues as C
from claimtrack.extract.lexicon import (
    ASKED,
    AUX,
    BAD_START,
    BELIEF_VERBS,
    INTENT_VERBS,
    NO_BARE,
    OBJECT_VERBS,
    QUOTE_ONLY_VERBS,
    SAY_LIKE,
    SAY_OBJECTS,
    SPEECH_VERBS,
    SUBJECT_START,
)
from claimtrack.extract.segment import Quote, Unit
from claimtrack.models import ClaimKind

_BARE_OK = (SPEECH_VERBS | BELIEF_VERBS) - NO_BARE
# Evidence that words after a cue form a clause (a finite verb), not an object.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|did|does|do"
    r"|am|cannot|\w+n['’]t)\b"
    r"|\b(?:it|that|there|he|she|what|who|here)['’]s\b|['’](?:re|ve|ll|d|m)\b"
    r"|\b(?:he|she|it|they|we|I|you)\s+(?:[a-z]{2,}|[\"“\x00])|\b[a-z]{3,}ed\b"
)
# "said Thursday during a taping in Buffalo, New York, that …": a that-clause after an aside.
# "told a town hall in Salem, New Hampshire on Monday that waterboarding is …": the clause
# opens with a subject or a quotation, not a verb ("told a story that was …" is relative).
_TOLD_THAT = re.compile(
    r"[^.;:!?\"“”\x00]{1,120}?\s+that\s+"
    r"(?=[\"“‘]|(?!(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must"
    r"|does|did|do)\b)[^\W\d_][\w'’-]*(?<!ed)\b)"
)
_CUE_WINDOW = 600
_PLACE_THEN_PRONOUN = re.compile(
    r"[^.,;:!?\"“”\x00]{1,80}?\s+(?=(?:he|she|they|we|I)\s+(?!(?:to|and|or|in|on|at)\b)[a-z]{2,})"
)
# Prepositions opening an adverbial of time or place between a cue and its that-clause.
_WHEN_WHERE = frozenset({"during", "after", "before", "at", "in", "on", "following", "while"})
_LATE_THAT = re.compile(r"[^.;:!?\"“”\x00]{1,140}?,\s+that\b(?!['’])")
_AUXILIARY = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must)\b"
)
# Where an object stops: the reporter's own clause ("ties with X as it views …").
_OBJECT_STOP = re.compile(
    r"\s+(?:as|because|while|since|although|though|after|before|when|until|amid)\s|,\s+but\s"
    r"|,\s+despite\s"
    r"|,\s+(?:who|and|said|says)\s|\s+and\s+[a-z]+ing\b"
)
_AS_PREDICATE = frozenset({"describe", "dismiss"})  # "described X as Y": Y is what is said
# Where reported content stops: a participle clause (", saying …", ", suggesting …"), a new
# main clause (", and he …"), "according to".
_NOT_PARTICIPLES = (
    "(?:including|during|regarding|concerning|excluding|notwithstanding|pending"
    "|(?:some|no|any|every)thing|morning|evening|spring|king|thing|string|ceiling)"
)
_CONTENT_STOP = re.compile(
    # a participle clause (", adding that …"), not a preposition that happens to end in -ing
    r",[\"”’']?\s+(?:[\w]+,\s+)?(?:(?!" + _NOT_PARTICIPLES + r"\b)[a-z]+ing|according\s+to)\b"
    r"|,\s+(?:and|but)\s+(?:he|she|we|I)\s"
    # a trailing aside: ", which raised concerns …", "— a modest boost …"
    r"|,\s+which\b(?=[^,;]*$)"
    # a clause of the reporter's own: ", though she did not …", ", for whom …", "as she put it"
    r"|,\s+(?:for\s+whom|though|although|whereas|while|even\s+as|as\s+(?:he|she|they)\s+put)\b"
    r"|\s+and\s+(?:he|she)\s+[a-z]+ed\b"
)
# Another speaker's cue later in the sentence: ", Clinton said she …". (Not compiled:
# ``other_cue_at`` stands in for it, with only its last branch a regex, ``_AND_SAID``.)
_OTHER_CUE = (
    r",\s+(?:while\s+|whereas\s+|but\s+|and\s+)?(?:(?:the\s+)?[A-Z][\w.'’-]*\s+){1,4}"
    r"(?:" + C.VERB_ALTERNATION + r")\b"
    r"|,\s+(?:while\s+|whereas\s+)?(?:he|she|they|it|we|I)\s+(?:" + C.VERB_ALTERNATION + r")\b"
    # "… and one in four said …"
    r"|\s+and\s+(?:[\w%’'-]+\s+){1,4}?(?:said|says|say)\b"
)
_AND_SAID = re.compile(r"\s+and\s+(?:[\w%’'-]+\s+){1,4}?(?:said|says|say)\b")
_OTHER_LEADS = ("while", "whereas", "but", "and")
_OTHER_PRONOUNS = ("he", "she", "they", "it", "we", "I")


def _word_then_space(masked: str, pos: int, hi: int, words: tuple[str, ...]) -> int:
    """Past ``(?:w1|w2|…)\\s+`` at ``pos`` (one of ``words`` and its spaces), -1 if none."""
    for word in words:
        n = pos + len(word)
        if n < hi and masked.startswith(word, pos) and masked[n].isspace():
            return C.skip_spaces(masked, n, hi)
    return -1


def other_cue_at(masked: str, p: int, hi: int) -> bool:
    """Whether ``_OTHER_CUE`` matches at ``p`` (ending by ``hi``)."""
    if p < hi and masked[p] == ",":
        e = C.skip_spaces(masked, p + 1, hi)
        if e > p + 1:
            # ", (while|whereas|but|and)? (the? Name ){1,4}VERB": up to four names, the verb
            # after any of them (a capitalised verb is a name to the greedy repeat first)
            lead = _word_then_space(masked, e, hi, _OTHER_LEADS)
            pos = lead if lead >= 0 else e
            for _ in range(4):
                the = _word_then_space(masked, pos, hi, ("the",))
                q = the if the >= 0 else pos
                if q >= hi or not "A" <= masked[q] <= "Z":
                    break
                k = q + 1
                while k < hi and (masked[k].isalnum() or masked[k] in "_.'’-"):
                    k += 1
                after = C.skip_spaces(masked, k, hi)
                if after == k:
                    break
                if C.verb_at(masked, after, hi) >= 0:
                    return True
                pos = after
            # ", (while|whereas)? (he|she|they|it|we|I) VERB"
            lead = _word_then_space(masked, e, hi, _OTHER_LEADS[:2])
            who = _word_then_space(masked, lead if lead >= 0 else e, hi, _OTHER_PRONOUNS)
            if who >= 0 and C.verb_at(masked, who, hi) >= 0:
                return True
    return _AND_SAID.match(masked, p, hi) is not None


# After a subordinate attribution ("while the RNC says …, they are …") the main clause ends it;
# after a relative one, the main clause's own verb does ("X, who indicated he would not vote
# for it, said, …"; not "said to be", "said by").
_MAIN_CLAUSE = re.compile(
    r",\s+(?:he|she|they|it|we|I|there)\s"
    r"|,[\"”’']?\s+(?:" + C.VERB_ALTERNATION + r")\b(?!\s+(?:to|by)\b)"
)
_WORD = re.compile(r"[^\W_][\w'’-]*")
_DEMONSTRATIVES = frozenset({"this", "these", "those"})
# after a demonstrative object: the clause goes on with when, where or how it was said
_POINTS_BACK = re.compile(
    r"\s*(?:[.,;!?]|$|(?:while|when|during|in|at|on|to|after|before|as|last|earlier|"
    r"yesterday|today|with|from|for|about|again|too|publicly|repeatedly)\b)"
)


@dataclass(slots=True)
class Candidate:
    """One attribution before names are resolved: spans into the source text."""

    content: tuple[int, int]
    kind: ClaimKind
    unit: int
    speaker: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    lemma: str | None = None
    clause: tuple[int, int] | None = None
    confidence: float = 0.8
    follows: Candidate | None = None

    # (written out: the ``__init__`` that ``dataclass`` writes is not compiled, and is slow)
    def __init__(
        self,
        content: tuple[int, int],
        kind: ClaimKind,
        unit: int,
        speaker: tuple[int, int] | None = None,
        cue: tuple[int, int] | None = None,
        lemma: str | None = None,
        clause: tuple[int, int] | None = None,
        confidence: float = 0.8,
        follows: Candidate | None = None,
    ) -> None:
        self.content = content
        self.kind = kind
        self.unit = unit
        self.speaker = speaker
        self.cue = cue
        self.lemma = lemma
        self.clause = clause
        self.confidence = confidence
        self.follows = follows


class UnitView:
    """A unit of the masked text with quick lookups of its quotes by position."""

    def __init__(self, text: str, masked: str, unit: Unit, index: int) -> None:
        self.text = text
        self.masked = masked
        self.unit = unit
        self.index = index
        self.opens: list[int] = []
        self.by_open: dict[int, Quote] = {}
        self.by_close: dict[int, Quote] = {}
        for q in unit.quotes:
            self.opens.append(q.open)
            self.by_open[q.open] = q
            if q.close >= 0:
                self.by_close[q.after - 1] = q

    def quotes_in(self, lo: int, hi: int) -> list[Quote]:
        """The quotations opening in ``[lo, hi)``, in order."""
        return self.unit.quotes[self._first(lo) : self._first(hi)] if hi > lo else []

    def count_quotes(self, lo: int, hi: int) -> tuple[int, Quote | None]:
        """How many quotations open in ``[lo, hi)``, and the first of them."""
        if hi <= lo:
            return 0, None
        i = self._first(lo)
        n = self._first(hi) - i
        return n, (self.unit.quotes[i] if n else None)

    def _first(self, pos: int) -> int:
        return bisect_left(self.opens, pos)

    def skip_space(self, pos: int, hi: int) -> int:
        while pos < hi and self.masked[pos].isspace():
            pos += 1
        return pos

    def words(self, lo: int, hi: int) -> int:
        """Words in ``text[lo:hi]``, counted up to eight (every test asks about fewer)."""
        return count_words(self.text, lo, hi)


# Characters outside ``[\w'’-]`` that often stand at a word's edges: stripped before a chunk is
# checked to be one plain word.
_EDGE_MARKS = '"“”‘.,;:!?()[]—–…'
_WORD_MARKS = str.maketrans("", "", "'’-")


def count_words(text: str, lo: int, hi: int, most: int = 8) -> int:
    r"""``len(list(islice(_WORD.finditer(text, lo, hi), most)))``, without a match per word.

    A word is a run of ``[\w'’-]`` holding a letter or digit; no run spans whitespace, so the
    words are counted chunk by chunk of ``text[lo:hi].split()``, most chunks being one plain word
    (maybe with a mark on its edges), the rest left to the regex."""
    if hi <= lo:
        return 0
    n = 0
    rest = text[lo:hi]
    while True:
        chunks = rest.split(None, most)
        for chunk in chunks[:most]:
            if chunk.isalnum():
                n += 1
            else:
                core = chunk.strip(_EDGE_MARKS)
                if not core:
                    continue
                if core.isalnum() or core.translate(_WORD_MARKS).isalnum():
                    n += 1  # one run of [\w'’-] (no "_": not alnum) with a letter or digit
                else:
                    n += len(_WORD.findall(chunk))
            if n >= most:
                return most
        if len(chunks) <= most:
            return n
        rest = chunks[most]


def finite(masked: str, lo: int, hi: int) -> bool:
    """Whether ``masked[lo:hi]`` has a finite verb (an auxiliary, a past tense, a subject)."""
    return _FINITE.search(masked, lo, hi) is not None


def quote_content(q: Quote, text: str) -> tuple[int, int]:
    """The words of a quotation: inside the marks, without the comma before a closing mark."""
    s, e = q.start, q.end
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    while s < e and text[s].isspace():
        s += 1
    return s, e


def span_kind(view: UnitView, lo: int, hi: int) -> tuple[tuple[int, int], ClaimKind] | None:
    """Trim ``[lo, hi)`` and classify it: one whole quotation (direct), quotes inside (mixed)."""
    m = view.masked
    while hi > lo and (m[hi - 1].isspace() or m[hi - 1] in ".;:,—–-"):
        hi -= 1
    while lo < hi and (m[lo].isspace() or m[lo] in ",;:—–-"):
        lo += 1
    if hi <= lo:
        return None
    inside, q = view.count_quotes(lo, hi)
    if inside == 1 and q is not None and q.open == lo and (q.close < 0 or q.after >= hi):
        span = quote_content(q, view.text)
        return (span, ClaimKind.DIRECT) if span[1] > span[0] else None
    if inside:
        last = view.quotes_in(lo, hi)[-1]
        if last.close >= hi and not view.text[hi : last.close].strip(" ,."):
            hi = last.after  # "were “in the seven figures,” described …": up to its close
    kind = ClaimKind.MIXED if inside else ClaimKind.INDIRECT
    return (lo, hi), kind


def stop_starts(masked: str, lo: int, hi: int) -> list[int]:
    """Where in ``[lo, hi)`` a match of a content stop (``_CONTENT_STOP``, ``COORDINATED_CUE``,
    ``_OTHER_CUE``, ``_MAIN_CLAUSE``) may start: every one opens with a comma or with the spaces
    before "and" or "but" (from their first space, or from ``lo``), in order."""
    starts: list[int] = []
    i = masked.find(",", lo, hi)
    while i >= 0:
        starts.append(i)
        i = masked.find(",", i + 1, hi)
    n = len(starts)
    for word in ("and", "but"):
        i = masked.find(word, lo + 1, hi)
        while i >= 0:
            if masked[i - 1].isspace():
                j = i - 1
                while j > lo and masked[j - 1].isspace():
                    j -= 1
                starts.append(j)
            i = masked.find(word, i + 3, hi)
    if len(starts) > n:
        starts.sort()
    return starts


_OBJECT_STOP_WORDS = (
    "as", "because", "while", "since", "although", "though", "after", "before", "when", "until",
    "amid", "and",
)  # fmt: skip


def object_stop(masked: str, lo: int, hi: int) -> int:
    """Where ``_OBJECT_STOP.search(masked, lo, hi)`` starts (-1 where it finds nothing). Every
    match opens with a comma or with the spaces before one of its words (from their first space,
    or from ``lo``): only those places are tried, in order, not every offset."""
    starts: list[int] = []
    i = masked.find(",", lo, hi)
    while i >= 0:
        starts.append(i)
        i = masked.find(",", i + 1, hi)
    for word in _OBJECT_STOP_WORDS:
        i = masked.find(word, lo + 1, hi)
        while i >= 0:
            if masked[i - 1].isspace():
                j = i - 1
                while j > lo and masked[j - 1].isspace():
                    j -= 1
                starts.append(j)
            i = masked.find(word, i + 1, hi)
    starts.sort()
    for p in starts:
        if _OBJECT_STOP.match(masked, p, hi) is not None:
            return p
    return -1


def _first_stop(
    pattern: re.Pattern[str], masked: str, starts: list[int], hi: int
) -> re.Match[str] | None:
    """``pattern.search(masked, lo, hi)`` for a pattern whose matches all start at ``starts``
    (``stop_starts(masked, lo, …)``): only those places are tried."""
    for p in starts:
        if p >= hi:
            break
        m = pattern.match(masked, p, hi)
        if m is not None:
            return m
    return None


def _first_coordinated(masked: str, starts: list[int], hi: int, default: int) -> int:
    """``_first_stop(COORDINATED_CUE, …)``'s start, ``default`` where there is none."""
    for p in starts:
        if p >= hi:
            break
        if C.coordinated_at(masked, p, hi):
            return p
    return default


def _first_other_cue(masked: str, starts: list[int], hi: int, default: int) -> int:
    """``_first_stop(_OTHER_CUE, …)``'s start, ``default`` where there is none."""
    for p in starts:
        if p >= hi:
            break
        if other_cue_at(masked, p, hi):
            return p
    return default


def content_end(view: UnitView, lo: int, se: int, subordinate: bool = False) -> int:
    # Stops are looked for within a window: reported content is rarely longer, and the time
    # spent per cue stays bounded however long the "sentence" is.
    window = min(se, lo + _CUE_WINDOW)
    starts = stop_starts(view.masked, lo, window)
    m = _first_stop(_CONTENT_STOP, view.masked, starts, window)
    end = m.start() if m else se
    window = min(end, window)
    end = _first_coordinated(view.masked, starts, window, end)
    end = _first_other_cue(view.masked, starts, min(end, window), end)
    if subordinate:
        if end > window:  # (no stop inside the window: the clause may end past it)
            starts = stop_starts(view.masked, lo, end)
        m = _first_stop(_MAIN_CLAUSE, view.masked, starts, end)
        end = m.start() if m else end
    dashes = view.masked.count(" — ", lo, end) + view.masked.count(" – ", lo, end)
    if dashes == 1:  # a trailing aside ("… by the plan — a modest boost"), not a pair of dashes
        end = max(view.masked.rfind(" — ", lo, end), view.masked.rfind(" – ", lo, end))
    return end


def that_end(masked: str, p: int, se: int) -> int | None:
    """``C.THAT_RE.match(masked, p, se).end()`` where ``masked[p]`` is no space (so the regex's
    ``\\s*`` matches nothing): "that" ending a word, else None."""
    end = p + 4
    if end > se or not masked.startswith("that", p):
        return None
    if end < se and (masked[end].isalnum() or masked[end] == "_"):
        return None  # "thats", "that_"
    return end


def first_word(masked: str, p: int, se: int) -> str | None:
    """``_WORD.match(masked, p, se)``'s word: mostly a plain word before a space."""
    if p >= se or not masked[p].isalnum():
        return None
    q = masked.find(" ", p, se)
    word = masked[p : q if q >= 0 else se]
    if word.isalnum():
        return word
    got = _WORD.match(masked, p, se)
    return got.group() if got else None


def right_content(
    view: UnitView, pos: int, se: int, lemma: str, subordinate: bool = False
) -> tuple[tuple[int, int], ClaimKind, float] | None:
    """What follows a cue: a quotation, a that-clause, a bare clause or (some verbs) an object."""
    m = view.masked
    p = view.skip_space(pos, se)
    if p >= se:
        return None
    c = m[p]
    if c in ":,":
        p2 = view.skip_space(p + 1, se)
        q = view.by_open.get(p2)
        if q is not None:
            end = q.after if q.close >= 0 else se
            after = view.skip_space(end, se)
            if after < se and m[after] == ";" and q.close >= 0:
                # a list of quotations after a colon ("“jobs”; “housing”; and “health care”")
                got = span_kind(view, p2, content_end(view, p2, se, subordinate))
                return (got[0], got[1], 0.85) if got else None
            if after >= se or m[after] in ".,;!?—–":
                span = quote_content(q, view.text)
                return (span, ClaimKind.DIRECT, 0.9) if span[1] > span[0] else None
            got = span_kind(view, p2, content_end(view, p2, se, subordinate))
            return (got[0], got[1], 0.85) if got else None
        if c == ":" and lemma not in QUOTE_ONLY_VERBS:
            got = span_kind(view, p2, se)
            return (got[0], got[1], 0.75) if got and view.words(p2, se) >= 3 else None
        if c == ":" or lemma not in _BARE_OK:
            return None
        late = _LATE_THAT.match(m, p, min(se, p + 150))
        if late is None:
            return None
        # "telling Sen. Chuck Grassley, chairman of the committee, that …"
        start = view.skip_space(late.end(), se)
        got = span_kind(view, start, content_end(view, start, se, subordinate))
        return (got[0], got[1], 0.6) if got else None
    if p in view.by_open:
        got = span_kind(view, p, content_end(view, p, se, subordinate))
        return (got[0], got[1], 0.85) if got else None
    if lemma in QUOTE_ONLY_VERBS:
        return None
    t = that_end(m, p, se)
    if t is not None and m.startswith(("'", "’"), t):
        t = None  # "that's"
    if t is not None and lemma in OBJECT_VERBS and not _FINITE.search(m, t, se):
        t = None  # "denied that tally": a demonstrative, the object follows
    if t is not None:
        start = view.skip_space(t, se)
        got = span_kind(view, start, content_end(view, start, se, subordinate))
        return (got[0], got[1], 0.8) if got and view.words(start, se) >= 2 else None
    first = first_word(m, p, se)
    to_do = first == "to" and lemma in INTENT_VERBS
    low = first.lower() if first else ""
    if (lemma == "tell" and low in BAD_START) or (lemma in _BARE_OK and low in _WHEN_WHERE):
        # "told a crowd in West Virginia that he expects to win", "said during the debate that"
        told = _TOLD_THAT.match(m, p, min(se, p + 160))
        if told is not None:
            got = span_kind(view, told.end(), content_end(view, told.end(), se, subordinate))
            return (got[0], got[1], 0.6) if got else None
        told = _PLACE_THEN_PRONOUN.match(m, p, min(se, p + 100)) if lemma != "tell" else None
        if told is not None:
            # "said during a media roundtable he believes …": the clause opens with its subject
            got = span_kind(view, told.end(), content_end(view, told.end(), se, subordinate))
            return (got[0], got[1], 0.6) if got else None
    asked = lemma == "ask" and low in ASKED  # "asked whether the deal would hold"
    if first is None or (low in BAD_START and not to_do and not asked):
        return None
    if first.endswith("ed") and first[0].islower():
        return None  # "in remarks carried by Russian media"
    if low in AUX:
        return None  # "what Carson said was written": no subject
    if low in _DEMONSTRATIVES and _POINTS_BACK.match(m, p + len(first), se):
        # "said this while speaking to the media": the words said are elsewhere, "this" is all
        return (p, p + len(first)), ClaimKind.INDIRECT, 0.5
    if low in _DEMONSTRATIVES and m.startswith(":", p + len(first)):
        # "revealed this: “…”": the demonstrative points forward, the words follow the colon
        start = view.skip_space(p + len(first) + 1, se)
        got = span_kind(view, start, content_end(view, start, se, subordinate))
        return (got[0], got[1], 0.7) if got else None
    end = content_end(view, p, se, subordinate)
    n = view.words(p, end)
    if n < 2:
        return None
    quoted = view.count_quotes(p, end)[0] > 0
    if lemma == "add" and first[0].isdigit() and not quoted and not _FINITE.search(m, p, end):
        return None  # "added 209,000 jobs in June": a quantity gained, not words added
    subject = first[0].isupper() or first[0].isdigit() or low in SUBJECT_START
    plain = lemma in SAY_LIKE and subject and n >= 4  # "said all staffers sign …"
    plain = plain or (lemma == "say" and low not in SAY_OBJECTS and n >= 5)
    if lemma in _BARE_OK and (quoted or plain or _FINITE.search(m, p, min(end, p + 160))):
        got = span_kind(view, p, end)
        return (got[0], got[1], 0.7) if got else None
    if lemma in OBJECT_VERBS:
        stop = object_stop(m, p, end)
        if stop >= 0 and lemma in _AS_PREDICATE:
            found = _OBJECT_STOP.match(m, stop, end)
            if found is not None and found.group().strip() == "as":
                stop = object_stop(m, found.end(), end)  # "described X as Y": Y is said too
        if stop >= 0 and _AUXILIARY.search(m, p, stop):
            stop = -1  # "announced co-founder Jack Dorsey had been named as …": a clause
        got = span_kind(view, p, stop if stop >= 0 else end)
        return (got[0], got[1], 0.55) if got else None
    late = _LATE_THAT.match(m, p, min(se, p + 150))
    if late is not None and lemma in _BARE_OK:
        # "said Thursday during a taping in Buffalo, New York, that …"
        start = view.skip_space(late.end(), se)
        got = span_kind(view, start, content_end(view, start, se, subordinate))
        return (got[0], got[1], 0.6) if got else None
    return None


def left_content(view: UnitView, ss: int, upto: int) -> tuple[tuple[int, int], ClaimKind] | None:
    """Content before its speaker: ``"…," he said`` or ``Moscow is not …, officials say``."""
    m = view.masked
    e = upto
    while e > ss and m[e - 1].isspace():
        e -= 1
    if e <= ss:
        return None
    if m[e - 1] in ",—–":
        e -= 1
        while e > ss and m[e - 1].isspace():
            e -= 1
    q = view.by_close.get(e - 1)
    if q is not None and q.open >= ss:
        span = quote_content(q, view.text)
        if span[1] <= span[0]:
            return None
        before = m[ss : q.open].strip()
        if not before or before[-1] in ",:—–-" or view.words(ss, q.open) == 0:
            return span, ClaimKind.DIRECT
        return span_kind(view, ss, e)
    if e == upto or view.words(ss, e) < 3:
        return None
    colon = m.rfind(": ", ss, e)
    if colon >= 0 and view.words(colon + 1, e) >= 2:
        # "Researchers offer an explanation: Before birth, they say, mammals dream …"
        ss = view.skip_space(colon + 1, e)
    return span_kind(view, ss, e)


def previous_quote(view: UnitView, ss: int) -> tuple[tuple[int, int], ClaimKind] | None:
    """``“….” Fiorina said.``: a quote ending the previous sentence, for a cue with nothing else."""
    j = ss
    while j > view.unit.start and view.masked[j - 1].isspace():
        j -= 1
    q = view.by_close.get(j - 1)
    if q is None:
        return None
    span = quote_content(q, view.text)
    return (span, ClaimKind.DIRECT) if span[1] > span[0] else None
