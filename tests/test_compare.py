"""Framing, questions and statement comparison: one behaviour per row."""

from __future__ import annotations

import pytest

from claimtrack.compare import Lexicon, compare_statements
from claimtrack.compare.discourse import Discourse
from claimtrack.compare.propose import propose
from claimtrack.compare.questions import question_id
from claimtrack.models import Certainty, Claim, ClaimKind, CompareVerdict, Polarity, SpeakerKind


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


def _claim(text: str, **fields: object) -> Claim:
    base: dict[str, object] = {"id": "c1", "source_id": "s1", "kind": ClaimKind.DIRECT}
    return Claim.model_validate(base | {"text": text, "start": 0, "end": len(text)} | fields)


@pytest.mark.parametrize(
    "text, question, stance",
    [
        # aliases: every name of IS is IS; an affiliate answers for its parent
        ("The Taliban is fighting ISIS.", "Is the Taliban fighting IS?", "yes"),
        ("The Taliban is fighting ISIL in the east.", "Is the Taliban fighting IS?", "yes"),
        ("The Taliban is fighting Daesh.", "Is the Taliban fighting IS?", "yes"),
        ("The Taliban battled the Islamic State group.", "Is the Taliban fighting IS?", "yes"),
        ("The Taliban is hunting down ISKP members.", "Is the Taliban fighting IS?", "yes"),
        ("The Taliban is not fighting IS-K.", "Is the Taliban fighting IS?", "no"),
        # symmetric relations: one question whichever side is the subject
        ("IS fights the Taliban.", "Is the Taliban fighting IS?", "yes"),
        ("Daesh has taken the fight to the Taliban.", "Is the Taliban fighting IS?", "yes"),
        # negation scope
        (
            "There has been no fighting between the Taliban and IS.",
            "Is the Taliban fighting IS?",
            "no",
        ),
        ("The Taliban has never fought IS.", "Is the Taliban fighting IS?", "no"),
        (
            "Officials reject notions that the Taliban are fighting IS.",
            "Is the Taliban fighting IS?",
            "no",
        ),
        ("The idea that the Taliban opposes IS is false.", "Is the Taliban fighting IS?", "no"),
        ("Talks, but not about fighting IS.", None, None),
        # contrary relations answer the primary question with the opposite stance
        ("The Taliban and IS agreed a truce.", "Is the Taliban fighting IS?", "no"),
        ("The Taliban and IS are working together.", "Is the Taliban fighting IS?", "no"),
        ("The Taliban and Daesh are the same people.", "Is the Taliban fighting IS?", "no"),
        ("There is no alliance between the Taliban and IS.", "Is the Taliban fighting IS?", "yes"),
        # other relations
        (
            "Moscow is supplying weapons to the Taliban.",
            "Is Russia supplying weapons to the Taliban?",
            "yes",
        ),
        ("Iran is arming the Houthis.", "Is Iran supplying weapons to the Houthis?", "yes"),
        ("Russia held talks with the Taliban.", "Does Russia communicate with the Taliban?", "yes"),
        (
            "The Taliban met with Chinese officials.",
            "Does China communicate with the Taliban?",
            "yes",
        ),
        ("IS is active in Afghanistan.", "Is IS present in Afghanistan?", "yes"),
        ("IS does not exist in Afghanistan.", "Is IS present in Afghanistan?", "no"),
        ("Hamas controls Gaza.", "Does Hamas control Gaza?", "yes"),
        # unseen news: US election coverage
        # one question per pair, asked in name order: the converse answers it "no"
        ("Trump is leading Clinton in Ohio.", "Is Clinton ahead of Trump?", "no"),
        ("Clinton trails Trump in Ohio.", "Is Clinton ahead of Trump?", "no"),
        ("Clinton is leading Trump in Ohio.", "Is Clinton ahead of Trump?", "yes"),
        ("Trump is not leading Clinton in Ohio.", "Is Clinton ahead of Trump?", "unclear"),
        ("Sanders endorsed Hillary Clinton.", "Does Sanders support Hillary Clinton?", "yes"),
        ("Cruz does not support Trump.", "Does Cruz support Trump?", "no"),
        ("The NRA criticized Obama.", "Is the NRA criticising Obama?", "yes"),
        ("The FBI is investigating Clinton.", "Is the FBI investigating Clinton?", "yes"),
        ("Republicans may be courting the NRA.", None, None),
        # passives: the agent after "by" is the subject; without one, there is no subject
        ("The Taliban was attacked by IS.", "Is the Taliban fighting IS?", "yes"),
        ("Taliban fighters are equipped with heavy weapons.", None, None),
        # an entity that only describes a person is not an argument; hyphen compounds are not
        (
            "Russian President Vladimir Putin met with Trump.",
            "Does Trump communicate with Vladimir Putin?",
            "yes",
        ),
        ("The former Florida governor plans to support Cruz.", None, None),
        ("US-backed forces are fighting the militants.", None, None),
        (
            "Sanders is not attacking Clinton, his campaign said.",
            "Is Sanders criticising Clinton?",
            "no",
        ),
        # a killing with no count says who fights whom; a person stands for the group they lead
        (
            "The Taliban have killed several IS-linked fighters.",
            "Is the Taliban fighting IS?",
            "yes",
        ),
        (
            "The Taliban killed Abu Omar Khorasani, the former leader of ISKP.",
            "Is the Taliban fighting IS?",
            "yes",
        ),
        ("IS killed 35 Taliban fighters.", "Did IS kill members of the Taliban?", "yes"),
        # "A, and not B, are doing it": the point is that B is not
        (
            "Afghan forces, and not the Taliban, are battling IS.",
            "Is the Taliban fighting IS?",
            "no",
        ),
        # what is supplied decides the question; wanting counts only when support is wanted
        (
            "Russia provided the Taliban with a mobile clinic and medicine.",
            "Is Russia providing humanitarian aid to the Taliban?",
            "yes",
        ),
        (
            "Russia provided the Taliban with rifles.",
            "Is Russia supplying weapons to the Taliban?",
            "yes",
        ),
        (
            "Apple will not fund the Republican convention.",
            "Is Apple funding the Republican Party?",
            "no",
        ),
        ("The census provided the names to the military.", None, None),
        (
            "Officials in Moscow heard the Taliban wanted missiles.",
            "Is the Taliban seeking support from Russia?",
            "yes",
        ),
        ("The Taliban wanted to win.", None, None),
        ("Trump asked if Clinton was rattled by Sanders.", None, None),
        ("The armed occupants of the refuge met reporters.", None, None),
        # sharing intelligence is communicating; the party is the one "with", not the topic
        ("They shared IS intelligence with Russia.", None, None),
        (
            "The Taliban shared IS intelligence with Russia.",
            "Does Russia communicate with the Taliban?",
            "yes",
        ),
        # shared interests; the object of a gerund after "in" is not the relation's
        (
            "Russia's interests coincide with China's.",
            "Do the interests of Russia and China coincide?",
            "yes",
        ),
        ("The Russian-Taliban shared interest in fighting IS.", None, None),
        # places listed after "in" are places; a dash sets off an aside
        ("IS-linked attacks hit in Paris and California.", None, None),
        ("Afghans took up arms in Afghanistan — dominated by Uzbeks — to fight.", None, None),
        # a capitalised function word opening a sentence is no name
        ("Instead Sanders criticized Clinton.", "Is Sanders criticising Clinton?", "yes"),
        # headline case says nothing about names
        ("Ted Cruz For Backing Down From A Fight With Trump", None, None),
        # capitalisation: "is" is not IS, "us" is not the United States
        ("It is what it is, he told us.", None, None),
        ("Nothing here names anyone.", None, None),
    ],
)
def test_frames_text(lexicon: Lexicon, text: str, question: str | None, stance: str | None) -> None:
    prop = propose(text, None, lexicon)
    assert (prop.question, prop.stance.value if prop.question else None) == (question, stance)


