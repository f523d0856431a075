"""General rules of extraction found on unseen news (development-2 and development-3 documents): one table
per rule, sentence -> (date, title) of the event it makes."""

from __future__ import annotations

import pytest

from timeline.dates import TimePoint
from timeline.extract import extract_events, parse_text
from timeline.extract.clauses import split_clauses
from timeline.extract.verbs import base_form, find_verbs

MONDAY = TimePoint.parse("1989-10-30")


def events_of(text: str, published: TimePoint = MONDAY) -> list[tuple[str, str]]:
    return [(str(e.date) + (f"..{e.end}" if e.end else ""), e.title)
            for e in extract_events(parse_text(text, published=published))]


@pytest.mark.parametrize(
    "word, base",
    [("stopped", "stop"), ("planned", "plan"), ("occurred", "occur"), ("closed", "close"), ("stated", "state"),
     ("arrived", "arrive"), ("carried", "carry"), ("agreed", "agree"), ("recorded", "record"),
     ("announced", "announce"), ("opened", "open"), ("visited", "visit"), ("invited", "invite"),
     ("decided", "decide"), ("retired", "retire"), ("postponed", "postpone"), ("settled", "settle"),
     ("developed", "develop"), ("treated", "treat"), ("created", "create"), ("put", "put"), ("made", "make")],
)
def test_past_forms_go_back_to_their_base_form(word, base):
    assert base_form(word) == base


@pytest.mark.parametrize(
    "clause, verbs",
    [
        ("Crossland recorded an additional $20 million", ["record"]),
        ("they put up a giant cross", ["put up"]),
        ("Oil prices have come down", ["come down"]),
        ("the guidelines will determine the outcome", ["determine"]),
        ("the proposed guidelines", []),  # a past form after a determiner is an adjective
        ("A spokesman said the bank seemed healthy", []),  # reporting and linking verbs report nothing
        ("two hundred people", []),
        ("Hungary became full-fledged members", []),  # a hyphenated adjective is no verb
    ],
)
def test_finite_verbs_found_by_form(clause, verbs):
    assert [v.base for v in find_verbs(clause, 0, len(clause))] == verbs


@pytest.mark.parametrize(
    "sentence, clauses",
    [
        ("The party donated about 274,500 marks in 1995.", 1),  # a thousands separator is no clause boundary
        ("In Havana, they put up a cross.", 2),
    ],
)
def test_commas_inside_numbers_do_not_split_clauses(sentence, clauses):
    assert len(split_clauses(sentence, 0, len(sentence), [])) == clauses


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb outside the trigger list still reports what happened
        ("Crossland recorded an additional $20 million in loan loss reserves in the third quarter.",
         ("1989-07..1989-09", "Crossland records additional $20 million in loan loss reserves")),
        # an opening prepositional phrase dates the clause after it
        ("In composite trading on the New York Stock Exchange Friday, Crossland closed at $5.25, down $1.875.",
         ("1989-10-27", "Crossland closes at $5.25")),
        # a verb before an event noun without its own headline verb governs it
        ("Crossland reported a third-quarter loss of $175.5 million.",
         ("1989-07..1989-09", "Crossland reports loss of $175.5 million")),
        # the subject ends before its first preposition; a place after "from the" is no agent
        ("Today, hundreds of people from the US began to arrive.",
         ("1989-10-30", "Hundreds of people begin to arrive")),
    ],
)
def test_clause_to_title(text, expected):
    assert expected in events_of(text)


