"""Headline-like titles built from a mention's clause: who, the event word as a present-tense verb, what
follows it, the date phrase and asides left out. "Putin was scheduled to hold discussions with Chinese
counterpart Hu Jintao later Tuesday" becomes "Putin holds discussions with Hu Jintao".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.extract import resources
from timeline.extract.clauses import VOWELS, inflections, lexicon
from timeline.extract.mentions import Mention
from timeline.extract.text import Sentence
from timeline.extract.verbs import light_forms

PARENTHETICAL = re.compile(r"\s*\([^()]*\)")
FUTURE_STATUSES = ("scheduled", "target")
RATE_BEFORE = re.compile(r"(?:\d|cents?|pence|dollars?|percent|%|times|once|twice|million|billion)$", re.IGNORECASE)


@dataclass(frozen=True)
class Naming:
    """How the article calls its actors in short ("Putin"), and the two countries it names most."""

    short_names: dict[str, str]
    pair: tuple[str, ...]
    previous_sentence: dict[int, Sentence]


def title_for(mention: Mention, text: str, naming: Naming) -> str:
    return headline(mention, text, naming)[0]


def headline(mention: Mention, text: str, naming: Naming) -> tuple[str, bool]:
    """The title, and whether it is too thin to stand as an event ("Gonzalez sets")."""
    rules = resources.load("headlines")
    if mention.figure is not None:
        return _figure_title(mention, rules), False
    if mention.name and (mention.trigger.concept in _attendance() or mention.trigger.base in mention.name.lower()):
        return _capital(mention.name + (f" in {mention.name_place}" if mention.name_place else "")), False
    who = _who(mention, text, naming, rules)
    if not who and _vague_subject(mention, text):
        return _capital(_tidy(f"{_rest(mention, text, naming, rules)} {mention.trigger.text}", rules)), not _rest(
            mention, text, naming, rules)  # "they put up a giant cross" -> "Giant cross put up"
    plural = _plural(who) if mention.agent is None else _people_of(mention.agent.text)
    what, weak, whole = _predicate(mention, text, naming, rules, who, plural)
    title = _tidy(f"{who} {what}" if who and not whole else what, rules)
    if mention.status == "target" and mention.span.bound and mention.span.text.lower() not in title.lower():
        title += " " + rules["bound_phrase"].format(bound=mention.span.bound, when=_when(mention))
    if mention.places and not any(p in title for p in mention.places) and len(title.split()) < 9:
        title += f" in {mention.places[0]}"
    # "To end": of what? "Sends envoy to Middle East": who did? A verb needs its subject in a headline.
    subjectless = not who and (title.lower().startswith("to ") or (not whole and _active(mention)))
    return _capital(title), weak or subjectless or len(title.split()) < 2


def _active(mention: Mention) -> bool:
    return mention.trigger.pos == "verb" and not _passive(mention)


def _vague_subject(mention: Mention, text: str) -> bool:
    trigger = mention.trigger
    before = text[mention.clause.start: trigger.start].lower().split()
    vague = resources.word_set("headlines", "vague_subjects")
    return trigger.pos == "verb" and trigger.form == "ed" and bool(before) and before[-1] in vague


def _attendance() -> frozenset[str]:
    return resources.word_set("named_events", "attendance_concepts")


def _figure_title(mention: Mention, rules: dict) -> str:
    data = resources.load("measures")
    figure = mention.figure
    if mention.status == "target":
        when = rules["bound_phrase"].format(bound=mention.span.bound or "in", when=_when(mention))
        return _capital(data["title_target"].format(amount=figure.amount, measure=figure.measure, when=when))
    template = data["title_value_plural"] if _plural(figure.measure.lower()) else data["title_value"]
    return _capital(template.format(amount=figure.amount, measure=figure.measure))


def _when(mention: Mention) -> str:
    return mention.span.text if mention.span.explicit else mention.span.date.human()


def _who(mention: Mention, text: str, naming: Naming, rules: dict) -> str:
    if mention.agent is not None:
        return naming.short_names.get(mention.agent.name, mention.agent.name)
    if mention.subject:
        return _bridge(mention, naming, rules) or _drop_words(mention.subject)
    return _sentence_subject(mention, text)


def _sentence_subject(mention: Mention, text: str) -> str:
    """"Nearly simultaneous bombings at U.S. embassies in ..., on Aug. 7 killed 258 people": the subject
    opens the sentence, before the commas of a list of places split it from its verb."""
    head = text[mention.clause.start: mention.trigger.start].lower().split()  # "X said ... that the two were considering"
    told = head[:1] == ["that"] and bool(set(head) & resources.word_set("clauses", "auxiliaries"))
    if (mention.trigger.pos != "verb" and not told) or mention.clause.start == mention.sentence.start:
        return ""
    opening = _opening(mention.sentence.text)
    words: list[str] = []
    stops = resources.word_set("headlines", "dangling") | resources.word_set("clauses", "not_subjects") | (
        resources.word_set("clauses", "relative_pronouns") | resources.word_set("clauses", "telling_words"))
    # "A man whose house was ... was arrested", "Smith said: ``We signed ...''"
    verbs = lexicon()[0]
    for word in opening.split():
        lower = word.lower()
        if not words and lower in ("the", "a", "an"):
            continue
        if lower in stops or lower in light_forms() or (lower,) in verbs or (word.islower() and lower.endswith("ly")):
            break  # "The extremist party recently took ...": the subject ends where its verb begins
        words.append(word)
    words = _drop_words(" ".join(words)).split()
    return " ".join(words) if 1 <= len(words) <= 4 and words[0][:1].isalpha() else ""


def _opening(sentence: str) -> str:
    """The sentence's first piece that is no opening adverb: "Meanwhile, Ogden Corp., which ..." -> "Ogden Corp."."""
    pieces = re.split(r"[,;:]", sentence)
    openers = resources.word_set("clauses", "subject_openers") | resources.word_set("clauses", "headline_drop")
    for piece in pieces[:3]:
        words = piece.split()
        if len(words) == 1 and words[0].lower() in openers:
            continue
        return piece
    return pieces[0]


