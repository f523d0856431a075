"""Writers of events in the formats other tools read: TimelineJS, iCalendar, CSV, JSON Lines, Atom.

Each module has a `render(events, ...) -> str` that is pure (no I/O) and deterministic: the same
events always give the same bytes, so exported files diff cleanly and golden tests can pin them.
"""

FORMATS = ("timelinejs", "ics", "csv", "jsonl")
