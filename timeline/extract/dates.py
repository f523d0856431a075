"""Adapter from the temporal tagger's TIMEX3 values to the event model's dates.

A Timex value such as "2012-06-05", "2012-06", "2011", "1989-Q3" or "198X" becomes a TimePoint at the
precision written (never finer), a range where the value covers one (a quarter, a decade), and two
date phrases joined as "Wednesday and Thursday" become one range. Durations, sets and vague references
("PAST_REF") name no point in time and make no event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Sequence

from timeline.dates import DateFormatError, TimePoint
from timeline.extract import resources

POINT_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?")
BC_VALUE = re.compile(r"^BC(\d{4})$")
QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")
HALF_VALUE = re.compile(r"^(\d{4})-H([12])$")
WEEK_VALUE = re.compile(r"^(\d{4})-W(\d{2})$")
DECADE_VALUE = re.compile(r"^(\d{3})X$")
UNRESOLVED_VALUE = re.compile(r"X{2,}|^XXXX|UNDEF")
DATE_TYPES = ("DATE", "TIME")
LEAD_SENTENCES = 3  # the story of the lead's day goes on for this many sentences at most
MOD_BOUND = {"BEFORE": "before", "ON_OR_BEFORE": "by", "AFTER": "after", "ON_OR_AFTER": "after"}
MOD_APPROXIMATE = {"APPROX"}


@dataclass(frozen=True)
class DateSpan:
    """A date phrase of the text, as an event date: a point or a range, with its bound and relation to now."""

    start: int
    end: int
    text: str
    date: TimePoint
    end_date: TimePoint | None = None
    bound: str | None = None  # "before", "by" or "after"
    approximate: bool = False
    relation: str = "unknown"  # "past", "present" or "future" relative to the publication date
    explicit: bool = False  # written with digits or a month name, not only relative to the publication date


def to_time_point(value: str) -> tuple[TimePoint, TimePoint | None] | None:
    """A TIMEX3 value as (date, end) at the precision it carries; None when it names no point in time."""
    if not value or UNRESOLVED_VALUE.search(value):
        return None
    before_christ = BC_VALUE.match(value)
    if before_christ:  # TIMEX3 "BC0044" is 44 BCE, year -43 counted astronomically
        return TimePoint(1 - int(before_christ.group(1))), None
    quarter = QUARTER_VALUE.match(value)
    if quarter:
        year, q = int(quarter.group(1)), int(quarter.group(2))
        return TimePoint(year, 3 * q - 2), TimePoint(year, 3 * q)
    half = HALF_VALUE.match(value)
    if half:
        year, h = int(half.group(1)), int(half.group(2))
        return TimePoint(year, 6 * h - 5), TimePoint(year, 6 * h)
    week = WEEK_VALUE.match(value)
    if week:
        return _week_month(int(week.group(1)), int(week.group(2)))
    decade = DECADE_VALUE.match(value)
    if decade:
        first = int(decade.group(1)) * 10
        return TimePoint(first), TimePoint(first + 9)
    match = POINT_VALUE.match(value)
    if not match or (len(value) > match.end() and value[match.end()] not in "T"):
        return None  # weeks ("2012-W23"), seasons ("2012-SU") and the like: no calendar point to show
    year, month, day, hour, minute = match.groups()
    text = year + (f"-{month}" if month else "") + (f"-{day}" if day else "") + (f"T{hour}:{minute}" if hour else "")
    try:
        return TimePoint.parse(text), None
    except DateFormatError:
        return None


def _week_month(year: int, week: int) -> tuple[TimePoint, TimePoint | None] | None:
    """"this week" names no day; when the whole week lies in one month, that month is its precision, else
    its days from Monday to Sunday."""
    try:
        monday = date.fromisocalendar(year, week, 1)
        sunday = date.fromisocalendar(year, week, 7)
    except ValueError:
        return None
    if (monday.year, monday.month) != (sunday.year, sunday.month):  # "early this week" of Mon 30 Oct .. Sun 5 Nov
        return TimePoint(monday.year, monday.month, monday.day), TimePoint(sunday.year, sunday.month, sunday.day)
    return TimePoint(monday.year, monday.month), None


def date_spans(text: str, timexes: Sequence, published: TimePoint | None) -> list[DateSpan]:
    """The date phrases of text that can date an event, ranges joined, in text order."""
    spans: list[DateSpan] = []
    for timex in timexes:
        if timex.type == "DURATION":
            point = _recent_period(timex, published) or _opening_period(timex, published) or _coming_quarters(
                timex, published)
        elif timex.type not in DATE_TYPES:
            continue
        else:
            point = to_time_point(timex.value)
        if point is None:
            continue
        span = _make_span(text, timex, point, published)
        if spans and _joins(text, spans[-1], span):
            span = _join(text, spans[-1], span)
            spans.pop()
        spans.append(span)
    return spans


DURATION_VALUE = re.compile(r"^P(\d+)([DWMY])$")


def _recent_period(timex, published: TimePoint | None) -> tuple[TimePoint, TimePoint] | None:
    """"over the last two weeks", "in the past three months": the period that ends on the publication day."""
    match = DURATION_VALUE.match(timex.value or "")
    words = resources.load("dates")["recent_openers"]
    if match is None or published is None or published.day is None:
        return None
    if not any(timex.text.lower().startswith(w + " ") for w in words):
        return None
    count, unit = int(match.group(1)), match.group(2)
    end = date(published.year, published.month, published.day)
    if unit in "DW":
        first = date.fromordinal(end.toordinal() - count * (7 if unit == "W" else 1))
        return TimePoint(first.year, first.month, first.day), TimePoint(end.year, end.month, end.day)
    months = end.year * 12 + end.month - 1 - count * (12 if unit == "Y" else 1)
    if unit == "Y":
        return TimePoint(months // 12), TimePoint(end.year)
    return TimePoint(months // 12, months % 12 + 1), TimePoint(end.year, end.month)


def _opening_period(timex, published: TimePoint | None) -> tuple[TimePoint, TimePoint] | None:
    """"for the first nine months": the year's opening months, of the publication year once they are over
    (of the year before otherwise)."""
    match = DURATION_VALUE.match(timex.value or "")
    words = resources.load("dates")["opening_openers"]
    if match is None or published is None or published.month is None or match.group(2) != "M":
        return None
    if not any(timex.text.lower().startswith(w + " ") for w in words) or not 1 < int(match.group(1)) < 12:
        return None
    count = int(match.group(1))
    year = published.year if published.month > count else published.year - 1
    return TimePoint(year, 1), TimePoint(year, count)


def _coming_quarters(timex, published: TimePoint | None) -> tuple[TimePoint, TimePoint] | None:
    """"spread over the next three quarters" (P9M): that many quarters, from the one in progress at publication."""
    match = DURATION_VALUE.match(timex.value or "")
    word_lists = resources.load("dates")
    if match is None or match.group(2) != "M" or int(match.group(1)) % 3:
        return None
    if published is None or published.month is None:
        return None
    lowered = timex.text.lower()
    if not any(lowered.startswith(w + " ") for w in word_lists["coming_openers"]):
        return None
    if not any(w in lowered.split() for w in word_lists["quarter_words"]):
        return None
    first = published.year * 12 + (published.month - 1) // 3 * 3
    last = first + int(match.group(1)) - 1
    return TimePoint(first // 12, first % 12 + 1), TimePoint(last // 12, last % 12 + 1)


def _make_span(text: str, timex, point: tuple[TimePoint, TimePoint | None], published: TimePoint | None) -> DateSpan:
    start_point, end_point = point
    bound = MOD_BOUND.get(timex.mod or "") or _preposition_bound(text, timex.start)
    return DateSpan(
        start=timex.start,
        end=timex.end,
        text=timex.text,
        date=start_point,
        end_date=end_point,
        bound=bound,
        approximate=(timex.mod or "") in MOD_APPROXIMATE,
        relation=_relation(start_point, end_point, published),
        explicit=_is_explicit(timex.text),
    )


def _preposition_bound(text: str, start: int) -> str | None:
    before = text[max(0, start - 20): start].lower().split()
    if not before:
        return None
    return resources.load("dates")["bound_words"].get(before[-1])


def _is_explicit(phrase: str) -> bool:
    if re.search(r"\d", phrase):
        return True
    months = resources.word_set("dates", "month_words")
    return any(word in months for word in re.findall(r"[a-z]+", phrase.lower()))


def _relation(start: TimePoint, end: TimePoint | None, published: TimePoint | None) -> str:
    if published is None:
        return "unknown"
    last = (end or start).end_key()
    if last < published.start_key():
        return "past"
    if start.start_key() > published.end_key():
        return "future"
    return "present"


def _joins(text: str, first: DateSpan, second: DateSpan) -> bool:
    """"Wednesday and Thursday", "June 6-7", "from 2010 to 2012": one range, not two dates."""
    gap = text[first.end: second.start].strip().lower()
    words = resources.load("dates")
    if first.end_date is not None or second.end_date is not None or first.date.precision != second.date.precision:
        return False
    if second.date.start_key() <= first.date.start_key():
        return False
    if gap in words["range_words"]:
        return True
    opener = text[max(0, first.start - 12): first.start].lower().split()
    if gap in words["pair_words"] and opener and opener[-1] in words["range_openers"]:
        return True  # "between 1982 and 1992"
    # "and" joins only neighbours: "Monday and Friday" are two days, "Wednesday and Thursday" one summit.
    return gap in words["pair_words"] and _adjacent(first.date, second.date)


def _adjacent(first: TimePoint, second: TimePoint) -> bool:
    if first.precision == "year":
        return second.year == first.year + 1
    if first.precision == "month":
        return (second.year * 12 + second.month) - (first.year * 12 + first.month) == 1
    if first.precision == "day":
        return (_ordinal(second) - _ordinal(first)) == 1
    return False


def _ordinal(point: TimePoint) -> int:
    return date(point.year, point.month, point.day).toordinal()


def _join(text: str, first: DateSpan, second: DateSpan) -> DateSpan:
    relation = first.relation if first.relation == second.relation else "present"
    return DateSpan(
        start=first.start,
        end=second.end,
        text=text[first.start: second.end],
        date=first.date,
        end_date=second.date,
        bound=first.bound,
        approximate=first.approximate or second.approximate,
        relation=relation,
        explicit=first.explicit or second.explicit,
    )


def as_dct(published: TimePoint | None) -> date | None:
    """The publication date as the tagger's document creation time, when it names a day."""
    if published is None or published.day is None or published.year < 1:
        return None
    return date(published.year, published.month, published.day)


