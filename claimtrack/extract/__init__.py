"""Extraction: one source in, its attributions (speaker, cue, content spans) out.

Stages of ``extract``, each a pure function over the text:

1. ``segment.layout``      body regions -> paragraphs joined by continuing quotes, with quotations
2. ``segment.mask``        quotation interiors blanked; sentences split on the masked text
3. ``frames.verb_frame``   each reporting verb / "according to" / cue noun: speaker and content
4. ``quoteframes``         quotes closed by ``— X`` or opened by ``X:``; cue-less continuations
5. ``_select``             one attribution per content span (the most confident)
6. ``coref.Resolver``      "he", "Kabulov", "the governor" -> the named speaker, in reading order
7. ``stance``              polarity, certainty, claim date
"""

from __future__ import annotations

from bisect import bisect_left

from claimtrack.construct import assembled, updated
from claimtrack.extract import cues as C
from claimtrack.extract import frames, quoteframes, segment, stance
from claimtrack.extract.content import Candidate, UnitView
from claimtrack.extract.coref import Resolver
from claimtrack.extract.speakers import SpeakerInfo
from claimtrack.models import Attribution, ClaimKind, Source

__all__ = ["extract"]

_ATTRIBUTION_FIELDS = frozenset(Attribution.model_fields)


def extract(source: Source) -> list[Attribution]:
    """The attributions in the body of ``source``; never raises on any text."""
    text = source.text if isinstance(source.text, str) else ""
    try:
        units = segment.layout(text, segment.body_regions(text, source.body))
        masked = segment.mask(text, units)
    except Exception:
        return []
    found: list[Candidate] = []
    previous: list[Candidate] = []
    turns = quoteframes.transcript_turns(masked, units)
    for index, unit in enumerate(units):
        try:
            hits = C.find_cues(masked, unit.start, unit.end)
            if not hits and not unit.quotes and ":" not in masked[unit.start : unit.start + 120]:
                continue  # no cue, no quotation, no "Name:" lead: nothing is attributed here
            segment.add_sentences(masked, unit)
            here = _unit_candidates(UnitView(text, masked, unit, index), hits, previous, turns)
        except Exception:
            here = []
        found.extend(here)
        if here:
            previous = here
    return _build(source, text, units, _select(found))


def _unit_candidates(
    view: UnitView, hits: list[C.CueHit], previous: list[Candidate], turns: bool = False
) -> list[Candidate]:
    unit = view.unit
    found: list[Candidate] = []
    by_sentence: dict[int, list[Candidate]] = {}
    for hit in hits:
        sentence = unit.sentence_at(hit.start)
        earlier = by_sentence.setdefault(sentence[0], [])
        got = frames.verb_frame(view, hit, sentence, earlier[-8:])
        earlier.extend(got)
        found.extend(got)
    found.extend(frames.noun_frames(view))
    covered = sorted(c.content for c in found) if unit.quotes else []
    free = [q for q in unit.quotes if not _covered(q, covered)]
    rest: list[segment.Quote] = []
    for q in free:
        cand = quoteframes.colon_frame(view, q) or quoteframes.dash_frame(view, q)
        if cand is not None:
            found.append(cand)
        else:
            rest.append(q)
    turn = quoteframes.turn_frame(view) if turns else None
    if turn is not None:
        found.append(turn)  # a transcript turn: the claims nested in it are kept as well
    elif not found:
        lead = quoteframes.lead_colon_frame(view)
        if lead is not None:
            found.append(lead)
    found.sort(key=lambda c: c.content[0])
    found.extend(quoteframes.continuations(view, rest, found, previous))
    return found


def _covered(q: segment.Quote, spans: list[tuple[int, int]]) -> bool:
    """Whether a content span (sorted list) overlaps the quote's words."""
    i = bisect_left(spans, (q.start, q.start))
    near = spans[max(0, i - 4) : i + 4]
    return any(s < q.end and q.start < e for s, e in near)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two contents that overlap by half the shorter one, unless one nests inside the other
    (an attribution inside reported speech: "X said that Y told reporters that …")."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0 or inter * 2 < min(a[1] - a[0], b[1] - b[0]):
        return False
    nested = (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])
    return not nested or abs((a[1] - a[0]) - (b[1] - b[0])) < 20


def _clashes(s: int, e: int, spans: list[tuple[int, int]], i: int) -> bool:
    """``any(_overlap((s, e), k) for k in spans[i - 4 : i + 4])`` (``i - 4`` clamped at 0), in
    one loop: no generator, no ``min``/``max`` calls (``e > s`` here)."""
    n = e - s
    for ks, ke in spans[i - 4 if i > 4 else 0 : i + 4]:
        inter = (e if e < ke else ke) - (s if s > ks else ks)
        if inter <= 0:
            continue
        m = ke - ks
        if inter * 2 < (n if n < m else m):
            continue
        nested = (s <= ks and ke <= e) or (ks <= s and e <= ke)
        if not nested or abs(n - m) < 20:
            return True
    return False


