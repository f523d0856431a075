"""The public API and the `timeline timex` command: the example article, underspecified values, CLI."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.temporal import Timex, tag

REPO = Path(__file__).resolve().parents[1]
ARTICLE = REPO.parent / "shared" / "articles" / "putin-beijing.txt"
PUBLISHED = date(2012, 6, 5)

# (phrase in the article, occurrence, timex text inside it, type, value)
ARTICLE_EXPECTED = [
    ("in Beijing on Tuesday for", 0, "Tuesday", "DATE", "2012-06-05"),
    ("later Tuesday", 0, "later Tuesday", "DATE", "2012-06-05"),
    ("On Wednesday and Thursday", 0, "Wednesday", "DATE", "2012-06-06"),
    ("On Wednesday and Thursday", 0, "Thursday", "DATE", "2012-06-07"),
    ("earlier this month", 0, "earlier this month", "DATE", "2012-06"),
    ("last year", 0, "last year", "DATE", "2011"),
    ("by 2015", 0, "2015", "DATE", "2015"),
    ("attendance Monday at", 0, "Monday", "DATE", "2012-06-04"),
    ("in May", 0, "May", "DATE", "2012-05"),
    ("in 2008", 0, "2008", "DATE", "2008"),
    ("decade-long", 0, "decade-long", "DURATION", "P10Y"),
    ("for years", 0, "years", "DURATION", "PXY"),
    ("annual", 0, "annual", "SET", "P1Y"),
]


@pytest.fixture(scope="module")
def article() -> tuple[str, list[Timex]]:
    if not ARTICLE.is_file():
        pytest.skip(f"example article missing: {ARTICLE}")
    text = ARTICLE.read_text(encoding="utf-8")
    return text, tag(text, PUBLISHED)


@pytest.mark.parametrize("phrase, occurrence, expected_text, expected_type, expected_value", ARTICLE_EXPECTED)
def test_example_article(article, phrase, occurrence, expected_text, expected_type, expected_value):
    text, timexes = article
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(phrase, at + 1)
    inside = [t for t in timexes if at <= t.start and t.end <= at + len(phrase)]
    found = {t.text: t for t in inside}
    assert expected_text in found, f"{expected_text!r} not tagged in {phrase!r}: {inside}"
    assert (found[expected_text].type, found[expected_text].value) == (expected_type, expected_value)


def test_article_has_no_year_in_money(article):
    text, timexes = article
    assert all(t.value != "83" and "83.5" not in t.text for t in timexes)
    assert all(text[t.start:t.end] == t.text for t in timexes)


@pytest.mark.parametrize("text, span, value", [
    ("The treaty was signed on Aug. 7, 1998.", "Aug. 7, 1998", "1998-08-07"),
    ("Growth slowed in the 1990s.", "the 1990s", "199"),
    ("Talks resume on Friday.", "Friday", "XXXX-WXX-5"),
    ("Prices rose last year.", "last year", "@dct:Y-1"),
    ("It happened on Nov. 25.", "Nov. 25", "XXXX-11-25"),
    ("for three years", "three years", "P3Y"),
    # the first alternative with a TIMEX3 form, not the story's day the last one would anchor to
    ("Lines closed at 1 a.m. Monday.", "1 a.m. Monday", "XXXX-WXX-1T01:00"),
    # a value bound to a country stays when the story names none
    ("Calls rose on the Fourth.", "the Fourth", "XXXX-07-04"),
])
def test_without_dct_absolute_values_resolve_and_relative_stay_underspecified(text, span, value):
    found = {t.text: t.value for t in tag(text, None)}
    assert found.get(span) == value


def test_datetime_dct_is_accepted():
    assert [t.value for t in tag("He left yesterday.", datetime(2012, 6, 5, 14, 30))] == ["2012-06-04"]


@pytest.mark.parametrize("text", [
    "Analysts said prices may fall.",
    "Markets March higher as investors return.",
    "He tried a second time.",
    "$83.5 billion in trade",
    "The Sun reported the story.",
    "Milton Friedman wrote it.",
    "The company hired 1500 workers.",
    "a 19901 zip code",
    "She answered Q4 of the survey.",
    "the H1N1 virus",
    "H-1B visas",
    "a Q&A session",
    "Temperatures will drop into the 20s.",
    "Forecasters expect highs in the low 30s.",
    "Paris last hosted the Summer Games.",
    "The Winter Lights festival opened.",
    "Winds reached 190 km per hour.",
    "A powerful nor'easter hit Boston.",
    "A poll for The Sunday Times found support rising.",
    "The Beaches Easter Parade drew crowds.",
])
def test_words_that_only_look_like_dates_are_not_tagged(text):
    assert tag(text, PUBLISHED) == []


@pytest.mark.parametrize("text", [
    "We are presently searching for a new provider.",
    "There are no shipments at the moment.",
    "It is hard to say at this point.",
    "No judgment is needed at this time.",
    "Ukraine will remain neutral for the foreseeable future.",
    "In the long run, prices will rise.",
])
def test_vague_phrases_annotators_leave_untagged(text):
    assert tag(text, PUBLISHED) == []


def test_someday_looks_ahead():
    # the held-out annotators tag it 6 times of 7 (TempEval-3 leaves its one case untagged)
    assert [(t.text, t.value) for t in tag("He hopes to go there someday.", PUBLISHED)] == [("someday", "FUTURE_REF")]


def test_text_must_be_str():
    with pytest.raises(TypeError):
        tag(b"yesterday", PUBLISHED)  # type: ignore[arg-type]


@pytest.fixture()
def sample(tmp_path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text("Putin met Hu on Tuesday & left in May.\n", encoding="utf-8")
    return path


def test_cli_json(sample):
    result = CliRunner().invoke(main, ["timex", str(sample), "--published", "2012-06-05"])
    assert result.exit_code == 0, result.output
    items = json.loads(result.output)
    assert [(i["text"], i["type"], i["value"]) for i in items] == [
        ("Tuesday", "DATE", "2012-06-05"), ("May", "DATE", "2012-05")]
    assert {"start", "end", "text", "type", "value"} <= set(items[0])
    text = sample.read_text(encoding="utf-8")
    assert all(text[i["start"]:i["end"]] == i["text"] for i in items)


def test_cli_timeml(sample):
    result = CliRunner().invoke(main, ["timex", str(sample), "--published", "2012-06-05", "--format", "timeml"])
    assert result.exit_code == 0, result.output
    assert '<TIMEX3 tid="t1" type="DATE" value="2012-06-05">Tuesday</TIMEX3> &amp; left' in result.output


@pytest.mark.parametrize("published", ["2012-13-01", "yesterday", "05/06/2012", ""])
def test_cli_rejects_malformed_published(sample, published):
    result = CliRunner().invoke(main, ["timex", str(sample), "--published", published])
    assert result.exit_code == 2
    assert "--published" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("text, span, value", [
    ("Most stores will be closed on Friday and Sunday.", "Friday", "2019-04-19"),
    ("Most stores will be closed on Friday and Sunday.", "Sunday", "2019-04-21"),
    ("The agency will publish updated figures on Friday.", "Friday", "2019-04-19"),
    ("They said they would appeal the decision, announced Wednesday.", "Wednesday", "2019-04-17"),
    ("The stock closed lower Tuesday.", "Tuesday", "2019-04-16"),
    ("Analysts warned that the winter months, from June to August, would strain the grid.", "August", "2019-08"),
    ("He said that prices rose in January.", "January", "2019-01"),
])
def test_participles_after_a_modal_look_ahead(text, span, value):
    found = _values(text, date(2019, 4, 17))
    assert found.get(span) == value, found


def _values(text: str, dct: date) -> dict:
    """Each tagged expression's text -> its value."""
    return {t.text: t.value for t in tag(text, dct)}


