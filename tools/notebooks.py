"""The book's notebook model, the one place tools/ and tests/ learn it from.

Which notebooks there are (chapters, solutions, generated exercises), the nbgrader-style solution
markers, and how an exercise is laid out in a solution notebook: a cell tagged `solution` with the
metadata `exercise: <function name>`, followed by cells tagged `check` with the same metadata.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("chapters", "exercises", "solutions")
BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"
# nbgrader's markers for tests the student release leaves out (they run when it grades).
HIDDEN_BEGIN, HIDDEN_END = "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"


def notebooks_in(folder: str) -> list[Path]:
    """The notebooks of one folder (chapters, exercises or solutions), in order."""
    return sorted((ROOT / folder).glob("*.ipynb"))


CHAPTERS, EXERCISES, SOLUTIONS = (notebooks_in(folder) for folder in FOLDERS)
ALL_NOTEBOOKS = CHAPTERS + EXERCISES + SOLUTIONS


def read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def rel(path: Path) -> str:
    """A short name such as 'chapters/01-neuron.ipynb' (also the tests' ids)."""
    return str(Path(path).resolve().relative_to(ROOT))


def code_cells(notebook: nbformat.NotebookNode) -> list[nbformat.NotebookNode]:
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def tags(cell: nbformat.NotebookNode) -> list[str]:
    return cell.metadata.get("tags", [])


def replace_regions(source: str, begin: str, end: str, replace: Callable[[str, list[str]], list[str]],
                    where: str = "a cell") -> str:
    """`source` with each region from a line containing `begin` to a line containing `end`, markers
    included, replaced by the lines `replace(indent of the begin line, lines inside)` returns.

    Markers are found as nbgrader finds them (anywhere in a line), so that exercises/ and nbgrader's
    release agree; a nested, unclosed or unopened region raises ValueError naming `where`.
    """
    out: list[str] = []
    inside, indent, lines = False, "", []
    for line in source.split("\n"):
        if begin in line:
            if inside:
                raise ValueError(f"{where}: nested {begin}")
            inside, indent, lines = True, line[: len(line) - len(line.lstrip())], []
        elif end in line:
            if not inside:
                raise ValueError(f"{where}: {end} without {begin}")
            inside = False
            out.extend(replace(indent, lines))
        elif inside:
            lines.append(line)
        else:
            out.append(line)
    if inside:
        raise ValueError(f"{where}: {begin} without {end}")
    return "\n".join(out)


def solution_blocks(notebook: nbformat.NotebookNode) -> list[str]:
    """The code between BEGIN and END SOLUTION markers, one string per block."""
    blocks: list[str] = []

    def collect(indent: str, lines: list[str]) -> list[str]:
        blocks.append("\n".join(lines))
        return lines

    for cell in code_cells(notebook):
        replace_regions(cell.source, BEGIN, END, collect)
    return blocks


def without_hidden_tests(source: str) -> str:
    """`source` without its hidden-test regions, markers included, exactly as nbgrader removes them."""
    return replace_regions(source, HIDDEN_BEGIN, HIDDEN_END, lambda indent, lines: [])


def distinctive_solution_lines(notebook: nbformat.NotebookNode) -> set[str]:
    """Solution lines long enough to be recognisable if they leaked (short ones like
    `return output` also occur in hints), without comments."""
    return {line.strip() for block in solution_blocks(notebook) for line in block.splitlines()
            if len(line.strip()) >= 20 and not line.strip().startswith("#")}


@dataclass
class Exercise:
    """One exercise of a solution notebook: the solution cell's source and its check cells'."""
    name: str
    solution: str
    checks: list[str] = field(default_factory=list)


def exercises_of(notebook: nbformat.NotebookNode, where: str = "a solution notebook") -> dict[str, Exercise]:
    """{function name: Exercise} in notebook order; a malformed layout raises, naming the cell."""
    found: dict[str, Exercise] = {}
    for index, cell in enumerate(notebook.cells):
        kinds = {"solution", "check"} & set(tags(cell))
        if cell.cell_type != "code" or not kinds:
            continue
        name = cell.metadata.get("exercise")
        if name is None:
            raise ValueError(f"{where}, cell {index}: tagged {sorted(kinds)} but has no 'exercise' metadata")
        if "solution" in kinds:
            if name in found:
                raise ValueError(f"{where}, cell {index}: a second solution cell for {name!r}")
            found[name] = Exercise(name, cell.source)
        elif name not in found:
            raise ValueError(f"{where}, cell {index}: a check of {name!r} before its solution cell")
        else:
            found[name].checks.append(cell.source)
    return found


def preamble(notebook: nbformat.NotebookNode) -> list[str]:
    """Sources of the code cells before the first exercise: setup and checking helpers."""
    cells = []
    for cell in code_cells(notebook):
        if {"solution", "check"} & set(tags(cell)):
            break
        cells.append(cell.source)
    return cells
