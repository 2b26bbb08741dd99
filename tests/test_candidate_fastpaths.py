"""The fast paths of the candidate stage (cues, speakers, content) agree with the regexes and
routines they stand in for, on random and adversarial strings."""

from __future__ import annotations

import re
import sys
from itertools import islice

from fastpaths import ranges as _ranges
from fastpaths import texts as _texts
from hypothesis import given, settings

from claimtrack.extract import content, cues, frames, phrases, quoteframes

_WORDISH = [
    "said", "U.S.", "'90s", "don't", "’", "'", "‘", "-", "—", "–", "a", "Bo", "x_y", "_", "1",
    " ", "  ", "\n", "\t", ",", ".", "(", ")", "“", "”", '"', "?", ";", ":", "[", "&", "%",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(_texts(_WORDISH))
def test_count_words_is_the_word_regex(text: str) -> None:
    for lo, hi in _ranges(text):
        for most in (8, 2):
            expected = len(list(islice(content._WORD.finditer(text, lo, hi), most)))
            assert content.count_words(text, lo, hi, most) == expected


_ADVERBIAL = [
    "on", "On", "in", "In", "at", "during", "to", "of", "through", "last", "this", "next",
    "earlier", "late", "citing", "quoting", "Monday", "monday", "MONDAY", "ſunday", "ſept",
    "May", "may", "Sept", "sept", "Jan", "again", "also", "now", "then", "once", "later",
    "lately", "Twitter", "the", "a", "his", "statement", "interview", "reporters", "that",
    "officials", "5", "2014", " ", "  ", "\n", ",", ".", ":", "—", "–", "-", "'", "“", '"',
    "morning", "week", "year", "press", "conference", "X", "remarks", "Tuesdays", "ON",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_texts(_ADVERBIAL))
def test_skip_adverbials_is_the_adverbial_regex(text: str) -> None:
    for pos, hi in _ranges(text):
        m = cues.ADVERBIAL_RE.match(text, pos, hi)
        assert cues.skip_adverbials(text, pos, hi) == (m.end() if m else pos)


def test_every_adverbial_opens_with_a_first_word() -> None:
    # Each alternative of the adverbial regex, written out: its first word is a first word.
    samples = [
        "on Monday", "Monday", "on May 5", "May 5", "last week", "earlier this week",
        "late last year", "again", "in a statement", "at a rally", "during the debate",
        "to reporters", "to the BBC that", "of Trump: ", "in 2014 ", "on Twitter",
        "in remarks", "through a spokesman", "citing officials, that", "quoting aides, that",
    ]  # fmt: skip
    for sample in samples:
        m = cues.ADVERBIAL_RE.match(", " + sample)
        assert m is not None and m.end() > 0, sample
        assert cues.skip_adverbials(", " + sample, 0, len(sample) + 2) == m.end()
    dashed = " — in 2014 — and"
    assert cues.skip_adverbials(dashed, 0, len(dashed)) == dashed.index(" and") == 12


_STOPS = [
    ",", ", ", " ", "  ", "\n", "and", "but", " and ", " but ", "he", "she", "said", "says",
    "say", "Clinton", "the ", "which", "adding", "according to", "though", "as she put",
    '"', "”", "I", "while", "Mr.", "walked", "band", "_", "also ", "it", ";", "x", "4%",
]  # fmt: skip
_COORDINATED_CUE = re.compile(cues.COORDINATED_CUE)
_OTHER_CUE = re.compile(content._OTHER_CUE)
_STOP_PATTERNS = [
    content._CONTENT_STOP,
    _COORDINATED_CUE,
    _OTHER_CUE,
    content._MAIN_CLAUSE,
]


def _tested_stops(text: str, starts: list[int], hi: int) -> list[int]:
    """Where the stops tested by functions (not matched by regexes) start, -1 where none."""
    return [
        content._first_coordinated(text, starts, hi, -1),
        content._first_other_cue(text, starts, hi, -1),
    ]


@settings(max_examples=400, deadline=None)
@given(_texts(_STOPS))
def test_content_stops_start_where_stop_starts_says(text: str) -> None:
    for lo, hi in _ranges(text):
        starts = content.stop_starts(text, lo, hi)
        for pattern in _STOP_PATTERNS:
            expected = pattern.search(text, lo, hi)
            got = content._first_stop(pattern, text, starts, hi)
            assert (got.span() if got else None) == (expected.span() if expected else None)
        expected_starts = [
            m.start() if (m := p.search(text, lo, hi)) else -1
            for p in (_COORDINATED_CUE, _OTHER_CUE)
        ]
        assert _tested_stops(text, starts, hi) == expected_starts


def test_content_stops_on_sentences() -> None:
    text = (
        "The plan, he said, would fail, and he walked out, adding that it was over and "
        "one in four said no, Clinton says, while she argued, though it was late."
    )
    for lo in range(len(text)):
        hi = len(text)
        starts = content.stop_starts(text, lo, hi)
        for pattern in _STOP_PATTERNS:
            expected = pattern.search(text, lo, hi)
            got = content._first_stop(pattern, text, starts, hi)
            assert (got.span() if got else None) == (expected.span() if expected else None)
        expected_starts = [
            m.start() if (m := p.search(text, lo, hi)) else -1
            for p in (_COORDINATED_CUE, _OTHER_CUE)
        ]
        assert _tested_stops(text, starts, hi) == expected_starts


def _prev_word_by_walking(masked: str, lo: int, pos: int) -> tuple[int, str]:
    """``cues.prev_word`` as it was: a walk back over spaces, then over the word."""
    j = pos
    while j > lo and masked[j - 1] in " \t\u00a0":
        j -= 1
    k = j
    while k > lo and (masked[k - 1].isalnum() or masked[k - 1] in "'’-"):
        k -= 1
    return k, masked[k:j]


_PREV = [
    "said", "He", "Trump's", "Clinton,", "x", "a1", "²", "é", "_", "-", "'", "’", " ", "  ",
    "\t", "\xa0", "\n", ",", ".", "\x00", "”", "abcdefghijklmnopqrstuvwxyz",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_texts(_PREV))
def test_prev_word_is_the_walk_back(text: str) -> None:
    for lo, pos in _ranges(text):
        assert cues.prev_word(text, lo, pos) == _prev_word_by_walking(text, lo, pos)


def test_only_four_characters_fold_to_ascii_letters() -> None:
    letter = re.compile(r"(?i)[a-z]")
    folding = [chr(c) for c in range(128, sys.maxunicode + 1) if letter.match(chr(c))]
    assert "".join(folding) == phrases._FOLDS_TO_ASCII


_HINTS = [
    "who", "WHO", "Which", "like", "LIKE", "including", "wh", "o", "ich", "li", "ke", "İ", "ı",
    "\u212a", "ſ", "incl", "uding", " ", ",", "\x00", "“", "x", "e", "h", "ch", "ncluding",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_texts(_HINTS))
def test_relative_hint_is_the_hint_regex(text: str) -> None:
    for lo, hi in _ranges(text):
        expected = phrases._RELATIVE_HINT.search(text, lo, hi) is not None
        assert phrases._relative_hint(text, lo, hi) is expected


def test_relative_hint_through_folding_characters() -> None:
    for text in ["li\u212ae", "whıch", "İncluding", "wHo", "ſ like", "ı", "lik e"]:
        for lo, hi in _ranges(text):
            expected = phrases._RELATIVE_HINT.search(text, lo, hi) is not None
            assert phrases._relative_hint(text, lo, hi) is expected


_AFTER_CUE = [
    "that", "That", "thats", "that_", "that's", "th", "at", "off", "down", "up", "upon", "out",
    "back", "away", "over", "a", "o", "d", "u", "b", "Trump", "to", "'", "’", "-", "x1", " ",
    "  ", "\n", "\t", ",", ".", "“", "\x00",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_texts(_AFTER_CUE))
def test_after_cue_tests_are_their_regexes(text: str) -> None:
    for p, se in _ranges(text):
        if p < len(text) and not text[p].isspace():
            m = cues.THAT_RE.match(text, p, se)
            assert content.that_end(text, p, se) == (m.end() if m else None)
        w = content._WORD.match(text, p, se)
        assert content.first_word(text, p, se) == (w.group() if w else None)
        assert frames._particle(text, p, se) is (frames._PARTICLE.match(text, p, se) is not None)


def test_no_cue_is_a_form_of_be() -> None:
    # ``verb_frame`` reads a cue alone as not progressive ("is stressing" needs its "is").
    assert not {w.lower() for w in cues._WORDS} & frames._BE


def test_a_lead_colon_opens_with_a_capital() -> None:
    # ``lead_colon_frame`` tries its regex only on a unit opening with A-Z.
    assert quoteframes._LEAD_COLON.pattern.startswith("((?:[A-Z]")
    assert not quoteframes._LEAD_COLON.flags & re.IGNORECASE
