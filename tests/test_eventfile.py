"""Reading and writing event files; every validation message pinned word for word."""

from pathlib import Path

import pytest
import yaml

from timeline.eventfile import event_path, event_to_yaml, load_events, read_event_file, write_new_event
from timeline.model import Event

VALID_MINIMAL = "title: Putin holds talks in Beijing\ndate: 2012-06-05\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("title: x\ndate: soon\n", ["2:7: 'date': expected an ISO 8601 date such as 2012-06-05, got 'soon'"]),
        ("title: x\ndate: 2012-02-30\n", ["2:7: 'date': 2012-02-30 is not a real date: February 2012 has 29 days"]),
        ("title: x\ndate: 2012-06-05\nend: 2012-06-01\n", ["3:6: 'end': 2012-06-01 is before 'date' 2012-06-05"]),
        ("title: x\ndate: 2012\ntitel: y\n", ["3:1: 'titel': unknown key; did you mean 'title'?"]),
        ("title: x\ndate: 2012\nfoo: y\n", ["3:1: 'foo': unknown key"]),
        ("date: 2012\n", ["1:1: 'title': required, but missing"]),
        ("title: 12\ndate: 2012\n", ["1:8: 'title': expected text, got 12"]),
        ("title: ''\ndate: 2012\n", ["1:8: 'title': expected some text, got ''"]),
        ("title: x\ndate: 2012\napproximate: maybe\n", ["3:14: 'approximate': expected true or false, got 'maybe'"]),
        (
            "title: x\ndate: 2012\nstatus: done\n",
            ["3:9: 'status': expected one of happened, scheduled, target, expected, ongoing, cancelled or postponed, got 'done'"],
        ),
        ("title: x\ndate: 2012\nbound: until\n", ["3:8: 'bound': expected one of before, by or after, got 'until'"]),
        ("title: x\ndate: 2012\nactors: [1]\n", ["3:10: 'actors[0]': expected text, got 1"]),
        ("title: x\ndate: 2012\ntags: {a: 1}\n", ["3:7: 'tags': expected a list, got a mapping"]),
        (
            "title: x\ndate: 2012\nsources:\n  - url: javascript:alert(1)\n",
            ["4:10: 'sources[0].url': expected an http(s) address or a path inside the site, got 'javascript:alert(1)'"],
        ),
        ("title: x\ndate: 2012\nsources:\n  - titel: y\n", ["4:5: 'sources[0].titel': unknown key; did you mean 'title'?"]),
        ("title: x\ndate: 2012\nmedia: pic.jpg\n", ["3:8: 'media': expected a mapping, got 'pic.jpg'"]),
        (
            "id: ../../etc/passwd\ntitle: x\ndate: 2012\n",
            ["1:5: 'id': expected lowercase letters, digits and hyphens such as "
             "2012-06-05-putin-holds-talks-in-beijing, got '../../etc/passwd'"],
        ),
        ("title: x\ndate: 2012\ntitle: y\n", ["3:1: 'title': duplicate key"]),
        ("title: [x\ndate: 2012\n", ["2:5: YAML syntax error: did not find expected ',' or ']'"]),
        ("- a\n- b\n", ["1:1: expected a mapping of event fields such as 'title' and 'date', got a list"]),
        ("", ["1:1: expected a mapping of event fields such as 'title' and 'date', got an empty file"]),
        ("just words\n", ["1:1: expected a mapping of event fields such as 'title' and 'date', got 'just words'"]),
        ("!!python/object/apply:os.system ['echo hi']\n", None),
    ],
)
def test_each_problem_is_reported_located_and_word_for_word(write_file, text, expected):
    path = write_file("events/2012/x.yaml", text)
    event, problems = read_event_file(path, "events/2012/x.yaml")
    assert event is None
    messages = [str(p).removeprefix("events/2012/x.yaml:") for p in problems]
    if expected is None:  # an unsafe tag is refused by the safe loader, whatever its wording
        assert len(messages) == 1 and messages[0].startswith("1:1: YAML syntax error: could not determine a constructor")
    else:
        assert messages == expected


def test_every_problem_in_a_file_is_reported_not_only_the_first(write_file):
    path = write_file("e.yaml", "title: 12\ndate: soon\nend: 2012-06-01\nstatus: done\ncolour: red\n")
    _, problems = read_event_file(path, "e.yaml")
    assert [(p.line, p.message.split(":")[0]) for p in problems] == [
        (1, "'title'"), (2, "'date'"), (4, "'status'"), (5, "'colour'"),
    ]


