"""The story's country, guessed from the places it names (for holidays each country keeps on its own day)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag
from timeline.temporal.country import country_of
from timeline.temporal.resources import load_language


@pytest.mark.parametrize("text, code", [
    ("ACCRA — Final rehearsals were held at the Black Star Square.", "GH"),
    ("KINGSTON, Jamaica (AP) — Jamaicans will observe Emancipation Day.", "JM"),
    ("WINNIPEG — Harvest Manitoba expects record demand.", "CA"),
    ("The council met in Springfield, Illinois, on Monday.", "US"),
    ("TBILISI, Georgia — Protesters gathered outside parliament.", "GE"),
    ("Shares rose 2 percent in heavy trading.", None),
    # the dateline outweighs a place named once before it, even in a byline ("Jordan")
    ("By Jordan Pak\nSEATTLE -- Tidewater FC signed a midfielder.", "US"),
    ("By Jordan Pak\nSeattle fans cheered.", "JO"),  # no dateline: the first named wins the tie
    # a dateline may use a large city's older name, or drop its accent; the Indian town Bāli is not Bali
    ("BOMBAY, March 3 (PTI) — Share prices fell.", "IN"),
    ("Fans in Montreal and Toronto cheered.", "CA"),
    ("Bookings for Bali rose as Sydney families booked early.", "AU"),
    # a dateline city that big cities abroad share counts once: the region after it says which Hamilton
    ("By Hemi Walker\n\nHAMILTON — Waikato dairy farmers have until June, Environment Waikato said.", "NZ"),
    ("LONDON — Ontario's premier flew in on Monday.", "GB"),  # London, Ontario is too small to share the name
    # a town too small for the gazetteer counts in a dateline when no namesake abroad comes near its size, and
    # only once, so that one place named elsewhere in the story can outweigh it
    ("GALWAY — The meeting runs until Sunday week.", "IE"),
    ("NAROK, Kenya — Park fees rose.", "KE"),
    ("MONTEGO BAY — The regatta starts today.", "JM"),
    ("DURANGO — The train left on time.", None),  # Spain's and Colorado's
    ("NEWPORT — Fog rolled in.", None),  # Wales' is not ten times Rhode Island's
    ("GALWAY — Crowds came from Boston and Chicago.", "US"),
    # a city after a word that is no place is a person's or a firm's name; a country or region there names a body
    ("The chef, Jose Miguel Santos, cooks in Makati and Quezon City.", "PH"),
    ("Diners lined Rue Saint-Denis in Montreal.", "CA"),
    ("Horse Racing Ireland said turnover rose.", "IE"),
    ("With Boston schools opening, fees rose.", "US"),  # a word opening the sentence may be any word
    ("", None),
])
def test_the_country_is_the_one_whose_places_the_story_names_most(text, code):
    assert country_of(text) == code


def test_a_place_name_does_not_run_across_a_line_break():
    # a headline ending "New" and a paragraph opening "York ..." name no New York
    assert country_of("Rates rise again as lenders turn cautious in New\nYork Avenue shops") is None


ABBREVIATIONS = load_language("en").tables["place_abbreviation"]
FEATURES = load_language("en").tables["place_feature"]


@pytest.mark.parametrize("text, code", [
    ("SANTA FE, N.M. (AP) — The governor signed the water bill.", "US"),  # not Argentina's Santa Fe
    ("Talks were held in Santa Fe.", "AR"),
    ("BRAMPTON, Ont. — Turkey prices rose.", "CA"),
    ("Paris. The talks resumed.", "FR"),
    ("The ceremony near Cromwell began at 3pm NZDT.", "NZ"),  # a time zone only one country keeps
    ("Eat well before the race.", None),  # no time zone that is also a word
])
def test_a_dateline_abbreviation_says_which_place_the_name_is(text, code):
    assert country_of(text, ABBREVIATIONS) == code


@pytest.mark.parametrize("text, code", [
    ("HOUMA, La. — A storm in the Gulf of Mexico threatens the coast.", "US"),
    ("HOUMA — A storm in the Gulf of Mexico threatens the coast.", "US"),  # no place in Mexico: Houma, Louisiana
    ("MEXICO CITY — Officials in Mexico watched the Gulf of Mexico.", "MX"),
    ("HOUMA — The Gulf of Mexico was calm.", "US"),  # also when "The" opens the name's run
])
def test_a_sea_named_after_a_country_is_no_place_in_it(text, code):
    assert country_of(text, ABBREVIATIONS, FEATURES) == code


@pytest.mark.parametrize("text, code", [
    ("Runners circled the Stanley Park seawall, then Stanley Park again, in Vancouver.", "CA"),  # a park, no town
    ("STANLEY, Falkland Islands — The ferry sailed.", "FK"),  # a small capital counts for its own country
    ("Shops on Paris Street in Manchester stayed shut.", "GB"),
    ("CAPE CANAVERAL — Crews at the Kennedy Space Center boarded up the hangars.", None),  # no part of Bogotá
    ("GEORGE TOWN, Sat: Durian growers won the case.", "MY"),  # Penang's city outweighs the Caymans' small capital
])
def test_a_landmark_named_after_a_place_is_no_place(text, code):
    assert country_of(text, ABBREVIATIONS, FEATURES) == code


@pytest.mark.parametrize("text, code", [
    ("Ferries to Queen Charlotte and Masset resumed. In Vancouver the warning was lifted.", "CA"),  # no Charlotte, N.C.
    ("Traffic in Charlotte slowed after the storm.", "US"),
])
def test_a_name_after_a_title_is_no_place(text, code):
    assert country_of(text, ABBREVIATIONS, FEATURES) == code


@pytest.mark.parametrize("text, code", [
    ("He won three All-Ireland medals with his county.", "IE"),
    ("Gardaí asked motorists to avoid the coast road.", "IE"),
    ("The Taoiseach will speak on Monday.", "IE"),
])
def test_a_word_for_one_country_s_institutions_names_it(text, code):
    assert country_of(text, ABBREVIATIONS, FEATURES) == code


@pytest.mark.parametrize("text, code", [
    ("Four North Shore towns banned watering after a dry summer in Massachusetts.", "US"),  # not Auckland's
    ("Traffic on the North Shore slowed, Auckland Transport said.", "NZ"),
])
def test_a_region_many_cities_have_is_no_place(text, code):
    assert country_of(text, ABBREVIATIONS, FEATURES) == code


@pytest.mark.parametrize("text, code", [
    ("Senior students across the Waikato have a final break before exams.", "NZ"),  # a region of one country
    ("Hospitals in the Midlands missed their targets.", None),  # a region's name many countries use
    ("A bluegrass festival returns to Durango, Colo.", "US"),  # a town's name too: not Mexico's state
    ("Stores in Gauteng and the Western Cape closed early.", "ZA"),
])
def test_a_state_province_or_region_of_one_country_names_it(text, code):
    assert country_of(text, ABBREVIATIONS, FEATURES) == code


@pytest.mark.parametrize("text, code", [
    ("AUCKLAND'S dams fell to 38 per cent.", "NZ"),
    ("Melbourne’s storages dipped.", "AU"),
])
def test_a_possessive_place_is_the_place(text, code):
    assert country_of(text, ABBREVIATIONS, FEATURES) == code


@pytest.mark.parametrize("text, dct, value", [
    ("ACCRA — Ghana will mark its 60th Independence Day on Monday.", date(2017, 3, 4), "2017-03-06"),
    ("MUMBAI — India celebrates Independence Day with parades.", date(2019, 8, 10), "2019-08-15"),
    ("Fireworks will light up Boston on Independence Day.", date(2019, 7, 1), "2019-07-04"),
    ("Shops close on Independence Day.", date(2019, 7, 1), "2019-07-04"),  # no country named: the US day
    ("WELLINGTON — Unions will march on Labour Day.", date(2021, 10, 20), "2021-10-25"),
    ("OTTAWA — Families gather for Thanksgiving dinner on Monday.", date(2016, 10, 8), "2016-10-10"),
    ("LONDON — Expats held an Independence Day party.", date(2019, 7, 5), "2019-07-04"),  # the UK keeps none
    ("PORT LOUIS — Mauritius will mark Independence Day on March 12.", date(2000, 2, 5), "2000-03-12"),
    ("COLOMBO — Sri Lanka marks Vesak next month.", date(2010, 4, 10), "2010-05-27"),  # SG keeps it a day later
])
def test_a_holiday_countries_keep_on_different_days_takes_the_storys_country(text, dct, value):
    [holiday] = [t for t in tag(text, dct) if "Day" in t.text or "Thanksgiving" in t.text or "Vesak" in t.text]
    assert holiday.value == value
