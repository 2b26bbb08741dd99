"""More fast paths of the candidate stage (sentence ends, trimming, cue lookup) agree with the
regexes they stand in for, on random and adversarial strings."""

from __future__ import annotations

import re

from fastpaths import add_token
from fastpaths import ranges as _ranges
from fastpaths import texts as _texts
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.extract import content, cues, phrases, quoteframes, segment
from claimtrack.extract.lexicon import ADVERBS, MONTHS, WEEKDAYS

_SENTENCES = [
    ".", "..", "?", "!", "?!", "...", '"', "”", "’", "'", "''", "»", ")", "]", "(", "[", "«",
    "“", "‘", " ", "  ", "\n", "\t", "He", "said", "Gen", "U.S", "a", "A", "Z", "0", "9", "z",
    "Mr", "x", ",", "\x00", "\x00\x00", "É", "ａ", "٣",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(_texts(_SENTENCES))
def test_end_spans_are_the_end_regex_matches(text: str) -> None:
    for lo, hi in _ranges(text):
        expected = [m.span() for m in segment._END.finditer(text, lo, hi)]
        assert segment._end_spans(text, lo, hi) == expected


@settings(max_examples=500, deadline=None)
@given(_texts(_SENTENCES))
def test_next_start_is_the_next_start_regex(text: str) -> None:
    for pos in range(len(text) + 2):
        expected = segment._NEXT_START.match(text, pos) is not None
        assert segment._next_start(text, pos) is expected


_SENTENCE_RE_END = re.compile(r"[.?!][.?!]*[\"”’'»)\]]*\s+")


def _split_by_regex(masked: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """``segment.split_sentences`` as it was: the end and next-start regexes, ``_NONSPACE``."""

    def trim(s: int, e: int) -> tuple[int, int]:
        m = segment._NONSPACE.search(masked, s, e)
        if m is None:
            return s, s
        s = m.start()
        while masked[e - 1].isspace():
            e -= 1
        return s, e

    out: list[tuple[int, int]] = []
    start = lo
    for m in _SENTENCE_RE_END.finditer(masked, lo, hi):
        nxt = m.end()
        if nxt >= hi or not segment._NEXT_START.match(masked, nxt):
            continue
        if masked[m.start()] == ".":
            word = segment._WORD_BEFORE.search(masked, max(lo, m.start() - 40), m.start())
            low = word.group(1).lower() if word else ""
            abbreviated = low in segment.ABBREVIATIONS or (len(low) == 1 and low.isalpha())
            if abbreviated and (low in segment.TITLES or not segment._STARTER.match(masked, nxt)):
                continue
        s, e = trim(start, nxt)
        if e > s:
            out.append((s, e))
        start = nxt
    s, e = trim(start, hi)
    if e > s:
        out.append((s, e))
    return out


@settings(max_examples=400, deadline=None)
@given(_texts(_SENTENCES))
def test_split_sentences_is_the_regex_split(text: str) -> None:
    for lo, hi in _ranges(text):
        assert segment.split_sentences(text, lo, hi) == _split_by_regex(text, lo, hi)


@settings(max_examples=300, deadline=None)
@given(_texts([" ", "\n", "\t", "\u2028", "\x1c", "\xa0", "a", "B", ".", '"', "\x00"]))
def test_trim_is_the_nonspace_search(text: str) -> None:
    for s, e in _ranges(text):
        m = segment._NONSPACE.search(text, s, e)
        if m is None:
            assert segment._trim(text, s, e) == (s, s)
        else:
            assert segment._trim(text, s, e)[0] == m.start()


_LEADS = [
    " ", "  ", "\n", "\u2028", "\xa0", ",", "on", "On", "ſunday", "Monday", "said", "_", "x_y",
    "é", "—", "–", "-", "1", "the", "again", "²", "ſept", "\x00", ".",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_texts(_LEADS))
def test_skip_adverbials_lead_walk(text: str) -> None:
    for pos, hi in _ranges(text):
        m = cues.ADVERBIAL_RE.match(text, pos, hi)
        assert cues.skip_adverbials(text, pos, hi) == (m.end() if m else pos)


def test_end_spans_on_runs_of_marks() -> None:
    for text in [".). A", '."? B', "?!.\n\nC", "a.b. c", '." .', "..", "x!\u2028Y", "...)’ »"]:
        for lo, hi in _ranges(text):
            expected = [m.span() for m in segment._END.finditer(text, lo, hi)]
            assert segment._end_spans(text, lo, hi) == expected, (text, lo, hi)


_CUE_RE = re.compile(cues.cue_pattern())


def test_every_cue_is_found_among_words() -> None:
    for word in cues._WORDS:
        for text in [word, f"He {word} it.", f"({word}, {word.upper()} {word}s x{word}"]:
            expected = [m.span() for m in _CUE_RE.finditer(text)]
            assert cues.cue_spans(text, 0, len(text)) == expected, text
            assert cues.cue_spans(text, 1, len(text) - 1) == [
                m.span() for m in _CUE_RE.finditer(text, 1, len(text) - 1)
            ]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*cues._WORDS[::7], " ", ", ", "-", "'", "’", "é", "\x00", "ſ", "the", "an", "of", "x"]
        ),
        max_size=20,
    ).map("".join)
)
def test_cue_spans_among_cues_are_the_cue_regex_matches(text: str) -> None:
    for lo, hi in _ranges(text)[:60]:
        expected = [m.span() for m in _CUE_RE.finditer(text, lo, hi)]
        assert cues.cue_spans(text, lo, hi) == expected


