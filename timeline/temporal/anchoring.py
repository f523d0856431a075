"""One value anchored: a rule's underspecified value resolved against the DCT, the story's latest dates or a year.

Spec language (what rules write in `value`), alternatives separated by "||", first usable wins:
  @dct:Y-1        offset from the document creation time: unit Y/H/Q/M/W/D/DE/CE/WE, amount or X (vague)
  @ref:D+1        the same, from the latest date mentioned before (narrative: "the next day"); a named position
                  after it (@ref:SE=SP>, "the following spring") counts from the end of that date ("in 1951" -> 1952-SP)
  @1980:MD=12-26= a named position in the year written ("Boxing Day 1980")
  @in=US.PH.?:X   X, only in a story from one of those countries, "?" one that names none ("10/08/2012")
  @ref:Y-1^       offset that keeps the reference's own granularity ("a year earlier" after a quarter)
  @ref:Y-1^^      the same, but from a month its own sentence named, if any ("fell in June from a year earlier")
  @ref:Y-1^^^     the same, but first from a weekday, "today" or "yesterday" its own sentence named ("74 per cent on
                  Friday, against 81 a year earlier")
  @ref:D+0*       (amount 0 only) the latest date mentioned before, whatever its granularity, kept when coarser
                  than the unit (anaphoric "that same day" after "last October" is 1998-10, not the DCT)
  @ref:Y+0*!      the same, but not a date in the DCT's year ("That July" after "said Thursday" is the July of the
                  year told before: this year's would be "this July")
  @ref:D+0>       the day furthest ahead of the DCT that the story has named ("polling day" in a story that named
                  the vote's day, "polling on March 21"); none, and an optional rule drops the match
  @dct:WD=5~      named position: WD weekday, MO month, MD month-day, Q quarter, H half, SE season (SES southern),
                  WMD the week holding a month-day ("the week of March 6"), WWD the week holding a weekday ("midweek"),
                  DOM a day of an unnamed month ("the 12th"), EAS days from Easter Sunday,
                  YMD the anchor's month-day in the given year ("this day in 1969"),
                  MDW a month-day with its weekday (07-21-1), moved to a year where they agree,
                  CAL a lunar or lunisolar holiday by id (calendars.yaml: "diwali"), CALE the day before it,
                  NWD nth weekday of a month (11-4-4: Thanksgiving; 11-1-2-2 from the 2nd), WE the weekend,
                  QY the story's quarter in the given year (@ref:QY=1988=: "the 1988 quarter"),
                  HWE the weekend next to a holiday given by its own spec (HWE=MD.07-04: "Fourth of July weekend"),
                  RS the first day of a range whose year follows the last day (RS=2025.12-28.01-03: 2024-12-28),
                  MRS, MRE the first or last month of a range of months placed as one period (MRE=03.08: "from March
                  through August"), YWK the anchor's week, month, day, year or season that many years back
                  (YWK=50.W: "50 years ago this week", YWK=25.D: "25 years ago today"), WK an ISO week by its number
                  (WK=32: "epidemiological week 32"), NY the year beginning next ("the new year");
                  direction < previous, > next, = same period, ~ decided by the sentence's tense (~> the same,
                  but the next one when the sentence has no cue; for a weekday, ~> is the next one after the
                  weekday before it and ~+ is the tense's, else the next),
                  <= the latest one, the anchor's own included, >= the next one, the anchor's own included,
                  >> the one after the next (weekdays), <! >! the previous or next one but never the day next to
                  the anchor ("last Wednesday" said on a Thursday is a week before yesterday)
Anything else (2012-06-05, P3Y, PRESENT_REF, ...) is absolute and passes through.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from timeline.temporal.calendar import Period, format_period, last_day, parse_value, rank, shift, shift_keep
from timeline.temporal.durations import normalize_absolute
from timeline.temporal.history import IN_COUNTRIES, History, split_countries
from timeline.temporal.holiday_calendars import next_to_holiday
from timeline.temporal.model import Match, alternatives
from timeline.temporal.positions import position as named_position, reference_unit, underspecified

SPEC_RE = re.compile(
    r"@(?P<anchor>dct|ref|\d{4}):(?:(?P<unit>[A-Z]+)(?P<sign>[+-])(?P<amount>X|\d+(?:\.\d+)?)(?P<keep>\^)?(?P<month>\^)?(?P<day>\^)?(?P<same>\*)?"
    r"(?P<distant>!)?(?P<ahead>>)?"
    r"|(?P<field>[A-Z]+)=(?P<target>[\w.+-]+)(?P<direction><=|>=|~>|~\+|>>|<!|>!|[<>=~]))$"
)
YEAR_RANK = rank("Y")  # a decade or a century names no year for "That July"
PRECISION = {"CE": "century", "DE": "decade", "Y": "year", "H": "half", "SE": "season", "Q": "quarter",
             "M": "month", "W": "week", "D": "day"}


def resolve_value(match: Match, anchor: Period | None, history: History, swap: tuple = ()) -> str | None:
    options = alternatives(match.value.replace(*swap) if swap else match.value)
    held = []  # the alternatives that hold in the story's country, resolved or not
    for position, alternative in enumerate(options):
        if alternative.startswith(IN_COUNTRIES):
            alternative = history.if_in_country(alternative)  # "10/08/2012": month first in the US only
            if alternative is None:
                continue
        if not alternative.startswith("@"):
            return _absolute(alternative) + match.suffix
        if "NH" in alternative or "CAL" in alternative:
            alternative = history.in_country(alternative)
            if alternative is None:
                continue
        held.append(alternative)
        spec = _spec(alternative)
        if spec is None:
            continue
        base = anchor if spec["anchor"] == "dct" else _reference(spec, history) if spec["anchor"] == "ref" else \
            _year(spec["anchor"])  # "@1980:MD=12-26=": a position in the year written ("Boxing Day 1980")
        if (base is None and spec["anchor"] == "ref" and not spec["keep"] and not spec["ahead"]
                and position == len(options) - 1):
            base = anchor  # nothing mentioned yet: the narrative starts at the DCT
        if base is None:
            continue
        if spec["anchor"] == "ref" and spec["direction"] == ">" and base.unit != "D":
            base = last_day(base)  # "married in 1951, and the following spring": after 1951 is over
        value = _resolved(spec, base, match.tense)
        if value is not None and spec["field"] == "MDW":
            value = _matching_weekday(value, int(spec["target"].rsplit("-", 1)[1]), history)
        elif value is not None and spec["field"] == "LWE":
            value = next_to_holiday(value, history.country())
        if value is not None:
            return value + match.suffix
    if match.optional:  # dropped where it does not hold; kept underspecified where only a DCT is missing
        return _first_underspecified(held) + match.suffix if held and history.dct is None else None
    return _first_underspecified(options) + match.suffix


def _first_underspecified(options: list[str]) -> str:
    """With nothing to anchor them: the first alternative that has a TIMEX3 form ("1 a.m. Monday": XXXX-WXX-1, not
    the story's day), else the last one's spec."""
    forms = [_underspecified(option) for option in options]
    return next((form for form in forms if not form.startswith("@")), forms[-1])


# The same few specs and anchors recur in every text: parse and resolve each once (bounded caches).
_CACHE = 4096
_spec = lru_cache(maxsize=_CACHE)(SPEC_RE.match)
parsed_value = lru_cache(maxsize=_CACHE)(parse_value)


@lru_cache(maxsize=_CACHE)
def _year(digits: str) -> Period:
    return Period("Y", date(int(digits), 1, 1))


def _reference(spec: re.Match, history: History) -> Period | None:
    """The latest earlier date fine enough for the spec; quarters and "^" use the story's main quarter."""
    if spec["day"] and history.sentence_period is None and history.sentence_day is not None:
        return history.sentence_day  # "31 per cent full on Friday, compared with 74 per cent a year earlier"
    if spec["month"] and history.sentence_period is None and history.sentence_month is not None:
        return history.sentence_month  # "fell 28 percent in June from a year earlier"
    if spec["keep"] or spec["unit"] == "Q" or spec["field"] == "QY":
        main = history.main_period()
        if spec["keep"] and main is not None and main is not history.sentence_period and not history.current(main):
            return None  # "a year ago" compares with the story's own time, not a quarter still ahead or long past
        return main
    if spec["ahead"]:  # "on polling day": the day furthest ahead the story has named
        return history.furthest_day_ahead()
    if spec["same"] and spec["amount"] == "0":
        if spec["distant"] and history.dct is not None:  # "That July": not this year's, which is "this July"
            return next((period for period in reversed(history.recent)
                         if period.start.year != history.dct.year and rank(period.unit) >= YEAR_RANK), None)
        return history.recent[-1] if history.recent else None
    needed = rank(spec["unit"] or reference_unit(spec["field"]))
    for period in reversed(history.recent):
        if rank(period.unit) >= needed:
            return period
    return None


@lru_cache(maxsize=_CACHE)
def _resolved(spec: re.Match, base: Period, tense: str | None) -> str | None:
    """The value of a parsed spec (one cached Match object per spec string) from base."""
    try:
        if spec["unit"]:
            return _offset(spec, base)
        return named_position(spec["field"], spec["target"], spec["direction"], base, tense)
    except OverflowError:  # "90,000 years ago" is before year 1: only its direction can be written
        if spec["unit"]:
            return "PAST_REF" if spec["sign"] == "-" else "FUTURE_REF"
        return None
    except ValueError:
        return None


def _offset(spec: re.Match, base: Period) -> str:
    unit, amount = spec["unit"], spec["amount"]
    if amount == "X":
        return "PAST_REF" if spec["sign"] == "-" else "FUTURE_REF"
    number = float(amount)
    if number != int(number):  # "a year and a half ago": count in the next smaller unit
        # ("half a century ago": fifty years)
        unit, number = {"CE": ("Y", number * 100), "DE": ("Y", number * 10), "Y": ("M", number * 12),
                        "M": ("D", number * 30), "D": ("D", number)}.get(unit, (unit, number))
    steps = int(number) * (-1 if spec["sign"] == "-" else 1)
    if spec["same"] and steps == 0 and rank(base.unit) < rank("W" if unit == "WE" else unit):
        return format_period(base)  # "that day" after "in October": the month
    if unit == "FN":  # a fortnight: two weeks
        unit, steps = "W", steps * 2
    if unit == "WE":
        moved = shift(base, "W", steps)
        return format_period(Period("W", moved.start, "WE"))
    if unit not in PRECISION:
        return "PAST_REF" if steps < 0 else "FUTURE_REF" if steps > 0 else "PRESENT_REF"
    if spec["keep"] and rank(base.unit) > rank(unit) and (base.unit != "D" or spec["day"]):
        return format_period(shift_keep(base, unit, steps))
    return format_period(shift(base, unit, steps))


def _matching_weekday(value: str, weekday: int, history: History) -> str:
    """"Monday 21 July" after "in 1969": when the picked year disagrees with the weekday, a year the story named
    that agrees wins (July 21, 1969 was a Monday); else the pick stands, since a wrong weekday is more often a slip."""
    picked = date.fromisoformat(value)
    if picked.isoweekday() == weekday:
        return value
    # The year on the other side of publication first ("expected on Wednesday, June 5" read as past), then the
    # years the story named.
    nearby = (picked.year + 1, picked.year - 1) if history.dct is None else (
        (picked.year + 1,) if picked < history.dct else (picked.year - 1,))
    named = (period.start.year for period in reversed(history.recent) if rank(period.unit) >= rank("Y"))
    for year in dict.fromkeys((*nearby, *named)):  # a decade or century named ("the 1800s") names no year
        try:
            candidate = picked.replace(year=year)
        except ValueError:  # February 29
            continue
        if candidate.isoweekday() == weekday:
            return candidate.isoformat()
    return value


def _underspecified(spec_text: str) -> str:
    """No anchor available (no DCT): keep the value underspecified, in TIMEX3 form where there is one."""
    if spec_text.startswith(IN_COUNTRIES):  # "@in=US:@dct:MD=07-04~" in a story from elsewhere: the value itself
        spec_text = split_countries(spec_text)[1]
    spec = SPEC_RE.match(spec_text)
    if spec is None or spec["unit"]:
        if spec is not None and spec["amount"] == "X":
            return "PAST_REF" if spec["sign"] == "-" else "FUTURE_REF"
        return spec_text
    return underspecified(spec["field"], spec["target"]) or spec_text


@lru_cache(maxsize=_CACHE)
def _absolute(value: str) -> str:
    return normalize_absolute(value)
