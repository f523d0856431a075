"""Readers of events from files other tools write: CSV (a spreadsheet, or `timeline export --format csv`)
and TimelineJS JSON. Each reader turns a file into Candidates, located rows the plan then checks
against the events already there; nothing is written until every row of the file is valid.
"""

FORMATS = ("csv", "timelinejs")
