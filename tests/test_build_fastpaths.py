"""The fast paths of building attributions and claims do exactly what they stand in for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import clean
from claimtrack.construct import assembled, defaults
from claimtrack.extract import coref
from claimtrack.extract.speakers import SpeakerInfo, compatible, is_same_person
from claimtrack.models import Attribution, Claim, ClaimKind, SpeakerKind

_NAME_PIECES = st.sampled_from(
    ["Zamir", "Kabulov", "J.", "Gen.", "U.S.", "A.B", "Mc'Neil", "O’Hara", "de", "the", "The",
     " ", "  ", "\n", "\t", "\u2028", "\x85", ".", ",", "-", "é", "É", "x", "_", "1"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_NAME_PIECES, max_size=20).map("".join))
def test_name_before_needs_whitespace_before_the_surname(text: str) -> None:
    for at in range(len(text) + 1):
        found = coref._NAME_BEFORE.search(text, max(0, at - 60), at)
        if not (at and text[at - 1].isspace()):
            assert found is None


_KINDS = st.sampled_from(list(SpeakerKind))
_INFOS = st.builds(
    SpeakerInfo,
    st.sampled_from([None, "Kabulov", "Zamir Kabulov", "Bill Clinton", "Hillary Clinton", "Acme"]),
    _KINDS,
    pronoun=st.booleans(),
    gender=st.sampled_from([None, "m", "f"]),
)


@settings(max_examples=500, deadline=None)
@given(_INFOS, _INFOS)
def test_same_person_precheck_only_skips_false_pairs(a: SpeakerInfo, b: SpeakerInfo) -> None:
    """``Resolver.resolve`` asks ``_same_person`` only of a person of a compatible gender."""
    other_gender = bool(a.gender and b.gender and a.gender != b.gender)
    skipped = b.kind is not SpeakerKind.PERSON or other_gender
    if a.kind is SpeakerKind.PERSON and skipped:
        assert not is_same_person(a, b)


def _compatible_as_written(pronoun: SpeakerInfo, candidate: SpeakerInfo) -> bool:
    if candidate.pronoun:
        return pronoun.kind is candidate.kind and (
            not pronoun.gender or not candidate.gender or pronoun.gender == candidate.gender
        )
    if pronoun.kind is SpeakerKind.PERSON:
        if candidate.kind not in (SpeakerKind.PERSON, SpeakerKind.ANONYMOUS):
            return False
        return not (pronoun.gender and candidate.gender and pronoun.gender != candidate.gender)
    if pronoun.kind is SpeakerKind.ORGANIZATION:
        return candidate.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.MEDIA)
    return candidate.kind in (SpeakerKind.GROUP, SpeakerKind.ORGANIZATION, SpeakerKind.MEDIA)


@settings(max_examples=500, deadline=None)
@given(_INFOS, _INFOS)
def test_compatible_is_the_tuple_tests(pronoun: SpeakerInfo, candidate: SpeakerInfo) -> None:
    assert compatible(pronoun, candidate) is _compatible_as_written(pronoun, candidate)


def _assembled_as_written(cls: type[Claim], data: dict[str, object], fields: set[str]) -> Claim:
    model = cls.__new__(cls)
    object.__setattr__(model, "__dict__", data)
    object.__setattr__(model, "__pydantic_fields_set__", fields)
    object.__setattr__(model, "__pydantic_extra__", None)
    object.__setattr__(model, "__pydantic_private__", None)
    return model


def test_assembled_stores_what_object_setattr_stores() -> None:
    for cls in (Claim, Attribution):
        base = defaults(cls)
        assert base is not None
        data = dict(base) | {"id": "c_1", "source_id": "s", "kind": ClaimKind.DIRECT, "text": "t"}
        data |= {"start": 1, "end": 2, "sentence_start": 0, "sentence_end": 3}
        data = {k: v for k, v in data.items() if k in cls.model_fields}
        fields = set(data)
        got = assembled(cls, dict(data), set(fields))
        want = _assembled_as_written(cls, dict(data), set(fields))  # type: ignore[arg-type]
        assert type(got) is type(want)
        assert got.__dict__ == want.__dict__
        assert list(got.__dict__) == list(want.__dict__)
        assert got.__pydantic_fields_set__ == want.__pydantic_fields_set__
        assert got.__pydantic_extra__ is None and got.__pydantic_private__ is None
        assert got.model_dump_json() == want.model_dump_json()
        assert got == want


_CHROME = {
    "_STRONG": (
        clean._STRONG_STARTS,
        ["published in Dawn, March 3, 2014", "source link", "Source: link",
         "be the first to comment", "leave a reply", "your email address will not be published",
         "comments are closed",
         "post a comment", "add a comment", "write a comment", "12 comments", "comments",
         "comment (3)", "join the conversation", "subscribe to our newsletter",
         "sign up for our newsletters", "you must be logged in to post a comment"],
    ),
    "_WEAK": (
        clean._WEAK_STARTS,
        ["related", "related articles:", "read more", "you may also like", "may also like",
         "more from Dawn", "recommended for you", "most popular", "popular", "trending now"],
    ),
    "_INLINE_CHROME": (
        clean._INLINE_STARTS,
        ["advertisement", "story continues below advertisement", "scroll to continue",
         "share this article", "follow us on Twitter"],
    ),
    "_DATE_STAMP": (
        clean._STAMP_STARTS,
        ["updated 27 Mar, 2024", "last updated: March 3, 2024", "published 2024-03-27",
         "posted 3/27/2024", "modified 5 hours ago", ": 27 Mar 2024", "27th March 2024",
         "jan 5, 2024", "feb 5, 2024", "mar 5, 2024", "apr 5, 2024", "may 5, 2024",
         "june 5, 2024", "july 5, 2024", "aug 5, 2024", "sep 5, 2024", "oct 5, 2024",
         "nov 5, 2024", "dec 5, 2024", "2024-03-27", "5 days ago", " 5 days ago"],
    ),
}  # fmt: skip
# Every character that case-folds to or from an ASCII letter, and the first few blocks.
_FIRSTS = [
    chr(c)
    for c in range(0x110000)
    if c < 0x250 or any(x.isascii() for x in (chr(c).lower(), chr(c).upper(), chr(c).casefold()))
]


def test_chrome_line_tests_agree_with_their_patterns_on_every_first_character() -> None:
    for name, (starts, phrases) in _CHROME.items():
        pattern = getattr(clean, name)
        for phrase in phrases:
            assert pattern.match(phrase), (name, phrase)
            for c in _FIRSTS:
                line = c + phrase[1:]
                assert clean.matches(pattern, starts, line) is bool(pattern.match(line)), (name, c)


_LINE_PIECES = st.sampled_from(
    ["Advertisement", "advertiſement", "\t", "\u2028", "Share this", "ſhare this",
     "Published in X, 2014", "Source: link", "Comments (3)", "3 comments", "٣ comments",
     "Updated 27 Mar, 2024", "5 days ago", "Related", "Read more", "Most popular", "The",
     "He said", ":", " ", "x", ".", ",", "2024", "-", "é"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_LINE_PIECES, min_size=1, max_size=6).map(" ".join))
def test_chrome_line_tests_agree_with_their_patterns(line: str) -> None:
    for text in (line.strip(), line):
        for name, (starts, _) in _CHROME.items():
            pattern = getattr(clean, name)
            assert clean.matches(pattern, starts, text) is (pattern.match(text) is not None)