def lead_span(text: str, sentences: Sequence, spans: list[DateSpan], published: TimePoint | None) -> list[DateSpan]:
    """"Xerox Corp. has told employees ...", "Orkem S.A. is making a friendly bid ...": a lead sentence with
    no date phrase, told in the present perfect or progressive, is the news of the publication day. The span
    is empty, placed just after the verb group, so the verb is the nearest event word."""
    if published is None or published.day is None or not sentences:
        return []
    lead = sentences[0]
    aside = _aside_lead(text, lead, spans, published)
    if aside or any(lead.start <= s.start < lead.end for s in spans):
        return aside
    match = re.search(resources.load("dates")["lead_news"], text[lead.start: lead.end], re.IGNORECASE)
    if match is None:
        return []
    at = lead.start + match.end()
    return [DateSpan(start=at, end=at, text="", date=published, relation="present")]


def _aside_lead(text: str, lead, spans: list[DateSpan], published: TimePoint) -> list[DateSpan]:
    """"Coleco Industries Inc., a toy maker whose stock peaked in the early 1980s, filed a plan ...": the lead's
    date phrases all date its subject's aside, and the main verb right after it, in the simple past, is the news
    of the publication day."""
    from timeline.extract.verbs import find_verbs

    match = re.match(resources.load("dates")["lead_aside"], text[lead.start: lead.end])
    if match is None:
        return []
    aside_start, aside_end = lead.start + match.start(1), lead.start + match.end(1)
    if not all(aside_start <= s.start and s.end <= aside_end for s in spans if lead.start <= s.start < lead.end):
        return []
    at = lead.start + match.end()
    verbs = find_verbs(text, at, lead.end)[:1]
    if not verbs or verbs[0].start != at or verbs[0].form != "ed":
        return []
    return [DateSpan(start=verbs[0].end, end=verbs[0].end, text="", date=published, relation="present")]


