"""Which way a sentence looks in time, from cue words listed in the language's grammar.yaml."""

from __future__ import annotations

from timeline.temporal.resources import Language

WINDOW = 120  # characters looked at on each side, within the sentence


def tense_at(text: str, start: int, end: int, sentence_start: int, sentence_end: int, language: Language) -> str | None:
    """"past", "future" or None: the nearest cue before the expression wins, else the first after it."""
    last = None
    for last in language.tense_cues.finditer(text, max(sentence_start, start - WINDOW), start):
        pass
    if last is not None:
        return last.lastgroup
    first = language.tense_cues.search(text, end, min(sentence_end, end + WINDOW))
    return first.lastgroup if first else None
