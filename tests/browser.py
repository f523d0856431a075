"""Helpers for the browser tests and the README screenshots: build a site with the real `mkdocs build`,
serve it on 127.0.0.1 from a thread, and drive Debian's Chromium with Playwright (never a downloaded one)."""

from __future__ import annotations

import functools
import http.server
import os
import re
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit

REPO_ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path(os.environ.get("TIMELINE_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 740}

# A 1x1 transparent PNG, served in place of any image an event names on another host: the pages are
# checked offline and an external image must neither fail the page nor reach the network.
_PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


_ELSEWHERE = re.compile(r"^(?!http://127\.0\.0\.1[:/])[a-z][a-z0-9+.-]*://")


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("true", "1", "yes")


def mkdocs_build(config_file: Path, site_dir: Path) -> Path:
    """`mkdocs build --strict -f CONFIG -d SITE_DIR`, the command a user runs; raises with its output on failure."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config_file), "-d", str(site_dir)],
        capture_output=True, text=True, env=env, timeout=300,
    )
    if result.returncode != 0:
        raise RuntimeError(f"mkdocs build of {config_file} failed:\n{result.stdout}\n{result.stderr}")
    return site_dir


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        # the browser drops connections it no longer needs (a page left mid-load); that is no error
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


class SiteServer:
    """A built site served by http.server on 127.0.0.1 at a free port, from a daemon thread."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        handler = functools.partial(_QuietHandler, directory=str(self.root))
        self._server = _Server(("127.0.0.1", 0), handler)
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}/"
        self._thread = threading.Thread(target=self._server.serve_forever, name="site-server", daemon=True)

    def url(self, path: str = "") -> str:
        return self.base_url + path.lstrip("/")

    def __enter__(self) -> "SiteServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def launch(playwright, **options):
    """Debian's Chromium, headless, with a fresh temporary profile."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True, **options)


class PageWatch:
    """What a page reports while a test drives it: console errors, uncaught exceptions, dialogs, and any
    request that leaves 127.0.0.1 (answered offline: images with a pixel, anything else refused)."""

    def __init__(self, page) -> None:
        self.page = page
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.dialogs: list[str] = []
        self.external: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.page_errors.append(f"{page.url}: {error}"))
        page.on("dialog", self._dialog)
        # only requests to other hosts are intercepted (the pattern is matched in the browser, so the site's
        # own requests are not slowed by a round trip through Python)
        page.route(_ELSEWHERE, self._route)

    def _console(self, message) -> None:
        if message.type == "error":
            self.console_errors.append(f"{self.page.url}: {message.text}")

    def _dialog(self, dialog) -> None:
        self.dialogs.append(f"{self.page.url}: {dialog.type} {dialog.message!r}")
        dialog.dismiss()

    def _route(self, route) -> None:
        url = route.request.url
        if urlsplit(url).hostname == "127.0.0.1":
            route.continue_()
            return
        self.external.append(url)
        if route.request.resource_type == "image":
            route.fulfill(status=200, content_type="image/png", body=_PIXEL)
        else:
            route.abort()

    @property
    def problems(self) -> list[str]:
        return self.console_errors + self.page_errors + [f"dialog {d}" for d in self.dialogs]


def screenshot(page, path: Path, clip_height: int | None = None) -> Path:
    """A PNG of the page (full page, cut to clip_height pixels when given)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if clip_height:
        height = page.evaluate("document.documentElement.scrollHeight")
        width = page.viewport_size["width"]
        page.screenshot(path=str(path), full_page=True,
                        clip={"x": 0, "y": 0, "width": width, "height": min(height, clip_height)})
    else:
        page.screenshot(path=str(path), full_page=True)
    return path
