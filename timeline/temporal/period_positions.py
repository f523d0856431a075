"""Named positions of whole periods: a month, quarter, half or season without its year, a numbered week, a range of
months, and the first day of a range whose year is written after its last (fields of positions.py)."""

from __future__ import annotations

from datetime import date, timedelta

from timeline.temporal.calendar import SEASON_MONTH, SOUTHERN_SEASON_MONTH, Period, add_months
from timeline.temporal.day_arithmetic import pick_year, tense_of

JUST_ENDED_SEASON = timedelta(days=100)  # told in the past, "this winter" is the last one until about June
SEASON_TAIL = timedelta(days=20)  # "this winter" on 2 March is the one just ended (it lasts to about 20 March)


def range_start(target: str, _direction: str, _base: Period, _cue: str | None) -> str:
    """The first day of a range whose year is written after the last ("28 December to 3 January 2025"):
    target "2025.12-28.01-03"; the year before when the first day falls later in the year than the last."""
    year, first, last = target.split(".")
    return f"{int(year) - (first > last):04d}-{first}"


def month_range_start(target: str, direction: str, base: Period, cue: str | None) -> str:
    """"between January and October": the first month of a range (target "01.10"), in the year of the last one or the
    year before when it comes later in the year ("from November to March")."""
    first, last = target.split(".")
    return f"{_month_range_year(target, direction, base, cue) - (first > last):04d}-{first}"


def month_range_end(target: str, direction: str, base: Period, cue: str | None) -> str:
    """"from March through August": the last month of a range (target "03.08")."""
    return f"{_month_range_year(target, direction, base, cue):04d}-{target.split('.')[1]}"


def _month_range_year(target: str, direction: str, base: Period, cue: str | None) -> int:
    """The year of a range's last month: the range is placed as one period, by distance and tense ("will close one lane
    from March through August", told in November, is next year's)."""
    first, last = (int(month) for month in target.split("."))

    def span_in(year: int) -> tuple[date, date]:
        return date(year - (first > last), first, 1), add_months(date(year, last, 1), 1)

    return pick_year(span_in, base.start, direction, cue)


def new_year(_target: str, _direction: str, base: Period, _cue: str | None) -> str:
    """"until the new year": the year that begins next, or the one just begun in its first quarter."""
    return f"{base.start.year + (base.start.month > 3):04d}"


def numbered_week(target: str, direction: str, base: Period, cue: str | None) -> str:
    """"epidemiological week 32": that ISO week of the year nearest the anchor, by tense (as a month is)."""
    week = int(target)

    def span_in(year: int) -> tuple[date, date]:
        try:
            monday = date.fromisocalendar(year, week, 1)
        except ValueError:  # a year without a week 53: never the nearest
            return date.min, date.min + timedelta(days=1)
        return monday, monday + timedelta(days=7)

    year = pick_year(span_in, base.start, direction, tense_of(cue))
    return f"{year:04d}-W{week:02d}" if span_in(year)[0] != date.min else f"XXXX-W{week:02d}"


def period_field(field: str):
    """A month, quarter, half or season without a year: the year comes from distance and tense."""
    def resolve(target: str, direction: str, base: Period, cue: str | None) -> str:
        if field in ("SE", "SES"):
            first, months = (SEASON_MONTH if field == "SE" else SOUTHERN_SEASON_MONTH)[target], 3
        else:
            months = {"MO": 1, "Q": 3, "H": 6}[field]
            first = (int(target) - 1) * months + 1
        if field != "MO" and cue != "future!" and not (field in ("SE", "SES") and cue == "future~"):
            # only a bare month takes its year from a strong past cue ("rose in January"); a deadline looking ahead
            # holds for all ("hoped to find one by the fall"), and a modal in a season's own clause ("will hold
            # hearings in the fall")
            cue = tense_of(cue)

        def span_in(y: int) -> tuple[date, date]:
            return date(y, first, 1), add_months(date(y, first, 1), months)

        year = pick_year(span_in, base.start, direction, cue)
        if direction == "<" and base.unit == "Y" and field in ("SE", "SES"):
            year = base.start.year - 1  # "in 1975, after a trial the previous summer": the one of the year before,
            # even where that summer (or winter) runs into 1975
        tail = SEASON_TAIL if field in ("SE", "SES") else timedelta(0)
        if direction == "=" and span_in(year - 1)[1] + tail > base.start:
            year -= 1  # "this winter" in January (or early March) is the winter that began in December
        elif tail and direction == "=" and cue == "past" and base.unit == "D" and \
                span_in(year)[0] > base.start >= span_in(year - 1)[1] >= base.start - JUST_ENDED_SEASON:
            year -= 1  # "this winter was the warmest on record", said in April: the one just ended
        if field == "MO":
            return f"{year:04d}-{int(target):02d}"
        return f"{year:04d}-{ {'Q': 'Q', 'H': 'H', 'SE': '', 'SES': ''}[field]}{target}"
    return resolve
