"""The files of a new timeline project (`timeline init`): templates kept here as package data.

Template names differ from the files they become (mkdocs.yaml -> mkdocs.yml, publish.yaml ->
.github/workflows/publish.yml, gitignore.txt -> .gitignore) so that the package data patterns ship
them and no hidden folder sits inside the package.
"""

from __future__ import annotations

import json
from importlib import metadata, resources

import yaml

from timeline.eventfile import SCHEMA_RELATIVE_PATH, EventLoader
from timeline.model import Event, year_folder
from timeline.schema import event_schema_text

TEMPLATES = {
    "mkdocs.yml": "mkdocs.yaml",
    ".github/workflows/publish.yml": "publish.yaml",
    "README.md": "README.md",
    "requirements.txt": "requirements.txt",
    ".gitignore": "gitignore.txt",
    "docs/about.md": "about.md",
    "articles/README.md": "articles-README.md",
}
EXAMPLE_EVENT = "example-event.yaml"
PLACEHOLDER_REQUIREMENT = "timeline @ git+https://github.com/OWNER/timeline@main  # replace OWNER: where the tool lives"


def template(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def project_files(title: str, requirement: str | None = None) -> dict[str, str]:
    """Relative path -> text of every file of a new project, in the order they are written."""
    title = " ".join(title.split()) or "Timeline"  # one line: it goes into YAML and a heading
    fills = {
        "@@TITLE_YAML@@": json.dumps(title),  # a JSON string is a valid YAML double-quoted scalar
        "@@TITLE@@": title,
        "@@REQUIREMENT@@": requirement or default_requirement(),
    }
    files = {}
    for target, name in TEMPLATES.items():
        text = template(name)
        for marker, value in fills.items():
            text = text.replace(marker, value)
        files[target] = text
    files[SCHEMA_RELATIVE_PATH] = event_schema_text()
    event_target, event_text = example_event()
    files[event_target] = event_text
    return files


def example_event() -> tuple[str, str]:
    """The example event's path and text, with the schema comment editors use to check it."""
    text = template(EXAMPLE_EVENT)
    event = Event.model_validate(yaml.load(text, Loader=EventLoader))
    target = f"events/{year_folder(event.date)}/{event.event_id}.yaml"
    schema = "../" * (target.count("/")) + SCHEMA_RELATIVE_PATH
    return target, f"# yaml-language-server: $schema={schema}\n{text}"


def default_requirement() -> str:
    """How CI installs this tool: the Git address it was installed from, when pip recorded one."""
    try:
        direct = json.loads(metadata.distribution("timeline").read_text("direct_url.json") or "{}")
    except (metadata.PackageNotFoundError, json.JSONDecodeError):
        return PLACEHOLDER_REQUIREMENT
    vcs = direct.get("vcs_info", {})
    if vcs.get("vcs") == "git" and direct.get("url", "").startswith("https://"):
        return f"timeline @ git+{direct['url']}@{vcs.get('commit_id', 'main')}"
    return PLACEHOLDER_REQUIREMENT
