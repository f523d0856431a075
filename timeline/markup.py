"""Event summaries (Markdown written by people or extracted from articles) as HTML safe to embed.

One renderer serves the site, the feed and the TimelineJS export: formatting renders, raw HTML is shown
as text, and only links that cannot run code survive, so a summary copied from a hostile page never
becomes script in a reader's browser.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree
from functools import lru_cache
from urllib.parse import quote

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

SAFE_URL = re.compile(r"^(https?:|mailto:|#|/|\./|\.\./|[^:/?#]+(?:[/?#]|$))", re.IGNORECASE)
URL_ATTRIBUTES = ("href", "src")
# Browsers drop these from URLs before reading the scheme: "java\tscript:" is javascript:.
IGNORED_IN_URLS = re.compile(r"[\x00-\x20\x7f]")
URL_SAFE = ":/?#[]@!$&()*+,;=%~"


def safe_url(value: str) -> str | None:
    """The URL as the browser will read it, or None if it could run code (javascript:, data:, vbscript:...).

    Markdown passes character references through ("javascript&#58;..."), and the browser decodes them, so
    the check is made on the decoded text, and the decoded text is what gets written (escaped again).
    """
    decoded = IGNORED_IN_URLS.sub("", html.unescape(value))
    return decoded if SAFE_URL.match(decoded) else None


def is_safe_url(value: str) -> bool:
    return safe_url(value) is not None


def quoted_url(url: str) -> str:
    """The url with quotes, angle brackets, blanks and non-ASCII percent-encoded: inert in any attribute."""
    return quote(url, safe=URL_SAFE)


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


# Building a converter costs far more than converting a short summary: one, reused.
_renderer = markdown.Markdown(extensions=[_NoRawHtml(), "sane_lists"], output_format="html")


# Rendering Markdown is most of an export's time; `mkdocs serve` rebuilds after each edit, and then
# every summary but the edited one is already known.
@lru_cache(maxsize=65536)
def summary_html(text: str) -> str:
    """Markdown to HTML with every raw tag escaped and unsafe link targets removed."""
    if not text.strip():
        return ""
    _renderer.reset()
    return _renderer.convert(text)
