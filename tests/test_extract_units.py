"""Small stages of extraction: TIMEX values to event dates, ranges, status, and joining events."""

from __future__ import annotations

import pytest

from timeline.dates import TimePoint
from timeline.extract import extract_events, parse_text
from timeline.extract.dates import date_spans, to_time_point
from timeline.extract.merge import join_events, same_event
from timeline.model import Event, Source
from timeline.temporal import Timex

JUNE_5 = TimePoint.parse("2012-06-05")


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2012-06-05", ("2012-06-05", None)),
        ("2012-06", ("2012-06", None)),
        ("2011", ("2011", None)),
        ("2012-06-05T14:30", ("2012-06-05T14:30", None)),
        ("2012-06-05TNI", ("2012-06-05", None)),
        ("1989-Q3", ("1989-07", "1989-09")),
        ("198X", ("1980", "1989")),
        ("2012-W23", ("2012-06", None)),
        ("PAST_REF", None),
        ("XXXX-06-05", None),
        ("2012-SU", None),
        ("P10Y", None),
        ("BC0044", ("-0043", None)),
    ],
)
def test_timex_values_keep_their_precision(value, expected):
    point = to_time_point(value)
    assert (None if point is None else (str(point[0]), str(point[1]) if point[1] else None)) == expected


def spans_of(text, *timexes):
    return date_spans(text, [Timex(*t) for t in timexes], JUNE_5)


def test_neighbouring_days_joined_by_and_are_one_range():
    text = "On Wednesday and Thursday, leaders meet."
    (span,) = spans_of(text, (3, 12, "Wednesday", "DATE", "2012-06-06"), (17, 25, "Thursday", "DATE", "2012-06-07"))
    assert (str(span.date), str(span.end_date), span.relation) == ("2012-06-06", "2012-06-07", "future")


def test_days_apart_joined_by_and_stay_two_dates():
    text = "On Monday and Friday, leaders meet."
    spans = spans_of(text, (3, 9, "Monday", "DATE", "2012-06-04"), (14, 20, "Friday", "DATE", "2012-06-08"))
    assert [str(s.date) for s in spans] == ["2012-06-04", "2012-06-08"]


def test_by_before_a_date_is_a_bound():
    text = "Deliveries are to start by 2015."
    (span,) = spans_of(text, (27, 31, "2015", "DATE", "2015"))
    assert (span.bound, span.explicit, span.relation) == ("by", True, "future")


def test_durations_and_sets_make_no_dates():
    text = "For ten years, every week."
    assert spans_of(text, (4, 13, "ten years", "DURATION", "P10Y"), (15, 25, "every week", "SET", "P1W")) == []


def event(title, date, actors=(), quote="q"):
    return Event(title=title, date=TimePoint.parse(date), actors=list(actors), sources=[Source(quote=quote)])


def test_same_happening_in_two_articles_is_joined():
    a = event("Putin holds talks with Hu Jintao in Beijing", "2012-06-05", ["Vladimir Putin"], "one")
    b = event("Putin holds talks with Hu Jintao", "2012-06-05", ["Vladimir Putin", "Hu Jintao"], "two")
    assert same_event(a, b)
    joined, merged = join_events([a, b])
    assert len(joined) == 1 and [s.quote for s in joined[0].sources] == ["one", "two"]
    assert merged == {a.event_id}


def test_different_figures_or_actors_are_not_joined():
    assert not same_event(event("Company earns $17.3 million", "1988"), event("Company earns $480.4 million", "1988"))
    assert not same_event(event("Shares close at record", "1989-10-31", ["Ogden"]),
                          event("Shares close at record", "1989-10-31", ["Ralston"]))
    assert not same_event(event("Summit in Madrid", "1997-07"), event("Summit in Madrid", "1997-08"))


def test_same_title_for_two_happenings_gets_two_ids():
    a = event("Third-quarter earnings", "1989-07", ["Kellogg"], "Kellogg reported ...")
    b = event("Third-quarter earnings", "1989-07", ["Bethlehem Steel"], "Bethlehem Steel said ...")
    joined, _ = join_events([a, b])
    assert len({e.event_id for e in joined}) == 2
    assert join_events([a, b])[0] == joined  # the same ids on every run


def test_statuses_from_tense_and_bound():
    document = parse_text(
        "The leaders met on Monday. The leaders will meet again on Friday to sign a treaty. "
        "The two countries set a target of doubling trade by 2015.",
        published=JUNE_5,
    )
    by_date = {str(e.date): e for e in extract_events(document)}
    assert by_date["2012-06-04"].status == "happened"
    assert by_date["2012-06-08"].status == "scheduled"
    assert (by_date["2015"].status, by_date["2015"].bound) == ("target", "by")
