"""Importers: CSV and TimelineJS JSON in, with the validation and wording of event files; round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.eventfile import load_events
from timeline.exporters import csv as csv_export
from timeline.exporters import timelinejs as timelinejs_export
from timeline.importers import csv as csv_import
from timeline.importers import timelinejs as timelinejs_import
from timeline.importers.plan import comparable
from timeline.model import Event

from tests.test_exporters import fixture_events

HEADER = "title,date,end,status,approximate,actors,source_url,source2_published,media_url"


def loaded(root: Path) -> list[Event]:
    events, problems = load_events(root)
    assert problems == []
    return [item.event for item in events]


def same_events(a: list[Event], b: list[Event]) -> bool:
    def key(events):
        return sorted((comparable(e).model_dump_json(), e.review_state) for e in events)

    return key(a) == key(b)


# --- round trips --------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "render, name",
    [(csv_export.render, "timeline.csv"), (lambda events: timelinejs_export.render(events, "T"), "timeline.json")],
)
def test_export_then_import_gives_the_same_events(run, tmp_path, render, name):
    (tmp_path / name).write_bytes(render(fixture_events()).encode("utf-8"))
    result = run("import", name)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == f"imported {len(fixture_events())} new events from {name}"
    assert same_events(loaded(tmp_path / "events"), fixture_events())


def test_import_written_files_look_like_hand_written_ones(run, tmp_path):
    (tmp_path / "t.csv").write_text("title,date,tags\nPutin holds talks,2012-06-05,diplomacy; energy\n", encoding="utf-8")
    assert run("import", "t.csv").output == (
        "wrote events/2012/2012-06-05-putin-holds-talks.yaml\n"
        "imported 1 new event from t.csv\n"
    )
    assert (tmp_path / "events/2012/2012-06-05-putin-holds-talks.yaml").read_text() == (
        "title: Putin holds talks\ndate: 2012-06-05\ntags:\n- diplomacy\n- energy\n"
    )


def test_importing_again_skips_identical_events(run, tmp_path):
    (tmp_path / "t.csv").write_text("title,date\nA,2012\nB,2013\n", encoding="utf-8")
    run("import", "t.csv")
    (tmp_path / "t.csv").write_text("title,date\nA,2012\nB,2013\nC,2014\n", encoding="utf-8")
    result = run("import", "t.csv")
    assert result.output.splitlines() == [
        "wrote events/2014/2014-c.yaml",
        "imported 1 new event from t.csv; 2 already present and unchanged",
    ]


def test_an_exported_extracted_event_is_already_present(run, tmp_path):
    (tmp_path / "events/2030").mkdir(parents=True)
    (tmp_path / "events/2030/x.yaml").write_text("title: Rail link opens\ndate: 2030-09\norigin: extracted\n")
    (tmp_path / "t.csv").write_bytes(csv_export.render(loaded(tmp_path / "events")).encode())
    assert run("import", "t.csv").output == "imported 0 new events from t.csv; 1 already present and unchanged\n"


# --- CSV problems, word for word ----------------------------------------------------------------------

def test_csv_rows_are_validated_and_located_like_event_files(run, tmp_path):
    rows = [
        HEADER,
        "Good,2012-06-05,,,,,,,",
        "Bad date,2012-13,,soon,maybe,,,,",
        ",2012-02-30,,,,,nope,2012-02-30,ftp://x",
        "Backwards,2012-06-05,2012-06-01,,,,,,",
        ",,,,,,,,",
        "Too many,2012,,,,,,,,extra",
    ]
    (tmp_path / "t.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = run("import", "t.csv")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "t.csv:3:2: 'date': 2012-13 is not a real date: there is no month 13",
        "t.csv:3:4: 'status': expected one of happened, scheduled, target, expected, ongoing, cancelled or postponed, got 'soon'",
        "t.csv:3:5: 'approximate': expected true or false, got 'maybe'",
        "t.csv:4:1: 'title': required, but missing",
        "t.csv:4:2: 'date': 2012-02-30 is not a real date: February 2012 has 29 days",
        "t.csv:4:7: 'sources[0].url': expected an http(s) address or a path inside the site, got 'nope'",
        "t.csv:4:8: 'sources[1].published': 2012-02-30 is not a real date: February 2012 has 29 days",
        "t.csv:4:9: 'media.url': expected an http(s) address or a path inside the site, got 'ftp://x'",
        "t.csv:5:3: 'end': 2012-06-01 is before 'date' 2012-06-05",
        "t.csv:7:10: this row has 10 cells, the header names 9",
        "10 problems found",
    ]
    assert not (tmp_path / "events").exists(), "an import with problems writes nothing"


def test_csv_rows_are_located_by_the_line_they_start_on(tmp_path):
    text = 'title,summary,date\nA,"two\nlines",2012\nB,,soon\n'
    candidates, problems = csv_import.read(text, "t.csv")
    assert [str(p) for p in problems] == ["t.csv:4:3: 'date': expected an ISO 8601 date such as 2012-06-05, got 'soon'"]
    assert [(c.event.title, c.line) for c in candidates] == [("A", 2)]


@pytest.mark.parametrize(
    "header, messages",
    [
        ("title,date,sumary", ["t.csv:1:3: unknown column 'sumary'; did you mean 'summary'?"]),
        ("title,when", ["t.csv:1:1: required column 'date' is missing", "t.csv:1:2: unknown column 'when'"]),
        ("title,date,title", ["t.csv:1:3: column 'title' appears twice"]),
        ("title,date,source2_url,source3_quote,source_x", ["t.csv:1:5: unknown column 'source_x'; did you mean 'source_url'?"]),
    ],
)
def test_csv_header_problems(header, messages):
    _, problems = csv_import.read(header + "\n", "t.csv")
    assert sorted(str(p) for p in problems) == messages


@pytest.mark.parametrize(
    "cell, approximate",
    [("true", True), ("TRUE", True), ("yes", True), ("1", True), ("false", False), ("no", False), ("0", False), ("", False)],
)
def test_csv_approximate_words(cell, approximate):
    candidates, problems = csv_import.read(f"title,date,approximate\nx,2012,{cell}\n", "t.csv")
    assert problems == [] and candidates[0].event.approximate is approximate


def test_csv_accepts_a_byte_order_mark_blank_rows_and_short_rows(run, tmp_path):
    (tmp_path / "t.csv").write_bytes("\ufefftitle,date,tags\r\nA,2012\r\n,,\r\nB,2013,x\r\n".encode("utf-8"))
    result = run("import", "t.csv", "--dry-run")
    assert result.output.splitlines() == [
        "would write events/2012/2012-a.yaml",
        "would write events/2013/2013-b.yaml",
        "would import 2 new events from t.csv (dry run: nothing written)",
    ]
    assert not (tmp_path / "events").exists()


def test_import_reports_ids_used_twice_and_conflicts_with_existing_events(run, tmp_path, write_file):
    write_file("events/2012/2012-a.yaml", "title: A\ndate: 2012\nsummary: the original\n")
    (tmp_path / "t.csv").write_text("title,date,summary\nA,2012,changed\nB,2013,\nB,2013,again\n", encoding="utf-8")
    result = run("import", "t.csv")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "t.csv:2:1: 'id': '2012-a' is already used by events/2012/2012-a.yaml:1, a different event; "
        "edit that file, or give this one another id",
        "t.csv:4:1: 'id': '2013-b' is already used by t.csv:3",
        "2 problems found",
    ]
    assert (tmp_path / "events/2012/2012-a.yaml").read_text().endswith("summary: the original\n")
    assert not (tmp_path / "events/2013").exists()


@pytest.mark.parametrize(
    "args, message",
    [
        (["import", "missing.csv"], "error: missing.csv: no such file\n"),
        (["import", "t.txt"], "error: t.txt: cannot tell the format from the name; give --format csv or --format timelinejs\n"),
    ],
)
def test_import_usage_errors(run, tmp_path, args, message):
    (tmp_path / "t.txt").write_text("title,date\n")
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr == message


def test_import_format_option_overrides_the_name(run, tmp_path):
    (tmp_path / "t.txt").write_text("title,date\nA,2012\n")
    assert run("import", "t.txt", "--format", "csv").exit_code == 0


# --- TimelineJS ---------------------------------------------------------------------------------------

KNIGHT_LAB_STYLE = {
    "title": {"text": {"headline": "Whitney Houston", "text": "<p>1963 - 2012</p>"}},
    "events": [
        {
            "media": {"url": "https://example.org/whitney.jpg", "caption": "Houston <em>live</em>", "credit": "A &amp; B"},
            "start_date": {"year": "1978", "month": "", "day": ""},
            "text": {"headline": "<b>New York</b> debut", "text": "<p>Houston, 15, performs.</p><p>Second &lt;para&gt;</p>"},
            "group": "Career",
            "display_date": "c. 1978",
        },
        {
            "start_date": {"year": 1985, "month": 2, "day": 14, "hour": 20},
            "end_date": {"year": "1985", "month": "3"},
            "text": {"headline": "Album"},
            "unique_id": "album-1985",
        },
        {"start_date": {"year": "2012"}, "text": {"headline": "Dies"}, "unique_id": "Not A Valid Id", "display_date": "by 2012"},
    ],
}


def test_timelinejs_from_elsewhere(tmp_path):
    candidates, problems = timelinejs_import.read(json.dumps(KNIGHT_LAB_STYLE, indent=2), "t.json")
    assert problems == []
    debut, album, dies = (c.event for c in candidates)
    assert (debut.title, str(debut.date), debut.approximate, debut.tags) == ("New York debut", "1978", True, ["Career"])
    assert debut.summary == "Houston, 15, performs.\n\nSecond <para>"
    assert debut.media.model_dump() == {"url": "https://example.org/whitney.jpg", "caption": "Houston live", "credit": "A & B"}
    assert (album.id, str(album.date), str(album.end)) == ("album-1985", "1985-02-14T20:00", "1985-03")
    assert (dies.id, dies.bound) == (None, "by")
    assert all(e.origin == "manual" for e in (debut, album, dies))


def test_timelinejs_edits_win_over_the_exported_extension():
    event = Event(title="Talks", date="2012-06-05T14:30+08:00", summary="**old**", tags=["a", "b"], actors=["X"])
    slide = timelinejs_export.slide(event)
    slide["start_date"]["day"] = "6"
    slide["text"]["text"] = "<p>new text</p>"
    slide["group"] = "c"
    (candidate,), problems = timelinejs_import.read(json.dumps({"events": [slide]}), "t.json")
    assert problems == []
    assert (str(candidate.event.date), candidate.event.summary) == ("2012-06-06T14:30", "new text")
    assert (candidate.event.tags, candidate.event.actors) == (["c", "a", "b"], ["X"])


def test_timelinejs_problems_are_located_and_named_as_in_the_file():
    text = """{"events": [
  {"start_date": {"year": "2012", "month": "June"}, "text": {"headline": "x"}},
  {"start_date": {"year": "2012", "month": "13"},
   "media": {"url": "javascript:x"},
   "timeline": {"status": "soon", "sources": [{"url": 3}]}},
  {"start_date": {"day": "3"}, "text": {"headline": "y"}},
  "not a slide"
]}"""
    _, problems = timelinejs_import.read(text, "t.json")
    assert [str(p) for p in sorted(problems)] == [
        "t.json:2:44: 'start_date.month': expected a whole number, got 'June'",
        "t.json:3:3: 'text.headline': required, but missing",
        "t.json:3:18: 'start_date': 2012-13 is not a real date: there is no month 13",
        "t.json:4:21: 'media.url': expected an http(s) address or a path inside the site, got 'javascript:x'",
        "t.json:5:27: 'timeline.status': expected one of happened, scheduled, target, expected, ongoing, cancelled or postponed, got 'soon'",
        "t.json:5:55: 'timeline.sources[0].url': expected text, got 3",
        "t.json:6:18: 'start_date.year': required, but missing",
        "t.json:7:3: 'events[3]': expected a mapping, got str",
    ]


@pytest.mark.parametrize(
    "text, message",
    [
        ('{"events": [}', "t.json:1:13: not valid JSON: Expecting value"),
        ('{"title": {}}', "t.json:1:1: expected a TimelineJS object with an 'events' list"),
        ("[]", "t.json:1:1: expected a TimelineJS object with an 'events' list"),
    ],
)
def test_timelinejs_file_problems(text, message):
    assert [str(p) for p in timelinejs_import.read(text, "t.json")[1]] == [message]


@pytest.mark.parametrize(
    "display, flags",
    [("c. 1850", {"approximate": True}), ("circa 1850", {"approximate": True}), ("by 2015", {"bound": "by"}),
     ("Before March 2014", {"bound": "before"}), ("by c. 2015", {"bound": "by", "approximate": True}),
     ("c. after 2015", {"bound": "after", "approximate": True}), ("5 June 2012", {}), ("city 2012", {}), (None, {})],
)
def test_timelinejs_display_date_marks(display, flags):
    assert timelinejs_import._display_flags(display) == flags


@pytest.mark.parametrize(
    "markup, text",
    [
        ("<p>One<br>two</p><p>Three</p>", "One\ntwo\n\nThree"),
        ("<ul><li>a</li><li>b</li></ul>", "- a\n- b"),
        ("A &amp; B &lt;c&gt;", "A & B <c>"),
        ("  spaced   out  ", "spaced out"),
    ],
)
def test_html_to_text(markup, text):
    assert timelinejs_import.html_to_text(markup) == text


def test_import_never_overwrites_a_file_even_an_invalid_one(run, tmp_path, write_file):
    write_file("events/2012/2012-a.yaml", "title: [broken\n")
    (tmp_path / "t.csv").write_text("title,date\nA,2012\n", encoding="utf-8")
    result = run("import", "t.csv")
    assert result.stderr.splitlines() == [
        "t.csv:2:1: events/2012/2012-a.yaml already exists and is not a valid event file",
        "1 problem found",
    ]
    assert (tmp_path / "events/2012/2012-a.yaml").read_text() == "title: [broken\n"
