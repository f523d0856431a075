"""`timeline export --format timelinejs|ics|csv|jsonl [-o FILE]`: the events in a format other tools read."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import click

from timeline.errors import TimelineError, UsageError, ValidationError
from timeline.eventfile import load_events
from timeline.exporters import FORMATS
from timeline.model import Event
from timeline.safeio import write_atomic


def load_valid_events(root: Path, approved_only: bool = False) -> list[Event]:
    """Every event under root, in date order; any invalid file stops the export with all problems located."""
    if not root.exists():
        raise UsageError(f"{root}: no such file or folder; expected event files such as events/2012/x.yaml")
    base = Path.cwd() if not root.is_absolute() else None
    loaded, problems = load_events(root, base)
    if problems:
        raise ValidationError(problems)
    events = [item.event for item in loaded]
    return [e for e in events if e.review_state == "approved"] if approved_only else events


def render(format_name: str, events: list[Event], title: str) -> str:
    module = importlib.import_module(f"timeline.exporters.{format_name}")
    if format_name in ("timelinejs", "ics"):
        return module.render(events, title=title)
    return module.render(events)


def _warn_skipped(format_name: str, events: list[Event]) -> None:
    if format_name != "ics":
        return
    from timeline.exporters import ics

    left_out = ics.skipped(events)
    if left_out:
        ids = ", ".join(event.event_id for event in left_out)
        noun = "event" if len(left_out) == 1 else "events"
        click.echo(f"warning: iCalendar has no years before 1 (or after 9998); left out {len(left_out)} {noun}: {ids}", err=True)


@click.command("export")
@click.option("-f", "--format", "format_name", required=True, type=click.Choice(FORMATS), help="Output format.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="Write to FILE instead of standard output.")
@click.option("--events", "root", default="events", show_default=True, type=click.Path(path_type=Path), help="The events folder.")
@click.option("--approved-only", is_flag=True, help="Leave out drafts (extracted events not yet approved).")
@click.option("--title", default="Timeline", show_default=True, help="Title of the timeline or calendar.")
def command(format_name: str, output: Path | None, root: Path, approved_only: bool, title: str) -> None:
    """Write every event as TimelineJS JSON, iCalendar, CSV or JSON Lines."""
    events = load_valid_events(root, approved_only)
    text = render(format_name, events, title)
    _warn_skipped(format_name, events)
    if output is None:
        # Bytes, not text: CSV and iCalendar lines end with CRLF, which no platform may translate.
        stream = sys.stdout.buffer  # click.get_binary_stream is deprecated (Click 9)
        stream.write(text.encode("utf-8"))
        stream.flush()
        return
    try:
        write_atomic(output, text)
    except OSError as error:
        raise TimelineError(f"{output}: cannot write the export: {error.strerror}") from None
    noun = "event" if len(events) == 1 else "events"
    click.echo(f"wrote {len(events)} {noun} to {output}", err=True)