_OBJECT_PIECES = [
    ",", ", ", " ", "  ", "\n", "\u2028", "\xa0", "as", "has", "was", "because", "while", "since",
    "although", "though", "after", "before", "when", "until", "amid", "and", "but", "who", "said",
    "says", "sing", "going", "x", "A", "_", "é", ".",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(_texts(_OBJECT_PIECES))
def test_object_stop_is_the_object_stop_regex(text: str) -> None:
    for lo, hi in _ranges(text):
        m = content._OBJECT_STOP.search(text, lo, hi)
        assert content.object_stop(text, lo, hi) == (m.start() if m else -1)


@settings(max_examples=300, deadline=None)
@given(_texts(["a", "B", "1", "٣", "²", "Ⅻ", "_", " ", ".", "\x00", "é", "-", "ß"]))
def test_has_letter_is_the_letter_regex(text: str) -> None:
    for lo, hi in _ranges(text):
        assert segment._has_letter(text, lo, hi) is (
            segment._LETTER.search(text, lo, hi) is not None
        )


_TURN_PIECES = [
    "TAPPER", "JAKE", "A", "B", "a", "b", ".", "'", "’", "-", ":", ": ", " ", "\n", "(CNN)", "(",
    ")", "1", "É", "x",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_texts(_TURN_PIECES), max_size=6))
def test_transcript_turns_is_the_turn_regex(paragraphs: list[str]) -> None:
    text = "\n".join(paragraphs)
    units = segment.layout(text, segment.body_regions(text, []))
    turns = 0
    for unit in units:
        m = quoteframes._TURN.match(text, unit.start, unit.end)
        if m is not None and not quoteframes._is_label(m.group(1)):
            turns += 1
    assert quoteframes.transcript_turns(text, units) is (turns >= quoteframes._MIN_TURNS)


def test_object_stop_on_each_stop() -> None:
    stops = "as because while since although though after before when until amid and but who said"
    for word in [*stops.split(), "says"]:
        for text in [
            f"ties with X {word} it views", f"ties with X  {word} going on", f"X, {word} Y",
            f"X ,  {word}\ttalks", f" {word} saying", f"has{word} and  {word} ending",
        ]:  # fmt: skip
            for lo, hi in _ranges(text):
                m = content._OBJECT_STOP.search(text, lo, hi)
                assert content.object_stop(text, lo, hi) == (m.start() if m else -1), text


def test_transcript_turns_on_labels() -> None:
    for first in ["TAPPER", "O'BRIEN", "O’BRIEN", "MC-CAIN", "J.D. VANCE", "A", "Ab", "AB (CNN)"]:
        for second in ["CLINTON", "Update", "X", "D'ANGELO", "Photo", "KABUL"]:
            text = f"{first}: And obviously.\n{second}: We do.\nThe end."
            units = segment.layout(text, segment.body_regions(text, []))
            turns = sum(
                1
                for unit in units
                if (m := quoteframes._TURN.match(text, unit.start, unit.end)) is not None
                and not quoteframes._is_label(m.group(1))
            )
            assert quoteframes.transcript_turns(text, units) is (turns >= 2), text


def test_adverbial_first_words() -> None:
    firsts = "on in at during to of through last this next earlier late citing quoting"
    expected = frozenset(firsts.split()) | set(WEEKDAYS) | set(MONTHS) | ADVERBS
    assert expected == cues.ADVERBIAL_FIRST


