"""exercises/ is generated from solutions/ and stays in sync; the stub transform is sound."""
from __future__ import annotations

import subprocess
import sys

import pytest

from make_exercises import stub_source
from notebooks import BEGIN, END, EXERCISES, ROOT, SOLUTIONS, distinctive_solution_lines, read, rel


def test_exercises_are_up_to_date():
    result = subprocess.run([sys.executable, "tools/make_exercises.py", "--check"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_solution_notebook_has_an_exercise_notebook():
    assert [p.name for p in SOLUTIONS] == [p.name for p in EXERCISES]
    assert SOLUTIONS, "no solution notebooks found"


def test_stub_keeps_signature_and_indentation():
    source = f"def f(x):\n    '''Doc.'''\n    {BEGIN}\n    return x + 1\n    {END}\n"
    stub = stub_source(source, "f")
    assert stub.splitlines()[:2] == ["def f(x):", "    '''Doc.'''"]
    assert stub.splitlines()[2].startswith("    raise NotImplementedError(")
    assert "return x + 1" not in stub


@pytest.mark.parametrize("source", [f"{BEGIN}\nx = 1\n", f"x = 1\n{END}\n", f"{BEGIN}\n{BEGIN}\n{END}\n"])
def test_stub_rejects_unbalanced_markers(source):
    with pytest.raises(ValueError):
        stub_source(source, "f")


@pytest.mark.parametrize("path", EXERCISES, ids=rel)
def test_exercise_notebooks_hold_no_solution_code(path):
    solution = read(ROOT / "solutions" / path.name)
    exercise_text = "\n".join(cell.source for cell in read(path).cells)
    assert BEGIN not in exercise_text
    for line in distinctive_solution_lines(solution):
        assert line not in exercise_text, f"solution line leaked: {line}"
