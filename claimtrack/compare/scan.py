"""One pass over a text: lexicon phrases, pronouns, numbers and proper names, in token order."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate

from claimtrack.compare.lexicon import Case, Entry, Lexicon, TrieNode, words

# Capitalised words that are not names: sentence openers, titles, months, days.
_NOT_NAMES = frozenset(
    """
    a an the this that these those there here it its he she they we i you his her their our my
    your and but or nor so yet if when while as at by for from in into of on to with without
    after before since until during about against between among through over under what which
    who whom whose where why how all any both each every few many most other some such no not
    only own same than too very can will just should now also even still however meanwhile
    although though because several recently local earlier later last next former many one two
    three four five six seven eight nine ten first second third more less according asked
    president gen general sen senator rep representative gov governor capt captain mr mrs ms dr
    secretary minister prime deputy chief spokesman spokeswoman spokesperson director commander
    official officials leader leaders king queen prince lt col maj sgt adm vice ambassador
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december yes well oh okay our let do does did is
    are was were be been has have had not never we're it's i'm department staff attorney
    inspector army committee everybody everyone nobody someone fear court party state states house
    senate congress government administration campaign people country nation city university
    school church police military navy force forces office agency council board bureau commission
    ministry embassy company group jewish muslim muslims christian christians catholic catholics
    evangelical evangelicals hispanic hispanics latino latinos black white asian gays lgbt
    instead despite having amid amidst unless whereas besides beyond along toward towards upon
    via per within throughout regardless nevertheless nonetheless otherwise indeed perhaps maybe
    certainly clearly obviously finally ultimately again already almost ok
    """.split()  # noqa: SIM905 - a word list reads better as text
)
NOT_NAMES = _NOT_NAMES
# Function words that only headline case capitalises inside a sentence.
_HEADLINE = frozenset(
    {"A", "An", "The", "For", "From", "To", "Of", "In", "On", "With", "And", "At", "By", "Is"}
    | {"Are", "Be", "As"}
)
_SENTENCE_END = frozenset({".", "!", "?", ";"})
# Words whose full stop ends no sentence: "Mrs. Clinton", "Sen. Cruz" (initials neither).
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr sen gov rep gen lt col capt sgt maj adm st prof rev hon pres sens reps".split()  # noqa: SIM905
)


@dataclass(slots=True)
class Mention:
    """Tokens ``[first, last]`` matched; ``kind`` is an Entry kind, "number" or "name"."""

    kind: str
    value: str
    first: int
    last: int


@dataclass(slots=True)
class Scan:
    tokens: list[str]
    lows: list[str]
    mentions: list[Mention]
    sentence: list[int]  # sentence number of each token


def _fits(shape: tuple[Case, ...], tokens: list[str], at: int, strict: bool) -> bool:
    for offset, need in enumerate(shape):
        if need is Case.ANY:
            continue
        tok = tokens[at + offset]
        if need is Case.MIXED:
            if strict and tok[1:] == tok[1:].lower():
                return False
        elif need is Case.EXACT:
            if (strict or len(tok.replace(".", "")) <= 2) and tok != tok.upper():
                return False
        elif strict and not tok[:1].isupper():
            return False
    return True


def _lookup(
    node: TrieNode | None, lows: list[str], tokens: list[str], at: int, strict: bool
) -> Entry | None:
    """The longest lexicon phrase starting at token ``at`` whose capitalisation fits."""
    found: list[tuple[int, list[Entry]]] = []
    j, n = at, len(lows)
    while node is not None:
        if node.entries:
            found.append((j, node.entries))
        j += 1
        node = node.children.get(lows[j]) if j < n else None
    for _, entries in reversed(found):
        for entry in entries:
            if entry.shape is None or _fits(entry.shape, tokens, at, strict):
                return entry
    return None


def _single(node: TrieNode, token: str, strict: bool) -> Entry | None:
    """The first entry of one-token phrase ``node`` whose capitalisation fits ``token``
    (remembered per token on the node: a word comes in few capitalisations)."""
    entries = node.entries
    assert entries
    if entries[0].shape is None:
        return entries[0]
    if strict and token in node.fits:
        return node.fits[token]
    found = next(
        (e for e in entries if e.shape is None or _fits(e.shape, [token], 0, strict)), None
    )
    if strict and len(node.fits) < 64:
        node.fits[token] = found
    return found


def _compound(tokens: list[str], at: int, length: int) -> bool:
    """Whether tokens ``at..at+length`` are glued by a hyphen to a word before or after
    ("US-backed", "Russian-Taliban ties": neither names the argument)."""
    before = at >= 2 and tokens[at - 1] == "-" and tokens[at - 2][-1:].isalpha()
    end = at + length
    after = end + 1 < len(tokens) and tokens[end] == "-" and tokens[end + 1][:1].isalpha()
    return before or after


def _initial(tokens: list[str], j: int) -> bool:
    """Whether token ``j`` is the full stop of an initial inside a name: "Donald J. Trump"."""
    before = tokens[j - 1]
    after = tokens[j + 1 : j + 2]
    return (
        tokens[j] == "." and len(before) == 1 and before.isupper() and after[0][:1].isupper()
        if after
        else False
    )


def ends_sentence(tokens: list[str], lows: list[str], i: int) -> bool:
    """Whether token ``i`` ends a sentence: not the full stop of "Mrs." or "J." in a name."""
    if tokens[i] not in _SENTENCE_END:
        return False
    if tokens[i] != "." or i == 0:
        return True
    before = tokens[i - 1]
    return lows[i - 1] not in _ABBREVIATIONS and not (len(before) == 1 and before.isupper())


def scan(text: str, lexicon: Lexicon, strict: bool = True) -> Scan:
    """Mentions in ``text``; ``strict`` honours capitalisation (off for typed queries)."""
    text = text.replace("’", "'")
    tokens = words(text)
    lows = list(map(str.lower, tokens))
    if _SENTENCE_END.isdisjoint(tokens):
        sentence = [0] * len(tokens)  # one sentence: the usual claim
    else:
        ends = list(accumulate(ends_sentence(tokens, lows, i) for i in range(len(tokens))))
        sentence = [0, *ends[:-1]]  # sentence number of each token
    first = lexicon.first
    mentions: list[Mention] = []
    n = len(tokens)
    hyphenated = "-" in tokens
    # Headline case ("Ted Cruz For Backing Down From A Fight") says nothing about names.
    names = strict and (
        _HEADLINE.isdisjoint(tokens) or sum(1 for t in tokens[1:] if t in _HEADLINE) < 2
    )
    done = 0  # tokens before this index are inside an earlier mention
    for i, low in enumerate(lows):
        if i < done:
            continue
        node = first.get(low)
        if node is not None:
            children = node.children
            entry: Entry | None = None
            if children and i + 1 < n and lows[i + 1] in children:
                entry = _lookup(node, lows, tokens, i, strict)
            elif node.entries:  # a one-token phrase: the usual case, without the walk
                entry = node.entries[0]
                if entry.shape is not None:
                    entry = _single(node, tokens[i], strict)
            # A relation word inside a name ("the Trans-Pacific Partnership") is no relation:
            # the token is looked at as a name below.
            if entry is not None and not (
                entry.kind == "relation" and i and tokens[i][0].isupper()
            ):
                end = i + entry.length
                if entry.kind == "entity" and hyphenated and _compound(tokens, i, entry.length):
                    if (
                        tokens[end : end + 1] == ["-"]
                        and lows[end + 1 : end + 2]
                        and (lows[end + 1] in lexicon.affiliations)
                    ):  # "IS-linked fighters": IS's own
                        mentions.append(Mention("entity", entry.value, i, end + 1))
                        done = end + 2
                        continue
                    done = end
                    continue  # "African-Americans", "US-backed": part of another word
                mentions.append(Mention(entry.kind, entry.value, i, end - 1))
                done = end
                continue
        elif not (low[0].isdigit() or (strict and tokens[i][0] != low[0])):
            # Neither a phrase's first word, a number nor capitalised (then a token differs
            # from its lower case): most words, done with the one look-up above.
            continue
        tok = tokens[i]
        if tok[0].isdigit():
            mentions.append(Mention("number", tok, i, i))
        elif names and tok[0].isupper() and tok.isalpha() and low not in _NOT_NAMES:
            if len(tok) == 1 or (i and tokens[i - 1] == "-") or tokens[i + 1 : i + 2] == ["-"]:
                continue  # "S", "Trans-Pacific": not a name of its own
            j = i + 1
            while j < n and (
                (
                    tokens[j][0].isupper()
                    and tokens[j].isalpha()
                    and lows[j] not in first
                    and lows[j] not in _NOT_NAMES
                )
                or _initial(tokens, j)
            ):
                j += 1
            name = " ".join(tokens[i:j])
            mentions.append(Mention("name", name.replace(" .", "."), i, j - 1))
            done = j
    return Scan(tokens, lows, mentions, sentence)
