"""Reading articles: plain text with optional YAML front matter, Markdown, and web pages saved as HTML.

Reading is the only stage here that touches files; everything after it works on a `Document`.
Publication date, in this order: front matter, `--published`, the page's HTML metadata, a dateline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from timeline.dates import DateFormatError, TimePoint
from timeline.errors import ExtractionError
from timeline.extract.text import find_dateline
from timeline.published import parse_publication_date

MAX_BYTES = 5_000_000  # a news article is kilobytes; anything this large is not one
TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
FRONT_MATTER_KEYS = ("title", "published", "url", "publisher")


@dataclass(frozen=True)
class Document:
    """One article, ready for extraction: its text and what is known about where it comes from."""

    text: str
    name: str = "<text>"
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: TimePoint | None = None
    published_from: str | None = None  # "front matter", "--published", "HTML metadata" or "dateline"


def read_document(path: Path, published: TimePoint | None = None, name: str | None = None) -> Document:
    """Read one article file; raise ExtractionError with a message a person can act on."""
    name = name or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ExtractionError(f"{name}: {size:,} bytes is too large for one article (limit {MAX_BYTES:,})")
        raw = path.read_bytes()
    except OSError as error:
        raise ExtractionError(f"{name}: cannot read the file: {error.strerror or error}") from None
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES or (suffix not in ARTICLE_SUFFIXES and _looks_like_html(raw)):
        return parse_html(raw, name, published)
    text = _decode(raw, name)
    return parse_text(text, name, published, markdown=suffix in MARKDOWN_SUFFIXES)


def _looks_like_html(raw: bytes) -> bool:
    head = raw[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ExtractionError(
            f"{name}: not UTF-8 text (byte 0x{raw[error.start]:02x} at offset {error.start}); "
            "save the article as UTF-8 and run again"
        ) from None


def parse_text(text: str, name: str = "<text>", published: TimePoint | None = None, markdown: bool = False) -> Document:
    """A text or Markdown article with optional front matter (title, published, url, publisher)."""
    meta, body = split_front_matter(text, name)
    if markdown:
        body, heading = markdown_to_text(body)
        meta.setdefault("title", heading)
    document = Document(
        text=body,
        name=name,
        title=_text_field(meta, "title", name),
        url=_text_field(meta, "url", name),
        publisher=_text_field(meta, "publisher", name),
    )
    return _with_publication_date(document, _date_field(meta, name), "front matter", published)


def split_front_matter(text: str, name: str) -> tuple[dict, str]:
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError as error:
        raise ExtractionError(f"{name}: front matter is not valid YAML: {error}") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ExtractionError(f"{name}: front matter must be a mapping of {', '.join(FRONT_MATTER_KEYS)}")
    return {str(k): v for k, v in meta.items() if v is not None}, text[match.end():]


def _text_field(meta: dict, key: str, name: str) -> str | None:
    value = meta.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, (str, int, float)):
        raise ExtractionError(f"{name}: front matter '{key}' must be text")
    return str(value).strip() or None


def _date_field(meta: dict, name: str) -> TimePoint | None:
    value = meta.get("published")
    if value is None:
        return None
    try:
        return parse_publication_date(str(value) if not isinstance(value, int) else value)
    except DateFormatError as error:
        raise ExtractionError(f"{name}: front matter 'published': {error}") from None


def _with_publication_date(
    document: Document, own: TimePoint | None, own_label: str, given: TimePoint | None
) -> Document:
    """Apply the order of precedence: the article's own date, then --published, then its dateline."""
    if own is not None:
        return replace(document, published=own, published_from=own_label)
    if given is not None:
        return replace(document, published=given, published_from="--published")
    dateline = find_dateline(document.text)
    if dateline is not None and dateline.date is not None:
        return replace(document, published=dateline.date, published_from="dateline")
    return document


MARKDOWN_RULES = (
    (re.compile(r"^```.*?^```[ \t]*$", re.DOTALL | re.MULTILINE), ""),  # code blocks are not prose
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"^\s{0,3}(?:[-*+]|\d+[.)])\s+", re.MULTILINE), ""),  # list markers
    (re.compile(r"^\s{0,3}>\s?", re.MULTILINE), ""),  # block quotes
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])[*_](\S.*?\S|\S)[*_](?![\w*])"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$", re.MULTILINE), ""),
)
HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$", re.MULTILINE)


def markdown_to_text(body: str) -> tuple[str, str | None]:
    """Markdown as plain paragraphs; the first level-one heading is returned as the title."""
    title = None
    first = HEADING.search(body)
    if first and len(first.group(1)) == 1:
        title = first.group(2)
        body = body[: first.start()] + body[first.end():]
    for pattern, replacement in MARKDOWN_RULES:
        body = pattern.sub(replacement, body)
    body = HEADING.sub(lambda m: m.group(2), body)
    return body, title


def parse_html(raw: bytes | str, name: str = "<html>", published: TimePoint | None = None) -> Document:
    """A saved web page: main text via trafilatura, publication date via the page's metadata (htmldate)."""
    import trafilatura  # imported here: slow to load, and only HTML needs it

    try:
        extracted = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False, favor_precision=True)
    except Exception as error:  # trafilatura raises many kinds on broken markup
        raise ExtractionError(f"{name}: cannot read the HTML: {error}") from None
    data = _as_dict(extracted)
    text = (data.get("text") or "").strip()
    if not text:
        raise ExtractionError(f"{name}: the HTML page has no article text that could be found")
    document = Document(
        text=text,
        name=name,
        title=data.get("title") or None,
        url=data.get("url") if str(data.get("url") or "").startswith(("http://", "https://")) else None,
        publisher=data.get("sitename") or data.get("hostname") or None,
    )
    if published is not None:
        return replace(document, published=published, published_from="--published")
    own = _html_date(raw, data)
    return _with_publication_date(document, own, "HTML metadata", None)


def _as_dict(extracted) -> dict:
    if extracted is None:
        return {}
    if isinstance(extracted, dict):
        return extracted
    return extracted.as_dict() if hasattr(extracted, "as_dict") else dict(vars(extracted))


def _html_date(raw: bytes | str, data: dict) -> TimePoint | None:
    from htmldate import find_date

    candidates = [data.get("date")]
    try:
        # original_date: the publication, not the last edit; no guessing from the body text.
        candidates.append(find_date(raw, original_date=True, extensive_search=False, outputformat="%Y-%m-%d"))
    except Exception:  # htmldate fails on some broken pages; the metadata simply has no date then
        pass
    for value in candidates:
        if value:
            try:
                return TimePoint.parse(str(value)[:10])
            except DateFormatError:
                continue
    return None
