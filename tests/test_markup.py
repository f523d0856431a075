"""One Markdown renderer for site, feed and TimelineJS: formatting renders, nothing in it can run."""

import pytest

from timeline.markup import safe_url, summary_html


@pytest.mark.parametrize(
    "url, kept",
    [
        ("https://example.org/a", "https://example.org/a"),
        ("mailto:desk@example.org", "mailto:desk@example.org"),
        ("/events/x/", "/events/x/"),
        ("#2012-06-05-x", "#2012-06-05-x"),
        ("javascript:alert(1)", None),
        ("JaVa\tScript:alert(1)", None),
        ("javascript&#58;alert(1)", None),
        ("&#106;avascript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("vbscript:x", None),
    ],
)
def test_safe_url_judges_the_url_the_browser_will_read(url, kept):
    assert safe_url(url) == kept


@pytest.mark.parametrize(
    "markdown_text, html",
    [
        ("**bold** and *it*", "<p><strong>bold</strong> and <em>it</em></p>"),
        ("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
        ("[a](javascript&#58;alert(1))", "<p><a>a</a></p>"),
        ("[a](&#106;avascript:alert(1))", "<p><a>a</a></p>"),
        ("[a](https://x.org)", '<p><a href="https://x.org" rel="nofollow noopener">a</a></p>'),
        ("![i](data:image/svg+xml,x)", '<p><img alt="i"></p>'),
        ("   ", ""),
    ],
)
def test_summary_html_renders_markdown_and_nothing_that_runs(markdown_text, html):
    assert summary_html(markdown_text) == html
