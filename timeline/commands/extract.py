"""`timeline extract PATH...`: turn news articles into event files under events/, safely re-runnable."""

from __future__ import annotations

from pathlib import Path

import click

from timeline.dates import DateFormatError, TimePoint
from timeline.errors import ExtractionError, UsageError
from timeline.published import parse_publication_date


def _published(value: str | None) -> TimePoint | None:
    if value is None:
        return None
    try:
        return parse_publication_date(value)
    except DateFormatError as error:
        raise UsageError(f"--published: {error}") from None


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", help="Publication date for articles that do not give one (2012-06-05, 5 June 2012).")
@click.option("--out", "root", default="events", show_default=True, type=click.Path(path_type=Path),
              help="The events folder to write into.")
@click.option("--dry-run", is_flag=True, help="Print what would change; write nothing.")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(min=1),
              help="Articles extracted in parallel, one process each.")
def command(paths: tuple[Path, ...], published: str | None, root: Path, dry_run: bool, jobs: int) -> None:
    """Extract events from articles (.txt with optional front matter, .md, .html), files or folders."""
    from rich.console import Console

    from timeline.extract.batch import collect_paths
    from timeline.extract.merge import join_events
    from timeline.extract.store import apply_plan, plan_writes

    console = Console(stderr=True, highlight=False)
    date = _published(published)
    files, errors = collect_paths(paths)
    for message in errors:
        console.print(f"[red]error:[/red] {message}", markup=True)
    results = _run(files, date, jobs, console)
    failed = [r for r in results if r.error]
    warnings = [w for r in results for w in r.warnings]
    events, joined = join_events([e for r in results for e in r.events])
    plan = plan_writes(root, events)
    _print_changes(plan, dry_run)
    if not dry_run:
        apply_plan(plan)
    _print_summary(len(results), len(failed), joined, plan, warnings, dry_run)
    if failed or errors:
        raise ExtractionError(f"{len(failed) + len(errors)} of {len(results) + len(errors)} inputs failed; see above")


def _run(files, date, jobs, console):
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from timeline.extract.batch import run_batch

    columns = (TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True, disable=not files) as progress:
        task = progress.add_task("extract", total=len(files))

        def done(result) -> None:
            if result.error:
                progress.console.print(f"[red]error:[/red] {result.error}", markup=True, highlight=False)
            for warning in result.warnings:
                progress.console.print(f"[yellow]warning:[/yellow] {warning}", markup=True, highlight=False)
            progress.advance(task)

        return run_batch(files, date, jobs, done)


def _print_changes(plan, dry_run: bool) -> None:
    verbs = {"new": "would write" if dry_run else "wrote", "updated": "would update" if dry_run else "updated"}
    for change in plan.changes:
        if change.action in verbs:
            click.echo(f"{verbs[change.action]} {change.path}" + (f" ({change.note})" if change.note else ""))
        elif change.action in ("edited", "rejected") or (dry_run and change.action == "exists"):
            click.echo(f"kept {change.path}: {change.note}")


def _print_summary(read: int, failed: int, joined: set[str], plan, warnings: list[str], dry_run: bool) -> None:
    kept = plan.count("edited") + plan.count("exists")
    # merged: an existing event that gained a source, or a new one that several articles report
    merged = plan.count("updated") + sum(1 for c in plan.changes if c.action == "new" and c.event.event_id in joined)
    new = plan.count("new") - (merged - plan.count("updated"))
    parts = [
        f"{read - failed} of {read} articles read",
        f"events: {new} new, {merged} merged, {plan.count('unchanged')} unchanged",
        f"{kept} kept as people wrote them, {plan.count('rejected')} deleted by hand not re-created",
        f"{len(warnings)} warning{'s' if len(warnings) != 1 else ''}",
    ]
    click.echo(("dry run, nothing written: " if dry_run else "") + "; ".join(parts))
