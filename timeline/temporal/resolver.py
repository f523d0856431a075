"""Second phase: resolve a story's matches in document order, each resolved date becoming a reference for the
next ones; which day a clock time, a weekday or a month falls on given what its sentence and the story said before
it. One value's spec is anchored by anchoring.py, which also describes the spec language.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Callable, Iterable, Iterator

from timeline.temporal.anchoring import PRECISION, parsed_value, resolve_value
from timeline.temporal.calendar import Period
from timeline.temporal.day_arithmetic import weekday_from
from timeline.temporal.history import History, off_story_day
from timeline.temporal.model import ANY_DAY, BARE_TIME, Match, Timex
from timeline.temporal.story_day import (DAY_LENGTH, StoryDays, after_midnight, days_later, days_on_the_side_of,
                                         entry_in_order, far_after_latest_day, far_from_any_day, night_gone,
                                         on_clock_day, same_moment, tense_side, told_against_the_latest_day)

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
        far_clock = None
        for position, match in enumerate(sentence):
            next_day = False
            later = sentence[position + 1:]
            if match.converts and history.last_clock is not None and history.clock_sentence == match.sentence:
                # the time before it, told in another zone; on the day of that time, if the story's day moves it
                value, far_clock = same_moment(history.last_clock, match.suffix), far_clock
            elif match.type == "TIME" and match.value == BARE_TIME:
                value, far_clock = _bare_time(match, anchor, history, later)
                value = night_gone(value, tense_side(match) == "past", dct, history.last_clock)
                next_day = _ends_on_next_day(match, value, history)
            else:
                value, far_clock = _resolve_in_sentence(match, anchor, history, later), None
                if match.entry and value is not None:
                    value = entry_in_order(value, history)
            if value is None:  # an optional match that does not resolve
                continue
            period = parsed_value(value) if match.type != "DURATION" else None
            if far_clock is not None:  # "that evening", far after the latest day: the story's day so far
                story_day = story.main_so_far(far_clock)
                if story_day is not None:
                    period = parsed_value(story_day + value[DAY_LENGTH:])
            history.note(match, value, period, next_day)
            if match.moves_reference is not None:
                _move_reference(match, anchor, history)
            names_day = match.type in ("DATE", "TIME") and match.value != BARE_TIME and not off_story_day(match)
            story.add(Timex(match.start, match.end, match.text, match.type, value, match.mod,
                            _precision(value, period), match.rule), far_clock, names_day)
    yield from story.release()


def _move_reference(match: Match, anchor: Period | None, history: History) -> None:
    """"Three years later he moved the diner": the story's date moves on, for "the following spring" after it."""
    moved = replace(match, type="DATE", value=match.moves_reference, suffix="", mod=None)
    value = resolve_value(moved, anchor, history)
    period = parsed_value(value) if value is not None else None
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
             or _day_named_after(match, following, anchor, history)
             or _holiday_apposed(match, following, anchor, history))
    if named is not None:
        return named  # "Independence Day on Tuesday", "April 16 (Friday)", "Monday for Presidents Day"
    if history.sentence_year is not None and _in_named_year(match, history):
        return _in_frame_season(resolve_value(match, history.sentence_year, history, IN_YEAR), match, history)
    narrative = history.narrative_year(match.start) if DAY_IN_YEAR_RE.search(match.value) and not match.since else None
    if narrative is not None and tense_side(match) == "past":
        return resolve_value(match, narrative, history, IN_YEAR)  # "June 12, 1776. Six weeks later, on July 25"
    if history.frame_year is not None and tense_side(match) == "past" and not _told_from_now(later):
        looked_back = _in_look_back(match, history)
        if looked_back is not None:
            return looked_back
    if match.event_end and tense_side(match) == "future" and MONTH_RE.fullmatch(match.value):
        return resolve_value(match, anchor, history, STILL_AHEAD)  # "will run through December", said in January
    return _range_under_way(match, resolve_value(match, anchor, history), following, history)


