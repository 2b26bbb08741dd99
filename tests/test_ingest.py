"""Ingest: idempotent by content, a changed file replaces its claims, a bad file never stops a run.

The pipeline is replaced by ``said`` (conftest), a small deterministic analyser, so these tests pin
down what ingest and the store do; ``test_the_real_pipeline_over_the_demo`` runs the real stages.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack.ingest import ingest, speakers_of
from claimtrack.load import SourceMeta
from claimtrack.models import Claim, ClaimKind, IngestResult, Source
from claimtrack.store import ClaimFilter, Store

Ingest = Callable[..., list[IngestResult]]
Analyse = Callable[[Source], list[Claim]]


def dump(db: Path) -> list[object]:
    """Everything a user could read from the store, in a fixed order."""
    with Store.open(db) as store:
        return [store.sources(with_text=True), list(store.iter_claims()), store.speakers(),
                store.questions()]  # fmt: skip


def article(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_folder_lands_and_a_second_run_changes_nothing(
    demo_dir: Path, db_path: Path, ingest_with: Ingest
) -> None:
    first = ingest_with([demo_dir])
    assert [r.status for r in first] == ["added"] * 5
    assert all(r.error is None for r in first) and sum(r.claims for r in first) > 0
    before = dump(db_path)
    again = ingest_with([demo_dir])
    assert [r.status for r in again] == ["unchanged"] * 5
    assert [r.claims for r in again] == [r.claims for r in first]
    assert dump(db_path) == before


def test_a_changed_file_replaces_its_own_claims(
    tmp_path: Path, db_path: Path, ingest_with: Ingest
) -> None:
    a = article(
        tmp_path, "a.txt", "Kabulov said the Taliban fight IS.\nVotel said Russia arms them."
    )
    article(tmp_path, "b.txt", "Muzhda said the Taliban fight IS.")
    ingest_with([tmp_path])
    a.write_text("Kabulov said the Taliban do not fight IS.", encoding="utf-8")
    results = ingest_with([tmp_path])
    assert [(Path(r.path).name, r.status, r.claims) for r in results] == [
        ("a.txt", "updated", 1),
        ("b.txt", "unchanged", 1),
    ]
    with Store.open(db_path) as store:
        assert sorted(c.text for c in store.claims()) == [
            "the Taliban do not fight IS",
            "the Taliban fight IS",
        ]
        assert store.speaker_names() == ["Kabulov", "Muzhda"]  # Votel's only claim went with it
        (question,) = store.questions()
        assert (question.yes, question.no, question.contested) == (1, 1, True)


def test_new_metadata_for_the_same_bytes_updates_the_source(
    tmp_path: Path, db_path: Path, ingest_with: Ingest
) -> None:
    path = article(tmp_path, "a.txt", "Kabulov said the Taliban fight IS.")
    ingest_with([path])
    (result,) = ingest_with([path], SourceMeta(published="2017-03-27"))
    assert result.status == "updated"
    with Store.open(db_path) as store:
        assert [c.published for c in store.claims()] == ["2017-03-27"]


def test_a_copy_of_a_stored_file_is_stored_once(
    tmp_path: Path, db_path: Path, ingest_with: Ingest
) -> None:
    article(tmp_path, "a.txt", "Kabulov said the Taliban fight IS.")
    article(tmp_path, "copy.txt", "Kabulov said the Taliban fight IS.")
    a, copy = ingest_with([tmp_path])
    assert (a.status, copy.status, copy.source_id) == ("added", "unchanged", a.source_id)
    assert copy.warnings == [f"same content as {tmp_path / 'a.txt'}; stored once, under that path"]


def test_one_bad_file_is_reported_and_the_rest_land(
    tmp_path: Path, db_path: Path, ingest_with: Ingest, said: Analyse
) -> None:
    article(tmp_path, "a.txt", "Kabulov said the Taliban fight IS.")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary\x00")
    article(tmp_path, "c.md", "---\ntitle: never closed\nMuzhda said so.\n")
    article(tmp_path, "d.md", "---\npublished: 2017-02-30\n---\nVotel said so.\n")
    article(tmp_path, "e.txt", "")
    article(tmp_path, "f.txt", "Salvin said the Taliban are not fighting ISIS-K.")
    seen: list[tuple[str, int, int]] = []
    results = ingest_with([tmp_path])
    with Store.open(db_path) as store:
        progress = lambda r, done, total: seen.append((Path(r.path).name, done, total))  # noqa: E731
        ingest([tmp_path], store, None, None, None, progress, analyse=said)  # type: ignore[arg-type]
    assert [(Path(r.path).name, r.status, r.error) for r in results] == [
        ("a.txt", "added", None),
        ("b.txt", "failed", "binary file (contains NUL bytes), not an article"),
        ("c.md", "failed", "front matter opened by '---' on line 1 is never closed"),
        ("d.md", "failed", "published '2017-02-30' is not a real date: February 2017 has 28 days"),
        ("e.txt", "failed", "file is empty"),
        ("f.txt", "added", None),
    ]
    names = ["a.txt", "b.txt", "c.md", "d.md", "e.txt", "f.txt"]
    assert seen == [(name, done, 6) for done, name in enumerate(names, 1)]
    with Store.open(db_path) as store:
        assert store.speaker_names() == ["Kabulov", "Salvin"]


def test_an_analysis_bug_fails_one_file_not_the_run(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch, said: Analyse
) -> None:
    article(tmp_path, "a.txt", "Kabulov said the Taliban fight IS.")
    article(tmp_path, "boom.txt", "Votel said the word boom.")

    def fragile(source: Source) -> list[Claim]:
        if "boom" in source.text:
            raise IndexError("list index out of range")
        return said(source)

    with Store.open(db_path) as store:
        results = ingest([tmp_path], store, None, None, None, analyse=fragile)  # type: ignore[arg-type]
        assert [r.status for r in results] == ["added", "failed"]
        assert results[1].error is not None
        assert results[1].error.startswith("analysis failed (IndexError: list index out of range)")
        monkeypatch.setenv("CLAIMTRACK_DEBUG", "1")  # developers get the traceback
        with pytest.raises(IndexError):
            ingest([tmp_path / "boom.txt"], store, None, None, None, analyse=fragile)  # type: ignore[arg-type]


def test_front_matter_warnings_reach_the_result(
    tmp_path: Path, db_path: Path, ingest_with: Ingest
) -> None:
    article(tmp_path, "a.md", "---\ntitle: T\nauthor: Someone\n---\nKabulov said so.\n")
    (result,) = ingest_with([tmp_path])
    assert result.status == "added"
    assert result.warnings == [
        "front matter key 'author' ignored (known: title, outlet, published, url)"
    ]


def test_moving_a_folder_keeps_one_copy_per_content(
    tmp_path: Path, db_path: Path, ingest_with: Ingest
) -> None:
    old = article(tmp_path, "old/a.txt", "Kabulov said the Taliban fight IS.")
    ingest_with([tmp_path / "old"])
    shutil.copytree(tmp_path / "old", tmp_path / "new")
    old.write_text("Votel said something else.", encoding="utf-8")
    (moved,) = ingest_with([tmp_path / "new"])
    assert moved.status == "unchanged" and moved.warnings  # still stored under old/a.txt
    (changed,) = ingest_with([tmp_path / "old"])
    assert changed.status == "updated"
    (now,) = ingest_with([tmp_path / "new"])
    assert now.status == "added"


def test_speakers_of_keeps_names_not_pronouns() -> None:
    base = {"source_id": "s", "kind": ClaimKind.DIRECT, "text": "x", "start": 0, "end": 1}
    claims = [
        Claim(id=str(i), speaker="Zamir Kabulov", speaker_mention=m, **base)
        for i, m in enumerate(["Kabulov", "he", "Zamir Kabulov", "The envoy", "Russian envoy"])
    ]
    (speaker,) = speakers_of(claims)
    assert speaker.aliases == ["Kabulov", "Russian envoy"]


def test_the_real_pipeline_over_the_demo(demo_dir: Path, db_path: Path) -> None:
    from claimtrack.compare import Decisions, Lexicon

    lexicon, decisions = Lexicon.load(), Decisions.load(None)
    with Store.open(db_path) as store:
        first = ingest([demo_dir], store, None, lexicon, decisions)
        assert [r.status for r in first] == ["added"] * 5
        assert store.verify() == []
        total = store.counts()["claims"]
        assert total == sum(r.claims for r in first) > 0
        for source in store.sources(with_text=True):
            for c in store.claims(ClaimFilter(source=source.id)):
                assert source.text[c.start : c.end] == c.text  # spans index the text as read
                assert any(b.start <= c.start and c.end <= b.end for b in source.body)
        assert [r.status for r in ingest([demo_dir], store, None, lexicon, decisions)] == [
            "unchanged"
        ] * 5
        assert store.counts()["claims"] == total
