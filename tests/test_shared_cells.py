"""Cells that every notebook repeats (to stay self-contained) are identical to their one source.

tools/shared_cells/ holds the canonical text of the checking helpers and of the static widget
player. A notebook cell that starts with the same first line must match the file exactly, so a
fix made in one place cannot silently miss the other notebooks.
"""
from __future__ import annotations

import pytest

from notebook_utils import ALL_NOTEBOOKS, ROOT, code_cells, read, rel

SHARED = {path.name: path.read_text(encoding="utf-8").rstrip("\n")
          for path in sorted((ROOT / "tools" / "shared_cells").glob("*.py"))}


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=rel)
def test_repeated_cells_match_their_source(path):
    for cell in code_cells(read(path)):
        for name, text in SHARED.items():
            if cell.source.splitlines()[:1] == text.splitlines()[:1]:
                assert cell.source == text, f"this cell differs from tools/shared_cells/{name}"


def test_shared_cells_are_used():
    sources = [cell.source for path in ALL_NOTEBOOKS for cell in code_cells(read(path))]
    for name, text in SHARED.items():
        assert text in sources, f"tools/shared_cells/{name} is used by no notebook"
