"""The fixture site built by the real `mkdocs build --strict`: pages, dates at their precision, order, escaping."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from sitebuild import FIXTURE, build, read

DATE_ORDER = [
    "138bce-zhang-qian-s-embassy-to-the-western-regions",
    "1850-border-trade-grows-along-the-amur",
    "2012-russia-china-trade-reaches-a-record",
    "2012-05-putin-inaugurated-for-a-third-term",
    "2012-06-05-putin-holds-talks-with-hu-jintao-in-beijing",
    "2012-06-05-press-conference",
    "2012-06-06-shanghai-cooperation-organisation-summit",
    "2012-06-10-extracted-event-awaiting-review",
    "2012-06-20-script-alert-1-script",
    "2015-trade-target-of-100-billion-dollars",
    "2015-05-09-xi-jinping-to-attend-victory-day-parade",
]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return build(FIXTURE, tmp_path_factory.mktemp("fixture") / "site")


class _Events(HTMLParser):
    """Collects, per event on a timeline page, its id and the text of its date badge."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.badges: dict[str, str] = {}
        self._in_badge = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if tag == "li" and "tl-event" in classes:
            self.ids.append(attributes["id"])
        self._in_badge = tag == "time" and "tl-badge" in classes

    def handle_data(self, data):
        if self._in_badge and self.ids:
            self.badges[self.ids[-1]] = self.badges.get(self.ids[-1], "") + data

    def handle_endtag(self, tag):
        self._in_badge = False


def events_on(html: str) -> _Events:
    parser = _Events()
    parser.feed(html)
    return parser


def test_home_lists_every_event_in_date_order(site):
    assert events_on(read(site, "index.html")).ids == DATE_ORDER


@pytest.mark.parametrize(
    ("event_id", "label"),
    [
        ("2012-russia-china-trade-reaches-a-record", "2012"),
        ("2012-05-putin-inaugurated-for-a-third-term", "May 2012"),
        ("2012-06-05-putin-holds-talks-with-hu-jintao-in-beijing", "5 June 2012"),
        ("2012-06-05-press-conference", "5 June 2012, 14:30 +08:00"),
        ("2012-06-06-shanghai-cooperation-organisation-summit", "6–7 June 2012"),
        ("2015-trade-target-of-100-billion-dollars", "by 2015"),
        ("1850-border-trade-grows-along-the-amur", "c. 1850"),
        ("138bce-zhang-qian-s-embassy-to-the-western-regions", "c. 138 BCE–126 BCE"),
    ],
)
def test_dates_shown_at_their_precision(site, event_id, label):
    assert events_on(read(site, "index.html")).badges[event_id] == label


def test_precision_badges_carry_machine_dates(site):
    home = read(site, "index.html")
    assert '<time class="tl-badge tl-badge--year" datetime="2012">2012</time>' in home
    assert 'datetime="2012-05">May 2012</time>' in home
    assert "datetime=" not in re.search(r'<time class="tl-badge[^>]*>c\. 138 BCE', home).group(0)


def test_script_title_is_text_everywhere(site):
    for page in site.rglob("*.html"):
        assert "<script>alert(1)</script>" not in page.read_text(encoding="utf-8"), page
    event = read(site, "events/2012-06-20-script-alert-1-script/index.html")
    assert "<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>" in event
    assert "&lt;b&gt;odd&lt;/b&gt; tag" in event


def test_summary_markdown_renders_and_raw_html_does_not(site):
    page = read(site, "events/2012-06-05-putin-holds-talks-with-hu-jintao-in-beijing/index.html")
    assert "<strong>three-day</strong>" in page
    assert '<a href="https://en.wikipedia.org/wiki/Hu_Jintao" rel="nofollow noopener">Hu Jintao</a>' in page
    assert "<div onclick" not in page
    assert "&lt;div onclick=&quot;alert(1)&quot;&gt;" in page or "&lt;div onclick=\"alert(1)\"&gt;" in page


def test_event_page_shows_people_places_tags_and_sources(site):
    page = read(site, "events/2012-06-05-putin-holds-talks-with-hu-jintao-in-beijing/index.html")
    for link in ("../../actors/vladimir-putin/", "../../actors/hu-jintao/", "../../places/beijing/", "../../tags/diplomacy/"):
        assert f'href="{link}"' in page
    assert "Russian President Vladimir Putin held talks with Chinese President Hu Jintao on Tuesday." in page
    assert 'href="https://example.com/news/putin-beijing"' in page
    assert "Example News" in page
    assert 'href="../../years/2012/#2012-06-05-putin-holds-talks-with-hu-jintao-in-beijing"' in page


@pytest.mark.parametrize(
    ("page", "expected_ids"),
    [
        ("years/2015/index.html", DATE_ORDER[-2:]),
        ("years/138bce/index.html", DATE_ORDER[:1]),
        ("years/2012/index.html", DATE_ORDER[2:9]),
    ],
)
def test_year_pages_hold_their_year_in_full(site, page, expected_ids):
    assert events_on(read(site, page)).ids == expected_ids


