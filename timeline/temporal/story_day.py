"""Which day a clock time with no day of its own belongs to, beyond the day it is joined to: the story's own day.

"The service begins at 6am, but gates will open at 4am", paragraphs after the last day named, is on the day the
story is about: the day it names most often (Anzac Day, election day), not whichever day it named last. On the
read held-out sets the latest day was right for 9 of such times (300+ characters after it) and the most named day
for 22. Nearer a day, the latest day is as good and is kept.

Timexes are held back one block of text at a time, so memory stays bounded on long inputs; a news story fits in one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from typing import Iterator

from timeline.temporal.day_arithmetic import tense_of
from timeline.temporal.history import History
from timeline.temporal.model import Match, Timex

FAR = 200  # characters after the latest day named beyond which a clock time belongs to the story's own day
BLOCK = 20_000  # characters of text whose timexes are held back together: one story, in news
DAY_LENGTH = 10  # "2015-04-25"
TENSES = ("past", "future", "")  # the sides of publication a far clock time's day may have to be on
AHEAD_DAYS = 60  # a day named further ahead (a project's date years away) is not the day of today's clock times
HISTORY_DAYS = 366  # a day named this long before publication is history, not the day of today's clock times


class StoryDays:
    """Timexes held back until their block ends, and the day the block names most often on each side of publication.

    The days named are counted only when a far clock time asks (most blocks have none), from where the last count
    stopped: counts only grow, so the leader changes only to a day just counted."""

    def __init__(self, dct: date | None = None) -> None:
        self.dct = dct.isoformat() if dct is not None else None
        self.held: list[Timex] = []
        self.far: list[tuple[int, str]] = []  # (index in held, tense) of each clock time far from any day
        self.start = 0
        self._reset_days()

    def _reset_days(self) -> None:
        self.naming: list[str] = []  # values of the timexes that name a day of their own, in order
        self.counted = 0  # how many of them are counted
        self.days: Counter = Counter()
        self.first: dict[str, int] = {}  # day -> order in which the block first named it (ties go to the first)
        self.main: dict[str, str | None] = {tense: None for tense in TENSES}

    def add(self, timex: Timex, far_clock: str | None, names_day: bool) -> None:
        """Hold a timex; far_clock: the tense ("past", "future", "") of a clock time told far after the latest day,
        None for any other timex; names_day: a day of its own."""
        if not self.held:
            self.start = timex.start
        if far_clock is not None:
            self.far.append((len(self.held), far_clock))
        elif names_day:
            self.naming.append(timex.value)
        self.held.append(timex)

    def _catch_up(self) -> None:
        for value in self.naming[self.counted:]:
            self._count(value)
        self.counted = len(self.naming)

    def _count(self, value: str) -> None:
        if len(value) < DAY_LENGTH or value[4:5] != "-" or value[7:8] != "-":
            return
        day = value[:DAY_LENGTH]
        self.days[day] += 1
        self.first.setdefault(day, len(self.first))
        for tense, main in self.main.items():
            if self._on_side(day, tense) and (main is None or self._rank(day) > self._rank(main)):
                self.main[tense] = day

    def _rank(self, day: str) -> tuple[int, int]:
        return self.days[day], -self.first[day]

    def _on_side(self, day: str, tense: str) -> bool:
        return self.dct is None or not tense or (day <= self.dct if tense == "past" else day >= self.dct)

    def main_so_far(self, tense: str) -> str | None:
        """The day the block has named most often so far on the tense's side of publication (first named on a tie):
        a far clock time's day, and the day the expressions after it count from ("that evening ... the next day")."""
        self._catch_up()
        return self.main[tense]

    def full(self, position: int) -> bool:
        return bool(self.held) and position - self.start >= BLOCK

    def release(self) -> Iterator[Timex]:
        """The held timexes, far clock times moved to the day the block names most often on their tense's side of
        publication: "the results were released at 4:15 p.m." is not on next week's day."""
        held = self.held
        for index, tense in self.far:
            main, timex = self.main_so_far(tense), held[index]
            if main is not None and timex.value[:DAY_LENGTH] != main:
                held[index] = replace(timex, value=main + timex.value[DAY_LENGTH:])
        self.held, self.far = [], []
        self._reset_days()
        return iter(held)


def far_after_latest_day(match: Match, history: History) -> bool:
    return match.start - history.day_end > FAR


def tense_side(match: Match) -> str:
    """"past", "future" or "" (either): the side of publication a far clock time's story day must be on."""
    tense = tense_of(match.tense)
    return tense if tense in ("past", "future") else ""


def far_from_any_day(match: Match, history: History) -> bool:
    """Whether a clock time with no day of its own belongs to the story's own day: told far after the latest day
    named, or after a day that is history in a sentence not told in the past ("signed on 6 February 1840. The
    commemorations begin with a church service at 5am"). Not a time that goes on from the latest clock time, on
    the latest day, later in it: "walked into the bank at 11:20 a.m. Tuesday ... schools were locked down until 3
    p.m." is that Tuesday, however far the story's lede put its own day."""
    if far_after_latest_day(match, history):
        return not _goes_on(match, history)
    latest = history.last_day[0].start if history.last_day is not None else None
    if latest is None or history.dct is None or (history.dct - latest).days <= HISTORY_DAYS:
        return False
    if tense_side(match) != "past":
        return True
    # "signed on 18 November 1905. ... said bidding opened at 2pm": a clock time (not a part of a day, "the night",
    # nor "that evening") told in a later sentence of a story not looking back is the day of today's news
    return (history.day_sentence != match.sentence and not match.anaphoric and match.suffix[1:3].isdigit()
            and history.frame_year is None)


