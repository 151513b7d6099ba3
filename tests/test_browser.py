"""The published pages work in a real browser with no network: maths, figures, widgets, buttons.

Headless Chromium (Debian's package) is driven by Playwright. Both editions are built exactly as
published (MathJax ships with the site), served on 127.0.0.1, and every request to any other host
is aborted and fails the test, so the pages must work offline. Each page is also audited with
axe-core (npm, injected into the page): no serious or critical accessibility violations. At a
phone's, a tablet's and a laptop's width, the navigation opens and nothing is cut off.
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
from playwright.sync_api import expect

from assets import npm_package, require
from notebooks import CHAPTERS, EXERCISES, ROOT, SOLUTIONS
from syllabus import GRAPH_FONT_PT

pytestmark = pytest.mark.browser
AXE_VERSION = "4.10.3"
PAGES = [p.relative_to(ROOT).with_suffix("") for p in CHAPTERS + EXERCISES + SOLUTIONS]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:     # keep the test output readable
        pass


def served(html_dir: Path):
    """Serve a built edition on 127.0.0.1 and yield its base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(html_dir)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def site(editions):
    """The instructor edition, served; yields its base URL."""
    yield from served(editions["instructor"])


@pytest.fixture(scope="module")
def student_site(editions):
    """The student edition, served; yields its base URL."""
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
    """A page that may only talk to 127.0.0.1; it records console errors and refused requests."""
    context = browser.new_context()
    tab = context.new_page()
    tab.errors, tab.refused = [], []

    def only_loopback(route) -> None:
        if route.request.url.startswith(("http://127.0.0.1:", "data:", "blob:")):
            route.continue_()
        else:
            tab.refused.append(route.request.url)
            route.abort()
    context.route("**/*", only_loopback)
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


def check_stayed_offline(page) -> None:
    """The page asked for nothing off this site and logged no console error."""
    assert not page.refused, f"the page asked for something off this site: {page.refused[:3]}"
    assert not page.errors, f"console errors: {page.errors}"


def check_rendering(page, name: Path, audits: list[tuple[str, str]]) -> None:
    """Maths typeset, no raw TeX, images loaded, no console errors, and no serious accessibility
    violations (axe-core) in the audits asked for."""
    source = next(path for path in (ROOT / f"{name}.ipynb", ROOT / f"{name}.md") if path.exists()).read_text(
        encoding="utf-8")
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
    check_stayed_offline(page)
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


# A phone, a tablet and a laptop. Below 992 px the theme hides the sidebars behind buttons.
WIDTHS = (390, 900, 1280)
WIDE = 992
# Display maths, code, tables, the footer's links and inline maths that are wider than their box
# and do not scroll (cut off).
CUT_OFF = """() => [...document.querySelectorAll(
        'article div.math, article mjx-container[display="true"], article pre, article table, '
        + '.prev-next-area a')]
    .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1
                 && !['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
    .map(e => `${e.tagName.toLowerCase()} ${e.scrollWidth} px wide in ${e.clientWidth} px: `
              + e.textContent.trim().slice(0, 50))
    .concat([...document.querySelectorAll('article mjx-container:not([display="true"])')]
    // Inline maths wider than its paragraph is cut off unless it became a scroll box.
    .filter(e => {
        const block = e.parentElement.closest('p, li, dd, dt, td, th, h1, h2, h3, h4, figcaption, div');
        return e.offsetParent !== null && block !== null
               && e.getBoundingClientRect().width > block.clientWidth + 1
               && getComputedStyle(e).overflowX !== 'auto'; })
    .map(e => `inline maths ${Math.round(e.getBoundingClientRect().width)} px wide: `
              + e.textContent.trim().slice(0, 50)))"""

# Inline formulas whose following punctuation ("$x$.") was pushed to the start of the next line.
PUNCTUATION_WRAPPED = """() => [...document.querySelectorAll('article mjx-container:not([display="true"])')]
    .filter(box => {
        const holder = box.parentElement.matches('span.math') ? box.parentElement : box;
        const next = holder.nextSibling;
        if (box.offsetParent === null || next === null || next.nodeType !== Node.TEXT_NODE
            || !/^[.,;:!?)\\]]/.test(next.data)) return false;
        const range = document.createRange();
        range.setStart(next, 0);
        range.setEnd(next, 1);
        return range.getBoundingClientRect().top >= box.getBoundingClientRect().bottom - 2; })
    .map(box => box.textContent.slice(0, 40))"""

