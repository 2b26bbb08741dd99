"""Framing political news: endorsements, attacks, polls, races, hacking, investigations, names.

One behaviour per row, with the sentences that must not make a question next to the ones that must.
"""

from __future__ import annotations

import pytest

from claimtrack.compare import Decisions, Lexicon, frame_claims
from claimtrack.compare.discourse import person_name
from claimtrack.compare.propose import propose
from claimtrack.compare.scan import scan
from claimtrack.models import Claim, ClaimKind, Polarity, SpeakerKind


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


def _claim(text: str, n: int = 1, src: str = "s1", **fields: object) -> Claim:
    base: dict[str, object] = {
        "id": f"c{n}",
        "source_id": src,
        "kind": ClaimKind.DIRECT,
        "text": text,
        "start": n * 100,
        "end": n * 100 + len(text),
    }
    return Claim.model_validate(base | fields)


@pytest.mark.parametrize(
    "text, question, stance",
    [
        # endorsing, voting for, winning someone's support; voting against, opposing
        ("Christie endorsed Trump last week.", "Does Christie support Trump?", "yes"),
        (
            "Trump won the endorsement of Chris Christie.",
            "Does Chris Christie support Trump?",
            "yes",
        ),
        ("Cruz will not vote for Trump.", "Does Cruz support Trump?", "no"),
        ("Ryan voted against Trump.", "Does Ryan support Trump?", "no"),
        ("Obama's opposition to Brexit is no secret.", "Does Obama support Brexit?", "no"),
        ("Weld has defended Mrs. Clinton on the server.", "Does Weld support Clinton?", "yes"),
        # politicians who attack, fight or target each other criticise
        ("Sanders attacked Clinton over her speeches.", "Is Sanders criticising Clinton?", "yes"),
        ("Warren lashed out at Trump.", "Is Warren criticising Trump?", "yes"),
        ("Trump mocked Cruz.", "Is Trump criticising Cruz?", "yes"),
        ("Sanders did not attack Clinton.", "Is Sanders criticising Clinton?", "no"),
        # ... while armies still fight
        ("IS attacked the Taliban.", "Is the Taliban fighting IS?", "yes"),
        ("Afghan forces defeated IS in Nangarhar.", "Is Afghanistan fighting IS?", "yes"),
        # polls and races: leading, trailing, beating, winning and losing a state
        ("Clinton leads Sanders by 8 points.", "Is Clinton ahead of Sanders?", "yes"),
        ("Clinton is ahead of Trump in Ohio.", "Is Clinton ahead of Trump?", "yes"),
        ("Sanders trails Clinton in the polls.", "Is Clinton ahead of Sanders?", "yes"),
        ("Trump lost to Cruz in Iowa.", "Is Cruz ahead of Trump?", "yes"),
        ("Sanders defeated Clinton in Michigan.", "Is Clinton ahead of Sanders?", "no"),
        ("Clinton won Kentucky.", "Will Clinton win Kentucky?", "yes"),
        ("Clinton lost Michigan.", "Will Clinton win Michigan?", "no"),
        ("Sanders won the race against Clinton.", "Is Clinton ahead of Sanders?", "no"),
        # hacking, investigating, funding, colluding
        (
            "Russian intelligence services hacked into Democratic National Committee computers.",
            "Did Russia hack the Democratic Party?",
            "yes",
        ),
        (
            "Russia was not behind the hack of the DNC.",
            "Did Russia hack the Democratic Party?",
            "no",
        ),
        ("The FBI is investigating Clinton.", "Is the FBI investigating Clinton?", "yes"),
        ("Clinton is under investigation by the FBI.", "Is the FBI investigating Clinton?", "yes"),
        ("Trump colluded with Russia.", "Is Russia colluding with Trump?", "yes"),
        (
            "Sanders accepted donations from Goldman Sachs.",
            "Is Goldman Sachs funding Sanders?",
            "yes",
        ),
        (
            "Goldman Sachs donated to the Clinton Foundation.",
            "Is Goldman Sachs funding Clinton Foundation?",
            "yes",
        ),
        (
            "Lazar never obtained access to Clinton's email account.",
            "Did Lazar hack Clinton?",
            "no",
        ),
        ("Trump did not collude with Russia.", "Is Russia colluding with Trump?", "no"),
        # names: honorifics and initials end no sentence
        ("Mrs. Clinton criticized Sen. Cruz.", "Is Clinton criticising Cruz?", "yes"),
        ("Donald J. Trump attacked Jeb Bush.", "Is Donald J. Trump criticising Jeb Bush?", "yes"),
        # what must not make a question: fighting for a cause, support without a supporter
        ("Cruz has fought for our right to bear arms.", None, None),
        ("Mr. Trump will pick up support among tech people.", None, None),
        ("Trump's support nationwide means he is doing something right.", None, None),
        # "ahead of" a date, a place as the other side of a poll
        ("Carson suspended his campaign ahead of the Iowa caucuses.", None, None),
        ("Cruz leads in Iowa.", None, None),
        # a capitalised word that is part of a longer name, or opens a sentence in the claim
        ("Clinton opposes the Second Amendment.", None, None),
        ("Ali refused to fight in the Vietnam War.", None, None),
        ("Clinton criticized South Florida developers.", None, None),
        # a place or party that only describes people: supporters, a governor, a nomination
        ("Two dozen Kentucky supporters are endorsing Rubio.", None, None),
        ("Trump praised the Ohio governor.", None, None),
        ("Trump's supporters attacked Clinton.", None, None),
        ("Trump won the Republican nomination.", None, None),
        # a relation word after a possessive is a noun
        ("They will meet their financial targets.", None, None),
        # a contrast, a proposal, a fund-raiser
        ("Southern Europeans, as opposed to Northern Europeans, came later.", None, None),
        ("Eisenhower would never have proposed banning Muslims from America.", None, None),
        ("Krzanich planned a fund-raiser for Mr. Trump.", None, None),
        # "won't vote for X and may vote for Y": X is no subject of the second
        ("He won't vote for Donald Trump and could end up voting for Hillary Clinton.", None, None),
        # going behind someone's back is not backing them
        ("Washington will not go behind the back of Ukraine in talks with Moscow.", None, None),
        ("Russia went behind Ukraine's back.", None, None),
        ("It will avoid “going behind the back” of Ukraine.", None, None),
        # "Let" is not LeT (Lashkar-e-Taiba), "IS" is not "is"
        ("Let the voters fund Sanders.", None, None),
        ("Trump is attacking Clinton.", "Is Trump criticising Clinton?", "yes"),
    ],
)
def test_frames_political_text(
    lexicon: Lexicon, text: str, question: str | None, stance: str | None
) -> None:
    prop = propose(text, None, lexicon)
    assert (prop.question, prop.stance.value if prop.question else None) == (question, stance)


