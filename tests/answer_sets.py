"""Load the answer sets of a chapter: tests/wrong_answers/NN_slug.py and tests/right_answers/NN_slug.py.

A file name cannot start with a digit and be imported, so each file is loaded by path. Each defines
WRONG_ANSWERS or RIGHT_ANSWERS = {function name: {label: source code defining that function}}.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from textwrap import dedent

from notebooks import without_hidden_tests

HERE = Path(__file__).resolve().parent
KINDS = {"wrong": "WRONG_ANSWERS", "right": "RIGHT_ANSWERS"}


def answer_file(kind: str, slug: str) -> Path:
    """tests/<kind>_answers/<slug with underscores>.py, e.g. tests/wrong_answers/01_neuron.py."""
    return HERE / f"{kind}_answers" / f"{slug.replace('-', '_')}.py"


def answers(kind: str, slug: str) -> dict[str, dict[str, str]]:
    """{function name: {label: dedented source}}; {} when the chapter has no such file yet."""
    path = answer_file(kind, slug)
    if not path.exists():
        return {}
    spec = importlib.util.spec_from_file_location(f"{kind}_answers_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {name: {label: dedent(code) for label, code in by_label.items()}
            for name, by_label in getattr(module, KINDS[kind]).items()}


# A submission tuned to the visible checks: it knows the right answer exactly for the arguments the
# visible checks pass (recorded from a run of them) and is wrong everywhere else. Every exercise's
# hidden tests must fail it while every visible check passes it (test_exercise_checks.py).
FINGERPRINT = '''
import hashlib as _hashlib

def _fingerprint(value):
    """Arguments as text that is the same in every kernel: arrays by shape, type and bytes."""
    if isinstance(value, np.ndarray):
        data = _hashlib.sha1(np.ascontiguousarray(value).tobytes()).hexdigest()
        return f"array{value.shape}{value.dtype}{data}"
    if isinstance(value, dict):
        return "{" + ",".join(f"{key!r}:{_fingerprint(item)}" for key, item in sorted(value.items())) + "}"
    if isinstance(value, (list, tuple)):
        return "(" + ",".join(_fingerprint(item) for item in value) + ")"
    if callable(value):
        return "function " + getattr(value, "__name__", "?")
    return repr(value)

def _perturbed(value):
    if isinstance(value, dict):
        return {key: _perturbed(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_perturbed(item) for item in value)
    if np.asarray(value).dtype == bool:
        return ~np.asarray(value)
    return value + 0.25
'''


def recorder(name: str) -> str:
    """Source that wraps the defined function `name` so that it records its arguments in _seen."""
    return (FINGERPRINT + f"\n_honest_{name} = {name}\n_seen = set()\n\n"
            f"def {name}(*args, **kwargs):\n    _seen.add(_fingerprint((args, kwargs)))\n"
            f"    return _honest_{name}(*args, **kwargs)\n")


def visible_arguments(kernel, exercise) -> list[str]:
    """Fingerprints of the arguments the visible checks of `exercise` pass to its function, recorded
    in `kernel` (a notebook_utils.Kernel whose notebook preamble has run)."""
    for source in (exercise.solution, recorder(exercise.name), *map(without_hidden_tests, exercise.checks)):
        outcome = kernel.run(source)
        assert outcome.ok, f"recording the visible checks of {exercise.name} failed: {outcome.ename}: {outcome.evalue}"
    return json.loads(kernel.run("import json as _json; print(_json.dumps(sorted(_seen)))").stdout)


def tuned_answer(name: str, solution: str, seen: list[str]) -> str:
    """A solution cell: the solution, answering right only for the arguments in `seen`."""
    return (solution + "\n" + FINGERPRINT + f"\n_honest_{name} = {name}\n_SEEN = {set(seen)!r}\n\n"
            f"def {name}(*args, **kwargs):\n    result = _honest_{name}(*args, **kwargs)\n"
            f"    return result if _fingerprint((args, kwargs)) in _SEEN else _perturbed(result)\n")
