"""Attributions to claims: canonical speakers across articles, stable claim ids.

One person is one speaker wherever they are quoted: "Kabulov" and "Zamir Kabulov", "Atta Mohamamed
Noor" and "Atta Mohammed Noor", "U.S. State Department" and "The US State Department". The
registry indexes names by a normalised key, persons also by surname and organisations by acronym,
so a new name is compared (fuzzily) only with the few names that could be it, never with all.
Collective and anonymous speakers ("experts", "Russian officials") are not identities: they keep
their plain name and never merge into a named speaker.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Final

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from claimtrack.construct import assembled, construct, defaults
from claimtrack.extract import speaker_lexicon as lex
from claimtrack.extract.names import (
    acronym,
    name_tokens,
    org_blocks,
    org_key,
    surname_edits,
    surname_key,
    surnames_alike,
    tokens_match,
)
from claimtrack.extract.speakers import parse_speaker
from claimtrack.models import Attribution, Claim, Source, Speaker, SpeakerKind

# The kinds as constants: an enum member read off its class is a slow attribute look-up.
_PERSON: Final = SpeakerKind.PERSON
_ORGANIZATION: Final = SpeakerKind.ORGANIZATION
_GROUP: Final = SpeakerKind.GROUP
_MEDIA: Final = SpeakerKind.MEDIA
_ANONYMOUS: Final = SpeakerKind.ANONYMOUS
_GENERIC = frozenset({_GROUP, _ANONYMOUS})
_DIGITS = re.compile(r"\d+")
_ORG_CUTOFF = 93


def _family(kind: SpeakerKind) -> SpeakerKind:
    """Kinds that may share a name: a person, a collective or an organisation (media too)."""
    if kind in _GENERIC:
        return _GROUP
    return _ORGANIZATION if kind is _MEDIA else kind


def _display(name: str, kind: SpeakerKind) -> str:
    """How a new canonical name is shown: the media lexicon's form, no leading article."""
    outlet = lex.MEDIA.get(org_key(name))
    if outlet is not None:
        return outlet
    words = name.split()
    if len(words) > 1 and words[0].lower() == "the" and kind is not _MEDIA:
        return " ".join(words[1:])
    return name


@dataclass(slots=True)
class _Entry:
    name: str
    kind: SpeakerKind
    role: str | None = None
    affiliation: str | None = None
    aliases: dict[str, None] = field(default_factory=dict)  # ordered set
    claims: int = 0
    sources: int = 0


