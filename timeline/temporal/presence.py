"""Which rules may match in a sentence: the required strings (prefilter.py) its words hold, found word by word.

Language-neutral: the strings come from the rules' patterns.
"""

from __future__ import annotations

import re

from timeline.temporal.prefilter import DIGIT, DIGITS4, SHAPE, WHOLE

DIGIT_RE = re.compile(r"\d")
DIGITS4_RE = re.compile(r"\d{4}")
LETTERS_RE = re.compile(r"[^\W\d_]+")
CACHE_LIMIT = 50_000  # words remembered per language; cleared when full, so memory stays flat


class Presence:
    """Finds which required strings a segment contains, and so which rules may match in it.

    Works word by word, remembering each word's answer: required strings hold no white space, so each
    lies inside one white-space separated word; so do digits and runs of four digits. Each distinct
    answer (a frozenset) maps to the rules whose first (most selective) required set it meets, and a
    segment's answers are deduplicated before anything is merged.
    """

    def __init__(self, strings: tuple, required: tuple = (), shapes: dict | None = None):
        self.shapes = tuple((SHAPE + name, re.compile(shape)) for name, shape in (shapes or {}).items())
        strings = tuple(s for s in strings if not s.startswith(SHAPE))
        self.strings = tuple(s for s in strings if not s.startswith(WHOLE))  # found inside words
        self.wholes = frozenset(s for s in strings if s.startswith(WHOLE))  # found as whole words
        self.first = tuple(r[0] if r else None for r in required)  # per rule, its most selective set
        self.rest = tuple(r[1:] for r in required)  # per rule, the sets checked once it is a candidate
        self.always = frozenset(n for n, r in enumerate(required) if not r)  # rules with no required set
        # The rest sets by number, so a candidate is checked with one subset test of the numbers its sentence meets.
        numbers: dict[frozenset, int] = {}
        self.rest_numbers = tuple(frozenset(numbers.setdefault(part, len(numbers)) for part in rest)
                                  for rest in self.rest)
        self.numbered = tuple(numbers)
        self.cache: dict[str, frozenset] = {}
        self.shared: dict[frozenset, frozenset] = {}  # each distinct answer, as one object
        self.triggers: dict[frozenset, frozenset] = {}  # answer -> the rules it makes candidates
        self.meets: dict[frozenset, frozenset] = {}  # answer -> the numbers of the rest sets it meets

    def of(self, lowered: str) -> tuple[set, frozenset]:
        """(required strings present, candidate rules: those whose first required set is met)."""
        hits, candidates = self._answers(lowered)
        return set().union(*hits), candidates

    def rules_in(self, lowered: str) -> list[int]:
        """The rules whose every required set the segment meets: rules_for(*of(lowered)), but what the words meet is
        only gathered when the segment has a candidate (most sentences have none)."""
        hits, candidates = self._answers(lowered)
        if not candidates:
            return []
        try:
            met = frozenset().union(*map(self.meets.__getitem__, hits))
        except KeyError:  # the caches were cleared meanwhile (another thread): work it out again
            met = frozenset().union(*map(self._meets, hits))
        numbers = self.rest_numbers
        return [n for n in candidates if numbers[n] <= met]

    def _answers(self, lowered: str) -> tuple[set, frozenset]:
        """(each distinct word's answer, candidate rules)."""
        words = lowered.split()  # words keep their punctuation: a substring test still holds
        hits = set(map(self.cache.get, words))
        if None in hits:
            if len(self.cache) >= CACHE_LIMIT:  # memory stays flat; cleared between segments only
                self.cache.clear()
                self.shared.clear()
                self.triggers.clear()
                self.meets.clear()
            hits = {self._learn(word) for word in words}
        try:
            return hits, self.always.union(*map(self.triggers.__getitem__, hits))
        except KeyError:  # the caches were cleared meanwhile (another thread): work the answers out again
            return hits, self.always.union(*map(self._rules_of, hits))

    def _learn(self, word: str) -> frozenset:
        found = self.cache.get(word)
        if found is not None:
            return found
        hits = [s for s in self.strings if s in word]
        if self.wholes:
            hits.extend(w for w in (WHOLE + letters for letters in LETTERS_RE.findall(word)) if w in self.wholes)
        if DIGIT_RE.search(word):
            hits.append(DIGIT)
            if DIGITS4_RE.search(word):
                hits.append(DIGITS4)
            hits.extend(name for name, shape in self.shapes if shape.search(word))
        answer = frozenset(hits)
        shared = self.shared.setdefault(answer, answer)  # one object per distinct answer: cheap to deduplicate
        if shared not in self.triggers:
            self.triggers[shared] = self._rules_of(shared)
            self.meets[shared] = self._meets(shared)
        self.cache[word] = shared
        return shared

    def _meets(self, answer: frozenset) -> frozenset:
        """The numbers of the rest sets the answer meets."""
        return frozenset(number for number, part in enumerate(self.numbered) if not part.isdisjoint(answer))

    def _rules_of(self, answer: frozenset) -> frozenset:
        """The rules whose first required set the answer meets."""
        return frozenset(n for n, first in enumerate(self.first) if first is not None and not first.isdisjoint(answer))


def rules_for(present: set, candidates: frozenset, rest: tuple) -> list[int]:
    """Numbers of the candidate rules whose every other required set meets the present strings."""
    return [n for n in candidates if not rest[n] or not any(map(present.isdisjoint, rest[n]))]
