"""The `timeline` MkDocs plugin: glue between event files and a Material site.

It loads events/ (failing the build with the located problems `timeline validate` prints), adds the
generated pages (home, years, actors, places, tags, one page per event) and the CSS/JS, renders their
bodies with the Jinja templates in timeline/templates/, and writes feed.xml and timeline.json next to the
site. Event pages stay out of the navigation: the nav is rendered into every page, so listing thousands of
events there would make the build quadratic.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from timeline.site.exports import write_exports
from timeline.site.indexes import EventEntry, Site, build_site, page_url, root_prefix
from timeline.site.loading import EventFileCache
from timeline.site.pages import PageSpec, event_page, plan_pages
from timeline.site.render import PageRenderer, make_environment, template_search_path
from timeline.site.serving import EventEditRebuilder, SearchIndexKeeper, remove_pages
from timeline.site.signatures import EventDigests, page_signature, templates_salt
from timeline.site.shell import ShellCache

log = logging.getLogger("mkdocs.plugins.timeline")

ASSETS = Path(__file__).resolve().parent / "assets"
ASSET_FOLDER = "assets/timeline"
STYLESHEETS = ("timeline.css",)
SCRIPTS = ("timeline.js",)
SHELL_TEMPLATE = "timeline/shell.html"
# Pages that share the theme's output around their content use the checked shell; others render in full.
SHELL_SOURCE = (
    "{%- if timeline_shell_ready(page) -%}{{ timeline_shell_fill(page) }}"
    '{%- else -%}{% include "main.html" %}{%- endif -%}'
)


class TimelineConfig(base.Config):
    enabled = c.Type(bool, default=True)
    events_dir = c.Type(str, default="events")
    base = c.Type(str, default="")
    title = c.Optional(c.Type(str))
    approved_only = c.Type(bool, default=False)
    home_limit = c.Type(int, default=200)
    feed = c.Type(bool, default=True)
    feed_limit = c.Type(int, default=100)
    timelinejs = c.Type(bool, default=True)
    nav_events = c.Type(bool, default=False)


class _GeneratedPage(File):
    """A generated page that knows whether it changed since the last build (for `mkdocs serve --dirty`)."""

    changed: bool = True

    def is_modified(self) -> bool:
        return self.changed or not Path(self.abs_dest_path).is_file()


class TimelinePlugin(BasePlugin[TimelineConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self._cache = EventFileCache(keep=False)
        self._signatures: dict[str, str] = {}
        self._dirty = False
        self._specs: dict[str, PageSpec] = {}  # every generated page but the event pages
        self._event_pages: dict[str, EventEntry] = {}  # event pages: their spec is made when needed
        self._current: PageSpec | None = None
        self._digests = EventDigests()
        self._salt = ""
        self._serving = False
        self._renderer: PageRenderer | None = None
        self._site: Site | None = None
        self._shells = ShellCache()
        self._partial = False  # this build is a dirty one started by EventEditRebuilder
        self._search_index = SearchIndexKeeper()
        self._outputs: dict[str, tuple[str, str]] = {}  # serving: event page uri -> (written file, url)
        self._gone: list[tuple[str, str]] = []  # event pages of the last build that this build no longer has

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining on_startup keeps this instance across `mkdocs serve` rebuilds, and with it the caches.
        self._dirty = dirty
        self._serving = command == "serve"
        self._cache = EventFileCache(keep=self._serving)  # a one-off build need not remember what it read

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return None
        project = Path(config.config_file_path or ".").resolve().parent
        self.events_root = (project / self.config.events_dir).resolve()
        self.project_root = project
        for name in STYLESHEETS:
            _append_once(config.extra_css, f"{ASSET_FOLDER}/{name}")
        for name in SCRIPTS:
            _append_once(config.extra_javascript, f"{ASSET_FOLDER}/{name}")
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return None
        site = self._load_site(config)
        title = self.config.title or config.site_name
        env = make_environment(config.theme.custom_dir, config.use_directory_urls)
        options = {"events_dir": self.config.events_dir}
        self._renderer = PageRenderer(env, site, options)
        self._site = site
        if self._serving:  # remember what each page shows, so the next rebuild can skip unchanged pages
            self._digests.forget_except(entry.event for entry in site.entries)
            self._salt = templates_salt(template_search_path(config.theme.custom_dir), config.config_file_path)
        self._specs, self._event_pages, self._current = {}, {}, None
        previous, self._outputs = self._outputs, {}
        for spec in plan_pages(site, self.config.home_limit, title, self.config.nav_events):
            if spec.kind == "event":
                self._event_pages[spec.uri] = spec.context["entry"]
            else:
                self._specs[spec.uri] = spec
            self._add_page(files, spec, config)
        for name in STYLESHEETS + SCRIPTS:
            files.append(File.generated(config, f"{ASSET_FOLDER}/{name}", abs_src_path=str(ASSETS / name)))
        # An event deleted or renamed while serving: a dirty build would leave its old page behind.
        self._gone = [output for uri, output in previous.items() if uri not in self._outputs]
        return files

    def _load_site(self, config: MkDocsConfig) -> Site:
        loaded, problems = self._cache.load(self.events_root, self.project_root)
        if problems:
            count = len(problems)
            lines = "\n".join(str(problem) for problem in problems)
            raise PluginError(f"{count} problem{'s' if count != 1 else ''} in event files:\n{lines}")
        events = [item.event for item in loaded]
        if self.config.approved_only:
            drafts = sum(1 for event in events if event.review_state != "approved")
            events = [event for event in events if event.review_state == "approved"]
            if drafts:
                log.info(f"timeline: {drafts} draft event(s) not published (approved_only: true)")
        log.info(f"timeline: {len(events)} events from {self.config.events_dir}/ ({self._cache.parsed_last_time} read)")
        try:
            return build_site(events, self.config.title or config.site_name, self.config.base)
        except ValueError as error:
            raise PluginError(str(error)) from None

    def _add_page(self, files: Files, spec: PageSpec, config: MkDocsConfig) -> None:
        existing = files.get_file_from_path(spec.uri)
        if existing is not None:
            if spec.kind == "home":  # the site's own home page: the timeline is added below its text
                if self._serving and self._changed_since_last_build(spec, existing):
                    existing.is_modified = lambda: True  # its source is unchanged, but the timeline under it is not
                return
            raise PluginError(f"docs/{spec.uri} is in the way of a page the timeline generates; rename or remove it")
        inclusion = InclusionLevel.UNDEFINED if spec.in_nav else InclusionLevel.NOT_IN_NAV
        page_file = _GeneratedPage.generated(config, spec.uri, content="", inclusion=inclusion)
        if self._serving:
            page_file.changed = self._changed_since_last_build(spec, page_file)
        files.append(page_file)
        if self._serving and spec.kind == "event":
            self._outputs[spec.uri] = (page_file.abs_dest_path, page_file.url)

    def _changed_since_last_build(self, spec: PageSpec, page_file: File) -> bool:
        # Serving: in a dirty build, a page whose inputs are unchanged since the last build is skipped by MkDocs.
        signature = page_signature(spec, self._digests, self._salt)
        changed = signature is None or self._signatures.get(spec.uri) != signature
        if signature is not None:
            self._signatures[spec.uri] = signature
        return changed

    def _spec_for(self, uri: str) -> PageSpec | None:
        spec = self._specs.get(uri)
        if spec is None and uri in self._event_pages and self._site is not None:
            if self._current is None or self._current.uri != uri:
                self._current = event_page(self._site, self._event_pages[uri], self.config.nav_events)
            spec = self._current
        return spec

    def _render(self, spec: PageSpec, url: str, show_title: bool) -> str:
        assert self._renderer is not None
        if spec.kind == "year":
            self._renderer.forget_summaries()  # the previous year's events are all built by now
        context = spec.full_context()
        return self._renderer.render(spec.template, url, **context, show_title=show_title, current_uri=spec.uri)

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        spec = self._spec_for(page.file.src_uri)
        if spec is None:
            return None
        # The right-hand table of contents would stay empty: the timeline takes its width instead.
        hide = page.meta.get("hide") or []
        page.meta["hide"] = [*hide, "toc"] if "toc" not in hide else hide
        if getattr(page.file, "generated_by", None) is None:
            return None
        # The theme prints page.meta.title unescaped (in the header), so it gets the escaped title.
        page.meta["title"] = html.escape(spec.title, quote=False)
        if self._shell_family(page) is not None:
            page.meta["template"] = SHELL_TEMPLATE
        if not spec.searchable:
            page.meta["search"] = {"exclude": True}  # listings repeat event text; search finds the event pages
        return None

    @event_priority(100)  # before the search plugin reads page.content
    def _search_view(self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
        # Search indexes the words of an event, not its page furniture: parsing less HTML is most of
        # what keeps the search plugin from dominating the build time at 10,000 events.
        spec = self._spec_for(page.file.src_uri)
        if spec is not None and spec.searchable and self._renderer is not None:
            page.content = self._renderer.render("search.html", page.url, entry=spec.context["entry"])
        return context

    @event_priority(-100)  # after search, right before the theme renders the page
    def _full_page(self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
        spec = self._spec_for(page.file.src_uri)
        if spec is None or self._renderer is None:
            return context
        own_text = (page.content or "") if spec.kind == "home" and page.file.generated_by is None else ""
        page.content = own_text + self._render(spec, page.url, show_title="<h1" not in own_text)
        return context

    on_page_context = CombinedEvent(_search_view, _full_page)

    def on_env(self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        self._shells = ShellCache()  # the theme may have changed between two serve rebuilds
        env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({SHELL_TEMPLATE: SHELL_SOURCE}), env.loader])
        env.globals["timeline_shell_ready"] = self._shell_ready
        env.globals["timeline_shell_fill"] = self._shell_fill
        return env

    def _shell_family(self, page: Page) -> tuple[str, str] | None:
        spec = self._spec_for(page.file.src_uri)
        if spec is None or spec.in_nav or spec.kind == "home" or page.file.generated_by is None:
            return None
        return (spec.kind, root_prefix(page.url))

    @jinja2.pass_context
    def _shell_ready(self, context: Any, page: Page) -> bool:
        family = self._shell_family(page)
        if family is None or "<h1" not in (page.content or ""):
            return False
        if self._shells.ready(family) is not None:
            return True
        if self._shells.wants_probe(family):
            main = context.environment.get_template("main.html")
            self._shells.probe(family, main, context.get_all(), page)
        return False

    def _shell_fill(self, page: Page) -> str:
        shell = self._shells.ready(self._shell_family(page))
        return shell.fill(page.meta.get("title", ""), page.content or "", page.url)

    @event_priority(100)  # first: compare with the theme's output before other plugins change it
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        family = self._shell_family(page)
        if family is not None:
            self._shells.check(family, output, page)
        if family is not None or (page.file.src_uri in self._specs and page.file.generated_by is not None):
            _release(page)
        return None

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        if self.config.enabled and self.events_root.exists():
            server.watch(str(self.events_root))
            if not self._dirty and hasattr(server, "builder"):  # an edit to event files rebuilds only what it changed
                server.builder = EventEditRebuilder(server.builder, config, self.events_root, self._set_partial)
        return server

    def _set_partial(self, partial: bool) -> None:
        self._partial = partial

    @event_priority(-100)  # last: after the search plugin has written its index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled or self._site is None:
            return
        if self._serving:
            partial = self._partial or self._dirty
            if partial:
                remove_pages(Path(config.site_dir), [path for path, _ in self._gone])
            gone_urls = {url for _, url in self._gone}
            self._search_index.after_build(Path(config.site_dir), partial, gone_urls)
        site_url = config.site_url or ""
        entries = self._site.entries
        urls = {entry.id: page_url(entry.uri, config.use_directory_urls) for entry in entries}
        events = [entry.event for entry in entries]
        # Every page is written: let go of the page plans before the exporters build their documents.
        self._site, self._renderer, self._specs, self._event_pages, self._current = None, None, {}, {}, None

        def event_url(event: Any) -> str:
            relative = urls.get(event.event_id, "")
            return site_url.rstrip("/") + "/" + relative if site_url else relative

        title = self.config.title or config.site_name
        write_exports(
            Path(config.site_dir), events, title, site_url, event_url,
            self.config.feed, self.config.timelinejs, self.config.feed_limit,
        )


_NO_ANCHORS: frozenset[str] = frozenset()
_EMPTY_TOC = get_toc([])


def _release(page: Page) -> None:
    """Drop what MkDocs keeps of a written generated page: at 100,000 pages it adds up to hundreds of MiB."""
    page.content = None
    page.present_anchor_ids = _NO_ANCHORS  # type: ignore[assignment]  # nothing links into generated pages
    page.links_to_anchors = None
    page.toc = _EMPTY_TOC


def _append_once(items: list, value: str) -> None:
    if not any(str(item) == value for item in items):
        items.append(value)
