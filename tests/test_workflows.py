"""The GitHub Actions workflows (this repository's and the one `timeline init` writes) and the pre-commit hook."""

from __future__ import annotations

import re

import pytest
import yaml
from click.testing import CliRunner

from timeline.cli import main
from timeline.scaffold import template

from tests.conftest import REPO_ROOT

WORKFLOWS = {
    "ci.yml": (REPO_ROOT / ".github/workflows/ci.yml").read_text(encoding="utf-8"),
    "scaffold publish.yml": template("publish.yaml"),
}
ON_MAIN = "github.event_name != 'pull_request' && github.ref == 'refs/heads/main'"


def parsed(name: str) -> dict:
    data = yaml.safe_load(WORKFLOWS[name])
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def steps(job: dict) -> list[dict]:
    return job["steps"]


def step_index(job: dict, predicate) -> int:
    return next(i for i, step in enumerate(steps(job)) if predicate(step))


@pytest.mark.parametrize("name", sorted(WORKFLOWS))
def test_workflow_runs_on_pull_requests_and_pushes_to_main(name):
    triggers = parsed(name)["on"]
    assert "pull_request" in triggers
    assert triggers["push"]["branches"] == ["main"]
    assert parsed(name)["permissions"] == {"contents": "read"}


@pytest.mark.parametrize("name", sorted(WORKFLOWS))
def test_build_validates_with_annotations_then_builds_strict(name):
    build = parsed(name)["jobs"]["build"]
    runs = [step.get("run", "") for step in steps(build)]
    validate = runs.index("timeline validate --github events")
    build_site = runs.index("mkdocs build --strict")
    install = next(i for i, run in enumerate(runs) if "pip install" in run)
    assert install < validate < build_site
    uses = [step.get("uses", "") for step in steps(build)]
    assert uses[:2] == ["actions/checkout@v4", "actions/setup-python@v5"]


@pytest.mark.parametrize("name", sorted(WORKFLOWS))
def test_pages_are_configured_uploaded_and_deployed_only_from_main(name):
    jobs = parsed(name)["jobs"]
    build = jobs["build"]
    configure = step_index(build, lambda s: s.get("uses") == "actions/configure-pages@v5")
    upload = step_index(build, lambda s: s.get("uses") == "actions/upload-pages-artifact@v3")
    build_site = step_index(build, lambda s: s.get("run") == "mkdocs build --strict")
    assert configure < build_site < upload
    assert steps(build)[upload]["with"] == {"path": "site"}
    assert steps(build)[configure]["if"] == steps(build)[upload]["if"] == ON_MAIN
    assert "steps.pages.outputs.base_url" in steps(build)[build_site]["env"]["SITE_URL"]

    deploy = jobs["deploy"]
    assert deploy["if"] == ON_MAIN
    assert "build" in ([deploy["needs"]] if isinstance(deploy["needs"], str) else deploy["needs"])
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"] == {"name": "github-pages", "url": "${{ steps.deployment.outputs.page_url }}"}
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert [s.get("uses") for s in steps(deploy)] == ["actions/deploy-pages@v4"]
    assert steps(deploy)[0]["id"] == "deployment"


@pytest.mark.parametrize("name", sorted(WORKFLOWS))
def test_only_the_deploy_job_may_write(name):
    for job_name, job in parsed(name)["jobs"].items():
        if job_name != "deploy":
            assert "permissions" not in job, job_name


@pytest.mark.parametrize("name", sorted(WORKFLOWS))
def test_every_action_is_pinned_to_a_major_version(name):
    uses = re.findall(r"uses:\s*(\S+)", WORKFLOWS[name])
    assert uses and all(re.fullmatch(r"actions/[a-z-]+@v\d+", u) for u in uses), uses


def test_validate_github_prints_the_annotations_the_workflow_relies_on(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "events").mkdir()
    (tmp_path / "events/a.yaml").write_text("title: x\ndate: soon\n")
    result = CliRunner().invoke(main, ["validate", "--github", "events"])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        "::error file=events/a.yaml,line=2,col=7::'date': expected an ISO 8601 date such as 2012-06-05, got 'soon'"
    )


# --- pre-commit ---------------------------------------------------------------------------------------

def hook() -> dict:
    hooks = yaml.safe_load((REPO_ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [h["id"] for h in hooks] == ["timeline-validate"]
    return hooks[0]


def test_pre_commit_hook_runs_timeline_validate_on_the_whole_events_folder():
    data = hook()
    assert (data["entry"], data["language"]) == ("timeline validate", "python")
    # validate checks ids across files, so it is given the folder (its default), not the changed files.
    assert data["pass_filenames"] is False


@pytest.mark.parametrize(
    "path, runs",
    [("events/2012/a.yaml", True), ("events/a.yml", True), ("events/2012/a.json", False), ("docs/a.yaml", False),
     ("my-events/a.yaml", False)],
)
def test_pre_commit_hook_runs_when_an_event_file_changes(path, runs):
    assert bool(re.search(hook()["files"], path)) is runs
