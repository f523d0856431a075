"""Which pages the timeline adds to a site, and what each one shows. Pure: the plugin turns these into MkDocs files.

Event pages are many, so they carry only their own event; the pages that list events (home, years, actors,
places, tags) are bounded: the home shows an overview and the latest events when the timeline is long, each
year page lists its own year in full, and index pages list one compact row per event.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Sequence

from timeline.site.indexes import TERM_KINDS, TERM_TITLES, EventEntry, Site, YearGroup, join_uri

KIND_LABELS = {"actor": "Actor", "place": "Place", "tag": "Tag"}


@dataclass(frozen=True)
class PageSpec:
    """One generated page: its source path, title, body template and what the template needs."""

    uri: str
    title: str
    template: str
    context: dict[str, Any] = field(default_factory=dict)
    kind: str = "list"
    in_nav: bool = False
    searchable: bool = False
    derive: Callable[[], dict[str, Any]] | None = None  # the rest of the context, computed only to render

    def full_context(self) -> dict[str, Any]:
        return {**self.context, **self.derive()} if self.derive else self.context


@dataclass(frozen=True)
class DensityBar:
    """One year in the overview strip: how many events, relative to the busiest year."""

    label: str
    uri: str
    anchor: str
    count: int
    share: str
    labelled: bool = True


@dataclass(frozen=True)
class Facet:
    value: str
    label: str
    count: int


def plan_pages(site: Site, home_limit: int, home_title: str, nav_events: bool = False) -> Iterator[PageSpec]:
    """Every page the timeline generates, in the order MkDocs will build them.

    Each year page comes right before its events' pages, so that the summaries converted for the year's
    cards are still at hand for the event pages (and can be let go at the next year). Produced one by one:
    a page description is needed only while the page is being added or built.
    """
    yield home_page(site, home_limit, home_title)
    yield years_page(site)
    for group in site.years:
        yield year_page(site, group)
        for entry in group.entries:
            yield event_page(site, entry, nav_events)
    for kind in TERM_KINDS:
        yield terms_page(site, kind)
        for term in site.sorted_terms(kind):
            yield term_page(site, term)


def home_page(site: Site, limit: int, title: str) -> PageSpec:
    shown = site.entries[-limit:] if limit > 0 else site.entries
    truncated = len(shown) < len(site.entries)
    context = {
        "title": title,
        "years": regroup(shown, site.base),
        "total": len(site.entries),
        "shown": len(shown),
        "truncated": truncated,
        "overview": density(site.years, local=not truncated),
        "facets": facets(shown),
        "heading_level": 2,
    }
    return PageSpec(site.home_uri, title, "home.html", context, kind="home", in_nav=True)


def years_page(site: Site) -> PageSpec:
    context = {"overview": density(site.years, local=False), "years": site.years}
    return PageSpec(site.years_uri, "Years", "years.html", context, in_nav=True)


def year_page(site: Site, group: YearGroup) -> PageSpec:
    index = site.years.index(group)
    context = {
        "year": group,
        "years": [group],
        "previous": site.years[index - 1] if index > 0 else None,
        "next": site.years[index + 1] if index + 1 < len(site.years) else None,
        "heading_level": 1,
    }
    return PageSpec(group.uri, group.label, "year.html", context, kind="year", derive=lambda: {"facets": facets(group.entries)})


def terms_page(site: Site, kind: str) -> PageSpec:
    context = {"kind": kind, "terms": site.sorted_terms(kind)}
    return PageSpec(site.terms_uri(kind), TERM_TITLES[kind], "terms.html", context, in_nav=True)


def term_page(site: Site, term: Any) -> PageSpec:
    context = {"term": term, "kind_label": KIND_LABELS[term.kind]}
    derive = lambda: {"years": regroup(term.entries, site.base)}  # noqa: E731
    return PageSpec(term.uri, term.name, "term.html", context, kind=term.kind, derive=derive)


def event_page(site: Site, entry: EventEntry, in_nav: bool = False) -> PageSpec:
    before, after = site.neighbours(entry)
    context = {"entry": entry, "previous": before, "next": after, "year": site.year_of(entry)}
    return PageSpec(entry.uri, entry.title, "event.html", context, kind="event", in_nav=in_nav, searchable=True)


def regroup(entries: Sequence[EventEntry], base: str) -> list[YearGroup]:
    """Entries (in date order) grouped by year, each group pointing at its year's page."""
    groups: list[YearGroup] = []
    for entry in entries:
        if not groups or groups[-1].key != entry.year:
            uri = join_uri(base, f"years/{entry.year}.md")
            groups.append(YearGroup(entry.year, entry.year_label, uri, []))
        groups[-1].entries.append(entry)
    return groups


ALL_LABELS_UP_TO = 12


def density(years: Sequence[YearGroup], local: bool) -> list[DensityBar]:
    """The overview strip: one bar per year with events; `local` links to the year's section on this page.

    With many years only the first, the last and round decades carry a visible label; every bar keeps
    its year for screen readers and as a tooltip.
    """
    busiest = max((len(group.entries) for group in years), default=1)
    many = len(years) > ALL_LABELS_UP_TO
    return [
        DensityBar(
            group.label,
            group.uri,
            f"#_y{group.key}" if local else "",
            len(group.entries),
            f"{max(len(group.entries) / busiest, 0.04):.3f}",
            labelled=not many or index in (0, len(years) - 1) or group.key.endswith("0"),
        )
        for index, group in enumerate(years)
    ]


def facets(entries: Sequence[EventEntry]) -> dict[str, list[Facet]]:
    """The choices offered by the filters on a page: only values that occur among its events."""
    counts: dict[str, dict[str, list]] = {kind: {} for kind in ("year", "status", *TERM_KINDS)}
    for entry in entries:
        _count(counts["year"], entry.year, entry.year_label)
        _count(counts["status"], entry.status, entry.status.capitalize())
        for kind in TERM_KINDS:
            for term in entry.terms[kind]:
                _count(counts[kind], term.slug, term.name)
    result = {}
    for kind, values in counts.items():
        items = [Facet(value, label, count) for value, (label, count) in values.items()]
        if kind in TERM_KINDS:
            items.sort(key=lambda facet: facet.label.casefold())
        result[kind] = items
    return result


def _count(table: dict[str, list], value: str, label: str) -> None:
    slot = table.setdefault(value, [label, 0])
    slot[1] += 1
