"""Questions files, user lexicons, topic search and contradiction bookkeeping."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.compare import (
    ContradictionIndex,
    Decisions,
    Lexicon,
    find_contradictions,
    frame_claims,
    group_questions,
    match_questions,
)
from claimtrack.errors import ClaimtrackError
from claimtrack.models import Certainty, Claim, ClaimKind, SpeakerKind, Stance

FIGHTING = "Is the Taliban fighting IS?"


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


def _claim(n: int, text: str, speaker: str | None, src: str = "s1", **fields: object) -> Claim:
    base: dict[str, object] = {
        "id": f"c{n}",
        "source_id": src,
        "kind": ClaimKind.DIRECT,
        "text": text,
        "start": n * 100,
        "end": n * 100 + len(text),
        "speaker": speaker,
        "speaker_kind": SpeakerKind.PERSON,
    }
    return Claim.model_validate(base | fields)


def _framed(
    lexicon: Lexicon, claims: list[Claim], decisions: Decisions | None = None
) -> list[Claim]:
    return frame_claims(claims, lexicon, decisions or Decisions.load(None))


# --- the analyst's questions file ---------------------------------------------------------------

YAML = """
rename:
  {fight}: "Is the Taliban at war with IS?"
merge:
  - into: {fight}
    from: [{truce}]
split:
  - from: {fight}
    name: "Is the Taliban fighting IS in Nangarhar?"
    claims: [c2]
stance:
  c1: unclear
"""

TOML = """
[rename]
{fight} = "Is the Taliban at war with IS?"

[[merge]]
into = "{fight}"
from = ["{truce}"]

[[split]]
from = "{fight}"
name = "Is the Taliban fighting IS in Nangarhar?"
claims = ["c2"]

