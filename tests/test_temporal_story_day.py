"""The story's own day: a clock time told far from any day goes to the day the story names most often."""

from datetime import date

import pytest

from timeline.temporal import tag
from timeline.temporal.model import Timex
from timeline.temporal.story_day import BLOCK, FAR, StoryDays

FILLER = "Organisers thanked the volunteers who set out the chairs and the flags along the route. " * 3
ANZAC = ("TOOWOOMBA - Thousands are expected at the Anzac Day dawn service on Saturday. Anzac Day marks the landing "
         "at Gallipoli. The RSL said a march would follow on Anzac Day. Tickets went on sale on Monday. ")


def _value(text: str, dct: date, expression: str) -> str:
    return next(t.value for t in tag(text, dct) if t.text == expression)


@pytest.mark.parametrize("text, expression, expected", [
    # paragraphs after the latest day: the day the story names most often (Anzac Day, three times)
    (ANZAC + FILLER + "The service begins at 6am.", "6am", "2015-04-25T06:00"),
    # right after a day, that day holds
    (ANZAC + "The box office opened at 9am.", "9am", "2015-04-20T09:00"),
    # no day named at all: the day of publication
    ("Police said the road would reopen at 6pm.", "6pm", "2015-04-23T18:00"),
    # the latest day named is history: not the day of a clock time told in the present
    (ANZAC + "It marks the landing of 25 April 1915. The march begins at 10am.", "10am", "2015-04-25T10:00"),
    # a day named in the clock time's own sentence holds, though a past form ("televised") stands before the time
    ("The winner will be named at a dinner on Tuesday 28 April, televised live from 9.30pm.", "9.30pm",
     "2015-04-28T21:30"),
    # but not the time the news was told at
    ("The cut will take effect from May 20, the Governor told reporters at a press conference at 4 p.m.", "4 p.m.",
     "2015-04-23T16:00"),
])
def test_a_clock_time_far_from_any_day_is_on_the_story_s_own_day(text, expression, expected):
    assert FAR < len(FILLER)
    assert _value(text, date(2015, 4, 23), expression) == expected


BANK = ("A robbery suspect surrendered early Wednesday after a standoff. Police said he walked into a bank at 11:20 "
        "a.m. Tuesday and left with $6,800. ")
BANK_AFTERNOON = BANK.replace("at 11:20 a.m. Tuesday", "on Tuesday afternoon")


@pytest.mark.parametrize("text, expression, expected", [
    # far from the latest day, but later on it than the latest clock time: the story goes on from that time
    (BANK + FILLER + "Two schools were locked down until 3 p.m.", "3 p.m.", "2012-10-30T15:00"),
    # earlier in the day than the latest clock time: the story's own day
    (BANK + FILLER + "Schools had opened at 8 a.m.", "8 a.m.", "2012-10-31T08:00"),
    # within the part of the day named last: it goes on from it ("Tuesday afternoon ... at 3:12 p.m.")
    (BANK_AFTERNOON + FILLER + "The siren sounded at 3:12 p.m.", "3:12 p.m.", "2012-10-30T15:12"),
    # before the part begins: the story's own day
    (BANK_AFTERNOON + FILLER + "Schools had opened at 8 a.m.", "8 a.m.", "2012-10-31T08:00"),
])
def test_a_far_clock_time_later_than_the_latest_goes_on_from_its_day(text, expression, expected):
    assert _value(text, date(2012, 10, 31), expression) == expected


@pytest.mark.parametrize("opening, expected", [
    ("The extension will not open until July 1, 2021.", "2019-10-05T10:00"),  # years ahead: not today's day
    ("The extension will open on Sunday, Oct. 20.", "2019-10-20T10:00"),  # a day weeks ahead still is
])
def test_a_clock_time_told_ahead_after_a_day_gone_takes_a_near_day_ahead(opening, expected):
    text = opening + " Fans packed the trains for last Sunday's game. Trains will leave every eight minutes from 10 a.m."
    assert _value(text, date(2019, 10, 5), "10 a.m.") == expected


def test_a_range_ending_after_midnight_does_not_move_the_story_to_the_next_day():
    """A curfew "from 8 p.m. to 5 a.m." ends on Thursday, but the Masses told next are on Ash Wednesday, the day the
    story names; a time told after a late one that is no range's end still goes on to the next morning."""
    text = ("Churches will mark Ash Wednesday tomorrow. The ministry said yesterday that the curfew will run from 8 "
            "p.m. to 5 a.m. Masses will be celebrated at 6:30 a.m., noon and 4:30 p.m.")
    found = {t.text: t.value for t in tag(text, date(2021, 2, 16))}
    assert (found["5 a.m."], found["6:30 a.m."], found["4:30 p.m."]) == (
        "2021-02-18T05:00", "2021-02-17T06:30", "2021-02-17T16:30")
    told = "The gunman was seen at 11:40 p.m. Thursday. He surrendered at 1:50 a.m. By 3 a.m. the street was open."
    assert _value(told, date(2021, 2, 19), "3 a.m.") == "2021-02-19T03:00"


