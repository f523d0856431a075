"""Turning rows of an import file into events, and deciding which to write, skip or report.

Rows are validated by the same model and with the same located wording as event files
("file.csv:3:2: 'date': expected ..."). An import is all or nothing: any invalid row, or any row whose
id is already used by a different event, is reported and nothing is written, so a fixed file can simply
be imported again (events already present and identical are skipped).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.errors import Problem
from timeline.eventfile import Location, Path_, ParsedDocument, display_path, event_path, load_events, validate_data
from timeline.model import Event, derive_id


@dataclass(frozen=True)
class Candidate:
    """A valid event read from an import file, with where it stands in that file."""

    event: Event
    display: str
    line: int
    column: int = 1

    @property
    def where(self) -> str:
        return f"{self.display}:{self.line}"


@dataclass
class Plan:
    to_write: list[Candidate] = field(default_factory=list)
    unchanged: list[Candidate] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def build_event(data: dict[str, Any], positions: dict[Path_, Location], display: str) -> tuple[Event | None, list[Problem]]:
    """Validate one row's fields as an event file's; problems located through positions (model path -> place)."""
    doc = ParsedDocument(data, dict(positions), dict(positions), [])
    event, problems = validate_data(data, doc, display)
    if event is not None and event.id == derive_id(event.date, event.title):
        event = event.model_copy(update={"id": None})  # a derived id need not be written down
    return event, problems


def comparable(event: Event) -> Event:
    """The event as import compares it: ids made explicit, and provenance (origin, review) left aside."""
    return event.model_copy(update={"id": event.event_id, "origin": "manual", "review": None})


def plan_import(candidates: list[Candidate], root: Path, base: Path | None = None) -> Plan:
    existing = {item.id: item for item in load_events(root, base)[0]} if root.exists() else {}
    plan = Plan()
    seen: dict[str, Candidate] = {}
    for candidate in candidates:
        event_id = candidate.event.event_id
        earlier = seen.setdefault(event_id, candidate)
        if earlier is not candidate:
            plan.problems.append(_problem(candidate, f"'id': '{event_id}' is already used by {earlier.where}"))
            continue
        present = existing.get(event_id)
        if present is not None:
            if comparable(present.event) == comparable(candidate.event):
                plan.unchanged.append(candidate)
            else:
                where = f"{display_path(present.path, base)}:{present.line}"
                plan.problems.append(
                    _problem(candidate, f"'id': '{event_id}' is already used by {where}, a different event; "
                             "edit that file, or give this one another id")
                )
            continue
        target = event_path(root, candidate.event)
        if target.exists():
            plan.problems.append(_problem(candidate, f"{display_path(target, base)} already exists and is not a valid event file"))
            continue
        plan.to_write.append(candidate)
    return plan


def _problem(candidate: Candidate, message: str) -> Problem:
    return Problem(candidate.display, candidate.line, candidate.column, message)
