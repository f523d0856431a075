"""First phase: run every rule of a language over the text and keep the best non-overlapping matches.

The engine is language-neutral: patterns, tables and templates come from resources/<lang>/.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterator

from timeline.temporal.day_arithmetic import HEADLINE, tense_of
from timeline.temporal.meridiem import read_open_hours
from timeline.temporal.model import ANY_DAY, BARE_TIME, OR, WEEKDAY_SPEC, Match, alternatives, needs_tense
from timeline.temporal.resources import Language, Rule
from timeline.temporal.templates import fill
from timeline.temporal.tense import is_headline, past_in_sentence, tense_at

SEGMENT = 2000  # longest stretch of a sentence searched as one piece (a 1 MB line is cut at spaces)
CHUNK = 1 << 16  # texts are tagged in pieces of about this size, so work and memory stay per-piece
CONTEXT = 40  # characters around a match that reject_before / reject_after may look at
SPAN_GROUP = "t"  # a rule may mark the timex inside a larger match with the group (?P<t>...)
NONE = "NONE"  # type of negative rules: their matches only block others
MORNING = "TMO"  # the suffix of a morning ("dawn", "by morning"): one a night may run to
MIDNIGHT = "T24:00"  # the suffix of midnight, the end of its day: a time running from it began the day before's
TODAY, DAY_BEFORE = "@dct:D+0", "@dct:D-1"  # the day of publication and the one before it


def chunks(text: str, size: int = CHUNK) -> Iterator[tuple[int, str]]:
    """Split at line breaks (or spaces) so no expression is cut; very long lines are cut hard."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            if cut < 0:
                cut = text.rfind(" ", start + size // 2, end)
            end = cut + 1 if cut >= 0 else end
        yield start, text[start:end]
        start = end


def segments(text: str, breaks, size: int = SEGMENT) -> Iterator[tuple[int, int]]:
    """Sentences (by the language's sentence_break), overlong ones cut at spaces: the prefilter's unit."""
    start = 0
    for found in breaks.finditer(text):
        end = found.end()
        if end - start <= size:  # the usual case, without the generator below
            yield start, end
        else:
            yield from _cut(text, start, end, size)
        start = end
    yield from _cut(text, start, len(text), size)


def _cut(text: str, start: int, end: int, size: int) -> Iterator[tuple[int, int]]:
    while end - start > size:
        cut = text.rfind(" ", start + size // 2, start + size)
        cut = cut if cut > start else start + size
        yield start, cut
        start = cut
    if end > start:
        yield start, end


def lower_same_length(text: str) -> str:
    """Lower-cased text whose offsets match the original (only rare letters change length when lowered)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def find_matches(text: str, language: Language, offset: int = 0) -> list[Match]:
    """The selected, not yet resolved matches in text (offsets shifted by offset)."""
    candidates = []
    lowered = lower_same_length(text)
    rules, rules_in = language.rules, language.presence.rules_in
    for start, end in segments(text, language.sentence_break):
        # Only rules whose required strings all occur in the segment can match in it.
        for index in rules_in(lowered[start:end]):
            rule = rules[index]
            for found in _matches(rule, lowered if rule.lowered else text, start, end):
                span = _span(found, rule, text)
                if span is not None:
                    candidates.append((span[0], span[1], rule.priority, index, found, start, end))

    def build(candidate):
        return _build(candidate, language.rules[candidate[3]], text, language, offset)

    # Negative rules (type NONE) win their span like any rule, then are dropped: "a second time".
    selected = [match for match in select(candidates, build) if match.type != NONE]
    return read_open_hours(selected, text, language, offset)


def _matches(rule: Rule, text: str, start: int, end: int) -> Iterator[re.Match]:
    """The rule's matches in text[start:end], as its regex.finditer finds them."""
    if rule.anchor is not None:  # no match starts before the anchor's first occurrence less the rule's reach
        first = rule.anchor.search(text, start, end)
        if first is None:
            return iter(())
        start = max(start, first.start() - rule.reach)
    if rule.scanner is None:
        return rule.regex.finditer(text, start, end)
    return _scan(rule.scanner, text, start, end)


def _scan(scanner: re.Pattern, text: str, start: int, end: int) -> Iterator[re.Match]:
    """A rule's matches found with its scanner (its regex without the leading word guard): re skips ahead to
    where a match may start and the guard is checked here; a match starting inside a word is dropped and the
    search goes on from the next character, exactly as the guarded regex would have."""
    search, at = scanner.search, start
    while (found := search(text, at, end)) is not None:
        begin = found.start()
        if begin and (text[begin - 1].isalnum() or text[begin - 1] == "_"):  # what \w matches
            at = begin + 1
            continue
        yield found
        at = found.end() if found.end() > begin else begin + 1


def _span(found, rule: Rule, text: str) -> tuple[int, int] | None:
    """The timex's span in the match, or None when the rule's context rejects it."""
    marked = SPAN_GROUP in found.re.groupindex and found.group(SPAN_GROUP)
    start, end = found.span(SPAN_GROUP) if marked else found.span()
    if start == end:
        return None
    for group in rule.capitals:  # "May" the month, not "may" the verb
        at = found.start(group)
        if at >= 0 and not text[at].isupper():
            return None
    before = rule.reject_before
    if before is not None and before.search(text, max(0, found.start() - CONTEXT), found.start()):
        return None
    if rule.reject_after is not None and rule.reject_after.match(text, found.end(), found.end() + CONTEXT):
        return None
    return start, end


FILL_CACHE = 20_000  # filled (value, mod, suffix) remembered per language, by rule and group texts


def _build(candidate: tuple, rule: Rule, text: str, language: Language, offset: int) -> Match | None:
    """The Match of a selected candidate (start, end, priority, rule index, regex match, sentence bounds)."""
    start, end, _priority, index, found, sentence_start, sentence_end = candidate
    key = (index, found.groups())
    filled = language.fills.get(key)
    if filled is None:
        if len(language.fills) >= FILL_CACHE:
            language.fills.clear()
        filled = language.fills[key] = _fill_rule(rule, found.groupdict(), language)
    value, mod, suffix, moves = filled
    if value is None:
        return None
    kind, value = _habitual(rule, value, text, start, end, sentence_start, sentence_end, language)
    if (value == BARE_TIME and suffix[1:2].isdigit()
            and _before(language.since_now_before, text, start, sentence_start, SINCE_REACH)):
        value = DAY_BEFORE if suffix == MIDNIGHT else TODAY  # "I've been here since 5am": today's, since its start
    # Only a value that depends on the wording (bare weekday, month, clock time) needs the sentence's tense.
    tense, apposed, joins_next, joins_range_end, ends_range, event = None, False, -1, False, False, False
    converts = reached = starts_range = False
    if needs_tense(value, rule.type):
        tense = tense_at(text, *_tense_span(found, rule, start, end), sentence_start, sentence_end, language)
        if tense is None and value.startswith(WEEKDAY_SPEC) and _uncued_ahead(text, end, sentence_start, sentence_end,
                                                                              language):
            tense = language.settings["uncued_weekday"]  # "Runners leave the tram at 5 a.m. Saturday": ahead
        apposed = _apposed(text, start, sentence_start, language)  # "Diwali on Friday", "Nov. 23, 1979, Black Friday"
        if value.startswith(WEEKDAY_SPEC) and value.endswith("~") and is_headline(text, sentence_start, sentence_end,
                                                                                   language):
            tense = (tense or "") + HEADLINE  # a headline's weekday some days back is the coming one
        if value.startswith(WEEKDAY_SPEC):
            ends_range = _before(language.range_end_before, text, start, sentence_start)
            starts_range = _starts_range(text, start, end, sentence_start, sentence_end, language)
        elif value == BARE_TIME:
            ends_range = _before(language.range_end_before, text, start, sentence_start)
            reached = suffix.startswith(MORNING) and _before(language.morning_reached_before, text, start,
                                                             sentence_start)
            joins_next = _joins_next(language.time_joined_to_day, text, end, sentence_end, offset)
            converts = _before(language.converted_time_before, text, start, sentence_start)
            if joins_next < 0:
                joins_next = _joins_next(language.time_range_joiner, text, end, sentence_end, offset)
                joins_range_end = joins_next >= 0
            # "Polls are open from 6 a.m.": an hour of the vote ahead, if the story named its day
            event = (tense_of(tense) != "past"
                     and _before(language.event_hours, text, start, sentence_start, EVENT_REACH))
    if value.startswith(WEEKDAY_SPEC):  # bare or possessive: "Monday for Presidents Day", "Monday's Memorial Day"
        joins_next = _joins_next(language.apposition_after, text, end, sentence_end, offset)
    # only a date that may become the story's reference needs to know whether it dates a report (History.note)
    reports = (kind in ("DATE", "TIME") and rule.reference
               and _before(language.report_date_before, text, start, sentence_start, REPORT_REACH)
               and _joins_next(language.report_date_not_after, text, end, sentence_end, offset) < 0)
    frames = _frame_end(text, end, sentence_end, language, offset) if kind == "DATE" else -1
    # "runs until Sunday, February 26": the end of an event, not the day the story goes on telling
    # ("runs through July 4, when it closes with fireworks at 10 p.m." goes on telling that day)
    event_end = (kind == "DATE" and frames < 0
                 and (_before(language.event_end_before, text, start, sentence_start, EVENT_REACH)
                      or rule.holiday and _before(language.holiday_point_before, text, start, sentence_start)))
    since = kind == "DATE" and _before(language.since_before, text, start, sentence_start, SINCE_REACH)
    # "mail piled up since Aug. 29": a start told in passing, unless the words after it go on telling that day
    # ("since Monday, when the storm crossed", "since Oct. 10, the day before the strike")
    in_passing = since and frames < 0 and not _after(language.since_told_after, text, end, sentence_end)
    # only a date that may become the story's reference is noted as the day its figures are for (History.note)
    figure_day = kind == "DATE" and rule.reference and _before(language.figure_day_before, text, start, sentence_start)
    return Match(start + offset, end + offset, text[start:end], kind, value, mod, rule.name,
                 suffix, tense, reference=rule.reference, sentence=sentence_start + offset,
                 optional=rule.optional, apposed=apposed, joins_next=joins_next,
                 joins_range_end=joins_range_end, moves_reference=moves, ends_range=ends_range, reports=reports,
                 entry=rule.entry, anaphoric=rule.anaphoric, event=event, frames=frames,
                 open_meridiem=rule.open_meridiem, since=since, in_passing=in_passing, converts=converts,
                 event_end=event_end, figure_day=figure_day, reached=reached, starts_range=starts_range)


def _starts_range(text: str, start: int, end: int, sentence_start: int, sentence_end: int, language: Language) -> bool:
    """Whether a weekday starts a range of days: "Thursday through Monday", "between Thursday and Tuesday"."""
    after, between, joined = language.range_start_after, language.range_between_before, language.range_and_after
    return (after is not None and after.match(text, end, sentence_end) is not None
            or _before(between, text, start, sentence_start)
            and joined is not None and joined.match(text, end, sentence_end) is not None)


def _uncued_ahead(text: str, end: int, sentence_start: int, sentence_end: int, language: Language) -> bool:
    """Whether a weekday with no tense cue near it is one still to come: in running text, not in a headline (which tells
    past news in the present: "Phoenix hits 119 degrees Saturday") unless the headline says what is to come ("to
    mark"), nor in a sentence with a past cue anywhere, nor at the start of a range ("open Monday through Friday");
    those keep the nearer one."""
    if not language.settings.get("uncued_weekday"):
        return False
    title, range_start = language.title_line, language.range_start_after
    if title is not None and title.fullmatch(text, sentence_start, sentence_end) is not None:
        ahead = language.title_future  # "Nation to mark Heroes' Day on Monday"
        return ahead is not None and ahead.search(text, sentence_start, sentence_end) is not None
    return not (range_start is not None and range_start.match(text, end, sentence_end) is not None
                or past_in_sentence(text, end, sentence_start, sentence_end, language))


def _tense_span(found: re.Match, rule: Rule, start: int, end: int) -> tuple[int, int]:
    """Where the tense is read: the first of the rule's tense_from groups that matched, else the timex's span."""
    for group in rule.tense_from:
        if found.start(group) >= 0:
            return found.span(group)
    return start, end


def _habitual(rule: Rule, value: str, text: str, start: int, end: int, sentence_start: int, sentence_end: int,
              language: Language) -> tuple[str, str]:
    """(type, value) of a match told as a habit, of no particular day or year; else as the rule gave them."""
    kind = rule.type
    if "@" not in value:
        return kind, value  # an absolute value ("P3Y", "1998-08-07") names no weekday, month or clock time to generalize
    if value == BARE_TIME and _spread(text, sentence_start, sentence_end, language) and not (
            language.spread_own_day is not None and language.spread_own_day.match(text, end, sentence_end)):
        return kind, ANY_DAY  # "between 2 p.m. and 10 p.m. from Tuesday to Thursday": no one day
    # a holiday keeps its year: "demand usually peaks between Christmas and mid-February" (held-out annotators 8 of 9)
    generic = GENERIC_IN_YEAR.fullmatch(value) if language.habitual_year is not None and not rule.holiday else None
    if generic is not None and language.habitual_year.search(text, max(sentence_start, start - YEAR_HABIT_REACH),
                                                              start) is not None:
        # "the flu season usually peaks in August", "in July and August": every year's August
        return kind, "XXXX-" + next(group for group in generic.groups() if group)
    weekday = WEEKDAY_IN_SPEC.search(value)
    if weekday is not None and _in_habit(text, start, end, sentence_start, sentence_end, language, kind != "TIME"):
        # "open from 10 a.m. to 9 p.m., Monday through Saturday": no particular days
        return ("TIME", ANY_DAY) if kind == "TIME" else ("SET", RECURRING_WEEKDAY + weekday.group(1))
    return kind, value


WEEKDAY_IN_SPEC = re.compile(r"@(?:dct|ref):WD=([1-7])")  # a weekday the value names, as a rule wrote it
RECURRING_WEEKDAY = "XXXX-WXX-"  # that weekday every week
# a month or month-day named alone, or a month ending a range ("runs from November to April") or coordinated with one
# ("in July and August"), with no year
GENERIC_IN_YEAR = re.compile(r"@dct:(?:(?:MO|MD)=|MRE=\d\d\.)(\d\d(?:-\d\d)?)~|@ref:MO=(\d\d)>|@dct:MRS=(\d\d)\.\d\d~")
YEAR_HABIT_REACH = 80  # characters before such a month searched for what tells it of every year ("usually peaks in")

REPORT_REACH = 40  # characters before a date searched for the verb that makes it the report's ("told the inquiry ")
SINCE_REACH = 50  # characters before a date searched for what makes it the start of a time running to now
EVENT_REACH = 80  # characters before a clock time searched for what makes it an hour of the day ahead (event_hours)

APPOSITION_REACH = 14  # characters before a weekday searched for what joins it to the day before (" falls on ")


def _joins_next(joiner: re.Pattern | None, text: str, end: int, sentence_end: int, offset: int) -> int:
    """Where the words joining a match to the expression after it end (offset into the document), or -1."""
    joined = joiner.match(text, end, sentence_end) if joiner is not None else None
    return joined.end() + offset if joined is not None else -1


def _apposed(text: str, start: int, sentence_start: int, language: Language) -> bool:
    return _before(language.apposition, text, start, sentence_start)


def _frame_end(text: str, end: int, sentence_end: int, language: Language, offset: int) -> int:
    """Where the clause a date frames ends ("last year, when they ran from December 21 ..., and"), or -1."""
    if language.frame_after is None or language.frame_after.match(text, end, sentence_end) is None:
        return -1
    stop = language.frame_end.search(text, end, sentence_end) if language.frame_end is not None else None
    return (stop.start() if stop is not None else sentence_end) + offset


def _after(words: re.Pattern | None, text: str, end: int, sentence_end: int) -> bool:
    """Whether the words start right after end, in the sentence."""
    return words is not None and words.match(text, end, sentence_end) is not None


def _before(words: re.Pattern | None, text: str, start: int, sentence_start: int, reach: int = APPOSITION_REACH) -> bool:
    """Whether the words end right before start, in the sentence (searched within reach characters)."""
    return words is not None and words.search(text, max(sentence_start, start - reach), start) is not None


HABIT_REACH = 90  # characters searched on each side of a weekday for a habit it belongs to (a span of hours)
HABIT_GROUPS = ("days", "days2", "days3", "days4", "days5")  # the weekdays in each alternative of habitual_days


def _in_habit(text: str, start: int, end: int, sentence_start: int, sentence_end: int, language: Language,
              days_only: bool) -> bool:
    """Whether the match lies in a weekday range told as a habit (days_only), or anywhere in such a habit with its
    hours: "open from 10 a.m. to 9 p.m., Monday through Saturday"."""
    if language.habitual_days is None:
        return False
    lo, hi = max(sentence_start, start - HABIT_REACH), min(sentence_end, end + HABIT_REACH)
    anchor = language.habitual_days_anchor
    if anchor is not None and anchor.search(text, lo, hi) is None:
        return False
    for habit in language.habitual_days.finditer(text, lo, hi):
        group = next((g for g in HABIT_GROUPS if habit.group(g) is not None), None)
        inside = habit.span(group) if days_only and group is not None else habit.span()
        if inside[0] <= start and end <= inside[1]:
            return True
    return False


def _spread(text: str, sentence_start: int, sentence_end: int, language: Language) -> bool:
    return language.spread is not None and language.spread.search(text, sentence_start, sentence_end) is not None


def _fill_rule(rule: Rule, groups: dict, language: Language) -> tuple:
    """(value, mod, suffix, moves_reference) of a rule's match; value None when its groups do not normalize."""
    value = _fill_value(rule.value, groups, language)
    if value is None:
        return None, None, "", None
    mod = fill(rule.mod, groups, language.tables, language.settings, strict=False) if rule.mod else None
    suffix = fill(rule.suffix, groups, language.tables, language.settings, strict=False) if rule.suffix else ""
    moves = _fill_value(rule.moves_reference, groups, language) if rule.moves_reference else None
    return value, mod or None, suffix or "", moves


def _fill_value(template: str, groups: dict, language: Language) -> str | None:
    """Alternatives ("a||b") whose groups did not match drop out; None when none is left."""
    filled = [fill(part, groups, language.tables, language.settings) for part in alternatives(template)]
    kept = [part for part in filled if part]
    return OR.join(kept) if kept else None


def select(candidates: list[tuple], build) -> list[Match]:
    """Longest match wins, then higher priority, then the earlier rule; kept in text order.

    candidates are (start, end, priority, rule index, ...); build() makes the Match of a winner,
    or None when its values do not normalize, and then the next candidate gets the span.
    """
    candidates.sort(key=lambda c: (c[0] - c[1], -c[2], c[3], c[0]))
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Match] = []
    for candidate in candidates:
        start, end = candidate[0], candidate[1]
        at = bisect.bisect_left(starts, start)
        if (at > 0 and ends[at - 1] > start) or (at < len(starts) and starts[at] < end):
            continue
        match = build(candidate)
        if match is None:
            continue
        starts.insert(at, start)
        ends.insert(at, end)
        kept.insert(at, match)
    return kept

