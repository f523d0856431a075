"""Markdown for event summaries: formatting renders, raw HTML is shown as text, and only safe links survive."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup

SAFE_URL = re.compile(r"^(https?:|mailto:|#|/|\./|\.\./|[^:/?#]+(?:[/?#]|$))", re.IGNORECASE)
URL_ATTRIBUTES = ("href", "src")
# Browsers drop these from URLs before reading the scheme: "java\tscript:" is javascript:.
IGNORED_IN_URLS = re.compile(r"[\x00-\x20\x7f]")


def safe_url(value: str) -> str | None:
    """The URL as the browser will read it, or None if it could run code (javascript:, data:, vbscript:...).

    Markdown passes character references through ("javascript&#58;..."), and the browser decodes them, so
    the check is made on the decoded text, and the decoded text is what gets written (escaped again).
    """
    decoded = IGNORED_IN_URLS.sub("", html.unescape(value))
    return decoded if SAFE_URL.match(decoded) else None


class _SafeLinks(Treeprocessor):
    """Drops javascript:, data: and other active URLs from links and images the Markdown produced."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            for attribute in URL_ATTRIBUTES:
                value = element.get(attribute)
                if value is None:
                    continue
                url = safe_url(value)
                if url is None:
                    del element.attrib[attribute]
                else:
                    element.set(attribute, url)
            if element.tag == "a" and element.get("href", "").startswith(("http://", "https://")):
                element.set("rel", "nofollow noopener")


class _NoRawHtml(Extension):
    """Without the raw-HTML block and inline parsers, `<script>` is escaped like any other text."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_SafeLinks(md), "timeline_safe_links", 0)


class SummaryRenderer:
    """One reusable Markdown converter (building one costs far more than converting a short summary)."""

    def __init__(self) -> None:
        self._md = markdown.Markdown(extensions=[_NoRawHtml(), "sane_lists"], output_format="html")

    def __call__(self, text: str) -> Markup:
        if not text.strip():
            return Markup("")
        self._md.reset()
        return Markup(self._md.convert(text))
