"""The pure function at the heart of `timeline extract`: one document in, its events out.

    document -> clean text -> date phrases (temporal tagger) -> names -> mentions -> events

Nothing here reads or writes files, so the function maps over a process pool (`--jobs`) or a Dask bag.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from timeline.errors import ExtractionError
from timeline.extract import resources
from timeline.extract.dates import as_dct, carried_spans, date_spans, lead_span, reported_spans, unanchored_phrases
from timeline.extract.document import Document
from timeline.extract.entities import Entity, find_entities
from timeline.extract.mentions import Context, Mention, find_mentions
from timeline.extract.merge import group_mentions, mention_rank, primary_mention
from timeline.extract.text import clean_text
from timeline.extract.titles import Naming, headline, title_for
from timeline.model import Event, Source

MAX_CHARACTERS = 1_000_000
SHORT_NAME_USES = 2  # a surname used alone this often is how the article calls the person


@dataclass(frozen=True)
class Extraction:
    """The events of one document, and what a person should know about how they were found."""

    name: str
    events: list[Event]
    warnings: list[str] = field(default_factory=list)


def extract_events(document: Document) -> list[Event]:
    """The events one document reports, one per happening, in order of first mention."""
    return extract(document).events


def extract(document: Document) -> Extraction:
    from timeline.temporal import tag  # the tagger loads its rules on first use

    if len(document.text) > MAX_CHARACTERS:
        raise ExtractionError(f"{document.name}: {len(document.text):,} characters is too long for one article")
    cleaned = clean_text(document.text, document.title)
    if not cleaned.sentences:
        raise ExtractionError(f"{document.name}: no article text (empty, or only page furniture)")
    timexes = tag(cleaned.text, as_dct(document.published))
    warnings = _date_warnings(document, timexes)
    spans = date_spans(cleaned.text, timexes, document.published)
    spans = sorted(spans + lead_span(cleaned.text, cleaned.sentences, spans, document.published), key=lambda s: s.start)
    spans = sorted(spans + carried_spans(cleaned.text, cleaned.sentences, spans, document.published), key=lambda s: s.start)
    spans = sorted(spans + reported_spans(cleaned.text, cleaned.sentences, spans, document.published), key=lambda s: s.start)
    entities = find_entities(cleaned.text)
    context = Context(cleaned.text, cleaned.sentences, entities, spans)
    mentions = find_mentions(context)
    naming = _naming(cleaned, entities)
    events = [_event(group, document, cleaned.text, naming) for group in group_mentions(mentions)]
    events = _unique([event for event in events if event is not None])
    return Extraction(document.name, events, warnings)


def _date_warnings(document: Document, timexes) -> list[str]:
    if document.published is not None:
        return []
    phrases = sorted(set(unanchored_phrases(timexes)))
    if not phrases:
        return []
    listed = ", ".join(f'"{p}"' for p in phrases[:8]) + (", ..." if len(phrases) > 8 else "")
    return [
        f"{document.name}: no publication date, so {listed} could not be dated and made no event; "
        "give the date as 'published: YYYY-MM-DD' in the article's front matter or with --published"
    ]


def _naming(cleaned, entities: list[Entity]) -> Naming:
    alone = Counter(e.text for e in entities if e.kind == "person" and e.text != e.name)
    # "James Kopp" and "James Charles Kopp" are one person: first and last names tell people apart
    people = {(e.name.split()[0], e.name.split()[-1]) for e in entities if e.kind == "person"}
    bearers = Counter(last for _, last in people)
    short_names = {}
    for entity in entities:
        if entity.kind == "person" and entity.text == entity.name:
            surname = entity.name.split()[-1]
            shared = bearers[surname] > 1  # "Bill Clinton" and "Hillary Clinton" keep their full names
            short_names[entity.name] = surname if alone[surname] >= SHORT_NAME_USES and not shared else entity.name
    countries = Counter(e.name for e in entities if e.kind == "country")
    pair = tuple(name for name, _ in countries.most_common(2))
    previous = {b.start: a for a, b in zip(cleaned.sentences, cleaned.sentences[1:])}
    return Naming(short_names, pair, previous)


def _event(group: list[Mention], document: Document, text: str, naming: Naming) -> Event | None:
    primary, title = _titled_mention(group, text, naming)
    if primary is None:
        return None  # no mention makes a headline that says what happened
    actors: list[str] = []
    places: list[str] = []
    for mention in [primary, *[m for m in group if m is not primary]]:
        if mention.figure is not None and mention.figure.pair:
            actors.extend(naming.pair)
        actors.extend(mention.actors)
        places.extend(mention.places)
    quotes = list(dict.fromkeys(m.sentence.text for m in [primary, *group]))
    span = primary.span
    return Event(
        title=title,
        date=span.date,
        end=span.end_date,
        approximate=span.approximate,
        bound=span.bound if primary.status == "target" or span.bound in ("before", "after") else None,
        status=primary.status,
        summary=" ".join(quotes[1:]),
        actors=list(dict.fromkeys(actors)),
        places=[p for p in dict.fromkeys(places) if p not in actors],
        sources=[_source(document, quotes[0])],
        origin="extracted",
        review="draft",
    )


def _titled_mention(group: list[Mention], text: str, naming: Naming) -> tuple[Mention | None, str]:
    """The first mention, in order of preference, whose headline says what happened."""
    first = primary_mention(group)
    for mention in [first, *sorted((m for m in group if m is not first), key=mention_rank)]:
        title, weak = headline(mention, text, naming)
        if not weak:
            return mention, _group_title(group, mention, title, text, naming)
    return None, ""


def _group_title(group: list[Mention], primary: Mention, title: str, text: str, naming: Naming) -> str:
    if primary.name is None:
        return title
    # "at which he defended ...": what happened at a named event says more than the name alone.
    others = [m for m in group if m.secondary and m.span == primary.span and m.agent is not None]
    if not others:
        return title
    what = title_for(others[0], text, naming)
    joined = resources.load("headlines")["at_named_event"].format(what=what, name=title)
    limit = int(resources.load("clauses")["max_title_words"]) + 3
    return joined if len(joined.split()) <= limit else title


def _source(document: Document, quote: str) -> Source:
    return Source(
        title=document.title,
        url=document.url,
        publisher=document.publisher,
        published=document.published,
        quote=quote,
    )


def _unique(events: list[Event]) -> list[Event]:
    """Two groups that came out with the same id are one event (same date, same title)."""
    by_id: dict[str, Event] = {}
    for event in events:
        kept = by_id.get(event.event_id)
        if kept is None:
            by_id[event.event_id] = event
        else:
            merged_actors = list(dict.fromkeys([*kept.actors, *event.actors]))
            by_id[event.event_id] = kept.model_copy(update={"actors": merged_actors})
    return list(by_id.values())
