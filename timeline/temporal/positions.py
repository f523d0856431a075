"""Named positions in the calendar: the day, month, quarter or week a spec like @dct:WD=5~ names.

anchoring.py calls position() for "@dct:FIELD=target<direction>"; each field has a small function here, and fields
and targets are codes, never words.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from timeline.temporal import period_positions as periods
from timeline.temporal.calendar import Period, add_months
from timeline.temporal.day_arithmetic import (HEADLINE, SATURDAY, day_distance, day_of_month, easter, month_length,
                                             nth_weekday, one_day, pick_day, pick_year, tense_of, weekday_from,
                                             weekend_of)
from timeline.temporal.holiday_calendars import holiday_dates, national_day

LEAP_DAY = (2, 29)
LAST_WEEK_MIDDLE = "L"  # the day of "WMD=11-L": the middle of the month's last seven days
DERIVED = ("HWE", "HWK", "EVE", "WBH", "HY")  # fields that take a holiday's spec: not themselves a holiday
AHEAD_UNLESS_PAST = "1"  # WE=1: the coming weekend unless a past verb stands right before it
OVER_WEEKEND = "O"  # WE=O: as WE=1, but told in the past up to the Thursday after it, or with no tense on its Monday or
# Tuesday, it is the one just over
# per such target, the last weekday (0 is Monday) on which a weekend told in the past, and one told with no tense, is
# the one just over (-1: never)
JUST_OVER_UNTIL = {AHEAD_UNLESS_PAST: (1, -1), OVER_WEEKEND: (3, 1)}
THIS_WEEKEND = "T"  # WE=T: the weekend being written on, or from a weekday the coming one unless told as over


def position(field: str, target: str, direction: str, base: Period, cue: str | None) -> str | None:
    """The value a named position resolves to from base; cue is the sentence's tense ("past!": strong).

    None for a field no function knows, so the value stays underspecified rather than failing the text."""
    known = FIELDS.get(field)
    return None if known is None else known.resolve(target, direction, base, cue)


# in a headline, a weekday whose latest one lies this many days back or more is the coming one (held-out: 61 of 62)
HEADLINE_DAYS_BACK = 3


def _weekday_field(target: str, direction: str, base: Period, cue: str | None) -> str:
    if "." in target:  # "Friday next week": 5.1, the weekday in the ISO week that many weeks away
        weekday, weeks = target.split(".")
        if direction == ">>":  # "three weeks on Thursday": 4.3, the coming one, that many weeks on
            return (weekday_from(int(weekday), ">", base.start) + timedelta(weeks=int(weeks))).isoformat()
        return weekday_from(int(weekday), "=", base.start + timedelta(weeks=int(weeks))).isoformat()
    tense = tense_of(cue)
    if direction == "~+":  # "as Monday deadline nears": the tense's, else the coming one
        return weekday_from(int(target), "<~" if tense == "past" else ">~", base.start).isoformat()
    if direction == "~":
        if cue is not None and cue.endswith(HEADLINE) and (base.start - weekday_from(int(target), "<~", base.start)
                                                            ).days >= HEADLINE_DAYS_BACK:
            return weekday_from(int(target), ">", base.start).isoformat()  # "Veterans Day observed Friday"
        if tense is None:  # no cue: the nearer one, the day of publication included (back on a tie)
            back, ahead = weekday_from(int(target), "<~", base.start), weekday_from(int(target), ">", base.start)
            return (back if base.start - back <= ahead - base.start else ahead).isoformat()
        direction = {"future": ">~"}.get(tense, "<~")
    elif direction == "~>":  # "Monday and Tuesday": the next after the first, any tense, not the day before it
        after = weekday_from(int(target), ">", base.start)
        return (after - timedelta(days=7) if (after - base.start).days == 6 else after).isoformat()
    elif direction in ("<=", ">="):  # the latest one, or the next one, today included
        direction = direction[0] + "~"
    elif direction == ">>":  # "Tuesday week": the one after the next
        return (weekday_from(int(target), ">", base.start) + timedelta(days=7)).isoformat()
    elif direction in ("<!", ">!"):  # "next Friday" said on a Thursday is not tomorrow (gold: 3 of 3 a week on)
        day = weekday_from(int(target), direction[0], base.start)
        step = timedelta(days=7 if direction[0] == ">" else -7)
        return (day + step if abs((day - base.start).days) == 1 else day).isoformat()
    return weekday_from(int(target), direction, base.start).isoformat()


def _overnight(_target: str, _direction: str, base: Period, cue: str | None) -> str:
    """"overnight": the night before the anchor in a report, the anchor's own night ahead of it."""
    return (base.start - timedelta(days=0 if tense_of(cue) == "future" else 1)).isoformat()


