"""Helpers shared by the extraction tests: a source from a string, a claim found by its text."""

from __future__ import annotations

from claimtrack.extract import extract
from claimtrack.models import Attribution, Source, Span


def make_source(text: str, published: str | None = None, body: list[Span] | None = None) -> Source:
    return Source(id="t", path="t.txt", sha256="x", text=text, published=published, body=body or [])


def run_extract(text: str, published: str | None = None) -> list[Attribution]:
    return extract(make_source(text, published))


def find_claim(atts: list[Attribution], content: str) -> Attribution:
    for a in atts:
        if a.text == content:
            return a
    raise AssertionError(f"no claim {content!r} in {[a.text for a in atts]}")
