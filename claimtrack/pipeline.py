"""The orchestrator: one source in, its framed claims out.

Stages, in order, each a pure function over models (no I/O, no terminal, no SQL):

1. ``extract.extract``      Source -> list[Attribution]   speaker mention, cue, content spans
2. ``resolve.resolve``      Attribution -> Claim          canonical speaker, stable claim id
3. ``compare.frame_claims`` Claim -> Claim                proposition, question, stance

Grouping into questions is by the question key each claim carries, and contradictions are found per
question by ``compare.find_contradictions``: neither ever compares all pairs of claims.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtrack.extract import extract
from claimtrack.models import Claim, Source
from claimtrack.resolve import SpeakerRegistry, resolve

if TYPE_CHECKING:  # imported where used: extraction alone never loads the comparison stage
    from claimtrack.compare import Decisions, Lexicon


def attribute(source: Source, speakers: SpeakerRegistry) -> list[Claim]:
    """Extraction only (stages 1 and 2): claims with speakers and spans, no proposition."""
    return resolve(source, extract(source), speakers)


def analyse(
    source: Source,
    speakers: SpeakerRegistry,
    lexicon: Lexicon,
    decisions: Decisions,
) -> list[Claim]:
    """Run every per-document stage over one source."""
    from claimtrack.compare import frame_claims

    return frame_claims(attribute(source, speakers), lexicon, decisions)