def _in_frame_season(value: str | None, match: Match, history: History) -> str | None:
    """A month told in a season's ", when" clause that falls before the season's start is in the next year: "last
    winter, when ... until mid-January" (the winter began in December)."""
    season = history.frame_season
    period = parsed_value(value) if season is not None and value is not None else None
    if period is None or period.start >= season.start:
        return value
    return resolve_value(match, Period("Y", date(season.start.year + 1, 1, 1)), history, IN_YEAR)


def _range_under_way(match: Match, value: str | None, following: Match | None, history: History) -> str | None:
    """A range of days told ahead that holds the story's day began before it: "expects 105,000 passengers between
    Thursday and Tuesday", said on a Friday, counts from yesterday."""
    end = ANY_WEEKDAY_RE.fullmatch(following.value) if match.starts_range and following is not None else None
    if end is None or value is None or len(value) != DAY_LENGTH or history.dct is None or tense_side(match) != "future":
        return value
    day = date.fromisoformat(value)
    if day <= history.dct or weekday_from(int(end.group(1)), ">", day - WEEK) <= history.dct:
        return value
    return (day - WEEK).isoformat()


def _told_from_now(later: list[Match]) -> bool:
    """Whether the sentence goes on with a day, week or month counted from publication ("were inspected Monday morning
    and reopened today"): it is told from the present, not from the year a look-back story went back to."""
    return any(FROM_NOW_RE.match(following.value) for following in later)


def _in_look_back(match: Match, history: History) -> str | None:
    """In a look-back story ("Forty years ago this summer", "25 years ago today"), a month or month-day told in the past
    is in the year it looks back to, and a weekday is the one next to the latest day named in that year ("It was a
    warm Wednesday afternoon")."""
    if IN_YEAR_RE.search(match.value):
        return resolve_value(match, history.frame_year, history, IN_YEAR)
    if WEEKDAY_RE.match(match.value):
        year = history.frame_year.start.year
        day = next((period for period in reversed(history.recent) if period.unit == "D" and period.start.year == year),
                   None)
        return resolve_value(match, day, history) if day is not None else None
    return None


def _day_named_before(match: Match, history: History) -> str | None:
    """A bare weekday right after a day that falls on it names that day: "Diwali on Friday", "Nov. 1 (Friday)"."""
    weekday = WEEKDAY_RE.match(match.value) if match.apposed else None
    if weekday is None or history.last_day is None:
        return None
    day, end, was_weekday = history.last_day
    if was_weekday or not 0 <= match.start - end <= NAMED_DAY_GAP:
        return None  # "from Friday to Friday" names two days
    return day.start.isoformat() + match.suffix if day.start.isoweekday() == int(weekday.group(1)) else None


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
    """A bare or possessive weekday joined to the day named right after it names that day when it falls on it: "closed
    Monday for Presidents Day", "at Monday's Memorial Day ceremony"."""
    if not match.joins(following):
        return None
    weekday = JOINED_WEEKDAY_RE.match(match.value)
    day = resolve_value(following, anchor, history) if weekday is not None else None
    if day is None or not DAY_RE.fullmatch(day):
        return None
    return day + match.suffix if date.fromisoformat(day).isoweekday() == int(weekday.group(1)) else None


def _holiday_apposed(match: Match, following: Match | None, anchor: Period | None, history: History) -> str | None:
    """A holiday next to a date ("on Labor Day, Sept. 1, 1947", "Nov. 23, 1979, Black Friday", "avoided Good Friday,
    April 3") is that date when it falls there in the date's year: the year comes from the date, not the tense."""
    if not IN_YEAR_RE.search(match.value):
        return None
    days = []
    if match.apposed and history.last_day is not None and 0 <= match.start - history.last_day[1] <= APPOSED_GAP:
        days.append(history.last_day[0].start)
    if following is not None and 0 <= following.start - match.end <= APPOSED_GAP and following.type == "DATE":
        value = resolve_value(following, anchor, history)
        if value is not None and DAY_RE.fullmatch(value):
            days.append(date.fromisoformat(value))
    for day in days:  # in the date's year the value skips the story's country: the date says which day is meant
        in_year = replace(match, value=match.value.replace("@dct:", f"@{day.year:04d}:").replace("~", "="))
        if resolve_value(in_year, anchor, history) == day.isoformat():
            return day.isoformat()
    return None


