"""Event mentions: a date phrase tied to the event word of its clause, with who did it, where, and status.

One sentence can hold several mentions (one per date phrase); a relative or coordinated clause without
a date of its own ("... at which he defended ...") adds a secondary mention with the date before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from timeline.extract import resources
from timeline.extract.clauses import (
    Clause,
    Trigger,
    find_triggers,
    lexicon,
    split_clauses,
)
from timeline.extract.dates import DateSpan
from timeline.extract.entities import Entity
from timeline.extract.named import Figure, figure_at, named_event
from timeline.extract.subjects import POSSESSIVES, last_person, plain_subject
from timeline.extract.text import Sentence
from timeline.extract.verbs import clause_triggers, has_past_verb

PRONOUNS = frozenset("he his him she her hers".split())
LOCATIVE = frozenset("in to at from into near outside inside across".split())
PARTNER_WORDS = frozenset("with between against and".split())
INHERITING_CLAUSES = ("relative", "coordinate")


@dataclass(frozen=True)
class Mention:
    span: DateSpan
    trigger: Trigger
    clause: Clause
    sentence: Sentence
    agent: Entity | None
    subject: str | None  # a subject that is no name ("deliveries"), for the headline
    actors: tuple[str, ...]
    places: tuple[str, ...]
    status: str
    order: int
    secondary: bool = False
    name: str | None = None  # the named event, "Shanghai Cooperation Organization summit"
    name_place: str | None = None
    figure: Figure | None = None
    entities: tuple[Entity, ...] = field(default=(), compare=False)
    clause_dates: tuple[str, ...] = field(default=(), compare=False)  # every date phrase of the clause


@dataclass
class Context:
    """What mention finding needs to know about the whole article."""

    text: str
    sentences: tuple[Sentence, ...]
    entities: list[Entity]
    spans: list[DateSpan]


def find_mentions(context: Context) -> list[Mention]:
    mentions: list[Mention] = []
    masked = [(s.start, s.end) for s in context.spans]
    for sentence in context.sentences:
        spans = [s for s in context.spans if sentence.start <= s.start < sentence.end]
        if not spans:
            continue
        clauses = split_clauses(context.text, sentence.start, sentence.end, masked)
        for span in spans:
            mention = _mention_for(context, sentence, clauses, span, len(mentions))
            if mention is None:
                continue
            if mentions and _continues(context.text, mentions[-1], mention):
                mentions[-1] = _spanning(mentions[-1], mention)
                continue
            mentions.append(mention)
            mentions.extend(_secondary(context, sentence, clauses, mention, spans, len(mentions)))
    return mentions


def _taking_effect(text: str, clause: Clause, span: DateSpan) -> tuple[Clause, Trigger] | None:
    """"... meet the new government capital criteria effective Dec. 7" -> (the clause from "the new ...",
    "effective" read as "take effect")."""
    data = resources.load("clauses")["taking_effect"]
    head = text[clause.start: span.start]
    match = re.search(data["pattern"], head, re.IGNORECASE)
    if match is None:
        return None
    a, b = clause.start + match.start("word"), clause.start + match.end("word")
    trigger = Trigger(a, b, text[a:b], data["verb"], data["concept"], "verb", "base")
    return Clause(clause.start + match.start(), clause.end, "main"), trigger


def _continues(text: str, first: Mention, second: Mention) -> bool:
    """"Oil prices have come down from the middle of October ... to the fourteen dollars we're seeing
    today": one change from the first date to the second, told by one verb."""
    if first.trigger != second.trigger or first.sentence != second.sentence or first.figure or second.figure:
        return False
    before = text[max(first.clause.start, first.span.start - 12): first.span.start].lower().split()
    between = set(text[first.span.end: second.span.start].lower().split())
    words = resources.load("dates")
    return (
        bool(before) and before[-1] in words["range_openers"]
        and bool(between & set(words["range_words"])) and not between & set(words["pair_words"])
        and (second.span.end_date or second.span.date).end_key() > first.span.date.end_key()
    )


def _spanning(first: Mention, second: Mention) -> Mention:
    span = replace(first.span, end=second.span.end, end_date=second.span.end_date or second.span.date,
                   relation=second.span.relation, bound=None)
    return replace(first, span=span, clause_dates=tuple(dict.fromkeys(first.clause_dates + second.clause_dates)))


def _baseline(text: str, clause: Clause, span: DateSpan) -> bool:
    """"dropped to $663 million from $1 billion a year ago": the date of the figure compared with."""
    head = text[max(clause.start, span.start - 40): span.start]
    return bool(re.search(resources.load("measures")["baseline"], head, re.IGNORECASE))


