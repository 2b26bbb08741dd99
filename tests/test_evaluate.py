"""The evaluation harness: brat parsing, span matching, metrics, the speech cues, the demo gold.

Scorers are tested with hand-made predictions, so they are checked independently of the extractor.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.evaluate import demo, polnear
from claimtrack.evaluate.__main__ import app
from claimtrack.evaluate.brat import GoldAttribution, parse_ann, parse_segments, read_document
from claimtrack.evaluate.cues import is_speech_cue
from claimtrack.evaluate.gold import GoldSet, LocatedClaim, load_gold, locate
from claimtrack.evaluate.metrics import Score, pairwise_f1
from claimtrack.evaluate.names import is_pronoun, same_name
from claimtrack.evaluate.spans import (
    Segments,
    Strictness,
    covers_half,
    criterion,
    match,
    normalise,
    same_text,
    segments_text,
)
from claimtrack.load import read_source
from claimtrack.models import (
    Attribution,
    Claim,
    ClaimKind,
    Contradiction,
    Source,
    Stance,
)

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "data" / "gold"
SOURCES = ROOT / "data" / "sources"
CORPUS = ROOT.parent / "shared" / "corpora" / polnear.CORPUS
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"no corpus at {CORPUS}")


def make_source(text: str) -> Source:
    sha = hashlib.sha256(text.encode()).hexdigest()
    return Source(id=sha[:12], path="mem.txt", sha256=sha, text=text, body=[])


def attribution(text: str, content: str, **fields: object) -> Attribution:
    start = text.index(content)
    values: dict[str, object] = {
        "kind": ClaimKind.INDIRECT,
        "text": content,
        "start": start,
        "end": start + len(content),
        "sentence_start": 0,
        "sentence_end": len(text),
    }
    values.update(fields)
    return Attribution.model_validate(values)


# --- brat ------------------------------------------------------------------------------------

ANN = (
    "T1\tSource 0 5\tSmith\n"
    "T2\tCue 6 10\tsaid\n"
    "T3\tContent 12 20;30 41\tbits one bits two\n"
    "T4\tAttribution 6 10\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tCue 50 56\tthinks\n"
    "T6\tContent 57 70\tit is so\n"
    "T7\tContent 80 90\tand more\n"
    "T8\tAttribution-no-source 50 56\tthinks\n"
    "E2\tAttribution-no-source:T8 Cue:T5 Content:T6 Content2:T7\n"
    "T9\tDiscuss 0 5\tSmith\n"
    "a stray continuation line of a text field\n"
    "E3\tAttribution-no-source:T10\n"
)


def test_brat_parser_reads_discontinuous_spans_and_roles() -> None:
    first, second = parse_ann(ANN)
    assert first == GoldAttribution(content=((12, 20), (30, 41)), cue=((6, 10),), source=((0, 5),))
    assert first.has_source
    # Content2 continues the content; no Source means no source span.
    assert second.content == ((57, 70), (80, 90))
    assert second.cue == ((50, 56),)
    assert not second.has_source


def test_brat_parser_drops_attributions_without_content() -> None:
    assert len(parse_ann(ANN)) == 2


def test_segments_are_sorted() -> None:
    assert parse_segments("30 41;12 20") == ((12, 20), (30, 41))


# --- spans -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (((0, 10),), ((0, 10),), True),
        (((0, 10),), ((5, 15),), True),  # exactly half of each
        (((0, 10),), ((6, 16),), False),  # 4 of 10
        (((0, 10),), ((0, 30),), False),  # all of A, a third of B
        (((0, 4), (10, 14)), ((0, 14),), True),  # 8 of 8 and 8 of 14
        (((0, 4), (10, 14)), ((0, 20),), False),  # 8 of 20
        (((0, 10),), ((10, 20),), False),  # touching ends share nothing
    ],
)
def test_overlap_criterion(a: Segments, b: Segments, expected: bool) -> None:
    assert covers_half(a, b) is expected
    assert covers_half(b, a) is expected


@pytest.mark.parametrize(
    "left, right, equal",
    [
        ("“We won,” ", "We won", True),
        ('"We won."', "we won", False),  # case counts
        ("  the  deal  ", "the deal", True),
        ("(the deal)", "the deal", True),
        ("the “deal”", "the deal", False),  # inner quote marks count
        ("that “we won.”", "we won", True),  # PolNeAR's complementizer
        ("That is it", "is it", True),
        ("thatcher won", "cher won", False),
    ],
)
def test_exact_normalisation(left: str, right: str, equal: bool) -> None:
    assert (normalise(left) == normalise(right)) is equal


def test_exact_criterion_reads_both_spans_from_the_text() -> None:
    text = 'He said: "We will win." Then'
    quoted = text.index('"We')
    bare = text.index("We")
    assert same_text(text, ((quoted, quoted + 15),), ((bare, bare + 11),))
    assert not same_text(text, ((quoted, quoted + 15),), ((bare, bare + 6),))


def test_matching_is_one_to_one_and_prefers_the_closer_pair() -> None:
    gold = [((0, 10),), ((20, 30),)]
    predicted = [((0, 12),), ((0, 10),), ((21, 30),), ((50, 60),)]
    pairs = match(predicted, gold, covers_half)
    assert pairs == {1: 0, 2: 1}  # the exact span wins gold 0; the 12-char one is left over


def test_exact_matching_rejects_partial_spans() -> None:
    text = "Officials said the bridge will reopen in May, according to a memo."
    gold = [((text.index("the bridge"), text.index(", according")),)]
    partial = [((text.index("the bridge"), text.index(" in May")),)]
    assert match(partial, gold, criterion(Strictness.OVERLAP, text)) == {0: 0}
    assert match(partial, gold, criterion(Strictness.EXACT, text)) == {}


# --- metrics ---------------------------------------------------------------------------------


def test_score_figures() -> None:
    score = Score(predicted=4, predicted_matched=3, gold=6, gold_matched=3)
    assert score.precision == 0.75
    assert score.recall == 0.5
    assert score.f1 == pytest.approx(0.6)


def test_score_without_cases_is_not_a_number() -> None:
    assert Score().precision is None
    assert Score().f1 is None
    assert Score(predicted=2, gold=2).f1 == 0.0


def test_pairwise_f1() -> None:
    # gold groups {0,1,2}, {3}; predicted groups {0,1}, {2,3}; item 4 ungrouped in both.
    score = pairwise_f1(["q", "q", "q", "r", None], ["a", "a", "b", "b", None])
    assert (score.gold, score.predicted, score.gold_matched) == (3, 2, 1)
    assert score.precision == 0.5
    assert score.recall == pytest.approx(1 / 3)


def test_pairwise_f1_never_pairs_missing_labels() -> None:
    score = pairwise_f1([None, None], [None, None])
    assert (score.gold, score.predicted) == (0, 0)


# --- cues and names --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cue, speech",
    [
        ("said", True),
        ("told VOA", True),
        ("according to", True),
        ("denied", True),
        ("wrote", True),
        ("has reported", True),
        ("added", True),
        ("claimed", True),
        ("announced", True),
        ("happily retweeted", True),
        ("tweeted:", True),
        (":", True),
        ("believes", False),
        ("wants", False),
        ("fears", False),
        ("thinks", False),
        ("figures", False),
        ("hopes", False),
        ("is protesting", False),
        ("", False),
        (None, False),
    ],
)
def test_speech_cues(cue: str | None, speech: bool) -> None:
    assert is_speech_cue(cue) is speech


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Ted Cruz", "Cruz", True),
        ("Joseph Votel", "Gen. Joseph Votel", True),
        ("The Wall Street Journal", "Wall Street Journal", True),
        ("Ted Cruz", "Marco Rubio", False),
        ("Ted Cruz", "The GOP presidential candidate", False),
        ("Ted Cruz", "Sen. Rubio", False),  # a shared title is not a shared name
    ],
)
def test_same_name(a: str, b: str, same: bool) -> None:
    assert same_name(a, b) is same


def test_pronouns() -> None:
    assert is_pronoun("He") and is_pronoun("they")
    assert not is_pronoun("Trump") and not is_pronoun(None)


# --- PolNeAR scoring with hand-made predictions ----------------------------------------------

TEXT = (
    "Smith said the bridge will reopen in May. "
    "“It is safe,” he added. "
    "Jones believes the plan is too costly. "
    "The weather was fine."
)


def gold_for(text: str, content: str, cue: str, source: str | None) -> GoldAttribution:
    def seg(part: str) -> Segments:
        start = text.index(part)
        return ((start, start + len(part)),)

    return GoldAttribution(content=seg(content), cue=seg(cue), source=seg(source) if source else ())


GOLD_ATTRIBUTIONS = [
    gold_for(TEXT, "the bridge will reopen in May", "said", "Smith"),
    gold_for(TEXT, "“It is safe,”", "added", "he"),
    gold_for(TEXT, "the plan is too costly", "believes", "Jones"),
]


def test_polnear_document_scores() -> None:
    source = make_source(TEXT)
    said = TEXT.index("said")
    predictions = [
        attribution(
            TEXT,
            "the bridge will reopen in May",
            speaker_mention="Smith",
            speaker_start=0,
            speaker_end=5,
            cue="said",
            cue_start=said,
            cue_end=said + 4,
        ),
        # The quote without its marks, a pronoun resolved to Smith, no cue offsets.
        attribution(
            TEXT,
            "It is safe",
            kind=ClaimKind.DIRECT,
            speaker_mention=None,
            speaker_name="John Smith",
            cue="added",
        ),
        attribution(TEXT, "The weather was fine", cue="said"),  # a false positive
    ]
    result = polnear.score_document(source, predictions, GOLD_ATTRIBUTIONS)
    overlap = result.score("all", Strictness.OVERLAP)
    assert (overlap.predicted, overlap.predicted_matched, overlap.gold, overlap.gold_matched) == (
        3,
        2,
        3,
        2,
    )
    speech = result.score("speech", Strictness.OVERLAP)
    assert (speech.gold, speech.gold_matched) == (2, 2)  # "believes" is not speech
    assert (speech.predicted, speech.predicted_matched) == (3, 2)
    quotes = result.score("quotes", Strictness.OVERLAP)
    assert (quotes.gold, quotes.gold_matched, quotes.predicted, quotes.predicted_matched) == (
        1,
        1,
        1,
        1,
    )
    # Exact: marks and the comma are trimmed, so the bare quote still matches.
    assert result.score("all", Strictness.EXACT).gold_matched == 2
    assert result.fragments == 0
    # Smith's span overlaps; "he" is a pronoun whose gold source is no name: wrong.
    assert (result.speaker.correct, result.speaker.checked) == (1, 2)
    assert (result.cue.correct, result.cue.checked) == (1, 2)


@pytest.mark.parametrize(
    "fragment_speaker, credited",
    [("she", True), ("Tom Jones", False)],
)
def test_split_quote_fragment_counts_as_right_only_with_the_right_speaker(
    fragment_speaker: str, credited: bool
) -> None:
    text = "“We will win,” she said. “And we will win big.”"
    first, second = text.index("We will"), text.index("And we")
    she = text.index("she")
    gold = GoldAttribution(
        content=((first, first + 12), (second, second + 19)),
        cue=((she + 4, she + 8),),
        source=((she, she + 3),),
    )
    on_she = {"speaker_mention": "she", "speaker_start": she, "speaker_end": she + 3}
    elsewhere = {"speaker_mention": fragment_speaker, "speaker_name": fragment_speaker}
    # The longer part matches the gold one-to-one; the shorter one is the fragment.
    fragment_fields = on_she if fragment_speaker == "she" else elsewhere
    predictions = [
        attribution(text, "We will win", **fragment_fields),
        attribution(text, "And we will win big", **on_she),
    ]
    result = polnear.score_document(make_source(text), predictions, [gold])
    score = result.score("all", Strictness.OVERLAP)
    assert (score.predicted, score.predicted_matched) == (2, 2 if credited else 1)
    assert (score.gold, score.gold_matched) == (1, 1), "a fragment never adds to recall"
    assert result.fragments == (1 if credited else 0)


def test_pronoun_speaker_is_right_when_the_resolved_name_matches_a_named_gold_source() -> None:
    gold = gold_for(TEXT, "the bridge will reopen in May", "said", "Smith")
    pred = attribution(TEXT, "the bridge will reopen in May", speaker_mention="he")
    assert not polnear.speaker_correct(TEXT, pred, gold)
    pred = attribution(
        TEXT, "the bridge will reopen in May", speaker_mention="he", speaker_name="John Smith"
    )
    assert polnear.speaker_correct(TEXT, pred, gold)


def write_corpus(root: Path) -> Path:
    folder = root / polnear.CORPUS
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    (folder / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
    lines = []
    for n, gold in enumerate(GOLD_ATTRIBUTIONS, start=1):
        (c_start, c_end), (q_start, q_end) = gold.content[0], gold.cue[0]
        lines.append(f"T{3 * n}\tContent {c_start} {c_end}\t{TEXT[c_start:c_end]}")
        lines.append(f"T{3 * n + 1}\tCue {q_start} {q_end}\t{TEXT[q_start:q_end]}")
        lines.append(f"E{n}\tAttribution:T{3 * n + 1} Content:T{3 * n} Cue:T{3 * n + 1}")
    (folder / "attributions" / "a.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "attributions" / "b.ann").write_text("", encoding="utf-8")  # no text: ignored
    return folder


def test_corpus_evaluation_with_a_perfect_extractor(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path)

    def perfect(source: Source) -> list[Attribution]:
        return [
            attribution(source.text, source.text[g.content[0][0] : g.content[0][1]])
            for g in GOLD_ATTRIBUTIONS
        ]

    result = polnear.evaluate_corpus(folder, perfect)
    assert result.documents == 1
    for strictness in Strictness:
        assert result.score("all", strictness).f1 == 1.0


def test_corpus_evaluation_survives_a_failing_document(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path)

    def broken(source: Source) -> list[Attribution]:
        raise RuntimeError("boom")

    result = polnear.evaluate_corpus(folder, broken)
    assert result.score("all", Strictness.OVERLAP).recall == 0.0
    assert result.failures and "boom" in result.failures[0]


@needs_corpus
def test_real_corpus_spans_agree_with_their_text() -> None:
    """Every span's offsets, read from the .txt, give the text brat recorded (brat cannot record
    a text with a line break in it on one line, so those are left out)."""
    checked = 0
    for ann in sorted((CORPUS / "attributions").glob("*.ann"))[:30]:
        text = (CORPUS / "text" / (ann.stem + ".txt")).read_text(encoding="utf-8")
        lines = ann.read_text(encoding="utf-8").splitlines()
        for line in lines:
            fields = line.split("\t")
            if not line.startswith("T") or len(fields) != 3:
                continue
            ranges = fields[1].split(" ", 1)[1]
            listed = tuple(
                (int(part.split()[0]), int(part.split()[1])) for part in ranges.split(";")
            )
            assert parse_segments(ranges) == tuple(sorted(listed))
            found = segments_text(text, listed)  # brat joins the parts in the order listed
            if "\n" not in found:
                assert found == fields[2], (ann.name, line)
                checked += 1
        events = sum(line.startswith("E") for line in lines)
        assert 0 < len(read_document(ann)) <= events
    assert checked > 1000


# --- the demo gold ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gold() -> GoldSet:
    return load_gold(GOLD)


@pytest.fixture(scope="module")
def sources() -> dict[str, Source]:
    return demo.load_sources(SOURCES, read_source)


def test_gold_loads_and_covers_every_demo_article(
    gold: GoldSet, sources: dict[str, Source]
) -> None:
    assert {claim.source for claim in gold.claims} == set(sources)
    assert sum(not claim.optional for claim in gold.claims) >= 50


def test_every_gold_content_is_in_its_source_body(
    gold: GoldSet, sources: dict[str, Source]
) -> None:
    for claim in gold.claims:
        source = sources[claim.source]
        located = locate(claim, source)
        assert source.text[located.start : located.end] == claim.text
        assert any(span.start <= located.start and located.end <= span.end for span in source.body)
        if claim.mention:
            assert located.mention is not None, claim.id
        if claim.cue:
            assert located.cue is not None, claim.id


def test_gold_questions_and_pairs_are_consistent(gold: GoldSet) -> None:
    claims = gold.by_id()
    for expected in gold.expected_contradictions:
        for a in expected.a:
            for b in expected.b:
                assert claims[a].question == claims[b].question, expected.id
                assert {claims[a].stance, claims[b].stance} == {Stance.YES, Stance.NO}
    known_sides = {("c001-06", "c001-01"), ("c000-13", "c000-09"), ("c004-07", "c004-08")}
    listed = {(a, b) for x in gold.expected_contradictions for a in x.a for b in x.b}
    assert known_sides <= listed


def test_gold_rejects_bad_references() -> None:
    claim = {
        "id": "c1",
        "source": "s",
        "speaker": "X",
        "speaker_kind": "person",
        "mention": "X",
        "cue": "said",
        "text": "t",
        "kind": "direct",
        "question": "q",
        "stance": True,  # an unquoted YAML yes
    }
    parsed = GoldSet.model_validate({"questions": {"q": "Q?"}, "claims": [claim]})
    assert parsed.claims[0].stance is Stance.YES
    with pytest.raises(ValueError, match="unknown question"):
        GoldSet.model_validate({"questions": {}, "claims": [claim]})
    with pytest.raises(ValueError, match="unknown claims"):
        GoldSet.model_validate(
            {
                "questions": {"q": "Q?"},
                "claims": [claim],
                "compatible_pairs": [{"pair": ["c1", "c9"], "note": "n"}],
            }
        )


def gold_extractor(gold: GoldSet, sources: dict[str, Source], skip: set[str]) -> demo.Extractor:
    """Predictions made from the gold itself, minus ``skip``, plus one invention per article."""
    located = demo.locate_all(gold, sources)

    def extract(source: Source) -> list[Attribution]:
        rows = [
            Attribution(
                kind=claim.gold.kind,
                text=claim.gold.text,
                start=claim.start,
                end=claim.end,
                speaker_name=claim.gold.speaker,
                sentence_start=claim.start,
                sentence_end=claim.end,
            )
            for claim in located
            if claim.source_id == source.id and claim.gold.id not in skip
        ]
        body = source.body[0]
        rows.append(
            Attribution(
                kind=ClaimKind.INDIRECT,
                text=source.text[body.end - 1 : body.end],
                start=body.end - 1,
                end=body.end,
                speaker_name="Nobody",
                sentence_start=body.start,
                sentence_end=body.end,
            )
        )
        return rows

    return extract


def test_demo_extraction_scoring(gold: GoldSet, sources: dict[str, Source]) -> None:
    located = demo.locate_all(gold, sources)
    required = sum(not c.optional for c in gold.claims)
    # Miss two required claims and one optional one; every article gets one invention.
    extractor = gold_extractor(gold, sources, skip={"c000-01", "c003-07", "c001-13"})
    result = demo.score_extraction(sources, located, extractor)
    assert result.score.gold == required
    assert result.score.gold_matched == required - 2
    assert {m.gold.id for m in result.missed} == {"c000-01", "c003-07"}
    assert result.score.predicted == required - 2 + len(sources)  # optional matches not counted
    assert len(result.false_positives) == len(sources)
    assert result.speaker.value == 1.0
    # The gold-made predictions are all "affirm": right exactly on the affirming gold claims.
    matched = [c for c in gold.claims if c.id not in {"c000-01", "c003-07", "c001-13"}]
    assert result.polarity.correct == sum(c.polarity.value == "affirm" for c in matched)


@pytest.mark.parametrize(
    "predicted, right",
    [
        ("Zamir Kabulov", True),
        ("Kabulov", True),
        ("he", False),
        ("Vladimir Putin", False),
    ],
)
def test_demo_speaker_matching(gold: GoldSet, predicted: str, right: bool) -> None:
    assert demo.speaker_matches(predicted, gold.by_id()["c001-06"]) is right


def claim_from(located: LocatedClaim, question: str | None, stance: Stance | None) -> Claim:
    return Claim(
        id=located.gold.id,
        source_id=located.source_id,
        speaker=located.gold.speaker,
        kind=located.gold.kind,
        text=located.gold.text,
        start=located.start,
        end=located.end,
        question_id=question,
        stance=stance,
    )


def test_demo_comparison_scoring(gold: GoldSet, sources: dict[str, Source]) -> None:
    located = demo.locate_all(gold, sources)
    flip = {Stance.YES: Stance.NO, Stance.NO: Stance.YES, Stance.UNCLEAR: Stance.UNCLEAR}
    claims = []
    for item in located:
        question, stance = item.gold.question, item.gold.stance
        if question == "tally" and stance is not None:
            stance = flip[stance]  # worded the other way round: aligned, not wrong
        if item.gold.id == "c000-17":
            stance = Stance.NO  # one real mistake
        claims.append(claim_from(item, question and "q-" + question, stance))
    by_id = {c.id: c for c in claims}

    def contradictions(all_claims: list[Claim]) -> list[Contradiction]:
        def pair(a: str, b: str) -> Contradiction:
            return Contradiction(
                question_id="q",
                question="q",
                kind="negation",
                explanation="",
                cross_source=True,
                claims=[by_id[a], by_id[b]],
            )

        return [pair("c001-01", "c001-06"), pair("c000-09", "c000-13"), pair("c002-02", "c002-04")]

    result = demo.score_comparison(gold, located, claims, contradictions)
    assert result.matched == len(located)
    assert result.grouping.f1 == 1.0
    assert result.speaker.value == 1.0
    assert result.stance.checked == result.stance_strict.checked
    assert result.stance.correct == result.stance.checked - 1
    assert result.stance_strict.correct == result.stance.checked - 3
    assert [c.id for c, _ in result.wrong_stance] == ["c000-17"]
    assert set(result.found) == {"x-channels", "x-arms"}
    assert "x-tally" in result.not_found
    assert result.false == ["c002-02 / c002-04"]


# --- the command -----------------------------------------------------------------------------


def test_evaluate_skips_a_missing_corpus(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        ["--corpora", str(tmp_path), "--gold", str(tmp_path), "--sources", str(SOURCES)],
    )
    assert result.exit_code == 0, result.output
    assert "PolNeAR: skipped" in result.output
    assert "demo gold: skipped" in result.output


def test_evaluate_reports_a_crashing_section_and_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.evaluate import __main__ as command

    def crash(corpora: Path) -> list[object]:
        raise RuntimeError("stage exploded")

    monkeypatch.setattr(command, "_polnear", crash)
    result = CliRunner().invoke(app, ["--gold", str(tmp_path), "--sources", str(SOURCES)])
    assert result.exit_code == 1, result.output
    assert "PolNeAR: failed RuntimeError: stage exploded" in result.output
    assert "demo gold: skipped" in result.output