@pytest.mark.parametrize("text, span, value", [
    ("Applications received after 5 p.m. Friday will go into next year's pool.", "5 p.m. Friday", "2019-04-19T17:00"),
    ("Refuse collections missed on Monday will be made a day later.", "Monday", "2019-04-22"),
    ("Ballots postmarked by Tuesday will count if they arrive by Friday.", "Tuesday", "2019-04-16"),
    ("She says her birthday bash on Friday will be her last.", "Friday", "2019-04-19"),
    ("The judge gave Tolliver, 29, until 5 p.m. Friday to surrender his passport.", "5 p.m. Friday", "2019-04-19T17:00"),
    ("Forecasters call for a frigid Saturday morning.", "Saturday morning", "2019-04-20TMO"),
    ("The Stone Crab Fest, postponed from September, runs Saturday from noon.", "Saturday", "2019-04-20"),
    ("The Earl, who turns 60 on Monday, has promised a dance.", "Monday", "2019-04-22"),
    ("Rourke passed on Cannes, which wraps Sunday.", "Sunday", "2019-04-21"),
    ("Brunch tables vanish as V-Day lands on Saturday.", "Saturday", "2019-04-20"),
    ("The orchestra has postponed Thursday's opening-night gala.", "Thursday", "2019-04-18"),
    ("The amphitheatre has 78 shows booked through Oct. 2.", "Oct. 2", "2019-10-02"),
    ("Big Island braces for four minutes of darkness on Thursday", "Thursday", "2019-04-18"),
    ("Pasadena-built Mars orbiter set for Saturday launch", "Saturday", "2019-04-20"),
    ("His successor takes over in May.", "May", "2019-05"),
    ("The council may have to reopen the budget in January.", "January", "2020-01"),
    ("Nobody may have believed in us in September, but we did.", "September", "2018-09"),
    ("The estimate is down from 14.8 billion forecast in March.", "March", "2019-03"),
    ("\"Until Wednesday we could not say a word,\" he said.", "Wednesday", "2019-04-17"),  # a limit told as over
    ("The Awards return to the Peachtree Civic Center Saturday night.", "Saturday night", "2019-04-20TNI"),
    ("Some chains kept their doors open until midnight Saturday.", "midnight Saturday", "2019-04-13T24:00"),
    ("Queues formed from 6am on Saturday and the stock was gone.", "Saturday", "2019-04-13"),  # not "be closed from"
    ("Roads will be closed from 6am on Saturday.", "Saturday", "2019-04-20"),
    ("Judges interviewed the finalists Tuesday and deliberated until 11 p.m.", "11 p.m.", "2019-04-16T23:00"),  # not "postponed until"
    ("The vote was postponed until Friday.", "Friday", "2019-04-19"),
    ("Flights to Tuguegarao were cancelled until Friday.", "Friday", "2019-04-19"),  # a halt until a day
    ("Classes suspended Friday as storm nears\nMANILA - Schools will close.", "Friday", "2019-04-19"),  # a headline
    ("The minister has called both sides to a meeting at 11am on Monday.", "Monday", "2019-04-22"),  # a plan made
    ("Police have set up checkpoints every night since Monday.", "Monday", "2019-04-15"),  # "since" looks back first
    ("Trading was halted until noon on Tuesday pending the disclosure.", "Tuesday", "2019-04-16"),  # a halt of hours
    ("Prize gala bumped to Tuesday to dodge federal vote", "Tuesday", "2019-04-23"),  # a headline's move
    ("The council holds a hearing on the plan at 2 p.m. Thursday.", "2 p.m. Thursday", "2019-04-18T14:00"),
    ("Barton Springs Pool holds a constant 68 degrees, but the air was 31 on Saturday.", "Saturday", "2019-04-13"),
    ("The hackers demanded payment by midnight Friday.", "midnight Friday", "2019-04-19T24:00"),  # a request's deadline
    ("The recall comes as Pomelo prepares to unveil new phones on Thursday.", "Thursday", "2019-04-18"),
    ("101 couples to wed at mass ceremony on Sunday", "Sunday", "2019-04-21"),  # a headline's "to" + verb
    ("Shares rose 8 percent to close at $92.57 on Tuesday.", "Tuesday", "2019-04-16"),  # a close, not a plan
    ("The union has called a mass meeting for 13:00 on Thursday.", "Thursday", "2019-04-18"),  # a plan made
    ("The first closure runs from 11 p.m. Friday until Monday.", "11 p.m. Friday", "2019-04-19T23:00"),
    ("The shows were to have run from Sept. 7 to Sept. 14.", "Sept. 7", "2018-09-07"),
    # two days after "said" are the days forecast, not the day of saying: the second follows the first
    ("Tolls will be waived on Sept. 6. Forecasters said Tuesday and Wednesday should be dry.", "Wednesday", "2019-04-24"),
    # a plural noun before a past verb is no present-tense plan ("unofficial returns showed")
    ("The race was headed for a recount after unofficial returns showed the two separated by 61 votes cast in Tuesday's"
     " election.", "Tuesday", "2019-04-16"),
    # a relative clause set off by commas tells its own time, not the sentence's
    ("Lindqvist will report results for fiscal 2019, which ended March 31, on Thursday.", "Thursday", "2019-04-18"),
    ("The salmon season, which opened on 1 February, runs to Saturday.", "Saturday", "2019-04-20"),
    ("Taylor, who stepped down as chairman, president and chief executive on Monday, was 61.", "Monday", "2019-04-15"),
    # a clause of its own after "after": its verb, right after the day, tells the day's time
    ("Families will stay in their homes after the tribunal on Thursday barred the eviction.", "Thursday", "2019-04-11"),
    ("Renters could face eviction after the court late Tuesday blocked the moratorium.", "late Tuesday", "2019-04-16"),
    ("Orders placed after 6pm on Tuesday might not arrive until Monday.", "Tuesday", "2019-04-23"),
    # a quotation resumed after its speaker tells its own time, not the narrator's "joked"
    ('"I will sleep well tonight," he joked, "and on Tuesday I\'ll frame my certificate."', "Tuesday", "2019-04-23"),
    ('He said he would do so "probably Monday."', "Monday", "2019-04-22"),
    # an order sets a deadline ahead, though it was given in the past
    ("A judge gave the landlord an order to fix the boiler by noon Monday.", "noon Monday", "2019-04-22T12:00"),
    ("The authority yesterday ordered the dump closed by December 31.", "December 31", "2019-12-31"),
    # "normally" after a verb tells the manner, not a habit looking ahead
    ("All 412 trucks started normally Monday morning.", "Monday morning", "2019-04-15TMO"),
    ("The market normally opens Monday morning.", "Monday morning", "2019-04-22TMO"),
    # a deadline moved to a day, a time left until it, an event that follows at it: ahead
    ("The race committee extended the entry deadline to 5 p.m. Friday.", "5 p.m. Friday", "2019-04-19T17:00"),
    ("The downhill was reset for 9:30 a.m. Saturday.", "9:30 a.m. Saturday", "2019-04-20T09:30"),
    ("Congregations that have not registered delegates have until midnight Friday.", "midnight Friday",
     "2019-04-19T24:00"),
    ("The attackers gave it 72 hours, a deadline that passes at 5 p.m. Friday.", "5 p.m. Friday", "2019-04-19T17:00"),
    ("The Flambeau Parade follows at 7:15 p.m. Saturday.", "7:15 p.m. Saturday", "2019-04-20T19:15"),
    ("Friends have organized a gathering at a lodge at 6 p.m. Monday.", "6 p.m. Monday", "2019-04-22T18:00"),
    # a noun is no present-tense plan: "the southern end of", "a police report"
    ("A backpacker was pulled from a rip at the southern end of Bondi at 3.40pm on Saturday.", "Saturday", "2019-04-13"),
    ("His family lodged a police report at 1am on Sunday.", "Sunday", "2019-04-14"),
    # a modal still governs a participle after a short object ("will see their bins emptied Saturday")
    ("Residents will see their new food-scraps bins emptied Saturday.", "Saturday", "2019-04-20"),
    # the first verb after the day is not a relative clause's ("who visits prisons every three months")
    ("In March, the judge, who visits prisons every three months, freed 41 inmates.", "March", "2019-03"),
    # work "scaled back from" a day is cut from then on, not a return from it
    ("Construction will be scaled back from Monday to August 7.", "Monday", "2019-04-22"),
    ("The minister came back from Monday's summit empty-handed.", "Monday", "2019-04-15"),
    # a title's abbreviation ends no sentence: the verb after the name still tells the day's time
    ("In a statement on Monday, the Controller of Works, Engr. Olufemi Adeyemi, said the bridge would reopen.",
     "Monday", "2019-04-15"),
    # a plan told in the past perfect was for a day now past; leave to ride or race looks ahead
    ("Crews closed the bridge Friday and had expected to reopen it by midnight Saturday.", "midnight Saturday",
     "2019-04-13T24:00"),
    ("Stewards cleared the jockey to ride Friday and Saturday.", "Saturday", "2019-04-20"),
    # getting ready for what a day holds looks ahead ("gears up for fanless race Saturday")
    ("Churchill gears up for fanless race Saturday\nLOUISVILLE -- The track is quiet.", "Saturday", "2019-04-20"),
    ("Officials said Monday they were preparing for a sloppy track Saturday.", "Saturday", "2019-04-20"),
    # after a comma, a verb right after the day is the day's own, not the cue of the clause before
    ("Standing near the summit where surveyors would normally find snow, the governor on Wednesday ordered cuts.",
     "Wednesday", "2019-04-17"),
    ("Where crews would normally be idle, the county on Tuesday night approved the budget.", "Tuesday night",
     "2019-04-16TNI"),
])
def test_tense_cues_pick_the_side_of_a_bare_day(text, span, value):
    found = _values(text, date(2019, 4, 17))
    assert found.get(span) == value, found


