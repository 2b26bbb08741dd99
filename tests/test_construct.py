"""Models built without validation are the models validation and ``model_copy`` would build."""

from __future__ import annotations

from claimtrack.construct import construct, from_values, updated
from claimtrack.models import Claim, ClaimKind, Stance


def _claim() -> Claim:
    return Claim.model_validate(
        {"id": "c1", "source_id": "s1", "kind": "direct", "text": "x", "start": 0, "end": 1}
    )


def test_updated_is_model_copy() -> None:
    claim = _claim()
    update = {"question_id": "q_1", "stance": Stance.YES, "speaker": "Kabulov"}
    fast, slow = updated(claim, update), claim.model_copy(update=update)
    assert list(fast.__dict__.items()) == list(slow.__dict__.items())
    assert fast.model_fields_set == slow.model_fields_set
    assert fast.model_dump_json() == slow.model_dump_json()


def test_updated_keeps_field_order_of_a_model_built_out_of_order() -> None:
    claim = Claim.model_construct(
        text="x", id="c1", source_id="s1", kind=ClaimKind.DIRECT, start=0, end=1
    )
    object.__setattr__(claim, "__dict__", dict(reversed(claim.__dict__.items())))
    copy = updated(claim, {"speaker": "Kabulov"})
    assert list(copy.__dict__) == list(Claim.model_fields)
    assert copy.speaker == "Kabulov" and copy.text == "x"


def test_from_values_is_construct() -> None:
    claim = _claim()
    values = tuple(claim.__dict__.values())
    fast = from_values(Claim, values)
    slow = construct(Claim, **dict(zip(Claim.model_fields, values, strict=True)))
    assert list(fast.__dict__.items()) == list(slow.__dict__.items())
    assert fast.model_fields_set == slow.model_fields_set == set(Claim.model_fields)
