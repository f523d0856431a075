"""Days of lunar and lunisolar holidays (Diwali, Chinese New Year, Eid...), from the `holidays` library.

No rule can compute them, so the resolver asks the public-holiday calendar of a country that keeps the day
(calendars.yaml says which). Offline and language-neutral: rules name an id, the lexicon maps words to ids. The same
calendars give a country's national days and its public holidays, next to which a long weekend lies.
"""

from __future__ import annotations

import re
import warnings
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import yaml

from timeline.temporal.calendar import parse_value
from timeline.temporal.day_arithmetic import SATURDAY, weekend_of

CALENDARS = Path(__file__).parent / "calendars.yaml"
ESTIMATED = " (estimated)"
ANY = "any"  # calendars.yaml: {any: [ids]}, a name that means whichever of those holidays the text is nearest to
REGIONAL = "_regional"  # calendars.yaml's list of ids named after a region, whose region's calendar comes first
FIXED_REACH = 40  # years searched for a calendar that covers a fixed national day
MOVED_DAYS = 3  # a fixed national day a calendar puts this near its own day one year was moved that year, not changed
# holidays a country leaves to its provinces: Canada's Thanksgiving is Ontario's, Malaysia's Thaipusam Selangor's,
# Australia's Labour Day and King's Birthday those of New South Wales, its most populous state, Britain's bank
# holidays England's
SUBDIVISIONS = {"CA": "ON", "MY": "10", "AU": "NSW", "GB": "ENG"}


@lru_cache(maxsize=1)
def _calendars() -> dict:
    with CALENDARS.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


@lru_cache(maxsize=512)
def holiday_dates(holiday: str, year: int) -> tuple[date, ...]:
    """The first day of each time the holiday falls in that year (a lunar holiday can fall twice: Eid al-Adha on
    1 January and 21 December 2007), or () when no calendar knows it.

    holiday: an id of calendars.yaml, with the story's country after a dot when it is known ("eid_al_fitr.KE"):
    that country's own calendar comes first, since Eid or Diwali can fall a day apart between countries.
    """
    name, _, country = holiday.partition(".")
    specs = _calendars().get(name)
    if specs is None or not 1900 <= year <= 2100:
        return ()
    if isinstance(specs, dict) and ANY in specs:  # a name that may mean any of several holidays: each one's days, the
        # first one's first (a year alone picks it: "In 2006, ... after Eid" is Eid al-Fitr)
        return tuple(day for one in specs[ANY] for day in holiday_dates(f"{one}.{country}" if country else one, year))
    specs = specs if isinstance(specs, list) else [specs]
    if country and name not in _calendars().get(REGIONAL, ()):
        days = _days_in(country, specs[0]["name"], year, within=True)  # Sri Lanka's "Vesak Full Moon Poya Day"
        if days:
            return _shifted(days, specs[0])
    # A list names calendars in order of preference: the first one that has the holiday that year wins.
    for spec in specs:
        days = _days_in(spec["country"], spec["name"], year)
        if days:
            return _shifted(days, spec)
    return ()


def _shifted(days: tuple[date, ...], spec: dict) -> tuple[date, ...]:
    return tuple(day + timedelta(days=spec.get("offset", 0)) for day in days)  # "Dhanteras": two days before Diwali


@lru_cache(maxsize=512)
def national_day(names: str, country: str, year: int) -> date | None:
    """The day a country keeps a holiday that countries keep on different days ("Independence Day"), or None.

    names: the holiday's names in the `holidays` library, "_" for spaces, "-" between names ("Labour_Day-Labor_Day").
    """
    if not 1900 <= year <= 2100:
        return None
    day = _named_day(names, country, year)
    if day is None:
        return _fixed_day(names, country, year)
    before, after = _fixed_from(names, country, year, -1), _fixed_from(names, country, year, 1)
    if before is not None and before == after and 0 < abs((before - day).days) <= MOVED_DAYS:
        return before  # a fixed day kept on another that year (the Philippines' 12 June in 2010): the day itself;
        # not a day changed for good (the UAE's Commemoration Day, 30 November until 2018, 1 December since)
    return day


def _named_day(names: str, country: str, year: int) -> date | None:
    for name in names.split("-"):
        words = name.split("_")
        # "UAE National Day" is the calendar's "National Day": a name may start with its country's
        for first in range(max(1, len(words) - 1)):
            day = _day_in(country, " ".join(words[first:]), year, within=True)
            if day is not None:
                return day
    return None


