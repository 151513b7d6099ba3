"""Cells that every notebook repeats (to stay self-contained) are identical to their one source.

tools/shared_cells/NAME.py holds the canonical text; a notebook cell marked with the metadata
`"shared": "NAME"` must match it exactly (`python tools/sync_shared_cells.py` rewrites them). A
cell that carries a shared cell's definitions without the marker is reported too, so a copy
cannot escape the comparison by being edited.
"""
from __future__ import annotations

import re

import pytest

from notebooks import ALL_NOTEBOOKS, code_cells, read, rel
from sync_shared_cells import shared_sources, stale_cells

SHARED = shared_sources()


def definitions(source: str) -> set[str]:
    """Names of the top-level functions and classes a cell defines ("call", "StaticPlayer")."""
    return set(re.findall(r"^(?:def|class) (\w+)", source, flags=re.MULTILINE))


# Any cell that defines one of a shared cell's names is a copy of that shared cell.
DEFINITIONS = {name: definitions(text) for name, text in SHARED.items()}


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=rel)
def test_marked_cells_match_their_source(path):
    stale = stale_cells(read(path), SHARED)
    assert not stale, ", ".join(f"cell {i} differs from tools/shared_cells/{name}.py" for i, name in stale) + (
        " (run: python tools/sync_shared_cells.py && python tools/make_exercises.py)")


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=rel)
def test_copies_of_shared_cells_are_marked(path):
    for index, cell in enumerate(read(path).cells):
        if cell.cell_type != "code" or cell.metadata.get("shared"):
            continue
        defined = definitions(cell.source)
        for name, names in DEFINITIONS.items():
            assert not defined & names, (f"cell {index} defines {sorted(defined & names)} from "
                                         f"tools/shared_cells/{name}.py without the metadata \"shared\": \"{name}\"")


def test_shared_cells_are_used():
    markers = {cell.metadata.get("shared") for path in ALL_NOTEBOOKS for cell in code_cells(read(path))}
    for name in SHARED:
        assert name in markers, f"tools/shared_cells/{name}.py is used by no notebook"
