"""Writing extracted events into events/ without ever undoing a person's work.

A hidden state file, events/.timeline/extracted.json (hidden folders are skipped by the event loader),
remembers each event extraction wrote and the hash of the text it wrote:

- a file whose text still has that hash is the extractor's own and may be updated (a new source);
- a file whose text changed was edited by hand and is kept as it is;
- a file that is gone was deleted by hand: the rejection is remembered and the event never comes back;
- an event that a person already wrote (same id, or same date and much the same title) is not duplicated.

Planning reads only; `apply_plan` is the one step that writes, each file atomically.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from timeline.errors import ExtractionError
from timeline.eventfile import event_path, event_to_yaml, iter_event_paths, read_event_file, schema_reference
from timeline.extract.merge import same_event
from timeline.model import Event
from timeline.safeio import is_inside, write_atomic

STATE_PATH = Path(".timeline") / "extracted.json"
STATE_VERSION = 1
ACTIONS = ("new", "updated", "unchanged", "edited", "rejected", "exists")


@dataclass(frozen=True)
class Change:
    action: str  # one of ACTIONS
    event: Event
    path: Path
    text: str | None = None  # what will be written, for "new" and "updated"
    note: str = ""


@dataclass
class Plan:
    root: Path
    changes: list[Change] = field(default_factory=list)
    state: dict = field(default_factory=dict)

    def count(self, action: str) -> int:
        return sum(1 for c in self.changes if c.action == action)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_state(root: Path) -> dict:
    path = root / STATE_PATH
    if not path.exists():
        return {"version": STATE_VERSION, "events": {}, "rejected": {}}
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ExtractionError(f"{path}: cannot read the extraction memory ({error}); fix or delete it") from None
    if not isinstance(state, dict) or not isinstance(state.get("events"), dict):
        raise ExtractionError(f"{path}: not an extraction memory file; fix or delete it")
    state.setdefault("rejected", {})
    return state


def _existing(root: Path) -> dict[str, tuple[Event, Path]]:
    found: dict[str, tuple[Event, Path]] = {}
    if not root.exists():
        return found
    for path in iter_event_paths(root):
        loaded, _problems = read_event_file(path)
        if loaded is not None:
            found.setdefault(loaded.id, (loaded.event, path))
    return found


def plan_writes(root: Path, events: list[Event]) -> Plan:
    """What writing these events would change; reads files, writes nothing."""
    state = read_state(root)
    plan = Plan(root, state=state)
    existing = _existing(root)
    for event in events:
        plan.changes.append(_plan_one(root, event, state, existing))
    return plan


def _plan_one(root: Path, event: Event, state: dict, existing: dict) -> Change:
    key = event.event_id
    if key in state["rejected"]:
        return Change("rejected", event, root / state["rejected"][key], note="deleted by hand earlier")
    record = state["events"].get(key)
    if record is not None:
        return _plan_known(root, event, state, existing, record)
    path = event_path(root, event)
    text = event_to_yaml(event, schema_reference(root, path))
    if path.exists() and path.read_text(encoding="utf-8") == text:
        # written by a run that was interrupted before it could note it: ours, as written
        return Change("unchanged", event, path, text, note="adopted")
    twin = existing.get(key) or next(
        ((e, p) for e, p in existing.values() if same_event(e, event)), None
    )
    if twin is not None:
        return Change("exists", event, twin[1], note="an event file for it is already there")
    return Change("new", event, path, text)


def _plan_known(root: Path, event: Event, state: dict, existing: dict, record: dict) -> Change:
    key = event.event_id
    path = root / record["path"]
    if not is_inside(root, path):
        raise ExtractionError(f"{root / STATE_PATH}: path {record['path']!r} leaves {root}; fix or delete the file")
    if not path.exists():
        if key in existing:  # moved by a person: theirs now
            return Change("edited", event, existing[key][1], note="moved by hand")
        return Change("rejected", event, path, note="deleted by hand; will not be re-created")
    current = path.read_text(encoding="utf-8")
    if _digest(current) != record["sha256"]:
        return Change("edited", event, path, note="edited by hand; kept as edited")
    loaded, _ = read_event_file(path)
    merged = _with_new_sources(loaded.event, event) if loaded is not None else event
    text = event_to_yaml(merged, schema_reference(root, path))
    if text == current:
        return Change("unchanged", event, path)
    return Change("updated", merged, path, text, note="new source")


def _with_new_sources(old: Event, new: Event) -> Event:
    sources = list(old.sources) + [s for s in new.sources if s not in old.sources]
    return new.model_copy(update={"sources": sources})


def apply_plan(plan: Plan) -> None:
    """Write the new and updated files atomically, then the memory of what was written and rejected."""
    root, state = plan.root, plan.state
    for change in plan.changes:
        key = change.event.event_id
        relative = change.path.relative_to(root).as_posix() if is_inside(root, change.path) else None
        if change.action == "new":
            try:
                write_atomic(change.path, change.text, overwrite=False)
            except FileExistsError:
                continue  # someone wrote it meanwhile: theirs wins
            state["events"][key] = {"path": relative, "sha256": _digest(change.text)}
        elif change.action == "updated":
            write_atomic(change.path, change.text, overwrite=True)
            state["events"][key] = {"path": relative, "sha256": _digest(change.text)}
        elif change.action == "unchanged" and change.note == "adopted":
            state["events"][key] = {"path": relative, "sha256": _digest(change.text)}
        elif change.action == "rejected" and key not in state["rejected"]:
            state["rejected"][key] = relative
            state["events"].pop(key, None)
    state["version"] = STATE_VERSION
    text = json.dumps(state, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    path = root / STATE_PATH
    if not path.exists() or path.read_text(encoding="utf-8") != text:  # a re-run that changes nothing writes nothing
        write_atomic(path, text)
