"""The anatomy every chapter and solution notebook follows (instructors.md, "Adding or changing a
chapter"), checked without running anything, so that an omission is named within seconds.

Each failure names the notebook (the test id) and, where there is one, the cell ("cell 12" counts
all cells from 0, as nbformat and JupyterLab's cell list do).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from notebooks import CHAPTERS, SOLUTIONS, code_cells, exercises_of, read, rel, tags

CHAPTER_KEYS = ("chapter", "slug", "title", "objectives", "prerequisites", "time_minutes", "exercise_minutes")
SOLUTION_KEYS = ("chapter", "slug", "title", "objectives", "prerequisites", "time_minutes")
# The closing sections of a chapter, in this order (section 3 of the course guide).
CLOSING = ("## Common mistakes", "## Check your understanding", "## Summary")
# Cells of a widget and the tags each needs: the live widget runs in a kernel and is hidden in the
# page; the static player is what the page shows; neither output can be compared by nbval.
WIDGET_TAGS = {"widgets.interact(": {"nbval-ignore-output", "remove-output"},
               "StaticPlayer(": {"hide-input", "nbval-ignore-output"}}
SHARED_TAGS = {"static_player": {"hide-input"}, "checks": {"hide-input"}, "sharp_figures": {"hide-input"}}
DROPDOWN = re.compile(r"^:class: dropdown\s*$", re.MULTILINE)
HINT = re.compile(r"^:::\{admonition\} Hint", re.MULTILINE)


def chapter_of(solution: Path) -> Path:
    return solution.parent.parent / "chapters" / solution.name


def course_of(path: Path, keys: tuple[str, ...]) -> dict:
    """The notebook's `course` metadata, with every key in `keys`, and its slug and number right."""
    course = read(path).metadata.get("course", {})
    missing = [key for key in keys if key not in course]
    assert not missing, f"notebook metadata 'course' lacks {missing}"
    assert course["slug"] == path.stem, f"course.slug is {course['slug']!r}, the file is {path.stem}"
    assert course["chapter"] == int(path.stem[:2]), "course.chapter differs from the file's number"
    return course


def markdown_text(notebook) -> str:
    return "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")


def section_text(text: str, heading: str, following: str | None) -> str:
    """The part of `text` from `heading` up to the `following` heading (or the end)."""
    start = text.index(heading)
    end = text.index(following, start) if following and following in text[start:] else len(text)
    return text[start:end]


@pytest.mark.parametrize("path", CHAPTERS, ids=rel)
def test_chapter_front_matter_is_in_metadata_and_on_the_page(path):
    notebook, course = read(path), course_of(path, CHAPTER_KEYS)
    assert 3 <= len(course["objectives"]) <= 5, f"{len(course['objectives'])} objectives: give 3 to 5"
    earlier = {int(p.stem[:2]) for p in CHAPTERS if p < path}
    assert set(course["prerequisites"]) <= earlier, f"prerequisites {course['prerequisites']} name no earlier chapter"
    first = notebook.cells[0].source
    assert notebook.cells[0].cell_type == "markdown" and first.startswith("# "), "cell 0 must be the title"
    # The table of contents numbers the chapters (and with them figures and equations: Fig. 3.2).
    assert not re.match(r"# \d", first), "cell 0: leave the chapter number out of the title (_toc.yml numbers it)"
    for objective in course["objectives"]:
        assert objective in first, f"cell 0 lacks the objective, word for word: {objective}"
    times = f"About {course['time_minutes']} minutes, plus {course['exercise_minutes']} minutes for the exercises"
    assert times in first, f"cell 0 should say '{times}' (the times in the metadata)"


@pytest.mark.parametrize("path", CHAPTERS, ids=rel)
def test_chapter_ends_with_mistakes_questions_and_summary(path):
    text = markdown_text(read(path))
    positions = [text.find(heading) for heading in CLOSING]
    for heading, position in zip(CLOSING, positions):
        assert position >= 0, f"no '{heading}' section"
    assert positions == sorted(positions), f"the sections {CLOSING} should come in this order"
    questions = DROPDOWN.findall(section_text(text, "## Check your understanding", "## Summary"))
    assert 3 <= len(questions) <= 5, (f"'Check your understanding' has {len(questions)} answers in dropdowns "
                                      "(:class: dropdown): give 3 to 5 questions")
    summary = section_text(text, "## Summary", None)
    assert f"../exercises/{path.stem}" in summary, "the summary should link to the chapter's exercises"


