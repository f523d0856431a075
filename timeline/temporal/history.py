"""What the resolver remembers of a story as it reads: the dates named so far, the story's country (and so which
country-bound values hold), the current sentence's opening year and habitual day."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Callable

from timeline.temporal.calendar import Period
from timeline.temporal.model import WEEKDAY_SPEC, Match

HISTORY = 12  # how many earlier dates are kept as possible references
NARRATIVE_REACH = 200  # characters after a day written in full that a month-day may be told in its year
IN_COUNTRIES = "@in="  # "@in=US.PH.?:value": the value holds in a story from those countries (?: from none named)
NO_COUNTRY = "?"
# A day that depends on the country, alone or as the holiday of a derived field ("@dct:HY=-1.CAL.diwali="): the
# country's code is added after the holiday's name; a national holiday (NH) has no day without a country.
NATIONAL_RE = re.compile(r"(@(?:dct|\d{4}):(?:[A-Z]+=(?:[\w+-]+\.)?)?(?P<kind>NH|CALE?)[=.][\w-]+)(.*)")
# "50 years ago this week" from the DCT: the story looks back to then; "the same day last year" (from the story's
# latest day) only compares with it
LOOK_BACK = "@dct:YWK="
FIGURE_DAY_SPECS = ("@dct:WD=", "@dct:D")  # a weekday, "today", "yesterday"
SHIFTED_DAY_RE = re.compile(r"@ref:D[+-][1-9]")  # a day counted from the story's ("the night before": @ref:D-1)
ADJACENT = 6  # characters between a day and a clock time that belongs to it (", at ")
CURRENT_DAYS = 400  # a quarter that started this long before the DCT is still the story's current one
FRONT = 8  # characters before a year that opens its sentence ("In 2013, ...") and so frames it; a year ending a
# longer opening phrase does not always ("Under a program approved in 1987, Nashua had bought shares through Sept. 29.")


def split_countries(alternative: str) -> tuple[list[str], str]:
    """"@in=US.?:@dct:MD=07-04~" -> (["US", "?"], "@dct:MD=07-04~")."""
    codes, _, value = alternative[len(IN_COUNTRIES):].partition(":")
    return codes.split("."), value


def off_story_day(match: Match) -> bool:
    """Whether a match that anchors nothing tells a day next to the story's ("queues formed the night before"): it is
    neither the story's latest clock time nor a day the story names."""
    return not match.reference and SHIFTED_DAY_RE.match(match.value) is not None


