"""File writes that are all or nothing: an interrupted run never leaves half a file behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, text: str, overwrite: bool = True) -> None:
    """Write text to path through a temporary file in the same folder, then rename it into place.

    With overwrite=False the final step is a hard link, which fails if path exists, so two writers
    can never replace each other's file.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(temporary, path)
        else:
            os.link(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def is_inside(folder: Path, path: Path) -> bool:
    """True when path, once resolved, stays inside folder: data never chooses where we write."""
    folder = folder.resolve()
    resolved = path.resolve()
    return resolved == folder or folder in resolved.parents
