"""The `timeline` command: a group whose subcommands live in timeline/commands/ and load on demand."""

from __future__ import annotations

import importlib
import sys

import click

from timeline.errors import TimelineError

# name -> module under timeline.commands that defines `command`; loaded only when used, so
# `timeline validate` does not pay for importing the tagger or trafilatura.
COMMANDS = {
    "add": "add",
    "eval-timex": "eval_timex",
    "export": "export",
    "extract": "extract",
    "import": "import_",
    "init": "init",
    "schema": "schema",
    "timex": "timex",
    "validate": "validate",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        module_name = COMMANDS.get(name)
        if module_name is None:
            return None
        module = importlib.import_module(f"timeline.commands.{module_name}")
        return module.command

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except TimelineError as error:
            click.echo(f"error: {error}" if not _is_report(error) else str(error), err=True)
            sys.exit(error.exit_code)


def _is_report(error: TimelineError) -> bool:
    # A validation report is a list of located lines; an "error: " prefix would break file:line parsing.
    return "\n" in str(error)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="timeline")
def main() -> None:
    """Turn news articles into a published timeline website."""
