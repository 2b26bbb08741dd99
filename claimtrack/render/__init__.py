"""The render layer: every output format of every command, and nothing else.

- ``formats``: JSON, JSONL and CSV (every model field under its DESIGN.md name; CSV neutralised);
- ``tables``: rich tables and the ``show`` view;
- ``html``: the HTML report (every piece of article text escaped).

:func:`render` is the one entry point for listings, keyed by :class:`Format`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from pydantic import BaseModel
from rich.console import Console

from claimtrack.render.formats import Format, neutralise_cell, write_csv, write_json
from claimtrack.render.tables import print_detail, print_table

__all__ = ["Format", "neutralise_cell", "print_detail", "print_table", "render"]


def render(
    rows: Iterable[BaseModel],
    fmt: Format,
    *,
    out: TextIO,
    console: Console | None = None,
) -> int:
    """Write ``rows`` to ``out`` in ``fmt``; returns how many rows were written."""
    if fmt is Format.JSON:
        return write_json(rows, out, lines=False)
    if fmt is Format.JSONL:
        return write_json(rows, out, lines=True)
    if fmt is Format.CSV:
        return write_csv(rows, out)
    materialised = list(rows)
    print_table(materialised, console or Console(file=out))
    return len(materialised)