class SpeakerRegistry:
    """The canonical speakers known so far; new names are matched against them or added.

    Indexes, so that a new name meets only the few names that could be it: organisations and
    full personal names by normalised key; persons by surname and by (surname, given-name
    prefix); organisations by word prefixes and by acronym. Fuzzy matching stays inside a bucket.
    """

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}
        self._by_key: dict[str, str] = {}  # organisations and full personal names -> canonical
        self._generic: dict[str, str] = {}  # collective and anonymous speakers, kept apart
        self._bare: dict[str, str] = {}  # surname -> a person known only by that surname
        self._full: dict[str, list[str]] = {}  # surname -> persons known by a full name
        self._given: dict[tuple[str, str], list[str]] = {}  # (surname, given prefix) -> persons
        self._surname_blocks: dict[str, list[str]] = {}  # first two letters -> surnames
        self._by_acronym: dict[str, list[str]] = {}  # organisation acronym -> canonical names
        self._org_blocks: dict[str, list[str]] = {}  # word prefix -> organisation keys
        self._org_first: dict[str, list[str]] = {}  # first word -> organisations
        self._tokens: dict[str, list[str]] = {}  # person canonical name -> its name tokens
        self._renamed: dict[str, str] = {}

    @classmethod
    def from_speakers(cls, speakers: Iterable[Speaker]) -> SpeakerRegistry:
        """A registry holding the speakers already in the store, with their aliases."""
        registry = cls()
        for speaker in speakers:
            entry = registry._add(speaker.name, speaker.kind, speaker.role, speaker.affiliation)
            entry.claims, entry.sources = speaker.claims, speaker.sources
            for alias in speaker.aliases:
                registry._alias(entry, alias)
        return registry

    def canonical(
        self,
        name: str,
        kind: SpeakerKind,
        *,
        role: str | None = None,
        affiliation: str | None = None,
    ) -> str:
        """The canonical name for ``name`` (adding it when it is new).

        ``role`` and ``affiliation`` are recorded on a new speaker and break a tie between two
        people who share a bare surname.
        """
        name = " ".join(name.split())
        key = org_key(name)
        if not key:
            return name
        if kind in _GENERIC:
            found = self._generic.get(key)
            entry = self._entries[found] if found else self._add(name, kind, role, affiliation)
        elif kind is _PERSON:
            entry = self._person(name, role, affiliation)
        elif key in self._by_key:
            entry = self._entries[self._by_key[key]]
        else:
            entry = self._organisation(name, key, kind, role, affiliation)
        self._alias(entry, name)
        entry.role = entry.role or role
        entry.affiliation = entry.affiliation or affiliation
        return entry.name

    def speakers(self) -> list[Speaker]:
        """Every canonical speaker with the mention forms that mapped to it."""
        return [
            Speaker(
                name=e.name,
                kind=e.kind,
                role=e.role,
                affiliation=e.affiliation,
                aliases=[a for a in e.aliases if a != e.name],
                claims=e.claims,
                sources=e.sources,
            )
            for e in self._entries.values()
        ]

    def renamed(self) -> dict[str, str]:
        """Canonical names given out earlier that now merge into another (old -> new).

        A bare surname seen before the full name ("Kabulov", then "Zamir Kabulov") is merged
        into the full name; the store should rewrite claims that carry the old name.
        """
        return {old: self.current(old) for old in self._renamed}

    def current(self, name: str) -> str:
        """The canonical name that ``name`` (a name this registry gave out) stands for now."""
        seen = 0
        while name in self._renamed and seen < 64:
            name, seen = self._renamed[name], seen + 1
        return name

    def record(self, name: str, claims: int) -> None:
        """Count ``claims`` from one more source for canonical speaker ``name``."""
        entry = self._entries.get(self.current(name))
        if entry is not None:
            entry.claims += claims
            entry.sources += 1

    def kind(self, name: str) -> SpeakerKind | None:
        """The kind of canonical speaker ``name`` ("Samsung", first taken for a surname: org)."""
        entry = self._entries.get(self.current(name))
        return entry.kind if entry is not None else None

    def note_mention(self, name: str, mention: str) -> None:
        """Keep ``mention`` ("Kunduz Governor Assadullah Omarkhail") as an alias of ``name``.

        Pronouns and back-references ("he", "the group") and mentions of another kind of
        speaker than ``name`` are not aliases.
        """
        entry = self._entries.get(self.current(name))
        info = parse_speaker(mention)
        if entry is None or info.pronoun or info.anaphoric or not info.name:
            return
        if _family(info.kind) is _family(entry.kind):
            self._alias(entry, " ".join(mention.split()))

    # Internals

    def _add(
        self, name: str, kind: SpeakerKind, role: str | None, affiliation: str | None
    ) -> _Entry:
        shown = _display(name, kind)
        if shown in self._entries:
            return self._entries[shown]
        entry = _Entry(shown, kind, role, affiliation)
        self._entries[shown] = entry
        if kind is _PERSON:
            self._index_person(shown)
        elif kind not in _GENERIC:
            key = org_key(shown)
            for block in org_blocks(key):
                self._org_blocks.setdefault(block, []).append(key)
            initials = acronym(key)
            if initials:
                self._by_acronym.setdefault(initials, []).append(shown)
            self._org_first.setdefault(key.split()[0], []).append(shown)
        self._alias(entry, name)
        self._alias(entry, shown)
        return entry

    def _index_person(self, name: str) -> None:
        words = name_tokens(name)
        surname = surname_key(words)
        self._tokens[name] = words
        if not surname:
            return
        if surname not in self._full and surname not in self._bare:
            self._surname_blocks.setdefault(surname[:2], []).append(surname)
        if len(words) == 1:
            self._bare.setdefault(surname, name)
            return
        self._full.setdefault(surname, []).append(name)
        prefixes = {g[:3] for g in words[:-1]} | {"#" + g[0] for g in words[:-1]}
        for prefix in prefixes:
            self._given.setdefault((surname, prefix), []).append(name)

    def _alias(self, entry: _Entry, alias: str) -> None:
        entry.aliases[alias] = None
        if entry.kind in _GENERIC:
            self._generic.setdefault(org_key(alias), entry.name)
        elif entry.kind is _PERSON:
            # A bare surname is never a key: who it names depends on who else shares it.
            words = name_tokens(alias)
            if len(words) > 1:
                self._by_key.setdefault(" ".join(words), entry.name)
        elif org_key(alias):
            self._by_key.setdefault(org_key(alias), entry.name)

    def _merge(self, old: _Entry, into: _Entry) -> None:
        """Fold ``old`` into ``into``: its aliases, counts and keys now name ``into``."""
        del self._entries[old.name]
        self._renamed[old.name] = into.name
        for alias in old.aliases:
            for key in (org_key(alias), " ".join(name_tokens(alias))):
                if self._by_key.get(key) == old.name:
                    self._by_key[key] = into.name
            into.aliases[alias] = None
        surname = surname_key(name_tokens(old.name))
        if self._bare.get(surname) == old.name:
            del self._bare[surname]
        for names in (
            self._by_acronym.get(acronym(org_key(old.name)), []),
            self._full.get(surname, []),
        ):
            if old.name in names:
                names.remove(old.name)
        into.claims += old.claims
        into.sources += old.sources
        into.role = into.role or old.role
        into.affiliation = into.affiliation or old.affiliation

    def _surnames_like(self, surname: str) -> list[str]:
        """``surname`` and known surnames spelled almost the same ("Kabulov"/"Kabulow")."""
        found = [surname]
        block = self._surname_blocks.get(surname[:2], [])
        edits = surname_edits(surname)
        if edits and block:
            for other, _, _ in process.extract(
                surname, block, scorer=Levenshtein.distance, score_cutoff=edits, limit=5
            ):
                if other != surname and surnames_alike(surname, other):
                    found.append(other)
        return found

    def _person(self, name: str, role: str | None, affiliation: str | None) -> _Entry:
        words = name_tokens(name)
        surname = surname_key(words)
        if len(words) == 1:
            # A bare surname joins a full name only when exactly one person has that surname.
            fulls = self._full.get(surname, [])
            if 1 < len(fulls) <= 64 and affiliation:
                fulls = [f for f in fulls if self._entries[f].affiliation == affiliation]
            if len(fulls) == 1:
                return self._entries[fulls[0]]
            bare = self._bare.get(surname)
            if bare is not None:
                return self._entries[bare]
            # No person has this surname, one organisation starts with it: "Samsung" after
            # "Samsung Electronics", "Intel" after "Intel Corp.".
            orgs = [o for o in self._org_first.get(surname, []) if o in self._entries]
            if not fulls and len(orgs) == 1:
                return self._entries[orgs[0]]
            return self._add(name, _PERSON, role, affiliation)
        known = self._by_key.get(" ".join(words))
        if known is not None:
            return self._entries[known]
        candidates: dict[str, None] = {}
        for other in self._surnames_like(surname):
            for given in words[:-1]:
                prefix = "#" + given if len(given) == 1 else given[:3]
                candidates.update(dict.fromkeys(self._given.get((other, prefix), ())))
        key = " ".join(words)
        matches = [c for c in candidates if tokens_match(words, self._tokens[c])]
        if matches:
            best = max(matches, key=lambda c: fuzz.token_sort_ratio(key, org_key(c)))
            return self._entries[best]
        entry = self._add(name, _PERSON, role, affiliation)
        # A bare surname given out before this full name becomes this name, if it is the only one.
        bare = self._bare.get(surname)
        if bare is not None and len(self._full.get(surname, [])) == 1:
            self._merge(self._entries[bare], entry)
        return entry

    def _organisation(
        self, name: str, key: str, kind: SpeakerKind, role: str | None, affiliation: str | None
    ) -> _Entry:
        by_acronym = self._by_acronym.get(key, [])
        if " " not in key and name.split()[-1].replace(".", "").isupper() and len(by_acronym) == 1:
            return self._entries[by_acronym[0]]  # "NDS", "the WSJ"
        # Near-identical names share every significant word's start: search the smallest bucket.
        block = min((self._org_blocks.get(b, []) for b in org_blocks(key)), key=len)
        digits = _DIGITS.findall(key)  # "District 8 Council" is not "District 9 Council"
        for other, _, _ in process.extract(
            key, block, scorer=fuzz.token_sort_ratio, score_cutoff=_ORG_CUTOFF, limit=3
        ):
            found = self._by_key.get(other)
            if found in self._entries and _DIGITS.findall(other) == digits:
                return self._entries[found]
        entry = self._add(name, kind, role, affiliation)
        # An acronym given out before the full name ("WSJ", then "Wall Street Journal") joins it.
        initials = acronym(key)
        earlier = self._by_key.get(initials) if initials else None
        if earlier is not None and earlier != entry.name and len(self._by_acronym[initials]) == 1:
            old = self._entries.get(earlier)
            if old is not None and old.kind not in _GENERIC and " " not in org_key(old.name):
                self._merge(old, entry)
        return entry


