"""Application services: what each command does, over the store and the pipeline stages.

The CLI parses arguments and calls exactly one function here; this module never prints.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from claimtrack.errors import ClaimtrackError
from claimtrack.load import LoadFailure, Manifests, discover, read_source
from claimtrack.metadata import iso_partial
from claimtrack.models import (
    Claim,
    ClaimDetail,
    Comparison,
    Contradiction,
    Question,
    QuestionReport,
    Stance,
)
from claimtrack.pipeline import attribute
from claimtrack.resolve import SpeakerRegistry

# The comparison stages, the store and fuzzy matching are imported by the functions that use them:
# ``extract`` needs none of them, and importing them costs more start-up time than a small run.
if TYPE_CHECKING:
    from claimtrack.compare import Decisions, Lexicon
    from claimtrack.store import ClaimFilter, Store

SIDE_FILES = {"aliases": "claimtrack.aliases.yaml", "relations": "claimtrack.relations.yaml"}
QUESTIONS_FILE = "claimtrack.questions.yaml"
_FRAME_BATCH = 5000
TOPIC_CUTOFF = 60.0
TOPIC_MARGIN = 3.0


@dataclass(frozen=True)
class Settings:
    """Where the database and the user's lexicon and questions files are."""

    db: Path
    aliases: Path | None = None
    relations: Path | None = None
    questions: Path | None = None

    def _beside_db(self, explicit: Path | None, name: str) -> Path | None:
        if explicit is not None:
            if not explicit.is_file():
                raise ClaimtrackError(f"no such file: {explicit}", hint="check the path given")
            return explicit
        candidate = self.db.parent / name
        return candidate if candidate.is_file() else None

    def lexicon(self) -> Lexicon:
        from claimtrack.compare import Lexicon

        return Lexicon.load(
            aliases=self._beside_db(self.aliases, SIDE_FILES["aliases"]),
            relations=self._beside_db(self.relations, SIDE_FILES["relations"]),
        )

    def decisions(self) -> Decisions:
        from claimtrack.compare import Decisions

        return Decisions.load(self._beside_db(self.questions, QUESTIONS_FILE))


def open_store(settings: Settings, *, must_exist: bool = True) -> Store:
    """Open the database; reading commands refuse a database that does not exist yet."""
    if must_exist and not settings.db.exists():
        raise ClaimtrackError(
            f"no database at {settings.db}",
            hint="run `claimtrack ingest PATH` first, or point --db / CLAIMTRACK_DB at one",
        )
    from claimtrack.store import Store

    return Store.open(settings.db)


def decisions(store: Store, settings: Settings) -> Decisions:
    """The analyst's decisions, following claims whose files changed since they were made."""
    made = settings.decisions()
    return made.follow(store.claim_moves(made.claim_ids))


def refresh_frames(store: Store, lexicon: Lexicon, decisions: Decisions) -> int:
    """Re-frame every stored claim when the lexicons or the analyst's decisions changed.

    Batches end on source boundaries, so references inside an article ("that tally", "they")
    reach back to the claims before them as they did at ingest.
    """
    from claimtrack.compare import frame_claims

    fingerprint = f"{lexicon.fingerprint}:{decisions.fingerprint}"
    if store.get_meta("frame_fingerprint") == fingerprint:
        return 0
    count = 0
    for batch in _by_source(store.iter_claims(batch=_FRAME_BATCH), _FRAME_BATCH):
        store.update_frames(frame_claims(batch, lexicon, decisions))
        count += len(batch)
    store.set_meta("frame_fingerprint", fingerprint)
    return count


def _by_source(claims: Iterable[Claim], size: int) -> Iterator[list[Claim]]:
    """Batches of about ``size`` claims (ordered by source) that never split a source."""
    batch: list[Claim] = []
    for claim in claims:
        if len(batch) >= size and claim.source_id != batch[-1].source_id:
            yield batch
            batch = []
        batch.append(claim)
    if batch:
        yield batch


def check_iso(value: str | None, name: str) -> str | None:
    """Validate a partial ISO date given on the command line."""
    if value is None:
        return None
    try:
        return iso_partial(value)
    except ValueError as err:
        raise ClaimtrackError(f"{name}: {err}") from None


