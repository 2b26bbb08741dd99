"""Attribution frames around each cue: who is speaking, and where the words said are.

Every function reads the masked text (quotation interiors blanked, same offsets as the source) of
one unit and returns candidate spans; nothing here resolves names or builds models.
"""

from __future__ import annotations

import re
from itertools import islice

from claimtrack.extract import cues as C
from claimtrack.extract.content import (
    Candidate,
    UnitView,
    content_end,
    finite,
    left_content,
    previous_quote,
    right_content,
    span_kind,
)
from claimtrack.extract.lexicon import (
    AUX,
    BAD_START,
    BELIEF_VERBS,
    CUE_NOUNS,
    INTENT_VERBS,
    NEGATING_PREFIX,
    OBJECT_VERBS,
    PARTICIPLE_LEMMAS,
    PLURAL_PRONOUNS,
    POST_HEAD,
    PRONOUNS,
    QUOTE_ONLY_VERBS,
    SUBORDINATORS,
    UTTERANCE_NOUNS,
    WEEKDAYS,
    words,
)
from claimtrack.extract.phrases import np_after, np_before
from claimtrack.extract.speaker_lexicon import ROLE_HEADS
from claimtrack.extract.speakers import DOCUMENTS
from claimtrack.models import ClaimKind

_REPORT_SOURCE = re.compile(r"\s+[^,;.\x00\"“”]{1,120}?,\s*that\b")
_BE = words("is are was were been")
_OPENERS = words("The A An In On At But And When After As If While So Then This That There")
_WORD = re.compile(r"[^\W_][\w'’-]*")
_TO_WHOM = words("the a an his her their its my our your me him us them reporters journalists")
# A "sentence" of megabytes is not prose: no frame looks further than this from its cue.
REACH = 1500
# Verbs never inverted after a quote ("…, said X" but not "…, denied X").
_NO_INVERSION = OBJECT_VERBS | BELIEF_VERBS
_PARTICLE = re.compile(r"\s+(?:off|down|up|out|back|away|over)\b")
_ANONYMITY = re.compile(r"\s+on\s+(?:the\s+)?condition\b")
_CALL_FOR = re.compile(r"\s+(?:for|on|upon|about|of)\b")
# Every cue noun holds one of these ("claims" holds "claim"): a unit without any has no noun frame,
# and is not scanned by the noun patterns (a leading look-behind makes that scan slow).
_NOUN_STEMS = tuple(n for n in CUE_NOUNS if not any(o != n and o in n for o in CUE_NOUNS))
_LEFT_NOISE = re.compile(
    r"(?:\s*,\s*(?:meanwhile|however|though|too|also|instead|in\s+turn|in\s+contrast|"
    r"for\s+(?:his|her|its|their)\s+part|for\s+(?:instance|example)|in\s+fact|of\s+course)"
    r"\s*,)\s*$"
)


# after "…, X said," a time clause tells when it was said ("because …" may still be said)
_SAID_WHEN = words("after before following during amid when while")


_SUBJECT_PRONOUNS = words("he she they we i it")
_WHEN_SPEAKING = words("when whenever while before after until once because if unless")
# the object of "call" is missing from its clause: "what he calls a second home", "the state
# she calls her home"
_WHAT_CALLS = re.compile(r"(?:\bwhat\s+[^\W\d_][\w.'’-]*|\b[a-z]+\s+(?:he|she|they|we|I))\s+$")
# "call" with an indefinite object, or a name and a possessive one, without quotation marks
_CALL_NAMES = re.compile(
    r"\s+(?:an?\s|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+(?:his|her|their|its|our|my)\s)"
    r"[^\x00\"“”.;:]*(?:[.;:]|$)"
)


def _prev_word(masked: str, lo: int, pos: int) -> str:
    return C.prev_word(masked, lo, pos)[1].lower()


