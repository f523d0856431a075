"""Calendar arithmetic on periods: a granularity plus the date the period starts on. Language-neutral."""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass
from datetime import date, timedelta

# Coarse to fine; "finer than" comparisons use this order.
GRANULARITIES = ("CE", "DE", "Y", "H", "SE", "Q", "M", "W", "D")
SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SOUTHERN_SEASON_MONTH = {"FA": 3, "WI": 6, "SP": 9, "SU": 12}  # the southern hemisphere's: winter is June to August


@dataclass(frozen=True)
class Period:
    unit: str  # one of GRANULARITIES
    start: date
    extra: str = ""  # season code, or "WE" for a weekend


def rank(unit: str) -> int:
    return GRANULARITIES.index(unit) if unit in GRANULARITIES else len(GRANULARITIES)


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if year < 1 or year > 9999:
        raise OverflowError("date out of range")
    last = _calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def period_of(unit: str, day: date) -> Period:
    """The period of the given granularity that contains day."""
    if unit == "CE":
        return Period(unit, date(max(1, day.year // 100 * 100), 1, 1))
    if unit == "DE":
        return Period(unit, date(max(1, day.year // 10 * 10), 1, 1))
    if unit == "Y":
        return Period(unit, date(day.year, 1, 1))
    if unit == "H":
        return Period(unit, date(day.year, 1 if day.month <= 6 else 7, 1))
    if unit == "Q":
        return Period(unit, date(day.year, (day.month - 1) // 3 * 3 + 1, 1))
    if unit == "M":
        return Period(unit, day.replace(day=1))
    if unit == "W":
        return Period(unit, day - timedelta(days=day.weekday()))
    return Period("D", day)


def shift(period: Period, unit: str, amount: int) -> Period:
    """Move by amount units; the result has the unit's granularity ("two weeks ago" -> a week)."""
    base = period_of(unit, period.start) if rank(unit) >= rank(period.unit) else period
    months = {"CE": 1200, "DE": 120, "Y": 12, "H": 6, "Q": 3, "M": 1}
    if unit in months:
        return period_of(unit, add_months(base.start, months[unit] * amount))
    days = {"W": 7, "D": 1}[unit]
    return period_of(unit, base.start + timedelta(days=days * amount))


SHIFTABLE = ("CE", "DE", "Y", "H", "Q", "M", "W")  # units a period can be moved by, days aside


def last_day(period: Period) -> Period:
    """The last day of a period (a year, a month, a season); a weekend or a day as it is."""
    unit = "Q" if period.unit == "SE" else period.unit  # a season lasts three months from its start
    if unit not in SHIFTABLE:
        return period
    return Period("D", shift(Period(unit, period.start), unit, 1).start - timedelta(days=1))


def shift_keep(period: Period, unit: str, amount: int) -> Period:
    """Move by amount units but keep the period's own granularity ("the quarter a year earlier")."""
    months = {"CE": 1200, "DE": 120, "Y": 12, "H": 6, "Q": 3, "M": 1}
    if unit in months:
        moved = add_months(period.start, months[unit] * amount)
    else:
        moved = period.start + timedelta(days={"W": 7, "D": 1}[unit] * amount)
    return period_of(period.unit, moved) if period.unit != "SE" else Period("SE", moved, period.extra)


def format_period(period: Period) -> str:
    start = period.start
    if period.unit == "CE":
        return f"{start.year // 100:02d}"
    if period.unit == "DE":
        return f"{start.year // 10:03d}"
    if period.unit == "Y":
        return f"{start.year:04d}"
    if period.unit == "H":
        return f"{start.year:04d}-H{1 if start.month <= 6 else 2}"
    if period.unit == "Q":
        return f"{start.year:04d}-Q{(start.month - 1) // 3 + 1}"
    if period.unit == "SE":
        return f"{start.year:04d}-{period.extra}"
    if period.unit == "M":
        return f"{start.year:04d}-{start.month:02d}"
    if period.unit == "W":
        year, week, _ = start.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if period.extra == "WE" else "")
    return start.isoformat()


def parse_value(value: str) -> Period | None:
    """An absolute TIMEX3 value back to a period, so it can serve as the reference for later ones."""
    try:
        parts = value.split("T")[0].split("-")
        if not parts[0].isdigit():
            return None
        if len(parts[0]) == 2:
            return Period("CE", date(max(1, int(parts[0]) * 100), 1, 1))
        if len(parts[0]) == 3:
            return Period("DE", date(max(1, int(parts[0]) * 10), 1, 1))
        year = int(parts[0])
        if len(parts) == 1:
            return Period("Y", date(year, 1, 1))
        second = parts[1]
        if second.startswith("Q") and second[1:].isdigit():
            return Period("Q", date(year, int(second[1:]) * 3 - 2, 1))
        if second.startswith("H") and second[1:].isdigit():
            return Period("H", date(year, int(second[1:]) * 6 - 5, 1))
        if second in SEASON_MONTH:
            return Period("SE", date(year, SEASON_MONTH[second], 1), second)
        if second.startswith("W") and second[1:].isdigit():
            return Period("W", date.fromisocalendar(year, int(second[1:]), 1))
        if len(parts) == 2 and second.isdigit():
            return Period("M", date(year, int(second), 1))
        if len(parts) >= 3 and second.isdigit() and parts[2].isdigit():
            return Period("D", date(year, int(second), int(parts[2])))
    except (ValueError, OverflowError):
        return None
    return None
