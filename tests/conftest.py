"""Shared fixtures. Every test runs on a temporary database, colour off, at a fixed width."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack.ingest import ingest
from claimtrack.load import SourceMeta
from claimtrack.models import Claim, ClaimKind, IngestResult, Source, SpeakerKind, Stance
from claimtrack.store import Store

ROOT = Path(__file__).resolve().parents[1]


def stale_extensions(package: Path) -> list[str]:
    """Compiled modules (mypyc, see setup.py) older than their source: Python would import the
    compiled file and test yesterday's code."""
    stale = []
    for built in package.rglob("*.so"):
        source = built.with_name(built.name.split(".")[0] + ".py")
        if source.exists() and source.stat().st_mtime > built.stat().st_mtime:
            stale.append(str(source.relative_to(package.parent)))
    return sorted(stale)


def pytest_sessionstart(session: pytest.Session) -> None:
    stale = stale_extensions(ROOT / "claimtrack")
    if stale:
        pytest.exit(
            f"compiled modules are older than their sources ({', '.join(stale)}): "
            "run `make install` to rebuild them, or remove claimtrack/**/*.so",
            returncode=2,
        )


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches a real database by accident, and output is plain and wide."""
    db = tmp_path / "claimtrack.db"
    monkeypatch.setenv("CLAIMTRACK_DB", str(db))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("CLAIMTRACK_DEBUG", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    return db


@pytest.fixture
def db_path(_isolated: Path) -> Path:
    """The temporary database path ``CLAIMTRACK_DB`` points at."""
    return _isolated


@pytest.fixture
def demo_dir() -> Path:
    """The demo corpus: five articles with front matter and web trailers."""
    return ROOT / "data" / "sources"


_SAID = re.compile(r"(?P<speaker>[A-Z][a-z]+) said (?P<content>[^.\n]+)")
Analyse = Callable[[Source], list[Claim]]


def _said(source: Source) -> list[Claim]:
    """A stand-in for the pipeline: "<Name> said <content>" in the body is a claim."""
    claims = []
    for region in source.body:
        for m in _SAID.finditer(source.text, region.start, region.end):
            start, end = m.span("content")
            claims.append(
                Claim(
                    id=f"{source.id}-{start}-{end}",
                    source_id=source.id,
                    path=source.path,
                    published=source.published,
                    speaker=m["speaker"],
                    speaker_mention=m["speaker"],
                    speaker_kind=SpeakerKind.PERSON,
                    kind=ClaimKind.INDIRECT,
                    text=source.text[start:end],
                    start=start,
                    end=end,
                    question_id="q1",
                    question="Q?",
                    stance=Stance.NO if " not " in m["content"] else Stance.YES,
                )
            )
    return claims


@pytest.fixture
def said() -> Analyse:
    """A small deterministic analyser to stand in for the pipeline in store and ingest tests."""
    return _said


@pytest.fixture
def ingest_with(said: Analyse, db_path: Path) -> Callable[..., list[IngestResult]]:
    """``ingest_with(paths, meta=None, analyse=said)``: ingest into the test database."""

    def run(
        paths: list[Path], meta: SourceMeta | None = None, analyse: Analyse = said
    ) -> list[IngestResult]:
        with Store.open(db_path) as store:
            return ingest(paths, store, meta, None, None, analyse=analyse)  # type: ignore[arg-type]

    return run
