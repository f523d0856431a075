"""Which words a rule's match must contain, found by reading its compiled pattern.

A line is only searched with a rule when its lower-cased text contains one of those strings (or a
digit, "#digit"), so the rules do not each scan every character. The strings are checked as substrings,
not whole words, because the regex parser factors common prefixes ("March|May" -> "ma" + ...).
Language-neutral: the strings come from the patterns themselves.
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as C, _parser as parser
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as C
    import sre_parse as parser

DIGIT = "#digit"
FREQUENT_COST = 20  # a frequent word or a digit makes a poor filter; see required_words()


DIGIT_RE = re.compile(r"\d")


def present_strings(strings: tuple, lowered: str) -> set:
    """Which of all the rules' required strings occur in the lower-cased segment (digits as "#digit")."""
    found = {word for word in strings if word in lowered}
    if DIGIT_RE.search(lowered):
        found.add(DIGIT)
    return found


def required_words(pattern: str, flags: int, frequent: frozenset) -> frozenset | None:
    """Words of which every match contains at least one; None when that cannot be established."""
    try:
        parsed = parser.parse(pattern, flags)
    except re.error:
        return None
    choice = _sequence(list(parsed), frequent)
    return None if choice is None else frozenset(choice)


def _cost(words: set, frequent: frozenset) -> tuple:
    worst = max((FREQUENT_COST if w in frequent or w == DIGIT or len(w) < 4 else 1) for w in words)
    return worst, len(words)


def _sequence(items: list, frequent: frozenset) -> set | None:
    """Of the mandatory parts of a sequence, the one whose word set filters best."""
    candidates = []
    word = []
    for op, arg in items + [(None, None)]:
        if op is C.LITERAL and chr(arg).isalpha():
            word.append(chr(arg).lower())
            continue
        if word:
            candidates.append({"".join(word)})
            word = []
        if op is None:
            break
        found = _element(op, arg, frequent)
        if found:
            candidates.append(found)
    if not candidates:
        return None
    return min(candidates, key=lambda words: _cost(words, frequent))


def _element(op, arg, frequent: frozenset) -> set | None:
    if op is C.SUBPATTERN:
        return _sequence(list(arg[-1]), frequent)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        low, _high, body = arg
        return _sequence(list(body), frequent) if low >= 1 else None
    if op is C.BRANCH:
        union = set()
        for branch in arg[1]:
            found = _sequence(list(branch), frequent)
            if found is None:
                return None
            union |= found
        return union
    if op is C.IN and _has_digits(arg):
        return {DIGIT}
    if op is C.LITERAL and chr(arg).isdigit():
        return {DIGIT}
    return None


def _has_digits(items) -> bool:
    for op, arg in items:
        if op is C.CATEGORY and arg is C.CATEGORY_DIGIT:
            return True
        if op is C.RANGE and arg[0] <= ord("9") and arg[1] >= ord("0"):
            return True
        if op is C.LITERAL and chr(arg).isdigit():
            return True
    return False
