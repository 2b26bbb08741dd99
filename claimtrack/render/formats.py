"""Machine formats: JSON, JSONL and spreadsheet-safe CSV, streamed row by row."""

from __future__ import annotations

import csv
import types
from collections.abc import Iterable
from enum import StrEnum
from typing import Any, TextIO, Union, get_args, get_origin

import orjson
from pydantic import BaseModel

from claimtrack.models import Source


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"


# OWASP CSV injection: a cell a spreadsheet would evaluate starts with one of these.
_FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: str) -> str:
    """Make a CSV cell inert in spreadsheets by prefixing a formula lead with a quote."""
    if value.startswith(_FORMULA_LEADS):
        return "'" + value
    return value


def flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Flatten nested dicts and lists to dotted keys (``claims.0.speaker``) for CSV."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, name + "."))
        elif isinstance(value, list) and any(isinstance(v, dict) for v in value):
            for i, item in enumerate(value):
                if isinstance(item, dict):
                    flat.update(flatten(item, f"{name}.{i}."))
                else:
                    flat[f"{name}.{i}"] = item
        elif isinstance(value, list):
            flat[name] = "; ".join(str(v) for v in value)
        else:
            flat[name] = value
    return flat


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return neutralise_cell(value)
    return str(value)


def write_csv(rows: Iterable[BaseModel], out: TextIO) -> int:
    """Write models as CSV: one header row of field names, every text cell neutralised."""
    writer: Any = None
    count = 0
    for row in rows:
        flat = flatten(row.model_dump(mode="json", exclude=_excluded(row)))
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(flat), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: _csv_value(v) for k, v in flat.items()})
        count += 1
    return count


def _encode(data: dict[str, Any]) -> str:
    """One row as compact JSON, non-ASCII text as is (orjson: UTF-8 out, StrEnum as its value)."""
    return orjson.dumps(data).decode()


def write_json(rows: Iterable[BaseModel], out: TextIO, *, lines: bool) -> int:
    """JSON (one list) or JSONL (one object a line), streamed row by row."""
    count = 0
    if not lines:
        out.write("[")
    for row in rows:
        text = _encode(_json_data(row))
        if lines:
            out.write(text + "\n")
        else:
            out.write(("\n  " if count == 0 else ",\n  ") + text)
        count += 1
    if not lines:
        out.write("\n]\n" if count else "]\n")
    return count


_UNIONS = (Union, types.UnionType)
_PLAIN_TYPES = (str, int, float, bool, type(None))
_PLAIN: dict[type[BaseModel], bool] = {}


def _plain(cls: type[BaseModel]) -> bool:
    """Whether every field of ``cls`` holds a str, int, float, bool, None or StrEnum, whose Python
    dump the JSON encoder writes exactly as pydantic's JSON mode would."""
    if cls not in _PLAIN:
        _PLAIN[cls] = all(
            all(
                t in _PLAIN_TYPES or (isinstance(t, type) and issubclass(t, StrEnum))
                for t in (get_args(f.annotation) if get_origin(f.annotation) in _UNIONS else [])
                or [f.annotation]
            )
            for f in cls.model_fields.values()
        )
    return _PLAIN[cls]


def _json_data(row: BaseModel) -> dict[str, Any]:
    """``row.model_dump(mode="json")`` with the row's excluded fields left out. A model of plain
    fields is its ``__dict__`` as is (a StrEnum member encodes as its value, which is a str)."""
    excluded = _excluded(row)
    if not excluded and _plain(type(row)) and row.__dict__.keys() == type(row).model_fields.keys():
        return row.__dict__
    return row.model_dump(mode="json", exclude=excluded)


def _excluded(row: BaseModel) -> set[str]:
    # Article text and body regions belong to `show`, not to every listing of sources.
    return {"text", "body"} if isinstance(row, Source) else set()
