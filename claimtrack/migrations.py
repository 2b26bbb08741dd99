"""The database file: opening it, its schema as ordered migrations, write transactions, and the
summaries (speakers, questions) kept in step with the claims on every write.

Owned by ``claimtrack.store``, the only other module that speaks SQL.

- Migrations follow llm's ``migrations.py`` pattern: each runs once, in order, inside one
  transaction; its name is recorded in the ``migrations`` table and ``PRAGMA user_version`` holds
  how many have run. Never edit or reorder a shipped migration: append a new one.
- An older database is copied to ``<db>.bak-v<N>`` (SQLite's online backup, consistent under WAL)
  before it is migrated; a newer one is refused with a message to upgrade claimtrack; an SQLite file
  some other program wrote is left alone.
- WAL journal and a busy timeout: readers keep working while an ingest writes, and a second writer
  waits up to ``BUSY_TIMEOUT_MS`` before it is told the database is busy.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from claimtrack.errors import ClaimtrackError
from claimtrack.models import Speaker

BUSY_TIMEOUT_MS = 10_000

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append((fn.__name__, fn))
    return fn


def _run(db: sqlite3.Connection, script: str) -> None:
    """Each statement of ``script`` in the caller's transaction (``executescript`` would commit)."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


@migration
def m001_initial(db: sqlite3.Connection) -> None:
    _run(
        db,
        """
        CREATE TABLE sources (
            id TEXT PRIMARY KEY,
            path TEXT NOT NULL,
            path_key TEXT NOT NULL UNIQUE,
            title TEXT, outlet TEXT, published TEXT, url TEXT,
            sha256 TEXT NOT NULL,
            text TEXT NOT NULL,
            body TEXT NOT NULL,
            format TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX sources_sha256 ON sources(sha256);
        CREATE TABLE claims (
            id TEXT PRIMARY KEY,
            source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            path TEXT, outlet TEXT, published TEXT, title TEXT,
            speaker TEXT, speaker_mention TEXT, speaker_start INTEGER, speaker_end INTEGER,
            speaker_role TEXT, speaker_affiliation TEXT, speaker_kind TEXT NOT NULL,
            cue TEXT, cue_start INTEGER, cue_end INTEGER,
            kind TEXT NOT NULL,
            text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            claim_date TEXT, date_precision TEXT,
            polarity TEXT NOT NULL, certainty TEXT NOT NULL,
            subject TEXT, relation TEXT, object TEXT,
            question_id TEXT, question TEXT, stance TEXT, stance_source TEXT NOT NULL,
            sentence_start INTEGER, sentence_end INTEGER,
            confidence REAL NOT NULL,
            date_key TEXT NOT NULL  -- claim date, else published, else '~': undated sort last
        );
        CREATE INDEX claims_source ON claims(source_id, start, id);
        CREATE INDEX claims_speaker ON claims(speaker, source_id);
        CREATE INDEX claims_question ON claims(question_id, stance);
        CREATE INDEX claims_stance ON claims(stance, date_key, source_id, start);
        CREATE INDEX claims_date ON claims(date_key, source_id, start);
        CREATE TABLE speakers (
            name TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            role TEXT, affiliation TEXT,
            aliases TEXT NOT NULL DEFAULT '[]',
            claims INTEGER NOT NULL DEFAULT 0,
            sources INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """,
    )


@migration
def m002_question_summaries(db: sqlite3.Connection) -> None:
    """Questions kept summarised on write, so listing and topic search never scan the claims."""
    _run(
        db,
        """
        CREATE TABLE questions (
            id TEXT PRIMARY KEY,
            text TEXT NOT NULL,
            key TEXT NOT NULL,
            subject TEXT, relation TEXT, object TEXT,
            yes INTEGER NOT NULL, no INTEGER NOT NULL, unclear INTEGER NOT NULL,
            claims INTEGER NOT NULL,
            contested INTEGER NOT NULL,
            user_defined INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX questions_contested ON questions(contested, claims DESC, id);
        CREATE INDEX questions_claims ON questions(claims DESC, id);
        """,
    )
    db.execute(
        "INSERT INTO questions (id, text, key, subject, relation, object, yes, no, unclear,"
        f" claims, contested) {SUMMARY_SELECT} GROUP BY question_id"
    )


