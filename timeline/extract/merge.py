"""One event per happening: mentions of one article grouped, and events of several articles joined.

Within an article, mentions with the same date and a shared actor or kind of event are one happening
(the Beijing talks appear in three sentences); a one-time happening of an actor ("returns to the
presidency") is one even when two sentences date it differently, and the written-out date wins.
Across articles, events with the same date and much the same title are one event with several sources.
"""

from __future__ import annotations

import hashlib
import re

from timeline.extract import resources
from timeline.extract.mentions import Mention
from timeline.model import Event


def group_mentions(mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions in groups of one happening each, every group in text order, groups in order of first mention."""
    parent = list(range(len(mentions)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, first in enumerate(mentions):
        for j in range(i + 1, len(mentions)):
            if same_happening(first, mentions[j]):
                parent[root(j)] = root(i)
    groups: dict[int, list[Mention]] = {}
    for index, mention in enumerate(mentions):
        groups.setdefault(root(index), []).append(mention)
    return sorted(groups.values(), key=lambda g: g[0].order)


def same_happening(a: Mention, b: Mention) -> bool:
    if a.figure is not None or b.figure is not None:
        return a.trigger.concept == b.trigger.concept and _same_date(a, b) and a.status == b.status
    if _same_date(a, b):
        return a.span == b.span or a.trigger.concept == b.trigger.concept or _share_actor(a, b)
    rules = resources.load("merging")
    return (
        a.trigger.concept == b.trigger.concept
        and a.trigger.concept in rules["once_per_actor"]
        and a.agent is not None and b.agent is not None and a.agent.name == b.agent.name
        and abs(a.span.date.year - b.span.date.year) <= int(rules["once_per_actor_years"])
    )


def _same_date(a: Mention, b: Mention) -> bool:
    return (a.span.date, a.span.end_date, a.span.bound) == (b.span.date, b.span.end_date, b.span.bound)


def _share_actor(a: Mention, b: Mention) -> bool:
    # Countries are shared by too many happenings of one article; people and organizations are not.
    def names(m: Mention) -> set[str]:
        found = {e.name for e in m.entities if e.kind in ("person", "organization")}
        return found | ({m.agent.name} if m.agent is not None and m.agent.kind != "country" else set())

    return bool(names(a) & names(b))


def primary_mention(group: list[Mention]) -> Mention:
    """The mention that names the event: a main clause, a written-out date, a named event, the earliest."""
    return min(group, key=mention_rank)


def mention_rank(mention: Mention) -> tuple:
    return (mention.secondary, not mention.span.explicit, mention.name is None, mention.order)


def title_words(title: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", title.lower())) - {"a", "an", "the", "in", "of", "to", "at", "by"}


def same_event(a: Event, b: Event) -> bool:
    """Two articles' events that are one happening: same dates, titles that mostly agree."""
    if (str(a.date), str(a.end), a.bound) != (str(b.date), str(b.end), b.bound):
        return False
    first, second = title_words(a.title), title_words(b.title)
    numbers_a, numbers_b = {w for w in first if w[0].isdigit()}, {w for w in second if w[0].isdigit()}
    if numbers_a and numbers_b and numbers_a != numbers_b:
        return False  # "earns $17.3 million" and "earns $480.4 million" are two figures
    if a.actors and b.actors and not set(a.actors) & set(b.actors):
        return False  # same words, different people or companies
    rules = resources.load("merging")
    first, second = first - numbers_a, second - numbers_b
    shared = first & second
    share = len(shared) / max(1, min(len(first), len(second)))
    if set(a.actors) & set(b.actors):
        return len(shared) >= 2 and share >= float(rules["same_title_share"])
    # nobody in common to go by ("Company posts net loss"): the titles must say nearly the same
    return len(shared) >= 3 and share >= float(rules["same_title_share_without_actors"])


def join_events(events: list[Event]) -> tuple[list[Event], set[str]]:
    """Events of many articles with one event per happening; returns them and the ids of joined ones."""
    joined: list[Event] = []
    merged: set[str] = set()
    for event in events:
        match = next((i for i, kept in enumerate(joined) if same_event(kept, event)), None)
        if match is None:
            joined.append(_unique_id(event, {kept.event_id for kept in joined}))
            continue
        joined[match] = _with_sources(joined[match], event)
        merged.add(joined[match].event_id)
    return joined, merged


def _unique_id(event: Event, taken: set[str]) -> Event:
    """Two happenings with the same date and title ("Third-quarter earnings" of two companies) need two
    files: the second gets an id made unique by its source, the same on every run."""
    if event.event_id not in taken:
        return event
    source = event.sources[0] if event.sources else None
    seed = f"{source.title if source else ''}|{source.quote if source else event.summary}"
    suffix = hashlib.sha1(seed.encode("utf-8")).hexdigest()[:6]
    return event.model_copy(update={"id": f"{event.event_id[:110]}-{suffix}"})


def _with_sources(kept: Event, other: Event) -> Event:
    sources = list(kept.sources)
    for source in other.sources:
        if source not in sources:
            sources.append(source)
    actors = list(dict.fromkeys([*kept.actors, *other.actors]))
    places = list(dict.fromkeys([*kept.places, *other.places]))
    return kept.model_copy(update={"sources": sources, "actors": actors, "places": places})
