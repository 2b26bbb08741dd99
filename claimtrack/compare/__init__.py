"""Comparison: propositions, questions, stances and contradictions.

Public API (the rest of the package is private to it):

- ``Lexicon.load(aliases=None, relations=None)``: shipped alias and relation lexicons merged
  with the user's files; ``Lexicon.fingerprint`` changes when either changes.
- ``Decisions.load(path)``: the analyst's questions file (names, merges, splits, stance overrides);
  ``Decisions.fingerprint``. The file format is documented in ``claimtrack.compare.decisions``.
- ``frame_claims(claims, lexicon, decisions) -> list[Claim]``: fills subject, relation, object,
  question_id, question, stance, stance_source on each claim (pure).
- ``find_contradictions(claims) -> list[Contradiction]``: claims of one or more questions in, typed
  and explained contradictions out, a bounded number per question (never all pairs).
- ``match_questions(query, questions, lexicon) -> list[tuple[Question, float]]``: fuzzy topic search
  over question text and entity aliases, best first.
- ``compare_statements(a, b, lexicon) -> Comparison``.
- ``topic_terms(query, lexicon) -> (entities, relations)``: what a topic names, for the store's
  indexed search before ``match_questions`` ranks.

Also public, for the store and benchmarks: ``group_questions(claims)`` (questions with counts per
stance), ``ContradictionIndex`` (``find_contradictions`` over batches that do not fit in memory),
``question_id(key)``.
"""

from claimtrack.compare.claims import frame_claims
from claimtrack.compare.contradictions import ContradictionIndex, find_contradictions
from claimtrack.compare.decisions import Decisions
from claimtrack.compare.lexicon import Lexicon
from claimtrack.compare.questions import (
    group_questions,
    match_questions,
    question_id,
    topic_terms,
)
from claimtrack.compare.statements import compare_statements

__all__ = [
    "ContradictionIndex",
    "Decisions",
    "Lexicon",
    "compare_statements",
    "find_contradictions",
    "frame_claims",
    "group_questions",
    "match_questions",
    "question_id",
    "topic_terms",
]