@migration
def m003_affiliates_and_topic_search(db: sqlite3.Connection) -> None:
    """Which affiliate a claim was lifted from, and indexes to find questions by entity."""
    _run(
        db,
        """
        ALTER TABLE claims ADD COLUMN subject_via TEXT;
        ALTER TABLE claims ADD COLUMN object_via TEXT;
        CREATE INDEX questions_subject ON questions(subject, contested);
        CREATE INDEX questions_object ON questions(object, contested)
        """,
    )


@migration
def m004_claim_moves(db: sqlite3.Connection) -> None:
    """Old claim id -> new id when a changed file still makes the same claim."""
    db.execute("CREATE TABLE claim_moves (old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL)")
    db.execute("CREATE INDEX claim_moves_new ON claim_moves(new_id)")


@migration
def m005_contradiction_index(db: sqlite3.Connection) -> None:
    """Cover what picking each speaker's firmest claim per question reads, so contradictions
    on a topic never touch the claims table for the claims they do not show."""
    _run(
        db,
        """
        DROP INDEX IF EXISTS claims_question;
        CREATE INDEX IF NOT EXISTS claims_question_pick ON claims(question_id, stance, speaker,
            speaker_kind, source_id, certainty, date_key)
        """,
    )


# The summary of each question from its claims; a WHERE may be inserted before GROUP BY.
SUMMARY_SELECT = """
    SELECT question_id, coalesce(max(question), question_id), question_id,
           max(subject), max(relation), max(object),
           sum(stance = 'yes'), sum(stance = 'no'), sum(stance IS NULL OR stance = 'unclear'),
           count(*), sum(stance = 'yes') > 0 AND sum(stance = 'no') > 0
    FROM claims WHERE question_id IS NOT NULL
"""


SCHEMA_VERSION = len(MIGRATIONS)


def connect(path: Path, create: bool = True) -> sqlite3.Connection:
    """A connection to the database at ``path``, migrated to ``SCHEMA_VERSION``."""
    if path.is_dir():
        raise ClaimtrackError(f"{path} is a folder, not a database file", hint="pass a file")
    if not path.exists():
        if not create:
            raise ClaimtrackError(
                f"no claimtrack database at {path}", hint="run `claimtrack ingest PATH` first"
            )
        if not path.parent.is_dir():
            raise ClaimtrackError(
                f"cannot create {path}: folder {path.parent} does not exist",
                hint="create the folder or choose another --db",
            )
    try:
        db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise ClaimtrackError(f"cannot open database {path}: {exc}") from exc
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")  # with WAL: safe when a process is killed
        db.execute("PRAGMA foreign_keys = ON")
        _migrate(db, path)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise db_error(path, exc) from exc
    except BaseException:
        db.close()
        raise
    return db


