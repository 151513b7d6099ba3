"""Both editions of the book build warning-free, and the pages hold what readers need.

The HTML is read as text here; test_browser.py opens the same build (the `editions` fixture of
tests/suite.py) in Chromium for what only a browser can tell.
"""
from __future__ import annotations

import html
import math
import re

import pytest
import yaml

from benchmark import page_weight
from notebooks import CHAPTERS, EXERCISES, ROOT, SOLUTIONS, distinctive_solution_lines, read

pytestmark = pytest.mark.book
TOC = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
REPO = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))["repository"]
NOTEBOOK_PAGES = [p.relative_to(ROOT).with_suffix("") for p in CHAPTERS + EXERCISES + SOLUTIONS]


def toc_files() -> list[str]:
    return [entry["file"] for part in TOC["parts"] for entry in part["chapters"]]


def test_instructor_edition_has_every_page(editions):
    html = editions["instructor"]
    for page in toc_files():
        assert (html / f"{page}.html").exists(), f"no page for {page}"


def test_student_edition_has_no_solutions(editions):
    html = editions["student"]
    assert not (html / "solutions").exists() and not (html / "_sources" / "solutions").exists()
    # Lines the chapters themselves teach are public by design; everything else in a solution
    # block must not appear anywhere in the student edition.
    # (A solution line that is part of a chapter's line, e.g. before a comment, is taught too.)
    taught = "\n".join(cell.source for path in CHAPTERS for cell in read(path).cells)
    solution_lines = {line for path in SOLUTIONS for line in distinctive_solution_lines(read(path))
                      if line not in taught}
    assert solution_lines, "found no solution code to look for"
    for path in html.rglob("*"):
        if path.suffix in {".html", ".ipynb", ".txt", ".js", ".md"}:
            text = path.read_text(encoding="utf-8", errors="replace")
            assert not re.search(r'href="[^"]*solutions/', text), f"{path} links to solutions/"
            for line in solution_lines:
                assert line not in text and line.replace('"', "&quot;") not in text, f"{path} holds solution code: {line}"


@pytest.mark.parametrize("page", NOTEBOOK_PAGES, ids=str)
def test_launch_and_download_buttons_point_at_the_page_notebook(editions, page):
    text = (editions["instructor"] / f"{page}.html").read_text(encoding="utf-8")
    repo = REPO["url"].removeprefix("https://github.com/")
    notebook = f"{page}.ipynb"
    assert f"https://colab.research.google.com/github/{repo}/blob/{REPO['branch']}/{notebook}" in text
    assert f"https://mybinder.org/v2/gh/{repo}/{REPO['branch']}?urlpath=lab/tree/{notebook}" in text
    assert f'href="../_sources/{notebook}"' in text
    assert (editions["instructor"] / "_sources" / notebook).exists()


@pytest.mark.parametrize("page", NOTEBOOK_PAGES, ids=str)
def test_images_have_alt_text_and_maths_is_marked_up(editions, page):
    text = (editions["instructor"] / f"{page}.html").read_text(encoding="utf-8")
    for tag in re.findall(r"<img\b[^>]*>", text):
        assert re.search(r'\balt="[^"]+"', tag), f"image without alt text: {tag[:150]}"
    prose = re.sub(r"<(script|style|pre|code)\b.*?</\1>", "", text, flags=re.S)
    assert not re.search(r"\$[^$\s<][^$<]*\$", prose), "raw $...$ left in the page: maths not parsed"
    markdown = [c.source for c in read(ROOT / f"{page}.ipynb").cells if c.cell_type == "markdown"]
    if any("$" in source for source in markdown):
        assert 'class="math' in text and "mathjax" in text


@pytest.mark.parametrize("page", [p.relative_to(ROOT).with_suffix("") for p in CHAPTERS], ids=str)
def test_chapter_figures_have_captions_and_widgets_a_static_player(editions, page):
    text = (editions["instructor"] / f"{page}.html").read_text(encoding="utf-8")
    assert text.count("<figcaption>") >= 1
    # A player: its sliders' grid, then its frames, then its live region.
    for player in re.findall(r'<div class="static-player">.*?class="player-status"', text, flags=re.S):
        sizes = [int(m) + 1 for m in re.findall(r'type="range" min="0" max="(\d+)"', player)]
        frames = len(re.findall(r"<img\b", player))
        assert sizes and frames == math.prod(sizes), "a frame for every slider position"


@pytest.mark.parametrize("page", [p.relative_to(ROOT).with_suffix("") for p in CHAPTERS], ids=str)
def test_chapter_page_with_its_images_stays_under_1_5_mb(editions, page):
    """A phone on a slow line: the page, its figures and its player frames (sharp 2x palette PNGs)."""
    megabytes = page_weight(editions["instructor"], editions["instructor"] / f"{page}.html") / 2**20
    assert megabytes < 1.5, f"{page}.html weighs {megabytes:.2f} MB with its images (at most 1.5)"


def test_syllabus_is_built_from_the_chapters(editions):
    text = (editions["student"] / "syllabus.html").read_text(encoding="utf-8")
    text = text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')   # undo smart quotes
    # The objectives are inline Markdown: `code` renders as code, so compare the page's text.
    page_text = html.unescape(re.sub(r"<[^>]+>", "", text))
    assert "`" not in page_text, "a literal backtick on the syllabus page (Markdown not rendered)"
    for path in CHAPTERS:
        course = read(path).metadata["course"]
        assert course["title"] in text, f"syllabus lacks chapter {course['title']!r}"
        for objective in course["objectives"]:
            # `code` loses its backticks; $maths$ reaches MathJax as \(maths\).
            rendered = re.sub(r"\$([^$]+)\$", r"\\(\1\\)", objective.replace("`", ""))
            assert rendered in page_text, f"syllabus lacks objective {objective!r}"
    assert 'role="img" aria-label="Prerequisite graph' in text and "<svg" in text
