"""`mkdocs serve` that shows an edit to event files without rebuilding the whole site.

MkDocs's own serve rebuilds every page after any change, and `--dirty` skips unchanged pages after
every change, at the price of a stale navigation when docs pages come and go. Between the two: a
rebuild whose changes are all edited or new event files is a dirty build (the plugin tells MkDocs
which generated pages changed); any other change, a deleted event included, is a full build.
A dirty build indexes only the pages it rebuilt, so the search index is merged with the last one.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Callable

from mkdocs.commands.build import build
from mkdocs.config import load_config

from timeline.safeio import is_inside, write_atomic

Snapshot = dict[str, tuple[int, int]]
SEARCH_INDEX = Path("search") / "search_index.json"


def snapshot(roots: list[Path]) -> Snapshot:
    """Modification time and size of every file under the roots (a root may be a file)."""
    state: Snapshot = {}
    for root in roots:
        paths = [str(root)] if root.is_file() else (
            os.path.join(folder, name) for folder, _, names in os.walk(root) for name in names
        )
        for path in paths:
            try:
                status = os.stat(path)
            except OSError:
                continue  # removed while we looked: the next snapshot sees it gone
            state[path] = (status.st_mtime_ns, status.st_size)
    return state


def changed_paths(before: Snapshot, after: Snapshot) -> set[str]:
    return {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}


class EventEditRebuilder:
    """Stands in for the serve builder: a dirty build when only event files were edited or added."""

    def __init__(self, full_build: Callable[[], None], config: Any, events_root: Path,
                 on_partial: Callable[[bool], None]):
        self._full_build = full_build
        self._config_file = config.config_file_path
        self._site_dir = config.site_dir
        self._serve_url = config.site_url
        self._events_root = events_root
        self._on_partial = on_partial
        custom_dir = config.theme.custom_dir
        self._roots = [events_root, Path(config.config_file_path), Path(config.docs_dir)]
        self._roots += [Path(path) for path in config.watch] + ([Path(custom_dir)] if custom_dir else [])
        self._state = snapshot(self._roots)
        self.last_mode = "full"

    def __call__(self) -> None:
        state = snapshot(self._roots)
        changed = changed_paths(self._state, state)
        self._state = state
        only_events = bool(changed) and all(
            path in state and is_inside(self._events_root, Path(path)) for path in changed
        )
        self.last_mode = "events" if only_events else "full"
        if not only_events:
            self._full_build()
            return
        config = load_config(config_file=self._config_file, site_dir=self._site_dir)
        config.site_url = self._serve_url
        self._on_partial(True)
        try:
            build(config, serve_url=self._serve_url, dirty=True)
        finally:
            self._on_partial(False)


class SearchIndexKeeper:
    """Keeps the search index whole across partial builds, which index only the pages they rebuilt."""

    def __init__(self) -> None:
        self._docs: list[dict[str, Any]] | None = None

    def after_build(self, site_dir: Path, partial: bool, gone: set[str] = frozenset()) -> None:
        """After each build: a partial build's index gets the entries of the pages it did not rebuild
        (but not those of pages that are gone)."""
        path = site_dir / SEARCH_INDEX
        if not path.is_file():
            return
        index = json.loads(path.read_text(encoding="utf-8"))
        if partial and self._docs is not None:
            rebuilt = {_page(doc) for doc in index.get("docs", [])}
            kept = [doc for doc in self._docs if _page(doc) not in rebuilt and _page(doc) not in gone]
            index["docs"] = kept + index.get("docs", [])
            write_atomic(path, json.dumps(index, ensure_ascii=False, separators=(",", ":")))
        self._docs = index.get("docs", [])


def _page(doc: dict[str, Any]) -> str:
    return str(doc.get("location", "")).split("#", 1)[0]


def remove_pages(site_dir: Path, written: list[str]) -> None:
    """Delete the written files of pages that no longer exist, and their folders once empty."""
    for name in written:
        path = Path(name)
        if not is_inside(site_dir, path):
            continue  # never delete outside the build's output folder
        path.unlink(missing_ok=True)
        folder = path.parent
        if folder != site_dir.resolve() and is_inside(site_dir, folder) and not any(folder.iterdir()):
            folder.rmdir()