def schema_version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def _migrate(db: sqlite3.Connection, path: Path) -> None:
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise ClaimtrackError(
            f"{path} was written by a newer claimtrack (schema v{version}; "
            f"this version reads up to v{SCHEMA_VERSION})",
            hint="upgrade claimtrack (pip install -U claimtrack), or use another --db",
        )
    if version == SCHEMA_VERSION:
        return
    if version == 0:
        tables = db.execute("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        if tables.fetchone()[0]:
            raise ClaimtrackError(
                f"{path} is an SQLite database, but not one claimtrack wrote",
                hint="pass another --db",
            )
    else:
        _backup(db, path, version)
    with Transaction(db, path):
        version = schema_version(db)  # another process may have migrated meanwhile
        db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
        for name, apply in MIGRATIONS[version:]:
            apply(db)
            db.execute("INSERT INTO migrations VALUES (?, ?)", (name, now()))
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _backup(db: sqlite3.Connection, path: Path, version: int) -> None:
    target = path.with_name(f"{path.name}.bak-v{version}")
    try:
        with sqlite3.connect(target) as copy:
            db.backup(copy)
        copy.close()
    except (sqlite3.Error, OSError) as exc:
        raise ClaimtrackError(
            f"cannot back up {path} to {target} before upgrading it: {exc}",
            hint="free disk space or make the folder writable, then run again",
        ) from exc


class Transaction:
    """``BEGIN IMMEDIATE`` .. ``COMMIT``, rolled back on any error; SQLite errors become ours."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self.db = db
        self.path = path

    def __enter__(self) -> None:
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise db_error(self.path, exc) from exc

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if kind is None:
            try:
                self.db.execute("COMMIT")
                return
            except sqlite3.Error as error:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                raise db_error(self.path, error) from error
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise db_error(self.path, exc) from exc


def db_error(path: Path, exc: sqlite3.Error) -> ClaimtrackError:
    """An SQLite error as a message the user can act on."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return ClaimtrackError(
            f"database {path} is busy: another claimtrack is writing to it",
            hint="wait for it to finish, then run again",
        )
    if "not a database" in text or "malformed" in text:
        return ClaimtrackError(
            f"{path} is not a claimtrack database, or it is damaged ({text})",
            hint="pass another --db; restore a backup (<db>.bak-v<N>) if you have one",
        )
    if "readonly" in text or "unable to open" in text:
        return ClaimtrackError(
            f"cannot write database {path}: {text}", hint="check the file's permissions"
        )
    return ClaimtrackError(f"database {path}: {text}")


def verify(db: sqlite3.Connection) -> list[str]:
    """Problems in the database file and in the summaries kept on write; empty when sound."""
    problems = [
        f"integrity: {row[0]}" for row in db.execute("PRAGMA integrity_check") if row[0] != "ok"
    ]
    problems += [f"foreign key: {row}" for row in db.execute("PRAGMA foreign_key_check")]
    for what, derived, stored in (
        (
            "question",
            "SELECT question_id, sum(stance = 'yes'), sum(stance = 'no'), sum(stance IS NULL"
            " OR stance = 'unclear'), count(*) FROM claims WHERE question_id IS NOT NULL"
            " GROUP BY question_id",
            "SELECT id, yes, no, unclear, claims FROM questions WHERE user_defined = 0",
        ),
        (
            "speaker",
            "SELECT speaker, count(*), count(DISTINCT source_id) FROM claims"
            " WHERE speaker IS NOT NULL GROUP BY speaker",
            "SELECT name, claims, sources FROM speakers",
        ),
    ):
        stale = db.execute(
            f"SELECT (SELECT count(*) FROM ({derived} EXCEPT {stored}))"
            f" + (SELECT count(*) FROM ({stored} EXCEPT {derived}))"
        ).fetchone()[0]
        if stale:
            problems.append(f"{what} summaries disagree with their claims ({stale} rows)")
    return problems


# --- summaries kept on write ---------------------------------------------------------------------

# What one claim contributes to the speaker and question summaries: speaker, speaker_kind,
# question_id, question, subject, relation, object, stance.
Facts = tuple[Any, ...]
_IN_CHUNK = 500  # bound on ``?`` parameters per IN (...) list


