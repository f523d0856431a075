"""Second phase: anchor the underspecified values that rules emit to the DCT or to the previous date.

Spec language (what rules write in `value`), alternatives separated by "||", first usable wins:
  @dct:Y-1        offset from the document creation time: unit Y/H/Q/M/W/D/DE/CE/WE, amount or X (vague)
  @ref:D+1        the same, from the latest date mentioned before (narrative: "the next day"); a named position
                  after it (@ref:SE=SP>, "the following spring") counts from the end of that date ("in 1951" -> 1952-SP)
  @1980:MD=12-26= a named position in the year written ("Boxing Day 1980")
  @in=US.PH.?:X   X, only in a story from one of those countries, "?" one that names none ("10/08/2012")
  @ref:Y-1^       offset that keeps the reference's own granularity ("a year earlier" after a quarter)
  @ref:Y-1^^      the same, but from a month its own sentence named, if any ("fell in June from a year earlier")
  @ref:D+0*       (amount 0 only) the latest date mentioned before, whatever its granularity, kept when coarser
                  than the unit (anaphoric "that same day" after "last October" is 1998-10, not the DCT)
  @dct:WD=5~      named position: WD weekday, MO month, MD month-day, Q quarter, H half, SE season (SES southern),
                  WMD the week holding a month-day ("the week of March 6"), WWD the week holding a weekday ("midweek"),
                  DOM a day of an unnamed month ("the 12th"), EAS days from Easter Sunday,
                  YMD the anchor's month-day in the given year ("this day in 1969"),
                  MDW a month-day with its weekday (07-21-1), moved to a year where they agree,
                  CAL a lunar or lunisolar holiday by id (calendars.yaml: "diwali"), CALE the day before it,
                  NWD nth weekday of a month (11-4-4: Thanksgiving; 11-1-2-2 from the 2nd), WE the weekend,
                  QY the story's quarter in the given year (@ref:QY=1988=: "the 1988 quarter"),
                  HWE the weekend next to a holiday given by its own spec (HWE=MD.07-04: "Fourth of July weekend"),
                  RS the first day of a range whose year follows the last day (RS=2025.12-28.01-03: 2024-12-28);
                  direction < previous, > next, = same period, ~ decided by the sentence's tense (~> the same,
                  but the next one when the sentence has no cue),
                  <= the latest one, the anchor's own included, >= the next one, the anchor's own included,
                  >> the one after the next (weekdays), <! >! the previous or next one but never the day next to
                  the anchor ("last Wednesday" said on a Thursday is a week before yesterday)
Anything else (2012-06-05, P3Y, PRESENT_REF, ...) is absolute and passes through.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from datetime import date, datetime
from typing import Callable, Iterable, Iterator

from timeline.temporal.calendar import Period, format_period, last_day, parse_value, rank, shift, shift_keep
from timeline.temporal.day_arithmetic import weekday_from
from timeline.temporal.durations import normalize_absolute
from timeline.temporal.history import IN_COUNTRIES, History, split_countries
from timeline.temporal.model import ANY_DAY, BARE_TIME, Match, Timex, alternatives
from timeline.temporal.positions import position as named_position, reference_unit, underspecified
from timeline.temporal.story_day import (DAY_LENGTH, StoryDays, after_midnight, days_on_the_side_of, entry_in_order,
                                         midnight_gone,
                                         far_after_latest_day, far_from_any_day, tense_side,
                                         told_against_the_latest_day)

SPEC_RE = re.compile(
    r"@(?P<anchor>dct|ref|\d{4}):(?:(?P<unit>[A-Z]+)(?P<sign>[+-])(?P<amount>X|\d+(?:\.\d+)?)(?P<keep>\^)?(?P<month>\^)?(?P<same>\*)?"
    r"|(?P<field>[A-Z]+)=(?P<target>[\w.+-]+)(?P<direction><=|>=|~>|>>|<!|>!|[<>=~]))$"
)
PRECISION = {"CE": "century", "DE": "decade", "Y": "year", "H": "half", "SE": "season", "Q": "quarter",
             "M": "month", "W": "week", "D": "day"}
BC_PRECISION = {6: "year", 4: "century"}  # BC0044, BC04: no Python date reaches before year 1


def resolve_all(matches: Iterable[Match], dct: date | None,
                country: Callable[[], str | None] | None = None) -> Iterator[Timex]:
    """Resolve matches in document order; each resolved date becomes a reference for the next ones.

    country: called at most once, when a holiday that countries keep on different days needs the story's country.
    """
    anchor = Period("D", dct) if dct else None
    history = History(dct, country)
    story = StoryDays(dct)
    for sentence in _sentences(matches):
        if story.full(sentence[0].start):
            yield from story.release()
        history.start_sentence(_habit(sentence))
        for position, match in enumerate(sentence):
            later = sentence[position + 1:]
            if match.type == "TIME" and match.value == BARE_TIME:
                value, far_clock = _bare_time(match, anchor, history, later)
                value = midnight_gone(value, match.tense == "past", dct)
            else:
                value, far_clock = _resolve_in_sentence(match, anchor, history, later), None
                if match.entry and value is not None:
                    value = entry_in_order(value, history)
            if value is None:  # an optional match that does not resolve
                continue
            period = _parse_value(value) if match.type != "DURATION" else None
            if far_clock is not None:  # "that evening", far after the latest day: the story's day so far
                story_day = story.main_so_far(far_clock)
                if story_day is not None:
                    period = _parse_value(story_day + value[DAY_LENGTH:])
            history.note(match, value, period)
            if match.moves_reference is not None:
                _move_reference(match, anchor, history)
            story.add(Timex(match.start, match.end, match.text, match.type, value, match.mod,
                            _precision(value, period), match.rule),
                      far_clock, match.type in ("DATE", "TIME") and match.value != BARE_TIME)
    yield from story.release()


def _move_reference(match: Match, anchor: Period | None, history: History) -> None:
    """"Three years later he moved the diner": the story's date moves on, for "the following spring" after it."""
    moved = replace(match, type="DATE", value=match.moves_reference, suffix="", mod=None)
    value = resolve_value(moved, anchor, history)
    period = _parse_value(value) if value is not None else None
    if period is not None:
        history.add(period)


