"""The subject of an event word that is not a name: "two new flights would leave" -> "two new flights"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.extract import resources
from timeline.extract.clauses import Clause, Trigger
from timeline.extract.entities import Entity
from timeline.extract.verbs import light_forms

if TYPE_CHECKING:
    from timeline.extract.mentions import Context

POSSESSIVES = frozenset("his her".split())
INFINITIVE_SUBJECT = re.compile(r"\b(?:a|an)\s+((?:[\w$.,%-]+\s+){0,6}?[\w$.,%-]+)\s+to\s+be\s*$", re.IGNORECASE)


def last_person(context: Context, position: int) -> Entity | None:
    people = [e for e in context.entities if e.kind == "person" and e.end <= position]
    return people[-1] if people else None


def plain_subject(context: Context, clause: Clause, trigger: Trigger) -> str | None:
    """A subject that is not a name: the words before the event verb, auxiliaries left out."""
    if trigger.pos == "noun":
        return None
    text = context.text
    chars = list(text[clause.start: trigger.start])
    for span in context.spans:  # "Monday they ordered": the date is no part of the subject
        for i in range(max(span.start, clause.start), min(span.end, trigger.start)):
            chars[i - clause.start] = " "
    infinitive = INFINITIVE_SUBJECT.search(text[max(0, clause.start - 4): clause.start] + "".join(chars))
    if infinitive:  # "result in a after-tax charge of less than $4 million to be spread": the charge is spread
        return infinitive.group(1)
    words = "".join(chars).split()
    skip = resources.word_set("clauses", "auxiliaries") | resources.word_set("clauses", "headline_drop")
    while words and (words[-1].lower() in skip or words[-1].lower().endswith("ly")):
        if len(words) > 1 and " ".join(words[-2:]).lower() in skip:  # "were going to be centralized": "going to"
            words.pop()
        words.pop()
    starts = resources.word_set("clauses", "subject_starts_after")
    for index in range(len(words) - 1, -1, -1):
        if words[index].lower().strip(",:") in starts:  # "Smith said: ``We signed ...''"
            words = words[index + 1:]
            break
    leading = resources.word_set("clauses", "relative_pronouns") | resources.word_set("clauses", "subject_openers")
    owned = bool(words) and words[0].lower() == "whose"
    while words and words[0].lower().strip(",") in leading:
        words = words[1:]  # "whose shares began trading" -> "shares", "because Crossland may" -> "Crossland"
    owner_name = _whose_owner(context, clause) if owned and words else None
    if owner_name:  # "Acme Toys Inc., whose shares soared" -> "Acme Toys Inc.'s shares"
        words = [owner_name + ("'" if owner_name.endswith("s") else "'s"), *words]
    owner = last_person(context, clause.start + 1) if words and words[0].lower() in POSSESSIVES else None
    if owner is not None:
        words = [owner.name + "'s", *words[1:]]  # "His name ... was crossed out" -> "Barnett Slepian's name"
    if not words and clause.kind == "relative":
        words = _antecedent(text, clause).split()  # "the bombings which killed 224 people" -> "bombings"
    words = _subject_head(words)
    if any(w.lower() in light_forms() for w in words):
        return None  # "and hopes to win": the subject is further back
    if not words or len(words) > 5 or words[0].lower() in resources.word_set("clauses", "not_subjects"):
        return None
    return " ".join(words)


def _whose_owner(context: Context, clause: Clause) -> str | None:
    """The name a "whose" clause follows: "Acme Toys Inc., whose shares ..." -> "Acme Toys Inc."."""
    owner = next((e for e in context.entities if e.is_actor and 0 <= clause.start - e.end <= 2), None)
    return owner.name if owner is not None else None


def _subject_head(words: list[str]) -> list[str]:
    """"hundreds of people from the US" -> "hundreds of people"; "Net interest income for" -> "Net interest
    income": a subject ends before its first preposition other than "of"."""
    cut = resources.word_set("clauses", "subject_ends_before")
    for index, word in enumerate(words[1:], start=1):
        if word.lower() in cut:
            return words[:index]
    return words


ANTECEDENT = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+((?:[\w-]+\s+){0,2}[\w-]+)\s*,?\s*$", re.IGNORECASE)


def _antecedent(text: str, clause: Clause) -> str:
    match = ANTECEDENT.search(text[max(0, clause.start - 60): clause.start])
    return match.group(1) if match else ""