# Pictures shown with another aspect ratio than their own (a fixed height on a narrowed image).
DISTORTED = """() => [...document.querySelectorAll('article img')]
    .filter(im => im.offsetParent !== null && im.naturalWidth > 0)
    .map(im => {
        const style = getComputedStyle(im);
        const width = im.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const height = im.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        return [im, width / height / (im.naturalWidth / im.naturalHeight)]; })
    .filter(([im, ratio]) => Math.abs(ratio - 1) > 0.02)
    .map(([im, ratio]) => `${im.alt.slice(0, 40)}: squeezed by ${ratio.toFixed(2)}`)"""


def check_layout(page) -> None:
    """At each width: nothing cut off, no sideways scrolling of the page, working navigation."""
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        page.wait_for_timeout(400)      # scrollable-maths.js measures 0.2 s after a resize
        cut_off = page.evaluate(CUT_OFF)
        assert not cut_off, f"at {width} px, cut off without a scrollbar: {cut_off[:3]}"
        distorted = page.evaluate(DISTORTED)
        assert not distorted, f"at {width} px, pictures out of proportion: {distorted[:3]}"
        wrapped = page.evaluate(PUNCTUATION_WRAPPED)
        assert not wrapped, f"at {width} px, punctuation starts a line after: {wrapped[:3]}"
        page_width = page.evaluate("() => document.documentElement.scrollWidth")
        assert page_width <= width, f"at {width} px the page is {page_width} px wide (scrolls sideways)"
        check_navigation(page, width)


def check_navigation(page, width: int) -> None:
    """The menu button opens the table of contents (narrow) or folds the sidebar away (wide);
    "On this page" opens the page's contents where they are not already shown."""
    menu = page.locator(".primary-toggle:visible")
    assert menu.count() == 1, f"at {width} px: {menu.count()} visible menu buttons"
    sidebar, drawer = page.locator("#pst-primary-sidebar"), page.locator("#pst-primary-sidebar-modal")
    if width < WIDE:
        menu.click()
        expect(drawer).to_have_attribute("open", "")
        expect(drawer.locator("a[href*='01-neuron']").first).to_be_visible()
        page.keyboard.press("Escape")
        expect(drawer).not_to_have_attribute("open", "")
    else:
        expect(sidebar).to_be_visible()
        menu.click()
        expect(sidebar).to_be_hidden()
        menu.click()
        expect(sidebar).to_be_visible()
    if page.locator("#pst-page-toc-nav").count() == 0:
        return                                          # a page without sections
    contents = page.locator(".secondary-toggle:visible")
    if contents.count() == 0:                           # wide: the contents are shown beside the page
        expect(page.locator("#pst-page-toc-nav .toc-entry a").first).to_be_visible()
        return
    contents.first.click()
    panel = page.locator("#pst-secondary-sidebar-modal")
    expect(panel).to_have_attribute("open", "")
    expect(panel.locator(".toc-entry a").first).to_be_visible()
    page.keyboard.press("Escape")
    expect(panel).not_to_have_attribute("open", "")


@pytest.mark.parametrize("name", PAGES, ids=str)
def test_page_renders_offline_and_serves_its_notebook(page, site, name):
    open_page(page, site, name)
    check_rendering(page, name, audits_for(name))
    check_layout(page)
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


# Every figure and player frame shown, with its natural and displayed width, and for a frame the
# width of its player's box (the text column).
IMAGES = """() => [...document.querySelectorAll('article .cell_output img')]
    .filter(im => im.offsetParent !== null)
    .map(im => { const r = im.getBoundingClientRect(), box = im.parentElement.getBoundingClientRect();
        return {src: im.alt.slice(0, 50), natural: im.naturalWidth, shown: im.clientWidth,
                box: im.closest('.static-player') ? im.parentElement.clientWidth : null,
                left: r.left - box.left, right: box.right - r.right}; })"""
