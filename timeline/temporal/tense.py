"""Which way a sentence looks in time, from cue words listed in the language's grammar.yaml."""

from __future__ import annotations

from timeline.temporal.resources import Language

WINDOW = 120  # characters looked at on each side; a sentence break stops the search earlier


def tense_at(text: str, start: int, end: int, language: Language) -> str | None:
    """"past", "future" or None: the nearest cue before the expression wins, else the first after it."""
    before = _clip_before(text[max(0, start - WINDOW):start], language)
    last = None
    for last in language.tense_cues.finditer(before):
        pass
    if last is not None:
        return last.lastgroup
    after = _clip_after(text[end:end + WINDOW], language)
    first = language.tense_cues.search(after)
    return first.lastgroup if first else None


def _clip_before(window: str, language: Language) -> str:
    last = None
    for last in language.sentence_break.finditer(window):
        pass
    return window[last.end():] if last else window


def _clip_after(window: str, language: Language) -> str:
    found = language.sentence_break.search(window)
    return window[:found.start()] if found else window