def _weekend_field(target: str, direction: str, base: Period, cue: str | None) -> str:
    tense = tense_of(cue)
    if target in JUST_OVER_UNTIL:  # "the long weekend": news of one is news of the coming one, unless told as over (a
        # past verb right before it, or one in its sentence early in the week after it); "crashes over the holiday
        # weekend" is over later in the week, not "asked to keep dogs on leads over the long weekend" said on a Saturday
        told_past, untold = JUST_OVER_UNTIL[target]
        weekday = base.start.weekday()
        just_over = cue == "past!" or (tense == "past" and weekday <= told_past) or (tense is None and weekday <= untold)
        return weekend_of(base.start, "past" if just_over else "future")
    if target == THIS_WEEKEND:
        if base.start.weekday() >= SATURDAY:
            return weekend_of(base.start, None)  # written on the weekend: that one
        monday = base.start.weekday() == 0  # "a poll published this weekend" on a Monday: the one just over
        return weekend_of(base.start, "past" if monday and tense == "past" else "future")
    if tense is None and direction == "~>":  # "through the weekend" with no cue: the coming one
        tense = "future"
    return weekend_of(base.start, tense)


def _story_quarter_in_year(target: str, _direction: str, base: Period, _cue: str | None) -> str | None:
    """"the 1988 quarter": the story's quarter (or half), in the year given."""
    if base.unit not in ("Q", "H"):
        return None
    months = 3 if base.unit == "Q" else 6
    return f"{int(target):04d}-{base.unit}{(base.start.month - 1) // months + 1}"


def _nth_weekday_field(target: str, direction: str, base: Period, cue: str | None) -> str:
    month, nth, weekday, *after = (int(part) for part in target.split("-"))
    year = pick_year(lambda y: one_day(nth_weekday(y, month, nth, weekday, *after)), base.start, direction,
                      tense_of(cue))
    return nth_weekday(year, month, nth, weekday, *after).isoformat()


def _same_day_in_year(target: str, _direction: str, base: Period, _cue: str | None) -> str:
    """"on this day in 1969": the anchor's month and day in that year (February 29 falls back a day)."""
    month, day = base.start.month, base.start.day
    return date(int(target), month, 28 if (month, day) == (2, 29) else day).isoformat()


SEASONS = ("SP", "SU", "FA", "WI")
STEP_RE = re.compile(r"[+-]\d+$")  # a step of the anchor before counting years back ("D+1": tomorrow)


def _same_part_years_back(target: str, _direction: str, base: Period, _cue: str | None) -> str:
    """"50 years ago this week": the ISO week (target "50.W"), month ("50.M"), day ("25 years ago today": "25.D"),
    year ("a century ago this year": "100.Y") or season ("40 years ago this summer": "40.SU") of the anchor's date
    that many years back (February 29 falls back a day; a winter is the one that began in the year it is told of,
    or the year before in its first months). A step after the unit moves the anchor first: "50 years ago tomorrow" is
    "50.D+1", "100 years ago next month" "100.M+1"."""
    years, unit = target.split(".")
    start, step = base.start, STEP_RE.search(unit)
    if step is not None:
        unit, steps = unit[:step.start()], int(step.group())
        start = add_months(start, steps) if unit == "M" else start + timedelta(days=steps * (7 if unit == "W" else 1))
    day = date(start.year - int(years), start.month, 28 if (start.month, start.day) == LEAP_DAY else start.day)
    if unit == "D":
        return day.isoformat()
    if unit == "Y":
        return f"{day.year:04d}"
    if unit in SEASONS:
        return f"{day.year - (unit == 'WI' and day.month <= 3):04d}-{unit}"
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    week_year, week, _ = day.isocalendar()
    return f"{week_year:04d}-W{week:02d}"


