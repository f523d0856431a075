"""Pure parts of the site: date labels, slugs, URLs, safe Markdown, page planning, and a golden fragment."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from timeline.model import Event
from timeline.site.indexes import build_site, check_base, page_url, root_prefix, unique_slug
from timeline.site.labels import date_label, duration_label
from timeline.site.markup import SummaryRenderer
from timeline.site.pages import density, plan_pages
from timeline.site.render import PageRenderer, make_environment
from timeline.site.shell import CONTENT_SENTINEL, RAW_TITLE_SENTINEL, Shell

GOLDEN = Path(__file__).resolve().parent / "golden"


def event(**fields) -> Event:
    return Event.model_validate({"title": "Something", **fields})


@pytest.mark.parametrize(
    ("fields", "label"),
    [
        ({"date": 2015}, "2015"),
        ({"date": "2012-05"}, "May 2012"),
        ({"date": "2012-06-05"}, "5 June 2012"),
        ({"date": "2012-06-06", "end": "2012-06-07"}, "6–7 June 2012"),
        ({"date": "2012-05-30", "end": "2012-06-02"}, "30 May – 2 June 2012"),
        ({"date": "2012-05", "end": "2012-07"}, "May – July 2012"),
        ({"date": 2015, "bound": "by"}, "by 2015"),
        ({"date": "2014-03", "bound": "before"}, "before March 2014"),
        ({"date": 2020, "bound": "after"}, "after 2020"),
        ({"date": 1850, "approximate": True}, "c. 1850"),
        ({"date": "-0043"}, "44 BCE"),
        ({"date": "2012-06-05T14:30+08:00"}, "5 June 2012, 14:30 +08:00"),
    ],
)
def test_date_label(fields, label):
    assert date_label(event(**fields)) == label


@pytest.mark.parametrize(
    ("fields", "duration"),
    [
        ({"date": "2012-06-06", "end": "2012-06-07"}, "2 days"),
        ({"date": "2012-02-28", "end": "2012-03-01"}, "3 days"),  # 2012 is a leap year
        ({"date": "2011-12-31", "end": "2012-01-01"}, "2 days"),
        ({"date": "2012-06"}, ""),
        ({"date": "2012-06", "end": "2012-07"}, ""),
    ],
)
def test_duration_label(fields, duration):
    assert duration_label(event(**fields)) == duration


@pytest.mark.parametrize(
    ("name", "taken", "slug"),
    [
        ("Vladimir Putin", set(), "vladimir-putin"),
        ("Vladimir Putin", {"vladimir-putin"}, "vladimir-putin-2"),
        ("Index", set(), "index-2"),  # would collide with the index page of its folder
        ("Пекин", set(), "n-" + __import__("hashlib").sha1("Пекин".encode()).hexdigest()[:10]),
        ("../../etc", set(), "etc"),
    ],
)
def test_unique_slug(name, taken, slug):
    assert unique_slug(name, set(taken)) == slug


@pytest.mark.parametrize(
    ("uri", "directory_urls", "url"),
    [
        ("index.md", True, ""),
        ("index.md", False, "index.html"),
        ("years/index.md", True, "years/"),
        ("events/x.md", True, "events/x/"),
        ("events/x.md", False, "events/x.html"),
    ],
)
def test_page_url(uri, directory_urls, url):
    assert page_url(uri, directory_urls) == url


@pytest.mark.parametrize(("url", "prefix"), [("", ""), ("index.html", ""), ("years/", "../"), ("events/x/", "../../"), ("events/x.html", "../")])
def test_root_prefix(url, prefix):
    assert root_prefix(url) == prefix


@pytest.mark.parametrize(("base", "normal"), [("", ""), ("/timeline/", "timeline"), ("a/b", "a/b")])
def test_check_base_accepts(base, normal):
    assert check_base(base) == normal


@pytest.mark.parametrize("base", ["..", "a/../b", "a b", "a/<b>"])
def test_check_base_refuses(base):
    with pytest.raises(ValueError):
        check_base(base)


@pytest.mark.parametrize(
    ("markdown", "present", "absent"),
    [
        ("**bold**", "<strong>bold</strong>", None),
        ("<script>alert(1)</script>", "&lt;script&gt;", "<script"),
        ("<img src=x onerror=alert(1)>", "&lt;img", "<img"),
        ("[x](javascript:alert(1))", "<a>x</a>", "javascript:"),
        ("[x](JaVaScRiPt:alert(1))", "<a>x</a>", "alert"),
        ("![x](data:text/html;base64,AAAA)", "<img", "data:"),
        ("[x](javascript&#58;alert(1))", "<a>x</a>", "alert"),  # the browser decodes character references
        ("[x](javascript&colon;alert(1))", "<a>x</a>", "alert"),
        ("[x](&#106;avascript:alert(1))", "<a>x</a>", "avascript"),
        ("[x](java&#9;script:alert(1))", "<a>x</a>", "script"),  # and drops tabs from URLs
        ("[ok](https://example.com/?a=1&b=2)", 'href="https://example.com/?a=1&amp;b=2"', None),
        ("[ok](https://example.com)", 'href="https://example.com"', None),
        ("[rel](../other/)", 'href="../other/"', None),
    ],
)
def test_summary_markdown_is_safe(markdown, present, absent):
    html = SummaryRenderer()(markdown)
    assert present in html
    if absent:
        assert absent not in html


def test_terms_that_differ_in_case_share_a_page():
    site = build_site([event(date=2012, actors=["Putin"]), event(date=2013, title="Other", actors=["putin"])], "T")
    assert list(site.terms["actor"]) == ["putin"]
    assert len(site.terms["actor"]["putin"].entries) == 2


def test_home_of_a_long_timeline_shows_the_latest_events_and_the_overview():
    events = [event(date=f"{1990 + n % 30}-01-01", title=f"E{n}") for n in range(300)]
    events.sort(key=Event.sort_key)
    site = build_site(events, "T")
    home = next(plan_pages(site, home_limit=50, home_title="T"))
    shown = [entry for year in home.context["years"] for entry in year.entries]
    assert len(shown) == 50 and shown[-1] is site.entries[-1]
    assert home.context["truncated"] and len(home.context["overview"]) == 30
    assert all(bar.anchor == "" for bar in home.context["overview"])  # years not on the home: link to their pages


def test_density_bars_are_relative_to_the_busiest_year():
    site = build_site([event(date=2010), event(date=2011, title="a"), event(date=2011, title="b")], "T")
    assert [(bar.label, bar.share) for bar in density(site.years, local=True)] == [("2010", "0.500"), ("2011", "1.000")]


def test_shell_fills_title_url_and_content():
    probe = f"<title>TlShellTitle9q7 - S</title><h2>{RAW_TITLE_SENTINEL}</h2><link href='https://x/events/a/'>{CONTENT_SENTINEL}"
    shell = Shell.from_probe(probe, "events/a/")
    filled = shell.fill("A &amp; B", "<h1>body</h1>", "events/b/")
    assert filled == "<title>A & B - S</title><h2>A &amp; B</h2><link href='https://x/events/b/'><h1>body</h1>"


def test_card_fragment_matches_golden_file():
    """The card of one event, byte for byte; set UPDATE_GOLDEN=1 to rewrite the golden file after a deliberate change."""
    site = build_site(
        [
            event(
                id="2012-06-06-sco-summit",
                title="SCO summit <Beijing>",
                date="2012-06-06",
                end="2012-06-07",
                status="scheduled",
                summary="Leaders *meet*; <b>raw</b> stays text.",
                actors=["Vladimir Putin"],
                places=["Beijing"],
                tags=["diplomacy"],
            )
        ],
        "T",
    )
    renderer = PageRenderer(make_environment(None, True), site, {"events_dir": "events"})
    html = renderer.env.get_template("card.html").render(entry=site.entries[0], root="../../", event_heading=3)
    golden = GOLDEN / "card.html"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(html, encoding="utf-8")
    assert html == golden.read_text(encoding="utf-8")


def test_pages_are_planned_year_then_its_events():
    site = build_site([event(date=2010, title="a"), event(date=2011, title="b"), event(date=2011, title="c")], "T")
    kinds = [(spec.kind, spec.uri) for spec in plan_pages(site, home_limit=10, home_title="T")]
    assert kinds[:7] == [
        ("home", "index.md"),
        ("list", "years.md"),
        ("year", "years/2010.md"),
        ("event", "events/2010-a.md"),
        ("year", "years/2011.md"),
        ("event", "events/2011-b.md"),
        ("event", "events/2011-c.md"),
    ]


@pytest.mark.parametrize("chunk", [1, 2, 5, 100])
def test_timelinejs_in_chunks_is_byte_identical_to_the_exporter(chunk):
    timelinejs = pytest.importorskip("timeline.exporters.timelinejs")
    from timeline.site.exports import timelinejs_pieces

    events = sorted(
        [
            event(date="2012-06-05", title="A </script> title", summary="**bold** <b>raw</b>", actors=["Putin"]),
            event(date="-300000", title="Far past", approximate=True),  # needs TimelineJS's cosmological scale
            event(date=2015, bound="by", status="target", title="Target"),
            event(date="2012-06-06", end="2012-06-07", title="Range", tags=["x"]),
            event(date=1850, title="Old", places=["Amur"]),
        ],
        key=Event.sort_key,
    )
    whole = timelinejs.render(events, title="T </x>")
    assert "".join(timelinejs_pieces(timelinejs.render, events, "T </x>", chunk=chunk)) == whole


def test_timelinejs_chunks_that_disagree_fall_back_to_one_render(tmp_path):
    from timeline.site.exports import _write_timelinejs

    def render(events, title):  # a frame that depends on the events it is given
        return json.dumps({"title": len(events), "events": [e.title for e in events]}, indent=2) + "\n"

    events = [event(date=2000 + n, title=f"E{n}") for n in range(5)]
    target = tmp_path / "timeline.json"
    import timeline.site.exports as exports

    original, exports.CHUNK = exports.CHUNK, 2
    try:
        _write_timelinejs(target, render, events, "T")
    finally:
        exports.CHUNK = original
    assert target.read_text() == render(events, "T")


@pytest.mark.parametrize(("limit", "expected"), [(0, ["a", "b", "c"]), (2, ["b", "c"]), (5, ["a", "b", "c"])])
def test_feed_carries_the_latest_events(limit, expected):
    from timeline.site.exports import latest_events

    events = [event(date=2000 + n, title=t) for n, t in enumerate("abc")]
    assert [e.title for e in latest_events(events, limit, None)] == expected
