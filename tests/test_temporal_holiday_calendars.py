"""Days of holidays from the public-holiday calendars of the `holidays` library, offline."""

from datetime import date

import pytest

from timeline.temporal.holiday_calendars import holiday_dates, national_day, next_to_holiday, public_holidays


@pytest.mark.parametrize("names, country, year, expected", [
    ("Independence_Day", "GH", 2017, date(2017, 3, 6)),  # in the calendar
    ("Independence_Day", "GH", 1995, date(1995, 3, 6)),  # before the calendar starts: a fixed day carried back
    ("Good_Friday", "GH", 1995, None),  # a movable feast is not carried back
    ("Independence_Day-National_Day", "NG", 2009, date(2009, 10, 1)),  # the second name
    ("Independence_Day", "IL", 1989, date(1989, 5, 10)),
    ("Martyrs_Day", "US", 2012, None),  # a country that does not keep it
    ("Independence_Day", "GH", 1850, None),  # outside 1900-2100
    # a fixed day the calendar lists a day off one year (1 and 2 December 2025) is the day the years around keep
    ("National_Day", "AE", 2025, date(2025, 12, 2)),
    # but not a day changed for good: 30 November until 2018, 1 December since
    ("Commemoration_Day", "AE", 2018, date(2018, 11, 30)),
])
def test_national_day(names, country, year, expected):
    assert national_day(names, country, year) == expected


def test_a_lunar_holiday_can_fall_twice_in_one_year():
    assert holiday_dates("eid_al_adha_south_asia", 2007) == (date(2007, 1, 1), date(2007, 12, 21))


def test_a_name_for_either_of_two_holidays_gives_the_days_of_both_the_likelier_first():
    # calendars.yaml: "eid" is {any: [eid_al_fitr, eid_al_adha]}; the resolver picks the nearest by tense
    assert holiday_dates("eid", 2025) == holiday_dates("eid_al_fitr", 2025) + holiday_dates("eid_al_adha", 2025)
    assert holiday_dates("eid", 2025)[0] == date(2025, 3, 30)


@pytest.mark.parametrize("holiday, year, expected", [
    ("nepali_new_year", 2013, (date(2013, 4, 13),)),
    ("maha_shivaratri", 2010, (date(2010, 3, 13),)),  # Sri Lanka's calendar
    ("maha_shivaratri", 2002, (date(2002, 3, 12),)),  # before Sri Lanka's calendar starts: India's
])
def test_a_holiday_falls_back_on_the_next_calendar_listed(holiday, year, expected):
    assert holiday_dates(holiday, year) == expected


def test_public_holidays_are_the_country_s_days_that_year():
    assert date(2023, 10, 23) in public_holidays("NZ", 2023)  # Labour Day
    assert date(2023, 10, 23) not in public_holidays("US", 2023)
    assert public_holidays("XX", 2023) == frozenset()  # a country no calendar knows


@pytest.mark.parametrize("value, country, expected", [
    ("1996-W36-WE", "US", "1996-W35-WE"),  # said on Labor Day: the long weekend under way, not the next
    ("2023-W43-WE", "NZ", "2023-W42-WE"),  # said on Sunday 22 October: Labour weekend has begun
    ("2023-W42-WE", "NZ", "2023-W42-WE"),  # already next to the holiday
    ("2023-W43-WE", None, "2023-W43-WE"),  # no country: no calendar to ask
    ("2023-W10-WE", "NZ", "2023-W10-WE"),  # no holiday near: the weekend found stays
])
def test_a_long_weekend_moves_next_to_the_country_s_holiday(value, country, expected):
    assert next_to_holiday(value, country) == expected
