"""A claim's content to its proposition: choosing among candidate relations, and stance."""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.compare.discourse import Discourse
from claimtrack.compare.frame import Candidate, Framer
from claimtrack.compare.lexicon import Lexicon
from claimtrack.compare.questions import Framing, orient
from claimtrack.models import Certainty, Claim, Polarity, Proposition, SpeakerKind, Stance

_DENIAL_CUE = re.compile(
    r"\b(?:den(?:y|ies|ied|ial)|dismiss|reject|refut|rebut|disput|discount|dispel|repudiat"
    r"|brush(?:es|ed)? (?:off|aside)|scoff|rubbish)",
    re.IGNORECASE,
)
_CONTRAST = frozenset({"but", "however", "yet", "though", "although"})


def _cue_denies(claim: Claim | None, negated: bool) -> bool:
    """Whether the claim's denial is its own, on top of any negation in its content.

    Extraction marks "deny" both for a denial cue ("denied", "rejected") and for a negation it
    saw in the content ("is not fighting"); the second must not count twice, nor count when
    the content's only negations come after the relation ("X subpoenaed Y, the moderators
    didn't ask about it": ``negated`` is then true as well).
    """
    if claim is None or claim.polarity is not Polarity.DENY:
        return False
    if claim.cue and _DENIAL_CUE.search(claim.cue):
        return True
    return not negated


def _topic(lexicon: Lexicon, c: Candidate) -> str:
    """The question a candidate answers, whichever way round and whatever its polarity."""
    first, second = lexicon.root(c.subject or ""), lexicon.root(c.object or "")
    if second < first:
        first, second = second, first
    return f"{lexicon.asked(c.relation)}|{first}|{second}"


def _choose(
    cands: list[Candidate], lows: list[str], lexicon: Lexicon, said: set[str]
) -> Candidate | None:
    complete = [c for c in cands if c.subject and c.object and c.subject != c.object]
    if not complete:
        return None
    # A speaker who goes on quoting returns to their point: "They don't recognise IS. Their
    # interests coincide with ours" continues "the Taliban interest coincides with ours".
    first = complete[0]
    if said:
        first = next((c for c in complete if _topic(lexicon, c) in said), first)
    contrast = -1
    if not _CONTRAST.isdisjoint(lows):
        contrast = max(i for i, t in enumerate(lows) if t in _CONTRAST)
    if contrast > first.at:
        # "They fought before. But there has been no fighting among them": the speaker's point
        # about the same question comes after the contrast.
        asked = lexicon.asked(first.relation)
        later = [c for c in complete if c.at > contrast and lexicon.asked(c.relation) == asked]
        if later:
            return later[0]
    return first


def propose(
    text: str,
    claim: Claim | None,
    lexicon: Lexicon,
    memory: Discourse | None = None,
) -> Proposition:
    """The proposition of one claim's content (or of a bare statement when ``claim`` is None)."""
    return frame_text(text, claim, lexicon, memory).proposition()


def frame_text(
    text: str,
    claim: Claim | None,
    lexicon: Lexicon,
    memory: Discourse | None = None,
) -> Framing:
    """``propose`` without building a validated model: the fast path of ``frame_claims``."""
    memory = memory if memory is not None else Discourse()
    framer = Framer(text, claim, lexicon, memory)
    polarity = claim.polarity if claim is not None else Polarity.AFFIRM
    extracted = claim.certainty if claim is not None else Certainty.ASSERTED
    if claim is not None and lexicon.directive(claim.cue):
        # "called for the Taliban to fight ISKP": a wish, not an answer
        memory.last = None
        framer.remember(None)
        return Framing(polarity=polarity, certainty=extracted)
    speaker = (claim.speaker or claim.speaker_mention or "") if claim is not None else ""
    said = memory.said.get(speaker)
    if said is None:
        said = memory.said[speaker] = set()
    chosen = _choose(framer.candidates(), framer.scan.lows, lexicon, said)
    if chosen is None:
        last, memory.last = memory.last, None  # "that tally" points at the claim just before
        framer.remember(None)
        if last is not None and framer.only_points_back():
            # The proposition pointed at, as asserted; this claim's own polarity answers it.
            yes = (polarity is Polarity.DENY) == last.contrary
            stance = Stance.YES if yes else Stance.NO
            if extracted is Certainty.REPORTED:
                stance = Stance.UNCLEAR
            return replace(last, polarity=polarity, certainty=extracted, stance=stance)
        return Framing(polarity=polarity, certainty=extracted)
    framer.remember(chosen)
    if speaker:
        said.add(_topic(lexicon, chosen))
    certainty, unclear = framer.certainty(chosen.at)
    # Relaying others' reports ("aware of reports that ...") leaves the answer open; a report
    # by the outlet that makes it ("reportedly have met", says a newspaper) is its answer.
    relays = certainty is Certainty.REPORTED or (
        extracted is Certainty.REPORTED
        and (claim is None or claim.speaker_kind is not SpeakerKind.MEDIA)
    )
    if extracted is Certainty.REPORTED or certainty is Certainty.ASSERTED:
        certainty = extracted  # relaying reports outweighs a hedge; a hedge outweighs nothing
    assert chosen.subject and chosen.object
    prop = orient(
        lexicon,
        chosen.subject,
        chosen.relation,
        chosen.object,
        polarity=Polarity.DENY if chosen.negated else polarity,
        certainty=certainty,
        negation_cue=chosen.negation_cue,
        number=chosen.number,
        claim_denies=_cue_denies(claim, chosen.negated or framer.negated_after(chosen.at)),
        negated=chosen.negated,
        unclear=unclear or relays,
    )
    memory.last = prop
    return prop