def _select(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per content span: the most confident of those overlapping by half or more."""
    kept: list[Candidate] = []
    spans: list[tuple[int, int]] = []  # kept content spans, sorted by start
    for cand in sorted(cands, key=lambda c: (-c.confidence, c.content[0])):
        s, e = cand.content
        if e <= s:
            continue
        i = bisect_left(spans, (s, e))
        if _clashes(s, e, spans, i):
            continue
        spans.insert(i, (s, e))
        kept.append(cand)
    kept.sort(key=lambda c: c.content[0])
    return kept


def _build(
    source: Source, text: str, units: list[segment.Unit], cands: list[Candidate]
) -> list[Attribution]:
    resolver = Resolver(text)
    done: dict[int, tuple[SpeakerInfo, Attribution]] = {}
    out: list[Attribution] = []
    order = sorted(
        cands, key=lambda c: min(c.content[0], c.speaker[0] if c.speaker else c.content[0])
    )
    for cand in order:
        try:
            att = _attribution(source, text, units, cand, resolver, done)
        except Exception:
            continue
        if att is not None:
            out.append(att)
    out.sort(key=lambda a: a.start)
    return out


def _attribution(
    source: Source,
    text: str,
    units: list[segment.Unit],
    cand: Candidate,
    resolver: Resolver,
    done: dict[int, tuple[SpeakerInfo, Attribution]],
) -> Attribution | None:
    unit = units[cand.unit]
    s, e = cand.content
    content = text[s:e]
    lo, hi = s, e  # the span of content, speaker and cue together
    for part in (cand.speaker, cand.cue):
        if part:
            lo, hi = min(lo, part[0]), max(hi, part[1])
    sentence_start = unit.sentence_at(lo)[0]
    sentence_end = max(unit.sentence_at(max(lo, hi - 1))[1], e)
    if cand.follows is not None:
        root = done.get(id(cand.follows))
        if root is None:
            return None
        info, head = root
        pol, pol_cue, cert, cert_cue = stance.stance(None, None, "", None, content)
        return updated(
            head,
            {
                "speaker_mention": None,
                "speaker_start": None,
                "speaker_end": None,
                "cue": None,
                "cue_start": None,
                "cue_end": None,
                "kind": ClaimKind.DIRECT,
                "text": content,
                "start": s,
                "end": e,
                "sentence_start": sentence_start,
                "sentence_end": sentence_end,
                "confidence": cand.confidence,
                "polarity": pol,
                "polarity_cue": pol_cue,
                "certainty": cert,
                "certainty_cue": cert_cue,
            },
        )
    if cand.speaker is None:
        return None
    mention = text[cand.speaker[0] : cand.speaker[1]]
    info = resolver.resolve(mention, cand.speaker[0])
    cue = text[cand.cue[0] : cand.cue[1]] if cand.cue else None
    clause = cand.clause or (lo, hi)
    clause_text = text[clause[0] : clause[1]]
    pol, pol_cue, cert, cert_cue = stance.stance(cand.lemma, cue, clause_text, mention, content)
    date = stance.claim_date(text, clause[0], clause[1], source.published)
    confidence = cand.confidence
    if info.pronoun:
        confidence -= 0.2
    # Every field is built here with its model type, in field order: what ``construct`` builds.
    att = assembled(
        Attribution,
        {
            "speaker_mention": mention,
            "speaker_start": cand.speaker[0],
            "speaker_end": cand.speaker[1],
            "speaker_name": info.name,
            "speaker_role": info.role,
            "speaker_affiliation": info.affiliation,
            "speaker_kind": info.kind,
            "cue": cue,
            "cue_start": cand.cue[0] if cand.cue else None,
            "cue_end": cand.cue[1] if cand.cue else None,
            "kind": cand.kind,
            "text": content,
            "start": s,
            "end": e,
            "polarity": pol,
            "polarity_cue": pol_cue,
            "certainty": cert,
            "certainty_cue": cert_cue,
            "claim_date": date.date if date else None,
            "date_precision": date.precision if date else None,
            "date_cue": date.phrase if date else None,
            "sentence_start": sentence_start,
            "sentence_end": sentence_end,
            "confidence": round(max(0.05, min(1.0, confidence)), 2),
        },
        set(_ATTRIBUTION_FIELDS),
    )
    done[id(cand)] = (info, att)
    return att
