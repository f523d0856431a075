"""Regenerate the README's screenshots of the repository's own timeline, in Debian's headless Chromium.

Builds the site with the real `mkdocs build --strict` into a temporary folder, serves it on 127.0.0.1 and
saves the top of the home page at desktop (1280 px) and phone (360 px) width:

    python benchmarks/screenshots.py                 # docs/assets/screenshots/timeline-{desktop,phone}.png
    python benchmarks/screenshots.py --scheme dark --out /tmp/shots

The same helpers drive the browser tests (`tests/browser.py`); nothing is downloaded.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT / "tests"))

from browser import CHROMIUM, DESKTOP, PHONE, PageWatch, SiteServer, launch, mkdocs_build, screenshot  # noqa: E402

SHOTS = {"desktop": (DESKTOP, 1400), "phone": (PHONE, 1400)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "docs" / "assets" / "screenshots")
    parser.add_argument("--scheme", choices=("light", "dark"), default="light")
    parser.add_argument("--height", type=int, help="cut each screenshot to this many pixels (default 1400)")
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        parser.error(f"{CHROMIUM} is missing: apt-get install chromium")

    from playwright.sync_api import sync_playwright

    suffix = "" if args.scheme == "light" else "-dark"
    with tempfile.TemporaryDirectory() as tmp:
        site = mkdocs_build(REPO_ROOT / "mkdocs.yml", Path(tmp) / "site")
        with SiteServer(site) as server, sync_playwright() as api:
            browser = launch(api)
            try:
                for name, (viewport, height) in SHOTS.items():
                    context = browser.new_context(viewport=viewport, color_scheme=args.scheme,
                                                  is_mobile=name == "phone", device_scale_factor=1)
                    page = context.new_page()
                    watch = PageWatch(page)
                    page.goto(server.url())
                    page.wait_for_selector("[data-tl-filters]:not([hidden])")
                    path = screenshot(page, args.out / f"timeline-{name}{suffix}.png", args.height or height)
                    context.close()
                    if watch.problems:
                        print("\n".join(watch.problems), file=sys.stderr)
                        return 1
                    print(f"{path.relative_to(REPO_ROOT) if path.is_relative_to(REPO_ROOT) else path}"
                          f"  {path.stat().st_size // 1024} KiB")
            finally:
                browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
