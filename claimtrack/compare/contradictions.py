"""Contradictions: opposite stances on one question, typed, explained and ranked.

Claims are grouped by question id, and within a question by speaker and stance, keeping only each
speaker's firmest claim per stance. Pairs are then drawn so that every speaker on one side meets
the firmest speaker of the other side: at most ``yes + no`` pairs per question (capped), never all
pairs of claims. ``ContradictionIndex`` does the same incrementally for batches that do not fit in
memory at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from enum import Enum
from functools import lru_cache
from operator import itemgetter
from typing import get_args

from claimtrack.compare.collection import fewer_collections
from claimtrack.compare.lexicon import Lexicon
from claimtrack.construct import from_values
from claimtrack.models import Certainty, Claim, Contradiction, Polarity, SpeakerKind, Stance

PER_QUESTION = 25
_SOURCES = 3  # per speaker and stance, the firmest claims of this many sources are held
_FIRMNESS = {Certainty.ASSERTED: 2, Certainty.HEDGED: 1, Certainty.REPORTED: 0}
_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w.]\w)")
_DENIAL = re.compile(r"\b(?:reject|deni|deny|dismiss|refut|wrong|false|untrue|baseless)", re.I)
_DENIAL_STEMS = ("reject", "den", "dismiss", "refut", "wrong", "false", "untrue", "baseless")
_SNIPPET = 90


@lru_cache(maxsize=1)
def _shipped() -> Lexicon:
    return Lexicon.load()


def _denial(text: str) -> bool:
    """``_DENIAL.search(text)``, without the search for ASCII text that holds none of its
    stems in lower case (most claims: a case-insensitive search costs microseconds)."""
    if text.isascii():
        low = text.lower()
        if not any(stem in low for stem in _DENIAL_STEMS):
            return False
    return _DENIAL.search(text) is not None


def _denies(claim: Claim) -> bool:
    """A denial (a denial cue, or a rejection in the content), not a plain negation."""
    if _denial(claim.text):
        return True
    if claim.cue:
        return _denial(claim.cue)
    return claim.polarity is Polarity.DENY


def speaker_key(claim: Claim) -> str:
    """Who a claim counts as: collective and anonymous speakers are distinct per source."""
    name = claim.speaker or claim.speaker_mention or "unattributed"
    collective = claim.speaker_kind is SpeakerKind.ANONYMOUS or not name[:1].isupper()
    return f"{name}@{claim.source_id}" if collective else name


_Firmness = tuple[int, float, int, str]


def _firmness(claim: Claim) -> _Firmness:
    """Asserted over hedged over reported; then confidence; then the claim that says more (a
    reader checks "any negotiations with Russia" more easily than "the claims"); then the id."""
    return (_FIRMNESS[claim.certainty], claim.confidence, min(len(claim.text), 120), claim.id)


def figure(text: str) -> float | None:
    """The first count a claim gives ("up to 35 fighters"), ignoring years."""
    for m in _NUMBER.finditer(text):
        value = float(m.group(1).replace(",", ""))
        if not (1900 <= value <= 2100 and "." not in m.group(1)):
            return value
    return None


def _quote(claim: Claim) -> str:
    text = " ".join(claim.text.split())
    return "“" + (text if len(text) <= _SNIPPET else text[: _SNIPPET - 1].rstrip() + "…") + "”"


def _who(claim: Claim) -> str:
    name = claim.speaker or claim.speaker_mention or "an unattributed source"
    if claim.certainty is Certainty.HEDGED:
        return f"{name} (hedged)"
    if claim.certainty is Certainty.REPORTED:
        return f"{name} (relaying reports)"
    return name


def _when(claim: Claim) -> str:
    return claim.claim_date or claim.published or "an unknown date"


def _enum(annotation: object) -> type[Enum] | None:
    """The enum a field holds (``Stance | None``: ``Stance``), if any."""
    for option in (annotation, *get_args(annotation)):
        if isinstance(option, type) and issubclass(option, Enum):
            return option
    return None


_FIELDS = tuple(Claim.model_fields)
_ENUMS = {i: e for i, f in enumerate(Claim.model_fields.values()) if (e := _enum(f.annotation))}
# Per enum field, member -> value and back: held claims keep their enums by value.
_PLAIN = {i: {m: m.value for m in e} for i, e in _ENUMS.items()}
_MEMBER = {i: {m.value: m for m in e} for i, e in _ENUMS.items()}
_field_values = itemgetter(*_FIELDS)  # a ``__dict__`` -> the values in field order, at C speed
_Held = tuple[_Firmness, tuple[object, ...]]  # firmness, the claim's field values


def _pack(claim: Claim) -> tuple[object, ...]:
    """A claim as a bare tuple: a third of a model's memory, for claims held across batches.

    Only strings, numbers and None (enums by value): the cyclic garbage collector stops tracking
    such tuples, so the hundreds of thousands that an index over millions of claims holds (or
    that a batch's index brings from another process) are not scanned at each collection."""
    values = list(_field_values(claim.__dict__))
    for i, plain in _PLAIN.items():
        values[i] = plain.get(values[i], values[i])
    return tuple(values)


def _unpack(values: tuple[object, ...]) -> Claim:
    row = list(values)
    for i, member in _MEMBER.items():
        row[i] = member.get(row[i], row[i])
    return from_values(Claim, row)


# Fields whose values recur across claims (speaker, question, date, enums by value ...): held
# claims that arrive from other processes share one copy of each value, not one copy per claim.
# A claim's own id and text never recur.
_SHARED = tuple(
    i
    for i, (name, field) in enumerate(Claim.model_fields.items())
    if (field.annotation in (str, str | None) or i in _ENUMS) and name not in ("id", "text")
)


_RELATION = _FIELDS.index("relation")
_SOURCE = _FIELDS.index("source_id")
# One speaker's firmest claim of one stance per source, in the order the sources came. A tuple,
# not a dict by source (there are at most ``_SOURCES + 1``): the garbage collector stops tracking
# a question's dict once it holds only tuples of plain values, and an index over millions of
# claims holds a hundred thousand questions that it would otherwise scan at each collection.
_BySource = tuple[_Held, ...]


def _relation(held: dict[tuple[str, bool], _BySource]) -> str | None:
    values = next(iter(held.values()))[0][1]
    relation = values[_RELATION]
    return relation if isinstance(relation, str) else None


_firm = itemgetter(0)


def _top(by_source: _BySource) -> _Firmness:
    top: _Firmness = max(map(_firm, by_source))
    return top


def _of_source(by_source: _BySource, source: object) -> _Held | None:
    """The claim ``by_source`` holds for ``source``, if any."""
    for held in by_source:
        if held[1][_SOURCE] == source:
            return held
    return None


def _holding(by_source: _BySource, entry: _Held) -> _BySource:
    """``by_source`` with ``entry`` in the place of its source's claim, or after the others."""
    source = entry[1][_SOURCE]
    for i, held in enumerate(by_source):
        if held[1][_SOURCE] == source:
            return (*by_source[:i], entry, *by_source[i + 1 :])
    return (*by_source, entry)


def _facing(mine: list[Claim], theirs: list[Claim]) -> tuple[Claim, Claim]:
    """The claims to set against each other: two of one article when there are (the article
    itself juxtaposes them), else each side's firmest."""
    for claim in mine:
        for other in theirs:
            if claim.source_id == other.source_id:
                return claim, other
    return mine[0], theirs[0]


class ContradictionIndex:
    """Claims in, contradictions out, in bounded memory.

    Per question it holds each speaker's firmest claim per stance and source (of at most
    ``_SOURCES`` sources), and at most ``per_side`` speakers per stance (the firmest), so memory
    grows with questions, not with claims. Indexes built over separate batches (or processes)
    combine with ``merge``.
    """

    def __init__(
        self, lexicon: Lexicon | None = None, per_question: int = PER_QUESTION, per_side: int = 6
    ) -> None:
        self.lexicon = lexicon
        self.per_question = per_question
        self.per_side = per_side
        # question id -> (speaker key, says yes) -> the held claims, one per source
        self.best: dict[str, dict[tuple[str, bool], _BySource]] = {}
        # per shared field: each value merged in so far, to share (see ``_SHARED``)
        self._seen: dict[int, dict[object, object]] = {i: {} for i in _SHARED}
        # (question id, says yes) -> the weakest speaker's firmness on a side that is full, while
        # that side is unchanged: popular questions turn most newcomers away, and finding the
        # weakest of a full side for each was most of the cost of a merge. ``_offer`` is the
        # only writer of ``best``, and it forgets a side's floor whenever it changes the side.
        self._floors: dict[tuple[str, bool], _Firmness] = {}

    def add(self, claims: Iterable[Claim]) -> None:
        """Index ``claims``: those that answer a question yes or no."""
        with fewer_collections():
            self._add(claims)

    def _add(self, claims: Iterable[Claim]) -> None:
        for claim in claims:
            qid, stance = claim.question_id, claim.stance
            if qid is None or (stance is not Stance.YES and stance is not Stance.NO):
                continue
            key = (speaker_key(claim), stance is Stance.YES)
            firm = _firmness(claim)
            held = self.best.get(qid)
            mine = held.get(key) if held is not None else None
            current = _of_source(mine, claim.source_id) if mine is not None else None
            if current is None or firm > current[0]:
                self._offer(qid, key, firm, _pack(claim))

    def merge(self, other: ContradictionIndex) -> None:
        """Fold another index (of other claims) into this one."""
        with fewer_collections():
            self._merge(other)

    def _merge(self, other: ContradictionIndex) -> None:
        rows = self._shared_rows(other)
        for qid, held in other.best.items():
            mine = self.best.get(qid)
            for key, by_source in held.items():
                for firm, _ in by_source:
                    values = next(rows)  # the same claim, its recurring values shared
                    if mine is not None:  # (a question new here has nothing to compare with)
                        current = _of_source(mine.get(key, ()), values[_SOURCE])
                        if current is not None and not firm > current[0]:
                            continue  # only a firmer claim of a source replaces its claim
                    self._offer(qid, key, firm, values)

    def _shared_rows(self, other: ContradictionIndex) -> Iterator[tuple[object, ...]]:
        """The claims ``other`` holds, in its order, each recurring value replaced by the copy
        this index already has. Column by column, so that the look-ups run at C speed: merging
        is the serial part of combining batches."""
        rows = [
            values
            for held in other.best.values()
            for by_source in held.values()
            for _, values in by_source
        ]
        if not rows:
            return iter(())
        columns = list(zip(*rows, strict=True))
        for i, seen in self._seen.items():
            column = columns[i]
            if column.count(None) < len(column):  # (a field nobody filled has nothing to share)
                columns[i] = tuple(map(seen.setdefault, column, column))
        return zip(*columns, strict=True)

    def _offer(
        self, qid: str, key: tuple[str, bool], firm: _Firmness, values: tuple[object, ...]
    ) -> None:
        held = self.best.setdefault(qid, {})
        mine = held.get(key)
        if len(held) >= self.per_side:  # else no side is full (nor has a floor)
            side_key = (qid, key[1])
            floor = self._floors.get(side_key)
            if mine is None:
                if floor is not None and floor >= firm:
                    return  # as below, without scanning the side again
                side = [k for k in held if k[1] == key[1]]
                if len(side) >= self.per_side:
                    tops = [_top(held[k]) for k in side]
                    top = min(tops)
                    if top >= firm:
                        self._floors[side_key] = top
                        return
                    weakest = tops.index(top)  # the first, on a tie
                    del held[side[weakest]], tops[weakest]
                    self._floors[side_key] = min([*tops, firm])  # the newcomer is on the side
            elif floor is not None and _top(mine) <= floor:
                # A speaker's firmest only rises: the floor stays unless it is this speaker's.
                del self._floors[side_key]
        if mine is None:
            held[key] = ((firm, values),)
            return
        kept = _holding(mine, (firm, values))
        if len(kept) > _SOURCES:
            drop = min(range(len(kept)), key=lambda i: kept[i][0])
            kept = (*kept[:drop], *kept[drop + 1 :])
        held[key] = kept

    def results(self) -> list[Contradiction]:
        """Every contradiction, highest rank first."""
        out = [c for found in self.iter_results() for c in found]
        out.sort(key=lambda c: (-c.rank, c.question, c.claims[0].id, c.claims[1].id))
        return out

    def iter_results(self) -> Iterator[list[Contradiction]]:
        """The contradictions of one question at a time, unsorted across questions: for callers
        that stream them rather than hold them all."""
        for held in self.best.values():
            if len(held) < 2:
                continue
            sides = {says_yes for _, says_yes in held}
            if len(sides) == 1 and not (True in sides and self._numeric_relation(_relation(held))):
                continue  # one-sided, and no figures to compare: nothing to unpack
            speakers: dict[str, dict[Stance, list[Claim]]] = {}
            for (speaker, says_yes), by_source in held.items():
                stance = Stance.YES if says_yes else Stance.NO
                firmest = sorted(by_source, key=_firm, reverse=True)
                speakers.setdefault(speaker, {})[stance] = [_unpack(v) for _, v in firmest]
            found = self._question(speakers)
            if found:
                yield found

    def _question(self, speakers: dict[str, dict[Stance, list[Claim]]]) -> list[Contradiction]:
        found: list[Contradiction] = []
        yes = sorted(
            ((k, s[Stance.YES]) for k, s in speakers.items() if Stance.YES in s),
            key=lambda p: _firmness(p[1][0]),
            reverse=True,
        )
        no = sorted(
            ((k, s[Stance.NO]) for k, s in speakers.items() if Stance.NO in s),
            key=lambda p: _firmness(p[1][0]),
            reverse=True,
        )
        for sides in speakers.values():
            if Stance.YES in sides and Stance.NO in sides:
                change = self._change(sides[Stance.YES][0], sides[Stance.NO][0])
                if change is not None:
                    found.append(change)
        pairs: dict[tuple[str, str], tuple[Claim, Claim]] = {}
        for mine, theirs, flip in ((yes, no, False), (no, yes, True)):
            for key, claims in mine:
                other = next(((k, c) for k, c in theirs if k != key), None)
                if other is None:
                    continue
                claim, against = _facing(claims, other[1])
                a, b = (against, claim) if flip else (claim, against)
                pair_key = (other[0], key) if flip else (key, other[0])
                pairs.setdefault(pair_key, (a, b))
        for a, b in pairs.values():
            found.append(self._pair(a, b))
        numeric = self._numeric([c[0] for _, c in yes])
        if numeric is not None:
            found.append(numeric)
        found.sort(key=lambda c: -c.rank)
        return found[: self.per_question]

    def _numeric_relation(self, relation: str | None) -> bool:
        lexicon = self.lexicon or _shipped()
        spec = lexicon.relations.get(relation or "")
        return spec is not None and spec.numeric

    def _pair(self, a: Claim, b: Claim) -> Contradiction:
        """``a`` answers yes, ``b`` no."""
        fig_a = fig_b = None
        numeric = self._numeric_relation(a.relation)
        if numeric:  # only a numeric relation's figures are compared: none to find otherwise
            fig_a, fig_b = figure(a.text), figure(b.text)
            numeric = fig_a is not None or fig_b is not None
        on = f"On “{a.question}”, "
        if numeric:
            kind = "numeric"
            figures = " vs ".join("none" if f is None else f"{f:g}" for f in (fig_a, fig_b))
            explanation = (
                f"{on}{_who(a)} gives a figure {_quote(a)} that {_who(b)} disputes {_quote(b)} "
                f"({figures})."
            )
        elif a.relation and b.relation and a.relation != b.relation:
            kind = "contrary"
            lexicon = self.lexicon or _shipped()
            spec = lexicon.relations.get(a.relation)
            plain, odd = (b, a) if spec is not None and spec.contrary_of else (a, b)
            relation = (odd.relation or "").replace("_", " ")
            explanation = (
                f"{on}{_who(plain)} answers {plain.stance} {_quote(plain)}, while {_who(odd)} "
                f"describes the contrary relation ({relation}) {_quote(odd)}."
            )
        elif _denies(b):
            kind = "denial"
            explanation = f"{on}{_who(a)} says yes {_quote(a)} and {_who(b)} denies it {_quote(b)}."
        else:
            kind = "negation"
            explanation = f"{on}{_who(a)} says yes {_quote(a)} and {_who(b)} says no {_quote(b)}."
        return _contradiction(kind, explanation, a, b)

    def _change(self, yes: Claim, no: Claim) -> Contradiction | None:
        if _when(yes) == _when(no) or (yes.claim_date or yes.published) is None:
            return None
        first, then = sorted((yes, no), key=_when)
        explanation = (
            f"{first.speaker or first.speaker_mention} answered {first.stance} on "
            f"{_when(first)} {_quote(first)} and {then.stance} on {_when(then)} {_quote(then)}."
        )
        return _contradiction("change_of_position", explanation, first, then)

    def _numeric(self, yes: list[Claim]) -> Contradiction | None:
        """Two speakers who both say yes but give figures far apart (35 vs 180)."""
        counted = [
            (f, c) for c in yes if self._numeric_relation(c.relation) and (f := figure(c.text))
        ]
        if len(counted) < 2:
            return None
        low, high = min(counted, key=lambda p: p[0]), max(counted, key=lambda p: p[0])
        if high[0] < 1.5 * low[0] or speaker_key(low[1]) == speaker_key(high[1]):
            return None
        a, b = low[1], high[1]
        explanation = (
            f"{_who(a)} gives {low[0]:g} {_quote(a)} and {_who(b)} gives {high[0]:g} {_quote(b)}."
        )
        return _contradiction("numeric", explanation, a, b)


def _contradiction(kind: str, explanation: str, a: Claim, b: Claim) -> Contradiction:
    """Two claims of one question set against each other; hedged sides rank below firm ones."""
    # Every field, in field order (``construct`` with each named makes the same model).
    return from_values(
        Contradiction,
        (
            a.question_id or "",
            a.question or "",
            kind,
            explanation,
            a.source_id != b.source_id,
            (_FIRMNESS[a.certainty] + _FIRMNESS[b.certainty]) / 4,
            [a, b],
        ),
    )


def find_contradictions(
    claims: Sequence[Claim], lexicon: Lexicon | None = None, per_question: int = PER_QUESTION
) -> list[Contradiction]:
    """Typed, explained contradictions among ``claims``, highest rank first.

    Opposite stances by different speakers on one question are a ``negation``, ``denial``,
    ``contrary`` or ``numeric`` contradiction; the same speaker on both sides at different dates is
    a ``change_of_position``. ``lexicon`` (default: the shipped one) says which relations count.
    """
    index = ContradictionIndex(lexicon, per_question)
    index.add(claims)
    return index.results()
