"""Claim content to proposition: subject-relation-object, negation, hedging, stance.

The rules, in the order they apply to one claim:

1. One scan of the content finds entities, relation words, cue words, pronouns, numbers and names.
2. Pronouns resolve: a bracketed insertion names them (``They [Taliban]``); "we"/"our" is the
   speaker's side (the speaker, or their affiliation: a Russian official's "we" is Russia); "I" is
   the speaker; "they"/"he"/"she" in reported speech is the speaker's side, in a quote the
   article's most-named entity among those named lately (earlier claims included); "the two",
   "both", "they ... each other" are the pair named last for the same question ("if they are
   working together": the pair last said to fight or ally); "anyone" is the entity in view;
   a description ("those who ...", "infidels") is the last entity of its kind. A surname or first
   name is the full name named last in the article, or the one speaker of the article it fits
   ("Clinton" is Hillary Clinton; not when Bill Clinton speaks too); a speaker's description
   gives its name only when it ends in one ("former neurosurgeon Ben Carson", not "Benghazi mom
   speechwriter"); a place or party that only describes people ("Kentucky supporters", "the
   Ohio governor", "the Republican nomination") is no argument, and a place is nobody's side.
3. Each relation word is a candidate. What follows it may decide which relation it is ("provided
   a clinic" is aid, "provided arms" weapons; "wanted missiles" seeks support, "wanted to win"
   is nothing). Its subject is the nearest entity before it in its clause (skipping places, "in
   northern Kunduz", and exclusions: "A, and not B, are fighting C" is first a denial of B), its
   object the nearest after it in the same clause ("IS-linked fighters" are IS; "X, the former
   leader of ISKP" is ISKP); "by" after the relation word makes it passive. The speaker's side
   is the unstated subject of its own denial ("denied any negotiations with Russia") and of
   content that opens with the relation or an infinitive ("[acknowledged] ties with the Taliban",
   "[claimed] to have a channel"); some relations take an unstated object from the sentence
   ("told officials in Moscow the Taliban wanted missiles"). Who the arguments are may change the
   relation (politicians who "attack" each other criticise, armies that "defeat" each other
   fight); some relations take no place as an argument ("ahead of the Iowa caucuses"). A cue
   that is itself such an act ("criticized", "endorsed") is the speaker's claim about what the
   content opens with when the content says nothing complete. A relation that is only a topic
   ("not about fighting IS"), a purpose ("support to fight IS"), an adjective ("the armed
   occupants") or in the past ("until several months ago") is no candidate.
4. Negation in scope (three tokens before the relation word, a rejection such as "reject notions
   that" earlier in the sentence, a falsity predicate such as "is wrong" after it) flips polarity;
   hedges and "reports" set certainty; "if", "whether", "no confirmation" make the stance unclear.
5. ``propose`` chooses the first complete candidate on a question the same speaker already
   answered in the article, else the first complete one, or the first after the last contrast
   ("but", "however") on the same question; content that only points back ("has denied that
   tally") takes the previous claim's proposition. A claim whose cue asks rather than says
   ("called for", "urged") answers nothing. Relaying reports leaves the stance unclear; an
   outlet's own report ("reportedly", says the newspaper) is an answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimtrack.compare.arguments import ENTITYLIKE as _ENTITYLIKE
from claimtrack.compare.arguments import Arguments
from claimtrack.compare.discourse import Discourse, person_name, speaker_side
from claimtrack.compare.lexicon import Lexicon
from claimtrack.compare.scan import Mention, Scan, ends_sentence, scan
from claimtrack.models import Certainty, Claim, ClaimKind, Polarity, SpeakerKind

# Nouns for people of a place or person that make the name only describe them ("Kentucky
# supporters", "Trump aides"): the people are not the place or the person.
_HEADS = frozenset(
    """supporters voters delegates lawmakers legislators officials residents allies backers aides
    staffers donors fans loyalists surrogates candidates candidate nominee nominees contender
    contenders front-runner frontrunner presidential leaders members senators
    governors politicians establishment strategists operatives justices judges""".split()  # noqa: SIM905
)
# What a party's name may only describe: "the Republican nomination", "the Democratic primary".
_CONTESTS = frozenset(
    "nomination nominations primary primaries caucus caucuses race ticket debate field".split()  # noqa: SIM905
)
_OPENING = frozenset({".", "!", "?", '"', "“", "‘", "(", ":", ";"})
_NEG_WINDOW = 3
_AGENT_WINDOW = 4  # tokens from a passive "by" to its agent: "by the former Florida governor"
_VARIANT_WINDOW = 16  # tokens after a trigger in which what is supplied or wanted is named
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "his", "her", "who"})
_ROLES = frozenset(
    """president governor senator sen gov minister leader spokesman spokeswoman spokesperson
    secretary chairman chairwoman ambassador general gen commander mayor judge candidate nominee
    rep congressman congresswoman lawmaker attorney prosecutor chief premier king queen prince
    former vice deputy foreign prime defense defence interior first lady envoy lt col capt dr mr
    mrs ms""".split()  # noqa: SIM905
)
# Unresolved pronouns: "they" may be filled from earlier claims; "he", "she", "I", "we" not.
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "got", "gets"})
_OPENERS = frozenset({"to", "any", "the", "its", "their", "his", "her", "all", "no", "a", "an"})
_COLLECTIVE = frozenset({SpeakerKind.ORGANIZATION, SpeakerKind.GROUP, SpeakerKind.MEDIA})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "these", "those"})
_POSSESSIVES = frozenset({"their", "his", "its", "my", "your"})
# What may follow a name that only describes someone (see ``_modifier``, ``_describes``).
_DESCRIBING = _ROLES | _HEADS | _CONTESTS | {"'s"}
_NEGATING = frozenset({"negations", "rejections", "falsity"})
_QUALIFYING = frozenset({"hedges", "reported", "unclear"})


@dataclass(slots=True)
class Candidate:
    relation: str
    at: int
    subject: str | None
    object: str | None
    number: float | None
    negated: bool
    negation_cue: str | None


class Framer(Arguments):
    def __init__(self, text: str, claim: Claim | None, lexicon: Lexicon, memory: Discourse):
        self.lexicon = lexicon
        self.memory = memory
        self.claim = claim
        self.scan: Scan = scan(text, lexicon)
        self.joined = "and" in self.scan.lows
        self.side = self._side(claim)
        self.reported_speech = claim is not None and claim.kind is not ClaimKind.DIRECT
        self.mentions = self._resolve(self.scan.mentions)
        self.kinds = {m.kind for m in self.mentions}  # to skip searches for what is absent

    def _side(self, claim: Claim | None) -> str | None:
        if claim is None:
            return None
        side = speaker_side(claim, self.lexicon)
        if side is not None and side not in self.lexicon.entities:
            side = self.memory.full(side)  # "Hillary Clinton", and so "Clinton" later
        return side

    def _resolve(self, mentions: list[Mention]) -> list[Mention]:
        """Pronouns and names to entities where the rules allow; brackets replace their pronoun."""
        out: list[Mention] = []
        tokens, lows = self.scan.tokens, self.scan.lows
        n = len(tokens)
        for k, m in enumerate(mentions):
            # Both tests below look at the token after the mention: a role, a head noun, "'s",
            # or a capitalised word (a name's first) may make it describe; nothing else does.
            if (
                m.kind in _ENTITYLIKE
                and m.last + 1 < n
                and (lows[m.last + 1] in _DESCRIBING or tokens[m.last + 1][:1].isupper())
            ):
                if m.kind == "entity" and self._modifier(m, mentions[k + 1 : k + 2], lows):
                    continue  # "Russian President Vladimir Putin", "the Florida governor"
                if self._describes(m, tokens, lows):
                    continue  # "Kentucky supporters", "Trump aides": people, not the place
            if m.kind == "name":
                full = self.memory.full(m.value)
                if full == m.value and " " not in full and self._loose(m, tokens, lows):
                    continue  # "the Second Amendment", "Vietnam War": part of another name
                if full != m.value:
                    m = Mention("name", full, m.first, m.last)
            if m.kind == "pronoun":
                if m.last + 1 < len(tokens) and tokens[m.last + 1] == "[":
                    continue  # "They [Taliban]": the bracket names them
                if lows[m.first] == "his":
                    continue  # "won his party's nomination": whose, not who
                value = self._pronoun(m.value)
                if value is None:
                    out.append(m)
                    continue
                m = Mention("entity", value, m.first, m.last)
            if m.kind in _ENTITYLIKE and out and out[-1].kind in _ENTITYLIKE:
                prev = out[-1]
                if prev.value == m.value or tokens[m.first - 1 : m.first] == ["["]:
                    continue  # "Daesh [IS]" is one mention
            out.append(m)
        return out

    @staticmethod
    def _modifier(m: Mention, following: list[Mention], lows: list[str]) -> bool:
        """Whether entity ``m`` only describes a person named or titled right after it."""
        head = lows[m.last + 1] if m.last + 1 < len(lows) else ""
        if head in _ROLES:
            return True
        if following and following[0].kind == "name" and following[0].first - m.last <= 3:
            return all(t in _ROLES for t in lows[m.last + 1 : following[0].first])
        return False

    def _describes(self, m: Mention, tokens: list[str], lows: list[str]) -> bool:
        """Whether a name, place or party only describes the people named after it ("Kentucky
        supporters"), or a place the longer name it opens ("the North Carolina Department of
        Public Safety"); any entity does as a possessive ("Russia's allies")."""
        head = lows[m.last + 1 : m.last + 3]
        if head[:1] == ["'s"]:
            return head[1:] != [] and head[1] in _HEADS
        if head[:1] == []:
            return False
        entity = self.lexicon.entities.get(m.value)
        kind = entity.kind if entity is not None else "name"
        if kind == "place" and tokens[m.last + 1][:1].isupper():
            return True
        if kind == "party" and head[0] in _CONTESTS:
            return True
        return head[0] in _HEADS and kind in ("name", "place", "party")

    @staticmethod
    def _loose(m: Mention, tokens: list[str], lows: list[str]) -> bool:
        """Whether one capitalised word that names no one known in the article is likely no
        name: glued to a capitalised word before it that is no title and does not open the
        sentence ("the Second Amendment", not "Instead Sanders"), or to a capitalised word or
        number after it ("South Florida"), or opening a sentence inside the claim, where every
        word is capitalised."""
        after = tokens[m.last + 1 : m.last + 2]
        if after and (after[0][:1].isupper() or after[0][:1].isdigit()):
            return True  # "South Florida", "Number 10 Downing Street": a longer name
        if m.first == 0:
            return False
        before = tokens[m.first - 1]
        if before in _OPENING and (before != "." or ends_sentence(tokens, lows, m.first - 1)):
            return True  # not "Mrs. Clinton"
        opens = m.first == 1 or tokens[m.first - 2] in _OPENING
        return before[:1].isupper() and not opens and lows[m.first - 1] not in _ROLES

    def _pronoun(self, person: str) -> str | None:
        if person == "we":
            return self.side
        if person == "i":
            speaker = self.claim.speaker if self.claim is not None else None
            named = speaker and speaker[:1].isupper() and speaker.lower() not in _PRONOUNS
            name = person_name(speaker, self.lexicon) if named else None
            return self.memory.full(name) if name else None
        speaker = self.claim.speaker if self.claim is not None else None
        collective = self.claim is not None and self.claim.speaker_kind in _COLLECTIVE
        if self.reported_speech and person == "they" and (self.side != speaker or collective):
            return self.side  # "Russian officials say they are not ...": their side
        if self.reported_speech and person in ("he", "she"):
            return self._pronoun("i")  # "Trump said he would win": the speaker
        return None  # "they" in a quote: resolved by recency once the other argument is known

    def candidates(self) -> list[Candidate]:
        ms = self.mentions
        sent = self.scan.sentence
        lows = self.scan.lows
        kinds = self.kinds
        found: list[Candidate] = []
        if "relation" not in kinds:
            act = self._act()
            return [act] if act is not None else found
        for idx, m in enumerate(ms):
            if m.kind != "relation":
                continue
            prev = lows[m.first - 1] if m.first > 0 else ""
            if (
                "topics" in kinds
                and any(x.kind == "topics" and m.first - x.last <= 2 for x in ms[:idx])
            ) or (prev == "to" and m.first > 1):
                continue  # a topic ("not about fighting IS") or a purpose ("to fight IS")
            if "past" in kinds and any(
                x.kind == "past" and sent[x.first] == sent[m.first] for x in ms
            ):
                continue  # "until several months ago, IS fought the Taliban": not the present
            if prev in _DETERMINERS and lows[m.last].endswith("ed"):
                continue  # "the armed occupants": an adjective, not a verb
            if prev in _POSSESSIVES and m.first == m.last:
                continue  # "their financial targets", "his attacks": a noun, not a verb
            if prev and self.lexicon.directive(prev):
                continue  # "proposed banning Muslims": a wish, not what is so
            name = self._variant(m)
            if name is None:
                continue  # "want" with nothing wanted that is support: no relation
            subject, pair_other, subj_idx, excluded = self._left(idx)
            obj, number, obj_idx = self._right(idx, name)
            between = obj_idx is not None and lows[ms[obj_idx].first - 1] in ("between", "among")
            if subject is None and subj_idx is None and obj_idx is not None and between:
                # "no fighting between the Taliban and IS": both arguments follow the relation
                after = ms[obj_idx + 1] if obj_idx + 1 < len(ms) else None
                if after is not None and after.kind in _ENTITYLIKE:
                    joined = self._coordinated(obj_idx + 1)
                    if joined == obj:
                        subject, obj, subj_idx = obj, after.value, obj_idx
            by = m.last + 1 < len(lows) and lows[m.last + 1] == "by"
            if by and obj_idx is not None and ms[obj_idx].first - m.last > _AGENT_WINDOW:
                obj = None  # "confronted by the awful spectacle of ...": no agent named
            participle = m.first == m.last and lows[m.first].endswith(("ed", "en"))
            aux = self.scan.tokens[m.first - 1] if m.first > 0 else ""  # "is", never "IS"
            if by or (participle and aux in _BE):  # "fighters are equipped with weapons"
                subject, obj = (obj if by else None), subject
            relation = self.lexicon.relations[name]
            reciprocal = "reciprocals" in kinds and any(
                x.kind == "reciprocals" and sent[x.first] == sent[m.first] for x in ms[idx + 1 :]
            )
            plural = subject == "<they>" and obj is None and relation.symmetric
            if subject == "<pair>" or plural or (subject is None and obj is None and reciprocal):
                pair = self.memory.pairs.get(self.lexicon.asked(name), self.memory.pair)
                subject, obj = pair if pair else (None, None)
            if pair_other is not None and (obj is None or reciprocal or relation.symmetric):
                obj = pair_other
            if subject is None and subj_idx is None and self._implicit(idx):
                subject = self.side
            if obj is not None and obj.startswith("<desc"):
                obj = self._fill(obj, subject)  # "they turned to infidels": the narrower first
            subject = self._fill(subject, obj)
            obj = self._fill(obj, subject)
            if obj is None and relation.unstated_object and subj_idx is not None:
                obj = self._unstated(subj_idx, subject)
            if relation.no_places and (self._place(subject) or self._place(obj)):
                continue  # "ahead of the Iowa caucuses": no one is ahead of a place
            name = self._between(name, subject, obj)
            negated, cue = self._negation(idx)
            if excluded is not None and excluded != obj:
                # "Afghan forces - and not Taliban - are battling IS": the point is the denial
                found.append(Candidate(name, m.first, excluded, obj, number, not negated, "not"))
            found.append(Candidate(name, m.first, subject, obj, number, negated, cue))
        act = self._act()
        return [*found, act] if act is not None else found

    def _act(self) -> Candidate | None:
        """The speaker's own act when the cue names a relation and the content opens with its
        object: "Jeb Bush criticized [Marco Rubio for opposing ...]" says Bush criticises Rubio.
        Only when the content says nothing complete of its own (it is then the later choice)."""
        claim = self.claim
        if claim is None or not claim.cue or not self.mentions:
            return None
        name = self.lexicon.act(claim.cue)
        first = self.mentions[0]
        if name is None or first.kind not in _ENTITYLIKE or first.first > 3:
            return None
        person = claim.speaker_kind is SpeakerKind.PERSON
        actor = (self._pronoun("i") if person else None) or self.side  # a person acts as themself
        if actor is None:
            return None
        if first.value == actor or (
            self.lexicon.relations[name].no_places and self._place(first.value)
        ):
            return None
        name = self._between(name, actor, first.value)
        return Candidate(name, first.first, actor, first.value, None, False, None)

    def _variant(self, m: Mention) -> str | None:
        """The relation a trigger stands for: what follows it in its sentence may decide
        ("provided a clinic" is aid); None when the trigger only counts through a variant."""
        relation = self.lexicon.relations[m.value]
        if relation.variants:
            sent, lows = self.scan.sentence, self.scan.lows
            for k in range(m.last + 1, min(len(lows), m.last + 1 + _VARIANT_WINDOW)):
                if sent[k] != sent[m.first]:
                    break
                chosen = relation.variants.get(lows[k])
                if chosen is not None:
                    return chosen
        return None if relation.only_variants else relation.name

    def _between(self, name: str, subject: str | None, obj: str | None) -> str:
        """The relation a claim is of given who its arguments are: politicians who "attack"
        each other criticise, armies that "defeat" each other fight."""
        relation = self.lexicon.relations[name]
        if subject is None or obj is None:
            return name
        if relation.between_people and self._person(subject) and self._person(obj):
            return relation.between_people
        if relation.between_groups and not (self._person(subject) or self._person(obj)):
            return relation.between_groups
        return name

    def _place(self, value: str | None) -> bool:
        entity = self.lexicon.entities.get(value) if value is not None else None
        return entity is not None and entity.kind == "place"

    def _person(self, value: str) -> bool:
        """Whether an argument is a person or party: a name the lexicon does not know is."""
        entity = self.lexicon.entities.get(value)
        return entity is None or entity.kind in ("person", "party")

    def _implicit(self, idx: int) -> bool:
        """Whether the speaker is the unstated subject: of its own denial ("denied any
        negotiations with Russia") or of a claim about itself ("claimed to have killed 35").
        Only for the first relation of the content, with nothing named before it."""
        lows = self.scan.lows
        denies = self.claim is not None and self.claim.polarity is Polarity.DENY
        first = self.mentions[idx].first
        # "to have killed 35" (claimed to ...), "ties with the Taliban" (acknowledged ...)
        gerund = lows[first].endswith("ing")  # "partnering with Russia": anyone's activity
        opens = not gerund and (first == 0 or (first == 1 and lows[0] in _OPENERS))
        opens = opens or lows[:1] == ["to"]  # "[claims] to have a channel with the Taliban"
        if self.claim is None or not (denies or opens):
            return False
        for x in self.mentions[:idx]:
            if x.kind in ("relation", "boundaries", "entity", "name"):
                return False
        return self.scan.sentence[self.mentions[idx].first] == 0

    def _fill(self, value: str | None, other: str | None) -> str | None:
        if value == "<they>":  # a group, country or organisation, not a person
            return self.memory.salient(exclude=other, known=self.lexicon)
        if value == "<any>":  # "anyone's support": every entity, so the one in view
            return self.memory.recent(exclude=other, known=self.lexicon)
        if value is not None and value.startswith("<desc:"):  # "those who ...": a group
            return self.memory.recent(exclude=other, known=self.lexicon, kind=value[6:-1])
        return None if value == "<pair>" else value

    def _negation(self, idx: int) -> tuple[bool, str | None]:
        if self.kinds.isdisjoint(_NEGATING):
            return False, None
        ms, sent = self.mentions, self.scan.sentence
        m = ms[idx]
        here = sent[m.first]
        flips = 0
        cue: str | None = None
        for x in ms[:idx]:
            if sent[x.first] != here:
                continue
            near = m.first - x.last <= _NEG_WINDOW
            if (x.kind == "negations" and near) or x.kind == "rejections":
                flips += 1
                cue = cue or x.value
        for x in ms[idx + 1 :]:
            if sent[x.first] != here:
                break
            if x.kind == "falsity":
                flips += 1
                cue = cue or x.value
        return flips % 2 == 1, cue

    def negated_after(self, at: int) -> bool:
        """Whether the content's negations all come after token ``at``, so deny something else."""
        if "negations" not in self.kinds:
            return False
        return all(x.first > at for x in self.mentions if x.kind == "negations")

    def certainty(self, at: int) -> tuple[Certainty, bool]:
        """Certainty found in the content before token ``at`` and whether the stance is unclear."""
        certainty, unclear = Certainty.ASSERTED, False
        if self.kinds.isdisjoint(_QUALIFYING):
            return certainty, unclear
        for x in self.mentions:
            if x.first > at:
                break
            if x.kind == "hedges" and certainty is Certainty.ASSERTED:
                certainty = Certainty.HEDGED
            elif x.kind == "reported":
                certainty = Certainty.REPORTED
            elif x.kind == "unclear":
                unclear = True
        return certainty, unclear

    def remember(self, chosen: Candidate | None) -> None:
        memory = self.memory
        entities, counts, joined = memory.entities, memory.counts, self.joined
        if self.side is not None:
            entities.append(self.side)  # who speaks is part of the discourse too
        for j, x in enumerate(self.mentions):
            if x.kind in _ENTITYLIKE:
                value = x.value
                entities.append(value)
                counts[value] = counts.get(value, 0) + 1
                other = self._coordinated(j) if j > 0 and joined else None
                if other is not None:
                    memory.pair = (other, value)
        if chosen is not None and chosen.subject and chosen.object:
            self.memory.entities.extend([chosen.object, chosen.subject])
            if chosen.relation and self.lexicon.relations[chosen.relation].symmetric:
                self.memory.pair = (chosen.subject, chosen.object)
                # "if they are working together": the pair last said to fight or ally
                self.memory.pairs[self.lexicon.asked(chosen.relation)] = self.memory.pair
        del self.memory.entities[:-24]

    def only_points_back(self) -> bool:
        words = [t for t in self.scan.lows if t[0].isalnum()]
        return len(words) <= 4 and any(x.kind == "anaphora" for x in self.mentions)
