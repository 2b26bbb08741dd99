"""Ingest: files and folders into the store, one transaction per source, bad files reported.

For each file ``discover`` finds: read it (``load``), skip it when the store already holds the same
bytes and metadata for that path, otherwise analyse it (``pipeline.analyse``) and replace what the
store held for that path (``Store.replace_source``). A file that cannot be read or analysed becomes
an ``IngestResult`` with ``status="failed"`` and the reason; the others still land. Database errors
(busy, read-only, damaged) abort the run: they would fail every file alike.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from claimtrack.load import LoadFailure, Manifests, SourceError, SourceMeta, discover, load_source
from claimtrack.models import Claim, IngestResult, Source, Speaker, SpeakerKind
from claimtrack.store import Store

if TYPE_CHECKING:
    from claimtrack.compare import Decisions, Lexicon

Progress = Callable[[IngestResult, int, int], None]
Analyse = Callable[[Source], list[Claim]]
_META_FIELDS = ("sha256", "title", "outlet", "published", "url")
_NOT_ALIASES = frozenset({"he", "she", "they", "it", "we", "i", "him", "her", "them", "you"})


def ingest(
    paths: Sequence[Path],
    store: Store,
    meta: SourceMeta | None,
    lexicon: Lexicon,
    decisions: Decisions,
    on_progress: Progress | None = None,
    *,
    analyse: Analyse | None = None,
) -> list[IngestResult]:
    """Ingest every article file under ``paths``; one result per file, in discovery order.

    ``analyse`` replaces the pipeline (tests, or a caller with its own stages); by default every
    file goes through ``pipeline.analyse`` with one speaker registry shared by the whole run.
    """
    manifests = Manifests()
    items = list(discover(paths, manifests))
    stages = _Pipeline(store, lexicon, decisions) if analyse is None else _Given(analyse)
    results: list[IngestResult] = []
    for done, item in enumerate(items, 1):
        if isinstance(item, LoadFailure):
            result = IngestResult(path=str(item.path), status="failed", error=item.reason)
        else:
            result = _ingest_file(item, store, meta, manifests, stages)
        results.append(result)
        if on_progress is not None:
            on_progress(result, done, len(items))
    if any(r.status in ("added", "updated") for r in results):
        stages.finish(store)
    return results


def _ingest_file(
    path: Path,
    store: Store,
    meta: SourceMeta | None,
    manifests: Manifests,
    stages: _Given,
) -> IngestResult:
    try:
        loaded = load_source(path, meta, manifests)
    except SourceError as exc:
        return IngestResult(path=str(path), status="failed", error=exc.message)
    source, warnings = loaded.source, loaded.warnings
    stored = store.source_by_path(source.path)
    if stored is not None and _same(stored, source):
        return IngestResult(
            path=source.path,
            source_id=stored.id,
            status="unchanged",
            claims=store.claim_count(stored.id),
            warnings=warnings,
        )
    twin = store.source_by_sha(source.sha256)
    if twin is not None and (stored is None or stored.id != twin.id):  # a copy at another path
        if stored is not None:
            store.remove_source(source.path)  # this path's old version is gone from disk
        return IngestResult(
            path=source.path,
            source_id=twin.id,
            status="unchanged",
            claims=store.claim_count(twin.id),
            warnings=[*warnings, f"same content as {twin.path}; stored once, under that path"],
        )
    try:
        claims = stages.analyse(source)
    except Exception as exc:  # a bug on one odd article must not stop the other thousand
        if os.environ.get("CLAIMTRACK_DEBUG"):
            raise
        return IngestResult(
            path=source.path,
            source_id=source.id,
            status="failed",
            error=f"analysis failed ({type(exc).__name__}: {exc}); this is a claimtrack bug, "
            "please report it with the file",
        )
    store.replace_source(source, claims, speakers_of(claims), stages.renamed())
    return IngestResult(
        path=source.path,
        source_id=source.id,
        status="added" if stored is None else "updated",
        claims=len({c.id for c in claims}),
        warnings=warnings,
    )


class _Given:
    """Stages given by the caller: analysis only, no speaker registry to consult."""

    def __init__(self, analyse: Analyse) -> None:
        self.analyse = analyse

    def renamed(self) -> dict[str, str]:
        return {}

    def finish(self, store: Store) -> None:
        """Nothing to record at the end of a run."""


class _Pipeline(_Given):
    """``pipeline.analyse`` with one speaker registry for the run, seeded from the store."""

    def __init__(self, store: Store, lexicon: Lexicon, decisions: Decisions) -> None:
        from claimtrack.pipeline import analyse
        from claimtrack.resolve import SpeakerRegistry

        registry = SpeakerRegistry.from_speakers(store.speakers())
        super().__init__(lambda source: analyse(source, registry, lexicon, decisions))
        self.registry = registry
        self._applied: dict[str, str] = {}

    def renamed(self) -> dict[str, str]:
        """Renames the registry made since the last call (a surname met its full name)."""
        new = {o: n for o, n in self.registry.renamed().items() if self._applied.get(o) != n}
        self._applied.update(new)
        return new

    def finish(self, store: Store) -> None:
        """Record the registry's aliases, roles and affiliations of the speakers it knows."""
        store.upsert_speakers(self.registry.speakers())


def _same(stored: Source, source: Source) -> bool:
    return all(getattr(stored, f) == getattr(source, f) for f in _META_FIELDS)


def speakers_of(claims: list[Claim]) -> list[Speaker]:
    """The canonical speakers of ``claims`` with the names they were mentioned by as aliases."""
    by_name: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.speaker:
            by_name.setdefault(claim.speaker, []).append(claim)
    speakers = []
    for name, said in by_name.items():
        kinds = Counter(c.speaker_kind for c in said)
        aliases = {
            c.speaker_mention.strip()
            for c in said
            if c.speaker_mention and _is_alias(c.speaker_mention.strip(), name)
        }
        speakers.append(
            Speaker(
                name=name,
                kind=kinds.most_common(1)[0][0] if kinds else SpeakerKind.ANONYMOUS,
                role=next((c.speaker_role for c in said if c.speaker_role), None),
                affiliation=next(
                    (c.speaker_affiliation for c in said if c.speaker_affiliation), None
                ),
                aliases=sorted(aliases),
            )
        )
    return speakers


def _is_alias(mention: str, name: str) -> bool:
    """Whether a mention names the speaker ("Kabulov") rather than pointing at it ("he")."""
    lowered = mention.lower()
    if mention == name or lowered in _NOT_ALIASES or not mention[:1].isupper():
        return False
    rest = lowered.removeprefix("the ")
    return not (rest != lowered and rest == mention[4:])  # "The group": a description, not a name
