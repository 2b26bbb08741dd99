"""Finding a relation's arguments in a claim's mentions: subject, object, and what stands in for
them (places set aside, "A and B", "and not B", "the former leader of ISKP", an unstated object).
"""

from __future__ import annotations

from claimtrack.compare.lexicon import Lexicon
from claimtrack.compare.scan import Mention, Scan

ENTITYLIKE = frozenset({"entity", "name"})
PLACEHOLDER = {"pair": "<pair>", "they": "<they>"}
_CLAUSE_BREAK = frozenset({",", "that", ";", ":", "—", "–"})  # dashes set off an aside
_EXCLUDING = frozenset({"not", "rather", "instead", "except", "unlike"})
_LOCATIVE = frozenset({"in", "across", "throughout", "inside", "near", "at", "around", "within"})
_GERUND_TAKERS = frozenset({"in", "of", "for", "about", "on"})  # "interest in fighting IS"
_PLACED = frozenset({"present_in", "controls"})  # relations whose object is a place


def _number(token: str) -> float | None:
    try:
        return float(token.replace(",", ""))
    except ValueError:
        return None


class Arguments:
    """Argument search over ``mentions``; mixed into the framer, which sets the attributes."""

    lexicon: Lexicon
    scan: Scan
    mentions: list[Mention]
    joined: bool  # whether the content has an "and" at all

    def _unstated(self, subj_idx: int, subject: str | None) -> str | None:
        """The object a relation leaves unsaid, from its sentence: the nearest entity before the
        subject ("told officials in Moscow the Taliban wanted missiles")."""
        ms, sent = self.mentions, self.scan.sentence
        here = sent[ms[subj_idx].first]
        for x in reversed(ms[:subj_idx]):
            if sent[x.first] != here or x.kind in ("relation", "boundaries"):
                return None
            if x.kind == "entity" and x.value != subject:
                return x.value
        return None

    def _left(self, idx: int) -> tuple[str | None, str | None, int | None, str | None]:
        """The subject before relation ``idx``, the other half of "A and B", its index, and an
        entity excluded from the subject ("and not the Taliban")."""
        ms, sent = self.mentions, self.scan.sentence
        here = sent[ms[idx].first]
        excluded: str | None = None
        for j in range(idx - 1, -1, -1):
            x = ms[j]
            if sent[x.first] != here or x.kind in ("boundaries", "relation"):
                return None, None, None, excluded
            if x.kind == "pronoun":
                return PLACEHOLDER.get(x.value), None, j, excluded
            if x.kind == "descriptions":
                return f"<desc:{x.value}>", None, j, excluded
            if x.kind in ENTITYLIKE:
                if self._aside(x):
                    if self._excluded(x) and excluded is None and x.kind == "entity":
                        excluded = x.value
                    continue  # "Afghan forces - and not Taliban - are battling IS"
                if self._object_of(j):
                    return None, None, None, excluded  # "won't vote for Trump and may vote for"
                other = self._coordinated(j)
                if other is not None:
                    return other, x.value, j, excluded
                return x.value, None, j, excluded
        return None, None, None, excluded

    def _object_of(self, j: int) -> bool:
        """Whether the entity at mention ``j`` is the object of a relation just before it, and so
        not the subject of a later one."""
        before = self.mentions[j - 1] if j > 0 else None
        return (
            before is not None
            and before.kind == "relation"
            and self.mentions[j].first - before.last <= 2
            and self.scan.sentence[before.last] == self.scan.sentence[self.mentions[j].first]
        )

    def _excluded(self, x: Mention) -> bool:
        """Whether ``x`` is set apart: "and not the Taliban", "rather than Kabul", "instead of
        IS" (not "Instead, IS ...")."""
        lows = self.scan.lows
        if _EXCLUDING.isdisjoint(lows[max(0, x.first - 3) : x.first]):
            return False  # the usual case, without the loop
        for k in range(max(0, x.first - 3), x.first):
            if lows[k] in _EXCLUDING and (lows[k] != "instead" or lows[k + 1] == "of"):
                return True
        return False

    def _aside(self, x: Mention) -> bool:
        """An entity that is not the subject: a place ("leaders in northern Kunduz") or one
        excluded ("and not the Taliban", "rather than Kabul")."""
        before = self.scan.lows[max(0, x.first - 3) : x.first]
        # "in Kunduz", "in northern Kunduz"; not "officials in Moscow the Taliban"
        placed = before[-1:] != [] and (
            before[-1] in _LOCATIVE or (before[-2:-1] != [] and before[-2] in _LOCATIVE)
        )
        if placed and before[-1] not in _LOCATIVE and self.scan.tokens[x.first - 1][:1].isupper():
            placed = False
        return placed or self._excluded(x)

    def _coordinated(self, j: int) -> str | None:
        """The entity joined to mention ``j`` by "and" ("the Taliban and fighters of IS")."""
        if not self.joined:
            return None  # no "and" in the content: nothing is coordinated
        ms, lows, sent = self.mentions, self.scan.lows, self.scan.sentence
        x = ms[j]
        for y in reversed(ms[max(0, j - 3) : j]):
            if y.kind in ("relation", "boundaries") or sent[y.first] != sent[x.first]:
                return None
            if y.kind in ENTITYLIKE:
                between = lows[y.last + 1 : x.first]
                joined = "and" in between and not _EXCLUDING.intersection(between)
                if joined and len(between) <= 6 and y.value != x.value:
                    return y.value
                return None
        return None

    def _right(self, idx: int, relation: str) -> tuple[str | None, float | None, int | None]:
        ms, sent = self.mentions, self.scan.sentence
        m = ms[idx]
        here = sent[m.first]
        lows = self.scan.lows
        number: float | None = None
        prev: Mention | None = None
        place: Mention | None = None  # the last place set aside
        with_partner = self.lexicon.relations[relation].with_partner
        for j in range(idx + 1, len(ms)):
            x = ms[j]
            if sent[x.first] != here or x.kind == "boundaries":
                break
            if _CLAUSE_BREAK.intersection(lows[m.last + 1 : x.first]):
                break  # the object is in the relation's own clause
            before = lows[x.first - 1]
            gerund = before in _GERUND_TAKERS and self.scan.lows[x.first].endswith("ing")
            new_clause = before == "to" or gerund or (prev is not None and prev.last == x.first - 1)
            if x.kind == "relation" and x.value != m.value and new_clause:
                break  # "seek arms to fight the Taliban": a new clause
            if x.kind == "number" and number is None:
                number = _number(x.value)
            elif x.kind in ENTITYLIKE:
                listed = place is not None and set(lows[place.last + 1 : x.first]) <= {"and", "or"}
                located = before in _LOCATIVE and x.first - 1 > m.last
                if (located or listed) and m.value not in _PLACED:
                    prev = place = x
                    continue  # "a ceasefire across eastern Afghanistan", "in Paris and Nice"
                if x.kind == "name":
                    return self._member(j) or x.value, number, j
                partner = self._partner(j) if with_partner else None
                return partner or x.value, number, j
            elif x.kind == "pronoun":
                return PLACEHOLDER.get(x.value), number, j
            elif x.kind == "descriptions":
                return f"<desc:{x.value}>", number, j
            elif x.kind == "universals":
                return "<any>", number, j
            prev = x
        return None, number, None

    def _partner(self, j: int) -> str | None:
        """The entity after "with" when the one at ``j`` only modifies a noun: "sharing IS
        intelligence with Russia" is with Russia."""
        ms, lows, sent = self.mentions, self.scan.lows, self.scan.sentence
        after = lows[ms[j].last + 1 : ms[j].last + 2]
        if not after or not after[0].isalpha() or after[0] in ("and", "or"):
            return None
        for x in ms[j + 1 :]:
            if sent[x.first] != sent[ms[j].first] or x.kind in ("boundaries", "relation"):
                return None
            if x.kind == "entity" and lows[x.first - 1] == "with":
                return x.value
        return None

    def _member(self, j: int) -> str | None:
        """The group a person named at mention ``j`` is described as part of: "Ziya ul-Haq -
        also known as Abu Omar Khorasani - the former leader of ISKP" is ISKP."""
        ms, sent = self.mentions, self.scan.sentence
        for k in range(j + 1, min(len(ms) - 1, j + 4)):
            x = ms[k]
            if sent[x.first] != sent[ms[j].first] or x.first - ms[j].last > 16:
                return None
            if x.kind == "memberships":
                after = ms[k + 1]
                near = after.first - x.last <= 2 and sent[after.first] == sent[x.first]
                return after.value if near and after.kind == "entity" else None
            if x.kind != "name":
                return None
        return None
