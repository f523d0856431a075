"""iCalendar (RFC 5545): events at their precision, for calendar applications.

- A day is an all-day event (`DTSTART;VALUE=DATE`); a month or a year is an all-day span covering all
  of it; a range ends (DTEND, exclusive) on the day after its last day, month or year.
- A clock time with an offset is converted to UTC (`...Z`); one without an offset stays floating
  (the same wall-clock time everywhere), which is what the source said.
- Scheduled, target, expected and postponed events are TENTATIVE, cancelled ones CANCELLED.
- Every event is TRANSPARENT: a timeline of history must not mark anyone busy.
- DTSTAMP is the latest publication date of the event's sources, or 1970-01-01: never the time of the
  export, so the same events always give the same file.
- iCalendar dates have four-digit years from 1 (there is no BCE): such events are left out; `skipped()`
  names them so the caller can say so.

Text is escaped (backslash, semicolon, comma, newline), lines are folded at 75 octets without splitting a
UTF-8 character, and every line ends with CRLF.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Sequence

from timeline.dates import TimePoint
from timeline.exporters._common import date_label, in_date_order, latest_publication, moment
from timeline.markup import quoted_url
from timeline.model import Event

CRLF = "\r\n"
MAX_OCTETS = 75
PRODID = "-//timeline//timeline export//EN"
EPOCH_STAMP = "19700101T000000Z"
STATUS = {
    "happened": "CONFIRMED",
    "ongoing": "CONFIRMED",
    "scheduled": "TENTATIVE",
    "target": "TENTATIVE",
    "expected": "TENTATIVE",
    "postponed": "TENTATIVE",
    "cancelled": "CANCELLED",
}


class Unrepresentable(ValueError):
    """An event whose dates iCalendar cannot write (before year 1, or past 9998)."""


def render(events: Sequence[Event], title: str = "Timeline", uid_domain: str = "timeline") -> str:
    """A VCALENDAR of the events that iCalendar can express, in date order."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(title)}",
    ]
    for event in in_date_order(events):
        try:
            lines.extend(vevent(event, uid_domain))
        except Unrepresentable:
            continue
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)


def skipped(events: Iterable[Event]) -> list[Event]:
    """The events `render` leaves out because iCalendar cannot write their dates."""
    left_out = []
    for event in events:
        try:
            vevent(event, "")
        except Unrepresentable:
            left_out.append(event)
    return left_out


def vevent(event: Event, uid_domain: str) -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{escape_text(event.event_id)}@{escape_text(uid_domain)}", f"DTSTAMP:{dtstamp(event)}"]
    lines.extend(timing(event))
    lines.append(f"SUMMARY:{escape_text(event.title)}")
    lines.append(f"DESCRIPTION:{escape_text(description(event))}")
    if event.places:
        lines.append(f"LOCATION:{escape_text(', '.join(event.places))}")
    if event.tags:
        lines.append("CATEGORIES:" + ",".join(escape_text(tag) for tag in event.tags))
    url = next((s.url for s in event.sources if s.url and s.url.startswith(("http://", "https://"))), None)
    if url:
        lines.append(f"URL:{quoted_url(url)}")
    lines.append(f"STATUS:{STATUS[event.status]}")
    lines.append("TRANSP:TRANSPARENT")
    lines.append("END:VEVENT")
    return lines


def timing(event: Event) -> list[str]:
    """DTSTART and DTEND: date-times only when every end of the event has a clock time."""
    start, end = event.date, event.end
    if start.hour is not None and (end is None or end.hour is not None):
        lines = [f"DTSTART:{date_time(start)}"]
        if end is not None and to_datetime(end) > to_datetime(start):
            lines.append(f"DTEND:{date_time(end)}")
        return lines
    first = first_day(start)
    after = day_after(end or start)
    return [f"DTSTART;VALUE=DATE:{ics_date(first)}", f"DTEND;VALUE=DATE:{ics_date(after)}"]


def first_day(point: TimePoint) -> dt.date:
    _check_year(point)
    return dt.date(point.year, point.month or 1, point.day or 1)


def day_after(point: TimePoint) -> dt.date:
    """The exclusive end: the day after the last day the point covers (a month's last day, a year's)."""
    _check_year(point)
    year, month, day = point.end_key()[:3]
    return dt.date(year, month, day) + dt.timedelta(days=1)


def _check_year(point: TimePoint) -> None:
    if not 1 <= point.year <= 9998:
        raise Unrepresentable(f"iCalendar cannot write the year {point.year_label()}")


def ics_date(day: dt.date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def to_datetime(point: TimePoint) -> dt.datetime:
    """The point as a naive datetime: UTC when it has an offset, its own wall clock when not."""
    _check_year(point)
    result = moment(point)
    if result is None:
        raise Unrepresentable(f"{point} is out of iCalendar's range")
    return result


def date_time(point: TimePoint) -> str:
    moment = to_datetime(point)
    text = f"{ics_date(moment.date())}T{moment.hour:02d}{moment.minute:02d}{moment.second:02d}"
    return text + ("Z" if point.tz else "")


def dtstamp(event: Event) -> str:
    """The latest publication of a source, at day precision or finer; the epoch when none is known."""
    published = latest_publication(event)
    if published is None or not 1 <= published.year <= 9998:
        return EPOCH_STAMP
    return f"{ics_date(published.date())}T{published.hour:02d}{published.minute:02d}{published.second:02d}Z"


def description(event: Event) -> str:
    """The date as the site writes it, then the summary, who was involved and where it is reported."""
    parts = [date_label(event) + ("" if event.status == "happened" else f" ({event.status})")]
    if event.summary.strip():
        parts.append(event.summary.strip())
    if event.actors:
        parts.append("Actors: " + ", ".join(event.actors))
    for source in event.sources:
        named = " \u2014 ".join(p for p in (source.title, source.publisher) if p)
        parts.append("Source: " + " ".join(p for p in (named, source.url) if p))
    return "\n\n".join(parts)


def escape_text(text: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon and comma escaped, newlines as \\n, other controls dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch in "\n\t" or not (ord(ch) < 32 or ord(ch) == 127))
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Split a content line into pieces of at most 75 octets, continuation lines starting with a space."""
    pieces, current, size = [], "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > MAX_OCTETS:
            pieces.append(current)
            current, size = " ", 1
        current += ch
        size += width
    pieces.append(current)
    return CRLF.join(pieces)