def test_the_day_after_a_far_part_of_day_counts_from_the_story_s_day():
    """"Crews reached the site that evening but were pulled back the next day", told after a flash forward to
    publication week: "that evening" is the story's day so far, and "the next day" follows it."""
    text = ("A lightning strike on Tuesday 26 November started a fire that burned for 76 days. On Monday, after four "
            "days of rain, the fire service declared it out. " + FILLER +
            "Crews reached the strike site that evening but were pulled back the next day.")
    assert _value(text, date(2020, 2, 14), "that evening") == "2019-11-26TEV"
    assert _value(text, date(2020, 2, 14), "the next day") == "2019-11-27"


def _timex(start: int, value: str, type_: str = "DATE") -> Timex:
    return Timex(start, start + 5, "x", type_, value)


def test_each_block_of_text_has_its_own_day():
    story = StoryDays()
    story.add(_timex(0, "2015-04-25"), far_clock=None, names_day=True)
    story.add(_timex(10, "2015-04-23T06:00", "TIME"), far_clock="", names_day=False)
    assert not story.full(BLOCK - 1) and story.full(BLOCK)
    assert [t.value for t in story.release()] == ["2015-04-25", "2015-04-25T06:00"]
    story.add(_timex(BLOCK, "2015-04-23T06:00", "TIME"), far_clock="", names_day=False)
    assert [t.value for t in story.release()] == ["2015-04-23T06:00"]  # no day named in this block: kept


def test_ties_go_to_the_day_named_first():
    story = StoryDays()
    for start, value in [(0, "2015-04-21"), (5, "2015-04-25"), (9, "2015-04-25"), (12, "2015-04-21")]:
        story.add(_timex(start, value), far_clock=None, names_day=True)
    story.add(_timex(20, "2015-04-25T09:00", "TIME"), far_clock="", names_day=False)
    assert list(story.release())[-1].value == "2015-04-21T09:00"


@pytest.mark.parametrize("tense, expected", [
    ("", "2015-04-25T09:00"),  # the day named most often
    ("future", "2015-04-25T09:00"),
    ("past", "2015-04-21T09:00"),  # "the results were released at 9am": not on a day still to come
])
def test_the_story_s_day_is_on_the_clock_time_s_side_of_publication(tense, expected):
    story = StoryDays(date(2015, 4, 23))
    for start, value in [(0, "2015-04-25"), (5, "2015-04-25"), (9, "2015-04-21")]:
        story.add(_timex(start, value), far_clock=None, names_day=True)
    story.add(_timex(20, "2015-04-23T09:00", "TIME"), far_clock=tense, names_day=False)
    assert list(story.release())[-1].value == expected


@pytest.mark.parametrize("entries, expected", [
    # newest first, published the morning after: an evening entry below the small hours is the day before
    (["3:02 a.m.", "1:30 a.m.", "11:20 p.m.", "10:01 p.m."],
     ["2022-11-02T03:02", "2022-11-02T01:30", "2022-11-01T23:20", "2022-11-01T22:01"]),
    # oldest first: an entry after midnight is the next day
    (["10pm", "11.14pm", "1.05am", "2.15am"],
     ["2022-11-02T22:00", "2022-11-02T23:14", "2022-11-03T01:05", "2022-11-03T02:15"]),
    # one day's entries, either way: the day of publication
    (["Update, 1:30 p.m.", "Update, 11:05 a.m.", "Update, 8:50 a.m."],
     ["2022-11-02T13:30", "2022-11-02T11:05", "2022-11-02T08:50"]),
])
def test_a_live_blog_s_entries_cross_midnight_where_their_order_breaks(entries, expected):
    text = "Live coverage.\n" + "".join(f"{entry}: Officials spoke to reporters.\n" for entry in entries)
    times = [t.value for t in tag(text, date(2022, 11, 2)) if t.type == "TIME"]
    assert times == expected


