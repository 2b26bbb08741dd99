"""Speaker mentions: names, titles, roles, affiliations and kinds.

``parse_speaker`` reads a mention exactly as it stands in an article ("Kunduz Governor Assadullah
Omarkhail", "an Afghan general, Mohammad Zaman Waziri", "Russian officials", "the WSJ", "he") and
says who it names. ``compatible`` and ``is_same_person`` are the two questions in-document
coreference asks. Word lists live in ``speaker_lexicon``; personal names are compared in ``names``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from claimtrack.extract import speaker_lexicon as lex
from claimtrack.extract.names import fold as _fold
from claimtrack.extract.names import names_match
from claimtrack.extract.names import token_key as _key
from claimtrack.models import SpeakerKind


@dataclass(frozen=True, slots=True)
class SpeakerInfo:
    """What a speaker mention says about who is speaking.

    ``name`` is the display name of the speaker as this mention gives it ("Bill Salvin",
    "Russian officials", "The Wall Street Journal"), None for a bare pronoun. ``pronoun`` is set for
    "he", "she", "they", "it"; ``gender`` is "m", "f" or None, for matching pronouns to names.
    ``anaphoric`` marks a definite description that points back to someone named earlier
    ("the group", "the governor", "the spokesman"): coreference should prefer an antecedent.
    """

    name: str | None
    kind: SpeakerKind
    role: str | None = None
    affiliation: str | None = None
    pronoun: bool = False
    gender: str | None = None
    surname: str | None = None
    anaphoric: bool = False


_QUOTES = "\"'“”‘’«»()[]"
_POSSESSIVE = re.compile(r"(?:'s|'|’s|’)$")
_PREPOSITIONS = frozenset({"of", "at", "for", "with", "from", "to", "on"})
_STOP_AFFILIATION = frozenset({"in", "who", "which", "that", "and", "as", "near"})
_NP_END = _PREPOSITIONS | _STOP_AFFILIATION | {"based", "close", "familiar", "speaking"}
_NOT_AFFILIATION = frozenset(lex.TITLES) | lex.DEFINITE
_FIRST_NAMES = lex.MALE_NAMES | lex.FEMALE_NAMES


def _is_capitalised(token: str) -> bool:
    first = token.lstrip(_QUOTES)[:1]
    return first.isalpha() and first.isupper()


def _is_role(key: str) -> bool:
    return key in lex.ROLE_HEADS or key in lex.ROLE_PLURALS or key in lex.GROUP_HEADS


def _singular(key: str) -> str:
    if key in lex.ROLE_PLURALS:
        return lex.ROLE_PLURALS[key]
    if key.endswith("ies") and key[:-3] + "y" in lex.ROLE_HEADS:
        return key[:-3] + "y"
    if key.endswith("s") and key[:-1] in lex.ROLE_HEADS:
        return key[:-1]
    return key


def _is_name_token(token: str, first_in_run: bool) -> bool:
    """Whether ``token`` can be part of a personal name (``first_in_run``: can it open one)."""
    key = _key(token)
    if not key or key in lex.TITLES or _is_role(key) or key in lex.ORG_HEADS:
        return False
    if _media_word(key) or token.endswith(("'s", "’s")):
        return False
    if key.startswith(("al-", "el-", "bin-", "abu-")):
        return True
    if key in lex.NAME_PARTICLES:
        return not first_in_run
    return _is_capitalised(token)


def _media_word(key: str) -> bool:
    """A word that names the press, also as the last part of a hyphenated name ("Sun-Sentinel",
    "WSVN-TV")."""
    return key in lex.MEDIA_HEADS or key.rpartition("-")[2] in lex.MEDIA_HEADS


def _country(text: str) -> str | None:
    key = " ".join(_key(t) for t in text.split())
    return lex.COUNTRIES.get(key) or lex.CAPITALS.get(key)


def _affiliation(tokens: list[str]) -> str | None:
    """The first capitalised run in ``tokens`` (an organisation, place or nationality)."""
    run: list[str] = []
    for i, token in enumerate(tokens):
        if _in_title(tokens, i):
            break  # a quoted title ("star of “Scandal”") is no organisation or place
        key = _key(token)
        # A number belongs to a name only before a capitalised word ("1st Division").
        numbered = token[:1].isdigit() and i + 1 < len(tokens) and _is_capitalised(tokens[i + 1])
        capital = _is_capitalised(token) or numbered
        if run and (key in _STOP_AFFILIATION or not (capital or key == "of")):
            break
        if capital and key not in _NOT_AFFILIATION:
            run.append(token)
            if token.endswith(("'s", "’s")):
                break
        elif run and key == "of":
            run.append(token)
    while run and _key(run[-1]) == "of":
        run.pop()
    if not run:
        return None
    text = _POSSESSIVE.sub("", " ".join(run).strip(",;:"))
    return _country(text) or text


def _proper(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` continues a capitalised name ("Amnesty International")."""
    before = tokens[i - 1] if i > 0 else ""
    return _is_capitalised(tokens[i]) and _is_capitalised(before) and not _country(before)


