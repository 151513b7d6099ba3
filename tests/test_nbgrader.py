"""The nbgrader course pack grades as promised, through nbgrader's own pipeline in a temporary folder.

For each chapter, in a course folder written by tools/nbgrader_course.py and configured by its
nbgrader_config.py: generate_assignment (its release must equal exercises/ apart from nbgrader's
metadata), then autograde on five kinds of submission, then generate_feedback. The steps run
through nbgrader's Python API (the converters its commands run, without a 4-s start-up per
command); one test runs the three commands themselves for one chapter, as instructors.md says.
The submissions:
- the solution: full marks;
- the unfilled release: zero;
- for each exercise, the solution with that exercise replaced by a wrong answer from
  tests/wrong_answers/: that exercise loses points, the others keep all of theirs;
- the solution with its first exercise tuned to the visible checks (right exactly on the inputs
  they use, wrong elsewhere: tests/answer_sets.py): it passes every visible check and loses the
  points of the checks that hold hidden tests.
"""
from __future__ import annotations

import copy
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook
from nbgrader.apps import NbGraderAPI
from nbgrader_course import POINTS_PER_CHECK, write_course
from traitlets.config.loader import PyFileConfigLoader

from answer_sets import answers, tuned_answer, visible_arguments
from notebook_utils import Kernel
from notebooks import HIDDEN_BEGIN, ROOT, SOLUTIONS, exercises_of, preamble, read, rel, tags

NBGRADER_METADATA = {"nbgrader", "deletable", "editable"}   # what nbgrader adds to a released cell


def nbgrader_command(course: Path, *args: str) -> None:
    """Run an nbgrader command in the course folder, as an instructor would."""
    bin_dir = str(Path(sys.executable).parent)          # nbgrader calls alembic from the same environment
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    done = subprocess.run([sys.executable, "-m", "nbgrader", *args, "--log-level=WARN"], cwd=course, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, f"nbgrader {' '.join(args)} failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"


def nbgrader_api(course: Path) -> NbGraderAPI:
    """nbgrader's API on the course folder, configured by its nbgrader_config.py."""
    config = PyFileConfigLoader("nbgrader_config.py", path=str(course)).load_config()
    config.CourseDirectory.root = str(course)
    config.Exchange.root = str(course / "exchange")     # unused, but the API lists it when it starts
    return NbGraderAPI(config=config)


def succeeded(result: dict) -> None:
    assert result["success"], f"{result.get('error')}\n{result.get('log', '')[-2000:]}"


def without_nbgrader_metadata(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    notebook = copy.deepcopy(notebook)
    for cell in notebook.cells:
        for key in NBGRADER_METADATA:
            cell.metadata.pop(key, None)
    return notebook


def submit(course: Path, assignment: str, student: str, release, answers_by_name: dict[str, str]) -> None:
    """A copy of the release with the given solution cells filled in, where nbgrader collects it."""
    notebook = copy.deepcopy(release)
    for cell in notebook.cells:
        if "solution" in tags(cell) and cell.metadata["exercise"] in answers_by_name:
            cell.source = answers_by_name[cell.metadata["exercise"]]
    target = course / "submitted" / student / assignment / f"{assignment}.ipynb"
    target.parent.mkdir(parents=True)
    nbformat.write(notebook, target)


def scores(course: Path, assignment: str, student: str) -> dict[str, float]:
    """{grade cell id: points} of an autograded submission, from nbgrader's gradebook."""
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        notebook = gradebook.find_submission_notebook(assignment, assignment, student)
        return {grade.name: grade.score for grade in notebook.grades}


def points_of(grades: dict[str, float], exercise: str) -> float:
    return sum(score for grade_id, score in grades.items() if grade_id.startswith(f"{exercise}-check-"))


@pytest.mark.parametrize("path", SOLUTIONS, ids=rel)
def test_nbgrader_grades_every_kind_of_submission(tmp_path, path):
    assignment, course = path.stem, tmp_path / "course"
    write_course(course)
    api = nbgrader_api(course)
    succeeded(api.generate_assignment(assignment))
    release = nbformat.read(course / "release" / assignment / f"{assignment}.ipynb", as_version=4)
    exercise_notebook = read(ROOT / "exercises" / path.name)
    assert without_nbgrader_metadata(release) == exercise_notebook, (
        "nbgrader's release differs from exercises/: run python tools/make_exercises.py, and keep "
        "tools/nbgrader_course.py's stub and make_exercises.STUB the same")

    exercises = exercises_of(read(path), rel(path))
    solution = {name: exercise.solution for name, exercise in exercises.items()}
    full = {name: POINTS_PER_CHECK * len(exercise.checks) for name, exercise in exercises.items()}
    submissions = {"solution": solution, "stub": {}}
    for name in exercises:
        label, wrong = next(iter(answers("wrong", assignment)[name].items()))
        submissions[f"wrong_{name}"] = {**solution, name: wrong}
    tuned = next(iter(exercises.values()))
    kernel = Kernel()
    try:
        for source in preamble(read(path)):
            assert kernel.run(source).ok
        seen = visible_arguments(kernel, tuned)
    finally:
        kernel.shutdown()
    submissions["tuned"] = {**solution, tuned.name: tuned_answer(tuned.name, tuned.solution, seen)}
    for student, filled in submissions.items():
        submit(course, assignment, student, release, filled)

    for student in submissions:
        succeeded(api.autograde(assignment, student))
    grades = {student: scores(course, assignment, student) for student in submissions}
    assert all(points_of(grades["solution"], name) == full[name] for name in exercises), grades["solution"]
    assert sum(grades["stub"].values()) == 0, grades["stub"]
    for name in exercises:
        got = grades[f"wrong_{name}"]
        assert points_of(got, name) < full[name], f"a wrong {name} kept all its points: {got}"
        others = {other: points_of(got, other) for other in exercises if other != name}
        assert others == {other: full[other] for other in others}, f"a wrong {name} cost other exercises points"
    hidden_cells = sum(HIDDEN_BEGIN in source for source in tuned.checks)
    assert points_of(grades["tuned"], tuned.name) == full[tuned.name] - POINTS_PER_CHECK * hidden_cells, (
        f"an answer tuned to the visible checks of {tuned.name} should lose exactly the hidden tests' points: "
        f"{grades['tuned']}")

    succeeded(api.generate_feedback(assignment))
    maximum = sum(full.values())
    for student in submissions:
        page = course / "feedback" / student / assignment / f"{assignment}.html"
        assert page.exists(), f"no feedback page for {student}"
        score = f"Score: {sum(grades[student].values()):.1f} / {maximum:.1f}"
        assert score in page.read_text(encoding="utf-8"), f"the feedback page for {student} lacks '{score}'"


def test_the_commands_in_instructors_md_grade_a_chapter(tmp_path):
    """generate_assignment, autograde and generate_feedback as commands, on one solution submission."""
    assignment, course = SOLUTIONS[0].stem, tmp_path / "course"
    write_course(course)
    nbgrader_command(course, "generate_assignment", assignment)
    release = nbformat.read(course / "release" / assignment / f"{assignment}.ipynb", as_version=4)
    solution = {name: exercise.solution for name, exercise in exercises_of(read(SOLUTIONS[0])).items()}
    submit(course, assignment, "student_1", release, solution)
    nbgrader_command(course, "autograde", assignment)
    nbgrader_command(course, "generate_feedback", assignment)
    grades = scores(course, assignment, "student_1")
    assert grades and all(score == POINTS_PER_CHECK for score in grades.values()), grades
    assert (course / "feedback" / "student_1" / assignment / f"{assignment}.html").exists()