def _subject(view: UnitView, ss: int, limit: int) -> tuple[int, int] | None:
    """The subject of a sentence: the words before its first verb, for ", saying …" frames."""
    words = list(islice(_WORD.finditer(view.masked, ss, limit), 9))
    for k, w in enumerate(words):
        low = w.group().lower()
        if w.group().isupper() and len(low) > 1:
            continue  # "IS", "NATO": a name, not "is"
        verbish = low in C.FORMS or (low.endswith("ed") and w.group()[0].islower())
        if verbish or low in ("is", "are", "was", "were", "has", "have", "had", "will", "would"):
            k = _before_time(words, k)  # "Rana Sanaullah on Wednesday poured …"
            if k > 1 and words[k - 1].group().lower() in _SUBJECT_PRONOUNS:
                return words[k - 1].start(), words[k - 1].end()  # "Two days later he switched"
            return (words[0].start(), words[k - 1].end()) if k else None
    # No verb recognised ("Carly Fiorina threw her support …"): a leading run of capitalised
    # words, or a pronoun, is the subject.
    run = [w for w in islice(words, 4)]
    n = 0
    while n < len(run) and run[n].group()[0].isupper() and run[n].group() not in _OPENERS:
        n += 1
    if n:
        return run[0].start(), run[n - 1].end()
    return None


_WARN_WHOM = frozenset({"warn", "caution", "advise", "notify", "reassure", "promise"})
_THAT_NEXT = re.compile(r"\s+that\b")
_TIME_WORDS = frozenset(WEEKDAYS) | words("today yesterday tonight earlier morning night evening")
_TIME_LEAD = words("on late early last this")


def _before_time(words: list[re.Match[str]], k: int) -> int:
    """How many of the first ``k`` words are left once a time adverbial at their end is cut."""
    n = k
    while n > 1 and words[n - 1].group().lower() in _TIME_WORDS:
        n -= 1
    if n < k and n > 1 and words[n - 1].group().lower() in _TIME_LEAD:
        n -= 1
    return n


