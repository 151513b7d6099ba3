"""Notebook hygiene: executed in order with outputs, portable setup, deterministic, described figures."""
from __future__ import annotations

import re

import nbformat
import pytest
import yaml

from notebooks import ALL_NOTEBOOKS, CHAPTERS, EXERCISES, ROOT, SOLUTIONS, code_cells, read, rel, tags

NOTEBOOK_METADATA = {"kernelspec", "language_info", "course"}
CELL_METADATA = {"shared", "tags", "exercise", "mystnb"}
# The only cells whose output nbval may ignore: widgets (model ids change) and timings.
IGNORABLE = ("widgets.interact", "StaticPlayer(", "perf_counter", "timeit", "best_time(")
EXERCISE_TAGS = {"solution", "check"}
WIDGET_CALL = re.compile(r"^(widgets\.interact|StaticPlayer)\(", re.MULTILINE)
# The code column of the published page holds about 77 characters at 1280 px, a folded
# (hide-input or hide-cell) cell's box about 76; longer lines scroll sideways, and what they hide
# is often the point (a hint, a unit, a check's result).
CODE_COLUMN, FOLDED_CODE_COLUMN = 76, 75


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=rel)
def test_valid_with_python3_kernel_and_no_stray_metadata(path):
    notebook = read(path)
    nbformat.validate(notebook)
    assert notebook.metadata.get("kernelspec", {}).get("name") == "python3"
    assert set(notebook.metadata) <= NOTEBOOK_METADATA, set(notebook.metadata) - NOTEBOOK_METADATA
    for index, cell in enumerate(notebook.cells):
        stray = set(cell.metadata) - CELL_METADATA
        assert not stray, f"cell {index}: stray cell metadata {stray}"


@pytest.mark.parametrize("path", CHAPTERS + SOLUTIONS, ids=rel)
def test_executed_top_to_bottom_with_outputs(path):
    cells = code_cells(read(path))
    counts = [cell.execution_count for cell in cells]
    assert counts == list(range(1, len(cells) + 1)), f"not run top to bottom in a fresh kernel: {counts} (run python tools/execute_notebooks.py {rel(path)})"
    assert any(cell.outputs for cell in cells), "saved without outputs: nbval would compare nothing"
    for cell in cells:
        assert not any(o.output_type == "error" for o in cell.outputs), f"stored error in cell {cell.execution_count}"


