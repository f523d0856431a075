"""An Atom 1.0 feed (RFC 4287) of events, for feed readers.

Entries are newest first by `updated`, which is when the event was last reported (its sources'
latest publication date), else the event's own date, else 1970-01-01: never the time of the build, so
an unchanged timeline gives an unchanged feed. Text goes through ElementTree, which escapes it; the
summary is Markdown rendered with raw HTML shown as text, carried as escaped HTML content.
"""

from __future__ import annotations

import datetime as dt
import re
from html import escape
from typing import Callable, Sequence
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree as ET

from timeline.exporters._common import date_label, in_date_order, latest_publication, moment
from timeline.markup import quoted_url, summary_html
from timeline.model import Event

ATOM_NS = "http://www.w3.org/2005/Atom"
EPOCH = dt.datetime(1970, 1, 1)
# Characters XML 1.0 forbids even when escaped: a stray control byte must not make the feed unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def render(
    events: Sequence[Event],
    title: str,
    site_url: str,
    event_url: Callable[[Event], str],
    feed_url: str | None = None,
) -> str:
    """The feed as XML text; event_url gives each event's page (absolute, or relative to site_url).

    feed_url, where the feed itself will be served, becomes the rel="self" link feed readers expect.
    """
    entries = sorted(in_date_order(events), key=updated, reverse=True)
    feed = ET.Element("feed", {"xmlns": ATOM_NS})
    _text(feed, "title", title)
    _text(feed, "id", atom_id(site_url, "urn:timeline:feed"))
    ET.SubElement(feed, "link", {"rel": "alternate", "type": "text/html", "href": quoted_url(site_url)})
    if feed_url:
        ET.SubElement(feed, "link", {"rel": "self", "type": "application/atom+xml", "href": quoted_url(urljoin(site_url, feed_url))})
    _text(feed, "updated", rfc3339(max((updated(e) for e in entries), default=EPOCH)))
    _text(ET.SubElement(feed, "author"), "name", title)
    _text(feed, "generator", "timeline")
    for event in entries:
        feed.append(entry(event, urljoin(site_url, event_url(event))))
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def entry(event: Event, url: str) -> ET.Element:
    element = ET.Element("entry")
    _text(element, "title", event.title)
    _text(element, "id", atom_id(url, f"urn:timeline:event:{event.event_id}"))
    ET.SubElement(element, "link", {"rel": "alternate", "type": "text/html", "href": quoted_url(url)})
    _text(element, "updated", rfc3339(updated(event)))
    _text(element, "summary", date_label(event) + ("" if event.status == "happened" else f" ({event.status})"))
    body = f"<p>{escape(date_label(event))}</p>\n{summary_html(event.summary)}".strip()
    _text(element, "content", body, type="html")
    for tag in event.tags:
        ET.SubElement(element, "category", {"term": _clean(tag)})
    return element


def atom_id(url: str, fallback: str) -> str:
    """An id must be an absolute IRI; a site built without site_url only has relative addresses."""
    return quoted_url(url) if urlsplit(url).scheme else fallback


def updated(event: Event) -> dt.datetime:
    return latest_publication(event) or moment(event.date) or EPOCH


def rfc3339(moment_: dt.datetime) -> str:
    return f"{moment_.year:04d}-{moment_.month:02d}-{moment_.day:02d}T{moment_:%H:%M:%S}Z"


def _text(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    child = ET.SubElement(parent, tag, attributes)
    child.text = _clean(text)
    return child


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)
