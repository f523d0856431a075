"""Loads a language's resource folder (lexicon, macros, rules, tense cues) and compiles it once.

The engine never sees an English word: everything language-specific comes from resources/<lang>/*.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from timeline.errors import TimelineError
from timeline.temporal.prefilter import (COMMON_COST, DIGIT, DIGITS4, FREQUENT_COST, SHAPE, fast_start,
                                          first_characters, lower_case_only, required_words)
from timeline.temporal.presence import Presence

RESOURCE_ROOT = Path(__file__).parent / "resources"
CUE_START = r"(?:(?<!\w)(?=\w)|(?<=\w)(?=[^\w\s]))"  # \b, when no cue starts with white space
WORD_START = r"(?<!\w)"  # every rule's match starts at a word boundary (see _compile)
CUE_GROUPS = ("future", "delay", "past", "irregular", "participle")  # tense cue lists, in the order they are tried
# Language fields read from optional patterns of grammar.yaml: field -> key, in its "tense" section or at its top.
OPTIONAL_TENSE = {"attributive": "attributive", "reported": "reported", "reported_subject_verb": "reported_subject_verb",
                  "strong_gap": "strong_gap", "clause_mate_gap": "clause_mate_gap", "clause_start": "clause_start",
                  "future_modal": "future_modal",
                  "future_before": "future_before",
                  "future_blocker": "future_before_blocker", "deadline_before": "deadline_before",
                  "deadline_aim": "deadline_aim",
                  "past_before": "past_before", "future_after": "future_after",
                  "simple_past": "irregular_simple_past", "subordinator": "subordinator",
                  "relative_clause": "relative_clause", "quote_open": "quote_open", "verb_not_own": "verb_not_own"}
OPTIONAL_GRAMMAR = {"spread": "spread_over_days", "spread_own_day": "spread_own_day", "apposition": "day_apposition",
                    "apposition_after": "day_apposition_after", "range_end_before": "range_end_before",
                    "morning_reached_before": "morning_reached_before",
                    "event_end_before": "event_end_before", "holiday_point_before": "holiday_point_before",
                    "since_before": "since_before", "since_now_before": "since_now_before",
                    "since_told_after": "since_told_after",
                    "figure_day_before": "figure_day_before",
                    "report_date_before": "report_date_before",
                    "report_date_not_after": "report_date_not_after", "habitual_year": "habitual_year",
                    "habitual_days": "habitual_days", "habitual_days_anchor": "habitual_days_anchor",
                    "time_joined_to_day": "time_joined_to_day", "converted_time_before": "converted_time_before",
                    "time_range_joiner": "time_range_joiner",
                    "evening_clock_joiner": "evening_clock_joiner", "morning_context": "morning_context",
                    "event_hours": "event_hours", "frame_after": "frame_after",
                    "frame_end": "frame_end", "title_line": "title_line", "past_hint": "past_hint",
                    "title_future": "title_future", "range_start_after": "range_start_after",
                    "range_between_before": "range_between_before", "range_and_after": "range_and_after"}
MACRO_RE = re.compile(r"%([A-Za-z_][A-Za-z0-9_]*)")
RULE_KEYS = {"name", "pattern", "type", "value", "mod", "suffix", "case_sensitive", "examples",
             "reject_before", "reject_after", "priority", "note", "reference", "optional", "anchor", "reach",
             "word_shape", "moves_reference", "tense_from", "entry",
             "anaphoric", "open_meridiem", "holiday"}


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern
    type: str
    value: str
    mod: str | None = None
    suffix: str = ""
    reject_before: re.Pattern | None = None  # searched in the text just before the match
    reject_after: re.Pattern | None = None  # matched at the text just after the match
    priority: int = 0
    reference: bool = True  # False: the result never anchors later expressions ("a year earlier")
    moves_reference: str | None = None  # a spec the story's date moves to, for the expressions after it
    tense_from: tuple = ()  # groups (the first that matched) where the sentence's tense is read instead of the span:
    # the day named after a clock time ("from 6am to 6pm on Saturday") looks the way its own words do
    optional: bool = False  # True: a match whose value does not resolve is dropped, not left underspecified
    entry: bool = False  # True: the time heading a live blog's entry, whose day follows the blog's order
    anaphoric: bool = False  # True: "that evening" points back to the day named, whichever way the sentence looks
    open_meridiem: bool = False  # True: an hour written with no a.m. or p.m. ("from 4:30 to 8 p.m."), read as a.m.
    holiday: bool = False  # True: a day the calendar names, still that year's in a habit ("usually peaks at Christmas")
    examples: tuple = ()
    source: str = ""
    required: tuple = ()  # sets of strings: a sentence must hold one of each set for the rule to run
    lowered: bool = False  # regex runs on the lower-cased text (see _compile)
    capitals: tuple = ()  # groups whose text must start with a capital letter in the original text
    scanner: re.Pattern | None = None  # regex without its leading word guard, when that lets re skip ahead
    anchor: re.Pattern | None = None  # every match ends with this, at most `reach` characters after it starts:
    reach: int = 0  # the search starts that far before the anchor's first occurrence, or not at all without one


@dataclass(frozen=True)
class Language:
    name: str
    tables: dict
    rules: tuple
    macros: dict
    tense_cues: re.Pattern  # groups "future", "past", optionally "irregular" (past unless a noun: "a set"),
    # "participle" (past unless a modal governs it) and
    # "delay" (future for what follows it, past for what precedes it)
    sentence_break: re.Pattern
    settings: dict = field(default_factory=dict)
    passive: re.Pattern | None = None  # before a past cue, makes it a participle ("to be published")
    attributive: re.Pattern | None = None  # right before an -ed word, makes it an adjective ("at renovated Tanner Field")
    reported: re.Pattern | None = None  # "said that": the reported clause's own cue after the expression decides
    reported_subject_verb: re.Pattern | None = None  # after "said Friday": Friday is the reported clause's subject
    strong_gap: re.Pattern | None = None  # what may stand between a strong past cue and the expression
    clause_mate_gap: re.Pattern | None = None  # between a past verb and a date of its own clause, a little further
    future_modal: re.Pattern | None = None  # a future cue that, like a past verb, is the verb of the date's own clause
    clause_start: re.Pattern | None = None  # where a new clause starts after an expression: its cues are not its own
    future_before: re.Pattern | None = None  # words right before an expression that make it look ahead ("until")
    future_blocker: re.Pattern | None = None  # near the expression, keeps future_before from deciding ("had")
    deadline_before: re.Pattern | None = None  # "by", "until": looking ahead, a deadline cannot lie in the past
    deadline_aim: re.Pattern | None = None  # before a deadline, an aim or promise set for it ("a goal of ... by")
    past_before: re.Pattern | None = None  # words right before an expression that point back, whatever the verb
    future_after: re.Pattern | None = None  # words right after an expression that make it look ahead ("will")
    simple_past: re.Pattern | None = None  # an irregular past form that is no participle, which no modal governs
    subordinator: re.Pattern | None = None  # between a modal and an -ed word, ends the modal's reach ("after")
    relative_clause: re.Pattern | None = None  # a clause set off by commas (", which ended June 30,"): not the tense's
    quote_open: re.Pattern | None = None  # a quotation's opening mark: cues before it are the narrator's, not the quote's
    verb_not_own: re.Pattern | None = None  # a cue right after a date that is not its clause's verb ("were", "charged with")
    spread: re.Pattern | None = None  # a sentence spread over several days: its bare clock times are generic
    spread_own_day: re.Pattern | None = None  # right after a clock time, a day of its own (" on the Fourth")
    apposition: re.Pattern | None = None  # right before a weekday, joins it to the day just named ("Diwali on Friday")
    apposition_after: re.Pattern | None = None  # right after a weekday, joins it to a day named next ("for Labor Day")
    range_end_before: re.Pattern | None = None  # right before a weekday, makes it the end of a range (" to ")
    morning_reached_before: re.Pattern | None = None  # right before a morning, makes it one a night ran to ("by ")
    event_end_before: re.Pattern | None = None  # right before a date, makes it the day an event runs to ("runs until")
    holiday_point_before: re.Pattern | None = None  # right before a holiday, makes it a point measured from ("after")
    since_now_before: re.Pattern | None = None  # before a clock time, makes it today's ("have been here since ")
    since_before: re.Pattern | None = None  # before a date, makes it the start of a time that runs to now ("since ")
    since_told_after: re.Pattern | None = None  # after such a start, words that go on telling of it (", when")
    figure_day_before: re.Pattern | None = None  # before a day, makes it the day a figure is given for ("at June 30")
    report_date_not_after: re.Pattern | None = None  # right after a date, says it is no report's (" and Wednesday")
    report_date_before: re.Pattern | None = None  # right before a date, makes it the report's date ("said on ")
    habitual_year: re.Pattern | None = None  # a sentence told of every year ("usually peaks in August")
    habitual_days: re.Pattern | None = None  # a weekday range told as a habit ("Monday through Friday from 9 a.m.")
    habitual_days_anchor: re.Pattern | None = None  # what every such habit holds, searched first (fast)
    time_joined_to_day: re.Pattern | None = None  # right after a clock time, joins it to its day (" on ")
    converted_time_before: re.Pattern | None = None  # right before a clock time in another zone ("10:17pm (")
    time_range_joiner: re.Pattern | None = None  # right after a clock time, joins it to its range's end (" to ")
    evening_clock_joiner: re.Pattern | None = None  # between an evening and its hour ("Tuesday evening at 7:30")
    morning_context: re.Pattern | None = None  # in a sentence, keeps an hour with no a.m. or p.m. in the morning
    frame_after: re.Pattern | None = None  # right after a year, makes the clause after it told in it (", when")
    frame_end: re.Pattern | None = None  # where the clause a year frames ends (", and")
    title_line: re.Pattern | None = None  # a whole sentence that is a headline (a line with no closing stop)
    title_future: re.Pattern | None = None  # in a headline, makes a weekday with no cue one to come ("to mark")
    past_hint: re.Pattern | None = None  # in a sentence, tells of the past though no tense cue is near ("after buying")
    range_start_after: re.Pattern | None = None  # right after a weekday, makes it a range's start (" through Friday")
    range_between_before: re.Pattern | None = None  # right before a weekday, may make it a range's start ("between ")
    range_and_after: re.Pattern | None = None  # right after such a weekday, the range's end (" and Tuesday")
    event_hours: re.Pattern | None = None  # before a clock time, makes it an hour of the day ahead the story follows
    presence: Presence | None = None  # which rules' required strings a segment holds
    fills: dict = field(default_factory=dict)  # engine's cache of filled templates (bounded there)


def _read_yaml(path: Path):
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)


def _alternation(keys, capitalize: bool = False, trie: bool = True) -> str:
    """A table's words as one regex group, longest first where one word begins another.

    As a trie ("s(?:aturday|unday)"), re tries one branch per first letter instead of every word in turn, which
    makes the big tables (numbers, units, irregular verbs) several times cheaper where they fail; the plain
    alternation is what the prefilter reads its required words from.
    """
    words = {str(k) for k in keys}
    if capitalize:  # "Good friday" and "Good Friday"; "Fourth Of July" is a harmless extra
        words = {w[:1].upper() + w[1:] for w in words} | {" ".join(p[:1].upper() + p[1:] for p in w.split(" "))
                                                          for w in words}
    words = sorted(words, key=lambda w: (-len(w), w))
    if trie:
        return "(?:" + _trie_regex(_trie(words)) + ")"
    escaped = [re.escape(w).replace(r"\ ", r"\s+") for w in words]
    return "(?:" + "|".join(escaped) + ")"


END = ""  # marks where a word ends in a trie node


def _trie(words: list[str]) -> dict:
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[END] = {}
    return root


def _trie_regex(node: dict) -> str:
    """Only words one of which begins the other can both match at one place, and a greedy optional tail tries
    the longer first: the same matches, in the same order of preference, as the longest-first alternation."""
    branches = [(r"\s+" if char == " " else re.escape(char)) + _trie_regex(child)
                for char, child in sorted(node.items()) if char != END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if END in node else body


CAPITAL = "_cap"  # groups named _cap0, _cap1...: their text must start with a capital letter (see _compile)


def build_macros(tables: dict, raw_macros: dict, trie: bool = True) -> dict:
    """Each table becomes %name (its keys) and %Name (capitalized); raw macros may use other macros."""
    macros = {}
    for name, table in tables.items():
        macros[name] = _alternation(table, trie=trie)
        macros[name[:1].upper() + name[1:]] = "(?-i:" + _alternation(table, capitalize=True, trie=trie) + ")"
    for name, body in raw_macros.items():
        macros[name] = "(?:" + body + ")"
    return macros


def capital_macros(macros: dict) -> dict:
    """The macros with each %Name a lower-case group whose capital the engine checks after matching.

    Lets a rule with "(?-i:May)" run case-sensitively on the lower-cased text (about twice as fast as
    re.IGNORECASE on the original); the capital is checked on the original text of the group.
    """
    lowered = dict(macros)
    for name in macros:
        if name[:1].isupper() and name[:1].lower() + name[1:] in macros:
            lowered[name] = f"(?P<{CAPITAL}>" + macros[name[:1].lower() + name[1:]] + ")"
    return lowered


def _number_capitals(source: str) -> tuple[str, tuple]:
    pieces = source.split(f"(?P<{CAPITAL}>")
    names = tuple(f"{CAPITAL}{number}" for number in range(len(pieces) - 1))
    return pieces[0] + "".join(f"(?P<{name}>" + piece for name, piece in zip(names, pieces[1:])), names


def expand(pattern: str, macros: dict, depth: int = 0) -> str:
    if depth > 10:
        raise TimelineError(f"macro recursion too deep in {pattern!r}")

    def substitute(match: re.Match) -> str:
        name = match.group(1)
        if name not in macros:
            raise TimelineError(f"unknown macro %{name} in temporal resources")
        return expand(macros[name], macros, depth + 1)

    return MACRO_RE.sub(substitute, pattern)


def _compile(pattern: str, macros: dict, case_sensitive: bool = False) -> tuple[re.Pattern, bool, tuple]:
    """The rule's regex, whether it runs on the lower-cased text, and its capital groups.

    A case-insensitive pattern with no upper-case letter is compiled case-sensitive and run on the
    lower-cased text: same matches, about three times faster. Capitalized table macros (%Month) become
    lower-case groups whose first letter the engine checks in the original text. Patterns with other
    upper-case parts (time zones) run case-insensitively on the original text.
    """
    if not case_sensitive:
        macros = capital_macros(macros)
    # Every rule matches whole words only: no date inside "Fri" of "Friedman" or "1990" of "19901".
    source, capitals = _number_capitals(WORD_START + "(?:" + expand(pattern, macros) + r")(?!\w)")
    if case_sensitive:
        return re.compile(source), False, capitals
    if lower_case_only(source):
        return re.compile(source), True, capitals
    return re.compile(source, re.IGNORECASE), False, capitals


def _optional(section: dict, key: str, macros: dict) -> re.Pattern | None:
    """The section's pattern under key, its macros expanded (an unknown %name is an error, never literal text); None
    when the language has none."""
    if not section.get(key):
        return None
    return re.compile(expand(section[key], macros))


def _first_checked(regex: re.Pattern) -> re.Pattern:
    """The rule's regex with a look-ahead for the characters a match can start with after its word guard, for a rule
    re cannot skip through (no scanner, no anchor): the same matches, found without trying every alternation at
    every word."""
    unguarded = regex.pattern[len(WORD_START):]
    first = first_characters(unguarded, regex.flags)
    return re.compile(f"{WORD_START}(?=[{first}]){unguarded}", regex.flags) if first else regex


def _scanner(regex: re.Pattern) -> re.Pattern | None:
    """The rule's regex without the leading word guard, which the engine then checks itself, when the
    rest begins with a literal or literals: re skips ahead to those, which a look-behind prevents."""
    unguarded = regex.pattern[len(WORD_START):]
    return re.compile(unguarded, regex.flags) if fast_start(unguarded, regex.flags) else None


def _required(spec: dict, plain_macros: dict, frequent: dict, tested_last: frozenset) -> tuple:
    """The rule's required words, read from its pattern with the tables as plain alternations (whole words)."""
    plain, _lowered, _capitals = _compile(spec["pattern"], plain_macros, spec.get("case_sensitive", False))
    return required_words(plain.pattern, plain.flags, frequent, tested_last)