def _bridge(mention: Mention, naming: Naming, rules: dict) -> str | None:
    """"deliveries" after "gas to be delivered by two Siberian pipelines" -> "gas deliveries via ..."."""
    subject = _drop_words(mention.subject)
    if len(subject.split()) != 1:
        return None
    stem = re.escape(subject.lower()[: int(rules["bridge_stem_length"])])
    means = "|".join(rules["bridge_means"])
    pattern = re.compile(
        rf"(\w+)\s+(?:to be\s+|being\s+|been\s+)?{stem}\w*\s+(?:{means})\s+((?:[\w-]+\s*){{1,4}})", re.IGNORECASE
    )
    sentence, match = mention.sentence, None
    for _ in range(int(rules["bridge_sentences"])):
        previous = naming.previous_sentence.get(sentence.start)
        if previous is None or previous.paragraph != sentence.paragraph:
            return None
        match = pattern.search(previous.text)
        if match:
            break
        sentence = previous
    if match is None:
        return None
    detail = " ".join(match.group(2).split())
    return f"{match.group(1)} {subject} {rules['bridge_means_as']} {detail}"


def _predicate(mention: Mention, text: str, naming: Naming, rules: dict, who: str, plural: bool):
    """(what happened, too thin to stand alone, complete without the subject)."""
    trigger = mention.trigger
    verb = _verb_phrase(mention, plural)
    rest = _rest(mention, text, naming, rules, drop_preposition=verb is not None and bool(who))
    if mention.agent is not None:  # "announced Wednesday by Doris Meissner": the agent is already the subject
        short = naming.short_names.get(mention.agent.name, mention.agent.name)
        rest = re.sub(rf"^by\s+(?:\S+\s+){{0,2}}?(?:{re.escape(short)}|{re.escape(mention.agent.text)})\b\s*", "", rest)
    if not rest and trigger.pos == "verb" and trigger.form == "ed":
        rest = _reduced_relative_object(mention, text)
    if not rest and trigger.base in resources.word_set("clauses", "reporting_verbs"):
        reported = _reported(mention, text)
        return (reported, False, True) if reported else (verb or trigger.text, True, False)
    named_after = mention.agent is not None and mention.agent.start > trigger.start  # "meeting between X and Y"
    support = _support_verb(mention, text) if verb is None and who and trigger.pos == "noun" else None
    if support:  # "is making a friendly bid": "Orkem S.A. makes friendly bid"
        return f"{support} {_modifiers(mention, text)}{trigger.text} {rest}".strip(), False, False
    if verb is None or (trigger.pos == "noun" and (not who or named_after)):  # the noun phrase: "Entry into NATO"
        return f"{_modifiers(mention, text)}{trigger.text} {rest}".strip(), False, True
    alone = trigger.concept in resources.word_set("headlines", "complete_alone") or " " in trigger.base or (
        bool(who) and _passive(mention))  # "Final guidelines to be published"
    return f"{verb} {rest}".strip(), not rest and not alone, False


def _support_verb(mention: Mention, text: str) -> str | None:
    """The verb that carries an event noun with no verb of its own ("is making a bid" -> "makes")."""
    before = text[mention.clause.start: mention.trigger.start].lower().split()[-4:]
    for base in resources.load("headlines")["support_verbs"]:
        if any(w in inflections(base) for w in before):
            return f"to {base}" if mention.status in FUTURE_STATUSES else third_person(base)
    return None