def _sentences(matches: Iterable[Match]) -> Iterator[list[Match]]:
    """The matches grouped by sentence, in order (one sentence's matches are held at a time)."""
    group: list[Match] = []
    for match in matches:
        if group and match.sentence != group[0].sentence:
            yield group
            group = []
        group.append(match)
    if group:
        yield group


def _habit(sentence: list[Match]) -> str | None:
    """The day of the sentence's clock times when it holds a daily or weekly SET, before or after them: no
    particular day, "open daily from 9am", "from 8am to 6pm daily", "every Tuesday at 6pm" (annotators write
    XXXX-XX-XXT18:00; the weekday's XXXX-WXX-2T18:00 only 3 times, all in one of the thirteen held-out sets)."""
    return ANY_DAY if any(_recurring_day(m.value) for m in sentence if m.type == "SET") else None


def _resolve_in_sentence(match: Match, anchor: Period | None, history: History, later: list[Match]) -> str | None:
    """The value of a match that is no bare clock time (_bare_time resolves those), given what its sentence said before
    it and the day a weekday is joined to after it."""
    following = later[0] if later else None
    named = (_day_named_before(match, history) or _range_end_day(match, history)
             or _day_named_after(match, following, anchor, history))
    if named is not None:
        return named  # "Independence Day on Tuesday", "April 16 (Friday)", "Monday for Presidents Day"
    if history.sentence_year is not None and _in_named_year(match, history):
        return resolve_value(match, history.sentence_year, history, IN_YEAR)  # "Last year, ... arrived on June 1"
    return resolve_value(match, anchor, history)


def _day_named_before(match: Match, history: History) -> str | None:
    """A bare weekday right after a day that falls on it names that day: "Diwali on Friday", "Nov. 1 (Friday)"."""
    weekday = WEEKDAY_RE.match(match.value) if match.apposed else None
    if weekday is None or history.last_day is None:
        return None
    day, end, was_weekday = history.last_day
    if was_weekday or not 0 <= match.start - end <= NAMED_DAY_GAP:
        return None  # "from Friday to Friday" names two days
    return day.start.isoformat() if day.start.isoweekday() == int(weekday.group(1)) else None