@pytest.mark.parametrize("text, dct, span, value", [
    # a month against the tense must be 200 days nearer (a day, 150)
    ("A country star pulled out in March and a rock band canceled in the summer.", date(2024, 12, 1), "March", "2024-03"),
    ("It will begin mapping the surface in January.", date(2001, 5, 6), "January", "2002-01"),
    ("Boston Marathon pushed to September as virus spreads", date(2020, 3, 13), "September", "2020-09"),  # a delay
    ("The board issued its final report in August.", date(2003, 11, 8), "August", "2003-08"),  # a noun, no plan
    ("Remittances sent home by Jamaicans usually peak in December.", date(2019, 7, 28), "December", "2019-12"),  # a habit
    ("Sales fell in February.", date(2024, 12, 1), "February", "2024-02"),
    # a modal is the verb of the month's own clause: 300 days, not 200, against it
    ("Crews will pick them up in December.", date(2025, 3, 8), "December", "2025-12"),
    ("The carrier will retire its 3G network on Dec. 31.", date(2025, 3, 8), "Dec. 31", "2025-12-31"),
    ('"The Nutcracker" will return in December for its 70th year.', date(2014, 1, 23), "December", "2014-12"),
    ("The board will hold field hearings in the fall.", date(2026, 1, 21), "the fall", "2026-FA"),  # a season too
    # the past verb of the date's own clause counts for more (300 days), a plan or a deadline between it for less
    ("The console went on sale in Japan on March 4.", date(2000, 11, 25), "March 4", "2000-03-04"),
    ("Delgado signed with Harbor City in January after five years in Mexico.", date(2006, 6, 9), "January", "2006-01"),
    ("Two pools were to close in mid-August under an earlier draft.", date(1990, 6, 1), "mid-August", "1990-08"),
    ("Two pools closed in mid-August under an earlier draft.", date(1990, 6, 1), "mid-August", "1989-08"),
    ("A drama that had been scheduled to start shooting in December was pushed back.", date(2007, 11, 9), "December",
     "2007-12"),
    # a past verb with its object right before the date is strong too: "took effect", "came into force"
    ("New federal rules that took effect Jan. 12 require museums to consult tribes.", date(2023, 11, 24), "Jan. 12",
     "2023-01-12"),
    ("The rules came into force Dec. 12.", date(2023, 11, 24), "Dec. 12", "2022-12-12"),
    # "marks its 50th anniversary this November": a present-tense plan, read up to the expression
    ("The gallery, which opened in 1974, marks its 50th anniversary this November.", date(2024, 7, 30),
     "this November", "2024-11"),
])
def test_a_month_against_the_tense_must_be_much_nearer(text, dct, span, value):
    found = _values(text, dct)
    assert found.get(span) == value, found


