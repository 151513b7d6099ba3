"""Write a ready nbgrader course folder from solutions/: one assignment per chapter.

    python tools/nbgrader_course.py ../neuron-course      # the folder to create (or refresh)

Then, inside that folder (nbgrader is in requirements.txt):

    nbgrader generate_assignment 01-neuron      # release/01-neuron/: the student notebook
    # submissions go to submitted/<student id>/01-neuron/01-neuron.ipynb
    nbgrader autograde 01-neuron                # runs every submission, visible and hidden tests
    nbgrader generate_feedback 01-neuron        # feedback/<student id>/01-neuron/01-neuron.html

Each source notebook is the solution notebook laid out as students get it (tools/make_exercises.py's
`student_layout`), with nbgrader's cell metadata: each `solution` cell is an autograded answer, each
`check` cell an autograder test worth POINTS_PER_CHECK point(s), every other cell read-only (nbgrader
restores read-only and test cells from the source before grading, so editing a check does not
help). The release nbgrader makes equals exercises/ apart from that metadata (a test says so): its
stub is this book's stub, and it removes the hidden tests (### BEGIN/END HIDDEN TESTS) that
`make_exercises.py` removes too.
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import nbformat

from make_exercises import STUB, student_layout
from notebooks import SOLUTIONS, Exercise, exercises_of, read, tags

POINTS_PER_CHECK = 1
COURSE_ID = "neuron-to-attention"

CONFIG = f'''# nbgrader configuration written by tools/nbgrader_course.py (see README.md next to it).
from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor, Preprocessor
from nbgrader.preprocessors import ClearHiddenTests, GetGrades


class ErrorMessagesOnly(Preprocessor):
    """In feedback, an error shows as its message only: the checks' messages say what is wrong
    and give a hint, and a traceback would quote the hidden tests' code."""

    def preprocess_cell(self, cell, resources, index):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                output["traceback"] = [f"{{output['ename']}}: {{output['evalue']}}"]
        return cell, resources


c = get_config()
c.CourseDirectory.course_id = "{COURSE_ID}"
# The stub of the book's exercise notebooks, so that the release equals exercises/.
c.ClearSolutions.code_stub = {{"python": {STUB!r}}}
c.ClearSolutions.enforce_metadata = True
# The source notebooks already have the exercises' outputs cleared; the other cells keep theirs,
# as in exercises/ (nbgrader's ClearOutput would also drop their execution counts).
c.ClearOutput.enabled = False
# A notebook runs in seconds; a stuck submission is stopped after two minutes per cell.
c.Execute.timeout = 120
# Feedback pages leave the hidden tests out, so that students can be sent them.
c.GenerateFeedback.preprocessors = [GetGrades, CSSHTMLHeaderPreprocessor, ClearHiddenTests, ErrorMessagesOnly]
c.ErrorMessagesOnly.enabled = True     # nbconvert's preprocessors are off unless enabled
'''


def nbgrader_metadata(cell: nbformat.NotebookNode, grade_id: str) -> dict:
    """nbgrader's cell metadata (schema 3) for one cell of a source notebook."""
    kind = set(tags(cell))
    meta = {"grade": "check" in kind, "grade_id": grade_id, "locked": "solution" not in kind,
            "schema_version": 3, "solution": "solution" in kind, "task": False}
    if "check" in kind:
        meta["points"] = POINTS_PER_CHECK
    return meta


def source_notebook(solution: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The nbgrader source notebook of one chapter: every cell marked, checks worth points."""
    notebook = student_layout(solution)
    checks_seen: dict[str, int] = {}
    for index, cell in enumerate(notebook.cells):
        name = cell.metadata.get("exercise")
        if "solution" in tags(cell):
            grade_id = name
        elif "check" in tags(cell):
            checks_seen[name] = checks_seen.get(name, 0) + 1
            grade_id = f"{name}-check-{checks_seen[name]}"
        else:
            grade_id = f"cell-{index}"
        cell.metadata["nbgrader"] = nbgrader_metadata(cell, grade_id)
    return notebook


def points(exercise: Exercise) -> int:
    """What an exercise is worth: POINTS_PER_CHECK for each of its check cells."""
    return POINTS_PER_CHECK * len(exercise.checks)


def points_table() -> str:
    """A markdown table: points per exercise and per assignment."""
    rows = ["| assignment | exercise | points |", "|---|---|---|"]
    for path in SOLUTIONS:
        exercises = exercises_of(read(path), str(path))
        for name, exercise in exercises.items():
            rows.append(f"| {path.stem} | `{name}` | {points(exercise)} |")
        total = sum(points(exercise) for exercise in exercises.values())
        rows.append(f"| **{path.stem}** | all | **{total}** |")
    return "\n".join(rows)


def readme() -> str:
    return f"""# nbgrader course: From a Neuron to Attention

Written by `tools/nbgrader_course.py` from the book's `solutions/`; rerun it after changing a
solution notebook (it rewrites `source/` and this file, and leaves everything else alone).

- `source/<assignment>/<assignment>.ipynb`: one assignment per chapter, the exercises with their
  solutions, every cell marked for nbgrader.
- Every check cell is an autograder test worth {POINTS_PER_CHECK} point: a test passes when the cell runs
  without an error. The last check of each exercise also holds a hidden test (on inputs the visible
  checks do not use), which students do not see, not even in their feedback pages (they show each
  failed check's message, not the hidden code): an answer tuned to the visible checks loses its points.

```bash
nbgrader generate_assignment 01-neuron    # release/01-neuron/01-neuron.ipynb for students
# put submissions in submitted/<student id>/01-neuron/01-neuron.ipynb (nbgrader collect does it on a hub)
nbgrader autograde 01-neuron
nbgrader generate_feedback 01-neuron      # feedback/<student id>/01-neuron/01-neuron.html
nbgrader export                           # grades.csv
```

{points_table()}
"""


def write_course(course_dir: Path) -> list[Path]:
    """Write source/, nbgrader_config.py and README.md into course_dir; return the notebooks."""
    course_dir.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(course_dir / "source", ignore_errors=True)
    written = []
    for path in SOLUTIONS:
        target = course_dir / "source" / path.stem / path.name
        target.parent.mkdir(parents=True)
        nbformat.write(source_notebook(read(path)), target)
        written.append(target)
    (course_dir / "nbgrader_config.py").write_text(CONFIG, encoding="utf-8")
    (course_dir / "README.md").write_text(readme(), encoding="utf-8")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("course_dir", type=Path, help="the nbgrader course folder to write")
    args = parser.parse_args(argv)
    for path in write_course(args.course_dir):
        print(f"wrote {path}")
    print(f"next: cd {args.course_dir} && nbgrader generate_assignment {SOLUTIONS[0].stem}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
