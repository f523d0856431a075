"""The spine's commands: validate, add, schema; errors print a message, never a traceback."""

import json

import jsonschema
import pytest
import yaml

from timeline.eventfile import EventLoader
from timeline.schema import event_schema_text
from tests.conftest import REPO_ROOT


def test_validate_reports_every_problem_of_every_file_and_fails(run, write_file):
    write_file("events/2012/a.yaml", "title: x\ndate: soon\n")
    write_file("events/2012/b.yaml", "title: y\ndate: 2012-06-05\nend: 2012-06-01\n")
    result = run("validate")
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "events/2012/a.yaml:2:7: 'date': expected an ISO 8601 date such as 2012-06-05, got 'soon'",
        "events/2012/b.yaml:3:6: 'end': 2012-06-01 is before 'date' 2012-06-05",
        "2 problems found",
    ]


def test_validate_prints_github_annotations_on_request(run, write_file):
    write_file("events/a.yaml", "title: x\ndate: soon\n")
    result = run("validate", "--github", "events")
    assert result.output.splitlines()[0] == (
        "::error file=events/a.yaml,line=2,col=7::'date': expected an ISO 8601 date such as 2012-06-05, got 'soon'"
    )


def test_validate_passes_valid_files_and_counts_them(run, write_file):
    write_file("events/2012/a.yaml", "title: x\ndate: 2012\n")
    write_file("events/2013/b.yaml", "title: y\ndate: 2013-01\n")
    result = run("validate", "events/2012", "events/2013/b.yaml")
    assert (result.exit_code, result.output) == (0, "2 events valid\n")


def test_validate_names_a_missing_folder(run):
    result = run("validate", "nowhere")
    assert result.exit_code == 2
    assert result.output == "error: nowhere: no such file or folder; expected event files such as events/2012/x.yaml\n"


def test_add_writes_a_valid_file_at_its_stable_path(run, tmp_path):
    result = run(
        "add", "--title", "SCO summit", "--date", "2012-06-06", "--end", "2012-06-07", "--actor", "Vladimir Putin",
        "--actor", "Hu Jintao", "--place", "Beijing", "--tag", "diplomacy", "--status", "scheduled",
    )
    path = tmp_path / "events/2012/2012-06-06-sco-summit.yaml"
    assert result.output == f"wrote {path.relative_to(tmp_path)}\n"
    assert yaml.load(path.read_text(), Loader=EventLoader) == {
        "title": "SCO summit", "date": "2012-06-06", "end": "2012-06-07", "status": "scheduled",
        "actors": ["Vladimir Putin", "Hu Jintao"], "places": ["Beijing"], "tags": ["diplomacy"],
    }
    assert run("validate").exit_code == 0


def test_add_refuses_to_overwrite(run, tmp_path):
    run("add", "--title", "x", "--date", "2012")
    path = tmp_path / "events/2012/2012-x.yaml"
    path.write_text("title: x\ndate: 2012\nsummary: edited by hand\n")
    result = run("add", "--title", "x", "--date", "2012")
    assert result.exit_code == 2
    assert result.output == "error: events/2012/2012-x.yaml already exists; edit it, or give another --title or --id\n"
    assert "edited by hand" in path.read_text()


def test_add_reports_every_bad_option(run, tmp_path):
    result = run("add", "--title", "x", "--date", "soon", "--status", "done")
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        "--date: expected an ISO 8601 date such as 2012-06-05, got 'soon'",
        "--status: expected one of happened, scheduled, target, expected, ongoing, cancelled or postponed, got 'done'",
    ]
    assert not (tmp_path / "events").exists()


def test_add_refuses_an_id_that_would_leave_the_folder(run, tmp_path):
    result = run("add", "--title", "x", "--date", "2012", "--id", "../../x")
    assert result.exit_code == 2
    assert "--id: expected lowercase letters, digits and hyphens" in result.output
    assert not any(tmp_path.parent.glob("x.yaml"))


def test_schema_in_the_repository_is_the_one_the_model_generates():
    assert (REPO_ROOT / "schema/event.schema.json").read_text() == event_schema_text()


@pytest.mark.parametrize(
    "document, valid",
    [
        ({"title": "x", "date": "2012-06-05"}, True),
        ({"title": "x", "date": 2015, "bound": "by", "status": "target"}, True),
        ({"title": "x", "date": "2012-06-05", "sources": [{"url": "https://a.org", "quote": "q"}]}, True),
        ({"title": "x"}, False),
        ({"title": "x", "date": "soon"}, False),
        ({"title": "x", "date": "2012", "colour": "red"}, False),
        ({"title": "x", "date": "2012", "status": "done"}, False),
    ],
)
def test_the_schema_accepts_what_validate_accepts(document, valid):
    validator = jsonschema.Draft202012Validator(json.loads(event_schema_text()))
    assert validator.is_valid(document) is valid


def test_schema_command_prints_the_schema(run):
    assert json.loads(run("schema").output)["title"] == "timeline event"
