"""The MkDocs plugin's behaviour: failing on broken events, options, overrides, and the shell cache."""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort, PluginError

import timeline.site.shell as shell_module
from sitebuild import FIXTURE, build, build_command, copy_fixture, read


def test_broken_event_file_fails_the_build_with_located_messages(tmp_path):
    project = copy_fixture(tmp_path / "project")
    (project / "events/2012/broken.yaml").write_text("title: Broken\ndate: soon\nsumary: typo\n")
    (project / "events/2012/dup.yaml").write_text("id: 2012-06-05-press-conference\ntitle: Again\ndate: 2012\n")
    result = build_command(project, tmp_path / "site")
    assert result.returncode != 0
    assert "events/2012/broken.yaml:2:7: 'date': expected an ISO 8601 date such as 2012-06-05, got 'soon'" in result.stderr
    assert "events/2012/broken.yaml:3:1: 'sumary': unknown key; did you mean 'summary'?" in result.stderr
    assert "events/2012/dup.yaml:1:1: 'id': '2012-06-05-press-conference' is already used by" in result.stderr
    assert not (tmp_path / "site" / "index.html").exists()


def test_broken_event_raises_plugin_error_in_process(tmp_path):
    project = copy_fixture(tmp_path / "project")
    (project / "events/2012/broken.yaml").write_text("title: [not, text]\ndate: 2012-02-30\n")
    with pytest.raises((PluginError, Abort)):
        build(project, tmp_path / "site")


def test_empty_events_folder_builds_a_home_that_says_so(tmp_path):
    project = copy_fixture(tmp_path / "project")
    shutil.rmtree(project / "events")
    (project / "events").mkdir()
    site = build(project, tmp_path / "site")
    assert "There are no events yet" in read(site, "index.html")
    assert (site / "years/index.html").is_file()


def test_missing_events_folder_builds_too(tmp_path):
    project = copy_fixture(tmp_path / "project", events_dir="no-such-folder")
    assert "There are no events yet" in read(build(project, tmp_path / "site"), "index.html")


def test_custom_dir_overrides_a_fragment(tmp_path):
    project = copy_fixture(tmp_path / "project")
    override = project / "overrides/timeline/chips.html"
    override.parent.mkdir(parents=True)
    override.write_text('<p class="my-chips">{{ entry.terms.actor|length }} actors</p>\n')
    config = (project / "mkdocs.yml").read_text().replace("  name: material\n", "  name: material\n  custom_dir: overrides\n")
    (project / "mkdocs.yml").write_text(config)
    home = read(build(project, tmp_path / "site"), "index.html")
    assert '<p class="my-chips">2 actors</p>' in home
    assert 'class="tl-chip' not in home


def test_approved_only_leaves_drafts_out(tmp_path):
    project = copy_fixture(tmp_path / "project", approved_only=True)
    site = build(project, tmp_path / "site")
    assert "Extracted event awaiting review" not in read(site, "index.html")
    assert not (site / "events/2012-06-10-extracted-event-awaiting-review").exists()


def test_base_puts_pages_under_a_folder(tmp_path):
    project = copy_fixture(tmp_path / "project", base="timeline")
    site = build(project, tmp_path / "site")
    assert (site / "timeline/index.html").is_file()
    page = read(site, "timeline/events/2012-06-05-press-conference/index.html")
    assert 'href="../../../timeline/actors/vladimir-putin/"' in page


@pytest.mark.parametrize("base", ["../out", "a/../../b", "x y"])
def test_unsafe_base_is_refused(tmp_path, base):
    project = copy_fixture(tmp_path / "project", base=base)
    with pytest.raises((PluginError, Abort)):
        build(project, tmp_path / "site")


def test_site_home_text_comes_before_the_timeline(tmp_path):
    project = copy_fixture(tmp_path / "project")
    (project / "docs/index.md").write_text("# Our timeline\n\nAn introduction.\n")
    home = read(build(project, tmp_path / "site"), "index.html")
    assert home.index("An introduction.") < home.index('class="tl-timeline"')
    assert home.count("<h1") == 1


