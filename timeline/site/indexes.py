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


@dataclass(eq=False)
class Term:
    """An actor, place or tag, with its page and the events that name it (in date order)."""

    kind: str
    name: str
    slug: str
    uri: str
    entries: list["EventEntry"] = field(default_factory=list)


class TermsOf:
    """An event's actors, places and tags as Terms; `terms.actor` and `terms["actor"]` both work in templates."""

    __slots__ = TERM_KINDS

    def __init__(self, actor: tuple = (), place: tuple = (), tag: tuple = ()) -> None:
        self.actor, self.place, self.tag = actor, place, tag

    def __getitem__(self, kind: str) -> tuple["Term", ...]:
        return getattr(self, kind)

    def get(self, kind: str, default: tuple = ()) -> tuple["Term", ...]:
        return getattr(self, kind, default)


@dataclass(slots=True)
class EventEntry:
    """One event as the site shows it: its page address and where it sits; labels are derived on demand.

    Kept small on purpose: a site of 100,000 events holds 100,000 of these for the whole build.
    """

    event: Event
    id: str
    uri: str
    year: str
    position: int = 0
    terms: TermsOf = field(default_factory=TermsOf)

    @property
    def title(self) -> str:
        return self.event.title

    @property
    def status(self) -> str:
        return self.event.status

    @property
    def year_label(self) -> str:
        return self.event.date.year_label()

    @property
    def month(self) -> str:
        """The month as ISO text (2012-06), or '' when the date is a year only."""
        date = self.event.date
        return date.with_precision("month").iso_calendar() if date.month else ""

    @property
    def month_label(self) -> str:
        date = self.event.date
        return month_label(date.with_precision("month")) if date.month else ""

    @property
    def date_label(self) -> str:
        return date_label(self.event)

    @property
    def duration(self) -> str:
        return duration_label(self.event)

    @property
    def datetime(self) -> str:
        return iso_datetime_attr(self.event.date)

    @property
    def prospective(self) -> bool:
        return self.event.status in PROSPECTIVE_STATUSES

    def slugs(self, kind: str) -> str:
        """The slugs of one kind, space separated: what the client-side filters match on."""
        return " ".join(term.slug for term in self.terms[kind])


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
    _year_index: dict[str, YearGroup] = field(default_factory=dict, repr=False)

    @property
    def home_uri(self) -> str:
        return join_uri(self.base, "index.md")

    # Index pages sit beside their folders (years.md -> years/), not inside them (years/index.md): the
    # automatic nav then lists them as pages, not as sections whose only child is their own index.
    @property
    def years_uri(self) -> str:
        return join_uri(self.base, "years.md")

    def terms_uri(self, kind: str) -> str:
        return join_uri(self.base, f"{TERM_FOLDERS[kind]}.md")

    def sorted_terms(self, kind: str) -> list[Term]:
        return sorted(self.terms[kind].values(), key=lambda term: term.name.casefold())

    def year_of(self, entry: EventEntry) -> YearGroup:
        if not self._year_index:
            self._year_index.update((group.key, group) for group in self.years)
        return self._year_index[entry.year]

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
    return EventEntry(event, event_id, join_uri(base, f"events/{event_id}.md"), year_key(event.date), position)


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
        if not names:
            continue
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
        setattr(entry.terms, kind, tuple(chosen))
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