def _compile_rule(spec: dict, macros: dict, plain_macros: dict, source: str, frequent: dict,
                  tested_last: frozenset) -> Rule:
    unknown = set(spec) - RULE_KEYS
    if unknown:
        raise TimelineError(f"{source}: rule {spec.get('name')!r} has unknown keys {sorted(unknown)}")
    try:
        return _build_rule(spec, macros, source, frequent, tested_last, plain_macros)
    except re.error as error:
        raise TimelineError(f"{source}: rule {spec.get('name')!r}: a pattern does not compile "
                            f"({error.msg} at position {error.pos} of the expanded pattern)") from None


def _build_rule(spec: dict, macros: dict, source: str, frequent: dict, tested_last: frozenset,
                plain_macros: dict) -> Rule:
    context_flags = 0 if spec.get("case_sensitive") else re.IGNORECASE
    before = spec.get("reject_before")
    after = spec.get("reject_after")
    regex, lowered, capitals = _compile(spec["pattern"], macros, spec.get("case_sensitive", False))
    scanner = _scanner(regex)
    return Rule(
        name=spec["name"],
        regex=regex if scanner is not None or spec.get("anchor") else _first_checked(regex),
        lowered=lowered,
        capitals=capitals,
        scanner=scanner,
        required=((frozenset({SHAPE + spec["word_shape"]}),) if spec.get("word_shape") else ())
        + _required(spec, plain_macros, frequent, tested_last),
        type=spec["type"],
        value=str(spec["value"]),
        mod=spec.get("mod"),
        suffix=str(spec.get("suffix", "")),
        reject_before=re.compile("(?:" + expand(before, macros) + r")$", context_flags) if before else None,
        reject_after=re.compile(expand(after, macros), context_flags) if after else None,
        priority=int(spec.get("priority", 0)),
        reference=bool(spec.get("reference", True)),
        optional=bool(spec.get("optional", False)),
        entry=bool(spec.get("entry", False)),
        anaphoric=bool(spec.get("anaphoric", False)),
        holiday=bool(spec.get("holiday", False)),
        open_meridiem=bool(spec.get("open_meridiem", False)),
        anchor=re.compile(expand(spec["anchor"], macros)) if spec.get("anchor") else None,
        reach=int(spec.get("reach", 0)),
        moves_reference=spec.get("moves_reference"),
        tense_from=tuple(spec.get("tense_from", ())),
        examples=tuple(spec.get("examples", ())),
        source=source,
    )