def _period_end(context: Context, clause: Clause, span: DateSpan) -> bool:
    """"for the fiscal first quarter ended Sept. 30": the end of a period dated by its own phrase already."""
    words = context.text[max(clause.start, span.start - 30): span.start].lower().split()
    ended = len(words) >= 2 and words[-1] in resources.word_set("triggers", "period_verbs") and (
        words[-2] in resources.word_set("triggers", "period_nouns"))
    return ended and any(clause.start <= s.start < span.start for s in context.spans)


def _clause_of(clauses: list[Clause], position: int) -> int | None:
    for index, clause in enumerate(clauses):
        if clause.start <= position < max(clause.end, clause.start + 1):
            return index
    return None


def _mention_for(context: Context, sentence: Sentence, clauses: list[Clause], span: DateSpan, order: int):
    index = _clause_of(clauses, span.start)
    if index is None:
        return None
    clause = clauses[index]
    figure, figure_trigger = figure_at(context.text, clause, span)
    effect = _taking_effect(context.text, clause, span)
    if effect is not None:  # "the new capital criteria effective Dec. 7": the criteria take effect
        clause, figure_trigger = effect
    trigger = figure_trigger or _nearest_trigger(context.text, clause, span)
    if trigger is None and index + 1 < len(clauses) and (
        _only_date(context.text, clause, span) or _introductory(context.text, clauses, index)
        or _telling(context.text, clause, clauses[index + 1])
    ):
        clause = clauses[index + 1]  # "On Wednesday and Thursday, the leaders will attend ..."
        triggers = clause_triggers(context.text, clause.start, clause.end)
        # "In the third quarter, profit rose 10%": the verb, not the noun before it
        trigger = next((t for t in triggers if t.pos == "verb"), triggers[0]) if triggers else None
    if trigger is None and clause.kind == "main":
        # "who stepped down as chairman, president and chief executive in March": a list split the clause
        for earlier in reversed(clauses[max(0, index - 2): index]):
            triggers = find_triggers(context.text, earlier.start, earlier.end)
            if triggers:
                if triggers[-1].pos == "verb":
                    clause, trigger = earlier, triggers[-1]
                break
    if trigger is None or (figure is None and _baseline(context.text, clause, span)):
        return None
    if _period_end(context, clause, span):
        return None
    return _build(context, sentence, clauses, clause, span, trigger, order, figure)


def _build(context, sentence, clauses, clause, span, trigger, order, figure=None, secondary=False) -> Mention:
    in_clause = [e for e in context.entities if clause.start <= e.start < clause.end]
    agent = _agent(context, sentence, clause, trigger, in_clause)
    conditions = [c for c in clauses if c.kind == "condition"]
    related = in_clause + [e for c in conditions for e in context.entities if c.start <= e.start < c.end]
    actors, places = _actors_and_places(context.text, agent, related, clause, trigger)
    name, name_place = named_event(context.text, clause, in_clause)
    return Mention(
        span=span, trigger=trigger, clause=clause, sentence=sentence, agent=agent,
        subject=None if agent else plain_subject(context, clause, trigger),
        actors=actors, places=places, status=_status(context.text, clause, span, trigger), order=order,
        secondary=secondary, name=name, name_place=name_place, figure=figure, entities=tuple(in_clause),
        clause_dates=tuple(s.text for s in context.spans if clause.start <= s.start < clause.end),
    )


def _nearest_trigger(text: str, clause: Clause, span: DateSpan) -> Trigger | None:
    triggers = [t for t in clause_triggers(text, clause.start, clause.end) if not (span.start <= t.start < span.end)]
    if not triggers:
        return None
    if re.match(r"['\u2019]s\b", text[span.end:]):  # "last year's deadly blasts": the date is the noun's
        return next((t for t in triggers if t.pos == "noun" and 0 < t.start - span.end < 40), None)
    chosen = min(triggers, key=lambda t: _distance(text, span, t))
    if " " in chosen.base and 0 <= span.start - chosen.end <= 1:  # "held over the past 20 years": "over" is the date's
        word = chosen.text.split()[0]
        chosen = replace(chosen, end=chosen.start + len(word), text=word, base=chosen.base.split()[0])
    if chosen.pos == "noun" and "verb" not in lexicon()[1].get(chosen.base, {}):
        # "Crossland reported a third-quarter loss", "Crossland recorded ... in loan loss reserves": a verb
        # before an event noun governs it (a noun with its own headline verb, "talks", speaks for itself)
        verbs = [t for t in triggers if t.pos == "verb" and t.end <= min(chosen.start, span.start)]
        if verbs:
            return verbs[-1]
    return chosen


def _distance(text: str, span: DateSpan, trigger: Trigger) -> float:
    """Counted in words. The event word usually comes before its date ("stepping down in 2008"); one after
    it costs double ("will meet again on Friday to sign": the meeting, not the signing)."""
    if trigger.end <= span.start:
        return len(text[trigger.end: span.start].split())
    return len(text[span.end: trigger.start].split()) * 2 + 0.5


