"""`timeline validate [PATH]`: check every event file and report every problem, located."""

from __future__ import annotations

from pathlib import Path

import click

from timeline.errors import UsageError, ValidationError
from timeline.eventfile import load_events


@click.command("validate")
@click.argument("path", default="events", type=click.Path(path_type=Path))
@click.option("--github", is_flag=True, help="Also print problems as GitHub Actions ::error annotations.")
def command(path: Path, github: bool) -> None:
    """Check the event files under PATH (default: events/)."""
    if not path.exists():
        raise UsageError(f"{path}: no such file or folder; expected event files such as events/2012/x.yaml")
    base = Path.cwd() if not path.is_absolute() else None
    events, problems = load_events(path, base)
    if github:
        for problem in problems:
            click.echo(f"::error file={problem.path},line={problem.line},col={problem.column}::{problem.message}")
    if problems:
        raise ValidationError(problems)
    noun = "event" if len(events) == 1 else "events"
    click.echo(f"{len(events)} {noun} valid in {path}")
