"""Questions: a normalised proposition worded as people ask it, its stable id, grouping, search."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from claimtrack.compare.collection import fewer_collections
from claimtrack.compare.lexicon import Lexicon
from claimtrack.compare.scan import scan
from claimtrack.construct import from_values
from claimtrack.models import Certainty, Claim, Polarity, Proposition, Question, Stance


@lru_cache(maxsize=65_536)
def question_id(key: str) -> str:
    """Stable id of a question key: "q_" and 10 hex digits."""
    return "q_" + hashlib.sha1(key.encode()).hexdigest()[:10]


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def word_question(lexicon: Lexicon, relation: str, subject: str, obj: str) -> str:
    """The question as people ask it; one shared string per question, however many claims."""
    key = f"{relation}|{subject}|{obj}"
    text = lexicon.worded.get(key)
    if text is None:
        template = lexicon.relations[relation].question
        text = _capitalise(
            template.format(subject=lexicon.display(subject), object=lexicon.display(obj))
        )
        lexicon.worded[key] = text
    return text


@dataclass(slots=True)
class Framing:
    """A proposition while framing: the fields of ``models.Proposition`` without validation cost."""

    subject: str | None = None
    relation: str | None = None
    object: str | None = None
    polarity: Polarity = Polarity.AFFIRM
    certainty: Certainty = Certainty.ASSERTED
    negation_cue: str | None = None
    contrary: bool = False
    number: float | None = None
    subject_via: str | None = None
    object_via: str | None = None
    question_key: str | None = None
    question: str | None = None
    stance: Stance = Stance.UNCLEAR

    def proposition(self) -> Proposition:
        return Proposition.model_validate(asdict(self))


def orient(
    lexicon: Lexicon,
    subject: str,
    relation_name: str,
    obj: str,
    *,
    polarity: Polarity,
    certainty: Certainty,
    negation_cue: str | None,
    number: float | None,
    claim_denies: bool,
    negated: bool,
    unclear: bool,
) -> Framing:
    """The proposition with entities lifted to their parents, inverse and contrary relations
    folded, symmetric arguments ordered, and its question key, wording and stance."""
    relation = lexicon.relations[relation_name]
    subject_root, object_root = lexicon.root(subject), lexicon.root(obj)
    via_s = subject if subject_root != subject else None
    via_o = obj if object_root != obj else None
    if relation.inverse_of:
        subject_root, object_root, via_s, via_o = object_root, subject_root, via_o, via_s
        relation = lexicon.relations[relation.inverse_of]
    if relation.implies and number is None and not (claim_denies ^ negated) and not unclear:
        relation = lexicon.relations[relation.implies]  # "killed IS fighters": fights IS
    contrary = relation.contrary_of is not None
    asked = lexicon.relations[relation.contrary_of] if relation.contrary_of else relation
    if asked.symmetric and lexicon.order(object_root) < lexicon.order(subject_root):
        subject_root, object_root, via_s, via_o = object_root, subject_root, via_o, via_s
    if subject_root == object_root:
        return Framing(polarity=polarity, certainty=certainty)
    yes = not (claim_denies ^ negated ^ contrary)
    stance = Stance.UNCLEAR if unclear else (Stance.YES if yes else Stance.NO)
    # One question per pair for an antisymmetric relation: "B leads A" answers "Is A ahead of
    # B?" with no. "B does not lead A" says nothing of A leading B (they may be level).
    asked_s, asked_o = subject_root, object_root
    if asked.antisymmetric and lexicon.order(object_root) < lexicon.order(subject_root):
        asked_s, asked_o = object_root, subject_root
        contrary = contrary or stance is Stance.YES  # the converse claim excludes the question's
        stance = Stance.NO if stance is Stance.YES else Stance.UNCLEAR
    key = f"{asked.name}|{asked_s}|{asked_o}"
    return Framing(
        subject=subject_root,
        relation=relation.name,
        object=object_root,
        polarity=polarity,
        certainty=certainty,
        negation_cue=negation_cue,
        number=number,
        subject_via=via_s,
        object_via=via_o,
        contrary=contrary,
        question_key=key,
        question=word_question(lexicon, asked.name, asked_s, asked_o),
        stance=stance,
    )


def group_questions(claims: Iterable[Claim], user_defined: Iterable[str] = ()) -> list[Question]:
    """Questions with their claim counts per stance, most claims first."""
    with fewer_collections():
        return _group_questions(claims, user_defined)


def _group_questions(claims: Iterable[Claim], user_defined: Iterable[str]) -> list[Question]:
    named = set(user_defined)
    first: dict[str, Claim] = {}  # question id -> a claim that frames it automatically
    counts: dict[str, list[int]] = {}  # question id -> [yes, no, unclear]
    slot = {Stance.YES: 0, Stance.NO: 1}
    for claim in claims:
        qid = claim.question_id
        if qid is None or claim.question is None:
            continue
        tally = counts.get(qid)
        if tally is None:
            tally = counts[qid] = [0, 0, 0]
            first[qid] = claim
        elif first[qid].stance_source != "auto" and claim.stance_source == "auto":
            first[qid] = claim
        tally[slot.get(claim.stance, 2) if claim.stance is not None else 2] += 1
    out = []
    for qid, (yes, no, unclear) in counts.items():
        claim = first[qid]
        key = f"{claim.relation}|{claim.subject}|{claim.object}" if claim.relation else qid
        # Every field given in field order, each already of its type (the claim's validated
        # strings, counts, flags): the model validation would make the same object, at a cost
        # per question (``construct`` with every field named, too: its keywords and checks).
        out.append(
            from_values(
                Question,
                (
                    qid,
                    claim.question or "",
                    key,
                    claim.subject,
                    claim.relation,
                    claim.object,
                    yes,
                    no,
                    unclear,
                    yes + no + unclear,
                    yes > 0 and no > 0,
                    qid in named,
                ),
            )
        )
    return sorted(out, key=lambda q: (-q.claims, q.text))


def _expand(text: str, lexicon: Lexicon) -> str:
    """``text`` with every alias it names replaced by the entity's canonical name and display."""
    parts: list[str] = []
    result = scan(text, lexicon, strict=False)
    for m in result.mentions:
        if m.kind == "entity":
            root = lexicon.root(m.value)
            parts += [m.value, root, lexicon.display(root)]
        elif m.kind == "relation":
            parts.append(m.value)
    return " ".join(parts)


