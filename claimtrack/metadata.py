"""Article metadata: the ``SourceMeta`` model, ISO partial dates and YAML front matter.

- Front matter is a ``---`` line at the very top, YAML, and a closing ``---`` (or ``...``) line.
  Known keys: ``title``, ``outlet``, ``published`` (alias ``date``), ``url``; others are ignored
  with a warning. Front matter that is never closed, is not valid YAML or is not a mapping is an
  error: guessing would turn metadata into article text.
- ``published`` is ISO: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a time after ``T`` is dropped). An
  impossible date such as ``2017-02-30`` is refused, since claim dates are resolved against it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator

from claimtrack.errors import ClaimtrackError

META_KEYS = ("title", "outlet", "published", "url")
_KEY_ALIASES = {"date": "published"}
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTHS = "January February March April May June July August September October November December"


class SourceError(ClaimtrackError):
    """One file cannot be read as an article; ingest reports it and carries on."""


def iso_partial(value: str) -> str:
    """``value`` checked as a real ISO date, possibly partial (``ValueError`` when it is not)."""
    text = value.strip()
    if text[10:11] in ("T", " "):  # a time of day, ISO or YAML style, is dropped
        text = text[:10]
    match = _ISO.match(text)
    if not match:
        raise ValueError(f"{value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"{value!r} is not a real date: there is no month {month}")
    if month is not None and day is not None:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        last = 28 if month == 2 and not leap else _DAYS[month - 1]
        if not 1 <= day <= last:
            raise ValueError(
                f"{value!r} is not a real date: {_MONTHS.split()[month - 1]} {year} has {last} days"
            )
    return text


class SourceMeta(BaseModel):
    """Metadata for a source; every field optional. Unset fields fall through to the next layer."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None

    @field_validator("published")
    @classmethod
    def _published_is_iso(cls, value: str | None) -> str | None:
        return None if value is None else iso_partial(value)

    def over(self, lower: SourceMeta | None) -> SourceMeta:
        """This metadata with its unset fields taken from ``lower``."""
        if lower is None:
            return self
        merged = {k: getattr(self, k) or getattr(lower, k) for k in META_KEYS}
        return meta_from(merged)


# --- front matter ------------------------------------------------------------------------------


class YamlError(ValueError):
    """Text that is not valid YAML; the message is the parser's, on one line."""


def load_yaml(raw: str) -> Any:
    """Safe YAML that leaves dates as written, so ``2017-02-30`` gets our message, not a crash.

    PyYAML is imported on first use: most articles have no front matter and most folders no
    manifest, and the import is a tenth of ``claimtrack``'s start-up."""
    import yaml

    try:
        return yaml.load(raw, Loader=_string_dates_loader())
    except yaml.YAMLError as exc:
        raise YamlError(one_line(exc)) from exc


@cache
def _string_dates_loader() -> type[Any]:
    import yaml

    class StringDatesLoader(yaml.SafeLoader):
        pass

    StringDatesLoader.yaml_implicit_resolvers = {
        key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return StringDatesLoader


_OPEN = re.compile(r"---[ \t]*(\r\n|\n|\r)")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r|$)", re.MULTILINE)


def front_matter(text: str, warnings: list[str]) -> tuple[SourceMeta | None, int]:
    """The front matter's metadata and where the body starts (0 when there is none)."""
    opening = _OPEN.match(text)
    if not opening:
        return None, 0
    closing = _CLOSE.search(text, opening.end())
    if not closing:
        raise SourceError(
            "front matter opened by '---' on line 1 is never closed",
            hint="add a closing '---' line after the metadata, or remove the opening one",
        )
    raw = text[opening.end() : closing.start()]
    try:
        data = load_yaml(raw)
    except YamlError as exc:
        raise SourceError(
            f"front matter is not valid YAML: {one_line(exc)}",
            hint="write it as 'key: value' lines, quoting values that contain ': '",
        ) from exc
    if data is None:
        return None, closing.end()
    if not isinstance(data, dict):
        raise SourceError(
            f"front matter must be 'key: value' lines, not a {type(data).__name__}",
            hint="use title:, outlet:, published: and url:",
        )
    fields: dict[str, str] = {}
    for key, value in data.items():
        name = _KEY_ALIASES.get(str(key).lower(), str(key).lower())
        if name not in META_KEYS:
            warnings.append(f"front matter key {key!r} ignored (known: {', '.join(META_KEYS)})")
        elif value is not None and name not in fields:
            try:
                fields[name] = scalar(value)
            except ValueError as exc:
                raise SourceError(f"front matter {key!r}: {exc}") from exc
    return meta_from(fields), closing.end()


def meta_from(fields: dict[str, str | None] | dict[str, str]) -> SourceMeta:
    """Metadata as given, unvalidated: ``parse_source`` checks only the values that win."""
    return SourceMeta.model_construct(
        title=fields.get("title"),
        outlet=fields.get("outlet"),
        published=fields.get("published"),
        url=fields.get("url"),
    )


def scalar(value: object) -> str:
    if isinstance(value, dict | list):
        raise ValueError(f"metadata value {value!r} is not a single value")
    return str(value).strip()


def one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())
