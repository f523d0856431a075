"""Typed values passed between the stages of the tagger: rule matches, underspecified and final timexes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
ANY_DAY = "XXXX-XX-XX"  # TimeML's day of a clock time that recurs ("open daily from 9am": XXXX-XX-XXT09:00)
WEEKDAY_SPEC = "@dct:WD="  # the value of a weekday named alone ("@dct:WD=5~")
BARE_TIME = "@ref:D+0"  # the value of a clock time with no day of its own: the story's latest day
OR = "||"  # separates a value's alternatives: the first usable one wins
# "this winter" ("@dct:SE=WI="): the one under way or ahead, but the one just ended when told in the past
THIS_SEASON_RE = re.compile(r"@dct:SES?=[A-Z]{2}=(?:$|\|)")


@lru_cache(maxsize=4096)  # rule templates and filled values repeat: bounded, so memory stays flat
def alternatives(value: str) -> tuple:
    """A value's alternatives ("a||b"), as the engine fills them and the resolver tries them."""
    return tuple(value.split(OR))


def needs_tense(value: str, kind: str) -> bool:
    """Whether resolving the value depends on the sentence's tense: a position picked by tense ("~", a bare
    weekday or month), "this winter", or a bare clock time (which does not take a future day in a past sentence)."""
    return "~" in value or (kind == "TIME" and value == BARE_TIME) or (kind == "DATE" and "E=" in value
                                                                       and THIS_SEASON_RE.search(value) is not None)


@dataclass(frozen=True)
class Timex:
    """One TimeML TIMEX3: character offsets into the tagged text, type, normalized value and modifiers."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    precision: str | None = None  # granularity of value: century/decade/year/quarter/month/week/day/time
    rule: str | None = None  # name of the rule that found it; helps explain misses

    def to_json(self) -> dict:
        data = {"start": self.start, "end": self.end, "text": self.text, "type": self.type, "value": self.value}
        if self.mod:
            data["mod"] = self.mod
        if self.precision:
            data["precision"] = self.precision
        return data


@dataclass(slots=True)
class Match:
    """A rule's match before resolution: the value may still be underspecified (see anchoring.py).

    Internal and short-lived, so not frozen: one is made per expression and frozen init costs more.
    """

    start: int
    end: int
    text: str
    type: str
    value: str  # absolute ISO-like value, or an underspecified spec such as "@dct:Y-1"
    mod: str | None
    rule: str
    suffix: str = ""  # appended to the resolved value, e.g. "T10:35" or "TAF"
    tense: str | None = None  # "past", "future" or None, from the sentence's wording
    reference: bool = True  # may anchor later expressions (comparisons like "a year earlier" may not)
    optional: bool = False  # dropped when its value does not resolve ("Greenery Day" in a story with no country)
    sentence: int = 0  # offset where the match's sentence starts: what the resolver treats as one context
    apposed: bool = False  # joined to what precedes it ("Diwali on Friday", "Nov. 23, 1979, Black Friday")
    joins_next: int = -1  # where the words joining a weekday to what follows end ("Monday for Presidents Day")
    moves_reference: str | None = None  # "three years later": the spec of the date the story moves to ("@ref:Y+3")
    joins_range_end: bool = False  # a clock time joined to the end of its range ("from 6pm to"), not to a day
    reports: bool = False  # the date of a report ("told the inquiry yesterday"), not of the story's events
    ends_range: bool = False  # a weekday or clock time after " to " or " until ": the end of a range
    starts_range: bool = False  # a weekday before " through Friday" or between " and Friday": the start of a range
    reached: bool = False  # a morning a night ran to ("until dawn", "by morning"): after a night, the next one
    event_end: bool = False  # a date an event runs until ("runs until Sunday"): not the day the story goes on telling
    entry: bool = False  # the time heading a live blog's entry ("11:20 p.m.: ..."): its day follows the blog's order
    anaphoric: bool = False  # "that evening": on the day named before it, even in a sentence that looks the other way
    event: bool = False  # a clock time of the event ahead ("Polls are open from 6 a.m."): on the furthest day named
    open_meridiem: bool = False  # an hour with no a.m. or p.m.: a later p.m. hour ending its range makes it p.m.
    converts: bool = False  # a clock time in brackets after another ("10:17pm (0317 GMT)"): its moment, another zone
    since: bool = False  # a date after "since": the start of a time that runs to now
    in_passing: bool = False  # such a start the story tells no more of: no day its later clock times are on
    figure_day: bool = False  # a day a figure is given for ("38% of normal on April 1"): what "a year earlier" compares
    frames: int = -1  # after a year with ", when": where the clause told in that year ends ("last year, when ...")

    def joins(self, following: Match | None) -> bool:
        """Whether the words joining this match to the next expression end where that expression starts."""
        return following is not None and self.joins_next >= 0 and following.start == self.joins_next