@pytest.mark.parametrize("dct, value", [(date(2025, 1, 14), "2024-WI"), (date(2024, 12, 20), "2024-WI"),
                                        (date(2024, 10, 1), "2024-WI")])
def test_this_winter_is_the_winter_the_story_is_in(dct, value):
    assert [t.value for t in tag("It was the coldest night this winter.", dct)] == [value]


@pytest.mark.parametrize("text, expected", [
    # a weekday range next to a span of hours, or after a habit adverb, is a habit: SETs, and hours of no one day
    ("Its stores are open from 10 a.m. to 9 p.m., Monday through Saturday.",
     [("10 a.m.", "TIME", "XXXX-XX-XXT10:00"), ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
      ("Monday", "SET", "XXXX-WXX-1"), ("Saturday", "SET", "XXXX-WXX-6")]),
    ("Callers can ring from 8 a.m. to 8 p.m. ET Monday through Friday.",
     [("8 a.m.", "TIME", "XXXX-XX-XXT08:00"), ("8 p.m. ET", "TIME", "XXXX-XX-XXT20:00"),
      ("Monday", "SET", "XXXX-WXX-1"), ("Friday", "SET", "XXXX-WXX-5")]),
    ("The exchange, which normally trades from Sunday to Thursday, will close on Tuesday.",
     [("Sunday", "SET", "XXXX-WXX-7"), ("Thursday", "SET", "XXXX-WXX-4"), ("Tuesday", "DATE", "2018-09-18")]),
    # the days a place serves or opens on; a closure is one stretch of days
    ("The cafe will serve lunch from Tuesday to Saturday.",
     [("Tuesday", "SET", "XXXX-WXX-2"), ("Saturday", "SET", "XXXX-WXX-6")]),
    ("Ministries will close from Tuesday to Friday.",
     [("Tuesday", "DATE", "2018-09-18"), ("Friday", "DATE", "2018-09-21")]),
    # one stretch of days, hours on each: dates
    ("Police will run a one-way scheme from Tuesday to Thursday between 2 p.m. and 10 p.m.",
     [("Tuesday", "DATE", "2018-09-18"), ("Thursday", "DATE", "2018-09-20"),
      ("2 p.m.", "TIME", "XXXX-XX-XXT14:00"), ("10 p.m.", "TIME", "XXXX-XX-XXT22:00")]),
])
def test_a_weekday_range_told_as_a_habit_is_a_set(text, expected):
    assert [(t.text, t.type, t.value) for t in tag(text, date(2018, 9, 16))] == expected


