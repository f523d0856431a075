"""Which words a rule's match must contain, and which characters it can start with, found by reading its compiled
pattern.

A sentence is only searched with a rule when its lower-cased text contains one string of each of the
rule's required sets (digits count as "#digit"), so the rules do not each scan every character. Most
strings are checked as substrings, because the regex parser factors common prefixes ("March|May" ->
"ma" + ...); letters that every match has with a non-letter on both sides are whole-word strings
("=day": in "the day," but not in "Monday"), found as a whole run of letters.
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
DIGITS4 = "#digit4"  # a run of four digits, as in a year
SHAPE = "#"  # "#clock": a word of a shape the language names (word_shapes in grammar.yaml; each holds a digit)
WHOLE = "="  # marks a required string that must be a whole word: "=day" is in "day," but not in "Monday"
FREQUENT_COST = 20  # a frequent word or a digit makes a poor filter; see required_words()
FEW_CHARACTERS = 4  # a class of at most this many literal characters is a required set of them
COMMON_COST = 5  # a common word ("Friday" in news) is a better filter than a frequent one ("that"), a worse than others


def required_words(pattern: str, flags: int, frequent: frozenset | dict, tested_last: frozenset = frozenset()) -> tuple:
    """Sets of strings such that every match contains one string of each set; () when none is known.

    frequent: the language's frequent words (each costing FREQUENT_COST as a filter), or a word -> cost mapping.
    tested_last: strings of the language in about every other sentence ("-", "'s"), more than any frequent word.
    """
    try:
        parsed = parser.parse(pattern, flags)
    except re.error:
        return ()
    if not isinstance(frequent, dict):
        frequent = dict.fromkeys(frequent, FREQUENT_COST)
    parts = sorted(_mandatory_parts(list(parsed), frequent), key=lambda words: _rank(words, frequent, tested_last))
    # A set holding a lone letter or comma ("e", ",") is met by nearly every sentence: it filters nothing and would
    # make nearly every word's answer differ, which costs more to merge than the set saves.
    return tuple(frozenset(words) for words in parts if not any(map(_everywhere, words)))  # most selective first


def _everywhere(string: str) -> bool:
    return len(string) == 1 and (string.isalpha() or string == ",")


def fast_start(pattern: str, flags: int) -> bool:
    """Whether the regex engine can skip ahead to where a match may start: the pattern begins with a
    literal, a character set, or alternatives that each begin with a literal ("monday|tuesday")."""
    try:
        items = list(parser.parse(pattern, flags))
    except re.error:
        return False
    while items and items[0][0] is C.SUBPATTERN:
        items = list(items[0][1][-1])
    if not items:
        return False
    op, arg = items[0]
    if op is C.BRANCH:
        return all(branch and list(branch)[0][0] is C.LITERAL for branch in arg[1])
    return op in (C.LITERAL, C.IN)


def _cost(words: set, frequent: dict) -> tuple:
    plain = [w.lstrip(WHOLE) for w in words]
    # A short run of letters is poor inside words ("ad" in "had"), not as a whole word ("=ad"), with a digit ("q3")
    # or with punctuation ("p." of "p.m.", in one sentence in a hundred where a digit is in one in six).
    worst = max(frequent.get(p) or (FREQUENT_COST if p == DIGIT or (len(p) < 3 and w == p and p.isalpha()) else 1)
                for w, p in zip(words, plain))
    shortest = min(0 if w.startswith("#") else len(w) for w in plain)
    wholes = sum(w.startswith(WHOLE) for w in words)
    return worst, len(words), -shortest, -wholes  # on a tie, longer strings and whole words are rarer


def _rank(words: set, frequent: dict, tested_last: frozenset) -> tuple:
    """Which required set a sentence is tested against first: the most selective. A set holding one of tested_last or
    a run of digits comes last."""
    common = any(w in tested_last or w.isdigit() for w in words)
    return (common,) + _cost(words, frequent)


def _sequence(items: list, frequent: dict, left: bool = False, right: bool = False) -> set | None:
    """Of the mandatory parts of a sequence, the one whose word set filters best."""
    candidates = _mandatory_parts(items, frequent, left, right)
    if not candidates:
        return None
    return min(candidates, key=lambda words: _cost(words, frequent))


def _mandatory_parts(items: list, frequent: dict, left: bool = False, right: bool = False) -> list[set]:
    """For each part every match of the sequence must have: the strings one of which it contains.

    left / right: whether the sequence is always preceded / followed by a non-letter (or nothing).
    A run of letters with a non-letter on both sides in every match is a whole word: "=day", which
    Presence finds only as a whole word (not inside "Monday").
    """
    candidates = []
    word, word_left = [], False
    for position, (op, arg) in enumerate(items + [(None, None)]):
        if op is C.LITERAL and not chr(arg).isspace():
            if not word:
                word_left = _bounded_before(items, position, left)
            word.append(chr(arg).lower())  # runs of literals: words, "a.m", "/", digits of "20[0-9]{2}"
            continue
        if word:
            # The parser factors shared prefixes ("march|may" -> "ma" + (rch|y)): glue them back.
            leads = _leading_words(arg, _bounded_after(items, position + 1, right)) if op is C.BRANCH else None
            prefix = "".join(word)
            if leads:  # "a" + (\.m|m\b): "a.m" inside words, "am" as a whole word when bounded on both sides
                candidates.append({WHOLE + prefix + lead if ended and word_left and (prefix + lead).isalpha()
                                   else prefix + lead for lead, ended in leads})
            else:
                whole = word_left and prefix.isalpha() and _bounded_after(items, position, right)
                candidates.append({WHOLE + prefix if whole else prefix})
            word = []
        if op is None:
            break
        inner_left, inner_right = _bounded_before(items, position, left), _bounded_after(items, position + 1, right)
        if op is C.SUBPATTERN and _digit_run([(op, arg)]) < 4:
            # a group's parts are all needed
            candidates.extend(_mandatory_parts(list(arg[-1]), frequent, inner_left, inner_right))
            continue
        found = _element(op, arg, frequent, inner_left, inner_right)
        if found:
            candidates.append(found)
    return candidates


def _bounded_before(items: list, position: int, left: bool) -> bool:
    """Whether what starts at items[position] always follows a non-letter (or the start)."""
    if position == 0:
        return left
    op, arg = items[position - 1]
    if _optional(op, arg):  # "(?:trading\s+)?unit": either the group's last non-letter or what precedes it
        body = list(arg[2])
        return bool(body) and _edge_non_letter(body, -1) and _bounded_before(items, position - 1, left)
    return _non_letter(op, arg)


def _edge_non_letter(items: list, end: int) -> bool:
    """Whether the first (end=0) or last (end=-1) item of a sequence is a non-letter, in every alternative."""
    op, arg = _edge(items, end)
    if op is C.BRANCH:  # "(?:early[\s-]+|mid-)": each alternative must end so
        return all(branch and _edge_non_letter(list(branch), end) for branch in arg[1])
    return _non_letter(op, arg)


def _bounded_after(items: list, position: int, right: bool) -> bool:
    """Whether what ends before items[position] is always followed by a non-letter (or the end)."""
    if position >= len(items):
        return right
    op, arg = items[position]
    if _optional(op, arg):
        body = list(arg[2])
        return bool(body) and _edge_non_letter(body, 0) and _bounded_after(items, position + 1, right)
    return _non_letter(op, arg)


def _optional(op, arg) -> bool:
    return op in (C.MAX_REPEAT, C.MIN_REPEAT) and arg[0] == 0


def _edge(items: list, end: int) -> tuple:
    """The first (end=0) or last (end=-1) item of a sequence, looking into groups."""
    op, arg = items[end]
    while op is C.SUBPATTERN and list(arg[-1]):
        op, arg = list(arg[-1])[end]
    return op, arg


def _non_letter(op, arg) -> bool:
    """Whether the item always consumes (or asserts) a non-letter next to it: \\s+, "-", \\b, (?<!\\w), (?!\\w)."""
    if op is C.LITERAL:
        return not chr(arg).isalpha()
    if op is C.IN:
        return _no_letters(arg)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and arg[0] >= 1 and len(arg[2]) == 1:
        return _non_letter(*list(arg[2])[0])
    if op in (C.SUBPATTERN, C.BRANCH) and _digit_run([(op, arg)]):  # "(?P<hour>1[0-2]|0?[1-9])": digits only
        return True
    if op is C.AT and arg is C.AT_BOUNDARY:  # next to a letter, \\b means a non-letter (or nothing) beyond it
        return True
    if op is C.ASSERT_NOT:
        body = list(arg[1])
        return len(body) == 1 and body[0][0] is C.IN and list(body[0][1]) == [(C.CATEGORY, C.CATEGORY_WORD)]
    return False


def _no_letters(items) -> bool:
    for op, arg in items:
        if op is C.LITERAL and chr(arg).isalpha():
            return False
        if op is C.RANGE and any(chr(c).isalpha() for c in range(arg[0], min(arg[1], 0x2FF) + 1)):
            return False
        if op is C.CATEGORY and arg not in (C.CATEGORY_SPACE, C.CATEGORY_DIGIT):
            return False
        if op not in (C.LITERAL, C.RANGE, C.CATEGORY):
            return False
    return True


def lower_case_only(pattern: str) -> bool:
    """True when no literal or character range in the pattern is upper case."""
    def clean(items) -> bool:
        for op, arg in items:
            if op in (C.LITERAL, C.NOT_LITERAL) and chr(arg) != chr(arg).lower():
                return False
            if op is C.RANGE and any(chr(c) != chr(c).lower() for c in range(arg[0], arg[1] + 1)):
                return False
            if op is C.IN and not clean(arg):
                return False
            if op is C.SUBPATTERN and not clean(arg[-1]):
                return False
            if op in (C.MAX_REPEAT, C.MIN_REPEAT) and not clean(arg[2]):
                return False
            if op is C.BRANCH and not all(clean(branch) for branch in arg[1]):
                return False
            if op in (C.ASSERT, C.ASSERT_NOT) and not clean(arg[1]):
                return False
        return True

    try:
        return clean(parser.parse(pattern, 0))
    except re.error:
        return False


def _leading_words(branch_arg, right: bool = False) -> set:
    """(letters each alternative of a branch starts with, whether a non-letter always follows them).

    The letters are "" when the alternative starts otherwise; right: whether the branch is always followed by a
    non-letter (or the end), which an alternative made only of letters passes on to them.
    """
    leads = set()
    for alternative in branch_arg[1]:
        items = list(alternative)
        letters = []
        for op, arg in items:
            if op is not C.LITERAL or chr(arg).isspace():
                break
            letters.append(chr(arg).lower())
        leads.add(("".join(letters), _bounded_after(items, len(letters), right)))
    return leads


def _element(op, arg, frequent: dict, left: bool = False, right: bool = False) -> set | None:
    if op is C.SUBPATTERN:
        return _sequence(list(arg[-1]), frequent, left, right)
    if op is C.ASSERT and arg[0] == 1:  # a lookahead: matched within the searched stretch too
        return _sequence(list(arg[1]), frequent)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        low, _high, body = arg
        return _sequence(list(body), frequent) if low >= 1 else None
    if op in (C.BRANCH, C.SUBPATTERN) and _digit_run([(op, arg)]) >= 4:
        return {DIGITS4}
    if op is C.BRANCH:
        union = set()
        for branch in arg[1]:
            found = _sequence(list(branch), frequent, left, right)
            if found is None:
                return None
            union |= found
        return union
    if op is C.IN and _has_digits(arg):
        return {DIGIT}
    if (op is C.IN and len(arg) <= FEW_CHARACTERS
            and all(item_op is C.LITERAL and not chr(char).isspace() for item_op, char in arg)):
        return {chr(char).lower() for _, char in arg}  # ["“]: one of a few characters (inside a word), a quotation mark
    if op is C.LITERAL and chr(arg).isdigit():
        return {DIGIT}
    return None


def _digit_run(items) -> int:
    """How many digits every match of items has, when it has nothing but digits (else 0)."""
    total = 0
    for op, arg in items:
        if (op is C.LITERAL and chr(arg).isdigit()) or (op is C.IN and _only_digits(arg)):
            total += 1
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            inner = _digit_run(list(arg[2]))
            if not inner:
                return 0
            total += arg[0] * inner
            continue
        alternatives = arg[1] if op is C.BRANCH else [arg[-1]] if op is C.SUBPATTERN else None
        runs = [_digit_run(list(alternative)) for alternative in alternatives or ()]
        if not runs or not all(runs):
            return 0
        total += min(runs)
    return total


def _only_digits(items) -> bool:
    for op, arg in items:
        if op is C.CATEGORY and arg is C.CATEGORY_DIGIT:
            continue
        if op is C.RANGE and ord("0") <= arg[0] and arg[1] <= ord("9"):
            continue
        if op is C.LITERAL and chr(arg).isdigit():
            continue
        return False
    return True


def _has_digits(items) -> bool:
    for op, arg in items:
        if op is C.CATEGORY and arg is C.CATEGORY_DIGIT:
            return True
        if op is C.RANGE and arg[0] <= ord("9") and arg[1] >= ord("0"):
            return True
        if op is C.LITERAL and chr(arg).isdigit():
            return True
    return False


ANY_DIGIT = r"\d"  # in a class body from first_characters: what \d matches


def first_characters(pattern: str, flags: int) -> str | None:
    """A character class body ("\\dajm") holding every character a match of the pattern can start with, or None
    when that is not known or not a small set. The engine puts it in a look-ahead after a rule's word guard, so that at
    a word starting otherwise the rule's alternations are not tried at all."""
    try:
        found, empty = _first(list(parser.parse(pattern, flags)))
    except re.error:
        return None
    if found is None or empty or not found:
        return None
    digits = found & {ANY_DIGIT}
    found -= digits
    if flags & re.IGNORECASE:
        found |= {c.upper() for c in found} | {c.lower() for c in found}
    return "".join(digits) + "".join(re.escape(c) for c in sorted(found))


