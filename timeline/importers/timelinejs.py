"""Events from TimelineJS3 JSON: a timeline made with Knight Lab's tools, or `timeline export --format timelinejs`.

Each slide of `events` becomes an event: start_date/end_date at the precision given (a slide with a year
and month only stays a month), text.headline the title, text.text the summary (HTML turned to text),
group the first tag, media the media, unique_id the id when it is a valid one. A `display_date` starting
with "c." marks the date approximate, one starting with "before", "by" or "after" a bound. The title slide
and eras are not events and are left aside.

Slides exported by `timeline export` also carry a `timeline` object (see timeline.exporters.timelinejs);
its fields fill in what TimelineJS has no place for, and its date and summary are used only while they
still agree with what the slide shows, so an edit made in TimelineJS wins.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any, Callable

from timeline.dates import TimePoint
from timeline.errors import Problem
from timeline.eventfile import Location, Path_, parse_document
from timeline.markup import summary_html
from timeline.exporters.timelinejs import EXTENSION_FIELDS, EXTENSION_KEY
from timeline.importers.plan import Candidate, build_event
from timeline.model import ID_PATTERN

DATE_FIELDS = {"date": "start_date", "end": "end_date"}
DATE_PARTS = ("year", "month", "day", "hour", "minute", "second")
PASSED_THROUGH = EXTENSION_FIELDS - {"date", "end", "summary", "tags"}
BOUNDS = ("before", "by", "after")
APPROXIMATE_PREFIXES = ("c. ", "ca. ", "circa ")
# Model field -> where the same thing stands in a TimelineJS slide, for located problems.
SLIDE_PLACES = {"date": ("start_date",), "end": ("end_date",), "title": ("text", "headline"),
                "summary": ("text", "text"), "id": ("unique_id",), "media": ("media",)}
LABELS = {"date": "start_date", "end": "end_date", "title": "text.headline", "summary": "text.text",
          "id": "unique_id", "media": "media"}


def read(text: str, display: str) -> tuple[list[Candidate], list[Problem]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return [], [Problem(display, error.lineno, error.colno, f"not valid JSON: {error.msg}")]
    places = _json_places(text, display)
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        return [], [Problem(display, 1, 1, "expected a TimelineJS object with an 'events' list")]
    candidates, problems = [], []
    for index, slide in enumerate(data["events"]):
        where = places.get(("events", index), (1, 1))
        if not isinstance(slide, dict):
            problems.append(Problem(display, *where, f"'events[{index}]': expected a mapping, got {type(slide).__name__}"))
            continue
        fields, slide_problems = slide_fields(slide, ("events", index), places, display)
        positions = _positions(("events", index), fields, places, where)
        event, event_problems = build_event(fields, positions, display)
        # A date already reported as malformed is not reported again as missing.
        malformed = tuple(f"'{LABELS[name]}'" for name in DATE_FIELDS if name not in fields and slide.get(DATE_FIELDS[name]))
        problems.extend(slide_problems + [p for p in map(_relabel, event_problems) if not p.message.startswith(malformed)])
        if event is not None and not slide_problems:
            candidates.append(Candidate(event, display, *where))
    return candidates, problems


def _json_places(text: str, display: str) -> dict[Path_, Location]:
    """Where each value stands in the file: JSON is YAML, so the event file reader's map serves."""
    document = parse_document(text, display)
    return {} if document.problems else document.values


def _positions(slide_path: Path_, fields: dict[str, Any], places: dict[Path_, Location], where: Location) -> dict[Path_, Location]:
    positions: dict[Path_, Location] = {(): where}
    for name in fields:
        slide_place = slide_path + SLIDE_PLACES.get(name, (EXTENSION_KEY, name))
        positions[(name,)] = _nearest(places, slide_place, where)
    for name, value in fields.items():
        if isinstance(value, list):
            for index, item in enumerate(value):
                base = slide_path + (EXTENSION_KEY, name, index)
                positions[(name, index)] = _nearest(places, base, positions[(name,)])
                for key in item if isinstance(item, dict) else ():
                    positions[(name, index, key)] = _nearest(places, base + (key,), positions[(name, index)])
    for key in fields.get("media") or {}:
        positions[("media", key)] = _nearest(places, slide_path + ("media", key), positions[("media",)])
    return positions


def _nearest(places: dict[Path_, Location], path: Path_, default: Location) -> Location:
    return places.get(path, default)


def _relabel(problem: Problem) -> Problem:
    """"'date': ..." becomes "'start_date': ...": the message names what the user's file calls it."""
    match = re.match(r"'([a-z_]+)([^']*)'(.*)", problem.message, re.S)
    if not match:
        return problem
    root, rest, tail = match.groups()
    label = LABELS.get(root, f"{EXTENSION_KEY}.{root}")
    return Problem(problem.path, problem.line, problem.column, f"'{label}{rest}'{tail}")