# Everything extraction found that a claim also carries: spans, cue, kind, date, polarity, ...
_SHARED_FIELDS = set(Claim.model_fields) & set(Attribution.model_fields)
_SHARED_NAMES = tuple(sorted(_SHARED_FIELDS))
# Their values, read in one call from a model's ``__dict__`` (which holds every field).
_shared_values = itemgetter(*_SHARED_NAMES)
# A claim as ``construct`` builds it from the source's fields, the speaker and the shared fields:
# its defaults filled from the attribution's ``__dict__``, less the attribution's own fields.
_CLAIM_DEFAULTS = defaults(Claim)
_NOT_CLAIM = tuple(sorted(set(Attribution.model_fields) - _SHARED_FIELDS))
_ATTRIBUTION_FIELDS = len(Attribution.model_fields)
_CLAIM_SET = frozenset(_SHARED_FIELDS) | {
    "id", "source_id", "path", "outlet", "published", "title", "speaker"
}  # fmt: skip


def claim_id(source_id: str, start: int, end: int) -> str:
    """Stable id of a claim: derived from its source id and content span."""
    digest = hashlib.sha1(f"{source_id}:{start}:{end}".encode(), usedforsecurity=False)
    return "c_" + digest.hexdigest()[:12]


def _speaker_name(attribution: Attribution) -> str | None:
    """The name to canonicalise: the in-document resolution, else a mention that names someone."""
    if attribution.speaker_name:
        unresolved = attribution.speaker_name.strip().lower() in lex.PRONOUNS
        return None if unresolved else attribution.speaker_name
    if not attribution.speaker_mention:
        return None
    info = parse_speaker(attribution.speaker_mention)
    if info.pronoun or info.anaphoric:
        return None
    return info.name