def test_affiliate_is_labelled(lexicon: Lexicon) -> None:
    prop = propose("The Taliban is fighting ISIS-K.", None, lexicon)
    assert (prop.object, prop.object_via) == ("IS", "ISKP")


@pytest.mark.parametrize(
    "text, fields, question, stance",
    [
        # a bracket names the pronoun before it
        ("They [Taliban] are opposing IS.", {}, "Is the Taliban fighting IS?", "yes"),
        # "we" is the speaker's side: their affiliation, or the speaker when it is an entity
        (
            "We and the Taliban have channels for exchanging information.",
            {"speaker": "Zamir Kabulov", "speaker_affiliation": "Russia"},
            "Does Russia communicate with the Taliban?",
            "yes",
        ),
        (
            "We are fighting Daesh everywhere.",
            {"speaker": "Taliban", "speaker_kind": "group"},
            "Is the Taliban fighting IS?",
            "yes",
        ),
        # the speaker is the subject of its own denial
        (
            "any negotiations with Russia",
            {"speaker": "The Afghan Taliban", "polarity": Polarity.DENY, "kind": "indirect"},
            "Does Russia communicate with the Taliban?",
            "no",
        ),
        # reported speech: "they" is the speaker's side
        (
            "they are not arming the Taliban",
            {"speaker": "Russian officials", "kind": "indirect", "speaker_affiliation": "Russia"},
            "Is Russia supplying weapons to the Taliban?",
            "no",
        ),
        # a denial cue and a negation in the content cancel out ...
        (
            "the Taliban is not fighting IS",
            {"speaker": "X", "polarity": Polarity.DENY, "cue": "denied"},
            "Is the Taliban fighting IS?",
            "yes",
        ),
        # ... but a "deny" that extraction took from the content itself is not counted twice
        (
            "the Taliban is not fighting IS",
            {"speaker": "X", "polarity": Polarity.DENY, "cue": "said"},
            "Is the Taliban fighting IS?",
            "no",
        ),
        # "he" in reported speech is the speaker; in a quote it is left unresolved
        (
            "he would beat Clinton in Ohio",
            {"speaker": "Donald Trump", "kind": "indirect"},
            "Is Clinton ahead of Donald Trump?",
            "no",
        ),
        ("He never fought Rubio on that bill.", {"speaker": "Chris Christie"}, None, None),
        # content that opens with an infinitive has the speaker as its subject
        (
            "to have a communication channel with the Taliban",
            {"speaker": "Russia", "speaker_kind": "organization", "cue": "claims"},
            "Does Russia communicate with the Taliban?",
            "yes",
        ),
        # a call for something is no answer
        (
            "the Taliban to start a campaign against ISKP",
            {"speaker": "analysts", "cue": "called for", "kind": "indirect"},
            None,
            None,
        ),
        # a report is the outlet's own answer; relaying reports leaves it open
        (
            "Taliban leaders reportedly have met with Russian advisors",
            {"speaker": "Afghan media", "speaker_kind": "media", "certainty": "reported"},
            "Does Russia communicate with the Taliban?",
            "yes",
        ),
        (
            "Taliban leaders reportedly have met with Russian advisors",
            {
                "speaker": "State Department",
                "speaker_kind": "organization",
                "certainty": "reported",
            },
            "Does Russia communicate with the Taliban?",
            "unclear",
        ),
        # "if ... no confirmation": the speaker leaves it open
        ("if they are working together, I don't have any confirmation", {}, None, None),
    ],
)
def test_frames_claim(
    lexicon: Lexicon,
    text: str,
    fields: dict[str, object],
    question: str | None,
    stance: str | None,
) -> None:
    prop = propose(text, _claim(text, **fields), lexicon)
    assert (prop.question, prop.stance.value if prop.question else None) == (question, stance)


