"""The hand-made gold for the demo articles: ``data/gold/claims.yaml``, described in
``data/gold/README.md``.

A gold claim stores its content as the verbatim substring of the article; ``locate`` finds its
span (the ``occurrence``-th match after the front matter), and the spans of its speaker mention
and cue (the occurrence nearest the content).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from claimtrack.models import Certainty, ClaimKind, Polarity, Source, SpeakerKind, Stance

GOLD_FILE = "claims.yaml"


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldClaim(_Gold):
    id: str
    source: str  # the article's file stem
    speaker: str  # canonical name
    speaker_kind: SpeakerKind
    aliases: list[str] = Field(default_factory=list)  # other names that identify the speaker
    mention: str | None  # as written in this attribution; None for a continuing quote
    cue: str | None
    text: str  # verbatim content
    occurrence: int = 0
    kind: ClaimKind
    polarity: Polarity = Polarity.AFFIRM
    certainty: Certainty = Certainty.ASSERTED
    question: str | None = None  # a key of ``GoldSet.questions``
    stance: Stance | None = None
    optional: bool = False  # may be extracted or not: counts for neither precision nor recall
    note: str | None = None

    @field_validator("stance", mode="before")
    @classmethod
    def _yaml_booleans(cls, value: object) -> object:
        # YAML 1.1 reads an unquoted yes/no as a boolean.
        if isinstance(value, bool):
            return "yes" if value else "no"
        return value

    @model_validator(mode="after")
    def _stance_with_question(self) -> GoldClaim:
        if (self.question is None) != (self.stance is None):
            raise ValueError(f"{self.id}: question and stance go together")
        return self


class ExpectedContradiction(_Gold):
    id: str
    note: str
    a: list[str]
    b: list[str]


class CompatiblePair(_Gold):
    pair: tuple[str, str]
    note: str


class GoldSet(_Gold):
    questions: dict[str, str]
    claims: list[GoldClaim]
    expected_contradictions: list[ExpectedContradiction] = Field(default_factory=list)
    compatible_pairs: list[CompatiblePair] = Field(default_factory=list)

    @model_validator(mode="after")
    def _references(self) -> GoldSet:
        ids = [claim.id for claim in self.claims]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate claim ids: {duplicates}")
        known = set(ids)
        for claim in self.claims:
            if claim.question is not None and claim.question not in self.questions:
                raise ValueError(f"{claim.id}: unknown question {claim.question!r}")
        referenced = [i for x in self.expected_contradictions for i in (*x.a, *x.b)]
        referenced += [i for pair in self.compatible_pairs for i in pair.pair]
        unknown = sorted(set(referenced) - known)
        if unknown:
            raise ValueError(f"pairs name unknown claims: {unknown}")
        return self

    def by_id(self) -> dict[str, GoldClaim]:
        return {claim.id: claim for claim in self.claims}


def load_gold(folder: Path) -> GoldSet:
    raw: Any = yaml.safe_load((folder / GOLD_FILE).read_text(encoding="utf-8"))
    return GoldSet.model_validate(raw)


@dataclass(frozen=True)
class LocatedClaim:
    gold: GoldClaim
    source_id: str
    start: int
    end: int
    mention: tuple[int, int] | None
    cue: tuple[int, int] | None


def _occurrences(text: str, needle: str, words: bool) -> list[int]:
    pattern = re.escape(needle)
    if words:
        pattern = rf"(?<!\w){pattern}(?!\w)"
    return [found.start() for found in re.finditer(pattern, text)]


def _nearest(text: str, needle: str | None, start: int, end: int) -> tuple[int, int] | None:
    if not needle:
        return None
    positions = _occurrences(text, needle, words=True)
    if not positions:
        return None

    def gap(position: int) -> int:
        return max(0, start - (position + len(needle)), position - end)

    best = min(positions, key=gap)
    return best, best + len(needle)


def locate(claim: GoldClaim, source: Source) -> LocatedClaim:
    """The spans of ``claim`` in ``source``. ``ValueError`` when its content is not in the body."""
    body_start = source.body[0].start if source.body else 0
    positions = [p for p in _occurrences(source.text, claim.text, False) if p >= body_start]
    if len(positions) <= claim.occurrence:
        raise ValueError(f"{claim.id}: content not found in {claim.source}: {claim.text[:60]!r}")
    start = positions[claim.occurrence]
    end = start + len(claim.text)
    return LocatedClaim(
        gold=claim,
        source_id=source.id,
        start=start,
        end=end,
        mention=_nearest(source.text, claim.mention, start, end),
        cue=_nearest(source.text, claim.cue, start, end),
    )