def test_a_count_before_a_verb_form_makes_it_a_noun():
    titles = [t for _, t in events_of("The fine will cost the party about 549,000 marks, parliament said Friday.")]
    assert not any(t.lower().startswith(("000", "marks")) for t in titles)


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # "effective <date>": the thing before it takes effect
        ("Crossland may not meet the new government capital criteria effective Dec. 7.", MONDAY,
         ("1989-12-07", "New government capital criteria to take effect")),
        # a recent period ("over the last two weeks") ends on the publication day
        ("Gas prices fell nearly two cents a gallon over the last two weeks.", TimePoint.parse("1998-02-23"),
         ("1998-02-09..1998-02-23", "Gas prices fall two cents a gallon")),
        # one verb from a date to another is one change over the range
        ("Oil prices have come down from the middle of October to the fourteen dollars we're seeing today.",
         TimePoint.parse("1998-02-23"), ("1997-10..1998-02-23", "Oil prices come down to fourteen dollars")),
        # a vague subject: the thing done is the headline's subject
        ("In Revolution Square, they put up a giant cross today.", TimePoint.parse("1998-01-20"),
         ("1998-01-20", "Giant cross put up")),
        # "and hopes to win": the subject opens the sentence
        ("The extremist party recently took 13 percent of the vote, and hopes to win its first seats in the "
         "federal parliament this September.", TimePoint.parse("1998-06-26"),
         ("1998-09", "Extremist party to win its first seats in federal parliament")),
        # "a" of a rate is kept: "35 cents a share"
        ("Crude oil closed at $14 a barrel on Friday.", MONDAY, ("1989-10-27", "Crude oil closes at $14 a barrel")),
    ],
)
def test_clause_to_title_with_dates(text, published, expected):
    assert expected in events_of(text, published)


@pytest.mark.parametrize(
    "text, kept",
    [
        # the date of a figure compared with dates no happening: only the third quarter's drop is an event
        ("Third-quarter loan originations dropped sharply to $663 million from $1 billion a year ago.",
         ["1989-07..1989-09"]),
        # two dates of one verb that are not a range stay two events
        ("It said two new flights would leave Bombay from March 30, with the third departing each Thursday "
         "from August 6.", ["1998-03-30", "1998-08-06"]),
    ],
)
def test_dates_of_a_clause(text, kept):
    published = MONDAY if "quarter" in text.lower() else TimePoint.parse("1998-02-13")
    assert [d for d, _ in events_of(text, published)] == kept


@pytest.mark.parametrize(
    "text, expected",
    [
        # a date that modifies a noun ("third-quarter profit") leaves its preposition in place
        ("Bethlehem Steel Corp. posted a 54% drop in third-quarter profit.",
         ("1989-07..1989-09", "Bethlehem Steel Corp. posts 54% drop in profit")),
        # after an opening date phrase, the next clause's verb tells the event, not the noun before it
        ("In the third quarter, profit rose 10% to $313.2 million.",
         ("1989-07..1989-09", "Profit rises 10% to $313.2 million")),
        # a percentage is a change, told by its verb, not a total
        ("Its net income rose 51% in the third quarter.", ("1989-07..1989-09", "Net income rises 51%")),
        ("The unemployment rate was 4.7 percent in September.", ("1989-09", "Unemployment totals 4.7 percent")),
        # "it" after a company's name is the company
        ("Phoenix Technologies Ltd. said its sales rose. Yesterday it closed at $4.375 a share, up $1.125.",
         ("1989-10-29", "Phoenix Technologies Ltd. closes at $4.375 a share")),
        # an opening adverb is no subject: the sentence's subject comes after it
        ("Meanwhile, Ogden Corp., which also has interests in building maintenance, reported third-quarter net "
         "income of $27.1 million.", ("1989-07..1989-09", "Ogden Corp. reports net income of $27.1 million")),
        # a second clause after "and" ends the title
        ("Over the past 20 years, Fournier has built his company through astute stock-market activity and has "
         "warded off at least three takeover attempts.",
         ("1969..1989", "Fournier builds his company through astute stock-market activity")),
        # a period's end date ("quarter ended Sept. 30") dates no second event
        # a passive with its subject is a whole headline; in the future it is "to be" done
        ("He added that final guidelines to be published in early November will determine whether the bank "
         "is in compliance.", ("1989-11", "Final guidelines to be published")),
        # a verb's word before "of" is a noun: "the sniper shooting of Slepian"
        ("A material witness in the Oct. 23 sniper shooting of Slepian was arrested.",
         ("1989-10-23", "Sniper shooting of Slepian")),
        ("Police have questioned a material witness in the Oct. 23 sniper shooting of Slepian.",
         ("1989-10-23", "Police question material witness in sniper shooting of Slepian")),
        # "Following are ..." opens a sentence, not a headline
        ("Following are statements made Friday by Lawrence Wechsler, a lawyer for Betty Currie.",
         ("1989-10-27", "Statements made by Lawrence Wechsler")),
    ],
)
def test_subjects_and_endings(text, expected):
    assert expected in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sends envoy to the Middle East on Wednesday.",  # an active verb with no subject says nothing of who
        "Net income rose 21% for the fourth quarter ended Aug. 26.",  # only one event: no "ends"
    ],
)
def test_no_headline_without_a_subject_or_for_a_period_end(text):
    titles = [t for _, t in events_of(text)]
    assert not any(t.startswith("Sends") or t.endswith("ends") for t in titles) and len(titles) <= 1


