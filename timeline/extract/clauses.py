"""Clauses and event words: where a sentence splits, and which of its words report a happening.

Both work on offsets into the clean text, so clauses, event words, date phrases and names can be
compared by position without re-reading the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from timeline.extract import resources

WORD = re.compile(r"\w+(?:[-'\u2019]\w+)*")
PARENTHETICAL = re.compile(r"\([^()]*\)")
DETERMINERS = frozenset(
    "the a an his her its their our my your this that these those first last annual new recent planned "
    "latest next second third final historic".split()
)
VOWELS = "aeiou"
VERB_WORDS = frozenset("is are was were be been has have had will would".split())
# a count before a word ("274,500 marks", "two million forms"), not a year ("in 1998 killed")
NUMBER_BEFORE = re.compile(
    r"(?:\b(?!(?:1[5-9]|20)\d\d\b)\d[\d,.]*|\b(?:million|billion|thousand|hundred|dozen))\s+$", re.IGNORECASE
)
NOUN_MODIFIERS = frozenset("sniper mortar rocket gun artillery border street price trade".split())


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    kind: str  # "main", "relative", "coordinate", "condition" or "subordinate"


@dataclass(frozen=True)
class Trigger:
    """A word (or phrase) that reports a happening."""

    start: int
    end: int
    text: str
    base: str  # the verb's base form, or the noun
    concept: str  # mentions of one concept by one actor are one happening
    pos: str  # "verb" or "noun"
    form: str  # "base", "s", "ed", "ing" or "noun"


def split_clauses(text: str, start: int, end: int, masked: list[tuple[int, int]]) -> list[Clause]:
    """The clauses of text[start:end]; boundary words inside masked spans (date phrases) do not count."""
    sentence = _mask(text[start:end], [(a - start, b - start) for a, b in masked])
    sentence = PARENTHETICAL.sub(lambda m: " " * len(m.group()), sentence)
    cuts: dict[int, str | None] = {}
    for match in _punctuation_pattern().finditer(sentence):
        if match.group() == "," and _inside_number(sentence, match.start()):
            continue  # "549,000 marks": a thousands separator, not a clause boundary
        cuts.setdefault(match.start(), None)
        cuts[match.end()] = cuts.get(match.end())
    protected = [m.span() for m in _protected_pattern().finditer(sentence)]
    for match in _boundary_pattern().finditer(sentence):
        if not any(a <= match.start() < b for a, b in protected):
            cuts[match.start()] = _boundary_kinds()[match.group(1).lower()]
    return _clauses_from_cuts(text, start, end, sentence, cuts)


def _inside_number(sentence: str, at: int) -> bool:
    return 0 < at < len(sentence) - 1 and sentence[at - 1].isdigit() and sentence[at + 1].isdigit()


def _clauses_from_cuts(text: str, start: int, end: int, masked: str, cuts: dict[int, str | None]) -> list[Clause]:
    clauses: list[Clause] = []
    positions = sorted(set(cuts) | {0, len(masked)})
    positions = [p for p in positions if p <= len(masked)]
    kind = "main"
    for left, right in zip(positions, positions[1:]):
        piece = masked[left:right]
        kind = cuts.get(left) or (kind if not piece.strip(" ,;:\u2014\u2013-\"") else "main")
        if cuts.get(left):
            kind = cuts[left]
        if piece.strip(" ,;:\u2014\u2013-\"()"):
            lead = len(piece) - len(piece.lstrip(" ,;:\u2014\u2013-\""))
            trail = len(piece.rstrip(" ,;:.\u2014\u2013-\"!?"))
            clauses.append(Clause(start + left + lead, start + left + max(trail, lead), kind))
        if not piece.strip(" ,;:\u2014\u2013-\"()"):
            continue
        kind = "main"
    return [c for c in clauses if c.end > c.start]


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in spans:
        for i in range(max(a, 0), min(b, len(chars))):
            if chars[i] not in " ":
                chars[i] = "x"
    return "".join(chars)


@lru_cache(maxsize=1)
def _boundary_kinds() -> dict[str, str]:
    data = resources.load("clauses")["boundaries"]
    return {word: kind for kind, words in data.items() for word in words}


@lru_cache(maxsize=1)
def _boundary_pattern() -> re.Pattern:
    words = sorted(_boundary_kinds(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _protected_pattern() -> re.Pattern:
    words = resources.load("clauses")["not_boundaries"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _punctuation_pattern() -> re.Pattern:
    marks = resources.load("clauses")["punctuation"]
    return re.compile("|".join(re.escape(m) for m in marks))


# --- event words --------------------------------------------------------------------------------------


def inflections(base: str) -> dict[str, str]:
    """Regular forms of an English verb -> form name; doubtful spellings are all kept (matching only)."""
    forms = {base: "base"}
    if base.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms[base + "es"] = "s"
    elif base.endswith("y") and base[-2:-1] not in VOWELS:
        forms[base[:-1] + "ies"] = "s"
    else:
        forms[base + "s"] = "s"
    if base.endswith("e"):
        forms[base + "d"] = "ed"
        forms[base[:-1] + "ing"] = "ing"
    elif base.endswith("y") and base[-2:-1] not in VOWELS:
        forms[base[:-1] + "ied"] = "ed"
        forms[base + "ing"] = "ing"
    else:
        forms[base + "ed"] = "ed"
        forms[base + "ing"] = "ing"
        if len(base) >= 3 and base[-1] not in VOWELS + "wxy" and base[-2] in VOWELS and base[-3] not in VOWELS:
            forms[base + base[-1] + "ed"] = "ed"  # stopped, planned
            forms[base + base[-1] + "ing"] = "ing"
    return forms


@lru_cache(maxsize=1)
def lexicon() -> tuple[dict[tuple[str, ...], tuple[str, str, str]], dict[str, dict]]:
    """(verb phrase forms -> (base, concept, form), event nouns -> their entry)."""
    data = resources.load("triggers")
    irregular_by_base: dict[str, list[str]] = {}
    for form, base in data["irregular"].items():
        irregular_by_base.setdefault(base, []).append(form)
    verbs: dict[tuple[str, ...], tuple[str, str, str]] = {}
    for base, concept in data["verbs"].items():
        head, *rest = base.split()
        forms = inflections(head)
        for form in irregular_by_base.get(head, []):
            forms.setdefault(form, "ed")
        for form, name in forms.items():
            verbs[(form, *rest)] = (base, concept or base, name)
    return verbs, dict(data["nouns"])


def find_triggers(text: str, start: int, end: int) -> list[Trigger]:
    """Event words in text[start:end], longest phrase first, in text order."""
    verbs, nouns = lexicon()
    words = [(m.start() + start, m.end() + start, m.group().lower()) for m in WORD.finditer(text[start:end])]
    found: list[Trigger] = []
    index = 0
    while index < len(words):
        trigger = _trigger_at(text, words, index, verbs, nouns)
        if trigger is None:
            index += 1
            continue
        found.append(trigger)
        index += len(trigger.text.split())
    return found


def _trigger_at(text, words, index, verbs, nouns) -> Trigger | None:
    previous = words[index - 1][2] if index else ""
    if previous in _period_nouns() and words[index][2] in _period_verbs():
        return None  # "the quarter ended Sept. 30", "the year ending June 30": a date, not an event
    for size in (3, 2, 1):
        key = tuple(w for _, _, w in words[index: index + size])
        if len(key) < size:
            continue
        a, b = words[index][0], words[index + size - 1][1]
        noun = _noun_entry(nouns, key[0]) if size == 1 else None
        following = words[index + size][2] if index + size < len(words) else ""
        as_noun = key in verbs and (following == "of" or _reads_as_noun(previous, verbs[key][2], text, a))
        if noun is not None and (key not in verbs or as_noun):
            return Trigger(a, b, text[a:b], key[0], noun.get("concept", key[0]), "noun", "noun")
        if key in verbs and as_noun and verbs[key][2] == "ing":  # "the bombing": the verb's own event noun
            return Trigger(a, b, text[a:b], key[0], verbs[key][1], "noun", "noun")
        if key in verbs and not as_noun:  # "his name", "sniper fire": a verb's word used as a noun
            base, concept, form = verbs[key]
            return Trigger(a, b, text[a:b], base, concept, "verb", form)
    return None


@lru_cache(maxsize=1)
def _period_nouns() -> frozenset[str]:
    return resources.word_set("triggers", "period_nouns")


@lru_cache(maxsize=1)
def _period_verbs() -> frozenset[str]:
    return resources.word_set("triggers", "period_verbs")


def _noun_entry(nouns: dict, word: str) -> dict | None:
    """An event noun or its plural ("explosions", "bombings" of "explosion", "bombing")."""
    entry = nouns.get(word)
    if entry is None and word.endswith("s") and len(word) > 3:
        entry = nouns.get(word[:-1]) or (nouns.get(word[:-2]) if word.endswith("es") else None)
    return entry


def _reads_as_noun(previous: str, form: str, text: str, start: int) -> bool:
    """"his return", "the visit": a determiner or possessive before a word that is also a verb."""
    if NUMBER_BEFORE.search(text[max(0, start - 24): start]):
        return True  # "274,500 marks", "two million forms", "20 percent gains": a number counts a noun
    if form == "ing":
        # "the January 1998 bombing", "the 1996 Olympic bombing": a determiner shortly before, no verb between
        before = [w.lower().strip(",") for w in text[max(0, start - 40): start].split()][-3:]
        return any(w in DETERMINERS for w in before) and not any(w in VERB_WORDS for w in before)
    if form not in ("base", "s"):
        return False
    if previous in DETERMINERS or text[max(0, start - 3): start].rstrip().endswith(("'s", "\u2019s")):
        return True
    prepositions = "|".join(resources.load("clauses")["noun_after_prepositions"])
    if re.search(rf"\b(?:{prepositions})\s+(?:[a-z]+\s+)?$", text[max(0, start - 30): start]):
        return True  # "victims of terrorist attacks": a preposition and a modifier before a noun, never a verb
    before = text[max(0, start - 30): start].split()
    if len(before) >= 2 and before[-2].lower() in DETERMINERS and re.fullmatch(r"[$\d][\d.,%$-]*|[a-z]+-[a-z]+", before[-1]):
        return True  # "a 20% gain", "a year-end rally"
    if (form == "base" and len(before) >= 2 and before[-2].lower() in ("a", "an") and before[-1].isalpha()
            and before[-1].islower() and before[-1] not in resources.word_set("clauses", "article_quantities")):
        return True  # "a sharp rise": an article and one word before a base form
    # "a pro-Elian rally", "sniper fire": a hyphenated or noun-like modifier before it
    return bool(before) and ("-" in before[-1] or before[-1].lower() in NOUN_MODIFIERS)