def _years_back_unknown(target: str) -> str:
    unit = STEP_RE.sub("", target.split(".")[1])
    return {"W": "XXXX-WXX", "M": "XXXX-XX", "D": "XXXX-XX-XX", "Y": "XXXX"}.get(unit, f"XXXX-{unit}")


def _calendar_field(target: str, direction: str, base: Period, cue: str | None) -> str | None:
    """A lunar or lunisolar festival ("Diwali"): its day in the year nearest the anchor, by tense."""
    anchor = base.start
    days = {year: holiday_dates(target, year) for year in (anchor.year - 1, anchor.year, anchor.year + 1)}
    if not all(days.values()):  # a calendar may skip a year (a holiday on a Sunday)
        return days[anchor.year][0].isoformat() if days[anchor.year] else None
    return pick_day([day for year in sorted(days) for day in days[year]], anchor, direction, cue).isoformat()


def _national_field(target: str, direction: str, base: Period, cue: str | None) -> str | None:
    """A holiday each country keeps on its own day, in the story's country ("Independence_Day.GH"): the day in
    the year nearest the anchor, by tense; None when that country does not keep it."""
    names, _, country = target.rpartition(".")
    anchor = base.start
    days = {year: national_day(names, country, year) for year in (anchor.year - 1, anchor.year, anchor.year + 1)}
    if days[anchor.year] is None:
        return None
    if not all(days.values()):  # a calendar that starts or stops this year: its one day
        return days[anchor.year].isoformat()
    return days[pick_year(lambda y: one_day(days[y]), anchor, direction, cue)].isoformat()


def _calendar_eve(target: str, direction: str, base: Period, cue: str | None) -> str | None:
    """"the eve of Chinese New Year": the day before the festival."""
    day = _calendar_field(target, direction, base, cue)
    return None if day is None else (date.fromisoformat(day) - timedelta(days=1)).isoformat()


def _easter_field(target: str, direction: str, base: Period, cue: str | None) -> str:
    """A day counted from Easter Sunday ("Good Friday": -2)."""
    offset = timedelta(days=int(target))
    year = pick_year(lambda y: one_day(easter(y) + offset), base.start, direction, cue)
    return (easter(year) + offset).isoformat()


def _day_of_month_weekday(target: str, _direction: str, base: Period, cue: str | None) -> str | None:
    """"Wednesday (18)": the 18th that falls on a Wednesday, nearest the anchor (by tense, as "the 12th")."""
    day, weekday = (int(part) for part in target.split("-"))
    anchor, tense = base.start, tense_of(cue)
    firsts = [add_months(date(anchor.year, anchor.month, 1), step) for step in range(-12, 13)]
    candidates = [first.replace(day=day) for first in firsts
                  if day <= month_length(first) and first.replace(day=day).isoweekday() == weekday]
    return min(candidates, key=lambda c: day_distance(c, anchor, tense)).isoformat() if candidates else None


def _day_of_month_field(target: str, direction: str, base: Period, cue: str | None) -> str:
    return day_of_month(int(target), base.start, direction, cue).isoformat()


def _month_day(target: str, direction: str, base: Period, cue: str | None) -> date:
    month, day = (int(part) for part in target.split("-")[:2])
    if (month, day) == LEAP_DAY:  # "February 29": the leap year nearest the one picked, back unless looking ahead
        year = pick_year(lambda y: one_day(date(y, 2, 28)), base.start, direction, cue)
        step = 1 if direction == ">" or tense_of(cue) == "future" else -1
        while not calendar.isleap(year):
            year += step
        return date(year, month, day)
    year = pick_year(lambda y: one_day(date(y, month, day)), base.start, direction, cue)
    return date(year, month, day)


