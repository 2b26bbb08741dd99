"""Extraction never crashes, every span it returns is valid, and its time stays linear.

Property-based (hypothesis) over random and adversarial text: unbalanced and nested quotes, floods
of quote marks, control characters, mixed scripts, and news-like sentences stitched at random.
"""

from __future__ import annotations

import functools
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.compare.lexicon import Lexicon
from claimtrack.extract import extract
from claimtrack.models import Attribution, Source, Span

QUOTES = "\"'“”‘’«»„‟‹›`"
PIECES = [
    "said", "says", "told reporters", "according to", "denied", "he said", "she added",
    "the spokesman", "John Smith", "Dr. Jane Roe, a doctor,", "officials", "The Times reported",
    "that", ":", " — ", ",", ".", "\n", "\n\n", " ", "may", "not", "[IS]", "(", ")", "Mr.",
    "“", "”", '"', "'", "‘", "’", "«", "»",
    "Москва заявила", "北京说", "قال المتحدث", "\x00", "\x0b", "\u200b", "\ufeff", "\r\n",
]  # fmt: skip

news_like = st.lists(st.sampled_from(PIECES), max_size=120).map(" ".join)
any_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from(list(QUOTES)),
    max_size=400,
)


def source(text: str, body: list[Span] | None = None) -> Source:
    return Source(id="prop", path="prop.txt", sha256="0" * 64, text=text, body=body or [])


def assert_valid(text: str, found: list[Attribution], body: list[Span] | None = None) -> None:
    for a in found:
        assert 0 <= a.start <= a.end <= len(text)
        assert text[a.start : a.end] == a.text
        if a.speaker_start is not None:
            assert a.speaker_end is not None
            assert 0 <= a.speaker_start <= a.speaker_end <= len(text)
            assert text[a.speaker_start : a.speaker_end] == a.speaker_mention
        if a.cue_start is not None:
            assert a.cue_end is not None
            assert 0 <= a.cue_start <= a.cue_end <= len(text)
            assert text[a.cue_start : a.cue_end] == a.cue
        assert 0 <= a.sentence_start <= a.sentence_end <= len(text)
        if body:
            assert any(r.start <= a.start and a.end <= r.end for r in body), "claim outside body"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(news_like)
def test_news_like_text_gives_valid_spans(text: str) -> None:
    assert_valid(text, extract(source(text)))


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_any_text_gives_valid_spans(text: str) -> None:
    assert_valid(text, extract(source(text)))


@settings(max_examples=100, deadline=None)
@given(news_like, st.integers(0, 200), st.integers(0, 200))
def test_claims_stay_inside_the_body(text: str, a: int, b: int) -> None:
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    body = [Span(start=lo, end=hi)]
    assert_valid(text, extract(source(text, body)), body)


@pytest.mark.parametrize(
    "unit",
    [
        '"',
        "“",
        "'",
        '"He said," she said, "',
        "“a “b “c ",
        "(((“[[",
        "said: “",
        "\x00\x01\x02",
        'John Smith said "yes." ',
    ],
)
def test_time_stays_linear_on_adversarial_floods(unit: str) -> None:
    small = unit * 2_000
    large = unit * 20_000
    t0 = time.perf_counter()
    assert_valid(small, extract(source(small)))
    t1 = time.perf_counter()
    assert_valid(large, extract(source(large)))
    t2 = time.perf_counter()
    small_time, large_time = max(t1 - t0, 1e-3), t2 - t1
    # Ten times the text may take at most ~30 times as long (generous for timer noise), not 100x.
    assert large_time < 30 * small_time + 0.5, (small_time, large_time)


def test_a_hundred_thousand_quote_marks() -> None:
    text = "“" * 50_000 + '"' * 50_000
    t0 = time.perf_counter()
    assert_valid(text, extract(source(text)))
    assert time.perf_counter() - t0 < 10


def test_an_unclosed_quote_does_not_swallow_the_article() -> None:
    text = (
        'The mayor said: "We will rebuild the bridge.\n\n'
        + "Other news of the day follows here. " * 50
        + '\n\nThe governor said the budget was "balanced."'
    )
    found = extract(source(text))
    assert_valid(text, found)
    assert all(len(a.text) < 400 for a in found)


_DENIAL_ALPHABET = st.sampled_from(
    [*"rejctdniysmfutwogalbRJECTDNIYSMFUTWOGALB -'.,", "ſ", "K", "İ", "ı", "é", "_", "1"]
)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(), st.text(_DENIAL_ALPHABET, max_size=40)))
def test_denial_fast_path_is_the_denial_regex(text: str) -> None:
    from claimtrack.compare.contradictions import _DENIAL, _denial

    assert _denial(text) == (_DENIAL.search(text) is not None)


_FRAMING_TEXT = """Russia Taliban IS Florida Republican Kentucky Trump Clinton Vladimir Putin
President president governor supporters aides nomination primary 's the and is fighting arming
not in officials Mr. said , . - leader of ISKP"""
_FRAMING_WORDS = st.sampled_from(_FRAMING_TEXT.split())


@functools.cache
def _lexicon() -> Lexicon:
    return Lexicon.load()


@settings(max_examples=300, deadline=None)
@given(st.lists(_FRAMING_WORDS, min_size=1, max_size=14))
def test_describing_guard_skips_only_what_describes_nothing(words: list[str]) -> None:
    """``Framer._resolve`` asks ``_modifier`` and ``_describes`` only when the token after a
    name is in ``_DESCRIBING`` or capitalised: otherwise both say no."""
    from claimtrack.compare.discourse import Discourse
    from claimtrack.compare.frame import _DESCRIBING, _ENTITYLIKE, Framer

    framer = Framer(" ".join(words), None, _lexicon(), Discourse())
    tokens, lows = framer.scan.tokens, framer.scan.lows
    mentions = framer.scan.mentions
    for k, m in enumerate(mentions):
        if m.kind not in _ENTITYLIKE:
            continue
        nxt = m.last + 1
        if nxt < len(tokens) and (lows[nxt] in _DESCRIBING or tokens[nxt][:1].isupper()):
            continue
        assert not framer._describes(m, tokens, lows)
        if m.kind == "entity":
            assert not framer._modifier(m, mentions[k + 1 : k + 2], lows)
