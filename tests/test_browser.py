"""The published pages work in a real browser with no network: maths, figures, widgets, buttons.

Headless Chromium (Debian's package) is driven by Playwright. The book is built with MathJax
served from the site itself (npm's mathjax@3 package, fetched once into .cache/), served on
127.0.0.1, and every request to any other host is aborted, so the pages must work offline.
Without Chromium or npm the tests are skipped locally but fail under CI (CI=true), so they can
never be skipped silently there. `.ci/run` installs Chromium.
"""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import tarfile
import threading
from pathlib import Path

import pytest

from notebook_utils import CHAPTERS, EXERCISES, ROOT, SOLUTIONS

sys.path.insert(0, str(ROOT / "tools"))
from build_book import build  # noqa: E402

pytestmark = pytest.mark.browser
MATHJAX_VERSION = "3.2.2"
CACHE = ROOT / ".cache"
PAGES = [p.relative_to(ROOT).with_suffix("") for p in CHAPTERS + EXERCISES + SOLUTIONS]
# Messages of requests we abort on purpose (external hosts); anything else is a real error.
BLOCKED = ("net::ERR_FAILED", "net::ERR_BLOCKED_BY_CLIENT", "net::ERR_INTERNET_DISCONNECTED",
           "Failed to load resource")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:     # keep the test output readable
        pass


def require(condition: bool, reason: str) -> None:
    if not condition:
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (required in CI)")
        pytest.skip(reason)


def mathjax_dir() -> Path:
    """The es5 folder of MathJax 3, fetched from the npm registry once."""
    target = CACHE / f"mathjax-{MATHJAX_VERSION}" / "package" / "es5"
    if not target.exists():
        require(shutil.which("npm") is not None, "npm is needed to fetch MathJax")
        archive_dir = target.parent.parent
        archive_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "pack", f"mathjax@{MATHJAX_VERSION}", "--pack-destination", str(archive_dir)],
                       check=True, capture_output=True)
        with tarfile.open(archive_dir / f"mathjax-{MATHJAX_VERSION}.tgz") as archive:
            archive.extractall(archive_dir, filter="data")
    return target


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The instructor edition with local MathJax, served on 127.0.0.1; yields its base URL."""
    html_dir = build("instructor", tmp_path_factory.mktemp("site"), mathjax_dir())
    handler = functools.partial(QuietHandler, directory=str(html_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    require(chromium is not None, "Chromium is not installed (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=chromium,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield instance
        instance.close()


@pytest.fixture
def page(browser, site):
    """A page that may only talk to the local server; it records console errors."""
    context = browser.new_context()
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(site) else route.abort())
    tab = context.new_page()
    tab.errors = []
    tab.on("console", lambda message: tab.errors.append(message.text) if message.type == "error" else None)
    tab.on("pageerror", lambda error: tab.errors.append(str(error)))
    yield tab
    context.close()


def open_page(page, site: str, name: Path) -> None:
    page.goto(f"{site}/{name}.html", wait_until="load")
    page.wait_for_function("() => !window.MathJax || (window.MathJax.startup && window.MathJax.startup.promise)")
    page.evaluate("() => window.MathJax && window.MathJax.startup.promise")


@pytest.mark.parametrize("name", PAGES, ids=str)
def test_page_renders_offline(page, site, name):
    open_page(page, site, name)
    source = (ROOT / f"{name}.ipynb").read_text(encoding="utf-8")
    if "$" in source:
        assert page.locator("mjx-container").count() > 0, "maths was not typeset"
    prose = page.evaluate("""() => { const copy = document.querySelector('article').cloneNode(true);
        copy.querySelectorAll('pre, code, script, .cell_input').forEach(e => e.remove());
        return copy.innerText; }""")
    assert "\\(" not in prose and "\\[" not in prose, "raw TeX delimiters left in the prose"
    images = page.evaluate("""() => [...document.querySelectorAll('article img')].map(
        im => ({src: im.src.slice(0, 60), alt: im.alt, width: im.naturalWidth}))""")
    for image in images:
        assert image["width"] > 0, f"image did not load: {image['src']}"
        assert image["alt"].strip(), f"image without alt text: {image['src']}"
    unexpected = [e for e in page.errors if not any(blocked in e for blocked in BLOCKED)]
    assert not unexpected, f"JavaScript errors: {unexpected}"


@pytest.mark.parametrize("name", PAGES, ids=str)
def test_launch_and_download_buttons(page, site, name):
    open_page(page, site, name)
    hrefs = page.evaluate("() => [...document.querySelectorAll('a')].map(a => a.href)")
    notebook = f"{name}.ipynb"
    assert any("colab.research.google.com" in h and h.endswith(notebook) for h in hrefs), "no Colab link"
    assert any("mybinder.org" in h and h.endswith(notebook) for h in hrefs), "no Binder link"
    download = next(h for h in hrefs if h.endswith(f"_sources/{notebook}"))
    assert page.request.get(download).ok, f"download link broken: {download}"


@pytest.mark.parametrize("name", [p.relative_to(ROOT).with_suffix("") for p in CHAPTERS], ids=str)
def test_static_widgets_respond_to_their_sliders(page, site, name):
    open_page(page, site, name)
    players = page.locator(".static-player")
    assert players.count() > 0, "this chapter has no static widget"
    for index in range(players.count()):
        player = players.nth(index)
        visible = "(p) => [...p.querySelectorAll('img')].findIndex(im => im.style.display !== 'none')"
        before = player.evaluate(visible)
        slider = player.locator("input[type=range]").first
        maximum, value = int(slider.get_attribute("max")), int(slider.input_value())
        slider.fill(str(0 if value != 0 else maximum))          # fires the input event
        after = player.evaluate(visible)
        assert after != before, "moving the slider did not change the picture"
        assert player.locator("img:visible").count() == 1, "exactly one frame should be visible"
