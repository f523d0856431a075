"""Loading event files for a build, remembering what was read so that a `mkdocs serve` rebuild re-reads only
the files that changed. Problems are the same located ones `timeline validate` reports."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from timeline.errors import Problem
from timeline.eventfile import LoadedEvent, duplicate_id_problems, iter_event_paths, read_event_file


@dataclass(frozen=True)
class _CachedRead:
    stamp: tuple[int, int]
    loaded: LoadedEvent | None
    problems: tuple[Problem, ...]


class EventFileCache:
    """Parsed event files keyed by path and (mtime, size); unchanged files are not parsed again."""

    def __init__(self, keep: bool = True) -> None:
        self._reads: dict[Path, _CachedRead] = {}
        self._keep = keep
        self.parsed_last_time = 0

    def load(self, root: Path, base: Path) -> tuple[list[LoadedEvent], list[Problem]]:
        """Every event below root in date order, and every problem, located relative to base."""
        loaded: list[LoadedEvent] = []
        problems: list[Problem] = []
        fresh: dict[Path, _CachedRead] = {}
        self.parsed_last_time = 0
        for path in iter_event_paths(root) if root.exists() else ():
            read = self._read(path, base)
            fresh[path] = read
            problems.extend(read.problems)
            if read.loaded is not None:
                loaded.append(read.loaded)
        self._reads = fresh if self._keep else {}  # forget deleted files (or everything, for one build)
        problems.extend(duplicate_id_problems(loaded, base))
        loaded.sort(key=lambda item: item.event.sort_key())
        return loaded, sorted(problems)

    def _read(self, path: Path, base: Path) -> _CachedRead:
        try:
            status = path.stat()
            stamp = (status.st_mtime_ns, status.st_size)
        except OSError:
            stamp = (-1, -1)
        cached = self._reads.get(path)
        if cached is not None and cached.stamp == stamp and stamp[0] >= 0:
            return cached
        self.parsed_last_time += 1
        loaded, problems = read_event_file(path, _display(path, base))
        return _CachedRead(stamp, loaded, tuple(problems))


def _display(path: Path, base: Path) -> str:
    try:
        return str(path.relative_to(base))
    except ValueError:
        return str(path)