def test_a_docs_page_in_the_way_is_reported(tmp_path):
    project = copy_fixture(tmp_path / "project")
    (project / "docs/years").mkdir(parents=True)
    (project / "docs/years/2012.md").write_text("# Mine\n")
    with pytest.raises((PluginError, Abort)):
        build(project, tmp_path / "site")


def test_shell_cache_gives_the_same_bytes_as_full_rendering(tmp_path, monkeypatch):
    cached = build(FIXTURE, tmp_path / "cached")
    monkeypatch.setattr(shell_module.ShellCache, "wants_probe", lambda self, family: False)
    full = build(FIXTURE, tmp_path / "full")
    comparison = filecmp.dircmp(cached, full, ignore=["sitemap.xml.gz"])
    assert _differences(comparison) == []


def _differences(comparison: filecmp.dircmp) -> list[str]:
    found = [str(Path(comparison.left) / name) for name in comparison.diff_files + comparison.left_only + comparison.right_only]
    for sub in comparison.subdirs.values():
        found += _differences(sub)
    return found


def test_nav_events_option_lists_event_pages_in_the_nav(tmp_path):
    project = copy_fixture(tmp_path / "project", nav_events=True)
    home = read(build(project, tmp_path / "site"), "index.html")
    assert 'href="events/2012-06-05-press-conference/"' in home.split('class="md-content"')[0]


def _serve_builds(project: Path, site_dir: Path, dirty: bool):
    """Rebuild the way `mkdocs serve [--dirty]` does: a fresh config each time, plugin instances kept."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    def get_config():
        return load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(site_dir))

    config = get_config()
    config.plugins.on_startup(command="serve", dirty=dirty)
    mkdocs_build(config, serve_url="http://127.0.0.1:8000/", dirty=dirty)
    yield
    while True:
        mkdocs_build(get_config(), serve_url="http://127.0.0.1:8000/", dirty=dirty)
        yield


def test_serve_dirty_rebuilds_only_what_an_edit_changes(tmp_path):
    project = copy_fixture(tmp_path / "project")
    site = tmp_path / "site"
    builds = _serve_builds(project, site, dirty=True)
    next(builds)
    edited = site / "events/2012-06-06-shanghai-cooperation-organisation-summit/index.html"
    untouched = site / "events/1850-border-trade-grows-along-the-amur/index.html"
    before = untouched.stat().st_mtime_ns
    event_file = project / "events/2012/2012-06-06-sco-summit.yaml"
    event_file.write_text(event_file.read_text() + "summary: Edited while serving.\nstatus: postponed\n")
    next(builds)
    assert "Edited while serving." in read(site, str(edited.relative_to(site)))
    assert "Edited while serving." in read(site, "years/2012/index.html")
    assert "Edited while serving." in read(site, "index.html")
    assert "tl-status--postponed" in read(site, "actors/vladimir-putin/index.html")
    assert untouched.stat().st_mtime_ns == before


class _ServeSession:
    """`mkdocs serve` without --dirty, minus the HTTP server: MkDocs's builder, then on_serve, then rebuilds."""

    def __init__(self, project: Path, site_dir: Path):
        from mkdocs.commands.build import build as mkdocs_build
        from mkdocs.config import load_config
        from mkdocs.config.defaults import MkDocsConfig

        # MkDocs keeps plugin instances for a whole process (one serve session); a test is a session of its own.
        MkDocsConfig.plugins.plugin_cache.clear()
        serve_url = "http://127.0.0.1:8000/"

        def get_config():
            config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(site_dir))
            config.site_url = serve_url
            return config

        def builder(config=None):
            self.full_builds += 1
            mkdocs_build(config or get_config(), serve_url=serve_url, dirty=False)

        self.full_builds = -1  # the first build is not a rebuild
        self.builder = builder
        config = get_config()
        config.plugins.on_startup(command="serve", dirty=False)
        builder(config)
        config.plugins.on_serve(self, config=config, builder=builder)

    def watch(self, path, *args, **kwargs):
        pass


def _search_locations(site: Path) -> list[str]:
    import json

    return sorted(doc["location"] for doc in json.loads(read(site, "search/search_index.json"))["docs"])