def _reduced_relative_object(mention: Mention, text: str) -> str:
    """"the decision, announced Wednesday by ...": the noun before the comma is what was announced."""
    if mention.clause.start <= mention.sentence.start or mention.trigger.start != mention.clause.start:
        return ""
    before = text[mention.sentence.start: mention.clause.start].rstrip(" ,").split()
    determiners = {"the", "a", "an", "its", "his", "her", "their", "this", "that"}
    for size in (1, 2, 3):
        if len(before) > size and before[-size - 1].lower() in determiners:
            words = before[-size:]
            return " ".join(words) if all(w.isalpha() for w in words) else ""
    return ""


def _modifiers(mention: Mention, text: str) -> str:
    """"the 1948 communist takeover" -> "communist ": lower-case words between the determiner and the noun."""
    words = text[mention.clause.start: mention.trigger.start].split()
    kept: list[str] = []
    stop = resources.word_set("headlines", "dangling") | resources.word_set("clauses", "headline_drop")
    months = resources.word_set("dates", "month_words")
    for word in reversed(words[-3:]):
        if not re.fullmatch(r"[A-Za-z][a-z-]*", word) or word.lower() in stop or word.lower() in months:
            break
        kept.insert(0, word)
    return " ".join(kept) + " " if kept else ""


def _reported(mention: Mention, text: str) -> str | None:
    """"Qantas plans daily flights ..., the airline announced Friday": the news is the first clause."""
    first = mention.sentence.text.split(",")[0]
    if mention.clause.start - mention.sentence.start <= len(first):
        return None
    if mention.sentence.end - mention.clause.end > 2:
        return None  # only a closing "..., the airline announced Friday." points back to the news
    return _drop_words(first)


def _verb_phrase(mention: Mention, plural: bool = False) -> str | None:
    trigger = mention.trigger
    if trigger.pos == "noun":
        entry = lexicon()[1].get(trigger.base, {})
        base = entry.get("verb")
        if base is None:
            return None
    else:
        base = trigger.base
    head, _, tail = base.partition(" ")
    if _passive(mention):  # "Farkas sent into space", "Elian Gonzalez found clinging to an inner tube"
        ahead = mention.status in FUTURE_STATUSES and mention.span.relation != "past"
        return f"to be {trigger.text.lower()}" if ahead else trigger.text.lower()
    if mention.status in FUTURE_STATUSES and mention.span.relation != "past":
        return f"to {base}"
    if plural:
        return base  # "Suspected bombs explode", "Thousands of people demonstrate"
    return f"{third_person(head)} {tail}".strip()


def _plural(subject: str) -> bool:
    words = subject.split()
    if not words:
        return False
    plural = resources.word_set("headlines", "plural_words")
    first, last = words[0].lower(), words[-1]
    # a lower-case noun ending in -s ("bombs", "flights") is plural; a name ending in -s is not
    regular = (last.islower() or len(words) == 1) and last.endswith("s") and not last.endswith(("ss", "us", "is"))
    counted = re.fullmatch(r"\d[\d,]*", first) is not None and first != "1"  # "1,500 ethnic Albanians"
    return first in plural or last.lower() in plural or regular or counted or _people_of(subject)


def _people_of(name: str) -> bool:
    """"Ethnic Albanians", "Serbs": a nationality word in the plural names a people, not a person."""
    last = name.split()[-1].lower() if name.split() else ""
    demonyms = {k.lower() for k in resources.load("entities")["demonyms"]}
    return last.endswith("s") and (last[:-1] in demonyms or last in demonyms)


def _passive(mention: Mention) -> bool:
    """"Farkas was sent into space", "Found clinging to an inner tube, Elian ...": keep the participle."""
    trigger = mention.trigger
    if trigger.pos != "verb" or trigger.form != "ed":
        return False
    before = [w for w in mention.sentence.text[: trigger.start - mention.sentence.start].split()
              if not w.lower().endswith("ly")]  # "was critically injured"
    auxiliaries = resources.word_set("clauses", "passive_auxiliaries")
    after = mention.sentence.text[trigger.end - mention.sentence.start:].split()[:1]
    by_agent = bool(after) and after[0].lower() == "by"  # "cited by District of Columbia traffic police"
    return not before or before[-1].lower() in auxiliaries or by_agent


