"""Extraction: stance (polarity, certainty), speaker fields and claim dates."""

from __future__ import annotations

import pytest
from extraction_helpers import find_claim, run_extract

from claimtrack.models import Certainty, Polarity, SpeakerKind


@pytest.mark.parametrize(
    "text, content, polarity, polarity_cue",
    [
        (
            "The company denied that it had hidden the losses.",
            "it had hidden the losses",
            Polarity.DENY,
            "denied",
        ),
        (
            "“The Taliban is not fighting ISIS,” the spokesman said.",
            "The Taliban is not fighting ISIS",
            Polarity.DENY,
            "is not",
        ),
        ("The mayor said the roads are open.", "the roads are open", Polarity.AFFIRM, None),
        (
            "“This idea that they are opposed to each other is wrong,” the adviser said.",
            "This idea that they are opposed to each other is wrong",
            Polarity.DENY,
            "is wrong",
        ),
        # a negation inside a subordinate clause does not deny the claim
        (
            "The minister said that the rebels who did not surrender were arrested.",
            "the rebels who did not surrender were arrested",
            Polarity.AFFIRM,
            None,
        ),
    ],
)
def test_polarity(text: str, content: str, polarity: Polarity, polarity_cue: str | None) -> None:
    a = find_claim(run_extract(text), content)
    assert (a.polarity, a.polarity_cue) == (polarity, polarity_cue)


@pytest.mark.parametrize(
    "text, content, certainty, certainty_cue",
    [
        (
            "Analysts said the rebels may have received outside help.",
            "the rebels may have received outside help",
            Certainty.HEDGED,
            "may",
        ),
        (
            "“I think it is fair to assume they are armed,” the general said.",
            "I think it is fair to assume they are armed",
            Certainty.HEDGED,
            "fair to assume",
        ),
        (
            "The ministry said it was aware of reports that the two groups met.",
            "it was aware of reports that the two groups met",
            Certainty.REPORTED,
            "aware of reports",
        ),
        (
            "Fighters reportedly crossed the river, according to Afghan media reports.",
            "Fighters reportedly crossed the river",
            Certainty.REPORTED,
            "reportedly",
        ),
        (
            "The analysts believed that the fighting would spread.",
            "the fighting would spread",
            Certainty.HEDGED,
            "believed",
        ),
        ("The mayor said the roads are open.", "the roads are open", Certainty.ASSERTED, None),
    ],
)
def test_certainty(
    text: str, content: str, certainty: Certainty, certainty_cue: str | None
) -> None:
    a = find_claim(run_extract(text), content)
    assert (a.certainty, a.certainty_cue) == (certainty, certainty_cue)


def test_speaker_fields_come_from_the_mention() -> None:
    a = find_claim(
        run_extract("The Wall Street Journal reported that the deal collapsed."),
        "the deal collapsed",
    )
    assert a.speaker_kind is SpeakerKind.MEDIA
    b = find_claim(
        run_extract("“It is over,” Kunduz Governor Assadullah Omarkhail told VOA."), "It is over"
    )
    assert b.speaker_name == "Assadullah Omarkhail"
    assert b.speaker_kind is SpeakerKind.PERSON


def test_claim_date_resolves_against_published() -> None:
    text = "“It is over,” the governor told VOA on Thursday."
    a = find_claim(run_extract(text, published="2017-03-27"), "It is over")
    assert a.claim_date == "2017-03-23"
    assert a.date_cue is not None and "Thursday" in a.date_cue
