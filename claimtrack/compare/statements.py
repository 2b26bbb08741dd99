"""``compare "A" "B"``: do two statements answer the same question, and does B agree with A?"""

from __future__ import annotations

from claimtrack.compare.lexicon import Lexicon
from claimtrack.compare.propose import propose
from claimtrack.models import Certainty, CompareVerdict, Comparison, Proposition, Stance


def _describe(prop: Proposition) -> str:
    if prop.question is None:
        return "no proposition"
    return f"{prop.subject} {prop.relation} {prop.object}"


def compare_statements(a: str, b: str, lexicon: Lexicon) -> Comparison:
    """Frame both statements and say whether B agrees with, disagrees with or observes A."""
    pa, pb = propose(a, None, lexicon), propose(b, None, lexicon)
    if pa.question_key is None or pb.question_key is None:
        missing = "A" if pa.question_key is None else "B"
        return Comparison(
            a=pa,
            b=pb,
            same_question=False,
            verdict=CompareVerdict.UNRELATED,
            reason=f"{missing} frames to no subject-relation-object proposition the lexicon knows.",
        )
    if pa.question_key != pb.question_key:
        return Comparison(
            a=pa,
            b=pb,
            same_question=False,
            verdict=CompareVerdict.UNRELATED,
            reason=f"A asks “{pa.question}” and B asks “{pb.question}”: different questions.",
        )
    base = dict(a=pa, b=pb, same_question=True, question=pa.question)
    if pb.certainty is not Certainty.ASSERTED or pb.stance is Stance.UNCLEAR:
        how = "only relays reports" if pb.certainty is Certainty.REPORTED else "hedges"
        if pb.stance is Stance.UNCLEAR and pb.certainty is Certainty.ASSERTED:
            how = "leaves the answer open"
        return Comparison(
            **base,
            verdict=CompareVerdict.OBSERVING,
            reason=f"B {how} on “{pa.question}” ({_describe(pb)}), so it neither backs nor "
            f"rejects A.",
        )
    if pa.stance is Stance.UNCLEAR:
        return Comparison(
            **base,
            verdict=CompareVerdict.OBSERVING,
            reason=f"A leaves “{pa.question}” open, so B answers {pb.stance} without taking a "
            f"side against A.",
        )
    if pa.stance == pb.stance:
        return Comparison(
            **base,
            verdict=CompareVerdict.AGREE,
            reason=f"Both answer {pa.stance} to “{pa.question}”.",
        )
    how = "the contrary relation" if pa.contrary != pb.contrary else "a negation"
    return Comparison(
        **base,
        verdict=CompareVerdict.DISAGREE,
        reason=f"A answers {pa.stance} and B answers {pb.stance} to “{pa.question}” ({how}).",
    )