def topic_terms(query: str, lexicon: Lexicon) -> tuple[set[str], list[str]]:
    """The canonical entities ("isis" and "daesh" are both IS) and relations a query names."""
    found = scan(query, lexicon, strict=False).mentions
    entities = {lexicon.root(m.value) for m in found if m.kind == "entity"}
    return entities, sorted({m.value for m in found if m.kind == "relation"})


def match_questions(
    query: str, questions: Sequence[Question], lexicon: Lexicon, limit: int = 20
) -> list[tuple[Question, float]]:
    """Questions matching ``query`` by wording and by entity aliases, best first (score 0-100).

    "taliban vs isis" and "is the taliban fighting daesh" both find "Is the Taliban fighting IS?":
    aliases in the query become canonical names, and each question is also matched through its
    entities' names, so a score reflects either wording. A query naming two entities asks about
    both: questions naming only one of them are left out when any names both.
    """
    if not query.strip() or not questions:
        return []
    expanded = _expand(query, lexicon)
    wanted, _ = topic_terms(query, lexicon)
    if len(wanted) >= 2:
        both = [q for q in questions if wanted <= {q.subject, q.object}]
        questions = both or questions
    scored: list[tuple[Question, float]] = []
    texts = [q.text for q in questions]
    by_text = [0.0] * len(texts)
    for _, score, i in process.extract(
        query, texts, scorer=fuzz.token_set_ratio, processor=str.lower, limit=None
    ):
        by_text[i] = float(score)
    for i, q in enumerate(questions):
        score = by_text[i]
        entities = {e for e in (q.subject, q.object) if e}
        if wanted and entities:
            hits = len(wanted & entities)
            if hits == 0:
                score = min(score, 40.0)
            else:
                bonus = fuzz.token_set_ratio(expanded, f"{q.relation} {' '.join(entities)}")
                score = max(score, 60.0 + 20.0 * hits / max(len(wanted), len(entities)))
                score = max(score, min(100.0, float(bonus)))
        # The wording breaks ties between questions on the same entities.
        score = min(100.0, score + 0.05 * by_text[i]) if score < 100.0 else score
        scored.append((q, round(score, 1)))
    scored.sort(key=lambda pair: (-pair[1], -pair[0].claims))
    return [pair for pair in scored[:limit] if pair[1] >= 50.0]