@pytest.mark.parametrize(
    ("page", "titles"),
    [
        ("actors/vladimir-putin/index.html", ["Putin inaugurated", "Putin holds talks", "Joint press conference", "Shanghai Cooperation", "Trade target"]),
        ("places/moscow/index.html", ["Putin inaugurated", "Victory Day"]),
        ("tags/trade/index.html", ["Border trade", "Russia-China trade", "Trade target"]),
    ],
)
def test_term_pages_list_their_events_in_date_order(site, page, titles):
    html = read(site, page)
    positions = [html.index(title) for title in titles]
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    ("page", "names"),
    [
        ("actors/index.html", ["Hu Jintao", "Vladimir Putin", "Xi Jinping"]),
        ("places/index.html", ["Amur", "Beijing", "Central Asia", "Moscow"]),
        ("tags/index.html", ["&lt;b&gt;odd&lt;/b&gt; tag", "diplomacy", "Russia-China", "trade"]),
        ("years/index.html", ["138 BCE", "1850", "2012", "2015"]),
    ],
)
def test_index_pages(site, page, names):
    html = read(site, page)
    for name in names:
        assert name in html


def test_statuses_are_styled_apart(site):
    home = read(site, "index.html")
    assert re.search(r'class="tl-event tl-event--target tl-event--prospective" id="2015-trade-target', home)
    assert re.search(r'class="tl-event tl-event--scheduled tl-event--prospective" id="2015-05-09', home)
    assert re.search(r'class="tl-event tl-event--happened tl-event--range" id="2012-06-06', home)


def test_event_pages_stay_out_of_the_navigation(site):
    nav = re.search(r'<nav class="md-nav md-nav--primary".*?</nav>\s*</div>', read(site, "index.html"), re.S).group(0)
    assert "events/" not in nav
    assert "actors/vladimir-putin" not in nav


def test_search_finds_events_not_listings(site):
    index = json.loads(read(site, "search/search_index.json"))
    locations = {doc["location"] for doc in index["docs"]}
    assert "events/2012-06-05-putin-holds-talks-with-hu-jintao-in-beijing/" in locations
    assert not any(loc.startswith(("years/", "actors/", "tags/", "places/")) for loc in locations)


def test_filters_offer_only_values_on_the_page(site):
    year_page = read(site, "years/2015/index.html")
    form = re.search(r"<form class=\"tl-filters\".*?</form>", year_page, re.S).group(0)
    assert 'value="xi-jinping"' in form and 'value="scheduled"' in form
    assert 'value="beijing"' not in form
    assert "hidden" in form.split(">")[0]  # shown by the script; without JavaScript the plain links serve


def test_feed_and_timelinejs_written_next_to_the_site(site):
    pytest.importorskip("timeline.exporters.atom")
    feed = ET.fromstring(read(site, "feed.xml"))
    titles = [e.text for e in feed.iter("{http://www.w3.org/2005/Atom}title")]
    assert "Putin holds talks with Hu Jintao in Beijing" in titles
    links = [e.get("href") for e in feed.iter("{http://www.w3.org/2005/Atom}link")]
    assert "https://example.org/fixture/events/2012-06-05-putin-holds-talks-with-hu-jintao-in-beijing/" in links
    timeline = json.loads(read(site, "timeline.json"))
    assert len(timeline["events"]) == len(DATE_ORDER)


def test_assets_are_linked_and_no_remote_fonts(site):
    home = read(site, "index.html")
    assert 'href="assets/timeline/timeline.css"' in home
    assert 'src="assets/timeline/timeline.js"' in home
    assert "fonts.googleapis.com" not in home
    assert (site / "assets/timeline/timeline.js").is_file()


def test_exports_are_readable_by_a_web_server(site):
    pytest.importorskip("timeline.exporters.atom")
    for name in ("feed.xml", "timeline.json"):
        assert (site / name).stat().st_mode & 0o044 == 0o044


def test_index_pages_are_nav_links_not_empty_sections(site):
    nav = re.search(r'<nav class="md-nav md-nav--primary".*?</nav>\s*</div>', read(site, "actors/index.html"), re.S).group(0)
    assert 'href="./"' in nav or 'href="../actors/"' in nav or 'class="md-nav__link md-nav__link--active"' in nav
    for labelled in re.findall(r'<nav class="md-nav"[^>]*aria-labelledby="([^"]+)"', nav):
        assert f'id="{labelled}"' in nav  # no navigation landmark named by a missing label


def test_overview_landmark_is_named_apart_from_the_nav(site):
    assert '<nav class="tl-overview" aria-label="Events per year">' in read(site, "years/index.html")
