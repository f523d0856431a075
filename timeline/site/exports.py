"""The Atom feed and the TimelineJS JSON written next to the built site, through timeline.exporters."""

from __future__ import annotations

import importlib
import inspect
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

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
        target = _target(site_dir, TIMELINEJS_NAME)
        _write_timelinejs(target, tljs.render, events, title)
        written.append(target)
    return written


CHUNK = 2000
_EVENTS_MARK = "\u0000timeline-events\u0000"


class _ChunksDisagree(Exception):
    """Two chunks rendered different document frames: the document must be rendered whole."""


def _write_timelinejs(target: Path, render: Callable[..., str], events: Sequence[Event], title: str) -> None:
    try:
        _write_pieces(target, timelinejs_pieces(render, events, title))
    except _ChunksDisagree:
        _write_pieces(target, iter([render(events, title=title)]))


def timelinejs_pieces(
    render: Callable[..., str], events: Sequence[Event], title: str, chunk: int | None = None
) -> Iterator[str]:
    """The exporter's TimelineJS text, produced a few thousand events at a time.

    The exporter builds the whole document in memory, several times the size of the file (about 700 MB
    at 100,000 events). Here it renders chunks of events in date order and their slides are written out
    one chunk after another inside the document's frame, formatted exactly as the exporter formats it
    (json.dumps, indent 2, "</" escaped). Raises _ChunksDisagree if two chunks disagree on anything but
    their slides (and "scale", which is cosmological as soon as one event needs it).
    """
    chunk = chunk or CHUNK
    if len(events) <= chunk:
        yield render(events, title=title)
        return
    frame: dict[str, Any] | None = None
    for start in range(0, len(events), chunk):
        document = json.loads(render(events[start:start + chunk], title=title))
        slides = document.pop("events", [])
        if frame is None:
            frame = document
            yield _frame_text(frame)[0]
        else:
            if not _same_frame(frame, document):
                raise _ChunksDisagree()
            yield ",\n"
        yield ",\n".join(_indented(slide) for slide in slides)
    yield _frame_text(frame or {})[1]


def _same_frame(frame: dict[str, Any], part: dict[str, Any]) -> bool:
    if part.get("scale") and not frame.get("scale"):
        frame["scale"] = part["scale"]  # only ever written after the events, so still to come
    return {k: v for k, v in part.items() if k != "scale"} == {k: v for k, v in frame.items() if k != "scale"}


def _frame_text(frame: dict[str, Any]) -> tuple[str, str]:
    """The document's text before and after its slides; the exporter puts "title" first, "scale" last."""
    keys = [key for key in frame if key != "scale"]
    document = {key: frame[key] for key in keys[:1]}
    document["events"] = [_EVENTS_MARK]
    document.update((key, frame[key]) for key in keys[1:] + (["scale"] if "scale" in frame else []))
    text = json.dumps(document, ensure_ascii=False, indent=2).replace("</", "<\\/") + "\n"
    head, tail = text.split("    " + json.dumps(_EVENTS_MARK))
    return head, tail


def _indented(slide: Any) -> str:
    text = json.dumps(slide, ensure_ascii=False, indent=2).replace("</", "<\\/")
    return "    " + text.replace("\n", "\n    ")


def latest_events(events: Sequence[Event], limit: int, updated: Callable[[Event], object] | None) -> Sequence[Event]:
    """The `limit` latest events, by the exporter's own notion of "updated" when it has one, else by date."""
    if limit <= 0 or len(events) <= limit:
        return events
    ordered = sorted(events, key=updated) if updated else list(events)
    return ordered[-limit:]


def _target(site_dir: Path, name: str) -> Path:
    target = site_dir / name
    if not is_inside(site_dir, target):  # names are constants; the check keeps it so if they ever change
        raise ValueError(f"{target} is outside {site_dir}")
    return target


def _write(site_dir: Path, name: str, text: str) -> Path:
    target = _target(site_dir, name)
    write_atomic(target, text)
    os.chmod(target, PUBLISHED_MODE)  # the temporary file behind the atomic write is private (0600)
    return target


def _write_pieces(target: Path, pieces: Iterator[str]) -> None:
    """Write text piece by piece to a temporary file beside target, then rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            for piece in pieces:
                handle.write(piece)
        os.chmod(temporary, PUBLISHED_MODE)
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
