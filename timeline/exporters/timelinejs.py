"""TimelineJS3 JSON: the file Knight Lab's TimelineJS opens as is (`new TL.Timeline(id, "timeline.json")`).

Dates are split into year/month/day/hour/minute at their precision only: "2012-05" gives year and month,
never a made-up day. Values are strings, as TimelineJS's own Google Sheets converter writes them (a
number 0 would read as "absent" when TimelineJS picks a display format). Years are astronomical, as
JavaScript's Date counts them (0 is 1 BCE); BCE dates, bounds ("by 2015"), approximate dates and clock
times with an offset also get a `display_date` written the way the site writes them.

TimelineJS renders headline, text, caption, credit and group as HTML, so all of them are escaped; the
summary is Markdown rendered with raw HTML shown as text.

Each slide also carries a `timeline` object, which TimelineJS ignores, holding what TimelineJS has no
place for (actors, places, status, sources, the Markdown summary, the date with its offset...), so that
`timeline import` of an exported file gives back the same events.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any, Sequence

from timeline.dates import TimePoint
from timeline.exporters._common import date_label, in_date_order
from timeline.markup import quoted_url, summary_html
from timeline.model import Event

EXTENSION_KEY = "timeline"
EXTENSION_FIELDS = {"date", "end", "approximate", "bound", "status", "summary", "actors", "places", "tags", "sources", "review"}
# JavaScript's Date covers about 271,821 years either side of 1970; beyond it TimelineJS needs its
# "cosmological" scale, which counts whole years only.
JS_DATE_YEARS = 271_000


def render(events: Sequence[Event], title: str = "Timeline") -> str:
    """The events (in date order) as TimelineJS3 JSON text."""
    ordered = in_date_order(events)
    data: dict[str, Any] = {"title": {"text": {"headline": escape(title), "text": ""}}}
    data["events"] = [slide(event) for event in ordered]
    if any(abs(event.date.year) > JS_DATE_YEARS for event in ordered):
        data["scale"] = "cosmological"
    text = json.dumps(data, ensure_ascii=False, indent=2)
    # "</" escaped so the JSON can also sit inside a <script> element without closing it.
    return text.replace("</", "<\\/") + "\n"


def date_object(point: TimePoint) -> dict[str, str]:
    """A TimelineJS date: only the parts the point has, so TimelineJS shows it at the same precision."""
    parts = {"year": point.year, "month": point.month, "day": point.day}
    if point.hour is not None:
        parts.update(hour=point.hour, minute=point.minute, second=point.second)
    return {name: str(value) for name, value in parts.items() if value is not None}


def display_date(event: Event) -> str | None:
    """The date as the site writes it, where TimelineJS's own formatting would lose something."""
    points = [event.date] + ([event.end] if event.end else [])
    needs_text = event.bound or event.approximate or any(p.year <= 0 or p.tz for p in points)
    return date_label(event) if needs_text else None


def slide(event: Event) -> dict[str, Any]:
    data: dict[str, Any] = {"start_date": date_object(event.date)}
    if event.end is not None:
        data["end_date"] = date_object(event.end)
    shown = display_date(event)
    if shown:
        data["display_date"] = escape(shown)
    data["text"] = {"headline": escape(event.title), "text": summary_html(event.summary)}
    if event.media is not None:
        media = {"url": event.media.url, "caption": event.media.caption, "credit": event.media.credit}
        data["media"] = {key: (quoted_url(value) if key == "url" else escape(value)) for key, value in media.items() if value}
    if event.tags:
        data["group"] = escape(event.tags[0])
    data["unique_id"] = event.event_id
    extension = event.model_dump(mode="json", exclude_defaults=True, include=EXTENSION_FIELDS - {"review"})
    if event.review_state == "draft":
        extension["review"] = "draft"  # an extracted draft must not come back approved
    data[EXTENSION_KEY] = extension
    return data
