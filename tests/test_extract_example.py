"""The example article (AP, 2012-06-05) gives the eight events the issue asks for, and only a few more."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from timeline.extract import extract_events, read_document

REPO = Path(__file__).resolve().parent.parent
ARTICLE = REPO / "articles" / "putin-beijing.txt"
GOLDEN = REPO / "tests" / "golden" / "extract" / "putin-beijing.yaml"


@pytest.fixture(scope="module")
def events():
    return extract_events(read_document(ARTICLE))


def find(events, date, *words, end=None):
    matches = [
        e for e in events
        if str(e.date) == date and (end is None or str(e.end) == end)
        and all(w.lower() in e.title.lower() for w in words)
    ]
    assert len(matches) == 1, f"no single event on {date} with {words}: {[(str(e.date), e.title) for e in events]}"
    return matches[0]


def test_talks_with_hu_jintao_in_beijing(events):
    talks = find(events, "2012-06-05", "talks", "Hu Jintao", "Beijing")
    assert {"Vladimir Putin", "Hu Jintao"} <= set(talks.actors)
    assert talks.places == ["Beijing"]
    assert talks.end is None
    # the three mentions (the photo caption, the visit, the discussions and signing ceremony) are one event
    assert "signing ceremony" in talks.summary


def test_sco_summit_is_one_two_day_named_event(events):
    summit = find(events, "2012-06-06", end="2012-06-07")
    assert summit.title == "Shanghai Cooperation Organization summit"
    assert summit.status == "scheduled"
    assert "Shanghai Cooperation Organization" in summit.actors


def test_eu_summit_in_st_petersburg(events):
    summit = find(events, "2012-06-04", "EU summit", "St. Petersburg", "human rights")
    assert summit.status == "happened"
    assert "Vladimir Putin" in summit.actors and "European Union" in summit.actors
    assert summit.places == ["St. Petersburg"]


def test_return_to_presidency_in_may(events):
    presidency = find(events, "2012-05", "presidency")
    assert presidency.actors == ["Vladimir Putin"]
    # "resuming the Russian presidency earlier this month" is the same happening, not another event
    assert not [e for e in events if "presiden" in e.title.lower() and e is not presidency]


def test_stepping_down_in_2008(events):
    step_down = find(events, "2008", "steps down", "term limits")
    assert step_down.status == "happened" and step_down.actors == ["Vladimir Putin"]


def test_bilateral_trade_2011(events):
    trade = find(events, "2011", "trade", "$83.5 billion")
    assert trade.status == "happened"
    assert trade.actors == ["Russia", "China"]


def test_trade_target_by_2015(events):
    target = find(events, "2015", "$100 billion", "trade")
    assert (target.status, target.bound) == ("target", "by")


def test_gas_deliveries_by_2015_if_deal(events):
    gas = find(events, "2015", "gas deliveries", "Siberian pipelines")
    assert (gas.status, gas.bound) == ("target", "by")
    assert {"Gazprom", "China National Petroleum Corp."} <= set(gas.actors)
    assert "If Russia" in gas.sources[0].quote


def test_at_most_a_couple_of_other_events(events):
    assert 8 <= len(events) <= 10


def test_every_event_is_an_extracted_draft_with_its_source(events):
    for event in events:
        assert (event.origin, event.review) == ("extracted", "draft")
        source = event.sources[0]
        assert source.title == "Putin in Beijing for security talks with Chinese leaders"
        assert str(source.published) == "2012-06-05"
        assert source.quote and source.quote in ARTICLE.read_text(encoding="utf-8")


def test_junk_lines_never_become_events_or_parts_of_them(events):
    junk = ("Skip to main content", "Page not found", "does not exist or is not available anymore")
    for event in events:
        text = " ".join([event.title, event.summary] + [s.quote or "" for s in event.sources])
        assert not any(j.lower() in text.lower() for j in junk)


def test_matches_golden_file(events):
    """The whole output, pinned: regenerate with `python tests/test_extract_example.py` after a deliberate change."""
    expected = yaml.safe_load(GOLDEN.read_text(encoding="utf-8"))
    assert [e.model_dump(mode="json", exclude_defaults=True) for e in events] == expected


def test_repository_events_are_this_timeline():
    from timeline.eventfile import load_events

    loaded, problems = load_events(REPO / "events")
    assert not problems
    titles = {item.event.title for item in loaded if item.event.origin == "extracted"}
    assert {e.title for e in extract_events(read_document(ARTICLE))} <= titles


if __name__ == "__main__":
    current = extract_events(read_document(ARTICLE))
    data = [e.model_dump(mode="json", exclude_defaults=True) for e in current]
    GOLDEN.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")
    print(f"wrote {GOLDEN}")