THURSDAY = TimePoint.parse("1989-11-02")


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a lead sentence in the present perfect or progressive, with no date phrase, is the day's news
        ("Xerox Corp. has told employees in its personal insurance operations that it is laying off about 300 "
         "people.", THURSDAY, ("1989-11-02", "Xerox Corp. lays off about 300 people")),
        ("Acme Corp., a Boston toy maker, has agreed to sell its doll business.", THURSDAY,
         ("1989-11-02", "Acme Corp. agrees to sell its doll business")),
        # "told ... this week that ...": what was told is the news of that week; a week across two months
        # is its days; "were going to be" is an auxiliary chain, not the subject
        ("A spokeswoman said employees were told early this week that numerous staff functions were going to "
         "be centralized.", THURSDAY, ("1989-10-30..1989-11-05", "Numerous staff functions centralized")),
        # "the first nine months": the year's first nine months, this year once they are over
        ("For the first nine months, Xerox earned $492 million.", THURSDAY,
         ("1989-01..1989-09", "Xerox earns $492 million")),
        ("For the first nine months, Xerox earned $492 million.", TimePoint.parse("1989-05-02"),
         ("1988-01..1988-09", "Xerox earns $492 million")),
        # "over the next three quarters": from the quarter in progress; "a charge ... to be spread": the charge
        ("She said the move would result in a after-tax charge of less than $4 million to be spread over the "
         "next three quarters.", THURSDAY, ("1989-10..1990-06", "After-tax charge of less than $4 million to be spread")),
        # a nationality word in the plural is a people: the verb agrees
        ("Some 1,500 ethnic Albanians marched Sunday in downtown Istanbul.", TimePoint.parse("1998-03-08"),
         ("1998-03-08", "1,500 ethnic Albanians march in downtown Istanbul")),
    ],
)
def test_news_of_the_day_and_periods(text, published, expected):
    assert expected in events_of(text, published)


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp. has been a tough business.",  # a state, not news
        "The company said it has sold its doll business in 1985.",  # the lead has its own date
    ],
)
def test_no_news_of_the_day(text):
    assert "1989-11-02" not in [d for d, _ in events_of(text, THURSDAY)]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # "his name ... was crossed out": the subject is what the person has; "N.Y. His" starts a sentence
        ("Dr. Barnett Slepian was killed in his home outside Buffalo, N.Y. His name on the Web site was crossed "
         "out on Friday.", TimePoint.parse("1998-02-05"), ("1998-01-30", "Barnett Slepian's name crossed out")),
        # a participle opening the sentence is no part of the name after it
        ("Chanting Helmut Kohl must go, the unemployed took to the streets. His promise to halve unemployment "
         "was abandoned on Thursday.", TimePoint.parse("1998-02-06"), ("1998-02-05", "Helmut Kohl's promise abandoned")),
    ],
)
def test_possessed_subjects(text, published, expected):
    assert expected in events_of(text, published)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative clause after the subject's noun is no part of the headline's subject
        ("A man whose house was allegedly a bomb factory was arrested on Friday in Cape Town.",
         [("1999-10-08", "Man arrested in Cape Town")]),
        # "last year's bombing": the possessive date dates the noun after it, not the clause's verb
        ("Police arrested a man in connection with last year's bombing of the embassy.",
         [("1998", "Bombing of embassy")]),
        # "X, whose shares soared": the shares did, not X
        ("Acme Toys Inc., whose shares soared in 1998, sold its doll business in July.",
         [("1998", "Acme Toys Inc.'s shares soar"), ("1999-07", "Acme Toys Inc. sells its doll business")]),
        ("Ogden Projects Inc., whose shares began trading in August, sold a plant in July.",
         [("1999-08", "Ogden Projects Inc.'s shares begin trading"), ("1999-07", "Ogden Projects Inc. sells plant")]),
    ],
)
def test_relative_subjects_and_possessive_dates(text, expected):
    assert events_of(text, TimePoint.parse("1999-10-09")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a word that is a verb form and a noun is the noun after a preposition: "of terrorist attacks",
        # "with murder" (not "Satcher attacks", "Abortion foe murders")
        ("U.S. Surgeon General David Satcher on Wednesday led a team of medical specialists to Africa to help "
         "victims of terrorist attacks on the U.S. embassies.", "Terrorist attacks on U.S. embassies in Africa"),
        ("An abortion foe was charged Thursday with murder in the sniper slaying of a doctor.",
         "Abortion foe charged with murder in sniper slaying of doctor"),
    ],
)
def test_nouns_after_prepositions(text, expected):
    assert expected in [t for _, t in events_of(text, TimePoint.parse("1999-05-07"))]


