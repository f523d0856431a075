"""What a generated page depends on, as a short digest: `mkdocs serve --dirty` rebuilds a page only when its
digest differs from the previous build's. Computed from the events, not from rendered HTML, so that finding
the one changed page among 10,000 costs far less than rendering them all.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterable

from timeline.model import Event
from timeline.site.indexes import TERM_KINDS, EventEntry
from timeline.site.pages import PageSpec

ALWAYS = None  # pages that sum up the whole timeline (home, indexes) are rebuilt every time


class EventDigests:
    """Digest of each Event's content; unchanged files give the same Event object, so this is computed once."""

    def __init__(self) -> None:
        self._digests: dict[int, tuple[Event, str]] = {}

    def of(self, event: Event) -> str:
        cached = self._digests.get(id(event))
        if cached is not None and cached[0] is event:
            return cached[1]
        digest = _hash(event.model_dump_json())
        self._digests[id(event)] = (event, digest)
        return digest

    def forget_except(self, events: Iterable[Event]) -> None:
        keep = {id(event) for event in events}
        self._digests = {key: value for key, value in self._digests.items() if key in keep}


def page_signature(spec: PageSpec, digests: EventDigests, salt: str) -> str | None:
    """A digest of everything the page shows, or None when it must always be rebuilt."""
    context = spec.context
    if spec.kind == "event":
        parts = [_entry_part(context["entry"], digests, with_terms=True)]
        parts += [_neighbour_part(context.get("previous")), _neighbour_part(context.get("next")), context["year"].uri]
    elif spec.kind == "year":
        parts = [_entry_part(entry, digests, with_terms=True) for entry in context["year"].entries]
        parts += [context["previous"].uri if context["previous"] else "", context["next"].uri if context["next"] else ""]
    elif "term" in context:
        parts = [context["term"].name] + [_entry_part(entry, digests, with_terms=True) for entry in context["term"].entries]
    else:
        return ALWAYS
    return _hash("\0".join([salt, spec.uri, spec.title, *parts]))


def templates_salt(search_path: Iterable[str], config_file: str | None) -> str:
    """Changes whenever a template (the package's or an override) or mkdocs.yml changes."""
    stamps = []
    for folder in search_path:
        for path in sorted(Path(folder).rglob("*.html")):
            stamps.append(f"{path}:{path.stat().st_mtime_ns}")
    if config_file and Path(config_file).exists():
        stamps.append(f"{config_file}:{Path(config_file).stat().st_mtime_ns}")
    return _hash("\n".join(stamps))


def _entry_part(entry: EventEntry, digests: EventDigests, with_terms: bool = False) -> str:
    part = f"{entry.id}:{digests.of(entry.event)}"
    if with_terms:  # a term's slug can change when another event brings a clashing name
        part += ":" + ",".join(term.uri for kind in TERM_KINDS for term in entry.terms[kind])
    return part


def _neighbour_part(entry: EventEntry | None) -> str:
    return f"{entry.uri}:{entry.title}" if entry else ""


def _hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