@pytest.mark.parametrize("text, expected", [
    # a count of days "a year ago" is no habit
    ("The wait is about six weeks, up from 10 days a year ago.",
     [("about six weeks", "DURATION", "P6W"), ("10 days", "DURATION", "P10D"), ("a year ago", "DATE", "2017")]),
    # a.m. ends a sentence before a word that starts one: the hour is not in the next sentence's habit
    ("Finals begin Monday, and her first exam is at 8 a.m. She works 20 hours a week.",
     [("Monday", "DATE", "2018-09-17"), ("8 a.m.", "TIME", "2018-09-17T08:00"), ("20 hours a week", "SET", "P1W")]),
])
def test_a_count_or_an_hour_beside_a_rate_is_no_habit(text, expected):
    assert [(t.text, t.type, t.value) for t in tag(text, date(2018, 9, 16))] == expected


@pytest.mark.parametrize("text, expected", [
    # a month told of every year, right after a habit adverb or "runs from", is no particular year's
    ("The flu season in Queensland usually peaks in August.", [("August", "XXXX-08")]),
    ("The fiscal year runs from 1 April to 31 March.", [("1 April", "XXXX-04-01"), ("31 March", "XXXX-03-31")]),
    ("The monsoon, which normally sets in around October 20, is late.", [("around October 20", "XXXX-10-20")]),
    # not across a clause, nor before the adverb
    ("Offices, which normally close on Saturdays, will reopen on October 3.",
     [("Saturdays", "XXXX-WXX-6"), ("October 3", "2017-10-03")]),
    ("Sales peaked in August.", [("August", "2016-08")]),
])
def test_a_month_told_of_every_year_has_no_year(text, expected):
    assert [(t.text, t.value) for t in tag(text, date(2017, 6, 7))] == expected


@pytest.mark.parametrize("text, span, value", [
    ("Many plan to be home by Sunday afternoon for Mother's Day.", "Sunday afternoon", "1995-05-14TAF"),
    ("Banks close Monday morning for Memorial Day.", "Monday morning", "1995-05-29TMO"),
])
def test_a_part_of_a_day_named_by_a_holiday_keeps_its_part(text, span, value):
    found = _values(text, date(1995, 5, 12))
    assert found.get(span) == value, found


def test_a_clock_time_before_a_list_of_days_stays_a_time():
    # "at 10 a.m. every Saturday" is one SET; before "and Sunday" the clock time is its own (the days are a list)
    found = _values("Naturalists give talks at 10 a.m. every Saturday and Sunday.", date(2019, 4, 17))
    assert found.get("10 a.m.") == "XXXX-XX-XXT10:00", found
