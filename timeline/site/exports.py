"""The Atom feed and the TimelineJS JSON written next to the built site, through timeline.exporters."""

from __future__ import annotations

import importlib
import inspect
import logging
import os
from pathlib import Path
from typing import Callable, Sequence

from timeline.model import Event
from timeline.safeio import is_inside, write_atomic

log = logging.getLogger("mkdocs.plugins.timeline")

FEED_NAME = "feed.xml"
TIMELINEJS_NAME = "timeline.json"
PUBLISHED_MODE = 0o644  # readable by the web server, like every page MkDocs writes


def _exporter(name: str):
    """The exporter module, or None (logged) when this installation does not have it."""
    try:
        return importlib.import_module(f"timeline.exporters.{name}")
    except ImportError as error:
        log.info(f"timeline: not writing the {name} export: {error}")
        return None


def write_exports(
    site_dir: Path,
    events: Sequence[Event],
    title: str,
    site_url: str,
    event_url: Callable[[Event], str],
    feed: bool,
    timelinejs: bool,
    feed_limit: int = 0,
) -> list[Path]:
    """Write feed.xml and timeline.json inside site_dir (as enabled); return the files written.

    The feed carries the `feed_limit` most recently updated events (all when 0): feed readers poll it,
    so it stays small however long the timeline grows. timeline.json carries every event.
    """
    written = []
    if feed and (atom := _exporter("atom")) is not None:
        extra = {"feed_url": FEED_NAME} if "feed_url" in inspect.signature(atom.render).parameters else {}
        latest = latest_events(events, feed_limit, getattr(atom, "updated", None))
        text = atom.render(latest, title=title, site_url=site_url, event_url=event_url, **extra)
        written.append(_write(site_dir, FEED_NAME, text))
    if timelinejs and (tljs := _exporter("timelinejs")) is not None:
        written.append(_write(site_dir, TIMELINEJS_NAME, tljs.render(events, title=title)))
    return written


def latest_events(events: Sequence[Event], limit: int, updated: Callable[[Event], object] | None) -> Sequence[Event]:
    """The `limit` latest events, by the exporter's own notion of "updated" when it has one, else by date."""
    if limit <= 0 or len(events) <= limit:
        return events
    ordered = sorted(events, key=updated) if updated else list(events)
    return ordered[-limit:]


def _write(site_dir: Path, name: str, text: str) -> Path:
    target = site_dir / name
    if not is_inside(site_dir, target):  # names are constants; the check keeps it so if they ever change
        raise ValueError(f"{target} is outside {site_dir}")
    write_atomic(target, text)
    os.chmod(target, PUBLISHED_MODE)  # the temporary file behind the atomic write is private (0600)
    return target
