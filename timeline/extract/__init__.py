"""From news articles to timeline events.

    from timeline.extract import read_document, extract_events
    events = extract_events(read_document(Path("articles/putin-beijing.txt")))

`extract_events` is a pure function of one `Document`: it reads and writes no files, so it maps over a
process pool or a Dask bag. Writing the events into events/ is a separate step (`timeline.extract.store`).
"""

from timeline.extract.batch import FileResult, process_file
from timeline.extract.document import Document, parse_html, parse_text, read_document
from timeline.extract.merge import join_events
from timeline.extract.pipeline import Extraction, extract, extract_events

__all__ = [
    "Document",
    "Extraction",
    "FileResult",
    "extract",
    "extract_events",
    "join_events",
    "parse_html",
    "parse_text",
    "process_file",
    "read_document",
]
