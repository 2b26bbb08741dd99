"""What earlier claims of the same article said: the memory pronouns and "that tally" use."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from claimtrack.compare.lexicon import Lexicon
from claimtrack.compare.questions import Framing
from claimtrack.compare.scan import NOT_NAMES, scan
from claimtrack.models import Claim

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Lower-case words inside a personal name: "Osama bin Laden", "Ludwig van Beethoven".
_PARTICLES = frozenset(
    "al bin ibn abu de da di du dos das del della van von der den ter la le el ul ud".split()  # noqa: SIM905
)


@dataclass
class Discourse:
    """What earlier claims of the same article named: for pronouns and "that tally"."""

    entities: list[str] = field(default_factory=list)
    pair: tuple[str, str] | None = None
    pairs: dict[str, tuple[str, str]] = field(default_factory=dict)  # asked relation -> its pair
    counts: dict[str, int] = field(default_factory=dict)  # entity -> mentions in the article
    said: dict[str, set[str]] = field(default_factory=dict)  # speaker -> questions answered
    last: Framing | None = None
    names: dict[str, str] = field(default_factory=dict)  # surname -> full name seen earlier
    source: str | None = None
    given: dict[str, str | None] = field(default_factory=dict)  # first name -> full name

    def seed(self, speakers: Iterable[str | None]) -> None:
        """Full names of the article's speakers (the registry's names across the corpus): a
        surname or first name the article never spells out in a claim resolves to the one
        speaker it fits. A surname two speakers share ("Bill" and "Hillary Clinton") resolves
        only by the full name mentioned last."""
        found: dict[str, set[str]] = {}
        for full in speakers:
            parts = full.split() if full else []
            if full and len(parts) >= 2:
                found.setdefault(_surname(parts), set()).add(full)
        for fulls in found.values():
            if len(fulls) == 1:
                self.know(fulls.pop())

    def know(self, full: str) -> None:
        """Remember a full name: later its surname, or its first name, stands for it."""
        parts = full.split()
        self.names[_surname(parts)] = full
        first = parts[0]
        if self.given.get(first, full) != full:
            self.given[first] = None  # two people of one first name: it names neither
        else:
            self.given[first] = full

    def full(self, name: str) -> str:
        """The full name ``name`` stands for in this article: "Clinton" or "Mrs. Clinton" is
        the Clinton named last, "Bernie" Bernie Sanders; a longer spelling of a known name
        ("Hillary Rodham Clinton") is that name."""
        parts = name.split()
        if len(parts) == 1:
            return self.names.get(name) or self.given.get(name) or name
        known = self.names.get(_surname(parts))
        if known is not None and known.split()[0] == parts[0]:
            return known
        self.know(name)
        return name

    def salient(self, exclude: str | None, known: Lexicon) -> str | None:
        """What "they" in a quote most likely is: of the entities named lately, the one the
        article has named most (its topic), the latest on a tie."""
        recent = [n for n in self.entities[-12:] if n != exclude and n in known.entities]
        if not recent:
            return None
        order = {name: i for i, name in enumerate(recent)}
        return max(order, key=lambda name: (self.counts.get(name, 0), order[name]))

    def recent(self, exclude: str | None, known: Lexicon, kind: str | None = None) -> str | None:
        """The lexicon entity named last but ``exclude`` (of ``kind`` when given)."""
        for name in reversed(self.entities[-12:]):
            entity = known.entities.get(name)
            if name != exclude and entity is not None and kind in (None, entity.kind):
                return name
        return None


def _surname(parts: list[str]) -> str:
    """The surname of a name's words: "Martin Luther King Jr." is King."""
    while len(parts) > 1 and parts[-1].lower().rstrip(".") in _SUFFIXES:
        parts = parts[:-1]
    return parts[-1]


def person_name(text: str | None, lexicon: Lexicon) -> str | None:
    """The name in a speaker's description, fit to be a question's argument: the capitalised
    words it ends with, less words that are no name ("As", "Republican", "GOP contender").
    "former neurosurgeon Ben Carson" is Ben Carson; "Ali famously", "Benghazi mom speechwriter"
    name nobody."""
    if not text:
        return None
    if text not in lexicon.people:
        name = _person_name(text, lexicon)
        if len(lexicon.people) < 100_000:
            lexicon.people[text] = name
        return name
    return lexicon.people[text]


def _person_name(text: str, lexicon: Lexicon) -> str | None:
    words = text.split()
    parts: list[str] = []
    for word in reversed(words):
        if not _name_word(word, last=not parts):
            break
        parts.insert(0, word)
    before = words[: len(words) - len(parts)]
    if before[-1:] in (["and"], ["&"]) and before[-2:-1] and before[-2][:1].isupper():
        return None  # "Trump and Sanders": two speakers, no one side
    while parts and (
        parts[0].lower().rstrip(".") in NOT_NAMES
        or parts[0][1:2].isupper()  # "PMDonald", "GOP": no given name
        or (len(parts) > 2 and _entity(parts[0], lexicon))  # "Republican Christine Whitman"
    ):
        parts = parts[1:]
    name = " ".join(parts) if parts and parts[0][:1].isupper() else None
    if name is not None and _whole_entity(name, lexicon):
        return None  # "New Jersey", "Republican": a place or a party, not a person's name
    return name


def _whole_entity(text: str, lexicon: Lexicon) -> bool:
    found = scan(text, lexicon)
    last = len(found.tokens) - 1
    return any(m.kind == "entity" and m.first == 0 and m.last == last for m in found.mentions)


def _name_word(word: str, last: bool) -> bool:
    """A word of a personal name: capitalised ("O'Neill", "J."), a particle inside a name
    ("bin", "al"), or a prefixed surname ("al-Baghdadi")."""
    bare = word.replace(".", "").replace("-", "").replace("'", "").replace("’", "")
    if not bare.isalpha():
        return False
    if word[:1].isupper():
        return True
    prefixed = "-" in word and word.split("-", 1)[1][:1].isupper()
    return prefixed or (not last and word in _PARTICLES)


def _entity(word: str, lexicon: Lexicon) -> bool:
    """Whether a capitalised word is a lexicon entity's name ("Republican", "Florida")."""
    if word not in lexicon.memo:
        found = (m.value for m in scan(word, lexicon).mentions if m.kind == "entity")
        lexicon.memo[word] = next(found, None)
    return lexicon.memo[word] is not None


def speaker_side(claim: Claim, lexicon: Lexicon) -> str | None:
    """The entity a speaker stands for: their affiliation, own name, or their role's entity."""
    own = claim.speaker_kind in ("organization", "group", "media")
    texts = (
        (claim.speaker, claim.speaker_affiliation)
        if own
        else (claim.speaker_affiliation, claim.speaker)
    )
    for text in (*texts, claim.speaker_role):
        if text:
            if text not in lexicon.memo:
                found = (m.value for m in scan(text, lexicon).mentions if m.kind == "entity")
                lexicon.memo[text] = next(found, None)
            side = lexicon.memo[text]
            if side is not None and lexicon.entities[side].kind != "place":
                return side  # a governor of Florida does not speak for Florida
    named = claim.speaker and claim.speaker[:1].isupper()  # "Kabulov", not "experts"
    if named and claim.speaker_kind in ("person", "organization", "group", "media"):
        return person_name(claim.speaker, lexicon)  # not "Wisconsin Republican criticized ..."
    return None
