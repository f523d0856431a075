"""Named events and figures: "the annual summit of the six-member Shanghai Cooperation Organization" is
the "Shanghai Cooperation Organization summit"; "bilateral trade of $83.5 billion last year" is a figure
that makes an event at its date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from timeline.extract import resources
from timeline.extract.clauses import Clause, Trigger
from timeline.extract.dates import DateSpan
from timeline.extract.entities import Entity


@dataclass(frozen=True)
class Figure:
    amount: str
    measure: str
    pair: bool  # "bilateral": between the two countries the article names most


def named_event(text: str, clause: Clause, entities: list[Entity]) -> tuple[str | None, str | None]:
    data = resources.load("named_events")
    nouns = resources.word_set("named_events", "nouns")
    for match in re.finditer(r"\w+", text[clause.start: clause.end]):
        if match.group().lower() not in nouns:
            continue
        start, end = clause.start + match.start(), clause.start + match.end()
        organizer = _organizer_before(text, start, entities) or _organizer_after(text, end, entities, data)
        if organizer is not None:
            name = data["name"].format(organizer=organizer.text, noun=match.group().lower())
            return name, _place_after(text, max(end, organizer.end), entities)
    return None, None


def _organizer_before(text: str, start: int, entities: list[Entity]) -> Entity | None:
    return next((e for e in entities if e.kind in ("organization", "country") and 0 < start - e.end <= 1), None)


@lru_cache(maxsize=1)
def _organizer_pattern(max_modifiers: int) -> re.Pattern:
    return re.compile(rf"^\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,{max_modifiers}}}")


def _organizer_after(text: str, end: int, entities: list[Entity], data: dict) -> Entity | None:
    match = _organizer_pattern(int(data["max_modifiers"])).match(text[end: end + 120])
    if not match:
        return None
    at = end + match.end()
    return next((e for e in entities if e.start == at and e.kind == "organization"), None)


def _place_after(text: str, end: int, entities: list[Entity]) -> str | None:
    match = re.match(r"^\s+in\s+", text[end: end + 10])
    if not match:
        return None
    return next((e.text for e in entities if e.start == end + match.end() and e.kind in ("place", "country")), None)


def figure_at(text: str, clause: Clause, span: DateSpan) -> tuple[Figure | None, Trigger | None]:
    """An amount right before the date ("$83.5 billion last year") with a figure's noun in the clause."""
    data = resources.load("measures")
    links = "|".join(re.escape(w) for w in data["links"])
    head = text[clause.start: span.start]
    amount = re.search(rf"({data['amount']})\s+(?:(?:{links})\s+)?$", head, re.IGNORECASE)
    if amount is None:
        return None, None
    # "net income rose 51% in the quarter": a change, told by its verb; a rate ("unemployment") is a level
    percent = bool(re.search(r"(?:%|percent|per cent)$", amount.group(1).strip(), re.IGNORECASE))
    nouns = resources.word_set("measures", "rates" if percent else "nouns")
    modifiers = resources.word_set("measures", "modifiers")
    words = list(re.finditer(r"[\w-]+", text[clause.start: clause.end]))
    for index, word in enumerate(words):
        if word.group().lower() in nouns and clause.start + word.start() < span.start:
            first = index
            while first > 0 and words[first - 1].group().lower() in modifiers:
                first -= 1
            measure = text[clause.start + words[first].start(): clause.start + word.end()]
            pair = any(w.group().lower() in resources.word_set("measures", "pair_words") for w in words[first:index])
            start, end = clause.start + word.start(), clause.start + word.end()
            trigger = Trigger(start, end, text[start:end], word.group().lower(), "figure:" + measure.lower(), "noun", "noun")
            return Figure(amount.group(1).strip(), measure, pair), trigger
    return None, None
