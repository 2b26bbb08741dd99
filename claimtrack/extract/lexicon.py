"""Every word list extraction uses: reporting verbs and nouns, hedges, denials, NP vocabulary.

Verbs are listed by lemma; ``verb_forms`` inflects them (says, said, saying, has said ...), so a
new cue is one entry here. Sets are lower case.
"""

from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    """The set of whitespace-separated words in ``text`` (word lists are written as prose)."""
    return frozenset(text.split())


# Speech and publication verbs that take a clause, a quote or a "that"-clause.
SPEECH_VERBS: frozenset[str] = words("""
    say tell add insist argue warn acknowledge confirm claim deny dismiss reject report write
    tweet testify explain note stress announce assert allege admit state declare reply respond
    recall contend maintain emphasize emphasise reiterate concede predict vow pledge complain boast
    caution conclude observe remark comment post blog quip joke scoff charge counter retort rebut
    refute dispute answer inform disclose reveal affirm assure repeat underline underscore
    highlight mention hint imply lament recount proclaim announce broadcast allege agree estimate
    speculate acknowledge clarify elaborate promise threaten urge suggest indicate signal call
    describe criticize criticise accuse blast slam praise
    """)

# Belief verbs: attributions in the annotation sense, and a hedge on what follows.
BELIEF_VERBS: frozenset[str] = words("believe think feel suspect guess fear")

# Verbs that only attribute when a quotation follows or precedes them ("he asked", "she continued").
QUOTE_ONLY_VERBS: frozenset[str] = words("continue begin shout exclaim whisper read")

# Speech acts whose object is what they report: "urged Congress to act", "called for a truce",
# "blamed Russia for the attack", "cited a 2013 study", "talked about jobs".
ACT_VERBS: frozenset[str] = words(
    "urge propose praise blame cite demand question promise vow agree recommend thank "
    "discuss decline ask talk speak refuse threaten condemn applaud hail welcome"
)

# Verbs whose content may be an infinitive: "vowed to block", "declined to comment".
INTENT_VERBS: frozenset[str] = words(
    "vow pledge promise agree decline refuse threaten propose urge ask demand tell warn claim"
)

# Cue verbs whose bare noun-phrase object is the content ("denied the report", "announced a plan").
OBJECT_VERBS: frozenset[str] = ACT_VERBS | words(
    "deny dismiss reject confirm announce acknowledge admit dispute refute rebut reveal call "
    "describe criticize criticise accuse blast slam praise"
)

# A cue lemma that marks the content as denied by the speaker.
DENIAL_VERBS: frozenset[str] = words("deny dismiss reject refute rebut dispute")

# A cue lemma that hedges the content.
HEDGE_VERBS: frozenset[str] = words(
    "believe think feel suspect guess fear suggest indicate hint imply speculate estimate "
    "predict signal"
)

IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "read": ("read", "reads"),  # ('"…," the statement read'; "reading" is no cue)
    "speak": ("speak", "speaks", "spoke", "spoken", "speaking"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "think": ("think", "thinks", "thought", "thinking"),
    "feel": ("feel", "feels", "felt", "feeling"),
    "begin": ("begin", "begins", "began", "begun", "beginning"),
    "broadcast": ("broadcast", "broadcasts", "broadcasting"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "rebut": ("rebut", "rebuts", "rebutted", "rebutting"),
    "blog": ("blog", "blogs", "blogged", "blogging"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "scoff": ("scoff", "scoffs", "scoffed", "scoffing"),
    "signal": ("signal", "signals", "signaled", "signalled", "signaling", "signalling"),
}

# Participles after a comma continue the main clause's speaker: ", saying ...", ", adding ...".
PARTICIPLE_LEMMAS: frozenset[str] = (
    SPEECH_VERBS
    | ACT_VERBS
    | words(
        "say add tell argue insist warn claim deny note explain stress write acknowledge "
        "admit suggest accuse call criticize criticise describe blast slam insist reiterate"
    )
)

# Auxiliaries and adverbs that may sit between a subject and its cue ("has also said").
CUE_PREFIX: tuple[str, ...] = (
    "has",
    "have",
    "had",
    "will",
    "would",
    "also",
    "later",
    "previously",
    "repeatedly",
    "again",
    "reportedly",
    "publicly",
    "privately",
    "recently",
    "officially",
    "then",
    "once",
    "earlier",
    "first",
    "often",
    "long",
    "separately",
    "further",
    "flatly",
    "strongly",
    "firmly",
    "categorically",
    "vehemently",
    "explicitly",
    "frequently",
    "is",
    "are",
    "was",
    "were",
    "been",
    "has been",
)

# Words that start a multi-word cue, with the rest of it (regex, after the word).
ANCHOR_CUES: dict[str, tuple[str, str]] = {
    "according": ("according", r"\s+to\b"),
    "According": ("according", r"\s+to\b"),
    "learnt": ("learnt", r"(?=\s+that\b|\s*[.,;])"),
    "learned": ("learnt", r"(?=\s+that\b|\s*[.,;])"),
    "gathered": ("learnt", r"(?=\s+that\b|\s*[.,;])"),
    "pointed": ("point", r"\s+out\b"),
    "points": ("point", r"\s+out\b"),
    "pointing": ("point", r"\s+out\b"),
    # "As Professor Foner put it: …", "as one voter put it, …"
    "put": ("point", r"\s+it(?:\s+(?:this|that)\s+way)?(?=\s*[:,—–])"),
    "puts": ("point", r"\s+it(?:\s+(?:this|that)\s+way)?(?=\s*[:,—–])"),
}

# Before "saying": the passive of reported speech ("was quoted by Interfax as saying").
QUOTED_AS = r"(?:was|were|is|are|been)\s+quoted\s+(?:by\s+[^,.;:\n\x00]{1,60}?\s+)?as\s+$"

# After a cue, the venue that belongs to it ("said in a statement", "told in an interview").
VENUES = (
    r"statement|interview|letter|post|tweet|email|e-mail|report|speech|op-ed|column|memo|book|"
    r"autobiography|memoir|essay|article|editorial|blog|piece|newsletter|message|posting|"
    r"filing|press\s+release|news\s+conference|press\s+conference|briefing|radio\s+address|video|"
    r"warning|announcement|notice|advisory|alert|address|remarks|comments|testimony|declaration|"
    r"ruling|opinion|order|complaint|lawsuit|petition|affidavit|podcast|broadcast|sermon|lecture|"
    r"presentation|update|note|response|reply|rebuttal"
)

# Nouns naming an utterance: "claims by X that", "X's assertion that".
CUE_NOUNS: tuple[str, ...] = (
    "claim",
    "claims",
    "assertion",
    "assertions",
    "allegation",
    "allegations",
    "statement",
    "denial",
    "insistence",
    "argument",
    "warning",
    "suggestion",
    "contention",
    "announcement",
    "admission",
    "assurance",
    "assurances",
    "belief",
    "view",
    "report",
    "reports",
    "prediction",
)

# Words before a cue that show it is not an attribution ("did not say", "the said agreement").
NEGATING_PREFIX: frozenset[str] = words(
    "not n't never declined refused to the this that which so-called a an other these those "
    "many some several his her its their our my your all both such any no of in for with by "
    "from on amid about after against these over under among without"
)

# Words that may come right before a speaker phrase: clause openers (or punctuation).
CLAUSE_OPENERS: frozenset[str] = words(
    "that and but because while as when if although though since after before so where "
    "whereas yet or then now meanwhile however also until unless once"
)

PRONOUNS: dict[str, str | None] = {
    "he": "m",
    "she": "f",
    "they": None,
    "it": None,
    "we": None,
    "i": None,
}

# Relative pronouns whose antecedent is the speaker: "Cox, who said ...".
RELATIVES: frozenset[str] = words("who which")

# Words that end a speaker noun phrase when walking away from the cue.
NP_STOP: frozenset[str] = words("""
    is are was were be been being am has have had do does did will would can could should may
    might must shall not no that which whom whose when where while because if although though
    since after before as than but or so to by also just only even then now there here what why
    how whether said says say told tell added adding saying against into about over under
    however meanwhile instead yet still until unless once whenever wherever whereas very more
    less much amid
    among despite during through across toward towards within without upon via per like
    including following
    """)

# Lower-case words allowed inside a speaker phrase that are not ordinary nouns or adjectives.
NP_FUNCTION: frozenset[str] = words(
    "the a an of for at in on from with and & his her its their our this these those "
    "several some many most other two three four five six ten one another both each all"
)

# Adverbials that may sit between a cue and its content ("said Thursday", "told reporters").
WEEKDAYS = sorted(words("monday tuesday wednesday thursday friday saturday sunday"))
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]
ADVERBS: frozenset[str] = words(
    "today yesterday tonight earlier later again also recently repeatedly publicly privately "
    "previously separately then now once firmly flatly bluntly simply frankly candidly "
    "angrily proudly quietly flatly openly officially further"
)

# Hedges in content or attribution clause -> certainty "hedged" (regex fragments).
HEDGES: tuple[str, ...] = (
    r"may",
    r"might",
    r"could",
    r"possibly",
    r"perhaps",
    r"probably",
    r"likely",
    r"unlikely",
    r"apparently",
    r"appears?\s+to",
    r"seems?\s+to",
    r"fair\s+to\s+assume",
    r"safe\s+to\s+assume",
    r"it\s+is\s+possible",
    r"indicated",
    r"suggests?",
    r"suggested",
    r"believed?",
    r"believes",
    r"presumably",
    r"suspected",
    r"not\s+(?:yet\s+)?clear",
    r"unclear",
)

# Second-hand markers -> certainty "reported" (regex fragments).
REPORTED: tuple[str, ...] = (
    r"reportedly",
    r"allegedly",
    r"aware\s+of\s+(?:the\s+)?reports?",
    r"no\s+(?:independent\s+)?confirmation",
    r"could\s+not\s+(?:be\s+)?(?:independently\s+)?(?:confirm|verif)\w*",
    r"unconfirmed",
    r"according\s+to\s+(?:media\s+|press\s+|news\s+|local\s+)?reports",
    r"rumou?rs?",
    r"purported(?:ly)?",
)

# Negation in content -> polarity "deny" (regex fragments).
NEGATIONS: tuple[str, ...] = (
    r"(?:is|are|was|were|be|been|do|does|did|has|have|had|will|would|can|could|should|must)"
    r"\s+not",
    r"(?:isn|aren|wasn|weren|don|doesn|didn|hasn|haven|hadn|won|wouldn|can|couldn|shouldn)['’]t",
    r"cannot",
    r"never",
    r"(?:is|are|was|were)\s+(?:simply\s+|just\s+|completely\s+)?(?:wrong|false|untrue|incorrect|baseless|groundless|nonsense)",
    r"not\s+true",
    r"there\s+(?:is|are|was|were|has\s+been|have\s+been)\s+no",
    r"no\s+longer",
    r"nothing",
    r"nobody",
    r"no\s+one",
)

# Nouns naming a collective or anonymous source, for speaker kinds in the local fallback.
COLLECTIVE_HEADS: frozenset[str] = words(
    "officials experts analysts sources observers residents critics witnesses diplomats "
    "lawmakers people members leaders activists officers authorities reports media"
)

# Definite descriptions that refer back to an organisation speaker ("the group said").
ORG_HEADS: frozenset[str] = words(
    "group organization organisation movement ministry agency company firm government "
    "campaign party militants insurgents council committee department office administration "
    "newspaper paper network outlet channel agency army military embassy"
)

# Paragraph-initial labels that a colon follows but that are not speakers ("Update: …").
LEAD_LABELS: frozenset[str] = words(
    "update updated note editor editor's editors correction photo photos video watch read related "
    "source sources see also listen follow caption credit image via share click tags topics "
    "subscribe sign advertisement breaking exclusive analysis opinion commentary transcript "
    "warning disclaimer latest email newsletter digest briefing live recap timeline explainer "
    "factbox q&a morning evening weekly daily"
)

# Common abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS: frozenset[str] = words("""
    mr mrs ms dr prof gen sen rep gov lt col capt cmdr sgt maj adm st jr sr rev hon pres supt
    insp det cpl pvt u.s u.n u.k e.u inc corp co ltd no vs etc jan feb mar apr jun jul aug sep
    sept oct nov dec a.m p.m ft mt fig al approx dept est
    """)


# Abbreviated titles: a full stop after them never ends a sentence ("Gen. Votel").
TITLES: frozenset[str] = words(
    "mr mrs ms dr prof gen sen rep gov lt col capt cmdr sgt maj adm st rev hon pres supt insp "
    "det cpl pvt"
)


# Speech verbs that take an object rather than a bare clause ("announced a plan", "wrote a book").
# Speech verbs that take an object, not a bare clause ("announced a plan", "wrote a book").
NO_BARE: frozenset[str] = words(
    "announce report reveal mention highlight underline underscore repeat recount broadcast "
    "comment charge answer counter clarify elaborate promise threaten urge signal post blog "
    "tweet inform disclose proclaim vow pledge retort rebut refute dispute dismiss reject "
    "deny respond reply call describe criticize criticise accuse blast slam praise write"
)

# Auxiliaries: a clause cannot start with one ("what Carson said was written").
AUX: frozenset[str] = words(
    "is are was were has have had will would can could should may might must"
)

# Words a reported clause does not start with (prepositions, conjunctions, wh-words).
BAD_START: frozenset[str] = words(
    "to of about for with in on at by from as when after before because while whether how "
    "what why where who which and but or so not yes up out into over during under amid "
    "despite through without within across against toward towards among between since until "
    "upon via"
)

# Verbs whose bare complement is a clause even without an auxiliary ("said all staffers sign …"),
# and the words such a clause starts with.
SAY_LIKE: frozenset[str] = words(
    "say tell think believe add insist argue warn claim report predict note"
)

# Words that open a reported question ("asked whether …", "asked why …").
ASKED: frozenset[str] = words("whether if why how what who when where")

# What "said" takes as an object rather than a clause ("said nothing", "said goodbye").
SAY_OBJECTS: frozenset[str] = words(
    "nothing something anything goodbye hello yes so little much more a an"
)

SUBJECT_START: frozenset[str] = words(
    "the a an all some most many his her its their our this these those there it he she they we "
    "i you every each no both several few"
)

# Nouns a participle cue may follow without a comma ("issued a statement saying …").
UTTERANCE_NOUNS: frozenset[str] = words(
    "statement statements letter tweet tweets post email e-mail release video message note "
    "interview speech remarks comments"
)

# Heads that take a plural verb ("many argue", "47 percent say"): base-form cues need one.
PLURAL_PRONOUNS: frozenset[str] = words(
    "i we they you who many most some others few both all several majority minority half "
    "percent people women children police"
)

# Words that follow the head noun of a speaker phrase ("sources close to …").
POST_HEAD: frozenset[str] = words("of to for with in at from on close familiar who like including")

# Words that make an attribution subordinate ("while the RNC says …, they are …").
SUBORDINATORS: frozenset[str] = words(
    "while although though because since as if when whenever wherever after before whereas "
    "unless until once"
)

LY_NOUNS: frozenset[str] = words(
    "ally family assembly rally supply monopoly bully reply tally deputy anomaly"
)

TO_LINKS: frozenset[str] = frozenset(
    {"close", "closer", "closest", "loyal", "next", "adviser", "advisor"}
)


_DOUBLING = re.compile(r".*[^aeiou][aeiou][bdgmnprt]")


def verb_forms(lemma: str) -> tuple[str, ...]:
    """The inflected forms of a regular or listed irregular verb."""
    if lemma in IRREGULAR:
        return IRREGULAR[lemma]
    if lemma.endswith("e"):
        return (lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing")
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return (lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return (lemma, lemma + "es", lemma + "ed", lemma + "ing")
    forms: tuple[str, ...] = (lemma, lemma + "s", lemma + "ed", lemma + "ing")
    if _DOUBLING.fullmatch(lemma):  # slam -> slammed; "offer" gets an unused "offerred", harmless
        forms += (lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing")
    return forms


HEADLINE_FORMS: tuple[str, ...] = (
    "Says",
    "Tells",
    "Warns",
    "Claims",
    "Admits",
    "Denies",
    "Urges",
    "Vows",
    "Insists",
    "Argues",
    "Suggests",
    "Slams",
    "Blasts",
)


def form_index() -> dict[str, str]:
    """Every inflected form of every cue verb, mapped to its lemma."""
    index: dict[str, str] = {}
    for lemma in sorted(SPEECH_VERBS | BELIEF_VERBS | QUOTE_ONLY_VERBS | ACT_VERBS):
        for form in verb_forms(lemma):
            index.setdefault(form, lemma)
    # Title-case headlines: "Glenn Beck Says Trump Poses A Threat".
    for form in HEADLINE_FORMS:
        index.setdefault(form, index[form.lower()])
    return index
