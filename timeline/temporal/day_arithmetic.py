"""Date arithmetic the named positions share: which year a month-day or season without one falls in, Easter, the
nth weekday of a month, weekends and weekdays near a day. Pure functions of dates and a tense cue."""

from __future__ import annotations

from datetime import date, timedelta

from timeline.temporal.calendar import add_months

TENSE_PENALTY_DAYS = 150
STRONG_TENSE_PENALTY_DAYS = 400  # the expression's own verb ("rose in January") decides the year
CLAUSE_TENSE_PENALTY_DAYS = 300  # the past verb of the expression's own clause ("went on sale in Japan on March 4")
NO_TENSE_PENALTY_DAYS = 60
MONTH_TENSE_PENALTY_DAYS = 200  # a month told in the past is behind: "pulled out in March" in December
JUST_GONE_DAYS = 7  # a holiday this recent is not the one "last" names
DAY_TENSE_PENALTY_DAYS = 31  # "the 12th" against the tense: only when the other month is more than a month away
SATURDAY, SUNDAY = 5, 6  # date.weekday()


HEADLINE = "^"  # after a tense, marks a headline's weekday (positions._weekday_field)
MARKS = "!~" + HEADLINE  # "past!": a strong cue, right before the expression; "past~": its own clause's verb


def tense_of(cue: str | None) -> str | None:
    return cue.rstrip(MARKS) if cue else None


def one_day(day: date) -> tuple[date, date]:
    return day, day + timedelta(days=1)


def pick_year(span_in, anchor: date, direction: str, cue: str | None) -> int:
    """Year of a month-day, month, quarter, half or season given without one.

    span_in(year) is the [start, end) of the period in that year. "last May" has ended before the
    anchor, "next May" starts after it; otherwise the occurrence nearest to the anchor wins, and one
    against the sentence's tense must be TENSE_PENALTY_DAYS nearer.
    """
    year = anchor.year
    if direction in ("<", "<!"):  # "last winter" in January: not the winter still under way, which began last year
        while span_in(year)[1] > anchor:
            year -= 1
        if direction == "<!" and (anchor - span_in(year)[0]).days <= JUST_GONE_DAYS:
            year -= 1  # "last Easter" two days after Easter: the year before's
        return year
    if direction == ">":
        return year if span_in(year)[0] > anchor else year + 1
    if direction == ">=":  # the one under way or the next ("December corn" in December is this December's; "before
        # the winter is out" in January is the winter that began last year)
        if span_in(year - 1)[1] > anchor:
            return year - 1
        return year if span_in(year)[1] > anchor else year + 1
    if direction == "=":
        return year
    return min((year - 1, year, year + 1), key=lambda candidate: (_distance(*span_in(candidate), anchor, cue),
                                                                  candidate != year))


def pick_day(days: list[date], anchor: date, direction: str, cue: str | None) -> date:
    """The occurrence of a holiday (its days in the years around the anchor, a lunar one twice in some years) that
    the direction and tense pick, as pick_year picks a year."""
    if direction in ("<", "<!"):
        before = sorted(day for day in days if day < anchor)
        if direction == "<!" and len(before) > 1 and (anchor - before[-1]).days <= JUST_GONE_DAYS:
            return before[-2]  # "last Easter" two days after Easter: the year before's
        return before[-1] if before else min(days)
    if direction == ">":
        return min((day for day in days if day > anchor), default=max(days))
    if direction == "=":  # the one in the anchor's year ("Diwali last year"), the first listed (a holiday's days come
        # in order; a name that may mean two holidays lists the likelier one's first)
        return next((day for day in days if day.year == anchor.year), days[0])
    return min(days, key=lambda day: (_distance(*one_day(day), anchor, cue), day.year != anchor.year))