@pytest.mark.parametrize(
    "text",
    [
        # "jobs he has held over the past 20 years have been ...": the verb is inside the subject, "over" is the
        # date's preposition (not "holds over"), and "Roman Catholic" is no person
        "Kopp purports to be a devout Roman Catholic, and the majority of jobs he has held over the past 20 years "
        "have been related to the anti-abortion movement, the Justice Department said.",
    ],
)
def test_no_event_for_a_verb_inside_its_subject(text):
    assert events_of(text, TimePoint.parse("1999-06-07")) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # an event noun with no verb of its own takes the verb that carries it; "S.A." ends a company name
        ("Orkem S.A., a French state-controlled chemical manufacturer, is making a friendly bid of 470 pence "
         "($7.43) a share for Coates Brothers PLC, the two sides said.",
         ("1989-11-01", "Orkem S.A. makes friendly bid of 470 pence a share")),
        # "X said ... that the two were considering a merger": the teller is who
        ("Orkem and Coates said last Wednesday that the two were considering a merger.",
         ("1989-10-25", "Orkem considers merger")),
    ],
)
def test_support_verbs_and_tellers(text, expected):
    assert expected in events_of(text, TimePoint.parse("1989-11-01"))


def test_people_of_one_surname_keep_their_full_names():
    # a lone surname is the person of that surname named last before it; titles keep full names
    text = ("President Bill Clinton met Israeli Prime Minister Benjamin Netanyahu on Monday. Clinton said talks went "
            "well. Hillary Clinton visited a school in Chicago on Tuesday. Clinton flew home on Thursday.")
    assert events_of(text, TimePoint.parse("1998-02-06")) == [
        ("1998-02-02", "Bill Clinton meets Benjamin Netanyahu"),
        ("1998-02-03", "Hillary Clinton visits school in Chicago"),
        ("1998-02-05", "Hillary Clinton flies home"),
    ]


