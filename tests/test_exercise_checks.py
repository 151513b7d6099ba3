"""The check cells judge behaviour: they pass on the solution and on every right answer written
another way (tests/right_answers/), and fail on the stub and on typical wrong answers
(tests/wrong_answers/). The hidden tests (nbgrader's, run only when grading) fail an answer tuned
to the visible checks, which every visible check passes.

For every solution notebook one kernel runs the notebook's preamble (setup and helpers), then for
each exercise defines a version of the function and runs that exercise's check cells exactly as a
student would.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from answer_sets import KINDS, answer_file, answers, tuned_answer, visible_arguments
from make_exercises import stub_source  # the generator's own stub, not a copy
from notebook_utils import Kernel
from notebooks import (
    HIDDEN_BEGIN,
    SOLUTIONS,
    code_cells,
    distinctive_solution_lines,
    exercises_of,
    preamble,
    read,
    rel,
    tags,
    without_hidden_tests,
)


def cases_of(path: Path) -> list:
    """One test case per version of each exercise; one failing case if the layout is broken."""
    slug = path.stem
    try:
        exercises = exercises_of(read(path), rel(path))
    except ValueError as error:        # named in a failing test, not by stopping collection
        return [pytest.param(path, None, "layout", str(error), id=f"{slug}-layout")]
    cases = []
    for name, exercise in exercises.items():
        cases.append(pytest.param(path, name, "solution", exercise.solution, id=f"{slug}-{name}-solution"))
        cases.append(pytest.param(path, name, "stub", stub_source(exercise.solution, name),
                                  id=f"{slug}-{name}-stub"))
        cases.append(pytest.param(path, name, "tuned", exercise.solution, id=f"{slug}-{name}-tuned"))
        for kind in ("right", "wrong"):
            for label, code in answers(kind, slug).get(name, {}).items():
                cases.append(pytest.param(path, name, f"{kind}: {label}", code, id=f"{slug}-{name}-{kind}-{label}"))
    return cases


CASES = [case for path in SOLUTIONS for case in cases_of(path)]


@pytest.fixture(scope="module")
def kernels():
    """One kernel per solution notebook, with its preamble already run."""
    started: dict[Path, Kernel] = {}

    def get(path: Path) -> Kernel:
        if path not in started:
            kernel = Kernel()
            for source in preamble(read(path)):
                outcome = kernel.run(source)
                assert outcome.ok, f"preamble of {rel(path)} failed: {outcome.ename}: {outcome.evalue}"
            started[path] = kernel
        return started[path]

    yield get
    for kernel in started.values():
        kernel.shutdown()


@pytest.mark.parametrize("path, name, variant, code", CASES)
def test_checks_judge_each_variant(kernels, path, name, variant, code):
    if variant == "layout":
        pytest.fail(code)
    kernel = kernels(path)
    exercise = exercises_of(read(path), rel(path))[name]
    checks = exercise.checks
    assert checks, f"exercise {name} in {rel(path)} has no check cell"
    if variant == "tuned":
        return judge_tuned_answer(kernel, exercise)
    defined = kernel.run(code)
    assert defined.ok, f"defining the {variant} of {name} failed: {defined.ename}: {defined.evalue}"
    outcomes = [kernel.run(source) for source in checks]
    restored = kernel.run(exercise.solution)   # later exercises may call this one
    assert restored.ok, f"restoring the solution of {name} failed: {restored.evalue}"

    if variant == "solution" or variant.startswith("right: "):
        for outcome in outcomes:
            assert outcome.ok, f"a check of {name} fails on the {variant}: {outcome.ename}: {outcome.evalue}"
            lines = outcome.stdout.strip().splitlines()
            assert len(lines) == 1, f"a passing check should print one line, printed {lines}"
    elif variant == "stub":
        for outcome in outcomes:
            assert outcome.ename == "AssertionError", f"a check of {name} on the stub gave {outcome}"
            assert "not implemented" in outcome.evalue
    else:
        failures = [o for o in outcomes if not o.ok]
        assert failures, f"no check of {name} catches the wrong answer '{variant}'"
        for outcome in failures:
            # A student must get a readable AssertionError, never a raw numpy traceback.
            assert outcome.ename == "AssertionError", f"'{variant}' gave {outcome.ename}: {outcome.evalue}"
            assert len(outcome.evalue) > 20, f"'{variant}' gave a bare assertion: {outcome.evalue!r}"


def judge_tuned_answer(kernel: Kernel, exercise) -> None:
    """Record the arguments the visible checks pass, then answer right only for those: every
    visible check passes, and the hidden tests must fail it."""
    name, visible = exercise.name, [without_hidden_tests(source) for source in exercise.checks]
    assert any(HIDDEN_BEGIN in source for source in exercise.checks), (
        f"{name} has no hidden test: add one to a check cell, between ### BEGIN HIDDEN TESTS and ### END HIDDEN TESTS")
    seen = visible_arguments(kernel, exercise)
    assert kernel.run(tuned_answer(name, exercise.solution, seen)).ok
    visible_outcomes = [kernel.run(source) for source in visible]               # as students run them
    full_outcomes = [kernel.run(source) for source in exercise.checks if HIDDEN_BEGIN in source]   # graded
    assert kernel.run(exercise.solution).ok                     # later exercises may call this one
    for outcome in visible_outcomes:
        assert outcome.ok, f"a visible check of {name} fails the tuned answer: {outcome.ename}: {outcome.evalue}"
    caught = [outcome for outcome in full_outcomes if not outcome.ok]
    assert caught, f"the hidden tests of {name} do not catch an answer tuned to the visible checks"
    for outcome in caught:
        assert outcome.ename == "AssertionError", f"a hidden test of {name} crashed on the tuned answer: {outcome}"


@pytest.mark.parametrize("kind", ["right", "wrong"])
@pytest.mark.parametrize("path", SOLUTIONS, ids=rel)
def test_every_exercise_has_right_and_wrong_answers(path, kind):
    names = set(exercises_of(read(path), rel(path)))
    supplied = answers(kind, path.stem)
    where = rel(answer_file(kind, path.stem))
    assert answer_file(kind, path.stem).exists(), (
        f"{where} does not exist: create it with {KINDS[kind]} = {{function name: {{label: source}}}}")
    assert set(supplied) <= names, f"{where}: answers for unknown exercises: {set(supplied) - names}"
    for name in sorted(names):
        assert len(supplied.get(name, {})) >= 2, f"{where}: supply at least two {kind} answers for {name}"


@pytest.mark.parametrize("path", SOLUTIONS, ids=rel)
def test_checks_do_not_contain_the_solution(path):
    notebook = read(path)
    solution_lines = distinctive_solution_lines(notebook)
    for cell in code_cells(notebook):
        if "check" in tags(cell):      # what students see: hidden tests are the instructor's
            leaked = solution_lines & {line.strip() for line in without_hidden_tests(cell.source).splitlines()}
            assert not leaked, f"check cell of {cell.metadata.get('exercise')} repeats solution code: {leaked}"
