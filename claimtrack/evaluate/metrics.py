"""Counts and the figures derived from them."""

from __future__ import annotations

from dataclasses import dataclass


def ratio(part: int, whole: int) -> float | None:
    """``part / whole``, or None when there is nothing to divide (shown as "n/a", not 0 or 1)."""
    return part / whole if whole else None


@dataclass
class Score:
    """Precision and recall counts for one category at one strictness.

    ``predicted_matched / predicted`` is precision, ``gold_matched / gold`` is recall; they differ
    only when a category is decided separately for predictions and gold.
    """

    predicted: int = 0
    predicted_matched: int = 0
    gold: int = 0
    gold_matched: int = 0

    def add(self, other: Score) -> None:
        self.predicted += other.predicted
        self.predicted_matched += other.predicted_matched
        self.gold += other.gold
        self.gold_matched += other.gold_matched

    @property
    def precision(self) -> float | None:
        return ratio(self.predicted_matched, self.predicted)

    @property
    def recall(self) -> float | None:
        return ratio(self.gold_matched, self.gold)

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Tally:
    """A share of checked cases: ``correct`` out of ``checked``."""

    correct: int = 0
    checked: int = 0

    def add(self, ok: bool) -> None:
        self.checked += 1
        self.correct += int(ok)

    def merge(self, other: Tally) -> None:
        self.correct += other.correct
        self.checked += other.checked

    @property
    def value(self) -> float | None:
        return ratio(self.correct, self.checked)


def pairwise_f1(gold: list[str | None], predicted: list[str | None]) -> Score:
    """Pairwise clustering score: items ``i < j`` are a gold pair when their gold labels are equal
    and not None, a predicted pair likewise; precision and recall are over those pair sets."""
    score = Score()
    n = len(gold)
    for i in range(n):
        for j in range(i + 1, n):
            in_gold = gold[i] is not None and gold[i] == gold[j]
            in_predicted = predicted[i] is not None and predicted[i] == predicted[j]
            score.gold += in_gold
            score.predicted += in_predicted
            both = in_gold and in_predicted
            score.gold_matched += both
            score.predicted_matched += both
    return score
