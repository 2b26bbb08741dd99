"""Extraction scored against the PolNeAR sample (``<corpora>/polnear-train-sample``).

Each article's ``.txt`` becomes a ``Source`` and goes through ``claimtrack.extract.extract``; its
predicted content spans are matched one-to-one to the annotated ones (``claimtrack.evaluate.spans``)
at both strictnesses. Categories:

- ``all``: every annotated attribution.
- ``speech``: attributions whose cue is speech or publication (``claimtrack.evaluate.cues``).
- ``quotes``: attributions whose content starts with a quote mark.

Recall in a category is over the gold attributions in it. Precision in a category is over the
predictions in it (a predicted cue that is speech; a predicted direct quote), and a prediction is
right when it matches any gold attribution, whatever the gold's category.

On pairs matched at ``overlap`` strictness two more figures: the speaker (the predicted mention
span overlaps the gold Source span; for a pronoun or a quote continuing an earlier speaker, the
resolved name matches the gold Source text when that is a name) and the cue (the spans overlap).

PolNeAR joins a quote split by its cue (``“A,” he said. “B.”``) into one discontinuous content
(522 of the sample's contents have several ranges); claimtrack reports one claim per contiguous
part, and one-to-one matching leaves all but one part unmatched. Such a *fragment* (an unmatched
prediction lying at least 90% inside an annotated content) whose speaker is right for that
attribution is a correct attribution, segmented more finely: it counts as a right prediction for
precision, and never adds to recall (the gold attribution is found once, or not at all). Fragments
with the wrong speaker stay false positives; ``fragments`` counts the ones credited.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from claimtrack.evaluate.brat import GoldAttribution, read_document
from claimtrack.evaluate.cues import is_speech_cue
from claimtrack.evaluate.metrics import Score, Tally
from claimtrack.evaluate.names import is_pronoun, looks_like_name, same_name
from claimtrack.evaluate.spans import (
    QUOTE_MARKS,
    Segments,
    Strictness,
    criterion,
    intersection,
    length,
    match,
    segments_text,
    touches,
)
from claimtrack.models import Attribution, ClaimKind, Source

CORPUS = "polnear-train-sample"
CATEGORIES = ("all", "speech", "quotes")
Extractor = Callable[[Source], list[Attribution]]


@dataclass
class PolnearResult:
    documents: int = 0
    scores: dict[tuple[str, Strictness], Score] = field(default_factory=dict)
    speaker: Tally = field(default_factory=Tally)
    cue: Tally = field(default_factory=Tally)
    failures: list[str] = field(default_factory=list)  # "name: error" for documents that raised
    fragments: int = 0  # unmatched predictions inside an annotated content (overlap strictness)

    def score(self, category: str, strictness: Strictness) -> Score:
        return self.scores.setdefault((category, strictness), Score())


def corpus_dir(corpora: Path) -> Path:
    return corpora / CORPUS


def source_for(path: Path) -> Source:
    """A ``Source`` over a corpus ``.txt`` exactly as read: the offsets of its ``.ann`` index it."""
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    return Source(id=sha[:12], path=str(path), sha256=sha, text=data.decode("utf-8"), body=[])


def is_quote(text: str) -> bool:
    stripped = text.lstrip()
    return bool(stripped) and stripped[0] in QUOTE_MARKS and stripped[0] != "`"


def gold_categories(text: str, gold: GoldAttribution) -> dict[str, bool]:
    return {
        "all": True,
        "speech": is_speech_cue(segments_text(text, gold.cue)) or _colon_cue(text, gold),
        "quotes": is_quote(segments_text(text, gold.content)),
    }


def predicted_categories(text: str, pred: Attribution) -> dict[str, bool]:
    before = text[: pred.start].rstrip()[-1:]
    quoted = pred.kind is ClaimKind.DIRECT or is_quote(pred.text) or before in QUOTE_MARKS
    return {"all": True, "speech": is_speech_cue(pred.cue), "quotes": quoted}


def _colon_cue(text: str, gold: GoldAttribution) -> bool:
    # A cue annotated without its colon ("tweeted" before ": “...”") still introduces a quote.
    if not gold.cue:
        return False
    after = text[gold.cue[-1][1] :].lstrip(" ")
    return after.startswith(":")


def speaker_correct(text: str, pred: Attribution, gold: GoldAttribution) -> bool:
    span = (pred.speaker_start, pred.speaker_end)
    if span[0] is not None and span[1] is not None and touches(((span[0], span[1]),), gold.source):
        return True
    continuation = pred.speaker_mention is None or is_pronoun(pred.speaker_mention)
    gold_text = segments_text(text, gold.source)
    if continuation and pred.speaker_name and looks_like_name(gold_text):
        return same_name(pred.speaker_name, gold_text)
    return False


def cue_correct(pred: Attribution, gold: GoldAttribution) -> bool:
    if pred.cue_start is None or pred.cue_end is None:
        return False
    return touches(((pred.cue_start, pred.cue_end),), gold.cue)


def score_document(
    source: Source, predictions: list[Attribution], gold: list[GoldAttribution]
) -> PolnearResult:
    """All figures for one document (``PolnearResult.documents`` is 1)."""
    result = PolnearResult(documents=1)
    text = source.text
    predicted_segments: list[Segments] = [((p.start, p.end),) for p in predictions]
    gold_segments = [g.content for g in gold]
    pred_cats = [predicted_categories(text, p) for p in predictions]
    gold_cats = [gold_categories(text, g) for g in gold]
    for strictness in Strictness:
        pairs = match(predicted_segments, gold_segments, criterion(strictness, text))
        matched_gold = set(pairs.values())
        for category in CATEGORIES:
            score = result.score(category, strictness)
            score.predicted = sum(cats[category] for cats in pred_cats)
            score.predicted_matched = sum(pred_cats[p][category] for p in pairs)
            score.gold = sum(cats[category] for cats in gold_cats)
            score.gold_matched = sum(gold_cats[g][category] for g in matched_gold)
        if strictness is Strictness.OVERLAP:
            credited = [
                p
                for p, segments in enumerate(predicted_segments)
                if p not in pairs and _fragment_of(text, predictions[p], segments, gold)
            ]
            result.fragments = len(credited)
            for category in CATEGORIES:
                result.score(category, strictness).predicted_matched += sum(
                    pred_cats[p][category] for p in credited
                )
            for p, g in pairs.items():
                if gold[g].has_source:
                    result.speaker.add(speaker_correct(text, predictions[p], gold[g]))
                if gold[g].cue:
                    result.cue.add(cue_correct(predictions[p], gold[g]))
    return result


def _fragment_of(
    text: str, pred: Attribution, segments: Segments, gold: list[GoldAttribution]
) -> bool:
    """Is ``pred`` a part of an annotated content (90% inside it), with that content's speaker?"""
    return any(
        10 * intersection(segments, g.content) >= 9 * length(segments)
        and (not g.has_source or speaker_correct(text, pred, g))
        for g in gold
    )


def merge(total: PolnearResult, part: PolnearResult) -> None:
    total.documents += part.documents
    for key, score in part.scores.items():
        total.score(*key).add(score)
    total.speaker.merge(part.speaker)
    total.cue.merge(part.cue)
    total.failures.extend(part.failures)
    total.fragments += part.fragments


def evaluate_corpus(folder: Path, extractor: Extractor) -> PolnearResult:
    """Score ``extractor`` on every ``text/NAME.txt`` with an ``attributions/NAME.ann``.

    A document whose extraction raises counts as one with no predictions and is listed in
    ``failures``; ``NotImplementedError`` (no extractor yet) propagates.
    """
    total = PolnearResult()
    for ann in sorted((folder / "attributions").glob("*.ann")):
        txt = folder / "text" / (ann.stem + ".txt")
        if not txt.exists():
            continue
        source = source_for(txt)
        gold = read_document(ann)
        try:
            predictions = extractor(source)
        except NotImplementedError:
            raise
        except Exception as exc:  # one bad document must not hide the others' figures
            predictions = []
            total.failures.append(f"{ann.stem}: {type(exc).__name__}: {exc}")
        merge(total, score_document(source, predictions, gold))
    return total
