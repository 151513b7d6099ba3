"""Load the answer sets of a chapter: tests/wrong_answers/NN_slug.py and tests/right_answers/NN_slug.py.

A file name cannot start with a digit and be imported, so each file is loaded by path. Each defines
WRONG_ANSWERS or RIGHT_ANSWERS = {function name: {label: source code defining that function}}.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path
from textwrap import dedent

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
