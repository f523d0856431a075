"""`timeline validate [PATH...]`: check every event file and report every problem, located."""

from __future__ import annotations

from pathlib import Path

import click

from timeline.errors import UsageError, ValidationError
from timeline.eventfile import iter_event_paths, load_event_files


@click.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--github", is_flag=True, help="Also print problems as GitHub Actions ::error annotations.")
def command(paths: tuple[Path, ...], github: bool) -> None:
    """Check the event files under PATHS (default: events/), files or folders."""
    paths = paths or (Path("events"),)
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise UsageError(f"{', '.join(missing)}: no such file or folder; expected event files such as events/2012/x.yaml")
    files = (file for path in paths for file in iter_event_paths(path))
    events, problems = load_event_files(files, Path.cwd())
    if github:
        for problem in sorted(problems):
            click.echo(f"::error file={problem.path},line={problem.line},col={problem.column}::{problem.message}")
    if problems:
        raise ValidationError(problems)
    noun = "event" if len(events) == 1 else "events"
    click.echo(f"{len(events)} {noun} valid")
