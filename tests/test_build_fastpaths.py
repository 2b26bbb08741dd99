"""The fast paths of building attributions and claims do exactly what they stand in for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

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
