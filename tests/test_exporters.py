"""Exporters: golden files for every format from one fixture set, and the rules each format must keep.

Regenerate the golden files after an intended change with UPDATE_GOLDEN=1 pytest tests/test_exporters.py,
then read the diff.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.eventfile import load_events
from timeline.exporters import atom, ics, jsonl, timelinejs
from timeline.exporters import csv as csv_export
from timeline.markup import summary_html
from timeline.model import Event

HERE = Path(__file__).resolve().parent
FIXTURE_EVENTS = HERE / "fixtures" / "export" / "events"
GOLDEN = HERE / "golden" / "export"
SITE = "https://example.org/timeline/"


def fixture_events() -> list[Event]:
    loaded, problems = load_events(FIXTURE_EVENTS)
    assert problems == []
    return [item.event for item in loaded]


def event_url(event: Event) -> str:
    return f"events/{event.event_id}/"


RENDERERS = {
    "timeline.json": lambda events: timelinejs.render(events, title="Fixture <timeline>"),
    "timeline.ics": lambda events: ics.render(events, title="Fixture; timeline, with \\ specials"),
    "timeline.csv": csv_export.render,
    "timeline.jsonl": jsonl.render,
    "feed.xml": lambda events: atom.render(events, "Fixture & feed", SITE, event_url, feed_url="feed.xml"),
}


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_export_matches_golden_file(name):
    text = RENDERERS[name](fixture_events())
    golden = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_bytes(text.encode("utf-8"))
    assert text == golden.read_bytes().decode("utf-8")


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_export_does_not_depend_on_input_order(name):
    events = fixture_events()
    assert RENDERERS[name](list(reversed(events))) == RENDERERS[name](events)


# --- TimelineJS ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "date, end, start_date, end_date",
    [
        ("2015", None, {"year": "2015"}, None),
        ("2012-05", None, {"year": "2012", "month": "5"}, None),
        ("2012-06-05", "2012-06-07", {"year": "2012", "month": "6", "day": "5"}, {"year": "2012", "month": "6", "day": "7"}),
        ("2012-06-05T00:00", None, {"year": "2012", "month": "6", "day": "5", "hour": "0", "minute": "0"}, None),
        ("2012-06-05T14:30:15Z", None, {"year": "2012", "month": "6", "day": "5", "hour": "14", "minute": "30", "second": "15"}, None),
        ("-0043-03-15", None, {"year": "-43", "month": "3", "day": "15"}, None),
    ],
)
def test_timelinejs_dates_keep_their_precision(date, end, start_date, end_date):
    slide = timelinejs.slide(Event(title="x", date=date, end=end))
    assert slide["start_date"] == start_date
    assert slide.get("end_date") == end_date


@pytest.mark.parametrize(
    "fields, display",
    [
        ({"date": "2015", "bound": "by"}, "by 2015"),
        ({"date": "1850", "approximate": True}, "c. 1850"),
        ({"date": "2014-03", "bound": "before"}, "before March 2014"),
        ({"date": "-0043-03-15"}, "15 March 44 BCE"),
        ({"date": "2012-06-05T14:30+08:00"}, "5 June 2012, 14:30 +08:00"),
        ({"date": "2012-06-05"}, None),
        ({"date": "2012-06-05", "end": "2012-06-07"}, None),
    ],
)
def test_timelinejs_display_date_only_where_timelinejs_would_lose_something(fields, display):
    assert timelinejs.slide(Event(title="x", **fields)).get("display_date") == display


def test_timelinejs_escapes_every_html_field():
    event = Event(
        title="<script>alert(1)</script>",
        date="2012",
        summary="<img src=x onerror=alert(1)> **bold** [x](javascript:alert(1))",
        tags=["<b>group</b>"],
        media={"url": 'https://example.org/a"onload="x.png', "caption": "<i>c</i>", "credit": "A & B"},
    )
    slide = timelinejs.slide(event)
    assert slide["text"]["headline"] == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert slide["text"]["text"] == "<p>&lt;img src=x onerror=alert(1)&gt; <strong>bold</strong> <a>x</a></p>"
    assert slide["group"] == "&lt;b&gt;group&lt;/b&gt;"
    assert slide["media"] == {"url": "https://example.org/a%22onload=%22x.png", "caption": "&lt;i&gt;c&lt;/i&gt;", "credit": "A &amp; B"}
    assert "</" not in timelinejs.render([event]), "a closing tag inside the JSON could end an inline <script>"


def test_timelinejs_document_shape():
    data = json.loads(timelinejs.render(fixture_events(), title="T"))
    assert data["title"] == {"text": {"headline": "T", "text": ""}}
    ids = [slide["unique_id"] for slide in data["events"]]
    assert len(ids) == len(set(ids)) == len(fixture_events())
    for slide in data["events"]:
        assert set(slide) <= {"start_date", "end_date", "display_date", "text", "media", "group", "unique_id", "timeline"}
        assert all(isinstance(v, str) and re.fullmatch(r"-?\d+", v) for v in slide["start_date"].values())
    assert "scale" not in data


def test_timelinejs_uses_the_cosmological_scale_beyond_javascript_dates():
    data = json.loads(timelinejs.render([Event(title="Deep time", date="-300000")]))
    assert data["scale"] == "cosmological"


# --- iCalendar ----------------------------------------------------------------------------------------

def unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def vevents(text: str) -> list[dict[str, str]]:
    events, current = [], None
    for line in unfold(text):
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name] = value
    return events


def test_ics_lines_are_crlf_and_at_most_75_octets():
    text = ics.render(fixture_events())
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert any(line.startswith(" ") for line in lines), "the fixture should exercise folding"
    assert "\r\n".join(unfold(text)).encode("utf-8").decode("utf-8")  # folding never splits a character


def test_ics_has_the_required_properties():
    text = ics.render(fixture_events())
    lines = unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    events = vevents(text)
    assert len(events) == len(fixture_events()) - 1  # the BCE event is left out
    for event in events:
        assert {"UID", "DTSTAMP", "SUMMARY"} <= set(event)
        assert any(name.startswith("DTSTART") for name in event)
        assert re.fullmatch(r"\d{8}T\d{6}Z", event["DTSTAMP"])
    assert len({event["UID"] for event in events}) == len(events)


@pytest.mark.parametrize(
    "date, end, expected",
    [
        ("2012-06-05", None, ["DTSTART;VALUE=DATE:20120605", "DTEND;VALUE=DATE:20120606"]),
        ("2012-06-05", "2012-06-07", ["DTSTART;VALUE=DATE:20120605", "DTEND;VALUE=DATE:20120608"]),
        ("2012-02", None, ["DTSTART;VALUE=DATE:20120201", "DTEND;VALUE=DATE:20120301"]),
        ("2012-12", None, ["DTSTART;VALUE=DATE:20121201", "DTEND;VALUE=DATE:20130101"]),
        ("2015", "2017", ["DTSTART;VALUE=DATE:20150101", "DTEND;VALUE=DATE:20180101"]),
        ("2015-03", "2015-05", ["DTSTART;VALUE=DATE:20150301", "DTEND;VALUE=DATE:20150601"]),
        ("2012-06-05T14:30+08:00", None, ["DTSTART:20120605T063000Z"]),
        ("2012-06-05T14:30+08:00", "2012-06-05T16:00+08:00", ["DTSTART:20120605T063000Z", "DTEND:20120605T080000Z"]),
        ("2012-06-05T23:30-05:30", None, ["DTSTART:20120606T050000Z"]),
        ("2012-06-05T09:00", None, ["DTSTART:20120605T090000"]),
        ("2012-06-05T09:00:30Z", None, ["DTSTART:20120605T090030Z"]),
        ("2012-06-05T09:00", "2012-06-06", ["DTSTART;VALUE=DATE:20120605", "DTEND;VALUE=DATE:20120607"]),
    ],
)
def test_ics_dates_at_their_precision(date, end, expected):
    assert ics.timing(Event(title="x", date=date, end=end)) == expected


@pytest.mark.parametrize(
    "status, expected",
    [("happened", "CONFIRMED"), ("ongoing", "CONFIRMED"), ("scheduled", "TENTATIVE"), ("target", "TENTATIVE"),
     ("expected", "TENTATIVE"), ("postponed", "TENTATIVE"), ("cancelled", "CANCELLED")],
)
def test_ics_status(status, expected):
    assert f"STATUS:{expected}" in ics.vevent(Event(title="x", date="2030", status=status), "d")


@pytest.mark.parametrize(
    "text, escaped",
    [("a,b;c\\d", "a\\,b\\;c\\\\d"), ("one\ntwo\r\nthree", "one\\ntwo\\nthree"), ("bell\x07tab\t", "belltab\t")],
)
def test_ics_text_escaping(text, escaped):
    assert ics.escape_text(text) == escaped


def test_ics_folding_keeps_utf8_characters_whole():
    line = "SUMMARY:" + "東" * 40
    folded = ics.fold(line).split("\r\n")
    assert all(len(part.encode("utf-8")) <= 75 for part in folded)
    assert "".join(part[1:] if i else part for i, part in enumerate(folded)) == line


def test_ics_leaves_out_bce_events_and_names_them():
    events = [Event(title="Caesar", date="-0043-03-15"), Event(title="Modern", date="2012")]
    assert [e.title for e in ics.skipped(events)] == ["Caesar"]
    assert "Caesar" not in ics.render(events)


def test_ics_dtstamp_is_the_latest_source_publication_or_the_epoch():
    sourced = Event(title="x", date="2012", sources=[{"published": "2012-06-04"}, {"published": "2012-06-06T09:15+02:00"}])
    assert ics.dtstamp(sourced) == "20120606T071500Z"
    assert ics.dtstamp(Event(title="x", date="2012")) == "19700101T000000Z"


# --- CSV, JSON Lines ----------------------------------------------------------------------------------

def test_csv_columns_and_list_joining():
    rows = list(csv.DictReader(io.StringIO(csv_export.render(fixture_events()))))
    assert list(rows[0]) == csv_export.columns(2)
    putin = next(row for row in rows if row["title"] == "Putin holds talks in Beijing")
    assert putin["actors"] == "Vladimir Putin; Hu Jintao"
    assert putin["source2_url"] == "https://example.com/second"
    assert putin["review"] == "approved"


@pytest.mark.parametrize(
    "text, cell",
    [("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-5", "'-5"), ("@x", "'@x"), ("'=x", "''=x"), ("''", "'''"),
     ("'Tis", "'Tis"), ("plain", "plain"), ("", "")],
)
def test_csv_guards_formulas_and_unguards_them(text, cell):
    assert csv_export.guard(text) == cell
    assert csv_export.unguard(cell) == text


def test_jsonl_is_one_model_dump_per_line_with_ids():
    lines = jsonl.render(fixture_events()).splitlines()
    assert len(lines) == len(fixture_events())
    for line, event in zip(lines, sorted(fixture_events(), key=Event.sort_key)):
        data = json.loads(line)
        assert data["id"] == event.event_id
        assert Event.model_validate_json(line) == event.model_copy(update={"id": event.event_id})


# --- Atom ---------------------------------------------------------------------------------------------

def test_atom_is_well_formed_escaped_and_deterministic():
    text = RENDERERS["feed.xml"](fixture_events())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    root = ET.fromstring(text.encode("utf-8"))
    assert root.find("a:title", ns).text == "Fixture & feed"
    entries = root.findall("a:entry", ns)
    assert len(entries) == len(fixture_events())
    assert all(e.find("a:id", ns).text.startswith(SITE + "events/") for e in entries)
    updated = [e.find("a:updated", ns).text for e in entries]
    assert updated == sorted(updated, reverse=True)
    assert root.find("a:updated", ns).text == updated[0]
    assert "<script>" not in text


def test_atom_ids_stay_absolute_without_a_site_url():
    text = atom.render([Event(title="x", date="2012")], "T", "", event_url)
    root = ET.fromstring(text)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert root.find("a:id", ns).text == "urn:timeline:feed"
    assert root.find("a:entry/a:id", ns).text == "urn:timeline:event:2012-x"
    assert root.find("a:entry/a:link", ns).get("href") == "events/2012-x/"


def test_summary_html_shows_raw_html_as_text_and_drops_unsafe_links():
    html = summary_html('<script>x</script> [a](javascript:x) [b](JaVa\tScript:x) [c](/ok) ![i](data:text/html,x)')
    assert html == '<p>&lt;script&gt;x&lt;/script&gt; <a>a</a> <a>b</a> <a href="/ok">c</a> <img alt="i"></p>'


# --- the command --------------------------------------------------------------------------------------

@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "events").symlink_to(FIXTURE_EVENTS, target_is_directory=True)
    return tmp_path


def invoke(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("format_name, golden", [("csv", "timeline.csv"), ("jsonl", "timeline.jsonl")])
def test_export_command_writes_standard_output(project, format_name, golden):
    result = invoke("export", "--format", format_name)
    assert result.exit_code == 0
    assert result.stdout_bytes == (GOLDEN / golden).read_bytes()


def test_export_command_writes_a_file_and_warns_about_left_out_events(project):
    result = invoke("export", "--format", "ics", "-o", "out/timeline.ics")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "warning: iCalendar has no years before 1 (or after 9998); left out 1 event: 44bce-03-15-caesar-is-assassinated",
        "wrote 13 events to out/timeline.ics",
    ]
    assert (project / "out/timeline.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_export_command_approved_only_leaves_out_drafts(project):
    result = invoke("export", "--format", "jsonl", "--approved-only")
    titles = [json.loads(line)["title"] for line in result.stdout.splitlines()]
    assert "Rail link opens" not in titles and "Games postponed" in titles
    assert len(titles) == len(fixture_events()) - 1


def test_export_command_refuses_invalid_events_with_every_problem(tmp_path, monkeypatch, write_file):
    monkeypatch.chdir(tmp_path)
    write_file("events/a.yaml", "title: x\ndate: soon\n")
    write_file("events/b.yaml", "date: 2012\n")
    result = invoke("export", "--format", "csv")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "events/a.yaml:2:7: 'date': expected an ISO 8601 date such as 2012-06-05, got 'soon'",
        "events/b.yaml:1:1: 'title': required, but missing",
        "2 problems found",
    ]


def test_export_command_needs_an_events_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke("export", "--format", "csv")
    assert result.exit_code == 2
    assert result.stderr == "error: events: no such file or folder; expected event files such as events/2012/x.yaml\n"
