"""The project's exceptions: one base class, caught by the CLI, which prints the message."""

from __future__ import annotations

from dataclasses import dataclass


class TimelineError(Exception):
    """Base of every error this project raises on purpose; its message is meant for a person."""

    exit_code = 1


class UsageError(TimelineError):
    """A command was given an argument it cannot use (a malformed date, a missing file)."""

    exit_code = 2


@dataclass(frozen=True, order=True)
class Problem:
    """One located problem in one file: what `timeline validate` prints, one per line."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class ValidationError(TimelineError):
    """One or more event files are invalid; carries every problem found, not only the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        lines = [str(p) for p in self.problems] + [f"{count} {noun} found"]
        super().__init__("\n".join(lines))


class ExtractionError(TimelineError):
    """An article could not be read or turned into events."""