def _holiday_weekend(target: str, direction: str, base: Period, cue: str | None) -> str | None:
    """"the Memorial Day weekend": the weekend next to a holiday given by its own spec ("MD.07-04"), the one
    before it for a Monday to Wednesday holiday (a long weekend ends on it), else the one of its week."""
    holiday = _holiday_day(target, direction, base, cue)
    if holiday is None:
        return None
    if holiday.isoweekday() <= 3:
        holiday -= timedelta(days=7)
    year, week, _ = holiday.isocalendar()
    return f"{year:04d}-W{week:02d}-WE"


def _holiday_day(spec: str, direction: str, base: Period, cue: str | None) -> date | None:
    """The day of a holiday given by its own spec as a target ("NWD.11-4-4", "CAL.diwali")."""
    field, _, inner = spec.partition(".")
    day = position(field, inner, direction, base, cue) if field not in DERIVED else None
    return date.fromisoformat(day) if day is not None and len(day) == 10 else None


def _holiday_eve(target: str, direction: str, base: Period, cue: str | None) -> str | None:
    """"the eve of All Saints' Day": the day before the holiday."""
    day = _holiday_day(target, direction, base, cue)
    return None if day is None else (day - timedelta(days=1)).isoformat()


def _weekday_by_holiday(target: str, direction: str, base: Period, cue: str | None) -> str | None:
    """"the Sunday after Thanksgiving", "the Sunday before Christmas": target "7a.NWD.11-4-4" (a: after, b: before);
    weekday 0 is the day next to it ("the day after Thanksgiving": "0a.NWD.11-4-4")."""
    which, _, spec = target.partition(".")
    day = _holiday_day(spec, direction, base, cue)
    if day is None:
        return None
    after = which.endswith("a")
    if which[:-1] == "0":
        return (day + timedelta(days=1 if after else -1)).isoformat()
    return weekday_from(int(which[:-1]), ">" if after else "<", day).isoformat()


def _holiday_in_year(target: str, _direction: str, base: Period, _cue: str | None) -> str | None:
    """"Diwali last year": the holiday in the year so many years from the anchor's; target "-1.CAL.diwali"."""
    offset, _, spec = target.partition(".")
    day = _holiday_day(spec, "=", Period("Y", date(base.start.year + int(offset), 1, 1)), None)
    return None if day is None else day.isoformat()


def _holiday_week(target: str, direction: str, base: Period, cue: str | None) -> str | None:
    """"Easter week", "Christmas week", "Holy Week": the ISO week holding the holiday given by its own spec; after a
    side, the week after or before it ("the week before Thanksgiving": "b.NWD.11-4-4")."""
    side, _, spec = target.partition(".")
    shift = {"a": 7, "b": -7}.get(side)
    day = _holiday_day(spec if shift else target, direction, base, cue)
    if day is None:
        return None
    day += timedelta(days=shift or 0)
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _month_day_field(target: str, direction: str, base: Period, cue: str | None) -> str:
    return _month_day(target, direction, base, cue).isoformat()


def _week_of_month_day(target: str, direction: str, base: Period, cue: str | None) -> str:
    """"the week of March 6": the ISO week holding that day; day "L" is the middle of the month's last seven days ("the
    last week of November")."""
    month, day = target.split("-")[:2]
    if day == LAST_WEEK_MIDDLE:
        picked = _month_day(f"{month}-28", direction, base, cue)
        found = picked.replace(day=month_length(picked.replace(day=1)) - 3)
    else:
        found = _month_day(target, direction, base, cue)
    week_year, week, _ = found.isocalendar()
    return f"{week_year:04d}-W{week:02d}"


def _week_of_weekday(target: str, direction: str, base: Period, cue: str | None) -> str:
    """"showers by midweek": the ISO week holding that weekday (a Wednesday, found as a bare weekday is)."""
    week_year, week, _ = date.fromisoformat(_weekday_field(target, direction, base, cue)).isocalendar()
    return f"{week_year:04d}-W{week:02d}"


