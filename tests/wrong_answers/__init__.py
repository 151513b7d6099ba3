"""Plausible wrong answers to each exercise; the exercise tests show that the checks catch them.

One file per chapter, named after its slug with underscores (01-neuron -> 01_neuron.py; a name
that starts with a digit cannot be imported, so files are loaded by path). Each defines
WRONG_ANSWERS = {function name: {label: source code that defines that function wrongly}}.
Every exercise needs at least two entries: typical slips students make, not random noise.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path
from textwrap import dedent

HERE = Path(__file__).resolve().parent


def for_chapter(slug: str) -> dict[str, dict[str, str]]:
    """{function name: {label: dedented source}} for one chapter slug, e.g. '01-neuron'."""
    path = HERE / f"{slug.replace('-', '_')}.py"
    if not path.exists():
        return {}
    spec = importlib.util.spec_from_file_location(f"wrong_answers_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {name: {label: dedent(code) for label, code in answers.items()}
            for name, answers in module.WRONG_ANSWERS.items()}
