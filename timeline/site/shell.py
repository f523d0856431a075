"""Reusing the theme's rendered page "shell" for the thousands of generated pages that share it.

Material's main.html costs about a millisecond per page, most of the build at 10,000 events. Pages of one
kind that are not in the nav and sit at the same depth (every event page) get identical output from the
theme except for their title, URL and content. So the theme renders one probe page whose title and content
are sentinels; the output, cut at the sentinels, is the shell. Before it is trusted it is checked: the page
the probe was made from is also rendered normally, and the shell filled with that page's own values must
give the very same bytes. If anything else in the theme (an override, another plugin) varies per page,
the check fails and every page is rendered the ordinary way.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

log = logging.getLogger("mkdocs.plugins.timeline")

TITLE_SENTINEL = "TlShellTitle9q7"
RAW_TITLE_SENTINEL = f"<i>{TITLE_SENTINEL}</i>"  # where the theme prints the title as given (not stripped)
# It holds an <h1>, as every generated page does, so Material does not add a title of its own.
CONTENT_SENTINEL = "<h1>TlShellContent9q7</h1>"
URL_SENTINEL = "TlShellUrl9q7"
SLOTS = {RAW_TITLE_SENTINEL: "raw_title", TITLE_SENTINEL: "plain_title", CONTENT_SENTINEL: "content", URL_SENTINEL: "url"}
SLOT_PATTERN = re.compile("|".join(re.escape(s) for s in sorted(SLOTS, key=len, reverse=True)))


@dataclass(frozen=True)
class Shell:
    """Literal text and slot names, alternating: fill() joins them with one page's values."""

    parts: tuple[str, ...]

    @classmethod
    def from_probe(cls, output: str, url: str) -> "Shell | None":
        if output.count(CONTENT_SENTINEL) != 1 or (url and URL_SENTINEL in output):
            return None
        text = output.replace(url, URL_SENTINEL) if url else output
        parts: list[str] = []
        position = 0
        for match in SLOT_PATTERN.finditer(text):
            parts += [text[position:match.start()], SLOTS[match.group(0)]]
            position = match.end()
        parts.append(text[position:])
        return cls(tuple(parts))

    def fill(self, raw_title: str, content: str, url: str) -> str:
        values = {"raw_title": raw_title, "plain_title": Markup(raw_title).striptags(), "content": content, "url": url}
        parts = self.parts
        pieces = [parts[0]]
        for index in range(1, len(parts), 2):
            pieces.append(values[parts[index]])
            pieces.append(parts[index + 1])
        return "".join(pieces)


class ShellCache:
    """Per page family (kind and depth): the shell once checked, or the knowledge that it cannot be used."""

    def __init__(self) -> None:
        self._shells: dict[tuple[str, str], Shell] = {}
        self._pending: dict[tuple[str, str], Shell] = {}
        self._refused: set[tuple[str, str]] = set()

    def ready(self, family: tuple[str, str]) -> Shell | None:
        return self._shells.get(family)

    def wants_probe(self, family: tuple[str, str]) -> bool:
        return family not in self._shells and family not in self._pending and family not in self._refused

    def probe(self, family: tuple[str, str], template: Any, context: dict[str, Any], page: Any) -> None:
        """Render the theme once with sentinels in place of this page's title and content."""
        title, content = page.meta.get("title"), page.content
        page.meta["title"], page.content = RAW_TITLE_SENTINEL, CONTENT_SENTINEL
        try:
            output = template.render(context)
        finally:
            page.meta["title"], page.content = title, content
        shell = Shell.from_probe(output, page.url)
        if shell is None:
            self._refused.add(family)
        else:
            self._pending[family] = shell

    def check(self, family: tuple[str, str], output: str, page: Any) -> None:
        """Trust the pending shell only if it reproduces this normally rendered page exactly."""
        shell = self._pending.pop(family, None)
        if shell is None:
            return
        if shell.fill(page.meta.get("title", ""), page.content or "", page.url) == output:
            self._shells[family] = shell
        else:
            self._refused.add(family)
            log.debug(f"timeline: the theme's output varies per page for {family}; rendering those pages in full")