def _range_end_day(match: Match, history: History) -> str | None:
    """A weekday ending a range that the weekday or the story's day just named starts is the first such weekday after
    it: "from noon Thursday to 6 p.m. Friday", "from late Sunday until 2 p.m. Monday", "from 6 p.m. today through noon
    Tuesday"."""
    weekday = RANGE_END_WEEKDAY_RE.match(match.value) if match.ends_range else None
    if weekday is None or history.last_day is None:
        return None
    day, end, was_weekday = history.last_day
    if not (was_weekday or day.start == history.dct) or not 0 <= match.start - end <= NAMED_DAY_GAP:
        return None  # "bought from Sept. 14 to Thursday": this week's Thursday, however many weeks the range spans
    target = int(weekday.group(1))
    if target == day.start.isoweekday():
        return None  # "from 11 a.m. to 6 p.m. on Saturday": hours of one day
    return weekday_from(target, ">", day.start).isoformat() + match.suffix


def _day_named_after(match: Match, following: Match | None, anchor: Period | None, history: History) -> str | None:
    """A bare weekday joined to the day named right after it names that day when it falls on it: "closed Monday for
    Presidents Day"."""
    if following is None or match.joins_next < 0 or following.start != match.joins_next:
        return None
    weekday = WEEKDAY_RE.match(match.value)
    day = resolve_value(following, anchor, history) if weekday is not None else None
    if day is None or not DAY_RE.fullmatch(day):
        return None
    return day if date.fromisoformat(day).isoweekday() == int(weekday.group(1)) else None


def _bare_time(match: Match, anchor: Period | None, history: History, later: list[Match]) -> tuple[str, str | None]:
    """A clock time with no day of its own: the day it is joined to, else the story's latest day, unless its sentence
    or tense says otherwise. Also the tense side ("past", "future", "") when the time is told far from the days
    named, so that the story's day so far may give its day instead; else None."""
    if history.habit_day is not None and not history.right_after_day(match.start):
        # "open daily from 9am": no particular day; but "on Saturday from 9am" is that Saturday's
        return history.habit_day + match.suffix, None
    joined = _day_joined_after(match, later, anchor, history)
    if joined is not None:
        return joined + match.suffix, None
    if not match.anaphoric and told_against_the_latest_day(match, history):
        if match.ends_range and history.clock_sentence == match.sentence and history.last_clock is not None:
            # "issued a watch at 2:30 p.m., valid until 10 p.m.": "until" looks ahead, but the range ends on the day
            # it started, or the next
            return after_midnight(history.last_clock[:DAY_LENGTH] + match.suffix, history.last_clock), None
        # "closed at 10 a.m." after "as early as Wednesday": the day the story told most so far on the past side
        # ("winched 14 crewmen at 4.30pm" in a story of yesterday's gales that went on to Monday's repairs), else
        # publication; "the ceremony will begin at 8am" after the holiday's day and a day in history: the latest day
        # named that is still ahead, else publication
        far = tense_side(match) if far_after_latest_day(match, history) or match.tense == "past" else None
        return resolve_value(match, anchor, days_on_the_side_of(match, history)), far
    far = tense_side(match) if far_from_any_day(match, history) else None
    return after_midnight(resolve_value(match, anchor, history), history.last_clock, _night_over(match, history)), far


def _night_over(match: Match, history: History) -> bool:
    """Whether the latest night told is over in a story told in the past: "The snow began Sunday night ... by 6 a.m."
    (published Monday) is Monday morning; not so for "tonight" or a night still ahead."""
    previous = history.last_clock
    return (match.tense == "past" and previous is not None and history.dct is not None
            and previous[:10] < history.dct.isoformat())


def _day_joined_after(match: Match, later: list[Match], anchor: Period | None, history: History) -> str | None:
    """The day named right after a clock time, or after the end of its range: "at noon on St Patrick's Day",
    "from 6pm to midnight on Poya day", "from 10am to 4pm Friday" (not "from 4pm until 5am tomorrow")."""
    current = match
    for position, following in enumerate(later):
        if current.joins_next < 0 or following.start != current.joins_next:
            return None
        if following.type == "TIME" and following.value == BARE_TIME:
            current = following  # the range's end: its own day, if any, is named after it
            continue
        if current.joins_range_end != (following.type == "TIME"):
            return None  # "from 5 a.m. to 10 p.m. until Saturday" names no day of either
        value = _resolve_in_sentence(following, anchor, history, later[position + 1:]) or ""
        day = DAY_RE.match(value)
        if day is None or (following.type == "TIME" and value[day.end():day.end() + 6] < match.suffix[:6]):
            return None  # a range that runs past midnight starts the day before
        return day.group()
    return None