def _kind_of(registry: SpeakerRegistry, speaker: str | None) -> dict[str, SpeakerKind]:
    """The canonical speaker's kind, so one speaker has one kind in every claim."""
    kind = registry.kind(speaker) if speaker else None
    return {"speaker_kind": kind} if kind is not None else {}


def _introduced_later(names: list[str | None], attributions: list[Attribution]) -> set[int]:
    """Name the description a lede opens with by the person the article introduces after it.

    "The governor of the strategic northeastern Kunduz province said …", then "Kunduz Governor
    Assadullah Omarkhail told VOA …": the later mention carries the description's role word and
    one of its proper names, so both are one speaker. Two different people fitting the
    description leave it as it is. ``names`` is updated in place; returns the indexes renamed.
    """
    renamed: set[int] = set()
    # (index, name, words of the mention): read when a description first needs them (most
    # articles have none), before any name is changed.
    persons: list[tuple[int, str, set[str]]] | None = None
    for i, a in enumerate(attributions):
        name = names[i]
        if not name or a.speaker_kind is not _ANONYMOUS:
            continue
        words = name.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) < 2 or not words[0].islower():
            continue
        role = words[0]
        proper = {w.strip(",.’'s").lower() for w in words[1:] if w[:1].isupper()}
        if not proper:
            continue
        if persons is None:
            persons = [
                (k, name, {w.strip(",.’'s").lower() for w in b.speaker_mention.split()})
                for k, (name, b) in enumerate(zip(names, attributions, strict=True))
                if name and b.speaker_kind is _PERSON and b.speaker_mention
            ]
        found = {later for k, later, said in persons if k > i and role in said and proper & said}
        if len(found) == 1:
            names[i] = found.pop()
            renamed.add(i)
    return renamed