def count_facts(db: sqlite3.Connection, facts: list[Facts], sign: int) -> None:
    """Add (``sign=1``) or take away (``-1``) claims' contributions to speaker and question
    summaries. Incremental, so a write costs the size of its source, not of the store."""
    by_speaker: dict[str, list[int]] = {}
    by_question: dict[str, list[Any]] = {}
    for speaker, kind, question_id, text, subject, relation, obj, stance in facts:
        if speaker:
            counts = by_speaker.setdefault(speaker, [0, kind])
            counts[0] += 1
        if question_id:
            q = by_question.setdefault(question_id, [text, subject, relation, obj, 0, 0, 0])
            q[4 + {"yes": 0, "no": 1}.get(stance or "", 2)] += sign
            q[:4] = [a or b for a, b in zip([text, subject, relation, obj], q[:4], strict=True)]
    for name, (n, kind) in by_speaker.items():  # facts come one source at a time
        db.execute(
            "INSERT INTO speakers (name, kind, claims, sources) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(name) DO UPDATE SET claims = claims + excluded.claims,"
            " sources = sources + excluded.sources",
            (name, kind, sign * n, sign),
        )
    for qid, (text, subject, relation, obj, yes, no, unclear) in by_question.items():
        db.execute(
            "INSERT INTO questions (id, text, key, subject, relation, object, yes, no, unclear,"
            " claims, contested) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO"
            " UPDATE SET yes = yes + excluded.yes, no = no + excluded.no,"
            " unclear = unclear + excluded.unclear, claims = claims + excluded.claims,"
            " contested = (yes + excluded.yes > 0 AND no + excluded.no > 0),"
            " text = CASE WHEN excluded.claims > 0 THEN excluded.text ELSE text END,"
            " subject = coalesce(subject, excluded.subject),"
            " relation = coalesce(relation, excluded.relation),"
            " object = coalesce(object, excluded.object)",
            (qid, text or qid, qid, subject, relation, obj, yes, no, unclear,
             yes + no + unclear, yes > 0 and no > 0),
        )  # fmt: skip
    for chunk in chunks(list(by_question)):
        marks = ",".join("?" * len(chunk))
        db.execute(
            f"DELETE FROM questions WHERE claims <= 0 AND user_defined = 0 AND id IN ({marks})",
            chunk,
        )
    for chunk in chunks(list(by_speaker)):
        marks = ",".join("?" * len(chunk))
        db.execute(f"DELETE FROM speakers WHERE claims <= 0 AND name IN ({marks})", chunk)


def rename_speakers(db: sqlite3.Connection, renamed: dict[str, str]) -> None:
    """Rewrite claims of speakers that turned out to be another; recount the survivor."""
    for old, new in renamed.items():
        if old == new or not db.execute("SELECT 1 FROM speakers WHERE name = ?", (old,)).fetchone():
            continue
        row = db.execute("SELECT kind, aliases FROM speakers WHERE name = ?", (old,))
        kind, aliases = row.fetchone()
        db.execute("UPDATE claims SET speaker = ? WHERE speaker = ?", (new, old))
        db.execute("DELETE FROM speakers WHERE name = ?", (old,))
        db.execute(
            "INSERT INTO speakers (name, kind) VALUES (?, ?) ON CONFLICT(name) DO NOTHING",
            (new, kind),
        )
        upsert_speakers(
            db, [Speaker(name=new, kind=kind, aliases=[old, *json.loads(aliases)])], prune=False
        )
        db.execute(
            "UPDATE speakers SET claims = (SELECT count(*) FROM claims WHERE speaker = ?),"
            " sources = (SELECT count(DISTINCT source_id) FROM claims WHERE speaker = ?)"
            " WHERE name = ?",
            (new, new, new),
        )


def upsert_speakers(
    db: sqlite3.Connection, speakers: Sequence[Speaker], prune: bool = True
) -> None:
    """Aliases of speakers, and roles and affiliations not yet known (the first one stored stays,
    so an interrupted ingest that is resumed ends where one uninterrupted run would); with
    ``prune``, speakers without claims go."""
    for speaker in speakers:
        row = db.execute("SELECT aliases FROM speakers WHERE name = ?", (speaker.name,)).fetchone()
        aliases = sorted(
            (set(json.loads(row[0]) if row else []) | set(speaker.aliases)) - {speaker.name}
        )
        db.execute(
            "INSERT INTO speakers (name, kind, role, affiliation, aliases) VALUES (?,?,?,?,?)"
            " ON CONFLICT(name) DO UPDATE SET role = coalesce(role, excluded.role),"
            " affiliation = coalesce(affiliation, excluded.affiliation),"
            " aliases = excluded.aliases",
            (speaker.name, speaker.kind.value, speaker.role, speaker.affiliation,
             json.dumps(aliases)),
        )  # fmt: skip
    names = [speaker.name for speaker in speakers] if prune else []
    for chunk in chunks(names):  # a speaker with no claims is not listed
        marks = ",".join("?" * len(chunk))
        db.execute(f"DELETE FROM speakers WHERE claims <= 0 AND name IN ({marks})", chunk)


def chunks(items: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), _IN_CHUNK):
        yield items[i : i + _IN_CHUNK]


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
