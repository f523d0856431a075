"""Hours written with no a.m. or p.m. ("from 4:30 to 8 p.m.", "Tuesday evening at 7:30", "I left work at 3 o'clock"):
read after the matches are selected, from the clock times and parts of the day around them. Language-neutral: the
words come from the grammar (evening_clock_joiner, morning_context) and its settings (afternoon_open_hours).
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.temporal.model import Match
from timeline.temporal.resources import Language


def read_open_hours(matches: list[Match], text: str, language: Language, offset: int) -> list[Match]:
    """The matches, with the hours their context puts in the afternoon or evening moved there."""
    matches = _evening_hours(_afternoon_range_starts(matches), text, language.evening_clock_joiner, offset)
    return _afternoon_hours(matches, text, language, offset)


def _afternoon_range_starts(matches: list[Match]) -> list[Match]:
    """An hour with no a.m. or p.m. that opens a range ending at a later afternoon or evening hour written with one is
    in the afternoon too: "from 4:30 to 8 p.m." is 16:30; not "from 9:30 to 5 p.m." nor "from 08:00 to 22:00"."""
    for position, match in enumerate(matches[:-1]):
        following = matches[position + 1]
        if not match.open_meridiem or not match.joins_range_end or not match.joins(following):
            continue
        hour, end_hour = _movable_hour(match), _pm_hour(following)
        if (following.type == "TIME" and hour is not None and end_hour is not None
                and not match.text.lstrip().startswith("0") and hour + 12 < end_hour):
            matches[position] = _after_noon(match, hour)
    return matches


def _after_noon(match: Match, hour: int) -> Match:
    """The match with its hour (1-11, written without a.m. or p.m.) moved to the afternoon or evening."""
    return replace(match, suffix=f"T{hour + 12:02d}{match.suffix[3:]}")


EVENING_PARTS = ("TEV", "TNI")


def _evening_hours(matches: list[Match], text: str, joiner: re.Pattern | None, offset: int) -> list[Match]:
    """An hour with no a.m. or p.m. right after an evening or a night is in the evening: "a clinic Tuesday evening at
    7:30" is 19:30."""
    if joiner is None:
        return matches
    for position, match in enumerate(matches[1:], start=1):
        previous = matches[position - 1]
        hour = _movable_hour(match)
        if (hour is not None and previous.type == "TIME" and previous.suffix.endswith(EVENING_PARTS)
                and joiner.fullmatch(text, previous.end - offset, match.start - offset) is not None):
            matches[position] = _after_noon(match, hour)
    return matches


def _afternoon_hours(matches: list[Match], text: str, language: Language, offset: int) -> list[Match]:
    """An hour with no a.m. or p.m. is in the afternoon or evening when an hour written with p.m. comes before it in its
    sentence ("began at 7 p.m. and ended at 10:30": 22:30), or when it is a small hour ("I left work at 3 o'clock":
    15:00), unless its sentence speaks of the morning or the night."""
    last_small_hour = int(language.settings.get("afternoon_open_hours", 0))
    previous = None
    for position, match in enumerate(matches):
        hour = _open_hour(match)
        if hour is not None:
            after_evening_hour = (previous is not None and previous.sentence == match.sentence
                                  and _pm_hour(previous) is not None and hour + 12 > _pm_hour(previous))
            small = hour <= last_small_hour and not _in_the_morning(match, text, language, offset)
            if after_evening_hour or small:
                matches[position] = _after_noon(match, hour)
        if match.type == "TIME":
            previous = matches[position]
    return matches


def _movable_hour(match: Match) -> int | None:
    """The hour, 1 to 11, of a clock time written with no a.m. or p.m. (a rule's open_meridiem), else None."""
    hour = _suffix_hour(match.suffix)
    return hour if match.open_meridiem and hour is not None and 1 <= hour < 12 else None


def _open_hour(match: Match) -> int | None:
    """The movable hour of a clock time written in digits with no leading zero ("3 o'clock", "5:30"), else None."""
    hour, written = _movable_hour(match), re.search(r"\d+", match.text)
    if (hour is None or match.type != "TIME" or written is None or written.group().startswith("0")
            or int(written.group()) != hour):
        return None
    return hour


def _pm_hour(match: Match) -> int | None:
    """The hour (13 to 23) of a clock time written on a 12-hour clock in the afternoon or evening ("7 p.m."), else None."""
    hour, written = _suffix_hour(match.suffix), re.search(r"\d+", match.text)
    return hour if hour is not None and hour > 12 and written is not None and int(written.group()) < 13 else None


def _in_the_morning(match: Match, text: str, language: Language, offset: int) -> bool:
    if language.morning_context is None:
        return False
    found = language.sentence_break.search(text, match.end - offset)
    sentence_end = found.end() if found is not None else len(text)
    return language.morning_context.search(text, match.sentence - offset, sentence_end) is not None


def _suffix_hour(suffix: str) -> int | None:
    return int(suffix[1:3]) if len(suffix) >= 3 and suffix[0] == "T" and suffix[1:3].isdigit() else None
