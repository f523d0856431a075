"""Reading articles: front matter, Markdown, HTML, datelines, and the order of publication dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.dates import TimePoint
from timeline.errors import ExtractionError
from timeline.extract import extract, extract_events, parse_text, read_document
from timeline.extract.text import clean_text

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "extract"
BODY = "Russian President Vladimir Putin held talks with Chinese President Hu Jintao on Tuesday.\n"
JUNE_5 = TimePoint.parse("2012-06-05")


def test_front_matter_gives_title_publisher_and_date():
    document = parse_text("---\ntitle: T\npublished: 2012-06-05\nurl: https://example.com/a\npublisher: AP\n---\n" + BODY)
    assert (document.title, document.publisher, document.url) == ("T", "AP", "https://example.com/a")
    assert (str(document.published), document.published_from) == ("2012-06-05", "front matter")
    assert not document.text.startswith("---")


def test_front_matter_date_beats_published_option():
    document = parse_text("---\npublished: 2012-06-05\n---\n" + BODY, published=TimePoint.parse("2000-01-01"))
    assert str(document.published) == "2012-06-05"


def test_published_option_beats_dateline():
    document = read_document(FIXTURES / "dateline.txt", published=TimePoint.parse("2012-06-12"))
    assert (str(document.published), document.published_from) == ("2012-06-12", "--published")


def test_dateline_dates_an_article_that_gives_nothing_else():
    document = read_document(FIXTURES / "dateline.txt")
    assert (str(document.published), document.published_from) == ("2012-06-05", "dateline")
    events = extract_events(document)
    assert any(str(e.date) == "2012-06-05" and "talks" in e.title for e in events)
    assert all("BEIJING" not in (e.sources[0].quote or "") for e in events)


def test_html_metadata_dates_a_saved_page_and_published_option_beats_it():
    page = read_document(FIXTURES / "page.html")
    assert (str(page.published), page.published_from) == ("2012-06-05", "HTML metadata")
    assert page.title == "Putin in Beijing for security talks with Chinese leaders"
    overridden = read_document(FIXTURES / "page.html", published=TimePoint.parse("2012-06-12"))
    assert overridden.published_from == "--published"


def test_html_article_gives_its_events_without_page_furniture():
    events = extract_events(read_document(FIXTURES / "page.html"))
    dates = {str(e.date) for e in events}
    assert {"2012-06-05", "2012-06-06", "2012-05", "2008"} <= dates
    for event in events:
        assert "Skip to main content" not in event.sources[0].quote
        assert "Page not found" not in event.sources[0].quote


def test_markdown_is_read_as_plain_text_with_its_heading_as_title():
    document = read_document(FIXTURES / "article.md")
    assert document.title == "Putin in Beijing"
    assert "**" not in document.text and "](" not in document.text
    titles = [e.title for e in extract_events(document)]
    assert any("Hu Jintao" in t for t in titles) and any("steps down" in t for t in titles)


def test_no_publication_date_keeps_absolute_dates_and_warns_about_relative_ones():
    result = extract(parse_text(BODY + "Putin stepped down in 2008 due to term limits.\n", name="a.txt"))
    assert [str(e.date) for e in result.events] == ["2008"]
    assert len(result.warnings) == 1
    warning = result.warnings[0]
    assert '"Tuesday"' in warning and "published: YYYY-MM-DD" in warning and "--published" in warning


def test_junk_lines_are_dropped_before_sentences():
    cleaned = clean_text("Skip to main content\n\nPage not found\n\nReal news on Monday.\n\n"
                         "The content you requested does not exist or is not available anymore.")
    assert [s.text for s in cleaned.sentences] == ["Real news on Monday."]


def test_article_of_only_junk_is_an_error():
    with pytest.raises(ExtractionError, match="no article text"):
        extract(parse_text("Skip to main content\n\nPage not found\n", name="junk.txt"))


def test_front_matter_must_be_a_mapping(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("---\n- a list\n---\nText on Monday.\n", encoding="utf-8")
    with pytest.raises(ExtractionError, match="front matter must be a mapping"):
        read_document(path)


def test_front_matter_date_must_be_a_date(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("---\npublished: soon\n---\nText on Monday.\n", encoding="utf-8")
    with pytest.raises(ExtractionError, match="front matter 'published'"):
        read_document(path)


def test_extraction_is_a_pure_function_of_the_document():
    document = parse_text(BODY, published=JUNE_5)
    assert extract_events(document) == extract_events(document)
