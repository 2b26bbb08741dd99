"""Span arithmetic and one-to-one matching of predicted to gold content spans.

A *segment list* is a tuple of half-open ``(start, end)`` ranges; gold contents may be
discontinuous, predictions are one range. Two strictnesses:

- ``overlap``: the spans cover at least half of each other, ``|A ∩ B| >= 0.5 * |A|`` and
  ``>= 0.5 * |B|`` (character positions).
- ``exact``: the texts are equal once both are normalised by ``normalise``: runs of whitespace
  become one space; whitespace, quote marks and punctuation are trimmed from both ends; and a
  leading complementizer ``that`` is dropped, since PolNeAR puts it in the content and claimtrack
  does not (``“We won,” `` and ``We won`` are equal, as are ``that we won`` and ``we won``; inner
  quote marks and punctuation still count).

Matching is greedy by Dice overlap ``2|A ∩ B| / (|A| + |B|)``, best pair first, each side used once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from enum import StrEnum

Segments = tuple[tuple[int, int], ...]

QUOTE_MARKS = "\"'“”‘’«»„‟‹›`"
_EDGE = QUOTE_MARKS + ".,;:!?—–-…()[]{} \t\r\n\u00a0"
_SPACE = re.compile(r"\s+")
_THAT = re.compile(r"^that\s+", re.IGNORECASE)


class Strictness(StrEnum):
    OVERLAP = "overlap"
    EXACT = "exact"


def length(segments: Segments) -> int:
    return sum(max(0, end - start) for start, end in segments)


def intersection(a: Segments, b: Segments) -> int:
    """Number of character positions covered by both (segments within one list do not overlap)."""
    return sum(
        max(0, min(a_end, b_end) - max(a_start, b_start))
        for a_start, a_end in a
        for b_start, b_end in b
    )


def dice(a: Segments, b: Segments) -> float:
    total = length(a) + length(b)
    return 2 * intersection(a, b) / total if total else 0.0


def covers_half(a: Segments, b: Segments) -> bool:
    """The overlap criterion: each span covers at least half of the other."""
    shared = intersection(a, b)
    return shared > 0 and 2 * shared >= length(a) and 2 * shared >= length(b)


def touches(a: Segments, b: Segments) -> bool:
    return intersection(a, b) > 0


def normalise(text: str) -> str:
    """Text for exact comparison: whitespace collapsed, quote marks, punctuation and a leading
    "that" trimmed."""
    trimmed = _SPACE.sub(" ", text).strip(_EDGE)
    return _THAT.sub("", trimmed).strip(_EDGE)


def segments_text(text: str, segments: Segments) -> str:
    return " ".join(text[start:end] for start, end in segments)


def same_text(text: str, a: Segments, b: Segments) -> bool:
    """The exact criterion, both spans read from ``text``."""
    left = normalise(segments_text(text, a))
    return bool(left) and left == normalise(segments_text(text, b))


def criterion(strictness: Strictness, text: str) -> Callable[[Segments, Segments], bool]:
    if strictness is Strictness.EXACT:
        return lambda a, b: same_text(text, a, b)
    return covers_half


def match(
    predicted: Sequence[Segments],
    gold: Sequence[Segments],
    accept: Callable[[Segments, Segments], bool],
) -> dict[int, int]:
    """One-to-one matching, greedy by Dice overlap: ``{predicted index: gold index}``."""
    candidates: list[tuple[float, int, int]] = []
    for p, p_segments in enumerate(predicted):
        for g, g_segments in enumerate(gold):
            if touches(p_segments, g_segments) and accept(p_segments, g_segments):
                candidates.append((dice(p_segments, g_segments), p, g))
    # Ties break on position so the result does not depend on dict or sort stability accidents.
    candidates.sort(key=lambda item: (-item[0], item[1], item[2]))
    pairs: dict[int, int] = {}
    used_gold: set[int] = set()
    for _, p, g in candidates:
        if p not in pairs and g not in used_gold:
            pairs[p] = g
            used_gold.add(g)
    return pairs