def test_hedges_and_reports_set_certainty(lexicon: Lexicon) -> None:
    hedged = propose("Russia may be arming the Taliban.", None, lexicon)
    assert (hedged.stance.value, hedged.certainty) == ("yes", Certainty.HEDGED)
    relayed = propose("We are aware of reports that Russia is arming the Taliban.", None, lexicon)
    assert (relayed.stance.value, relayed.certainty) == ("unclear", Certainty.REPORTED)


def test_discourse_pair_and_anaphora(lexicon: Lexicon) -> None:
    memory = Discourse()
    propose("Taliban and IS had forged a ceasefire.", None, lexicon, memory)
    pair = propose("the two groups might have formed an alliance", None, lexicon, memory)
    assert (pair.question, pair.stance.value) == ("Is the Taliban fighting IS?", "no")
    claim = propose("ISKP killed 35 Taliban fighters", None, lexicon, memory)
    assert claim.number == 35
    denial = _claim("that tally", polarity=Polarity.DENY, speaker="Taliban")
    back = propose("that tally", denial, lexicon, memory)
    assert (back.question, back.stance.value) == ("Did IS kill members of the Taliban?", "no")


def test_discourse_fills_what_a_claim_leaves_open(lexicon: Lexicon) -> None:
    memory = Discourse()
    propose("Taliban and IS had forged a ceasefire.", None, lexicon, memory)
    propose("The Taliban met with Russian officials.", None, lexicon, memory)
    propose("The United States talks with Afghanistan.", None, lexicon, memory)
    # "they" in "working together" is the pair last said to fight or ally, not the last pair
    they = _claim("if they are working together, I have no confirmation", speaker="Ann Lee")
    open_ = propose(they.text, they, lexicon, memory)
    assert (open_.question, open_.stance.value) == ("Is the Taliban fighting IS?", "unclear")
    # "anyone's support" denies it of the entity in view; "infidels" is a country named before
    taliban = {"speaker": "Taliban", "speaker_kind": "group", "kind": "mixed"}
    text = "they “don’t need anyone’s support to fight IS”"
    memory = Discourse()
    propose("The Taliban denied any exchange of information with Russia.", None, lexicon, memory)
    anyone = propose(text, _claim(text, **taliban), lexicon, memory)
    assert (anyone.question, anyone.stance.value) == (
        "Is the Taliban seeking support from Russia?",
        "no",
    )
    turned = propose("They have now turned to infidels to gather support", None, lexicon, memory)
    assert turned.question == "Is the Taliban seeking support from Russia?"


