"""Which way a sentence looks in time, from cue words listed in the language's grammar.yaml."""

from __future__ import annotations

import re

from timeline.temporal.day_arithmetic import tense_of
from timeline.temporal.resources import Language

WINDOW = 120  # characters looked at on each side, within the sentence
PARTICIPLE = "participle"  # a word in -ed: past, unless a modal shortly before governs it
IRREGULAR = "irregular"  # an irregular past form ("ran", "set"): past, unless used as a noun ("a 90-minute set")
DELAY = "delay"  # "postponed until": future for the expression after it, a past verb for one before it
NEAR = 4  # a past cue ending this close before the expression ("rose in January") is strong: "past!"
GOVERNED = 34  # characters between a modal and a participle it still governs
CLAUSE_BREAK = frozenset(",;:()")  # punctuation that ends a modal's reach
BEFORE = 40  # characters before a future_before phrase looked at for a past auxiliary
ATTRIBUTIVE_REACH = 16  # characters before an -ed word searched for a determiner or preposition ("their ", "the next ")
LIMIT_REACH = 50  # characters looked at for the future_before phrase ("ahead of the Independence Day celebrations on ")
PAST_GROUPS = frozenset(("past", PARTICIPLE, IRREGULAR))
AFTER = 15  # characters after the expression looked at for a past auxiliary ("for Saturday was canceled")
BY = 8  # characters before the expression searched for a deadline's preposition
LINE_AFTER_RE = re.compile(r"\n\s*\S")  # a line with text after the headline (no copy of the text to find it)
AIM_REACH = 90  # characters before a deadline searched for the aim set for it


def tense_at(text: str, start: int, end: int, sentence_start: int, sentence_end: int, language: Language) -> str | None:
    """"past", "future" or None: the nearest cue before the expression wins, else the first after it.

    A past verb right before the expression ("rose in January"), not passive, is strong: "past!"; so is a deadline in a
    sentence that looks ahead ("will finish by December"): "future!".
    """
    back = language.past_before
    if back is not None and back.search(text, max(sentence_start, start - BEFORE), start) is not None:
        return "past!"  # "a 4 per cent rise backdated to April 1", even after "will be"; "since Thursday will stand down"
    tense = _tense(text, start, end, sentence_start, sentence_end, language)
    deadline = language.deadline_before
    by_deadline = deadline is not None and deadline.search(text, max(sentence_start, start - BY), start) is not None
    ahead = language.future_after
    if (tense_of(tense) in ("past", None) and not by_deadline and ahead is not None
            and ahead.match(text, end, sentence_end) is not None):
        return "future"  # "Applications received after 5 p.m. Friday will go"; not "postmarked by Tuesday will count"
    if (tense is None and by_deadline and language.future_blocker is not None
            and language.future_blocker.search(text, sentence_start, sentence_end) is None):
        # "Miami lab races to test Zika vaccine by summer": a deadline with no tense cue before it and no past form
        # in its sentence (the words that keep future_before from deciding) looks ahead
        return "future"
    if by_deadline and _aimed_at(text, start, sentence_start, language):
        return "future!"  # "has set a goal of delivering state totals by Dec. 31"
    if tense == "future" and by_deadline:
        # only a plan told before the deadline ("could not plant by June 20 may claim" looks back at it)
        lo = max(sentence_start, start - WINDOW)
        if any(cue.lastgroup == "future" for cue in _cues(text, lo, start, language)):
            return "future!"
    return tense


def _aimed_at(text: str, start: int, sentence_start: int, language: Language) -> bool:
    """Whether an aim, hope or promise is set for the deadline, with no past form ("had", "was") between them."""
    aim = language.deadline_aim
    found = aim.search(text, max(sentence_start, start - AIM_REACH), start) if aim is not None else None
    blocker = language.future_blocker
    return found is not None and (blocker is None or blocker.search(text, found.start(), start) is None)


def _tense(text: str, start: int, end: int, sentence_start: int, sentence_end: int, language: Language) -> str | None:
    if _future_before(text, start, end, sentence_start, sentence_end, language):
        return "future"  # "until 11.59pm on Sunday", "has declared Monday a public holiday"
    last = finite = previous = None
    headline = is_headline(text, sentence_start, sentence_end, language)
    for cue in _main_cues(text, _quote_start(text, max(sentence_start, start - WINDOW), start, language), start,
                          language, headline):
        previous, last = last, cue
        if cue.lastgroup != PARTICIPLE:
            finite = cue
    first_after = None
    if last is None or _reported(text, last, start, end, language):
        first_after = _first_main_cue(text, end, _clause_end(text, end, sentence_end, language), language, headline)
    elif _subordinate(text, last, start, language):
        first_after = _verb_right_after(text, end, sentence_end, language, headline)
    elif "," in text[last.end():start]:
        # a comma between the cue and the expression: a past verb right after the expression is its own ("where
        # surveyors would find snow, the governor on Wednesday ordered cuts")
        right = _own_verb_right_after(text, end, sentence_end, language, headline)
        first_after = right if right is not None and right.lastgroup in (*PAST_GROUPS, DELAY) else None
    if first_after is not None:
        return "past" if first_after.lastgroup == DELAY else _tense_of(first_after)
    if last is None:
        return None
    if last.lastgroup == PARTICIPLE and _governed(text, last, finite, language):
        return "future"  # "will publish updated figures on Friday"
    if (last.lastgroup == IRREGULAR and previous is not None and not text[previous.end():last.start()].isspace()
            and not _simple_past(text, last, language) and _governed(text, last, previous, language)):
        return "future"  # "the sun will rise at 6.55am and set at 4.45pm on Sunday"; not "extra launches left"
    if _strong(text, last, start, sentence_start, language):
        return _tense_of(last) + "!"
    return _tense_of(last) + ("~" if _clause_mate(text, last, start, sentence_start, language) else "")


