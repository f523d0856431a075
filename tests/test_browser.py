"""End to end: the built timeline opened in headless Chromium (Debian's `/usr/bin/chromium`, driven by Playwright).

Each module (one per xdist worker) builds the repository's own site and the fixture site with the real
`mkdocs build --strict` into its tmp dir, serves both on 127.0.0.1 and shares one browser. Screenshots go to
`tests/artifacts/` (gitignored); `benchmarks/screenshots.py` makes the README's from the same helpers.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from browser import (
    CHROMIUM, DESKTOP, PHONE, REPO_ROOT, PageWatch, SiteServer, in_ci, launch, mkdocs_build, screenshot,
)
from sitebuild import FIXTURE
from timeline.eventfile import load_events
from timeline.model import year_folder

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

# The fixture's dates as a reader sees them, word for word (the same as the HTML test pins).
FIXTURE_LABELS = {
    "2012-russia-china-trade-reaches-a-record": "2012",
    "2012-05-putin-inaugurated-for-a-third-term": "May 2012",
    "2012-06-05-putin-holds-talks-with-hu-jintao-in-beijing": "5 June 2012",
    "2012-06-05-press-conference": "5 June 2012, 14:30 +08:00",
    "2012-06-06-shanghai-cooperation-organisation-summit": "6–7 June 2012",
    "2015-trade-target-of-100-billion-dollars": "by 2015",
    "1850-border-trade-grows-along-the-amur": "c. 1850",
    "138bce-zhang-qian-s-embassy-to-the-western-regions": "c. 138 BCE–126 BCE",
}
SCRIPT_EVENT = "2012-06-20-script-alert-1-script"

# One page of every kind the plugin generates (and the fixture has), relative to the site root.
FIXTURE_PAGES = [
    "", "years/", "years/2012/", "years/138bce/", "years/2015/",
    "events/2012-06-05-putin-holds-talks-with-hu-jintao-in-beijing/",
    f"events/{SCRIPT_EVENT}/", "events/2015-05-09-xi-jinping-to-attend-victory-day-parade/",
    "actors/", "actors/vladimir-putin/", "places/", "places/beijing/", "tags/", "tags/diplomacy/",
]

# The repository's example events change when extraction improves, so what the tests pick from them is
# derived: the event a reader is most likely to open (sources, the longest summary), its year, the actor
# named most often without being named everywhere.
REPO_EVENTS = [item.event for item in load_events(REPO_ROOT / "events")[0]]
FEATURED = max(REPO_EVENTS, key=lambda e: (bool(e.sources), len(e.summary), len(e.actors)), default=None)
FEATURED_PAGE = f"events/{FEATURED.event_id}/" if FEATURED else ""
FEATURED_YEAR_PAGE = f"years/{year_folder(FEATURED.date)}/" if FEATURED else "years/"


def common_actor(events) -> str:
    counts = Counter(actor for event in events for actor in dict.fromkeys(event.actors))
    partial = [(-count, name) for name, count in counts.items() if count < len(events)]
    return min(partial)[1] if partial else ""

# ---------------------------------------------------------------------------------------------- JavaScript

VISIBLE_EVENTS_JS = """() => [...document.querySelectorAll('.tl-event')]
    .filter(e => e.checkVisibility({visibilityProperty: true})).map(e => e.id)"""

HEADINGS_JS = """() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
    .filter(h => h.checkVisibility() && !h.closest('[aria-hidden="true"]'))
    .map(h => [Number(h.tagName[1]), h.textContent.trim().replace(/\\s+/g, ' ').slice(0, 60)])"""

LANDMARKS_JS = """() => ({
    main: document.querySelectorAll('main, [role="main"]').length,
    navs: [...document.querySelectorAll('nav, [role="navigation"]')]
        .filter(n => n.checkVisibility({visibilityProperty: true}) && !n.closest('[aria-hidden="true"]'))
        .map(n => n.getAttribute('aria-label') || (n.getAttribute('aria-labelledby') &&
             document.getElementById(n.getAttribute('aria-labelledby'))?.textContent.trim()) || ''),
    banner: document.querySelectorAll('header, [role="banner"]').length,
    contentinfo: document.querySelectorAll('footer, [role="contentinfo"]').length,
    eventsInMain: [...document.querySelectorAll('.tl-event')].every(e => e.closest('main')),
})"""

# Colour arithmetic shared by the checks below: parse any CSS colour, composite, WCAG luminance and contrast,
# and the colour really behind an element (the first opaque background up the tree, translucent layers composited).
COLOUR_JS = """
    // any CSS colour (rgb(), color(srgb ...), oklab() from color-mix ...) as [r, g, b, alpha], through a canvas
    const canvas = document.createElement('canvas'); canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d', {willReadFrequently: true});
    const parse = c => { ctx.clearRect(0, 0, 1, 1); ctx.fillStyle = '#000'; ctx.fillStyle = c; ctx.fillRect(0, 0, 1, 1);
        const d = ctx.getImageData(0, 0, 1, 1).data; return d[3] ? [d[0], d[1], d[2], d[3] / 255] : [0, 0, 0, 0]; };
    const over = (top, bottom) => { const a = top[3]; return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat([1]); };
    const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
    const background = el => {
        const layers = [];
        for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
            const c = parse(getComputedStyle(node).backgroundColor);
            if (c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
        }
        let colour = [255, 255, 255, 1];
        if (!layers.length || layers[layers.length - 1][3] < 1) {
            colour = parse(getComputedStyle(document.body).backgroundColor);
            if (colour[3] < 1) colour = [255, 255, 255, 1];
        }
        for (const layer of layers.reverse()) colour = over(layer, colour);
        return colour;
    };
    const contrast = (x, y) => { const [a, b] = [lum(x), lum(y)].sort((p, q) => q - p); return (a + 0.05) / (b + 0.05); };
