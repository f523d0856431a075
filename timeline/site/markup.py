"""Summaries on the site: the shared safe Markdown renderer (timeline.markup), marked safe for Jinja."""

from __future__ import annotations

from markupsafe import Markup

from timeline.markup import summary_html


class SummaryRenderer:
    """Markdown to HTML that Jinja will not escape again: formatting renders, nothing in it can run."""

    def __call__(self, text: str) -> Markup:
        return Markup(summary_html(text))
