"""Event summaries (Markdown written by people or extracted from articles) as HTML safe to embed.

Raw HTML in a summary is shown as text, never passed through, and links keep only schemes that
cannot run code: a summary copied from a hostile page must not become script in a reader's browser.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote, urlsplit
from xml.etree.ElementTree import Element

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

SAFE_SCHEMES = ("", "http", "https", "mailto")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")


def is_safe_url(url: str) -> bool:
    # Browsers ignore blanks and control characters inside a scheme ("java\tscript:"), so drop them first.
    return urlsplit(_INVISIBLE.sub("", url)).scheme.lower() in SAFE_SCHEMES


def quoted_url(url: str) -> str:
    """The url with quotes, angle brackets, blanks and non-ASCII percent-encoded: inert in any attribute."""
    return quote(url, safe=URL_SAFE)


URL_SAFE = ":/?#[]@!$&()*+,;=%~"


class _DropUnsafeLinks(Treeprocessor):
    def run(self, root: Element) -> None:
        for element in root.iter():
            for attribute in ("href", "src"):
                value = element.get(attribute)
                if value is not None and not is_safe_url(value):
                    del element.attrib[attribute]


class _NoRawHtml(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_DropUnsafeLinks(md), "drop_unsafe_links", 0)


_renderer = markdown.Markdown(extensions=[_NoRawHtml()], output_format="html")


# Rendering Markdown is most of an export's time; `mkdocs serve` rebuilds after each edit, and then
# every summary but the edited one is already known.
@lru_cache(maxsize=65536)
def summary_html(text: str) -> str:
    """Markdown to HTML with every raw tag escaped and unsafe link targets removed."""
    if not text.strip():
        return ""
    _renderer.reset()
    return _renderer.convert(text)