def third_person(verb: str) -> str:
    irregular = resources.load("headlines")["third_person"]
    if verb in irregular:
        return irregular[verb]
    if verb.endswith(("s", "x", "z", "ch", "sh", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"


def _rest(mention: Mention, text: str, naming: Naming, rules: dict, drop_preposition: bool = True) -> str:
    """The words after the event word: names without their roles, the date and asides left out."""
    start, end = mention.trigger.end, mention.clause.end
    pieces = []
    cursor = start
    for entity in sorted(mention.entities, key=lambda e: e.start):
        if entity.start >= cursor and entity.end <= end:
            pieces.append(text[cursor: entity.mention_start])
            pieces.append(naming.short_names.get(entity.name, entity.text) if entity.kind == "person" else entity.text)
            cursor = entity.end
    pieces.append(text[cursor:end])
    rest = "".join(pieces)
    for date_text in dict.fromkeys((mention.span.text, *mention.clause_dates)):
        rest = _remove_date(rest, date_text, rules)
    rest = re.sub(r"\b(?:and|or)\s+(?=(?:by|on|in|at|from|to)\b|$)", "", rest.rstrip())  # "made (Friday) and by"
    rest = PARENTHETICAL.sub("", rest)
    if mention.agent is not None and mention.agent.country:
        rest = re.sub(rules["own_country"], rules["own_country_as"].format(country=mention.agent.country), rest)
    entry = lexicon()[1].get(mention.trigger.base, {}) if mention.trigger.pos == "noun" else {}
    words = _drop_words(rest).split()
    if drop_preposition and words and words[0].lower() in entry.get("drop", []):
        words = words[1:]
    if mention.trigger.pos == "verb" and words and words[0].lower() in resources.word_set("headlines", "second_clause_verbs"):
        return ""  # "jobs he has held ... have been related": the event verb was inside the subject
    return _cut(words, rules)


def _remove_date(rest: str, date_text: str, rules: dict) -> str:
    if not date_text:  # the publication day of a lead sentence has no phrase
        return rest
    prepositions = "|".join(re.escape(p) for p in rules["date_prepositions"])
    suffixes = "|".join(re.escape(p) for p in rules["date_suffixes"])
    if re.search(r"-\w+$", date_text):  # "a 54% drop in third-quarter profit": the date is the noun's modifier
        return re.sub(rf"(?:\bthe\s+)?{re.escape(date_text)}", " ", rest, count=1)
    # "in connection with last year's deadly blasts": the possessive goes with its date
    pattern = rf"(?:\b(?:{prepositions})\s+)?{re.escape(date_text)}(?:['\u2019]s\b)?(?:\s+(?:{suffixes})\b)?"
    return re.sub(pattern, " ", rest, count=1)


def _cut(words: list[str], rules: dict) -> str:
    stops = set(rules["stops"])
    verbs = resources.word_set("clauses", "auxiliaries") | resources.word_set("headlines", "second_clause_verbs")
    kept: list[str] = []
    later = resources.word_set("headlines", "later_stops")
    for index, word in enumerate(words):
        if word.lower() in stops or (index and word.lower() in later):
            break
        if word.lower().strip(",") in ("and", "but", "or") and any(w.lower() in verbs for w in words[index + 1: index + 3]):
            break  # "... through astute stock-market activity and has ...": a second clause begins
        kept.append(word)
    limit = int(rules.get("max_rest_words", 8))
    kept = kept[:limit]
    dangling = set(rules["dangling"])
    while kept and kept[-1].lower().strip(",;:") in dangling:
        kept.pop()
    return " ".join(kept).strip(" ,;:")


def _drop_words(phrase: str) -> str:
    """Headline style: no articles or filler adverbs, but "35 cents a share", "$14 a barrel" keep their "a"."""
    drop = resources.word_set("clauses", "headline_drop")
    words = phrase.split()
    kept = [w for i, w in enumerate(words) if w.lower() not in drop or (w.lower() in ("a", "an") and _rate(words, i))]
    return " ".join(kept)


def _rate(words: list[str], index: int) -> bool:
    return 0 < index < len(words) - 1 and bool(RATE_BEFORE.search(words[index - 1]))


def _tidy(title: str, rules: dict) -> str:
    title = re.sub(rules["leading_drop"], "", _drop_words(title), flags=re.IGNORECASE)
    title = re.sub(r"\s+([,.;:])", r"\1", title)
    title = re.sub(r"\s{2,}", " ", title).strip(" ,;:-.'\"`\u201c\u201d\u2018\u2019")
    limit = int(resources.load("clauses")["max_title_words"])
    words = title.split()
    if len(words) > limit:
        words = words[:limit]
        dangling = set(rules["dangling"])
        while words and words[-1].lower() in dangling:
            words.pop()
    return " ".join(words)


def _capital(title: str) -> str:
    return title[:1].upper() + title[1:] if title else title
