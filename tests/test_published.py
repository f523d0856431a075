import pytest

from timeline.dates import DateFormatError
from timeline.published import parse_publication_date


@pytest.mark.parametrize(
    "text, iso",
    [
        ("2012-06-05", "2012-06-05"),
        ("2012-06", "2012-06"),
        (2012, "2012"),
        ("June 5, 2012", "2012-06-05"),
        ("5 June 2012", "2012-06-05"),
        ("Tuesday, June 5, 2012", "2012-06-05"),
        ("Jun. 5 2012", "2012-06-05"),
    ],
)
def test_publication_dates_as_editors_write_them(text, iso):
    assert str(parse_publication_date(text)) == iso


@pytest.mark.parametrize(
    "text, message",
    [
        ("soon", "expected a date such as 2012-06-05 or 5 June 2012, got 'soon'"),
        ("yesterday", "expected a date such as 2012-06-05 or 5 June 2012, got 'yesterday'"),
        ("June 5", "expected a date such as 2012-06-05 or 5 June 2012, got 'June 5'"),
        ("06/05/2012", "expected a date such as 2012-06-05 or 5 June 2012, got '06/05/2012'"),
        ("2012-02-30", "2012-02-30 is not a real date: February 2012 has 29 days"),
    ],
)
def test_relative_partial_and_ambiguous_dates_are_refused(text, message):
    with pytest.raises(DateFormatError) as caught:
        parse_publication_date(text)
    assert str(caught.value) == message