def _distance(start: date, end: date, anchor: date, cue: str | None) -> int:
    """Days from the anchor to the period [start, end), plus a penalty when it lies against the sentence's tense."""
    days = (start - anchor).days if start > anchor else (anchor - end).days + 1 if end <= anchor else 0
    if not days:
        return 0
    later, tense = start > anchor, tense_of(cue)
    against = (tense == "past" and later) or (tense == "future" and not later)
    penalty = (STRONG_TENSE_PENALTY_DAYS if cue and cue.endswith("!") else
               CLAUSE_TENSE_PENALTY_DAYS if cue and cue.endswith("~") else TENSE_PENALTY_DAYS)
    if 28 <= (end - start).days <= 31:
        penalty = max(penalty, MONTH_TENSE_PENALTY_DAYS)
    # Without a tense cue news looks back: a future date must be clearly nearer.
    return days + (penalty if against else NO_TENSE_PENALTY_DAYS if later and not tense else 0)


def easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus)."""
    golden, century, rest = year % 19, year // 100, year % 100
    epact = (19 * golden + century - century // 4 - (8 * century + 13) // 25 + 15) % 30
    weekday = (32 + 2 * (century % 4) + 2 * (rest // 4) - epact - rest % 4) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return date(year, month, day + 1)


def day_of_month(day: int, anchor: date, direction: str, cue: str | None) -> date:
    """"the 12th" alone: that day in the anchor's month or the one before or after, as a month-day picks its year."""
    months = [add_months(date(anchor.year, anchor.month, 1), step) for step in (-1, 0, 1)]
    candidates = [first.replace(day=day) for first in months if day <= month_length(first)]
    if direction == "<":
        candidates = [c for c in candidates if c < anchor] or candidates
    elif direction == ">":
        candidates = [c for c in candidates if c > anchor] or candidates
    tense = tense_of(cue)
    return min(candidates, key=lambda candidate: day_distance(candidate, anchor, tense))


def day_distance(candidate: date, anchor: date, tense: str | None) -> int:
    """Days from the anchor to a day of an unnamed month, plus a penalty when it lies against the tense."""
    against = (tense == "past" and candidate > anchor) or (tense == "future" and candidate < anchor)
    return abs((candidate - anchor).days) + (DAY_TENSE_PENALTY_DAYS if against else 0)


def month_length(first: date) -> int:
    return (add_months(first, 1) - first).days


def nth_weekday(year: int, month: int, nth: int, weekday: int, from_day: int = 1) -> date:
    """The nth ISO weekday of a month (nth 5: the last one) counted from from_day: Thanksgiving is (11, 4, 4),
    US Election Day, the Tuesday after the first Monday, is (11, 1, 2, 2). Counted from a day, the weekday may fall
    in the next month (Cyber Monday, the first Monday from November 26, is (11, 1, 1, 26): December 2, 2024)."""
    first = date(year, month, from_day)
    day = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    while nth == 5 and day.month != month:
        day -= timedelta(days=7)
    return day


def weekend_of(day: date, tense: str | None) -> str:
    """"the weekend": the coming one in future tense or when written on it, else the one just past.

    On a Saturday a past sentence means the weekend before ("stolen over the weekend"); on a Sunday a future one
    means the next ("frost by the weekend"): the weekend being written on is starting, or ending."""
    monday = day - timedelta(days=day.weekday())
    if tense == "future" and day.weekday() == SUNDAY:
        monday += timedelta(days=7)
    elif tense != "future" and (day.weekday() < 5 or tense == "past" and day.weekday() == SATURDAY):
        monday -= timedelta(days=7)
    year, week, _ = monday.isocalendar()
    return f"{year:04d}-W{week:02d}-WE"


def weekday_from(target: int, direction: str, day: date) -> date:
    delta = target - day.isoweekday()
    if direction in ("=", "<~", ">~") and delta == 0:
        return day
    if direction.startswith("<"):
        return day + timedelta(days=delta - 7 if delta >= 0 else delta)
    if direction.startswith(">"):
        return day + timedelta(days=delta + 7 if delta <= 0 else delta)
    return day + timedelta(days=delta)  # "=": the same ISO week

