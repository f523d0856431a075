"""Events from CSV: the columns `timeline export --format csv` writes (see timeline.exporters.csv).

Only `title` and `date` are required; columns may come in any order, and a spreadsheet's empty rows
and missing trailing cells are fine. Unknown columns are reported (with the closest known name), as
unknown keys are in event files: a misspelt `sumary` column must not lose every summary silently.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from typing import Any

from timeline.errors import Problem
from timeline.eventfile import Location, Path_
from timeline.exporters.csv import EVENT_COLUMNS, LIST_COLUMNS, MEDIA_COLUMNS, SOURCE_FIELDS, is_text_column, unguard
from timeline.importers.plan import Candidate, build_event

SOURCE_COLUMN = re.compile(r"^source(?P<number>[2-9]|[1-9]\d+)?_(?P<field>[a-z]+)$")
REQUIRED_COLUMNS = ("title", "date")
TRUE_WORDS = {"true", "yes", "1"}
FALSE_WORDS = {"false", "no", "0"}
KNOWN_COLUMNS = (*EVENT_COLUMNS, *MEDIA_COLUMNS, *(f"source_{f}" for f in SOURCE_FIELDS), "review")


def is_known_column(name: str) -> bool:
    match = SOURCE_COLUMN.match(name)
    if match:
        return match["field"] in SOURCE_FIELDS
    return name in KNOWN_COLUMNS


def header_problems(header: list[str], display: str) -> list[Problem]:
    problems = []
    for column, name in enumerate(header, start=1):
        if not is_known_column(name):
            close = difflib.get_close_matches(name, KNOWN_COLUMNS, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            problems.append(Problem(display, 1, column, f"unknown column '{name}'{hint}"))
        elif header.index(name) != column - 1:
            problems.append(Problem(display, 1, column, f"column '{name}' appears twice"))
    for name in REQUIRED_COLUMNS:
        if name not in header:
            problems.append(Problem(display, 1, 1, f"required column '{name}' is missing"))
    return problems


def read(text: str, display: str) -> tuple[list[Candidate], list[Problem]]:
    """Every row of the CSV text as a Candidate; problems located as display:LINE:COLUMN."""
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        return [], [Problem(display, 1, 1, "expected a header row naming the columns, such as title,date")]
    except csv.Error as error:
        return [], [Problem(display, 1, 1, f"not valid CSV: {error}")]
    problems = header_problems(header, display)
    if problems:
        return [], problems
    candidates: list[Candidate] = []
    line = reader.line_num + 1
    try:
        for cells in reader:
            row_problems = _read_row(header, cells, display, line, candidates)
            problems.extend(row_problems)
            line = reader.line_num + 1
    except csv.Error as error:
        problems.append(Problem(display, line, 1, f"not valid CSV: {error}"))
    return candidates, problems


def _read_row(header: list[str], cells: list[str], display: str, line: int, out: list[Candidate]) -> list[Problem]:
    if not any(cell.strip() for cell in cells):
        return []  # spreadsheets keep blank rows; they are no event
    if len(cells) > len(header):
        return [Problem(display, line, len(header) + 1, f"this row has {len(cells)} cells, the header names {len(header)}")]
    data, positions = row_fields(header, cells, line)
    event, problems = build_event(data, positions, display)
    if event is not None:
        out.append(Candidate(event, display, line))
    return problems


def row_fields(header: list[str], cells: list[str], line: int) -> tuple[dict[str, Any], dict[Path_, Location]]:
    """One row as event fields, and where each field's cell stands (for located problems)."""
    data: dict[str, Any] = {}
    positions: dict[Path_, Location] = {(): (line, 1)}
    media: dict[str, str] = {}
    sources: dict[int, dict[str, str]] = {}
    source_columns: dict[tuple[int, str], int] = {}
    for column, (name, raw) in enumerate(zip(header, cells), start=1):
        value = unguard(raw) if is_text_column(name) else raw
        value = value if name == "summary" else value.strip()
        if not value:
            continue
        match = SOURCE_COLUMN.match(name)
        if match:
            number = int(match["number"] or 1)
            sources.setdefault(number, {})[match["field"]] = value
            source_columns[(number, match["field"])] = column
        elif name in MEDIA_COLUMNS:
            media[name.removeprefix("media_")] = value
            positions[("media", name.removeprefix("media_"))] = (line, column)
            positions.setdefault(("media",), (line, column))
        else:
            data[name] = _field_value(name, value)
            positions[(name,)] = (line, column)
    if media:
        data["media"] = media
    if sources:
        data["sources"] = [sources[number] for number in sorted(sources)]
        for index, number in enumerate(sorted(sources)):
            for field_name in sources[number]:
                positions[("sources", index, field_name)] = (line, source_columns[(number, field_name)])
    if data.get("review") == "approved":
        del data["review"]  # approved is what a manual event is without saying so
    data["origin"] = "manual"
    return data, positions


def _field_value(name: str, value: str) -> Any:
    if name in LIST_COLUMNS:
        return [item.strip() for item in value.split(";") if item.strip()]
    if name == "approximate":
        word = value.lower()
        return True if word in TRUE_WORDS else False if word in FALSE_WORDS else value
    return value
