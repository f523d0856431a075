"""`timeline timex FILE --published YYYY-MM-DD`: print the temporal expressions found in a text file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click

from timeline.dates import DateFormatError
from timeline.errors import UsageError
from timeline.published import parse_publication_date


def parse_published(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        point = parse_publication_date(text.strip())
    except DateFormatError:
        point = None
    if point is None or point.precision != "day" or point.year < 1:
        raise UsageError(f"--published must be a date like 2012-06-05, not {text!r}")
    return date(point.year, point.month, point.day)


@click.command(name="timex")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date (the DCT) that relative dates refer to.")
@click.option("--format", "output_format", type=click.Choice(["json", "timeml"]), default="json", show_default=True)
@click.option("--language", default="en", show_default=True, metavar="NAME|FOLDER",
              help="A language of the package (en) or a folder of temporal resources (lexicon, grammar, rules).")
def command(file: Path, published: str | None, output_format: str, language: str) -> None:
    """Find and normalize the temporal expressions (TimeML TIMEX3) in FILE."""
    from timeline.temporal import tag
    from timeline.temporal.timeml import to_timeml

    dct = parse_published(published)
    resources = Path(language) if Path(language).is_dir() else language
    try:
        text = file.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        raise UsageError(f"cannot read {file}: {error.strerror or error}") from None
    timexes = tag(text, dct, language=resources)
    if output_format == "json":
        click.echo(json.dumps([t.to_json() for t in timexes], ensure_ascii=False, indent=2))
    else:
        click.echo(to_timeml(text, timexes))