def test_a_speaker_returns_to_their_point(lexicon: Lexicon) -> None:
    memory = Discourse()
    kabulov = {"speaker": "Zamir Kabulov", "speaker_affiliation": "Russia"}
    first = "the Taliban interest objectively coincides with ours"
    propose(first, _claim(first, **kabulov), lexicon, memory)
    text = "They don't recognise IS. Their interests coincide with ours."
    again = propose(text, _claim(text, **kabulov), lexicon, memory)
    assert again.question == "Do the interests of Russia and the Taliban coincide?"


def test_question_ids_are_stable() -> None:
    assert question_id("fights|Taliban|IS") == question_id("fights|Taliban|IS")
    assert question_id("fights|Taliban|IS").startswith("q_")
    assert len(question_id("x")) == 12


@pytest.mark.parametrize(
    "a, b, verdict, same",
    [
        ("The Taliban is fighting IS.", "The Taliban battles Daesh.", "agree", True),
        ("The Taliban is fighting IS.", "The Taliban is not fighting ISIS-K.", "disagree", True),
        ("The Taliban is fighting IS.", "The Taliban and IS forged a ceasefire.", "disagree", True),
        ("The Taliban is fighting IS.", "The Taliban may be fighting IS.", "observing", True),
        (
            "The Taliban is fighting IS.",
            "There are reports that the Taliban fights IS.",
            "observing",
            True,
        ),
        ("The Taliban is fighting IS.", "Russia is arming the Taliban.", "unrelated", False),
        ("The Taliban is fighting IS.", "The weather is fine.", "unrelated", False),
    ],
)
def test_compare_statements(lexicon: Lexicon, a: str, b: str, verdict: str, same: bool) -> None:
    result = compare_statements(a, b, lexicon)
    assert (result.verdict, result.same_question) == (CompareVerdict(verdict), same)
    assert result.reason


def test_speaker_kind_is_accepted_by_value() -> None:
    assert _claim("x", speaker_kind="group").speaker_kind is SpeakerKind.GROUP


@pytest.mark.parametrize(
    "a, b, verdict, question",
    [
        # an offer of a truce is its own question, not a claim that the two cooperate
        (
            "Russia proposed a ceasefire in Ukraine to the United States via intermediaries.",
            "Russia did not offer a ceasefire to the United States.",
            CompareVerdict.DISAGREE,
            "Did Russia offer a ceasefire to the United States?",
        ),
        # "behind the attack" is responsibility, not a standing; "points behind" is one
        (
            "Russia is behind the attack on Ukraine.",
            "Ukraine is ahead of Russia.",
            CompareVerdict.UNRELATED,
            None,
        ),
        (
            "Trump is 5 points behind Clinton in Ohio.",
            "Clinton is ahead of Trump in Ohio.",
            CompareVerdict.AGREE,
            "Is Clinton ahead of Trump?",
        ),
        # an agreed ceasefire still answers whether the two are fighting
        (
            "The Taliban and IS had forged a patchwork ceasefire.",
            "The Taliban is fighting IS.",
            CompareVerdict.DISAGREE,
            "Is the Taliban fighting IS?",
        ),
    ],
)
def test_truce_offers_and_agreed_truces(
    lexicon: Lexicon, a: str, b: str, verdict: CompareVerdict, question: str | None
) -> None:
    result = compare_statements(a, b, lexicon)
    assert (result.verdict, result.question) == (verdict, question)
