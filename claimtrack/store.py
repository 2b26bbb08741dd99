"""The SQLite store: the only module (with ``migrations``) that speaks SQL.

- Opening, the schema and its versions, and transactions live in ``claimtrack.migrations``: WAL
  (readers keep working while an ingest writes), a busy timeout, backed-up upgrades.
- Every write is one transaction: a killed process leaves each source either entirely stored with
  all its claims or not at all (``benchmarks/crash_ingest.py`` checks it).
- Question summaries and speaker counts are maintained on write, so listings never scan claims.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from enum import Enum
from pathlib import Path
from types import TracebackType
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from claimtrack.errors import ClaimtrackError
from claimtrack.metadata import iso_partial
from claimtrack.migrations import (
    SCHEMA_VERSION,
    Facts,
    Transaction,
    chunks,
    connect,
    count_facts,
    now,
    rename_speakers,
    upsert_speakers,
    verify,
)
from claimtrack.migrations import schema_version as schema_version
from claimtrack.models import Claim, DatePrecision, Question, Source, Span, Speaker, Stance

_CLAIM_COLUMNS = tuple(Claim.model_fields)
_FRAME_COLUMNS: tuple[str, ...] = ("subject", "relation", "object", "question_id", "question")
_FRAME_COLUMNS += ("stance", "stance_source", "subject_via", "object_via")
# What a claim contributes to the speaker and question summaries, in ``_FACT_COLUMNS`` order.
_FACT_COLUMNS: tuple[str, ...] = ("speaker", "speaker_kind", "question_id", "question")
_FACT_COLUMNS += ("subject", "relation", "object", "stance")


class ClaimFilter(BaseModel):
    """What ``Store.claims`` returns. Dates compare as ISO prefixes on ``claim_date``, else
    ``published``: ``since="2017"`` keeps 2017 onwards, ``until="2017-03"`` keeps up to the end of
    March 2017; claims with no date at all are left out when either is given."""

    model_config = ConfigDict(extra="forbid")

    speakers: list[str] | None = None  # canonical names, case-insensitive
    source: str | None = None  # source id (or a prefix of one) or the path it was read from
    question_ids: list[str] | None = None
    stance: Stance | None = None
    since: str | None = None
    until: str | None = None
    limit: int | None = Field(default=None, ge=1)

    @field_validator("since", "until")
    @classmethod
    def _iso(cls, value: str | None) -> str | None:
        return None if value is None else iso_partial(value)


class Store:
    """A claimtrack database. Use ``with Store.open(path) as store:``."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self.db = db
        self.path = path

    @classmethod
    def open(cls, path: Path, create: bool = True) -> Store:
        """Open the database at ``path`` (creating it when ``create``), migrated to this version."""
        return cls(connect(path, create), path)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def schema_version(self) -> int:
        return schema_version(self.db)

    def _write(self) -> Transaction:
        return Transaction(self.db, self.path)

    # --- writing ---------------------------------------------------------------------------

    def replace_source(
        self,
        source: Source,
        claims: list[Claim],
        speakers: list[Speaker],
        renamed: dict[str, str] | None = None,
    ) -> None:
        """Store ``source`` and its claims in one transaction, replacing what its path held.

        ``renamed`` (old canonical name -> new, from ``SpeakerRegistry.renamed``) rewrites the
        claims of earlier sources in the same transaction.
        """
        key = _path_key(source.path)
        unique = list({claim.id: claim for claim in claims}.values())
        with self._write():
            other = self.db.execute(
                "SELECT path FROM sources WHERE id = ? AND path_key != ?", (source.id, key)
            ).fetchone()
            if other:
                raise ClaimtrackError(
                    f"{source.path} has the same content as {other[0]}, already stored",
                    hint="remove one of the copies",
                )
            self._record_moves(key, unique)
            old = self._delete_path(key)
            self.db.execute(
                "INSERT INTO sources (id, path, path_key, title, outlet, published, url, sha256,"
                " text, body, format, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (source.id, source.path, key, source.title, source.outlet, source.published,
                 source.url, source.sha256, source.text,
                 json.dumps([[s.start, s.end] for s in source.body]), source.format, now()),
            )  # fmt: skip
            placeholders = ",".join("?" * (len(_CLAIM_COLUMNS) + 1))
            columns = ",".join(f'"{c}"' for c in (*_CLAIM_COLUMNS, "date_key"))
            self.db.executemany(
                f"INSERT INTO claims ({columns}) VALUES ({placeholders})",
                (_claim_row(c) for c in unique),
            )
            count_facts(self.db, old, -1)
            count_facts(self.db, [_facts(c) for c in unique], +1)
            rename_speakers(self.db, renamed or {})
            upsert_speakers(self.db, speakers)

    def rename_speakers(self, renamed: dict[str, str]) -> None:
        """Rewrite claims of speakers that turned out to be another (old name -> new name)."""
        with self._write():
            rename_speakers(self.db, renamed)

    def upsert_speakers(self, speakers: Sequence[Speaker]) -> None:
        """Record roles, affiliations and aliases of speakers that have claims (others are not
        listed); counts are the store's own."""
        with self._write():
            upsert_speakers(self.db, speakers)

    def remove_source(self, path: str) -> bool:
        """Forget the source read from ``path`` and its claims; whether there was one."""
        with self._write():
            key = _path_key(path)
            found = self.db.execute("SELECT 1 FROM sources WHERE path_key = ?", (key,)).fetchone()
            count_facts(self.db, self._delete_path(key), -1)
        return found is not None

    def _record_moves(self, key: str, claims: list[Claim]) -> None:
        """Old claim id -> new id for claims a changed file still makes (same speaker and text),
        so the analyst's decisions about a claim follow it into the new version of its file."""
        new_ids = {(c.speaker, c.text): c.id for c in claims}
        rows = self.db.execute(
            "SELECT id, speaker, text FROM claims WHERE source_id IN"
            " (SELECT id FROM sources WHERE path_key = ?)",
            (key,),
        ).fetchall()
        for old_id, speaker, text in rows:
            new_id = new_ids.get((speaker, text))
            if new_id is None or new_id == old_id:
                continue
            self.db.execute("UPDATE claim_moves SET new_id = ? WHERE new_id = ?", (new_id, old_id))
            self.db.execute("INSERT OR REPLACE INTO claim_moves VALUES (?, ?)", (old_id, new_id))

    def claim_moves(self, ids: Iterable[str]) -> dict[str, str]:
        """Where claims of earlier versions of their files are now: old id -> current id."""
        wanted = list(ids)
        moves: dict[str, str] = {}
        for chunk in chunks(wanted):
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT old_id, new_id FROM claim_moves WHERE old_id IN ({marks})", chunk
            )
            moves.update({str(a): str(b) for a, b in rows})
        return moves

    def _delete_path(self, key: str) -> list[Facts]:
        """Delete the source stored for a path; the facts its claims contributed to summaries."""
        rows = self.db.execute(
            f"SELECT {', '.join(_FACT_COLUMNS)} FROM claims WHERE source_id IN"
            " (SELECT id FROM sources WHERE path_key = ?)",
            (key,),
        ).fetchall()
        self.db.execute("DELETE FROM sources WHERE path_key = ?", (key,))
        return [tuple(row) for row in rows]

    def update_frames(self, claims: Iterable[Claim]) -> int:
        """Write back the proposition, question and stance of re-framed claims; how many changed."""
        sets = ", ".join(f"{c} = ?" for c in _FRAME_COLUMNS)
        with self._write():
            old: list[Facts] = []
            new: list[Facts] = []
            for claim in claims:
                row = self.db.execute(
                    f"SELECT {', '.join(_FACT_COLUMNS)} FROM claims WHERE id = ?", (claim.id,)
                ).fetchone()
                if row is None:
                    continue
                old.append((None, *row[1:]))  # a re-frame never changes who spoke
                new.append((None, *_facts(claim)[1:]))
                values = [_value(getattr(claim, c)) for c in _FRAME_COLUMNS]
                self.db.execute(f"UPDATE claims SET {sets} WHERE id = ?", (*values, claim.id))
            count_facts(self.db, old, -1)
            count_facts(self.db, new, +1)
        return len(new)

    def verify(self) -> list[str]:
        """Problems in the database file and its summaries; empty when it is sound."""
        return verify(self.db)

    def set_meta(self, key: str, value: str) -> None:
        with self._write():
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    # --- reading sources ---------------------------------------------------------------------

    _SOURCE_COLUMNS = "id, path, title, outlet, published, url, sha256, format"

    def _sources(self, where: str, args: Sequence[object], text: bool = True) -> list[Source]:
        columns = self._SOURCE_COLUMNS + (", text, body" if text else "")
        rows = self.db.execute(f"SELECT {columns} FROM sources {where}", args).fetchall()
        out = []
        for row in rows:
            fields = dict(zip(self._SOURCE_COLUMNS.split(", "), row[:8], strict=True))
            body = [Span(start=a, end=b) for a, b in json.loads(row[9])] if text else []
            out.append(Source(**fields, text=row[8] if text else "", body=body))
        return out

    def source_by_path(self, path: str | Path) -> Source | None:
        found = self._sources("WHERE path_key = ?", (_path_key(str(path)),))
        return found[0] if found else None

    def source_by_sha(self, sha256: str) -> Source | None:
        found = self._sources("WHERE sha256 = ? ORDER BY path", (sha256,))
        return found[0] if found else None

    def source(self, ref: str) -> Source | None:
        """The source with id ``ref``, a unique id prefix, or the path it was read from."""
        found = self._sources("WHERE id = ?", (ref,)) or self._sources(
            "WHERE id >= ? AND id < ? LIMIT 2", (ref, ref + "\uffff")
        )
        if len(found) > 1:
            raise ClaimtrackError(
                f"source id prefix {ref!r} matches more than one source", hint="give more of the id"
            )
        return found[0] if found else self.source_by_path(ref)

    def sources(self, with_text: bool = False) -> list[Source]:
        """All sources by path; ``text`` is ``""`` and ``body`` empty unless ``with_text``."""
        return self._sources("ORDER BY path", (), text=with_text)

    def claim_count(self, source_id: str) -> int:
        """Number of claims stored for one source."""
        row = self.db.execute("SELECT count(*) FROM claims WHERE source_id = ?", (source_id,))
        return int(row.fetchone()[0])

    def claim_counts(self) -> dict[str, int]:
        """Number of claims per source id."""
        rows = self.db.execute("SELECT source_id, count(*) FROM claims GROUP BY source_id")
        return {str(sid): int(n) for sid, n in rows}

    def counts(self) -> dict[str, int]:
        """How many sources, claims, speakers and questions the store holds."""
        return {
            table: int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("sources", "claims", "speakers", "questions")
        }

    # --- reading claims, speakers, questions -------------------------------------------------

    def claims(self, f: ClaimFilter | None = None) -> list[Claim]:
        """Claims matching ``f``, in date order (claim date, else published), then by position."""
        f = f or ClaimFilter()
        where, args = [], []
        if f.speakers is not None:
            names = self._speaker_names(f.speakers)
            where.append(f"speaker IN ({','.join('?' * len(names))})")
            args += names
        if f.source is not None:
            source = self.source(f.source)
            where.append("source_id = ?")
            args.append(source.id if source else f.source)
        if f.question_ids is not None:
            where.append(f"question_id IN ({','.join('?' * len(f.question_ids))})")
            args += f.question_ids
        if f.stance is not None:
            where.append("stance = ?")
            args.append(f.stance.value)
        if f.since is not None:
            where.append("date_key >= ? AND date_key < '~'")  # "~": no date at all
            args.append(f.since)
        if f.until is not None:
            where.append("date_key <= ?")  # "~" sorts after digits and "-": a prefix bound
            args.append(f.until + "~")
        sql = "WHERE " + " AND ".join(where) if where else ""
        sql += " ORDER BY date_key, source_id, start"
        if f.limit is not None:
            sql += f" LIMIT {int(f.limit)}"
        return self._claims(sql, args)

    def _claims(self, where: str, args: Sequence[object]) -> list[Claim]:
        columns = ",".join(f'"{c}"' for c in _CLAIM_COLUMNS)
        rows = self.db.execute(f"SELECT {columns} FROM claims {where}", args)
        return [_claim(row) for row in rows]

    def claim(self, ref: str) -> Claim | None:
        """The claim with id ``ref`` or a unique prefix of it."""
        found = self._claims("WHERE id = ?", (ref,)) or self._claims(
            "WHERE id >= ? AND id < ? LIMIT 2", (ref, ref + "\uffff")
        )
        if len(found) > 1:
            raise ClaimtrackError(
                f"claim id prefix {ref!r} matches more than one claim", hint="give more of the id"
            )
        return found[0] if found else None

    def representative_claims(self, ids: Sequence[str], per_stance: int = 40) -> list[Claim]:
        """What contradictions are made of, without reading every claim of a large question:
        per question, each speaker's firmest claim for each stance, and of those at most
        ``per_stance`` speakers a stance, firmest first. Collective and anonymous speakers
        ("experts") count once per source, since they are different people there."""
        columns = ",".join(f'"{c}"' for c in _CLAIM_COLUMNS)
        firmness = "CASE certainty WHEN 'asserted' THEN 0 WHEN 'hedged' THEN 1 ELSE 2 END"
        who = (
            "coalesce(speaker, ''), CASE WHEN speaker IS NULL OR speaker_kind IN"
            " ('anonymous', 'group') THEN source_id ELSE '' END"
        )
        out: list[Claim] = []
        for chunk in chunks(list(ids)):
            marks = ",".join("?" * len(chunk))
            # Rank narrow rows (rowid and the ranking keys), then read the chosen claims whole.
            rows = self.db.execute(
                f"SELECT {columns} FROM claims WHERE rowid IN (SELECT r FROM (SELECT r,"
                " row_number() OVER (PARTITION BY question_id, stance ORDER BY firm, date_key,"
                f" r) AS rank FROM (SELECT rowid AS r, question_id, stance, {firmness} AS firm,"
                f" date_key, row_number() OVER (PARTITION BY question_id, stance, {who} ORDER BY"
                f" {firmness}, date_key, rowid) AS pick FROM claims WHERE question_id IN"
                f" ({marks})) WHERE pick = 1) WHERE rank <= ?)",
                (*chunk, per_stance),
            )
            out += [_claim(row) for row in rows]
        return sorted(out, key=lambda c: (c.question_id or "", c.published or "", c.id))

    def claims_for_questions(self, ids: Sequence[str]) -> list[Claim]:
        out: list[Claim] = []
        for chunk in chunks(list(ids)):
            marks = ",".join("?" * len(chunk))
            out += self._claims(f"WHERE question_id IN ({marks})", chunk)
        return sorted(out, key=lambda c: (c.question_id or "", c.published or "", c.id))

    def iter_claims(self, batch: int = 10_000) -> Iterator[Claim]:
        """Every claim, by source id and position, read ``batch`` rows at a time."""
        last: tuple[str, int, str] = ("", -1, "")
        while True:
            rows = self._claims(
                "WHERE (source_id, start, id) > (?, ?, ?) ORDER BY source_id, start, id"
                f" LIMIT {int(batch)}",
                last,
            )
            yield from rows
            if len(rows) < batch:
                return
            last = (rows[-1].source_id, rows[-1].start, rows[-1].id)

    def speakers(self) -> list[Speaker]:
        """Speakers with their claim and source counts, most claims first."""
        rows = self.db.execute(
            "SELECT name, kind, role, affiliation, aliases, claims, sources FROM speakers"
            " ORDER BY claims DESC, name"
        )
        return [
            Speaker(name=n, kind=k, role=r, affiliation=a, aliases=json.loads(al), claims=c,
                    sources=s)
            for n, k, r, a, al, c, s in rows
        ]  # fmt: skip

    def _speaker_names(self, wanted: list[str]) -> list[str]:
        """The stored spellings of ``wanted`` names, matched regardless of case."""
        found: list[str] = []
        for chunk in chunks(wanted):
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT name FROM speakers WHERE name COLLATE NOCASE IN ({marks})", chunk
            )
            found += [str(row[0]) for row in rows]
        return found

    def speaker_names(self) -> list[str]:
        return [str(r[0]) for r in self.db.execute("SELECT name FROM speakers ORDER BY name")]

    def questions(self, contested: bool = False, limit: int | None = None) -> list[Question]:
        """Question summaries, most claims first; only contested ones when asked."""
        where = "WHERE contested = 1" if contested else ""
        return self._questions(where, (), limit)

    def questions_by_id(self, ids: Sequence[str]) -> list[Question]:
        marks = ",".join("?" * len(ids))
        return self._questions(f"WHERE id IN ({marks})", tuple(ids), None) if ids else []

    def questions_about(
        self,
        entities: Sequence[str],
        contested: bool = False,
        limit: int | None = None,
        relations: Sequence[str] = (),
    ) -> list[Question]:
        """Questions whose subject or object is one of ``entities`` (indexed: no full scan),
        and whose relation is one of ``relations`` when any are given."""
        if not entities:
            return []
        marks = ",".join("?" * len(entities))
        flag = " AND contested = 1" if contested else ""
        if relations:
            flag += f" AND relation IN ({','.join('?' * len(relations))})"
            params: tuple[str, ...] = (*entities, *relations)
            return self._questions(
                f"WHERE rowid IN (SELECT rowid FROM questions WHERE subject IN ({marks}){flag}"
                f" UNION SELECT rowid FROM questions WHERE object IN ({marks}){flag})",
                (*params, *params),
                limit,
            )
        # A UNION lets each side use its own index (an OR would scan by the contested index).
        where = (
            f"WHERE rowid IN (SELECT rowid FROM questions WHERE subject IN ({marks}){flag}"
            f" UNION SELECT rowid FROM questions WHERE object IN ({marks}){flag})"
        )
        return self._questions(where, (*entities, *entities), limit)

    def _questions(self, where: str, params: Sequence[object], limit: int | None) -> list[Question]:
        tail = f" LIMIT {int(limit)}" if limit else ""
        rows = self.db.execute(
            "SELECT id, text, key, subject, relation, object, yes, no, unclear, claims,"
            f" contested, user_defined FROM questions {where} ORDER BY claims DESC, id{tail}",
            tuple(params),
        )
        names = "id text key subject relation object yes no unclear claims contested user_defined"
        out = []
        for row in rows:
            values = dict(zip(names.split(), row, strict=True))
            values["contested"] = bool(values["contested"])
            values["user_defined"] = bool(values["user_defined"])
            out.append(Question.model_construct(**values))  # the row is already valid
        return out


