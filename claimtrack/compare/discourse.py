"""What earlier claims of the same article said: the memory pronouns and "that tally" use."""

from __future__ import annotations

from dataclasses import dataclass, field

from claimtrack.compare.lexicon import Lexicon
from claimtrack.compare.questions import Framing
from claimtrack.compare.scan import scan
from claimtrack.models import Claim


@dataclass
class Discourse:
    """What earlier claims of the same article named: for pronouns and "that tally"."""

    entities: list[str] = field(default_factory=list)
    pair: tuple[str, str] | None = None
    pairs: dict[str, tuple[str, str]] = field(default_factory=dict)  # asked relation -> its pair
    counts: dict[str, int] = field(default_factory=dict)  # entity -> mentions in the article
    said: dict[str, set[str]] = field(default_factory=dict)  # speaker -> questions answered
    last: Framing | None = None
    names: dict[str, str] = field(default_factory=dict)  # surname -> full name seen earlier
    source: str | None = None

    def salient(self, exclude: str | None, known: Lexicon) -> str | None:
        """What "they" in a quote most likely is: of the entities named lately, the one the
        article has named most (its topic), the latest on a tie."""
        recent = [n for n in self.entities[-12:] if n != exclude and n in known.entities]
        if not recent:
            return None
        order = {name: i for i, name in enumerate(recent)}
        return max(order, key=lambda name: (self.counts.get(name, 0), order[name]))

    def recent(self, exclude: str | None, known: Lexicon, kind: str | None = None) -> str | None:
        """The lexicon entity named last but ``exclude`` (of ``kind`` when given)."""
        for name in reversed(self.entities[-12:]):
            entity = known.entities.get(name)
            if name != exclude and entity is not None and kind in (None, entity.kind):
                return name
        return None


def speaker_side(claim: Claim, lexicon: Lexicon) -> str | None:
    """The entity a speaker stands for: their affiliation, own name, or their role's entity."""
    own = claim.speaker_kind in ("organization", "group", "media")
    texts = (
        (claim.speaker, claim.speaker_affiliation)
        if own
        else (claim.speaker_affiliation, claim.speaker)
    )
    for text in (*texts, claim.speaker_role):
        if text:
            if text not in lexicon.memo:
                found = (m.value for m in scan(text, lexicon).mentions if m.kind == "entity")
                lexicon.memo[text] = next(found, None)
            if lexicon.memo[text] is not None:
                return lexicon.memo[text]
    named = claim.speaker and claim.speaker[:1].isupper()  # "Kabulov", not "experts"
    if named and claim.speaker_kind in ("person", "organization", "group", "media"):
        return claim.speaker
    return None
