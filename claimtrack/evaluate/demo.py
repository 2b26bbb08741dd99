"""The demo articles against their hand-made gold: extraction, then comparison.

Extraction: ``extract`` on each source; predictions are matched one-to-one to gold claims at
``overlap`` strictness. Required gold claims make recall; a prediction matched to an ``optional``
gold claim counts for neither precision nor recall. The speaker of a matched pair is right when the
predicted name (or mention) is the gold speaker, one of its aliases or its mention as written, or
shares the surname of a person.

Comparison: ``pipeline.analyse`` over all sources with one speaker registry, gold claims matched to
predicted claims the same way, then:

- stance accuracy on matched gold claims that have a question. A question may be worded either way
  round ("Is the Taliban fighting IS?" / "Are the Taliban and IS allies?"), so per gold question the
  yes/no orientation that agrees with more of its claims is used; the strict figure is shown too.
- pairwise grouping: pairs of matched gold claims sharing a gold question, against pairs whose
  predicted claims share a ``question_id``.
- expected contradictions: found when one reported contradiction joins a claim matched to side
  ``a`` with one matched to side ``b``; false contradictions: reported ones joining a compatible
  pair.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from claimtrack.evaluate.gold import GoldClaim, GoldSet, LocatedClaim, locate
from claimtrack.evaluate.metrics import Score, Tally, pairwise_f1
from claimtrack.evaluate.names import canonical, is_pronoun, tokens
from claimtrack.evaluate.spans import Segments, covers_half, match
from claimtrack.models import Attribution, Claim, Contradiction, Source, SpeakerKind, Stance

Extractor = Callable[[Source], list[Attribution]]
ContradictionFinder = Callable[[list[Claim]], list[Contradiction]]
_FLIP = {Stance.YES: Stance.NO, Stance.NO: Stance.YES, Stance.UNCLEAR: Stance.UNCLEAR}


@dataclass
class ExtractionResult:
    score: Score = field(default_factory=Score)
    speaker: Tally = field(default_factory=Tally)
    polarity: Tally = field(default_factory=Tally)
    missed: list[LocatedClaim] = field(default_factory=list)
    false_positives: list[tuple[str, Attribution]] = field(default_factory=list)  # (file stem, …)
    wrong_speaker: list[tuple[GoldClaim, str | None]] = field(default_factory=list)


@dataclass
class ComparisonResult:
    matched: int = 0
    gold: int = 0
    speaker: Tally = field(default_factory=Tally)  # canonical ``Claim.speaker`` on matched claims
    stance: Tally = field(default_factory=Tally)
    stance_strict: Tally = field(default_factory=Tally)
    grouping: Score = field(default_factory=Score)
    contradictions: int = 0
    found: list[str] = field(default_factory=list)
    not_found: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)  # compatible pairs reported as contradictions
    wrong_stance: list[tuple[GoldClaim, Stance | None]] = field(default_factory=list)


def load_sources(folder: Path, reader: Callable[[Path], Source]) -> dict[str, Source]:
    """The demo sources by file stem (the key gold claims use)."""
    return {path.stem: reader(path) for path in sorted(folder.glob("*.md"))}


def locate_all(gold: GoldSet, sources: dict[str, Source]) -> list[LocatedClaim]:
    return [locate(claim, sources[claim.source]) for claim in gold.claims]


def _segments(start: int, end: int) -> Segments:
    return ((start, end),)


def speaker_matches(predicted: str | None, gold: GoldClaim) -> bool:
    if not predicted:
        return False
    names = [gold.speaker, *gold.aliases]
    if gold.mention and not is_pronoun(gold.mention):
        names.append(gold.mention)
    wanted = canonical(predicted)
    if wanted and any(wanted == canonical(name) for name in names):
        return True
    if gold.speaker_kind is SpeakerKind.PERSON:
        surname = tokens(gold.speaker)[-1]
        return surname in tokens(predicted)
    return False


def score_extraction(
    sources: dict[str, Source], located: list[LocatedClaim], extractor: Extractor
) -> ExtractionResult:
    result = ExtractionResult()
    for stem, source in sources.items():
        gold = [claim for claim in located if claim.gold.source == stem]
        predictions = extractor(source)
        pairs = match(
            [_segments(p.start, p.end) for p in predictions],
            [_segments(g.start, g.end) for g in gold],
            covers_half,
        )
        matched_gold = set(pairs.values())
        required = [not g.gold.optional for g in gold]
        result.score.gold += sum(required)
        result.score.gold_matched += sum(required[g] for g in matched_gold)
        for index, prediction in enumerate(predictions):
            g = pairs.get(index)
            if g is None:
                result.score.predicted += 1
                result.false_positives.append((stem, prediction))
            elif required[g]:
                result.score.predicted += 1
                result.score.predicted_matched += 1
            if g is not None:
                name = prediction.speaker_name or prediction.speaker_mention
                ok = speaker_matches(name, gold[g].gold)
                result.speaker.add(ok)
                result.polarity.add(prediction.polarity is gold[g].gold.polarity)
                if not ok:
                    result.wrong_speaker.append((gold[g].gold, name))
        result.missed += [g for i, g in enumerate(gold) if required[i] and i not in matched_gold]
    return result


def _match_claims(
    located: list[LocatedClaim], claims: list[Claim]
) -> dict[str, Claim]:  # gold id -> predicted claim
    matched: dict[str, Claim] = {}
    for source_id in {claim.source_id for claim in located}:
        gold = [g for g in located if g.source_id == source_id]
        predicted = [c for c in claims if c.source_id == source_id]
        pairs = match(
            [_segments(c.start, c.end) for c in predicted],
            [_segments(g.start, g.end) for g in gold],
            covers_half,
        )
        for p, g in pairs.items():
            matched[gold[g].gold.id] = predicted[p]
    return matched


def _stances(gold: GoldSet, matched: dict[str, Claim], result: ComparisonResult) -> None:
    by_question: dict[str, list[tuple[GoldClaim, Stance | None]]] = {}
    for claim in gold.claims:
        if claim.question is not None and claim.id in matched:
            by_question.setdefault(claim.question, []).append((claim, matched[claim.id].stance))
    for members in by_question.values():
        straight = sum(g.stance == s for g, s in members)
        flipped = sum(s is not None and g.stance == _FLIP[s] for g, s in members)
        flip = flipped > straight
        for claim, stance in members:
            result.stance_strict.add(claim.stance == stance)
            aligned = _FLIP[stance] if flip and stance is not None else stance
            result.stance.add(claim.stance == aligned)
            if claim.stance != aligned:
                result.wrong_stance.append((claim, stance))


def _key(claim: Claim) -> tuple[str, int, int]:
    return claim.source_id, claim.start, claim.end


def score_comparison(
    gold: GoldSet,
    located: list[LocatedClaim],
    claims: list[Claim],
    find_contradictions: ContradictionFinder,
) -> ComparisonResult:
    result = ComparisonResult(gold=len(located))
    matched = _match_claims(located, claims)
    result.matched = len(matched)
    for claim in gold.claims:
        if claim.id in matched:
            result.speaker.add(speaker_matches(matched[claim.id].speaker, claim))
    _stances(gold, matched, result)
    order = [claim for claim in gold.claims if claim.id in matched]
    result.grouping = pairwise_f1(
        [claim.question for claim in order], [matched[claim.id].question_id for claim in order]
    )
    gold_of = {_key(claim): gold_id for gold_id, claim in matched.items()}
    contradictions = find_contradictions(claims)
    result.contradictions = len(contradictions)
    joined: set[frozenset[str]] = set()
    for contradiction in contradictions:
        ids = [gold_of.get(_key(claim)) for claim in contradiction.claims]
        known = [i for i in ids if i is not None]
        joined |= {frozenset((a, b)) for a in known for b in known if a != b}
    for expected in gold.expected_contradictions:
        hit = any(frozenset((a, b)) in joined for a in expected.a for b in expected.b)
        (result.found if hit else result.not_found).append(expected.id)
    for compatible in gold.compatible_pairs:
        if frozenset(compatible.pair) in joined:
            result.false.append(" / ".join(compatible.pair))
    return result
