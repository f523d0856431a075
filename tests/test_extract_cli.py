"""`timeline extract`: writes event files once, keeps what people edited or deleted, and reports per file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main

REPO = Path(__file__).resolve().parent.parent
ARTICLE = REPO / "articles" / "putin-beijing.txt"


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()
    shutil.copy(ARTICLE, tmp_path / "articles" / "putin-beijing.txt")
    return tmp_path


def run(*args):
    result = CliRunner().invoke(main, ["extract", *args], catch_exceptions=False)
    return result


def event_files(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.yaml"))}


def test_first_run_writes_events_and_memory(project):
    result = run("articles")
    assert result.exit_code == 0, result.output
    files = event_files(project / "events")
    assert len(files) >= 8
    assert all("origin: extracted" in text and "review: draft" in text for text in files.values())
    state = json.loads((project / "events" / ".timeline" / "extracted.json").read_text())
    assert set(state["events"]) and state["rejected"] == {}
    assert "1 of 1 articles read" in result.output and f"{len(files)} new" in result.output


def test_rerun_changes_nothing(project):
    run("articles")
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (project / "events").rglob("*") if p.is_file()}
    result = run("articles")
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (project / "events").rglob("*") if p.is_file()}
    assert before == after
    assert "0 new" in result.output and f"{len(before) - 1} unchanged" in result.output


def test_hand_edited_event_stays_as_edited(project):
    run("articles")
    path = next((project / "events" / "2008").glob("*.yaml"))
    edited = path.read_text(encoding="utf-8").replace("Putin steps down", "Putin leaves office")
    path.write_text(edited, encoding="utf-8")
    result = run("articles")
    assert path.read_text(encoding="utf-8") == edited
    assert "edited by hand" in result.output
    assert len(list((project / "events" / "2008").glob("*.yaml"))) == 1


def test_deleted_event_is_not_recreated(project):
    run("articles")
    path = next((project / "events" / "2011").glob("*.yaml"))
    path.unlink()
    result = run("articles")
    assert not path.exists() and "deleted by hand" in result.output
    state = json.loads((project / "events" / ".timeline" / "extracted.json").read_text())
    assert path.stem in state["rejected"]
    run("articles")
    assert not path.exists()


def test_event_written_by_a_person_is_not_duplicated(project):
    manual = project / "events" / "2008" / "mine.yaml"
    manual.parent.mkdir(parents=True)
    manual.write_text("title: Putin steps down due to term limits\ndate: 2008\n", encoding="utf-8")
    run("articles")
    assert [p.name for p in manual.parent.glob("*.yaml")] == ["mine.yaml"]


def test_dry_run_writes_nothing(project):
    result = run("articles", "--dry-run")
    assert result.exit_code == 0
    assert not (project / "events").exists()
    assert "would write events/2012/" in result.output and "dry run, nothing written" in result.output


def test_jobs_give_the_same_events(project):
    shutil.copy(ARTICLE, project / "articles" / "second.txt")
    run("articles", "--jobs", "2", "--out", "parallel")
    run("articles", "--jobs", "1", "--out", "serial")
    assert event_files(project / "parallel") == event_files(project / "serial")


def test_same_happening_in_two_articles_is_one_event_with_two_sources(project):
    text = ARTICLE.read_text(encoding="utf-8").replace("publisher: AP via France 24", "publisher: Other Wire")
    (project / "articles" / "copy.txt").write_text(text, encoding="utf-8")
    result = run("articles")
    files = event_files(project / "events")
    assert len(files) == 8 and "merged" in result.output
    assert all(text.count("publisher:") == 2 for text in files.values())


def test_bad_inputs_reported_per_file_and_others_processed(project):
    articles = project / "articles"
    (articles / "latin1.txt").write_bytes("Caf\xe9 opened on Monday.".encode("latin-1"))
    (articles / "empty.txt").write_text("", encoding="utf-8")
    (articles / "blank.html").write_text("<html><body><nav>Menu</nav></body></html>", encoding="utf-8")
    with open(articles / "huge.txt", "wb") as handle:
        handle.truncate(6_000_000)
    result = run("articles", "missing-folder")
    assert result.exit_code == 1
    output = result.output
    assert "latin1.txt: not UTF-8 text" in output
    assert "empty.txt: no article text" in output
    assert "blank.html: " in output and "no article text" in output.split("blank.html: ")[1].splitlines()[0]
    assert "huge.txt: 6,000,000 bytes is too large" in output
    assert "missing-folder: no such file or folder" in output
    assert "1 of 5 articles read" in output
    assert len(event_files(project / "events")) >= 8


def test_bad_published_option_is_a_usage_error(project):
    result = CliRunner().invoke(main, ["extract", "articles", "--published", "soon"])
    assert result.exit_code == 2 and "--published: expected a date such as 2012-06-05 or 5 June 2012, got 'soon'" in result.output


def test_files_of_an_interrupted_run_are_adopted_not_duplicated(project):
    run("articles")
    (project / "events" / ".timeline" / "extracted.json").unlink()  # as if the run stopped before noting them
    before = event_files(project / "events")
    result = run("articles")
    assert event_files(project / "events") == before and "0 new" in result.output
    state = json.loads((project / "events" / ".timeline" / "extracted.json").read_text())
    assert len(state["events"]) == len(before)