def carried_spans(text: str, sentences: Sequence, spans: list[DateSpan], published: TimePoint | None) -> list[DateSpan]:
    """"Some 1,500 ethnic Albanians marched Sunday ... The police barred the crowd ...": a sentence with no date
    phrase right after one dated to a recent day, told in the past tense, goes on with that day. The span is
    empty, placed just after the sentence's first event verb."""
    from timeline.extract.verbs import find_verbs

    if published is None or published.day is None:
        return []
    carried = []
    for before, sentence in list(zip(sentences, sentences[1:]))[:LEAD_SENTENCES]:
        if before.paragraph + 1 < sentence.paragraph or any(sentence.start <= s.start < sentence.end for s in spans):
            continue
        dated = [s for s in spans if before.start <= s.start < before.end]
        if len(dated) != 1 or dated[0].end_date or dated[0].date.day is None or dated[0].relation == "future":
            continue
        day, now = dated[0].date, published
        if abs(date(day.year, day.month, day.day).toordinal() - date(now.year, now.month, now.day).toordinal()) > 3:
            continue
        verbs = find_verbs(text, sentence.start, sentence.end)[:1]
        subject = text[sentence.start: verbs[0].start].split() if verbs else []
        subject = _after_place_opener(subject)
        # "The police barred the crowd": a short subject, then the verb in the simple past; not "which has
        # maintained the site", "Ukraine was ruled from Moscow" (background), nor after an opening phrase
        simple = bool(subject) and len(subject) <= 6 and "," not in " ".join(subject) and not (
            set(w.lower() for w in subject) & resources.word_set("clauses", "auxiliaries"))
        if verbs and verbs[0].form == "ed" and simple:
            at = verbs[0].end
            carried.append(replace(dated[0], start=at, end=at, text=""))
    return carried


