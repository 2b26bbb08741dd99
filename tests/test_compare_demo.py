"""The demo corpus's known conflicts, found by general rules from claims as extracted."""

from __future__ import annotations

import pytest

from claimtrack.compare import Decisions, Lexicon, find_contradictions, frame_claims
from claimtrack.models import Certainty, Claim, ClaimKind, Contradiction, Polarity, SpeakerKind

PERSON, ORG, GROUP = SpeakerKind.PERSON, SpeakerKind.ORGANIZATION, SpeakerKind.GROUP
INDIRECT = ClaimKind.INDIRECT


def _claim(src: str, speaker: str, text: str, **fields: object) -> Claim:
    """A claim as extraction and speaker resolution would hand it over (direct, person, firm)."""
    base: dict[str, object] = {
        "kind": ClaimKind.DIRECT,
        "speaker_kind": PERSON,
        "polarity": Polarity.AFFIRM,
        "certainty": Certainty.ASSERTED,
    }
    return Claim.model_validate(
        {"id": "", "source_id": src, "text": text, "start": 0, "end": len(text), "speaker": speaker}
        | base
        | fields
    )


ROWS = [
    _claim(
        "voa",
        "Assadullah Omarkhail",
        "They [Taliban] are now opposing the Islamic State group and are attempting to "
        "convince Russia into extending a helping hand to them",
        claim_date="2017-03-23",
    ),
    _claim(
        "voa",
        "Russian officials",
        "Moscow is not supplying Taliban militants with arms and training, though, asserting "
        "their contacts with the Taliban are aimed at diplomatically facilitating the peace "
        "process in Afghanistan",
        speaker_kind=SpeakerKind.ANONYMOUS,
        speaker_affiliation="Russia",
        kind=INDIRECT,
        polarity=Polarity.DENY,  # extraction saw the "not" too: it must not count twice
        cue="say",
    ),
    _claim(
        "voa",
        "Joseph Votel",
        "I believe what Russia is attempting to do is they are attempting to be an "
        "influential party in this part of the world",
        claim_date="2017-03-22",
    ),
    _claim(
        "voa",
        "Joseph Votel",
        "I think it is fair to assume they may be providing some sort of support to [the "
        "Taliban], in terms of weapons or other things that may be there",
        certainty=Certainty.HEDGED,
        claim_date="2017-03-22",
    ),
    _claim(
        "voa",
        "Wahid Muzhda",
        "Moscow has provided the Taliban with a well-equipped mobile clinic, along with a "
        "large supply of medicine to treat injured Taliban fighters",
        kind=INDIRECT,
    ),
    _claim(
        "voa",
        "Wahid Muzhda",
        "Taliban have been fighting IS in Afghanistan and that has brought the group closer "
        "to Russia",
    ),
    _claim(
        "voa",
        "Kabul and the U.S.",
        "Taliban are fighting IS in Afghanistan",
        speaker_kind=ORG,
        kind=INDIRECT,
        polarity=Polarity.DENY,
    ),
    _claim(
        "voa",
        "Mohammad Hanif Atmar",
        "This idea that Taliban and Daesh [IS] are opposed to each other is wrong",
        speaker_affiliation="Afghanistan",
    ),
    _claim(
        "voa",
        "Bill Salvin",
        "The Taliban is not fighting ISIS-K. It is the Afghan security forces that are "
        "taking the fight to ISIS-K",
        speaker_affiliation="Resolute Support",
        polarity=Polarity.DENY,
        cue="told VOA",
    ),
    _claim(
        "iane",
        "Taliban",
        "any negotiations or exchange of information with Russia to fight the spread of the "
        "Islamic State terror group in Afghanistan",
        speaker_kind=GROUP,
        kind=INDIRECT,
        polarity=Polarity.DENY,
        claim_date="2015-12",
    ),
    _claim(
        "iane",
        "Taliban",
        "We are having talks, but not about fighting the IS. We want foreign forces out of "
        "our country, that is what we are talking about at the moment",
        speaker_kind=GROUP,
    ),
    _claim(
        "iane",
        "Zamir Kabulov",
        "I have already said earlier that we and the Taliban have channels for exchanging "
        "information",
        speaker_affiliation="Russia",
    ),
    _claim(
        "dawn",
        "US State Department",
        "it’s aware of reports that the Taliban and fighters of the militant Islamic State "
        "(IS) group are forging an alliance in Afghanistan",
        speaker_kind=ORG,
        kind=INDIRECT,
        certainty=Certainty.REPORTED,
    ),
    _claim(
        "dawn",
        "The Wall Street Journal",
        "Taliban and IS had forged a “patchwork” ceasefire understanding across eastern "
        "Afghanistan",
        speaker_kind=SpeakerKind.MEDIA,
        kind=INDIRECT,
    ),
    _claim(
        "dawn",
        "Mohammad Zaman Waziri",
        "the two militant groups might have formed an informal alliance",
        speaker_affiliation="Afghanistan",
        kind=INDIRECT,
        certainty=Certainty.HEDGED,
    ),
    _claim(
        "dawn",
        "Mohammad Zaman Waziri",
        "They fought deadly battles with the Taliban before. But over the past two months, "
        "there has been no fighting among them",
        speaker_affiliation="Afghanistan",
    ),
    _claim(
        "app",
        "ISKP",
        "to have killed up to 35 Taliban fighters in Jalalabad",
        speaker_kind=GROUP,
        kind=INDIRECT,
    ),
    _claim(
        "app", "Taliban", "that tally", speaker_kind=GROUP, kind=INDIRECT, polarity=Polarity.DENY
    ),
    _claim(
        "app",
        "Zabihullah Mujahid",
        "the Taliban is actively “hunting down those who are sowing chaos” in the country",
        speaker_affiliation="Taliban",
        kind=INDIRECT,
    ),
]