@pytest.mark.parametrize(
    "text, fields, question, stance",
    [
        # a cue that is the speaker's act toward what the content opens with
        (
            "Marco Rubio for opposing legal abortion",
            {"speaker": "Jeb Bush", "cue": "criticized", "kind": "indirect"},
            "Is Jeb Bush criticising Marco Rubio?",
            "yes",
        ),
        (
            "Christie's leadership after the hurricane",
            {"speaker": "Buddy Valastro", "cue": "praised", "kind": "indirect"},
            "Does Buddy Valastro support Christie?",
            "yes",
        ),
        # ... as the person, not as the state they govern
        (
            "President Barack Obama's intervention in Libya",
            {
                "speaker": "Jeb Bush",
                "speaker_role": "former Florida governor",
                "cue": "criticized",
                "kind": "indirect",
            },
            "Is Jeb Bush criticising Barack Obama?",
            "yes",
        ),
        # a cue that is no act toward anyone, a speaker that is two people
        (
            "the Obama administration's efforts",
            {"speaker": "Chris Christie", "cue": "acknowledged", "kind": "indirect"},
            None,
            None,
        ),
        (
            "China for taking American jobs",
            {"speaker": "Trump and Sanders", "cue": "criticized", "kind": "indirect"},
            None,
            None,
        ),
        # "he" is the speaker only when the speaker is a name
        (
            "he would not criticize Cruz",
            {"speaker": "GOP presidential contender Ben Carson", "kind": "indirect"},
            "Is Ben Carson criticising Cruz?",
            "no",
        ),
        (
            "he might vote for Clinton",
            {"speaker": "Benghazi mom speechwriter", "kind": "indirect"},
            None,
            None,
        ),
        ("he won't vote for Trump", {"speaker": "Republican", "kind": "indirect"}, None, None),
        # "we" of a governor is not their state
        (
            "We will beat Hillary Clinton.",
            {"speaker": "Chris Christie", "speaker_role": "New Jersey governor"},
            "Is Chris Christie ahead of Hillary Clinton?",
            "yes",
        ),
        # a negation after the relation, in another clause, denies something else
        (
            "The FBI subpoenaed Clinton, but the moderators didn't ask her about it",
            {
                "speaker": "The Washington Post",
                "speaker_kind": "media",
                "polarity": Polarity.DENY,
                "cue": "reports",
            },
            "Is the FBI investigating Clinton?",
            "yes",
        ),
        # a denial of an attack
        (
            "Khizr Khan unfairly had attacked him",
            {"speaker": "Donald Trump", "kind": "indirect"},
            "Is Khizr Khan criticising Donald Trump?",
            "yes",
        ),
        (
            "attacking Clinton",
            {"speaker": "Bernie Sanders", "cue": "denied", "polarity": Polarity.DENY},
            "Is Bernie Sanders criticising Clinton?",
            "no",
        ),
    ],
)
def test_frames_political_claim(
    lexicon: Lexicon,
    text: str,
    fields: dict[str, object],
    question: str | None,
    stance: str | None,
) -> None:
    fields = {"speaker_kind": SpeakerKind.PERSON} | fields
    prop = propose(text, _claim(text, **fields), lexicon)
    assert (prop.question, prop.stance.value if prop.question else None) == (question, stance)