@pytest.mark.parametrize("path", CHAPTERS, ids=rel)
def test_chapter_has_a_captioned_figure_and_a_static_player(path):
    cells = read(path).cells
    figures = [cell for cell in cells if cell.metadata.get("mystnb", {}).get("figure", {}).get("caption")]
    assert figures, "no figure with a caption (cell metadata mystnb.figure.caption)"
    players = [index for index, cell in enumerate(cells) if cell.cell_type == "code" and "StaticPlayer(" in cell.source
               and cell.metadata.get("shared") != "static_player"]
    assert players, ("no StaticPlayer: every chapter needs a widget the published page can play without a "
                     "kernel (see the static player in any chapter)")
    assert any(cell.metadata.get("shared") == "static_player" for cell in cells[:players[0]]), (
        f"cell {players[0]} uses StaticPlayer before a cell marked \"shared\": \"static_player\" defines it")
    # Every figure, and StaticPlayer's frames, go through sharp_png: it must come before any of them.
    code = [index for index, cell in enumerate(cells) if cell.cell_type == "code"]
    assert cells[code[1]].metadata.get("shared") == "sharp_figures", (
        "the code cell after setup must be the shared cell \"sharp_figures\" (sharp, small figures)")


@pytest.mark.parametrize("path", CHAPTERS + SOLUTIONS, ids=rel)
def test_widget_and_shared_cells_carry_their_tags(path):
    for index, cell in enumerate(read(path).cells):
        if cell.cell_type != "code":
            continue
        needed = set(SHARED_TAGS.get(cell.metadata.get("shared"), set()))
        if "shared" not in cell.metadata:
            for call, required in WIDGET_TAGS.items():
                if call in cell.source:
                    needed |= required
        missing = needed - set(tags(cell))
        assert not missing, f"cell {index} lacks the tags {sorted(missing)}:\n{cell.source[:120]}"


@pytest.mark.parametrize("path", SOLUTIONS, ids=rel)
def test_solution_notebook_front_matter(path):
    notebook, course = read(path), course_of(path, SOLUTION_KEYS)
    assert chapter_of(path).exists(), f"no chapter {rel(chapter_of(path))} for this solution notebook"
    chapter = read(chapter_of(path)).metadata["course"]
    assert course["time_minutes"] == chapter.get("exercise_minutes"), (
        f"course.time_minutes is {course['time_minutes']}, the chapter's exercise_minutes {chapter.get('exercise_minutes')}")
    first = notebook.cells[0].source
    title = f"# Solutions {chapter['chapter']}: "
    assert first.startswith(title), f"cell 0 should start with '{title}<title>' (the exercise notebook becomes "# Exercises N: ...")"
    assert f"About {course['time_minutes']} minutes" in first, f"cell 0 should say 'About {course['time_minutes']} minutes'"
    assert any("solutions-only" in tags(cell) for cell in notebook.cells if cell.cell_type == "markdown"), (
        "no markdown cell tagged solutions-only (the note that this is the instructor edition)")


@pytest.mark.parametrize("path", SOLUTIONS, ids=rel)
def test_every_exercise_has_hints_and_checks(path):
    notebook = read(path)
    exercises = exercises_of(notebook, rel(path))
    assert exercises, "no exercise: a code cell tagged solution with metadata exercise: <function name>"
    assert any(cell.metadata.get("shared") == "checks" for cell in code_cells(notebook)), (
        "no cell marked \"shared\": \"checks\" (the checking helpers)")
    for index, cell in enumerate(notebook.cells):
        if "solution" not in tags(cell):
            continue
        before = notebook.cells[index - 1]
        assert before.cell_type == "markdown", f"cell {index}: the solution cell should follow the exercise's text"
        hints = len(HINT.findall(before.source))
        assert 1 <= hints <= 3, f"cell {index - 1}: {hints} hints (:::{{admonition}} Hint N, a dropdown); give 1 to 3"
        assert exercises[cell.metadata["exercise"]].checks, f"cell {index}: no check cell follows this exercise"