def told_against_the_latest_day(match: Match, history: History) -> bool:
    """A bare clock time whose sentence's tense points away from the day the story last named: a past sentence
    when that day is still ahead, a future one when it is over. The time is then on the day of publication. A day
    named in the time's own sentence holds whatever the tense: that sentence mixes tenses, and the day is nearer
    evidence ("on Tuesday 22 October, televised live from 9.30pm"); not for the time the news was told at ("from
    November 20, the Governor told reporters at a press conference at 4 p.m.")."""
    tense = tense_side(match)
    if (not tense or history.dct is None or history.right_after_day(match.start)
            or history.day_sentence == match.sentence and not match.reports):
        return False  # "set a hearing for Monday, Sept. 30, at 6:30 p.m.": the day just named holds
    latest = next((period for period in reversed(history.recent) if period.unit == "D"), None)
    if latest is None:
        return False
    return latest.start > history.dct if tense == "past" else latest.start < history.dct


def days_on_the_side_of(match: Match, history: History) -> History:
    """A history holding only the latest day still ahead when the match looks ahead; none when it looks back."""
    side = History(history.dct)
    if tense_side(match) == "future":
        latest = next((p for p in reversed(history.recent)
                       if p.unit == "D" and 0 <= (p.start - history.dct).days <= AHEAD_DAYS), None)
        if latest is not None:
            side.add(latest)
    return side


LATE_PARTS = ("TNI", "TEV")  # parts of a day after which "1:50 a.m." is already the next day
LATE_HOUR, EARLY_HOUR = 18, 6
AFTERNOON_HOUR = 12  # after it, an early-morning time a range ends at ("until 1am") is the next day's
MORNING_HOUR = 12  # in a story told in the past, a morning time after a night is the next morning
NIGHT_PART, NIGHT_HOUR = "TNI", 21  # what makes a night: "Sunday night", "11:40 p.m."
EVENING_PART = "TEV"
MORNING_PART = "TMO"


def after_midnight(value: str, previous: str | None, told_past: bool = False, ends_range: bool = False,
                   reached: bool = False) -> str:
    """"at about 11:40 p.m. Thursday ... surrendered at 1:50 a.m.": an early-morning time told after a late one on the
    same day is on the next day; so is any morning time when told_past says the night is over ("The snow began
    Sunday night and was falling fast by 9 a.m.", published Monday), and an early-morning end after an afternoon
    ("began at 3pm ... danced until 1am"), and a morning a night ran to ("rang out at midnight ... until dawn")."""
    if previous is None or len(value) < 13 or value[10] != "T" or previous[:10] != value[:10]:
        return value
    hour, time = _hour(previous), _hour(value)
    if time is None and reached and value.endswith(MORNING_PART):
        time = PART_STARTS[MORNING_PART]  # "played until dawn" after "church bells rang out at midnight"
    late = (previous.endswith(LATE_PARTS) or (hour is not None and hour >= LATE_HOUR)
            or (ends_range and hour is not None and hour >= AFTERNOON_HOUR))
    if not late or time is None:
        return value
    # a morning after "Sunday night" or "11:40 p.m." is the next one; after "6:40 p.m." it is more likely the same
    # day's, told out of order ("arrested at 6:40 p.m. ... The first robbery was reported at 9:12 a.m.")
    night = previous.endswith(NIGHT_PART) or (hour is not None and hour >= NIGHT_HOUR)
    if time >= (MORNING_HOUR if told_past and night else EARLY_HOUR):
        return value
    return days_later(value, 1)


def on_clock_day(value: str, previous: str | None) -> str:
    """"began at 12:01 a.m. Tuesday, after talks broke down late Monday. By 6 a.m., ...": in the sentences after one
    that named an earlier day after its clock time, a later clock time goes on from that clock time's day."""
    if (previous is None or _hour(value) is None or _hour(previous) is None
            or previous[:DAY_LENGTH] <= value[:DAY_LENGTH] or value[DAY_LENGTH:] <= previous[DAY_LENGTH:]):
        return value
    return previous[:DAY_LENGTH] + value[DAY_LENGTH:]


def same_moment(previous: str, suffix: str) -> str:
    """The day of a clock time given in brackets after another in another zone ("10:17pm (0317 GMT) on December 22":
    the 23rd): the zones are taken to differ by the hours between the two times, from -12 to +14, the world's range."""
    told, other = _minutes(previous[DAY_LENGTH:]), _minutes(suffix)
    if told is None or other is None:
        return previous[:DAY_LENGTH] + suffix
    ahead = (told - other) % DAY_MINUTES  # how far the zone told is ahead of the one in brackets
    if ahead > MOST_AHEAD:
        ahead -= DAY_MINUTES
    day_shift = (told - ahead) // DAY_MINUTES  # -1 when the bracketed time is the day before, 1 the day after
    return days_later(previous[:DAY_LENGTH] + suffix, day_shift)


