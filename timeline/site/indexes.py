"""The site's shape, computed once per build: events in date order with their page addresses, grouped by
year and month, and the actor / place / tag indexes. Pure data; nothing here knows about MkDocs or HTML.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from timeline.model import Event, slugify
from timeline.site.labels import (
    PROSPECTIVE_STATUSES,
    date_label,
    duration_label,
    iso_datetime_attr,
    month_label,
    year_key,
)

TERM_KINDS = ("actor", "place", "tag")
TERM_FOLDERS = {"actor": "actors", "place": "places", "tag": "tags"}
TERM_TITLES = {"actor": "Actors", "place": "Places", "tag": "Tags"}
SAFE_SEGMENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


@dataclass
class Term:
    """An actor, place or tag, with its page and the events that name it (in date order)."""

    kind: str
    name: str
    slug: str
    uri: str
    entries: list["EventEntry"] = field(default_factory=list)


@dataclass
class EventEntry:
    """One event as the site shows it: the event plus everything derived once for every page."""

    event: Event
    id: str
    uri: str
    year: str
    year_label: str
    month: str
    month_label: str
    date_label: str
    duration: str
    datetime: str
    prospective: bool
    terms: dict[str, list[Term]] = field(default_factory=dict)
    position: int = 0

    @property
    def title(self) -> str:
        return self.event.title

    @property
    def status(self) -> str:
        return self.event.status

    def slugs(self, kind: str) -> str:
        """The slugs of one kind, space separated: what the client-side filters match on."""
        return " ".join(term.slug for term in self.terms.get(kind, ()))


@dataclass
class MonthGroup:
    key: str
    label: str
    entries: list[EventEntry]


@dataclass
class YearGroup:
    key: str
    label: str
    uri: str
    entries: list[EventEntry]

    def months(self) -> list[MonthGroup]:
        """Consecutive runs of one month; year-precision events form a leading group with no month label."""
        groups: list[MonthGroup] = []
        for entry in self.entries:
            if not groups or groups[-1].key != entry.month:
                groups.append(MonthGroup(entry.month, entry.month_label, []))
            groups[-1].entries.append(entry)
        return groups


@dataclass
class Site:
    title: str
    base: str
    entries: list[EventEntry]
    years: list[YearGroup]
    terms: dict[str, dict[str, Term]]

    @property
    def home_uri(self) -> str:
        return join_uri(self.base, "index.md")

    @property
    def years_uri(self) -> str:
        return join_uri(self.base, "years/index.md")

    def terms_uri(self, kind: str) -> str:
        return join_uri(self.base, f"{TERM_FOLDERS[kind]}/index.md")

    def sorted_terms(self, kind: str) -> list[Term]:
        return sorted(self.terms[kind].values(), key=lambda term: term.name.casefold())

    def year_of(self, entry: EventEntry) -> YearGroup:
        return next(group for group in self.years if group.key == entry.year)

    def neighbours(self, entry: EventEntry) -> tuple[EventEntry | None, EventEntry | None]:
        before = self.entries[entry.position - 1] if entry.position > 0 else None
        after = self.entries[entry.position + 1] if entry.position + 1 < len(self.entries) else None
        return before, after


def check_base(base: str) -> str:
    """The URL prefix of generated pages, normalised; refuses anything that could leave the docs folder."""
    parts = [part for part in base.strip("/").split("/") if part]
    for part in parts:
        if not SAFE_SEGMENT.match(part) or part in (".", ".."):
            raise ValueError(f"'base': expected folder names such as 'timeline', got {base!r}")
    return "/".join(parts)


def join_uri(base: str, path: str) -> str:
    return f"{base}/{path}" if base else path


def build_site(events: Sequence[Event], title: str, base: str = "") -> Site:
    """Index events (already in date order) for every page of the site."""
    base = check_base(base)
    entries = [_entry(event, base, position) for position, event in enumerate(events)]
    terms = {kind: _index_terms(entries, kind, base) for kind in TERM_KINDS}
    return Site(title, base, entries, _group_years(entries, base), terms)


def _entry(event: Event, base: str, position: int) -> EventEntry:
    event_id = event.event_id
    if not SAFE_SEGMENT.match(event_id):  # the model's id pattern already ensures this; a page path depends on it
        raise ValueError(f"unsafe event id {event_id!r}")
    month = event.date.with_precision("month") if event.date.month else None
    return EventEntry(
        event=event,
        id=event_id,
        uri=join_uri(base, f"events/{event_id}.md"),
        year=year_key(event.date),
        year_label=event.date.year_label(),
        month=month.iso_calendar() if month else "",
        month_label=month_label(month) if month else "",
        date_label=date_label(event),
        duration=duration_label(event),
        datetime=iso_datetime_attr(event.date),
        prospective=event.status in PROSPECTIVE_STATUSES,
        position=position,
    )


def _group_years(entries: Iterable[EventEntry], base: str) -> list[YearGroup]:
    groups: list[YearGroup] = []
    for entry in entries:
        if not groups or groups[-1].key != entry.year:
            groups.append(YearGroup(entry.year, entry.year_label, join_uri(base, f"years/{entry.year}.md"), []))
        groups[-1].entries.append(entry)
    return groups


def _index_terms(entries: Sequence[EventEntry], kind: str, base: str) -> dict[str, Term]:
    """Terms by slug. Names that differ only in case share a term (the first spelling seen wins)."""
    by_folded: dict[str, Term] = {}
    taken: set[str] = set()
    folder = TERM_FOLDERS[kind]
    for entry in entries:
        names = getattr(entry.event, f"{kind}s")
        chosen: list[Term] = []
        for name in names:
            folded = name.casefold()
            term = by_folded.get(folded)
            if term is None:
                slug = unique_slug(name, taken)
                term = by_folded[folded] = Term(kind, name, slug, join_uri(base, f"{folder}/{slug}.md"))
            if term not in chosen:
                chosen.append(term)
                term.entries.append(entry)
        entry.terms[kind] = chosen
    return {term.slug: term for term in by_folded.values()}


def unique_slug(name: str, taken: set[str]) -> str:
    """A URL-safe slug for a name; names with no Latin letters get a short hash; clashes get -2, -3..."""
    slug = slugify(name, max_words=12) or "n-" + hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    candidate, number = slug, 2
    while candidate in taken or candidate == "index":
        candidate, number = f"{slug}-{number}", number + 1
    taken.add(candidate)
    return candidate


def page_url(uri: str, use_directory_urls: bool) -> str:
    """The URL MkDocs gives the page at uri: events/x.md -> events/x/ (or events/x.html)."""
    stem = uri[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        folder = stem[: -len("index")]
        return folder if use_directory_urls else f"{stem}.html"
    return f"{stem}/" if use_directory_urls else f"{stem}.html"


def root_prefix(url: str) -> str:
    """The relative path from a page at url back to the site root: '' for the home, '../../' for years/2012/."""
    return "../" * url[: url.rfind("/") + 1].count("/")
