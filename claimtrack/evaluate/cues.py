"""Is a cue speech or publication? One documented word list, used for gold and predicted cues.

A cue is speech when any of its words is a form of a verb or noun below (``said``, ``told VOA``,
``according to``, ``happily retweeted``), or when it is a colon introducing a quote (``tweeted:``,
a bare ``:``). Beliefs, wishes and feelings (``believes``, ``thinks``, ``wants``, ``fears``,
``hopes``, ``figures``, ``feels``) are not speech, nor are acts such as ``is protesting`` or
``inviting``.
"""

from __future__ import annotations

import re


def _words(text: str) -> list[str]:
    """A word list written as one string, one word per space."""
    return text.split()


# Base forms. Inflections (-s, -es, -ed, -d, -ing, y -> ied) are generated; irregular forms listed.
SPEECH_VERBS = _words(
    "accuse acknowledge add admit advise affirm agree allege announce answer apologise "
    "apologize argue ask assert assure blame blast boast brief call caution charge cite claim "
    "comment complain concede conclude confirm contend continue counter criticise criticize "
    "declare decline demand deny describe disclose discuss dismiss dispute echo email emphasise "
    "emphasize estimate explain express indicate inform insist instruct joke lament mention "
    "note object pledge post praise predict proclaim promise propose publish question quote "
    "rebut recall recommend recount refute reiterate reject remark remind repeat reply report "
    "respond retort retweet reveal say scoff shout signal slam state stress suggest swear talk "
    "tell testify thank tout tweet underscore urge vow warn write yell"
)
IRREGULAR_SPEECH = _words("said says told wrote written spoke spoken swore sworn reads")
# Nouns and fixed phrases that carry attribution.
SPEECH_NOUNS = _words(
    "according statement statements interview interviews remarks comment comments speech "
    "tweet tweets post posts release op-ed editorial letter report reports testimony memo "
    "email e-mail message press conference announcement claim claims"
)


def _inflections(verb: str) -> set[str]:
    forms = {verb, verb + "s", verb + "es", verb + "ed", verb + "d", verb + "ing"}
    if verb.endswith("e"):
        forms.add(verb[:-1] + "ing")
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    if re.fullmatch(r".*[^aeiou][aeiou][bdgmnprt]", verb):  # admit -> admitted, admitting
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


SPEECH_WORDS: frozenset[str] = frozenset(
    {form for verb in SPEECH_VERBS for form in _inflections(verb)}
    | set(IRREGULAR_SPEECH)
    | set(SPEECH_NOUNS)
)

_WORD = re.compile(r"[a-z][a-z-]*")


def is_speech_cue(cue: str | None) -> bool:
    """True when ``cue`` reports speech or publication (see the module docstring)."""
    if not cue:
        return False
    if cue.rstrip().endswith(":"):
        return True
    return any(word in SPEECH_WORDS for word in _WORD.findall(cue.lower()))