[stance]
c1 = "unclear"
"""


@pytest.mark.parametrize("suffix, template", [(".yaml", YAML), (".toml", TOML)])
def test_decisions_file(lexicon: Lexicon, tmp_path: Path, suffix: str, template: str) -> None:
    claims = [
        _claim(1, "The Taliban is fighting IS.", "A"),
        _claim(2, "The Taliban is fighting IS in Nangarhar.", "B"),
        _claim(3, "Russia supplies weapons to the Taliban.", "C"),
    ]
    auto = {c.id: c for c in _framed(lexicon, claims)}
    fight = auto["c1"].question_id
    truce = auto["c3"].question_id  # merged in for the sake of the test
    path = tmp_path / f"questions{suffix}"
    path.write_text(template.format(fight=fight, truce=truce))
    decisions = Decisions.load(path)
    out = {c.id: c for c in _framed(lexicon, claims, decisions)}
    assert out["c1"].question == "Is the Taliban at war with IS?"
    assert (out["c1"].stance, out["c1"].stance_source) == (Stance.UNCLEAR, "analyst")
    assert out["c2"].question == "Is the Taliban fighting IS in Nangarhar?"
    assert out["c2"].question_id not in (fight, truce)
    assert (out["c3"].question_id, out["c3"].stance_source) == (fight, "auto")
    assert decisions.fingerprint != Decisions.load(None).fingerprint
    assert fight in decisions.question_ids
    # framing again (a re-ingest) gives the same answer
    again = {c.id: c for c in _framed(lexicon, list(out.values()), decisions)}
    assert again == out


@pytest.mark.parametrize(
    "text",
    ["stance: {c1: maybe}", "rename: [1, 2]\nbogus: 1", "merge:\n  - from: [q_1]", "- a\n- b"],
)
def test_bad_decisions_are_user_errors(tmp_path: Path, text: str) -> None:
    path = tmp_path / "q.yaml"
    path.write_text(text)
    with pytest.raises(ClaimtrackError):
        Decisions.load(path)


def test_missing_decisions_file_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(ClaimtrackError):
        Decisions.load(tmp_path / "nope.yaml")


# --- user lexicons ----------------------------------------------------------------------------


def test_user_lexicons_extend_the_shipped_ones(tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text(
        "entities:\n"
        "  - {name: Acme Corp, aliases: [Acme, ACME]}\n"
        "  - {name: IS, aliases: [Tanzim al-Dawla]}\n"
    )
    relations = tmp_path / "relations.yaml"
    relations.write_text(
        "relations:\n"
        "  acquires:\n"
        '    question: "Is {subject} buying {object}?"\n'
        "    verbs: [acquire, buy, take over]\n"
    )
    shipped = Lexicon.load()
    mine = Lexicon.load(aliases, relations)
    assert mine.fingerprint != shipped.fingerprint
    assert Lexicon.load(aliases, relations).fingerprint == mine.fingerprint
    claims = [
        _claim(1, "Acme is buying Wikileaks.", "A"),
        _claim(2, "The Taliban battles Tanzim al-Dawla.", "B"),
    ]
    out = _framed(mine, claims)
    assert out[0].question == "Is Acme Corp buying Wikileaks?"
    assert out[1].question == FIGHTING
    aliases.write_text("entities:\n  - {name: Acme Corp, aliases: [Acme Inc]}\n")
    assert Lexicon.load(aliases, relations).fingerprint != mine.fingerprint


def test_bad_lexicon_is_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "relations.yaml"
    path.write_text("relations:\n  x:\n    contrary_of: nothing\n")
    with pytest.raises(ClaimtrackError):
        Lexicon.load(relations=path)


# --- grouping and topic search ----------------------------------------------------------------


@pytest.fixture(scope="module")
def framed(lexicon: Lexicon) -> list[Claim]:
    claims = [
        _claim(1, "The Taliban is fighting IS.", "A"),
        _claim(2, "The Taliban is not fighting ISIS-K.", "B"),
        _claim(3, "Russia supplies weapons to the Taliban.", "C"),
        _claim(4, "Trump is leading Clinton in Florida.", "D"),
        _claim(5, "Nothing to frame here.", "E"),
        _claim(6, "Russia held talks with the Taliban.", "F"),
    ]
    return _framed(lexicon, claims)


def test_group_questions(framed: list[Claim]) -> None:
    questions = {q.text: q for q in group_questions(framed)}
    fight = questions[FIGHTING]
    assert (fight.yes, fight.no, fight.claims, fight.contested) == (1, 1, 2, True)
    assert fight.key == "fights|Taliban|IS"
    assert len(questions) == 4


@pytest.mark.parametrize(
    "query, best",
    [
        ("taliban vs isis", FIGHTING),
        ("is the taliban fighting daesh", FIGHTING),
        ("Is the Taliban fighting IS?", FIGHTING),
        ("taliban islamic state", FIGHTING),
        ("russian weapons taliban", "Is Russia supplying weapons to the Taliban?"),
        ("trump clinton polls", "Is Clinton ahead of Trump?"),
        ("is russia arming the taliban", "Is Russia supplying weapons to the Taliban?"),
        ("russia taliban talks", "Does Russia communicate with the Taliban?"),
    ],
)
def test_match_questions(lexicon: Lexicon, framed: list[Claim], query: str, best: str) -> None:
    found = match_questions(query, group_questions(framed), lexicon)
    assert found and found[0][0].text == best


def test_match_questions_finds_nothing_for_an_unrelated_query(
    lexicon: Lexicon, framed: list[Claim]
) -> None:
    assert match_questions("weather in paris", group_questions(framed), lexicon) == []


# --- contradictions ---------------------------------------------------------------------------


def test_change_of_position_is_dated(lexicon: Lexicon) -> None:
    claims = [
        _claim(1, "The Taliban is fighting IS.", "Ann Lee", claim_date="2016-01-05"),
        _claim(2, "The Taliban is not fighting IS.", "Ann Lee", claim_date="2016-06-01"),
    ]
    (found,) = find_contradictions(_framed(lexicon, claims))
    assert found.kind == "change_of_position"
    assert "2016-01-05" in found.explanation and "2016-06-01" in found.explanation


def test_polls_that_put_either_side_ahead_contradict(lexicon: Lexicon) -> None:
    claims = [
        _claim(1, "Clinton leads Sanders by ten points in Kentucky.", "Ann Lee"),
        _claim(2, "Sanders is ahead of Clinton in Kentucky.", "Bob Roe"),
        _claim(3, "Sanders does not lead Clinton.", "Cy Doe"),
    ]
    framed = _framed(lexicon, claims)
    assert {c.question for c in framed} == {"Is Clinton ahead of Sanders?"}
    assert [c.stance.value if c.stance else None for c in framed] == ["yes", "no", "unclear"]
    (found,) = find_contradictions(framed)
    assert {c.speaker for c in found.claims} == {"Ann Lee", "Bob Roe"}


def test_same_speaker_same_day_is_not_a_contradiction(lexicon: Lexicon) -> None:
    claims = [
        _claim(1, "The Taliban is fighting IS.", "Ann Lee", claim_date="2016-01-05"),
        _claim(2, "The Taliban is not fighting IS.", "Ann Lee", claim_date="2016-01-05"),
    ]
    assert find_contradictions(_framed(lexicon, claims)) == []


def test_collective_speakers_differ_across_sources(lexicon: Lexicon) -> None:
    anon = {"speaker_kind": SpeakerKind.ANONYMOUS}
    claims = [
        _claim(1, "The Taliban is fighting IS.", "experts", "s1", **anon),
        _claim(2, "The Taliban is not fighting IS.", "experts", "s2", **anon),
    ]
    (found,) = find_contradictions(_framed(lexicon, claims))
    assert (found.kind, found.cross_source) == ("negation", True)


def test_a_speaker_is_set_against_the_claim_of_the_same_article(lexicon: Lexicon) -> None:
    org = {"speaker_kind": SpeakerKind.ORGANIZATION}
    claims = [
        _claim(
            1,
            "Russia has long had ties with the Taliban and talks to it often.",
            "Russia",
            "s1",
            **org,
        ),
        _claim(2, "Russia has a communication channel with the Taliban.", "Russia", "s2", **org),
        _claim(3, "The Taliban has no contact with Russia.", "Taliban", "s2", **org),
    ]
    (found,) = find_contradictions(_framed(lexicon, claims))
    assert {c.source_id for c in found.claims} == {
        "s2"
    }  # the article sets these two against each other


def test_pairs_are_bounded_and_hedges_rank_lower(lexicon: Lexicon) -> None:
    claims = [_claim(i, "The Taliban is fighting IS.", f"Yes {i}") for i in range(40)]
    claims += [_claim(100 + i, "The Taliban is not fighting IS.", f"No {i}") for i in range(40)]
    claims.append(
        _claim(200, "The Taliban is not fighting IS.", "Unsure", certainty=Certainty.HEDGED)
    )
    found = find_contradictions(_framed(lexicon, claims), per_question=100)
    assert len(found) <= 2 * 6  # each kept speaker meets the other side's firmest: not 40 x 41
    assert all(c.rank == 1.0 for c in found)  # the hedged speaker is not among the firmest
    few = find_contradictions(_framed(lexicon, claims[:1] + claims[-1:]))
    assert few[0].rank < 1.0


def test_numeric_figures_far_apart(lexicon: Lexicon) -> None:
    claims = [
        _claim(1, "IS killed 35 Taliban fighters.", "A", "s1"),
        _claim(2, "IS killed 180 Taliban fighters.", "B", "s2"),
    ]
    (found,) = find_contradictions(_framed(lexicon, claims))
    assert found.kind == "numeric" and "35" in found.explanation and "180" in found.explanation


def test_index_merges_batches(lexicon: Lexicon) -> None:
    claims = _framed(
        lexicon,
        [
            _claim(1, "The Taliban is fighting IS.", "A"),
            _claim(2, "The Taliban is not fighting IS.", "B"),
        ],
    )
    left, right = ContradictionIndex(lexicon), ContradictionIndex(lexicon)
    left.add(claims[:1])
    right.add(claims[1:])
    left.merge(right)
    assert [c.kind for c in left.results()] == [c.kind for c in find_contradictions(claims)]


def _speakers(index: ContradictionIndex) -> set[str]:
    (held,) = index.best.values()
    return {speaker for speaker, _ in held}


def test_index_keeps_the_firmest_speakers_whatever_the_batches(lexicon: Lexicon) -> None:
    confidence = [0.31, 0.9, 0.45, 0.72, 0.5, 0.99, 0.6, 0.35, 0.8, 0.4, 0.95, 0.55]
    claims = _framed(
        lexicon,
        [
            _claim(n, "The Taliban is fighting IS.", f"Speaker {n}", f"s{n}", confidence=c)
            for n, c in enumerate(confidence)
        ],
    )
    firmest = {f"Speaker {n}" for n in sorted(range(12), key=confidence.__getitem__)[-3:]}
    for size in (1, 2, 5, 12):
        index = ContradictionIndex(lexicon, per_side=3)
        for start in range(0, len(claims), size):
            batch = ContradictionIndex(lexicon, per_side=3)
            batch.add(claims[start : start + size])
            index.merge(batch)
        assert _speakers(index) == firmest


def test_index_notices_when_the_weakest_speaker_gets_firmer(lexicon: Lexicon) -> None:
    def claim(n: int, speaker: str, confidence: float) -> Claim:
        text = "The Taliban is fighting IS."
        return _claim(n, text, speaker, f"s{n}", confidence=confidence)

    index = ContradictionIndex(lexicon, per_side=2)
    index.add(_framed(lexicon, [claim(1, "A", 0.5), claim(2, "B", 0.6), claim(3, "C", 0.55)]))
    assert _speakers(index) == {"B", "C"}  # A made way for C
    index.add(_framed(lexicon, [claim(4, "C", 0.9)]))  # C's firmest is now firmer than B's
    index.add(_framed(lexicon, [claim(5, "D", 0.58)]))  # so D is weaker than both
    assert _speakers(index) == {"B", "C"}
    index.add(_framed(lexicon, [claim(6, "E", 0.65)]))  # and E stronger than B
    assert _speakers(index) == {"C", "E"}


def test_bare_yes_and_no_in_a_yaml_questions_file_are_stances(tmp_path: Path) -> None:
    path = tmp_path / "claimtrack.questions.yaml"
    path.write_text("stance:\n  c_1: no\n  c_2: yes\n  c_3: unclear\n", encoding="utf-8")
    decisions = Decisions.load(path)
    assert decisions.stance == {"c_1": Stance.NO, "c_2": Stance.YES, "c_3": Stance.UNCLEAR}


def test_grouped_questions_are_the_constructed_models() -> None:
    """``group_questions`` builds each Question from its values in field order: the same model
    (fields, order, fields set) as ``construct`` with every field named."""
    from claimtrack.compare import Decisions, Lexicon, frame_claims, group_questions
    from claimtrack.construct import construct
    from claimtrack.models import Certainty, Claim, ClaimKind, Polarity, Question, SpeakerKind

    claims = [
        Claim(
            id=f"c{i}",
            source_id=f"s{i % 3}",
            kind=ClaimKind.DIRECT,
            text=text,
            start=i * 100,
            end=i * 100 + len(text),
            speaker=speaker,
            speaker_kind=SpeakerKind.PERSON,
            certainty=Certainty.ASSERTED,
            polarity=Polarity.AFFIRM,
        )
        for i, (text, speaker) in enumerate(
            [
                ("The Taliban are fighting IS in Nangarhar", "Ann Smith"),
                ("The Taliban are not fighting IS", "Bob Jones"),
                ("Russia is arming the Taliban", "Ann Smith"),
            ]
        )
    ]
    framed = frame_claims(claims, Lexicon.load(), Decisions.load(None))
    questions = group_questions(framed)
    assert questions
    for q in questions:
        expected = construct(Question, **q.model_dump())
        assert q.__dict__ == expected.__dict__
        assert list(q.__dict__) == list(Question.model_fields)
        assert q.model_fields_set == expected.model_fields_set


def test_contradictions_are_the_constructed_models() -> None:
    """Contradictions are built from their values in field order: the same models (fields,
    order, fields set) as ``construct`` with every field named."""
    from claimtrack.compare import Decisions, Lexicon, find_contradictions, frame_claims
    from claimtrack.construct import construct
    from claimtrack.models import Claim, ClaimKind, Contradiction, SpeakerKind

    texts = [
        ("The Taliban are fighting IS in Nangarhar", "Ann Smith"),
        ("The Taliban are not fighting IS", "Bob Jones"),
    ]
    claims = [
        Claim(
            id=f"c{i}",
            source_id=f"s{i}",
            kind=ClaimKind.DIRECT,
            text=text,
            start=0,
            end=len(text),
            speaker=speaker,
            speaker_kind=SpeakerKind.PERSON,
        )
        for i, (text, speaker) in enumerate(texts)
    ]
    lexicon = Lexicon.load()
    found = find_contradictions(frame_claims(claims, lexicon, Decisions.load(None)), lexicon)
    assert found
    for c in found:
        expected = construct(Contradiction, **dict(c.__dict__))
        assert c.__dict__ == expected.__dict__
        assert list(c.__dict__) == list(Contradiction.model_fields)
        assert c.model_fields_set == expected.model_fields_set
