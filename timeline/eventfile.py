"""Reading event files into Events with located problems, and writing Events back as YAML.

Every problem in every file is collected, each with the file, line and column of the value at fault,
so that one `timeline validate` run (or one `mkdocs build`) shows everything there is to fix.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

import yaml
from pydantic import ValidationError as PydanticValidationError

from timeline.dates import TimePoint
from timeline.errors import Problem
from timeline.model import FIELD_NAMES, ID_EXAMPLE, Event, year_folder
from timeline.safeio import write_atomic

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
EVENT_SUFFIXES = (".yaml", ".yml")
SCHEMA_RELATIVE_PATH = "schema/event.schema.json"


class EventLoader(_BaseLoader):
    """A safe loader that keeps dates as the text written: `2012-02-30` must reach our own check."""


EventLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != TIMESTAMP_TAG]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}

Location = tuple[int, int]
Path_ = tuple[Any, ...]


@dataclass(frozen=True)
class LoadedEvent:
    event: Event
    path: Path
    line: int

    @property
    def id(self) -> str:
        return self.event.event_id


@dataclass
class ParsedDocument:
    """Parsed YAML with the line and column of each value and key, and the problems found so far."""

    data: Any
    values: dict[Path_, Location]
    keys: dict[Path_, Location]
    problems: list[Problem]


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return repr(value)


def _walk(node: yaml.Node, path: Path_, doc: ParsedDocument, display: str) -> None:
    doc.values[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = key_node.value
            location = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if key in seen:
                doc.problems.append(Problem(display, *location, f"{_field_label(path + (key,))}: duplicate key"))
            seen.add(key)
            doc.keys[path + (key,)] = location
            _walk(value_node, path + (key,), doc, display)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, path + (index,), doc, display)


def parse_document(text: str, display: str) -> ParsedDocument:
    """Parse YAML text, remembering where each key and value stands; syntax errors become problems."""
    doc = ParsedDocument(None, {}, {}, [])
    loader = EventLoader(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            _walk(node, (), doc, display)
            doc.data = loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        reason = error.problem or error.context or "not valid YAML"
        doc.problems.append(Problem(display, line, column, f"YAML syntax error: {reason}"))
    except yaml.YAMLError as error:
        doc.problems.append(Problem(display, 1, 1, f"YAML syntax error: {error}"))
    finally:
        loader.dispose()
    return doc


def _field_label(path: Path_) -> str:
    label = ""
    for part in path:
        label += f"[{part}]" if isinstance(part, int) else (f".{part}" if label else str(part))
    return f"'{label}'"


def _locate(doc: ParsedDocument, path: Path_) -> Location:
    while path and path not in doc.values:
        path = path[:-1]
    return doc.values.get(path, (1, 1))


def _translate(error: dict[str, Any], doc: ParsedDocument, display: str) -> Problem:
    """One pydantic error as a person reads it: field, what was expected, what was found."""
    path = tuple(error["loc"])
    kind = error["type"]
    found = _describe(error.get("input"))
    field = _field_label(path)
    if kind == "extra_forbidden":
        name = str(path[-1])
        known = FIELD_NAMES if len(path) == 1 else ()
        close = difflib.get_close_matches(name, known or _sibling_names(path), n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        line, column = doc.keys.get(path, _locate(doc, path))
        return Problem(display, line, column, f"{field}: unknown key{hint}")
    if kind == "missing":
        line, column = _locate(doc, path[:-1])
        return Problem(display, line, column, f"{field}: required, but missing")
    line, column = _locate(doc, path)
    if kind == "end_before_date":
        line, column = _locate(doc, ("end",))
        return Problem(display, line, column, f"'end': {error['msg']}")
    if kind == "time_point":
        return Problem(display, line, column, f"{field}: {error['msg']}")
    return Problem(display, line, column, f"{field}: {_expectation(error, path)}, got {found}")


def _sibling_names(path: Path_) -> tuple[str, ...]:
    from timeline.model import Media, Source

    parent = next((p for p in reversed(path[:-1]) if isinstance(p, str)), "")
    return tuple({"sources": Source, "media": Media}.get(parent, Event).model_fields)


EXPECTATIONS = {
    "string_type": "expected text",
    "bool_type": "expected true or false",
    "list_type": "expected a list",
    "model_type": "expected a mapping",
    "dict_type": "expected a mapping",
    "string_too_short": "expected some text",
    "too_short": "expected at least one item",
}


def _expectation(error: dict[str, Any], path: Path_) -> str:
    kind = error["type"]
    if kind == "literal_error":
        return "expected one of " + error["ctx"]["expected"].replace("'", "")
    if kind == "string_pattern_mismatch":
        if path and path[-1] == "id":
            return f"expected lowercase letters, digits and hyphens such as {ID_EXAMPLE}"
        return "expected an http(s) address or a path inside the site"
    if kind == "string_too_long":
        return f"expected at most {error['ctx']['max_length']} characters"
    return EXPECTATIONS.get(kind, error["msg"].lower())


def validate_data(data: Any, doc: ParsedDocument, display: str) -> tuple[Event | None, list[Problem]]:
    if not isinstance(data, dict):
        what = "an empty file" if data is None else _describe(data)
        return None, [Problem(display, 1, 1, f"expected a mapping of event fields such as 'title' and 'date', got {what}")]
    try:
        return Event.model_validate(data), []
    except PydanticValidationError as error:
        problems = [_translate(e, doc, display) for e in error.errors(include_url=False)]
    # pydantic checks end against date only once every field is valid; report it now all the same.
    order = _range_problem(data)
    if order and not any(p.message.startswith("'end': ") and "is before" in p.message for p in problems):
        problems.append(Problem(display, *_locate(doc, ("end",)), f"'end': {order}"))
    return None, problems


def _range_problem(data: dict[str, Any]) -> str | None:
    try:
        start, end = TimePoint.parse(data["date"]), TimePoint.parse(data["end"])
    except (KeyError, ValueError):
        return None
    return f"{end} is before 'date' {start}" if end.end_key() < start.start_key() else None


def read_event_file(path: Path, display: str | None = None) -> tuple[LoadedEvent | None, list[Problem]]:
    """Read and validate one event file; problems are located in `display` (the path as the user gave it)."""
    display = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return None, [Problem(display, 1, 1, f"cannot read the file: {error}")]
    doc = parse_document(text, display)
    if doc.problems and doc.data is None:
        return None, doc.problems
    event, problems = validate_data(doc.data, doc, display)
    problems = doc.problems + problems
    if event is None or problems:
        return None, problems
    return LoadedEvent(event, path, doc.values.get((), (1, 1))[0]), []


def iter_event_paths(root: Path) -> Iterator[Path]:
    """Every event file below root, in a stable order; hidden folders (editor state, extraction memory) skipped."""
    if root.is_file():
        yield root
        return
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.endswith(EVENT_SUFFIXES) and not name.startswith("."):
                yield Path(folder) / name


def load_events(root: Path, base: Path | None = None) -> tuple[list[LoadedEvent], list[Problem]]:
    """Load every event below root; return the valid events in date order and every problem found."""
    return load_event_files(iter_event_paths(root), base)


def load_event_files(paths: Iterable[Path], base: Path | None = None) -> tuple[list[LoadedEvent], list[Problem]]:
    """Load the given event files (each once); the valid events in date order, and every problem found."""
    loaded: list[LoadedEvent] = []
    problems: list[Problem] = []
    for path in dict.fromkeys(paths):
        event, file_problems = read_event_file(path, display_path(path, base))
        problems.extend(file_problems)
        if event is not None:
            loaded.append(event)
    problems.extend(duplicate_id_problems(loaded, base))
    loaded.sort(key=lambda item: item.event.sort_key())
    return loaded, sorted(problems)


def display_path(path: Path, base: Path | None) -> str:
    """The path as the user knows it: relative to base (the working folder) when it lies inside."""
    if base is not None:
        try:
            return str(path.relative_to(base))
        except ValueError:
            pass
    return str(path)


def duplicate_id_problems(loaded: Iterable[LoadedEvent], base: Path | None = None) -> list[Problem]:
    first_seen: dict[str, LoadedEvent] = {}
    problems = []
    for item in sorted(loaded, key=lambda i: str(i.path)):
        earlier = first_seen.setdefault(item.id, item)
        if earlier is not item:
            where = f"{display_path(earlier.path, base)}:{earlier.line}"
            problems.append(
                Problem(display_path(item.path, base), item.line, 1, f"'id': '{item.id}' is already used by {where}")
            )
    return problems


def event_path(root: Path, event: Event) -> Path:
    """Where an event lives: root/<year>/<id>.yaml. The id pattern admits no separator or dot-dot."""
    path = root / year_folder(event.date) / f"{event.event_id}.yaml"
    if root.resolve() not in path.resolve().parents:
        raise ValueError(f"event id {event.event_id!r} would leave {root}")
    return path


FIELD_ORDER = tuple(FIELD_NAMES)


def event_to_yaml(event: Event, schema_ref: str | None = None) -> str:
    """The event as a diff-friendly YAML document: fields in model order, defaults left out."""
    data = event.model_dump(mode="json", exclude_defaults=True)
    data.setdefault("title", event.title)
    for key in ("date", "end"):
        if key in data and getattr(event, key).precision == "year" and event.date.year > 0:
            data[key] = getattr(event, key).year  # a bare year reads better unquoted
    ordered = {key: data[key] for key in FIELD_ORDER if key in data}
    header = f"# yaml-language-server: $schema={schema_ref}\n" if schema_ref else ""
    return header + yaml.dump(ordered, Dumper=_BlockDumper, sort_keys=False, allow_unicode=True, width=100)


class _BlockDumper(yaml.SafeDumper):
    """Multi-line text as `|` blocks, so a summary diffs line by line; dates unquoted, as people write them."""


_BlockDumper.yaml_implicit_resolvers = EventLoader.yaml_implicit_resolvers


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_BlockDumper.add_representer(str, _represent_str)


def schema_reference(root: Path, target: Path) -> str | None:
    """The schema's path relative to an event file, when the project keeps the schema beside events/."""
    schema = root.resolve().parent / SCHEMA_RELATIVE_PATH
    if not schema.exists():
        return None
    return os.path.relpath(schema, target.resolve().parent).replace(os.sep, "/")


def write_new_event(root: Path, event: Event) -> Path:
    """Write an event at its stable path; refuse (FileExistsError) to replace a file already there."""
    path = event_path(root, event)
    text = event_to_yaml(event, schema_reference(root, path))
    write_atomic(path, text, overwrite=False)
    return path
