"""Quotations without a reporting verb: ``X: "…"``, ``"…" — X``, and quoted paragraphs that
continue the previous speaker."""

from __future__ import annotations

import re

from claimtrack.extract.content import Candidate, UnitView, quote_content
from claimtrack.extract.content import span_kind as _kind_of
from claimtrack.extract.lexicon import LEAD_LABELS
from claimtrack.extract.phrases import np_after, np_before
from claimtrack.extract.segment import Quote, Unit
from claimtrack.models import ClaimKind

_NONSPACE = re.compile(r"\S")
_DASH = re.compile(r"\s*(?:[—–]|--?)\s*")
_MAX_COLON_SPEAKER = 6


def _words(view: UnitView, q: Quote) -> int:
    return len(view.text[q.start : min(q.end, q.start + 40)].split())


def colon_frame(view: UnitView, q: Quote) -> Candidate | None:
    """``Schumer: "…"`` — a short capitalised speaker phrase and a colon right before a quote."""
    m = view.masked
    ss = max(view.unit.sentence_at(q.open)[0], q.open - 200)
    colon = q.open - 1
    while colon > ss and m[colon].isspace():
        colon -= 1
    if colon <= ss or m[colon] != ":":
        return None
    speaker = np_before(m, ss, colon)
    if speaker is None or not _blank(m, ss, speaker[0]):
        return None
    words = view.text[speaker[0] : speaker[1]].split()
    if len(words) > _MAX_COLON_SPEAKER or not words[0][:1].isupper():
        return None
    span = quote_content(q, view.text)
    if span[1] <= span[0]:
        return None
    clause = (speaker[0], colon + 1)
    return Candidate(
        span, ClaimKind.DIRECT, view.index, speaker, (colon, colon + 1), "say", clause, 0.7
    )


def dash_frame(view: UnitView, q: Quote) -> Candidate | None:
    """``"…" — Commissioner X`` — a dash and a speaker closing the sentence after a quote."""
    if q.close < 0:
        return None
    m = view.masked
    _, se = view.unit.sentence_at(q.open)
    se = min(max(se, view.unit.sentence_at(q.close)[1]), q.after + 200)
    d = _DASH.match(m, q.after, se)
    if (
        d is None
        or d.end() == q.after
        or (
            "-" not in m[d.start() : d.end()]
            and not any(ch in m[d.start() : d.end()] for ch in "—–")
        )
    ):
        return None
    speaker = np_after(m, d.end(), se)
    if speaker is None:
        return None
    rest = m[speaker[1] : min(se, speaker[1] + 8)].strip()
    if rest and rest[0] not in ".,;":
        return None
    if not view.text[speaker[0] : speaker[0] + 1].isupper():
        return None
    span = quote_content(q, view.text)
    if span[1] <= span[0]:
        return None
    dash = (d.start() + len(m[d.start() : d.end()]) - len(m[d.start() : d.end()].lstrip()), d.end())
    dash = (dash[0], dash[0] + len(m[dash[0] : d.end()].rstrip()))
    return Candidate(span, ClaimKind.DIRECT, view.index, speaker, dash, "say", (q.after, se), 0.75)


def _starts_sentence(view: UnitView, q: Quote) -> bool:
    ss, _ = view.unit.sentence_at(q.open)
    return _blank(view.masked, ss, q.open)


def _blank(masked: str, lo: int, hi: int) -> bool:
    """Whether ``_NONSPACE.search(masked, lo, hi)`` finds nothing: ``[lo, hi)`` is all spaces."""
    while lo < hi and masked[lo].isspace():
        lo += 1
    return lo >= hi


def continuations(
    view: UnitView, quotes: list[Quote], found: list[Candidate], previous: list[Candidate]
) -> list[Candidate]:
    """Quoted sentences with no cue that continue a speaker: later in the same paragraph, or a
    whole paragraph of quotation right after a paragraph with a speaker."""
    out: list[Candidate] = []
    if not quotes:
        return out
    named = sorted(
        (c for c in found if c.speaker is not None or c.follows is not None),
        key=lambda c: c.content[1],
    )
    opens_with_quote = view.unit.start in view.by_open
    k = 0
    last: Candidate | None = None
    for q in quotes:
        while k < len(named) and named[k].content[1] <= q.open:
            last = named[k]
            k += 1
        if not q.double or not _starts_sentence(view, q) or _words(view, q) < 3:
            continue
        if last is not None:
            root = last
        elif not found and opens_with_quote and previous and previous[-1].unit == view.index - 1:
            root = _last_outer(previous)
        else:
            continue
        span = quote_content(q, view.text)
        if span[1] <= span[0]:
            continue
        source = root.follows or root
        cand = Candidate(span, ClaimKind.DIRECT, view.index, confidence=0.6, follows=source)
        out.append(cand)
        last = cand
    return out


