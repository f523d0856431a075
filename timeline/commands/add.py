"""`timeline add`: write one valid event file by hand, at its stable path, never over another."""

from __future__ import annotations

from pathlib import Path

import click

from timeline.errors import TimelineError, UsageError
from timeline.eventfile import ParsedDocument, event_path, validate_data, write_new_event
from timeline.model import Event


def _build_event(fields: dict) -> Event:
    data = {key: value for key, value in fields.items() if value not in (None, (), [])}
    event, problems = validate_data(data, ParsedDocument(data, {}, {}, []), "")
    if event is None:
        raise UsageError("\n".join(_as_option(p.message) for p in problems))
    return event


def _as_option(message: str) -> str:
    """"'date': expected ..." becomes "--date: expected ...": the user typed an option, not a key."""
    field, _, rest = message.partition(": ")
    return f"--{field.strip(chr(39)).split('.')[0].split('[')[0]}: {rest}"


@click.command("add")
@click.option("--title", required=True, help="Headline of the event.")
@click.option("--date", "date", required=True, help="ISO 8601 at the precision known: 2008, 2012-05, 2012-06-05.")
@click.option("--end", help="Last day (or month, year) of a range.")
@click.option("--status", help="happened, scheduled, target, expected, ongoing, cancelled or postponed.")
@click.option("--bound", type=click.Choice(["before", "by", "after"]), help="The event happens before/by/after the date.")
@click.option("--approximate", is_flag=True, default=None, help="The date is approximate.")
@click.option("--summary", help="Markdown text.")
@click.option("--actor", "actors", multiple=True, help="A person, organization or country (repeatable).")
@click.option("--place", "places", multiple=True, help="A place (repeatable).")
@click.option("--tag", "tags", multiple=True, help="A tag (repeatable).")
@click.option("--id", "id_", help="Id to use instead of the one derived from date and title.")
@click.option("--events", "root", default="events", type=click.Path(path_type=Path), help="The events folder.")
def command(root: Path, id_: str | None, **fields) -> None:
    """Write a new event file under events/<year>/<id>.yaml."""
    event = _build_event({"id": id_, **{k: list(v) if isinstance(v, tuple) else v for k, v in fields.items()}})
    target = event_path(root, event)
    if target.exists():
        raise UsageError(f"{target} already exists; edit it, or give another --title or --id")
    try:
        path = write_new_event(root, event)
    except FileExistsError:
        raise UsageError(f"{target} already exists; edit it, or give another --title or --id") from None
    except OSError as error:
        raise TimelineError(f"{target}: cannot write the event: {error.strerror}") from None
    click.echo(f"wrote {path}")