def verb_frame(
    view: UnitView, hit: C.CueHit, sentence: tuple[int, int], earlier: list[Candidate]
) -> list[Candidate]:
    """Candidates for one verb or phrase cue in its sentence."""
    m = view.masked
    # A "sentence" of megabytes is not prose: look no further than REACH either side of the cue.
    ss, se = max(sentence[0], hit.start - REACH), min(sentence[1], hit.end + REACH)
    sentence = (ss, se)
    cs, ce = hit.start, hit.end
    # (the word before, read from the unit's start, is the same when it starts in the sentence)
    known = hit.before
    before = known if known is not None and known[0] >= ss else C.prev_word(m, ss, cs)
    prev = before[1].lower()
    if prev in NEGATING_PREFIX or prev.endswith(("n't", "n’t")):
        return []
    form = hit.form
    past_adverbials = C.skip_adverbials(m, ce, se)
    after_cue = view.skip_space(past_adverbials, se)
    addressed = False  # "said to the crowd": only words before the cue can be the content
    if m.startswith("to ", after_cue) and hit.sort == "verb" and hit.lemma not in INTENT_VERBS:
        if not _addressee(m, after_cue + 3, se):
            return []  # "is said to be"; but "wrote to his followers, …" is an addressee
        addressed = True
    if hit.sort == "verb" and (_particle(m, ce, se) or prev.endswith(("'s", "’s"))):
        return []  # "write off", "add up"; "North Korea's claim"
    if (
        hit.lemma == "call"
        and hit.sort == "verb"
        and _CALL_NAMES.match(m, ce, se)
        and not _WHAT_CALLS.search(m, max(ss, cs - 40), cs)
    ):
        return []  # "called an emergency session" convenes; "calls Ohio her home" names
    if hit.sort == "according":
        return _according_frame(view, hit, sentence)
    if hit.sort == "cited":
        return _cited_frame(view, hit, se)
    if hit.lemma in ("cite", "quote") and _AS_SAYING.match(m, ce, se):
        return []  # "cited sources as saying …": the sources speak (``_cited_frame``)
    if form.lower() in ("state", "states") and not _states_something(m, ss, cs, ce, se):
        return []  # "in early primary states, donors …", "state health officials said"
    written = m[cs:ce]  # (no cue is a form of "be": the cue alone is not progressive)
    progressive = written != form and bool(_BE & set(written.lower().split()))  # "is stressing"
    participle = form.endswith("ing") and hit.sort == "verb" and not progressive
    if participle and hit.lemma not in PARTICIPLE_LEMMAS:
        return []
    if participle and hit.lemma in ("cite", "quote") and _REPORT_SOURCE.match(m, ce, se):
        return []  # "reported, citing officials, that …": where the report came from
    if participle and hit.lemma in ("cite", "quote") and _names_a_source(m, ce, se):
        return []  # "reported on Monday, citing people familiar with the matter": a source
    if hit.lemma in ("tell", "inform", "assure", "remind") and hit.sort == "verb":
        ce = C.extend_addressee(m, ce, se)
    elif hit.lemma in _WARN_WHOM and hit.sort == "verb":
        # "warned doctors that …": an addressee only where "that" follows it ("warned Russia
        # would retaliate" has none)
        whom = C.extend_addressee(m, ce, se)
        if whom > ce and _THAT_NEXT.match(m, whom, se):
            ce = whom
    if hit.lemma in ("talk", "speak") and _ANONYMITY.match(m, ce, se):
        return []  # "spoke on condition of anonymity": how the source talked, not what
    if hit.lemma in ("call", "talk", "speak", "ask", "apologize", "apologise"):
        on = _CALL_FOR.match(m, ce, se)  # "called for", "talked about", "asked about"
        ce = on.end() if on else ce
    # The cue's end moves only for an addressee or a particle: else the adverbials are skipped.
    pos = past_adverbials if ce == hit.end else C.skip_adverbials(m, ce, se)
    speaker: tuple[int, int] | None = None
    if addressed and (participle or prev in ("and", "but")):
        return []
    if participle and prev not in ("is", "are", "was", "were", "been"):
        after_comma = m[max(ss, cs - 4) : cs].rstrip().rstrip("\"”’'").endswith(",")
        opening = C.prev_word(m, ss, before[0])[1] == ""  # "After saying …, X"
        linked = prev in ("by", "while", "and") or (
            prev in ("before", "after", "upon", "when") and (earlier or not opening)
        )
        if not after_comma and prev not in UTTERANCE_NOUNS and not linked:
            return []  # ", saying …", "issued a statement saying …", "by saying …"
        named = [c for c in earlier if c.speaker is not None]
        speaker = named[-1].speaker if named else _subject(view, ss, cs)
        right = right_content(view, pos, se, hit.lemma)
        if speaker is None or right is None:
            return []
        span, kind, conf = right
        return [
            Candidate(span, kind, view.index, speaker, (cs, ce), hit.lemma, (ss, cs), conf - 0.1)
        ]
    left_hi = C.prefix_start(m, ss, cs, before)
    noise = _left_noise(m, max(ss, left_hi - 30), left_hi)
    if noise is not None:
        left_hi = C.prefix_start(m, ss, noise.start())
    speaker = np_before(m, ss, left_hi)
    out: list[Candidate] = []
    left_upto = speaker[0] if speaker else cs
    inverted = speaker is None
    # "…, and said …", "…, then says he'll …": the subject is the sentence's own
    if speaker is None and (prev in ("and", "but") or m.startswith("then ", cs)):
        said = [c.speaker for c in earlier if c.speaker is not None]
        subject = said[-1] if said else _subject(view, ss, cs)
        right = right_content(view, pos, se, hit.lemma) if subject else None
        if right is None or subject is None:
            return []
        span, kind, conf = right
        clause = (cs, span[0])
        return [Candidate(span, kind, view.index, subject, (cs, ce), hit.lemma, clause, conf - 0.1)]
    if speaker is None and hit.lemma not in _NO_INVERSION:
        speaker = np_after(m, pos, se)
        if speaker is not None:
            pos = C.skip_adverbials(m, speaker[1], se)
    if speaker is None:
        return []
    bare = form == hit.lemma and cs == hit.start and not inverted
    if bare and not _plural(view, speaker) and not _read_after_quote(m, ss, speaker[0], hit.lemma):
        return []  # a bare "state", "claim", "add" after a singular noun is a noun or infinitive
    if hit.lemma == "call" and ce == hit.end and not _named(view, speaker):
        return []  # "a group called X" names, it does not speak
    left = left_content(view, ss, left_upto)
    if left is not None and not inverted and _prev_word(m, ss, speaker[0]) in _WHEN_SPEAKING:
        left = None  # "The White House tweets when Obama speaks": the main clause, not his words
    if inverted and left is None:
        return []
    if left is None and not inverted and not m[ss : speaker[0]].strip():
        left = previous_quote(view, ss)
    subordinate = _prev_word(m, ss, speaker[0]) in SUBORDINATORS or prev == "who"
    right = None if addressed else right_content(view, pos, se, hit.lemma, subordinate)
    if right is not None and _initial_clause(view, ss, speaker[0]):
        right = _before_main_clause(view, right)
    if inverted and right is not None and right[1] != ClaimKind.DIRECT:
        right = None
    spk_lo = min(speaker[0], cs)
    p = view.skip_space(pos, se)
    if left is not None and left[1] != ClaimKind.DIRECT and not (p >= se or m[p] in ",.;"):
        left = None  # "Also on Monday, X indicated that …": the content is on the right
    if (
        right is None
        and left is None
        and not inverted
        and p < se
        and m[p] == ","
        and (lead := view.words(ss, speaker[0])) <= 2
    ):
        # "Still, he said, officials have to decide …": the content follows the aside;
        # "This campaign, he says, is different": a predicate follows, the subject is before.
        start = view.skip_space(p + 1, se)
        verb = _WORD.match(m, start, se)
        predicate = verb is not None and lead > 0 and verb.group().lower() in AUX
        got = span_kind(view, ss if predicate else start, content_end(view, start, se))
        if got is not None and view.words(start, se) >= (2 if predicate else 3):
            right = (got[0], got[1], 0.6)
    if right is not None:
        span, kind, conf = right
        out.append(
            Candidate(span, kind, view.index, speaker, (cs, ce), hit.lemma, (spk_lo, span[0]), conf)
        )
    # "In a statement, X said, “…”": what comes before the speaker is when or where
    quoted = right is not None and right[1] == ClaimKind.DIRECT and p < se and m[p] in ",:"
    if quoted and left is not None and left[1] == ClaimKind.INDIRECT and _adverbial(m, *left[0]):
        return out
    if left is not None:
        span, kind = left
        aside = p < se and m[p] == "," and right is None and not inverted
        after = _WORD.match(m, view.skip_space(p + 1, se), se) if aside else None
        if after is not None and after.group().lower() in _SAID_WHEN:
            aside = False  # "…, her spokesman said, after he was accused …": when it was said
        if kind != ClaimKind.DIRECT and aside and content_end(view, p, se) > p:
            # "Such an involvement, they say, could complicate …": the content is both sides
            # (but not "…, Cruz explained, recalling …": a participle clause is not said).
            got = span_kind(view, span[0], content_end(view, p + 1, se))
            if got is not None:
                span, kind = got
        conf = 0.9 if kind == ClaimKind.DIRECT else 0.6
        if hit.lemma in QUOTE_ONLY_VERBS and kind != ClaimKind.DIRECT:
            return out
        clause = (spk_lo, min(se, ce + 200))
        out.append(Candidate(span, kind, view.index, speaker, (cs, ce), hit.lemma, clause, conf))
    return out