def _questions(lexicon: Lexicon, claims: list[Claim]) -> list[str | None]:
    return [c.question for c in frame_claims(claims, lexicon, Decisions.load(None))]


def test_a_surname_is_the_full_name_named_earlier_in_the_article(lexicon: Lexicon) -> None:
    claims = [
        _claim("Donald Trump attacked Ted Cruz.", 1, speaker="Reporter"),
        _claim("Trump attacked Cruz again.", 2, speaker="Reporter"),
        _claim("Trump attacked Cruz.", 3, src="s2", speaker="Reporter"),  # another article
    ]
    assert _questions(lexicon, claims) == [
        "Is Donald Trump criticising Ted Cruz?",
        "Is Donald Trump criticising Ted Cruz?",
        "Is Trump criticising Cruz?",
    ]


def test_a_surname_is_the_one_speaker_of_the_article_it_fits(lexicon: Lexicon) -> None:
    person = {"speaker_kind": SpeakerKind.PERSON}
    claims = [
        _claim("The FBI is investigating Clinton.", 1, speaker="Aide", **person),
        _claim("I did nothing wrong.", 2, speaker="Hillary Clinton", **person),
    ]
    assert _questions(lexicon, claims)[0] == "Is the FBI investigating Hillary Clinton?"


def test_a_surname_two_speakers_share_is_left_alone(lexicon: Lexicon) -> None:
    person = {"speaker_kind": SpeakerKind.PERSON}
    claims = [
        _claim("The FBI is investigating Clinton.", 1, speaker="Aide", **person),
        _claim("I did nothing wrong.", 2, speaker="Hillary Clinton", **person),
        _claim("She did nothing wrong.", 3, speaker="Bill Clinton", **person),
        _claim("Hillary Clinton was in Iowa.", 4, speaker="Aide"),
        _claim("The FBI is investigating Clinton.", 5, speaker="Aide"),
    ]
    framed = _questions(lexicon, claims)
    assert framed[0] == "Is the FBI investigating Clinton?"
    assert framed[4] == "Is the FBI investigating Hillary Clinton?"  # the one named last


def test_first_names_and_longer_spellings(lexicon: Lexicon) -> None:
    claims = [
        _claim("Hillary Clinton criticized Bernie Sanders.", 1, speaker="Reporter"),
        _claim("Boxer does not support Bernie.", 2, speaker="Reporter"),
        _claim("Hillary Rodham Clinton attacked Sanders.", 3, speaker="Reporter"),
    ]
    assert _questions(lexicon, claims) == [
        "Is Hillary Clinton criticising Bernie Sanders?",
        "Does Boxer support Bernie Sanders?",
        "Is Hillary Clinton criticising Bernie Sanders?",
    ]


@pytest.mark.parametrize(
    "speaker, name",
    [
        ("GOP presidential contender and former neurosurgeon Ben Carson", "Ben Carson"),
        ("Republican Christine Todd Whitman", "Christine Todd Whitman"),
        ("Abu Omar al-Khorasani", "Abu Omar al-Khorasani"),
        ("Osama bin Laden", "Osama bin Laden"),
        ("As Sanders", "Sanders"),
        ("PMDonald Trump", "Trump"),
        ("Ali famously", None),
        ("Benghazi mom speechwriter", None),
        ("Republican", None),
        ("New Jersey", None),
        ("Trump and Sanders", None),
    ],
)
def test_person_name_of_a_speaker(lexicon: Lexicon, speaker: str, name: str | None) -> None:
    assert person_name(speaker, lexicon) == name


def test_mixed_case_acronyms_match_only_as_written(lexicon: Lexicon) -> None:
    def entities(text: str) -> list[str]:
        return [m.value for m in scan(text, lexicon).mentions if m.kind == "entity"]

    assert entities("Let them talk.") == []
    assert entities("LeT attacked the post.") == ["Lashkar-e-Taiba"]
