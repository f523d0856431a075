"""`timeline import FILE`: events from CSV or TimelineJS JSON, validated like event files, written as new files."""

from __future__ import annotations

import importlib
from pathlib import Path

import click

from timeline.errors import TimelineError, UsageError, ValidationError
from timeline.eventfile import event_path, write_new_event
from timeline.importers import FORMATS
from timeline.importers.plan import Plan, plan_import

SUFFIX_FORMATS = {".csv": "csv", ".json": "timelinejs"}


def guess_format(path: Path) -> str:
    format_name = SUFFIX_FORMATS.get(path.suffix.lower())
    if format_name is None:
        raise UsageError(f"{path}: cannot tell the format from the name; give --format csv or --format timelinejs")
    return format_name


def read_plan(path: Path, format_name: str, root: Path) -> Plan:
    """Read and validate every row, then compare with the events under root; raise with every problem found."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"{path}: cannot read the file: {error}") from None
    reader = importlib.import_module(f"timeline.importers.{format_name}")
    candidates, problems = reader.read(text, str(path))
    if problems:
        raise ValidationError(problems)
    plan = plan_import(candidates, root, Path.cwd() if not root.is_absolute() else None)
    if plan.problems:
        raise ValidationError(plan.problems)
    return plan


@click.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("-f", "--format", "format_name", type=click.Choice(FORMATS), help="csv or timelinejs (default: from the file name).")
@click.option("--events", "root", default="events", show_default=True, type=click.Path(path_type=Path, file_okay=False), help="The events folder.")
@click.option("--dry-run", is_flag=True, help="Check everything and say what would be written, but write nothing.")
def command(file: Path, format_name: str | None, root: Path, dry_run: bool) -> None:
    """Add the events of a CSV or TimelineJS JSON file as new event files (all or nothing)."""
    plan = read_plan(file, format_name or guess_format(file), root)
    verb = "would write" if dry_run else "wrote"
    for candidate in plan.to_write:
        target = event_path(root, candidate.event)
        if not dry_run:
            try:
                write_new_event(root, candidate.event)
            except FileExistsError:
                raise TimelineError(f"{target} appeared while importing; nothing after {candidate.where} was written") from None
            except OSError as error:
                raise TimelineError(f"{target}: cannot write the event: {error.strerror}") from None
        click.echo(f"{verb} {target}")
    click.echo(summary(plan, file, dry_run))


def summary(plan: Plan, file: Path, dry_run: bool) -> str:
    new, same = len(plan.to_write), len(plan.unchanged)
    text = f"{'would import' if dry_run else 'imported'} {new} new {'event' if new == 1 else 'events'} from {file}"
    if same:
        text += f"; {same} already present and unchanged"
    return text + (" (dry run: nothing written)" if dry_run else "")
