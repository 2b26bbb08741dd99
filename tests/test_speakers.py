"""Speaker mentions as they stand in news copy: who is named, in what role, for whom."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.extract.names import names_match
from claimtrack.extract.speakers import SpeakerInfo, compatible, is_same_person, parse_speaker
from claimtrack.models import SpeakerKind

P, ORG, G, M, A = (
    SpeakerKind.PERSON,
    SpeakerKind.ORGANIZATION,
    SpeakerKind.GROUP,
    SpeakerKind.MEDIA,
    SpeakerKind.ANONYMOUS,
)


@pytest.mark.parametrize(
    "mention, name, kind, role, affiliation",
    [
        # legislative and agency titles before a name
        ("House Speaker Paul Ryan", "Paul Ryan", P, "speaker", "House"),
        ("Commissioner Jane Roe", "Jane Roe", P, "commissioner", None),
        # modifiers, rank and name, then an appositive role
        (
            "U.S. Navy Capt. Bill Salvin, spokesperson for Resolute Support headquarters in Kabul",
            "Bill Salvin",
            P,
            "spokesperson",
            "Resolute Support",
        ),
        ("Kunduz Governor Assadullah Omarkhail", "Assadullah Omarkhail", P, "governor", "Kunduz"),
        # a document speaks for its author; "the agency" is not the press, "the news agency" is
        ("a report by the Wall Street Journal", "The Wall Street Journal", M, None, None),
        ("a statement from the ministry", "the ministry", ORG, None, None),
        ("the agency", "the agency", ORG, None, None),
        ("the state news agency", "the state news agency", M, None, None),
        # a masthead word names the press, also after a hyphen
        ("the Houston Chronicle", "Houston Chronicle", M, None, None),
        ("the Sun-Sentinel", "Sun-Sentinel", M, None, None),
        ("WSVN-TV", "WSVN-TV", M, None, None),
        (
            "the U.S. Food and Drug Administration",
            "U.S. Food and Drug Administration",
            ORG,
            None,
            "United States",
        ),
        ("Ohio Governor Mike DeWine", "Mike DeWine", P, "governor", "Ohio"),
        (
            "Zamir Kabulov, official at the Russian foreign ministry and President Vladimir "
            "Putin's special representative for Afghanistan",
            "Zamir Kabulov",
            P,
            "official",
            "Russia",
        ),
        ("Hugh Hill, a doctor", "Hugh Hill", P, "doctor", None),
        # titles of local government, police and sport are roles, not part of the name
        ("Councilman Christopher Daubert", "Christopher Daubert", P, "councilman", None),
        ("Sheriff Joe Arpaio", "Joe Arpaio", P, "sheriff", None),
        ("head coach Bill Belichick", "Bill Belichick", P, "head coach", None),
        # a quoted title is neither a name nor an affiliation; a nickname inside a name is
        ("Kerry Washington, star of television’s “Scandal”", "Kerry Washington", P, None, None),
        ("the director of “Selma”", "the director of “Selma", A, "director", None),
        ("Joaquin “El Chapo” Guzman", "Joaquin “El Chapo” Guzman", P, None, None),
        ("Amina Yusuf, a 34-year-old mother of three", "Amina Yusuf", P, "mother", None),
        (
            "Maj. Gen. James Smith, commander of the 1st Division",
            "James Smith",
            P,
            "commander",
            "1st Division",
        ),
        ("Maria Lopez, a nurse at Mercy Hospital", "Maria Lopez", P, "nurse", "Mercy Hospital"),
        # appositive before the name
        (
            "director of the State Department's Press Office, Elizabeth Trudeau",
            "Elizabeth Trudeau",
            P,
            "director",
            "State Department",
        ),
        (
            "an Afghan general, Mohammad Zaman Waziri",
            "Mohammad Zaman Waziri",
            P,
            "general",
            "Afghanistan",
        ),
        ("a French diplomat, Jean Dupont", "Jean Dupont", P, "diplomat", "France"),
        # lower-case role between an affiliation and the name
        (
            "Afghanistan national security advisor Mohammad Hanif Atmar",
            "Mohammad Hanif Atmar",
            P,
            "national security advisor",
            "Afghanistan",
        ),
        (
            "White House press secretary Jen Psaki",
            "Jen Psaki",
            P,
            "press secretary",
            "White House",
        ),
        # a portfolio is part of the role, not of the name
        (
            "Deputy Minister of Information and Culture Zabihullah Mujahid",
            "Zabihullah Mujahid",
            P,
            "deputy minister of information and culture",
            None,
        ),
        ("Secretary of State John Kerry", "John Kerry", P, "secretary of state", None),
        ("Minister of Health Ana Silva", "Ana Silva", P, "minister of health", None),
        ("Russian President Vladimir Putin", "Vladimir Putin", P, "president", "Russia"),
        ("Lt. Gen. John Smith Jr.", "John Smith Jr.", P, "lieutenant general", None),
        (
            "U.S. Central Command chief Gen. Joseph Votel",
            "Joseph Votel",
            P,
            "chief",
            "U.S. Central Command",
        ),
        ("Mr. Smith", "Smith", P, None, None),
        ("Gov. Brown", "Brown", P, "governor", None),
        ("Sen. Elizabeth Warren", "Elizabeth Warren", P, "senator", None),
        ("Quraishi", "Quraishi", P, None, None),
        ("Abu Bakr al-Baghdadi", "Abu Bakr al-Baghdadi", P, None, None),
        # collectives
        ("Russian officials", "Russian officials", G, "official", "Russia"),
        ("experts", "experts", G, "expert", None),
        ("analysts", "analysts", G, "analyst", None),
        ("the analysts", "analysts", G, "analyst", None),
        (
            "U.S. military officials",
            "U.S. military officials",
            G,
            "military official",
            "United States",
        ),
        ("Kabul and the U.S.", "Kabul and the U.S.", G, None, None),
        ("those surveyed", "those surveyed", G, None, None),
        # two names after a description are a group; a plural description is the role of both
        (
            "economists Peter Schott and Justin Pierce",
            "Peter Schott and Justin Pierce",
            G,
            "economist",
            None,
        ),
        (
            "Defense Secretary Ash Carter and Gen. Joseph Dunford",
            "Ash Carter and Gen. Joseph Dunford",
            G,
            None,
            None,
        ),
        ("Germany and France", "Germany and France", G, None, None),
        # unnamed people
        ("a Taliban spokesperson", "Taliban spokesperson", A, "spokesperson", "Taliban"),
        ("a senior U.S. official", "senior U.S. official", A, "official", "United States"),
        (
            "an official who spoke on condition of anonymity",
            "official who spoke on condition of anonymity",
            A,
            "official",
            None,
        ),
        # the press
        ("Afghan media reports", "Afghan media", M, None, "Afghanistan"),
        ("local media", "local media", M, None, None),
        ("The Wall Street Journal", "The Wall Street Journal", M, None, None),
        ("the WSJ", "The Wall Street Journal", M, None, None),
        ("Reuters", "Reuters", M, None, None),
        ("Reuters news agency", "Reuters", M, None, None),
        ("ET", "The Economic Times", M, None, None),
        ("the Kabul Times", "Kabul Times", M, None, "Afghanistan"),
        # organisations and governments
        ("The US State Department", "US State Department", ORG, None, "United States"),
        ("The Afghan Taliban", "Afghan Taliban", ORG, None, "Afghanistan"),
        ("the Pentagon", "Pentagon", ORG, None, None),
        ("Moscow", "Moscow", ORG, None, "Russia"),
        ("NATO", "NATO", ORG, None, "NATO"),
        ("the European Commission", "European Commission", ORG, None, "European Union"),
        ("Pakistan's Foreign Office", "Pakistan's Foreign Office", ORG, None, "Pakistan"),
        ("a UN report", "UN", ORG, None, "United Nations"),
        ("Human Rights Watch", "Human Rights Watch", ORG, None, None),
        ("the State Department", "State Department", ORG, None, None),
        (
            "an Amnesty International researcher",
            "Amnesty International researcher",
            A,
            "researcher",
            "Amnesty International",
        ),
        ("the two leaders", "two leaders", G, "leader", None),
        ("the United Nations", "United Nations", ORG, None, "United Nations"),
        # hyphenated and two-word titles
        (
            "UN Secretary-General Antonio Guterres",
            "Antonio Guterres",
            P,
            "secretary-general",
            "United Nations",
        ),
        ("Pakistani Prime Minister Imran Khan", "Imran Khan", P, "prime minister", "Pakistan"),
        ("Tesla CEO Elon Musk", "Elon Musk", P, "ceo", "Tesla"),
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", P, "spokesman", "Kremlin"),
        (
            "Anthony Fauci, the top U.S. infectious disease expert",
            "Anthony Fauci",
            P,
            "infectious disease expert",
            "United States",
        ),
        ("her lawyer", "lawyer", A, "lawyer", None),
        # a place after a preposition is not a name; a parenthesis is not part of one
        (
            "a spokesman for the U.S. military in Afghanistan, Col. Sonny Leggett",
            "Sonny Leggett",
            P,
            "spokesman",
            "United States",
        ),
        ("Sen. Lindsey Graham (R-S.C.)", "Lindsey Graham", P, "senator", None),
        (
            "U.S. Special Representative for Afghanistan Reconciliation Zalmay Khalilzad",
            "Zalmay Khalilzad",
            P,
            "special representative",
            "Afghanistan Reconciliation",
        ),
        # particles, suffixes and short words that look like acronyms
        (
            "European Commission President Ursula von der Leyen",
            "Ursula von der Leyen",
            P,
            "president",
            "European Commission",
        ),
        ("Osama bin Laden", "Osama bin Laden", P, None, None),
        ("Martin Luther King Jr.", "Martin Luther King Jr.", P, None, None),
        ("Kim Jong Un", "Kim Jong Un", P, None, None),
        ("George Washington", "George Washington", P, None, None),
        ("Boeing Co.", "Boeing Co.", ORG, None, None),
        # a capital at the start of a sentence does not make a common noun a name
        ("Experts", "experts", G, "expert", None),
        ("Senior officials", "senior officials", G, "senior official", None),
        (
            "Taliban leader Mullah Haibatullah Akhundzada",
            "Haibatullah Akhundzada",
            P,
            "leader",
            "Taliban",
        ),
        ("John Smith, the company's chief executive", "John Smith", P, "chief executive", None),
    ],
)
def test_parse_speaker(
    mention: str, name: str, kind: SpeakerKind, role: str | None, affiliation: str | None
) -> None:
    info = parse_speaker(mention)
    assert (info.name, info.kind, info.role, info.affiliation) == (name, kind, role, affiliation)


@pytest.mark.parametrize(
    "mention, kind, gender",
    [
        ("he", P, "m"),
        ("He", P, "m"),
        ("she", P, "f"),
        ("they", G, None),
        ("it", ORG, None),
        ("we", G, None),
    ],
)
def test_pronouns(mention: str, kind: SpeakerKind, gender: str | None) -> None:
    info = parse_speaker(mention)
    assert (info.name, info.pronoun, info.kind, info.gender) == (None, True, kind, gender)


@pytest.mark.parametrize(
    "mention, anaphoric",
    [
        ("the group", True),
        ("the ministry", True),
        ("the spokesman", True),
        ("the governor of the northern province", True),
        ("the Taliban", False),
        ("a spokesman", False),
        ("Kunduz Governor Assadullah Omarkhail", False),
    ],
)
def test_definite_descriptions_point_back(mention: str, anaphoric: bool) -> None:
    assert parse_speaker(mention).anaphoric is anaphoric


@pytest.mark.parametrize(
    "mention, gender",
    [
        ("Mr. Smith", "m"),
        ("Mrs. Ortiz", "f"),
        ("Ms. Ortiz", "f"),
        ("the spokeswoman", "f"),
        ("Elizabeth Trudeau", "f"),
        ("Mohammad Zaman Waziri", "m"),
        ("Dr. Kim", None),
        ("Quraishi", None),
    ],
)
def test_gender_from_cheap_hints(mention: str, gender: str | None) -> None:
    assert parse_speaker(mention).gender == gender


@pytest.mark.parametrize(
    "mention, surname",
    [
        ("Bill Salvin", "Salvin"),
        ("Lt. Gen. John Smith Jr.", "Smith"),
        ("Abu Bakr al-Baghdadi", "al-Baghdadi"),
        ("Mr. Smith", "Smith"),
    ],
)
def test_surname(mention: str, surname: str) -> None:
    assert parse_speaker(mention).surname == surname


@pytest.mark.parametrize("mention", ["", "   ", "“", ",", "the", "a"])
def test_empty_or_odd_mentions_do_not_raise(mention: str) -> None:
    assert isinstance(parse_speaker(mention), SpeakerInfo)


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Zamir Kabulov", "Kabulov", True),
        ("Atta Mohamamed Noor", "Atta Mohammed Noor", True),
        ("Abdul Rashid Dostum", "Rashid Dostum", True),
        ("Mr. Kabulov", "Zamir Kabulov", True),
        ("J. Smith", "John Smith", True),
        ("Zamir Kabulov", "Zamir Kabulow", True),  # one transliteration edit
        ("Hillary Clinton", "Bill Clinton", False),
        ("Jonas", "Tom Jones", False),  # a bare surname must be spelled alike
        ("Mohammad Zaman Waziri", "Zaman Ahmadi", False),
        ("Anna Berg", "Anna Bergman", False),
        ("Ali Khan", "Ali Kan", False),
    ],
)
def test_names_match(a: str, b: str, same: bool) -> None:
    assert names_match(a, b) is same
    assert names_match(b, a) is same


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Zamir Kabulov", "Kabulov", True),
        ("Mr. Smith", "Ms. Jane Smith", False),  # titles disagree on gender
        ("Hillary Clinton", "Bill Clinton", False),
        ("Zamir Kabulov", "the Russian foreign ministry", False),
    ],
)
def test_is_same_person(a: str, b: str, same: bool) -> None:
    assert is_same_person(parse_speaker(a), parse_speaker(b)) is same


@pytest.mark.parametrize(
    "pronoun, candidate, ok",
    [
        ("he", "Zamir Kabulov", True),
        ("she", "Elizabeth Trudeau", True),
        ("he", "Elizabeth Trudeau", False),
        ("she", "Mr. Smith", False),
        ("he", "Quraishi", True),  # unknown gender fits either
        ("he", "a Taliban spokesperson", True),
        ("he", "The Afghan Taliban", False),
        ("it", "The Afghan Taliban", True),
        ("it", "The Wall Street Journal", True),
        ("it", "Zamir Kabulov", False),
        ("they", "Russian officials", True),
        ("they", "The Afghan Taliban", True),
        ("they", "Zamir Kabulov", False),
    ],
)
def test_compatible(pronoun: str, candidate: str, ok: bool) -> None:
    assert compatible(parse_speaker(pronoun), parse_speaker(candidate)) is ok


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_parse_speaker_never_raises(mention: str) -> None:
    info = parse_speaker(mention)
    assert info.pronoun or info.name is None or info.name.strip()
