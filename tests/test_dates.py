import pytest

from timeline.dates import DateFormatError, TimePoint, human_range


@pytest.mark.parametrize(
    "text, iso, precision, human",
    [
        ("2008", "2008", "year", "2008"),
        (2015, "2015", "year", "2015"),
        ("2012-05", "2012-05", "month", "May 2012"),
        ("2012-06-05", "2012-06-05", "day", "5 June 2012"),
        ("2012-06-05T14:30+08:00", "2012-06-05T14:30+08:00", "minute", "5 June 2012, 14:30 +08:00"),
        ("2012-06-05T14:30:15Z", "2012-06-05T14:30:15Z", "second", "5 June 2012, 14:30 UTC"),
        ("-0043", "-0043", "year", "44 BCE"),
        ("0000", "0000", "year", "1 BCE"),
        ("2012-02-29", "2012-02-29", "day", "29 February 2012"),
    ],
)
def test_parse_keeps_the_precision_written(text, iso, precision, human):
    point = TimePoint.parse(text)
    assert str(point) == iso
    assert point.precision == precision
    assert point.human() == human


@pytest.mark.parametrize(
    "text, message",
    [
        ("soon", "expected an ISO 8601 date such as 2012-06-05, got 'soon'"),
        ("2012-02-30", "2012-02-30 is not a real date: February 2012 has 29 days"),
        ("2011-02-29", "2011-02-29 is not a real date: February 2011 has 28 days"),
        ("1900-02-29", "1900-02-29 is not a real date: February 1900 has 28 days"),
        ("2012-13", "2012-13 is not a real date: there is no month 13"),
        ("2012-06-05T25:00", "2012-06-05T25:00 is not a real time of day"),
        ("12-06-05", "expected an ISO 8601 date such as 2012-06-05, got '12-06-05'"),
        (True, "expected an ISO 8601 date such as 2012-06-05, got True"),
        (3.5, "expected an ISO 8601 date such as 2012-06-05, got 3.5"),
    ],
)
def test_parse_rejects_with_a_message_a_person_can_act_on(text, message):
    with pytest.raises(DateFormatError) as caught:
        TimePoint.parse(text)
    assert str(caught.value) == message


def test_a_year_sorts_before_the_days_of_that_year_and_after_the_previous_year():
    points = [TimePoint.parse(t) for t in ["2015-03-01", "2015", "2014-12-31", "2015-01", "2015-01-01"]]
    ordered = [str(p) for p in sorted(points, key=TimePoint.sort_key)]
    assert ordered == ["2014-12-31", "2015", "2015-01", "2015-01-01", "2015-03-01"]


def test_bce_years_sort_before_common_era_years():
    points = [TimePoint.parse(t) for t in ["0001", "-0043", "-0500"]]
    assert [str(p) for p in sorted(points, key=TimePoint.sort_key)] == ["-0500", "-0043", "0001"]


@pytest.mark.parametrize(
    "start, end, expected",
    [
        ("2012-06-06", "2012-06-07", "6\u20137 June 2012"),
        ("2012-06-30", "2012-07-02", "30 June \u2013 2 July 2012"),
        ("2012-05", "2012-06", "May \u2013 June 2012"),
        ("2008", "2012", "2008\u20132012"),
        ("2011-12-30", "2012-01-02", "30 December 2011 \u2013 2 January 2012"),
        ("2012-06-05", None, "5 June 2012"),
    ],
)
def test_human_range_shares_what_both_ends_share(start, end, expected):
    assert human_range(TimePoint.parse(start), TimePoint.parse(end) if end else None) == expected


@pytest.mark.parametrize(
    "text, slug", [("2012-06-05T14:30Z", "2012-06-05"), ("2015", "2015"), ("2012-05", "2012-05"), ("-0043", "44bce")]
)
def test_slug_is_the_calendar_part(text, slug):
    assert TimePoint.parse(text).slug() == slug