def _introductory(text: str, clauses: list[Clause], index: int) -> bool:
    """"In composite trading on the New York Stock Exchange Friday, Crossland closed at $5.25": an opening
    prepositional phrase dates the clause after it."""
    words = text[clauses[index].start: clauses[index].end].split()
    openers = resources.word_set("clauses", "introductory_prepositions")
    return index == 0 and bool(words) and words[0].lower() in openers


def _telling(text: str, clause: Clause, following: Clause) -> bool:
    """"has told employees ... that it is laying off": what was told is the news of the telling's date."""
    said = set(text[clause.start: clause.end].lower().split()) & resources.word_set("clauses", "telling_words")
    return bool(said) and following.kind == "subordinate" and text[following.start: following.end].lower().startswith("that ")


def _only_date(text: str, clause: Clause, span: DateSpan) -> bool:
    rest = (text[clause.start: span.start] + " " + text[span.end: clause.end]).split()
    return len(rest) <= 2


def _secondary(context, sentence, clauses, mention: Mention, spans, order) -> list[Mention]:
    """Relative and coordinated clauses right after the mention's clause share its date."""
    found = []
    start = clauses.index(mention.clause) + 1 if mention.clause in clauses else len(clauses)
    for clause in clauses[start:]:
        if clause.kind not in INHERITING_CLAUSES or any(clause.start <= s.start < clause.end for s in spans):
            break
        triggers = find_triggers(context.text, clause.start, clause.end)
        verbs = [t for t in triggers if t.pos == "verb"] or triggers
        if verbs:
            found.append(_build(context, sentence, clauses, clause, mention.span, verbs[0], order + len(found),
                                secondary=True))
    return found


def _agent(context: Context, sentence: Sentence, clause: Clause, trigger: Trigger, in_clause: list[Entity]):
    """Who did it: the possessor of an event noun, else the nearest name before the event word, else the
    person a pronoun points back to, else the first person of the sentence."""
    text = context.text
    before = text[max(clause.start, trigger.start - 30): trigger.start].split()
    if trigger.pos == "noun" and before:
        owner = next((e for e in in_clause if e.possessive and 0 <= trigger.start - e.end <= 4), None)
        if owner is not None:
            return owner
        if before[-1].lower() in PRONOUNS:
            return last_person(context, trigger.start)
        if re.search(r"\bof\s+(?:[a-z-]+\s+){0,2}$", text[clause.start: trigger.start]):
            return None  # "to help victims of terrorist attacks": the noun is another noun's, not the subject's
        opening = next((e for e in in_sentence(context, sentence) if e.is_actor), None)
        first = text[clause.start: trigger.start].split()[:1]
        if opening and opening.start == sentence.start and first and first[0] in resources.word_set("clauses", "auxiliaries"):
            return opening  # "Orkem S.A., a French chemical maker, is making a friendly bid": the sentence's opener
    start = _subject_start(text, clause, trigger)
    actors = [e for e in in_clause if e.is_actor and start <= e.start and e.end <= trigger.start
              and not _after_preposition(text, e, clause)
              and not (trigger.pos == "noun" and has_past_verb(text, e.end, trigger.start))]  # "Satcher led ... attacks"
    if actors:
        return actors[0]
    whose = text[clause.start: trigger.start].lower().split()[:1] == ["whose"]
    if clause.kind == "relative" and clause.start > sentence.start and not whose:
        # "... the FBI, which arrested him": the relative pronoun stands for the name before it; not "Acme,
        # whose shares soared": the shares did
        antecedent = next((e for e in context.entities if e.is_actor and 0 <= clause.start - e.end <= 2), None)
        if antecedent is not None:
            return antecedent
    words = text[clause.start: trigger.start].lower().split()
    if any(w in PRONOUNS for w in words) and not _possessed_subject(text, clause, trigger):
        return last_person(context, trigger.start)
    subject = text[_subject_start(text, clause, trigger): trigger.start].lower().split()[:1]
    if {w.strip("`'\"\u201c") for w in subject} & resources.word_set("clauses", "first_person"):
        return _speaker(context, sentence, clause)  # "``We arrested three men,'' police spokesman John Smith said"
    if _it_subject(words):  # "Yesterday it closed at $4.375": the company named last
        return _last_organization(context, trigger.start)
    if plain_subject(context, clause, trigger):
        return None  # "two new flights would leave": the subject is there, it is just not a name
    if clause.start > sentence.start and _opening_is_subject(text, sentence, trigger):
        return None  # "MindSpring, which ..., closed it": the sentence opens with the subject
    # "the boy who survived a trip across the Florida Straits": a name after a place preposition is where, not who
    people = [e for e in context.entities if sentence.start <= e.start < sentence.end and e.kind == "person"
              and not _locative(text, sentence.start, e)]
    if people:
        return people[0]
    sentence_words = set(sentence.text.lower().split())
    return last_person(context, trigger.start) if sentence_words & PRONOUNS else None


