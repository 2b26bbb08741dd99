"""``python -m claimtrack.evaluate``: every evaluation figure, with PASS/MISS against the targets.

Targets are reported, not enforced: the exit code is 0 whatever the figures. A section whose input
is absent (the corpus folder, the gold file) or whose stage is not implemented yet says so and is
skipped; a section that crashes is reported with its error, the others still run, and the exit
code is 1 (set ``CLAIMTRACK_DEBUG`` for the traceback).
"""

from __future__ import annotations

import os
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from claimtrack.evaluate import demo, polnear, report
from claimtrack.evaluate.gold import GOLD_FILE, GoldSet, load_gold
from claimtrack.models import Claim, Source

app = typer.Typer(add_completion=False)
console = Console()


class _Skip(Exception):
    """A section cannot run for a reason that is not a defect (missing input)."""


def _section(
    name: str, run: Callable[[], list[report.Target]], crashed: list[str]
) -> list[report.Target]:
    started = time.perf_counter()
    try:
        rows = run()
    except _Skip as exc:
        console.print(f"[yellow]{name}: skipped[/yellow] ({exc})")
        return []
    except (ImportError, NotImplementedError) as exc:
        console.print(f"[yellow]{name}: skipped[/yellow] (stage not available: {exc!r})")
        return []
    except Exception as exc:  # report and go on: the other sections' figures still count
        console.print(f"[red]{name}: failed[/red] {type(exc).__name__}: {exc}", highlight=False)
        if os.environ.get("CLAIMTRACK_DEBUG"):
            traceback.print_exc()
        crashed.append(name)
        return []
    console.print(f"[dim]{name}: {time.perf_counter() - started:.1f}s[/dim]")
    return rows


def _polnear(corpora: Path) -> list[report.Target]:
    folder = polnear.corpus_dir(corpora)
    if not folder.is_dir():
        raise _Skip(f"no corpus at {folder}")
    from claimtrack.extract import extract

    return report.polnear(console, polnear.evaluate_corpus(folder, extract))


def _analyse_all(sources: list[Source]) -> list[Claim]:
    from claimtrack.compare import Decisions, Lexicon
    from claimtrack.pipeline import analyse
    from claimtrack.resolve import SpeakerRegistry

    registry = SpeakerRegistry.from_speakers([])
    lexicon, decisions = Lexicon.load(), Decisions.load(None)
    return [claim for s in sources for claim in analyse(s, registry, lexicon, decisions)]


def _demo(
    gold: GoldSet, sources: dict[str, Source], details: bool, crashed: list[str]
) -> list[report.Target]:
    located = demo.locate_all(gold, sources)

    def extraction() -> list[report.Target]:
        from claimtrack.extract import extract

        scored = demo.score_extraction(sources, located, extract)
        return report.demo_extraction(console, scored, details)

    def comparison() -> list[report.Target]:
        from claimtrack.compare import find_contradictions

        claims = _analyse_all(list(sources.values()))
        result = demo.score_comparison(gold, located, claims, find_contradictions)
        return report.demo_comparison(console, result, details)

    rows = _section("demo extraction", extraction, crashed)
    return rows + _section("demo comparison", comparison, crashed)


@app.command()
def main(
    corpora: Annotated[Path, typer.Option(help="folder holding polnear-train-sample/")] = Path(
        "../shared/corpora"
    ),
    gold: Annotated[Path, typer.Option(help="folder holding claims.yaml")] = Path("data/gold"),
    sources: Annotated[Path, typer.Option(help="the demo articles")] = Path("data/sources"),
    details: Annotated[
        bool, typer.Option(help="list missed and invented claims, wrong speakers and stances")
    ] = True,
) -> None:
    """Score extraction on PolNeAR, and extraction and comparison on the demo gold."""
    from claimtrack.load import read_source

    crashed: list[str] = []
    rows = _section("PolNeAR", lambda: _polnear(corpora), crashed)

    if (gold / GOLD_FILE).is_file():
        rows += _demo(load_gold(gold), demo.load_sources(sources, read_source), details, crashed)
    else:
        console.print(f"[yellow]demo gold: skipped[/yellow] (no {gold / GOLD_FILE})")
    if rows:
        report.targets(console, rows)
    if crashed:
        raise typer.Exit(1)


if __name__ == "__main__":
    app()