def _fixed_day(names: str, country: str, year: int) -> date | None:
    """The holiday's day in a year its country's calendar does not cover (Ghana's before 2017), when the nearest two
    years it covers keep it on one month-day (March 6): national days are fixed, movable feasts are not."""
    return _fixed_from(names, country, year, 1) or _fixed_from(names, country, year, -1)


def _fixed_from(names: str, country: str, year: int, step: int) -> date | None:
    """The holiday's month-day in the year, when the nearest two years the calendar covers after it (step 1) or
    before it (step -1) keep it on that one month-day."""
    for near in range(year + step, year + step * FIXED_REACH, step):
        first = _named_day(names, country, near) if 1900 <= near <= 2100 else None
        if first is not None:
            second = _named_day(names, country, near + step) if 1900 <= near + step <= 2100 else None
            if second is not None and (first.month, first.day) == (second.month, second.day):
                return _same_day_in(first, year)
            return None
    return None


def _same_day_in(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # February 29
        return None


def _day_in(country: str, name: str, year: int, within: bool = False) -> date | None:
    """The first day in that year of the country's holiday of that name (or whose name holds it, within=True:
    "Martyrs Day" is Uganda's "Uganda Martyrs' Day")."""
    days = _days_in(country, name, year, within)
    return days[0] if days else None


@lru_cache(maxsize=256)
def public_holidays(country: str, year: int) -> frozenset:
    """Every day the country keeps as a public holiday that year (its provinces' where SUBDIVISIONS names one), or
    an empty set for a country no calendar knows."""
    calendar = _calendar(country, year)
    return frozenset(day for day in calendar if day.year == year) if calendar is not None else frozenset()


LONG_WEEKEND_DAYS = (-1, 0, 1, 2)  # days from its Saturday that make a weekend long when a holiday: Friday to Monday


def next_to_holiday(value: str, country: str | None) -> str:
    """"the long weekend": the weekend found, or the one before or after it when that one alone is next to a public
    holiday of the story's country (a long weekend said on the Sunday before Labor Day is the one under way)."""
    week = parse_value(value) if country is not None and value.endswith("-WE") else None
    if week is None or week.unit != "W":
        return value
    saturday = week.start + timedelta(days=SATURDAY)
    if _long(saturday, country):
        return value
    long_ones = [day for day in (saturday - timedelta(days=7), saturday + timedelta(days=7)) if _long(day, country)]
    return weekend_of(long_ones[0], None) if len(long_ones) == 1 else value


def _long(saturday: date, country: str) -> bool:
    days = [saturday + timedelta(days=offset) for offset in LONG_WEEKEND_DAYS]
    return any(day in public_holidays(country, day.year) for day in days)


def _calendar(country: str, year: int):
    import holidays  # only stories that need a calendar pay for the import

    try:
        with warnings.catch_warnings():  # a calendar warns about years it only estimates; the estimate will do
            warnings.simplefilter("ignore")
            return holidays.country_holidays(country, subdiv=SUBDIVISIONS.get(country), years=year)
    except (NotImplementedError, KeyError, ValueError):
        return None


def _days_in(country: str, name: str, year: int, within: bool = False) -> tuple[date, ...]:
    """The first day of each run of days in that year that the country keeps as the holiday of that name."""
    calendar = _calendar(country, year)
    if calendar is None:
        return ()
    # Two holidays on one day share an entry ("Dussehra; Mahatma Gandhi's Birthday"); a lunar holiday far from
    # today is marked "Eid al-Fitr (estimated)".
    wanted = name.replace("'", "").lower()
    entries = [(day, _names(names)) for day, names in calendar.items() if day.year == year]
    days = sorted(day for day, names in entries if wanted in names)
    if not days and within:  # "Eid al-Fitr" itself, not the "Eid al-Fitr Holiday" the day before
        days = sorted(day for day, names in entries if any(_holds(entry, wanted) for entry in names))
    return tuple(day for previous, day in zip([None] + days, days) if previous is None or (day - previous).days > 1)


def _holds(entry: str, wanted: str) -> bool:
    """"uganda martyrs day" holds "martyrs day"; "vesak full moon poya day" and "independence and republic day"
    start with the name less its "day" ("vesak", "independence"), though "adhi vesak ..." does not. A day next to
    the holiday is not it: "chinese new years eve", "the second day of chinese new year" (the calendars' names)."""
    if NEXT_TO.search(entry) and not NEXT_TO.search(wanted):
        return False
    return wanted in entry or entry.startswith(wanted.removesuffix(" day") + " ")


NEXT_TO = re.compile(r"\b(?:eve|preceding|before|after|second|third|fourth|observed)\b")


def _names(entry: str) -> list[str]:
    return [part.removesuffix(ESTIMATED).replace("'", "").lower() for part in entry.split("; ")]