def _word_costs(grammar: dict) -> dict:
    """Words too common to filter sentences on well, with what each costs as a filter (see prefilter.py)."""
    costs = {str(word).lower(): COMMON_COST for word in grammar.get("common_words", ())}
    costs.update((str(word).lower(), FREQUENT_COST) for word in grammar.get("frequent_words", ()))
    return costs


@lru_cache(maxsize=None)
def load_language(name: str | Path = "en") -> Language:
    """Read and compile resources/<name>/ (or a resource folder given as a Path) once per process."""
    folder = name if isinstance(name, Path) else RESOURCE_ROOT / name
    if not folder.is_dir():
        raise TimelineError(f"no temporal resources for language {str(name)!r} in {folder.parent}")
    tables = _read_yaml(folder / "lexicon.yaml")
    grammar = _read_yaml(folder / "grammar.yaml")
    macros = build_macros(tables, grammar.get("macros", {}))
    plain_macros = build_macros(tables, grammar.get("macros", {}), trie=False)
    frequent = _word_costs(grammar)
    tested_last = frozenset(str(string).lower() for string in grammar.get("tested_last", ()))
    rules = []
    for path in sorted(folder.glob("rules_*.yaml")):
        for spec in _read_yaml(path) or []:
            rules.append(_compile_rule(spec, macros, plain_macros, path.name, frequent, tested_last))
    tense = grammar["tense"]
    return Language(
        name=str(name),
        tables={k: {str(w).lower(): v for w, v in t.items()} for k, t in tables.items()},
        rules=tuple(rules),
        macros=macros,
        # One pattern, group named by tense; future first: "scheduled", "planned" read as future.
        # Case-sensitive: cue verbs are lower case inside a sentence ("will", "said"), and this is faster.
        # Cues start at a word boundary (each list begins with \b): checking that once, up front, lets
        # most positions fail at once; after a word only punctuation ("'ll") may start a cue.
        tense_cues=re.compile(tense.get("cue_start", CUE_START) + "(?:" + "|".join(
            f"(?P<{group}>{expand(tense[group], macros)})" for group in CUE_GROUPS if tense.get(group)) + ")"),
        passive=re.compile("(?:" + tense["passive"] + ")$") if tense.get("passive") else None,
        **{field: _optional(tense, key, macros) for field, key in OPTIONAL_TENSE.items()},
        **{field: _optional(grammar, key, macros) for field, key in OPTIONAL_GRAMMAR.items()},
        sentence_break=re.compile(grammar["sentence_break"]),
        settings=grammar.get("settings", {}),
        presence=Presence(tuple(sorted({w for r in rules for words in r.required for w in words} - {DIGIT, DIGITS4})),
                          tuple(rule.required for rule in rules), grammar.get("word_shapes")),
    )
