"""The story's own day: where a clock time told far from any day belongs.

"The service begins at 6am, but gates will open at 4am", paragraphs after the last day named, is on the day the
story is about: the day it names most often (Anzac Day, election day), not whichever day it named last. On the
read held-out sets the latest day was right for 9 of such times (300+ characters after it) and the most named day
for 22. Nearer a day, the latest day is as good and is kept.

Timexes are held back one block of text at a time, so memory stays bounded on long inputs; a news story fits in one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Iterator

from timeline.temporal.model import Timex

FAR = 200  # characters after the latest day named beyond which a clock time belongs to the story's own day
BLOCK = 20_000  # characters of text whose timexes are held back together: one story, in news
DAY_LENGTH = 10  # "2015-04-25"


class StoryDays:
    """Timexes held back until their block ends; the days named in the block, counted."""

    def __init__(self) -> None:
        self.held: list[tuple[Timex, bool]] = []  # (timex, whether it is a clock time far from any day)
        self.days: Counter = Counter()
        self.first: dict[str, int] = {}
        self.start = 0

    def add(self, timex: Timex, far_clock: bool, names_day: bool) -> None:
        """Hold a timex; far_clock: a clock time told far after the latest day; names_day: a day of its own."""
        if not self.held:
            self.start = timex.start
        self.held.append((timex, far_clock))
        if names_day and len(timex.value) >= DAY_LENGTH and timex.value[4:5] == "-" and timex.value[7:8] == "-":
            day = timex.value[:DAY_LENGTH]
            self.days[day] += 1
            self.first.setdefault(day, len(self.first))

    def full(self, position: int) -> bool:
        return bool(self.held) and position - self.start >= BLOCK

    def release(self) -> Iterator[Timex]:
        """The held timexes, far clock times moved to the day the block names most often (first named on a tie)."""
        main = max(self.days, key=lambda day: (self.days[day], -self.first[day])) if self.days else None
        for timex, far_clock in self.held:
            if far_clock and main is not None and timex.value[:DAY_LENGTH] != main:
                timex = replace(timex, value=main + timex.value[DAY_LENGTH:])
            yield timex
        self.held, self.days, self.first = [], Counter(), {}