@pytest.mark.parametrize("text, expression, expected", [
    # told in the past on the day after: the midnight that began the day of publication
    ("Metro workers walked off the job at midnight.", "midnight", "2012-06-12T24:00"),
    # so is a midnight right after its past verb (a strong past)
    ("The curfew ended midnight, police said.", "midnight", "2012-06-12T24:00"),
    # after that day's evening, the midnight ending it
    ("Drivers queued on Wednesday evening to fill up before midnight.", "midnight", "2012-06-13T24:00"),
    # a morning told after an evening clock time is the same day's, told out of order
    ("He was arrested at 6:40 p.m. The first robbery was reported at 9:12 a.m.", "9:12 a.m.", "2012-06-13T09:12"),
    # still ahead: the midnight ending it
    ("The strike will begin at midnight.", "midnight", "2012-06-13T24:00"),
    # a night that is over, told in the past: the morning after it
    ("The snow began Sunday night and was heavy by 6 a.m.", "6 a.m.", "2012-06-11T06:00"),
    # the day named after a clock time in its sentence is a flashback: later clock times go on from the clock's day
    ("The strike began at 12:01 a.m. Wednesday, after talks broke down late Tuesday. By 6 a.m., lines were long.",
     "6 a.m.", "2012-06-13T06:00"),
    # an early-morning end of a range after an afternoon: the next day ("danced until 1am")
    ("The wedding was on Monday. The ceremony began at 3pm, and the guests danced until 1am.", "1am",
     "2012-06-12T01:00"),
    # tonight is not over: a morning time is the day's own
    ("\"Stay home tonight,\" the mayor told reporters at 11:30 a.m.", "11:30 a.m.", "2012-06-13T11:30"),
])
def test_a_time_after_a_night_or_at_midnight_falls_on_the_side_of_it_the_tense_says(text, expression, expected):
    assert _value(text, date(2012, 6, 13), expression) == expected


@pytest.mark.parametrize("text, dct, expression, expected", [
    # a look-back story: months told in the past are in the year it looks back to
    ("Forty years ago this summer, she came to the Haight. The first crowds poured in during January.",
     date(2007, 6, 24), "January", "1967-01"),
    ("Fifty years ago this week, the last bone came out of the mud on Nov. 21, two days before Thanksgiving.",
     date(2017, 11, 20), "Thanksgiving", "1967-11-23"),
    # and a weekday is the one by the day it looks back to
    ("Twenty-five years ago today, a tornado struck Xenia. It was a warm Wednesday afternoon.",
     date(1999, 4, 3), "Wednesday afternoon", "1974-04-03TAF"),
    # back in the present, months are the publication's again
    ("Forty years ago this summer, she came to the Haight. Today the band plays again; it was booked in January.",
     date(2007, 6, 24), "January", "2007-01"),
    # so is a weekday in a sentence that goes on with a day counted from publication
    ("It struck on Nov. 25, 1988, 37 years ago this month. Schools were inspected Monday morning and reopened today.",
     date(2025, 11, 4), "Monday morning", "2025-11-03TMO"),
])
def test_a_look_back_story_tells_its_months_in_the_year_it_looks_back_to(text, dct, expression, expected):
    assert _value(text, dct, expression) == expected


@pytest.mark.parametrize("text", [
    "The bulletin airs every day at 10pm (0300 GMT).",
    "Trains leave daily at 11.30pm (0430 GMT) from the main station.",
])
def test_a_time_in_brackets_after_a_time_on_no_known_day_stays_on_no_day(text):
    values = [t.value for t in tag(text, date(2020, 1, 1)) if t.type == "TIME"]
    assert values[-1].startswith("XXXX-XX-XXT")


@pytest.mark.parametrize("told, expected", [
    ("Drummers played until dawn.", "2003-08-01TMO"),  # the morning the night ran to
    ("By dawn the square was empty.", "2003-08-01TMO"),
    ("A service was held in the morning.", "2003-07-31TMO"),  # a morning of the day named, told out of order
])
def test_a_morning_a_night_ran_to_is_the_next_day_s(told, expected):
    text = "The re-enactment began at 11 pm on Thursday. " + told
    assert next(t.value for t in tag(text, date(2003, 8, 2)) if t.value.endswith("TMO")) == expected


@pytest.mark.parametrize("told, expected", [
    # a later sentence told in the past, after a day in history: the day of today's news
    ("The auctioneer said bidding opened at 2pm.", "2010-02-06T14:00"),
    # the history day's own sentence holds
    ("It was worn in the test on 18 November 1905, which kicked off at 2pm.", "1905-11-18T14:00"),
])
def test_a_past_clock_time_after_a_day_in_history_is_on_the_story_s_day(told, expected):
    text = ("The jersey sold at a Wellington auction on Saturday. It was worn in the test against Scotland on 18 "
            "November 1905. " + told)
    assert next(t.value for t in tag(text, date(2010, 2, 8)) if t.text == "2pm") == expected