def test_end_before_date_is_reported_even_when_other_fields_are_wrong(write_file):
    path = write_file("e.yaml", "title: 12\ndate: 2012-06-05\nend: 2012-06-01\n")
    _, problems = read_event_file(path, "e.yaml")
    assert [str(p) for p in problems] == [
        "e.yaml:1:8: 'title': expected text, got 12",
        "e.yaml:3:6: 'end': 2012-06-01 is before 'date' 2012-06-05",
    ]


def test_a_file_with_only_title_and_date_is_valid_and_keeps_its_precision(write_file):
    path = write_file("events/2015/x.yaml", "title: Deliveries start\ndate: 2015\nbound: by\n")
    loaded, problems = read_event_file(path)
    assert problems == []
    assert str(loaded.event.date) == "2015"
    assert loaded.event.bound == "by"
    assert loaded.id == "2015-deliveries-start"


def test_duplicate_ids_across_files_are_reported_with_the_first_place(tmp_path, write_file):
    write_file("events/2012/a.yaml", VALID_MINIMAL)
    write_file("events/2012/b.yaml", VALID_MINIMAL)
    events, problems = load_events(tmp_path / "events", tmp_path)
    assert [str(p) for p in problems] == [
        "events/2012/b.yaml:1:1: 'id': '2012-06-05-putin-holds-talks-in-beijing' is already used by events/2012/a.yaml:1"
    ]


def test_problems_from_every_file_come_in_one_run(tmp_path, write_file):
    write_file("events/2012/a.yaml", "title: x\ndate: soon\n")
    write_file("events/2013/b.yaml", "title: [\n")
    write_file("events/2014/c.yaml", VALID_MINIMAL)
    write_file("events/.timeline/state.yaml", "not: an event\n")
    events, problems = load_events(tmp_path / "events", tmp_path)
    assert [p.path for p in problems] == ["events/2012/a.yaml", "events/2013/b.yaml"]
    assert [e.id for e in events] == ["2012-06-05-putin-holds-talks-in-beijing"]


def test_events_load_in_date_order_whatever_their_precision(tmp_path, write_file):
    for name, date in [("a", "2015-03-01"), ("b", "2015"), ("c", "2014-12-31"), ("d", "2015-01")]:
        write_file(f"events/{name}.yaml", f"title: {name}\ndate: {date}\n")
    events, _ = load_events(tmp_path / "events")
    assert [e.event.title for e in events] == ["c", "b", "d", "a"]


def test_written_yaml_reads_back_equal_and_keeps_field_order(tmp_path):
    event = Event(
        title="SCO summit", date="2012-06-06", end="2012-06-07", status="scheduled",
        summary="Line one.\nLine two.", actors=["Vladimir Putin", "Hu Jintao"], places=["Beijing"],
        sources=[{"title": "AP", "url": "https://example.org/a", "published": "2012-06-05", "quote": "On Wednesday"}],
    )
    text = event_to_yaml(event)
    assert text.splitlines()[:4] == ["title: SCO summit", "date: 2012-06-06", "end: 2012-06-07", "status: scheduled"]
    assert "summary: |-\n  Line one.\n  Line two.\n" in text
    path = write_new_event(tmp_path / "events", event)
    assert path == tmp_path / "events" / "2012" / "2012-06-06-sco-summit.yaml"
    loaded, problems = read_event_file(path)
    assert problems == [] and loaded.event == event


def test_a_year_is_written_as_a_bare_year():
    assert yaml.safe_load(event_to_yaml(Event(title="x", date="2015")))["date"] == 2015


def test_writing_never_replaces_an_existing_file(tmp_path):
    event = Event(title="x", date="2012")
    path = write_new_event(tmp_path, event)
    path.write_text("title: edited by hand\ndate: 2012\n")
    with pytest.raises(FileExistsError):
        write_new_event(tmp_path, event)
    assert path.read_text() == "title: edited by hand\ndate: 2012\n"
    assert sorted(p.name for p in path.parent.iterdir()) == ["2012-x.yaml"]  # no temporary file left


@pytest.mark.parametrize("date, folder", [("2012-06-05", "2012"), ("-0043", "44bce")])
def test_event_path_is_inside_the_events_folder(tmp_path, date, folder):
    path = event_path(tmp_path, Event(title="Caesar", date=date))
    assert path.parent == tmp_path / folder
    assert Path(tmp_path) in path.resolve().parents
