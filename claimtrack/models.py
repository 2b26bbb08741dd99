"""Domain models shared by every stage.

Spans are half-open ``[start, end)`` offsets in Unicode code points into ``Source.text``, the
text as read (see ``claimtrack.load``). A model never carries a rewritten copy of article text:
``text`` fields are always ``source.text[start:end]``.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False, frozen=False, defer_build=True)


class ClaimKind(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class Polarity(StrEnum):
    AFFIRM = "affirm"
    DENY = "deny"


class Certainty(StrEnum):
    ASSERTED = "asserted"
    HEDGED = "hedged"
    REPORTED = "reported"


class Stance(StrEnum):
    YES = "yes"
    NO = "no"
    UNCLEAR = "unclear"


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    GROUP = "group"
    MEDIA = "media"
    ANONYMOUS = "anonymous"


class DatePrecision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class CompareVerdict(StrEnum):
    AGREE = "agree"
    DISAGREE = "disagree"
    OBSERVING = "observing"
    UNRELATED = "unrelated"


class Span(_Model):
    """A half-open region ``[start, end)`` of a source text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Source(_Model):
    """One article as read. ``text`` is what every span of its claims indexes into."""

    id: str
    path: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date, possibly partial: "2017", "2017-03", "2017-03-27"
    url: str | None = None
    sha256: str
    text: str = Field(repr=False)
    body: list[Span] = Field(default_factory=list, repr=False)  # regions that are article body
    format: str = "text"  # text | markdown | html


class Attribution(_Model):
    """What extraction finds in one document: a speaker mention, a cue and a content span.

    ``speaker_name`` is the in-document resolution of the mention ("he" -> "Zamir Kabulov");
    cross-document canonicalisation happens in ``resolve``.
    """

    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_name: str | None = None
    speaker_role: str | None = None
    speaker_affiliation: str | None = None
    speaker_kind: SpeakerKind = SpeakerKind.ANONYMOUS
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    kind: ClaimKind
    text: str
    start: int
    end: int
    polarity: Polarity = Polarity.AFFIRM
    polarity_cue: str | None = None
    certainty: Certainty = Certainty.ASSERTED
    certainty_cue: str | None = None
    claim_date: str | None = None
    date_precision: DatePrecision | None = None
    date_cue: str | None = None
    sentence_start: int
    sentence_end: int
    confidence: float = 1.0


class Proposition(_Model):
    """A claim's content as subject-relation-object, entities normalised through aliases."""

    subject: str | None = None
    relation: str | None = None
    object: str | None = None
    polarity: Polarity = Polarity.AFFIRM
    certainty: Certainty = Certainty.ASSERTED
    negation_cue: str | None = None
    contrary: bool = False  # the claim's relation is the contrary of the question's relation
    number: float | None = None  # a figure the claim asserts ("35 fighters"), for numeric conflicts
    subject_via: str | None = None  # "ISKP" when the subject was lifted to its parent "IS"
    object_via: str | None = None
    question_key: str | None = None
    question: str | None = None
    stance: Stance = Stance.UNCLEAR


class Claim(_Model):
    """One attributed claim: the row of every listing and of the export."""

    id: str
    source_id: str
    path: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    speaker: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_role: str | None = None
    speaker_affiliation: str | None = None
    speaker_kind: SpeakerKind = SpeakerKind.ANONYMOUS
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    kind: ClaimKind
    text: str
    start: int
    end: int
    claim_date: str | None = None
    date_precision: DatePrecision | None = None
    polarity: Polarity = Polarity.AFFIRM
    certainty: Certainty = Certainty.ASSERTED
    subject: str | None = None
    relation: str | None = None
    object: str | None = None
    subject_via: str | None = None  # "ISKP" when the claim is about ISKP, lifted to its parent IS
    object_via: str | None = None
    question_id: str | None = None
    question: str | None = None
    stance: Stance | None = None
    stance_source: str = "auto"  # "auto" or "analyst" when a questions-file override applies
    sentence_start: int | None = None
    sentence_end: int | None = None
    confidence: float = 1.0


class Speaker(_Model):
    """A canonical speaker with the mentions and sources that name it."""

    name: str
    kind: SpeakerKind = SpeakerKind.ANONYMOUS
    role: str | None = None
    affiliation: str | None = None
    aliases: list[str] = Field(default_factory=list)
    claims: int = 0
    sources: int = 0


class Question(_Model):
    id: str
    text: str
    key: str
    subject: str | None = None
    relation: str | None = None
    object: str | None = None
    yes: int = 0
    no: int = 0
    unclear: int = 0
    claims: int = 0
    contested: bool = False
    user_defined: bool = False  # named, merged or split by the analyst's questions file


class Contradiction(_Model):
    question_id: str
    question: str
    kind: str  # negation | denial | contrary | numeric | change_of_position
    explanation: str
    cross_source: bool
    rank: float = 0.0  # firm-vs-firm ranks above hedged sides
    claims: list[Claim]


class Comparison(_Model):
    """The answer of ``compare "A" "B"``."""

    a: Proposition
    b: Proposition
    same_question: bool
    question: str | None = None
    verdict: CompareVerdict
    reason: str


class IngestResult(_Model):
    path: str
    source_id: str | None = None
    status: str  # added | updated | unchanged | failed
    claims: int = 0
    error: str | None = None
    warnings: list[str] = Field(default_factory=list)  # e.g. front-matter keys ignored


class ClaimDetail(_Model):
    """What ``show`` prints: a claim, the passage around it, the other claims on its question."""

    claim: Claim
    context: str
    context_start: int
    source_title: str | None = None
    source_path: str | None = None
    related: list[Claim] = Field(default_factory=list)


class QuestionReport(_Model):
    """One question's evidence for the HTML report: its claims and the contradictions among them."""

    question: Question
    claims: list[Claim] = Field(default_factory=list)
    contradictions: list[Contradiction] = Field(default_factory=list)