def slide_fields(slide: dict, path: Path_, places: dict[Path_, Location], display: str) -> tuple[dict[str, Any], list[Problem]]:
    """A slide's contents as event fields, and problems with its dates that the model cannot see."""
    extension = slide.get(EXTENSION_KEY) if isinstance(slide.get(EXTENSION_KEY), dict) else {}
    fields: dict[str, Any] = {key: extension[key] for key in PASSED_THROUGH if key in extension}
    problems: list[Problem] = []
    for name, key in DATE_FIELDS.items():
        if slide.get(key) in (None, "", {}):
            continue
        iso, problem = date_text(slide[key], key, lambda *parts: places.get(path + parts, (1, 1)), display)
        if problem:
            problems.append(problem)
        elif iso:
            fields[name] = _prefer_extension(iso, extension.get(name))
    text = slide.get("text") if isinstance(slide.get("text"), dict) else {}
    if text.get("headline") not in (None, ""):
        fields["title"] = html_to_text(str(text["headline"]))
    summary = _summary(text.get("text"), extension.get("summary"))
    if summary:
        fields["summary"] = summary
    tags = _tags(slide.get("group"), extension.get("tags"))
    if tags:
        fields["tags"] = tags
    media = slide.get("media") if isinstance(slide.get("media"), dict) else {}
    if media.get("url"):
        fields["media"] = {"url": media["url"], **{k: html_to_text(str(media[k])) for k in ("caption", "credit") if media.get(k)}}
    unique_id = slide.get("unique_id")
    if isinstance(unique_id, str) and re.match(ID_PATTERN, unique_id):
        fields["id"] = unique_id
    if not extension:
        fields.update(_display_flags(slide.get("display_date")))
    fields["origin"] = "manual"
    return fields, problems


def date_text(value: Any, key: str, locate: Callable[..., Location], display: str) -> tuple[str | None, Problem | None]:
    """A TimelineJS date object as ISO 8601 text at its precision: {"year": "2012", "month": "6"} -> 2012-06.

    locate(key, part) gives where a part of the date stands in the file.
    """
    where = locate(key)
    if not isinstance(value, dict):
        return None, Problem(display, *where, f"'{key}': expected a mapping with a year, got {value!r}")
    parts: dict[str, int] = {}
    for name in DATE_PARTS:
        raw = value.get(name)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        if isinstance(raw, bool) or not re.fullmatch(r"\s*-?\d+\s*", str(raw)):
            return None, Problem(display, *locate(key, name), f"'{key}.{name}': expected a whole number, got {raw!r}")
        parts[name] = int(str(raw))
    if "year" not in parts:
        return None, Problem(display, *where, f"'{key}.year': required, but missing")
    for finer, coarser in (("month", "year"), ("day", "month"), ("hour", "day"), ("minute", "hour"), ("second", "minute")):
        if finer in parts and coarser not in parts:
            return None, Problem(display, *locate(key, finer), f"'{key}.{finer}': a {finer} needs a {coarser}")
    return _iso(parts), None


def _iso(parts: dict[str, int]) -> str:
    year = parts["year"]
    text = f"{year:04d}" if year >= 0 else f"-{-year:04d}"
    for name in ("month", "day"):
        if name in parts:
            text += f"-{parts[name]:02d}"
    if "hour" in parts:
        text += f"T{parts['hour']:02d}:{parts.get('minute', 0):02d}"
        if "second" in parts:
            text += f":{parts['second']:02d}"
    return text


def _prefer_extension(iso: str, exported: Any) -> str:
    """The exported date (which keeps a clock time's offset) while it still says what the slide says."""
    try:
        shown, kept = TimePoint.parse(iso), TimePoint.parse(exported)
    except ValueError:
        return iso
    return str(kept) if str(kept).removesuffix(kept.tz or "") == str(shown) else iso


def _summary(html_text: Any, exported: Any) -> str:
    if isinstance(exported, str) and summary_html(exported) == (html_text or ""):
        return exported
    return html_to_text(html_text) if isinstance(html_text, str) else ""


def _tags(group: Any, exported: Any) -> list[str]:
    group = html_to_text(group) if isinstance(group, str) else ""
    tags = [t for t in exported if isinstance(t, str)] if isinstance(exported, list) else []
    if tags and tags[0] == group:
        return tags
    return ([group] if group else []) + [t for t in tags if t != group]


def _display_flags(display_date: Any) -> dict[str, Any]:
    """"by c. 2015" (or "c. by 2015") -> bound by, approximate: what the date parts alone cannot say."""
    text = html_to_text(display_date).lower() if isinstance(display_date, str) else ""
    flags: dict[str, Any] = {}
    for _ in range(2):  # the two marks may come in either order
        if text.startswith(APPROXIMATE_PREFIXES):
            flags["approximate"] = True
            text = text.split(" ", 1)[-1] if " " in text else ""
        bound = next((b for b in BOUNDS if text.startswith(b + " ")), None)
        if bound:
            flags["bound"] = bound
            text = text[len(bound) + 1:]
    return flags


class _TextOfHtml(HTMLParser):
    BLOCKS = {"p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(markup: str) -> str:
    """Text of an HTML fragment: tags dropped, entities decoded, paragraphs kept as blank-line breaks."""
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
