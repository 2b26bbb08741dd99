"""In-document speaker resolution: "he", "Kabulov", "the governor", "the group" -> a named speaker.

Mentions are resolved in reading order against the speakers met so far (most recent first); a bare
surname also looks for the full name anywhere earlier in the text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Final

from claimtrack.extract import speakers
from claimtrack.extract.lexicon import COLLECTIVE_HEADS, ORG_HEADS, PRONOUNS, words
from claimtrack.extract.speakers import SpeakerInfo
from claimtrack.models import SpeakerKind

# The kinds as constants: an enum member read off its class is a slow attribute look-up.
_PERSON: Final = SpeakerKind.PERSON
_ORGANIZATION: Final = SpeakerKind.ORGANIZATION
_GROUP: Final = SpeakerKind.GROUP
_MEDIA: Final = SpeakerKind.MEDIA

# Capitalised words before a surname; a full stop only ends an initial or a short title ("J.",
# "Gen."), never a sentence ("… in Benghazi. Bob said" is not the name "Benghazi Bob").
_NAME_WORD = r"(?:[A-Z][a-z]{0,4}\.|[A-Z](?:\.[A-Z])+\.?|[A-Z][\w'’-]*)"
_NAME_BEFORE = re.compile(rf"((?:{_NAME_WORD}\s+){{1,3}})$")
_MAX_SCAN = 20
_GENDER_WINDOW = 4
_RECENT = 60
_NAME_REACH = 100_000
# Words that end a company's full name: "Intercept Pharmaceuticals Inc.", "Acme Holdings".
_COMPANY_WORD = (
    r"(?:Inc\b|Corp\b|Corporation|Co\.|Ltd\b|LLC|plc\b|PLC|Holdings|Pharmaceuticals"
    r"|Technologies|Airlines|Motors|Group\b|Bank\b)"
)
# What follows a company's short name in its full form: up to three capitalised words, then one
# of the words above.
COMPANY_AFTER = re.compile(rf"(?:\s+[A-Z][\w&-]*){{0,3}}\s+{_COMPANY_WORD}")
_WORD_OR_HYPHEN = re.compile(r"[\w-]")
# A plural noun phrase opening a sentence, before its verb: "Researchers from Yale University are".
_SUBJECT_REACH = 400
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[”\"’']?\s+(?=[A-Z“\"])|\n+")
_PLURAL_SUBJECT = re.compile(
    r"(?:(?:The|Many|Some|Most|Several)\s+)?(?:[a-z][\w’'-]*\s+)?([A-Za-z][\w’'-]*s)"
    r"(?:\s+(?:from|at|in|of|with)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s*){1,4}?)?"
    r"(?=\s+(?:are|were|have|had|say|said|believe|think|argue|found|suggest|warn|who)\b)"
)
_NOT_PLURAL = ("ss", "us", "is", "'s", "’s")
_LEADING_NOISE = words("The A An In On At But And When After As If While So Then")


@lru_cache(maxsize=4096)
def parse(mention: str) -> SpeakerInfo:
    """``parse_speaker`` that never raises (a plain reading of the mention if it does)."""
    try:
        return speakers.parse_speaker(mention)
    except Exception:
        return _fallback(mention)


def _fallback(mention: str) -> SpeakerInfo:
    words = mention.split()
    low = mention.strip().lower()
    if low in PRONOUNS:
        kind = SpeakerKind.PERSON if low in ("he", "she", "i") else SpeakerKind.GROUP
        return SpeakerInfo(None, kind, pronoun=True, gender=PRONOUNS[low])
    head = words[-1].lower() if words else ""
    if head in COLLECTIVE_HEADS:
        return SpeakerInfo(mention, SpeakerKind.GROUP)
    if head in ORG_HEADS:
        return SpeakerInfo(mention, SpeakerKind.ORGANIZATION, anaphoric=low.startswith("the "))
    if words and all(w[:1].isupper() for w in words) and len(words) <= 4:
        return SpeakerInfo(mention, SpeakerKind.PERSON, surname=words[-1])
    return SpeakerInfo(mention, SpeakerKind.ANONYMOUS)


def _compatible(pronoun: SpeakerInfo, candidate: SpeakerInfo) -> bool:
    try:
        return speakers.compatible(pronoun, candidate)
    except Exception:
        return candidate.kind is pronoun.kind


@lru_cache(maxsize=8192)
def _same_person(a: SpeakerInfo, b: SpeakerInfo) -> bool:
    try:
        return speakers.is_same_person(a, b)
    except Exception:
        return bool(a.surname and a.surname == b.surname)


# Role words that name the same post: "the spokesperson" is the "PTI spokesman" named earlier.
_SAME_ROLE = {"spokesman": "spokesperson", "spokeswoman": "spokesperson"}


def _role_key(role: str) -> str:
    return " ".join(_SAME_ROLE.get(w, w) for w in role.lower().split())


def _plural(info: SpeakerInfo) -> bool:
    name = info.name or ""
    return not info.pronoun and name.endswith("s") and " " not in name.strip()


class Resolver:
    """Speakers met so far in one document, and the resolution of each new mention."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: list[SpeakerInfo] = []
        self.full: dict[str, SpeakerInfo] = {}  # surname -> the full name found for it
        self.scanned: dict[str, int] = {}  # surname -> how far the text was searched for it
        self.companies: dict[str, bool] = {}  # one-word name -> named as a company in the text

    def resolve(self, mention: str, pos: int) -> SpeakerInfo:
        """The speaker a mention at ``pos`` names: an earlier speaker or the mention itself."""
        info = parse(mention)
        if info.pronoun:
            resolved = self._pronoun(info)
            if resolved is info and mention.lower() == "they":
                return self._plural_subject(pos) or info
            return resolved
        if info.anaphoric:
            found = self._antecedent(info)
            if found is not None:
                return found
        if info.kind is _PERSON and info.name:
            gender = info.gender
            for cand in reversed(self.known[-_RECENT:]):
                # (``is_same_person`` is false for another kind or gender: no cache look-up)
                if (
                    cand.kind is _PERSON
                    and not (gender and cand.gender and gender != cand.gender)
                    and cand.name
                    and len(cand.name) > len(info.name)
                    and _same_person(info, cand)
                ):
                    self.known.append(cand)  # named again: the most recent speaker for "he"
                    return cand
            if len(info.name.split()) == 1:
                if self._company(info.name):
                    info = SpeakerInfo(info.name, _ORGANIZATION)
                else:
                    fuller = self._full_name(info, pos)
                    if fuller is not None:
                        info = fuller
        self.known.append(info)
        return info

    def _pronoun(self, info: SpeakerInfo) -> SpeakerInfo:
        """The most recent compatible speaker, preferring one of the pronoun's known gender among
        the last few; a name with unknown gender learns it from the pronoun."""
        base = max(0, len(self.known) - _RECENT)
        recent = self.known[base:]
        # Only the nearest few compatible speakers are ever looked at: stop once they are found.
        pool: list[tuple[int, SpeakerInfo]] = []
        for i in range(len(recent) - 1, -1, -1):
            if _compatible(info, recent[i]):
                pool.append((base + i, recent[i]))
                if len(pool) == _GENDER_WINDOW:
                    break
        if not pool and info.gender is None and info.kind is not _ORGANIZATION:
            # "they" after a plural the parser took for a person ("Prosecutors")
            latest = range(len(recent) - 1, -1, -1)
            pool = [(base + i, recent[i]) for i in latest if _plural(recent[i])]
        if not pool:
            return info
        i, best = pool[0]
        if info.gender and best.gender != info.gender:
            for _, cand in pool[:_GENDER_WINDOW]:
                if cand.gender == info.gender:
                    return cand
        if info.gender and best.gender is None and best.kind is _PERSON:
            best = replace(best, gender=info.gender)
            self.known[i] = best
        return best

    def _plural_subject(self, pos: int) -> SpeakerInfo | None:
        """For "they" with no speaker before it: the plural subject opening its sentence or the one
        before ("Researchers from Yale University are offering an explanation: …, they say")."""
        window = self.text[max(0, pos - _SUBJECT_REACH) : pos]
        sentences = _SENTENCE_BREAK.split(window)[-2:]
        for sentence in reversed(sentences):  # its own sentence first
            m = _PLURAL_SUBJECT.match(sentence)
            if m is not None and not m.group(1).lower().endswith(_NOT_PLURAL):
                cand = parse(m.group(0))
                if cand.kind is SpeakerKind.GROUP and cand.name:
                    return cand
        return None

    def _antecedent(self, info: SpeakerInfo) -> SpeakerInfo | None:
        """An earlier speaker a definite description ("the governor", "the group") points to."""
        role = _role_key(info.role) if info.role else None
        for cand in reversed(self.known[-_RECENT:]):
            if cand.pronoun or cand is info:
                continue
            if role and cand.role and role in _role_key(cand.role):
                return cand
        if info.kind is _MEDIA:  # "the newspaper", "the news agency"
            for cand in reversed(self.known[-_RECENT:]):
                if cand.kind is _MEDIA and cand.name and not cand.anaphoric:
                    return cand
        if info.kind is _ORGANIZATION or info.kind is _GROUP or info.kind is _MEDIA:
            for cand in reversed(self.known[-_RECENT:]):
                org = cand.kind is _ORGANIZATION or cand.kind is _GROUP
                if org and cand.name and not cand.anaphoric:
                    return cand
        return None

    def _company(self, name: str) -> bool:
        """Whether a one-word "person" is a company the article names in full ("Intercept said"
        after "Intercept Pharmaceuticals Inc.")."""
        if name not in self.companies:
            self.companies[name] = name[:1].isupper() and spelled_as_company(self.text, name)
        return self.companies[name]

    def _full_name(self, info: SpeakerInfo, pos: int) -> SpeakerInfo | None:
        """The first earlier "Given Surname" in the text for a bare surname."""
        surname = info.name or ""
        if surname in self.full:
            return self.full[surname]
        start = max(self.scanned.get(surname, 0), pos - _NAME_REACH, 0)
        self.scanned[surname] = pos
        for _ in range(_MAX_SCAN):
            at = self.text.find(surname, start, pos)
            if at < 0:
                return None
            start = at + len(surname)
            if start < len(self.text) and self.text[start].isalnum():
                continue
            # ``_NAME_BEFORE`` ends in whitespace right before ``at`` (``$`` before a last "\n"
            # too): without it, no search.
            if not (at and self.text[at - 1].isspace()):
                continue
            m = _NAME_BEFORE.search(self.text, max(0, at - 60), at)
            if m is None:
                continue
            words = m.group(1).split()
            while words and words[0] in _LEADING_NOISE:
                words = words[1:]
            if not words:
                continue
            cand = parse(" ".join([*words, surname]))
            full = cand.kind is _PERSON and cand.name and len(cand.name.split()) > 1
            if full and _same_person(info, cand):
                self.full[surname] = cand
                return cand
        return None


def spelled_as_company(text: str, name: str) -> bool:
    """Whether ``text`` spells ``name`` out as a company ("Intercept Pharmaceuticals Inc."): the
    name as a whole word, then up to three capitalised words and a company word."""
    n = len(text)
    at = text.find(name)
    while at >= 0:
        # ``COMPANY_AFTER`` opens with whitespace, then a capital or the "p" of "plc": only then
        # are the regexes tried.
        end = at + len(name)
        nxt = end
        while nxt < n and text[nxt].isspace():
            nxt += 1
        if (
            end < nxt < n
            and ("A" <= text[nxt] <= "Z" or text[nxt] == "p")
            and not (at and _WORD_OR_HYPHEN.match(text, at - 1))
            and COMPANY_AFTER.match(text, end)
        ):
            return True
        at = text.find(name, at + 1)
    return False
