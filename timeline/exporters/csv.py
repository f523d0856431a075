"""CSV for spreadsheets: one row per event, one column per field, lists joined with "; ".

The columns are the event fields (`id`, `date`, `end`, `title`, ...), then `media_url`, `media_caption`,
`media_credit`, then one group of `source_url`, `source_title`, `source_publisher`, `source_published`,
`source_quote` per source (`source2_url`... when an event has a second one), then `review`. `timeline
import` reads the same columns back, so an export can be edited in a spreadsheet and imported again.

A text cell that a spreadsheet would run as a formula (one starting with = + - @, tab or carriage
return) is written with a leading apostrophe, as spreadsheets themselves do; the importer removes it.
A name that itself contains ";" does not survive the round trip: it reads back as two names.
"""

from __future__ import annotations

import csv
import io
from typing import Any, Sequence

from timeline.exporters._common import in_date_order
from timeline.model import Event

LIST_SEPARATOR = "; "
EVENT_COLUMNS = ("id", "date", "end", "title", "summary", "status", "approximate", "bound", "actors", "places", "tags")
MEDIA_COLUMNS = ("media_url", "media_caption", "media_credit")
SOURCE_FIELDS = ("url", "title", "publisher", "published", "quote")
LIST_COLUMNS = ("actors", "places", "tags")
# Free text that anyone (or any article) may have written: guarded against formula injection.
TEXT_COLUMNS = {"title", "summary", "actors", "places", "tags", "media_caption", "media_credit"}
TEXT_SOURCE_FIELDS = {"title", "publisher", "quote"}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def source_prefix(number: int) -> str:
    """"source_" for the first source, "source2_" for the second..."""
    return "source_" if number == 1 else f"source{number}_"


def columns(source_count: int) -> list[str]:
    names = [*EVENT_COLUMNS, *MEDIA_COLUMNS]
    for number in range(1, max(source_count, 1) + 1):
        names.extend(source_prefix(number) + field for field in SOURCE_FIELDS)
    names.append("review")
    return names


def render(events: Sequence[Event]) -> str:
    ordered = in_date_order(events)
    header = columns(max((len(event.sources) for event in ordered), default=1))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\r\n")
    writer.writeheader()
    for event in ordered:
        writer.writerow(row(event))
    return buffer.getvalue()


def row(event: Event) -> dict[str, str]:
    values: dict[str, Any] = {
        "id": event.event_id,
        "date": str(event.date),
        "end": str(event.end) if event.end else "",
        "title": event.title,
        "summary": event.summary,
        "status": event.status,
        "approximate": "true" if event.approximate else "",
        "bound": event.bound or "",
        "review": event.review_state,
    }
    for name in LIST_COLUMNS:
        values[name] = LIST_SEPARATOR.join(getattr(event, name))
    if event.media is not None:
        for field in ("url", "caption", "credit"):
            values[f"media_{field}"] = getattr(event.media, field) or ""
    for number, source in enumerate(event.sources, start=1):
        for field in SOURCE_FIELDS:
            value = getattr(source, field)
            values[source_prefix(number) + field] = "" if value is None else str(value)
    return {name: guard(value) if is_text_column(name) else value for name, value in values.items()}


def is_text_column(name: str) -> bool:
    if name in TEXT_COLUMNS:
        return True
    return name.startswith("source") and name.partition("_")[2] in TEXT_SOURCE_FIELDS


def guard(text: str) -> str:
    """Prefix an apostrophe where a spreadsheet would see a formula (or where one would be stripped)."""
    if text.startswith(FORMULA_STARTS) or (text.startswith("'") and text[1:2] in (*FORMULA_STARTS, "'")):
        return "'" + text
    return text


def unguard(text: str) -> str:
    """The inverse of guard: drop the apostrophe a spreadsheet puts before a formula-like text."""
    if text.startswith("'") and text[1:2] and text[1:2] in (*FORMULA_STARTS, "'"):
        return text[1:]
    return text
