"""`timeline init DIR`: a new timeline project whose site builds at once (`mkdocs build --strict`)."""

from __future__ import annotations

from pathlib import Path

import click

from timeline.errors import TimelineError, UsageError
from timeline.eventfile import iter_event_paths
from timeline.safeio import is_inside, write_atomic
from timeline.scaffold import project_files


def check_target(directory: Path, force: bool) -> None:
    if directory.exists() and not directory.is_dir():
        raise UsageError(f"{directory} is a file; give a folder for the new project")
    if directory.is_dir() and any(directory.iterdir()) and not force:
        raise UsageError(
            f"{directory} is not empty; give --force to add the project files it lacks (existing files are kept)"
        )


def write_project(directory: Path, files: dict[str, str]) -> tuple[list[str], list[str]]:
    """Write each file that does not exist yet; return (written, kept) relative paths. Never overwrites."""
    written, kept = [], []
    for relative, text in files.items():
        target = directory / relative
        if not is_inside(directory, target):  # templates name their paths, but check all the same
            raise TimelineError(f"{relative}: refusing to write outside {directory}")
        if target.exists():
            kept.append(relative)
            continue
        try:
            write_atomic(target, text, overwrite=False)
        except FileExistsError:
            kept.append(relative)
            continue
        except OSError as error:
            raise TimelineError(f"{target}: cannot write: {error.strerror}") from None
        written.append(relative)
    return written, kept


def has_events(folder: Path) -> bool:
    return folder.is_dir() and next(iter_event_paths(folder), None) is not None


@click.command("init")
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--title", default="Timeline", show_default=True, help="The site's name.")
@click.option("--force", is_flag=True, help="Add the missing files to a folder that is not empty; existing files are kept.")
@click.option("--requirement", help="How the publish workflow installs this tool (a pip requirement line).")
def command(directory: Path, title: str, force: bool, requirement: str | None) -> None:
    """Create a timeline project in DIRECTORY: mkdocs.yml, events/, articles/, docs/, a publish workflow."""
    check_target(directory, force)
    directory.mkdir(parents=True, exist_ok=True)
    files = project_files(title, requirement)
    if has_events(directory / "events"):
        # An existing timeline gets the project files it lacks, not a stray example among its events.
        files = {path: text for path, text in files.items() if not path.startswith("events/")}
    written, kept = write_project(directory, files)
    for relative in written:
        click.echo(f"wrote {directory / relative}")
    for relative in kept:
        click.echo(f"kept {directory / relative} (already there)")
    click.echo(f"\nNext: cd {directory} && mkdocs serve   (then timeline add, git init, push to GitHub)")