def match_speakers(query: str, names: Sequence[str]) -> list[str]:
    """Speaker names a user means by ``query``: any word or the whole name, typo-tolerant."""
    from rapidfuzz import fuzz, process, utils

    wanted = utils.default_process(query)
    if not wanted:
        return []
    choices: list[str] = []
    owners: list[str] = []
    for name in names:
        for part in {name, *name.split()}:
            choices.append(part)
            owners.append(name)
    hits = process.extract(
        wanted,
        choices,
        scorer=fuzz.ratio,
        processor=utils.default_process,
        score_cutoff=85,
        limit=None,
    )
    found = {n for n in names if wanted in utils.default_process(n)}
    if hits:
        # Keep the best tier only: "kabulov" means Kabulov, not also the city of Kabul.
        best = max(score for _, score, _ in hits)
        found.update(owners[index] for _, score, index in hits if score >= best - 5)
    return sorted(found)


def topic_questions(
    store: Store, lexicon: Lexicon, topic: str, *, contested: bool = False
) -> list[Question]:
    """Questions matching a topic: an exact question id, or a fuzzy match over text and aliases.

    Entities named in the topic ("daesh" is IS) pick the candidate questions through the store's
    index; only a topic that names no known entity is matched against every question.
    """
    from claimtrack.compare import match_questions, topic_terms

    exact = [q for q in store.questions_by_id([topic]) if q.contested or not contested]
    if exact:
        return exact
    entities, relations = topic_terms(topic, lexicon)
    candidates = []
    if entities and relations:  # "russia arms": Russia, and supplying
        candidates = store.questions_about(sorted(entities), contested, relations=relations)
    if entities and not candidates:
        candidates = store.questions_about(sorted(entities), contested)
    if not entities:
        candidates = store.questions(contested)
    ranked = match_questions(topic, candidates, lexicon)
    if not ranked:
        return []
    best = ranked[0][1]
    # Keep the questions that score as well as the best one, give or take a few points, so that
    # "taliban vs isis" finds both "fighting" and "killing" but a precise topic finds one question.
    return [q for q, score in ranked if score >= max(TOPIC_CUTOFF, best - TOPIC_MARGIN)]


@dataclass(frozen=True)
class ClaimQuery:
    speaker: str | None = None
    source: str | None = None
    topic: str | None = None
    stance: Stance | None = None
    since: str | None = None
    until: str | None = None
    limit: int | None = None


def claim_filter(store: Store, lexicon: Lexicon, query: ClaimQuery) -> ClaimFilter | None:
    """The store filter for a user's query; None when a fuzzy part matches nothing."""
    from claimtrack.store import ClaimFilter

    speakers = None
    if query.speaker:
        speakers = match_speakers(query.speaker, store.speaker_names())
        if not speakers:
            return None
    question_ids = None
    if query.topic:
        question_ids = [q.id for q in topic_questions(store, lexicon, query.topic)]
        if not question_ids:
            return None
    return ClaimFilter(
        speakers=speakers,
        source=query.source,
        question_ids=question_ids,
        stance=query.stance.value if query.stance else None,
        since=check_iso(query.since, "--since"),
        until=check_iso(query.until, "--until"),
        limit=query.limit,
    )


def find_claims(store: Store, lexicon: Lexicon, query: ClaimQuery) -> list[Claim]:
    flt = claim_filter(store, lexicon, query)
    return [] if flt is None else store.claims(flt)


def iter_export(store: Store, lexicon: Lexicon, query: ClaimQuery) -> Iterator[Claim]:
    """Every claim matching ``query``, streamed (the whole table when the query is empty)."""
    if query == ClaimQuery():
        yield from store.iter_claims()
        return
    yield from find_claims(store, lexicon, query)


def questions(
    store: Store,
    lexicon: Lexicon,
    decisions: Decisions,
    *,
    contested: bool,
    topic: str | None,
    limit: int | None = None,
) -> list[Question]:
    """Question summaries, marking those the analyst's questions file shaped."""
    if topic:
        found = topic_questions(store, lexicon, topic, contested=contested)[:limit]
    else:
        found = store.questions(contested, limit)
    shaped = decisions.question_ids
    return [q.model_copy(update={"user_defined": True}) if q.id in shaped else q for q in found]


def contradictions(
    store: Store, lexicon: Lexicon, topic: str | None, limit: int | None = None
) -> list[Contradiction]:
    """Contradictions on the contested questions, or on the questions matching ``topic``.

    ``limit`` bounds the questions looked at (most claims first), not the contradictions.
    """
    from claimtrack.compare import find_contradictions

    if topic:
        chosen = topic_questions(store, lexicon, topic, contested=True)[:limit]
    else:
        chosen = store.questions(contested=True, limit=limit)
    if not chosen:
        return []
    return find_contradictions(store.representative_claims([q.id for q in chosen]), lexicon)


