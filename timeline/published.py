"""Publication dates as people write them: ISO 8601 at its precision, or a day written with a month name.

Event files take ISO 8601 only; a publication date comes from an option or an article's front matter,
where "June 5, 2012" is what an editor copies from the page. dateparser reads those absolute forms; its
relative parser is left out, so no date is ever taken from the machine's clock, and numeric forms other
than ISO ("06/05/2012": June or May?) are refused as ambiguous.
"""

from __future__ import annotations

import re

from timeline.dates import DateFormatError, TimePoint

EXPECTED = "expected a date such as 2012-06-05 or 5 June 2012"
HAS_LETTER = re.compile(r"[^\W\d_]")
DATEPARSER_SETTINGS = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def parse_publication_date(value: object) -> TimePoint:
    """A publication date; DateFormatError says what was expected and what was found."""
    try:
        return TimePoint.parse(value)
    except DateFormatError as iso_error:
        if not isinstance(value, str) or not HAS_LETTER.search(value):
            if "not a real" in str(iso_error):
                raise
            raise DateFormatError(f"{EXPECTED}, got {value!r}") from None
    import dateparser  # a slow import, paid only for dates written in words

    parsed = dateparser.parse(value, languages=["en"], settings=DATEPARSER_SETTINGS)
    if parsed is None:
        raise DateFormatError(f"{EXPECTED}, got {value!r}")
    return TimePoint(parsed.year, parsed.month, parsed.day)
