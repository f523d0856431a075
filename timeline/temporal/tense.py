"""Which way a sentence looks in time, from cue words listed in the language's grammar.yaml."""

from __future__ import annotations

from timeline.temporal.resources import Language

WINDOW = 120  # characters looked at on each side, within the sentence
NEAR = 4  # a past cue ending this close before the expression ("rose in January") is strong: "past!"


def tense_at(text: str, start: int, end: int, sentence_start: int, sentence_end: int, language: Language) -> str | None:
    """"past", "future" or None: the nearest cue before the expression wins, else the first after it.

    A past verb right before the expression ("rose in January"), not passive, is strong: "past!".
    """
    last = None
    for last in language.tense_cues.finditer(text, max(sentence_start, start - WINDOW), start):
        pass
    if last is not None:
        return last.lastgroup + ("!" if _strong(text, last, start, sentence_start, language) else "")
    first = language.tense_cues.search(text, end, min(sentence_end, end + WINDOW))
    return first.lastgroup if first else None


def _strong(text: str, cue, start: int, sentence_start: int, language: Language) -> bool:
    if cue.lastgroup != "past" or start - cue.end() > NEAR:
        return False
    if language.strong_gap is not None and not language.strong_gap.fullmatch(text, cue.end(), start):
        return False  # "extended to Nov. 20" points ahead
    passive = language.passive
    return passive is None or passive.search(text, max(sentence_start, cue.start() - 12), cue.start()) is None
