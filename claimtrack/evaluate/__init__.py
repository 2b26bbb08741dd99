"""Evaluation: how well claimtrack does against annotations it did not write.

- ``polnear``: extraction against the PolNeAR attribution corpus (brat standoff), by category and
  matching strictness.
- ``demo``: extraction and comparison against the hand-made gold for the demo articles
  (``data/gold/claims.yaml``).
- ``spans``, ``cues``, ``metrics``: the span matcher, the speech-cue word list and the counts they
  share; ``report`` renders everything as rich tables.

Run it as ``python -m claimtrack.evaluate --corpora ../shared/corpora --gold data/gold
--sources data/sources`` (``make eval``).
"""
