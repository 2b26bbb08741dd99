"""Alias and relation lexicons: shipped YAML data merged with the user's files, compiled once.

Everything domain-specific lives in ``data/aliases.yaml`` and ``data/relations.yaml`` (their
headers document the formats). Loading compiles every phrase into one token trie, so framing
a claim is a single left-to-right pass with dictionary look-ups, whatever the size of the lexicon.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from enum import IntEnum
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from claimtrack.errors import ClaimtrackError

# Bumped when framing rules change, so stored claims are re-framed even if no lexicon file did.
FRAMER_VERSION = "4"

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.K.
    r"|\d[\d,.]*\d|\d"  # 35, 1,000, 3.5
    r"|\w+(?=n['’]t\b)|n['’]t\b"  # do|n't
    r"|['’]s\b"
    r"|\w+"
    r"|[^\w\s]"
)


# ``_TOKEN`` for text without apostrophes, where its n't and 's branches never match.
_PLAIN_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\d[\d,.]*\d|\d|\w+|[^\w\s]")


# Punctuation that, after a word of letters ("border,", "Taliban."), is a token of its own.
_TRAILING = frozenset(',.;:!?")”')


def words(text: str) -> list[str]:
    """Tokens of ``text``, without offsets (the fast path of framing).

    The tokens ``_TOKEN.findall(text)`` finds, most of them without running the regular
    expression (a third of the time of a scan when run over the whole text). No token holds
    whitespace, and what decides a token (``\\b``, the n't look-ahead) sees at most up to the
    next whitespace, which counts as the end of the text would; so each chunk between
    whitespace (``str.split`` cuts at the same characters as ``\\s``) tokenises on its own. A
    chunk of letters only is one ``\\w+`` token: no digit, full stop or apostrophe lets another
    branch match. So is the word before one closing punctuation mark ("border,").
    """
    pattern = _TOKEN if "'" in text or "’" in text else _PLAIN_TOKEN
    out: list[str] = []
    for chunk in text.split():
        if chunk.isalpha():
            out.append(chunk)
        elif chunk[-1] in _TRAILING and chunk[:-1].isalpha():
            out += (chunk[:-1], chunk[-1])
        else:
            out += pattern.findall(chunk)
    return out


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Tokens of ``text`` as (token, start, end)."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(t.lower().replace("’", "'") for t, _, _ in tokenize(phrase))


class Case(IntEnum):
    """What a lexicon token asks of the text token it matches."""

    ANY = 0
    CAPITAL = 1  # "Polish" the demonym, not "polish" the verb
    EXACT = 2  # "IS", "US": acronyms of up to five letters, never "is" or "us"
    MIXED = 3  # "LeT", "DoD": a capital inside, never "Let" or "dod"


def _shape(phrase: str) -> tuple[Case, ...]:
    shape = []
    for tok, _, _ in tokenize(phrase):
        letters = tok.replace(".", "")
        if letters.isalpha() and letters.isupper() and len(letters) <= 5:
            shape.append(Case.EXACT)
        elif letters.isalpha() and letters[1:] != letters[1:].lower() and len(letters) <= 5:
            shape.append(Case.MIXED)
        elif tok[:1].isupper():
            shape.append(Case.CAPITAL)
        else:
            shape.append(Case.ANY)
    return tuple(shape)


class TrieNode:
    """One token of the phrase trie: the entries of the phrase ending here, and what follows."""

    __slots__ = ("children", "entries", "fits")

    def __init__(self) -> None:
        self.entries: list[Entry] | None = None
        self.children: dict[str, TrieNode] = {}
        self.fits: dict[str, Entry | None] = {}  # token -> its entry, when the phrase is that one


@dataclass(frozen=True, slots=True)
class Entity:
    name: str
    display: str
    kind: str
    parent: str | None
    order: int  # position in the lexicon: symmetric questions name the earlier entity first


@dataclass(frozen=True, slots=True)
class Relation:
    name: str
    question: str
    symmetric: bool = False
    antisymmetric: bool = False  # "A leads B" answers "Is B ahead of A?" with no
    contrary_of: str | None = None
    inverse_of: str | None = None
    numeric: bool = False
    implies: str | None = None
    variants: dict[str, str] = field(default_factory=dict)  # word -> relation it makes
    only_variants: bool = False
    unstated_object: bool = False
    with_partner: bool = False
    between_people: str | None = None  # the relation it is when both arguments are people
    between_groups: str | None = None  # ... and when neither is
    speaker_act: bool = False  # a cue of this relation is the speaker's act ("criticized")
    no_places: bool = False  # neither argument is a place


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon phrase: ``kind`` is "entity", "relation" or a cue class ("negation", ...)."""

    kind: str
    value: str
    length: int
    shape: tuple[Case, ...] | None  # None when any capitalisation matches


CUE_CLASSES = (
    "negations",
    "falsity",
    "rejections",
    "hedges",
    "reported",
    "unclear",
    "topics",
    "boundaries",
    "reciprocals",
    "anaphora",
    "descriptions",
    "past",
    "memberships",
    "universals",
)
_PRONOUNS = {
    "we": "we",
    "us": "we",
    "our": "we",
    "ours": "we",
    "i": "i",
    "me": "i",
    "my": "i",
    "they": "they",
    "them": "they",
    "their": "they",
    "he": "he",
    "him": "he",
    "his": "he",
    "she": "she",
    "her": "she",
    "the two": "pair",
    "both": "pair",
}


def inflect(verb: str, irregular: dict[str, list[str]]) -> list[str]:
    """``verb`` with its first word in every form: "hunt down" -> "hunts down", "hunted down" ..."""
    head, _, rest = verb.partition(" ")
    if head in irregular:
        forms = [head, *irregular[head]]
    else:
        if head.endswith("e"):
            stem = head[:-1]
            forms = [head, head + "s", stem + "ing", head + "d"]
        elif head.endswith("y") and head[-2:-1] not in "aeiou":
            forms = [head, head[:-1] + "ies", head + "ing", head[:-1] + "ied"]
        elif head.endswith(("s", "sh", "ch", "x", "z")):
            forms = [head, head + "es", head + "ing", head + "ed"]
        else:
            forms = [head, head + "s", head + "ing", head + "ed"]
            if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", head):  # stop -> stopped
                forms += [head + head[-1] + "ing", head + head[-1] + "ed"]
    return [f"{form} {rest}".strip() for form in forms]


def _words(values: Any) -> list[str]:
    """Phrases from YAML, where an unquoted ``no`` or ``yes`` arrives as a boolean."""
    out = []
    for value in values or []:
        if isinstance(value, bool):
            value = "yes" if value else "no"
        out.append(str(value))
    return out


def _read_yaml(path: Path | None, shipped: str) -> tuple[dict[str, Any], bytes]:
    if path is None:
        raw = resources.files("claimtrack.compare").joinpath("data", shipped).read_bytes()
    else:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise ClaimtrackError(
                f"cannot read {path}: {exc.strerror}", hint="check the lexicon path"
            ) from exc
    try:
        data = yaml.safe_load(raw) or {}
    except yaml.YAMLError as exc:
        raise ClaimtrackError(
            f"{path or shipped} is not valid YAML: {exc}", hint="fix the file"
        ) from exc
    if not isinstance(data, dict):
        raise ClaimtrackError(f"{path or shipped}: expected a mapping at the top level")
    return data, raw


@dataclass
class Lexicon:
    """Entities, relations and cue words, compiled into one phrase index."""

    entities: dict[str, Entity] = field(default_factory=dict)
    relations: dict[str, Relation] = field(default_factory=dict)
    index: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    first: dict[str, TrieNode] = field(default_factory=dict)  # phrases as a token trie
    fingerprint: str = ""
    aliases: dict[str, list[str]] = field(default_factory=dict)  # entity name -> its names
    memo: dict[str, str | None] = field(default_factory=dict, repr=False)  # text -> its entity
    worded: dict[str, str] = field(default_factory=dict, repr=False)  # question key -> wording
    directives: list[tuple[str, ...]] = field(default_factory=list)  # "called for": no claim
    affiliations: frozenset[str] = frozenset()  # "IS-linked": the entity
    asking: dict[str, bool] = field(default_factory=dict, repr=False)  # cue -> is a directive
    roots: dict[str, str] = field(default_factory=dict, repr=False, compare=False)  # memo of root
    askeds: dict[str, str] = field(default_factory=dict, repr=False, compare=False)  # of asked
    acts: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)  # of act
    people: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, aliases: Path | None = None, relations: Path | None = None) -> Lexicon:
        """The shipped lexicons, extended and overridden by the user's files when given."""
        digest = hashlib.sha256(FRAMER_VERSION.encode())
        ent_data, raw = _read_yaml(None, "aliases.yaml")
        digest.update(raw)
        rel_data, raw = _read_yaml(None, "relations.yaml")
        digest.update(raw)
        layers = [(ent_data, rel_data)]
        if aliases is not None:
            user, raw = _read_yaml(aliases, "")
            digest.update(b"aliases" + raw)
            layers.append((user, {}))
        if relations is not None:
            user, raw = _read_yaml(relations, "")
            digest.update(b"relations" + raw)
            layers.append(({}, user))
        lexicon = cls(fingerprint=digest.hexdigest()[:16])
        entity_specs: dict[str, dict[str, Any]] = {}
        relation_specs: dict[str, dict[str, Any]] = {}
        cues: dict[str, list[str]] = {c: [] for c in CUE_CLASSES}
        irregular: dict[str, list[str]] = {}
        described: dict[str, list[str]] = {}
        directives: list[str] = []
        affiliations: list[str] = []
        for ents, rels in layers:
            for spec in ents.get("entities") or []:
                _merge(entity_specs, spec, "aliases")
            for name, spec in (rels.get("relations") or {}).items():
                _merge(relation_specs, {"name": name, **(spec or {})}, "verbs", "phrases")
            for cue in CUE_CLASSES:
                if cue != "descriptions":  # a mapping: kind -> phrases, added below
                    cues[cue] += _words(rels.get(cue))
            irregular.update(rels.get("irregular") or {})
            found = rels.get("descriptions") or {}
            for kind, phrases in (found if isinstance(found, dict) else {"group": found}).items():
                described.setdefault(str(kind), []).extend(_words(phrases))
            directives += _words(rels.get("directives"))
            affiliations += _words(rels.get("affiliations"))
        lexicon._compile(entity_specs, relation_specs, cues, irregular)
        for kind, phrases in described.items():
            for phrase in phrases:
                lexicon._add(phrase.lower(), "descriptions", kind)
        lexicon.directives = [_key(d) for d in directives if _key(d)]
        lexicon.affiliations = frozenset(a.lower() for a in affiliations)
        lexicon._build_trie()
        return lexicon

    def _compile(
        self,
        entity_specs: dict[str, dict[str, Any]],
        relation_specs: dict[str, dict[str, Any]],
        cues: dict[str, list[str]],
        irregular: dict[str, list[str]],
    ) -> None:
        for order, (name, spec) in enumerate(entity_specs.items()):
            self.entities[name] = Entity(
                name=name,
                display=str(spec.get("display") or name),
                kind=str(spec.get("kind") or "organization"),
                parent=spec.get("parent"),
                order=order,
            )
            names = [name, str(spec.get("display") or name), *_words(spec.get("aliases"))]
            self.aliases[name] = names
            for alias in names:
                self._add(alias, "entity", name)
        for name, spec in relation_specs.items():
            target = spec.get("inverse_of")
            variants = spec.get("variants") or {}
            if not isinstance(variants, dict):
                raise ClaimtrackError(
                    f"relation {name!r}: variants must map relations to words",
                    hint="write `variants: {other_relation: [word, ...]}`",
                )
            self.relations[name] = Relation(
                name=name,
                question=str(spec.get("question") or "Does {subject} " + name + " {object}?"),
                symmetric=bool(spec.get("symmetric")),
                antisymmetric=bool(spec.get("antisymmetric")),
                contrary_of=spec.get("contrary_of"),
                inverse_of=target,
                numeric=bool(spec.get("numeric")),
                implies=spec.get("implies"),
                variants={w.lower(): str(rel) for rel, ws in variants.items() for w in _words(ws)},
                only_variants=bool(spec.get("only_variants")),
                unstated_object=bool(spec.get("unstated_object")),
                with_partner=bool(spec.get("with_partner")),
                between_people=spec.get("between_people"),
                between_groups=spec.get("between_groups"),
                speaker_act=bool(spec.get("speaker_act")),
                no_places=bool(spec.get("no_places")),
            )
            for verb in _words(spec.get("verbs")):
                for form in inflect(verb.lower(), irregular):
                    self._add(form, "relation", name)
            for phrase in _words(spec.get("phrases")):
                self._add(phrase.lower(), "relation", name)
        for cue, phrases in cues.items():
            for phrase in phrases:
                self._add(phrase.lower(), cue, phrase.lower())
        for pronoun, person in _PRONOUNS.items():
            self._add(pronoun, "pronoun", person)
        for relation in self.relations.values():
            named = (
                relation.contrary_of,
                relation.inverse_of,
                relation.implies,
                relation.between_people,
                relation.between_groups,
            )
            for other in (*named, *relation.variants.values()):
                if other is not None and other not in self.relations:
                    raise ClaimtrackError(
                        f"relation {relation.name!r} refers to unknown relation {other!r}",
                        hint="define it in the relations file",
                    )

    def _build_trie(self) -> None:
        root = TrieNode()
        for key, entries in self.index.items():
            node = root
            for token in key:
                node = node.children.setdefault(token, TrieNode())
            node.entries = entries
        self.first = root.children

    def _add(self, phrase: str, kind: str, value: str) -> None:
        key = _key(phrase)
        if not key:
            return
        shape = _shape(phrase) if kind == "entity" else None
        if shape is not None and all(c is Case.ANY for c in shape):
            shape = None
        entries = self.index.setdefault(key, [])
        entry = Entry(kind, value, len(key), shape)
        if entry not in entries:
            # Later layers (the user's) win over earlier ones; entities before other kinds.
            entries.insert(0, entry)
            entries.sort(key=lambda e: e.kind != "entity")

    def asked(self, relation: str) -> str:
        """The relation whose question a claim of ``relation`` answers (its contrary's, or its
        inverse's)."""
        known = self.askeds.get(relation)
        if known is not None:
            return known
        spec = self.relations[relation]
        if spec.inverse_of:
            spec = self.relations[spec.inverse_of]
        known = spec.contrary_of or spec.name
        self.askeds[relation] = known
        return known

    def directive(self, cue: str | None) -> bool:
        """Whether a cue asks for something ("called for", "urged") rather than says it is so."""
        if not cue:
            return False
        known = self.asking.get(cue)
        if known is None:
            words = _key(cue)
            known = any(
                words[i : i + len(d)] == d for d in self.directives for i in range(len(words))
            )
            if len(self.asking) < 100_000:
                self.asking[cue] = known
        return known

    def act(self, cue: str) -> str | None:
        """The relation a cue itself names, when it is the speaker's act toward what the
        content names first: "criticized", "accused", "endorsed" (not "said", not "met")."""
        if cue in self.acts:
            return self.acts[cue]
        node = self.first.get(_key(cue)[-1]) if _key(cue) else None
        found = None
        if node is not None and node.entries:
            entry = next((e for e in node.entries if e.kind == "relation"), None)
            if entry is not None and self.relations[entry.value].speaker_act:
                found = entry.value
        if len(self.acts) < 100_000:
            self.acts[cue] = found
        return found

    def root(self, name: str) -> str:
        """The outermost parent of an entity ("ISKP" -> "IS"), itself when it has none."""
        known = self.roots.get(name)
        if known is not None:
            return known
        start = name
        seen = {name}
        entity = self.entities.get(name)
        while entity is not None and entity.parent and entity.parent not in seen:
            seen.add(entity.parent)
            name = entity.parent
            entity = self.entities.get(name)
        if len(self.roots) < 100_000:
            self.roots[start] = name
        return name

    def display(self, name: str) -> str:
        entity = self.entities.get(name)
        return entity.display if entity is not None else name

    def order(self, name: str) -> tuple[int, str]:
        entity = self.entities.get(name)
        return (entity.order if entity is not None else len(self.entities), name)


def _merge(specs: dict[str, dict[str, Any]], spec: dict[str, Any], *lists: str) -> None:
    """Merge ``spec`` into ``specs`` by name: list keys extend, other keys override."""
    if not isinstance(spec, dict) or not spec.get("name"):
        raise ClaimtrackError(f"lexicon entry without a name: {spec!r}", hint="add `name:`")
    name = str(spec["name"])
    current = specs.setdefault(name, {})
    for key, value in spec.items():
        if key in lists:
            current[key] = [*current.get(key, []), *(value or [])]
        else:
            current[key] = value
