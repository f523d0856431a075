"""`timeline schema`: print (or write) the JSON Schema of event files."""

from __future__ import annotations

from pathlib import Path

import click

from timeline.safeio import write_atomic
from timeline.schema import event_schema_text


@click.command("schema")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write to this file instead of standard output.")
def command(output: Path | None) -> None:
    """Print the JSON Schema that event files follow (for the YAML language server)."""
    text = event_schema_text()
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomic(output, text)
        click.echo(f"wrote {output}")