def _main_cues(text: str, start: int, end: int, language: Language, headline: bool) -> list:
    """The cues in text[start:end] outside the relative clauses set off by commas, whose verbs tell their own time
    ("will report results for fiscal 2015, which ended June 30, on Thursday"); with none left, the cues after the
    expression decide ("The salmon season, which opened on 1 February, runs to 30 September")."""
    cues = list(_cues(text, start, end, language, headline))
    relative = language.relative_clause
    asides = [found.span() for found in relative.finditer(text, start, end)] if relative is not None and cues else []
    if not asides:
        return cues
    return [cue for cue in cues if not any(a <= cue.start() < b for a, b in asides)]


def _first_main_cue(text: str, start: int, end: int, language: Language, headline: bool):
    """The first cue in text[start:end] outside a relative clause set off by commas, whose verb tells its own time
    ("In June, the judge, who visits prisons monthly, freed 41 inmates"), or None."""
    first = next(_cues(text, start, end, language, headline), None)
    relative = language.relative_clause
    aside = relative.search(text, start, end) if first is not None and relative is not None else None
    if aside is None or aside.start() > first.start():
        return first  # no relative clause opens before it, so none holds it (most cases)
    return next(iter(_main_cues(text, start, end, language, headline)), None)


def _quote_start(text: str, start: int, end: int, language: Language) -> int:
    """Where the cues told by the expression's own speaker begin: after the quotation still open before it, if any."""
    opening = language.quote_open
    found = opening.search(text, start, end) if opening is not None else None
    return found.end() if found is not None else start


def is_headline(text: str, sentence_start: int, sentence_end: int, language: Language) -> bool:
    """Whether the sentence is a headline: a line with no closing stop that the story follows (a text of one such line
    may be any sentence)."""
    title = language.title_line
    return (title is not None and title.fullmatch(text, sentence_start, sentence_end) is not None
            and LINE_AFTER_RE.search(text, sentence_start) is not None)


def past_in_sentence(text: str, end: int, sentence_start: int, sentence_end: int, language: Language) -> bool:
    """Whether any past cue (or a hint of the past) stands in the sentence before the expression, however far from it,
    or in the expression's own clause after it (not in a clause of its own: "..., and staff members said")."""
    hint, stop = language.past_hint, _clause_end(text, end, sentence_end, language)
    return (any(cue.lastgroup in PAST_GROUPS for cue in _cues(text, sentence_start, stop, language))
            or hint is not None and hint.search(text, sentence_start, stop) is not None)


def _clause_end(text: str, end: int, sentence_end: int, language: Language) -> int:
    """Where the expression's clause ends, looking ahead: at the next clause's start ("..., but the chiefs said")."""
    limit = min(sentence_end, end + WINDOW)
    found = language.clause_start.search(text, end, limit) if language.clause_start is not None else None
    return found.start() if found is not None else limit


def _cues(text: str, start: int, end: int, language: Language, headline: bool = False):
    """The tense cues in text[start:end], but not an -ed word used as an adjective ("at renovated Tanner Field") nor an
    irregular past form used as a noun ("a 90-minute set")."""
    attributive = language.attributive
    for cue in language.tense_cues.finditer(text, start, end):
        if headline and cue.lastgroup == PARTICIPLE:
            continue  # headlines drop "is" and "will be": "classes suspended Friday", "Veterans Day observed Friday"
        if (cue.lastgroup in (PARTICIPLE, IRREGULAR) and attributive is not None
                and attributive.search(text, max(0, cue.start() - ATTRIBUTIVE_REACH), cue.start()) is not None):
            continue
        yield cue


def _future_before(text: str, start: int, end: int, sentence_start: int, sentence_end: int, language: Language) -> bool:
    """Whether a limit or a plan stands right before the expression, with no past auxiliary near it."""
    before, blocker = language.future_before, language.future_blocker
    limit = before.search(text, max(sentence_start, start - LIMIT_REACH), start) if before is not None else None
    if limit is None:
        return False
    # the past auxiliary may stand before the phrase itself: "did not tell the health department until Tuesday"
    lo = max(sentence_start, limit.start() - BEFORE)
    return blocker is None or (blocker.search(text, lo, start) is None
                               and blocker.search(text, end, min(sentence_end, end + AFTER)) is None)


