"""The nbgrader course pack grades as promised, through nbgrader's own pipeline in a temporary folder.

For each chapter, in a course folder written by tools/nbgrader_course.py and configured by its
nbgrader_config.py: generate_assignment (its release must equal exercises/ apart from nbgrader's
metadata), then autograde on five kinds of submission, then generate_feedback. The steps run
through nbgrader's Python API (the converters its commands run, without a 4-s start-up per
command); one test runs the three commands themselves for one chapter, as instructors.md says.
The submissions:
- the solution: full marks;
- the unfilled release: zero;
- the solution with every other exercise replaced by a wrong answer from tests/wrong_answers/, and
  the same with the remaining exercises wrong: each wrong exercise loses points, and each
  exercise keeps all of its points while others are wrong;
- every exercise tuned to the visible checks (right exactly on the inputs they use, wrong
  elsewhere: tests/answer_sets.py): it keeps the points of every check cell without hidden tests
  and loses points in each exercise.
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
from nbgrader_course import POINTS_PER_CHECK, points, write_course
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


@pytest.fixture(scope="module")
def course(tmp_path_factory) -> tuple[Path, NbGraderAPI]:
    """One course folder for the chapters this worker grades (creating its gradebook takes 3 s)."""
    folder = tmp_path_factory.mktemp("nbgrader") / "course"
    write_course(folder)
    return folder, nbgrader_api(folder)


@pytest.mark.parametrize("path", SOLUTIONS, ids=rel)
def test_nbgrader_grades_every_kind_of_submission(course, path):
    assignment, (course, api) = path.stem, course
    succeeded(api.generate_assignment(assignment))
    release = nbformat.read(course / "release" / assignment / f"{assignment}.ipynb", as_version=4)
    exercise_notebook = read(ROOT / "exercises" / path.name)
    assert without_nbgrader_metadata(release) == exercise_notebook, (
        "nbgrader's release differs from exercises/: run python tools/make_exercises.py, and keep "
        "tools/nbgrader_course.py's stub and make_exercises.STUB the same")

    exercises = exercises_of(read(path), rel(path))
    names = list(exercises)
    solution = {name: exercise.solution for name, exercise in exercises.items()}
    wrong = {name: next(iter(answers("wrong", assignment)[name].values())) for name in names}
    wrong_sets = [names[0::2], names[1::2]]       # every other exercise wrong, then the rest
    kernel = Kernel()
    try:
        for source in preamble(read(path)):
            assert kernel.run(source).ok
        seen = {name: visible_arguments(kernel, exercise) for name, exercise in exercises.items()}
    finally:
        kernel.shutdown()
    submissions = {"solution": solution, "stub": {},
                   "tuned": {name: tuned_answer(name, solution[name], seen[name]) for name in names}}
    for index, wrong_names in enumerate(wrong_sets):
        submissions[f"wrong_{index}"] = {**solution, **{name: wrong[name] for name in wrong_names}}
    for student, filled in submissions.items():
        submit(course, assignment, student, release, filled)
    for student in submissions:
        succeeded(api.autograde(assignment, student))

    grades = {student: scores(course, assignment, student) for student in submissions}
    full = {name: points(exercise) for name, exercise in exercises.items()}
    assert {name: points_of(grades["solution"], name) for name in names} == full, grades["solution"]
    assert sum(grades["stub"].values()) == 0, grades["stub"]
    for index, wrong_names in enumerate(wrong_sets):
        got = {name: points_of(grades[f"wrong_{index}"], name) for name in names}
        for name in names:
            if name in wrong_names:
                assert got[name] < full[name], f"a wrong {name} ({wrong[name][:60]}...) kept all its points"
            else:
                assert got[name] == full[name], f"{name} lost points while {wrong_names} were wrong: {got}"
    for name, exercise in exercises.items():
        for number, source in enumerate(exercise.checks, start=1):
            score = grades["tuned"][f"{name}-check-{number}"]
            if HIDDEN_BEGIN not in source:
                assert score == POINTS_PER_CHECK, f"the tuned {name} lost a visible check's point (check {number})"
        assert points_of(grades["tuned"], name) < full[name], f"an answer tuned to {name}'s visible checks kept its points"

    succeeded(api.generate_feedback(assignment))
    maximum = sum(full.values())
    for student in submissions:
        page = course / "feedback" / student / assignment / f"{assignment}.html"
        assert page.exists(), f"no feedback page for {student}"
        text = page.read_text(encoding="utf-8")
        score = f"Score: {sum(grades[student].values()):.1f} / {maximum:.1f}"
        assert score in text, f"the feedback page for {student} lacks '{score}'"
        assert "HIDDEN TESTS" not in text and "hidden_" not in text, f"the feedback page for {student} shows hidden tests"


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