def _bare_time(match: Match, anchor: Period | None, history: History, later: list[Match]) -> tuple[str, str | None]:
    """A clock time with no day of its own: the day it is joined to, else the story's latest day, unless its sentence
    or tense says otherwise. Also the tense side ("past", "future", "") when the time is told far from the days
    named, so that the story's day so far may give its day instead; else None."""
    if history.habit_day is not None and not match.anaphoric and not history.right_after_day(match.start):
        # "open daily from 9am": no particular day; but "on Saturday from 9am" is that Saturday's, and "that night"
        # the day named before ("who eats there weekly would come that night")
        return history.habit_day + match.suffix, None
    joined = _day_joined_after(match, later, anchor, history)
    if joined is not None:
        return joined + match.suffix, None
    ahead = history.furthest_day_ahead() if match.event and history.day_sentence != match.sentence else None
    if ahead is not None:  # "Polls are open from 6 a.m. to 7 p.m." in a story of the vote ahead: that day's hours
        return ahead.start.isoformat() + match.suffix, None
    if not match.anaphoric and told_against_the_latest_day(match, history):
        if match.ends_range and history.clock_sentence == match.sentence and history.last_clock is not None:
            # "issued a watch at 2:30 p.m., valid until 10 p.m.": "until" looks ahead, but the range ends on the day
            # it started, or the next
            return after_midnight(history.last_clock[:DAY_LENGTH] + match.suffix, history.last_clock,
                                  ends_range=True), None
        # "closed at 10 a.m." after "as early as Wednesday": the day the story told most so far on the past side
        # ("winched 14 crewmen at 4.30pm" in a story of yesterday's gales that went on to Monday's repairs), else
        # publication; "the ceremony will begin at 8am" after the holiday's day and a day in history: the latest day
        # named that is still ahead, else publication
        far = tense_side(match) if far_after_latest_day(match, history) or tense_side(match) == "past" else None
        return resolve_value(match, anchor, days_on_the_side_of(match, history)), far
    far = tense_side(match) if far_from_any_day(match, history) else None
    value = resolve_value(match, anchor, history)
    if history.day_sentence == history.clock_sentence != match.sentence and not history.clock_next_day:
        value = on_clock_day(value, history.last_clock)
    return after_midnight(value, history.last_clock, _night_over(match, history), match.ends_range,
                          match.reached), far


def _ends_on_next_day(match: Match, value: str, history: History) -> bool:
    """Whether a clock time ends its sentence's range on the day after the one it started ("a curfew from 8 p.m. to
    5 a.m."): that next day is no day the story names, so it is not the day of the clock times after it."""
    previous = history.last_clock
    return (match.ends_range and previous is not None and history.clock_sentence == match.sentence
            and value[:DAY_LENGTH] > previous[:DAY_LENGTH])


def _night_over(match: Match, history: History) -> bool:
    """Whether the latest night told is over in a story told in the past: "The snow began Sunday night ... by 6 a.m."
    (published Monday) is Monday morning; not so for "tonight" or a night still ahead."""
    previous = history.last_clock
    return (tense_side(match) == "past" and previous is not None and history.dct is not None
            and previous[:10] < history.dct.isoformat())


def _day_joined_after(match: Match, later: list[Match], anchor: Period | None, history: History) -> str | None:
    """The day named right after a clock time, or after the end of its range: "at noon on St Patrick's Day",
    "from 6pm to midnight on Poya day", "from 10am to 4pm Friday" (not "from 4pm until 5am tomorrow")."""
    current = match
    for position, following in enumerate(later):
        if following.end <= current.joins_next:
            continue  # "at 10:17pm (0317 GMT) on December 22": the same time in another zone, in between
        if not current.joins(following):
            return None
        if following.type == "TIME" and following.value == BARE_TIME:
            current = following  # the range's end: its own day, if any, is named after it
            continue
        if current.joins_range_end != (following.type == "TIME"):
            return None  # "from 5 a.m. to 10 p.m. until Saturday" names no day of either
        value = _resolve_in_sentence(following, anchor, history, later[position + 1:]) or ""
        day = DAY_RE.match(value)
        if day is None:
            return None
        # the range's end: the time of the day named, else the bare time before it ("to 5 a.m. on Tuesday")
        end = value[day.end():day.end() + 6] if following.type == "TIME" else current.suffix[:6]
        if (current is not match or following.type == "TIME") and end < match.suffix[:6]:
            return days_later(day.group(), -1)  # "from midnight to 5 a.m. on Tuesday": it starts the day before
        return day.group()
    return None


