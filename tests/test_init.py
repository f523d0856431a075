"""`timeline init`: a new project that validates and builds at once, and never overwrites anything."""

from __future__ import annotations

import fnmatch
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from timeline.eventfile import load_events
from timeline.scaffold import EXAMPLE_EVENT, PLACEHOLDER_REQUIREMENT, TEMPLATES, project_files
from timeline.schema import event_schema_text

from tests.conftest import REPO_ROOT

EXPECTED_FILES = [
    ".github/workflows/publish.yml",
    ".gitignore",
    "README.md",
    "articles/README.md",
    "docs/about.md",
    "events/1969/1969-07-20-apollo-11-lands-on-the-moon.yaml",
    "mkdocs.yml",
    "requirements.txt",
    "schema/event.schema.json",
]


class MkDocsLoader(yaml.SafeLoader):
    """A safe loader that reads mkdocs.yml's !ENV [NAME, default] as its default."""


MkDocsLoader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])


def files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_init_writes_a_project(run, tmp_path):
    result = run("init", "news", "--title", "News: \"2012\" timeline")
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == "wrote news/mkdocs.yml"
    assert files_under(tmp_path / "news") == EXPECTED_FILES
    config = yaml.load((tmp_path / "news/mkdocs.yml").read_text(), Loader=MkDocsLoader)
    assert config["site_name"] == 'News: "2012" timeline'
    assert config["plugins"] == ["search", "timeline"]
    assert config["theme"]["name"] == "material"
    assert (tmp_path / "news/schema/event.schema.json").read_text() == event_schema_text()
    assert (tmp_path / "news/README.md").read_text().startswith('# News: "2012" timeline\n')


def test_the_example_event_is_valid_and_points_editors_at_the_schema(run, tmp_path):
    run("init", "news")
    events, problems = load_events(tmp_path / "news/events")
    assert problems == [] and [e.event.title for e in events] == ["Apollo 11 lands on the Moon"]
    first_line = events[0].path.read_text().splitlines()[0]
    assert first_line == "# yaml-language-server: $schema=../../schema/event.schema.json"
    assert (events[0].path.parent / "../../schema/event.schema.json").resolve().is_file()


def test_init_refuses_a_folder_that_is_not_empty(run, tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news/notes.txt").write_text("mine")
    result = run("init", "news")
    assert result.exit_code == 2
    assert result.stderr == (
        "error: news is not empty; give --force to add the project files it lacks (existing files are kept)\n"
    )
    assert files_under(tmp_path / "news") == ["notes.txt"]


def test_init_force_adds_missing_files_and_keeps_existing_ones(run, tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news/mkdocs.yml").write_text("site_name: Mine\n")
    result = run("init", "news", "--force")
    assert result.exit_code == 0
    assert "kept news/mkdocs.yml (already there)" in result.output.splitlines()
    assert (tmp_path / "news/mkdocs.yml").read_text() == "site_name: Mine\n"
    assert files_under(tmp_path / "news") == EXPECTED_FILES


def test_init_force_adds_no_example_to_an_existing_timeline(run, tmp_path):
    (tmp_path / "news/events/2012").mkdir(parents=True)
    (tmp_path / "news/events/2012/a.yaml").write_text("title: A\ndate: 2012\n")
    assert run("init", "news", "--force").exit_code == 0
    assert [p.name for p in (tmp_path / "news/events").rglob("*.yaml")] == ["a.yaml"]
    assert (tmp_path / "news/mkdocs.yml").is_file()


def test_init_refuses_a_file(run, tmp_path):
    (tmp_path / "news").write_text("x")
    result = run("init", "news")
    assert (result.exit_code, result.stderr) == (2, "error: news is a file; give a folder for the new project\n")


def test_init_into_an_empty_existing_folder(run, tmp_path):
    (tmp_path / "news").mkdir()
    assert run("init", "news").exit_code == 0


@pytest.mark.parametrize(
    "requirement, line",
    [(None, PLACEHOLDER_REQUIREMENT), ("timeline @ git+https://github.com/me/timeline@v1", "timeline @ git+https://github.com/me/timeline@v1")],
)
def test_requirements_name_how_ci_installs_the_tool(monkeypatch, requirement, line):
    monkeypatch.setattr("timeline.scaffold.default_requirement", lambda: PLACEHOLDER_REQUIREMENT)
    text = project_files("T", requirement)["requirements.txt"]
    assert text.splitlines()[-1] == line


def test_templates_ship_as_package_data():
    # A wheel carries only files the package-data patterns name: every template must match one.
    patterns = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["timeline"]
    for name in [*TEMPLATES.values(), EXAMPLE_EVENT]:
        assert any(fnmatch.fnmatch(f"scaffold/{name}", pattern) for pattern in patterns), name


def test_a_fresh_project_builds_with_mkdocs_strict(run, tmp_path):
    """The real build (needs timeline.plugin, the MkDocs plugin)."""
    run("init", "news", "--title", "News timeline")
    project = tmp_path / "news"
    env = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=project, env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    pages = [p.read_text(encoding="utf-8") for p in (project / "site").rglob("*.html")]
    assert (project / "site/index.html").is_file()
    assert any("Apollo 11 lands on the Moon" in page for page in pages)
