"""Plausible wrong answers to each exercise; the exercise tests show that the checks catch them.

One file per chapter, named after its slug with underscores (01-neuron -> 01_neuron.py), that
defines WRONG_ANSWERS = {function name: {label: source code that defines that function wrongly}}.
Every exercise needs at least two entries: typical slips students make, not random noise.
Loaded by tests/answer_sets.py.
"""