def _read_after_quote(m: str, ss: int, speaker: int, lemma: str) -> bool:
    """'"…," the statement read': a past "read" (spelled as its lemma) after a quotation."""
    return lemma == "read" and m[ss:speaker].rstrip().endswith(('"', "”", "''"))


def _initial_clause(view: UnitView, ss: int, speaker: int) -> bool:
    """Is the speaker the subject of a clause opening its sentence ("Years after X claimed …,")?"""
    return _prev_word(view.masked, ss, speaker) in SUBORDINATORS and view.words(ss, speaker) <= 3


def _before_main_clause(
    view: UnitView, right: tuple[tuple[int, int], ClaimKind, float]
) -> tuple[tuple[int, int], ClaimKind, float]:
    """A clause opening its sentence ends at a comma, where the main clause begins: "Years after
    X claimed that A, Obama won …" reports A."""
    (lo, hi), _, conf = right
    comma = view.masked.find(",", lo, hi)
    if comma < 0 or view.words(lo, comma) < 2 or view.words(comma, hi) < 2:
        return right
    got = span_kind(view, lo, comma)
    return (got[0], got[1], conf) if got else right


def _adverbial(masked: str, lo: int, hi: int) -> bool:
    """Whether ``masked[lo:hi]`` opens with a preposition or conjunction ("In a statement",
    "After Trump and Maples divorced") or has no finite verb ("Less than 30 minutes later")."""
    first = _WORD.match(masked, lo, hi)
    return (first is not None and first.group().lower() in BAD_START) or not finite(masked, lo, hi)


