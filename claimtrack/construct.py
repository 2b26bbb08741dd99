"""Models built from values that are already of their field types, without re-validating them.

``BaseModel.model_construct`` does this too, but walks aliases and default factories field by
field; extraction, resolution and framing build thousands of models per megabyte of text, all of
plain fields, so this keeps a per-class list of fields and defaults and fills ``__dict__`` in
field order directly. The one place pipeline stages bypass validation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)

_Spec = tuple[dict[str, Any], frozenset[str]]  # every field's default in field order; required
_SPECS: dict[type[BaseModel], _Spec | None] = {}


def _spec(cls: type[BaseModel]) -> _Spec | None:
    """Defaults and required fields; None when the class needs ``model_construct``."""
    if cls not in _SPECS:
        fields = cls.model_fields
        plain = (
            not cls.__pydantic_root_model__
            and not cls.__pydantic_post_init__
            and cls.model_config.get("extra") != "allow"
            and all(
                f.alias is None and f.validation_alias is None and f.default_factory is None
                for f in fields.values()
            )
        )
        _SPECS[cls] = (
            (
                {n: None if f.is_required() else f.default for n, f in fields.items()},
                frozenset(n for n, f in fields.items() if f.is_required()),
            )
            if plain
            else None
        )
    return _SPECS[cls]


def construct(cls: type[M], fields_set: set[str] | None = None, /, **values: Any) -> M:
    """``cls.model_construct(**values)`` for values that are all fields and include every
    required one, faster: the same ``__dict__`` (in field order) and the same fields set
    (``fields_set`` when given, as ``model_construct`` takes it)."""
    spec = _spec(cls)
    # (``keys() >=``: ``frozenset.issubset`` of a dict first copies the dict into a set)
    if spec is None or not values.keys() >= spec[1]:
        return cls.model_construct(fields_set, **values)
    data = spec[0].copy()
    data.update(values)  # keys keep their field order
    if len(data) != len(spec[0]):  # a value that is not a field: model_construct ignores it
        return cls.model_construct(fields_set, **values)
    return assembled(cls, data, set(values) if fields_set is None else fields_set)


def updated(model: M, update: dict[str, Any]) -> M:
    """``model.model_copy(update=update)`` for a plain model, built like ``construct``: the
    same values (not validated), in field order, and the updated fields counted as set."""
    if model.__pydantic_extra__ is not None or model.__pydantic_private__:
        return model.model_copy(update=update)
    cls = type(model)
    data = model.__dict__.copy()
    data.update(update)
    fields_set = model.__pydantic_fields_set__ | update.keys()
    if _spec(cls) is None or tuple(data) != _names(cls)[0]:
        return construct(cls, fields_set, **data)
    # The usual case: the model held every field in field order, so the copy does too and is
    # what ``construct`` would build, without building it twice.
    return assembled(cls, data, fields_set)


_NAMES: dict[type[BaseModel], tuple[tuple[str, ...], frozenset[str]]] = {}


def _names(cls: type[BaseModel]) -> tuple[tuple[str, ...], frozenset[str]]:
    """The field names of ``cls`` in field order, and as a set."""
    names = _NAMES.get(cls)
    if names is None:
        fields = tuple(cls.model_fields)
        names = _NAMES[cls] = (fields, frozenset(fields))
    return names


def from_values(cls: type[M], values: Sequence[Any]) -> M:
    """``construct(cls, **dict(zip(cls.model_fields, values)))`` for ``values`` that hold every
    field's value in field order (a model packed into a tuple and back), faster: nothing to
    check or fill, and every field counted as set."""
    spec = _spec(cls)
    names = _names(cls)
    if spec is None or len(values) != len(names[0]):
        return construct(cls, **dict(zip(names[0], values, strict=True)))
    data = spec[0].copy()  # every key in place, in field order: no resizing while filling
    data.update(zip(names[0], values, strict=True))
    return assembled(cls, data, set(names[1]))


def defaults(cls: type[BaseModel]) -> dict[str, Any] | None:
    """Every field of ``cls`` with its default (None when required), in field order, to be
    copied and filled for ``assembled``; None when the class needs ``model_construct``."""
    spec = _spec(cls)
    return None if spec is None else spec[0]


# The slots ``assembled`` fills, in the order it fills them.
_SLOTS = ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")
_Maker = tuple[
    Callable[[type[Any]], Any],
    Callable[[Any, Any], None],
    Callable[[Any, Any], None],
    Callable[[Any, Any], None],
    Callable[[Any, Any], None],
]
_MAKERS: dict[type[BaseModel], _Maker] = {}


def _maker(cls: type[BaseModel]) -> _Maker:
    """``cls.__new__`` and the ``__set__`` of each slot's descriptor, the one that
    ``object.__setattr__`` finds on the class's MRO and calls: the same stores, without looking
    the descriptor up again for every model."""
    setters: list[Callable[[Any, Any], None]] = []
    for name in _SLOTS:
        owner = next(klass for klass in cls.__mro__ if name in vars(klass))
        setters.append(vars(owner)[name].__set__)
    maker = _MAKERS[cls] = (cls.__new__, setters[0], setters[1], setters[2], setters[3])
    return maker


def assembled(cls: type[M], data: dict[str, Any], fields_set: set[str]) -> M:
    """The model whose ``__dict__`` is ``data`` (every field of ``cls`` and nothing else, in
    field order: a filled copy of ``defaults(cls)``), as ``construct`` builds it: what
    ``object.__setattr__`` does for each slot, through the descriptors it would find."""
    new, set_dict, set_fields, set_extra, set_private = _MAKERS.get(cls) or _maker(cls)
    model: M = new(cls)
    set_dict(model, data)
    set_fields(model, fields_set)
    set_extra(model, None)
    set_private(model, None)
    return model
