"""Small pieces every exporter shares: date order, and the date as a reader reads it."""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from timeline.dates import TimePoint
from timeline.model import Event


def in_date_order(events: Iterable[Event]) -> list[Event]:
    return sorted(events, key=Event.sort_key)


def date_label(event: Event) -> str:
    return event.date_label


def moment(point: TimePoint) -> dt.datetime | None:
    """The first instant of the point as a naive datetime, in UTC when it has an offset.

    None when Python's datetime cannot hold it (before year 1, or out of range once shifted to UTC).
    """
    if not 1 <= point.year <= 9999:
        return None
    if point.hour is None:
        return dt.datetime(point.year, point.month or 1, point.day or 1)
    local = dt.datetime(point.year, point.month, point.day, point.hour, point.minute, point.second or 0)
    try:
        return local - utc_offset(point.tz)
    except OverflowError:
        return None


def utc_offset(tz: str | None) -> dt.timedelta:
    """"+08:00", "-0530", "Z" or None as a timedelta east of UTC."""
    if not tz or tz == "Z":
        return dt.timedelta(0)
    digits = tz[1:].replace(":", "")
    delta = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return -delta if tz[0] == "-" else delta


def latest_publication(event: Event) -> dt.datetime | None:
    """When the event was last reported: the latest source publication known to the day or better."""
    moments = [moment(s.published) for s in event.sources if s.published is not None and s.published.day]
    return max((m for m in moments if m is not None), default=None)
