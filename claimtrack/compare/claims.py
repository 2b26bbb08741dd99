"""Framing a batch of claims: each claim's proposition, question and stance, decisions applied."""

from __future__ import annotations

from claimtrack.compare.collection import fewer_collections
from claimtrack.compare.decisions import Decisions
from claimtrack.compare.discourse import Discourse, person_name
from claimtrack.compare.lexicon import Lexicon
from claimtrack.compare.propose import frame_text
from claimtrack.compare.questions import question_id
from claimtrack.construct import updated
from claimtrack.models import Certainty, Claim, SpeakerKind

_CLEARED = {
    "subject": None,
    "relation": None,
    "object": None,
    "subject_via": None,
    "object_via": None,
    "question_id": None,
    "question": None,
    "stance": None,
    "stance_source": "auto",
}


def frame_claims(claims: list[Claim], lexicon: Lexicon, decisions: Decisions) -> list[Claim]:
    """Fill subject, relation, object, question_id, question, stance and stance_source.

    Claims of one source are read in document order, so pronouns and "that tally" can refer to
    earlier claims of the same article. A claim whose content frames to no proposition has no
    question. The result is in the order given; the input claims are not modified. Framing the
    same claims again gives the same result (certainty is only ever raised, from extraction's
    "asserted" to the content's own hedge).
    """
    with fewer_collections():
        return _frame_claims(claims, lexicon, decisions)


def _people(claims: list[Claim]) -> dict[str, set[str]]:
    """The persons quoted in each source, by their names across the corpus."""
    people: dict[str, set[str]] = {}
    for claim in claims:
        if claim.speaker and claim.speaker_kind is SpeakerKind.PERSON:
            people.setdefault(claim.source_id, set()).add(claim.speaker)
    return people


def _frame_claims(claims: list[Claim], lexicon: Lexicon, decisions: Decisions) -> list[Claim]:
    memory = Discourse()
    framed: list[Claim | None] = [None] * len(claims)
    positions = [(claim.source_id, claim.start) for claim in claims]
    order = sorted(range(len(claims)), key=positions.__getitem__)
    # Without decisions ``apply`` returns every claim as it is: skip it.
    apply = (
        decisions.apply
        if (decisions.rename or decisions.merge or decisions.splits or decisions.stance)
        else None
    )
    people = _people(claims)
    for i in order:
        claim = claims[i]
        if memory.source != claim.source_id:  # claims come sorted by source
            memory = Discourse(source=claim.source_id)
            memory.seed(person_name(s, lexicon) for s in people.get(claim.source_id, ()))
        prop = frame_text(claim.text, claim, lexicon, memory)
        update: dict[str, object]
        if prop.question_key is None:
            update = dict(_CLEARED)
        else:
            update = {
                "subject": prop.subject,
                "relation": prop.relation,
                "object": prop.object,
                "subject_via": prop.subject_via,
                "object_via": prop.object_via,
                "question_id": question_id(prop.question_key),
                "question": prop.question,
                "stance": prop.stance,
                "stance_source": "auto",
            }
            if claim.certainty is Certainty.ASSERTED and prop.certainty is not Certainty.ASSERTED:
                update["certainty"] = prop.certainty
        copied = updated(claim, update)
        framed[i] = apply(copied) if apply is not None else copied
    return [c for c in framed if c is not None]
