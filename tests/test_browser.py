"""The published pages work in a real browser with no network: maths, figures, widgets, buttons.

Headless Chromium (Debian's package) is driven by Playwright. Both editions are built with MathJax
served from the site itself (npm's mathjax package, fetched once into .cache/), served on
127.0.0.1, and every request to any other host is aborted, so the pages must work offline. Each
page is also audited with axe-core (npm, injected into the page): no serious or critical
accessibility violations.
Without Chromium or npm the tests are skipped locally but fail under CI (CI=true), so they can
never be skipped silently there. `.ci/run` installs Chromium.
"""
from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest

from assets import npm_package, require
from notebooks import CHAPTERS, EXERCISES, ROOT, SOLUTIONS

pytestmark = pytest.mark.browser
AXE_VERSION = "4.10.3"
PAGES = [p.relative_to(ROOT).with_suffix("") for p in CHAPTERS + EXERCISES + SOLUTIONS]
# Messages of requests we abort on purpose (external hosts); anything else is a real error.
BLOCKED = ("net::ERR_FAILED", "net::ERR_BLOCKED_BY_CLIENT", "net::ERR_INTERNET_DISCONNECTED",
           "Failed to load resource")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:     # keep the test output readable
        pass


def served(html_dir: Path):
    """Serve a built edition on 127.0.0.1 and yield its base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(html_dir)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def local_mathjax(html_dir: Path) -> None:
    require((html_dir / "_static" / "mathjax").is_dir(),
            "the book was built without a local MathJax (npm is needed to fetch it)")


@pytest.fixture(scope="module")
def site(editions):
    """The instructor edition, served; yields its base URL."""
    local_mathjax(editions["instructor"])
    yield from served(editions["instructor"])


@pytest.fixture(scope="module")
def student_site(editions):
    """The student edition, served; yields its base URL."""
    local_mathjax(editions["student"])
    yield from served(editions["student"])


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
def page(browser):
    """A page that may only talk to 127.0.0.1; it records console errors."""
    context = browser.new_context()
    local = "http://127.0.0.1:"
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(local) else route.abort())
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


# axe-core audits as (context, options) pairs, in JavaScript. Most of axe's time goes into the colour
# contrast of highlighted code (9 of 14 s on chapter 5), whose colours come from one stylesheet for
# every page: the chapter pages audit everything; the exercise and solution pages audit everything
# but the contrast inside code cells; on the student edition, axe audits what surrounds the article
# (the article is the instructor edition's, audited there).
EVERYTHING = [("document", "{}")]
ALL_BUT_CODE_CONTRAST = [("document", "{rules: {'color-contrast': {enabled: false}}}"),
                         ("{exclude: [['.cell_input'], ['.output']]}", "{runOnly: ['color-contrast']}")]
AROUND_THE_ARTICLE = [("{exclude: [['article']]}", "{}")]


def audits_for(name: Path) -> list[tuple[str, str]]:
    return EVERYTHING if name.parts[0] == "chapters" else ALL_BUT_CODE_CONTRAST


def check_rendering(page, name: Path, audits: list[tuple[str, str]]) -> None:
    """Maths typeset, no raw TeX, images loaded, no console errors, and no serious accessibility
    violations (axe-core) in the audits asked for."""
    source = (ROOT / f"{name}.ipynb").read_text(encoding="utf-8")
    if "$" in source:
        assert page.locator("mjx-container").count() > 0, "maths was not typeset"
    prose = page.evaluate("""() => { const copy = document.querySelector('article').cloneNode(true);
        copy.querySelectorAll('pre, code, script, .cell_input').forEach(e => e.remove());
        return copy.innerText; }""")
    assert "\\(" not in prose and "\\[" not in prose, "raw TeX delimiters left in the prose"
    images = page.evaluate("""() => [...document.querySelectorAll('article img')].map(
        im => ({src: im.src.slice(0, 60), width: im.naturalWidth}))""")
    for image in images:     # alt text is checked in the HTML by test_book.py
        assert image["width"] > 0, f"image did not load: {image['src']}"
    unexpected = [e for e in page.errors if not any(blocked in e for blocked in BLOCKED)]
    assert not unexpected, f"JavaScript errors: {unexpected}"
    axe = npm_package("axe-core", AXE_VERSION)
    require(axe is not None, "npm is needed to fetch axe-core")
    page.add_script_tag(path=str(axe / "axe.min.js"))
    for context, options in audits:
        violations = page.evaluate(f"""async () => (await axe.run({context}, {{...{options}, resultTypes: ['violations']}}))
            .violations.filter(v => ['serious', 'critical'].includes(v.impact))
            .map(v => `${{v.id}} (${{v.impact}}): ${{v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}}`)""")
        assert not violations, f"accessibility violations: {violations}"


def links(page) -> list[str]:
    return page.evaluate("() => [...document.querySelectorAll('a')].map(a => a.href)")


@pytest.mark.parametrize("name", PAGES, ids=str)
def test_page_renders_offline_and_serves_its_notebook(page, site, name):
    open_page(page, site, name)
    check_rendering(page, name, audits_for(name))
    # The exact Colab and Binder URLs are checked in the HTML by test_book.py.
    download = next(h for h in links(page) if h.endswith(f"_sources/{name}.ipynb"))
    assert page.request.get(download).ok, f"download link broken: {download}"


STUDENT_PAGES = [p.relative_to(ROOT).with_suffix("") for p in CHAPTERS + EXERCISES]


@pytest.mark.parametrize("name", STUDENT_PAGES, ids=str)
def test_student_edition_page_renders_offline(page, student_site, name):
    open_page(page, student_site, name)
    check_rendering(page, name, AROUND_THE_ARTICLE)
    assert not [h for h in links(page) if "/solutions/" in h], "the student edition links to a solution"


def test_student_edition_serves_no_solutions(page, student_site):
    for path in SOLUTIONS:
        name = path.relative_to(ROOT).with_suffix("")
        assert page.request.get(f"{student_site}/{name}.html").status == 404
        assert page.request.get(f"{student_site}/_sources/{name}.ipynb").status == 404


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
