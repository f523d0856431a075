"""Jinja rendering of page bodies from the site model.

Templates live in timeline/templates/; a site overrides any of them by putting a file of the same name under
`<custom_dir>/timeline/`, the way Material lets `custom_dir` override its partials. Every value is
autoescaped; the only HTML that is not escaped is the summary, produced by the safe Markdown converter.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from timeline.site.indexes import TERM_TITLES, EventEntry, Site, page_url, root_prefix
from timeline.site.labels import STATUS_LABELS
from timeline.site.markup import SummaryRenderer

PACKAGE_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
OVERRIDE_FOLDER = "timeline"


def template_search_path(custom_dir: str | None) -> list[str]:
    """Where templates are looked up, first match wins: the site's overrides, then the package's own."""
    paths = []
    if custom_dir:
        paths.append(str(Path(custom_dir) / OVERRIDE_FOLDER))
    paths.append(str(PACKAGE_TEMPLATES))
    return paths


def make_environment(custom_dir: str | None, use_directory_urls: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_search_path(custom_dir)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # one build reads each template once; serve makes a new environment per build
    )

    def href(uri: str, root: str) -> str:
        return root + page_url(uri, use_directory_urls) or "./"

    env.filters["href"] = href
    env.filters["number"] = "{:,}".format
    env.globals["status_labels"] = STATUS_LABELS
    env.globals["term_titles"] = TERM_TITLES
    return env


class PageRenderer:
    """Renders the body of every kind of generated page; summaries are converted once per event."""

    def __init__(self, env: jinja2.Environment, site: Site, options: dict[str, Any]):
        self.env = env
        self.site = site
        self.options = options
        self._summaries: dict[str, Markup] = {}
        self._rows: dict[tuple[str, str], Markup] = {}
        self._to_html = SummaryRenderer()
        env.globals["summary"] = self.summary
        env.globals["row"] = self.row

    def summary(self, entry: EventEntry) -> Markup:
        html = self._summaries.get(entry.id)
        if html is None:
            html = self._summaries[entry.id] = self._to_html(entry.event.summary)
        return html

    def row(self, entry: EventEntry, root: str) -> Markup:
        """An event's compact row: the same on every actor, place and tag page it appears on, so made once."""
        key = (entry.id, root)
        html = self._rows.get(key)
        if html is None:
            html = self._rows[key] = Markup(self.env.get_template("row.html").render(entry=entry, root=root))
        return html

    def forget_summaries(self) -> None:
        self._summaries.clear()

    def render(self, template: str, page_url_: str, **context: Any) -> str:
        """Render a page body; `root` is the relative way back to the site root from this page."""
        return self.env.get_template(template).render(
            site=self.site, root=root_prefix(page_url_), options=self.options, **context
        )