WIDEST_FRAME = 790     # CSS px: a frame may stop growing at the widest text column (1920 px page)


def check_images_sharp(page) -> None:
    """Every image has at least twice the pixels it is shown with (sharp on a 2x screen); player
    frames are centred and as wide as the text column."""
    for width in (*WIDTHS, 1920):
        page.set_viewport_size({"width": width, "height": 800})
        for image in page.evaluate(IMAGES):
            assert image["natural"] >= 2 * image["shown"], (
                f"at {width} px, {image['src']!r} is shown {image['shown']} px wide from only "
                f"{image['natural']} px: blurry on a 2x screen (render it at twice the size)")
            if image["box"] is None:
                continue
            assert image["shown"] >= min(image["box"], WIDEST_FRAME), (
                f"at {width} px, a frame of {image['src']!r} is {image['shown']} px in a "
                f"{image['box']} px column: frames should be as wide as the text")
            assert abs(image["left"] - image["right"]) <= 2, f"at {width} px a frame is not centred"


@pytest.mark.parametrize("name", [p.relative_to(ROOT).with_suffix("") for p in CHAPTERS], ids=str)
def test_static_widgets_respond_to_their_sliders(page, site, name):
    open_page(page, site, name)
    check_images_sharp(page)
    players = page.locator(".static-player")
    assert players.count() > 0, "this chapter has no static widget"
    for index in range(players.count()):
        player = players.nth(index)
        visible = "(p) => [...p.querySelectorAll('img')].findIndex(im => im.style.display !== 'none')"
        before = player.evaluate(visible)
        for each in player.locator("input[type=range]").all():
            assert each.get_attribute("aria-valuetext") == each.evaluate(
                "s => s.nextElementSibling.textContent"), "a slider does not expose its value"
        slider = player.locator("input[type=range]").first
        maximum, value = int(slider.get_attribute("max")), int(slider.input_value())
        slider.fill(str(0 if value != 0 else maximum))          # fires the input event
        after = player.evaluate(visible)
        assert after != before, "moving the slider did not change the picture"
        assert player.locator("img:visible").count() == 1, "exactly one frame should be visible"
        # A screen reader hears the value shown beside the slider, and the new picture's description.
        shown = slider.evaluate("s => s.nextElementSibling.textContent")
        assert slider.get_attribute("aria-valuetext") == shown, "the slider does not expose its value"
        status = player.locator(".player-status")
        assert status.get_attribute("aria-live") == "polite"
        assert status.text_content() == player.locator("img:visible").get_attribute("alt"), (
            "the live region does not describe the picture shown")


BOOK_PAGES = [Path(name) for name in ("intro", "syllabus", "instructors", "where-next")]


@pytest.mark.parametrize("name", BOOK_PAGES, ids=str)
def test_book_page_renders_offline(page, site, name):
    open_page(page, site, name)
    check_rendering(page, name, EVERYTHING)
    check_layout(page)


def test_syllabus_graph_text_is_readable_at_every_width(page, site):
    """The prerequisite graph's text is at least 9 px wherever it is read (the row of boxes would
    shrink to about 6 px on a phone, so phones get the column)."""
    open_page(page, site, Path("syllabus"))
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        scale = page.evaluate("""() => [...document.querySelectorAll('.syllabus-graph svg')]
            .filter(svg => svg.getBoundingClientRect().width > 0)
            .map(svg => svg.getBoundingClientRect().width / svg.viewBox.baseVal.width)""")
        assert len(scale) == 1, f"at {width} px, {len(scale)} prerequisite graphs are shown"
        assert GRAPH_FONT_PT * scale[0] >= 9, (
            f"at {width} px the graph's text is {GRAPH_FONT_PT * scale[0]:.1f} px high")


def test_search_snippets_show_no_tex(page, site):
    page.goto(f"{site}/search.html?q=sigmoid", wait_until="load")
    snippets = page.locator("#search-results p.context")
    expect(snippets.first).to_be_visible(timeout=20_000)
    texts = snippets.all_inner_texts()
    assert not [t for t in texts if "\\(" in t or "\\frac" in t], f"raw TeX in search snippets: {texts[:2]}"
    check_stayed_offline(page)
