"""PolNeAR's brat standoff files: text-bound annotations tied into attributions.

``T<n>\\t<Label> <start> <end>[;<start> <end>...]\\t<text>`` is a span (several ranges when
discontinuous); ``E<n>\\tAttribution:T<a> Content:T<b> Cue:T<c> Source:T<d>`` ties one attribution
together (``Attribution-no-source`` has no Source; ``Content2`` continues the content). Labels other
than Source, Cue and Content (``Discuss``, ``Discard``) are ignored, as are lines that are neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from claimtrack.evaluate.spans import Segments

_SPAN = re.compile(r"^T(\d+)\t(\S+) ([\d ;]+)\t?")
_EVENT = re.compile(r"^E\d+\t(.*)$")
_ROLE = re.compile(r"^([A-Za-z-]+?)\d*:T(\d+)$")


@dataclass(frozen=True)
class GoldAttribution:
    """One annotated attribution; ``source`` and ``cue`` are empty when not annotated."""

    content: Segments
    cue: Segments
    source: Segments

    @property
    def has_source(self) -> bool:
        return bool(self.source)


def parse_segments(field: str) -> Segments:
    """``"10 20;25 30"`` -> ``((10, 20), (25, 30))``, sorted."""
    ranges: list[tuple[int, int]] = []
    for part in field.split(";"):
        start, end = part.split()
        ranges.append((int(start), int(end)))
    return tuple(sorted(ranges))


def parse_ann(text: str) -> list[GoldAttribution]:
    """The attributions of one ``.ann`` file, in file order; those without content are dropped."""
    spans: dict[str, tuple[str, Segments]] = {}
    events: list[str] = []
    for line in text.splitlines():
        if found := _SPAN.match(line):
            number, label, ranges = found.groups()
            spans[number] = (label, parse_segments(ranges.strip()))
        elif found := _EVENT.match(line):
            events.append(found.group(1))
    attributions: list[GoldAttribution] = []
    for event in events:
        roles: dict[str, list[tuple[int, int]]] = {}
        for argument in event.split():
            role = _ROLE.match(argument)
            if role is None or role.group(2) not in spans:
                continue
            name = role.group(1).lower()
            roles.setdefault(name, []).extend(spans[role.group(2)][1])
        if roles.get("content"):
            attributions.append(
                GoldAttribution(
                    content=tuple(sorted(roles["content"])),
                    cue=tuple(sorted(roles.get("cue", []))),
                    source=tuple(sorted(roles.get("source", []))),
                )
            )
    return attributions


def read_document(ann: Path) -> list[GoldAttribution]:
    return parse_ann(ann.read_text(encoding="utf-8"))