@pytest.mark.parametrize("own_home", [False, True], ids=["generated home", "docs/index.md home"])
def test_plain_serve_rebuilds_only_what_an_event_edit_changes_and_keeps_search_whole(tmp_path, own_home):
    project = copy_fixture(tmp_path / "project")
    if own_home:
        (project / "docs/index.md").write_text("# Our timeline\n\nIntroduction.\n")
    site = tmp_path / "site"
    session = _ServeSession(project, site)
    searchable = _search_locations(site)
    untouched = site / "events/1850-border-trade-grows-along-the-amur/index.html"
    before = untouched.stat().st_mtime_ns
    event_file = project / "events/2012/2012-06-06-sco-summit.yaml"
    event_file.write_text(event_file.read_text() + "summary: Edited while serving.\n")
    session.builder()
    assert (session.builder.last_mode, session.full_builds) == ("events", 0)
    assert "Edited while serving." in read(site, "events/2012-06-06-shanghai-cooperation-organisation-summit/index.html")
    assert "Edited while serving." in read(site, "years/2012/index.html")
    assert "Edited while serving." in read(site, "index.html")
    assert untouched.stat().st_mtime_ns == before
    assert _search_locations(site) == searchable
    assert "Edited while serving." in read(site, "search/search_index.json")


def test_plain_serve_removes_the_page_of_a_renamed_event_from_site_and_search(tmp_path):
    project = copy_fixture(tmp_path / "project")
    site = tmp_path / "site"
    session = _ServeSession(project, site)
    old_page = "events/2012-06-06-shanghai-cooperation-organisation-summit/"
    assert old_page in _search_locations(site)
    event_file = project / "events/2012/2012-06-06-sco-summit.yaml"
    text = event_file.read_text()
    assert "id:" not in text  # the id follows the title
    event_file.write_text(text.replace("title: ", "title: Renamed ", 1))
    session.builder()
    assert session.builder.last_mode == "events"
    assert not (site / old_page).exists()
    assert old_page not in _search_locations(site)
    assert any(location.startswith("events/2012-06-06-renamed") for location in _search_locations(site))


@pytest.mark.parametrize("change", ["delete an event", "edit a docs page", "edit mkdocs.yml"])
def test_plain_serve_builds_in_full_after_any_other_change(tmp_path, change):
    project = copy_fixture(tmp_path / "project")
    site = tmp_path / "site"
    session = _ServeSession(project, site)
    if change == "delete an event":
        (project / "events/2012/2012-06-06-sco-summit.yaml").unlink()
    elif change == "edit a docs page":
        (project / "docs/about.md").write_text("# About\n\nNew page.\n")
    else:
        (project / "mkdocs.yml").write_text((project / "mkdocs.yml").read_text() + "\n")
    session.builder()
    assert (session.builder.last_mode, session.full_builds) == ("full", 1)
    gone = site / "events/2012-06-06-shanghai-cooperation-organisation-summit/index.html"
    assert gone.exists() is (change != "delete an event")


def test_serve_watches_the_events_folder(tmp_path):
    from mkdocs.config import load_config

    watched = []

    class Server:
        def watch(self, path, *args, **kwargs):
            watched.append(path)

    config = load_config(config_file=str(FIXTURE / "mkdocs.yml"))
    config.plugins.on_config(config)
    config.plugins.on_serve(Server(), config=config, builder=lambda: None)
    assert str((FIXTURE / "events").resolve()) in watched


@pytest.mark.parametrize("directory_urls", [True, False])
def test_every_link_between_generated_pages_resolves(tmp_path, directory_urls):
    import re
    from urllib.parse import unquote, urlsplit

    project = copy_fixture(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text() + f"use_directory_urls: {str(directory_urls).lower()}\n")
    site = build(project, tmp_path / "site")
    broken = []
    for page in site.rglob("*.html"):
        if page.parent.name in ("assets", "search") or page.name == "404.html":
            continue
        for href in re.findall(r'href="([^"#]+)(?:#[^"]*)?"', page.read_text(encoding="utf-8")):
            if urlsplit(href).scheme or href.startswith(("//", "mailto:")):
                continue
            target = (page.parent / unquote(href)).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)} -> {href}")
    assert broken == []