def _describe(tokens: list[str]) -> tuple[str | None, str | None, str | None]:
    """Role, affiliation and gender from a description ("spokesperson for X", "Kunduz Governor")."""
    keys = [_key(t) for t in tokens]
    # Two roles joined by "and": the first one is enough.
    if "and" in keys:
        cut = keys.index("and")
        if any(_is_role(k) for k in keys[:cut]) and any(_is_role(k) for k in keys[cut + 1 :]):
            tokens, keys = tokens[:cut], keys[:cut]
    head = next(
        (i for i, k in enumerate(keys) if _is_role(k) or lex.TITLES.get(k, (None,))[0]), None
    )
    if head is None:
        return None, _affiliation(tokens), None
    # Consecutive titles and role heads ("Lt. Gen.", "Deputy Minister") form one role.
    end = head
    while end + 1 < len(keys) and (_is_role(keys[end + 1]) or keys[end + 1] in lex.TITLES):
        # "chief Gen. Joseph Votel", "leader Mullah ...": a rank after a role noun is the
        # person's own title, not part of the role.
        if _is_capitalised(tokens[end + 1]) and not _is_capitalised(tokens[end]):
            break
        if tokens[end + 1].endswith(".") and not tokens[end].endswith("."):
            break
        end += 1
    start = head
    while start > 0 and (
        (keys[start - 1] in lex.ROLE_MODIFIERS and not _proper(tokens, start - 1))
        or keys[start - 1] in lex.TITLES
        or (
            tokens[start - 1][:1].islower()
            and not tokens[start - 1].endswith("'s")
            and keys[start - 1] not in lex.INDEFINITE
            and keys[start - 1] not in lex.DEFINITE
            and keys[start - 1] not in _PREPOSITIONS
        )
    ):
        start -= 1
    words = [lex.TITLES[k][0] or k if k in lex.TITLES else k for k in keys[start : end + 1]]
    rest = end + 1
    # A portfolio belongs to the role: "Minister of Information and Culture".
    if rest < len(keys) and keys[rest] in {"of", "for"}:
        j = rest + 1
        while j < len(keys) and keys[j] in lex.PORTFOLIO_WORDS:
            j += 1
        stops = j == len(keys) or not _is_capitalised(tokens[j]) or keys[j] in lex.TITLES
        if j > rest + 1 and stops and keys[j - 1] not in {"the", "and", "of", "for"}:
            words += keys[rest:j]
            rest = j
    role = " ".join(_singular(w) if i == len(words) - 1 else w for i, w in enumerate(words))
    gender = next((lex.ROLE_GENDER[k] for k in keys[start : end + 1] if k in lex.ROLE_GENDER), None)
    gender = gender or next(
        (lex.TITLES[k][1] for k in keys[start : end + 1] if k in lex.TITLES and lex.TITLES[k][1]),
        None,
    )
    after: str | None = None
    if rest < len(keys) and keys[rest] in _PREPOSITIONS:
        after = _affiliation(tokens[rest + 1 :])
    before = _affiliation(tokens[:start]) if start else None
    return role, after or before, gender


_DETERMINERS = lex.DEFINITE | lex.INDEFINITE | lex.POSSESSIVES


