"""Every notebook runs alone, copied into an empty folder, as in Colab or a fresh Binder."""
from __future__ import annotations

import shutil

import pytest
from nbclient import NotebookClient

from notebook_utils import ALL_NOTEBOOKS, read, rel


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=rel)
def test_runs_alone_in_an_empty_folder(path, tmp_path):
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    notebook = read(copy)
    # Cells tagged raises-exception (the exercises' checks on stubs) may fail; nothing else may.
    NotebookClient(notebook, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name], "the notebook wrote files"
