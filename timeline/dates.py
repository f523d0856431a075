"""Points in time at the precision the source gives: a year, a month, a day or a clock time.

ISO 8601 forms are accepted as written ("2008", "2012-05", "2012-06-05", "2012-06-05T14:30+08:00") and
written back unchanged: a year never becomes a day. Years use astronomical numbering as ISO 8601 does
(0 is 1 BCE, -0043 is 44 BCE), so Python's `date`, which stops at year 1, is not used here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)

ISO_PATTERN = re.compile(
    r"""^(?P<year>[+-]?\d{4,6})
        (?:-(?P<month>\d{2})
          (?:-(?P<day>\d{2})
            (?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?
              (?P<tz>Z|[+-]\d{2}:?\d{2})?
            )?
          )?
        )?$""",
    re.VERBOSE,
)

PRECISIONS = ("year", "month", "day", "minute", "second")
EXAMPLE = "2012-06-05"


class DateFormatError(ValueError):
    """Text that is not an ISO 8601 date at any precision, or names a day that does not exist."""


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


@dataclass(frozen=True)
class TimePoint:
    year: int
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    tz: str | None = None

    @classmethod
    def parse(cls, value: object) -> "TimePoint":
        """Read a year (int) or an ISO 8601 string; raise DateFormatError saying what was expected."""
        if isinstance(value, TimePoint):
            return value
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            raise DateFormatError(f"expected an ISO 8601 date such as {EXAMPLE}, got {value!r}")
        text = f"{value:04d}" if isinstance(value, int) and value >= 0 else str(value).strip()
        match = ISO_PATTERN.match(text)
        if not match:
            raise DateFormatError(f"expected an ISO 8601 date such as {EXAMPLE}, got {str(value)!r}")
        parts = {k: (int(v) if v is not None and k != "tz" else v) for k, v in match.groupdict().items()}
        point = cls(**parts)
        point._check_ranges(text)
        return point

    def _check_ranges(self, text: str) -> None:
        if self.month is not None and not 1 <= self.month <= 12:
            raise DateFormatError(f"{text} is not a real date: there is no month {self.month}")
        if self.day is not None:
            last = days_in_month(self.year, self.month)
            if not 1 <= self.day <= last:
                raise DateFormatError(
                    f"{text} is not a real date: {MONTH_NAMES[self.month - 1]} {self.year_label()} has {last} days"
                )
        if self.hour is not None and (self.hour > 23 or self.minute > 59 or (self.second or 0) > 59):
            raise DateFormatError(f"{text} is not a real time of day")

    @property
    def precision(self) -> str:
        fields = (self.month, self.day, self.minute, self.second)
        return PRECISIONS[sum(1 for f in fields if f is not None)]

    def __str__(self) -> str:
        text = f"{self.year:04d}" if self.year >= 0 else f"-{-self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        if self.hour is not None:
            text += f"T{self.hour:02d}:{self.minute:02d}"
            if self.second is not None:
                text += f":{self.second:02d}"
            text += self.tz or ""
        return text

    def start_key(self) -> tuple[int, ...]:
        """Sort key of the first instant the point covers: 2015 sorts with 2015-01-01, before 2015-03."""
        return (self.year, self.month or 1, self.day or 1, self.hour or 0, self.minute or 0, self.second or 0)

    def end_key(self) -> tuple[int, ...]:
        """Sort key of the last instant the point covers: 2015 ends with 2015-12-31T23:59:59."""
        month = self.month or 12
        day = self.day or days_in_month(self.year, month)
        hour = 23 if self.hour is None else self.hour
        minute = 59 if self.minute is None else self.minute
        second = 59 if self.second is None else self.second
        return (self.year, month, day, hour, minute, second)

    def sort_key(self) -> tuple[tuple[int, ...], int]:
        # Ties on the start instant put the coarser point first: "2012" heads the events of 2012.
        return (self.start_key(), PRECISIONS.index(self.precision))

    def year_label(self) -> str:
        return str(self.year) if self.year > 0 else f"{1 - self.year} BCE"

    def slug(self) -> str:
        """The date part of an event id: the calendar part only, safe in a file name."""
        if self.year <= 0:
            return f"{1 - self.year}bce" + "".join(f"-{p:02d}" for p in (self.month, self.day) if p)
        return str(self.with_precision("day" if self.day else self.precision)).split("T")[0]

    def with_precision(self, precision: str) -> "TimePoint":
        """The same point cut to a coarser precision (never made finer)."""
        keep = PRECISIONS.index(precision)
        has_clock = keep >= 3
        return TimePoint(
            self.year,
            self.month if keep >= 1 else None,
            self.day if keep >= 2 else None,
            self.hour if has_clock else None,
            self.minute if has_clock else None,
            self.second if keep >= 4 else None,
            self.tz if has_clock else None,
        )

    def iso_calendar(self) -> str:
        """The date part as ISO text at its precision, no clock time."""
        return str(self).split("T")[0]

    def human(self) -> str:
        """As a reader would write it: "2015", "May 2012", "5 June 2012", "5 June 2012, 14:30 +08:00"."""
        if self.month is None:
            return self.year_label()
        month_year = f"{MONTH_NAMES[self.month - 1]} {self.year_label()}"
        if self.day is None:
            return month_year
        text = f"{self.day} {month_year}"
        if self.hour is not None:
            text += f", {self.hour:02d}:{self.minute:02d}"
            if self.tz:
                text += " UTC" if self.tz == "Z" else f" {self.tz}"
        return text


def human_range(start: TimePoint, end: TimePoint | None) -> str:
    """A date or a range as a reader would write it, sharing what both ends share: "6-7 June 2012"."""
    if end is None or str(end) == str(start):
        return start.human()
    if start.precision == end.precision == "day" and start.year == end.year:
        if start.month == end.month:
            return f"{start.day}\u2013{end.day} {MONTH_NAMES[end.month - 1]} {end.year_label()}"
        return f"{start.day} {MONTH_NAMES[start.month - 1]} \u2013 {end.human()}"
    if start.precision == end.precision == "month" and start.year == end.year:
        return f"{MONTH_NAMES[start.month - 1]} \u2013 {end.human()}"
    if start.precision == end.precision == "year":
        return f"{start.year_label()}\u2013{end.year_label()}"
    return f"{start.human()} \u2013 {end.human()}"