def resolve(
    source: Source, attributions: list[Attribution], registry: SpeakerRegistry
) -> list[Claim]:
    """Claims for one source: canonical speaker, id, source fields copied in."""
    names = [_speaker_name(a) for a in attributions]
    renamed = _introduced_later(names, attributions)
    first: dict[str, Attribution] = {}
    for i, (name, a) in enumerate(zip(names, attributions, strict=True)):
        if name and i not in renamed:  # the mention that names them gives kind, role, side
            first.setdefault(name, a)
    # Full names first, so a bare surname later in the article finds the person it names.
    canonical: dict[str, str] = {}
    for name in sorted(first, key=lambda n: -len(n.split())):
        a = first[name]
        canonical[name] = registry.canonical(
            name, a.speaker_kind, role=a.speaker_role, affiliation=a.speaker_affiliation
        )
    claims: list[Claim] = []
    seen: set[str] = set()
    base = {
        "source_id": source.id,
        "path": source.path,
        "outlet": source.outlet,
        "published": source.published,
        "title": source.title,
    }
    for name, a in zip(names, attributions, strict=True):
        cid = claim_id(source.id, a.start, a.end)
        if cid in seen:
            continue
        seen.add(cid)
        speaker = registry.current(canonical[name]) if name else None
        if speaker and a.speaker_mention:
            registry.note_mention(speaker, a.speaker_mention)
        values = a.__dict__
        if _CLAIM_DEFAULTS is not None and len(values) == _ATTRIBUTION_FIELDS:
            # What the ``construct`` call below builds, without building its arguments first.
            data = _CLAIM_DEFAULTS.copy()
            data.update(base)
            data["id"] = cid
            data["speaker"] = speaker
            data.update(values)
            for extra in _NOT_CLAIM:
                del data[extra]
            kind = registry.kind(speaker) if speaker else None
            if kind is not None:
                data["speaker_kind"] = kind
            claims.append(assembled(Claim, data, set(_CLAIM_SET)))
            continue
        fields = dict(zip(_SHARED_NAMES, _shared_values(a.__dict__), strict=True))
        fields |= _kind_of(registry, speaker)
        # Every value comes from a model field of the same type: skip re-validating each one.
        claims.append(
            construct(
                Claim,
                id=cid,
                source_id=source.id,
                path=source.path,
                outlet=source.outlet,
                published=source.published,
                title=source.title,
                speaker=speaker,
                **fields,
            )
        )
    counts: dict[str, int] = {}
    for claim in claims:
        if claim.speaker:
            counts[claim.speaker] = counts.get(claim.speaker, 0) + 1
    for speaker, n in counts.items():
        registry.record(speaker, n)
    return claims
