"""Correct answers written differently from the solution; every check must accept each of them.

One file per chapter, named after its slug with underscores (01-neuron -> 01_neuron.py), that
defines RIGHT_ANSWERS = {function name: {label: source code that defines that function}}: other
formulas, loops instead of vectorised code, einsum, lists instead of arrays, other return types
the docstring allows. Every exercise needs at least two. Loaded by tests/answer_sets.py.
"""
