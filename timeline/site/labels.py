"""Words shown for an event's date and status: the precision the source gave, never a finer one."""

from __future__ import annotations

from timeline.dates import MONTH_NAMES, TimePoint
from timeline.model import Event

STATUS_LABELS = {
    "happened": "Happened",
    "scheduled": "Scheduled",
    "target": "Target",
    "expected": "Expected",
    "ongoing": "Ongoing",
    "cancelled": "Cancelled",
    "postponed": "Postponed",
}
# Events that have not (yet) happened are drawn apart from what happened.
PROSPECTIVE_STATUSES = frozenset({"scheduled", "target", "expected", "postponed"})


def date_label(event: Event) -> str:
    """ "2015", "May 2012", "6–7 June 2012", "by 2015", "c. 1850": one wording for site and exports."""
    return event.date_label


def month_label(point: TimePoint) -> str:
    return f"{MONTH_NAMES[point.month - 1]} {point.year_label()}" if point.month else point.year_label()


def year_key(point: TimePoint) -> str:
    """The year as it appears in a URL: 2012, or 44bce for -0043 (ISO year 0 is 1 BCE)."""
    return str(point.year) if point.year > 0 else f"{1 - point.year}bce"


def iso_datetime_attr(point: TimePoint) -> str:
    """A value valid in <time datetime>: HTML accepts yyyy, yyyy-mm and yyyy-mm-dd, but only years >= 1."""
    return point.iso_calendar() if point.year > 0 else ""


def duration_label(event: Event) -> str:
    """How long a day-precise range lasts ("2 days"); empty for other ranges, whose length is vague."""
    if event.end is None or event.date.precision != "day" or event.end.precision != "day":
        return ""
    days = _day_number(event.end) - _day_number(event.date) + 1
    return f"{days} days" if days > 1 else ""


def _day_number(point: TimePoint) -> int:
    # Days since a fixed origin in the proleptic Gregorian calendar (valid for BCE years too).
    year, month, day = point.year, point.month, point.day
    shifted = year - (month <= 2)
    era = shifted // 400
    year_of_era = shifted - era * 400
    day_of_year = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era
