"""Second phase: anchor the underspecified values that rules emit to the DCT or to the previous date.

Spec language (what rules write in `value`), alternatives separated by "||", first usable wins:
  @dct:Y-1        offset from the document creation time: unit Y/H/Q/M/W/D/DE/CE/WE, amount or X (vague)
  @ref:D+1        the same, from the latest date mentioned before (narrative: "the next day")
  @ref:Y-1^       offset that keeps the reference's own granularity ("a year earlier" after a quarter)
  @dct:WD=5~      named position: WD weekday, MO month, MD month-day, Q quarter, H half, SE season;
                  direction < previous, > next, = same period, ~ decided by the sentence's tense
Anything else (2012-06-05, P3Y, PRESENT_REF, ...) is absolute and passes through.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Iterable, Iterator

from timeline.temporal.calendar import Period, format_period, parse_value, period_of, rank, shift, shift_keep
from timeline.temporal.model import Match, Timex

SPEC_RE = re.compile(
    r"@(?P<anchor>dct|ref):(?:(?P<unit>[A-Z]+)(?P<sign>[+-])(?P<amount>X|\d+(?:\.\d+)?)(?P<keep>\^)?"
    r"|(?P<field>[A-Z]+)=(?P<target>[\w-]+)(?P<direction>[<>=~]))$"
)
PRECISION = {"CE": "century", "DE": "decade", "Y": "year", "H": "half", "SE": "season", "Q": "quarter",
             "M": "month", "W": "week", "D": "day"}
SEASONS = ("SP", "SU", "FA", "WI")
HISTORY = 12  # how many earlier dates are kept as possible references


def resolve_all(matches: Iterable[Match], dct: date | None) -> Iterator[Timex]:
    """Resolve matches in document order; each resolved date becomes a reference for the next ones."""
    anchor = Period("D", dct) if dct else None
    history: list[Period] = []
    for match in matches:
        value = resolve_value(match, anchor, history)
        period = parse_value(value) if match.type in ("DATE", "TIME") else None
        if period is not None:
            history.append(period)
            del history[:-HISTORY]
        yield Timex(match.start, match.end, match.text, match.type, value, match.mod,
                    precision_of(value), match.rule)


def resolve_value(match: Match, anchor: Period | None, history: list[Period]) -> str:
    alternatives = match.value.split("||")
    for position, alternative in enumerate(alternatives):
        if not alternative.startswith("@"):
            return normalize_absolute(alternative) + match.suffix
        spec = SPEC_RE.match(alternative)
        if spec is None:
            continue
        base = anchor if spec["anchor"] == "dct" else _reference(spec, history)
        if base is None and spec["anchor"] == "ref" and not spec["keep"] and position == len(alternatives) - 1:
            base = anchor  # nothing mentioned yet: the narrative starts at the DCT
        if base is None:
            continue
        value = _resolve_spec(spec, base, match.tense)
        if value is not None:
            return value + match.suffix
    return _underspecified(match.value.split("||")[-1]) + match.suffix


def _reference(spec: re.Match, history: list[Period]) -> Period | None:
    """The latest earlier date fine enough for the spec; with ^ only a recent quarter or half counts."""
    if spec["keep"]:
        for period in reversed(history[-3:]):
            if period.unit in ("Q", "H"):
                return period
        return None
    needed = rank(spec["unit"] or _FIELD_UNIT.get(spec["field"], "D"))
    for period in reversed(history):
        if rank(period.unit) >= needed:
            return period
    return None


_FIELD_UNIT = {"WD": "D", "MD": "M", "MO": "Y", "Q": "Y", "H": "Y", "SE": "Y"}


def _resolve_spec(spec: re.Match, base: Period, tense: str | None) -> str | None:
    try:
        if spec["unit"]:
            return _offset(spec, base)
        return _position(spec["field"], spec["target"], spec["direction"], base, tense)
    except (OverflowError, ValueError):
        return None


def _offset(spec: re.Match, base: Period) -> str:
    unit, amount = spec["unit"], spec["amount"]
    if amount == "X":
        return "PAST_REF" if spec["sign"] == "-" else "FUTURE_REF"
    number = float(amount)
    if number != int(number):  # "a year and a half ago": count in the next smaller unit
        unit, number = {"Y": ("M", number * 12), "M": ("D", number * 30), "D": ("D", number)}.get(unit, (unit, number))
    steps = int(number) * (-1 if spec["sign"] == "-" else 1)
    if unit == "WE":
        moved = shift(base, "W", steps)
        return format_period(Period("W", moved.start, "WE"))
    if unit not in PRECISION:
        return "PAST_REF" if steps < 0 else "FUTURE_REF" if steps > 0 else "PRESENT_REF"
    if spec["keep"] and rank(base.unit) > rank(unit) and base.unit != "D":
        return format_period(shift_keep(base, unit, steps))
    return format_period(shift(base, unit, steps))


def _position(field: str, target: str, direction: str, base: Period, tense: str | None) -> str | None:
    if direction == "~":
        # News reports mostly look back: a bare weekday without a tense cue is the latest one.
        direction = {"future": ">~", "past": "<~"}.get(tense or "", "<~" if field == "WD" else "=")
    if field == "WD":
        return _weekday(int(target), direction, base.start).isoformat()
    year = base.start.year
    if field == "MD":
        month, day = (int(part) for part in target.split("-"))
        key, here = (month, day), (base.start.month, base.start.day if base.unit == "D" else 0)
        year = _pick_year(key, here, direction, year)
        return date(year, month, day).isoformat()
    order = {"MO": lambda t: int(t), "Q": lambda t: int(t), "H": lambda t: int(t),
             "SE": lambda t: SEASONS.index(t) + 1}[field]
    current = {"MO": base.start.month, "Q": (base.start.month - 1) // 3 + 1,
               "H": 1 if base.start.month <= 6 else 2,
               "SE": (base.start.month % 12) // 3 + 1 if base.unit != "SE" else SEASONS.index(base.extra) + 1}[field]
    year = _pick_year(order(target), current, direction, year)
    prefix = {"MO": "", "Q": "Q", "H": "H", "SE": ""}[field]
    return f"{year:04d}-{prefix}{int(target):02d}" if field == "MO" else f"{year:04d}-{prefix}{target}"


def _pick_year(target, current, direction: str, year: int) -> int:
    """Year of a month/quarter/season: "last May" is strictly before, "May" in past tense not after."""
    if direction == "<":
        return year if target < current else year - 1
    if direction == ">":
        return year if target > current else year + 1
    if direction == "<~":
        return year if target <= current else year - 1
    if direction == ">~":
        return year if target >= current else year + 1
    return year


def _weekday(target: int, direction: str, day: date) -> date:
    delta = target - day.isoweekday()
    if direction in ("=", "<~", ">~") and delta == 0:
        return day
    if direction.startswith("<"):
        return day + timedelta(days=delta - 7 if delta >= 0 else delta)
    if direction.startswith(">"):
        return day + timedelta(days=delta + 7 if delta <= 0 else delta)
    return day + timedelta(days=delta)  # "=": the same ISO week


def _underspecified(spec_text: str) -> str:
    """No anchor available (no DCT): keep the value underspecified, in TIMEX3 form where there is one."""
    spec = SPEC_RE.match(spec_text)
    if spec is None or spec["unit"]:
        if spec is not None and spec["amount"] == "X":
            return "PAST_REF" if spec["sign"] == "-" else "FUTURE_REF"
        return spec_text
    field, target = spec["field"], spec["target"]
    return {"WD": f"XXXX-WXX-{target}", "MD": f"XXXX-{target}", "MO": f"XXXX-{target}",
            "Q": f"XXXX-Q{target}", "H": f"XXXX-H{target}", "SE": f"XXXX-{target}"}[field]


DURATION_UNITS = {"TH": ("T", "H"), "TM": ("T", "M"), "TS": ("T", "S")}
DURATION_RE = re.compile(r"P(?P<amount>X|\d+(?:\.\d+)?)(?P<unit>[A-Z]+)$")


def normalize_absolute(value: str) -> str:
    """Durations written with unit codes become TIMEX3 durations: P5TH -> PT5H, P2DE -> P20Y."""
    match = DURATION_RE.match(value)
    if match is None:
        return value
    amount, unit = match["amount"], match["unit"]
    if unit in DURATION_UNITS:
        return f"PT{amount}{DURATION_UNITS[unit][1]}"
    scale = {"DE": 10, "CE": 100, "ML": 1000}.get(unit)
    if scale and amount != "X":
        return f"P{_number(float(amount) * scale)}Y"
    if unit == "WE" and amount != "X":
        return f"P{_number(float(amount) * 2)}D"
    if amount != "X" and "." in amount:
        return f"P{_number(float(amount))}{unit}"
    return value


def _number(number: float) -> str:
    return str(int(number)) if number == int(number) else str(number)


def precision_of(value: str) -> str | None:
    period = parse_value(value)
    if period is None:
        return None
    return "time" if "T" in value else PRECISION.get(period.unit)


def as_date(dct: date | datetime | None) -> date | None:
    if isinstance(dct, datetime):
        return dct.date()
    return dct
