"""Examples from docs/guide/extraction.md, kept here so that the tests run exactly what the guide shows."""

from __future__ import annotations


def extract_archive_with_dask(paths, published=None, scheduler="processes"):
    """Extract events from many article files with a Dask bag; returns (events, failures)."""
    import dask.bag as db

    from timeline.extract import join_events, process_file

    bag = db.from_sequence(paths, npartitions=max(1, min(len(paths), 64)))
    results = bag.map(process_file, published).compute(scheduler=scheduler)
    failures = [result.error for result in results if result.error]
    events, _ = join_events([event for result in results for event in result.events])
    return events, failures