def _strip_determiner(tokens: list[str]) -> tuple[list[str], str | None]:
    if len(tokens) > 1 and _key(tokens[0]) in _DETERMINERS:
        nxt = _key(tokens[1])
        if _key(tokens[0]) in _PRONOUN_HEADS and (nxt in _PREPOSITIONS_ALL or nxt.endswith("ed")):
            return tokens, None  # "those surveyed", "many in the party": the word is the head
        return tokens[1:], _key(tokens[0])
    return tokens, None


_PRONOUN_HEADS = frozenset({"those", "many", "most", "some", "all", "both", "several", "few"})
_PREPOSITIONS_ALL = _PREPOSITIONS | {"in", "over", "under", "among", "across", "who", "that"}


_COMPLEMENT = frozenset({"of", "and", "&", "for"})
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "with", "near", "to", "on", "by", "over"})


def _opens_name(tokens: list[str], i: int) -> bool:
    """A bare particle opens a name before a capitalised word ("bin Laden", "von der Leyen")."""
    j = i
    while j < len(tokens) and _key(tokens[j]) in lex.NAME_PARTICLES:
        j += 1
    return j > i and j < len(tokens) and _is_capitalised(tokens[j])


_TITLE_OPENERS = "\"“«'"
_TITLE_CLOSERS = "\"”»'"


