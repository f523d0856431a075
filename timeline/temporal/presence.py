"""Which rules may match in a sentence: the required strings (prefilter.py) its words hold, found word by word.

Language-neutral: the strings come from the rules' patterns.
"""

from __future__ import annotations

import re
from functools import reduce
from operator import or_

from timeline.temporal.prefilter import DIGIT, DIGITS4, SHAPE, WHOLE

DIGIT_RE = re.compile(r"\d")
DIGITS4_RE = re.compile(r"\d{4}")
LETTERS_RE = re.compile(r"[^\W\d_]+")
SHORT_WORD = 40  # longer words (a URL, a line of junk) are searched for each string instead
CACHE_LIMIT = 50_000  # words remembered per language; cleared when full, so memory stays flat


class Presence:
    """Finds which required strings a segment contains, and so which rules may match in it.

    Works word by word, remembering each word's answer: required strings hold no white space, so each
    lies inside one white-space separated word; so do digits and runs of four digits. A word's answer is one
    integer of bits: the low bits are the rules whose first (most selective) required set the word meets, the
    high bits the other required sets it meets. A segment's answer is its words' answers or-ed together, so a
    sentence costs a split, a lookup per word and a few integer operations.
    """

    def __init__(self, strings: tuple, required: tuple = (), shapes: dict | None = None):
        self.shapes = tuple((SHAPE + name, re.compile(shape)) for name, shape in (shapes or {}).items())
        strings = tuple(s for s in strings if not s.startswith(SHAPE))
        self.strings = tuple(s for s in strings if not s.startswith(WHOLE))  # found inside words
        self.string_set = frozenset(self.strings)
        self.lengths = tuple(sorted({len(s) for s in self.strings}))
        self.wholes = frozenset(s for s in strings if s.startswith(WHOLE))  # found as whole words
        self.first = tuple(r[0] if r else None for r in required)  # per rule, its most selective set
        self.rest = tuple(r[1:] for r in required)  # per rule, the sets checked once it is a candidate
        self.always = reduce(or_, (1 << n for n, r in enumerate(required) if not r), 0)  # rules with no required set
        self.shift = len(required)  # where the bits of the rest sets begin
        numbers: dict[frozenset, int] = {}
        for rest in self.rest:
            for part in rest:
                numbers.setdefault(part, len(numbers))
        self.numbered = tuple(numbers)
        # per rule, the bits of its rest sets (shifted down): all must be met
        self.rest_bits = tuple(reduce(or_, (1 << numbers[part] for part in rest), 0) for rest in self.rest)
        self.string_bits = self._string_bits()
        self.cache: dict[str, int] = {}

    def _string_bits(self) -> dict[str, int]:
        """Per required string, the bits a word holding it sets: the rules whose first set has it (low bits) and,
        shifted up, the rest sets that have it. A word's bits are its strings' bits or-ed together."""
        bits: dict[str, int] = {}
        for number, first in enumerate(self.first):
            for string in first or ():
                bits[string] = bits.get(string, 0) | 1 << number
        for number, part in enumerate(self.numbered):
            for string in part:
                bits[string] = bits.get(string, 0) | 1 << (number + self.shift)
        return bits

    def of(self, lowered: str) -> tuple[set, frozenset]:
        """(required strings present, candidate rules: those whose first required set is met), found afresh."""
        present = set().union(*map(self._strings_in, lowered.split()))
        candidates = frozenset(n for n, first in enumerate(self.first)
                               if first is None or not first.isdisjoint(present))
        return present, candidates

    def rules_in(self, lowered: str) -> list[int]:
        """The rules whose every required set the segment meets: rules_for(*of(lowered))."""
        words = lowered.split()
        try:
            answer = reduce(or_, map(self.cache.__getitem__, words), self.always)
        except KeyError:
            if len(self.cache) >= CACHE_LIMIT:  # memory stays flat
                self.cache.clear()
            answer = reduce(or_, map(self._learn, words), self.always)
        candidates = answer & ((1 << self.shift) - 1)
        if not candidates:
            return []
        met, rest_bits, chosen = answer >> self.shift, self.rest_bits, []
        while candidates:
            lowest = candidates & -candidates
            number = lowest.bit_length() - 1
            if met & rest_bits[number] == rest_bits[number]:
                chosen.append(number)
            candidates ^= lowest
        return chosen

    def _learn(self, word: str) -> int:
        found = self.cache.get(word)
        if found is None:
            bits = self.string_bits
            found = self.cache[word] = reduce(or_, [bits.get(string, 0) for string in self._strings_in(word)], 0)
        return found

    def _strings_in(self, word: str) -> frozenset:
        if len(word) <= SHORT_WORD:  # look its pieces up: a few dozen set lookups, not one search per string
            size = len(word)
            strings = self.string_set
            hits = [piece for length in self.lengths if length <= size for at in range(size - length + 1)
                    if (piece := word[at:at + length]) in strings]
        else:
            hits = [s for s in self.strings if s in word]
        if self.wholes:
            hits.extend(w for w in (WHOLE + letters for letters in LETTERS_RE.findall(word)) if w in self.wholes)
        if DIGIT_RE.search(word):
            hits.append(DIGIT)
            if DIGITS4_RE.search(word):
                hits.append(DIGITS4)
            hits.extend(name for name, shape in self.shapes if shape.search(word))
        return frozenset(hits)


def rules_for(present: set, candidates: frozenset, rest: tuple) -> list[int]:
    """Numbers of the candidate rules whose every other required set meets the present strings."""
    return [n for n in candidates if not rest[n] or not any(map(present.isdisjoint, rest[n]))]