@pytest.mark.parametrize("path", EXERCISES, ids=rel)
def test_exercise_cells_are_cleared_and_the_rest_executed(path):
    kept = [cell.execution_count for cell in code_cells(read(path)) if not EXERCISE_TAGS & set(tags(cell))]
    assert None not in kept and kept == sorted(kept), f"non-exercise cells not executed in order: {kept}"
    for index, cell in enumerate(read(path).cells):
        if EXERCISE_TAGS & set(tags(cell)):
            assert not cell.outputs and cell.execution_count is None, f"cell {index}: run `python tools/make_exercises.py`"


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=rel)
def test_setup_cell_installs_only_what_is_missing(path):
    cells = code_cells(read(path))
    setup = cells[0].source
    assert "np.set_printoptions" in setup, "the first code cell is the setup cell"
    if "pip" in setup:
        assert "find_spec" in setup, "install a package only when it is missing"
        assert not re.search(r"-U\b|--upgrade", setup), "never upgrade packages (Colab would need a restart)"
    for cell in cells[1:]:
        assert "pip install" not in cell.source, "only the setup cell may install packages"


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=rel)
def test_randomness_is_seeded_and_explicit(path):
    for index, cell in enumerate(read(path).cells):
        global_random = re.findall(r"np\.random\.(?!default_rng\b)\w+", cell.source)
        assert not global_random, f"cell {index}: use a seeded default_rng, not {global_random}"
        assert "default_rng()" not in cell.source, f"cell {index}: default_rng needs a seed"


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=rel)
def test_ignored_outputs_are_only_widgets_or_timings(path):
    for index, cell in enumerate(read(path).cells):
        if "nbval-ignore-output" in tags(cell):
            assert any(marker in cell.source for marker in IGNORABLE), (
                f"cell {index}: nbval-ignore-output may not hide this cell's result:\n{cell.source[:200]}")
        if WIDGET_CALL.search(cell.source):
            assert "nbval-ignore-output" in tags(cell), f"cell {index}: widget cells must be tagged nbval-ignore-output"


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=rel)
def test_live_widgets_have_a_static_version(path):
    calls = [m.group(1) for cell in code_cells(read(path)) for m in WIDGET_CALL.finditer(cell.source)]
    assert calls.count("widgets.interact") <= calls.count("StaticPlayer"), (
        "every live widget needs a StaticPlayer that works in the published page without a kernel")


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=rel)
def test_figures_have_captions_and_alt_text(path):
    for index, cell in enumerate(read(path).cells):
        if cell.cell_type == "code" and any("image/png" in output.get("data", {}) for output in cell.outputs):
            options = cell.metadata.get("mystnb", {})
            assert options.get("image", {}).get("alt"), (
                f"cell {index}: figure without alt text (metadata mystnb.image.alt):\n{cell.source[:120]}")
            assert options.get("figure", {}).get("caption"), (
                f"cell {index}: figure without caption (metadata mystnb.figure.caption):\n{cell.source[:120]}")


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=rel)
def test_every_notebook_is_in_the_toc(path):
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    listed = {entry["file"] for part in toc["parts"] for entry in part["chapters"]}
    page = rel(path).removesuffix(".ipynb")
    assert page in listed, f"{page} is missing from _toc.yml (add it to its part)"


def lines_longer_than(limit: int, index: int, text: str) -> list[tuple[int, int, str]]:
    """(cell index, length, start) of every line of `text` longer than `limit` characters."""
    return [(index, len(line), line.strip()[:40]) for line in text.splitlines() if len(line) > limit]


@pytest.mark.parametrize("path", CHAPTERS + SOLUTIONS, ids=rel)
def test_printed_output_fits_the_page_column(path):
    """Printed text (and a value's text form) fits the output box as code fits the code box."""
    too_long = []
    for index, cell in enumerate(read(path).cells):
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if output.get("output_type") == "stream":
                text = output.get("text", "")
            elif data and not set(data) - {"text/plain"}:    # not a widget, table or picture
                text = data["text/plain"]
            else:
                continue
            too_long += lines_longer_than(CODE_COLUMN, index, text)
    assert not too_long, (f"{len(too_long)} printed lines wider than the page's output box "
                          f"({CODE_COLUMN} characters); (cell, length, start): {too_long}")


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=rel)
def test_code_fits_the_page_column(path):
    too_long = []
    for index, cell in enumerate(read(path).cells):
        if cell.cell_type == "code":
            folded = {"hide-input", "hide-cell"} & set(tags(cell))
            limit = FOLDED_CODE_COLUMN if folded else CODE_COLUMN
            too_long += lines_longer_than(limit, index, cell.source)
    assert not too_long, (f"{len(too_long)} code lines too long for the page's code column "
                          f"({CODE_COLUMN} characters, {FOLDED_CODE_COLUMN} in a folded cell); "
                          f"(cell, length, start): {too_long[:5]}")


BOOK_PAGES = sorted(ROOT.glob("*.md"))


@pytest.mark.parametrize("path", [p for p in BOOK_PAGES if p.name != "README.md"], ids=rel)
def test_code_blocks_of_the_book_pages_fit_the_column(path):
    """The shell blocks of intro.md, instructors.md, where-next.md fit the code column too; an
    indented block (in a list item) counts its indent, as its box is narrower by about as much."""
    too_long, fenced = [], False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif fenced:
            too_long += lines_longer_than(CODE_COLUMN, number, line)
    assert not too_long, (f"{len(too_long)} lines of code blocks longer than {CODE_COLUMN} "
                          f"characters, the page's code column; (line, length, start): {too_long}")