def _claims() -> list[Claim]:
    """The rows in document order, with ids and spans as extraction would give them."""
    return [
        c.model_copy(update={"id": f"c{n:02d}", "start": n * 1000, "end": n * 1000 + len(c.text)})
        for n, c in enumerate(ROWS)
    ]


@pytest.fixture(scope="module")
def framed() -> list[Claim]:
    return frame_claims(_claims(), Lexicon.load(), Decisions.load(None))


@pytest.fixture(scope="module")
def conflicts(framed: list[Claim]) -> list[Contradiction]:
    return find_contradictions(framed)


FIGHTING = "Is the Taliban fighting IS?"


@pytest.mark.parametrize(
    "speaker, text_start, question, stance",
    [
        ("Assadullah Omarkhail", "They [Taliban]", FIGHTING, "yes"),
        ("Wahid Muzhda", "Taliban have been", FIGHTING, "yes"),
        ("Zabihullah Mujahid", "the Taliban is actively", FIGHTING, "yes"),
        ("Bill Salvin", "The Taliban is not", FIGHTING, "no"),
        ("Mohammad Hanif Atmar", "This idea", FIGHTING, "no"),
        ("Kabul and the U.S.", "Taliban are fighting", FIGHTING, "no"),
        ("Mohammad Zaman Waziri", "the two militant", FIGHTING, "no"),
        ("Mohammad Zaman Waziri", "They fought", FIGHTING, "no"),
        ("The Wall Street Journal", "Taliban and IS", FIGHTING, "no"),
        ("US State Department", "it’s aware", FIGHTING, "unclear"),
        ("Russian officials", "Moscow is not", "Is Russia supplying weapons to the Taliban?", "no"),
        ("Joseph Votel", "I think", "Is Russia supplying weapons to the Taliban?", "yes"),
        # what is supplied decides the question: a clinic and medicine are not weapons
        (
            "Wahid Muzhda",
            "Moscow has provided",
            "Is Russia providing humanitarian aid to the Taliban?",
            "yes",
        ),
        ("Taliban", "any negotiations", "Does Russia communicate with the Taliban?", "no"),
        ("Zamir Kabulov", "I have already", "Does Russia communicate with the Taliban?", "yes"),
        ("ISKP", "to have killed", "Did IS kill members of the Taliban?", "yes"),
        ("Taliban", "that tally", "Did IS kill members of the Taliban?", "no"),
        ("Taliban", "We are having talks", None, None),
    ],
)
def test_demo_claims_frame_to_their_question(
    framed: list[Claim], speaker: str, text_start: str, question: str | None, stance: str | None
) -> None:
    claim = next(c for c in framed if c.speaker == speaker and c.text.startswith(text_start))
    assert (claim.question, claim.stance) == (question, stance)


def _pairs(conflicts: list[Contradiction], question: str) -> set[tuple[str, str, str]]:
    return {
        (c.claims[0].speaker or "", c.claims[1].speaker or "", c.kind)
        for c in conflicts
        if c.question == question
    }


def test_kabulov_against_the_taliban(conflicts: list[Contradiction]) -> None:
    pairs = _pairs(conflicts, "Does Russia communicate with the Taliban?")
    assert ("Zamir Kabulov", "Taliban", "denial") in pairs


def test_votel_hedged_against_russian_officials(conflicts: list[Contradiction]) -> None:
    found = [
        c
        for c in conflicts
        if c.question == "Is Russia supplying weapons to the Taliban?"
        and {c.claims[0].speaker, c.claims[1].speaker} == {"Joseph Votel", "Russian officials"}
    ]
    assert len(found) == 1
    firm = [c for c in conflicts if c.rank == 1.0]  # firm against firm
    assert firm and firm[0].rank > found[0].rank  # the hedged side ranks below a firm one
    # a mobile clinic answers another question: never set against "not supplying arms"
    supplied = [c for c in conflicts if "Russian officials" in {x.speaker for x in c.claims}]
    assert not [c for c in supplied if "Wahid Muzhda" in {x.speaker for x in c.claims}]


def test_iskp_tally_is_numeric(conflicts: list[Contradiction]) -> None:
    (found,) = [c for c in conflicts if c.question == "Did IS kill members of the Taliban?"]
    assert found.kind == "numeric"
    assert "35" in found.explanation and "none" in found.explanation


def test_taliban_fighting_is_sides(conflicts: list[Contradiction]) -> None:
    pairs = _pairs(conflicts, FIGHTING)
    yes = {a for a, _, _ in pairs}
    no = {b for _, b, _ in pairs}
    assert {"Assadullah Omarkhail", "Wahid Muzhda", "Zabihullah Mujahid"} <= yes
    assert {"Bill Salvin", "Mohammad Hanif Atmar", "Mohammad Zaman Waziri"} <= no
    kinds = {k for _, b, k in pairs if b == "The Wall Street Journal"}
    assert kinds == {"contrary"}
    assert len(pairs) <= 3 + 6  # each speaker meets the other side's firmest: never all pairs