def _possessed_subject(text: str, clause: Clause, trigger: Trigger) -> bool:
    """"His name on the Web site was crossed out": the subject is what the person has, not the person."""
    words = text[_subject_start(text, clause, trigger): trigger.start].split()
    return len(words) >= 2 and words[0].lower() in POSSESSIVES and words[1].islower()


def in_sentence(context: Context, sentence: Sentence) -> list[Entity]:
    return [e for e in context.entities if sentence.start <= e.start < sentence.end]


def _speaker(context: Context, sentence: Sentence, clause: Clause) -> Entity | None:
    """Who says a quotation: the first name of its sentence outside the quoted clause."""
    return next((e for e in in_sentence(context, sentence) if e.is_actor and not clause.start <= e.start < clause.end), None)


def _it_subject(words: list[str]) -> bool:
    auxiliaries = resources.word_set("clauses", "auxiliaries")
    while words and (words[-1] in auxiliaries or words[-1].endswith("ly")):
        words = words[:-1]
    return bool(words) and words[-1] == "it"


def _last_organization(context: Context, position: int) -> Entity | None:
    found = [e for e in context.entities if e.kind == "organization" and e.end <= position]
    return found[-1] if found else None


def _subject_start(text: str, clause: Clause, trigger: Trigger) -> int:
    """Where the subject can start: after "Rod Beer said (that)" when a report comes first."""
    starts = resources.word_set("clauses", "subject_starts_after")
    start = clause.start
    for match in re.finditer(r"\S+", text[clause.start: trigger.start]):
        if match.group().lower().strip(",:") in starts:
            start = clause.start + match.end()
    return start


def _opening_is_subject(text: str, sentence: Sentence, trigger: Trigger) -> bool:
    opening = re.split(r"[,;:]", sentence.text, maxsplit=1)[0].split()
    not_subjects = resources.word_set("clauses", "not_subjects")
    return trigger.pos == "verb" and 0 < len(opening) <= 4 and opening[0].lower() not in not_subjects


def _after_preposition(text: str, entity: Entity, clause: Clause) -> bool:
    words = [w.lower() for w in text[clause.start: entity.mention_start].split()]
    if len(words) >= 2 and words[-1] in ("the", "a", "an"):
        words.pop()  # "people from the US"
    return bool(words) and words[-1] in LOCATIVE | {"with", "of", "for", "by", "against", "than"}


def _locative(text: str, start: int, entity: Entity) -> bool:
    """"across the Florida Straits", "at Harry Truman Library": a name told as a place, after a locative word."""
    words = [w.lower() for w in text[start: entity.mention_start].split()]
    if len(words) >= 2 and words[-1] in ("the", "a", "an"):
        words.pop()
    return bool(words) and words[-1] in LOCATIVE - {"to", "from"}  # "a letter from John Smith": still who


def _partner(text: str, entity: Entity, clause: Clause) -> bool:
    words = text[clause.start: entity.mention_start].split()
    return bool(words) and words[-1].lower() in PARTNER_WORDS


def _actors_and_places(text, agent, entities, clause, trigger) -> tuple[tuple[str, ...], tuple[str, ...]]:
    actors: list[str] = [agent.name] if agent is not None and agent.is_actor else []
    places: list[str] = []
    for entity in entities:
        if entity.kind == "country" and entity.start > trigger.end and not _partner(text, entity, clause):
            continue  # "talks ... expected to focus on Syria": a topic, not a party
        where = entity.kind == "place" or (
            entity.kind == "country" and _after_preposition(text, entity, clause)
            and text[clause.start: entity.start].split()[-1].lower() in LOCATIVE
        )
        target = places if where else actors
        if entity.name not in target and (entity.kind != "place" or where):
            target.append(entity.name)
    return tuple(actors), tuple(places)


def _status(text: str, clause: Clause, span: DateSpan, trigger: Trigger) -> str:
    lead = " " + " ".join(text[clause.start: min(trigger.start, span.start)].lower().split()) + " "
    future = any(f" {marker} " in lead for marker in resources.load("clauses")["future_markers"])
    targeted = any(w in text[clause.start: clause.end].lower() for w in resources.word_set("clauses", "target_words"))
    ahead = span.relation == "future" or (span.relation in ("present", "unknown") and future)
    if span.bound == "by" and (ahead or targeted) and span.relation != "past":
        return "target"
    if span.relation == "future" or (span.relation != "past" and future):
        return "scheduled"
    return "happened"
