"""Many articles at once: finding the files, and running the pure extraction over them in parallel.

Each file is read and extracted on its own; a file that fails gives a message and the others go on.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from timeline.dates import TimePoint
from timeline.errors import TimelineError
from timeline.extract.document import ARTICLE_SUFFIXES, read_document
from timeline.extract.pipeline import extract
from timeline.model import Event


@dataclass(frozen=True)
class FileResult:
    name: str
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None


def collect_paths(paths: Iterable[Path]) -> tuple[list[Path], list[str]]:
    """Article files named or found (recursively, hidden folders skipped) under the paths; and errors."""
    files: list[Path] = []
    errors: list[str] = []
    for path in paths:
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            found = sorted(_walk(path))
            if not found:
                errors.append(f"{path}: no articles (.txt, .md, .html) in this folder")
            files.extend(found)
        else:
            errors.append(f"{path}: no such file or folder")
    return list(dict.fromkeys(files)), errors


def _walk(folder: Path) -> Iterator[Path]:
    for current, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if not name.startswith(".") and Path(name).suffix.lower() in ARTICLE_SUFFIXES - {""}:
                yield Path(current) / name


def process_file(path: Path, published: TimePoint | None = None) -> FileResult:
    """Read and extract one file; every expected failure becomes a message, never an exception."""
    path = Path(path)
    name = str(path)
    try:
        result = extract(read_document(path, published, name))
    except TimelineError as error:
        return FileResult(name, error=str(error))
    except RecursionError:
        return FileResult(name, error=f"{name}: the document is nested too deeply to read")
    return FileResult(name, result.events, result.warnings)


def _process(item: tuple[str, str | None]) -> FileResult:
    path, published = item
    return process_file(Path(path), TimePoint.parse(published) if published else None)


def run_batch(
    files: list[Path], published: TimePoint | None, jobs: int, on_done: Callable[[FileResult], None] | None = None
) -> list[FileResult]:
    """Results in the order of files; with jobs > 1 a process pool does the work."""
    items = [(str(f), str(published) if published else None) for f in files]
    results: list[FileResult] = []
    if jobs <= 1 or len(items) <= 1:
        iterator: Iterable[FileResult] = map(_process, items)
        pool = None
    else:
        pool = ProcessPoolExecutor(max_workers=jobs)
        iterator = pool.map(_process, items, chunksize=max(1, len(items) // (jobs * 8)))
    try:
        for result in iterator:
            results.append(result)
            if on_done is not None:
                on_done(result)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return results
