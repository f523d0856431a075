"""The guide's Dask example runs as written, on Dask's local scheduler."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from timeline.extract import examples

REPO = Path(__file__).resolve().parent.parent
GUIDE = REPO / "docs" / "guide" / "extraction.md"


def test_guide_shows_the_example_that_this_test_runs():
    assert inspect.getsource(examples.extract_archive_with_dask) in GUIDE.read_text(encoding="utf-8")


def test_dask_example_on_the_local_scheduler(tmp_path):
    pytest.importorskip("dask.bag")
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe\xfa not text")
    paths = [REPO / "articles" / "putin-beijing.txt", tmp_path / "missing.txt"]
    events, failures = examples.extract_archive_with_dask(paths)
    assert len(events) >= 8
    assert len(failures) == 1 and "missing.txt" in failures[0]