def report(
    store: Store,
    lexicon: Lexicon,
    decisions: Decisions,
    *,
    topic: str | None,
    contested_only: bool,
) -> list[QuestionReport]:
    """Per question, its claims and contradictions: the evidence matrix of the HTML report."""
    from claimtrack.compare import find_contradictions

    chosen = questions(store, lexicon, decisions, contested=contested_only, topic=topic)
    if not chosen:
        return []
    claims_by_question: dict[str, list[Claim]] = {q.id: [] for q in chosen}
    for claim in store.claims_for_questions(list(claims_by_question)):
        if claim.question_id in claims_by_question:
            claims_by_question[claim.question_id].append(claim)
    items = []
    for question in chosen:
        found = claims_by_question[question.id]
        conflicts = find_contradictions(found, lexicon) if question.contested else []
        items.append(QuestionReport(question=question, claims=found, contradictions=conflicts))
    return items


def show_claim(store: Store, claim_id: str, *, context_chars: int = 400) -> ClaimDetail:
    """One claim with the passage around it and the other claims on its question."""
    claim = store.claim(claim_id)
    if claim is None:
        raise ClaimtrackError(
            f"no claim with id {claim_id!r}", hint="`claimtrack claims` lists claim ids"
        )
    source = store.source(claim.source_id)
    text = source.text if source else claim.text
    offset = 0 if source else claim.start
    starts = [claim.start, claim.sentence_start, claim.speaker_start, claim.cue_start]
    ends = [claim.end, claim.sentence_end, claim.speaker_end, claim.cue_end]
    lo = min(s for s in starts if s is not None) - offset
    hi = max(e for e in ends if e is not None) - offset
    lo = max(0, text.rfind("\n", max(0, lo - context_chars), lo) + 1)
    stop = text.find("\n", hi, hi + context_chars)
    hi = stop if stop != -1 else min(len(text), hi + context_chars)
    related: list[Claim] = []
    if claim.question_id:
        related = [c for c in store.claims_for_questions([claim.question_id]) if c.id != claim.id]
    return ClaimDetail(
        claim=claim,
        context=text[lo:hi],
        context_start=lo + offset,
        source_title=source.title if source else None,
        source_path=source.path if source else None,
        related=related,
    )


def compare(a: str, b: str, lexicon: Lexicon) -> Comparison:
    from claimtrack.compare import compare_statements

    for label, statement in (("A", a), ("B", b)):
        if not statement.strip():
            raise ClaimtrackError(f"statement {label} is empty", hint="give two statements")
    return compare_statements(a, b, lexicon)


def extract_paths(paths: Sequence[Path], *, jobs: int = 1) -> Iterator[Claim | LoadFailure]:
    """Claims of every readable file under ``paths``, in order; failures are yielded, not raised.

    Extraction only: speakers, cues, content, dates, polarity and certainty, no question (that
    needs the lexicons and the store). With ``jobs > 1`` files are read in worker processes, and
    speakers are canonical within each worker rather than across the whole run.
    """
    if jobs <= 1:
        _init_worker()
        manifests = _WORKER["manifests"]
        assert isinstance(manifests, Manifests)
        for item in discover(paths, manifests):
            yield from _analyse_one(item)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(jobs, initializer=_init_worker) as pool:
        for result in pool.map(_analyse_one, discover(paths), chunksize=8):
            yield from result


_WORKER: dict[str, object] = {}


def _init_worker() -> None:
    _WORKER["registry"] = SpeakerRegistry.from_speakers([])
    _WORKER["manifests"] = Manifests()  # each folder's manifest is read once, not once per file


def _analyse_one(item: Path | LoadFailure) -> list[Claim | LoadFailure]:
    if isinstance(item, LoadFailure):
        return [item]
    manifests = _WORKER["manifests"]
    assert isinstance(manifests, Manifests)
    try:
        source = read_source(item, manifests=manifests)
    except ClaimtrackError as err:
        return [LoadFailure(path=item, reason=err.message)]
    registry = _WORKER["registry"]
    assert isinstance(registry, SpeakerRegistry)
    return list(attribute(source, registry))
