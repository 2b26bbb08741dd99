"""The fast paths of extraction find exactly what the regexes they stand in for find."""

from __future__ import annotations

import re
from pathlib import Path

from fastpaths import add_token
from fastpaths import ranges as _ranges
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import clean
from claimtrack.extract import coref, cues, dates, frames, phrases, segment, stance
from claimtrack.extract.lexicon import CUE_NOUNS

SOURCES = sorted(Path(__file__).resolve().parent.parent.joinpath("data", "sources").glob("*.md"))

_CUE_RE = re.compile(cues.cue_pattern())

# Letters, cue words, boundaries of every kind, quote marks and the characters that case-fold
# oddly: the places where a shortcut could part from its regex.
_PIECES = st.sampled_from(
    [
        "said", "says", "told", "According", "according", "claims", "added", "day", "Day",
        "today", "this", "x", "é", "_", "-", "'", "’", "‘", '"', "“", "”", "''", " ", "  ",
        "\n", "\t", "\x00", ",", ".", "U.S.", "1", "2014", "ſ", "ı", "İ", "K", "DAY", "thıs",
    ]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_cue_spans_are_the_cue_regex_matches(text: str) -> None:
    for lo, hi in _ranges(text):
        expected = [m.span() for m in _CUE_RE.finditer(text, lo, hi)]
        assert cues.cue_spans(text, lo, hi) == expected


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_dateish_is_the_dateish_regex(text: str) -> None:
    for lo, hi in _ranges(text):
        expected = stance._DATEISH.search(text, lo, hi) is not None
        assert stance._dateish(text, lo, hi) is expected


@settings(max_examples=500, deadline=None)
@given(_TEXTS | st.lists(_PIECES, max_size=12).map(" ".join))
def test_date_words_are_the_date_words_regex(text: str) -> None:
    for low in (text.lower(), text, text.lower() + "_", "x" + text.lower()):
        assert stance._date_words(low) is (stance._DATE_WORDS.search(low) is not None)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_word_before_is_the_word_before_regex(text: str) -> None:
    for lo, hi in _ranges(text):
        found = segment._WORD_BEFORE.search(text, lo, hi)
        assert segment._word_before(text, lo, hi) == (found.group(1) if found else "")


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_left_noise_is_the_left_noise_regex(text: str) -> None:
    text += ", meanwhile, "
    for lo, hi in _ranges(text):
        expected = frames._LEFT_NOISE.search(text, lo, hi)
        got = frames._left_noise(text, lo, hi)
        assert (got.span() if got else None) == (expected.span() if expected else None)


def _singles_by_regex(
    text: str, lo: int, hi: int, taken: list[segment.Quote]
) -> list[segment.Quote]:
    """``_scan_singles`` as it was: every single mark, apostrophes skipped in Python."""
    found: list[segment.Quote] = []
    open_at: int | None = None
    blocked = sorted((q.open, q.close if q.close >= 0 else hi) for q in taken)
    k = 0
    for m in segment._SINGLE.finditer(text, lo, hi):
        i = m.start()
        while k < len(blocked) and blocked[k][1] < i:
            k += 1
        if k < len(blocked) and blocked[k][0] <= i:
            continue
        prev_word = i > lo and text[i - 1].isalnum()
        next_word = i + 1 < hi and text[i + 1].isalnum()
        if prev_word and next_word:
            continue
        if not prev_word and next_word and text[i] != "’":
            open_at = i
        elif open_at is not None and not next_word and i > lo and not text[i - 1].isspace():
            if len(text[open_at + 1 : i].split()) >= 3:
                found.append(segment.Quote(open_at, i, open_at + 1, i, double=False))
            open_at = None
    return found


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_scan_singles_skips_only_apostrophes(text: str) -> None:
    for lo, hi in _ranges(text):
        taken, _ = segment._scan_doubles(text, lo, hi, None)
        assert segment._scan_singles(text, lo, hi, taken) == _singles_by_regex(text, lo, hi, taken)


_DOUBLE_AS_WRITTEN = re.compile(r"[\"“”„‟«»]|''")


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_double_marks_are_the_plain_alternation(text: str) -> None:
    for lo, hi in _ranges(text):
        expected = [m.span() for m in _DOUBLE_AS_WRITTEN.finditer(text, lo, hi)]
        assert [m.span() for m in segment._DOUBLE.finditer(text, lo, hi)] == expected


def test_fast_paths_agree_on_the_demo_articles() -> None:
    for path in SOURCES:
        text = path.read_text(encoding="utf-8")
        for lo, hi in [(0, len(text)), (1, len(text) - 1), (len(text) // 3, len(text) // 2)]:
            assert cues.cue_spans(text, lo, hi) == [
                m.span() for m in _CUE_RE.finditer(text, lo, hi)
            ]
            assert stance._dateish(text, lo, hi) is (
                stance._DATEISH.search(text, lo, hi) is not None
            )


def test_every_cue_noun_holds_a_stem() -> None:
    assert all(any(stem in noun for stem in frames._NOUN_STEMS) for noun in CUE_NOUNS)


def test_every_reported_word_holds_a_hint() -> None:
    assert all(
        any(hint in word for hint in stance._REPORTED_HINTS) for word in stance._REPORTED_WORDS
    )


_LINE_PIECES = st.sampled_from(
    ["a", "b c", " ", "\n", "\r", "\r\n", "\u2028", "\x0b", "\x85", "\x1c", "é", "\n\n"]
)
_LINE_TEXTS = st.lists(_LINE_PIECES, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(_LINE_TEXTS)
def test_line_spans_are_the_line_regex_matches(text: str) -> None:
    for lo, hi in _ranges(text):
        expected = [m.span() for m in segment._LINE.finditer(text, lo, hi)]
        assert segment.line_spans(text, lo, hi) == expected


@settings(max_examples=300, deadline=None)
@given(_LINE_TEXTS)
def test_body_line_spans_are_the_line_regex_matches(text: str) -> None:
    for start in range(len(text) + 2):
        expected = [m.span() for m in clean._LINE.finditer(text, start)]
        assert clean._line_spans(text, start) == expected


def _tokens_by_regex(masked: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """``phrases._tokens`` as it was: one match object per token."""
    out: list[tuple[int, int, str]] = []
    for m in phrases._TOKEN.finditer(masked, lo, hi):
        tok = m.group()
        start, end = m.span()
        add_token(out, start, end, tok)
    return out


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_tokens_are_the_token_regex_matches(text: str) -> None:
    text += " _a __ b_ _,_ Mr. x."
    for lo, hi in _ranges(text):
        assert phrases._tokens(text, lo, hi) == _tokens_by_regex(text, lo, hi)


_DATE_PIECES = st.sampled_from(
    [
        "on", "On", "in", "last", "this", "past", "the", "Monday", "Sunday", "Times", "May",
        "Jan", "Jan.", "Sept.", "March", "mid", "-", "early", "2014", "2015-03-04", "5", "31st",
        "ago", "days", "two", "a", "week", "year", "yesterday", "earlier", "night", "weekend",
        "ſ", "ı", "İ", "K", "laſt", "thıs", "٣", "_", " ", "  ", ",", ".", "\n", "x", "é",
        "The", "THE", "PAST", "Last", "previous", "an", "An", "ten", "AGO", "Ago", "\u2028",
    ]
)  # fmt: skip
# Short phrases of the words ``dates._matches`` tests before trying the pattern ("the", "a", "two").
_DATE_WORDS = st.sampled_from(
    ["the", "The", "THE", "a", "An", "two", "ten", "previous", "past", "Last", "LAST", "paſt",
     "week", "month", "year", "days", "weeks", "ago", "AGO", "Ago", "5", "05", "31st", "of", "May",
     "x", "\n"]
)  # fmt: skip
_DATE_PHRASES = st.lists(_DATE_WORDS, min_size=1, max_size=8).map(" ".join)
_DATE_TEXTS = st.lists(_DATE_PIECES, max_size=24).map(" ".join) | _TEXTS | _DATE_PHRASES


@settings(max_examples=1000, deadline=None)
@given(_DATE_TEXTS)
def test_date_matches_are_the_date_pattern_matches(text: str) -> None:
    for lo, hi in _ranges(text)[::3]:
        expected = [m.span() for m in dates._PATTERN.finditer(text, lo, hi)]
        assert [m.span() for m in dates._matches(text, lo, hi)] == expected


def test_date_matches_after_the_and_numbers() -> None:
    for text in (
        "said the 05 May", "on the Last week", "the  PAST year", "the\npaſt month", "The 3 of May",
        "two days AGO", "An hour or a week Ago", "ten years ago", "a week", "the x", "the-5 May",
    ):  # fmt: skip
        for lo, hi in _ranges(text):
            expected = [m.span() for m in dates._PATTERN.finditer(text, lo, hi)]
            assert [m.span() for m in dates._matches(text, lo, hi)] == expected


_WORD_PIECES = st.sampled_from(
    ["no", "not", "never", "may", "reportedly", "n't", "wrong", "aware", "seems", "unclear",
     "'", "’", "a", "b", "x", " ", ".", "-",
     "\ud800", "\x80",
     "é", "İ", "\x00", "_", "1", "don", "t", "''", "a'b"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_WORD_PIECES, max_size=30).map("".join))
def test_stance_kinds_are_the_token_regex_words(text: str) -> None:
    words = {t for t in stance._TOKENS.findall(text) if "'" not in t and "’" not in t}
    expected = 0
    for bit, triggers in (
        (stance._NEG_BIT, stance._NEG_WORDS),
        (stance._REPORTED_BIT, stance._REPORTED_WORDS),
        (stance._HEDGE_BIT, stance._HEDGE_WORDS),
    ):
        if not triggers.isdisjoint(words):
            expected |= bit
    assert stance._kinds_of(text) == expected


_SENTENCE_PIECES = st.sampled_from(
    [".", "?", "!", '"', "”", "’", "'", "“", "‘", " ", "  ", "\n", "\u2028", "\x85", "\x1c", "A",
     "Z", "a", "é", "É", "_", "1", "U.S.", "said", "x", ".\"", ". ", "? ", "! "]
)  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(_SENTENCE_PIECES, max_size=30).map("".join))
def test_sentence_break_is_the_first_sentence_regex(text: str) -> None:
    m = stance._FIRST_SENTENCE.search(text)
    assert stance._sentence_break(text) == (m.start() if m else -1)


_MARK_PIECES = st.sampled_from(
    ['"', "“", "”", "„", "‟", "«", "»", "'", "''", "'''", "‘", "’", "a", "B", "1", "_", " ",
     "\n", "é", "\u2028", ".", "-", "x", "don", "t"]
)  # fmt: skip
_MARK_TEXTS = st.lists(_MARK_PIECES, max_size=30).map("".join) | _TEXTS


@settings(max_examples=400, deadline=None)
@given(_MARK_TEXTS)
def test_double_marks_are_the_double_regex_matches(text: str) -> None:
    for lo, hi in _ranges(text):
        expected = [
            (m.start(), m.end() - m.start()) for m in segment._DOUBLE.finditer(text, lo, hi)
        ]
        assert segment._double_marks(text, lo, hi) == expected


@settings(max_examples=400, deadline=None)
@given(_MARK_TEXTS)
def test_single_edges_are_the_single_edge_regex_matches(text: str) -> None:
    for lo, hi in _ranges(text):
        expected = [m.start() for m in segment._SINGLE_EDGE.finditer(text, lo, hi)]
        assert segment._single_edges(text, lo, hi) == expected


_SPAN = st.tuples(st.integers(0, 120), st.integers(1, 60)).map(lambda p: (p[0], p[0] + p[1]))


@settings(max_examples=2000, deadline=None)
@given(st.lists(_SPAN, max_size=14), _SPAN)
def test_select_clash_is_any_overlap(kept: list[tuple[int, int]], span: tuple[int, int]) -> None:
    from bisect import bisect_left

    from claimtrack.extract import _clashes, _overlap

    spans = sorted(kept)
    i = bisect_left(spans, span)
    expected = any(_overlap(span, k) for k in spans[max(0, i - 4) : i + 4])
    assert _clashes(span[0], span[1], spans, i) is expected


_COMPANY_PIECES = st.sampled_from(
    ["Acme", "Acme", "AcmeX", "x", "-", "_", "é", " ", "  ", "\n", ".", ",", "Inc", "Inc.", "Corp",
     "Co.", "Co", "Bank", "Banking", "Group", "Big", "big", "Holdings", "&", "LLC", "2", "plc",
     "Ltd", "pl"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.lists(_COMPANY_PIECES, max_size=30).map("".join)
    | st.lists(_COMPANY_PIECES, max_size=12).map(" ".join),
    st.sampled_from(["Acme", "Co", "A"]),
)
def test_spelled_as_company_is_the_company_regex(text: str, name: str) -> None:
    pattern = rf"(?<![\w-]){re.escape(name)}(?:\s+[A-Z][\w&-]*){{0,3}}\s+{coref._COMPANY_WORD}"
    assert coref.spelled_as_company(text, name) is (re.search(pattern, text) is not None)