def _first(items: list) -> tuple[set | None, bool]:
    """(characters the sequence can start with, whether it can match nothing); None when any character can start it."""
    found: set = set()
    for op, arg in items:
        chars, empty = _first_of(op, arg)
        if chars is None:
            return None, False
        found |= chars
        if not empty:
            return found, False
    return found, True


def _first_of(op, arg) -> tuple[set | None, bool]:
    if op is C.LITERAL:
        return {chr(arg)}, False
    if op is C.IN:
        return _class_characters(arg), False
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True  # zero width: what follows starts the match
    if op is C.SUBPATTERN:
        return _first(list(arg[-1]))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        chars, empty = _first(list(arg[2]))
        return chars, empty or arg[0] == 0
    if op is C.BRANCH:
        found, empty = set(), False
        for branch in arg[1]:
            chars, branch_empty = _first(list(branch))
            if chars is None:
                return None, False
            found, empty = found | chars, empty or branch_empty
        return found, empty
    return None, False


def _class_characters(items) -> set | None:
    """The characters of a character class, or None when it is negated, a category other than digits, or large."""
    found: set = set()
    for op, arg in items:
        if op is C.LITERAL:
            found.add(chr(arg))
        elif op is C.RANGE and arg[1] - arg[0] < 64:
            found.update(map(chr, range(arg[0], arg[1] + 1)))
        elif op is C.CATEGORY and arg is C.CATEGORY_DIGIT:
            found.add(ANY_DIGIT)  # \d: any decimal digit, not only 0-9, as the pattern itself reads it
        else:
            return None
    return found
