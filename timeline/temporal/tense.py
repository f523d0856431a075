"""Which way a sentence looks in time, from cue words listed in the language's grammar.yaml."""

from __future__ import annotations

from timeline.temporal.resources import Language

WINDOW = 160  # characters looked at on each side; a sentence break stops the search earlier


def tense_at(text: str, start: int, end: int, language: Language) -> str | None:
    """"past", "future" or None: the nearest cue before the expression wins, else the first after it."""
    before = _clip_before(text[max(0, start - WINDOW):start], language)
    after = _clip_after(text[end:end + WINDOW], language)
    best, best_end = None, -1
    # Future cues are tried first: "scheduled", "planned" are also past forms, and the future reading wins.
    for tense, cues in (("future", language.future_cues), ("past", language.past_cues)):
        for cue in cues.finditer(before):
            if cue.end() > best_end:
                best, best_end = tense, cue.end()
    if best:
        return best
    best_start = len(after) + 1
    for tense, cues in (("future", language.future_cues), ("past", language.past_cues)):
        cue = cues.search(after)
        if cue and cue.start() < best_start:
            best, best_start = tense, cue.start()
    return best


def _clip_before(window: str, language: Language) -> str:
    last = None
    for last in language.sentence_break.finditer(window):
        pass
    return window[last.end():] if last else window


def _clip_after(window: str, language: Language) -> str:
    found = language.sentence_break.search(window)
    return window[:found.start()] if found else window