def _tense_of(cue) -> str:
    """A cue's tense (before the expression): its group's name, "past" for a participle no modal governs, "future"
    for a delay."""
    if cue.lastgroup == DELAY:
        return "future"
    return "past" if cue.lastgroup in (PARTICIPLE, IRREGULAR) else cue.lastgroup


def _strong(text: str, cue, start: int, sentence_start: int, language: Language) -> bool:
    if cue.lastgroup not in ("past", IRREGULAR, PARTICIPLE):
        return False
    gap = language.strong_gap  # "took effect Jan. 12"; not "extended to Nov. 20", which points ahead
    if (start - cue.end() > NEAR) if gap is None else gap.fullmatch(text, cue.end(), start) is None:
        return False
    return _active(text, cue, sentence_start, language)


def _active(text: str, cue, sentence_start: int, language: Language) -> bool:
    """Whether a past cue is the sentence's own verb, not a participle after "be" or "has" ("to be published")."""
    passive = language.passive
    return passive is None or passive.search(text, max(sentence_start, cue.start() - 12), cue.start()) is None


MODAL_REACH = 8  # characters before a future cue searched for the modal it follows ("will return")
CLAUSE_MATE = 40  # characters between a past verb and the date of its own clause ("went on sale in Japan on March 4")


def _clause_mate(text: str, cue, start: int, sentence_start: int, language: Language) -> bool:
    """Whether a past verb (or a future modal: "will retire on June 30") is the verb of the expression's own clause:
    near, joined to it by the language's clause_mate_gap (no plan, no deadline between: not "were to close in
    mid-August"), not passive."""
    gap = language.clause_mate_gap
    modal = language.future_modal  # ends at the cue: "will", "will return"
    own_verb = cue.lastgroup in ("past", IRREGULAR, PARTICIPLE) or (
        cue.lastgroup == "future" and modal is not None
        and modal.search(text, max(sentence_start, cue.start() - MODAL_REACH), cue.end()) is not None)
    if (gap is None or not own_verb or start - cue.end() > CLAUSE_MATE
            or gap.fullmatch(text, cue.end(), start) is None):
        return False
    return _active(text, cue, sentence_start, language)


def _simple_past(text: str, cue, language: Language) -> bool:
    """Whether an irregular past form is never a participle, so that no modal governs it ("can slow memory loss began
    enrolling in March"; but "will rise at 6.55am and set at 4.45pm", "might be held on Saturday")."""
    simple = language.simple_past
    return simple is not None and simple.fullmatch(text, cue.start(), cue.end()) is not None


def _governed(text: str, participle, finite, language: Language) -> bool:
    """Whether a future cue shortly before the participle governs it ("will publish updated figures", "would begin
    selling subsidised fertiliser"), with no clause break between them ("would appeal the decision, announced
    Wednesday")."""
    if finite is None or _tense_of(finite) != "future":
        return False
    between = text[finite.end():participle.start()]
    if between.isspace():
        return True  # right after a future cue, an -ed word is an adjective: "is forecasting isolated showers"
    return (participle.start() - finite.end() <= GOVERNED and not CLAUSE_BREAK.intersection(between)
            and (language.subordinator is None or language.subordinator.search(between) is None))


def _subordinate(text: str, cue, start: int, language: Language) -> bool:
    """Whether a clause of its own opens between the cue and the expression ("will spend Easter at home after the
    tribunal on Thursday barred ..."): its verb, after the expression, tells the expression's time."""
    opener = language.subordinator
    return opener is not None and opener.search(text, cue.end(), start) is not None


def _verb_right_after(text: str, end: int, sentence_end: int, language: Language, headline: bool):
    """A cue that follows the expression with only a space between ("the court late Thursday blocked"), or None."""
    cue = next(_cues(text, end, min(sentence_end, end + WINDOW), language, headline), None)
    return cue if cue is not None and text[end:cue.start()].isspace() else None


def _own_verb_right_after(text: str, end: int, sentence_end: int, language: Language, headline: bool):
    """The cue right after the expression when it is the verb of the expression's own clause (not "were", not
    "timed to"), or None."""
    cue = _verb_right_after(text, end, sentence_end, language, headline)
    not_own = language.verb_not_own
    return cue if cue is None or not_own is None or not_own.match(text, cue.start()) is None else None


def _reported(text: str, cue, start: int, end: int, language: Language) -> bool:
    """Whether the cue is a verb of saying followed by "that" before the expression ("warned that ... June"), or right
    before an expression that is its clause's subject ("said Good Friday would be the busiest day")."""
    found = language.reported.match(text, cue.start(), start) if language.reported is not None else None
    if found is None:
        return False
    if found.group("that") is not None:
        return True
    subject = language.reported_subject_verb
    return subject is not None and subject.match(text, end) is not None
