"""The store: what goes in comes back, listings keep step with writes, filters do what they say."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from claimtrack.errors import ClaimtrackError
from claimtrack.load import parse_source
from claimtrack.models import Claim, ClaimKind, Source, Speaker, SpeakerKind, Stance
from claimtrack.store import SCHEMA_VERSION, ClaimFilter, Store

TEXT = (
    "Kabulov said the Taliban fight IS. The Taliban denied it. Votel said Russia may arm them. "
    "Muzhda said the Taliban fight IS."
)


def source(path: str = "a.txt", text: str = TEXT, published: str | None = "2017-03-27") -> Source:
    return parse_source(text.encode(), path).model_copy(update={"published": published})


def claim(
    src: Source,
    phrase: str,
    speaker: str | None,
    question: str | None = "q-fight",
    stance: Stance | None = Stance.YES,
    claim_date: str | None = None,
    mention: str | None = None,
) -> Claim:
    start = src.text.index(phrase)
    return Claim(
        id=f"{src.id}-{start}",
        source_id=src.id,
        path=src.path,
        published=src.published,
        speaker=speaker,
        speaker_mention=mention or speaker,
        speaker_kind=SpeakerKind.PERSON,
        kind=ClaimKind.INDIRECT,
        text=phrase,
        start=start,
        end=start + len(phrase),
        claim_date=claim_date,
        question_id=question,
        question="Is the Taliban fighting IS?" if question == "q-fight" else question,
        stance=stance,
    )


def claims_of(src: Source) -> list[Claim]:
    return [
        claim(src, "the Taliban fight IS", "Zamir Kabulov", mention="Kabulov"),
        claim(src, "it", "Taliban", stance=Stance.NO, claim_date="2017-03-20"),
        claim(src, "Russia may arm them", "Joseph Votel", "q-arm", Stance.UNCLEAR),
        claim(src, "Muzhda said the Taliban fight IS", "Wahid Muzhda", claim_date="2016"),
    ]


def speakers_of(claims: list[Claim]) -> list[Speaker]:
    return [
        Speaker(name=c.speaker, kind=c.speaker_kind, aliases=[c.speaker_mention or c.speaker])
        for c in claims
        if c.speaker
    ]


@pytest.fixture
def store(db_path: Path) -> Store:
    return Store.open(db_path)


def fill(store: Store, src: Source | None = None) -> tuple[Source, list[Claim]]:
    src = src or source()
    claims = claims_of(src)
    store.replace_source(src, claims, speakers_of(claims))
    return src, claims


def test_a_new_database_is_versioned_and_in_wal_mode(db_path: Path) -> None:
    with Store.open(db_path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        names = [r[0] for r in store.db.execute("SELECT name FROM migrations ORDER BY rowid")]
        assert names == [
            "m001_initial",
            "m002_question_summaries",
            "m003_affiliates_and_topic_search",
            "m004_claim_moves",
            "m005_contradiction_index",
        ]
    with Store.open(db_path) as again:  # reopening changes nothing
        assert again.counts() == {"sources": 0, "claims": 0, "speakers": 0, "questions": 0}


def test_what_goes_in_comes_back(store: Store) -> None:
    src, claims = fill(store)
    assert store.source(src.id) == src
    assert store.source(src.id[:5]) == src
    assert store.source_by_path("a.txt") == src
    assert store.source_by_path(Path("a.txt").absolute()) == src
    assert store.source_by_sha(src.sha256) == src
    assert store.source("a.txt") == src
    assert store.source("nope") is None
    listed = store.sources()
    assert [s.id for s in listed] == [src.id] and listed[0].text == ""
    assert store.sources(with_text=True) == [src]
    assert sorted(store.claims(), key=lambda c: c.start) == sorted(claims, key=lambda c: c.start)
    assert store.claim(claims[0].id) == claims[0]
    assert store.claim_count(src.id) == 4 and store.claim_counts() == {src.id: 4}


def test_speakers_and_questions_are_summarised_on_write(store: Store) -> None:
    fill(store)
    kabulov = next(s for s in store.speakers() if s.name == "Zamir Kabulov")
    assert (kabulov.claims, kabulov.sources, kabulov.aliases) == (1, 1, ["Kabulov"])
    assert store.speaker_names() == ["Joseph Votel", "Taliban", "Wahid Muzhda", "Zamir Kabulov"]
    fight, arm = store.questions()
    assert (fight.id, fight.text, fight.yes, fight.no, fight.claims, fight.contested) == (
        "q-fight",
        "Is the Taliban fighting IS?",
        2,
        1,
        3,
        True,
    )
    assert (arm.id, arm.unclear, arm.contested) == ("q-arm", 1, False)
    assert [q.id for q in store.questions(contested=True)] == ["q-fight"]


def test_a_changed_file_replaces_its_own_claims_only(store: Store) -> None:
    fill(store)
    other = source("b.txt", TEXT + " Extra.")
    fill(store, other)
    changed = source("a.txt", "Kabulov said the Taliban fight IS. Nothing else.")
    store.replace_source(changed, [claim(changed, "the Taliban fight IS", "Zamir Kabulov")], [])
    assert {s.path for s in store.sources()} == {"a.txt", "b.txt"}
    assert store.claim_count(changed.id) == 1 and store.claim_count(other.id) == 4
    assert store.source_by_path("a.txt") == changed
    fight = next(q for q in store.questions() if q.id == "q-fight")
    assert (fight.yes, fight.no, fight.claims) == (3, 1, 4)
    assert store.counts()["claims"] == 5
    assert store.remove_source("b.txt") is True
    assert store.remove_source("b.txt") is False
    assert store.speaker_names() == ["Zamir Kabulov"]  # speakers with no claims left are gone
    assert [(q.id, q.claims, q.contested) for q in store.questions()] == [("q-fight", 1, False)]
    assert store.verify() == []  # the summaries kept on write agree with a full recount


def test_the_same_content_under_two_paths_is_refused(store: Store) -> None:
    fill(store)
    with pytest.raises(ClaimtrackError, match=r"b\.txt has the same content as a\.txt"):
        store.replace_source(source("b.txt"), [], [])
    assert store.counts()["sources"] == 1


def test_verify_notices_summaries_that_disagree_with_the_claims(store: Store) -> None:
    fill(store)
    assert store.verify() == []
    store.db.execute("UPDATE questions SET yes = yes + 1")  # as a bug or a torn write would
    store.db.execute("UPDATE speakers SET sources = 7 WHERE name = 'Taliban'")
    assert store.verify() == [
        "question summaries disagree with their claims (4 rows)",
        "speaker summaries disagree with their claims (2 rows)",
    ]


def test_a_failed_write_leaves_the_store_as_it_was(store: Store) -> None:
    src, _ = fill(store)
    changed = source("a.txt", TEXT + " More.")
    broken = claim(changed, "it", "X").model_copy(update={"source_id": "no-such-source"})
    with pytest.raises(ClaimtrackError, match="FOREIGN KEY"):
        store.replace_source(changed, [broken], [])
    assert store.source_by_path("a.txt") == src
    assert store.claim_count(src.id) == 4


@pytest.mark.parametrize(
    "f, expected",
    [
        (ClaimFilter(), ["Wahid Muzhda", "Taliban", "Zamir Kabulov", "Joseph Votel"]),
        (ClaimFilter(speakers=["zamir kabulov", "Taliban"]), ["Taliban", "Zamir Kabulov"]),
        (ClaimFilter(question_ids=["q-arm"]), ["Joseph Votel"]),
        (ClaimFilter(stance=Stance.NO), ["Taliban"]),
        (ClaimFilter(since="2017-03"), ["Taliban", "Zamir Kabulov", "Joseph Votel"]),
        (ClaimFilter(since="2017-03-21"), ["Zamir Kabulov", "Joseph Votel"]),
        (ClaimFilter(until="2017-03-20"), ["Wahid Muzhda", "Taliban"]),
        (ClaimFilter(until="2016"), ["Wahid Muzhda"]),
        (ClaimFilter(since="2016", until="2016"), ["Wahid Muzhda"]),
        (ClaimFilter(limit=2), ["Wahid Muzhda", "Taliban"]),
        (ClaimFilter(source="a.txt", stance=Stance.YES), ["Wahid Muzhda", "Zamir Kabulov"]),
        (ClaimFilter(source="zzz"), []),
        (ClaimFilter(speakers=[]), []),
    ],
)
def test_claim_filters(store: Store, f: ClaimFilter, expected: list[str]) -> None:
    fill(store)
    assert [c.speaker for c in store.claims(f)] == expected


def test_filter_by_source_id_prefix(store: Store) -> None:
    src, _ = fill(store)
    fill(store, source("b.txt", TEXT + " Again."))
    assert len(store.claims(ClaimFilter(source=src.id[:6]))) == 4


@pytest.mark.parametrize(
    "field, value, message",
    [("since", "2017-02-30", "February 2017 has 28 days"), ("until", "last week", "ISO date"),
     ("limit", 0, "greater than or equal to 1"), ("colour", "red", "Extra inputs")],
)  # fmt: skip
def test_bad_filters_are_refused(field: str, value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ClaimFilter(**{field: value})


def test_ambiguous_id_prefixes_are_refused(store: Store) -> None:
    src, claims = fill(store)
    with pytest.raises(ClaimtrackError, match="matches more than one claim"):
        store.claim(src.id)
    assert store.claim(claims[0].id) == claims[0]
    fill(store, source("b.txt", TEXT + " Again."))
    with pytest.raises(ClaimtrackError, match="matches more than one source"):
        store.source("")


def test_claims_for_questions_and_iter_claims(store: Store) -> None:
    _, claims = fill(store)
    assert [c.speaker for c in store.claims_for_questions(["q-arm"])] == ["Joseph Votel"]
    assert len(store.claims_for_questions([f"q{i}" for i in range(2000)] + ["q-fight"])) == 3
    for batch in (1, 3, 4, 100):
        streamed = list(store.iter_claims(batch=batch))
        assert [c.start for c in streamed] == sorted(c.start for c in claims)


def test_update_frames_moves_claims_between_questions(store: Store) -> None:
    _, claims = fill(store)
    moved = claims[1].model_copy(
        update={"question_id": "q-arm", "question": "Does Russia arm the Taliban?",
                "stance": Stance.YES, "stance_source": "analyst", "relation": "supplies"}
    )  # fmt: skip
    assert store.update_frames([moved, claims[0].model_copy(update={"id": "gone"})]) == 1
    assert store.claim(moved.id) == moved
    summary = {q.id: (q.yes, q.no, q.unclear, q.contested) for q in store.questions()}
    assert summary == {"q-fight": (2, 0, 0, False), "q-arm": (1, 0, 1, False)}
    assert store.verify() == []


def test_meta(store: Store) -> None:
    assert store.get_meta("lexicon") is None
    store.set_meta("lexicon", "abc")
    store.set_meta("lexicon", "def")
    assert store.get_meta("lexicon") == "def"


# --- opening: bad databases --------------------------------------------------------------------


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(ClaimtrackError, match="is a folder, not a database file"):
        Store.open(tmp_path)


def test_a_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ClaimtrackError, match=r"folder .*nowhere does not exist"):
        Store.open(tmp_path / "nowhere" / "x.db")


def test_reading_a_missing_database_says_to_ingest_first(tmp_path: Path) -> None:
    with pytest.raises(ClaimtrackError, match="no claimtrack database") as info:
        Store.open(tmp_path / "x.db", create=False)
    assert info.value.hint == "run `claimtrack ingest PATH` first"


def test_a_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(ClaimtrackError, match="is not a claimtrack database, or it is damaged"):
        Store.open(path)
    assert path.read_text().startswith("these are my notes")  # untouched


def test_another_programs_sqlite_database_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE sources (x)")
    other.close()
    with pytest.raises(ClaimtrackError, match="not one claimtrack wrote"):
        Store.open(path)


def test_a_renamed_speaker_takes_its_earlier_claims_along(store: Store) -> None:
    a = source("a.txt", "Kabulov said the Taliban fight IS.")
    store.replace_source(a, [claim(a, "the Taliban fight IS", "Kabulov")], [])
    b = source("b.txt", "Zamir Kabulov said the Taliban fight IS.")
    full = [claim(b, "the Taliban fight IS", "Zamir Kabulov")]
    store.replace_source(b, full, speakers_of(full), renamed={"Kabulov": "Zamir Kabulov"})
    assert {c.speaker for c in store.claims()} == {"Zamir Kabulov"}
    (speaker,) = store.speakers()
    assert (speaker.name, speaker.claims, speaker.sources) == ("Zamir Kabulov", 2, 2)
    assert "Kabulov" in speaker.aliases
    assert store.verify() == []


def test_undated_claims_list_last_and_never_match_a_date_bound(store: Store) -> None:
    fill(store)
    undated = source("u.txt", "Votel said Russia may arm them.", published=None)
    store.replace_source(undated, [claim(undated, "Russia may arm them", "Joseph Votel")], [])
    assert [c.source_id for c in store.claims()][-1] == undated.id
    for f in (ClaimFilter(since="1900"), ClaimFilter(until="2999"), ClaimFilter(until="2016")):
        assert undated.id not in {c.source_id for c in store.claims(f)}
