"""Machine formats: JSON, JSONL and spreadsheet-safe CSV, streamed row by row."""

from __future__ import annotations

import csv
import json
import types
from collections.abc import Callable, Iterable
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
        flat = flatten(row.model_dump(mode="json", exclude=_excluded(type(row))))
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(flat), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: _csv_value(v) for k, v in flat.items()})
        count += 1
    return count


def write_json(rows: Iterable[BaseModel], out: TextIO, *, lines: bool) -> int:
    """JSON (one list) or JSONL (one object a line), streamed row by row."""
    encoding = (getattr(out, "encoding", None) or "utf-8").lower().replace("_", "-")
    raw = getattr(out, "buffer", None)
    if encoding in ("utf-8", "utf8") and raw is not None:  # stdout, files: bytes straight down
        out.flush()  # what was written as text goes first
        count = _write_json(rows, raw.write, _orjson, lines=lines)
        raw.flush()
        return count
    if encoding in ("utf-8", "utf8"):  # in-memory text
        return _write_json(rows, lambda data: out.write(data.decode()), _orjson, lines=lines)
    # A terminal or pipe in another encoding: \uXXXX escapes keep the JSON valid and writable.
    return _write_json(rows, lambda data: out.write(data.decode()), _ascii_json, lines=lines)


def _orjson(data: dict[str, Any]) -> bytes:
    # Compact JSON as UTF-8, non-ASCII text as is, a StrEnum as its value.
    return orjson.dumps(data)


_ASCII_JSON = json.JSONEncoder(ensure_ascii=True, separators=(",", ":")).encode


def _ascii_json(data: dict[str, Any]) -> bytes:
    return _ASCII_JSON(data).encode("ascii")


def _write_json(
    rows: Iterable[BaseModel],
    write: Callable[[bytes], object],
    encode: Callable[[dict[str, Any]], bytes],
    *,
    lines: bool,
) -> int:
    count = 0
    if lines:
        for row in rows:
            write(encode(_json_data(row)) + b"\n")
            count += 1
        return count
    write(b"[")
    for row in rows:
        write((b"\n  " if count == 0 else b",\n  ") + encode(_json_data(row)))
        count += 1
    write(b"\n]\n" if count else b"]\n")
    return count


_UNIONS = (Union, types.UnionType)
_PLAIN_TYPES = (str, int, float, bool, type(None))
_PLAIN: dict[type[BaseModel], frozenset[str] | None] = {}


def _plain_fields(cls: type[BaseModel]) -> frozenset[str] | None:
    """The field names of ``cls`` when every field holds a str, int, float, bool, None or StrEnum,
    whose Python dump orjson writes exactly as pydantic's JSON mode would, and none is excluded;
    None otherwise."""
    if cls not in _PLAIN:
        plain = all(
            all(
                t in _PLAIN_TYPES or (isinstance(t, type) and issubclass(t, StrEnum))
                for t in (get_args(f.annotation) if get_origin(f.annotation) in _UNIONS else [])
                or [f.annotation]
            )
            for f in cls.model_fields.values()
        )
        _PLAIN[cls] = frozenset(cls.model_fields) if plain and not _excluded(cls) else None
    return _PLAIN[cls]


def _json_data(row: BaseModel) -> dict[str, Any]:
    """``row.model_dump(mode="json")`` with the row's excluded fields left out. A model of plain
    fields is its ``__dict__`` as is (a StrEnum member encodes as its value, which is a str)."""
    fields = _plain_fields(type(row))
    if fields is not None and row.__dict__.keys() == fields:
        return row.__dict__
    return row.model_dump(mode="json", exclude=_excluded(type(row)))


def _excluded(cls: type[BaseModel]) -> set[str]:
    # Article text and body regions belong to `show`, not to every listing of sources.
    return {"text", "body"} if issubclass(cls, Source) else set()