def _path_key(path: str) -> str:
    return str(Path(path).expanduser().absolute())


def _value(value: object) -> Any:
    return value.value if isinstance(value, Enum) else value


def _claim_row(claim: Claim) -> tuple[Any, ...]:
    fields = claim.__dict__  # enums are str subclasses: sqlite stores their values as text
    return (*[fields[c] for c in _CLAIM_COLUMNS], claim.claim_date or claim.published or "~")


def _facts(claim: Claim) -> Facts:
    stance = claim.stance.value if claim.stance else None
    return (claim.speaker, claim.speaker_kind.value, claim.question_id, claim.question,
            claim.subject, claim.relation, claim.object, stance)  # fmt: skip


# Enum-typed claim columns and their types: rows were validated on the way in, so reading them
# back only needs these turned into enums (model_construct is several times faster than validate).
_ENUM_COLUMNS = {
    name: field.annotation
    for name, field in Claim.model_fields.items()
    if isinstance(field.annotation, type) and issubclass(field.annotation, Enum)
}
_ENUM_COLUMNS |= {"stance": Stance, "date_precision": DatePrecision}


def _claim(row: Sequence[Any]) -> Claim:
    values = dict(zip(_CLAIM_COLUMNS, row, strict=True))
    for name, enum in _ENUM_COLUMNS.items():
        value = values[name]
        if value is not None:
            values[name] = enum(value)
    return Claim.model_construct(**values)


__all__ = ["SCHEMA_VERSION", "ClaimFilter", "Store"]
