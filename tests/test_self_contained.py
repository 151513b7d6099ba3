"""Every notebook runs alone from an empty folder, as in Colab or a fresh Binder, and writes no file.

The runner is the one every tool uses (tools/execute_notebooks.py); cells tagged raises-exception
(the exercises' checks on stubs) may fail, nothing else may.
"""
from __future__ import annotations

import pytest

from execute_notebooks import run_in_empty_folder
from notebooks import ALL_NOTEBOOKS, read, rel


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=rel)
def test_runs_alone_in_an_empty_folder(path):
    run_in_empty_folder(read(path))
