"""Generate exercises/NN-slug.ipynb from solutions/NN-slug.ipynb (the single source).

    python tools/make_exercises.py           # write exercises/
    python tools/make_exercises.py --check   # exit 1 if exercises/ is out of date

What changes between a solution notebook and its exercise notebook:
- in cells tagged `solution`, the code between `### BEGIN SOLUTION` and `### END SOLUTION`
  becomes `raise NotImplementedError(...)` (same indentation), and the cell's outputs go;
- cells tagged `check` lose their outputs and their hidden tests (between `### BEGIN HIDDEN
  TESTS` and `### END HIDDEN TESTS`, which only grading runs: tools/nbgrader_course.py) and gain
  the tag `raises-exception`, because on a stub they are meant to fail (nbval and nbclient then
  accept the error);
- markdown cells tagged `solutions-only` are dropped;
- a title "# Solutions N: ..." becomes "# Exercises N: ...".
Every other cell, with its stored outputs, is copied unchanged.
"""
from __future__ import annotations

import argparse
import copy
import re
import sys
from pathlib import Path

import nbformat

from notebooks import BEGIN, END, EXERCISES, ROOT, SOLUTIONS, replace_regions, without_hidden_tests

# The same line for every exercise, so that nbgrader's stub (its ClearSolutions.code_stub, set by
# tools/nbgrader_course.py) is exactly this one and its student release equals exercises/.
STUB = 'raise NotImplementedError("Replace this line with your code.")'


def stub_source(source: str, name: str) -> str:
    """Replace every BEGIN/END SOLUTION block in `source` by the stub line, at the block's indent."""
    return replace_regions(source, BEGIN, END, lambda indent, lines: [indent + STUB], f"exercise {name!r}")


def clear_outputs(cell: nbformat.NotebookNode) -> None:
    cell.outputs = []
    cell.execution_count = None


def student_layout(solution: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The solution notebook laid out as students get it, solutions and hidden tests still in
    place (nbgrader's source notebook): no solutions-only cells, the exercises' outputs cleared,
    check cells tagged raises-exception, the title "# Exercises N: ..."."""
    notebook = copy.deepcopy(solution)
    kept = []
    for cell in notebook.cells:
        tags = cell.metadata.get("tags", [])
        if "solutions-only" in tags:
            continue
        if "solution" in tags:
            name = cell.metadata.get("exercise", "this function")
            if BEGIN not in cell.source:
                raise ValueError(f"solution cell of {name!r} has no {BEGIN} marker")
            clear_outputs(cell)
        elif "check" in tags:
            clear_outputs(cell)
            cell.metadata["tags"] = tags + ["raises-exception"]
        kept.append(cell)
    notebook.cells = kept
    first = notebook.cells[0]
    first.source = re.sub(r"^# Solutions\b", "# Exercises", first.source, count=1)
    return notebook


def make_exercise(solution: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Return the exercise notebook for a solution notebook (the input is left untouched)."""
    exercise = student_layout(solution)
    for cell in exercise.cells:
        tags = cell.metadata.get("tags", [])
        if "solution" in tags:
            cell.source = stub_source(cell.source, cell.metadata.get("exercise", "this function"))
        elif "check" in tags:
            cell.source = without_hidden_tests(cell.source)
    return exercise


def exercise_path(solution_path: Path) -> Path:
    return ROOT / "exercises" / solution_path.name


def render(notebook: nbformat.NotebookNode) -> str:
    return nbformat.writes(notebook) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="solutions/ -> exercises/")
    parser.add_argument("--check", action="store_true", help="fail if exercises/ is stale")
    args = parser.parse_args(argv)
    stale = []
    for solution_path in SOLUTIONS:
        text = render(make_exercise(nbformat.read(solution_path, as_version=4)))
        target = exercise_path(solution_path)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current == text:
            continue
        if args.check:
            stale.append(target.relative_to(ROOT))
        else:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT)}")
    orphans = sorted(
        p.relative_to(ROOT) for p in EXERCISES
        if not (ROOT / "solutions" / p.name).exists()
    )
    if stale or orphans:
        for path in stale:
            print(f"out of date: {path} (run: python tools/make_exercises.py)")
        for path in orphans:
            print(f"no solution notebook for {path}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