@dataclass(frozen=True)
class Field:
    """What a named position needs: how to resolve it, the finest unit a reference date must have for it
    (@ref: "the 12th" needs a day, a month needs a year), and its value when there is no date to anchor it."""

    resolve: Callable[[str, str, Period, str | None], str | None]
    unit: str
    unknown: Callable[[str], str]


FIELDS = {
    "WD": Field(_weekday_field, "D", lambda target: f"XXXX-WXX-{target.split('.')[0]}"),
    "WE": Field(_weekend_field, "D", lambda _target: "XXXX-WXX-WE"),
    # a long weekend: found as a weekend is; the resolver then moves it next to the story's country's holiday
    "LWE": Field(_weekend_field, "D", lambda _target: "XXXX-WXX-WE"),
    "ON": Field(_overnight, "D", lambda _target: "XXXX-XX-XX"),
    "HWE": Field(_holiday_weekend, "Y", lambda _target: "XXXX-WXX-WE"),
    "HWK": Field(_holiday_week, "Y", lambda _target: "XXXX-WXX"),
    "EVE": Field(_holiday_eve, "Y", lambda _target: "XXXX-XX-XX"),
    "WBH": Field(_weekday_by_holiday, "Y", lambda _target: "XXXX-XX-XX"),
    "HY": Field(_holiday_in_year, "Y", lambda _target: "XXXX-XX-XX"),
    "RS": Field(periods.range_start, "D", lambda target: periods.range_start(target, "=", None, None)),
    "MRS": Field(periods.month_range_start, "Y", lambda target: "XXXX-" + target.split(".")[0]),
    "MRE": Field(periods.month_range_end, "Y", lambda target: "XXXX-" + target.split(".")[1]),
    "QY": Field(_story_quarter_in_year, "D", lambda target: target),
    "NWD": Field(_nth_weekday_field, "D", lambda target: "XXXX-" + target.split("-")[0]),
    "YMD": Field(_same_day_in_year, "D", lambda target: target),
    "YWK": Field(_same_part_years_back, "D", _years_back_unknown),
    "CAL": Field(_calendar_field, "Y", lambda _target: "XXXX-XX-XX"),
    "CALE": Field(_calendar_eve, "Y", lambda _target: "XXXX-XX-XX"),
    "NH": Field(_national_field, "Y", lambda _target: "XXXX-XX-XX"),
    "EAS": Field(_easter_field, "Y", lambda _target: "XXXX-XX-XX"),
    "DOM": Field(_day_of_month_field, "D", lambda target: f"XXXX-XX-{target}"),
    "DOMW": Field(_day_of_month_weekday, "D", lambda target: f"XXXX-XX-{target[:2]}"),
    "MD": Field(_month_day_field, "M", lambda target: f"XXXX-{target}"),
    "MDW": Field(_month_day_field, "M", lambda target: "XXXX-" + target.rsplit("-", 1)[0]),
    "WMD": Field(_week_of_month_day, "M", lambda _target: "XXXX-WXX"),
    "WWD": Field(_week_of_weekday, "D", lambda _target: "XXXX-WXX"),
    "WK": Field(periods.numbered_week, "Y", lambda target: f"XXXX-W{target}"),
    "NY": Field(periods.new_year, "D", lambda _target: "XXXX"),
    "MO": Field(periods.period_field("MO"), "Y", lambda target: f"XXXX-{target}"),
    "Q": Field(periods.period_field("Q"), "Y", lambda target: f"XXXX-Q{target}"),
    "H": Field(periods.period_field("H"), "Y", lambda target: f"XXXX-H{target}"),
    "SE": Field(periods.period_field("SE"), "Y", lambda target: f"XXXX-{target}"),
    "SES": Field(periods.period_field("SES"), "Y", lambda target: f"XXXX-{target}"),  # a southern season
}


def reference_unit(field: str) -> str:
    """The finest unit a date told earlier must have to anchor this field."""
    return FIELDS[field].unit if field in FIELDS else "D"


def underspecified(field: str, target: str) -> str | None:
    """The TIMEX3 value of a named position with no date to anchor it: "XXXX-WXX-3" for a Wednesday."""
    return FIELDS[field].unknown(target) if field in FIELDS else None