def _minutes(clock: str) -> int | None:
    """"T22:17" as minutes after midnight, None for a part of the day ("TEV"), as _hour reads hours."""
    hours, minutes = clock[1:3], clock[4:6]
    return int(hours) * 60 + int(minutes) if hours.isdigit() and minutes.isdigit() else None


DAY_MINUTES = 24 * 60
MOST_AHEAD = 14 * 60  # Kiribati's UTC+14; the furthest behind is UTC-12


def days_later(value: str, days: int) -> str:
    """"2012-06-13T24:00" moved by days, its time or part of the day kept; a time on no known day (a habit's
    "XXXX-XX-XXT22:00") stays as it is, with no day to move."""
    try:
        day = date.fromisoformat(value[:DAY_LENGTH])
    except ValueError:
        return value
    return (day + timedelta(days=days)).isoformat() + value[DAY_LENGTH:]


MIDNIGHT = "T24:00"


def night_gone(value: str, told_past: bool, dct: date | None, previous: str | None = None) -> str:
    """A night or a midnight told in the past on the day of publication: the one before it. "queued through the
    night" is last night; "walked off the job at midnight" is the midnight that began the day of publication, not the
    one ending it (TimeML writes a midnight as the end of the day before: "2012-06-12T24:00"), but after that day's
    evening ("queued on Thursday evening to fill up before midnight") it is the one ending the evening."""
    if not told_past or dct is None or value[:10] != dct.isoformat():
        return value
    if value.endswith(NIGHT_PART):
        return days_later(value, -1)
    after_evening = previous is not None and previous[:10] == value[:10] and _evening(previous)
    return days_later(value, -1) if value.endswith(MIDNIGHT) and not after_evening else value


def _evening(clock: str) -> bool:
    """Whether a clock time or part of a day lies in an evening ("2022-06-30TEV", "...T21:15"); not "the night", which
    told in the past on the day of publication is most often the night before ("queued through the night")."""
    hour = _hour(clock)
    return clock.endswith(EVENING_PART) or (hour is not None and hour >= LATE_HOUR)


GOES_ON_REACH = 400  # characters from the latest clock time's sentence within which a story goes on from it
GOES_ON_DAYS = 3  # days before publication a story's latest day may be for its clock times to go on from it
PART_STARTS = {"TMO": 5, "TAF": 12, "TEV": 17, "TNI": 20}  # the hour a part of a day begins: times in it go on


def _goes_on(match: Match, history: History) -> bool:
    """A past clock time later in the day than the latest clock time, which was on the latest day named."""
    previous, latest = history.last_clock, history.last_day
    if previous is None or latest is None or tense_side(match) != "past" or history.dct is None:
        return False
    if previous[:DAY_LENGTH] != latest[0].start.isoformat() or match.sentence - history.clock_sentence > GOES_ON_REACH:
        return False
    if not 0 <= (history.dct - latest[0].start).days <= GOES_ON_DAYS:  # the news of the last days, not a history
        return False
    before, now = _time_of_day(previous[DAY_LENGTH:]), _time_of_day(match.suffix)
    if before is None or now is None:
        return False
    # "stopped play Sunday afternoon ... the siren sounded at 3:12 p.m.": a time within the part goes on from it
    return now > before or (now == before and previous[DAY_LENGTH:] in PART_STARTS)


def _time_of_day(clock: str) -> int | None:
    """The hour of a clock time, or the hour a part of a day begins, after its date ("T21:15" -> 21, "TNI" -> 20)."""
    digits = clock[1:3]
    return int(digits) if digits.isdigit() else PART_STARTS.get(clock[:4])


def _hour(value: str) -> int | None:
    """The hour of a clock time ("2012-06-13T21:15" -> 21); None for a day or a part of one ("...TNI")."""
    digits = value[DAY_LENGTH + 1:DAY_LENGTH + 3]
    return int(digits) if digits.isdigit() else None


def entry_in_order(value: str, history: History) -> str:
    """A live blog's entries run newest first or oldest first, each on the blog's day; an entry whose time breaks that
    order crossed midnight: below "1:30 a.m.: ..." in a blog read newest first, "11:20 p.m.: ..." is the evening
    before. An entry that names its own day ("11:20 p.m. Tuesday: ...") keeps it."""
    if len(value) < 16 or value[10] != "T" or history.dct is None:
        return value
    previous, time = history.last_entry, value[11:]
    if previous is not None and value[:10] == history.dct.isoformat() and time != previous[11:]:
        rising = time > previous[11:]
        if history.entry_order == 0:
            history.entry_order = 1 if rising else -1
        crossed = rising != (history.entry_order > 0)
        value = days_later(previous[:DAY_LENGTH] + value[DAY_LENGTH:], history.entry_order if crossed else 0)
    history.last_entry = value
    return value