_STATED = re.compile(r"\s*(?:that\b|:|,?\s*[\"“«\x00])")


def _states_something(masked: str, ss: int, cs: int, ce: int, se: int) -> bool:
    """Whether a bare "state(s)" is the verb: it takes "that", a colon or a quote ("The report
    states that …", "states: “…”"), or closes a sentence after its content ("…, the report
    states."); else it is the noun ("swing states", "state officials")."""
    if _STATED.match(masked, ce, se):
        return True
    rest = masked[ce:se].strip()
    return (not rest or rest[0] in ".;") and ("," in masked[ss:cs] or "\x00" in masked[ss:cs])


def _particle(masked: str, ce: int, se: int) -> bool:
    """``_PARTICLE.match(masked, ce, se)``, run only after a space and before a space or the
    first letter of a particle."""
    if ce + 1 >= se or not masked[ce].isspace():
        return False
    c = masked[ce + 1]
    return (c in "oduba" or c.isspace()) and _PARTICLE.match(masked, ce, se) is not None


def _left_noise(masked: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_LEFT_NOISE.search(masked, lo, hi)``, searched only when the window ends in a comma (and
    spaces), as every match of it does."""
    j = hi
    while j > lo and masked[j - 1].isspace():
        j -= 1
    if j <= lo or masked[j - 1] != ",":
        return None
    return _LEFT_NOISE.search(masked, lo, hi)


def _addressee(masked: str, pos: int, hi: int) -> bool:
    """Whether the words after "said to" name who was spoken to ("to the camera", "to CNN"),
    not a verb ("is said to be", "said to have")."""
    word = _WORD.match(masked, pos, hi)
    if word is None:
        return False
    low = word.group().lower()
    return low in _TO_WHOM or (word.group()[0].isupper() and word.group() not in _OPENERS)


_PLURAL_DETERMINERS = words("those these many both few several most")


def _plural(view: UnitView, span: tuple[int, int]) -> bool:
    """Whether a subject takes a plural verb ("officials say", "they say", "47% say")."""
    mention = view.text[span[0] : span[1]]
    head: list[str] = []
    for word in mention.lower().split():
        if word in POST_HEAD:
            break  # "sources close to the campaign": the head is "sources"
        head.append(word)
    last = (head or mention.lower().split())[-1]
    return (
        " and " in mention
        or mention.lower().split()[0] in _PLURAL_DETERMINERS  # "those surveyed", "many in …"
        or "—" in mention
        or last in PLURAL_PRONOUNS
        or last.endswith(("s", "%", "people", "men"))
        or last.isdigit()
    )


def _named(view: UnitView, span: tuple[int, int]) -> bool:
    words = view.text[span[0] : span[1]].split()
    return any(w[:1].isupper() for w in words) or (len(words) == 1 and words[0].lower() in PRONOUNS)


_BY_AUTHOR = re.compile(r"\s+(?:by|from)\s+(?=\S)")


def _with_author(view: UnitView, speaker: tuple[int, int], hi: int) -> tuple[int, int]:
    """``a report`` extended to ``a report by Study Finds``: the author of a document."""
    m = view.masked
    head = m[speaker[0] : speaker[1]].split()
    if not head or head[-1].lower() not in DOCUMENTS:
        return speaker
    by = _BY_AUTHOR.match(m, speaker[1], hi)
    author = np_after(m, by.end(), hi, appositive=False) if by else None
    return (speaker[0], author[1]) if author else speaker


_SOURCE_OBJECT = re.compile(r"[^,;.:\x00\"“”]{1,80}")
_SOURCE_WORDS = ROLE_HEADS | DOCUMENTS | {"sources", "people", "officials", "aides", "documents"}


def _names_a_source(masked: str, ce: int, se: int) -> bool:
    """Whether what "citing"/"quoting" takes is who or what the report came from ("an anonymous
    source", "two officials", "people it said were familiar with the matter"): a source word
    among its first words, and no quote."""
    got = _SOURCE_OBJECT.match(masked, ce, se)
    if got is None or masked.startswith(("“", '"', "\x00"), got.end()):
        return False
    first = got.group().lower().split()[:4]
    return any(w in _SOURCE_WORDS or w.rstrip("s") in ROLE_HEADS for w in first)


_AS_SAYING = re.compile(r"\s+[^,.;:\n\x00]{1,60}?\s+as\s+saying\b")


def _cited_frame(view: UnitView, hit: C.CueHit, se: int) -> list[Candidate]:
    """``News reports cited sources as saying …``, ``quoted the minister as saying …``: the one
    quoted is the speaker; the cue runs from the verb to "saying"."""
    m = view.masked
    got = C.QUOTES_AS.match(m, hit.start, hit.end - len(hit.form))
    right = right_content(view, hit.end, se, "say") if got else None
    if got is None or right is None:
        return []
    speaker = got.span(1)
    span, kind, conf = right
    cue = (hit.start, hit.end)
    return [Candidate(span, kind, view.index, speaker, cue, "say", (hit.start, span[0]), conf)]


def _according_frame(view: UnitView, hit: C.CueHit, sentence: tuple[int, int]) -> list[Candidate]:
    m = view.masked
    ss, se = sentence
    before_end = hit.start
    # "…, according to the ministry, a government body." ends with the speaker's appositive;
    # "According to the ministry, the villages …" has its content there instead.
    speaker = np_after(m, hit.end, se, appositive=view.words(ss, before_end) >= 3)
    if speaker is None:
        return []
    speaker = _with_author(view, speaker, se)
    got = None
    after = view.skip_space(speaker[1], se)
    aside = after < se and m[after] in ",—–-" and view.words(after, se) >= 3
    if view.words(ss, before_end) >= 3 and aside:
        # "Most Americans - 63 percent, according to a report - still believe …": both sides
        got = span_kind(view, ss, content_end(view, after + 1, se))
    elif view.words(ss, before_end) >= 3:
        got = span_kind(view, ss, before_end)
    else:
        # "According to the officer in charge of the base that night, the scene …"; but
        # "Fundraising, according to the campaign, has surged": a predicate follows, the
        # subject is before (as with "This campaign, he says, is different")
        p = m.find(",", speaker[1], min(se, speaker[1] + 100))
        if p >= 0:
            start = view.skip_space(p + 1, se)
            verb = _WORD.match(m, start, se)
            lead = ss < before_end and verb is not None and verb.group().lower() in AUX
            got = span_kind(view, ss if lead else p + 1, content_end(view, p + 1, se))
    if got is None:
        return []
    span, kind = got
    return [
        Candidate(
            span,
            kind,
            view.index,
            speaker,
            (hit.start, hit.end),
            "say",
            (hit.start, speaker[1]),
            0.8,
        )
    ]


def noun_frames(view: UnitView) -> list[Candidate]:
    """``X's assertion that …`` and ``claims by X that …``."""
    m = view.masked
    out: list[Candidate] = []
    piece = m[view.unit.start : view.unit.end]
    if "that" not in piece:
        return out
    for stem in _NOUN_STEMS:
        if stem in piece:
            break
    else:
        return out
    for hit in C.NOUN_POSSESSIVE_RE.finditer(m, view.unit.start, view.unit.end):
        ss, se = view.unit.sentence_at(hit.start())
        ss, se = max(ss, hit.start() - REACH), min(se, hit.end() + REACH)
        speaker = np_before(m, ss, hit.start())
        got = span_kind(view, hit.end(), content_end(view, hit.end(), se))
        if speaker and got:
            cue = (hit.start("noun"), hit.end("noun"))
            out.append(
                Candidate(
                    got[0], got[1], view.index, speaker, cue, "claim", (speaker[0], hit.end()), 0.65
                )
            )
    if "by" not in piece and "from" not in piece:
        return out  # (no "claims by X" without "by" or "from")
    for hit in C.NOUN_BY_RE.finditer(m, view.unit.start, view.unit.end):
        ss, se = view.unit.sentence_at(hit.start())
        se = min(se, hit.end() + REACH)
        speaker = np_after(m, hit.end(), se)
        if speaker is None:
            continue
        t = C.THAT_RE.match(m, speaker[1], se)
        if t is None:
            continue
        got = span_kind(view, t.end(), content_end(view, t.end(), se))
        if got:
            cue = (hit.start("noun"), hit.end("noun"))
            out.append(
                Candidate(
                    got[0], got[1], view.index, speaker, cue, "claim", (hit.start(), t.end()), 0.65
                )
            )
    return out