SUNDAY = TimePoint.parse("1998-03-08")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the sentence after a lead dated to a recent day, in the simple past with a short subject, goes on
        # with that day
        ("Some 1,500 ethnic Albanians marched Sunday in downtown Istanbul. The police barred the crowd from "
         "reaching the Yugoslavian consulate.", [("1998-03-08", "1,500 ethnic Albanians march in downtown Istanbul"),
                                                  ("1998-03-08", "Police bar crowd from reaching Yugoslavian consulate")]),
        # not a passive or perfect (background), nor a sentence that opens with its own phrase
        ("Some 1,500 ethnic Albanians marched Sunday in downtown Istanbul. Turkey was ruled from Moscow.",
         [("1998-03-08", "1,500 ethnic Albanians march in downtown Istanbul")]),
        ("Some 1,500 ethnic Albanians marched Sunday in downtown Istanbul. Meanwhile, in the capital, police "
         "arrested ten people.", [("1998-03-08", "1,500 ethnic Albanians march in downtown Istanbul")]),
        # an opening phrase naming a place ("At the Truman Library in Independence,") still goes on with the day;
        # a phrase with no name ("In the past,") does not
        ("Foreign ministers met Sunday in Independence. At the Harry Truman Library in Independence, the "
         "ministers signed the accession papers.", [("1998-03-08", "Foreign ministers meet in Independence"),
                                                     ("1998-03-08", "Ministers sign accession papers")]),
        ("Some 1,500 ethnic Albanians marched Sunday in downtown Istanbul. In Ankara, the police arrested ten "
         "people.", [("1998-03-08", "1,500 ethnic Albanians march in downtown Istanbul"),
                     ("1998-03-08", "Police arrest ten people")]),
        ("Some 1,500 ethnic Albanians marched Sunday in downtown Istanbul. In the past, the police arrested ten "
         "people.", [("1998-03-08", "1,500 ethnic Albanians march in downtown Istanbul")]),
    ],
)
def test_the_lead_day_goes_on(text, expected):
    assert events_of(text, SUNDAY) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lead whose only date phrases are in an aside on its subject ("whose stock peaked in the early 1980s"),
        # its main verb in the simple past right after the aside: the main verb is the publication day's news
        ("Acme Toys Inc., a once high-flying toy maker whose stock peaked at $65 a share in the early 1980s, filed "
         "a Chapter 11 reorganization plan.", [("1989-11-02", "Acme Toys Inc. files Chapter 11 reorganization plan")]),
        ("Acme Toys Inc., whose stock peaked in 1983, sold its doll business.",
         [("1989-11-02", "Acme Toys Inc. sells its doll business")]),
        # the main clause's own date phrase wins; no aside, or a verb not in the simple past: no day's news
        ("Acme Toys Inc., whose stock peaked in the early 1980s, filed for bankruptcy protection in 1988.",
         [("1988", "Acme Toys Inc. files for bankruptcy protection")]),
        ("Acme Toys Inc., a toy maker, filed a reorganization plan.", []),
        ("Acme Toys Inc., whose stock peaked in the early 1980s, makes dolls.", []),
    ],
)
def test_a_lead_past_its_subjects_aside(text, expected):
    assert events_of(text, TimePoint.parse("1989-11-02")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "we" in a quotation is its speaker; "said:" ends the speaker's part of the sentence
        ("``We arrested three men on Friday,'' police spokesman John Smith said.",
         ("1998-03-06", "John Smith arrests three men")),
        ('Smith said: "We signed the agreement on Friday."', ("1998-03-06", "Smith signs agreement")),
        ('Acme Corp. said: "We signed the agreement on Friday."', ("1998-03-06", "Acme Corp. signs agreement")),
    ],
)
def test_quotations_speak_for_their_speaker(text, expected):
    assert expected in events_of(text, SUNDAY)


@pytest.mark.parametrize("phrase", ["Florida Straits", "Truman Presidential Library", "Newark International Airport"])
def test_place_heads_are_no_people(phrase):
    from timeline.extract.entities import find_entities

    assert [e.kind for e in find_entities(f"The boat was seen near {phrase} on Friday.") if e.kind == "person"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name after a place preposition ("at the Miami Garden Center") is where it happened, never who did it
        ("His car was spotted in the weeks before the shooting, and was found at the Miami Garden Center in "
         "December, investigators said.", [("1999-12", "Found at Miami Garden Center")]),
    ],
)
def test_names_told_as_places_are_not_subjects(text, expected):
    assert events_of(text, TimePoint.parse("2000-01-06")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # new figures reported in the simple present at the top of the story are a fact of the publication day
        ("Latest figures show a sharp rise in unemployment.", [("1998-02-05", "Sharp rise in unemployment")]),
        # "a sharp rise", "a nationwide arrest warrant": an article and one word make a noun of the base form
        ("Police issued a nationwide arrest warrant for Kopp on Monday.",
         [("1998-02-02", "Police issue nationwide arrest warrant for Kopp")]),
        # not a reported figure: no day's news
        ("Unemployment rose in January. Analysts show a sharp rise in unemployment.",
         [("1998-01", "Unemployment rises")]),
    ],
)
def test_reported_figures_and_nouns_after_an_article(text, expected):
    assert events_of(text, TimePoint.parse("1998-02-05")) == expected