_ADVERBIAL_PIECES = [
    "on", "On", "in", "to", "of", "at", "during", "through", "citing", "quoting", "last", "this",
    "next", "earlier", "late", "Monday", "monday", "ſunday", "May", "Sept", "Sept.", "again",
    "also", "now", "Twitter", "Fox News", "the", "a", "his", "statement", "news conference",
    "rally", "reporters", "that", "officials", "5", "2014", " ", ",", ", ", ":", "—", "–", "-",
    "'", "“", '"', ".", "morning", "week", "remarks", "a tweet", "spokesman", "Trump", "X",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(_texts(_ADVERBIAL_PIECES))
def test_skip_adverbials_one_at_a_time(text: str) -> None:
    for pos, hi in _ranges(text)[:120]:
        m = cues.ADVERBIAL_RE.match(text, pos, hi)
        assert cues.skip_adverbials(text, pos, hi) == (m.end() if m else pos)


def test_skip_adverbials_on_runs_of_adverbials() -> None:
    for text in [
        " on Monday, in a statement to reporters, that",
        " Monday morning in an interview with CNN's Jake Tapper, that",
        ", again, on Twitter — in 2014 — to the BBC that",
        " of Trump, “x”", " last week through a spokesman in remarks",
        " on May 5, 2014 in testimony citing officials, that it",
        " ſunday ON Monday during the rally at a news conference to the media",
    ]:  # fmt: skip
        for pos, hi in _ranges(text):
            m = cues.ADVERBIAL_RE.match(text, pos, hi)
            assert cues.skip_adverbials(text, pos, hi) == (m.end() if m else pos), text


_COORDINATED = re.compile(cues.COORDINATED_CUE)
_OTHER = re.compile(content._OTHER_CUE)
_CUE_STOP_PIECES = [
    ",", ", ", " ", "  ", "\n", "and ", "but ", "also ", "then ", "later ", "while ", "whereas ",
    "the ", "The ", "he ", "she ", "they ", "it ", "we ", "I ", "Clinton ", "U.S. ", "O'Neil ",
    "Mr. ", "Says ", "said", "says", "say", "added", "told", "-", "‐", "x", "_", "é", "4%", "one ",
    "in ", "four ", "Trump's ", "Thought-", "provoking", "saidx", "Ab_c ", "\x00",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(_texts(_CUE_STOP_PIECES))
def test_cue_stops_are_their_regexes(text: str) -> None:
    for p, hi in _ranges(text):
        assert cues.coordinated_at(text, p, hi) is (_COORDINATED.match(text, p, hi) is not None)
        assert content.other_cue_at(text, p, hi) is (_OTHER.match(text, p, hi) is not None)


def test_cue_stops_on_sentences() -> None:
    for text in [
        ", and also said", " but then told", ", and thought-provoking", " and later added‐",
        ", Clinton said", ", while the U.S. State Department Says", ", whereas she argued",
        ", the Senate Majority Leader Mitch McConnell said", ", A B C D E said", ", A B C D said",
        ", and the Senate Majority Leader said",
        ", but Trump Says", ", and he added", " and one in four said", ", It says", ", it Says",
        ",\nthe\nPresident\ntold", ", O'Neil-Smith said", ", The Times reported",
    ]:  # fmt: skip
        for p, hi in _ranges(text):
            assert cues.coordinated_at(text, p, hi) is (
                _COORDINATED.match(text, p, hi) is not None
            ), (text, p, hi)
            assert content.other_cue_at(text, p, hi) is (_OTHER.match(text, p, hi) is not None), (
                text,
                p,
                hi,
            )


def _regex_tokens_by_findall(masked: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """``phrases._regex_tokens`` as it was: ``_GAP_TOKEN.findall`` and the lengths of its parts."""
    out: list[tuple[int, int, str]] = []
    end = lo
    for gap, tok in phrases._GAP_TOKEN.findall(masked, lo, hi):
        start = end + len(gap)
        end = start + len(tok)
        add_token(out, start, end, tok)
    return out


_TOKEN_PIECES = [
    "a", "Bo", "x_y", "_", "1", "'", "’", "&", "-", ".", ",", "U.S.", "Mr.", "Inc", "\x00",
    "\x00\x00", '"', "”", "''", "—", "(", ")", "\xa0", "\n", "\t", "%", "$", "<", "/>", "é", "²",
    "Ⅻ", "٣", "a.", "e.g", "ſ",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(_texts(_TOKEN_PIECES))
def test_regex_tokens_are_the_gap_token_matches(text: str) -> None:
    for lo, hi in _ranges(text):
        out: list[tuple[int, int, str]] = []
        phrases._regex_tokens(text, lo, hi, out)
        assert out == _regex_tokens_by_findall(text, lo, hi)


@settings(max_examples=300, deadline=None)
@given(_texts([" ", "\n", "\t", "\u2028", "\x1c", "\xa0", "a", ".", "\x00", "_"]))
def test_blank_is_the_nonspace_search(text: str) -> None:
    for lo, hi in _ranges(text):
        expected = quoteframes._NONSPACE.search(text, lo, hi) is None
        assert quoteframes._blank(text, lo, hi) is expected
