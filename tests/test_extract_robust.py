"""Extraction: body regions, span invariants, and no crash or blow-up on any input."""

from __future__ import annotations

import pytest
from extraction_helpers import make_source, run_extract

from claimtrack.extract import extract
from claimtrack.models import Span


def test_nothing_outside_the_body() -> None:
    chrome = "Menu | Login | “Subscribe now,” the editors said.\n"
    article = "“The dam is safe,” the engineer said.\n"
    text = chrome + article
    atts = extract(make_source(text, body=[Span(start=len(chrome), end=len(text))]))
    assert [a.text for a in atts] == ["The dam is safe"]


def test_spans_and_sentences_index_the_source() -> None:
    text = (
        "Officials said on Monday that 12 people died. “We are searching,” a rescuer said.\n"
        "“It is grim,” she added. According to the Red Cross, roads are blocked.\n"
    )
    for a in run_extract(text):
        assert text[a.start : a.end] == a.text
        assert a.sentence_start <= a.start <= a.end <= a.sentence_end
        if a.speaker_start is not None and a.speaker_end is not None:
            assert text[a.speaker_start : a.speaker_end] == a.speaker_mention
        if a.cue_start is not None and a.cue_end is not None:
            assert text[a.cue_start : a.cue_end] == a.cue


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "said",
        "“",
        "”“”“",
        '"' * 100_000,
        "“" * 50_000 + "said he" + "”" * 50_000,
        "'" * 10_000 + " ‘a ‘b ’c " * 1000,
        "\x00\x01\x1c\x1d said \x85 \u2028 “x” \ufeff",
        "a, " * 20_000 + "he said.",
        "According to" + " the" * 5000,
    ],
)
def test_never_raises(text: str) -> None:
    for a in run_extract(text):
        assert text[a.start : a.end] == a.text


@pytest.mark.slow
def test_time_stays_linear_on_adversarial_input() -> None:
    import time

    texts = ["“a ”" * 50_000, '"x," he said, ' * 20_000, "a, " * 100_000 + "he said."]
    for text in texts:
        started = time.perf_counter()
        extract(make_source(text))
        assert time.perf_counter() - started < 20, text[:20]
