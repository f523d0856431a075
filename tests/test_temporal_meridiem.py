"""Hours written with no a.m. or p.m.: what their sentence says puts them in the afternoon or evening."""

from datetime import date

import pytest

from timeline.temporal import tag


def value_of(text: str, span: str, dct: date) -> str:
    found = {timex.text: timex.value for timex in tag(text, dct)}
    assert span in found, f"{span!r} not tagged in {text!r}; got {sorted(found)}"
    return found[span]


@pytest.mark.parametrize("text, span, expected", [
    # a range ending at a p.m. hour
    ("Volunteers will serve fish from 4:30 to 8 p.m. on Friday.", "4:30", "2007-02-23T16:30"),
    ("The clinic is open from 9:30 to 5 p.m. on Friday.", "9:30", "2007-02-23T09:30"),
    # after an evening
    ("He leads a free clinic Tuesday evening at 7:30 in the library.", "7:30", "2007-02-20T19:30"),
    # after a p.m. hour of the same sentence, later than it
    ("The meeting began at 7 p.m. and ended at 10:30.", "10:30", "2007-02-20T22:30"),
    ("The meeting began at 7 p.m. and ended at 10:30. Doors open at 9:30.", "9:30", "2007-02-20T09:30"),
    # a small hour is in the afternoon...
    ("\"I left work at 3 o'clock and I was still in Queens at 5:30,\" he said.", "3 o'clock", "2007-02-20T15:00"),
    ("\"I left work at 3 o'clock and I was still in Queens at 5:30,\" he said.", "5:30", "2007-02-20T17:30"),
    # ... unless its sentence speaks of the morning or the night, or it is written with a leading zero
    ("Docent-led walks will leave each morning at 6:30.", "6:30", "XXXX-XX-XXT06:30"),
    ("The alarm went off at 3 o'clock, before dawn.", "3 o'clock", "2007-02-20T03:00"),
    ("Rangers arrested the men at about 02:30.", "about 02:30", "2007-02-20T02:30"),
    # a later hour stays as written
    ("Breakfast is served at 8:30.", "8:30", "2007-02-20T08:30"),
])
def test_open_hours(text, span, expected):
    assert value_of(text, span, date(2007, 2, 20)) == expected