def _precision(value: str, period: Period | None) -> str | None:
    if period is None:
        return BC_PRECISION.get(len(value)) if value.startswith("BC") else None
    return "time" if "T" in value else PRECISION.get(period.unit)


RECURRING_DAY_RE = re.compile(r"(?:XXXX-WXX-[1-7]|XXXX-XX-XX)(?![\d-])|P\d*[DW]$")

RANGE_END_WEEKDAY_RE = re.compile(r"@dct:WD=([1-7])~(?:\|\||$)")  # a weekday (first alternative), a clock time's too
NAMED_DAY_GAP = 12  # characters between a day and a weekday joined to it (" on ", " (", " falls on a ")
DAY_RE = re.compile(r"\d{4}-\d\d-\d\d")
WEEKDAY_RE = re.compile(r"@dct:WD=([1-7])~$")  # a bare weekday, its direction decided by the sentence's tense


def _recurring_day(value: str) -> str | None:
    """The day a SET's clock times belong to: XXXX-WXX-2 after "every Tuesday", XXXX-XX-XX after "daily";
    None for sets finer than a day ("every 15 minutes") or coarser than a week (an "annual" event has its day)."""
    found = RECURRING_DAY_RE.match(value)
    if found is None:
        return None
    return found.group() if found.group().startswith("XXXX") else ANY_DAY


IN_YEAR_RE = re.compile(r"@dct:(?:MD|MO|SES?|CAL|NH|EAS|NWD|EVE|WBH)=[\w.+-]+~$")  # (ending a value) a day, month, season or holiday, no year
IN_YEAR = ("~", "=")  # such a value takes the year its sentence opened with


def _in_named_year(match: Match, history: History) -> bool:
    """Whether a month or month-day takes the year its sentence opened with: "Last year, ... on June 1", "Next year
    it will be on 28 June"; not a future one after a past year ("In 2013 ... will reopen in May")."""
    if IN_YEAR_RE.search(match.value) is None:
        return False
    ahead = history.dct is not None and history.sentence_year.start.year > history.dct.year
    return (match.tense or "").rstrip("!") != "future" or ahead


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
        if base is None and spec["anchor"] == "ref" and not spec["keep"] and position == len(options) - 1:
            base = anchor  # nothing mentioned yet: the narrative starts at the DCT
        if base is None:
            continue
        if spec["anchor"] == "ref" and spec["direction"] == ">" and base.unit != "D":
            base = last_day(base)  # "married in 1951, and the following spring": after 1951 is over
        value = _resolved(spec, base, match.tense)
        if value is not None and spec["field"] == "MDW":
            value = _matching_weekday(value, int(spec["target"].rsplit("-", 1)[1]), history)
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
_parse_value = lru_cache(maxsize=_CACHE)(parse_value)


@lru_cache(maxsize=_CACHE)
def _year(digits: str) -> Period:
    return Period("Y", date(int(digits), 1, 1))


def _reference(spec: re.Match, history: History) -> Period | None:
    """The latest earlier date fine enough for the spec; quarters and "^" use the story's main quarter."""
    if spec["month"] and history.sentence_period is None and history.sentence_month is not None:
        return history.sentence_month  # "fell 28 percent in June from a year earlier"
    if spec["keep"] or spec["unit"] == "Q" or spec["field"] == "QY":
        return history.main_period()
    if spec["same"] and spec["amount"] == "0":
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
    except (OverflowError, ValueError):
        return None


def _offset(spec: re.Match, base: Period) -> str:
    unit, amount = spec["unit"], spec["amount"]
    if amount == "X":
        return "PAST_REF" if spec["sign"] == "-" else "FUTURE_REF"
    number = float(amount)
    if number != int(number):  # "a year and a half ago": count in the next smaller unit
        unit, number = {"Y": ("M", number * 12), "M": ("D", number * 30), "D": ("D", number)}.get(unit, (unit, number))
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
    if spec["keep"] and rank(base.unit) > rank(unit) and base.unit != "D":
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


def as_date(dct: date | datetime | None) -> date | None:
    if isinstance(dct, datetime):
        return dct.date()
    return dct
