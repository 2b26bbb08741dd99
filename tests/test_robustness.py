"""Robustness and trust: every bad input gets a clear answer; the database survives upgrades,
concurrent readers and a busy writer. (Killing an ingest mid-run: benchmarks/crash_ingest.py.)"""

from __future__ import annotations

import codecs
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack import migrations
from claimtrack.errors import ClaimtrackError
from claimtrack.ingest import ingest
from claimtrack.models import Claim, IngestResult, Source
from claimtrack.store import SCHEMA_VERSION, Store

ARTICLE = "Kabulov said the Taliban fight IS.\nVotel said Russia may be arming them.\n"
PAGE = (
    "<!DOCTYPE html><html><head><title>Talks</title></head><body><nav>Home</nav><article>"
    "<p>Kabulov said the Taliban fight IS, in remarks carried by Russian media on Monday.</p>"
    "<p>Votel said Russia may be arming them, speaking to lawmakers in Washington.</p>"
    "</article></body></html>"
)


Ingest = Callable[..., list[IngestResult]]
Analyse = Callable[[Source], list[Claim]]


@pytest.mark.parametrize(
    "name, data, status, error",
    [
        ("utf8.txt", ARTICLE.encode(), "added", None),
        ("bom.txt", codecs.BOM_UTF8 + ARTICLE.encode(), "added", None),
        ("utf16.txt", ARTICLE.encode("utf-16"), "added", None),
        ("cp1252.txt", ("Kabulov said the café “talks” failed.\n").encode("cp1252"), "added", None),
        ("latin1.txt", "Kabulov said the café talks failed à Moscou.\n".encode("latin-1"), "added",
         None),
        ("crlf.md", ARTICLE.replace("\n", "\r\n").encode(), "added", None),
        ("page.html", PAGE.encode(), "added", None),
        ("empty.txt", b"", "failed", "file is empty"),
        ("blank.md", b"\n \n", "failed", "file is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50, "failed",
         "binary file (contains NUL bytes), not an article"),
        ("open.md", b"---\ntitle: x\nKabulov said so.\n", "failed",
         "front matter opened by '---' on line 1 is never closed"),
        ("yaml.md", b"---\ntitle: [x\n---\nKabulov said so.\n", "failed",
         "front matter is not valid YAML: "),
        ("date.md", b"---\npublished: 2019-04-31\n---\nKabulov said so.\n", "failed",
         "published '2019-04-31' is not a real date: April 2019 has 30 days"),
        ("keys.md", b"---\nauthor: x\n---\nKabulov said so.\n", "added", None),
        ("nav.html", b"<html><body><nav>Home</nav></body></html>", "failed",
         "no article text found in the HTML page"),
    ],
)  # fmt: skip
def test_every_bad_input_gets_a_clear_answer(
    tmp_path: Path,
    db_path: Path,
    name: str,
    data: bytes,
    status: str,
    error: str | None,
    ingest_with: Ingest,
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_bytes(data)
    (result,) = ingest_with([tmp_path / "in"])
    assert result.status == status
    if error is None:
        assert result.error is None and result.claims >= 1
        with Store.open(db_path) as store:
            source = store.source_by_path(result.path)
            assert source is not None
            for claim in store.claims():  # every span indexes the text as stored
                assert source.text[claim.start : claim.end] == claim.text
    else:
        assert result.error is not None and result.error.startswith(error)


def test_a_large_file_and_a_long_line(tmp_path: Path, db_path: Path, ingest_with: Ingest) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.write(ARTICLE.encode() * (60_000_000 // len(ARTICLE) + 1))
    filler = "The talks in Doha went on for hours without a break. " * 1000  # 54 kB, no claim
    line = (ARTICLE.replace("\n", " ") + filler) * 100  # 5.4 MB, one line, 200 claims
    (tmp_path / "line.txt").write_text(line, encoding="utf-8")
    big_result, line_result = ingest_with([tmp_path])
    assert big_result.status == "failed"
    assert big_result.error == "file is 60.0 MB; the limit is 50 MB"
    assert line_result.status == "added" and line_result.claims == 200


def test_a_folder_with_a_loop_and_an_unreadable_file(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch, ingest_with: Ingest
) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "secret.txt").write_text(ARTICLE + "x", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path)
    real_open = Path.open

    def deny(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "secret.txt":  # chmod 000 does not stop root, so emulate EACCES
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", deny)
    results = ingest_with([tmp_path, tmp_path / "nothing-here"])
    assert [(Path(r.path).name, r.status, r.error) for r in results] == [
        ("a.txt", "added", None),
        ("loop", "failed", "symbolic link loop: this folder is already being read"),
        ("secret.txt", "failed", "cannot read: Permission denied"),
        ("nothing-here", "failed", "no such file or folder"),
    ]


# --- the database ------------------------------------------------------------------------------


def _age_to_v1(db: Path) -> None:
    """Turn a current database into what claimtrack with only the first migration wrote."""
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE questions")
        conn.execute("DROP TABLE claim_moves")
        conn.execute("DROP INDEX claims_question_pick")
        conn.execute("CREATE INDEX claims_question ON claims(question_id, stance)")
        conn.execute("ALTER TABLE claims DROP COLUMN subject_via")
        conn.execute("ALTER TABLE claims DROP COLUMN object_via")
        conn.execute("DELETE FROM migrations WHERE name != 'm001_initial'")
        conn.execute("PRAGMA user_version = 1")
    conn.close()


def test_an_old_database_is_backed_up_then_migrated(
    tmp_path: Path, db_path: Path, ingest_with: Ingest
) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    ingest_with([tmp_path / "a.txt"])
    with Store.open(db_path) as store:
        questions, claims = store.questions(), store.claims()
    _age_to_v1(db_path)
    with Store.open(db_path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.questions() == questions  # summaries rebuilt from the claims
        assert store.claims() == claims
    backup = db_path.with_name(f"{db_path.name}.bak-v1")
    with sqlite3.connect(backup) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1
        assert old.execute("SELECT count(*) FROM claims").fetchone()[0] == len(claims)
    old.close()


def test_a_newer_database_is_refused_and_left_untouched(db_path: Path) -> None:
    Store.open(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    conn.close()
    before = db_path.read_bytes()
    newer = rf"written by a newer claimtrack \(schema v{SCHEMA_VERSION + 3}"
    with pytest.raises(ClaimtrackError, match=newer) as refused:
        Store.open(db_path)
    assert refused.value.hint is not None and refused.value.hint.startswith("upgrade claimtrack")
    assert db_path.read_bytes() == before


def test_readers_work_while_a_write_is_in_progress(
    tmp_path: Path, db_path: Path, ingest_with: Ingest
) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    ingest_with([tmp_path])
    with Store.open(db_path) as writer, Store.open(db_path) as reader:
        with writer._write():  # an ingest mid-transaction
            writer.db.execute("DELETE FROM claims")
            assert len(reader.claims()) == 2  # the reader sees the last committed state
            assert reader.counts()["sources"] == 1
        assert reader.claims() == []


def test_a_second_writer_waits_then_reports_a_busy_database(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch, said: Analyse
) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    Store.open(db_path).close()
    monkeypatch.setattr(migrations, "BUSY_TIMEOUT_MS", 200)
    busy = pytest.raises(ClaimtrackError, match="is busy: another claimtrack is writing")
    with Store.open(db_path) as first, Store.open(db_path) as second, first._write(), busy:
        ingest([tmp_path], second, None, None, None, analyse=said)  # type: ignore[arg-type]
