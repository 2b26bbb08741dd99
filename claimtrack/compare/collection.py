"""Fewer passes of the cyclic garbage collector while working through a batch of claims."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_THRESHOLD = 50_000  # allocations between young collections meanwhile (default 700)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Framing, indexing and grouping a batch allocate many objects that are acyclic (tokens,
    mentions, candidates, packed claims, tallies): reference counting frees them, and the cyclic
    collector's frequent passes over the long-lived lexicon and claims only cost time. Collect
    less often meanwhile; the old thresholds come back."""
    old = gc.get_threshold()
    if 0 < old[0] < _THRESHOLD:  # a threshold of 0 (collection off) stays off
        gc.set_threshold(_THRESHOLD, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)