def _last_outer(cands: list[Candidate]) -> Candidate:
    """The last candidate not reported inside another one's content: after "X said that whenever
    Y spoke about talks, …", a quote paragraph goes on in X's voice, not Y's."""
    for cand in reversed(cands):
        s, e = cand.content
        if not any(
            o is not cand and o.content[0] <= s and e <= o.content[1] and o.content != cand.content
            for o in cands
        ):
            return cand
    return cands[-1]


_LEAD_COLON = re.compile(
    r"((?:[A-Z][\w.'’-]*)(?:\s+(?:[A-Z][\w.'’-]*|of|on|for|the|and|&)){0,9})\s*:\s+(?=\S)"
)


def lead_colon_frame(view: UnitView) -> Candidate | None:
    """``Sanders: Clinton Email Story Has Moved`` — a paragraph (headline) led by a name and a
    colon. Labels ("Update:", "Photo:") and capitalised datelines ("WASHINGTON:") are not."""
    start = view.unit.start
    if start >= view.unit.end or not "A" <= view.masked[start] <= "Z":
        return None  # (the regex opens with a capital)
    if view.masked.find(":", start, view.unit.end) < 0:
        return None  # (and a colon ends the name)
    m = _LEAD_COLON.match(view.masked, start, view.unit.end)
    if m is None:
        return None
    name = m.group(1)
    words = name.split()
    if " on " in name:
        name = name[: name.index(" on ")]  # "Gillibrand on Hillary's Speeches: …"
        words = name.split()
    labelled = any(w.lower().strip("’'s") in LEAD_LABELS for w in words)
    if name.isupper() or labelled or (len(words) == 1 and len(name) < 3):
        return None
    se = view.unit.sentence_at(m.end())[1]
    got = _kind_of(view, m.end(), se)
    if got is None or view.words(got[0][0], got[0][1]) < 3:
        return None
    colon = view.masked.index(":", m.start(1) + len(name))
    speaker = (m.start(1), m.start(1) + len(name))
    return Candidate(got[0], got[1], view.index, speaker, (colon, colon + 1), "say", speaker, 0.6)


# A speaker's turn in a transcript: ``TAPPER: And obviously, …``, ``JAKE TAPPER (CNN): …``.
_TURN = re.compile(
    r"([A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2})(?:\s+\([^()\n]{1,40}\))?:\s+(?=\S)"
)
_MIN_TURNS = 2


def transcript_turns(masked: str, units: list[Unit]) -> bool:
    """Whether the text reads as a transcript: two or more paragraphs open with a speaker label
    in capitals. One such paragraph is a dateline ("KABUL: …") or a label, not a conversation."""
    turns = 0
    for unit in units:
        s = unit.start
        # (the regex opens with a capital and a capital or one of ``.'’-``: most paragraphs
        # are passed over without it)
        if s + 1 >= unit.end or not "A" <= masked[s] <= "Z":
            continue
        c = masked[s + 1]
        if not ("A" <= c <= "Z" or c in ".'’-"):
            continue
        m = _TURN.match(masked, s, unit.end)
        if m is not None and not _is_label(m.group(1)):
            turns += 1
            if turns >= _MIN_TURNS:
                return True
    return False


def turn_frame(view: UnitView) -> Candidate | None:
    """The words of one transcript turn: the paragraph after its ``NAME:`` label."""
    m = _TURN.match(view.masked, view.unit.start, view.unit.end)
    if m is None or _is_label(m.group(1)):
        return None
    got = _kind_of(view, m.end(), view.unit.end)
    if got is None or view.words(got[0][0], got[0][1]) < 3:
        return None
    speaker = m.span(1)
    colon = m.end() - 1
    while view.masked[colon] != ":":
        colon -= 1
    kind = ClaimKind.DIRECT if got[1] is ClaimKind.INDIRECT else got[1]
    return Candidate(got[0], kind, view.index, speaker, (colon, colon + 1), "say", speaker, 0.7)


def _is_label(name: str) -> bool:
    return any(w.lower().strip("’'s.") in LEAD_LABELS for w in name.split()) or len(name) < 3