def _precision(value: str, period: Period | None) -> str | None:
    if period is None:
        return BC_PRECISION.get(len(value)) if value.startswith("BC") else None
    return "time" if "T" in value else PRECISION.get(period.unit)


# every day, one weekday or the weekend ("at 7 a.m. every weekend": no one day, XXXX-XX-XX), or a daily or weekly rate
RECURRING_DAY_RE = re.compile(r"(?P<weekday>XXXX-WXX-[1-7])(?![\d-])|(?:XXXX-WXX-WE|XXXX-XX-XX)(?![\d-])|P\d*[DW]$")

WEEK = timedelta(days=7)
ANY_WEEKDAY_RE = re.compile(r"@(?:dct|ref):WD=([1-7])[~<>=]*")  # a bare weekday, whichever way it looks
RANGE_END_WEEKDAY_RE = re.compile(r"@dct:WD=([1-7])~(?:\|\||$)")  # a weekday (first alternative), a clock time's too
NAMED_DAY_GAP = 12  # characters between a day and a weekday joined to it (" on ", " (", " falls on a ")
APPOSED_GAP = 2  # characters between a holiday and a date set beside it (", ")
DAY_RE = re.compile(r"\d{4}-\d\d-\d\d")
FROM_NOW_RE = re.compile(r"@dct:[DWM][+-]\d")  # "today", "yesterday", "next week", "last month"
WEEKDAY_RE = re.compile(r"@dct:WD=([1-7])~$")  # a bare weekday, its direction decided by the sentence's tense
JOINED_WEEKDAY_RE = re.compile(r"@dct:WD=([1-7])(?:~|[<>]=)$")  # that, or a possessive one ("Monday's Memorial Day")


def _recurring_day(value: str) -> str | None:
    """The day a SET's clock times belong to: XXXX-WXX-2 after "every Tuesday", XXXX-XX-XX after "daily";
    None for sets finer than a day ("every 15 minutes") or coarser than a week (an "annual" event has its day)."""
    found = RECURRING_DAY_RE.match(value)
    if found is None:
        return None
    return found.group("weekday") or ANY_DAY


# (ending a value) a day, month, range of months, season or holiday, no year
IN_YEAR_RE = re.compile(r"@dct:(?:MD|MO|MRS|MRE|SES?|CAL|NH|EAS|NWD|EVE|WBH|HWE)=[\w.+-]+~$")
IN_YEAR = ("~", "=")  # such a value takes the year its sentence opened with
MONTH_RE = re.compile(r"@dct:MO=\d+~")  # a bare month, its year decided by distance and tense
STILL_AHEAD = ("~", ">=")  # a month an event runs until, told ahead: under way or to come
DAY_IN_YEAR_RE = re.compile(r"@dct:(?:MD|CAL|NH|EAS|NWD|EVE)=[\w.+-]+~$")  # of those, a day


def _in_named_year(match: Match, history: History) -> bool:
    """Whether a month or month-day takes the year its sentence opened with ("Last year, ... on June 1", "Next year
    it will be on 28 June") or that a ", when" clause is told in ("since 2007, when inspectors found cracks in March",
    up to its ", and"); not a future one after a past year ("In 2013 ... will reopen in May")."""
    if IN_YEAR_RE.search(match.value) is None or (history.year_until is not None and match.start >= history.year_until):
        return False
    ahead = history.dct is not None and history.sentence_year.start.year > history.dct.year
    return tense_side(match) != "future" or ahead


def as_date(dct: date | datetime | None) -> date | None:
    if isinstance(dct, datetime):
        return dct.date()
    return dct