def _in_title(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` opens a quotation or is inside one left open before it: the words
    of a quoted title ("the author of “The Art of the Deal”"). A nickname inside a name
    ("Joaquin “El Chapo” Guzman") opens after the name has begun."""
    inside = False
    for token in tokens[: i + 1]:
        if token[:1] in _TITLE_OPENERS:
            inside = True
        if token.rstrip(",.;:")[-1:] in _TITLE_CLOSERS and not token.endswith("s'"):
            inside = False
    return inside or tokens[i][:1] in _TITLE_OPENERS


def _name_run(tokens: list[str]) -> int:
    """Index where the trailing personal name starts (``len(tokens)`` when there is none)."""
    n = len(tokens)
    i = n
    while i > 0 and _is_name_token(tokens[i - 1], first_in_run=False):
        i -= 1
    # "Martin Luther King Jr.": a title-like word before a suffix is a surname.
    if 1 < i < n and _key(tokens[i]) in lex.NAME_SUFFIXES and _key(tokens[i - 1]) in lex.TITLES:
        i -= 1
        while i > 0 and _is_name_token(tokens[i - 1], first_in_run=False):
            i -= 1
    while i < n and not _is_name_token(tokens[i], first_in_run=True) and not _opens_name(tokens, i):
        i += 1
    if i < n and _in_title(tokens, i):
        return n  # "star of television's “Scandal”": a quoted title names no one
    before = _key(tokens[i - 1]) if 0 < i < n else ""
    if before in _PLACE_PREPOSITIONS:
        return n  # "a spokesman for the military in Afghanistan": a place, not a name
    if before in _COMPLEMENT:
        # "Minister of Information and Culture Zabihullah Mujahid": the portfolio is not the name.
        start = i
        while n - i > 1 and _key(tokens[i]) in lex.PORTFOLIO_WORDS:
            i += 1
        if i == start and n - i == 1:
            return n  # "commander of Kabul"
        if n - i >= 3:
            # "Special Representative for Afghanistan Reconciliation Zalmay Khalilzad"
            firsts = [j for j in range(i, n - 1) if _fold(_key(tokens[j])) in _FIRST_NAMES]
            i = firsts[0] if firsts else n - 2
    return i


def _gender_of(name_tokens: list[str], prefix_gender: str | None) -> str | None:
    if prefix_gender:
        return prefix_gender
    first = _fold(_key(name_tokens[0])) if name_tokens else ""
    if first in lex.MALE_NAMES:
        return "m"
    if first in lex.FEMALE_NAMES:
        return "f"
    return None


def _surname(name_tokens: list[str]) -> str:
    words = [t for t in name_tokens if _key(t) not in lex.NAME_SUFFIXES] or name_tokens
    return _POSSESSIVE.sub("", words[-1].strip(",."))


def _np_head(keys: list[str]) -> int:
    """Index of the head noun: the last word before a preposition or a relative clause."""
    for i, key in enumerate(keys):
        if i and key in _NP_END:
            return i - 1
    return len(keys) - 1


_COMMON_WORDS = (
    lex.GROUP_HEADS | lex.ROLE_HEADS | lex.ROLE_MODIFIERS | lex.MEDIA_HEADS | lex.INDEFINITE
) - frozenset(lex.COUNTRIES)


def _sentence_case(tokens: list[str]) -> list[str]:
    """ "Experts", "Senior officials" at the start of a sentence are common nouns: lower-case."""
    proper = len(tokens) > 1 and _is_capitalised(tokens[1])  # "State Department"
    if tokens and _is_capitalised(tokens[0]) and _key(tokens[0]) in _COMMON_WORDS and not proper:
        return [tokens[0].lower(), *tokens[1:]]
    return tokens


def _collective(tokens: list[str], keys: list[str], definite: bool) -> SpeakerInfo | None:
    """Outlets, unnamed people, groups and organisations: mentions without a personal name."""
    tokens = _sentence_case(tokens)
    text = " ".join(tokens)
    joined = " ".join(keys)
    if joined in lex.MEDIA:
        return SpeakerInfo(lex.MEDIA[joined], SpeakerKind.MEDIA)
    named = any(_is_capitalised(t) for t in tokens)
    anaphoric = definite and not named
    shown = f"the {text}" if anaphoric else text
    head = _np_head(keys)
    if _media_word(keys[head]) and not _government_agency(keys, head):
        if len(tokens) > 1 and keys[-1] in {"report", "reports"}:
            # "a UN report" speaks for the UN; "Afghan media reports" for the media.
            if any(k in lex.MEDIA_HEADS for k in keys[:-1]):
                tokens, keys = tokens[:-1], keys[:-1]
            elif _is_capitalised(tokens[0]):
                return _parse_simple(tokens[:-1])
        outlet = next(
            (lex.MEDIA[j] for j in (" ".join(keys[:n]) for n in range(len(keys), 0, -1))
             if j in lex.MEDIA),
            None,
        )  # fmt: skip
        mods = [c for c in map(_country, tokens[:-1]) if c]
        name = outlet or (f"the {' '.join(tokens)}" if anaphoric else " ".join(tokens))
        affiliation = None if outlet else (mods[0] if mods else None)
        return SpeakerInfo(name, SpeakerKind.MEDIA, affiliation=affiliation, anaphoric=anaphoric)
    country = _country(text)
    if keys[0] in _PRONOUN_HEADS:
        return SpeakerInfo(text, SpeakerKind.GROUP)  # "those surveyed", "many in the party"
    if not country and (keys[head] in lex.GROUP_HEADS or _singular(keys[head]) != keys[head]):
        role, affiliation, _ = _describe(tokens)
        return SpeakerInfo(text, SpeakerKind.GROUP, role=role, affiliation=affiliation)
    if keys[head] in lex.ROLE_HEADS:
        role, affiliation, gender = _describe(tokens)
        return SpeakerInfo(
            f"the {text}" if definite else text,
            SpeakerKind.ANONYMOUS,
            role=role,
            affiliation=affiliation,
            gender=gender,
            anaphoric=definite,
        )
    if country or named or keys[head] in lex.ORG_HEADS or any(map(_is_org_name, tokens)):
        mods = [c for c in map(_country, tokens[:-1]) if c]
        affiliation = country or (mods[0] if mods else None)
        return SpeakerInfo(
            shown, SpeakerKind.ORGANIZATION, affiliation=affiliation, anaphoric=anaphoric
        )
    return None


def _organisation_name(tokens: list[str], keys: list[str]) -> bool:
    """ "Food and Drug Administration": one capitalised name ending in an organisation word, not
    two speakers joined by "and"."""
    return keys[-1] in lex.ORG_HEADS and all(
        _is_capitalised(t) or k in _NAME_JOINERS for t, k in zip(tokens, keys, strict=True)
    )


_NAME_JOINERS = frozenset({"and", "of", "for", "on", "the", "&"})


def _government_agency(keys: list[str], head: int) -> bool:
    """ "the agency", "the federal agency" is a government body; "the news agency" is the press."""
    if keys[head] != "agency" or any(k in _PRESS_WORDS for k in keys[:head]):
        return False
    return not any(" ".join(keys[:n]) in lex.MEDIA for n in range(1, head + 1))  # "Tass agency"


_PRESS_WORDS = frozenset({"news", "press", "wire", "media"})


def _describes(token: str, key: str) -> bool:
    """A word of a title before a name: "Gen.", "Russian Foreign Minister"."""
    return key in lex.TITLES or _is_role(key) or key in lex.ROLE_MODIFIERS or bool(_country(token))


def _coordinated_names(tokens: list[str], keys: list[str], cut: int) -> int | None:
    """Where two names joined by ``tokens[cut]`` ("and") begin, when a description comes before
    them ("economists Peter Schott and Justin Pierce", "Defense Secretary Ash Carter and Gen.
    Joseph Dunford"); None unless both sides are names (a bare surname only after a title, so
    "Minister of Information and Culture Ana Silva" has one)."""
    left = _name_run(tokens[:cut])
    rest = tokens[cut + 1 :]
    right = _name_run(rest)
    if not all(_describes(t, k) for t, k in zip(rest[:right], keys[cut + 1 :], strict=False)):
        return None  # "President Barack Obama and his wife"
    titled = left > 0 and keys[left - 1] in lex.TITLES
    if cut - left >= (1 if titled else 2) and len(rest) - right >= (1 if right else 2):
        return left
    return None


def _parse_simple(tokens: list[str]) -> SpeakerInfo:
    tokens, det = _strip_determiner(tokens)
    keys = [_key(t) for t in tokens]
    definite = det in lex.DEFINITE
    if det is None and len(keys) == 1 and keys[0] in lex.ROLE_HEADS:
        definite = True  # "Minister clarified …": a bare singular role reads as "the minister"
    if "and" in keys[1:-1] and not _organisation_name(tokens, keys):
        cut = keys.index("and")
        if not any(_is_role(k) or k in lex.TITLES or k == "of" for k in keys[:cut]):
            return SpeakerInfo(" ".join(tokens), SpeakerKind.GROUP)
        first = _coordinated_names(tokens, keys, cut)
        if first is not None:  # "economists Peter Schott and Justin Pierce"
            # a plural description is the role of both ("economists"), a singular one of the first
            plural = first > 0 and _singular(keys[first - 1]) != keys[first - 1]
            role, affiliation, _ = _describe(tokens[:first]) if plural else (None, None, None)
            name = " ".join(tokens[first:])
            return SpeakerInfo(name, SpeakerKind.GROUP, role=role, affiliation=affiliation)
    split = _name_run(tokens)
    name_tokens, prefix = tokens[split:], tokens[:split]
    if name_tokens:
        single = " ".join(name_tokens)
        acronym = len(name_tokens) == 1 and single.isupper() and len(single.strip(".")) > 1
        organisation = (
            " ".join(keys[split:]) in lex.MEDIA
            or _country(single)
            or acronym
            or " ".join(keys[split:]) in lex.ORG_NAMES
            or (len(name_tokens) == 1 and _is_org_name(name_tokens[0]))
        )
        if not organisation and not (definite and not prefix):
            role, affiliation, gender = _describe(prefix) if prefix else (None, None, None)
            titled = [lex.TITLES[k][1] for k in keys[:split] if k in lex.TITLES]
            return SpeakerInfo(
                " ".join(t.strip(",") for t in name_tokens),
                SpeakerKind.PERSON,
                role=role,
                affiliation=affiliation,
                gender=_gender_of(name_tokens, gender or next((g for g in titled if g), None)),
                surname=_surname(name_tokens),
            )
    found = _collective(tokens, keys, definite)
    if found is not None:
        return found
    text = " ".join(tokens)
    return SpeakerInfo(text, SpeakerKind.ANONYMOUS, anaphoric=definite)


_PARENTHESIS = re.compile(r"\s*\([^()]*\)")


def _is_org_name(token: str) -> bool:
    """A word that names an organisation; short ones only in capitals ("UN", not "Un")."""
    key = _key(token)
    return key in lex.ORG_NAMES and (len(key) > 3 or token.strip(".,").isupper())


def _clean(mention: str) -> str:
    mention = _PARENTHESIS.sub("", mention)  # "Sen. Lindsey Graham (R-S.C.)"
    text = " ".join(mention.replace("’", "'").replace("‘", "'").split())
    return text.strip(_QUOTES + " ,;:—–-")


# Documents whose author speaks through them: "a report by X", "a statement from X".
DOCUMENTS = frozenset(
    {
        "report", "reports", "statement", "study", "survey", "poll", "analysis", "letter",
        "memo", "filing", "review", "audit", "assessment", "paper", "investigation", "release",
        "document",
    }
)  # fmt: skip


def _author(tokens: list[str]) -> list[str]:
    """The words after "by"/"from" when the words before end with a document ("a study by …")."""
    for i in range(1, len(tokens) - 1):
        if tokens[i].lower() in ("by", "from") and _key(tokens[i - 1]) in DOCUMENTS:
            return tokens[i + 1 :]
    return []


@lru_cache(maxsize=1 << 13)
def parse_speaker(mention: str) -> SpeakerInfo:
    """Parse one speaker mention as written in an article (pure, so cached per mention)."""
    text = _clean(mention)
    if not text:
        return SpeakerInfo(None, SpeakerKind.ANONYMOUS)
    pronoun = lex.PRONOUNS.get(text.lower())
    if pronoun is not None:
        return SpeakerInfo(None, SpeakerKind(pronoun[1]), pronoun=True, gender=pronoun[0])
    parts = [p.strip() for p in text.split(",") if p.strip()]
    author = _author(parts[0].split())
    if author:  # "a report by the Wall Street Journal" speaks for the Journal
        return parse_speaker(" ".join(author))
    if len(parts) == 1:
        return _parse_simple(parts[0].split())
    first = _parse_simple(parts[0].split())
    last = _parse_simple(parts[-1].split())
    if first.kind is SpeakerKind.PERSON:
        named, desc = first, " , ".join(parts[1:]).split()
    elif last.kind is SpeakerKind.PERSON:
        named, desc = last, " , ".join(parts[:-1]).split()
    else:
        return first
    desc = [t for t in desc if t != ","]
    role, affiliation, gender = _describe(_strip_determiner(desc)[0])
    return SpeakerInfo(
        named.name,
        SpeakerKind.PERSON,
        role=role or named.role,
        affiliation=affiliation or named.affiliation,
        gender=named.gender or gender,
        surname=named.surname,
    )


# The kinds ``is_same_person`` and ``compatible`` test, as constants: an enum member read off its
# class is a slow attribute look-up, and they run for every pair of speakers coref compares.
_PERSON: Final = SpeakerKind.PERSON
_ANONYMOUS: Final = SpeakerKind.ANONYMOUS
_ORGANIZATION: Final = SpeakerKind.ORGANIZATION
_MEDIA: Final = SpeakerKind.MEDIA
_GROUP: Final = SpeakerKind.GROUP


def is_same_person(a: SpeakerInfo, b: SpeakerInfo) -> bool:
    """Whether two parsed person mentions name the same person (surname match, guarded)."""
    if a.kind is not _PERSON or b.kind is not _PERSON:
        return False
    if a.name is None or b.name is None:
        return False
    if a.gender and b.gender and a.gender != b.gender:
        return False
    return names_match(a.name, b.name)


def compatible(pronoun: SpeakerInfo, candidate: SpeakerInfo) -> bool:
    """Whether a pronoun mention ("he", "she", "it", "they") can refer to ``candidate``."""
    if candidate.pronoun:
        return pronoun.kind is candidate.kind and (
            not pronoun.gender or not candidate.gender or pronoun.gender == candidate.gender
        )
    kind = candidate.kind
    if pronoun.kind is _PERSON:
        if kind is not _PERSON and kind is not _ANONYMOUS:
            return False
        return not (pronoun.gender and candidate.gender and pronoun.gender != candidate.gender)
    if pronoun.kind is _ORGANIZATION:
        return kind is _ORGANIZATION or kind is _MEDIA
    return kind is _GROUP or kind is _ORGANIZATION or kind is _MEDIA
