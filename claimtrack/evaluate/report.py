"""Rich tables for the evaluation figures, and the PASS/MISS list of targets."""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Console
from rich.table import Table

from claimtrack.evaluate.demo import ComparisonResult, ExtractionResult
from claimtrack.evaluate.metrics import Score, Tally
from claimtrack.evaluate.polnear import CATEGORIES, PolnearResult
from claimtrack.evaluate.spans import Strictness

CATEGORY_NAMES = {
    "all": "all",
    "speech": "speech",
    "quotes": "quotes",
}
LEGEND = (
    "all: every attribution; speech: cue is speech or publication; quotes: content opens with a"
    " quote mark. found: gold matched; P: predictions matching a gold attribution."
)


def detail(console: Console, text: str) -> None:
    """One line of evidence under a table, never wrapped (it is read, and grepped)."""
    console.print(f"  {text}", highlight=False, markup=False, soft_wrap=True)


def fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def tally(value: Tally) -> str:
    return f"{fmt(value.value)} ({value.correct}/{value.checked})"


@dataclass
class Target:
    name: str
    value: float | None
    threshold: float
    at_most: bool = False  # a ceiling (false contradictions) rather than a floor

    @property
    def passed(self) -> bool:
        if self.value is None:
            return False
        return self.value <= self.threshold if self.at_most else self.value >= self.threshold

    @property
    def wanted(self) -> str:
        sign = "<=" if self.at_most else ">="
        return f"{sign} {self.threshold:g}"


def _score_row(label: str, strictness: str, score: Score) -> list[str]:
    return [
        label,
        strictness,
        str(score.gold),
        str(score.predicted),
        f"{score.gold_matched}",
        fmt(score.precision),
        fmt(score.recall),
        fmt(score.f1),
    ]


def _score_table(title: str) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("category")
    table.add_column("match")
    for name in ("gold", "pred", "found", "P", "R", "F1"):
        table.add_column(name, justify="right")
    return table


def polnear(console: Console, result: PolnearResult) -> list[Target]:
    table = _score_table(f"PolNeAR train sample: {result.documents} articles")
    for category in CATEGORIES:
        for strictness in Strictness:
            score = result.score(category, strictness)
            table.add_row(*_score_row(CATEGORY_NAMES[category], strictness.value, score))
    console.print(table)
    console.print(LEGEND, highlight=False)
    console.print(f"speaker right on matched pairs (source spans checked): {tally(result.speaker)}")
    console.print(f"cue right on matched pairs: {tally(result.cue)}")
    console.print(
        f"parts of a split or discontinuous annotated content, right speaker, counted as right"
        f" predictions (overlap): {result.fragments}",
        highlight=False,
    )
    for failure in result.failures:
        detail(console, f"extraction failed: {failure}")
    overlap = Strictness.OVERLAP
    return [
        Target("PolNeAR precision, all (overlap)", result.score("all", overlap).precision, 0.85),
        Target("PolNeAR recall, speech (overlap)", result.score("speech", overlap).recall, 0.70),
    ]


def demo_extraction(
    console: Console, result: ExtractionResult, details: bool = True
) -> list[Target]:
    table = _score_table("Demo gold: extraction")
    table.add_row(*_score_row("claims", "overlap", result.score))
    console.print(table)
    console.print(f"speaker right on matched claims: {tally(result.speaker)}")
    console.print(f"polarity right on matched claims: {tally(result.polarity)}")
    if details:
        for claim in result.missed:
            detail(console, f"missed {claim.gold.id} ({claim.gold.speaker}): {claim.gold.text!r}")
        for stem, prediction in result.false_positives:
            speaker = prediction.speaker_name or prediction.speaker_mention
            detail(console, f"not in gold {stem} ({speaker}): {prediction.text!r}")
        for gold, predicted in result.wrong_speaker:
            detail(console, f"speaker {gold.id}: {predicted!r}, gold {gold.speaker!r}")
    return [
        Target("demo extraction recall", result.score.recall, 0.95),
        Target("demo extraction precision", result.score.precision, 0.90),
    ]


def demo_comparison(
    console: Console, result: ComparisonResult, details: bool = True
) -> list[Target]:
    table = Table(title="Demo gold: comparison", title_justify="left")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row("gold claims matched to claims", f"{result.matched}/{result.gold}")
    table.add_row("canonical speaker right", tally(result.speaker))
    table.add_row("stance accuracy (orientation aligned)", tally(result.stance))
    table.add_row("stance accuracy (strict)", tally(result.stance_strict))
    grouping = result.grouping
    table.add_row("grouping precision (pairs)", f"{fmt(grouping.precision)} ({grouping.predicted})")
    table.add_row("grouping recall (pairs)", f"{fmt(grouping.recall)} ({grouping.gold})")
    table.add_row("grouping F1 (pairs)", fmt(grouping.f1))
    table.add_row("contradictions reported", str(result.contradictions))
    expected = len(result.found) + len(result.not_found)
    table.add_row("expected contradictions found", f"{len(result.found)}/{expected}")
    table.add_row("compatible pairs flagged", str(len(result.false)))
    console.print(table)
    if details:
        for name in result.not_found:
            detail(console, f"contradiction not found: {name}")
        for pair in result.false:
            detail(console, f"flagged although compatible: {pair}")
        for claim, stance in result.wrong_stance:
            shown = stance.value if stance else None
            detail(
                console,
                f"stance {claim.id}: {shown}, gold {claim.stance.value if claim.stance else None}",
            )
    found = len(result.found) / expected if expected else None
    return [
        Target("demo stance accuracy", result.stance.value, 0.90),
        Target("demo grouping F1 (pairs)", grouping.f1, 0.90),
        Target("demo expected contradictions found (share)", found, 1.0),
        Target("demo compatible pairs flagged", float(len(result.false)), 0, at_most=True),
    ]


def targets(console: Console, rows: list[Target]) -> None:
    table = Table(title="Targets", title_justify="left")
    for name in ("target", "value", "wanted", "result"):
        table.add_column(name, justify="left" if name == "target" else "right")
    for row in rows:
        verdict = "[green]PASS[/green]" if row.passed else "[red]MISS[/red]"
        table.add_row(row.name, fmt(row.value), row.wanted, verdict)
    console.print(table)