def _after_place_opener(words: list[str]) -> list[str]:
    """"At the Harry Truman Library in Independence, the ministers": the words after an opening phrase that
    names a place ("at"/"in" ... a capitalized name, up to a comma); the words unchanged otherwise."""
    table = resources.load("dates")
    head = " ".join(words).split(",", 1)
    if len(head) < 2 or not head[1].strip():
        return words
    opener = head[0].split()
    if len(opener) < 2 or len(opener) > int(table["place_opener_words"]):
        return words
    lowered = " ".join(opener).lower()
    if not any(lowered.startswith(p + " ") for p in resources.word_set("dates", "place_openers")):
        return words
    if not any(w[:1].isupper() for w in opener[1:]):
        return words
    return head[1].split()


def reported_spans(text: str, sentences: Sequence, spans: list[DateSpan], published: TimePoint | None) -> list[DateSpan]:
    """"Latest figures show a sharp rise ...": a sentence at the top of the story, with no date phrase, reporting
    new figures in the simple present, is a fact of the publication day. The span is empty, just after the verb."""
    if published is None or published.day is None:
        return []
    table = resources.load("dates")
    found = []
    for sentence in sentences[: int(table["reported_fact_sentences"])]:
        if any(sentence.start <= s.start < sentence.end for s in spans):
            continue
        match = re.match(table["reported_fact"], text[sentence.start: sentence.end], re.IGNORECASE)
        if match:
            at = sentence.start + match.end()
            found.append(DateSpan(start=at, end=at, text="", date=published, relation="present"))
    return found


def unanchored_phrases(timexes: Sequence) -> list[str]:
    """Relative date phrases the tagger could not anchor (no publication date): named in the warning."""
    return [t.text for t in timexes if t.type in DATE_TYPES and UNRESOLVED_VALUE.search(t.value or "")]

