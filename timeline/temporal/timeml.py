"""Reads TimeML (.tml) documents into plain text + gold timexes, and writes inline TIMEX3 markup."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from timeline.temporal.model import Timex

TAG_RE = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
ATTR_RE = re.compile(r'([A-Za-z_:]+)="([^"]*)"')
ENTITY_RE = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")
DCT_RE = re.compile(r'<DCT>\s*<TIMEX3[^>]*\bvalue="(\d{4})-?(\d{2})-?(\d{2})')


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    dct: date | None
    timexes: tuple  # gold Timex objects, offsets into text


def read_tml(path: Path) -> Document:
    raw = Path(path).read_text(encoding="utf-8")
    found = DCT_RE.search(raw)
    dct = date(int(found[1]), int(found[2]), int(found[3])) if found else None
    start = raw.find("<TEXT>")
    end = raw.find("</TEXT>", start)
    body = raw[start + len("<TEXT>"):end] if start >= 0 and end >= 0 else ""
    text, timexes = strip_tags(body)
    return Document(Path(path).stem, text, dct, tuple(timexes))


def strip_tags(markup: str) -> tuple[str, list[Timex]]:
    """Plain text of the markup (entities decoded) and its TIMEX3 elements as offsets into that text."""
    pieces: list[str] = []
    length = 0
    open_timex: tuple[int, dict] | None = None
    timexes = []
    position = 0
    for tag in TAG_RE.finditer(markup):
        chunk = _unescape(markup[position:tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if tag.group(1) == "":
            open_timex = (length, dict(ATTR_RE.findall(tag.group(3))))
        elif open_timex is not None:
            begin, attrs = open_timex
            timexes.append((begin, length, attrs))
            open_timex = None
    pieces.append(_unescape(markup[position:]))
    text = "".join(pieces)
    return text, [Timex(b, e, text[b:e], a.get("type", ""), a.get("value", ""), a.get("mod")) for b, e, a in timexes]


def _unescape(text: str) -> str:
    return ENTITY_RE.sub(lambda m: html.unescape(m.group(0)), text) if "&" in text else text


def read_corpus(folder: Path) -> list[Document]:
    return [read_tml(path) for path in sorted(Path(folder).rglob("*.tml"))]


def to_timeml(text: str, timexes: list[Timex]) -> str:
    """The text with inline <TIMEX3> elements (XML-escaped), tids numbered in text order."""
    out, position = [], 0
    for number, timex in enumerate(sorted(timexes, key=lambda t: t.start), start=1):
        if timex.start < position:
            continue
        attrs = f'tid="t{number}" type={quoteattr(timex.type)} value={quoteattr(timex.value)}'
        if timex.mod:
            attrs += f" mod={quoteattr(timex.mod)}"
        out.append(escape(text[position:timex.start]))
        out.append(f"<TIMEX3 {attrs}>{escape(timex.text)}</TIMEX3>")
        position = timex.end
    out.append(escape(text[position:]))
    return "".join(out)