class History:
    """The dates mentioned so far: the latest few, and how often each quarter or half came up."""

    def __init__(self, dct: date | None = None, country: Callable[[], str | None] | None = None) -> None:
        self.dct = dct
        self._country = country
        self._country_code: str | None = None
        self.recent: list[Period] = []
        self.periods: Counter = Counter()  # quarter/half -> mentions; the story's main one recurs
        self.order: dict = {}  # quarter/half -> minus when it was first mentioned
        self.mentions = 0
        self.habit_day: str | None = None  # the current sentence's clock-time day when it holds a daily SET
        self.sentence_year: Period | None = None  # a year that opens the sentence ("Last year, ...") or frames a clause
        self.frame_season: Period | None = None  # a season that frames a clause ("last winter, when a dry December")
        self.year_until: int | None = None  # where the clause a year frames ends ("last year, when ..., and")
        self.last_clock: str | None = None  # the latest clock time or part of a day told ("2000-08-03T23:40")
        self.clock_sentence = -1  # where the sentence of the latest clock time starts
        # whether the latest clock time ends a range on the day after the one it started ("a curfew from 8 p.m. to 5
        # a.m."): the story's day is still the one the range started on
        self.clock_next_day = False
        self.day_end = -1  # where the latest day named ended: a clock time right after it is on that day
        self.day_sentence = -1  # where the sentence of the latest day named starts
        self.last_day: tuple[Period, int, bool] | None = None  # the latest day named, where it ended, whether a weekday
        self.sentence_period: Period | None = None  # a quarter or half the current sentence named: "a year earlier"
        self.sentence_month: Period | None = None  # a month or season the current sentence named: "in June from a year
        # earlier", "this summer, up from 14 a year earlier"
        self.sentence_day: Period | None = None  # a day the current sentence named: "on Friday, ... a year earlier"
        self.frame_year: Period | None = None  # the year a look-back story tells of ("40 years ago this summer")
        self.last_entry: str | None = None  # the latest live-blog entry's time ("2022-11-02T01:30")
        self.entry_order = 0  # how the blog's entries run: 1 oldest first, -1 newest first, 0 not known yet
        self.sentences = 0  # sentences started so far
        # the year of the latest day written with its year ("on June 12, 1776"), the sentence it was in, where it ended
        self.written_year: tuple[Period, int, int] | None = None

    def country(self) -> str | None:
        """The story's country (ISO code), worked out on first use."""
        if self._country is not None:
            self._country_code, self._country = self._country(), None
        return self._country_code

    def if_in_country(self, alternative: str) -> str | None:
        """"@in=US.?:value": the value when the story is from one of those countries ("?": from none named)."""
        codes, value = split_countries(alternative)
        return value if (self.country() or NO_COUNTRY) in codes else None

    def in_country(self, alternative: str) -> str | None:
        """"@dct:NH=Independence_Day~" -> "@dct:NH=Independence_Day.GH~"; any other value as it is. When the story names
        no country, None for a national holiday (no day without one) and a calendar holiday as it is (its configured
        calendars decide)."""
        national = NATIONAL_RE.match(alternative)
        if national is None:
            return alternative
        code = self.country()
        if code is None:
            return None if national["kind"] == "NH" else alternative
        return f"{national[1]}.{code}{national[3]}"

    def start_sentence(self, habit_day: str | None) -> None:
        self.habit_day, self.sentence_year, self.year_until, self.frame_season = habit_day, None, None, None
        self.sentence_period = self.sentence_month = self.sentence_day = None
        self.sentences += 1

    def note(self, match: Match, value: str, period: Period | None, next_day: bool = False) -> None:
        """Remember what a resolved match tells the expressions after it. next_day: a clock time that ends its range on
        the day after the one it started, which is no day the story names, so no reference."""
        if match.type == "TIME" and len(value) > 10 and value[10] == "T" and not off_story_day(match):
            self.last_clock = value
            self.clock_sentence = match.sentence
            self.clock_next_day = next_day
        if period is not None and match.type in ("DATE", "TIME"):
            self._look_back(match, period)
        if period is not None and match.type in ("DATE", "TIME") and match.reference and not next_day:
            if (not ((match.reports or match.event_end or match.in_passing and period.unit != "Y") and self.recent)
                    and not self._tells_year_of_day(match, period)):
                self.add(period)
            if period.unit == "D":
                self.day_end, self.day_sentence = match.end, match.sentence
                # a weekday or a day counted from publication dates a figure ("on Friday, compared with ... a year
                # earlier"); a month-day often ends a period instead ("the three months to March 31"), unless "on" or
                # "at" gives a figure for it ("net debt fell to $640 million at June 30"); not the day the figures were
                # told ("biologists said Thursday, down from 123 a year earlier")
                self.sentence_day = (period if (match.figure_day or match.value.startswith(FIGURE_DAY_SPECS))
                                     and not match.reports else None)
                self.last_day = (period, match.end, match.value.startswith(WEEKDAY_SPEC))
                if not match.value.startswith("@") and not match.since:  # written in full, not a "since" start
                    self.written_year = (Period("Y", date(period.start.year, 1, 1)), self.sentences, match.end)
            if period.unit == "Y" and (match.start - match.sentence <= FRONT or match.frames >= 0):
                self.sentence_year, self.year_until = period, match.frames if match.frames >= 0 else None
            elif period.unit == "M" and match.frames >= 0 and not match.value.startswith("@"):
                # a month written with its year: "since January 1985, when it hit 27 below on Jan. 20"
                self.sentence_year, self.year_until = Period("Y", date(period.start.year, 1, 1)), match.frames
            elif period.unit == "SE" and match.frames >= 0:
                # a season with ", when": its months ("last winter, when a dry December kept trails closed until
                # mid-January": December 1989, January 1990)
                self.sentence_year, self.year_until = Period("Y", date(period.start.year, 1, 1)), match.frames
                self.frame_season = period
            if period.unit in ("Q", "H"):
                self.sentence_period = period
            if period.unit in ("M", "SE"):  # "registered this summer, roughly the same as a year earlier"
                self.sentence_month, self.sentence_day = period, None
            elif period.unit == "Y":
                # "released in February showed 41 cases in 2008, up from 29 a year earlier": the year told after
                # the month (or the day) is the one compared
                self.sentence_month = self.sentence_day = None

    def _look_back(self, match: Match, period: Period) -> None:
        """"Forty years ago this summer": the months told in the past after it are in 1967, until the story comes back
        to the present ("They will play again today")."""
        if LOOK_BACK in match.value:
            self.frame_year = Period("Y", date(period.start.year, 1, 1))
        elif self.dct is not None and period.start.year >= self.dct.year and match.value.startswith("@dct"):
            self.frame_year = None

    def narrative_year(self, start: int) -> Period | None:
        """The year of a day written in full shortly before, in this sentence or the last one that named a date
        ("adopted on June 12, 1776. Six weeks later, on July 25, ..."), when it lies two years or more before
        publication and the story has named no date of another year since: the year of a month-day told in the past
        that starts here."""
        if self.written_year is None or self.dct is None or not self.recent:
            return None
        year, sentence, end = self.written_year
        if self.sentences - sentence > 1 or start - end > NARRATIVE_REACH or year.start.year > self.dct.year - 2:
            return None
        return year if self.recent[-1].start.year == year.start.year else None

    def right_after_day(self, start: int) -> bool:
        """Whether an expression starting here follows the latest day named closely enough to belong to it ("on
        Saturday from 9am", "Monday, Sept. 30, at 6:30 p.m.")."""
        return self.day_end >= 0 and 0 <= start - self.day_end <= ADJACENT

    def _tells_year_of_day(self, match: Match, period: Period) -> bool:
        """Whether the match is the year of the day named right before it ("falls on May 10 [this year]"): the day
        stays the reference."""
        return (period.unit == "Y" and self.last_day is not None and 0 <= match.start - self.last_day[1] <= 1
                and self.last_day[0].start.year == period.start.year)

    def furthest_day_ahead(self) -> Period | None:
        """The day furthest ahead of the DCT among the dates named so far ("polling on March 21"), if any."""
        if self.dct is None:
            return None
        ahead = (period for period in self.recent if period.unit == "D" and period.start > self.dct)
        return max(ahead, key=lambda period: period.start, default=None)

    def add(self, period: Period) -> None:
        self.recent.append(period)
        del self.recent[:-HISTORY]
        if period.unit in ("Q", "H"):
            self.mentions += 1
            self.periods[period] += 1
            self.order.setdefault(period, -self.mentions)

    def main_period(self) -> Period | None:
        """The quarter or half the sentence named ("grew 5.1 percent in the second quarter from a year earlier"), else
        the one mentioned most often (first on ties): what "the quarter" refers to.

        A news story names the period it reports on first; later mentions are often forecasts.
        """
        if self.sentence_period is not None:
            return self.sentence_period
        if not self.periods:
            return None
        return max(self.periods, key=lambda p: (self.current(p), self.periods[p], self.order[p]))

    def current(self, period: Period) -> bool:
        """Whether the period started within about a year before the DCT: the story's own time."""
        return self.dct is None or 0 <= (self.dct - period.start).days <= CURRENT_DAYS
