"""Event words without a list: the finite verbs of a clause, found by their form alone.

The trigger list (triggers.yaml) knows the common news verbs and event nouns; a clause that holds a date
phrase and none of them still reports a happening when it has a finite verb: a past form ("recorded",
"put up") or a base form after a modal ("will determine"). Verbs that say nothing happened on their own
("said", "seemed") and words that only look like verbs ("hundred", "the proposed guidelines") are left out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.extract import resources
from timeline.extract.clauses import WORD, Trigger

VOWELS = "aeiou"


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], tuple[re.Pattern, ...], frozenset[str], frozenset[str]]:
    data = resources.load("verbs")
    irregular = {**resources.load("triggers")["irregular"], **data["irregular"]}
    finals = tuple(re.compile(p) for p in data["e_final"])
    silent = resources.word_set("verbs", "not_events") | frozenset(resources.load("triggers")["light_verbs"])
    return irregular, finals, silent, frozenset(data["doubled"])


def base_form(word: str) -> str:
    """The base form of a past form: "stopped" -> "stop", "carried" -> "carry", "closed" -> "close"."""
    irregular, finals, _, doubled = _tables()
    word = word.lower()
    if word in irregular:
        return irregular[word]
    if not word.endswith("ed") or len(word) < 4:
        return word
    if word.endswith("ied") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("eed"):
        return word[:-1]  # "agreed", "guaranteed"
    stem = word[:-2]
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] in doubled and stem[-3] in VOWELS:
        return stem[:-1]  # "stopped", "planned", "occurred"
    if any(p.search(stem) for p in finals):
        return stem + "e"
    return stem


def find_verbs(text: str, start: int, end: int) -> list[Trigger]:
    """Finite verbs of text[start:end] that report a happening, with a following particle ("come down")."""
    irregular, _, silent, _ = _tables()
    not_verbs = resources.word_set("verbs", "not_verbs")
    not_after = resources.word_set("verbs", "not_after")
    modals = resources.word_set("verbs", "modals")
    particles = resources.word_set("verbs", "particles")
    periods = resources.word_set("triggers", "period_nouns")
    words = [(m.start() + start, m.end() + start, m.group()) for m in WORD.finditer(text[start:end])]
    found: list[Trigger] = []
    for index, (a, b, word) in enumerate(words):
        lower = word.lower()
        before = [w[2].lower() for w in words[max(0, index - 2): index]]
        after_modal = bool(before) and (before[-1] in modals or (before[-1] == "not" and before[0] in modals))
        if not word.isalpha() or not word.islower() or lower in not_verbs or (before and before[-1] in not_after):
            continue
        if before and before[-1] in periods and lower in resources.word_set("triggers", "period_verbs"):
            continue  # "the fourth quarter ended Aug. 26"
        if lower in irregular or (lower.endswith("ed") and len(lower) >= 5):
            form = "ed"
        elif after_modal and word.isalpha() and lower not in modals:
            form = "base"
        else:
            continue
        base = base_form(lower) if form == "ed" else lower
        if index + 1 < len(words) and words[index + 1][2].lower() in particles:
            b = words[index + 1][1]
            base = f"{base} {words[index + 1][2].lower()}"  # "come down", "put up": no light verb then
        if base in silent:
            continue
        found.append(Trigger(a, b, text[a:b], base, base, "verb", form))
    return found


def has_past_verb(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a past-tense verb of any kind ("Satcher on Wednesday led a team")."""
    irregular, _, _, _ = _tables()
    not_verbs = resources.word_set("verbs", "not_verbs") - frozenset(irregular)
    words = [m.group().lower() for m in WORD.finditer(text[start:end]) if m.group().islower() and "-" not in m.group()]
    return any(w in irregular or (w.endswith("ed") and len(w) >= 5 and w not in not_verbs) for w in words)


def clause_triggers(text: str, start: int, end: int) -> list[Trigger]:
    """The listed event words of a clause; with no listed verb among them, its finite verbs as well."""
    from timeline.extract.clauses import find_triggers

    listed = find_triggers(text, start, end)
    if any(t.pos == "verb" for t in listed):
        return listed
    taken = [(t.start, t.end) for t in listed]
    verbs = [v for v in find_verbs(text, start, end) if not any(a < v.end and v.start < b for a, b in taken)]
    return sorted(listed + verbs, key=lambda t: t.start)


@lru_cache(maxsize=1)
def light_forms() -> frozenset[str]:
    """Every form of the verbs that say nothing happened on their own: "hopes", "said", "having"."""
    from timeline.extract.clauses import inflections

    irregular, _, silent, _ = _tables()
    forms = {form for base in silent if " " not in base for form in inflections(base)}
    return frozenset(forms | {form for form, base in irregular.items() if base in silent})