"""

FOCUS_JS = """() => {
""" + COLOUR_JS + """
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    // the ring may be drawn on the element or, for a visually hidden input, on its label
    const shown = [el, ...(el.labels || []), el.nextElementSibling?.tagName === 'LABEL' ? el.nextElementSibling : null]
        .filter(Boolean).map(e => getComputedStyle(e));
    const outline = shown.some(s => s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
        && !/rgba\\(.*, 0\\)$/.test(s.outlineColor));
    const shadow = shown.some(s => s.boxShadow && s.boxShadow !== 'none');
    const box = el.getBoundingClientRect();
    return {
        tag: el.tagName.toLowerCase(), name: el.getAttribute('name') || '',
        text: (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 50),
        inContent: !!el.closest('main'),
        inFilters: !!el.closest('[data-tl-filters]'),
        cardTitle: !!el.closest('.tl-card__title'),
        visibleRing: outline || shadow,
        onScreen: box.width > 0 && box.height > 0,
        ring: style.outlineStyle + ' ' + style.outlineWidth + ' ' + style.outlineColor + ' / ' + style.boxShadow,
        // an author's solid ring against what is behind it (Chromium draws its 'auto' ring in two colours)
        ringContrast: style.outlineStyle === 'solid' ? contrast(over(parse(style.outlineColor), background(el.parentElement)),
                                                                background(el.parentElement)) : null,
    };
}"""

# WCAG contrast of the text of each element matched against the colour behind it; returns the ones below
# the AA ratio, and the colour behind the first card.
CONTRAST_JS = """(selectors) => {
""" + COLOUR_JS + """
    const failures = [];
    let checked = 0;
    for (const selector of selectors) {
        for (const el of document.querySelectorAll(selector)) {
            if (!el.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
            if (!el.textContent.trim()) continue;
            const style = getComputedStyle(el);
            let opacity = 1;
            for (let node = el; node && node.nodeType === 1; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
            const bg = background(el);
            const fg = parse(style.color); fg[3] *= opacity;
            const ratio = contrast(over(fg, bg), bg);
            const size = parseFloat(style.fontSize), bold = Number(style.fontWeight) >= 700;
            const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
            checked += 1;
            if (ratio < needed) failures.push(`${selector} "${el.textContent.trim().slice(0, 30)}": ${ratio.toFixed(2)} < ${needed} (${style.color} on rgb(${bg.slice(0, 3).map(Math.round)}))`);
        }
    }
    const card = document.querySelector('.tl-card');
    return {checked, failures: [...new Set(failures)], cardBackground: card && background(card)};
}"""

TEXT_SELECTORS = [
    ".tl-card__title a", ".tl-card__summary p", ".tl-badge", ".tl-status", ".tl-duration", ".tl-chip",
    ".tl-month__marker", ".tl-year__marker a", ".tl-summary", ".tl-filter__label", ".tl-density__label",
    ".tl-browse a", ".tl-filters__reset", ".tl-row a", ".tl-source__cite", ".tl-pager a", "h1",
    ".tl-count", ".tl-index a", ".tl-facts dt", ".tl-source blockquote p", ".tl-source__publisher",
    ".tl-source__date", ".tl-entry__context a", ".tl-media figcaption", ".tl-pager__hint",
    ".tl-card__anchor", ".tl-filters__toggle",
]

# ------------------------------------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module", autouse=True)
def _chromium_is_installed():
    """Skip without Debian's Chromium, before building anything; in CI (CI=true) its absence is a failure."""
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is not installed (.ci/run installs Debian's chromium)"
        if in_ci():
            pytest.fail(message + "; CI must run the browser tests", pytrace=False)
        pytest.skip(message)


@pytest.fixture(scope="module")
def playwright_api():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as error:  # a test dependency: missing it in CI is a failure, not a skip
        if in_ci():
            pytest.fail(f"playwright is not installed: {error}", pytrace=False)
        pytest.skip(f"playwright is not installed: {error}")
    with sync_playwright() as api:
        yield api


@pytest.fixture(scope="module")
def browser(playwright_api):
    chromium = launch(playwright_api)
    yield chromium
    chromium.close()


@pytest.fixture(scope="module")
def repo_site(tmp_path_factory):
    site = mkdocs_build(REPO_ROOT / "mkdocs.yml", tmp_path_factory.mktemp("repo") / "site")
    with SiteServer(site) as server:
        yield server


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory):
    site = mkdocs_build(FIXTURE / "mkdocs.yml", tmp_path_factory.mktemp("fixture") / "site")
    with SiteServer(site) as server:
        yield server


@pytest.fixture(scope="module")
def repo_events():
    loaded, problems = load_events(REPO_ROOT / "events")
    assert not problems
    assert len(loaded) >= 3 and FEATURED is not None, "the example timeline needs a few events"
    return [item.event for item in loaded]


@pytest.fixture(scope="module")
def fixture_events():
    loaded, problems = load_events(FIXTURE / "events")
    assert not problems
    return [item.event for item in loaded]


@pytest.fixture
def open_page(browser):
    """open_page(url, **context options) -> (page, watch); every page a test opens must stay free of console
    errors, uncaught exceptions and dialogs, checked when the test ends."""
    contexts, watches = [], []

    def open_(url: str | None = None, **options):
        options.setdefault("viewport", DESKTOP)
        context = browser.new_context(**options)
        contexts.append(context)
        page = context.new_page()
        watch = PageWatch(page)
        watches.append(watch)
        if url:
            page.goto(url)
        return page, watch

    yield open_
    problems = [problem for watch in watches for problem in watch.problems]
    for context in contexts:
        context.close()
    assert not problems, "the page reported:\n" + "\n".join(problems)


def option_value(page, name: str, label: str) -> str:
    """The value of the filter option whose visible label is `label (count)`."""
    return page.eval_on_selector(
        f'[data-tl-filters] select[name="{name}"]',
        "(select, label) => [...select.options].find(o => o.textContent.trim().replace(/ \\(\\d+\\)$/, '') === label)?.value",
        label,
    )


def heading_problems(headings: list[list]) -> list[str]:
    problems = []
    if not headings or headings[0][0] != 1:
        problems.append(f"the first heading is not an h1: {headings[:1]}")
    if sum(1 for level, _ in headings if level == 1) != 1:
        problems.append(f"not exactly one h1: {[h for h in headings if h[0] == 1]}")
    for (before, before_text), (level, text) in zip(headings, headings[1:]):
        if level > before + 1:
            problems.append(f"h{before} {before_text!r} is followed by h{level} {text!r}")
    return problems


# ------------------------------------------------------------------------------------------------- content


def test_home_lists_every_example_event_in_date_order(repo_site, repo_events, open_page):
    page, _ = open_page(repo_site.url())
    assert page.evaluate(VISIBLE_EVENTS_JS) == [event.event_id for event in repo_events]
    # and the reading order is the visual order: each card sits below the one before it
    tops = page.eval_on_selector_all(".tl-event", "items => items.map(i => i.getBoundingClientRect().top)")
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    # every event links to its own page
    for event in repo_events:
        href = page.get_attribute(f'[id="{event.event_id}"] .tl-card__title a', "href")
        assert href and href.rstrip("/").endswith(f"events/{event.event_id}")


def test_fixture_home_lists_every_event_in_date_order(fixture_site, fixture_events, open_page):
    page, _ = open_page(fixture_site.url())
    assert page.evaluate(VISIBLE_EVENTS_JS) == [event.event_id for event in fixture_events]
    screenshot(page, ARTIFACTS / "fixture-home-desktop-light.png")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_deep_link_lands_below_the_sticky_header(viewport, repo_site, repo_events, open_page):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    target = repo_events[len(repo_events) // 2].event_id
    page, _ = open_page(repo_site.url(f"#{target}"), viewport=viewport)
    where = f"""() => [document.getElementById('{target}').getBoundingClientRect().top,
                       document.querySelector('.md-header').getBoundingClientRect().bottom]"""
    try:  # wait for the scroll to settle where it should (it may be smooth); else report where it is
        page.wait_for_function(f"() => {{ const [top, header] = ({where})(); return header <= top && top < innerHeight / 2 }}",
                               timeout=5_000)
    except PlaywrightTimeout:
        pass
    top, header = page.evaluate(where)
    assert header <= top < viewport["height"] / 2


def test_dates_show_at_their_precision(fixture_site, repo_site, repo_events, open_page):
    page, _ = open_page(fixture_site.url())
    shown = {event_id: page.locator(f'[id="{event_id}"] .tl-badge').inner_text() for event_id in FIXTURE_LABELS}
    assert shown == FIXTURE_LABELS
    page.goto(repo_site.url())
    shown = {e.event_id: page.locator(f'[id="{e.event_id}"] .tl-badge').inner_text() for e in repo_events}
    assert shown == {e.event_id: e.date_label for e in repo_events}


def test_script_title_is_text_and_nothing_runs(fixture_site, open_page):
    page, watch = open_page(fixture_site.url())
    title = page.locator(f'[id="{SCRIPT_EVENT}"] .tl-card__title')
    assert title.inner_text() == "<script>alert(1)</script>"
    # raw HTML in a summary is shown as text too; clicking it runs nothing
    talks = page.locator('[id="2012-06-05-putin-holds-talks-with-hu-jintao-in-beijing"] .tl-card__summary')
    assert '<div onclick="alert(1)">Raw HTML must not run</div>' in talks.inner_text()
    talks.click()
    assert page.locator('[onclick]').count() == 0
    title.locator("a").click()
    page.wait_for_url(re.compile(f"events/{SCRIPT_EVENT}/"))
    assert page.locator("main h1").inner_text() == "<script>alert(1)</script>"
    assert "<script>alert(1)</script>" in page.title()
    page.locator(".tl-chip", has_text="<b>odd</b> tag").click()
    assert page.locator("main h1").inner_text() == "<b>odd</b> tag"
    assert watch.dialogs == []


# --------------------------------------------------------------------------------------------- every page


def _site_pages(server: SiteServer) -> list[str]:
    folders = (path.parent.relative_to(server.root).as_posix() for path in server.root.rglob("index.html"))
    return sorted("" if folder == "." else folder + "/" for folder in folders)


def representative_pages(server: SiteServer) -> list[str]:
    """The home, and per top folder (events, years, actors, guide...) its index and its longest-named page."""
    groups: dict[str, list[str]] = {}
    for path in _site_pages(server):
        groups.setdefault(path.split("/", 1)[0], []).append(path)
    chosen = []
    for paths in groups.values():
        chosen += sorted({paths[0], max(paths, key=lambda p: (len(p), p))})
    return chosen


def resolve(server: SiteServer, path: str) -> str:
    """A path with a * stands for the first built page it matches (e.g. actors/*/: some actor's page)."""
    if "*" not in path:
        return path
    matches = sorted(p for p in _site_pages(server) if Path(p).match(path.rstrip("/")) and p.count("/") == path.count("/"))
    assert matches, f"no page matches {path}"
    return matches[0]


@pytest.mark.parametrize("which", ["fixture", "repo"])
def test_no_console_errors_on_any_page(which, request, open_page):
    """Every page (the fixture: one of each kind) loads without console errors or exceptions, and, while we
    are there, has one main landmark, named and distinct navigation landmarks and headings in order."""
    server = request.getfixturevalue(f"{which}_site")
    pages = FIXTURE_PAGES if which == "fixture" else _site_pages(server)
    assert len(pages) > 10
    page, watch = open_page()
    structure = []
    for path in pages:
        response = page.goto(server.url(path), wait_until="load")
        assert response.status == 200, path
        marks = page.evaluate(LANDMARKS_JS)
        navs = marks["navs"]
        if marks["main"] != 1 or not all(navs) or len(set(navs)) != len(navs):
            structure.append(f"/{path}: {marks['main']} main, navigation landmarks {navs}")
        structure += [f"/{path}: {problem}" for problem in heading_problems(page.evaluate(HEADINGS_JS))]
    assert watch.problems == []
    assert structure == []
    # the site reads offline: nothing is fetched from other hosts but the images events name
    media = {"https://example.com/parade.jpg"} if which == "fixture" else set()
    assert set(watch.external) <= media


# ----------------------------------------------------------------------------------------------- filters


def test_actor_filter_hides_the_right_events_and_lives_in_the_url(repo_site, repo_events, open_page):
    page, _ = open_page(repo_site.url())
    page.wait_for_selector("[data-tl-filters]:not([hidden])")
    everyone = [e.event_id for e in repo_events]
    actor = common_actor(repo_events)
    chosen = [e.event_id for e in repo_events if actor in e.actors]
    assert 0 < len(chosen) < len(everyone)
    value = option_value(page, "actor", actor)
    page.select_option('[data-tl-filters] select[name="actor"]', value)
    assert page.evaluate(VISIBLE_EVENTS_JS) == chosen
    assert parse_qs(urlsplit(page.url).query) == {"actor": [value]}
    assert page.locator(".tl-filters__count").inner_text() == f"{len(chosen)} of {len(everyone)} events shown"
    # years with no event left are hidden, with their markers
    hidden_years = {year_folder(e.date) for e in repo_events} - {year_folder(e.date) for e in repo_events if e.event_id in chosen}
    for year in hidden_years:
        assert not page.locator(f'[id="_y{year}"]').is_visible()
    # the address restores the same view in a new page
    shared = page.url
    again, _ = open_page(shared)
    again.wait_for_selector("[data-tl-filters]:not([hidden])")
    assert again.input_value('[data-tl-filters] select[name="actor"]') == value
    assert again.evaluate(VISIBLE_EVENTS_JS) == chosen
    # Clear brings every event back and empties the query
    again.click(".tl-filters__reset")
    again.wait_for_function("() => !location.search")
    assert again.evaluate(VISIBLE_EVENTS_JS) == everyone


def test_year_and_status_filters_combine(fixture_site, fixture_events, open_page):
    page, _ = open_page(fixture_site.url())
    page.wait_for_selector("[data-tl-filters]:not([hidden])")
    page.select_option('[data-tl-filters] select[name="year"]', option_value(page, "year", "2015"))
    in_2015 = [e.event_id for e in fixture_events if e.date.year == 2015]
    assert len(in_2015) == 2
    assert page.evaluate(VISIBLE_EVENTS_JS) == in_2015
    status = option_value(page, "status", "Target")
    assert status, page.inner_text('[data-tl-filters] select[name="status"]')
    page.select_option('[data-tl-filters] select[name="status"]', status)
    targets = [e.event_id for e in fixture_events if e.date.year == 2015 and e.status == "target"]
    assert page.evaluate(VISIBLE_EVENTS_JS) == targets
    assert parse_qs(urlsplit(page.url).query) == {"year": ["2015"], "status": [status]}
    page.goto(page.url)
    page.wait_for_selector("[data-tl-filters]:not([hidden])")
    assert page.evaluate(VISIBLE_EVENTS_JS) == targets
    # a deep link to an event the filters hide clears them, so the link lands
    hidden = fixture_events[0].event_id
    page.goto(fixture_site.url(f"?year=2015#{hidden}"))
    page.wait_for_function("() => !location.search")
    assert page.locator(f'[id="{hidden}"]').is_visible()


def test_every_filter_option_shows_exactly_its_events(fixture_site, fixture_events, open_page):
    """Each option of each filter, alone: the events shown are the ones whose data say so, as many as it counts."""
    fields = {
        "year": lambda e, label: e.date.year_label() == label,
        "actor": lambda e, label: label in e.actors,
        "place": lambda e, label: label in e.places,
        "tag": lambda e, label: label in e.tags,
        "status": lambda e, label: e.status == label.lower(),
    }
    page, _ = open_page(fixture_site.url())
    page.wait_for_selector("[data-tl-filters]:not([hidden])")
    wrong, tried = [], 0
    for kind, wanted in fields.items():
        options = page.eval_on_selector(f'[data-tl-filters] select[name="{kind}"]',
                                        "s => [...s.options].filter(o => o.value).map(o => [o.value, o.textContent])")
        assert options, f"no {kind} filter"
        for value, text in options:
            label, count = re.fullmatch(r"(.*) \((\d+)\)", text.strip()).groups()
            page.select_option(f'[data-tl-filters] select[name="{kind}"]', value)
            expected = [e.event_id for e in fixture_events if wanted(e, label)]
            shown = page.evaluate(VISIBLE_EVENTS_JS)
            if shown != expected or len(expected) != int(count):
                wrong.append(f"{kind}={value} ({text}): shows {shown}, expected {expected}")
            tried += 1
        page.select_option(f'[data-tl-filters] select[name="{kind}"]', "")
    assert tried >= 15 and wrong == [], "\n".join(wrong)
    assert page.evaluate(VISIBLE_EVENTS_JS) == [e.event_id for e in fixture_events]


def test_without_javascript_every_event_is_listed_and_links_work(repo_site, repo_events, open_page):
    actor = common_actor(repo_events)
    page, _ = open_page(repo_site.url("?year=" + year_folder(repo_events[0].date)), java_script_enabled=False)
    ids = page.eval_on_selector_all(".tl-event", "items => items.map(i => i.id)")
    assert ids == [e.event_id for e in repo_events]
    assert all(page.locator(f'[id="{i}"]').is_visible() for i in ids)
    assert not page.locator("[data-tl-filters]").is_visible()
    # a chip is a plain link to the actor's page, which lists exactly that actor's events in date order
    chip = page.locator(".tl-chip--actor", has_text=actor).first
    chip.click()
    page.wait_for_url(re.compile(r"/actors/[^/]+/$"))
    assert page.locator("main h1").inner_text() == actor
    rows = page.eval_on_selector_all(".tl-row a", "links => links.map(a => a.href)")
    row_ids = [href.rstrip("/").rsplit("/", 1)[-1] for href in rows]
    assert row_ids == [e.event_id for e in repo_events if actor in e.actors]
    # the browse links (shown where Material's sidebar is folded away, as on a phone) and the years index
    # lead to a year's full list
    page.set_viewport_size(PHONE)
    page.locator(".tl-browse a", has_text="Years").click()
    page.wait_for_url(re.compile(r"/years/$"))
    page.locator(".tl-index a", has_text=re.compile(f"^{FEATURED.date.year_label()}$")).click()
    page.wait_for_url(re.compile(f"/{FEATURED_YEAR_PAGE}$"))
    year_ids = page.eval_on_selector_all(".tl-event", "items => items.map(i => i.id)")
    assert year_ids == [e.event_id for e in repo_events if e.date.year == FEATURED.date.year]
    assert all(page.locator(f'[id="{i}"]').is_visible() for i in year_ids)


# ------------------------------------------------------------------------------------------ layout, a11y


def test_phone_width_has_no_horizontal_overflow(repo_site, fixture_site, open_page):
    page, _ = open_page(viewport=PHONE, is_mobile=True, has_touch=True)
    overflowing = {}
    for server, paths in ((repo_site, representative_pages(repo_site)), (fixture_site, FIXTURE_PAGES)):
        for path in paths:
            page.goto(server.url(path))
            width = page.evaluate("document.scrollingElement.scrollWidth")
            if width > PHONE["width"]:
                wide = page.evaluate(f"""() => [...document.querySelectorAll('main *')]
                    .filter(e => e.getBoundingClientRect().right > {PHONE['width']} + 1)
                    .slice(0, 3).map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.'))""")
                overflowing[urlsplit(page.url).path] = (width, wide)
    assert overflowing == {}


@pytest.mark.parametrize(("which", "path"), [
    ("repo", ""),
    ("repo", FEATURED_PAGE),
    ("repo", FEATURED_YEAR_PAGE),
    ("repo", "actors/*/"),
    ("repo", "actors/"),
    ("fixture", ""),
    ("fixture", f"events/{SCRIPT_EVENT}/"),
    ("fixture", "years/138bce/"),
    ("fixture", "tags/diplomacy/"),
    ("fixture", "years/"),
])
def test_landmarks_and_heading_order(which, path, request, open_page):
    server = request.getfixturevalue(f"{which}_site")
    page, _ = open_page(server.url(resolve(server, path)))
    marks = page.evaluate(LANDMARKS_JS)
    assert marks["main"] == 1 and marks["banner"] >= 1 and marks["contentinfo"] >= 1
    assert heading_problems(page.evaluate(HEADINGS_JS)) == []
    assert marks["eventsInMain"]
    assert marks["navs"], "no navigation landmark"
    assert all(marks["navs"]), f"a navigation landmark has no name: {marks['navs']}"
    assert len(set(marks["navs"])) == len(marks["navs"]), f"navigation landmarks share a name: {marks['navs']}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_keyboard_reaches_filters_and_event_links_with_a_visible_focus(scheme, repo_site, open_page):
    page, _ = open_page(repo_site.url(), color_scheme=scheme)
    page.wait_for_selector("[data-tl-filters]:not([hidden])")
    stops = []
    for _ in range(80):
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS_JS)
        if focus is None:
            continue
        stops.append(focus)
        if focus["cardTitle"]:
            break
    filters = [stop for stop in stops if stop["inFilters"] and stop["tag"] == "select"]
    titles = [stop for stop in stops if stop["cardTitle"]]
    assert filters, f"Tab never reached a filter: {[s['tag'] + ' ' + s['text'] for s in stops]}"
    assert titles, f"Tab never reached an event link: {[s['tag'] + ' ' + s['text'] for s in stops]}"
    # every stop in the page's content shows a ring (the theme's header, e.g. the search field that opens
    # when focused, is Material's to style)
    no_ring = [f"{s['tag']} {s['name'] or s['text']!r}: {s['ring']}" for s in stops
               if s["inContent"] and not s["visibleRing"]]
    assert no_ring == []
    assert any(s["visibleRing"] for s in filters) and any(s["visibleRing"] for s in titles)
    assert all(stop["onScreen"] for stop in stops if stop["inFilters"] or stop["cardTitle"])
    faint = sorted({f"{s['tag']} {s['name'] or s['text']!r}: {s['ringContrast']:.2f}:1 ({s['ring']})" for s in stops
                    if s["inContent"] and s["ringContrast"] is not None and s["ringContrast"] < 3})
    assert faint == [], "focus rings below 3:1 against the page:\n" + "\n".join(faint)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_palette_follows_the_reader_preference(scheme, repo_site, open_page):
    page, _ = open_page(repo_site.url(), color_scheme=scheme)
    page.wait_for_selector("[data-tl-filters]:not([hidden])")
    assert page.get_attribute("body", "data-md-color-scheme") == ("slate" if scheme == "dark" else "default")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    channels = [int(v) for v in re.findall(r"\d+", background)[:3]]
    assert (max(channels) < 80) if scheme == "dark" else (min(channels) > 200), background
    # the cards follow the palette too: a dark card on a dark page, a light one on a light page
    card = page.evaluate(CONTRAST_JS, [])["cardBackground"]
    assert (max(card[:3]) < 80) if scheme == "dark" else (min(card[:3]) > 200), card


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_contrast_meets_wcag_aa(scheme, repo_site, open_page):
    page, _ = open_page(repo_site.url(), color_scheme=scheme)
    page.wait_for_selector("[data-tl-filters]:not([hidden])")
    failures = []
    for path in ("", FEATURED_PAGE, resolve(repo_site, "actors/*/")):
        if path:
            page.goto(repo_site.url(path))
        result = page.evaluate(CONTRAST_JS, TEXT_SELECTORS)
        assert result["checked"] > 3, path
        failures += [f"/{path} {failure}" for failure in result["failures"]]
    assert failures == [], "\n".join(failures)


def test_print_lists_every_event_without_the_controls(repo_site, repo_events, open_page):
    page, _ = open_page()
    page.emulate_media(media="print")
    page.goto(repo_site.url())
    assert page.evaluate(VISIBLE_EVENTS_JS) == [e.event_id for e in repo_events]
    hidden = page.evaluate("""() => ['[data-tl-filters]', '.md-sidebar--primary', '.md-header', '.md-search']
        .filter(s => document.querySelector(s)?.checkVisibility({visibilityProperty: true}))""")
    assert hidden == []
    screenshot(page, ARTIFACTS / "home-print.png")


def test_search_finds_an_event(repo_site, open_page):
    from playwright.sync_api import expect
    page, _ = open_page(repo_site.url())
    page.keyboard.press("/")  # Material's shortcut for search (it also answers "s" and "f")
    page.keyboard.type(FEATURED.title)
    # results change while the words arrive; once all are typed the best match is the event's page
    first = page.locator(".md-search-result__link").first
    expect(first).to_have_attribute("href", re.compile(re.escape(f"/{FEATURED_PAGE}?h=")), timeout=10_000)
    assert first.inner_text().startswith(FEATURED.title)


# ------------------------------------------------------------------------------------------- screenshots


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_screenshots(width, scheme, repo_site, repo_events, open_page):
    viewport = DESKTOP if width == "desktop" else PHONE
    page, _ = open_page(repo_site.url(), viewport=viewport, color_scheme=scheme,
                        is_mobile=width == "phone", device_scale_factor=1)
    page.wait_for_selector("[data-tl-filters]:not([hidden])")
    assert page.locator(".tl-event").count() == len(repo_events)
    path = screenshot(page, ARTIFACTS / f"home-{width}-{scheme}.png")
    assert path.stat().st_size > 10_000
    event, _ = open_page(repo_site.url(FEATURED_PAGE),
                         viewport=viewport, color_scheme=scheme, is_mobile=width == "phone")
    screenshot(event, ARTIFACTS / f"event-{width}-{scheme}.png")
